//! A returned file's decisions lined up with the diff of the edition now: each
//! change with its code and the operation or term behind it, its decision and
//! comments; decisions on changes the diff no longer has are kept, as stale.

use super::{Answer, Decision, Remark};
use crate::diff::{Change, Diff};
use serde::Serialize;
use std::fmt::Write as _;

#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    pub accepted: usize,
    pub rejected: usize,
    pub pending: usize,
    pub query: usize,
    /// Decisions on changes the edition no longer has.
    pub stale: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Reviewed {
    pub key: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The change's kind (`text-changed`), from its key.
    pub change: String,
    /// What is behind it: `india #3 replace-text`, or `term emergency-number`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cause: Option<String>,
    pub decision: Decision,
    /// The edition no longer has this change: the decision was on an earlier diff.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub stale: bool,
    pub comments: Vec<Remark>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub file: String,
    pub format: &'static str,
    pub edition: String,
    pub base: String,
    pub summary: Summary,
    pub changes: Vec<Reviewed>,
    /// Comments anchored on no change.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub general_comments: Vec<Remark>,
    /// Set when the file was written from another diff than the edition's now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// `india #3 replace-text`, or `term emergency-number (india)`.
pub fn cause(c: &Change) -> Option<String> {
    let p = c.provenance.as_ref()?;
    match p.op {
        Some(op) => Some(format!("{} #{} {op}", p.layer, p.operation.unwrap_or(0))),
        None if c.level == "term" => Some(format!("term {} ({})", c.id, p.layer)),
        None => None,
    }
}

/// Lines `answer` up with `current`, the diff of the edition now (when known):
/// every change of `current` in its order, then the stale decisions.
pub fn report(file: &str, answer: Answer, current: Option<&Diff>) -> Report {
    let mut changes = Vec::new();
    let mut returned = answer.decisions;
    if let Some(diff) = current {
        for c in &diff.changes {
            let found = returned
                .iter()
                .position(|r| r.key == c.key)
                .map(|i| returned.remove(i));
            changes.push(Reviewed {
                key: c.key.clone(),
                code: Some(crate::render::review::code(c)),
                change: kind_of(&c.key),
                cause: cause(c),
                decision: found.as_ref().map_or(Decision::Pending, |r| r.decision),
                stale: false,
                comments: found
                    .as_ref()
                    .map(|r| r.comments.clone())
                    .unwrap_or_default(),
                note: found.and_then(|r| r.note),
            });
        }
    }
    for r in returned {
        changes.push(Reviewed {
            change: kind_of(&r.key),
            key: r.key,
            code: None,
            cause: None,
            decision: r.decision,
            stale: current.is_some(),
            comments: r.comments,
            note: r.note,
        });
    }
    let mut summary = Summary::default();
    for c in &changes {
        if c.stale {
            summary.stale += 1;
            continue;
        }
        match c.decision {
            Decision::Accepted => summary.accepted += 1,
            Decision::Rejected => summary.rejected += 1,
            Decision::Query => summary.query += 1,
            Decision::Pending => summary.pending += 1,
        }
    }
    let note = current.and_then(|d| {
        let now = d.fingerprint();
        match &answer.identity.fingerprint {
            Some(f) if *f != now => Some(format!(
                "the file was written from an earlier diff ({f}; now {now}): the edition or its base changed since"
            )),
            _ => None,
        }
    });
    Report {
        file: file.to_string(),
        format: answer.format,
        edition: answer.identity.edition,
        base: answer.identity.base,
        summary,
        changes,
        general_comments: answer.general,
        note,
    }
}

fn kind_of(key: &str) -> String {
    key.split(':').next().unwrap_or_default().to_string()
}

impl Summary {
    /// `3 accepted, 1 rejected, 2 query, 30 pending` (and `, 1 stale`).
    pub fn line(&self) -> String {
        let mut s = format!(
            "{} accepted, {} rejected, {} query, {} pending",
            self.accepted, self.rejected, self.query, self.pending
        );
        if self.stale > 0 {
            let _ = write!(s, ", {} stale", self.stale);
        }
        s
    }
}

fn status(c: &Reviewed) -> String {
    if c.stale {
        format!("{} (stale)", c.decision.as_str())
    } else {
        c.decision.as_str().to_string()
    }
}

/// For the terminal: the summary, then every change that is decided, queried,
/// commented or stale (pending ones without a comment are only counted).
pub fn text(r: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} ({}): {} → {}", r.file, r.format, r.base, r.edition);
    let _ = writeln!(out, "{}", r.summary.line());
    if let Some(n) = &r.note {
        let _ = writeln!(out, "note: {n}");
    }
    for c in shown(r) {
        let _ = writeln!(
            out,
            "\n{:<9} {} {}",
            status(c),
            c.code.as_deref().unwrap_or("-"),
            c.key
        );
        if let Some(cause) = &c.cause {
            let _ = writeln!(out, "          because of {cause}");
        }
        if let Some(n) = &c.note {
            let _ = writeln!(out, "          ({n})");
        }
        for m in &c.comments {
            let _ = writeln!(
                out,
                "          {}: {}",
                m.author.as_deref().unwrap_or("comment"),
                m.text
            );
        }
    }
    if !r.general_comments.is_empty() {
        let _ = writeln!(out, "\ncomments on no change:");
        for m in &r.general_comments {
            let _ = writeln!(
                out,
                "  {}: {}",
                m.author.as_deref().unwrap_or("comment"),
                m.text
            );
        }
    }
    out
}

fn shown(r: &Report) -> impl Iterator<Item = &Reviewed> {
    r.changes
        .iter()
        .filter(|c| c.stale || c.decision != Decision::Pending || !c.comments.is_empty())
}

fn md(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', "<br>")
}

/// For the adaptation team's tracker: a summary and a table of what needs them.
pub fn markdown(r: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Review of {} against {}\n", r.edition, r.base);
    let _ = writeln!(
        out,
        "From `{}` ({}): {}.\n",
        r.file,
        r.format,
        r.summary.line()
    );
    if let Some(n) = &r.note {
        let _ = writeln!(out, "> Note: {n}\n");
    }
    let _ = writeln!(out, "| decision | code | change | cause | comments |");
    let _ = writeln!(out, "|---|---|---|---|---|");
    for c in shown(r) {
        let comments: Vec<String> = c
            .comments
            .iter()
            .map(|m| match &m.author {
                Some(a) => format!("{a}: {}", m.text),
                None => m.text.clone(),
            })
            .chain(c.note.clone())
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} | `{}` | {} | {} |",
            status(c),
            md(c.code.as_deref().unwrap_or("")),
            c.key,
            md(c.cause.as_deref().unwrap_or("")),
            md(&comments.join("\n"))
        );
    }
    for m in &r.general_comments {
        let _ = writeln!(out, "\n- {}", md(&m.text));
    }
    out
}
