//! WordprocessingML: a [`Doc`] as the parts of a DOCX package.
//!
//! Every element is written in the order ECMA-376 Part 1 gives for its parent
//! (the Open XML SDK validator checks that order), direction and language are set
//! on the section, every paragraph, run and table, and every id comes from a
//! counter that starts afresh for each document, so output is reproducible.

use super::DocxOptions;
use super::doc::{
    Align, Block, Cell, Change, Doc, Inline, Orientation, Para, Revision, Row, Span, Style, Table,
};
use super::package::Package;
use super::script::{FontSet, Script};
use super::xml::Xml;
use std::io::{self, Write};

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// A4 in twentieths of a point, with 2 cm margins (1.27 cm on the one-page
/// landscape certificate).
const PAGE_SHORT: u32 = 11906;
const PAGE_LONG: u32 = 16838;
const MARGIN: u32 = 1134;
const LANDSCAPE_MARGIN: u32 = 720;
const BULLETS: u32 = 1;
/// How much of the document part is buffered before it goes into the package.
const CHUNK: usize = 1 << 16;

/// What one document's writing needs to know besides the blocks.
struct Writer<'a> {
    doc: &'a Doc,
    fonts: &'a FontSet,
    script: Script,
    /// Next id for bookmarks and revisions (one space, so they never collide).
    next_id: u32,
    /// Bookmarks of the headings the contents field points at, in order.
    /// Each keeps its spans' language and fallback marking, so a contents
    /// entry shows untranslated text as the heading does.
    headings: Vec<(u8, String, Vec<Span>)>,
}

/// Writes the parts of `d` into `package` in their fixed order. The document
/// part streams into the package as it is written: for a large framework it is
/// tens of megabytes of XML that compress to a tenth of that.
pub fn write_parts(
    d: &Doc,
    fonts: &FontSet,
    opts: &DocxOptions<'_>,
    package: &mut Package,
) -> io::Result<()> {
    let mut w = Writer {
        doc: d,
        fonts,
        script: Script::of(&d.lang),
        next_id: 1,
        headings: Vec::new(),
    };
    let bytes = |b: Vec<u8>| move |out: &mut dyn Write| out.write_all(&b);
    package.part("[Content_Types].xml", bytes(content_types(d)))?;
    package.part("_rels/.rels", bytes(package_rels()))?;
    package.part("docProps/core.xml", bytes(core(d, opts)))?;
    package.part("docProps/app.xml", bytes(app()))?;
    package.part("word/document.xml", |out| w.document(out))?;
    package.part("word/_rels/document.xml.rels", bytes(document_rels(d)))?;
    package.part("word/styles.xml", bytes(w.styles()))?;
    package.part("word/settings.xml", bytes(w.settings()))?;
    package.part("word/numbering.xml", bytes(w.numbering()))?;
    package.part("word/footer1.xml", bytes(w.footer()))?;
    if !d.comments.is_empty() {
        package.part("word/comments.xml", bytes(w.comments()))?;
    }
    Ok(())
}

fn content_types(d: &Doc) -> Vec<u8> {
    let mut x = Xml::new();
    x.open(
        "Types",
        &[(
            "xmlns",
            "http://schemas.openxmlformats.org/package/2006/content-types",
        )],
    );
    x.empty(
        "Default",
        &[
            ("Extension", "rels"),
            (
                "ContentType",
                "application/vnd.openxmlformats-package.relationships+xml",
            ),
        ],
    );
    x.empty(
        "Default",
        &[("Extension", "xml"), ("ContentType", "application/xml")],
    );
    let wml = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    let mut overrides = vec![
        ("/word/document.xml", format!("{wml}.document.main+xml")),
        ("/word/styles.xml", format!("{wml}.styles+xml")),
        ("/word/settings.xml", format!("{wml}.settings+xml")),
        ("/word/numbering.xml", format!("{wml}.numbering+xml")),
        ("/word/footer1.xml", format!("{wml}.footer+xml")),
        (
            "/docProps/core.xml",
            "application/vnd.openxmlformats-package.core-properties+xml".to_string(),
        ),
        (
            "/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml".to_string(),
        ),
    ];
    if !d.comments.is_empty() {
        overrides.push(("/word/comments.xml", format!("{wml}.comments+xml")));
    }
    for (part, ty) in &overrides {
        x.empty("Override", &[("PartName", part), ("ContentType", ty)]);
    }
    x.close("Types");
    x.finish()
}

fn package_rels() -> Vec<u8> {
    let mut x = Xml::new();
    x.open("Relationships", &[("xmlns", REL_NS)]);
    for (id, ty, target) in [
        (
            "rId1",
            format!("{DOC_REL}/officeDocument"),
            "word/document.xml",
        ),
        (
            "rId2",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
                .to_string(),
            "docProps/core.xml",
        ),
        (
            "rId3",
            format!("{DOC_REL}/extended-properties"),
            "docProps/app.xml",
        ),
    ] {
        x.empty(
            "Relationship",
            &[("Id", id), ("Type", &ty), ("Target", target)],
        );
    }
    x.close("Relationships");
    x.finish()
}

fn document_rels(d: &Doc) -> Vec<u8> {
    let mut x = Xml::new();
    x.open("Relationships", &[("xmlns", REL_NS)]);
    let mut rels = vec![
        ("rId1", "styles", "styles.xml"),
        ("rId2", "settings", "settings.xml"),
        ("rId3", "numbering", "numbering.xml"),
        ("rId4", "footer", "footer1.xml"),
    ];
    if !d.comments.is_empty() {
        rels.push(("rId5", "comments", "comments.xml"));
    }
    for (id, ty, target) in rels {
        x.empty(
            "Relationship",
            &[
                ("Id", id),
                ("Type", &format!("{DOC_REL}/{ty}")),
                ("Target", target),
            ],
        );
    }
    x.close("Relationships");
    x.finish()
}

fn core(d: &Doc, opts: &DocxOptions<'_>) -> Vec<u8> {
    let mut x = Xml::new();
    x.open(
        "cp:coreProperties",
        &[
            (
                "xmlns:cp",
                "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            ),
            ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ("xmlns:dcterms", "http://purl.org/dc/terms/"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ],
    );
    x.leaf("dc:title", &[], &d.title);
    x.leaf("dc:subject", &[], &d.subject);
    x.leaf("dc:creator", &[], opts.generator);
    x.leaf("dc:language", &[], &d.lang);
    for name in ["dcterms:created", "dcterms:modified"] {
        x.leaf(name, &[("xsi:type", "dcterms:W3CDTF")], opts.date);
    }
    x.close("cp:coreProperties");
    x.finish()
}

fn app() -> Vec<u8> {
    let mut x = Xml::new();
    x.open(
        "Properties",
        &[(
            "xmlns",
            "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        )],
    );
    x.leaf("Application", &[], env!("CARGO_PKG_NAME"));
    x.close("Properties");
    x.finish()
}

fn twips(n: u32) -> String {
    n.to_string()
}

impl Writer<'_> {
    fn id(&mut self) -> String {
        let id = self.next_id;
        self.next_id += 1;
        id.to_string()
    }

    fn margin(&self) -> u32 {
        match self.doc.orientation {
            Orientation::Portrait => MARGIN,
            Orientation::Landscape => LANDSCAPE_MARGIN,
        }
    }

    fn text_width(&self) -> u32 {
        match self.doc.orientation {
            Orientation::Portrait => PAGE_SHORT - 2 * MARGIN,
            Orientation::Landscape => PAGE_LONG - 2 * LANDSCAPE_MARGIN,
        }
    }

    /// `w:lang` for text in `lang`: the tag goes in the slot its script uses.
    /// The `w:lang` attribute for `lang`, whose script is `script`.
    fn lang_attr(lang: &str, script: Script) -> (&'static str, &str) {
        match script {
            Script::Latin => ("w:val", lang),
            Script::EastAsian => ("w:eastAsia", lang),
            Script::RightToLeft | Script::Indic => ("w:bidi", lang),
        }
    }

    fn revision(&self) -> Revision {
        self.doc.revision.clone().unwrap_or(Revision {
            author: env!("CARGO_PKG_NAME").to_string(),
            date: "1970-01-01T00:00:00Z".to_string(),
        })
    }

    fn change_attrs(&mut self) -> Vec<(&'static str, String)> {
        let r = self.revision();
        vec![
            ("w:id", self.id()),
            ("w:author", r.author),
            ("w:date", r.date),
        ]
    }

    fn document(&mut self, out: &mut dyn Write) -> io::Result<()> {
        // Headings are numbered first so the contents field can list them.
        let mut n = 0;
        for b in &self.doc.body {
            if let Block::Para(p) = b
                && let Style::Heading(level @ 1..=2) = p.style
            {
                n += 1;
                let mut spans: Vec<Span> = Vec::new();
                for i in &p.content {
                    let Inline::Span(s) = i else { continue };
                    if s.change == Some(Change::Deleted) {
                        continue;
                    }
                    // One run per language and marking, as the heading reads.
                    match spans.last_mut() {
                        Some(last) if last.lang == s.lang && last.fallback == s.fallback => {
                            last.text.push_str(&s.text);
                        }
                        _ => spans.push(Span {
                            text: s.text.clone(),
                            lang: s.lang.clone(),
                            fallback: s.fallback,
                            ..Span::default()
                        }),
                    }
                }
                self.headings.push((level, format!("_Toc{n:05}"), spans));
            }
        }
        let mut x = Xml::new();
        x.open("w:document", &[("xmlns:w", W_NS), ("xmlns:r", R_NS)]);
        x.open("w:body", &[]);
        let mut heading = 0;
        let mut after_table = false;
        for b in &self.doc.body {
            // Word and LibreOffice merge two tables that touch into one; an empty
            // paragraph keeps them apart.
            if after_table && matches!(b, Block::Table(_)) {
                self.para(&mut x, &Para::text(Style::Spacer, ""), None);
            }
            after_table = matches!(b, Block::Table(_));
            match b {
                Block::Para(p) => {
                    let bookmark = match p.style {
                        Style::Heading(1..=2) => {
                            heading += 1;
                            Some(self.headings[heading - 1].1.clone())
                        }
                        _ => None,
                    };
                    self.para(&mut x, p, bookmark.as_deref());
                }
                Block::Table(t) => self.table(&mut x, t),
                Block::Contents(title) => self.contents(&mut x, title),
            }
            x.drain_over(CHUNK, out)?;
        }
        self.section(&mut x);
        x.close("w:body");
        x.close("w:document");
        out.write_all(&x.finish())
    }

    fn section(&self, x: &mut Xml) {
        x.open("w:sectPr", &[]);
        x.empty(
            "w:footerReference",
            &[("w:type", "default"), ("r:id", "rId4")],
        );
        let (w, h, orient) = match self.doc.orientation {
            Orientation::Portrait => (PAGE_SHORT, PAGE_LONG, "portrait"),
            Orientation::Landscape => (PAGE_LONG, PAGE_SHORT, "landscape"),
        };
        x.empty(
            "w:pgSz",
            &[("w:w", &twips(w)), ("w:h", &twips(h)), ("w:orient", orient)],
        );
        let m = twips(self.margin());
        x.empty(
            "w:pgMar",
            &[
                ("w:top", &m),
                ("w:right", &m),
                ("w:bottom", &m),
                ("w:left", &m),
                ("w:header", "567"),
                ("w:footer", "567"),
                ("w:gutter", "0"),
            ],
        );
        x.empty("w:cols", &[("w:space", "708")]);
        if self.script.rtl() {
            x.empty("w:bidi", &[]);
        }
        x.close("w:sectPr");
    }

    fn style_id(s: Style) -> &'static str {
        match s {
            Style::Normal => "Normal",
            Style::Title => "Title",
            Style::Subtitle => "Subtitle",
            Style::Heading(1) => "Heading1",
            Style::Heading(2) => "Heading2",
            Style::Heading(_) => "Heading3",
            Style::Bullet => "ListBullet",
            Style::Small => "SmallPrint",
            Style::TableHeader => "TableHeading",
            Style::TableText => "TableText",
            Style::FieldLabel => "FieldLabel",
            Style::FinePrint => "FinePrint",
            Style::Spacer => "Spacer",
        }
    }

    fn para(&mut self, x: &mut Xml, p: &Para, bookmark: Option<&str>) {
        x.open("w:p", &[]);
        x.open("w:pPr", &[]);
        if p.style != Style::Normal {
            x.empty("w:pStyle", &[("w:val", Self::style_id(p.style))]);
        }
        if p.keep_next {
            x.empty("w:keepNext", &[]);
        }
        if p.page_break_before {
            x.empty("w:pageBreakBefore", &[]);
        }
        if self.script.rtl() {
            x.empty("w:bidi", &[]);
        }
        match p.align {
            Align::Start => {}
            Align::Center => x.empty("w:jc", &[("w:val", "center")]),
            // In a right-to-left paragraph Word reads "right" as the far end too.
            Align::End => x.empty(
                "w:jc",
                &[("w:val", if self.script.rtl() { "left" } else { "right" })],
            ),
        }
        if let Some(change) = p.mark_change {
            x.open("w:rPr", &[]);
            let attrs = self.change_attrs();
            x.empty_owned(
                match change {
                    Change::Inserted => "w:ins",
                    Change::Deleted => "w:del",
                },
                &attrs,
            );
            x.close("w:rPr");
        }
        x.close("w:pPr");
        let id = bookmark.map(|name| {
            let id = self.id();
            x.empty("w:bookmarkStart", &[("w:id", &id), ("w:name", name)]);
            id
        });
        self.inlines(x, &p.content);
        if let Some(id) = id {
            x.empty("w:bookmarkEnd", &[("w:id", &id)]);
        }
        x.close("w:p");
    }

    fn inlines(&mut self, x: &mut Xml, content: &[Inline]) {
        for i in content {
            match i {
                Inline::Span(s) => self.span(x, s),
                Inline::Tab => {
                    x.open("w:r", &[]);
                    self.run_props(x, &Span::default());
                    x.empty("w:tab", &[]);
                    x.close("w:r");
                }
                Inline::Page => self.field(x, " PAGE ", "1"),
                Inline::Pages => self.field(x, " NUMPAGES ", "1"),
            }
        }
    }

    /// A complex field: begin, instruction, separator, cached result, end.
    fn field(&mut self, x: &mut Xml, instruction: &str, cached: &str) {
        let plain = Span::default();
        self.field_char(x, "begin");
        x.open("w:r", &[]);
        self.run_props(x, &plain);
        x.leaf("w:instrText", &[("xml:space", "preserve")], instruction);
        x.close("w:r");
        self.field_char(x, "separate");
        x.open("w:r", &[]);
        self.run_props(x, &plain);
        x.leaf("w:t", &[], cached);
        x.close("w:r");
        self.field_char(x, "end");
    }

    fn field_char(&mut self, x: &mut Xml, kind: &str) {
        x.open("w:r", &[]);
        self.run_props(x, &Span::default());
        x.empty("w:fldChar", &[("w:fldCharType", kind)]);
        x.close("w:r");
    }

    fn span(&mut self, x: &mut Xml, s: &Span) {
        if let Some(c) = s.comment {
            x.empty("w:commentRangeStart", &[("w:id", &c.to_string())]);
        }
        let wrapper = s.change.map(|c| match c {
            Change::Inserted => "w:ins",
            Change::Deleted => "w:del",
        });
        if let Some(name) = wrapper {
            let attrs = self.change_attrs();
            x.open_owned(name, &attrs);
        }
        let text_el = if s.change == Some(Change::Deleted) {
            "w:delText"
        } else {
            "w:t"
        };
        // Line breaks and tabs inside a text become their own elements.
        x.open("w:r", &[]);
        self.run_props(x, s);
        for (i, line) in s.text.split('\n').enumerate() {
            if i > 0 {
                x.empty("w:br", &[]);
            }
            for (j, piece) in line.split('\t').enumerate() {
                if j > 0 {
                    x.empty("w:tab", &[]);
                }
                if !piece.is_empty() {
                    x.leaf(text_el, &[("xml:space", "preserve")], piece);
                }
            }
        }
        x.close("w:r");
        if let Some(name) = wrapper {
            x.close(name);
        }
        if let Some(c) = s.comment {
            let id = c.to_string();
            x.empty("w:commentRangeEnd", &[("w:id", &id)]);
            x.open("w:r", &[]);
            x.open("w:rPr", &[]);
            x.empty("w:rStyle", &[("w:val", "CommentReference")]);
            x.close("w:rPr");
            x.empty("w:commentReference", &[("w:id", &id)]);
            x.close("w:r");
        }
    }

    /// Run properties in schema order: style, bold, direction, language.
    fn run_props(&self, x: &mut Xml, s: &Span) {
        let lang = s.lang.as_deref().unwrap_or(&self.doc.lang);
        x.open("w:rPr", &[]);
        if s.fallback {
            x.empty("w:rStyle", &[("w:val", "Fallback")]);
        }
        if s.bold {
            x.empty("w:b", &[]);
            x.empty("w:bCs", &[]);
        }
        let script = Script::of(lang);
        if script.rtl() {
            x.empty("w:rtl", &[]);
        }
        x.empty("w:lang", &[Self::lang_attr(lang, script)]);
        x.close("w:rPr");
    }

    fn table(&mut self, x: &mut Xml, t: &Table) {
        let width = self.text_width();
        let total: u32 = t.widths.iter().sum::<u32>().max(1);
        let cols: Vec<u32> = t.widths.iter().map(|w| width * w / total).collect();
        x.open("w:tbl", &[]);
        x.open("w:tblPr", &[]);
        x.empty("w:tblStyle", &[("w:val", "TableGrid")]);
        if self.script.rtl() {
            x.empty("w:bidiVisual", &[]);
        }
        x.empty("w:tblW", &[("w:w", &twips(width)), ("w:type", "dxa")]);
        let border = if t.borders { "single" } else { "nil" };
        x.open("w:tblBorders", &[]);
        // `left`/`right` rather than `start`/`end`: Word 2007 knows only these,
        // and with bidiVisual they follow the reading direction anyway.
        for side in [
            "w:top",
            "w:left",
            "w:bottom",
            "w:right",
            "w:insideH",
            "w:insideV",
        ] {
            self.border(x, side, border);
        }
        x.close("w:tblBorders");
        x.empty("w:tblLayout", &[("w:type", "fixed")]);
        x.close("w:tblPr");
        x.open("w:tblGrid", &[]);
        for c in &cols {
            x.empty("w:gridCol", &[("w:w", &twips(*c))]);
        }
        x.close("w:tblGrid");
        for r in &t.rows {
            self.row(x, r, &cols);
        }
        x.close("w:tbl");
    }

    /// One side's border; `side` is the element (`w:top`).
    fn border(&self, x: &mut Xml, side: &str, kind: &str) {
        if kind == "nil" {
            x.empty(side, &[("w:val", "nil")]);
        } else {
            x.empty(
                side,
                &[
                    ("w:val", kind),
                    ("w:sz", "4"),
                    ("w:space", "0"),
                    ("w:color", "808080"),
                ],
            );
        }
    }

    fn row(&mut self, x: &mut Xml, r: &Row, cols: &[u32]) {
        x.open("w:tr", &[]);
        x.open("w:trPr", &[]);
        x.empty("w:cantSplit", &[]);
        if let Some(h) = r.min_height {
            x.empty(
                "w:trHeight",
                &[("w:val", &twips(h)), ("w:hRule", "atLeast")],
            );
        }
        if r.header {
            x.empty("w:tblHeader", &[]);
        }
        x.close("w:trPr");
        for (i, c) in r.cells.iter().enumerate() {
            self.cell(x, c, cols.get(i).copied().unwrap_or(0));
        }
        x.close("w:tr");
    }

    fn cell(&mut self, x: &mut Xml, c: &Cell, width: u32) {
        x.open("w:tc", &[]);
        x.open("w:tcPr", &[]);
        x.empty("w:tcW", &[("w:w", &twips(width)), ("w:type", "dxa")]);
        if c.boxed {
            x.open("w:tcBorders", &[]);
            for side in ["w:top", "w:left", "w:bottom", "w:right"] {
                self.border(x, side, "single");
            }
            x.close("w:tcBorders");
        }
        if c.shaded {
            x.empty(
                "w:shd",
                &[
                    ("w:val", "clear"),
                    ("w:color", "auto"),
                    ("w:fill", "E7EDF3"),
                ],
            );
        }
        x.close("w:tcPr");
        // A cell must hold at least one paragraph.
        if c.paras.is_empty() {
            self.para(x, &Para::default(), None);
        }
        for p in &c.paras {
            self.para(x, p, None);
        }
        x.close("w:tc");
    }

    /// The contents: a TOC field whose cached result already lists every heading,
    /// linked to its bookmark. Page numbers are left to the field: Word refreshes
    /// it on open (`updateFields`), LibreOffice on Tools › Update; a guessed
    /// number would be wrong.
    fn contents(&mut self, x: &mut Xml, title: &str) {
        let heading = Para {
            page_break_before: true,
            ..Para::new(Style::Normal, [Span::bold(title)])
        };
        self.para(x, &heading, None);
        let entries = self.headings.clone();
        for (i, (level, bookmark, spans)) in entries.iter().enumerate() {
            x.open("w:p", &[]);
            x.open("w:pPr", &[]);
            x.empty("w:pStyle", &[("w:val", &format!("TOC{level}"))]);
            if self.script.rtl() {
                x.empty("w:bidi", &[]);
            }
            x.close("w:pPr");
            if i == 0 {
                self.field_char(x, "begin");
                x.open("w:r", &[]);
                self.run_props(x, &Span::default());
                x.leaf(
                    "w:instrText",
                    &[("xml:space", "preserve")],
                    r#" TOC \o "1-2" \h \z \u "#,
                );
                x.close("w:r");
                self.field_char(x, "separate");
            }
            x.open("w:hyperlink", &[("w:anchor", bookmark), ("w:history", "1")]);
            for s in spans {
                self.span(x, s);
            }
            x.close("w:hyperlink");
            if i + 1 == entries.len() {
                self.field_char(x, "end");
            }
            x.close("w:p");
        }
    }

    fn footer(&mut self) -> Vec<u8> {
        let mut x = Xml::new();
        x.open("w:ftr", &[("xmlns:w", W_NS), ("xmlns:r", R_NS)]);
        let p = Para {
            style: Style::Small,
            align: Align::Center,
            content: self.doc.footer.clone(),
            ..Para::default()
        };
        self.para(&mut x, &p, None);
        x.close("w:ftr");
        x.finish()
    }

    fn comments(&mut self) -> Vec<u8> {
        let mut x = Xml::new();
        x.open("w:comments", &[("xmlns:w", W_NS), ("xmlns:r", R_NS)]);
        let date = self.revision().date;
        for (i, c) in self.doc.comments.iter().enumerate() {
            let initials: String = c
                .author
                .split_whitespace()
                .filter_map(|w| w.chars().next())
                .collect();
            x.open(
                "w:comment",
                &[
                    ("w:id", &i.to_string()),
                    ("w:author", &c.author),
                    ("w:date", &date),
                    ("w:initials", &initials),
                ],
            );
            let p = Para::new(Style::Normal, [Span::plain(c.text.clone())]);
            self.para(&mut x, &p, None);
            x.close("w:comment");
        }
        x.close("w:comments");
        x.finish()
    }

    fn settings(&self) -> Vec<u8> {
        let mut x = Xml::new();
        x.open("w:settings", &[("xmlns:w", W_NS)]);
        x.empty("w:defaultTabStop", &[("w:val", "709")]);
        x.empty("w:characterSpacingControl", &[("w:val", "doNotCompress")]);
        // Word refreshes the contents and page numbers when it opens the file.
        x.empty("w:updateFields", &[("w:val", "true")]);
        x.open("w:compat", &[]);
        x.empty(
            "w:compatSetting",
            &[
                ("w:name", "compatibilityMode"),
                ("w:uri", "http://schemas.microsoft.com/office/word"),
                ("w:val", "15"),
            ],
        );
        x.close("w:compat");
        let lang = self.doc.lang.as_str();
        let (val, east_asia, bidi) = match self.script {
            Script::Latin => (lang, "zh-CN", "ar-SA"),
            Script::EastAsian => ("en-GB", lang, "ar-SA"),
            Script::RightToLeft | Script::Indic => ("en-GB", "zh-CN", lang),
        };
        x.empty(
            "w:themeFontLang",
            &[("w:val", val), ("w:eastAsia", east_asia), ("w:bidi", bidi)],
        );
        x.close("w:settings");
        x.finish()
    }

    fn numbering(&self) -> Vec<u8> {
        let mut x = Xml::new();
        x.open("w:numbering", &[("xmlns:w", W_NS)]);
        x.open("w:abstractNum", &[("w:abstractNumId", "0")]);
        x.empty("w:multiLevelType", &[("w:val", "singleLevel")]);
        x.open("w:lvl", &[("w:ilvl", "0")]);
        x.empty("w:start", &[("w:val", "1")]);
        x.empty("w:numFmt", &[("w:val", "bullet")]);
        x.empty("w:lvlText", &[("w:val", "•")]);
        x.empty("w:lvlJc", &[("w:val", "left")]);
        x.open("w:pPr", &[]);
        if self.script.rtl() {
            x.empty("w:bidi", &[]);
        }
        x.empty("w:ind", &[("w:left", "567"), ("w:hanging", "284")]);
        x.close("w:pPr");
        x.close("w:lvl");
        x.close("w:abstractNum");
        x.open("w:num", &[("w:numId", &BULLETS.to_string())]);
        x.empty("w:abstractNumId", &[("w:val", "0")]);
        x.close("w:num");
        x.close("w:numbering");
        x.finish()
    }

    /// The one style set every document shares. Heading 1–3 carry outline levels
    /// so the navigation pane and the contents field find them.
    fn styles(&self) -> Vec<u8> {
        let mut x = Xml::new();
        x.open("w:styles", &[("xmlns:w", W_NS)]);
        x.open("w:docDefaults", &[]);
        x.open("w:rPrDefault", &[]);
        x.open("w:rPr", &[]);
        x.empty(
            "w:rFonts",
            &[
                ("w:ascii", &self.fonts.latin),
                ("w:hAnsi", &self.fonts.latin),
                ("w:eastAsia", &self.fonts.east_asian),
                ("w:cs", &self.fonts.complex),
            ],
        );
        let sz_cs = match self.script {
            Script::RightToLeft | Script::Indic => "24",
            _ => "20",
        };
        x.empty("w:sz", &[("w:val", "20")]);
        x.empty("w:szCs", &[("w:val", sz_cs)]);
        x.empty(
            "w:lang",
            &[Self::lang_attr(&self.doc.lang, Script::of(&self.doc.lang))],
        );
        x.close("w:rPr");
        x.close("w:rPrDefault");
        x.open("w:pPrDefault", &[]);
        x.open("w:pPr", &[]);
        if self.script.rtl() {
            x.empty("w:bidi", &[]);
        }
        x.empty(
            "w:spacing",
            &[
                ("w:after", "100"),
                ("w:line", "264"),
                ("w:lineRule", "auto"),
            ],
        );
        x.close("w:pPr");
        x.close("w:pPrDefault");
        x.close("w:docDefaults");

        let para = StyleDef::paragraph;
        let defs = [
            para("Normal", "Normal").default(),
            para("Title", "Title")
                .spacing(240, 120)
                .size(48)
                .bold()
                .color("1F3864"),
            para("Subtitle", "Subtitle")
                .spacing(0, 360)
                .size(30)
                .color("44546A"),
            para("Heading1", "heading 1")
                .outline(0)
                .spacing(0, 200)
                .size(34)
                .bold()
                .color("1F3864"),
            para("Heading2", "heading 2")
                .outline(1)
                .spacing(280, 120)
                .size(26)
                .bold()
                .color("2E5395"),
            para("Heading3", "heading 3")
                .outline(2)
                .spacing(200, 80)
                .size(22)
                .bold()
                .color("2E5395"),
            para("ListBullet", "List Bullet").numbered(BULLETS),
            para("SmallPrint", "Small Print").size(16).color("44546A"),
            para("TableHeading", "Table Heading")
                .spacing(40, 40)
                .size(18)
                .bold(),
            para("TableText", "Table Text").spacing(20, 40).size(18),
            para("FieldLabel", "Field Label")
                .spacing(120, 60)
                .size(18)
                .bold()
                .color("44546A"),
            para("FinePrint", "Fine Print")
                .spacing(0, 0)
                .size(13)
                .color("44546A"),
            para("Spacer", "Spacer").spacing(0, 0).size(6),
            para("TOC1", "toc 1").spacing(120, 40).bold(),
            para("TOC2", "toc 2").spacing(0, 20).indent(284),
            StyleDef::character("Fallback", "Fallback Text")
                .italic()
                .color("7F7F7F"),
            StyleDef::character("CommentReference", "annotation reference").size(16),
        ];
        // Arabic and Devanagari read small at the Latin size; give them more.
        let bump = match self.script {
            Script::RightToLeft | Script::Indic => 4,
            _ => 0,
        };
        for d in &defs {
            d.write(&mut x, bump);
        }
        x.open(
            "w:style",
            &[("w:type", "table"), ("w:styleId", "TableGrid")],
        );
        x.empty("w:name", &[("w:val", "Table Grid")]);
        x.open("w:tblPr", &[]);
        x.open("w:tblCellMar", &[]);
        x.empty("w:top", &[("w:w", "57"), ("w:type", "dxa")]);
        x.empty("w:left", &[("w:w", "85"), ("w:type", "dxa")]);
        x.empty("w:bottom", &[("w:w", "57"), ("w:type", "dxa")]);
        x.empty("w:right", &[("w:w", "85"), ("w:type", "dxa")]);
        x.close("w:tblCellMar");
        x.close("w:tblPr");
        x.close("w:style");
        x.close("w:styles");
        x.finish()
    }
}

/// A paragraph or character style, written in the schema's element order.
struct StyleDef {
    kind: &'static str,
    id: &'static str,
    name: &'static str,
    default: bool,
    keep_next: bool,
    num: Option<u32>,
    spacing: Option<(u32, u32)>,
    indent: Option<u32>,
    outline: Option<u8>,
    bold: bool,
    italic: bool,
    color: Option<&'static str>,
    size: Option<u32>,
}

impl StyleDef {
    fn paragraph(id: &'static str, name: &'static str) -> StyleDef {
        StyleDef {
            kind: "paragraph",
            id,
            name,
            default: false,
            keep_next: false,
            num: None,
            spacing: None,
            indent: None,
            outline: None,
            bold: false,
            italic: false,
            color: None,
            size: None,
        }
    }

    fn character(id: &'static str, name: &'static str) -> StyleDef {
        StyleDef {
            kind: "character",
            ..StyleDef::paragraph(id, name)
        }
    }

    fn default(mut self) -> Self {
        self.default = true;
        self
    }
    fn outline(mut self, level: u8) -> Self {
        self.outline = Some(level);
        self.keep_next = true;
        self
    }
    fn numbered(mut self, num: u32) -> Self {
        self.num = Some(num);
        self
    }
    fn spacing(mut self, before: u32, after: u32) -> Self {
        self.spacing = Some((before, after));
        self
    }
    fn indent(mut self, left: u32) -> Self {
        self.indent = Some(left);
        self
    }
    fn bold(mut self) -> Self {
        self.bold = true;
        self
    }
    fn italic(mut self) -> Self {
        self.italic = true;
        self
    }
    fn color(mut self, c: &'static str) -> Self {
        self.color = Some(c);
        self
    }
    fn size(mut self, half_points: u32) -> Self {
        self.size = Some(half_points);
        self
    }

    /// `cs_bump`: half-points added to the complex-script size.
    fn write(&self, x: &mut Xml, cs_bump: u32) {
        let mut attrs = vec![("w:type", self.kind), ("w:styleId", self.id)];
        if self.default {
            attrs.push(("w:default", "1"));
        }
        x.open("w:style", &attrs);
        x.empty("w:name", &[("w:val", self.name)]);
        if !self.default && self.kind == "paragraph" {
            x.empty("w:basedOn", &[("w:val", "Normal")]);
            x.empty("w:next", &[("w:val", "Normal")]);
        }
        x.empty("w:qFormat", &[]);
        if self.kind == "paragraph"
            && (self.keep_next
                || self.num.is_some()
                || self.spacing.is_some()
                || self.indent.is_some()
                || self.outline.is_some())
        {
            x.open("w:pPr", &[]);
            if self.keep_next {
                x.empty("w:keepNext", &[]);
            }
            if let Some(n) = self.num {
                x.open("w:numPr", &[]);
                x.empty("w:numId", &[("w:val", &n.to_string())]);
                x.close("w:numPr");
            }
            if let Some((before, after)) = self.spacing {
                x.empty(
                    "w:spacing",
                    &[("w:before", &twips(before)), ("w:after", &twips(after))],
                );
            }
            if let Some(left) = self.indent {
                x.empty("w:ind", &[("w:left", &twips(left))]);
            }
            if let Some(level) = self.outline {
                x.empty("w:outlineLvl", &[("w:val", &level.to_string())]);
            }
            x.close("w:pPr");
        }
        if self.bold || self.italic || self.color.is_some() || self.size.is_some() {
            x.open("w:rPr", &[]);
            if self.bold {
                x.empty("w:b", &[]);
                x.empty("w:bCs", &[]);
            }
            if self.italic {
                x.empty("w:i", &[]);
                x.empty("w:iCs", &[]);
            }
            if let Some(c) = self.color {
                x.empty("w:color", &[("w:val", c)]);
            }
            if let Some(s) = self.size {
                x.empty("w:sz", &[("w:val", &s.to_string())]);
                x.empty("w:szCs", &[("w:val", &(s + cs_bump).to_string())]);
            }
            x.close("w:rPr");
        }
        x.close("w:style");
    }
}
