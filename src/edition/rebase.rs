//! `rebase`: move an edition onto a new base (a revised framework), operation by
//! operation.
//!
//! Each operation that names base content is looked up in the new base: still there
//! with the same text (unchanged), there with other text (drifted), or gone
//! (vanished). For the last, successors are proposed: the same id elsewhere, or the
//! nodes whose text is most like the old text. Nothing changes in the edition
//! unless the user accepts it, and nothing is written without `--write`.

use super::file::Operation;
use super::resolved::Resolved;
use super::{Stack, open};
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::fingerprint::Fingerprint;
use crate::lookup::{Index, Node, NodeRef};
use serde::Serialize;
use serde_json::Value;
use std::path::{Component, Path, PathBuf};

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
}

#[derive(Debug, Clone, Serialize)]
pub struct NewTerm {
    pub id: String,
    pub jurisdiction: String,
    pub value: String,
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
            + self.new_terms.len()
    }
}

/// What the user accepted: operation indexes (optionally with a chosen successor),
/// or target ids/codes, and whether every unchanged operation is accepted.
#[derive(Debug, Clone, Default)]
pub struct Acceptance {
    pub items: Vec<String>,
    pub all_unchanged: bool,
}

impl Acceptance {
    /// The successor chosen for a step, if the step is accepted.
    fn choice(&self, step: &Step) -> Option<Option<String>> {
        for item in &self.items {
            let item = item.trim_start_matches('#');
            let (key, chosen) = match item.split_once('=') {
                Some((k, v)) => (k, Some(v.to_string())),
                None => (item, None),
            };
            let hit = key.parse::<usize>().ok() == Some(step.operation)
                || key == step.reference
                || step.id.as_deref() == Some(key);
            if hit {
                return Some(chosen);
            }
        }
        None
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
                i,
                op.name(),
                field,
                reference,
                recorded,
                (&old_base, &old_index),
                (&new_base, &new_index),
                accept,
            ));
        }
    }
    let handled = |id: &str| {
        top.file.terms.iter().any(|t| t.id == id) || top.file.keep.iter().any(|k| k.term == id)
    };
    let new_terms = new_base
        .terms
        .iter()
        .filter(|t| !old_base.terms.iter().any(|o| o.id == t.id) && !handled(&t.id))
        .filter_map(|t| {
            Some(NewTerm {
                id: t.id.clone(),
                jurisdiction: t.jurisdiction.clone()?,
                value: t.value.clone(),
            })
        })
        .collect();
    Ok(Plan {
        edition: top.file.id.clone(),
        from: old_base.top().source.clone(),
        onto: new_base.top().source.clone(),
        new_base: base_reference(&top.dir, onto),
        steps,
        new_terms,
        written: false,
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

/// The references an operation makes to base content, with the fingerprint it
/// recorded (only the target carries one).
fn references(op: &Operation) -> Vec<(&'static str, &str, Option<&str>)> {
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

fn text_of(node: Node<'_>) -> &str {
    match node {
        Node::Standard(s) => &s.title,
        Node::Outcome(o) => &o.title,
        Node::Criterion(c) => &c.text,
    }
}

#[allow(clippy::too_many_arguments)]
fn step(
    operation: usize,
    op: &'static str,
    field: &'static str,
    reference: &str,
    recorded: Option<&str>,
    (old, old_index): (&Resolved, &Index),
    (new, new_index): (&Resolved, &Index),
    accept: &Acceptance,
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
            .is_some_and(|c| c != reference.to_ascii_lowercase());
    let choice = accept.choice(&step);
    let accepted = match status {
        Status::Unchanged => choice.is_some() || accept.all_unchanged,
        _ => choice.is_some(),
    };
    if accepted {
        let chosen = choice.flatten();
        let rewrite = match status {
            Status::Unchanged | Status::Drifted => new_node.map(|n| Rewrite {
                reference: n.id().to_string(),
                fingerprint: recorded.map(|_| Fingerprint::of(text_of(n)).to_string()),
            }),
            Status::Vanished => {
                let pick = match chosen {
                    Some(q) => new_index.find(&q).ok().map(|at| new.node(at)),
                    None => step
                        .successors
                        .first()
                        .and_then(|s| new_index.find(&s.id).ok())
                        .map(|at| new.node(at)),
                };
                pick.map(|n| Rewrite {
                    reference: n.id().to_string(),
                    fingerprint: recorded.map(|_| Fingerprint::of(text_of(n)).to_string()),
                })
            }
        };
        step.accepted = rewrite.is_some();
        step.rewrite = rewrite;
    }
    step
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

/// How edition.json should name `onto`: an embedded name as is, a directory
/// relative to the edition.
fn base_reference(edition_dir: &Path, onto: &str) -> String {
    let path = Path::new(onto);
    if !path.exists() {
        return onto.to_string();
    }
    match (edition_dir.canonicalize(), path.canonicalize()) {
        (Ok(from), Ok(to)) => relative(&from, &to).to_string_lossy().replace('\\', "/"),
        _ => onto.to_string(),
    }
}

/// `to` relative to the directory `from` (both absolute).
pub fn relative(from: &Path, to: &Path) -> PathBuf {
    let from: Vec<Component> = from.components().collect();
    let to: Vec<Component> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..from.len() {
        out.push("..");
    }
    for c in &to[common..] {
        out.push(c.as_os_str());
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

/// The edition file's text with the accepted rewrites and the new base applied,
/// keeping its key order; None when there is nothing to change.
pub fn rewritten(original: &str, plan: &Plan) -> Result<String, Diagnostic> {
    let mut value: Value = serde_json::from_str(original).map_err(|e| {
        Diagnostic::error(
            Code::InvalidJson,
            format!("edition.json could not be re-read: {e}"),
        )
    })?;
    value["base"] = Value::String(plan.new_base.clone());
    for step in plan.steps.iter().filter(|s| s.accepted) {
        let Some(rewrite) = &step.rewrite else {
            continue;
        };
        let op = &mut value["operations"][step.operation];
        op[step.field] = Value::String(rewrite.reference.clone());
        if step.field == "target"
            && let Some(fp) = &rewrite.fingerprint
        {
            op["fingerprint"] = Value::String(fp.clone());
        }
    }
    let mut text = serde_json::to_string_pretty(&value)
        .map_err(|e| Diagnostic::error(Code::OutputFailed, e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Writes `text` to `path` atomically: a temporary file beside it, then a rename,
/// so a failure leaves the old file as it was.
pub fn write_atomically(path: &Path, text: impl AsRef<[u8]>) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = std::fs::write(&tmp, text).and_then(|()| std::fs::rename(&tmp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        assert_eq!(
            relative(Path::new("/a/b/c"), Path::new("/a/d")),
            PathBuf::from("../../d")
        );
        assert_eq!(
            relative(Path::new("/a"), Path::new("/a/x/y")),
            PathBuf::from("x/y")
        );
    }
}
