//! The document's other parts: the footer, comments, settings and numbering.

use super::*;

impl Writer<'_> {
    pub(super) fn footer(&mut self) -> Vec<u8> {
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

    pub(super) fn comments(&mut self) -> Vec<u8> {
        let mut x = Xml::new();
        x.open("w:comments", &[("xmlns:w", W_NS), ("xmlns:r", R_NS)]);
        let date = self.revision().date;
        for (i, c) in self.doc.comments.iter().enumerate() {
            let initials: String = c
                .author
                .split_whitespace()
                .filter_map(|w| w.chars().next())
                .collect();
            let id = i.to_string();
            let mut attrs = vec![("w:id", id.as_str()), ("w:author", c.author.as_str())];
            if let Some(date) = &date {
                attrs.push(("w:date", date));
            }
            attrs.push(("w:initials", &initials));
            x.open("w:comment", &attrs);
            let p = Para::new(Style::Normal, [Span::plain(c.text.clone())]);
            self.para(&mut x, &p, None);
            x.close("w:comment");
        }
        x.close("w:comments");
        x.finish()
    }

    pub(super) fn settings(&self) -> Vec<u8> {
        let mut x = Xml::new();
        x.open("w:settings", &[("xmlns:w", W_NS)]);
        x.empty("w:defaultTabStop", &[("w:val", "709")]);
        x.empty("w:characterSpacingControl", &[("w:val", "doNotCompress")]);
        // Word refreshes the page numbers (the contents' PAGEREF fields, the
        // footers' PAGE fields) when it opens the file.
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

    pub(super) fn numbering(&self) -> Vec<u8> {
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
}
