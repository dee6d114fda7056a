//! The resolved edition: the base with every layer's operations applied, where each
//! node remembers which layer last changed it and why.
//!
//! This is what every later stage reads (show, check, localise, render, diff). A
//! framework on its own resolves to the same shape with every node's provenance
//! pointing at the framework, so nothing downstream needs to know the difference.

use crate::fingerprint::Fingerprint;
use crate::model::{Fonts, Framework, Kind, Notice, Reference, TermKind, Variant};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Clone, Serialize)]
pub struct Resolved {
    /// The top layer's id (the framework's, or the edition's).
    pub id: String,
    pub name: String,
    /// The framework at the bottom of the stack.
    pub framework: FrameworkRef,
    pub source_locale: String,
    /// Countries the top layer is for: the framework's jurisdiction country, an
    /// edition's country, or a regional edition's countries.
    pub countries: Vec<String>,
    pub locales: Vec<String>,
    pub notices: Vec<Notice>,
    /// For each of `notices`, the layer that gave it and its index in that
    /// layer's own list: the notice's translation is that layer's `.notice-N`.
    #[serde(skip)]
    pub notice_from: Vec<(usize, usize)>,
    /// Who the top edition names as the author of its changes (for redlines).
    pub author: Option<String>,
    /// Document fonts named by the topmost layer that names any.
    pub fonts: Option<Fonts>,
    /// Issuer, logo and number pattern for the certificate.
    #[serde(skip)]
    pub certificate: CertificateFields,
    /// Base first, top layer last.
    pub layers: Vec<Layer>,
    pub terms: Vec<ResolvedTerm>,
    /// Jurisdiction-bound terms a layer chose to keep, with its reason.
    pub kept: Vec<KeptTermRef>,
    pub standards: Vec<ResolvedStandard>,
    /// Nodes an edition removed, with the operation that did it (for diffs).
    pub removed: Vec<Removal>,
    /// The framework's own display codes (code → id). Editions address the codes
    /// of their base; when an edition below renumbered, these explain where a
    /// framework code went.
    #[serde(skip)]
    pub framework_codes: HashMap<String, String>,
    /// Every id an edition removed, the contents of removed nodes too, with the
    /// edition and operation: why an edition higher up cannot find it.
    #[serde(skip)]
    pub removed_by: HashMap<String, (String, usize)>,
}

/// What the certificate prints besides the edition's content, each from the
/// topmost layer that sets it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CertificateFields {
    pub issuer: Option<super::certificate::Issuer>,
    pub logo: Option<super::certificate::Logo>,
    /// The certificate number pattern, checked.
    pub number: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Removal {
    pub id: String,
    /// Its display code and English text (title or criterion text) when it was
    /// removed, so a pack can name what went, not only its id.
    #[serde(skip)]
    pub code: String,
    #[serde(skip)]
    pub text: String,
    /// The node's history before the removal: which layer wrote its text.
    #[serde(skip)]
    pub history: Vec<Provenance>,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Serialize)]
pub struct FrameworkRef {
    pub id: String,
    pub version: String,
    pub title: String,
    pub publisher: String,
    pub jurisdiction: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LayerKind {
    Framework,
    Edition,
}

#[derive(Debug, Clone, Serialize)]
pub struct Layer {
    pub id: String,
    pub kind: LayerKind,
    /// Where it was loaded from, as the user would name it.
    pub source: String,
    /// Fingerprint over the layer's file texts, for manifests and caches.
    pub fingerprint: Fingerprint,
    /// The framework's title or the edition's name (its `framework` or
    /// `edition` message translates it).
    #[serde(skip)]
    pub name: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ResolvedTerm {
    pub id: String,
    pub kind: TermKind,
    pub jurisdiction: Option<String>,
    pub value: String,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub values: BTreeMap<String, String>,
    pub note: String,
    /// What the term is, for a learner (the glossary's description).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub definition: Option<String>,
    /// The definition per locale (an edition's `definitions`).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub definitions: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The layer that set this value.
    pub layer: String,
    /// The framework's own value and jurisdiction, when a layer replaced it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base: Option<BaseTerm>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BaseTerm {
    pub value: String,
    pub jurisdiction: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct KeptTermRef {
    pub term: String,
    pub rationale: String,
    pub layer: String,
}

/// Who last set a node, and why.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Provenance {
    pub layer: String,
    /// Index of the operation in that layer's `operations`, if an operation did it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub op: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    /// For an operation that rewrote part of a node, the fingerprint of the
    /// node's whole translatable message just before it: what a translation made
    /// at a lower layer recorded, so a part this operation left alone can keep
    /// that translation (see `l10n::messages`).
    #[serde(skip)]
    pub before: Option<Fingerprint>,
    /// In a localised edition, the locale of a translated rationale (`None`:
    /// the rationale is in the source language, as written).
    #[serde(skip)]
    pub rationale_lang: Option<String>,
}

impl Provenance {
    pub fn base(layer: &str) -> Provenance {
        Provenance {
            layer: layer.to_string(),
            operation: None,
            op: None,
            rationale: None,
            before: None,
            rationale_lang: None,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ResolvedStandard {
    /// Every operation that changed the node, in order (the last is `provenance`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Provenance>,
    pub id: String,
    pub code: String,
    pub title: String,
    pub references: Vec<Reference>,
    pub outcomes: Vec<ResolvedOutcome>,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Serialize)]
pub struct ResolvedOutcome {
    /// Every operation that changed the node, in order (the last is `provenance`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Provenance>,
    pub id: String,
    pub code: String,
    pub title: String,
    pub criteria: Vec<ResolvedCriterion>,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Serialize)]
pub struct ResolvedCriterion {
    /// Every operation that changed the node, in order (the last is `provenance`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Provenance>,
    pub id: String,
    pub code: String,
    pub kind: Kind,
    pub text: String,
    pub examples: Vec<String>,
    pub simulation_allowed: bool,
    pub pending: bool,
    pub variants: Vec<Variant>,
    pub provenance: Provenance,
}

impl ResolvedStandard {
    pub fn fingerprint(&self) -> Fingerprint {
        Fingerprint::of(&self.title)
    }
}

impl ResolvedOutcome {
    pub fn fingerprint(&self) -> Fingerprint {
        Fingerprint::of(&self.title)
    }
}

impl ResolvedCriterion {
    pub fn fingerprint(&self) -> Fingerprint {
        Fingerprint::of(&self.text)
    }
}

impl Resolved {
    /// A framework on its own: every node's provenance is the framework.
    pub fn from_framework(fw: &Framework, fingerprint: Fingerprint) -> Resolved {
        let m = &fw.manifest;
        let here = || Provenance::base(&m.id);
        let country = m
            .jurisdiction
            .split('-')
            .next()
            .unwrap_or_default()
            .to_string();
        Resolved {
            id: m.id.clone(),
            name: m.title.clone(),
            framework: FrameworkRef {
                id: m.id.clone(),
                version: m.version.clone(),
                title: m.title.clone(),
                publisher: m.publisher.clone(),
                jurisdiction: m.jurisdiction.clone(),
            },
            source_locale: m.source_locale.clone(),
            countries: vec![country],
            locales: vec![m.source_locale.clone()],
            notices: m.notices.clone(),
            notice_from: (0..m.notices.len()).map(|i| (0, i)).collect(),
            author: None,
            fonts: None,
            certificate: CertificateFields::default(),
            layers: vec![Layer {
                id: m.id.clone(),
                kind: LayerKind::Framework,
                source: fw.origin.clone(),
                fingerprint,
                name: m.title.clone(),
            }],
            terms: fw
                .terms
                .iter()
                .map(|t| ResolvedTerm {
                    id: t.id.clone(),
                    kind: t.kind,
                    jurisdiction: t.jurisdiction.clone(),
                    value: t.value.clone(),
                    values: BTreeMap::new(),
                    note: t.note.clone(),
                    definition: t.definition.clone(),
                    definitions: BTreeMap::new(),
                    source: None,
                    layer: m.id.clone(),
                    base: None,
                })
                .collect(),
            kept: Vec::new(),
            removed: Vec::new(),
            framework_codes: HashMap::new(),
            removed_by: HashMap::new(),
            standards: fw
                .standards
                .iter()
                .map(|s| ResolvedStandard {
                    id: s.id.clone(),
                    code: s.code.clone(),
                    title: s.title.clone(),
                    references: s.references.clone(),
                    provenance: here(),
                    history: Vec::new(),
                    outcomes: s
                        .outcomes
                        .iter()
                        .map(|o| ResolvedOutcome {
                            id: o.id.clone(),
                            code: o.code.clone(),
                            title: o.title.clone(),
                            provenance: here(),
                            history: Vec::new(),
                            criteria: o
                                .criteria
                                .iter()
                                .map(|c| ResolvedCriterion {
                                    id: c.id.clone(),
                                    code: c.code.clone(),
                                    kind: c.kind,
                                    text: c.text.clone(),
                                    examples: c.examples.clone(),
                                    simulation_allowed: c.simulation_allowed,
                                    pending: c.pending,
                                    variants: c.variants.clone(),
                                    provenance: here(),
                                    history: Vec::new(),
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    pub fn term(&self, id: &str) -> Option<&ResolvedTerm> {
        self.terms.iter().find(|t| t.id == id)
    }

    pub fn criteria(&self) -> impl Iterator<Item = &ResolvedCriterion> {
        self.standards
            .iter()
            .flat_map(|s| s.outcomes.iter())
            .flat_map(|o| o.criteria.iter())
    }

    /// The top layer (the edition being looked at, or the framework).
    pub fn top(&self) -> &Layer {
        self.layers
            .last()
            .expect("a resolved edition has at least its framework")
    }
}

/// Every display code of a framework, with the id it names. Kept only under
/// editions stacked on other editions, where it can explain a renumbered code.
pub(crate) fn framework_codes(fw: &Framework) -> HashMap<String, String> {
    let mut codes = HashMap::new();
    for s in &fw.standards {
        codes.insert(s.code.to_ascii_lowercase(), s.id.clone());
        for o in &s.outcomes {
            codes.insert(o.code.to_ascii_lowercase(), o.id.clone());
            for c in &o.criteria {
                codes.insert(c.code.to_ascii_lowercase(), c.id.clone());
            }
        }
    }
    codes
}
