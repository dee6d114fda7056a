//! Applying one edition layer's terms and operations to the resolved base.
//!
//! The tree is taken apart into a [`Workspace`], so every operation finds its target
//! in constant time and only touches its parent's child list; the tree is put back
//! together once at the end. Applying m operations to n nodes costs O(n + m·k), k
//! being the largest family of siblings.

use super::file::{EditionFile, NewCriterion, NewOutcome, Numbering, Operation};
use super::resolved::{
    BaseTerm, KeptTermRef, Provenance, Resolved, ResolvedCriterion, ResolvedOutcome,
    ResolvedStandard, ResolvedTerm,
};
use super::workspace::{Level, Workspace, place};
use crate::diag::{Code, Diagnostic};
use crate::fingerprint::Fingerprint;
use crate::ids::{self, CodeLevel};
use crate::load::{Document, JsonPath};
use crate::text;
use std::collections::{HashMap, HashSet};

/// An operation not applied because the base text changed since it was written.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Drift {
    pub layer: String,
    pub operation: usize,
    pub op: &'static str,
    pub target: String,
    pub code: String,
    pub recorded: String,
    pub current: Fingerprint,
    pub current_text: String,
    /// The text the operation was written against, when an older base is at hand.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_text: Option<String>,
}

/// What applying a layer produced besides the new tree.
#[derive(Debug, Default)]
pub struct Applied {
    pub errors: Vec<Diagnostic>,
    pub removed: Vec<super::resolved::Removal>,
    pub drift: Vec<(Drift, Diagnostic)>,
}

/// Applies `edition` on top of `r` (the resolved base).
pub fn apply(r: &mut Resolved, edition: &EditionFile, doc: &Document) -> Applied {
    let mut applier = Applier {
        layer: edition.id.clone(),
        doc,
        out: Applied::default(),
    };
    applier.terms(r, edition);
    let mut ws = Workspace::new(r);
    // (target id, aspect) → operation index, to catch two operations on one thing.
    let mut touched: HashMap<(String, &'static str), usize> = HashMap::new();
    for (i, op) in edition.operations.iter().enumerate() {
        applier.operation(&mut ws, r, i, op, &mut touched);
    }
    r.standards = ws.into_tree();
    r.removed.extend(std::mem::take(&mut applier.out.removed));
    if edition.numbering == Numbering::Renumber {
        applier.renumber(r);
    }
    applier.out
}

struct Applier<'d> {
    layer: String,
    doc: &'d Document,
    out: Applied,
}

impl Applier<'_> {
    fn at(&self, i: usize) -> JsonPath {
        JsonPath::root().key("operations").index(i)
    }

    fn error(&mut self, code: Code, path: &JsonPath, message: String, help: impl Into<String>) {
        let d = self.doc.error_at(code, path, message).help(help);
        self.out.errors.push(d);
    }

    fn provenance(&self, i: usize, op: &Operation) -> Provenance {
        Provenance {
            layer: self.layer.clone(),
            operation: Some(i),
            op: Some(op.name()),
            rationale: Some(op.rationale().to_string()),
        }
    }

    fn terms(&mut self, r: &mut Resolved, edition: &EditionFile) {
        for (i, t) in edition.terms.iter().enumerate() {
            let at = JsonPath::root().key("terms").index(i);
            match r.terms.iter_mut().find(|x| x.id == t.id) {
                Some(existing) => {
                    if existing.base.is_none() {
                        existing.base = Some(BaseTerm {
                            value: existing.value.clone(),
                            jurisdiction: existing.jurisdiction.clone(),
                        });
                    }
                    existing.value = t.value.clone();
                    existing.values = t.values.clone();
                    existing.jurisdiction = t.jurisdiction.clone();
                    if let Some(kind) = t.kind {
                        existing.kind = kind;
                    }
                    if let Some(note) = &t.note {
                        existing.note = note.clone();
                    }
                    existing.source = t.source.clone();
                    existing.layer = self.layer.clone();
                }
                None => match t.kind {
                    Some(kind) => r.terms.push(ResolvedTerm {
                        id: t.id.clone(),
                        kind,
                        jurisdiction: t.jurisdiction.clone(),
                        value: t.value.clone(),
                        values: t.values.clone(),
                        note: t.note.clone().unwrap_or_default(),
                        source: t.source.clone(),
                        layer: self.layer.clone(),
                        base: None,
                    }),
                    None => self.error(
                        Code::NewTermWithoutKind,
                        &at.key("id"),
                        format!("\"{}\" is not a term of the base, so it needs a \"kind\"", t.id),
                        "add \"kind\" (law, regulator, body, service, emergency-number, code, guidance, qualification or word), or correct the id",
                    ),
                },
            }
            for (field, value) in std::iter::once(("value".to_string(), &t.value))
                .chain(t.values.iter().map(|(l, v)| (format!("values.{l}"), v)))
            {
                if value.contains(['{', '}']) || value.chars().any(text::forbidden_char) {
                    self.error(
                        Code::BadTermValue,
                        &at.key(&field),
                        "a term value is plain text on one line, without braces".into(),
                        "remove braces and control characters",
                    );
                }
            }
            for locale in t.values.keys() {
                if !ids::is_locale(locale) {
                    self.error(
                        Code::BadLocale,
                        &at.key("values"),
                        format!("\"{locale}\" is not a BCP 47 locale tag"),
                        ids::locale_help(locale, "write a tag such as hi-IN or pt-BR"),
                    );
                }
            }
        }
        for (i, k) in edition.keep.iter().enumerate() {
            if r.term(&k.term).is_none() {
                let known: Vec<&str> = r.terms.iter().map(|t| t.id.as_str()).collect();
                let help = crate::diag::did_you_mean(&crate::diag::suggest(&k.term, known))
                    .unwrap_or_else(|| "keep only terms the base defines".into());
                self.error(
                    Code::UnknownTerm,
                    &JsonPath::root().key("keep").index(i).key("term"),
                    format!("the term \"{}\" is not defined by the base", k.term),
                    help,
                );
            } else {
                r.kept.push(KeptTermRef {
                    term: k.term.clone(),
                    rationale: k.rationale.clone(),
                    layer: self.layer.clone(),
                });
            }
        }
    }

    /// Checks new text from the edition: valid source text whose terms exist.
    fn text(&mut self, r: &Resolved, path: &JsonPath, value: &str) {
        match text::parse(value) {
            Err(e) => self.error(
                Code::BadText,
                path,
                format!("{} (at character {})", e.message, e.offset + 1),
                e.help,
            ),
            Ok(pieces) => {
                for p in pieces {
                    if let text::Piece::Term(id) = p
                        && r.term(id).is_none()
                    {
                        let known: Vec<&str> = r.terms.iter().map(|t| t.id.as_str()).collect();
                        let help = crate::diag::did_you_mean(&crate::diag::suggest(id, known))
                            .unwrap_or_else(|| "define it in the edition's \"terms\"".into());
                        self.error(
                            Code::UnknownTerm,
                            path,
                            format!("the term \"{id}\" is not defined"),
                            help,
                        );
                    }
                }
            }
        }
    }

    fn missing(&mut self, ws: &Workspace, path: &JsonPath, query: &str) {
        if let Some(by) = ws.removed.get(query) {
            self.error(
                Code::TargetRemoved,
                path,
                format!("\"{query}\" was removed by operations[{by}] of this edition"),
                "drop one of the two operations",
            );
            return;
        }
        let d = crate::lookup::unknown(query, ws.all_ids(), ws.codes.keys());
        let help = d.help.clone().unwrap_or_default();
        self.error(
            Code::MissingTarget,
            path,
            format!("{} in the base", d.message),
            help,
        );
    }

    fn expect_level(
        &mut self,
        path: &JsonPath,
        op: &Operation,
        got: Level,
        allowed: &[Level],
    ) -> bool {
        if allowed.contains(&got) {
            return true;
        }
        let names: Vec<&str> = allowed.iter().map(|l| l.name()).collect();
        self.error(
            Code::WrongTargetLevel,
            path,
            format!(
                "{} applies to {}, and this is {}",
                op.name(),
                a(&names.join(" or ")),
                a(got.name())
            ),
            match op {
                Operation::ReplaceText { .. } => "use retitle for standards and outcomes",
                Operation::Retitle { .. } => "use replace-text for criteria",
                _ => "point the operation at a node of the right level",
            },
        );
        false
    }

    fn operation(
        &mut self,
        ws: &mut Workspace,
        r: &Resolved,
        i: usize,
        op: &Operation,
        touched: &mut HashMap<(String, &'static str), usize>,
    ) {
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
            return;
        }
        // Changes to existing content: find the target, check for conflicts and drift.
        let target = match op.target() {
            None => None,
            Some((query, recorded)) => {
                let path = at.key("target");
                let Some((id, level)) = ws.find(query) else {
                    self.missing(ws, &path, query);
                    return;
                };
                let allowed: &[Level] = match op {
                    Operation::ReplaceText { .. }
                    | Operation::ChangeKind { .. }
                    | Operation::SetExamples { .. } => &[Level::Criterion],
                    Operation::Retitle { .. } => &[Level::Standard, Level::Outcome],
                    Operation::Move { .. } => &[Level::Outcome, Level::Criterion],
                    _ => &[Level::Standard, Level::Outcome, Level::Criterion],
                };
                if !self.expect_level(&path, op, level, allowed) {
                    return;
                }
                let aspect = match op {
                    Operation::Remove { .. } => "remove",
                    Operation::ReplaceText { .. } => "text",
                    Operation::Retitle { .. } => "title",
                    Operation::ChangeKind { .. } => "kind",
                    Operation::Move { .. } => "place",
                    Operation::SetExamples { .. } => "examples",
                    _ => "",
                };
                if let Some(first) = touched.insert((id.clone(), aspect), i) {
                    self.error(
                        Code::ConflictingOperations,
                        &path,
                        format!(
                            "operations[{first}] and operations[{i}] both {} \"{id}\"",
                            match aspect {
                                "place" => "move",
                                "remove" => "remove",
                                _ => "change the same part of",
                            }
                        ),
                        "merge them into one operation",
                    );
                    return;
                }
                if recorded.is_empty() {
                    // Left out: the loader lets it through so the help can give it.
                    let (now, text) = ws.fingerprint_and_text(&id);
                    self.error(
                        Code::MissingField,
                        &at,
                        format!("this {} has no fingerprint of the base text it was written against", op.name()),
                        format!("if you wrote it against the base text as it is now (\"{text}\"), add \"fingerprint\": \"{now}\""),
                    );
                    return;
                }
                let Some(recorded_fp) = Fingerprint::parse(recorded) else {
                    self.error(Code::BadFingerprint, &at.key("fingerprint"), format!("\"{recorded}\" is not a fingerprint"), format!("write the fingerprint `carecert show {query} --format json` gives (for now: {})", ws.fingerprint_and_text(&id).0));
                    return;
                };
                let (current, current_text) = ws
                    .base
                    .get(&id)
                    .cloned()
                    .unwrap_or_else(|| ws.fingerprint_and_text(&id));
                if !current.matches(&recorded_fp) {
                    let code = ws.code_of(&id);
                    let d = self
                        .doc
                        .warning_at(Code::Drift, &at.key("fingerprint"), format!("the base text of {code} ({id}) changed since this {} was written; the operation was not applied", op.name()))
                        .help(format!("review it against the base text now, then run `carecert rebase` to accept it (recorded {recorded}, now {current})"));
                    self.out.drift.push((
                        Drift {
                            layer: self.layer.clone(),
                            operation: i,
                            op: op.name(),
                            target: id.clone(),
                            code,
                            recorded: recorded.to_string(),
                            current,
                            current_text,
                            old_text: None,
                        },
                        d,
                    ));
                    return;
                }
                Some((id, level, path))
            }
        };
        let prov = self.provenance(i, op);
        match op {
            Operation::Remove { .. } => {
                let Some((id, _, _)) = target else { return };
                ws.remove(&id);
                ws.removed.insert(id.clone(), i);
                self.out.removed.push(super::resolved::Removal {
                    id,
                    provenance: prov,
                });
            }
            Operation::ReplaceText { text: new, .. } => {
                let Some((id, _, _)) = target else { return };
                {
                    self.text(r, &at.key("text"), new);
                    if let Some((c, _)) = ws.criteria.get_mut(&id) {
                        c.text = new.clone();
                        c.history.push(prov.clone());
                        c.provenance = prov;
                    }
                }
            }
            Operation::Retitle { title, .. } => {
                let Some((id, _, _)) = target else { return };
                {
                    self.text(r, &at.key("title"), title);
                    if let Some((s, _)) = ws.standards.get_mut(&id) {
                        s.title = title.clone();
                    } else if let Some((o, _, _)) = ws.outcomes.get_mut(&id) {
                        o.title = title.clone();
                    }
                    ws.set_provenance(&id, prov);
                }
            }
            Operation::ChangeKind { kind, .. } => {
                let Some((id, _, _)) = target else { return };
                {
                    if let Some((c, _)) = ws.criteria.get_mut(&id) {
                        if c.kind == *kind {
                            self.error(
                                Code::NoChange,
                                &at.key("kind"),
                                format!("{} is already {}", c.code, kind.as_str()),
                                "remove the operation",
                            );
                        }
                        c.kind = *kind;
                        c.history.push(prov.clone());
                        c.provenance = prov;
                    }
                }
            }
            Operation::SetExamples { examples, .. } => {
                let Some((id, _, _)) = target else { return };
                {
                    for (k, e) in examples.iter().enumerate() {
                        self.text(r, &at.key("examples").index(k), e);
                    }
                    if let Some((c, _)) = ws.criteria.get_mut(&id) {
                        c.examples = examples.clone();
                        c.history.push(prov.clone());
                        c.provenance = prov;
                    }
                }
            }
            Operation::Move { to, .. } => {
                let Some((id, level, _)) = target else { return };
                let wanted = if level == Level::Criterion {
                    Level::Outcome
                } else {
                    Level::Standard
                };
                let Some(parent) = self.parent(ws, &at, to, wanted) else {
                    return;
                };
                let anchors = self.anchors(ws, &at, after, before);
                let Some((after, before)) = anchors else {
                    return;
                };
                // Detach, then attach under the new parent.
                if level == Level::Criterion {
                    let old = ws
                        .criteria
                        .get(&id)
                        .map(|(_, p)| p.clone())
                        .unwrap_or_default();
                    if let Some((_, _, sib)) = ws.outcomes.get_mut(&old) {
                        sib.retain(|x| *x != id);
                    }
                    let Some((_, _, sib)) = ws.outcomes.get_mut(&parent) else {
                        return;
                    };
                    if let Err(a) = place(sib, id.clone(), after.as_deref(), before.as_deref()) {
                        self.error(
                            Code::AnchorNotSibling,
                            &at,
                            format!("\"{a}\" is not in \"{to}\""),
                            "place the node after or before one of its new siblings",
                        );
                        return;
                    }
                    if let Some((c, p)) = ws.criteria.get_mut(&id) {
                        *p = parent;
                        c.history.push(prov.clone());
                        c.provenance = prov;
                    }
                } else {
                    let old = ws
                        .outcomes
                        .get(&id)
                        .map(|(_, p, _)| p.clone())
                        .unwrap_or_default();
                    if let Some((_, sib)) = ws.standards.get_mut(&old) {
                        sib.retain(|x| *x != id);
                    }
                    let Some((_, sib)) = ws.standards.get_mut(&parent) else {
                        return;
                    };
                    if let Err(a) = place(sib, id.clone(), after.as_deref(), before.as_deref()) {
                        self.error(
                            Code::AnchorNotSibling,
                            &at,
                            format!("\"{a}\" is not in \"{to}\""),
                            "place the node after or before one of its new siblings",
                        );
                        return;
                    }
                    if let Some((o, p, _)) = ws.outcomes.get_mut(&id) {
                        *p = parent;
                        o.history.push(prov.clone());
                        o.provenance = prov;
                    }
                }
            }
            Operation::AddStandard { standard, .. } => {
                let Some((after, before)) = self.anchors(ws, &at, after, before) else {
                    return;
                };
                let spath = at.key("standard");
                if !self.new_id(ws, &spath, &standard.id) {
                    return;
                }
                self.text(r, &spath.key("title"), &standard.title);
                for (k, reference) in standard.references.iter().enumerate() {
                    if r.term(&reference.term).is_none() {
                        let known: Vec<&str> = r.terms.iter().map(|t| t.id.as_str()).collect();
                        let help = crate::diag::did_you_mean(&crate::diag::suggest(
                            &reference.term,
                            known,
                        ))
                        .unwrap_or_else(|| "define it in the edition's \"terms\"".into());
                        self.error(
                            Code::UnknownTerm,
                            &spath.key("references").index(k).key("term"),
                            format!("the term \"{}\" is not defined", reference.term),
                            help,
                        );
                    }
                }
                let next = ws
                    .standards
                    .values()
                    .filter_map(|(s, _)| s.code.parse::<u32>().ok())
                    .max()
                    .unwrap_or(0)
                    + 1;
                let Some(code) = self.new_code(
                    ws,
                    &spath,
                    standard.code.as_deref(),
                    CodeLevel::Standard,
                    || Some(next.to_string()),
                ) else {
                    return;
                };
                if let Err(a) = place(
                    &mut ws.order,
                    standard.id.clone(),
                    after.as_deref(),
                    before.as_deref(),
                ) {
                    self.error(
                        Code::AnchorNotSibling,
                        &at,
                        format!("\"{a}\" is not a standard"),
                        "place a standard after or before another standard",
                    );
                    return;
                }
                ws.codes.insert(code.clone(), standard.id.clone());
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
                        None,
                        &prov,
                    );
                }
            }
            Operation::AddOutcome { to, outcome, .. } => {
                let Some(parent) = self.parent(ws, &at, to, Level::Standard) else {
                    return;
                };
                let Some((after, before)) = self.anchors(ws, &at, after, before) else {
                    return;
                };
                self.add_outcome(
                    ws,
                    r,
                    &at.key("outcome"),
                    &parent,
                    outcome,
                    after,
                    before,
                    &prov,
                );
            }
            Operation::AddCriterion { to, criterion, .. } => {
                let Some(parent) = self.parent(ws, &at, to, Level::Outcome) else {
                    return;
                };
                let Some((after, before)) = self.anchors(ws, &at, after, before) else {
                    return;
                };
                self.add_criterion(
                    ws,
                    r,
                    &at.key("criterion"),
                    &parent,
                    criterion,
                    after,
                    before,
                    &prov,
                );
            }
        }
    }

    /// The id of the node `to` names, which must be of level `wanted`.
    fn parent(&mut self, ws: &Workspace, at: &JsonPath, to: &str, wanted: Level) -> Option<String> {
        let Some((parent, level)) = ws.find(to) else {
            self.missing(ws, &at.key("to"), to);
            return None;
        };
        if level != wanted {
            self.error(
                Code::WrongParentLevel,
                &at.key("to"),
                format!(
                    "this goes into {}, and \"{to}\" is {}",
                    a(wanted.name()),
                    a(level.name())
                ),
                format!("name {}", a(wanted.name())),
            );
            return None;
        }
        Some(parent)
    }

    /// Resolves `after`/`before` (ids or codes) to ids.
    fn anchors(
        &mut self,
        ws: &Workspace,
        at: &JsonPath,
        after: Option<&str>,
        before: Option<&str>,
    ) -> Option<(Option<String>, Option<String>)> {
        let mut resolve = |key: &str, q: Option<&str>| -> Result<Option<String>, ()> {
            match q {
                None => Ok(None),
                Some(q) => match ws.find(q) {
                    Some((id, _)) => Ok(Some(id)),
                    None => {
                        self.missing(ws, &at.key(key), q);
                        Err(())
                    }
                },
            }
        };
        let a = resolve("after", after).ok()?;
        let b = resolve("before", before).ok()?;
        Some((a, b))
    }

    fn new_id(&mut self, ws: &Workspace, path: &JsonPath, id: &str) -> bool {
        if !ids::is_id(id) {
            self.error(
                Code::BadId,
                &path.key("id"),
                format!("\"{id}\" is not a valid id"),
                "use lowercase letters, digits and single hyphens",
            );
            return false;
        }
        if ws.exists(id) || ws.removed.contains_key(id) {
            self.error(
                Code::DuplicateId,
                &path.key("id"),
                format!("the id \"{id}\" is already used in the base"),
                "choose a new id for added content",
            );
            return false;
        }
        true
    }

    fn new_code(
        &mut self,
        ws: &Workspace,
        path: &JsonPath,
        given: Option<&str>,
        level: CodeLevel,
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
        if ws.codes.contains_key(&code) {
            self.error(
                Code::DuplicateCode,
                &path.key("code"),
                format!("the code \"{code}\" is already used"),
                "choose a free code, or leave it out to get the next free one",
            );
            return None;
        }
        Some(code)
    }

    #[allow(clippy::too_many_arguments)]
    fn add_outcome(
        &mut self,
        ws: &mut Workspace,
        r: &Resolved,
        path: &JsonPath,
        parent: &str,
        o: &NewOutcome,
        after: Option<String>,
        before: Option<String>,
        prov: &Provenance,
    ) {
        if !self.new_id(ws, path, &o.id) {
            return;
        }
        self.text(r, &path.key("title"), &o.title);
        let Some((pcode, siblings)) = ws
            .standards
            .get(parent)
            .map(|(s, sib)| (s.code.clone(), sib.clone()))
        else {
            return;
        };
        let next = siblings
            .iter()
            .filter_map(|sid| ws.outcomes.get(sid))
            .filter_map(|(o, _, _)| o.code.rsplit('.').next()?.parse::<u32>().ok())
            .max()
            .unwrap_or(0)
            + 1;
        let Some(code) = self.new_code(ws, path, o.code.as_deref(), CodeLevel::Outcome, || {
            Some(format!("{pcode}.{next}"))
        }) else {
            return;
        };
        let Some((_, sib)) = ws.standards.get_mut(parent) else {
            return;
        };
        if let Err(a) = place(sib, o.id.clone(), after.as_deref(), before.as_deref()) {
            self.error(
                Code::AnchorNotSibling,
                path,
                format!("\"{a}\" is not an outcome of \"{parent}\""),
                "place the outcome after or before one of its siblings",
            );
            return;
        }
        ws.codes.insert(code.clone(), o.id.clone());
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
            self.add_criterion(
                ws,
                r,
                &path.key("criteria").index(k),
                &o.id,
                c,
                None,
                None,
                prov,
            );
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn add_criterion(
        &mut self,
        ws: &mut Workspace,
        r: &Resolved,
        path: &JsonPath,
        parent: &str,
        c: &NewCriterion,
        after: Option<String>,
        before: Option<String>,
        prov: &Provenance,
    ) {
        if !self.new_id(ws, path, &c.id) {
            return;
        }
        self.text(r, &path.key("text"), &c.text);
        for (k, e) in c.examples.iter().enumerate() {
            self.text(r, &path.key("examples").index(k), e);
        }
        for (k, v) in c.variants.iter().enumerate() {
            self.text(r, &path.key("variants").index(k).key("text"), &v.text);
        }
        let Some((pcode, siblings)) = ws
            .outcomes
            .get(parent)
            .map(|(o, _, sib)| (o.code.clone(), sib.clone()))
        else {
            return;
        };
        let used: HashSet<u8> = siblings
            .iter()
            .filter_map(|cid| ws.criteria.get(cid))
            .filter_map(|(c, _)| c.code.bytes().last())
            .collect();
        let next = used
            .iter()
            .max()
            .map_or(Some(b'a'), |m| (*m < b'z').then_some(m + 1));
        let Some(code) = self.new_code(ws, path, c.code.as_deref(), CodeLevel::Criterion, || {
            next.map(|l| format!("{pcode}{}", l as char))
        }) else {
            return;
        };
        let Some((_, _, sib)) = ws.outcomes.get_mut(parent) else {
            return;
        };
        if let Err(a) = place(sib, c.id.clone(), after.as_deref(), before.as_deref()) {
            self.error(
                Code::AnchorNotSibling,
                path,
                format!("\"{a}\" is not a criterion of \"{parent}\""),
                "place the criterion after or before one of its siblings",
            );
            return;
        }
        ws.codes.insert(code.clone(), c.id.clone());
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

    /// Numbers everything by position: standards 1…, outcomes s.1…, criteria s.oa….
    fn renumber(&mut self, r: &mut Resolved) {
        for (si, s) in r.standards.iter_mut().enumerate() {
            s.code = (si + 1).to_string();
            for (oi, o) in s.outcomes.iter_mut().enumerate() {
                o.code = format!("{}.{}", s.code, oi + 1);
                if o.criteria.len() > 26 {
                    self.error(Code::NoFreeCode, &JsonPath::root().key("numbering"), format!("outcome {} has {} criteria, more than the 26 letters a code can number", o.id, o.criteria.len()), "split the outcome, or keep the base's codes");
                }
                for (ci, c) in o.criteria.iter_mut().enumerate() {
                    c.code = format!("{}{}", o.code, (b'a' + (ci % 26) as u8) as char);
                }
            }
        }
    }
}
/// "a standard", "an outcome": the article a level's name takes.
fn a(name: &str) -> String {
    if name.starts_with(['a', 'e', 'i', 'o', 'u']) {
        format!("an {name}")
    } else {
        format!("a {name}")
    }
}
