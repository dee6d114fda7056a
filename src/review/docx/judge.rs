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

fn judge(original: &Range, now: &Range) -> (Decision, Option<String>) {
    if now.inserted + now.deleted > 0 {
        // Office suites merge and split runs, so compare texts, not pieces.
        let untouched = normalise(&now.accepted) == normalise(&original.accepted)
            && normalise(&now.rejected) == normalise(&original.rejected);
        let note = (!untouched).then(|| {
            "some of its revisions are accepted or rejected, some still tracked".to_string()
        });
        return (Decision::Pending, note);
    }
    let text = normalise(&now.accepted);
    if text == normalise(&original.accepted) {
        (Decision::Accepted, None)
    } else if text == normalise(&original.rejected) {
        (Decision::Rejected, None)
    } else {
        (
            Decision::Pending,
            Some(format!(
                "the text was edited by hand; it now reads \"{text}\""
            )),
        )
    }
}
