//! Semantic diff of two localised editions (or frameworks), matched by stable id.
//!
//! Position never decides what "the same criterion" is: a criterion that moved to
//! another standard is one `moved` change, not a removal and an addition, and a
//! renumbered base does not look like a rewrite. Each change carries the
//! provenance of the edition operation that caused it, and its reasons as data
//! ([`Why`]): what the reviewer reads beside it in every format.

mod fingerprint;
mod flat;
pub mod why;
pub mod words;

use crate::edition::resolved::Provenance;
use crate::l10n::Localised;
use crate::model::Kind;
use flat::{Flat, flatten};
use serde::Serialize;
use std::collections::HashMap;
pub use why::Why;
pub use words::{Word, WordOp, word_diff};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    Added,
    Removed,
    Moved,
    Retitled,
    TextChanged,
    KindChanged,
    ExamplesChanged,
    Renumbered,
    TermChanged,
}

impl ChangeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Moved => "moved",
            ChangeKind::Retitled => "retitled",
            ChangeKind::TextChanged => "text changed",
            ChangeKind::KindChanged => "kind changed",
            ChangeKind::ExamplesChanged => "examples changed",
            ChangeKind::Renumbered => "renumbered",
            ChangeKind::TermChanged => "term changed",
        }
    }

    pub const ALL: [ChangeKind; 9] = [
        ChangeKind::Added,
        ChangeKind::Removed,
        ChangeKind::Moved,
        ChangeKind::Retitled,
        ChangeKind::TextChanged,
        ChangeKind::KindChanged,
        ChangeKind::ExamplesChanged,
        ChangeKind::Renumbered,
        ChangeKind::TermChanged,
    ];
}

#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub kind: ChangeKind,
    /// `standard`, `outcome`, `criterion` or `term`.
    pub level: &'static str,
    pub id: String,
    /// `<kind>:<id>` (`text-changed:care-privacy-dignity`): names this change the
    /// same in every run and every review format, so that a reviewer's decision
    /// on it can be read back from whichever file they return.
    pub key: String,
    pub old_code: Option<String>,
    pub new_code: Option<String>,
    /// The standard the change is grouped under (NEW's, or OLD's for removals).
    pub standard: String,
    pub old: Option<String>,
    pub new: Option<String>,
    /// Word-level edit of `old` into `new`, for text and title changes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<Word>,
    /// For moves: the parent before and after (`code id`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_kind: Option<Kind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_kind: Option<Kind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_examples: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_examples: Option<Vec<String>>,
    /// The operation that caused it, when an edition did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provenance: Option<Provenance>,
    /// Why it changed, in people's words: the operation's rationale, the term's
    /// note and source, or the change that caused it (see [`Why`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub why: Vec<Why>,
    /// True when `words` is one whole replacement: old and new share too little
    /// for a word-by-word edit to read truly (see [`words::WHOLE_BELOW`]).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub whole: bool,
    /// For a term: what kind of thing it names (a law, a regulator, …), the
    /// words a reader knows it by instead of its id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub term_kind: Option<crate::model::TermKind>,
    /// For moves: the parent before and after, by code and title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_node: Option<NodeRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to_node: Option<NodeRef>,
}

/// A node as people name it: its code and title (and its id, for tools).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NodeRef {
    pub id: String,
    pub code: String,
    pub title: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Side {
    pub id: String,
    pub name: String,
    pub layers: Vec<String>,
    pub locale: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Diff {
    pub old: Side,
    pub new: Side,
    pub locale: String,
    pub changes: Vec<Change>,
    pub summary: Summary,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    pub added: usize,
    pub removed: usize,
    pub moved: usize,
    pub changed: usize,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// `3 added, 2 removed, 1 moved, 14 changed`.
    pub fn summary_line(&self) -> String {
        let s = &self.summary;
        format!(
            "{} added, {} removed, {} moved, {} changed",
            s.added, s.removed, s.moved, s.changed
        )
    }
}

fn op_provenance(p: &Provenance) -> Option<Provenance> {
    p.op.is_some().then(|| p.clone())
}

/// The operation behind a change of `kind`: the last one in the node's history of
/// the matching op (a text change is explained by the replace-text, not by a later
/// change-kind on the same criterion).
fn cause(kind: ChangeKind, history: &[Provenance]) -> Option<Provenance> {
    let wanted: &[&str] = match kind {
        ChangeKind::Added => &["add-standard", "add-outcome", "add-criterion"],
        ChangeKind::Moved => &["move"],
        ChangeKind::Retitled => &["retitle"],
        ChangeKind::TextChanged => &["replace-text"],
        ChangeKind::KindChanged => &["change-kind"],
        ChangeKind::ExamplesChanged => &["set-examples"],
        _ => &[],
    };
    history
        .iter()
        .rev()
        .find(|p| p.op.is_some_and(|op| wanted.contains(&op)))
        .cloned()
}

/// A change's stable key: its kind in kebab case, a colon, and the node's or
/// term's id. Each node has at most one change of each kind, so the key is unique.
pub fn change_key(kind: ChangeKind, id: &str) -> String {
    format!("{}:{id}", kind.as_str().replace(' ', "-"))
}

fn blank(kind: ChangeKind, level: &'static str, id: &str, standard: String) -> Change {
    Change {
        kind,
        level,
        id: id.to_string(),
        key: change_key(kind, id),
        old_code: None,
        new_code: None,
        standard,
        old: None,
        new: None,
        words: Vec::new(),
        from: None,
        to: None,
        old_kind: None,
        new_kind: None,
        old_examples: None,
        new_examples: None,
        provenance: None,
        why: Vec::new(),
        whole: false,
        term_kind: None,
        from_node: None,
        to_node: None,
    }
}

/// Compares OLD and NEW (localised to the same locale).
pub fn diff(old: &Localised, new: &Localised) -> Diff {
    let (old_order, old_map) = flatten(old);
    let (new_order, new_map) = flatten(new);
    let old_terms: HashMap<&str, &crate::l10n::LocalTerm> =
        old.terms.iter().map(|t| (t.id.as_str(), t)).collect();
    let mut changes = Vec::new();
    // Added: in NEW only. A node whose parent was added too is part of that addition.
    for id in &new_order {
        let n = &new_map[id.as_str()];
        if old_map.contains_key(id.as_str()) {
            continue;
        }
        if n.parent.is_some_and(|(p, _)| !old_map.contains_key(p)) {
            continue;
        }
        let mut c = blank(ChangeKind::Added, n.level, id, n.standard.clone());
        c.new_code = Some(n.code.to_string());
        c.new = Some(n.text.to_string());
        c.new_kind = n.kind;
        c.provenance = cause(ChangeKind::Added, n.history).or_else(|| op_provenance(n.provenance));
        changes.push((n.order, c));
    }
    for id in &old_order {
        let o = &old_map[id.as_str()];
        let Some(n) = new_map.get(id.as_str()) else {
            if o.parent.is_some_and(|(p, _)| !new_map.contains_key(p)) {
                continue;
            }
            let mut c = blank(ChangeKind::Removed, o.level, id, o.standard.clone());
            c.old_code = Some(o.code.to_string());
            c.old = Some(o.text.to_string());
            c.old_kind = o.kind;
            c.provenance = new
                .removed
                .iter()
                .find(|r| r.id == *id)
                .map(|r| r.provenance.clone());
            // Removals sort where the node used to be, after what precedes it.
            changes.push((o.order, c));
            continue;
        };
        let at = |kind: ChangeKind| {
            let mut c = blank(kind, n.level, id, n.standard.clone());
            c.old_code = Some(o.code.to_string());
            c.new_code = Some(n.code.to_string());
            c.provenance = cause(kind, n.history);
            c
        };
        if let (Some((op, opc)), Some((np, npc))) = (o.parent, n.parent)
            && op != np
        {
            let mut c = at(ChangeKind::Moved);
            c.from = Some(format!("{opc} {op}"));
            c.to = Some(format!("{npc} {np}"));
            let node = |map: &HashMap<&str, Flat<'_>>, id: &str| {
                map.get(id).map(|f| NodeRef {
                    id: id.to_string(),
                    code: f.code.to_string(),
                    title: f.text.to_string(),
                })
            };
            c.from_node = node(&old_map, op);
            c.to_node = node(&new_map, np);
            changes.push((n.order, c));
        }
        if o.text != n.text {
            let kind = if n.level == "criterion" {
                ChangeKind::TextChanged
            } else {
                ChangeKind::Retitled
            };
            let mut c = at(kind);
            c.old = Some(o.text.to_string());
            c.new = Some(n.text.to_string());
            if c.provenance.is_none() {
                c.why = why::caused_by_terms(o.text, n.text, &old_terms, &new.terms);
            }
            // A term's new value is a replacement in a sentence that stays: the
            // sentence is edited word by word, the value replaced whole.
            c.words = if c.why.is_empty() {
                word_diff(o.text, n.text)
            } else {
                words::edits(o.text, n.text)
            };
            c.whole = words::is_whole(&c.words);
            changes.push((n.order, c));
        }
        if o.kind != n.kind {
            let mut c = at(ChangeKind::KindChanged);
            c.old_kind = o.kind;
            c.new_kind = n.kind;
            changes.push((n.order, c));
        }
        if o.examples != n.examples {
            let mut c = at(ChangeKind::ExamplesChanged);
            c.old_examples = Some(o.examples.iter().map(|s| s.to_string()).collect());
            c.new_examples = Some(n.examples.iter().map(|s| s.to_string()).collect());
            changes.push((n.order, c));
        }
        if o.code != n.code && o.parent.map(|p| p.0) == n.parent.map(|p| p.0) {
            changes.push((n.order, at(ChangeKind::Renumbered)));
        }
    }
    // Terms: by id.
    for t in &new.terms {
        let changed = old_terms
            .get(t.id.as_str())
            .is_none_or(|o| o.value.text != t.value.text);
        if changed {
            let mut c = blank(ChangeKind::TermChanged, "term", &t.id, String::new());
            c.old = old_terms.get(t.id.as_str()).map(|o| o.value.text.clone());
            c.new = Some(t.value.text.clone());
            // A term's value is a name or a number: a new one replaces the old
            // whole, however many words they share ("Mental Capacity Act 2005" →
            // "Mental Healthcare Act, 2017" is another law, not an edit of it).
            if let Some(old) = &c.old {
                c.words = words::whole_replacement(old, &t.value.text);
                c.whole = true;
            }
            c.term_kind = Some(t.kind);
            c.why = vec![why::term(t)];
            c.provenance = Some(Provenance::base(&t.layer));
            changes.push((usize::MAX, c));
        }
    }
    why::renumbering(&mut changes, &old_map, &new_map);
    for (_, c) in &mut changes {
        if c.why.is_empty() {
            c.why = c
                .provenance
                .as_ref()
                .and_then(why::operation)
                .into_iter()
                .collect();
        }
    }
    changes.sort_by_key(|(order, c)| (*order, c.kind));
    let changes: Vec<Change> = changes.into_iter().map(|(_, c)| c).collect();
    let mut summary = Summary::default();
    for c in &changes {
        match c.kind {
            ChangeKind::Added => summary.added += 1,
            ChangeKind::Removed => summary.removed += 1,
            ChangeKind::Moved => summary.moved += 1,
            _ => summary.changed += 1,
        }
    }
    let side = |l: &Localised| Side {
        id: l.id.clone(),
        name: l.name.text.clone(),
        layers: l.layers.iter().map(|x| x.id.clone()).collect(),
        locale: l.locale.clone(),
    };
    Diff {
        old: side(old),
        new: side(new),
        locale: new.locale.clone(),
        changes,
        summary,
    }
}
