//! Renderings of a [`Diff`](crate::diff::Diff) for people: the terminal, Markdown
//! for e-mail and trackers, and a self-contained HTML review page.

mod decide;
pub mod html;
pub mod markdown;
pub mod text;

use crate::diff::{Change, ChangeKind, Diff};

/// Changes grouped by the standard they belong to, in document order; term changes
/// come last under their own heading.
pub fn grouped(diff: &Diff) -> Vec<(&str, Vec<&Change>)> {
    let mut groups: Vec<(&str, Vec<&Change>)> = Vec::new();
    for c in &diff.changes {
        let key = if c.kind == ChangeKind::TermChanged {
            ""
        } else {
            c.standard.as_str()
        };
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => v.push(c),
            None => groups.push((key, vec![c])),
        }
    }
    groups
}

/// `1.2a`, or `1.1b → 2.1a` when the code changed.
pub fn code(c: &Change) -> String {
    match (&c.old_code, &c.new_code) {
        (Some(a), Some(b)) if a != b => format!("{a} → {b}"),
        (_, Some(b)) => b.clone(),
        (Some(a), None) => a.clone(),
        (None, None) => c.id.clone(),
    }
}

/// "india #3 replace-text: why", or "" when no edition operation caused it.
pub fn why(c: &Change) -> Option<String> {
    let p = c.provenance.as_ref()?;
    let op = p.op?;
    Some(match &p.rationale {
        Some(r) => format!("{} #{} {op}: {r}", p.layer, p.operation.unwrap_or(0)),
        None => format!("{} #{} {op}", p.layer, p.operation.unwrap_or(0)),
    })
}
