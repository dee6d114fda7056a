//! Localising a resolved edition for one locale.
//!
//! Every text is looked up along the locale's fallback chain (`pt-BR → pt → en-GB`);
//! a text that ends up in another language than the one asked for is marked as a
//! fallback and counted, so documents can show it and `check` can count it. Term
//! values come from the edition's per-locale values along the same chain.

pub mod catalog;
pub mod ftl;
pub mod ftl_edit;
pub mod labels;
pub mod status;
pub mod template;
pub mod xliff;

use crate::edition::resolved::{Layer, Provenance, Resolved};
use crate::model::{Kind, Notice, Sector, TermKind};
use crate::text;
pub use catalog::{Catalog, LocaleRoot};
use serde::Serialize;
use std::collections::HashMap;

/// A text in the language it is actually in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocalText {
    pub text: String,
    /// The locale the text is in (the requested one, or where it fell back to).
    pub lang: String,
    /// True when the text is in another language than the one asked for.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub fallback: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Localised {
    pub id: String,
    pub name: String,
    pub locale: String,
    pub source_locale: String,
    pub framework: crate::edition::resolved::FrameworkRef,
    pub countries: Vec<String>,
    pub layers: Vec<Layer>,
    pub notices: Vec<Notice>,
    pub fonts: Option<crate::model::Fonts>,
    /// Who the top edition names as the author of its changes.
    pub author: Option<String>,
    pub terms: Vec<LocalTerm>,
    pub standards: Vec<LocalStandard>,
    /// Nodes an edition removed, with the operation that did it.
    pub removed: Vec<crate::edition::resolved::Removal>,
    /// How many texts fell back to another language.
    pub fallbacks: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocalTerm {
    pub id: String,
    pub kind: TermKind,
    pub jurisdiction: Option<String>,
    pub value: LocalText,
    pub layer: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocalReference {
    pub term: String,
    pub text: LocalText,
    pub note: LocalText,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocalStandard {
    /// Every edition operation that changed the node, in order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Provenance>,
    pub id: String,
    pub code: String,
    pub title: LocalText,
    pub references: Vec<LocalReference>,
    pub outcomes: Vec<LocalOutcome>,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocalOutcome {
    /// Every edition operation that changed the node, in order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Provenance>,
    pub id: String,
    pub code: String,
    pub title: LocalText,
    pub criteria: Vec<LocalCriterion>,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocalCriterion {
    /// Every edition operation that changed the node, in order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Provenance>,
    pub id: String,
    pub code: String,
    pub kind: Kind,
    pub text: LocalText,
    pub examples: Vec<LocalText>,
    pub simulation_allowed: bool,
    pub pending: bool,
    pub variants: Vec<LocalVariant>,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocalVariant {
    pub sector: Sector,
    pub kind: Kind,
    pub text: LocalText,
}

/// The layer whose words a node's text is: the last layer whose operation wrote
/// its text (an add, replace-text, retitle or set-examples). A move or a change of
/// kind leaves the words as they were, so the base's translation still applies.
pub fn text_layer(r: &Resolved, history: &[Provenance]) -> usize {
    const WRITES: [&str; 6] = [
        "add-standard",
        "add-outcome",
        "add-criterion",
        "replace-text",
        "retitle",
        "set-examples",
    ];
    history
        .iter()
        .rev()
        .find(|p| p.op.is_some_and(|op| WRITES.contains(&op)))
        .and_then(|p| r.layers.iter().position(|x| x.id == p.layer))
        .unwrap_or(0)
}

/// The message key of a standard's note on a reference: `<standard>.ref-<term>`.
pub fn reference_key(standard: &str, term: &str) -> String {
    format!("{standard}.ref-{}", term.trim_start_matches('-'))
}

/// The message key of a criterion's `n`th example (0-based): `<id>.example-<n+1>`.
pub fn example_key(criterion: &str, n: usize) -> String {
    format!("{criterion}.example-{}", n + 1)
}

/// The locales to try for `locale`, best first, ending with the source locale:
/// `pt-BR` → `pt-BR`, `pt`, `en-GB`.
pub fn fallback_chain(locale: &str, source: &str) -> Vec<String> {
    let mut chain = vec![locale.to_string()];
    if locale == source {
        return chain;
    }
    let mut parts: Vec<&str> = locale.split('-').collect();
    while parts.len() > 1 {
        parts.pop();
        chain.push(parts.join("-"));
    }
    if !chain.iter().any(|l| l == source) {
        chain.push(source.to_string());
    }
    chain
}

fn language(locale: &str) -> &str {
    locale.split('-').next().unwrap_or(locale)
}

struct Localiser<'a> {
    chain: Vec<String>,
    locale: &'a str,
    source: &'a str,
    catalog: &'a Catalog,
    /// Term values for the requested locale, with the locale each was found in.
    terms: HashMap<&'a str, (String, String)>,
    /// Term values in the source language, for texts that fell back to it, so a
    /// fallback sentence is not a mix of two languages.
    source_terms: HashMap<&'a str, String>,
    fallbacks: usize,
}

impl Localiser<'_> {
    /// The translation of `key` along the chain from a layer at or above `layer`
    /// (the one that last set the text), or the source text.
    fn text(&mut self, key: &str, source_text: &str, layer: usize) -> LocalText {
        let (pattern, lang) = self
            .chain
            .iter()
            .filter(|l| l.as_str() != self.source)
            .find_map(|l| {
                self.catalog
                    .get(l, key, layer)
                    .map(|e| (e.pattern.clone(), l.clone()))
            })
            .unwrap_or_else(|| (source_text.to_string(), self.source.to_string()));
        let text = if lang == self.source {
            text::render(&pattern, |id| self.source_terms.get(id).map(String::as_str))
        } else {
            text::render(&pattern, |id| self.terms.get(id).map(|(v, _)| v.as_str()))
        };
        self.mark(text, lang)
    }

    /// Rationales are written in the source language and may name terms; readers
    /// see the values, not `{ -term }`.
    fn provenance(&self, p: &Provenance) -> Provenance {
        Provenance {
            rationale: p
                .rationale
                .as_ref()
                .map(|r| text::render(r, |id| self.source_terms.get(id).map(String::as_str))),
            ..p.clone()
        }
    }

    fn history(&self, h: &[Provenance]) -> Vec<Provenance> {
        h.iter().map(|p| self.provenance(p)).collect()
    }

    fn mark(&mut self, text: String, lang: String) -> LocalText {
        let fallback = language(&lang) != language(self.locale);
        if fallback {
            self.fallbacks += 1;
        }
        LocalText {
            text,
            lang,
            fallback,
        }
    }
}

/// Localises `r` for `locale` with the translations in `catalog`.
pub fn localise(r: &Resolved, locale: &str, catalog: &Catalog) -> Localised {
    let source = r.source_locale.as_str();
    let chain = fallback_chain(locale, source);
    // Term values along the chain: an edition's per-locale value, else its value
    // (written in the source language).
    let terms: HashMap<&str, (String, String)> = r
        .terms
        .iter()
        .map(|t| {
            let found = chain
                .iter()
                .find_map(|l| t.values.get(l).map(|v| (v.clone(), l.clone())))
                .or_else(|| catalog.term(&chain, &t.id))
                .unwrap_or_else(|| (t.value.clone(), source.to_string()));
            (t.id.as_str(), found)
        })
        .collect();
    let source_terms = r
        .terms
        .iter()
        .map(|t| (t.id.as_str(), t.value.clone()))
        .collect();
    let mut l = Localiser {
        chain: chain.clone(),
        locale,
        source,
        catalog,
        terms,
        source_terms,
        fallbacks: 0,
    };
    let layer_of = |history: &[Provenance]| text_layer(r, history);
    let local_terms = r
        .terms
        .iter()
        .map(|t| {
            let (value, lang) = l.terms.get(t.id.as_str()).cloned().unwrap_or_default();
            // A term value in the source language is not a fallback when it is a
            // proper name or number the locale writes the same way; only count
            // values an edition translated for some locales but not this one.
            let fallback = !t.values.is_empty() && language(&lang) != language(locale);
            if fallback {
                l.fallbacks += 1;
            }
            LocalTerm {
                id: t.id.clone(),
                kind: t.kind,
                jurisdiction: t.jurisdiction.clone(),
                value: LocalText {
                    text: value,
                    lang,
                    fallback,
                },
                layer: t.layer.clone(),
            }
        })
        .collect();
    let standards = r
        .standards
        .iter()
        .map(|s| LocalStandard {
            id: s.id.clone(),
            code: s.code.clone(),
            title: l.text(&s.id, &s.title, layer_of(&s.history)),
            references: s
                .references
                .iter()
                .map(|reference| {
                    let (value, lang) = l
                        .terms
                        .get(reference.term.as_str())
                        .cloned()
                        .unwrap_or_default();
                    LocalReference {
                        term: reference.term.clone(),
                        text: LocalText {
                            text: value,
                            fallback: false,
                            lang,
                        },
                        note: l.text(
                            &reference_key(&s.id, &reference.term),
                            &reference.note,
                            layer_of(&s.history),
                        ),
                    }
                })
                .collect(),
            provenance: l.provenance(&s.provenance),
            history: l.history(&s.history),
            outcomes: s
                .outcomes
                .iter()
                .map(|o| LocalOutcome {
                    id: o.id.clone(),
                    code: o.code.clone(),
                    title: l.text(&o.id, &o.title, layer_of(&o.history)),
                    provenance: l.provenance(&o.provenance),
                    history: l.history(&o.history),
                    criteria: o
                        .criteria
                        .iter()
                        .map(|c| LocalCriterion {
                            id: c.id.clone(),
                            code: c.code.clone(),
                            kind: c.kind,
                            text: l.text(&c.id, &c.text, layer_of(&c.history)),
                            examples: c
                                .examples
                                .iter()
                                .enumerate()
                                .map(|(i, e)| {
                                    l.text(&example_key(&c.id, i), e, layer_of(&c.history))
                                })
                                .collect(),
                            simulation_allowed: c.simulation_allowed,
                            pending: c.pending,
                            variants: c
                                .variants
                                .iter()
                                .map(|v| LocalVariant {
                                    sector: v.sector,
                                    kind: v.kind,
                                    text: l.text(
                                        &format!("{}.{}", c.id, v.sector.as_str()),
                                        &v.text,
                                        layer_of(&c.history),
                                    ),
                                })
                                .collect(),
                            provenance: l.provenance(&c.provenance),
                            history: l.history(&c.history),
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();
    Localised {
        id: r.id.clone(),
        name: r.name.clone(),
        locale: locale.to_string(),
        source_locale: source.to_string(),
        framework: r.framework.clone(),
        countries: r.countries.clone(),
        layers: r.layers.clone(),
        notices: r.notices.clone(),
        fonts: r.fonts.clone(),
        author: r.author.clone(),
        terms: local_terms,
        standards,
        removed: r
            .removed
            .iter()
            .map(|x| crate::edition::resolved::Removal {
                id: x.id.clone(),
                provenance: l.provenance(&x.provenance),
            })
            .collect(),
        fallbacks: l.fallbacks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chains_end_in_the_source() {
        assert_eq!(fallback_chain("pt-BR", "en-GB"), ["pt-BR", "pt", "en-GB"]);
        assert_eq!(
            fallback_chain("zh-Hans-CN", "en-GB"),
            ["zh-Hans-CN", "zh-Hans", "zh", "en-GB"]
        );
        assert_eq!(fallback_chain("en-GB", "en-GB"), ["en-GB"]);
    }
}
