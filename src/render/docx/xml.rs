//! A small XML writer for OOXML parts: no indentation (Word keeps whitespace in
//! some places), escaped text and attributes, and characters XML 1.0 forbids
//! dropped instead of producing a file no program can open.

pub struct Xml {
    out: String,
}

impl Xml {
    pub fn new() -> Xml {
        Xml {
            out: String::from("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"),
        }
    }

    fn start(&mut self, name: &str, attrs: impl Iterator<Item = (&'static str, String)>) {
        self.out.push('<');
        self.out.push_str(name);
        for (k, v) in attrs {
            self.out.push(' ');
            self.out.push_str(k);
            self.out.push_str("=\"");
            escape_into(&mut self.out, &v, true);
            self.out.push('"');
        }
    }

    pub fn open(&mut self, name: &str, attrs: &[(&'static str, &str)]) {
        self.start(name, attrs.iter().map(|(k, v)| (*k, v.to_string())));
        self.out.push('>');
    }

    pub fn open_owned(&mut self, name: &str, attrs: &[(&'static str, String)]) {
        self.start(name, attrs.iter().cloned());
        self.out.push('>');
    }

    pub fn empty(&mut self, name: &str, attrs: &[(&'static str, &str)]) {
        self.start(name, attrs.iter().map(|(k, v)| (*k, v.to_string())));
        self.out.push_str("/>");
    }

    pub fn empty_owned(&mut self, name: &str, attrs: &[(&'static str, String)]) {
        self.start(name, attrs.iter().cloned());
        self.out.push_str("/>");
    }

    pub fn close(&mut self, name: &str) {
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
    }

    /// An element holding only text.
    pub fn leaf(&mut self, name: &str, attrs: &[(&'static str, &str)], text: &str) {
        self.open(name, attrs);
        escape_into(&mut self.out, text, false);
        self.close(name);
    }

    /// Moves what has been written so far to `out` once it is over `limit`
    /// bytes, so a long part need not be held whole.
    pub fn drain_over(
        &mut self,
        limit: usize,
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        if self.out.len() > limit {
            out.write_all(self.out.as_bytes())?;
            self.out.clear();
        }
        Ok(())
    }

    pub fn finish(self) -> Vec<u8> {
        self.out.into_bytes()
    }
}

/// Whether XML 1.0 allows the character at all.
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

pub fn escape_into(out: &mut String, s: &str, attribute: bool) {
    for c in s.chars().filter(|c| allowed(*c)) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\t' if attribute => out.push_str("&#9;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use quick_xml::events::Event;

    fn escaped(s: &str, attribute: bool) -> String {
        let mut out = String::new();
        escape_into(&mut out, s, attribute);
        out
    }

    #[test]
    fn markup_and_forbidden_characters() {
        assert_eq!(escaped("a<b & \"c\"", true), "a&lt;b &amp; &quot;c&quot;");
        assert_eq!(escaped("tab\u{0B}bell\u{07}", false), "tabbell");
    }

    proptest! {
        /// Whatever text goes in, the element parses back to the same text minus
        /// the characters XML cannot carry.
        #[test]
        fn any_text_round_trips(s in any::<String>()) {
            let mut x = Xml::new();
            x.open("r", &[("a", s.as_str())]);
            x.leaf("t", &[], &s);
            x.close("r");
            let bytes = x.finish();
            let mut reader = quick_xml::Reader::from_reader(bytes.as_slice());
            let mut buf = Vec::new();
            let mut text = String::new();
            let mut attr = None;
            loop {
                match reader.read_event_into(&mut buf) {
                    Ok(Event::Start(e)) if e.name().as_ref() == "r" => {
                        let a = e.attributes().next().unwrap().unwrap();
                        attr = Some(
                            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                .unwrap()
                                .into_owned(),
                        );
                    }
                    Ok(Event::Text(t)) if attr.is_some() => text.push_str(&t.xml10_content()),
                    Ok(Event::GeneralRef(r)) => {
                        let c = match r.as_ref() {
                            "amp" => '&',
                            "lt" => '<',
                            "gt" => '>',
                            "quot" => '"',
                            _ => r.resolve_char_ref().unwrap().unwrap(),
                        };
                        text.push(c);
                    }
                    Ok(Event::Eof) => break,
                    Ok(_) => {}
                    Err(e) => panic!("{e}"),
                }
                buf.clear();
            }
            let expected: String = s.chars().filter(|c| allowed(*c)).collect();
            prop_assert_eq!(&text, &expected);
            prop_assert_eq!(attr.as_deref(), Some(expected.as_str()));
        }
    }
}
