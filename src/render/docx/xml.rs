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

    fn start<V: AsRef<str>>(&mut self, name: &str, attrs: &[(&'static str, V)]) {
        self.out.push('<');
        self.out.push_str(name);
        for (k, v) in attrs {
            self.out.push(' ');
            self.out.push_str(k);
            self.out.push_str("=\"");
            escape_into(&mut self.out, v.as_ref(), true);
            self.out.push('"');
        }
    }

    pub fn open(&mut self, name: &str, attrs: &[(&'static str, &str)]) {
        self.start(name, attrs);
        self.out.push('>');
    }

    pub fn open_owned(&mut self, name: &str, attrs: &[(&'static str, String)]) {
        self.start(name, attrs);
        self.out.push('>');
    }

    pub fn empty(&mut self, name: &str, attrs: &[(&'static str, &str)]) {
        self.start(name, attrs);
        self.out.push_str("/>");
    }

    pub fn empty_owned(&mut self, name: &str, attrs: &[(&'static str, String)]) {
        self.start(name, attrs);
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

    /// Appends `xml` as it is: markup this writer wrote before (see
    /// [`Xml::since`]).
    pub fn raw(&mut self, xml: &str) {
        self.out.push_str(xml);
    }

    /// What was written from `start` (a [`Xml::len`]) on.
    pub fn since(&self, start: usize) -> &str {
        &self.out[start..]
    }

    /// How many bytes are held: where what is written next starts.
    #[allow(clippy::len_without_is_empty)]
    pub fn len(&self) -> usize {
        self.out.len()
    }

    /// Writes again, `times` over, what was written from `start` on.
    pub fn repeat_from(&mut self, start: usize, times: usize) {
        let end = self.out.len();
        self.out.reserve((end - start) * times);
        for _ in 0..times {
            self.out.extend_from_within(start..end);
        }
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

/// The decimal digits of a `u32`, held on the stack.
pub struct Decimal {
    digits: [u8; 10],
    start: usize,
}

impl Decimal {
    pub fn of(mut n: u32) -> Decimal {
        let mut digits = [b'0'; 10];
        let mut start = digits.len();
        loop {
            start -= 1;
            digits[start] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        Decimal { digits, start }
    }
}

impl std::ops::Deref for Decimal {
    type Target = str;
    fn deref(&self) -> &str {
        // Only ASCII digits were written.
        std::str::from_utf8(&self.digits[self.start..]).unwrap_or_default()
    }
}

/// Whether XML 1.0 allows the character at all (what `escape_into` keeps).
#[cfg(test)]
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// The bytes [`escape_into`] must look at in text: markup characters, C0
/// controls (of which tab and newline are kept) and the lead byte of U+FFFE
/// and U+FFFF.
const NOTABLE_IN_TEXT: [bool; 256] = notable(false);
/// In an attribute also the quote, and the tab and newline that attribute
/// normalisation would turn into spaces.
const NOTABLE_IN_ATTRIBUTE: [bool; 256] = notable(true);

/// Whether any byte of `bytes` is notable (see [`NOTABLE_IN_TEXT`]). Most
/// text has none; comparing every byte of a chunk, without stopping at the
/// first, lets the compiler test a chunk's bytes side by side.
fn has_notable(bytes: &[u8], attribute: bool) -> bool {
    // In text no quote is notable: NUL stands in for it, a control anyway.
    let quote = if attribute { b'"' } else { 0 };
    bytes.chunks(32).any(|chunk| {
        chunk.iter().fold(false, |found, &b| {
            found
                | (b < 0x20)
                | (b == b'&')
                | (b == b'<')
                | (b == b'>')
                | (b == quote)
                | (b == 0xEF)
        })
    })
}

const fn notable(attribute: bool) -> [bool; 256] {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = true;
        b += 1;
    }
    table[b'&' as usize] = true;
    table[b'<' as usize] = true;
    table[b'>' as usize] = true;
    table[0xEF] = true;
    table[b'"' as usize] = attribute;
    table
}

/// Appends `s` escaped: markup characters as entities (and in an attribute the
/// quote and the whitespace that attribute normalisation would change),
/// characters XML 1.0 forbids dropped. Runs of ordinary text, nearly all of it,
/// are copied whole; only the bytes that may need attention are looked at alone.
pub fn escape_into(out: &mut String, s: &str, attribute: bool) {
    let bytes = s.as_bytes();
    let notable = if attribute {
        &NOTABLE_IN_ATTRIBUTE
    } else {
        &NOTABLE_IN_TEXT
    };
    // Most attribute values are a few bytes (widths, ids, style names): a
    // table lookup a byte is quicker there than testing 32-byte chunks.
    let short = bytes.len() <= 16;
    if (short && !bytes.iter().any(|&b| notable[usize::from(b)]))
        || (!short && !has_notable(bytes, attribute))
    {
        out.push_str(s);
        return;
    }
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Skip ordinary bytes a table lookup at a time.
        while i < bytes.len() && !notable[bytes[i] as usize] {
            i += 1;
        }
        let Some(&b) = bytes.get(i) else { break };
        let (replacement, len): (&str, usize) = match b {
            b'&' => ("&amp;", 1),
            b'<' => ("&lt;", 1),
            b'>' => ("&gt;", 1),
            b'"' if attribute => ("&quot;", 1),
            b'\n' if attribute => ("&#10;", 1),
            b'\t' if attribute => ("&#9;", 1),
            b'\r' => ("&#13;", 1),
            b'\n' | b'\t' => {
                i += 1;
                continue;
            }
            // Other C0 controls are not allowed.
            0x00..=0x1F => ("", 1),
            // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not allowed; surrogates
            // cannot be in a `str`.
            0xEF if bytes.get(i + 1) == Some(&0xBF)
                && matches!(bytes.get(i + 2), Some(0xBE | 0xBF)) =>
            {
                ("", 3)
            }
            _ => {
                i += 1;
                continue;
            }
        };
        out.push_str(&s[copied..i]);
        out.push_str(replacement);
        i += len;
        copied = i;
    }
    out.push_str(&s[copied..]);
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

    /// The escaping as it was written first, a character at a time.
    fn escaped_by_chars(s: &str, attribute: bool) -> String {
        let mut out = String::new();
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
        out
    }

    #[test]
    fn the_edges_of_the_forbidden_ranges() {
        let s = "\u{1F}\u{20}\u{D7FF}\u{E000}\u{EFFF}\u{F000}\u{FFBF}\u{FFFD}\u{FFFE}\u{FFFF}\u{10000}\u{10FFFF}\t\n\r\"'";
        for attribute in [false, true] {
            assert_eq!(escaped(s, attribute), escaped_by_chars(s, attribute));
        }
    }

    #[test]
    fn the_quick_test_and_the_table_agree_on_every_byte() {
        for attribute in [false, true] {
            let table = if attribute {
                &NOTABLE_IN_ATTRIBUTE
            } else {
                &NOTABLE_IN_TEXT
            };
            for b in 0..=255u8 {
                // A notable byte found anywhere in a long run of plain ones.
                let mut bytes = vec![b'a'; 70];
                bytes[40] = b;
                assert_eq!(has_notable(&bytes, attribute), table[b as usize], "{b:#x}");
            }
        }
    }

    proptest! {
        /// Copying runs of text escapes exactly as going a character at a time.
        #[test]
        fn runs_escape_as_characters_do(s in any::<String>(), attribute in any::<bool>()) {
            prop_assert_eq!(escaped(&s, attribute), escaped_by_chars(&s, attribute));
        }

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
