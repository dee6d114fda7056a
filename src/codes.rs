//! The order of display codes, and the codes of nodes an edition adds.
//!
//! A node added with `"numbering": "keep"` takes the code of the node before it
//! plus capital letters, the way legislation numbers an inserted section ("5A"
//! between 5 and 6). [`crate::ids`] knows the shapes; this module knows how codes
//! sort, which code goes between two others, and how a code typed in any case is
//! looked up. The rule and its reasons are in docs/formats.md ("Codes of added
//! nodes").

use crate::ids::{code_level, split_outcome};

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
    // Codes are short; a long query has one spelling, so a hostile megabyte of
    // letters costs one comparison, not a million candidates.
    if query.len() > MAX_CODE_LEN {
        return out;
    }
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

/// Longer than any code a person types: only shorter queries get other spellings.
const MAX_CODE_LEN: usize = 48;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{CodeLevel, parent_code};
    use proptest::prelude::*;

    proptest! {
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
        let long = format!("1.1{}", "a".repeat(1 << 20));
        assert_eq!(code_spellings(&long).len(), 1);
        assert_eq!(code_spellings("15.1B"), ["15.1B", "15.1b"]);
        assert_eq!(
            code_spellings("8a.1ab"),
            ["8a.1ab", "8A.1aB", "8A.1Ab", "8A.1AB"]
        );
    }
}
