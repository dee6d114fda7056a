//! `check`: counts and findings for a framework or an edition.
//!
//! Loading and resolving refuse anything structurally wrong (exit 2). Findings are
//! what a valid input can still get wrong and a reviewer should look at (exit 1):
//! drifted operations, England's terms still in another country's edition, terms
//! left to fill in, and, for a framework's own files, unused terms, gaps in the
//! numbering and the same text twice.

use crate::diag::{Code, Diagnostic};
use crate::edition::resolved::Resolved;
use crate::edition::{Drift, Resolution, Stack};
use crate::fingerprint::Fingerprint;
use crate::load::{JsonPath, Loaded};
use crate::model::Kind;
use crate::model::VerificationStatus;
use crate::text;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

mod edition;
mod reviews;
mod untranslated;

use edition::edition_findings;

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The id of what was checked: an edition, or the framework.
    pub id: String,
    pub framework: String,
    pub version: String,
    /// The chain of layers, base first.
    pub layers: Vec<String>,
    pub source: String,
    pub counts: Counts,
    pub verification: VerificationCounts,
    pub drift: Vec<Drift>,
    pub findings: Vec<Diagnostic>,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Counts {
    pub standards: usize,
    pub outcomes: usize,
    pub criteria: usize,
    pub knowledge: usize,
    pub performance: usize,
    pub terms: usize,
    pub references: usize,
}

/// How much of the structure was checked against the official documents.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct VerificationCounts {
    pub verified: usize,
    pub corrected: usize,
    pub uncertain: usize,
}

impl Report {
    pub fn is_clean(&self) -> bool {
        self.findings.is_empty()
    }
}

pub fn check(stack: &Stack, resolution: &Resolution) -> Report {
    let r = &resolution.resolved;
    let mut findings = resolution.warnings.clone();
    // An embedded framework was checked clean when the binary was built.
    if stack.editions.is_empty() && !stack.framework.checked_at_build {
        findings.extend(framework_findings(&stack.framework));
    } else {
        findings.extend(edition_findings(stack, r));
        findings.extend(reviews::open_reviews(stack));
    }
    let mut counts = Counts {
        standards: r.standards.len(),
        terms: r.terms.len(),
        ..Counts::default()
    };
    for s in &r.standards {
        counts.outcomes += s.outcomes.len();
        counts.references += s.references.len();
    }
    for c in r.criteria() {
        counts.criteria += 1;
        match c.kind {
            Kind::Knowledge => counts.knowledge += 1,
            Kind::Performance => counts.performance += 1,
        }
    }
    let mut verification = VerificationCounts::default();
    for v in stack
        .framework
        .framework
        .standards
        .iter()
        .flat_map(|s| &s.verification)
    {
        match v.status {
            VerificationStatus::Verified => verification.verified += 1,
            VerificationStatus::Corrected => verification.corrected += 1,
            VerificationStatus::Uncertain => verification.uncertain += 1,
        }
    }
    Report {
        id: r.id.clone(),
        framework: r.framework.id.clone(),
        version: r.framework.version.clone(),
        layers: r.layers.iter().map(|l| l.id.clone()).collect(),
        source: r.top().source.clone(),
        counts,
        verification,
        drift: resolution.drift.clone(),
        findings,
    }
}

/// Every term id used by the resolved text and references.
pub fn used_terms(r: &Resolved) -> HashSet<&str> {
    let mut used = HashSet::new();
    for s in &r.standards {
        used.extend(s.references.iter().map(|x| x.term.as_str()));
        used.extend(text::term_refs(&s.title));
        for o in &s.outcomes {
            used.extend(text::term_refs(&o.title));
            for c in &o.criteria {
                used.extend(text::term_refs(&c.text));
                for e in &c.examples {
                    used.extend(text::term_refs(e));
                }
                for v in &c.variants {
                    used.extend(text::term_refs(&v.text));
                }
            }
        }
    }
    used
}

/// Lints on a framework's own files.
fn framework_findings(loaded: &Loaded) -> Vec<Diagnostic> {
    let fw = &loaded.framework;
    let docs = &loaded.documents;
    let mut findings = Vec::new();
    let mut used: HashSet<&str> = HashSet::new();
    // Where each text was first seen; placed (a scan of its file) only when a
    // second copy turns up.
    let mut texts: HashMap<Fingerprint, (&crate::load::Document, JsonPath)> = HashMap::new();
    for (s, doc) in fw.standards.iter().zip(&docs.standards) {
        used.extend(s.references.iter().map(|r| r.term.as_str()));
        used.extend(text::term_refs(&s.title));
        for (oi, o) in s.outcomes.iter().enumerate() {
            let at = JsonPath::root().key("outcomes").index(oi);
            let expected = format!("{}.{}", s.code, oi + 1);
            if o.code != expected {
                findings.push(
                    doc.warning_at(
                        Code::CodeSequence,
                        &at.key("code"),
                        format!("outcome \"{}\" is in the place of \"{expected}\"", o.code),
                    )
                    .help(
                        "official numbering has no gaps; check for a missing or misplaced outcome",
                    ),
                );
            }
            used.extend(text::term_refs(&o.title));
            for (ci, c) in o.criteria.iter().enumerate() {
                let cat = at.key("criteria").index(ci);
                let letter = (b'a' + (ci % 26) as u8) as char;
                let expected = format!("{}{letter}", o.code);
                if c.code != expected {
                    findings.push(
                        doc.warning_at(Code::CodeSequence, &cat.key("code"), format!("criterion \"{}\" is in the place of \"{expected}\"", c.code))
                            .help("official numbering has no gaps; check for a missing or misplaced criterion"),
                    );
                }
                used.extend(text::term_refs(&c.text));
                for e in &c.examples {
                    used.extend(text::term_refs(e));
                }
                for v in &c.variants {
                    used.extend(text::term_refs(&v.text));
                }
                if let Some((first_doc, first_at)) =
                    texts.insert(Fingerprint::of(&c.text), (doc, cat.key("text")))
                {
                    let first = first_doc
                        .position(&first_at)
                        .map(|(l, col)| format!("{}:{l}:{col}", first_doc.shown))
                        .unwrap_or_else(|| first_doc.shown.clone());
                    findings.push(
                        doc.warning_at(
                            Code::DuplicateText,
                            &cat.key("text"),
                            format!(
                                "criterion {} has the same text as another criterion",
                                c.code
                            ),
                        )
                        .help(format!(
                            "the other is at {first}; reword one of them or remove the copy"
                        )),
                    );
                }
            }
        }
    }
    for (i, term) in fw.terms.iter().enumerate() {
        if !used.contains(term.id.as_str()) {
            findings.push(
                docs.terms
                    .warning_at(
                        Code::UnusedTerm,
                        &JsonPath::root().key("terms").index(i).key("id"),
                        format!("the term \"{}\" is defined but never used", term.id),
                    )
                    .help("refer to it from a text or a standard's references, or remove it"),
            );
        }
    }
    findings
}

/// A word-level rendering of a change: `[-removed-]{+added+}`.
pub fn word_diff(old: &str, new: &str) -> String {
    use similar::{ChangeTag, TextDiff};
    let diff = TextDiff::from_words(old, new);
    let mut out = String::new();
    for change in diff.iter_all_changes() {
        match change.tag() {
            ChangeTag::Equal => out.push_str(change.value()),
            ChangeTag::Delete => out.push_str(&format!("[-{}-]", change.value())),
            ChangeTag::Insert => out.push_str(&format!("{{+{}+}}", change.value())),
        }
    }
    out.replace("-][-", "").replace("+}{+", "")
}

/// The human summary printed by `carecert check`.
pub fn summary(report: &Report) -> String {
    let c = &report.counts;
    let v = &report.verification;
    let mut out = String::new();
    for d in &report.drift {
        out.push_str(&format!(
            "drift: {} operations[{}] ({}) on {} {}\n",
            d.layer, d.operation, d.op, d.code, d.target
        ));
        match &d.old_text {
            Some(old) => out.push_str(&format!("  base text changed: {}\n", word_diff(old, &d.current_text))),
            None => out.push_str(&format!(
                "  base text now: {}\n  (written against fingerprint {}; pass --base with the older base to see the old text)\n",
                d.current_text, d.recorded
            )),
        }
    }
    let what = if report.layers.len() > 1 {
        report.layers.join(" → ")
    } else {
        format!("version {}", report.version)
    };
    out.push_str(&format!(
        "{} ({}, from {}): {} standards, {} outcomes, {} criteria ({} knowledge, {} performance), {} terms, {} references\n",
        report.id,
        what,
        // A directory name may hold a newline or an escape sequence: shown escaped,
        // it cannot forge a line of the report or drive the terminal.
        crate::text::visible(&report.source),
        c.standards,
        c.outcomes,
        c.criteria,
        c.knowledge,
        c.performance,
        c.terms,
        c.references
    ));
    if v.verified + v.corrected + v.uncertain > 0 {
        out.push_str(&format!(
            "verification notes: {} verified, {} corrected, {} uncertain\n",
            v.verified, v.corrected, v.uncertain
        ));
    }
    match report.findings.len() {
        0 => out.push_str("no findings\n"),
        1 => out.push_str("1 finding\n"),
        n => out.push_str(&format!("{n} findings\n")),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_diff_marks_words() {
        assert_eq!(
            word_diff("call 999 now", "call 112 now"),
            "call [-999-]{+112+} now"
        );
    }
}
