//! The messages a resolved edition asks translators for: one per standard,
//! outcome and criterion, with its parts (examples, sector variants, notes on
//! references) as attributes, and the fingerprint a translation records.

use crate::edition::resolved::{Provenance, Resolved};
use crate::fingerprint::Fingerprint;
use crate::text;
use serde::Serialize;
use std::collections::BTreeSet;

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

/// Every translatable message of a resolved edition, in document order.
pub fn source_messages(r: &Resolved) -> Vec<SourceMessage> {
    let mut out = Vec::new();
    let mut push = |id: &str,
                    history: &[Provenance],
                    value: &str,
                    attributes: Vec<(String, String)>,
                    level,
                    code: &str| {
        let layer = super::text_layer(r, history);
        out.push(SourceMessage {
            id: id.to_string(),
            layer,
            layer_id: r.layers[layer].id.clone(),
            fingerprint: message_fingerprint(value, &attributes),
            value: value.to_string(),
            attributes,
            level,
            code: code.to_string(),
        });
    };
    for s in &r.standards {
        let refs = s
            .references
            .iter()
            .map(|x| {
                (
                    format!("ref-{}", x.term.trim_start_matches('-')),
                    x.note.clone(),
                )
            })
            .collect();
        push(&s.id, &s.history, &s.title, refs, "standard", &s.code);
        for o in &s.outcomes {
            push(&o.id, &o.history, &o.title, Vec::new(), "outcome", &o.code);
            for c in &o.criteria {
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
                push(&c.id, &c.history, &c.text, attrs, "criterion", &c.code);
            }
        }
    }
    out
}
