//! Why each change was made, as data every rendering shows.
//!
//! A reviewer asks "why?" of every row, so a change carries its reasons: the
//! rationale its edition's author wrote for an operation, the note and source of a
//! changed term value, or a link to the change that caused it: a text that changed
//! only because a term's value did, or a code that changed because a sibling was
//! removed, added or moved (which is why renumbering can be grouped under its
//! cause instead of listed node by node).

use super::flat::Flat;
use super::{Change, ChangeKind};
use crate::edition::resolved::Provenance;
use crate::l10n::LocalTerm;
use crate::model::TermKind;
use serde::Serialize;
use std::collections::HashMap;

/// One reason for a change. In JSON, `because` says which kind it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "because", rename_all = "kebab-case")]
pub enum Why {
    /// An edition operation, with the words its author wrote for it.
    Operation {
        /// The edition whose operation it is.
        edition: String,
        /// Its place in that edition's `operations` (from 0).
        operation: usize,
        /// Its kind (`replace-text`, `remove`, …).
        op: &'static str,
        #[serde(skip_serializing_if = "Option::is_none")]
        rationale: Option<String>,
    },
    /// A term's new value, with the note and source of the layer that set it.
    Term {
        /// The edition (or framework) that set the value.
        edition: String,
        note: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        source: Option<String>,
    },
    /// A text that changed because a term's value did.
    CausedByTerm {
        term: String,
        term_kind: TermKind,
        old: String,
        new: String,
    },
    /// A code that changed because another node was removed, added or moved (or
    /// its parent renumbered, for the parent's own cause).
    CausedByNode {
        change: ChangeKind,
        level: &'static str,
        id: String,
        /// The node's code as the change affected it: its old code when it was
        /// removed or moved away, its new code when it was added.
        code: String,
        title: String,
    },
}

/// The operation behind a change, as a reason (none for a base's own text).
pub fn operation(p: &Provenance) -> Option<Why> {
    Some(Why::Operation {
        edition: p.layer.clone(),
        operation: p.operation.unwrap_or(0),
        op: p.op?,
        rationale: p.rationale.clone(),
    })
}

/// The reason for a term's new value.
pub fn term(t: &LocalTerm) -> Why {
    Why::Term {
        edition: t.layer.clone(),
        note: t.note.clone(),
        source: t.source.clone(),
    }
}

/// Terms whose change explains a text change: the old value is in the old text
/// and the new value in the new one (texts are compared as localised, with term
/// values already in place).
pub fn caused_by_terms(
    old_text: &str,
    new_text: &str,
    old_terms: &HashMap<&str, &LocalTerm>,
    new_terms: &[LocalTerm],
) -> Vec<Why> {
    new_terms
        .iter()
        .filter_map(|t| {
            let o = old_terms.get(t.id.as_str())?;
            let (ov, nv) = (o.value.text.as_str(), t.value.text.as_str());
            (ov != nv
                && !ov.is_empty()
                && !nv.is_empty()
                && old_text.contains(ov)
                && new_text.contains(nv))
            .then(|| Why::CausedByTerm {
                term: t.id.clone(),
                term_kind: t.kind,
                old: ov.to_string(),
                new: nv.to_string(),
            })
        })
        .collect()
}

/// Gives every renumbered change its cause: a sibling that left or joined the
/// parent before it, or (for a child of a renumbered or moved node) that node's
/// own cause.
pub(super) fn renumbering(
    changes: &mut [(usize, Change)],
    old: &HashMap<&str, Flat<'_>>,
    new: &HashMap<&str, Flat<'_>>,
) {
    let kinds: HashMap<String, Vec<ChangeKind>> =
        changes.iter().fold(HashMap::new(), |mut m, (_, c)| {
            m.entry(c.id.clone()).or_default().push(c.kind);
            m
        });
    let ctx = Ctx { old, new, kinds };
    for (_, c) in changes.iter_mut() {
        if c.kind == ChangeKind::Renumbered {
            let causes = ctx.cause(&c.id, 0);
            if !causes.is_empty() {
                c.why = causes;
            }
        }
    }
}

struct Ctx<'m, 'a> {
    old: &'m HashMap<&'a str, Flat<'a>>,
    new: &'m HashMap<&'a str, Flat<'a>>,
    kinds: HashMap<String, Vec<ChangeKind>>,
}

impl Ctx<'_, '_> {
    fn has(&self, id: &str, kind: ChangeKind) -> bool {
        self.kinds.get(id).is_some_and(|k| k.contains(&kind))
    }

    fn node(&self, change: ChangeKind, id: &str) -> Option<Why> {
        let f = match change {
            ChangeKind::Added => self.new.get(id)?,
            _ => self.old.get(id)?,
        };
        Some(Why::CausedByNode {
            change,
            level: f.level,
            id: id.to_string(),
            code: f.code.to_string(),
            title: f.text.to_string(),
        })
    }

    /// Why node `id`'s code changed (`depth` guards against a malformed tree).
    fn cause(&self, id: &str, depth: usize) -> Vec<Why> {
        let (Some(o), Some(n)) = (self.old.get(id), self.new.get(id)) else {
            return Vec::new();
        };
        if depth > 8 {
            return Vec::new();
        }
        // Moved nodes are their own cause.
        if self.has(id, ChangeKind::Moved) {
            return self.node(ChangeKind::Moved, id).into_iter().collect();
        }
        let (Some((op, opc)), Some((np, npc))) = (o.parent, n.parent) else {
            return self.siblings(None, o.order, n.order);
        };
        if op == np && opc != npc {
            return self.cause(op, depth + 1);
        }
        self.siblings(Some(op), o.order, n.order)
    }

    /// Siblings under `parent` that left before `old_order` or joined before
    /// `new_order`, in document order.
    fn siblings(&self, parent: Option<&str>, old_order: usize, new_order: usize) -> Vec<Why> {
        let mut found: Vec<(usize, Why)> = Vec::new();
        for (id, f) in self.old {
            let left = self.has(id, ChangeKind::Removed) || self.has(id, ChangeKind::Moved);
            if left && f.parent.map(|p| p.0) == parent && f.order < old_order {
                let kind = if self.has(id, ChangeKind::Removed) {
                    ChangeKind::Removed
                } else {
                    ChangeKind::Moved
                };
                found.extend(self.node(kind, id).map(|w| (f.order, w)));
            }
        }
        for (id, f) in self.new {
            let joined = self.has(id, ChangeKind::Added)
                || (self.has(id, ChangeKind::Moved)
                    && self.old.get(id).and_then(|o| o.parent.map(|p| p.0)) != parent);
            if joined && f.parent.map(|p| p.0) == parent && f.order < new_order {
                let kind = if self.has(id, ChangeKind::Added) {
                    ChangeKind::Added
                } else {
                    ChangeKind::Moved
                };
                found.extend(self.node(kind, id).map(|w| (f.order, w)));
            }
        }
        // In document order; a node both maps hold at one place is found once.
        found.sort_by(|a, b| (a.0, why_id(&a.1)).cmp(&(b.0, why_id(&b.1))));
        found.dedup_by(|a, b| a.1 == b.1);
        found.into_iter().map(|(_, w)| w).collect()
    }
}

/// The node a reason points at (for a stable order of several).
fn why_id(w: &Why) -> &str {
    match w {
        Why::CausedByNode { id, .. } | Why::CausedByTerm { term: id, .. } => id,
        Why::Operation { edition, .. } | Why::Term { edition, .. } => edition,
    }
}
