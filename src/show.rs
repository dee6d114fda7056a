//! A resolved framework or edition as people and scripts read it: text with terms
//! substituted, each node with its provenance.
//!
//! [`View`] is the JSON contract of `carecert show --format json` that later stages
//! and external scripts rely on; the text tree is drawn from the same value, so the
//! two can never disagree.

use crate::edition::resolved::{Layer, Provenance, Resolved};
use crate::fingerprint::Fingerprint;
use crate::lookup::NodeRef;
use crate::model::{Kind, Notice, Sector, TermKind};
use crate::text;
use serde::Serialize;
use std::collections::HashMap;
use std::fmt::Write as _;

#[derive(Debug, Clone, Serialize)]
pub struct View {
    pub framework: FrameworkInfo,
    /// Present when an edition (rather than a bare framework) is shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edition: Option<EditionInfo>,
    pub standards: Vec<StandardView>,
    /// Set when a single node was asked for; `standards` then holds only its branch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selected: Option<Selected>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Selected {
    pub level: &'static str,
    pub id: String,
    pub code: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct FrameworkInfo {
    pub id: String,
    pub version: String,
    pub title: String,
    pub source_locale: String,
    pub jurisdiction: String,
    pub publisher: String,
    pub notices: Vec<Notice>,
    pub terms: Vec<TermView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EditionInfo {
    pub id: String,
    pub name: String,
    pub countries: Vec<String>,
    pub locales: Vec<String>,
    /// Base first, this edition last.
    pub layers: Vec<Layer>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TermView {
    pub id: String,
    pub kind: TermKind,
    pub jurisdiction: Option<String>,
    pub value: String,
    pub note: String,
    /// The layer that set the value.
    pub layer: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct StandardView {
    pub id: String,
    pub code: String,
    pub title: String,
    pub references: Vec<ReferenceView>,
    pub outcomes: Vec<OutcomeView>,
    /// Fingerprint of the source title.
    pub fingerprint: Fingerprint,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReferenceView {
    pub term: String,
    pub text: String,
    pub note: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct OutcomeView {
    pub id: String,
    pub code: String,
    pub title: String,
    pub criteria: Vec<CriterionView>,
    /// Fingerprint of the source title.
    pub fingerprint: Fingerprint,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Serialize)]
pub struct CriterionView {
    pub id: String,
    pub code: String,
    pub kind: Kind,
    pub text: String,
    pub examples: Vec<String>,
    /// Fingerprint of the source text (before term substitution).
    pub fingerprint: Fingerprint,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub simulation_allowed: bool,
    /// The official wording is not available yet; the text says so.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub pending: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<VariantView>,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Serialize)]
pub struct VariantView {
    pub sector: Sector,
    pub kind: Kind,
    pub text: String,
}

/// Builds the view of the whole edition, or of one node's branch.
pub fn view(r: &Resolved, select: Option<NodeRef>) -> View {
    let values: HashMap<&str, &str> = r
        .terms
        .iter()
        .map(|t| (t.id.as_str(), t.value.as_str()))
        .collect();
    let render = |s: &str| text::render(s, |id| values.get(id).copied());
    let f = &r.framework;
    let framework = FrameworkInfo {
        id: f.id.clone(),
        version: f.version.clone(),
        title: f.title.clone(),
        source_locale: r.source_locale.clone(),
        jurisdiction: f.jurisdiction.clone(),
        publisher: f.publisher.clone(),
        notices: r.notices.clone(),
        terms: r
            .terms
            .iter()
            .map(|t| TermView {
                id: t.id.clone(),
                kind: t.kind,
                jurisdiction: t.jurisdiction.clone(),
                value: t.value.clone(),
                note: t.note.clone(),
                layer: t.layer.clone(),
            })
            .collect(),
    };
    let edition = (r.layers.len() > 1).then(|| EditionInfo {
        id: r.id.clone(),
        name: r.name.clone(),
        countries: r.countries.clone(),
        locales: r.locales.clone(),
        layers: r.layers.clone(),
    });
    let (only_s, only_o, only_c) = match select {
        None => (None, None, None),
        Some(NodeRef::Standard(s)) => (Some(s), None, None),
        Some(NodeRef::Outcome(s, o)) => (Some(s), Some(o), None),
        Some(NodeRef::Criterion(s, o, c)) => (Some(s), Some(o), Some(c)),
    };
    let keep = |only: Option<usize>, i: usize| only.is_none_or(|n| n == i);
    let standards = r
        .standards
        .iter()
        .enumerate()
        .filter(|(si, _)| keep(only_s, *si))
        .map(|(_, s)| StandardView {
            id: s.id.clone(),
            code: s.code.clone(),
            title: render(&s.title),
            references: s
                .references
                .iter()
                .map(|reference| ReferenceView {
                    term: reference.term.clone(),
                    text: values
                        .get(reference.term.as_str())
                        .unwrap_or(&"")
                        .to_string(),
                    note: render(&reference.note),
                })
                .collect(),
            fingerprint: s.fingerprint(),
            provenance: s.provenance.clone(),
            outcomes: s
                .outcomes
                .iter()
                .enumerate()
                .filter(|(oi, _)| keep(only_o, *oi))
                .map(|(_, o)| OutcomeView {
                    id: o.id.clone(),
                    code: o.code.clone(),
                    title: render(&o.title),
                    fingerprint: o.fingerprint(),
                    provenance: o.provenance.clone(),
                    criteria: o
                        .criteria
                        .iter()
                        .enumerate()
                        .filter(|(ci, _)| keep(only_c, *ci))
                        .map(|(_, c)| CriterionView {
                            id: c.id.clone(),
                            code: c.code.clone(),
                            kind: c.kind,
                            text: render(&c.text),
                            examples: c.examples.iter().map(|e| render(e)).collect(),
                            fingerprint: Fingerprint::of(&c.text),
                            simulation_allowed: c.simulation_allowed,
                            pending: c.pending,
                            variants: c
                                .variants
                                .iter()
                                .map(|v| VariantView {
                                    sector: v.sector,
                                    kind: v.kind,
                                    text: render(&v.text),
                                })
                                .collect(),
                            provenance: c.provenance.clone(),
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();
    let selected = select.map(|at| {
        let node = r.node(at);
        Selected {
            level: node.level(),
            id: node.id().to_string(),
            code: node.code().to_string(),
        }
    });
    View {
        framework,
        edition,
        standards,
        selected,
    }
}

fn kind_letter(kind: Kind) -> &'static str {
    match kind {
        Kind::Knowledge => "K",
        Kind::Performance => "P",
    }
}

/// The indented tree printed by `carecert show`.
pub fn tree(view: &View) -> String {
    let mut out = String::new();
    let f = &view.framework;
    match &view.edition {
        None => {
            let _ = writeln!(
                out,
                "{} ({}, version {}, {})",
                f.title, f.id, f.version, f.source_locale
            );
        }
        Some(e) => {
            let chain: Vec<&str> = e.layers.iter().map(|l| l.id.as_str()).collect();
            let _ = writeln!(
                out,
                "{} ({}; {}; locales {})",
                e.name,
                e.id,
                chain.join(" → "),
                e.locales.join(", ")
            );
        }
    }
    // Nodes an edition changed are marked with the layer and operation, so a reader
    // can find the rationale in the edition file.
    let mark = |p: &Provenance| match p.operation {
        Some(i) if view.edition.is_some() => format!("  <{} #{i} {}>", p.layer, p.op.unwrap_or("")),
        _ => String::new(),
    };
    let whole = view.selected.is_none();
    for s in &view.standards {
        let _ = writeln!(
            out,
            "\nStandard {}: {}  [{}]{}",
            s.code,
            s.title,
            s.id,
            mark(&s.provenance)
        );
        if (whole
            || view
                .selected
                .as_ref()
                .is_some_and(|n| n.level == "standard"))
            && !s.references.is_empty()
        {
            // Several terms may print one name (one law for three English acts).
            let mut names: Vec<&str> = Vec::new();
            for r in &s.references {
                if !names.contains(&r.text.as_str()) {
                    names.push(&r.text);
                }
            }
            let _ = writeln!(out, "  must know: {}", names.join("; "));
        }
        for o in &s.outcomes {
            let _ = writeln!(
                out,
                "  {} {}  [{}]{}",
                o.code,
                o.title,
                o.id,
                mark(&o.provenance)
            );
            for c in &o.criteria {
                let mut flags = String::new();
                if c.simulation_allowed {
                    flags.push_str("  (simulation allowed)");
                }
                if c.pending {
                    flags.push_str("  (pending official text)");
                }
                let _ = writeln!(
                    out,
                    "    {} [{}] {}{}  [{}]{}",
                    c.code,
                    kind_letter(c.kind),
                    c.text,
                    flags,
                    c.id,
                    mark(&c.provenance)
                );
                for v in &c.variants {
                    let _ = writeln!(
                        out,
                        "          {} [{}]: {}",
                        v.sector.as_str(),
                        kind_letter(v.kind),
                        v.text
                    );
                }
                for e in &c.examples {
                    let _ = writeln!(out, "          - {e}");
                }
            }
        }
    }
    out.push_str("\n[K] knowledge  [P] performance (observed at work)\n");
    // An edition operation on this node records this, so it is shown where an
    // author looks for the node.
    if let Some(sel) = &view.selected
        && let Some(fp) = fingerprint_of(view, &sel.id)
    {
        let _ = writeln!(
            out,
            "fingerprint of {} ({}): {fp}  (for an operation that changes it)",
            sel.code, sel.id
        );
    }
    out
}

fn fingerprint_of<'a>(view: &'a View, id: &str) -> Option<&'a str> {
    view.standards.iter().find_map(|s| {
        if s.id == id {
            return Some(s.fingerprint.as_str());
        }
        s.outcomes.iter().find_map(|o| {
            if o.id == id {
                return Some(o.fingerprint.as_str());
            }
            o.criteria
                .iter()
                .find(|c| c.id == id)
                .map(|c| c.fingerprint.as_str())
        })
    })
}
