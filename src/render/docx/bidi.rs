//! Direction inside right-to-left documents: which stretches of a text are
//! left-to-right (English names, codes, years inside an Arabic sentence), and
//! which paragraphs are English as a whole.
//!
//! Word applies a run's `w:rtl` to every character in it: the complex-script
//! font and size, and right-to-left order for its neutral characters. A Latin
//! name or a year inside an Arabic run is then set at the Arabic size ("2015"
//! larger than the words beside it) and a full stop after English can land at
//! the wrong end. So the writer gives such stretches runs of their own without
//! `w:rtl`, and closes an English text's trailing punctuation with a
//! left-to-right mark so it stays at the English end.

/// Which way a stretch of text runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    /// Latin (or other left-to-right) letters and European digits.
    Ltr,
    /// Arabic, Hebrew and the other right-to-left scripts.
    Rtl,
    /// Spaces and punctuation only: they take the paragraph's direction.
    Neutral,
}

/// U+200E LEFT-TO-RIGHT MARK: an invisible strong left-to-right character.
pub const LRM: char = '\u{200E}';

/// Letters of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko,
/// Samaritan, Mandaic and the Arabic and Hebrew presentation forms).
pub fn is_rtl(c: char) -> bool {
    strong(c) == Some(Dir::Rtl)
}

/// A character that fixes a left-to-right stretch: a letter of a
/// left-to-right script, or a European digit (which Word keeps in order
/// beside Latin letters).
fn is_ltr(c: char) -> bool {
    strong(c) == Some(Dir::Ltr)
}

/// The direction a character fixes, if any: `Rtl` for a letter of a
/// right-to-left script, `Ltr` for any other letter or a European digit.
///
/// Asks `char::is_alphabetic` (a table search, dear outside ASCII) at most
/// once, and not at all for ASCII or the Arabic letters an Arabic document is
/// mostly made of: an Arabic pack spent a fourteenth of its time there.
fn strong(c: char) -> Option<Dir> {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric().then_some(Dir::Ltr);
    }
    // Arabic letters (hamza to yeh, and alef wasla to yeh barree).
    if matches!(c, '\u{0620}'..='\u{064A}' | '\u{0671}'..='\u{06D3}') {
        return Some(Dir::Rtl);
    }
    let rtl_block = matches!(c,
        '\u{0590}'..='\u{08FF}'
        | '\u{FB1D}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}'
        | '\u{10800}'..='\u{10FFF}'
        | '\u{1E800}'..='\u{1EFFF}');
    match (c.is_alphabetic(), rtl_block) {
        (false, _) => None,
        (true, true) => Some(Dir::Rtl),
        (true, false) => Some(Dir::Ltr),
    }
}

/// `text` (of a right-to-left document) cut where its direction changes. A
/// left-to-right stretch runs from its first to its last strong character;
/// spaces and punctuation around it stay with the right-to-left text, whose
/// sentence they belong to (the full stop after an English name that ends an
/// Arabic sentence goes at the Arabic end). Text with no strong character at
/// all is one [`Dir::Neutral`] piece.
pub fn segments(text: &str) -> Vec<(Dir, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    // The end of the last left-to-right character while in an LTR stretch.
    let mut ltr_end: Option<usize> = None;
    let mut any_rtl = false;
    for (i, c) in text.char_indices() {
        match strong(c) {
            Some(Dir::Ltr) => {
                if ltr_end.is_none() && i > start {
                    out.push((Dir::Rtl, &text[start..i]));
                    start = i;
                }
                ltr_end = Some(i + c.len_utf8());
            }
            Some(Dir::Rtl) => {
                any_rtl = true;
                if let Some(end) = ltr_end.take() {
                    out.push((Dir::Ltr, &text[start..end]));
                    start = end;
                }
            }
            _ => {}
        }
    }
    if let Some(end) = ltr_end {
        out.push((Dir::Ltr, &text[start..end]));
        start = end;
    }
    if start < text.len() {
        out.push((Dir::Rtl, &text[start..]));
    }
    if !any_rtl {
        // No right-to-left letter: what is not a left-to-right stretch is
        // only spaces and punctuation.
        for piece in &mut out {
            if piece.0 == Dir::Rtl {
                piece.0 = Dir::Neutral;
            }
        }
    }
    out
}

/// A left-to-right text (an English fallback) placed inside a right-to-left
/// paragraph, with a left-to-right mark at each end that is punctuation, so
/// "(CQC)" keeps its brackets and "Skills for Health." its full stop at the
/// English end instead of moving to the Arabic side.
pub fn anchor_ltr(text: &str) -> String {
    let starts_weak = text.chars().next().is_some_and(|c| !is_ltr(c));
    let ends_weak = text.chars().last().is_some_and(|c| !is_ltr(c));
    if !text.chars().any(is_ltr) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 6);
    if starts_weak {
        out.push(LRM);
    }
    out.push_str(text);
    if ends_weak {
        out.push(LRM);
    }
    out
}

/// Whether a paragraph's texts make it a left-to-right paragraph: each text
/// comes with whether it is tagged with a left-to-right language other than
/// the document's (an English fallback). Such a text with letters, and not
/// one right-to-left letter anywhere, make an English paragraph, which reads
/// from the left. Codes and numbers in the document's language ("1.1a",
/// "10.3aA", "2015") stay in the document's direction.
pub fn is_ltr_paragraph<'a>(texts: impl IntoIterator<Item = (&'a str, bool)>) -> bool {
    let mut english = false;
    for (t, foreign_ltr) in texts {
        for c in t.chars() {
            if is_rtl(c) {
                return false;
            }
            english |= foreign_ltr && c.is_alphabetic();
        }
    }
    english
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcuts in `strong` agree with the plain definition (a letter
    /// in a right-to-left block; any other letter or an ASCII digit) on
    /// every character there is.
    #[test]
    fn strong_agrees_with_its_definition_everywhere() {
        let rtl_block = |c: char| {
            matches!(c,
                '\u{0590}'..='\u{08FF}'
                | '\u{FB1D}'..='\u{FDFF}'
                | '\u{FE70}'..='\u{FEFF}'
                | '\u{10800}'..='\u{10FFF}'
                | '\u{1E800}'..='\u{1EFFF}')
        };
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let expected = if c.is_alphabetic() && rtl_block(c) {
                Some(Dir::Rtl)
            } else if c.is_ascii_digit() || c.is_alphabetic() {
                Some(Dir::Ltr)
            } else {
                None
            };
            assert_eq!(strong(c), expected, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn english_names_and_years_in_arabic_text_are_their_own_stretches() {
        let text = "محفوظة © 2015 لكل من Skills for Health.";
        assert_eq!(
            segments(text),
            [
                (Dir::Rtl, "محفوظة © "),
                (Dir::Ltr, "2015"),
                (Dir::Rtl, " لكل من "),
                (Dir::Ltr, "Skills for Health"),
                (Dir::Rtl, "."),
            ]
        );
    }

    #[test]
    fn brackets_around_an_english_name_stay_with_the_arabic() {
        assert_eq!(
            segments("الهيئة (CQC) هي"),
            [
                (Dir::Rtl, "الهيئة ("),
                (Dir::Ltr, "CQC"),
                (Dir::Rtl, ") هي"),
            ]
        );
    }

    #[test]
    fn text_without_arabic_is_left_to_right_with_neutral_ends() {
        assert_eq!(segments("1.1a"), [(Dir::Ltr, "1.1a")]);
        assert_eq!(segments(" — "), [(Dir::Neutral, " — ")]);
        assert_eq!(
            segments("(CQC)"),
            [(Dir::Neutral, "("), (Dir::Ltr, "CQC"), (Dir::Neutral, ")")]
        );
        assert_eq!(segments("شهادة"), [(Dir::Rtl, "شهادة")]);
    }

    #[test]
    fn english_punctuation_is_anchored_at_the_english_end() {
        assert_eq!(
            anchor_ltr("Skills for Health."),
            "Skills for Health.\u{200E}"
        );
        assert_eq!(anchor_ltr("(CQC)"), "\u{200E}(CQC)\u{200E}");
        assert_eq!(anchor_ltr("NHS 111"), "NHS 111");
        assert_eq!(anchor_ltr(" — "), " — ");
    }

    #[test]
    fn only_paragraphs_of_left_to_right_words_turn_left_to_right() {
        assert!(is_ltr_paragraph([
            ("1.1a ", false),
            ("Skills for Health", true),
            (" — 2015.", false)
        ]));
        assert!(!is_ltr_paragraph([("1.1a", false)]));
        assert!(!is_ltr_paragraph([("10.3aA", false)]));
        assert!(!is_ltr_paragraph([
            ("Skills for Care", true),
            (" و", false)
        ]));
        assert!(!is_ltr_paragraph([]));
    }
}
