//! `rebase`: move an edition onto a new base (a revised framework), operation by
//! operation.
//!
//! Each operation that names base content is looked up in the new base: still there
//! with the same text (unchanged), there with other text (drifted), or gone
//! (vanished). For the last, successors are proposed: the same id elsewhere, or the
//! nodes whose text is most like the old text. Nothing changes in the edition
//! unless the user accepts it, and nothing is written without `--write`.
//!
//! `classify` says how each reference fares in the new base; `write` turns the
//! accepted steps into the new `edition.json`.

mod classify;
mod decisions;
mod write;

use super::resolved::Resolved;
use super::{Stack, open};
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::lookup::Index;
use classify::{accept as accept_step, references, step};
pub use decisions::Acceptance;
use serde::Serialize;
pub use write::{relative, rewritten, write, write_atomically};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Same node, same text: nothing to decide.
    Unchanged,
    /// Same node, other text: the fingerprint must be re-accepted after review.
    Drifted,
    /// The node is gone from the new base.
    Vanished,
}

#[derive(Debug, Clone, Serialize)]
pub struct Successor {
    pub id: String,
    pub code: String,
    pub text: String,
    /// 0–100: how alike the old and the successor's text are (word-level).
    pub similarity: u8,
    pub reason: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct Step {
    pub operation: usize,
    pub op: &'static str,
    /// Which reference of the operation this is: `target`, `to`, `after`, `before`.
    pub field: &'static str,
    pub reference: String,
    /// The stable id the reference meant in the old base.
    pub id: Option<String>,
    pub status: Status,
    pub old_code: Option<String>,
    /// The level of the node the reference meant in the old base (`criterion`).
    #[serde(skip)]
    pub old_level: Option<&'static str>,
    pub new_code: Option<String>,
    pub old_text: Option<String>,
    pub new_text: Option<String>,
    pub recorded: Option<String>,
    pub new_fingerprint: Option<String>,
    pub successors: Vec<Successor>,
    pub accepted: bool,
    /// The reference is a display code that no longer names this node in the new
    /// base: the operation breaks unless it is rewritten to the stable id.
    pub needs_rewrite: bool,
    /// What accepting writes: the new reference (a stable id) and fingerprint.
    pub rewrite: Option<Rewrite>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Rewrite {
    pub reference: String,
    pub fingerprint: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    pub edition: String,
    pub from: String,
    pub onto: String,
    /// What `base` becomes in edition.json.
    pub new_base: String,
    pub steps: Vec<Step>,
    /// Country-bound terms the new base brings that the edition neither sets nor
    /// keeps: each needs a local value (or a reason to keep England's).
    pub new_terms: Vec<NewTerm>,
    pub written: bool,
    /// The text of edition.json the plan was made from, so `--write` never
    /// rewrites a file that changed in between.
    #[serde(skip)]
    pub planned_on: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct NewTerm {
    pub id: String,
    pub jurisdiction: String,
    pub value: String,
    /// The rationale given with `--keep` to keep England's value; the decision
    /// is then made, and `--write` adds it to the edition's `keep`.
    pub kept: Option<String>,
}

impl Plan {
    pub fn count(&self, status: Status) -> usize {
        self.steps.iter().filter(|s| s.status == status).count()
    }

    /// Decisions still to make after the accepted ones are applied: steps, and
    /// new terms to fill in or keep.
    pub fn open_steps(&self) -> usize {
        self.steps
            .iter()
            .filter(|s| (s.status != Status::Unchanged || s.needs_rewrite) && !s.accepted)
            .count()
            + self.new_terms.iter().filter(|t| t.kept.is_none()).count()
    }
}

/// Plans the rebase of the edition at `edition_dir` onto `onto`.
pub fn plan(edition_dir: &str, onto: &str, accept: &Acceptance) -> Result<Plan, Diagnostics> {
    let declared = open(edition_dir, None)?;
    let Some(top) = declared.editions.last() else {
        return Err(Diagnostic::error(
            Code::NotAnEdition,
            format!("\"{edition_dir}\" is a framework, not an edition"),
        )
        .help("rebase takes an edition directory (one holding edition.json)")
        .into());
    };
    let old_base = below(&declared)?;
    let moved = open(edition_dir, Some(onto))?;
    let new_base = below(&moved)?;
    let old_index = Index::new(&old_base);
    let new_index = Index::new(&new_base);
    let mut steps = Vec::new();
    for (i, op) in top.file.operations.iter().enumerate() {
        for (field, reference, recorded) in references(op) {
            steps.push(step(
                (i, op.name()),
                field,
                reference,
                recorded,
                (&old_base, &old_index),
                (&new_base, &new_index),
            ));
        }
    }
    let handled = |id: &str| {
        top.file.terms.iter().any(|t| t.id == id) || top.file.keep.iter().any(|k| k.term == id)
    };
    let mut new_terms: Vec<NewTerm> = new_base
        .terms
        .iter()
        .filter(|t| !old_base.terms.iter().any(|o| o.id == t.id) && !handled(&t.id))
        .filter_map(|t| {
            Some(NewTerm {
                id: t.id.clone(),
                jurisdiction: t.jurisdiction.clone()?,
                value: t.value.clone(),
                kept: None,
            })
        })
        .collect();
    // Every decision must name a proposal; nothing is accepted otherwise.
    let decided = decisions::decide(
        accept,
        &steps,
        &new_terms,
        &top.file.operations,
        (&new_base, &new_index),
    )?;
    for (k, s) in steps.iter_mut().enumerate() {
        match decided.steps.get(&k) {
            Some(chosen) => accept_step(s, chosen.as_deref(), (&new_base, &new_index)),
            None if accept.all_unchanged && s.status == Status::Unchanged => {
                accept_step(s, None, (&new_base, &new_index))
            }
            None => {}
        }
    }
    for t in &mut new_terms {
        t.kept = decided.kept.get(&t.id).cloned();
    }
    Ok(Plan {
        edition: top.file.id.clone(),
        from: old_base.top().source.clone(),
        onto: new_base.top().source.clone(),
        new_base: write::base_reference(&top.dir, onto),
        steps,
        new_terms,
        written: false,
        planned_on: top.doc.text.to_string(),
    })
}

/// Explains errors about references the new base no longer has, when the plan
/// knows where each went: a display code renumbered by the revision is reported
/// with the node's stable id and new code, and a vanished node with its closest
/// successor, so `check --base` says what `rebase` will propose.
pub fn explain_missing_targets(errors: &mut Diagnostics, plan: &Plan, edition: &str, onto: &str) {
    for d in errors.0.iter_mut() {
        if d.code != Code::MissingTarget {
            continue;
        }
        let Some(step) = plan.steps.iter().find(|s| {
            d.path.as_deref() == Some(&format!("operations[{}].{}", s.operation, s.field))
        }) else {
            continue;
        };
        let (Some(id), Some(old)) = (&step.id, &step.old_code) else {
            continue;
        };
        let found = match (&step.new_code, step.successors.first()) {
            (Some(new), _) => format!("it is {new} in the new base"),
            (None, Some(s)) => format!(
                "it is gone from the new base; the closest is {} ({}), {}% similar",
                s.code, s.id, s.similarity
            ),
            (None, None) => "it is gone from the new base".to_string(),
        };
        d.help = Some(format!(
            "{old} was {id} in {}; {found}. Run `carecert rebase {} --onto {}` to review and rewrite the reference",
            plan.from, edition, onto
        ));
    }
}

fn below(stack: &Stack) -> Result<Resolved, Diagnostics> {
    let Some(base) = stack.below_top() else {
        return Err(Diagnostic::error(
            Code::NotAnEdition,
            "a framework has no base to rebase from",
        )
        .help("rebase takes an edition directory (one holding edition.json)")
        .into());
    };
    Ok(base.resolve()?.resolved)
}
