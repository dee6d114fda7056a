//! The decisions given on the command line (`--accept`, `--accept-all-unchanged`,
//! `--keep`), checked against what the rebase proposes before anything is
//! accepted or written.
//!
//! Every value must name a real proposal: an operation that refers to base
//! content, a reference some operation makes, a successor that the new base has,
//! a new term the revision brings. A value that names nothing, or decides one
//! thing twice, is an error (all of them at once), never silently ignored: a
//! typo in `--accept 8` must not write an edition with step 8 left undecided.

mod accept;
mod keep;

use super::{NewTerm, Step};
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::edition::file::Operation;
use crate::edition::resolved::Resolved;
use crate::lookup::Index;
use std::collections::BTreeMap;

/// What the user decided.
#[derive(Debug, Clone, Default)]
pub struct Acceptance {
    /// `--accept` values: an operation index (`4`, or `#4`), a reference as the
    /// operation writes it or the node's old id or code (`1.1a`), each optionally
    /// with `=ID`, the successor chosen for a vanished node.
    pub items: Vec<String>,
    /// `--accept-all-unchanged`: every reference whose node is unchanged.
    pub all_unchanged: bool,
    /// `--keep TERM=RATIONALE`: a new term of the revision kept with England's value.
    pub keep: Vec<String>,
}

/// The decisions, checked.
#[derive(Debug, Default)]
pub(super) struct Decisions {
    /// Accepted steps (by position in the plan), with the successor chosen.
    pub steps: BTreeMap<usize, Option<String>>,
    /// Kept new terms, with the rationale.
    pub kept: BTreeMap<String, String>,
}

/// Checks every decision against the plan's `steps` and `new_terms`.
pub(super) fn decide(
    accept: &Acceptance,
    steps: &[Step],
    new_terms: &[NewTerm],
    operations: &[Operation],
    new: (&Resolved, &Index),
) -> Result<Decisions, Diagnostics> {
    let mut errors = Vec::new();
    let mut decisions = Decisions::default();
    // Step → the value that decided it, to catch a step decided twice.
    let mut given: BTreeMap<usize, (&str, Option<String>)> = BTreeMap::new();
    let context = Context {
        steps,
        new_terms,
        operations,
        new,
    };
    for raw in &accept.items {
        let Some(chosen) = context.accept(raw, &mut errors) else {
            continue;
        };
        for (k, choice) in chosen {
            match given.get(&k) {
                Some((first, first_choice)) => {
                    errors.push(context.twice(
                        k,
                        first,
                        first_choice.as_deref(),
                        raw,
                        choice.as_deref(),
                    ));
                }
                None => {
                    given.insert(k, (raw.as_str(), choice.clone()));
                    decisions.steps.insert(k, choice);
                }
            }
        }
    }
    for raw in &accept.keep {
        let Some((term, rationale)) = context.keep(raw, &mut errors) else {
            continue;
        };
        match decisions.kept.entry(term) {
            std::collections::btree_map::Entry::Occupied(e) => errors.push(
                Diagnostic::error(
                    Code::DuplicateDecision,
                    format!("--keep {} is given twice", e.key()),
                )
                .help("keep each term once, with one rationale"),
            ),
            std::collections::btree_map::Entry::Vacant(e) => {
                e.insert(rationale);
            }
        }
    }
    if errors.is_empty() {
        Ok(decisions)
    } else {
        Err(Diagnostics(errors))
    }
}

struct Context<'a> {
    steps: &'a [Step],
    new_terms: &'a [NewTerm],
    operations: &'a [Operation],
    new: (&'a Resolved, &'a Index),
}

impl Context<'_> {
    /// A step decided by two values.
    fn twice(
        &self,
        k: usize,
        first: &str,
        first_choice: Option<&str>,
        second: &str,
        choice: Option<&str>,
    ) -> Diagnostic {
        let s = &self.steps[k];
        let what = format!(
            "the {} of operations[{}] ({})",
            s.field, s.operation, s.reference
        );
        match (first_choice, choice) {
            (Some(a), Some(b)) if a != b => Diagnostic::error(
                Code::DuplicateDecision,
                format!(
                    "two successors are chosen for {what}: --accept {first} and --accept {second}"
                ),
            )
            .help("keep the one you mean"),
            _ => Diagnostic::error(
                Code::DuplicateDecision,
                format!("{what} is accepted twice: --accept {first} and --accept {second}"),
            )
            .help("give each decision once"),
        }
    }
}

/// `0–6, 8`: sorted numbers, runs shortened.
fn ranges(numbers: &[usize]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < numbers.len() {
        let start = numbers[i];
        let mut end = start;
        while i + 1 < numbers.len() && numbers[i + 1] == end + 1 {
            i += 1;
            end = numbers[i];
        }
        parts.push(match end - start {
            0 => start.to_string(),
            1 => format!("{start}, {end}"),
            _ => format!("{start}–{end}"),
        });
        i += 1;
    }
    parts.join(", ")
}

fn all_ids(r: &Resolved) -> Vec<&str> {
    let mut ids = Vec::new();
    for s in &r.standards {
        ids.push(s.id.as_str());
        for o in &s.outcomes {
            ids.push(o.id.as_str());
            ids.extend(o.criteria.iter().map(|c| c.id.as_str()));
        }
    }
    ids
}

/// "a criterion", "an outcome".
fn article(level: &str) -> String {
    if level.starts_with(['a', 'e', 'i', 'o', 'u']) {
        format!("an {level}")
    } else {
        format!("a {level}")
    }
}
