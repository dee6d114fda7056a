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

    /// The code of an added node just placed at `pos` among `siblings` (ids, the
    /// node among them): the one the edition gives, checked, or the insertion code
    /// after its predecessor (`8A` after 8, `1.4bA` after 1.4b; see
    /// [`ids::insertion_between`]). Inside a parent the same operation adds
    /// (`fresh`), children are numbered plainly: `8A.1`, `8A.1a`.
    ///
    /// Insertion codes carry capitals, which no framework code has, so they can
    /// never name what the base or a revision of it numbers; and each sorts between
    /// its neighbours, so code order is document order.
    pub(super) fn placed_code(
        &mut self,
        ws: &Workspace,
        path: &JsonPath,
        (given, level, parent): (Option<&str>, CodeLevel, Option<&str>),
        (siblings, pos, fresh): (&[String], usize, bool),
    ) -> Option<String> {
        let before = siblings.get(pos + 1).map(|id| ws.code_of(id));
        let after = pos.checked_sub(1).map(|p| ws.code_of(&siblings[p]));
        let taken = |c: &str| ws.codes.contains_key(c) || ws.removed_codes.contains_key(c);
        let computed = if fresh {
            match level {
                CodeLevel::Outcome => Some(format!("{}.{}", parent.unwrap_or_default(), pos + 1)),
                _ => (pos < 26).then(|| {
                    format!(
                        "{}{}",
                        parent.unwrap_or_default(),
                        (b'a' + pos as u8) as char
                    )
                }),
            }
        } else {
            after.as_deref().and_then(|a| {
                let mut code = ids::insertion_between(a, before.as_deref())?;
                while taken(&code) {
                    code = ids::insertion_between(&code, before.as_deref())?;
                }
                Some(code)
            })
        };
        let leave_out = match &computed {
            Some(c) => format!("leave the code out to get {c}"),
            None => "leave the code out".to_string(),
        };
        let Some(c) = given else {
            if computed.is_none() {
                let first = before.unwrap_or_default();
                let (message, help) = if fresh {
                    (
                        "there is no free code left in the parent".to_string(),
                        "split the added node: a code numbers at most 26 criteria",
                    )
                } else {
                    (
                        format!(
                            "no code sorts before {first}, where this node is placed first in its parent"
                        ),
                        "place it after a node (\"after\"): an added node is numbered after the one before it; or use \"numbering\": \"renumber\"",
                    )
                };
                self.error(Code::NoFreeCode, path, message, help);
            }
            return computed;
        };
        if ids::code_level(c) != Some(level) {
            self.error(
                Code::BadCode,
                &path.key("code"),
                format!("\"{c}\" is not a code of this level"),
                format!("write a code like 7A, 7.2A or 7.2cA, or {leave_out}"),
            );
            return None;
        }
        if ids::parent_code(c) != parent {
            let parent = parent.unwrap_or_default();
            self.error(
                Code::CodeOutsideParent,
                &path.key("code"),
                format!("\"{c}\" does not belong under \"{parent}\""),
                format!("codes here start with \"{parent}\"; write one, or {leave_out}"),
            );
            return None;
        }
        if let Some(owner) = ws.codes.get(c).or_else(|| ws.removed_codes.get(c)) {
            self.error(
                Code::DuplicateCode,
                &path.key("code"),
                format!("the code \"{c}\" is already used by \"{owner}\""),
                format!("choose a free code, or {leave_out}"),
            );
            return None;
        }
        if !fresh && ids::is_plain_code(c) {
            self.error(
                Code::BadCode,
                &path.key("code"),
                format!("\"{c}\" is a plain code, which the base or a revision of it may use for something else"),
                format!("an added node's code ends in capital letters after the code before it; {leave_out}"),
            );
            return None;
        }
        let sorts = after
            .as_deref()
            .is_none_or(|a| ids::compare_codes(a, c).is_lt())
            && before
                .as_deref()
                .is_none_or(|b| ids::compare_codes(c, b).is_lt());
        if !sorts {
            let between = match (&after, &before) {
                (Some(a), Some(b)) => format!("between {a} and {b}"),
                (Some(a), None) => format!("after {a}"),
                (None, Some(b)) => format!("before {b}"),
                (None, None) => String::new(),
            };
            self.error(
                Code::BadCode,
                &path.key("code"),
                format!("\"{c}\" does not sort where the node is placed, {between}"),
                format!("codes follow document order; {leave_out}"),
            );
            return None;
        }
        Some(c.to_string())
    }
}
