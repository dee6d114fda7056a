//! Bookmarks round the spans of each change in a redline: they survive Word and
//! LibreOffice opening and saving the file, so the reviewer's decisions on each
//! change can be read back by `carecert review`.

use super::super::doc::Inline;
use super::super::xml::Xml;
use super::Writer;

impl Writer<'_> {
    /// The inlines of a paragraph, with a bookmark round each change key's
    /// spans (from the first span that shows it to the last). The bookmark is
    /// named by [`review_bookmark`]: Word allows 40 characters, letters, digits
    /// and underscores, so the key itself cannot be the name.
    pub(super) fn keyed_inlines(&mut self, x: &mut Xml, content: &[Inline]) {
        let mut ranges: Vec<(&str, usize, usize)> = Vec::new();
        for (i, inline) in content.iter().enumerate() {
            let Inline::Span(s) = inline else { continue };
            for key in &s.keys {
                match ranges.iter_mut().find(|(k, _, _)| k == key) {
                    Some(r) => r.2 = i,
                    None => ranges.push((key, i, i)),
                }
            }
        }
        if ranges.is_empty() {
            return self.inlines(x, content);
        }
        let mut ids = Vec::new();
        for (key, _, _) in &ranges {
            let n = self.key_ranges.entry(key.to_string()).or_insert(0);
            *n += 1;
            let name = review_bookmark(key, *n);
            ids.push((self.id(), name));
        }
        for (i, inline) in content.iter().enumerate() {
            for ((_, first, _), (id, name)) in ranges.iter().zip(&ids) {
                if *first == i {
                    x.empty("w:bookmarkStart", &[("w:id", id), ("w:name", name)]);
                }
            }
            self.inlines(x, std::slice::from_ref(inline));
            for ((_, _, last), (id, _)) in ranges.iter().zip(&ids) {
                if *last == i {
                    x.empty("w:bookmarkEnd", &[("w:id", id)]);
                }
            }
        }
    }
}

/// The name of the `n`th bookmark (from 1) of the change `key`:
/// `cc_` and the first 12 hex digits of the key's SHA-256, then `_n`. A reader
/// that knows the diff's keys finds each key's ranges by this name.
pub fn review_bookmark(key: &str, n: u32) -> String {
    format!("{}_{n}", review_bookmark_stem(key))
}

/// `cc_` and the first 12 hex digits of the SHA-256 of `key`.
pub fn review_bookmark_stem(key: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(key.as_bytes());
    let hex: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
    format!("cc_{hex}")
}
