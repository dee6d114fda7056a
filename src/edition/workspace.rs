//! The tree taken apart for applying operations: maps keyed by id, each node
//! knowing its parent and its children's order, plus a code → id map, so an
//! operation finds its target in constant time and touches only its parent's list.

use super::resolved::{Provenance, Resolved, ResolvedCriterion, ResolvedOutcome, ResolvedStandard};
use crate::fingerprint::Fingerprint;
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Level {
    Standard,
    Outcome,
    Criterion,
}

impl Level {
    pub(super) fn name(self) -> &'static str {
        match self {
            Level::Standard => "standard",
            Level::Outcome => "outcome",
            Level::Criterion => "criterion",
        }
    }
}

/// How a node left the tree in this layer.
#[derive(Debug, Clone)]
pub(super) struct Removed {
    /// The operation that removed it.
    pub(super) by: usize,
    /// The node that operation named, when this one went with it (a criterion of
    /// a removed outcome).
    pub(super) with: Option<String>,
}

pub(super) struct Workspace {
    pub(super) order: Vec<String>,
    pub(super) standards: HashMap<String, (ResolvedStandard, Vec<String>)>,
    pub(super) outcomes: HashMap<String, (ResolvedOutcome, String, Vec<String>)>,
    pub(super) criteria: HashMap<String, (ResolvedCriterion, String)>,
    pub(super) codes: HashMap<String, String>,
    /// Every id removed in this layer (children of a removed node too), with what
    /// removed it.
    pub(super) removed: HashMap<String, Removed>,
    /// Nodes moved in this layer: the operation, and the parent it moved them to.
    pub(super) moved: HashMap<String, (usize, String)>,
    /// Codes of the nodes removed in this layer, with their ids: targets are
    /// written against the base, so a code this layer removed still says what it
    /// named.
    pub(super) removed_codes: HashMap<String, String>,
    /// Ids lower layers removed, with the layer and operation that did it.
    pub(super) removed_below: HashMap<String, (String, usize)>,
    /// The framework's own codes when editions lie below this layer (they may
    /// have renumbered); empty on a bare framework, whose codes are the base's.
    pub(super) framework_codes: HashMap<String, String>,
    /// Each base node's fingerprint and text before this layer changed anything:
    /// every operation of a layer is written against its base, not against the
    /// layer's own earlier operations.
    pub(super) base: HashMap<String, (Fingerprint, String)>,
    /// Nodes this layer added, so several added `after` one node come in the
    /// order of their operations.
    pub(super) added: HashSet<String>,
}

impl Workspace {
    pub(super) fn new(r: &mut Resolved) -> Workspace {
        let mut ws = Workspace {
            order: Vec::new(),
            standards: HashMap::new(),
            outcomes: HashMap::new(),
            criteria: HashMap::new(),
            codes: HashMap::new(),
            removed: HashMap::new(),
            moved: HashMap::new(),
            removed_codes: HashMap::new(),
            removed_below: std::mem::take(&mut r.removed_by),
            framework_codes: if r.layers.len() > 1 {
                std::mem::take(&mut r.framework_codes)
            } else {
                HashMap::new()
            },
            base: HashMap::new(),
            added: HashSet::new(),
        };
        for mut s in std::mem::take(&mut r.standards) {
            let mut outcome_ids = Vec::new();
            for mut o in std::mem::take(&mut s.outcomes) {
                let mut criterion_ids = Vec::new();
                for c in std::mem::take(&mut o.criteria) {
                    criterion_ids.push(c.id.clone());
                    ws.codes.insert(c.code.clone(), c.id.clone());
                    ws.criteria.insert(c.id.clone(), (c, o.id.clone()));
                }
                outcome_ids.push(o.id.clone());
                ws.codes.insert(o.code.clone(), o.id.clone());
                ws.outcomes
                    .insert(o.id.clone(), (o, s.id.clone(), criterion_ids));
            }
            ws.order.push(s.id.clone());
            ws.codes.insert(s.code.clone(), s.id.clone());
            ws.standards.insert(s.id.clone(), (s, outcome_ids));
        }
        let ids: Vec<String> = ws.all_ids().cloned().collect();
        for id in ids {
            let fp = ws.fingerprint_and_text(&id);
            ws.base.insert(id, fp);
        }
        ws
    }

    pub(super) fn into_tree(mut self) -> Vec<ResolvedStandard> {
        let mut out = Vec::with_capacity(self.order.len());
        for sid in &self.order {
            let Some((mut s, outcome_ids)) = self.standards.remove(sid) else {
                continue;
            };
            for oid in outcome_ids {
                let Some((mut o, _, criterion_ids)) = self.outcomes.remove(&oid) else {
                    continue;
                };
                for cid in criterion_ids {
                    if let Some((c, _)) = self.criteria.remove(&cid) {
                        o.criteria.push(c);
                    }
                }
                s.outcomes.push(o);
            }
            out.push(s);
        }
        out
    }

    pub(super) fn level_of(&self, id: &str) -> Option<Level> {
        if self.standards.contains_key(id) {
            Some(Level::Standard)
        } else if self.outcomes.contains_key(id) {
            Some(Level::Outcome)
        } else if self.criteria.contains_key(id) {
            Some(Level::Criterion)
        } else {
            None
        }
    }

    pub(super) fn exists(&self, id: &str) -> bool {
        self.level_of(id).is_some()
    }

    /// An id, or the id a display code names.
    pub(super) fn find(&self, query: &str) -> Option<(String, Level)> {
        if let Some(level) = self.level_of(query) {
            return Some((query.to_string(), level));
        }
        let id = crate::ids::find_code(&self.codes, query)?;
        self.level_of(id).map(|l| (id.clone(), l))
    }

    /// A node's code, its text (a title or a criterion's text) and its history.
    fn node_parts(&self, id: &str) -> Option<(&str, &str, &[Provenance])> {
        if let Some((s, _)) = self.standards.get(id) {
            Some((&s.code, &s.title, &s.history))
        } else if let Some((o, _, _)) = self.outcomes.get(id) {
            Some((&o.code, &o.title, &o.history))
        } else {
            let (c, _) = self.criteria.get(id)?;
            Some((&c.code, &c.text, &c.history))
        }
    }

    pub(super) fn code_of(&self, id: &str) -> String {
        self.node_parts(id)
            .map(|(code, _, _)| code.to_string())
            .unwrap_or_default()
    }

    pub(super) fn fingerprint_and_text(&self, id: &str) -> (Fingerprint, String) {
        let text = self.node_parts(id).map_or("", |(_, text, _)| text);
        (Fingerprint::of(text), text.to_string())
    }

    /// The operations that have touched `id` so far (empty for an unknown id).
    pub(super) fn history_of(&self, id: &str) -> Vec<Provenance> {
        self.node_parts(id)
            .map(|(_, _, history)| history.to_vec())
            .unwrap_or_default()
    }

    pub(super) fn set_provenance(&mut self, id: &str, p: Provenance) {
        if let Some((s, _)) = self.standards.get_mut(id) {
            s.history.push(p.clone());
            s.provenance = p;
        } else if let Some((o, _, _)) = self.outcomes.get_mut(id) {
            o.history.push(p.clone());
            o.provenance = p;
        } else if let Some((c, _)) = self.criteria.get_mut(id) {
            c.history.push(p.clone());
            c.provenance = p;
        }
    }

    /// Takes `id` and everything in it out of the tree, recording them as removed by
    /// operation `by`.
    pub(super) fn remove(&mut self, id: &str, by: usize) {
        let subtree = self.subtree(id);
        for gone in &subtree {
            let code = self.code_of(gone);
            self.removed_codes.insert(code, gone.clone());
        }
        if let Some((s, outcome_ids)) = self.standards.remove(id) {
            self.order.retain(|x| x != id);
            self.codes.remove(&s.code);
            for oid in outcome_ids {
                self.remove_outcome_subtree(&oid);
            }
        } else if let Some((_, parent, _)) = self.outcomes.get(id) {
            let parent = parent.clone();
            if let Some((_, siblings)) = self.standards.get_mut(&parent) {
                siblings.retain(|x| x != id);
            }
            self.remove_outcome_subtree(id);
        } else if let Some((c, parent)) = self.criteria.remove(id) {
            self.codes.remove(&c.code);
            if let Some((_, _, siblings)) = self.outcomes.get_mut(&parent) {
                siblings.retain(|x| x != id);
            }
        }
        for gone in subtree {
            let with = (gone != id).then(|| id.to_string());
            self.removed.insert(gone, Removed { by, with });
        }
    }

    fn remove_outcome_subtree(&mut self, oid: &str) {
        if let Some((o, _, criterion_ids)) = self.outcomes.remove(oid) {
            self.codes.remove(&o.code);
            for cid in criterion_ids {
                if let Some((c, _)) = self.criteria.remove(&cid) {
                    self.codes.remove(&c.code);
                }
            }
        }
    }

    /// `id` and every node inside it, `id` first.
    pub(super) fn subtree(&self, id: &str) -> Vec<String> {
        let mut out = vec![id.to_string()];
        let outcomes: Vec<&String> = match self.standards.get(id) {
            Some((_, outcome_ids)) => outcome_ids.iter().collect(),
            None => Vec::new(),
        };
        for oid in outcomes {
            out.push(oid.clone());
            if let Some((_, _, criterion_ids)) = self.outcomes.get(oid) {
                out.extend(criterion_ids.iter().cloned());
            }
        }
        if let Some((_, _, criterion_ids)) = self.outcomes.get(id) {
            out.extend(criterion_ids.iter().cloned());
        }
        out
    }

    /// The id of the node a code named before this layer removed it.
    pub(super) fn removed_id_of_code(&self, code: &str) -> Option<&String> {
        crate::ids::find_code(&self.removed_codes, code)
    }

    pub(super) fn all_ids(&self) -> impl Iterator<Item = &String> {
        self.standards
            .keys()
            .chain(self.outcomes.keys())
            .chain(self.criteria.keys())
    }
}

/// The anchor an added node is placed after: `after`, or the last of the nodes
/// this layer already added right after it. Two operations adding `after` 1.4b
/// list their nodes in the order of the operations (`1.4bA`, then `1.4bB`), as an
/// author reading the file expects.
pub(super) fn after_added<'l>(
    list: &'l [String],
    after: &'l str,
    added: &HashSet<String>,
) -> &'l str {
    let Some(at) = list.iter().position(|x| x == after) else {
        return after;
    };
    list[at + 1..]
        .iter()
        .take_while(|x| added.contains(*x))
        .last()
        .map_or(after, String::as_str)
}

/// Places `id` in `list` after or before `anchor` (an id), or at the end.
pub(super) fn place(
    list: &mut Vec<String>,
    id: String,
    after: Option<&str>,
    before: Option<&str>,
) -> Result<(), String> {
    let at = match (after, before) {
        (Some(a), _) => list
            .iter()
            .position(|x| x == a)
            .map(|i| i + 1)
            .ok_or_else(|| a.to_string())?,
        (None, Some(b)) => list
            .iter()
            .position(|x| x == b)
            .ok_or_else(|| b.to_string())?,
        (None, None) => list.len(),
    };
    list.insert(at, id);
    Ok(())
}
