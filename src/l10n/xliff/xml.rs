//! The rules of XML 1.0 that quick-xml leaves to its caller: which characters
//! a document may hold, what a name is, what may stand in an attribute value,
//! and which references exist. Import checks them all, so that a file any XML
//! tool would reject is never imported.

/// Whether XML 1.0 allows `c` in a document (its `Char` production). Rust
/// strings hold no surrogates, so only the C0 controls and U+FFFE/U+FFFF are out.
pub fn allowed_char(c: char) -> bool {
    !matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')
}

/// The first characters XML does not allow, with their byte offsets (at most `limit`).
pub fn forbidden_chars(text: &str, limit: usize) -> Vec<(usize, char)> {
    text.char_indices()
        .filter(|(_, c)| !allowed_char(*c))
        .take(limit)
        .collect()
}

/// Whether `name` is an XML name (`NameStartChar NameChar*`, with the ranges of
/// XML 1.0 fifth edition).
pub fn is_name(name: &str) -> bool {
    let start = |c: char| {
        c.is_ascii_alphabetic()
            || matches!(c, ':' | '_' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{2FF}' | '\u{370}'..='\u{37D}' | '\u{37F}'..='\u{1FFF}' | '\u{200C}'..='\u{200D}' | '\u{2070}'..='\u{218F}' | '\u{2C00}'..='\u{2FEF}' | '\u{3001}'..='\u{D7FF}' | '\u{F900}'..='\u{FDCF}' | '\u{FDF0}'..='\u{FFFD}' | '\u{10000}'..='\u{EFFFF}')
    };
    let rest = |c: char| {
        start(c)
            || c.is_ascii_digit()
            || matches!(c, '-' | '.' | '\u{B7}' | '\u{300}'..='\u{36F}' | '\u{203F}'..='\u{2040}')
    };
    let mut chars = name.chars();
    chars.next().is_some_and(start) && chars.all(rest)
}

/// The character a reference (`amp`, `#233`, `#xE9`) stands for. Only the five
/// predefined entities and character references exist: nothing is ever expanded.
pub fn resolve_reference(name: &str) -> Result<char, String> {
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => {
            let Some(number) = name.strip_prefix('#') else {
                return Err(format!("the entity &{name}; is not allowed"));
            };
            let code = match number.strip_prefix('x') {
                Some(hex) if !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()) => {
                    u32::from_str_radix(hex, 16).ok()
                }
                None if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) => {
                    number.parse().ok()
                }
                _ => return Err(format!("&{name}; is not a character reference")),
            };
            match code.and_then(char::from_u32) {
                Some(c) if allowed_char(c) => c,
                _ => {
                    return Err(format!(
                        "the character reference &{name}; stands for a character XML does not allow"
                    ));
                }
            }
        }
    };
    Ok(c)
}

/// Why an attribute's value, as written between its quotes, is not XML: a `<`,
/// or a reference that does not resolve.
pub fn attribute_value_problem(raw: &str) -> Option<String> {
    if raw.contains('<') {
        return Some("an attribute value holds a `<`; write &lt;".into());
    }
    let mut rest = raw;
    while let Some(at) = rest.find('&') {
        let after = &rest[at + 1..];
        let Some(end) = after.find(';') else {
            return Some(
                "an attribute value holds a `&` that starts no reference; write &amp;".into(),
            );
        };
        if let Err(why) = resolve_reference(&after[..end]) {
            return Some(why);
        }
        rest = &after[end + 1..];
    }
    None
}

/// XML's white space (space, tab, line ends) collapsed to single spaces and
/// trimmed. Other spaces (no-break, narrow no-break, ideographic) are text and kept.
pub fn collapse_white_space(text: &str) -> String {
    text.split([' ', '\t', '\r', '\n'])
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `text` is only XML white space.
pub fn is_white_space(text: &str) -> bool {
    text.chars().all(|c| matches!(c, ' ' | '\t' | '\r' | '\n'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_resolve_to_allowed_characters_only() {
        assert_eq!(resolve_reference("amp"), Ok('&'));
        assert_eq!(resolve_reference("#233"), Ok('é'));
        assert_eq!(resolve_reference("#xE9"), Ok('é'));
        assert!(resolve_reference("#1").is_err());
        assert!(resolve_reference("#0").is_err());
        assert!(resolve_reference("#xFFFE").is_err());
        assert!(resolve_reference("#xD800").is_err());
        assert!(resolve_reference("#x").is_err());
        assert!(resolve_reference("nbsp").unwrap_err().contains("&nbsp;"));
    }

    #[test]
    fn names_follow_xml() {
        assert!(is_name("xliff"));
        assert!(is_name("mtc:matches"));
        assert!(is_name("données"));
        assert!(!is_name("1unit"));
        assert!(!is_name(""));
        assert!(!is_name("a<b"));
    }

    #[test]
    fn only_xml_white_space_collapses() {
        assert_eq!(collapse_white_space("  a \n\t b\r\n"), "a b");
        assert_eq!(
            collapse_white_space("Bonjour\u{A0}: 中\u{3000}文"),
            "Bonjour\u{A0}: 中\u{3000}文"
        );
    }

    #[test]
    fn attribute_values_are_checked() {
        assert_eq!(attribute_value_problem("a &amp; b &#x41;"), None);
        assert!(attribute_value_problem("a < b").is_some());
        assert!(attribute_value_problem("a & b").is_some());
        assert!(attribute_value_problem("&e;").is_some());
    }
}
