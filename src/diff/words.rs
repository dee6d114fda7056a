//! Word-level differences that work for every script we publish in.
//!
//! Splitting on spaces fails for Chinese (a sentence is one "word") and splitting
//! into characters breaks Hindi syllables apart; Unicode word boundaries (UAX #29)
//! give words for Latin and Arabic, single ideographs for Chinese, and keep
//! Devanagari clusters whole.

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum WordOp {
    Equal,
    Delete,
    Insert,
}

/// A run of text that is kept, deleted or inserted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Word {
    pub op: WordOp,
    pub text: String,
}

/// Below this share of words in common, a text reads as replaced, not edited.
///
/// The share is the Dice coefficient over words: twice the words both sides keep,
/// over the words of both. At one half, as many words changed as stayed; beyond
/// that, the few words left standing (`Act`, `the`, a year) are coincidences, and
/// interleaving them with the changes makes a sentence no one wrote ("the Equality
/// Rights of Persons with Disabilities Act 2010, 2016"). Below it the whole old
/// value is shown deleted and the whole new one inserted.
pub const WHOLE_BELOW: f64 = 0.5;

/// A word for counting: a run with a letter or digit in it (not spaces or punctuation).
fn is_word(s: &str) -> bool {
    s.chars().any(char::is_alphanumeric)
}

/// How many words `s` has, by the same boundaries as the diff.
fn words_in(s: &str) -> usize {
    TextDiff::configure()
        .diff_unicode_words(s, "")
        .iter_all_changes()
        .filter(|c| is_word(c.value()))
        .count()
}

/// The share of words `old` and `new` have in common, 0.0 to 1.0 (see [`WHOLE_BELOW`]).
pub fn similarity(old: &str, new: &str) -> f64 {
    let diff = TextDiff::configure().diff_unicode_words(old, new);
    let kept = diff
        .iter_all_changes()
        .filter(|c| c.tag() == ChangeTag::Equal && is_word(c.value()))
        .count();
    let total = words_in(old) + words_in(new);
    if total == 0 {
        return 1.0;
    }
    2.0 * kept as f64 / total as f64
}

/// The whole of `old` deleted and the whole of `new` inserted.
pub fn whole_replacement(old: &str, new: &str) -> Vec<Word> {
    let mut out = Vec::new();
    if !old.is_empty() {
        out.push(Word {
            op: WordOp::Delete,
            text: old.to_string(),
        });
    }
    if !new.is_empty() {
        out.push(Word {
            op: WordOp::Insert,
            text: new.to_string(),
        });
    }
    out
}

/// Whether [`word_diff`] shows `old` → `new` as one whole replacement.
pub fn is_whole(words: &[Word]) -> bool {
    !words.is_empty() && words.iter().all(|w| w.op != WordOp::Equal)
}

/// The edit from `old` to `new`: word by word when they share at least
/// [`WHOLE_BELOW`] of their words, or when the edit is one replacement in a
/// context that stays (`Describe what the [-…-]{+…+}.` misleads no one); else
/// one whole replacement.
pub fn word_diff(old: &str, new: &str) -> Vec<Word> {
    let words = edits(old, new);
    let regions = words
        .iter()
        .enumerate()
        .filter(|(i, w)| w.op != WordOp::Equal && (*i == 0 || words[i - 1].op == WordOp::Equal))
        .count();
    if regions > 1 && similarity(old, new) < WHOLE_BELOW {
        return whole_replacement(old, new);
    }
    words
}

/// The word-level edit from `old` to `new`, merged into runs, however little
/// they share: for a sentence whose only change is a term's value, where the
/// value's words (a long English name in an Arabic sentence) would otherwise
/// outweigh the sentence around it.
pub fn edits(old: &str, new: &str) -> Vec<Word> {
    let diff = TextDiff::configure().diff_unicode_words(old, new);
    let mut out: Vec<Word> = Vec::new();
    for change in diff.iter_all_changes() {
        let op = match change.tag() {
            ChangeTag::Equal => WordOp::Equal,
            ChangeTag::Delete => WordOp::Delete,
            ChangeTag::Insert => WordOp::Insert,
        };
        match out.last_mut() {
            Some(last) if last.op == op => last.text.push_str(change.value()),
            _ => out.push(Word {
                op,
                text: change.value().to_string(),
            }),
        }
    }
    tidy(out)
}

/// Turns interleaved edits (`[-a-] {+b+} [-c-] {+d+}`) into one deletion and one
/// insertion when only whitespace, punctuation or at most [`ABSORBED_WORDS`] words
/// separate them: `Mental [-Capacity-]{+Healthcare+} Act[- 2005-]{+, 2017+}` reads
/// as two edits of one name, but it is one name replaced by another.
fn tidy(runs: Vec<Word>) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut i = 0;
    while i < runs.len() {
        if runs[i].op == WordOp::Equal {
            out.push(runs[i].clone());
            i += 1;
            continue;
        }
        // A region of edits, possibly joined by whitespace-only equal runs.
        let mut del = String::new();
        let mut ins = String::new();
        let mut j = i;
        let mut end = i;
        while j < runs.len() {
            match runs[j].op {
                WordOp::Delete => del.push_str(&runs[j].text),
                WordOp::Insert => ins.push_str(&runs[j].text),
                WordOp::Equal => {
                    let joins = words_in(&runs[j].text) <= ABSORBED_WORDS
                        && runs.get(j + 1).is_some_and(|n| n.op != WordOp::Equal);
                    if !joins {
                        break;
                    }
                    del.push_str(&runs[j].text);
                    ins.push_str(&runs[j].text);
                }
            }
            end = j;
            j += 1;
        }
        let region = &runs[i..=end];
        let has_del = region.iter().any(|w| w.op == WordOp::Delete);
        let has_ins = region.iter().any(|w| w.op == WordOp::Insert);
        if has_del {
            out.push(Word {
                op: WordOp::Delete,
                text: del,
            });
        }
        if has_ins {
            out.push(Word {
                op: WordOp::Insert,
                text: ins,
            });
        }
        i = end + 1;
    }
    out
}

/// The most words kept between two edits that still join them into one: a
/// connective (`of`, `and`, `the`) or a shared word of two names (`Act`). Three
/// or more kept words are a phrase the reader should see kept.
const ABSORBED_WORDS: usize = 2;

#[cfg(test)]
mod tests {
    use super::*;

    fn ops(old: &str, new: &str) -> Vec<(WordOp, String)> {
        word_diff(old, new)
            .into_iter()
            .map(|w| (w.op, w.text))
            .collect()
    }

    #[test]
    fn words_in_latin_text() {
        assert_eq!(
            ops("call 999 now", "call 112 now"),
            vec![
                (WordOp::Equal, "call ".into()),
                (WordOp::Delete, "999".into()),
                (WordOp::Insert, "112".into()),
                (WordOp::Equal, " now".into())
            ]
        );
    }

    #[test]
    fn interleaved_edits_become_one_replacement() {
        assert_eq!(
            ops(
                "tell the Care Quality Commission today",
                "tell the State Health Department today"
            ),
            vec![
                (WordOp::Equal, "tell the ".into()),
                (WordOp::Delete, "Care Quality Commission".into()),
                (WordOp::Insert, "State Health Department".into()),
                (WordOp::Equal, " today".into())
            ]
        );
    }

    #[test]
    fn chinese_is_split_into_characters() {
        let w = ops("拨打急救电话", "拨打报警电话");
        assert!(
            w.contains(&(WordOp::Delete, "急救".into()))
                || w.contains(&(WordOp::Delete, "急".into())),
            "{w:?}"
        );
        assert_eq!(w[0], (WordOp::Equal, "拨打".into()));
    }

    #[test]
    fn hindi_clusters_stay_whole() {
        let w = ops("छोटा घर", "बड़ा घर");
        assert_eq!(w[0], (WordOp::Delete, "छोटा".into()));
    }

    #[test]
    fn a_replaced_name_is_one_replacement() {
        assert_eq!(
            ops("Mental Capacity Act 2005", "Mental Healthcare Act, 2017"),
            vec![
                (WordOp::Equal, "Mental ".into()),
                (WordOp::Delete, "Capacity Act 2005".into()),
                (WordOp::Insert, "Healthcare Act, 2017".into()),
            ]
        );
    }

    #[test]
    fn a_name_inside_a_sentence_is_replaced_whole() {
        let w = ops(
            "apply to your role, such as the Equality Act 2010.",
            "apply to your role, such as the Rights of Persons with Disabilities Act, 2016.",
        );
        assert!(
            w.contains(&(WordOp::Delete, "Equality Act 2010".into())),
            "{w:?}"
        );
        assert!(
            w.contains(&(
                WordOp::Insert,
                "Rights of Persons with Disabilities Act, 2016".into()
            )),
            "{w:?}"
        );
    }

    #[test]
    fn texts_that_share_little_are_replaced_whole() {
        // Two edits around three kept words, most words changed: not an edit
        // of the old text but another text.
        assert_eq!(
            ops(
                "Report it to the local safeguarding adults board within a day",
                "Ring 112 or tell the local police station and your manager"
            ),
            vec![
                (
                    WordOp::Delete,
                    "Report it to the local safeguarding adults board within a day".into()
                ),
                (
                    WordOp::Insert,
                    "Ring 112 or tell the local police station and your manager".into()
                ),
            ]
        );
        // One replacement in a sentence that stays is shown in its sentence.
        assert_eq!(
            ops(
                "Describe what the CQC does.",
                "Describe what the State Health Department checks when it visits."
            ),
            vec![
                (WordOp::Equal, "Describe what the ".into()),
                (WordOp::Delete, "CQC does".into()),
                (
                    WordOp::Insert,
                    "State Health Department checks when it visits".into()
                ),
                (WordOp::Equal, ".".into()),
            ]
        );
        assert!(similarity("a b c d", "a b c e") >= WHOLE_BELOW);
    }
}
