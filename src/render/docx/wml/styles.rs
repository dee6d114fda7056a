//! The style set every document shares, and how one style is written.

use super::{BULLETS, W_NS, Writer, twips};
use crate::render::docx::script::Script;
use crate::render::docx::xml::Xml;

impl Writer<'_> {
    /// The one style set every document shares. Heading 1–3 carry outline levels
    /// so the navigation pane and the contents field find them.
    pub(super) fn styles(&self) -> Vec<u8> {
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
        x.empty("w:sz", &[("w:val", &DEFAULT_SIZE.to_string())]);
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

        let defs = style_defs();
        // Arabic and Devanagari read small at the Latin size; give them more.
        let bump = match self.script {
            Script::RightToLeft | Script::Indic => 4,
            _ => 0,
        };
        for d in defs {
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

/// The shared styles, in the order they are written. Made once: the size of
/// a style is asked for every Latin stretch of a right-to-left document.
fn style_defs() -> &'static [StyleDef] {
    static DEFS: std::sync::OnceLock<Vec<StyleDef>> = std::sync::OnceLock::new();
    DEFS.get_or_init(make_style_defs)
}

fn make_style_defs() -> Vec<StyleDef> {
    let para = StyleDef::paragraph;
    vec![
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
        // Not italic: Chinese, Devanagari and Arabic have no italics, and
        // a word processor fakes one by slanting the glyphs. A dotted
        // underline on a light shade reads as "not yet translated" in
        // every script, and keeps the text dark enough to read.
        StyleDef::character("Fallback", "Fallback Text")
            .color("404040")
            .underline("dotted", "7F7F7F")
            .shade("EDEDED"),
        StyleDef::character("CommentReference", "annotation reference").size(16),
    ]
}

/// The Latin text size (half-points) of a paragraph style: what a Latin or
/// digit stretch inside Arabic is set at in both font slots, so a year reads
/// at the size of the English words beside it.
pub(super) fn latin_size(style_id: &str) -> u32 {
    style_defs()
        .iter()
        .find(|d| d.id == style_id)
        .and_then(|d| d.size)
        .unwrap_or(DEFAULT_SIZE)
}

/// The size of the default paragraph font (`w:sz` in the document defaults).
const DEFAULT_SIZE: u32 = 20;

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
    color: Option<&'static str>,
    size: Option<u32>,
    /// Underline kind and colour (`w:u`).
    underline: Option<(&'static str, &'static str)>,
    /// Background fill (`w:shd`).
    shade: Option<&'static str>,
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
            color: None,
            size: None,
            underline: None,
            shade: None,
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
    fn color(mut self, c: &'static str) -> Self {
        self.color = Some(c);
        self
    }
    fn size(mut self, half_points: u32) -> Self {
        self.size = Some(half_points);
        self
    }
    fn underline(mut self, kind: &'static str, color: &'static str) -> Self {
        self.underline = Some((kind, color));
        self
    }
    fn shade(mut self, fill: &'static str) -> Self {
        self.shade = Some(fill);
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
        if self.bold
            || self.color.is_some()
            || self.size.is_some()
            || self.underline.is_some()
            || self.shade.is_some()
        {
            x.open("w:rPr", &[]);
            if self.bold {
                x.empty("w:b", &[]);
                x.empty("w:bCs", &[]);
            }
            if let Some(c) = self.color {
                x.empty("w:color", &[("w:val", c)]);
            }
            if let Some(s) = self.size {
                x.empty("w:sz", &[("w:val", &s.to_string())]);
                x.empty("w:szCs", &[("w:val", &(s + cs_bump).to_string())]);
            }
            if let Some((kind, color)) = self.underline {
                x.empty("w:u", &[("w:val", kind), ("w:color", color)]);
            }
            if let Some(fill) = self.shade {
                x.empty(
                    "w:shd",
                    &[("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)],
                );
            }
            x.close("w:rPr");
        }
        x.close("w:style");
    }
}
