//! Reading a reviewer's decisions back.
//!
//! A partner reviews a diff in whichever file suits them: the Word redline
//! (accepting and rejecting tracked changes, adding comments), the HTML page
//! (whose buttons save a small decisions file) or the spreadsheet. Each names
//! every change by its [key](crate::diff::Change::key), and says which edition,
//! base and diff it was written from, so [`report`] can line the decisions up
//! with the diff of the edition as it is now: a file of another edition or base
//! is refused, and a decision on a change the edition no longer has is reported
//! stale, never dropped. [`record`] keeps the decisions beside the edition, for
//! `check` to list what the team has still to answer.

pub mod decisions;
pub mod docx;
pub mod record;
pub mod report;
pub mod xlsx;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Custom document properties of a redline, and rows of a spreadsheet's About
/// sheet: what the file was written from.
pub const PROP_EDITION: &str = "carecert-edition";
pub const PROP_BASE: &str = "carecert-base";
pub const PROP_LOCALE: &str = "carecert-locale";
pub const PROP_FINGERPRINT: &str = "carecert-fingerprint";

/// What a reviewer said about one change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Decision {
    /// The change is agreed.
    Accepted,
    /// The change should not be made.
    Rejected,
    /// The reviewer has a question about it.
    Query,
    /// No decision yet.
    Pending,
}

impl Decision {
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Accepted => "accepted",
            Decision::Rejected => "rejected",
            Decision::Query => "query",
            Decision::Pending => "pending",
        }
    }

    /// A decision as a reviewer may write it in a spreadsheet or decisions file
    /// (`accepted`, `agree`, `rejected`, `query`, …; any case).
    pub fn parse(s: &str) -> Option<Decision> {
        Some(match s.trim().to_lowercase().as_str() {
            "accepted" | "accept" | "agree" | "agreed" => Decision::Accepted,
            "rejected" | "reject" => Decision::Rejected,
            "query" | "queried" | "question" => Decision::Query,
            "" | "pending" => Decision::Pending,
            _ => return None,
        })
    }

    /// Whether the adaptation team owes the reviewer an answer.
    pub fn is_open(self) -> bool {
        matches!(self, Decision::Rejected | Decision::Query)
    }
}

/// A reviewer's comment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Remark {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    pub text: String,
}

/// Which diff a returned file was written from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Identity {
    pub edition: String,
    pub base: String,
    pub locale: Option<String>,
    pub fingerprint: Option<String>,
}

/// One change's decision as a returned file gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Returned {
    pub key: String,
    pub decision: Decision,
    pub comments: Vec<Remark>,
    /// Why the decision is what it is when the file alone does not say
    /// (a tracked change edited by hand, a change Word cannot accept).
    pub note: Option<String>,
}

/// Everything a returned file says.
#[derive(Debug, Clone, Default)]
pub struct Answer {
    /// `docx`, `html` (a decisions file saved from the page) or `xlsx`.
    pub format: &'static str,
    pub identity: Identity,
    pub decisions: Vec<Returned>,
    /// Comments on no change in particular.
    pub general: Vec<Remark>,
}

/// The kind of returned file, by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Docx,
    Xlsx,
    Decisions,
}

impl FileKind {
    pub fn of(path: &std::path::Path) -> Option<FileKind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "docx" => FileKind::Docx,
            "xlsx" => FileKind::Xlsx,
            "json" => FileKind::Decisions,
            _ => return None,
        })
    }
}

/// Text compared as a reader sees it: runs of white space as one space, trimmed.
pub(crate) fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
