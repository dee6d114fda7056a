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

mod characters;
pub mod nesting;

pub use characters::{
    SUSPICIOUS_HELP, Unwanted, excerpt, first_suspicious, forbidden_char, suspicious, unwanted,
    visible, with_non_ascii,
};

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
    if let Some(byte) = nesting::too_deep(text) {
        return Err(TextError {
            offset: char_offset(text, byte),
            message: format!(
                "the text nests placeables more than {} deep",
                nesting::MAX_DEPTH
            ),
            help: nesting::HELP.into(),
        });
    }
    // Most texts are a single stretch of words: no braces, so no placeables,
    // and nothing at either end that Fluent would trim or read as syntax. Such
    // a text is one piece, as the parser would say (a property test checks).
    if is_plain(text) {
        return Ok(vec![Piece::Text(Cow::Borrowed(text))]);
    }
    parse_fluent(text)
}

/// Whether Fluent reads `text`, as a message's value, as exactly itself: no
/// brace anywhere, no blank at either end (Fluent trims them), and no first
/// character that starts Fluent syntax on a line of its own. Control
/// characters are refused before this is asked.
fn is_plain(text: &str) -> bool {
    let bytes = text.as_bytes();
    let (Some(first), Some(last)) = (bytes.first(), bytes.last()) else {
        return false;
    };
    !matches!(first, b' ' | b'[' | b'*' | b'.' | b'-' | b'#')
        && *last != b' '
        && !bytes.iter().any(|&b| b == b'{' || b == b'}')
}

/// [`parse`] by Fluent's own parser, for texts that are not [`is_plain`].
fn parse_fluent(text: &str) -> Result<Vec<Piece<'_>>, TextError> {
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
    // A plain text renders as itself whether or not `parse` accepts it (a
    // text it refuses is shown as it is): nothing to check, nothing to split.
    // Nearly every text of a pack is plain.
    if is_plain(text) {
        return text.to_string();
    }
    render_parsed(text, value_of)
}

/// [`render`] by way of [`parse`], for any text.
fn render_parsed<'t>(text: &str, value_of: impl Fn(&str) -> Option<&'t str>) -> String {
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

    proptest::proptest! {
        /// A plain text parses as Fluent's parser would parse it.
        #[test]
        fn plain_texts_parse_as_fluent_does(text in "[ -~\u{a0}-\u{2fff}]{0,12}") {
            if unwanted(&text).is_none() && !text.trim().is_empty() && is_plain(&text) {
                proptest::prop_assert_eq!(parse(&text), parse_fluent(&text));
            }
        }
    }

    proptest::proptest! {
        /// Rendering skips `parse` for a plain text, and says what it would.
        #[test]
        fn rendering_a_text_is_rendering_what_it_parses_to(
            text in "[ -~\u{0}-\u{1f}\u{a0}-\u{2fff}\u{feff}\u{202e}]{0,14}"
        ) {
            proptest::prop_assert_eq!(render(&text, values), render_parsed(&text, values));
        }
    }

    #[test]
    fn plain_and_fluent_parsing_agree_at_the_edges() {
        for text in [
            "a", "é", "[a]", "a.", "* a", ". a", "a - b", "#a", "a b", "x  ", "a\u{a0}",
        ] {
            if is_plain(text) {
                assert_eq!(parse(text), parse_fluent(text), "{text:?}");
            }
        }
    }

    #[test]
    fn repeated_text_pieces_borrow_correctly() {
        let text = "a { -regulator } a";
        let pieces = parse(text).unwrap();
        assert_eq!(pieces.len(), 3);
        assert_eq!(render(text, values), "a Care Quality Commission a");
    }
}
