//! One operation: what every operation is checked for (its rationale, its
//! placement, its target), then the change itself.

use super::Applier;
use super::target::Lookup;
use crate::diag::Code;
use crate::edition::file::Operation;
use crate::edition::resolved::Resolved;
use crate::edition::workspace::{Level, Workspace};
use crate::load::JsonPath;
use crate::text;

impl Applier<'_> {
    pub(super) fn operation(&mut self, ws: &mut Workspace, r: &Resolved, i: usize, op: &Operation) {
        let at = self.at(i);
        if op.rationale().trim().is_empty() {
            self.error(
                Code::MissingRationale,
                &at.key("rationale"),
                "the rationale is empty".into(),
                "say why the edition makes this change; reviewers read it",
            );
        } else if let Some(c) = op.rationale().chars().find(|c| text::forbidden_char(*c)) {
            // Rationales are published (curriculum.xml, the redline's comments).
            self.error(
                Code::BadText,
                &at.key("rationale"),
                format!(
                    "the rationale contains the control character U+{:04X}",
                    c as u32
                ),
                "write the rationale on one line, without tabs or control characters",
            );
        }
        let (after, before) = op.placement();
        if after.is_some() && before.is_some() {
            self.error(
                Code::AmbiguousPosition,
                &at,
                "both \"after\" and \"before\" are given".into(),
                "keep one of them",
            );
            self.check_unapplied(ws, r, &at, op);
            return;
        }
        // Changes to existing content: find the target, check for conflicts and drift.
        let target = match self.target(ws, i, op) {
            Lookup::NoTarget => None,
            Lookup::Found(id, level) => Some((id, level)),
            Lookup::Skipped => {
                // Not applied; what it would bring is still checked.
                self.check_unapplied(ws, r, &at, op);
                return;
            }
        };
        let prov = self.provenance(i, op);
        match (op, target) {
            (Operation::Remove { .. }, Some((id, _))) => self.remove(ws, i, id, prov),
            (Operation::ReplaceText { text, .. }, Some((id, _))) => {
                self.replace_text(ws, r, &at, &id, text, prov)
            }
            (Operation::Retitle { title, .. }, Some((id, _))) => {
                self.retitle(ws, r, &at, &id, title, prov)
            }
            (Operation::ChangeKind { kind, .. }, Some((id, _))) => {
                self.change_kind(ws, &at, &id, *kind, prov)
            }
            (Operation::SetExamples { examples, .. }, Some((id, _))) => {
                self.set_examples(ws, r, &at, &id, examples, prov)
            }
            (Operation::Move { to, .. }, Some((id, level))) => {
                self.move_node(ws, (&at, i), (&id, level), to, (after, before), prov)
            }
            (Operation::AddStandard { standard, .. }, _) => {
                self.add_standard(ws, r, &at, standard, (after, before), prov)
            }
            (Operation::AddOutcome { to, outcome, .. }, _) => {
                let placed = self
                    .parent(ws, &at, to, Level::Standard)
                    .and_then(|parent| {
                        let anchors = self.anchors(ws, &at, after, before)?;
                        Some((parent, anchors))
                    });
                let Some((parent, (after, before))) = placed else {
                    self.check_unapplied(ws, r, &at, op);
                    return;
                };
                self.placed(i, &outcome.id, (after.as_deref(), before.as_deref()));
                self.add_outcome(
                    ws,
                    r,
                    &at.key("outcome"),
                    &parent,
                    outcome,
                    Some((after, before)),
                    &prov,
                );
            }
            (Operation::AddCriterion { to, criterion, .. }, _) => {
                let placed = self.parent(ws, &at, to, Level::Outcome).and_then(|parent| {
                    let anchors = self.anchors(ws, &at, after, before)?;
                    Some((parent, anchors))
                });
                let Some((parent, (after, before))) = placed else {
                    self.check_unapplied(ws, r, &at, op);
                    return;
                };
                self.placed(i, &criterion.id, (after.as_deref(), before.as_deref()));
                self.add_criterion(
                    ws,
                    r,
                    &at.key("criterion"),
                    &parent,
                    criterion,
                    Some((after, before)),
                    &prov,
                );
            }
            // An operation on existing content always has a target when found.
            (_, None) => {}
        }
    }

    /// Checks what an operation brings (text, added nodes) when it is not applied
    /// (its target, parent or anchor is missing or wrong, or it drifted), so its
    /// other problems show in the same run.
    fn check_unapplied(&mut self, ws: &Workspace, r: &Resolved, at: &JsonPath, op: &Operation) {
        match op {
            Operation::AddStandard { standard, .. } => {
                self.check_unplaced_standard(ws, r, &at.key("standard"), standard)
            }
            Operation::AddOutcome { outcome, .. } => {
                self.check_unplaced_outcome(ws, r, &at.key("outcome"), outcome)
            }
            Operation::AddCriterion { criterion, .. } => {
                self.check_unplaced_criterion(ws, r, &at.key("criterion"), criterion)
            }
            Operation::ReplaceText { text, .. } => self.text(r, &at.key("text"), text),
            Operation::Retitle { title, .. } => self.text(r, &at.key("title"), title),
            Operation::SetExamples { examples, .. } => {
                for (k, e) in examples.iter().enumerate() {
                    self.text(r, &at.key("examples").index(k), e);
                }
            }
            _ => {}
        }
    }
}
