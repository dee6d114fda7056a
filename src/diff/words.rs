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

/// The edit from `old` to `new`, merged into runs.
pub fn word_diff(old: &str, new: &str) -> Vec<Word> {
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
/// insertion when only whitespace separates them, as a reader expects.
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
                    let joins = runs[j].text.trim().is_empty()
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
}
