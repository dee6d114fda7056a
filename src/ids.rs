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
fn split_outcome(rest: &str) -> (&str, &str) {
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

/// One part of a code as it sorts: the number (or a criterion's letter), then
/// the insertion suffix as digits (`Z` = 0, `A` = 1 … `Y` = 25).
type Part = (u32, Vec<u8>);

fn digits_of(suffix: &str) -> Vec<u8> {
    suffix
        .bytes()
        .map(|b| if b == b'Z' { 0 } else { b - b'A' + 1 })
        .collect()
}

fn letters_of(digits: &[u8]) -> String {
    digits
        .iter()
        .map(|&d| if d == 0 { 'Z' } else { (b'A' + d - 1) as char })
        .collect()
}

/// A code's parts, in the order they sort; None if it is not a code.
fn parts(code: &str) -> Option<Vec<Part>> {
    code_level(code)?;
    let mut out = Vec::new();
    let (standard, rest) = match code.split_once('.') {
        Some((s, r)) => (s, Some(r)),
        None => (code, None),
    };
    let numbered_part = |s: &str| -> Option<Part> {
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        Some((s[..digits].parse().ok()?, digits_of(&s[digits..])))
    };
    out.push(numbered_part(standard)?);
    if let Some(rest) = rest {
        let (outcome, letter) = split_outcome(rest);
        out.push(numbered_part(outcome)?);
        if let Some(&b) = letter.as_bytes().first() {
            out.push((u32::from(b), digits_of(&letter[1..])));
        }
    }
    Some(out)
}

/// The natural order of codes, which is document order: part by part, a number
/// (or letter) first, then its insertion suffix, where no suffix comes first and
/// `Z` sorts before `A` (`8` < `8ZA` < `8A` < `8AA` < `8B` < `9`), as inserted
/// sections do in legislation. A parent sorts before its children. Strings that are
/// not codes sort after codes, by their text.
pub fn compare_codes(a: &str, b: &str) -> std::cmp::Ordering {
    match (parts(a), parts(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.cmp(b),
    }
}

/// The shortest insertion suffix, as digits, that sorts after `lo` and before
/// `hi` (None: no bound). Never ends in 0 (`Z`), so there is always room
/// before any suffix it makes: after `A` comes `B`, between nothing and `A`
/// comes `ZA`, between `A` and `B` comes `AA`.
fn between(lo: &[u8], hi: Option<&[u8]>) -> Vec<u8> {
    let below = |c: &[u8]| hi.is_none_or(|h| c < h);
    if let Some((&last, head)) = lo.split_last()
        && last < 25
    {
        let mut next = head.to_vec();
        next.push(last + 1);
        if below(&next) {
            return next;
        }
    }
    let mut next = lo.to_vec();
    next.push(1);
    if below(&next) {
        return next;
    }
    // `hi` is `lo` followed by `A` or by `Z…`: go below it with a `Z`.
    let rest = hi.map(|h| &h[lo.len()..]).unwrap_or_default();
    let mut next = lo.to_vec();
    next.push(0);
    let tail = if rest.first() == Some(&0) {
        &rest[1..]
    } else {
        &[][..]
    };
    next.extend(between(&[], (!tail.is_empty()).then_some(tail)));
    next
}

/// The code for a node an edition inserts right after the sibling coded `after`,
/// and before the sibling coded `before` (None at the end of its parent): the
/// predecessor's code with the next insertion suffix that still sorts before
/// `before`. `8` → `8A`, `8A` → `8B`, `1.4b` → `1.4bA`; between `8` and `8A`,
/// `8ZA`. None if `after` is not a code.
pub fn insertion_between(after: &str, before: Option<&str>) -> Option<String> {
    let mut lo = parts(after)?;
    let (base, suffix) = lo.pop()?;
    let bound = before.and_then(parts).and_then(|mut hi| {
        let (hi_base, hi_suffix) = hi.pop()?;
        (hi == lo && hi_base == base && hi_suffix > suffix).then_some(hi_suffix)
    });
    let next = between(&suffix, bound.as_deref());
    let stem_len = after.len()
        - after
            .bytes()
            .rev()
            .take_while(u8::is_ascii_uppercase)
            .count();
    Some(format!("{}{}", &after[..stem_len], letters_of(&next)))
}

/// The codes a query typed in any case may mean, exact spelling first: `8a` is
/// `8A`; `1.4ba` is criterion `1.4bA` or outcome `1.4BA`. Users read codes off
/// printed pages and type them as they come; only letter case is forgiven.
pub fn code_spellings(query: &str) -> Vec<String> {
    let mut out = vec![query.to_string()];
    let (standard, rest) = match query.split_once('.') {
        Some((s, r)) => (s.to_ascii_uppercase(), Some(r)),
        None => (query.to_ascii_uppercase(), None),
    };
    let mut push = |c: String| {
        if code_level(&c).is_some() && !out.contains(&c) {
            out.push(c);
        }
    };
    match rest {
        None => push(standard),
        Some(rest) => {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            let (outcome, tail) = rest.split_at(digits);
            // The criterion's letter may be any of the letters typed; codes are
            // ASCII, so byte positions are character positions.
            for k in 0..tail.len() {
                if tail.is_char_boundary(k) && tail.is_char_boundary(k + 1) {
                    push(format!(
                        "{standard}.{outcome}{}{}{}",
                        tail[..k].to_ascii_uppercase(),
                        tail[k..k + 1].to_ascii_lowercase(),
                        tail[k + 1..].to_ascii_uppercase()
                    ));
                }
            }
            push(format!("{standard}.{}", rest.to_ascii_uppercase()));
        }
    }
    out
}

/// Looks a code up in a map keyed by exact codes, forgiving letter case: the
/// exact spelling, else the one other spelling that is there.
pub fn find_code<'m, V>(
    map: &'m std::collections::HashMap<String, V>,
    query: &str,
) -> Option<&'m V> {
    if let Some(v) = map.get(query) {
        return Some(v);
    }
    let mut found = code_spellings(query)
        .into_iter()
        .filter_map(|c| map.get(&c));
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

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

        /// Whatever is inserted where, codes stay in document order: each new
        /// code sorts right after its predecessor and before its successor.
        #[test]
        fn insertions_sort_where_they_are_placed(places in proptest::collection::vec(0usize..40, 1..40)) {
            let mut codes = vec!["1.4a".to_string(), "1.4b".to_string(), "1.4c".to_string()];
            for p in places {
                let at = p % codes.len();
                let next = codes.get(at + 1).map(String::as_str);
                let mut code = insertion_between(&codes[at], next).unwrap();
                while codes.contains(&code) {
                    code = insertion_between(&code, next).unwrap();
                }
                prop_assert_eq!(code_level(&code), Some(CodeLevel::Criterion), "{}", code);
                prop_assert_eq!(parent_code(&code), Some("1.4"));
                codes.insert(at + 1, code);
            }
            for w in codes.windows(2) {
                prop_assert_eq!(compare_codes(&w[0], &w[1]), std::cmp::Ordering::Less, "{:?}", codes);
            }
        }

        #[test]
        fn code_shaped_strings(a in 0u32..30, b in 0u32..30, l in "[a-z]?") {
            let code = format!("{a}.{b}{l}");
            prop_assert_eq!(code_level(&code).is_some(), re(OUTCOME_CODE_PATTERN).is_match(&code) || re(CRITERION_CODE_PATTERN).is_match(&code));
        }
    }

    #[test]
    fn insertion_codes_follow_their_predecessor() {
        let ins = |a: &str, b: Option<&str>| insertion_between(a, b).unwrap();
        assert_eq!(ins("8", Some("9")), "8A");
        assert_eq!(ins("8A", Some("9")), "8B");
        assert_eq!(ins("8", Some("8A")), "8ZA");
        assert_eq!(ins("8A", Some("8B")), "8AA");
        assert_eq!(ins("8A", Some("8AA")), "8AZA");
        assert_eq!(ins("8Y", None), "8YA");
        assert_eq!(ins("15", None), "15A");
        assert_eq!(ins("1.4", Some("1.5")), "1.4A");
        assert_eq!(ins("1.4b", Some("1.4c")), "1.4bA");
        assert_eq!(ins("1.4bA", Some("1.4c")), "1.4bB");
        assert_eq!(ins("10.3e", None), "10.3eA");
        assert_eq!(ins("6.3Ab", None), "6.3AbA");
        let mut sorted = ["9", "8B", "8", "8ZA", "8AA", "8A", "10", "8.1", "8A.1a"];
        sorted.sort_by(|a, b| compare_codes(a, b));
        assert_eq!(
            sorted,
            ["8", "8.1", "8ZA", "8A", "8A.1a", "8AA", "8B", "9", "10"]
        );
        assert_eq!(
            code_spellings("1.4ba"),
            ["1.4ba", "1.4bA", "1.4Ba", "1.4BA"]
        );
        assert_eq!(code_spellings("8a"), ["8a", "8A"]);
        assert_eq!(code_spellings("15.1B"), ["15.1B", "15.1b"]);
        assert_eq!(
            code_spellings("8a.1ab"),
            ["8a.1ab", "8A.1aB", "8A.1Ab", "8A.1AB"]
        );
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
