//! Which characters text may hold, and how text from a file is quoted in messages.
//!
//! One list for every text: framework and edition source text, and translations.

use std::borrow::Cow;

/// Characters that may not appear in source text: they are invalid in XML 1.0, or
/// would break the one-line form of a Fluent message.
pub fn forbidden_char(c: char) -> bool {
    c.is_control() || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// Invisible characters that make text display differently from what it says (bidi
/// embeddings, overrides and isolates), or that hide inside words (a zero-width
/// space, a word joiner, a byte order mark). No text of a framework, an edition or a
/// translation may hold them: direction comes from the document's language, and a
/// reviewer must see what a learner will read. What each one is, for messages.
/// Tag characters (U+E0000–E007F), interlinear annotations, invisible operators and
/// the line and paragraph separators are refused for the same reason. (Joiners that
/// shaping needs, U+200C and U+200D, and the marks U+200E, U+200F and U+061C are
/// allowed.)
pub fn suspicious(c: char) -> Option<&'static str> {
    match c {
        '\u{202A}'..='\u{202E}' => Some("a bidi embedding or override control"),
        '\u{2066}'..='\u{2069}' => Some("a bidi isolate control"),
        '\u{200B}' => Some("a zero-width space"),
        '\u{2060}' => Some("a word joiner"),
        '\u{FEFF}' => Some("a zero-width no-break space (BOM)"),
        // Invisible too, and able to carry hidden text: tag characters spell out
        // ASCII that no screen shows; interlinear annotations hide a text in another.
        '\u{E0000}'..='\u{E007F}' => Some("an invisible tag character"),
        '\u{FFF9}'..='\u{FFFB}' => Some("an interlinear annotation control"),
        '\u{2061}'..='\u{2064}' => Some("an invisible mathematical operator"),
        // A line break by another name: the text would not be one line.
        '\u{2028}' | '\u{2029}' => Some("a line or paragraph separator"),
        _ => None,
    }
}

/// The help for a [`suspicious`] character, the same wherever it is found.
pub const SUSPICIOUS_HELP: &str =
    "remove it: direction and shaping come from the document, not from control characters";

/// A character no text may hold, found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unwanted {
    /// Its offset in characters.
    pub offset: usize,
    /// What it is: "the control character U+0007", "a bidi isolate control (U+2067)".
    pub what: String,
    pub help: &'static str,
}

impl Unwanted {
    /// "a zero-width space (U+200B) (at character 4)": an invisible character is
    /// located by its position, which an editor may not show; a control character
    /// is written as an escape (`\u0007`) that can be seen.
    pub fn described(&self) -> String {
        if self.help == SUSPICIOUS_HELP {
            format!("{} (at character {})", self.what, self.offset + 1)
        } else {
            self.what.clone()
        }
    }
}

/// The first character of `text` that no text may hold: a control character (or
/// U+FFFE, U+FFFF), or a [`suspicious`] one. Every text field of a framework and an
/// edition is checked with this, whether it may hold term references or not.
pub fn unwanted(text: &str) -> Option<Unwanted> {
    // Printable ASCII holds none of them, so only the characters outside it
    // are looked at, found by a byte scan: a French or Arabic sentence is
    // still mostly spaces, digits and punctuation, or ASCII words. The offset
    // in characters is counted only for the one reported.
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(skip) = bytes[at..].iter().position(|b| !(0x20..0x7F).contains(b)) {
        at += skip;
        let c = text[at..].chars().next()?;
        if let Some(found) = control(0, c).or_else(|| invisible(0, c)) {
            let offset = text[..at].chars().count();
            return Some(Unwanted { offset, ..found });
        }
        at += c.len_utf8();
    }
    None
}

/// The first [`suspicious`] character of `text`, for texts whose control characters
/// are refused elsewhere.
pub fn first_suspicious(text: &str) -> Option<Unwanted> {
    text.chars()
        .enumerate()
        .find_map(|(offset, c)| invisible(offset, c))
}

fn control(offset: usize, c: char) -> Option<Unwanted> {
    forbidden_char(c).then(|| Unwanted {
        offset,
        what: format!("the control character U+{:04X}", c as u32),
        help: "write the text on one line, without tabs or control characters",
    })
}

fn invisible(offset: usize, c: char) -> Option<Unwanted> {
    suspicious(c).map(|what| Unwanted {
        offset,
        what: format!("{what} (U+{:04X})", c as u32),
        help: SUSPICIOUS_HELP,
    })
}

/// `help`, after naming the first non-ASCII character of `name` (an id or a key):
/// a Cyrillic "а" looks like a Latin "a" and is not one.
pub fn with_non_ascii(name: &str, help: &str) -> String {
    match name.chars().find(|c| !c.is_ascii()) {
        Some(c) => format!(
            "\"{c}\" (U+{:04X}) is not an ASCII letter; {help}",
            c as u32
        ),
        None => help.to_string(),
    }
}

/// `text` short enough to quote in a message: a value of megabytes is named by its
/// first characters and its length.
pub fn excerpt(text: &str) -> Cow<'_, str> {
    const MAX: usize = 80;
    const SHOWN: usize = 60;
    if text.len() <= MAX || text.chars().count() <= MAX {
        return Cow::Borrowed(text);
    }
    let start: String = text.chars().take(SHOWN).collect();
    Cow::Owned(format!("{start}… ({} characters)", text.chars().count()))
}

/// `text` as it is safe to print on a terminal: control characters and
/// [`suspicious`] ones written as `\u{…}`, so a hostile value in a message can
/// neither drive the terminal nor reorder the line around it.
pub fn visible(text: &str) -> Cow<'_, str> {
    let hidden = |c: char| c.is_control() || suspicious(c).is_some();
    if !text.chars().any(hidden) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if hidden(c) {
            out.push_str(&format!("\\u{{{:04X}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What `unwanted` said when it decoded every character.
    fn unwanted_by_chars(text: &str) -> Option<Unwanted> {
        text.chars()
            .enumerate()
            .find_map(|(offset, c)| control(offset, c).or_else(|| invisible(offset, c)))
    }

    proptest! {
        #[test]
        fn the_byte_scan_finds_what_decoding_every_character_finds(
            text in any::<String>(),
            mixed in "[a-z \u{e9}\u{202e}\u{200b}\u{7}\u{fffe}\u{627}]{0,40}",
        ) {
            for t in [&text, &mixed] {
                let (a, b) = (unwanted(t), unwanted_by_chars(t));
                prop_assert_eq!(
                    a.as_ref().map(|u| (u.offset, u.what.as_str(), u.help)),
                    b.as_ref().map(|u| (u.offset, u.what.as_str(), u.help))
                );
            }
        }
    }

    #[test]
    fn bidi_controls_and_invisible_characters_are_refused() {
        let err = crate::text::parse("Tell the \u{202E}regulator").unwrap_err();
        assert_eq!(
            (err.offset, err.message.as_str(), err.help.as_str()),
            (
                9,
                "the text contains a bidi embedding or override control (U+202E)",
                SUSPICIOUS_HELP
            )
        );
        for c in [
            '\u{2066}',
            '\u{2069}',
            '\u{200B}',
            '\u{2060}',
            '\u{FEFF}',
            '\u{E0041}',
            '\u{E007F}',
            '\u{FFF9}',
            '\u{2062}',
            '\u{2028}',
            '\u{2029}',
        ] {
            assert!(unwanted(&format!("a{c}b")).is_some(), "{c:?}");
        }
        // Joiners that Arabic and Indic shaping need, and the direction marks, stay.
        for c in ['\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{061C}'] {
            assert!(unwanted(&format!("a{c}b")).is_none(), "{c:?}");
        }
    }

    #[test]
    fn long_values_are_quoted_by_their_start() {
        assert_eq!(excerpt("short"), "short");
        let long = "é".repeat(100_000);
        assert_eq!(
            excerpt(&long),
            format!("{}… (100000 characters)", "é".repeat(60))
        );
    }

    #[test]
    fn visible_escapes_what_a_terminal_would_act_on() {
        assert_eq!(visible("plain é"), "plain é");
        assert_eq!(
            visible("a\u{1b}[31mb\u{202E}c\nd"),
            "a\\u{001B}[31mb\\u{202E}c\\u{000A}d"
        );
    }
}
