//! Deciding each change of a returned redline: its text now against the text
//! the redline carecert writes today would have with all its revisions
//! accepted, or all rejected; and whose each comment is.

use super::{Range, Reading};
use crate::diff::Diff;
use crate::review::{Answer, Decision, Identity, Remark, Returned, normalise};
use std::collections::HashMap;

/// The identity a redline's custom properties give.
pub fn identity(reading: &Reading) -> Option<Identity> {
    let p = |k: &str| reading.properties.get(k).cloned();
    Some(Identity {
        edition: p(crate::review::PROP_EDITION)?,
        base: p(crate::review::PROP_BASE)?,
        locale: p(crate::review::PROP_LOCALE),
        fingerprint: p(crate::review::PROP_FINGERPRINT),
    })
}

/// The decisions in `returned`, judged against `original` (the redline of
/// `diff` as carecert writes it) change by change.
pub fn decisions(returned: &Reading, original: &Reading, diff: &Diff) -> Answer {
    // carecert's own comments (the rationales), however the suite re-wrapped them.
    let ours: Vec<String> = original
        .comments
        .iter()
        .map(|c| normalise(&c.text))
        .collect();
    let mut by_stem: HashMap<String, &str> = HashMap::new();
    for c in &diff.changes {
        by_stem.insert(crate::render::docx::review_bookmark_stem(&c.key), &c.key);
    }
    let mut decisions = Vec::new();
    let mut general = Vec::new();
    let mut comments: HashMap<&str, Vec<Remark>> = HashMap::new();
    for c in returned
        .comments
        .iter()
        .filter(|c| !ours.contains(&normalise(&c.text)))
    {
        let remark = Remark {
            author: c.author.clone().filter(|a| !a.trim().is_empty()),
            text: c.text.clone(),
        };
        let keys: Vec<&str> = c
            .stems
            .iter()
            .filter_map(|s| by_stem.get(s).copied())
            .collect();
        if keys.is_empty() {
            general.push(remark.clone());
        }
        for k in keys {
            comments.entry(k).or_default().push(remark.clone());
        }
    }
    for c in &diff.changes {
        let stem = crate::render::docx::review_bookmark_stem(&c.key);
        let empty = Range::default();
        let now = returned.ranges.get(&stem).unwrap_or(&empty);
        let (decision, note) = match original.ranges.get(&stem) {
            Some(o) if o.inserted + o.deleted > 0 => judge(o, now),
            _ => (
                Decision::Pending,
                Some("Word shows this change without a tracked revision to accept or reject: decide it in the spreadsheet or the page".to_string()),
            ),
        };
        decisions.push(Returned {
            key: c.key.clone(),
            decision,
            comments: comments.remove(c.key.as_str()).unwrap_or_default(),
            note,
        });
    }
    Answer {
        format: "docx",
        identity: identity(returned).unwrap_or_default(),
        decisions,
        general,
    }
}

/// Whether two texts count as the same, and how far apart they are.
/// LibreOffice can move a bookmark's end back by a character (measured: the
/// last letter of an Arabic and of a Chinese paragraph fell outside), so exact
/// equality would call an untouched or accepted change "edited": a text within
/// two characters, or 95 % alike, is the same.
fn distance(a: &str, b: &str) -> Option<usize> {
    if a == b {
        return Some(0);
    }
    let d = strsim::levenshtein(a, b);
    (d <= 2 || strsim::normalized_levenshtein(a, b) >= 0.95).then_some(d)
}

fn judge(original: &Range, now: &Range) -> (Decision, Option<String>) {
    let accepted = normalise(&original.accepted);
    let rejected = normalise(&original.rejected);
    if now.inserted + now.deleted > 0 {
        // Office suites merge and split runs, so compare texts, not pieces.
        let untouched = distance(&normalise(&now.accepted), &accepted).is_some()
            && distance(&normalise(&now.rejected), &rejected).is_some();
        let note = (!untouched).then(|| {
            "some of its revisions are accepted or rejected, some still tracked".to_string()
        });
        return (Decision::Pending, note);
    }
    let text = normalise(&now.accepted);
    match (distance(&text, &accepted), distance(&text, &rejected)) {
        (Some(a), r) if r.is_none_or(|r| a < r) => (Decision::Accepted, None),
        (a, Some(r)) if a.is_none_or(|a| r < a) => (Decision::Rejected, None),
        _ => (
            Decision::Pending,
            Some(format!(
                "the text was edited by hand; it now reads \"{text}\""
            )),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(accepted: &str, rejected: &str, revisions: usize) -> Range {
        Range {
            inserted: revisions,
            deleted: 0,
            accepted: accepted.into(),
            rejected: rejected.into(),
        }
    }

    #[test]
    fn a_last_character_left_outside_the_bookmark_is_still_the_same_text() {
        let original = range("标准 8A： 协助老年人的日常生活", "", 2);
        let now = range(
            "标准 8A： 协助老年人的日常生",
            "标准 8A： 协助老年人的日常生",
            0,
        );
        assert_eq!(judge(&original, &now).0, Decision::Accepted);
        let untouched = range("标准 8A： 协助老年人的日常生", "", 2);
        assert_eq!(judge(&original, &untouched), (Decision::Pending, None));
    }

    #[test]
    fn the_nearer_side_decides_and_a_rewrite_is_pending() {
        let original = range("Mental Healthcare Act 2017", "Mental Capacity Act 2005", 2);
        let now = |t: &str| range(t, t, 0);
        assert_eq!(
            judge(&original, &now("Mental Healthcare Act 201")).0,
            Decision::Accepted
        );
        assert_eq!(
            judge(&original, &now("Mental Capacity Act 2005")).0,
            Decision::Rejected
        );
        let (d, note) = judge(&original, &now("The Mental Health Act"));
        assert_eq!(d, Decision::Pending);
        assert!(note.unwrap().contains("edited by hand"));
    }
}
