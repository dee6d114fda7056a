//! WordprocessingML: a [`Doc`] as the parts of a DOCX package.
//!
//! Every element is written in the order ECMA-376 Part 1 gives for its parent
//! (the Open XML SDK validator checks that order), direction and language are set
//! on the section, every paragraph, run and table, and every id comes from a
//! counter that starts afresh for each document, so output is reproducible.

use super::DocxOptions;
use super::bidi;
use super::doc::{
    Align, Blocks, Cell, Change, Doc, Inline, Orientation, Para, Revision, Row, RuledLines, Span,
    Style, Table,
};
use super::package::Package;
use super::script::{FontSet, Script};
use super::xml::{Decimal, Xml};
use std::io::{self, Write};

mod body;
mod bookmarks;
mod contents;
mod decor;
mod parts;
mod runs;
mod settings;
mod styles;
mod table;

pub use body::{Stream, Survey};
pub use bookmarks::{review_bookmark, review_bookmark_stem};
use parts::{app, content_types, core, custom, document_rels, package_rels};

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
    /// How many bookmarks each change key has had so far (see `keyed_inlines`).
    key_ranges: std::collections::HashMap<String, u32>,
    /// Whether the paragraph being written runs right to left: true in a
    /// right-to-left document except for its English paragraphs.
    rtl_para: bool,
    /// The Latin size (half-points) of the paragraph being written, for the
    /// left-to-right stretches of a right-to-left document.
    para_size: u32,
    /// Bookmarks of the headings the contents field points at, in order.
    /// Each keeps its spans' language and fallback marking, so a contents
    /// entry shows untranslated text as the heading does.
    headings: Vec<(u8, String, Vec<Span>)>,
    /// The page of each of `headings`, when measured (see `contents.rs`).
    contents_pages: Option<&'a [u32]>,
    /// The run properties of runs in the document's language, by their
    /// bold, fallback, direction and size (see `runs.rs`), as written.
    run_props_written: std::cell::RefCell<Vec<(u32, String)>>,
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
    let survey = Survey::of(&d.body);
    parts(d, fonts, opts, package, survey, None, |s| {
        d.body.iter().for_each(|b| s.write(b))
    })
}

/// [`write_parts`] for the document `blank` with the blocks `body` makes,
/// written as they come: `survey` is a survey of those blocks, and `legend`
/// the fallback legend when it says there is a fallback. `body` must make
/// the same blocks again.
pub fn stream_parts(
    blank: &Doc,
    survey: Survey,
    legend: Option<Para>,
    fonts: &FontSet,
    opts: &DocxOptions<'_>,
    package: &mut Package,
    body: impl FnOnce(&mut dyn Blocks),
) -> io::Result<()> {
    parts(blank, fonts, opts, package, survey, legend, |s| body(s))
}

fn parts<'a>(
    d: &'a Doc,
    fonts: &'a FontSet,
    opts: &DocxOptions<'a>,
    package: &mut Package,
    survey: Survey,
    legend: Option<Para>,
    body: impl FnOnce(&mut Stream<'_, 'a>),
) -> io::Result<()> {
    let mut w = Writer {
        doc: d,
        fonts,
        script: Script::of(&d.lang),
        rtl_para: Script::of(&d.lang).rtl(),
        para_size: styles::latin_size("Normal"),
        next_id: 1,
        key_ranges: std::collections::HashMap::new(),
        headings: Vec::new(),
        contents_pages: opts.contents_pages,
        run_props_written: Default::default(),
    };
    let bytes = |b: Vec<u8>| move |out: &mut dyn Write| out.write_all(&b);
    package.part("[Content_Types].xml", bytes(content_types(d)))?;
    package.part("_rels/.rels", bytes(package_rels(d)))?;
    package.part("docProps/core.xml", bytes(core(d, opts)))?;
    package.part("docProps/app.xml", bytes(app()))?;
    if !d.custom.is_empty() {
        package.part("docProps/custom.xml", bytes(custom(d)))?;
    }
    package.part("word/document.xml", |out| {
        w.document(out, survey, legend, body)
    })?;
    package.part("word/_rels/document.xml.rels", bytes(document_rels(d)))?;
    package.part("word/styles.xml", bytes(w.styles()))?;
    package.part("word/settings.xml", bytes(w.settings()))?;
    package.part("word/numbering.xml", bytes(w.numbering()))?;
    package.part("word/footer1.xml", bytes(w.footer()))?;
    if !d.comments.is_empty() {
        package.part("word/comments.xml", bytes(w.comments()))?;
    }
    for (i, img) in d.images.iter().enumerate() {
        let name = format!("word/{}", decor::image_target(i, img.format.extension()));
        package.part(&name, |out| out.write_all(&img.bytes))?;
    }
    Ok(())
}

/// A number as an attribute value, written without a heap allocation: a
/// document has one in nearly every table cell.
fn twips(n: u32) -> Decimal {
    Decimal::of(n)
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
            date: None,
        })
    }

    fn change_attrs(&mut self) -> Vec<(&'static str, String)> {
        let r = self.revision();
        let mut attrs = vec![("w:id", self.id()), ("w:author", r.author)];
        attrs.extend(r.date.map(|d| ("w:date", d)));
        attrs
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
        self.page_border(x);
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
        // An English paragraph in a right-to-left document (a text not yet
        // translated) reads from the left; the document's default is
        // right to left, so it is turned off explicitly.
        self.rtl_para = self.script.rtl()
            && !bidi::is_ltr_paragraph(
                p.spans()
                    .filter(|s| s.change != Some(Change::Deleted))
                    .map(|s| {
                        let foreign_ltr = s.lang.as_deref().is_some_and(|l| !Script::of(l).rtl());
                        (s.text.as_str(), foreign_ltr)
                    }),
            );
        if self.script.rtl() {
            self.para_size = styles::latin_size(Self::style_id(p.style));
        }
        if self.rtl_para {
            x.empty("w:bidi", &[]);
        } else if self.script.rtl() {
            x.empty("w:bidi", &[("w:val", "0")]);
        }
        if let Some((before, after)) = p.spacing {
            x.empty(
                "w:spacing",
                &[("w:before", &twips(before)), ("w:after", &twips(after))],
            );
        }
        match p.align {
            Align::Start => {}
            Align::Center => x.empty("w:jc", &[("w:val", "center")]),
            // In a right-to-left paragraph Word reads "right" as the far end too.
            Align::End => x.empty(
                "w:jc",
                &[("w:val", if self.rtl_para { "left" } else { "right" })],
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
        self.keyed_inlines(x, &p.content);
        if let Some(id) = id {
            x.empty("w:bookmarkEnd", &[("w:id", &id)]);
        }
        x.close("w:p");
        self.rtl_para = self.script.rtl();
        self.para_size = styles::latin_size("Normal");
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
                Inline::Image(i) => self.image(x, *i),
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
}
