//! The decisions file the HTML review page saves: the page's identity, and for
//! each change the reviewer touched its key, decision and comment.

use super::{Answer, Decision, Identity, Remark, Returned};
use crate::diag::{Code, Diagnostic};
use serde::{Deserialize, Serialize};

/// What the `format` field of a decisions file holds.
pub const FORMAT: &str = "carecert review decisions 1";

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionsFile {
    pub format: String,
    pub edition: String,
    pub base: String,
    #[serde(default)]
    pub locale: Option<String>,
    #[serde(default)]
    pub fingerprint: Option<String>,
    /// Who reviewed, as they typed it on the page.
    #[serde(default)]
    pub reviewer: Option<String>,
    pub decisions: Vec<DecisionEntry>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionEntry {
    pub key: String,
    pub decision: String,
    #[serde(default)]
    pub comment: Option<String>,
}

/// Reads a decisions file; every bad entry is reported at once, by JSON path.
pub fn read(shown: &str, bytes: &[u8]) -> Result<Answer, Vec<Diagnostic>> {
    let bad = |message: String, help: &str| {
        Diagnostic::error(Code::BadReviewFile, message)
            .file(shown)
            .help(help)
    };
    let text = std::str::from_utf8(bytes).map_err(|_| {
        vec![bad(
            "the decisions file is not UTF-8 text".into(),
            "give the .json file the review page saved, unchanged",
        )]
    })?;
    let de = &mut serde_json::Deserializer::from_str(text);
    let file: DecisionsFile = serde_path_to_error::deserialize(de).map_err(|e| {
        let inner = e.inner();
        vec![bad(
            format!(
                "{} at line {}, column {} (JSON path {}): not a decisions file the review page saves",
                inner,
                inner.line(),
                inner.column(),
                e.path()
            ),
            "give the .json file the review page's \"save decisions\" button saved, unchanged",
        )]
    })?;
    let mut errors = Vec::new();
    if file.format != FORMAT {
        errors.push(bad(
            format!("$.format is \"{}\", expected \"{FORMAT}\"", file.format),
            "give the .json file the review page saved",
        ));
    }
    let mut decisions = Vec::new();
    for (i, d) in file.decisions.iter().enumerate() {
        let Some(decision) = Decision::parse(&d.decision) else {
            errors.push(bad(
                format!(
                    "$.decisions[{i}].decision is \"{}\", expected accepted, rejected, query or pending",
                    d.decision
                ),
                "write one of accepted, rejected, query or pending",
            ));
            continue;
        };
        let comments = d
            .comment
            .iter()
            .filter(|c| !c.trim().is_empty())
            .map(|c| Remark {
                author: file.reviewer.clone().filter(|r| !r.trim().is_empty()),
                text: c.trim().to_string(),
            })
            .collect();
        decisions.push(Returned {
            key: d.key.clone(),
            decision,
            comments,
            note: None,
        });
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Answer {
        format: "html",
        identity: Identity {
            edition: file.edition,
            base: file.base,
            locale: file.locale,
            fingerprint: file.fingerprint,
        },
        decisions,
        general: Vec::new(),
    })
}
