//! A review's own words, in the reviewer's language: the kinds of change, what a
//! node is, and why it changed. Each comes from a label in `ui.ftl` (section
//! `## Review.`), so an Arabic reviewer reads Arabic around the Arabic texts.

use crate::diff::{Change, ChangeKind, Why};
use crate::l10n::labels::Labels;
use crate::model::{Kind, TermKind};

pub struct Say<'a> {
    pub labels: &'a Labels,
}

impl Say<'_> {
    pub fn label(&self, id: &str) -> String {
        self.labels.get(id, &[]).text
    }

    pub fn label_with(&self, id: &str, args: &[(&str, &str)]) -> String {
        self.labels.get_text(id, args).text
    }

    /// "3 added, 1 removed, 0 moved, 45 changed".
    pub fn summary(&self, diff: &crate::diff::Diff) -> String {
        let s = &diff.summary;
        self.labels
            .get(
                "label-changes-summary",
                &[
                    ("added", s.added as i64),
                    ("removed", s.removed as i64),
                    ("moved", s.moved as i64),
                    ("changed", s.changed as i64),
                ],
            )
            .text
    }

    /// The locale the words are in.
    pub fn locale(&self) -> &str {
        self.labels.locale()
    }

    /// "Text changed", "Added", …
    pub fn kind(&self, k: ChangeKind) -> String {
        self.label(match k {
            ChangeKind::Added => "label-change-added",
            ChangeKind::Removed => "label-change-removed",
            ChangeKind::Moved => "label-change-moved",
            ChangeKind::Retitled => "label-change-retitled",
            ChangeKind::TextChanged => "label-change-text",
            ChangeKind::KindChanged => "label-change-kind",
            ChangeKind::ExamplesChanged => "label-change-examples",
            ChangeKind::Renumbered => "label-change-renumbered",
            ChangeKind::TermChanged => "label-change-term",
        })
    }

    /// "standard", "outcome", "criterion", "term".
    pub fn level(&self, level: &str) -> String {
        self.label(match level {
            "standard" => "review-level-standard",
            "outcome" => "review-level-outcome",
            "criterion" => "review-level-criterion",
            _ => "review-level-term",
        })
    }

    pub fn criterion_kind(&self, k: Option<Kind>) -> String {
        match k {
            Some(Kind::Knowledge) => self.label("label-knowledge"),
            Some(Kind::Performance) => self.label("label-performance"),
            None => "?".into(),
        }
    }

    pub fn term_kind(&self, k: TermKind) -> String {
        self.label(match k {
            TermKind::Law => "label-term-law",
            TermKind::Regulator => "label-term-regulator",
            TermKind::Body => "label-term-body",
            TermKind::Service => "label-term-service",
            TermKind::EmergencyNumber => "label-term-emergency-number",
            TermKind::Code => "label-term-code",
            TermKind::Guidance => "label-term-guidance",
            TermKind::Qualification => "label-term-qualification",
            TermKind::Word => "label-term-word",
        })
    }

    /// What a change is about, as people name it: `criterion 1.2a`, or for a
    /// term the kind of thing it names (`Emergency number`), never its id.
    pub fn subject(&self, c: &Change) -> String {
        match c.term_kind {
            Some(k) => self.term_kind(k),
            None => format!("{} {}", self.level(c.level), super::code(c)),
        }
    }

    /// The heading of a standard's changes ("Standard 1: Understand your role"),
    /// or of the terms.
    pub fn heading(&self, standard: &str) -> String {
        if standard.is_empty() {
            return self.label("review-terms");
        }
        let (code, title) = standard.split_once(' ').unwrap_or((standard, ""));
        self.label_with("label-standard-title", &[("code", code), ("title", title)])
    }

    /// "from 9 Mental health … to 5 Work in a person centred way".
    pub fn moved(&self, c: &Change) -> String {
        let name = |n: &Option<crate::diff::NodeRef>, fallback: &Option<String>| match n {
            Some(n) => format!("{} {}", n.code, n.title),
            None => fallback.clone().unwrap_or_else(|| "?".into()),
        };
        self.label_with(
            "review-moved-from-to",
            &[
                ("from", &name(&c.from_node, &c.from)),
                ("to", &name(&c.to_node, &c.to)),
            ],
        )
    }

    /// The change's reasons, one line each, in people's words.
    pub fn why(&self, c: &Change) -> Vec<String> {
        self.why_written(c).into_iter().map(|(w, _)| w).collect()
    }

    /// [`Say::why`], each line with whether people wrote it (a rationale, a
    /// term's note: in the language they wrote it in) or it is the review's own
    /// words (in the reviewer's language).
    pub fn why_written(&self, c: &Change) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        for w in &c.why {
            match w {
                Why::Operation {
                    rationale: Some(r), ..
                } => out.push((r.clone(), true)),
                Why::Operation {
                    edition,
                    operation,
                    op,
                    rationale: None,
                } => out.push((
                    self.label_with(
                        "review-by-operation",
                        &[
                            ("edition", edition),
                            ("number", &(operation + 1).to_string()),
                            ("op", op),
                        ],
                    ),
                    false,
                )),
                Why::Term { note, source, .. } => {
                    out.push((note.clone(), true));
                    if let Some(s) = source {
                        out.push((self.label_with("review-source", &[("source", s)]), false));
                    }
                }
                Why::CausedByTerm { old, new, .. } => out.push((
                    self.label_with("review-because-term", &[("old", old), ("new", new)]),
                    false,
                )),
                Why::CausedByNode { change, code, .. } => {
                    let id = match change {
                        ChangeKind::Removed => "review-because-removed",
                        ChangeKind::Added => "review-because-added",
                        ChangeKind::Moved => "review-because-moved",
                        _ => "review-because-renumbered",
                    };
                    out.push((self.label_with(id, &[("code", code)]), false));
                }
            }
        }
        out
    }
}
