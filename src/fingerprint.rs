//! Fingerprints of source text, so an overlay or a translation can say which
//! version of the English it was written against.
//!
//! The text is NFC-normalised and its whitespace collapsed first: re-saving a file
//! in another editor or re-wrapping a line must not count as a change.

use serde::{Serialize, Serializer};
use sha2::{Digest, Sha256};
use std::fmt;
use unicode_normalization::UnicodeNormalization;

/// Hex digits kept: 48 bits, plenty to tell versions of one text apart.
pub const LEN: usize = 12;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Fingerprint(String);

impl Fingerprint {
    pub fn of(text: &str) -> Fingerprint {
        // Nearly all text is already NFC; checking is far cheaper than recomposing.
        let normal: std::borrow::Cow<str> = match unicode_normalization::is_nfc_quick(text.chars())
        {
            unicode_normalization::IsNormalized::Yes => text.into(),
            _ => text.nfc().collect::<String>().into(),
        };
        let mut collapsed = String::with_capacity(normal.len());
        for word in normal.split_whitespace() {
            if !collapsed.is_empty() {
                collapsed.push(' ');
            }
            collapsed.push_str(word);
        }
        Fingerprint::digest(collapsed.as_bytes())
    }

    /// The fingerprint of a file's exact bytes, for manifests: a layer is the
    /// same layer only if not a byte changed, and hashing needs no normalising.
    pub fn of_bytes(bytes: &[u8]) -> Fingerprint {
        Fingerprint::digest(bytes)
    }

    fn digest(bytes: &[u8]) -> Fingerprint {
        // Lower-case hex by hand: `write!` per byte was a tenth of the cost of
        // a fingerprint, and a large translation takes one per message.
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let digest = Sha256::digest(bytes);
        let hex: String = digest
            .iter()
            .take(LEN / 2)
            .flat_map(|b| [DIGITS[usize::from(b >> 4)], DIGITS[usize::from(b & 0xf)]])
            .map(char::from)
            .collect();
        Fingerprint(hex)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Accepts a recorded fingerprint: hex, at least 8 digits (a prefix is enough).
    pub fn parse(s: &str) -> Option<Fingerprint> {
        (s.len() >= 8
            && s.len() <= 64
            && s.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
        .then(|| Fingerprint(s.to_string()))
    }

    /// True when `recorded` (possibly a shorter or longer prefix) names this text.
    pub fn matches(&self, recorded: &Fingerprint) -> bool {
        let n = self.0.len().min(recorded.0.len());
        self.0[..n] == recorded.0[..n]
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Fingerprint {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_fingerprint_is_the_first_bytes_of_the_sha256_in_lower_case_hex() {
        for text in ["", "a", "Describe the duties", "\u{e9}t\u{e9}"] {
            let digest = Sha256::digest(text.as_bytes());
            let expected: String = digest[..LEN / 2]
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            assert_eq!(Fingerprint::of_bytes(text.as_bytes()).as_str(), expected);
        }
        // The SHA-256 of nothing, as every tool prints it.
        assert_eq!(Fingerprint::of_bytes(b"").as_str(), "e3b0c44298fc");
    }

    #[test]
    fn whitespace_and_normalisation_do_not_matter() {
        let a = Fingerprint::of("Describe  the\tduties ");
        assert_eq!(a, Fingerprint::of("Describe the duties"));
        assert_eq!(Fingerprint::of("Cafe\u{301}"), Fingerprint::of("Caf\u{e9}"));
        assert_ne!(a, Fingerprint::of("Describe the duty"));
        assert_eq!(a.as_str().len(), LEN);
    }

    #[test]
    fn prefixes_match() {
        let f = Fingerprint::of("x");
        assert!(f.matches(&Fingerprint::parse(&f.as_str()[..8]).unwrap()));
        assert!(Fingerprint::parse("xyz").is_none());
    }

    proptest! {
        #[test]
        fn stable_under_extra_spaces(words in proptest::collection::vec("[^\\s]{1,8}", 1..6)) {
            let tight = words.join(" ");
            let loose = format!("  {}\n", words.join(" \t "));
            prop_assert_eq!(Fingerprint::of(&tight), Fingerprint::of(&loose));
        }
    }
}
