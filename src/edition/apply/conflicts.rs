//! Operations of one layer whose work would be lost or would depend on their
//! order: two that change the same aspect of one node, and a change to a node that
//! a later operation removes (the node itself, or a parent with everything in it).
//!
//! An operation on a node an *earlier* operation removed never finds its target;
//! `target.rs` answers it with `target-removed`. This file keeps what each
//! operation did so the other order is caught too.

use super::Applier;
use crate::diag::Code;
use crate::load::JsonPath;
use std::collections::HashMap;

/// What the operations of one layer did to which node.
#[derive(Debug, Default)]
pub(super) struct Claims {
    /// (node id, aspect) → the operation that changes that aspect.
    aspects: HashMap<(String, &'static str), usize>,
    /// node id → what operations did to it (changed it, added it, moved it, placed
    /// a node next to it), in order.
    work: HashMap<String, Vec<Work>>,
}

/// One operation's work on one node, in words for a message.
#[derive(Debug)]
struct Work {
    op: usize,
    /// `replaces the text of "first-knowledge"`
    what: String,
    /// `the new text`: what a removal would lose.
    lost: &'static str,
    /// Work on a neighbour (placing a node next to it), which matters less than
    /// work on the node itself when one operation did both.
    placement: bool,
}

impl Claims {
    /// Records that operation `op` changes `aspect` of `id`, returning the earlier
    /// operation that already does.
    pub(super) fn aspect(&mut self, id: &str, aspect: &'static str, op: usize) -> Option<usize> {
        match self.aspects.get(&(id.to_string(), aspect)) {
            Some(first) => Some(*first),
            None => {
                self.aspects.insert((id.to_string(), aspect), op);
                None
            }
        }
    }

    /// Records work of operation `op` on the node `id`.
    pub(super) fn work(&mut self, id: &str, op: usize, what: String, lost: &'static str) {
        self.record(
            id,
            Work {
                op,
                what,
                lost,
                placement: false,
            },
        );
    }

    fn record(&mut self, id: &str, work: Work) {
        self.work.entry(id.to_string()).or_default().push(work);
    }
}

impl Applier<'_> {
    /// Records that operation `op` places `id` after or before a sibling.
    pub(super) fn placed(
        &mut self,
        op: usize,
        id: &str,
        (after, before): (Option<&str>, Option<&str>),
    ) {
        for (word, anchor) in [("after", after), ("before", before)] {
            if let Some(anchor) = anchor {
                let what = format!("places \"{id}\" {word} \"{anchor}\"");
                let work = Work {
                    op,
                    what,
                    lost: "that placement",
                    placement: true,
                };
                self.claims.record(anchor, work);
            }
        }
    }

    /// Records that operation `op` adds the node `id` of level `level`.
    pub(super) fn added(&mut self, op: usize, id: &str, lost: &'static str) {
        self.claims.work(id, op, format!("adds \"{id}\""), lost);
    }

    /// Before operation `by` removes `id` and `subtree` (`id` and everything in
    /// it): reports each other operation whose work on them would be lost.
    pub(super) fn check_removal(&mut self, at: &JsonPath, by: usize, id: &str, subtree: &[String]) {
        let mut found: Vec<(&Work, bool)> = subtree
            .iter()
            .flat_map(|node| {
                let inside = node != id;
                self.claims
                    .work
                    .get(node)
                    .into_iter()
                    .flatten()
                    .map(move |w| (w, inside))
            })
            .filter(|(w, _)| w.op != by)
            .collect();
        // One error per operation, about its most important work here.
        found.sort_by_key(|(w, _)| (w.op, w.placement));
        found.dedup_by_key(|(w, _)| w.op);
        let found: Vec<(usize, String, &'static str, bool)> = found
            .into_iter()
            .map(|(w, inside)| (w.op, w.what.clone(), w.lost, inside))
            .collect();
        for (op, what, lost, inside) in found {
            let removes = if inside {
                format!("\"{id}\" with everything in it")
            } else {
                format!("\"{id}\"")
            };
            self.error(
                Code::ConflictingOperations,
                &at.key("target"),
                format!(
                    "operations[{op}] {what}, and operations[{by}] removes {removes}: {lost} would be lost"
                ),
                format!(
                    "an edition does not change what it removes: drop operations[{op}], or this remove"
                ),
            );
        }
    }
}
