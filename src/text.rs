//! Source text is a Fluent pattern whose only placeables are term references
//! (`{ -regulator }`) and string literals (`{"{"}` for a literal brace).
//!
//! Parsing it with fluent-syntax, rather than searching for braces, means the text an
//! author writes is exactly what a translator's tools and compare-locales see, and
//! Fluent's own escaping rules apply. Rendering substitutes term values directly, so
//! no Unicode isolation marks end up in the output.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
use fluent_syntax::parser;
use std::borrow::Cow;

/// A piece of parsed source text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(Cow<'a, str>),
    /// A term id, with its leading `-`.
    Term(&'a str),
}

/// Why a text could not be used, and where in it (a character offset).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextError {
    pub offset: usize,
    pub message: String,
    pub help: String,
}

const PREFIX: &str = "m = ";

/// Splits source text into literal text and term references.
pub fn parse(text: &str) -> Result<Vec<Piece<'_>>, TextError> {
    if let Some(u) = unwanted(text) {
        return Err(TextError {
            offset: u.offset,
            message: format!("the text contains {}", u.what),
            help: u.help.into(),
        });
    }
    if text.trim().is_empty() {
        return Err(TextError {
            offset: 0,
            message: "the text is empty".into(),
            help: "write the text, or remove the entry".into(),
        });
    }
    let source = format!("{PREFIX}{text}\n");
    let resource = match parser::parse_runtime(source.as_str()) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            let err = &errors[0];
            let byte = err.pos.start.saturating_sub(PREFIX.len()).min(text.len());
            return Err(TextError {
                offset: char_offset(text, byte),
                message: format!("the text is not valid Fluent: {}", err.kind),
                help: "write braces only around term references, like { -regulator }; \
                       for a literal brace write {\"{\"} or {\"}\"}"
                    .into(),
            });
        }
    };
    let Some(Entry::Message(message)) = resource.body.first() else {
        return Err(TextError {
            offset: 0,
            message: "the text could not be read as a single line".into(),
            help: "remove leading characters such as `[`, `*` or `.`".into(),
        });
    };
    let Some(pattern) = &message.value else {
        return Err(TextError {
            offset: 0,
            message: "the text is empty".into(),
            help: "write the text, or remove the entry".into(),
        });
    };
    let mut pieces = Vec::with_capacity(pattern.elements.len());
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                let value: &str = value;
                let at = offset_in(&source, value) - PREFIX.len();
                pieces.push(Piece::Text(Cow::Borrowed(&text[at..at + value.len()])));
            }
            PatternElement::Placeable { expression } => match expression {
                Expression::Inline(InlineExpression::TermReference {
                    id,
                    attribute: None,
                    arguments: None,
                }) => {
                    let name: &str = id.name;
                    let at = offset_in(&source, name) - PREFIX.len();
                    pieces.push(Piece::Term(&text[at - 1..at + name.len()]));
                }
                Expression::Inline(InlineExpression::StringLiteral { value }) => {
                    let literal = fluent_syntax::unicode::unescape_unicode_to_string(value);
                    pieces.push(Piece::Text(Cow::Owned(literal.into_owned())));
                }
                other => {
                    let offset = match other {
                        Expression::Inline(
                            InlineExpression::MessageReference { id, .. }
                            | InlineExpression::VariableReference { id }
                            | InlineExpression::FunctionReference { id, .. }
                            | InlineExpression::TermReference { id, .. },
                        ) => char_offset(text, offset_in(&source, id.name) - PREFIX.len()),
                        _ => 0,
                    };
                    let help = if let Expression::Inline(InlineExpression::MessageReference {
                        id,
                        ..
                    }) = other
                    {
                        format!("a term reference starts with a hyphen: {{ -{} }}", id.name)
                    } else {
                        "source text may only refer to terms, like { -regulator }; \
                         variables and selectors belong in translations"
                            .into()
                    };
                    return Err(TextError {
                        offset,
                        message: format!(
                            "the text uses a placeable that source text cannot have: {}",
                            describe(other)
                        ),
                        help,
                    });
                }
            },
        }
    }
    Ok(pieces)
}

/// The term ids a text refers to, in order of appearance.
pub fn term_refs(text: &str) -> Vec<&str> {
    parse(text)
        .map(|pieces| {
            pieces
                .into_iter()
                .filter_map(|p| match p {
                    Piece::Term(t) => Some(t),
                    Piece::Text(_) => None,
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The text with every term replaced by its value. Unknown terms (which loading
/// rejects) are left visible as `{ -id }` rather than silently dropped.
pub fn render<'t>(text: &str, value_of: impl Fn(&str) -> Option<&'t str>) -> String {
    match parse(text) {
        Ok(pieces) => {
            let mut out = String::with_capacity(text.len());
            for piece in pieces {
                match piece {
                    Piece::Text(t) => out.push_str(&t),
                    Piece::Term(id) => match value_of(id) {
                        Some(v) => out.push_str(v),
                        None => {
                            out.push_str("{ ");
                            out.push_str(id);
                            out.push_str(" }");
                        }
                    },
                }
            }
            out
        }
        Err(_) => text.to_string(),
    }
}

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
/// (Joiners that shaping needs, U+200C and U+200D, and the marks U+200E, U+200F and
/// U+061C are allowed.)
pub fn suspicious(c: char) -> Option<&'static str> {
    match c {
        '\u{202A}'..='\u{202E}' => Some("a bidi embedding or override control"),
        '\u{2066}'..='\u{2069}' => Some("a bidi isolate control"),
        '\u{200B}' => Some("a zero-width space"),
        '\u{2060}' => Some("a word joiner"),
        '\u{FEFF}' => Some("a zero-width no-break space (BOM)"),
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
    text.chars()
        .enumerate()
        .find_map(|(offset, c)| control(offset, c).or_else(|| invisible(offset, c)))
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

/// fluent-syntax returns names and text as slices of the source it parsed; their
/// offset in that source maps them back onto the caller's text.
fn offset_in(source: &str, slice: &str) -> usize {
    slice.as_ptr() as usize - source.as_ptr() as usize
}

fn char_offset(text: &str, byte: usize) -> usize {
    let mut byte = byte;
    while !text.is_char_boundary(byte) {
        byte -= 1;
    }
    text[..byte].chars().count()
}

fn describe(e: &Expression<&str>) -> &'static str {
    match e {
        Expression::Select { .. } => "a selector",
        Expression::Inline(InlineExpression::VariableReference { .. }) => "a variable",
        Expression::Inline(InlineExpression::MessageReference { .. }) => "a message reference",
        Expression::Inline(InlineExpression::FunctionReference { .. }) => "a function call",
        Expression::Inline(InlineExpression::NumberLiteral { .. }) => "a number literal",
        Expression::Inline(InlineExpression::TermReference { .. }) => {
            "a term reference with an attribute or arguments"
        }
        _ => "an expression",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(id: &str) -> Option<&'static str> {
        match id {
            "-emergency-number" => Some("999"),
            "-regulator" => Some("Care Quality Commission"),
            _ => None,
        }
    }

    #[test]
    fn substitutes_terms_without_isolation_marks() {
        let text = "Call { -emergency-number } and tell the {-regulator}.";
        assert_eq!(term_refs(text), vec!["-emergency-number", "-regulator"]);
        assert_eq!(
            render(text, values),
            "Call 999 and tell the Care Quality Commission."
        );
    }

    #[test]
    fn string_literals_give_literal_braces() {
        assert_eq!(render(r#"a {"{"} b {"}"}"#, values), "a { b }");
    }

    #[test]
    fn rejects_unbalanced_braces_with_offset() {
        let err = parse("Tell the { regulator } now").unwrap_err();
        assert!(err.message.ends_with("a message reference"), "{err:?}");
        assert_eq!(
            (err.offset, err.help.as_str()),
            (11, "a term reference starts with a hyphen: { -regulator }")
        );
        let err = parse("Tell the { -regulator now").unwrap_err();
        assert!(err.message.contains("not valid Fluent"), "{err:?}");
        let err = parse("ends with }").unwrap_err();
        assert_eq!(err.offset, 10, "{err:?}");
    }

    #[test]
    fn rejects_variables_and_control_characters() {
        assert!(
            parse("Hello { $name }")
                .unwrap_err()
                .message
                .contains("a variable")
        );
        assert_eq!(parse("two\nlines").unwrap_err().offset, 3);
        assert!(parse("   ").is_err());
    }

    #[test]
    fn bidi_controls_and_invisible_characters_are_refused() {
        let err = parse("Tell the \u{202E}regulator").unwrap_err();
        assert_eq!(
            (err.offset, err.message.as_str(), err.help.as_str()),
            (
                9,
                "the text contains a bidi embedding or override control (U+202E)",
                SUSPICIOUS_HELP
            )
        );
        for c in ['\u{2066}', '\u{2069}', '\u{200B}', '\u{2060}', '\u{FEFF}'] {
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

    #[test]
    fn repeated_text_pieces_borrow_correctly() {
        let text = "a { -regulator } a";
        let pieces = parse(text).unwrap();
        assert_eq!(pieces.len(), 3);
        assert_eq!(render(text, values), "a Care Quality Commission a");
    }
}
