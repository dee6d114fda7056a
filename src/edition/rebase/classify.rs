//! How each reference of an operation fares in the new base: the same node with
//! the same text, with other text, or gone (and then which nodes may succeed it).

use super::{Rewrite, Status, Step, Successor};
use crate::edition::file::Operation;
use crate::edition::resolved::Resolved;
use crate::fingerprint::Fingerprint;
use crate::lookup::{Index, Node, NodeRef};

/// The references an operation makes to base content, with the fingerprint it
/// recorded (only the target carries one).
pub(super) fn references(op: &Operation) -> Vec<(&'static str, &str, Option<&str>)> {
    let mut out = Vec::new();
    if let Some((target, fp)) = op.target() {
        out.push(("target", target, Some(fp)));
    }
    match op {
        Operation::AddOutcome { to, .. }
        | Operation::AddCriterion { to, .. }
        | Operation::Move { to, .. } => out.push(("to", to.as_str(), None)),
        _ => {}
    }
    let (after, before) = op.placement();
    if let Some(a) = after {
        out.push(("after", a, None));
    }
    if let Some(b) = before {
        out.push(("before", b, None));
    }
    out
}

pub(super) fn text_of(node: Node<'_>) -> &str {
    match node {
        Node::Standard(s) => &s.title,
        Node::Outcome(o) => &o.title,
        Node::Criterion(c) => &c.text,
    }
}

/// How one reference fares in the new base; not accepted yet.
pub(super) fn step(
    (operation, op): (usize, &'static str),
    field: &'static str,
    reference: &str,
    recorded: Option<&str>,
    (old, old_index): (&Resolved, &Index),
    (new, new_index): (&Resolved, &Index),
) -> Step {
    let old_node = old_index.find(reference).ok().map(|at| old.node(at));
    let id = old_node.map(|n| n.id().to_string());
    let old_text = old_node.map(|n| text_of(n).to_string());
    let new_at: Option<NodeRef> = match &id {
        Some(id) => new_index.find(id).ok(),
        // The reference is already unknown in the old base; try it as is.
        None => new_index.find(reference).ok(),
    };
    let new_node = new_at.map(|at| new.node(at));
    let new_fp = new_node.map(|n| Fingerprint::of(text_of(n)));
    let status = match (new_node, recorded) {
        (None, _) => Status::Vanished,
        (Some(_), None) => Status::Unchanged,
        (Some(_), Some(rec)) => {
            let same = Fingerprint::parse(rec)
                .is_some_and(|r| new_fp.as_ref().is_some_and(|f| f.matches(&r)));
            if same {
                Status::Unchanged
            } else {
                Status::Drifted
            }
        }
    };
    let successors = if status == Status::Vanished {
        successors(old_node, old_text.as_deref(), new)
    } else {
        Vec::new()
    };
    let mut step = Step {
        operation,
        op,
        field,
        reference: reference.to_string(),
        id: id.clone(),
        status,
        old_code: old_node.map(|n| n.code().to_string()),
        old_level: old_node.map(|n| n.level()),
        new_code: new_node.map(|n| n.code().to_string()),
        old_text,
        new_text: new_node.map(|n| text_of(n).to_string()),
        recorded: recorded.map(str::to_string),
        new_fingerprint: new_fp.as_ref().map(|f| f.to_string()),
        successors,
        accepted: false,
        needs_rewrite: false,
        rewrite: None,
    };
    step.needs_rewrite = step.id.as_deref().is_some_and(|id| id != reference)
        && step
            .new_code
            .as_deref()
            .is_some_and(|c| !crate::ids::code_spellings(reference).iter().any(|r| r == c));
    step
}

/// Accepts `step`: what it writes is the node's stable id in the new base and its
/// new fingerprint; for a vanished node, the `chosen` successor (an id or code of
/// the new base) or else the first proposal. Left unaccepted when there is none
/// (the decisions are checked before, so that is not silent).
pub(super) fn accept(step: &mut Step, chosen: Option<&str>, (new, new_index): (&Resolved, &Index)) {
    let node = |q: &str| new_index.find(q).ok().map(|at| new.node(at));
    let pick = match step.status {
        Status::Unchanged | Status::Drifted => match &step.id {
            Some(id) => node(id),
            None => node(&step.reference),
        },
        Status::Vanished => match chosen {
            Some(q) => node(q),
            None => step.successors.first().and_then(|s| node(&s.id)),
        },
    };
    let recorded = step.recorded.is_some();
    step.rewrite = pick.map(|n| Rewrite {
        reference: n.id().to_string(),
        fingerprint: recorded.then(|| Fingerprint::of(text_of(n)).to_string()),
    });
    step.accepted = step.rewrite.is_some();
}

/// Candidates for a vanished node: nodes of the same level whose text is most like
/// the old text.
fn successors(old: Option<Node<'_>>, old_text: Option<&str>, new: &Resolved) -> Vec<Successor> {
    let (Some(old), Some(old_text)) = (old, old_text) else {
        return Vec::new();
    };
    let mut scored: Vec<Successor> = Vec::new();
    let mut consider = |node: Node<'_>| {
        let text = text_of(node);
        let ratio = similar::TextDiff::from_words(old_text, text).ratio();
        if ratio > 0.5 {
            scored.push(Successor {
                id: node.id().to_string(),
                code: node.code().to_string(),
                text: text.to_string(),
                similarity: (ratio * 100.0).round() as u8,
                reason: "similar text",
            });
        }
    };
    for s in &new.standards {
        match old {
            Node::Standard(_) => consider(Node::Standard(s)),
            _ => {
                for o in &s.outcomes {
                    match old {
                        Node::Outcome(_) => consider(Node::Outcome(o)),
                        _ => o.criteria.iter().for_each(|c| consider(Node::Criterion(c))),
                    }
                }
            }
        }
    }
    scored.sort_by(|a, b| b.similarity.cmp(&a.similarity).then(a.code.cmp(&b.code)));
    scored.truncate(3);
    scored
}
