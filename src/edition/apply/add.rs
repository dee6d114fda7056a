//! Added content: add-standard, add-outcome and add-criterion, with the checks an
//! added node needs (a new id, a free code, valid text, a place among siblings).

use super::Applier;
use super::target::moved_note;
use crate::diag::Code;
use crate::edition::file::{NewCriterion, NewOutcome, NewStandard};
use crate::edition::resolved::{
    Provenance, Resolved, ResolvedCriterion, ResolvedOutcome, ResolvedStandard,
};
use crate::edition::workspace::{Workspace, after_added, place};
use crate::ids::CodeLevel;
use crate::load::JsonPath;

impl Applier<'_> {
    pub(super) fn add_standard(
        &mut self,
        ws: &mut Workspace,
        r: &Resolved,
        at: &JsonPath,
        standard: &NewStandard,
        (after, before): (Option<&str>, Option<&str>),
        prov: Provenance,
    ) {
        let spath = at.key("standard");
        let Some((after, before)) = self.anchors(ws, at, after, before) else {
            self.check_unplaced_standard(ws, r, &spath, standard);
            return;
        };
        let op = op_of(&prov);
        self.placed(op, &standard.id, (after.as_deref(), before.as_deref()));
        if !self.standard_content(ws, r, &spath, standard) {
            for (k, o) in standard.outcomes.iter().enumerate() {
                self.check_unplaced_outcome(ws, r, &spath.key("outcomes").index(k), o);
            }
            return;
        }
        let after = after.map(|a| after_added(&ws.order, &a, &ws.added).to_string());
        if let Err(a) = place(
            &mut ws.order,
            standard.id.clone(),
            after.as_deref(),
            before.as_deref(),
        ) {
            self.error(
                Code::AnchorNotSibling,
                at,
                format!("\"{a}\" is not a standard"),
                "place a standard after or before another standard",
            );
            return;
        }
        let order = ws.order.clone();
        let pos = order
            .iter()
            .position(|x| *x == standard.id)
            .unwrap_or_default();
        let Some(code) = self.placed_code(
            ws,
            &spath,
            (standard.code.as_deref(), CodeLevel::Standard, None),
            (&order, pos, false),
        ) else {
            ws.order.remove(pos);
            return;
        };
        ws.codes.insert(code.clone(), standard.id.clone());
        ws.added.insert(standard.id.clone());
        self.added(op_of(&prov), &standard.id, "the added standard");
        let node = ResolvedStandard {
            id: standard.id.clone(),
            code: code.clone(),
            title: standard.title.clone(),
            references: standard.references.clone(),
            outcomes: Vec::new(),
            provenance: prov.clone(),
            history: vec![prov.clone()],
        };
        ws.standards.insert(standard.id.clone(), (node, Vec::new()));
        for (k, o) in standard.outcomes.iter().enumerate() {
            self.add_outcome(
                ws,
                r,
                &spath.key("outcomes").index(k),
                &standard.id,
                o,
                None,
                &prov,
            );
        }
    }

    /// Adds an outcome to `parent`, placed by `anchors` (after, before); None
    /// when `parent` is a standard the same operation adds, whose outcomes are
    /// numbered plainly in order.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn add_outcome(
        &mut self,
        ws: &mut Workspace,
        r: &Resolved,
        path: &JsonPath,
        parent: &str,
        o: &NewOutcome,
        anchors: Option<(Option<String>, Option<String>)>,
        prov: &Provenance,
    ) {
        if !self.outcome_content(ws, r, path, o) {
            for (k, c) in o.criteria.iter().enumerate() {
                self.criterion_content(ws, r, &path.key("criteria").index(k), c);
            }
            return;
        }
        let fresh = anchors.is_none();
        let (after, before) = anchors.unwrap_or_default();
        let after = match (after, ws.standards.get(parent)) {
            (Some(a), Some((_, sib))) => Some(after_added(sib, &a, &ws.added).to_string()),
            (after, _) => after,
        };
        let Some((pcode, sib)) = ws
            .standards
            .get_mut(parent)
            .map(|(s, sib)| (s.code.clone(), sib))
        else {
            return;
        };
        if let Err(a) = place(sib, o.id.clone(), after.as_deref(), before.as_deref()) {
            if !self.anchor_named_by_undecoded(ws, &a) {
                self.error(
                    Code::AnchorNotSibling,
                    path,
                    format!(
                        "\"{a}\" is not an outcome of \"{parent}\"{}",
                        moved_note(ws, &a)
                    ),
                    "place the outcome after or before one of its siblings",
                );
            }
            return;
        }
        let siblings = sib.clone();
        let pos = siblings.iter().position(|x| *x == o.id).unwrap_or_default();
        let Some(code) = self.placed_code(
            ws,
            path,
            (o.code.as_deref(), CodeLevel::Outcome, Some(&pcode)),
            (&siblings, pos, fresh),
        ) else {
            if let Some((_, sib)) = ws.standards.get_mut(parent) {
                sib.remove(pos);
            }
            return;
        };
        ws.codes.insert(code.clone(), o.id.clone());
        ws.added.insert(o.id.clone());
        self.added(op_of(prov), &o.id, "the added outcome");
        let node = ResolvedOutcome {
            id: o.id.clone(),
            code,
            title: o.title.clone(),
            criteria: Vec::new(),
            provenance: prov.clone(),
            history: vec![prov.clone()],
        };
        ws.outcomes
            .insert(o.id.clone(), (node, parent.to_string(), Vec::new()));
        for (k, c) in o.criteria.iter().enumerate() {
            self.add_criterion(ws, r, &path.key("criteria").index(k), &o.id, c, None, prov);
        }
    }

    /// Adds a criterion to `parent`, placed by `anchors` as for
    /// [`add_outcome`](Self::add_outcome).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn add_criterion(
        &mut self,
        ws: &mut Workspace,
        r: &Resolved,
        path: &JsonPath,
        parent: &str,
        c: &NewCriterion,
        anchors: Option<(Option<String>, Option<String>)>,
        prov: &Provenance,
    ) {
        if !self.criterion_content(ws, r, path, c) {
            return;
        }
        let fresh = anchors.is_none();
        let (after, before) = anchors.unwrap_or_default();
        let after = match (after, ws.outcomes.get(parent)) {
            (Some(a), Some((_, _, sib))) => Some(after_added(sib, &a, &ws.added).to_string()),
            (after, _) => after,
        };
        let Some((pcode, sib)) = ws
            .outcomes
            .get_mut(parent)
            .map(|(o, _, sib)| (o.code.clone(), sib))
        else {
            return;
        };
        if let Err(a) = place(sib, c.id.clone(), after.as_deref(), before.as_deref()) {
            if !self.anchor_named_by_undecoded(ws, &a) {
                self.error(
                    Code::AnchorNotSibling,
                    path,
                    format!(
                        "\"{a}\" is not a criterion of \"{parent}\"{}",
                        moved_note(ws, &a)
                    ),
                    "place the criterion after or before one of its siblings",
                );
            }
            return;
        }
        let siblings = sib.clone();
        let pos = siblings.iter().position(|x| *x == c.id).unwrap_or_default();
        let Some(code) = self.placed_code(
            ws,
            path,
            (c.code.as_deref(), CodeLevel::Criterion, Some(&pcode)),
            (&siblings, pos, fresh),
        ) else {
            if let Some((_, _, sib)) = ws.outcomes.get_mut(parent) {
                sib.remove(pos);
            }
            return;
        };
        ws.codes.insert(code.clone(), c.id.clone());
        ws.added.insert(c.id.clone());
        self.added(op_of(prov), &c.id, "the added criterion");
        let node = ResolvedCriterion {
            id: c.id.clone(),
            code,
            kind: c.kind,
            text: c.text.clone(),
            examples: c.examples.clone(),
            simulation_allowed: c.simulation_allowed,
            pending: c.pending,
            variants: c.variants.clone(),
            provenance: prov.clone(),
            history: vec![prov.clone()],
        };
        ws.criteria.insert(c.id.clone(), (node, parent.to_string()));
    }
}

/// The operation a provenance of this layer names.
fn op_of(prov: &Provenance) -> usize {
    prov.operation.unwrap_or_default()
}
