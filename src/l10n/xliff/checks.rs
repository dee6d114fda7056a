//! Whether a translated part can be imported: valid source text, no
//! invisible characters, and exactly the English's country terms.

use crate::l10n::ftl;
use crate::l10n::status::SourceMessage;
use crate::text;

/// Why the translation `t` of `part` cannot be imported, if it cannot.
pub(super) fn problem(
    source: &SourceMessage,
    known_terms: &[&str],
    part: &str,
    t: &str,
) -> Option<String> {
    let english = if part == "value" {
        source.value.as_str()
    } else {
        source
            .attributes
            .iter()
            .find(|(k, _)| k == part)
            .map(|(_, v)| v.as_str())?
    };
    let reason = if let Err(e) = text::parse(t) {
        e.message
    } else if let Some((c, what)) = t.chars().find_map(|c| ftl::suspicious(c).map(|w| (c, w))) {
        format!(
            "the translation contains {what} (U+{:04X}); remove it",
            c as u32
        )
    } else if let Some(id) = text::term_refs(t)
        .into_iter()
        .find(|id| !known_terms.contains(id))
    {
        format!("refers to the unknown term {id}")
    } else {
        term_mismatch(english, t)?
    };
    Some(if part == "value" {
        reason
    } else {
        format!("{reason} (in {part})")
    })
}

/// Why a translation does not carry the English's country terms, if it does not:
/// a typed-in value ("NR-32" for `{ -regulation }`) would not change with the
/// edition, so every term of the English must stay a placeholder, and no other.
fn term_mismatch(english: &str, translation: &str) -> Option<String> {
    let mut want = text::term_refs(english);
    let mut got = text::term_refs(translation);
    want.sort_unstable();
    want.dedup();
    got.sort_unstable();
    got.dedup();
    if let Some(missing) = want.iter().find(|t| !got.contains(t)) {
        return Some(format!(
            "the translation drops the term {missing} that the English has; keep its placeholder (<ph>) in the target instead of typing the value"
        ));
    }
    got.iter().find(|t| !want.contains(t)).map(|extra| {
        format!("the translation adds the term {extra}, which the English does not have; remove it")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_translation_keeps_exactly_the_english_terms() {
        let en = "Follow { -act } and call { -emergency-number }.";
        assert_eq!(
            term_mismatch(en, "Siga { -act } e ligue { -emergency-number }."),
            None
        );
        // Order and repetition do not matter; the set of terms does.
        assert_eq!(
            term_mismatch(en, "Ligue { -emergency-number }, siga { -act } e { -act }."),
            None
        );
        let dropped = term_mismatch(en, "Siga a NR-32 e ligue { -emergency-number }.").unwrap();
        assert!(dropped.contains("drops the term -act"), "{dropped}");
        let added = term_mismatch("Wash your hands.", "Lave as mãos ({ -act }).").unwrap();
        assert!(added.contains("adds the term -act"), "{added}");
    }
}
