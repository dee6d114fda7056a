//! Localising a resolved edition for one locale.
//!
//! Every text is looked up along the locale's fallback chain (`pt-BR → pt → en-GB`);
//! a text that ends up in another language than the one asked for is marked as a
//! fallback and counted, so documents can show it and `check` can count it. Term
//! values come from the edition's per-locale values along the same chain.

pub mod catalog;
pub mod folders;
pub mod ftl;
pub mod ftl_edit;
pub mod labels;
mod localise;
mod messages;
pub mod published;
pub mod status;
pub mod template;
pub mod xliff;
pub mod xlsx;

use crate::edition::resolved::{Layer, Provenance, Resolved};
use crate::model::{Kind, Notice, Sector, TermKind};
pub use catalog::Catalog;
pub use folders::LocaleRoot;
pub use localise::localise;
use serde::Serialize;

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
    /// How many texts could have: every text looked up, and every counted term.
    pub texts: usize,
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

/// The language of a locale tag: `pt` of `pt-BR`.
pub(crate) fn language(locale: &str) -> &str {
    locale.split('-').next().unwrap_or(locale)
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
