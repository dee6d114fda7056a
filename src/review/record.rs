//! `reviews.json` beside an edition: the decisions read back from reviewers,
//! and the team's answers to those that need one. `carecert review --write`
//! merges a returned file into it; `check` lists what is still open.

use super::report::Report;
use super::{Decision, Remark};
use crate::diag::{Code, Diagnostic};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The file's name, in the edition's directory.
pub const FILE: &str = "reviews.json";

/// The decisions recorded for one edition.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewsFile {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The edition reviewed.
    pub edition: String,
    /// What it was compared with when last reviewed.
    pub base: String,
    pub reviews: Vec<ReviewEntry>,
}

/// One change's decision, and the team's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewEntry {
    /// The change's key (`text-changed:care-privacy-dignity`).
    pub key: String,
    /// Its code when reviewed (`1.1b`, `2.2b → 2.2a`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    pub decision: Decision,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<Remark>,
    /// The returned file the decision was read from (its name).
    pub from: String,
    /// The edition no longer has this change.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub stale: bool,
    /// The team's answer to a rejection or a query. Once it is written the
    /// entry is no longer open; a later review that decides the change anew
    /// replaces the entry, answer and all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
}

impl ReviewEntry {
    /// A rejection or query without an answer.
    pub fn is_open(&self) -> bool {
        self.decision.is_open() && self.answer.as_deref().is_none_or(|a| a.trim().is_empty())
    }
}

/// Reads `dir/reviews.json`; `Ok(None)` when there is none.
pub fn load(dir: &Path) -> Result<Option<ReviewsFile>, Diagnostic> {
    let path = dir.join(FILE);
    let shown = path.display().to_string();
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Diagnostic::error(
                Code::BadReviewsRecord,
                format!("could not read it: {e}"),
            )
            .file(shown)
            .help("check that it is a readable file"));
        }
    };
    let text = String::from_utf8(bytes).map_err(|_| {
        Diagnostic::error(Code::BadReviewsRecord, "the file is not UTF-8 text")
            .file(&shown)
            .help("save it as UTF-8")
    })?;
    let de = &mut serde_json::Deserializer::from_str(&text);
    serde_path_to_error::deserialize(de).map(Some).map_err(|e| {
        let inner = e.inner();
        Diagnostic::error(
            Code::BadReviewsRecord,
            format!("{inner} (JSON path {})", e.path()),
        )
        .file(&shown)
        .at(Some((inner.line(), inner.column())))
        .help("see docs/formats.md for reviews.json; `carecert review FILE --write` writes it")
    })
}

/// `existing` with the decisions of `report` merged in, by key. A pending
/// change without a comment leaves what is recorded; any other replaces it,
/// keeping the answer only when the decision and comments are unchanged.
pub fn merge(existing: Option<ReviewsFile>, report: &Report) -> ReviewsFile {
    let mut file = existing.unwrap_or_else(|| ReviewsFile {
        schema: None,
        edition: report.edition.clone(),
        base: report.base.clone(),
        reviews: Vec::new(),
    });
    file.base = report.base.clone();
    for c in &report.changes {
        if c.decision == Decision::Pending && c.comments.is_empty() {
            continue;
        }
        let mut entry = ReviewEntry {
            key: c.key.clone(),
            code: c.code.clone(),
            decision: c.decision,
            comments: c.comments.clone(),
            from: report.file.clone(),
            stale: c.stale,
            answer: None,
        };
        match file.reviews.iter_mut().find(|e| e.key == c.key) {
            Some(old) => {
                if old.decision == entry.decision && old.comments == entry.comments {
                    entry.answer = old.answer.take();
                }
                *old = entry;
            }
            None => file.reviews.push(entry),
        }
    }
    file
}

/// The file as written: pretty JSON with a final new line.
pub fn to_bytes(file: &ReviewsFile) -> Vec<u8> {
    let mut s = serde_json::to_string_pretty(file).unwrap_or_default();
    s.push('\n');
    s.into_bytes()
}
