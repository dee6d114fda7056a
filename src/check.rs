//! `check`: counts and findings for a loaded framework.
//!
//! Loading already refuses anything structurally wrong (exit 2). Findings are what a
//! valid framework can still get wrong and a reviewer should look at (exit 1): terms
//! nobody uses, gaps in the numbering, the same text twice.

use crate::diag::Diagnostic;
use crate::fingerprint::Fingerprint;
use crate::load::{JsonPath, Loaded};
use crate::model::{Kind, VerificationStatus};
use crate::text;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub framework: String,
    pub version: String,
    pub source: String,
    pub counts: Counts,
    pub verification: VerificationCounts,
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

pub fn check(loaded: &Loaded) -> Report {
    let fw = &loaded.framework;
    let docs = &loaded.documents;
    let mut counts = Counts {
        standards: fw.standards.len(),
        terms: fw.terms.len(),
        ..Counts::default()
    };
    let mut verification = VerificationCounts::default();
    let mut findings = Vec::new();
    let mut used: HashSet<&str> = HashSet::new();
    let mut texts: HashMap<Fingerprint, String> = HashMap::new();

    for (s, doc) in fw.standards.iter().zip(&docs.standards) {
        counts.outcomes += s.outcomes.len();
        counts.references += s.references.len();
        used.extend(s.references.iter().map(|r| r.term.as_str()));
        used.extend(text::term_refs(&s.title));
        for v in &s.verification {
            match v.status {
                VerificationStatus::Verified => verification.verified += 1,
                VerificationStatus::Corrected => verification.corrected += 1,
                VerificationStatus::Uncertain => verification.uncertain += 1,
            }
        }
        for (oi, o) in s.outcomes.iter().enumerate() {
            let at = JsonPath::root().key("outcomes").index(oi);
            let expected = format!("{}.{}", s.code, oi + 1);
            if o.code != expected {
                findings.push(
                    doc.warning_at(
                        "code-sequence",
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
                counts.criteria += 1;
                match c.kind {
                    Kind::Knowledge => counts.knowledge += 1,
                    Kind::Performance => counts.performance += 1,
                }
                let letter = (b'a' + (ci % 26) as u8) as char;
                let expected = format!("{}{letter}", o.code);
                if c.code != expected {
                    findings.push(
                        doc.warning_at("code-sequence", &cat.key("code"), format!("criterion \"{}\" is in the place of \"{expected}\"", c.code))
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
                let place = doc
                    .position(&cat.key("text"))
                    .map(|(l, col)| format!("{}:{l}:{col}", doc.shown))
                    .unwrap_or_else(|| doc.shown.clone());
                if let Some(first) = texts.insert(Fingerprint::of(&c.text), place) {
                    findings.push(
                        doc.warning_at(
                            "duplicate-text",
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
                        "unused-term",
                        &JsonPath::root().key("terms").index(i).key("id"),
                        format!("the term \"{}\" is defined but never used", term.id),
                    )
                    .help("refer to it from a text or a standard's references, or remove it"),
            );
        }
    }
    Report {
        framework: fw.manifest.id.clone(),
        version: fw.manifest.version.clone(),
        source: fw.origin.clone(),
        counts,
        verification,
        findings,
    }
}

/// The human summary printed by `carecert check`.
pub fn summary(report: &Report) -> String {
    let c = &report.counts;
    let v = &report.verification;
    let mut out = format!(
        "{} (version {}, from {}): {} standards, {} outcomes, {} criteria ({} knowledge, {} performance), {} terms, {} references\n",
        report.framework,
        report.version,
        report.source,
        c.standards,
        c.outcomes,
        c.criteria,
        c.knowledge,
        c.performance,
        c.terms,
        c.references
    );
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
