//! Runs: a span's text with its properties, cut by direction in
//! right-to-left documents.

use super::Writer;
use crate::render::docx::bidi::{self, Dir};
use crate::render::docx::doc::{Change, Span};
use crate::render::docx::script::Script;
use crate::render::docx::xml::Xml;

impl Writer<'_> {
    pub(super) fn span(&mut self, x: &mut Xml, s: &Span) {
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
        if self.script.rtl() {
            for (rtl, text) in self.directed(s) {
                self.run(x, s, rtl, &text, text_el);
            }
        } else {
            // One run in the span's own direction: no need to cut or copy it.
            self.run(x, s, self.script_of(s).rtl(), &s.text, text_el);
        }
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

    /// One run of `s`'s text; line breaks and tabs inside it become their
    /// own elements.
    fn run(&self, x: &mut Xml, s: &Span, rtl: bool, text: &str, text_el: &str) {
        x.open("w:r", &[]);
        self.run_props_as(x, s, rtl);
        if !text.bytes().any(|b| b == b'\n' || b == b'\t') {
            if !text.is_empty() {
                x.leaf(text_el, &[("xml:space", "preserve")], text);
            }
            x.close("w:r");
            return;
        }
        for (i, line) in text.split('\n').enumerate() {
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
    }

    /// A span's text as runs in a right-to-left document, each with whether
    /// it is right to left. An English span is one left-to-right run whose end punctuation
    /// is anchored to it (inside a right-to-left paragraph), and a span in the
    /// document's language is cut into its left-to-right and right-to-left
    /// stretches ([`bidi::segments`]), so an English name or a year inside
    /// Arabic is set as Latin text.
    fn directed(&self, s: &Span) -> Vec<(bool, String)> {
        let lang = s.lang.as_deref().unwrap_or(&self.doc.lang);
        if !Script::of(lang).rtl() {
            let text = if self.rtl_para {
                bidi::anchor_ltr(&s.text)
            } else {
                s.text.clone()
            };
            return vec![(false, text)];
        }
        bidi::segments(&s.text)
            .into_iter()
            .map(|(dir, text)| {
                let rtl = match dir {
                    Dir::Ltr => false,
                    Dir::Rtl => true,
                    Dir::Neutral => self.rtl_para,
                };
                (rtl, text.to_string())
            })
            .collect()
    }

    /// The script of a span's language: the document's, known already, for
    /// nearly every span.
    fn script_of(&self, s: &Span) -> Script {
        match &s.lang {
            None => self.script,
            Some(lang) => Script::of(lang),
        }
    }

    /// Run properties in schema order: style, bold, direction, language.
    pub(super) fn run_props(&self, x: &mut Xml, s: &Span) {
        self.run_props_as(x, s, self.script_of(s).rtl());
    }

    /// [`Writer::run_props`], with the run's direction given: a stretch of
    /// Latin text inside Arabic is not `w:rtl`, whatever its language tag.
    fn run_props_as(&self, x: &mut Xml, s: &Span, rtl: bool) {
        // A run in the document's language has one of a few sets of
        // properties, each written once and then copied: nearly every run
        // of a document is one.
        if s.lang.is_none() {
            let size = if self.script.rtl() && !rtl {
                self.para_size
            } else {
                0
            };
            let key = (size << 3)
                | u32::from(s.fallback)
                | (u32::from(s.bold) << 1)
                | (u32::from(rtl) << 2);
            let mut written = self.run_props_written.borrow_mut();
            if let Some((_, xml)) = written.iter().find(|(k, _)| *k == key) {
                x.raw(xml);
                return;
            }
            let start = x.len();
            self.write_run_props(x, s, rtl);
            written.push((key, x.since(start).to_string()));
            return;
        }
        self.write_run_props(x, s, rtl);
    }

    fn write_run_props(&self, x: &mut Xml, s: &Span, rtl: bool) {
        let lang = s.lang.as_deref().unwrap_or(&self.doc.lang);
        x.open("w:rPr", &[]);
        if s.fallback {
            x.empty("w:rStyle", &[("w:val", "Fallback")]);
        }
        if s.bold {
            x.empty("w:b", &[]);
            x.empty("w:bCs", &[]);
        }
        // LibreOffice sets digits in a right-to-left paragraph in the complex
        // script slot even in a run without `w:rtl`: the same size in both
        // slots keeps "2015" as large as the English beside it, not larger.
        if self.script.rtl() && !rtl {
            x.empty("w:szCs", &[("w:val", &self.para_size.to_string())]);
        }
        let script = self.script_of(s);
        if rtl {
            x.empty("w:rtl", &[]);
        }
        x.empty("w:lang", &[Self::lang_attr(lang, script)]);
        x.close("w:rPr");
    }
}

#[cfg(test)]
mod tests {
    use crate::render::docx::doc::{Blocks, Doc, Para, Span, Style};
    use crate::render::docx::package::unzip;
    use crate::render::docx::script::FontSet;
    use crate::render::docx::{DocxOptions, write};

    /// The paragraphs of an Arabic document holding `paras`, as XML.
    fn arabic(paras: Vec<Para>) -> Vec<String> {
        let mut doc = Doc {
            lang: "ar-SA".into(),
            ..Doc::default()
        };
        for p in paras {
            doc.push(p);
        }
        let opts = DocxOptions {
            date: "2025-01-01T00:00:00Z",
            generator: "test",
            contents_pages: None,
            issued: None,
        };
        let bytes = write(&doc, &FontSet::for_locale("ar-SA", None), &opts);
        let (_, xml) = unzip(&bytes)
            .unwrap()
            .into_iter()
            .find(|(name, _)| name == "word/document.xml")
            .unwrap();
        let xml = String::from_utf8(xml).unwrap();
        xml.split("<w:p>").skip(1).map(String::from).collect()
    }

    fn english(text: &str) -> Span {
        Span {
            text: text.into(),
            lang: Some("en-GB".into()),
            fallback: true,
            ..Span::default()
        }
    }

    #[test]
    fn an_english_paragraph_in_an_arabic_document_runs_left_to_right() {
        let paras = arabic(vec![
            Para::new(Style::Normal, [english("Skills for Health.")]),
            Para::new(Style::Normal, [Span::plain("شهادة الرعاية")]),
        ]);
        assert!(paras[0].contains(r#"<w:bidi w:val="0"/>"#), "{}", paras[0]);
        // Alone in its paragraph the full stop needs no mark.
        assert!(
            paras[0].contains(">Skills for Health.</w:t>"),
            "{}",
            paras[0]
        );
        assert!(
            paras[0].contains(r#"<w:lang w:val="en-GB"/>"#),
            "{}",
            paras[0]
        );
        assert!(paras[1].contains("<w:bidi/>"), "{}", paras[1]);
    }

    #[test]
    fn english_inside_arabic_keeps_its_punctuation_and_latin_size() {
        let paras = arabic(vec![
            Para::new(
                Style::Normal,
                [
                    Span::plain("الجهة "),
                    english("(CQC)."),
                    Span::plain(" محفوظة © 2015 لكل من Skills for Health."),
                ],
            ),
            Para::new(Style::TableText, [Span::plain("1.1a")]),
        ]);
        let p = &paras[0];
        assert!(p.contains("<w:bidi/>"), "{p}");
        // The English fallback is anchored at both ends, and is not w:rtl.
        assert!(
            p.contains("<w:szCs w:val=\"20\"/><w:lang w:val=\"en-GB\"/></w:rPr><w:t xml:space=\"preserve\">\u{200E}(CQC).\u{200E}</w:t>"),
            "{p}"
        );
        // The year and the English name inside the Arabic text are runs of
        // their own without w:rtl; the full stop stays with the Arabic.
        for latin in ["2015", "Skills for Health"] {
            assert!(
                p.contains(&format!(
                    r#"<w:szCs w:val="20"/><w:lang w:bidi="ar-SA"/></w:rPr><w:t xml:space="preserve">{latin}</w:t>"#
                )),
                "{latin}: {p}"
            );
        }
        assert!(
            p.contains(
                r#"<w:rtl/><w:lang w:bidi="ar-SA"/></w:rPr><w:t xml:space="preserve">.</w:t>"#
            ),
            "{p}"
        );
        // A code stays in the document's direction, at its style's Latin size.
        assert!(paras[1].contains("<w:bidi/>"), "{}", paras[1]);
        assert!(paras[1].contains(r#"<w:szCs w:val="18"/>"#), "{}", paras[1]);
    }
}
