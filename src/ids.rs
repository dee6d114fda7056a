//! The shapes of ids, term ids, codes, locales and jurisdictions.
//!
//! Hand-written matchers for the patterns in `model.rs` (which the JSON Schemas
//! publish); a test checks both agree.

/// What a display code addresses, told apart by its shape alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeLevel {
    Standard,
    Outcome,
    Criterion,
}

fn number(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty() && b[0] != b'0' && b.iter().all(u8::is_ascii_digit)
}

fn kebab(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or("");
    first.starts_with(|c: char| c.is_ascii_lowercase())
        && first
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && parts.all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// A stable id: lowercase kebab-case, never containing a dot.
pub fn is_id(s: &str) -> bool {
    kebab(s)
}

/// Ids a node may not take: translation files use them for the names of the
/// framework (`framework`) and of an edition (`edition`, with its notices).
pub const RESERVED_IDS: [&str; 2] = ["framework", "edition"];

/// The help for a node whose id is reserved.
pub const RESERVED_HELP: &str = "choose another id: \"framework\" and \"edition\" are the messages that translate the framework's title and the edition's name and notices";

/// A Fluent term id: `-` then a kebab-case name.
pub fn is_term_id(s: &str) -> bool {
    s.strip_prefix('-').is_some_and(kebab)
}

/// An insertion suffix: capital letters, never ending in `Z` (see [`insertion_between`]).
fn insertion(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_uppercase()) && !s.ends_with('Z')
}

/// A number with an optional insertion suffix: `8`, `8A`, `8ZA`.
fn numbered(s: &str) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    number(&s[..digits]) && insertion(&s[digits..])
}

/// Splits what follows a standard's dot at a criterion's lowercase letter:
/// `4bA` → (`4`, `bA`), `4Aa` → (`4A`, `a`), `4A` → (`4A`, ``).
pub(crate) fn split_outcome(rest: &str) -> (&str, &str) {
    rest.split_at(
        rest.find(|c: char| c.is_ascii_lowercase())
            .unwrap_or(rest.len()),
    )
}

/// The level a display code addresses, or None if it is not a code.
///
/// A code is a framework's plain code (`8`, `8.2`, `8.2c`), where any part may
/// carry an edition's insertion suffix of capital letters (`8A`, `8.2A`, `8.2cA`,
/// `8A.1a`): letters are lowercase in a criterion's own letter and capitals in an
/// insertion, so `1.4a` is a criterion and `1.4A` an outcome added after 1.4.
pub fn code_level(s: &str) -> Option<CodeLevel> {
    match s.split_once('.') {
        None => numbered(s).then_some(CodeLevel::Standard),
        Some((standard, rest)) => {
            if !numbered(standard) {
                return None;
            }
            let (outcome, letter) = split_outcome(rest);
            if !numbered(outcome) {
                return None;
            }
            match letter.as_bytes().first() {
                None => Some(CodeLevel::Outcome),
                Some(_) => insertion(&letter[1..]).then_some(CodeLevel::Criterion),
            }
        }
    }
}

/// Whether a code is plain: no part carries an insertion suffix. Frameworks use
/// plain codes only; the capitals are left to what editions add, so an added
/// node's code can never be one a framework has or announces.
pub fn is_plain_code(s: &str) -> bool {
    code_level(s).is_some() && !s.bytes().any(|b| b.is_ascii_uppercase())
}

/// The code of the parent: `1.2a` → `1.2`, `1.2` → `1`, `8A.1bB` → `8A.1`.
pub fn parent_code(code: &str) -> Option<&str> {
    match code_level(code)? {
        CodeLevel::Standard => None,
        CodeLevel::Outcome => code.split_once('.').map(|(s, _)| s),
        CodeLevel::Criterion => {
            let dot = code.find('.')?;
            let letter = code[dot..].find(|c: char| c.is_ascii_lowercase())?;
            Some(&code[..dot + letter])
        }
    }
}

pub use crate::codes::{code_spellings, compare_codes, find_code, insertion_between};

/// ISO 3166-1 alpha-2 with an optional ISO 3166-2 subdivision.
pub fn is_jurisdiction(s: &str) -> bool {
    let (country, sub) = match s.split_once('-') {
        Some((c, sub)) => (c, Some(sub)),
        None => (s, None),
    };
    country.len() == 2
        && country.bytes().all(|b| b.is_ascii_uppercase())
        && sub.is_none_or(|sub| {
            (1..=3).contains(&sub.len())
                && sub
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        })
}

/// A BCP 47 tag of the forms we use: `ar`, `pt-BR`, `zh-Hans-CN`, `es-419`.
pub fn is_locale(s: &str) -> bool {
    let mut parts = s.split('-');
    let lang = parts.next().unwrap_or("");
    if !((2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase())) {
        return false;
    }
    let rest: Vec<&str> = parts.collect();
    let script = |p: &str| {
        p.len() == 4
            && p.as_bytes()[0].is_ascii_uppercase()
            && p[1..].bytes().all(|b| b.is_ascii_lowercase())
    };
    let region = |p: &str| {
        (p.len() == 2 && p.bytes().all(|b| b.is_ascii_uppercase()))
            || (p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit()))
    };
    match rest.as_slice() {
        [] => true,
        [a] => script(a) || region(a),
        [a, b] => script(a) && region(b),
        _ => false,
    }
}

/// The accepted spelling of a locale tag written with `_` or in the wrong case
/// (`pt_br` → `pt-BR`, `zh-hans-cn` → `zh-Hans-CN`), if there is one.
pub fn locale_correction(s: &str) -> Option<String> {
    let fixed: Vec<String> = s
        .split(['-', '_'])
        .enumerate()
        .map(|(i, p)| match (i, p.len()) {
            (0, _) => p.to_ascii_lowercase(),
            (_, 4) => {
                let lower = p.to_ascii_lowercase();
                let mut chars = lower.chars();
                chars
                    .next()
                    .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                    .unwrap_or_default()
            }
            _ => p.to_ascii_uppercase(),
        })
        .collect();
    let fixed = fixed.join("-");
    (fixed != s && is_locale(&fixed)).then_some(fixed)
}

/// The help for a malformed locale tag: "did you mean …?" with its accepted
/// spelling when there is one, otherwise `fallback`.
pub fn locale_help(s: &str, fallback: &str) -> String {
    match locale_correction(s) {
        Some(fixed) => format!("did you mean \"{fixed}\"?"),
        None => fallback.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;
    use proptest::prelude::*;

    #[test]
    fn misspelt_locales_get_their_accepted_spelling() {
        assert_eq!(locale_correction("pt_BR").as_deref(), Some("pt-BR"));
        assert_eq!(locale_correction("hi-in").as_deref(), Some("hi-IN"));
        assert_eq!(
            locale_correction("ZH-HANS-CN").as_deref(),
            Some("zh-Hans-CN")
        );
        assert_eq!(locale_correction("pt-BR"), None);
        assert_eq!(locale_correction("../x"), None);
        assert_eq!(
            locale_help("pt_br", "write pt-BR"),
            "did you mean \"pt-BR\"?"
        );
        assert_eq!(locale_help("../x", "write pt-BR"), "write pt-BR");
    }

    fn re(p: &str) -> regex_lite::Regex {
        regex_lite::Regex::new(p).unwrap()
    }

    proptest! {
        #[test]
        fn matchers_agree_with_schema_patterns(s in "[a-zA-Z0-9.\\-]{0,12}") {
            prop_assert_eq!(is_id(&s), re(ID_PATTERN).is_match(&s));
            prop_assert_eq!(is_term_id(&s), re(TERM_ID_PATTERN).is_match(&s));
            let plain = is_plain_code(&s);
            prop_assert_eq!(plain && code_level(&s) == Some(CodeLevel::Standard), re(STANDARD_CODE_PATTERN).is_match(&s));
            prop_assert_eq!(plain && code_level(&s) == Some(CodeLevel::Outcome), re(OUTCOME_CODE_PATTERN).is_match(&s));
            prop_assert_eq!(plain && code_level(&s) == Some(CodeLevel::Criterion), re(CRITERION_CODE_PATTERN).is_match(&s));
            prop_assert_eq!(code_level(&s).is_some(), re(CODE_PATTERN).is_match(&s));
            prop_assert_eq!(is_jurisdiction(&s), re(JURISDICTION_PATTERN).is_match(&s));
            prop_assert_eq!(is_locale(&s), re(LOCALE_PATTERN).is_match(&s));
        }

        #[test]
        fn code_shaped_strings(a in 0u32..30, b in 0u32..30, l in "[a-z]?") {
            let code = format!("{a}.{b}{l}");
            prop_assert_eq!(code_level(&code).is_some(), re(OUTCOME_CODE_PATTERN).is_match(&code) || re(CRITERION_CODE_PATTERN).is_match(&code));
        }
    }

    #[test]
    fn examples() {
        assert_eq!(code_level("1.2a"), Some(CodeLevel::Criterion));
        assert_eq!(code_level("13.9"), Some(CodeLevel::Outcome));
        assert_eq!(code_level("15"), Some(CodeLevel::Standard));
        assert_eq!(code_level("1.2ab"), None);
        assert_eq!(code_level("01.2"), None);
        assert_eq!(parent_code("1.2a"), Some("1.2"));
        assert_eq!(parent_code("1.2"), Some("1"));
        assert_eq!(code_level("8A"), Some(CodeLevel::Standard));
        assert_eq!(code_level("1.4A"), Some(CodeLevel::Outcome));
        assert_eq!(code_level("1.4bA"), Some(CodeLevel::Criterion));
        assert_eq!(code_level("8A.1Aa"), Some(CodeLevel::Criterion));
        assert_eq!(code_level("8Z"), None);
        assert_eq!(code_level("8a"), None);
        assert_eq!(parent_code("8A.1bB"), Some("8A.1"));
        assert_eq!(parent_code("1.4AbB"), Some("1.4A"));
        assert_eq!(parent_code("8A.2"), Some("8A"));
        assert!(is_plain_code("1.2a") && !is_plain_code("1.2aA"));
        assert!(is_id("role-main-duties") && !is_id("role--x") && !is_id("1.1a"));
        assert!(is_locale("zh-Hans-CN") && is_locale("es-419") && !is_locale("../x"));
        assert!(is_jurisdiction("GB-ENG") && !is_jurisdiction("gb"));
    }
}
