//! How deep placeables nest, measured before a text reaches the Fluent parser.
//!
//! fluent-syntax parses a placeable inside a placeable (`{ { … } }`, a selector's
//! variants) by recursion, with no limit of its own: 100,000 `{` in a criterion,
//! a `.ftl` file, a label or an XLIFF target overflowed the stack and aborted the
//! process. Real text nests two or three deep; anything past [`MAX_DEPTH`] is
//! refused with its position before the parser sees it.
//!
//! The count is pessimistic, so no text can slip past it: every `{` opens a level,
//! and a `}` closes one only when it cannot be inside a string literal (a literal
//! sits on one line between quotes, so a `}` with a `"` both before and after it on
//! its line is not counted). A line that starts an entry or an attribute
//! (`id =`, `-term =`, `.attr =`) ends every placeable before it, since no
//! expression can go on past one, and starts the count again.

/// Placeables nested deeper than this are refused.
pub const MAX_DEPTH: usize = 64;

/// The help for a text nested too deep, the same wherever it is found.
pub const HELP: &str = "placeables ({ … }) nest at most 64 deep; remove the extra braces \
                        (a literal brace is written {\"{\"})";

/// The byte offset of the first `{` that opens a level deeper than [`MAX_DEPTH`].
pub fn too_deep(text: &str) -> Option<usize> {
    // Texts without that many braces cannot nest that deep: one quick scan says so.
    if text.bytes().filter(|&c| c == b'{').count() <= MAX_DEPTH {
        return None;
    }
    let mut depth = 0usize;
    let mut line_start = 0usize;
    for line in text.split_inclusive('\n') {
        let b = line.as_bytes();
        if starts_entry(line) {
            depth = 0;
        }
        // Where the line's quotes are, looked for at its first `}` only: most
        // lines of a large translation file have none, and searching each
        // line twice more was half of this check's time.
        let mut quotes: Option<(Option<usize>, Option<usize>)> = None;
        for (i, &c) in b.iter().enumerate() {
            match c {
                b'{' => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Some(line_start + i);
                    }
                }
                b'}' => {
                    let (first_quote, last_quote) = *quotes.get_or_insert_with(|| {
                        let first = b.iter().position(|&c| c == b'"');
                        (first, b.iter().rposition(|&c| c == b'"'))
                    });
                    let flanked =
                        first_quote.is_some_and(|q| q < i) && last_quote.is_some_and(|q| q > i);
                    if !flanked {
                        depth = depth.saturating_sub(1);
                    }
                }
                _ => {}
            }
        }
        line_start += line.len();
    }
    None
}

/// Whether a line starts a message, a term or an attribute: `id =`, `-id =`,
/// `.id =` (the last indented or not). No expression continues past such a line.
fn starts_entry(line: &str) -> bool {
    let rest = if line.starts_with([' ', '\t']) {
        match line.trim_start_matches([' ', '\t']).strip_prefix('.') {
            Some(rest) => rest,
            None => return false,
        }
    } else {
        line.strip_prefix(['-', '.']).unwrap_or(line)
    };
    let name_len = rest
        .bytes()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-'))
        .count();
    name_len > 0
        && rest.as_bytes()[0].is_ascii_alphabetic()
        && rest[name_len..]
            .trim_start_matches([' ', '\t'])
            .starts_with('=')
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::parser;

    /// `too_deep` as first written, each line's quotes found before its braces.
    fn too_deep_reference(text: &str) -> Option<usize> {
        if text.bytes().filter(|&c| c == b'{').count() <= MAX_DEPTH {
            return None;
        }
        let (mut depth, mut line_start) = (0usize, 0usize);
        for line in text.split_inclusive('\n') {
            let b = line.as_bytes();
            if starts_entry(line) {
                depth = 0;
            }
            let first_quote = b.iter().position(|&c| c == b'"');
            let last_quote = b.iter().rposition(|&c| c == b'"');
            for (i, &c) in b.iter().enumerate() {
                if c == b'{' {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Some(line_start + i);
                    }
                } else if c == b'}'
                    && !(first_quote.is_some_and(|q| q < i) && last_quote.is_some_and(|q| q > i))
                {
                    depth = depth.saturating_sub(1);
                }
            }
            line_start += line.len();
        }
        None
    }

    proptest::proptest! {
        /// Finding the quotes lazily changes no answer: texts of braces,
        /// quotes, entry starts and line breaks, deep enough to matter.
        #[test]
        fn looking_for_quotes_lazily_gives_the_same_answer(
            pieces in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::strategy::Just("{"), proptest::strategy::Just("}"),
                    proptest::strategy::Just("\""), proptest::strategy::Just("\n"),
                    proptest::strategy::Just("m = "), proptest::strategy::Just("    .a = "),
                    proptest::strategy::Just("x"), proptest::strategy::Just("{ \"}\" "),
                ],
                0..400,
            )
        ) {
            let text: String = pieces.concat();
            proptest::prop_assert_eq!(too_deep(&text), too_deep_reference(&text));
        }
    }

    #[test]
    fn ordinary_text_passes() {
        assert_eq!(too_deep("Describe what the { -regulator } does."), None);
        let many = "m = { -a } ".repeat(1000);
        assert_eq!(too_deep(&many), None);
        let select = "m = { $n ->\n   [one] { -a }\n  *[other] { { \"}\" } }\n}\n".repeat(200);
        assert_eq!(too_deep(&select), None);
    }

    #[test]
    fn deep_nesting_is_found_where_it_passes_the_limit() {
        let text = format!("m = {}x", "{".repeat(100_000));
        assert_eq!(too_deep(&text), Some(4 + MAX_DEPTH));
        let at_limit = format!("{}x{}", "{".repeat(MAX_DEPTH), "}".repeat(MAX_DEPTH));
        assert_eq!(too_deep(&at_limit), None);
    }

    #[test]
    fn braces_in_string_literals_do_not_hide_nesting() {
        // Each level closes three braces inside a string literal used as a selector:
        // a plain count would stay at zero while the parser recurses.
        let level = "{ \"}}}\" -> *[a] ";
        let text = format!("m = {}x", level.repeat(10_000));
        assert!(too_deep(&text).is_some());
        // The same with text quotes before the literal, to upset a parity count.
        let level = "{ $x -> *[a] say \"hi\", \" { \"}}}}\" -> *[b] ";
        let text = format!("m = {}x", level.repeat(10_000));
        assert!(too_deep(&text).is_some());
    }

    #[test]
    fn nesting_across_lines_is_counted() {
        let text = format!("m = {}x\n", "{\nF(\n".repeat(10_000));
        assert!(too_deep(&text).is_some());
    }

    #[test]
    fn each_entry_starts_again() {
        // Unbalanced braces (syntax errors) in many messages do not add up.
        let text = "m = a \"b\" } { c \"d\"\n    .attr = { \"}\" }\n".repeat(500);
        assert_eq!(too_deep(&text), None);
        let text = "m = {\n".repeat(500);
        assert_eq!(too_deep(&text), None);
    }

    #[test]
    fn what_passes_parses_without_overflowing() {
        // At the limit the parser runs well within a thread's stack (4 MiB, for a debug build).
        let text = format!(
            "m = {}x{}\n",
            "{ ".repeat(MAX_DEPTH),
            " }".repeat(MAX_DEPTH)
        );
        assert_eq!(too_deep(&text), None);
        std::thread::Builder::new()
            .stack_size(4 << 20)
            .spawn(move || {
                let _ = parser::parse(text.as_str());
            })
            .unwrap()
            .join()
            .unwrap();
    }
}
