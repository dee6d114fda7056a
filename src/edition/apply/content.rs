//! What an added node brings, checked whether or not it can be added: a new id, a
//! free code, valid text and known terms. When its parent or anchor is missing the
//! node is not added, but these checks still run, so one run shows every problem.

use super::Applier;
use crate::diag::Code;
use crate::edition::file::{NewCriterion, NewOutcome, NewStandard};
use crate::edition::resolved::Resolved;
use crate::edition::workspace::Workspace;
use crate::ids::{self, CodeLevel};
use crate::load::JsonPath;

impl Applier<'_> {
    /// What an added standard brings besides its outcomes: a new id, a valid title
    /// and references to terms that exist. Returns whether the id can be used.
    pub(super) fn standard_content(
        &mut self,
        ws: &Workspace,
        r: &Resolved,
        path: &JsonPath,
        s: &NewStandard,
    ) -> bool {
        let id_ok = self.new_id(ws, path, &s.id);
        self.text(r, &path.key("title"), &s.title);
        if s.outcomes.is_empty() {
            self.error(
                Code::EmptyList,
                &path.key("outcomes"),
                "the added standard has no outcomes".into(),
                "add at least one outcome",
            );
        }
        for (k, reference) in s.references.iter().enumerate() {
            if r.term(&reference.term).is_none() && !self.gaps.term_ids.contains(&reference.term) {
                let known: Vec<&str> = r.terms.iter().map(|t| t.id.as_str()).collect();
                let help = crate::diag::did_you_mean(&crate::diag::suggest(&reference.term, known))
                    .unwrap_or_else(|| "define it in the edition's \"terms\"".into());
                self.error(
                    Code::UnknownTerm,
                    &path.key("references").index(k).key("term"),
                    format!("the term \"{}\" is not defined", reference.term),
                    help,
                );
            }
        }
        id_ok
    }

    /// What an added outcome brings besides its criteria: a new id and a valid
    /// title. Returns whether the id can be used.
    pub(super) fn outcome_content(
        &mut self,
        ws: &Workspace,
        r: &Resolved,
        path: &JsonPath,
        o: &NewOutcome,
    ) -> bool {
        let id_ok = self.new_id(ws, path, &o.id);
        self.text(r, &path.key("title"), &o.title);
        if o.criteria.is_empty() {
            self.error(
                Code::EmptyList,
                &path.key("criteria"),
                "the added outcome has no assessment criteria".into(),
                "add at least one criterion",
            );
        }
        id_ok
    }

    /// What an added criterion brings: a new id and valid texts. Returns whether
    /// the id can be used.
    pub(super) fn criterion_content(
        &mut self,
        ws: &Workspace,
        r: &Resolved,
        path: &JsonPath,
        c: &NewCriterion,
    ) -> bool {
        let id_ok = self.new_id(ws, path, &c.id);
        self.text(r, &path.key("text"), &c.text);
        for (k, e) in c.examples.iter().enumerate() {
            self.text(r, &path.key("examples").index(k), e);
        }
        for (k, v) in c.variants.iter().enumerate() {
            self.text(r, &path.key("variants").index(k).key("text"), &v.text);
        }
        id_ok
    }

    /// Checks everything an added outcome brings when it cannot be added (its
    /// parent or anchor is missing), so its other problems show in the same run.
    pub(super) fn check_unplaced_outcome(
        &mut self,
        ws: &Workspace,
        r: &Resolved,
        path: &JsonPath,
        o: &NewOutcome,
    ) {
        self.outcome_content(ws, r, path, o);
        for (k, c) in o.criteria.iter().enumerate() {
            self.criterion_content(ws, r, &path.key("criteria").index(k), c);
        }
    }

    /// Checks an added criterion that cannot be added.
    pub(super) fn check_unplaced_criterion(
        &mut self,
        ws: &Workspace,
        r: &Resolved,
        path: &JsonPath,
        c: &NewCriterion,
    ) {
        self.criterion_content(ws, r, path, c);
    }

    /// Checks an added standard that cannot be added.
    pub(super) fn check_unplaced_standard(
        &mut self,
        ws: &Workspace,
        r: &Resolved,
        path: &JsonPath,
        s: &NewStandard,
    ) {
        self.standard_content(ws, r, path, s);
        for (k, o) in s.outcomes.iter().enumerate() {
            self.check_unplaced_outcome(ws, r, &path.key("outcomes").index(k), o);
        }
    }

    pub(super) fn new_id(&mut self, ws: &Workspace, path: &JsonPath, id: &str) -> bool {
        if !ids::is_id(id) {
            self.error(
                Code::BadId,
                &path.key("id"),
                format!("\"{id}\" is not a valid id"),
                "use lowercase letters, digits and single hyphens",
            );
            return false;
        }
        if ids::RESERVED_IDS.contains(&id) {
            self.error(
                Code::ReservedId,
                &path.key("id"),
                format!("\"{id}\" is reserved for the edition's names in translations"),
                ids::RESERVED_HELP,
            );
            return false;
        }
        if let Some(removed) = ws.removed.get(id) {
            self.error(
                Code::DuplicateId,
                &path.key("id"),
                format!(
                    "the id \"{id}\" was removed by operations[{}] of this edition",
                    removed.by
                ),
                "choose a new id: an id names one node for good, and translations know the removed node by it",
            );
            return false;
        }
        if ws.exists(id) {
            let whose = if ws.base.contains_key(id) {
                "in the base"
            } else {
                "by content this edition adds"
            };
            self.error(
                Code::DuplicateId,
                &path.key("id"),
                format!("the id \"{id}\" is already used {whose}"),
                "choose a new id for added content",
            );
            return false;
        }
        true
    }

    pub(super) fn new_code(
        &mut self,
        ws: &Workspace,
        path: &JsonPath,
        (given, level, parent): (Option<&str>, CodeLevel, Option<&str>),
        next: impl FnOnce() -> Option<String>,
    ) -> Option<String> {
        let code = match given {
            Some(c) => {
                if ids::code_level(c) != Some(level) {
                    self.error(
                        Code::BadCode,
                        &path.key("code"),
                        format!("\"{c}\" is not a code of this level"),
                        "write a code like 7, 7.2 or 7.2c, or leave it out",
                    );
                    return None;
                }
                if ids::parent_code(c) != parent {
                    let parent = parent.unwrap_or_default();
                    self.error(
                        Code::CodeOutsideParent,
                        &path.key("code"),
                        format!("\"{c}\" does not belong under \"{parent}\""),
                        format!("codes here start with \"{parent}\"; write one, or leave the code out to get the next free one"),
                    );
                    return None;
                }
                c.to_string()
            }
            None => match next() {
                Some(c) => c,
                None => {
                    self.error(
                        Code::NoFreeCode,
                        path,
                        "there is no free code left in the parent".into(),
                        "give the code explicitly, or use \"numbering\": \"renumber\"",
                    );
                    return None;
                }
            },
        };
        if let Some(owner) = ws.codes.get(&code) {
            self.error(
                Code::DuplicateCode,
                &path.key("code"),
                format!("the code \"{code}\" is already used by \"{owner}\""),
                "choose a free code, or leave it out to get the next free one",
            );
            return None;
        }
        Some(code)
    }
}
