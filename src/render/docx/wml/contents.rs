//! The contents: one paragraph per heading, linked to its bookmark, ending in
//! a dotted tab and a PAGEREF field to that bookmark.
//!
//! Not a TOC field: LibreOffice imports a TOC field as an index and shows its
//! cached result as it was written, but it lays out a PAGEREF field outside
//! one itself, so a reader without Word (and every PDF LibreOffice makes) gets
//! the real page numbers. Word shows a field's cached result until it
//! refreshes the fields, which `updateFields` asks it to do on open. That
//! result is the page measured in a PDF of the document when the build made
//! one (`crate::pdf`), and otherwise empty: a guessed number would be wrong.

use super::{Writer, twips};
use crate::render::docx::doc::{Para, Span, Style};
use crate::render::docx::xml::Xml;

impl Writer<'_> {
    pub(super) fn contents(&mut self, x: &mut Xml, title: &str) {
        let heading = Para {
            page_break_before: true,
            ..Para::new(Style::Normal, [Span::bold(title)])
        };
        self.para(x, &heading, None);
        let entries = self.headings.clone();
        let pages = self.contents_pages.filter(|p| p.len() == entries.len());
        let right_edge = twips(self.text_width());
        for (i, (level, bookmark, spans)) in entries.iter().enumerate() {
            x.open("w:p", &[]);
            x.open("w:pPr", &[]);
            x.empty("w:pStyle", &[("w:val", &format!("TOC{level}"))]);
            // No right indent to keep the number's column free: LibreOffice
            // 7.4 then drops a tab stop past it, and with it the number. A
            // title that fills its line pushes the number to the next one,
            // as in Word.
            // "right" is the paragraph's far end, also in a right-to-left
            // paragraph, where the number then sits at the left margin.
            x.open("w:tabs", &[]);
            x.empty(
                "w:tab",
                &[
                    ("w:val", "right"),
                    ("w:leader", "dot"),
                    ("w:pos", &right_edge),
                ],
            );
            x.close("w:tabs");
            if self.script.rtl() {
                x.empty("w:bidi", &[]);
            }
            x.close("w:pPr");
            x.open("w:hyperlink", &[("w:anchor", bookmark), ("w:history", "1")]);
            for s in spans {
                self.span(x, s);
            }
            x.open("w:r", &[]);
            self.run_props(x, &Span::default());
            x.empty("w:tab", &[]);
            x.close("w:r");
            let page = pages.map(|p| p[i].to_string()).unwrap_or_default();
            self.field(x, &format!(" PAGEREF {bookmark} \\h "), &page);
            x.close("w:hyperlink");
            x.close("w:p");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::render::docx::doc::{Block, Doc, Para, Span};
    use crate::render::docx::{DocxOptions, package::unzip, script::FontSet, write};

    fn document_xml(pages: Option<&[u32]>) -> String {
        let doc = Doc {
            lang: "ar-SA".into(),
            body: vec![
                Block::Contents("المحتويات".into()),
                Block::Para(Para::heading(1, [Span::plain("المعيار 1")])),
                Block::Para(Para::heading(2, [Span::plain("1.1")])),
            ],
            ..Doc::default()
        };
        let opts = DocxOptions {
            date: "2025-01-01T00:00:00Z",
            generator: "test",
            contents_pages: pages,
            issued: None,
        };
        let bytes = write(&doc, &FontSet::for_locale("ar-SA", None), &opts);
        let parts = unzip(&bytes).unwrap();
        let xml = &parts
            .iter()
            .find(|(n, _)| n == "word/document.xml")
            .unwrap()
            .1;
        String::from_utf8(xml.clone()).unwrap()
    }

    #[test]
    fn measured_pages_become_pageref_results() {
        let xml = document_xml(Some(&[3, 4]));
        assert!(xml.contains(" PAGEREF _Toc00001 \\h "), "{xml}");
        assert!(xml.contains(" PAGEREF _Toc00002 \\h "), "{xml}");
        assert!(
            xml.contains("<w:t>3</w:t>") && xml.contains("<w:t>4</w:t>"),
            "{xml}"
        );
        assert!(
            xml.contains(r#"<w:tab w:val="right" w:leader="dot""#),
            "{xml}"
        );
        // The tab stop comes before bidi in pPr, as the schema orders them.
        let tabs = xml.find("<w:tabs>").unwrap();
        assert!(xml[tabs..].find("<w:bidi/>").is_some());
    }

    #[test]
    fn without_pages_the_fields_are_there_with_empty_results() {
        // LibreOffice fills them in; Word when it refreshes the fields.
        for xml in [document_xml(None), document_xml(Some(&[3]))] {
            assert!(xml.contains(" PAGEREF _Toc00001 \\h "), "{xml}");
            assert!(xml.contains(" PAGEREF _Toc00002 \\h "), "{xml}");
            assert!(xml.contains("<w:tabs>"), "{xml}");
            // A count that does not match the headings is not used.
            assert!(!xml.contains("<w:t>3</w:t>"), "{xml}");
        }
    }

    #[test]
    fn the_contents_is_not_a_toc_field() {
        // LibreOffice would show a TOC field's cached result unchanged.
        assert!(!document_xml(Some(&[3, 4])).contains(" TOC "));
    }
}
