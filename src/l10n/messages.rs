//! The messages a resolved edition asks translators for: one per standard,
//! outcome and criterion, with its parts (examples, sector variants, notes on
//! references) as attributes, and the fingerprint a translation records.

use super::{Part, part_layer, text_layer};
use crate::edition::resolved::{
    Provenance, Resolved, ResolvedCriterion, ResolvedOutcome, ResolvedStandard,
};
use crate::fingerprint::Fingerprint;
use crate::text;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// A message the source defines: a node's text with its parts as attributes.
#[derive(Debug, Clone, Serialize)]
pub struct SourceMessage {
    pub id: String,
    /// Index of the layer that last set it (0 = the framework).
    pub layer: usize,
    pub layer_id: String,
    pub value: String,
    pub attributes: Vec<(String, String)>,
    pub fingerprint: Fingerprint,
    /// The layer that last wrote each part, in [`SourceMessage::parts`] order:
    /// a lower layer's translation of a part is used only from that layer up.
    #[serde(skip)]
    pub part_layers: Vec<usize>,
    /// For each operation that rewrote a part, its layer and the message's
    /// fingerprint just before it, in order: what a translation made at a lower
    /// layer recorded (see [`SourceMessage::fingerprint_at`]).
    #[serde(skip)]
    pub earlier: Vec<(usize, Fingerprint)>,
    /// Parts are translated only from the files of the message's own layer
    /// (an edition's `edition` message: each edition's files have their own).
    #[serde(skip)]
    pub exact: bool,
    /// The value is not shown in a pack (the name of an edition below the top
    /// one, whose notices are shown): only the attributes count.
    #[serde(skip)]
    pub value_hidden: bool,
    /// What kind of node: standard, outcome or criterion.
    pub level: &'static str,
    pub code: String,
}

impl SourceMessage {
    /// The message's parts as the catalog keys them, with the English of each:
    /// `id` for the value, `id.example-1` and the like for the attributes.
    pub fn parts(&self) -> Vec<(String, &str)> {
        std::iter::once((self.id.clone(), self.value.as_str()))
            .chain(
                self.attributes
                    .iter()
                    .map(|(a, v)| (format!("{}.{a}", self.id), v.as_str())),
            )
            .collect()
    }

    /// The message's fingerprint as a translation in the files of `layer` saw
    /// it: the current one from the message's own layer up; below, the one
    /// before the first rewrite above `layer`. A part a higher layer left alone
    /// keeps a lower layer's translation only if that translation was made from
    /// the message as it was there, so a stale one is never shown as current.
    pub fn fingerprint_at(&self, layer: usize) -> &Fingerprint {
        if layer >= self.layer {
            return &self.fingerprint;
        }
        self.earlier
            .iter()
            .find(|(at, _)| *at > layer)
            .map_or(&self.fingerprint, |(_, f)| f)
    }

    /// Every term the message refers to, in any part.
    pub fn terms(&self) -> BTreeSet<String> {
        let mut out: BTreeSet<String> = text::term_refs(&self.value)
            .into_iter()
            .map(str::to_string)
            .collect();
        for (_, v) in &self.attributes {
            out.extend(text::term_refs(v).into_iter().map(str::to_string));
        }
        out
    }
}

/// The fingerprint of a message: its value and every attribute, so a change to an
/// example makes the whole translation stale.
pub fn message_fingerprint(value: &str, attributes: &[(String, String)]) -> Fingerprint {
    let mut all = value.to_string();
    for (k, v) in attributes {
        all.push_str(&format!("\n.{k} = {v}"));
    }
    Fingerprint::of(&all)
}

/// A standard's parts beyond its title: the notes on its references.
fn standard_attributes(s: &ResolvedStandard) -> Vec<(String, String)> {
    s.references
        .iter()
        .map(|x| {
            (
                format!("ref-{}", x.term.trim_start_matches('-')),
                x.note.clone(),
            )
        })
        .collect()
}

/// A criterion's parts beyond its text: examples, then sector variants.
fn criterion_attributes(c: &ResolvedCriterion) -> Vec<(String, String)> {
    let mut attrs: Vec<(String, String)> = c
        .examples
        .iter()
        .enumerate()
        .map(|(i, e)| (format!("example-{}", i + 1), e.clone()))
        .collect();
    attrs.extend(
        c.variants
            .iter()
            .map(|v| (v.sector.as_str().to_string(), v.text.clone())),
    );
    attrs
}

/// The fingerprint of a standard's message (what its translations record).
pub fn standard_fingerprint(s: &ResolvedStandard) -> Fingerprint {
    message_fingerprint(&s.title, &standard_attributes(s))
}

/// The fingerprint of an outcome's message.
pub fn outcome_fingerprint(o: &ResolvedOutcome) -> Fingerprint {
    message_fingerprint(&o.title, &[])
}

/// The fingerprint of a criterion's message.
pub fn criterion_fingerprint(c: &ResolvedCriterion) -> Fingerprint {
    message_fingerprint(&c.text, &criterion_attributes(c))
}

/// Every translatable message of a resolved edition, in document order.
pub fn source_messages(r: &Resolved) -> Vec<SourceMessage> {
    let mut out = name_messages(r);
    let mut push = |id: &str,
                    history: &[Provenance],
                    value: &str,
                    attributes: Vec<(String, String)>,
                    level,
                    code: &str| {
        let layer = text_layer(r, history);
        let part_of = |attr: &str| {
            if attr.starts_with("example-") {
                Part::Examples
            } else {
                Part::Fixed
            }
        };
        let part_layers = std::iter::once(part_layer(r, history, Part::Value))
            .chain(
                attributes
                    .iter()
                    .map(|(a, _)| part_layer(r, history, part_of(a))),
            )
            .collect();
        let earlier = history
            .iter()
            .filter_map(|p| {
                let at = r.layers.iter().position(|x| x.id == p.layer)?;
                Some((at, p.before.clone()?))
            })
            .collect();
        out.push(SourceMessage {
            id: id.to_string(),
            layer,
            layer_id: r.layers[layer].id.clone(),
            fingerprint: message_fingerprint(value, &attributes),
            part_layers,
            earlier,
            exact: false,
            value_hidden: false,
            value: value.to_string(),
            attributes,
            level,
            code: code.to_string(),
        });
    };
    for s in &r.standards {
        let refs = standard_attributes(s);
        push(&s.id, &s.history, &s.title, refs, "standard", &s.code);
        for o in &s.outcomes {
            push(&o.id, &o.history, &o.title, Vec::new(), "outcome", &o.code);
            for c in &o.criteria {
                let attrs = criterion_attributes(c);
                push(&c.id, &c.history, &c.text, attrs, "criterion", &c.code);
            }
        }
    }
    out
}

/// The rationale of every operation a pack shows (in a node's history, or a
/// removal), by layer index and operation index, as written.
pub fn rationales(r: &Resolved) -> BTreeMap<(usize, usize), &str> {
    let mut all: Vec<&Provenance> = Vec::new();
    for s in &r.standards {
        all.extend(&s.history);
        for o in &s.outcomes {
            all.extend(&o.history);
            for c in &o.criteria {
                all.extend(&c.history);
            }
        }
    }
    all.extend(r.removed.iter().map(|x| &x.provenance));
    let mut out = BTreeMap::new();
    for p in all {
        if let (Some(k), Some(why)) = (p.operation, p.rationale.as_deref())
            && let Some(i) = r.layers.iter().position(|x| x.id == p.layer)
        {
            out.insert((i, k), why);
        }
    }
    out
}

/// The key of the rationale of an edition's `operations[k]`.
pub fn rationale_key(k: usize) -> String {
    format!("{}.rationale-{}", super::EDITION_MESSAGE, k + 1)
}

/// The names messages: the framework's (`framework`: its title, `.notice-N`)
/// and each edition's (`edition`: its name, `.notice-N`, and `.rationale-N`
/// for the rationale of its `operations[N-1]`), each in its own layer's files.
/// Below the top edition only an edition's notices and rationales are shown.
fn name_messages(r: &Resolved) -> Vec<SourceMessage> {
    let top = r.layers.len() - 1;
    let why = rationales(r);
    r.layers
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            *i == 0
                || *i == top
                || r.notice_from.iter().any(|(l, _)| l == i)
                || why.keys().any(|(l, _)| l == i)
        })
        .map(|(i, layer)| {
            let mut attributes: Vec<(String, String)> = r
                .notices
                .iter()
                .zip(&r.notice_from)
                .filter(|(_, (l, _))| *l == i)
                .map(|(n, (_, k))| (format!("notice-{}", k + 1), n.text.clone()))
                .collect();
            attributes.extend(
                why.iter()
                    .filter(|((l, _), _)| *l == i && i > 0)
                    .map(|((_, k), t)| (format!("rationale-{}", k + 1), t.to_string())),
            );
            let id = if i == 0 {
                super::FRAMEWORK_MESSAGE
            } else {
                super::EDITION_MESSAGE
            };
            SourceMessage {
                id: id.to_string(),
                layer: i,
                layer_id: layer.id.clone(),
                fingerprint: message_fingerprint(&layer.name, &attributes),
                part_layers: vec![i; attributes.len() + 1],
                earlier: Vec::new(),
                exact: i > 0,
                // A bare framework's title is its name; an edition's packs show
                // the framework's title on the cover and their own name.
                value_hidden: i > 0 && i < top,
                value: layer.name.clone(),
                attributes,
                level: "name",
                code: id.to_string(),
            }
        })
        .collect()
}
