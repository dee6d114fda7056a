//! Renderings of a [`Diff`](crate::diff::Diff) for people: the terminal, Markdown
//! for e-mail and trackers, and a self-contained HTML review page.
//!
//! Every rendering speaks the reviewer's language: its own words (kinds of
//! change, "because 2.2b was removed") are labels from `ui.ftl` ([`Say`]), and the
//! texts compared are the edition's translations into that language.

mod decide;
pub mod html;
pub mod json;
pub mod markdown;
pub mod say;
pub mod text;

use crate::diff::{Change, ChangeKind, Diff};
pub use say::Say;

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

/// What a review lists: one change, or every renumbering with the same cause.
#[derive(Debug)]
pub enum Item<'a> {
    One(&'a Change),
    /// Codes that changed for one reason ("because 2.2b was removed"), in order:
    /// listed as one row, not one row each.
    Renumbered(Vec<&'a Change>),
}

impl<'a> Item<'a> {
    /// The first change of the item (its place, and the reasons it shares).
    pub fn first(&self) -> &'a Change {
        match self {
            Item::One(c) => c,
            Item::Renumbered(v) => v[0],
        }
    }

    pub fn changes(&self) -> Vec<&'a Change> {
        match self {
            Item::One(c) => vec![c],
            Item::Renumbered(v) => v.clone(),
        }
    }
}

/// `changes` as a review lists them: renumberings with the same cause together,
/// at the place of the first.
pub fn items<'a>(changes: &[&'a Change]) -> Vec<Item<'a>> {
    let mut out: Vec<Item<'a>> = Vec::new();
    for c in changes {
        if c.kind == ChangeKind::Renumbered {
            let same = out.iter_mut().find_map(|i| match i {
                Item::Renumbered(v) if v[0].why == c.why => Some(v),
                _ => None,
            });
            match same {
                Some(v) => v.push(c),
                None => out.push(Item::Renumbered(vec![c])),
            }
        } else {
            out.push(Item::One(c));
        }
    }
    out
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

/// The codes of a renumbering group: `2.2c → 2.2b, 2.2d → 2.2c`.
pub fn codes(changes: &[&Change]) -> String {
    changes
        .iter()
        .map(|c| code(c))
        .collect::<Vec<_>>()
        .join(", ")
}
