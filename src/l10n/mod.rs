//! Localising a resolved edition for one locale.
//!
//! Every text is looked up along the locale's fallback chain (`pt-BR → pt → en-GB`);
//! a text that ends up in another language than the one asked for is marked as a
//! fallback and counted, so documents can show it and `check` can count it. Term
//! values come from the edition's per-locale values along the same chain.
//!
//! What is counted is every piece of text a reader meets in the wrong language:
//! node text part by part, term values (in the glossary, in the references and
//! inside translated sentences, where they are marked on their own), the names
//! (framework title, edition name, notices, rationales: the `framework` and
//! `edition` messages), the labels and the cover's country and language names
//! ([`with_labels`]). `build` reports this count and `l10n status` computes it
//! the same way, so the two agree with what the documents show.

pub mod catalog;
pub mod collate;
pub mod folders;
pub mod ftl;
pub mod ftl_edit;
pub mod labels;
mod localise;
mod messages;
mod name_table;
pub use name_table::country as country_name;
pub mod names;
pub mod published;
pub mod status;
pub mod template;
pub mod xliff;
pub mod xlsx;

use crate::edition::resolved::{Layer, Provenance, Resolved};
use crate::model::{Kind, Sector, TermKind};
pub use catalog::Catalog;
pub use folders::LocaleRoot;
pub use localise::{localise, localise_on_two, term_value};
use serde::Serialize;

/// A text in the language it is actually in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct LocalText {
    pub text: String,
    /// The locale the text is in (the requested one, or where it fell back to).
    pub lang: String,
    /// True when the text is in another language than the one asked for.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub fallback: bool,
    /// Pieces of a translated text in another language: term values with no
    /// value in the text's language (`start..end` in `text`, and their locale),
    /// so documents mark them as fallbacks inside the sentence.
    #[serde(skip)]
    pub foreign: Vec<(usize, usize, String)>,
}

/// A node an edition removed, as a pack names it: its code and its text in the
/// pack's language, with the operation (and its reason) that removed it.
#[derive(Debug, Clone, Serialize)]
pub struct LocalRemoval {
    pub id: String,
    pub code: String,
    pub text: LocalText,
    pub provenance: crate::edition::resolved::Provenance,
}

/// A notice as a pack shows it.
#[derive(Debug, Clone, Serialize)]
pub struct LocalNotice {
    pub kind: crate::model::NoticeKind,
    pub text: LocalText,
    /// The layer that gave it (0 = the framework).
    #[serde(skip)]
    pub layer: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Localised {
    pub id: String,
    /// The edition's name (the framework's title for a bare framework), from the
    /// `edition` message of the top edition's own files (`framework` for a bare
    /// framework).
    pub name: LocalText,
    /// The framework's title, from the `framework` message.
    pub title: LocalText,
    /// The countries by name in the pack's language, and the pack's language by
    /// name (filled in with the labels, see [`with_labels`]).
    pub country_names: Vec<LocalText>,
    /// The name of each jurisdiction the terms give (`SA`, `GB-ENG`), for the
    /// glossary.
    #[serde(skip)]
    pub jurisdiction_names: std::collections::BTreeMap<String, LocalText>,
    pub language_name: Option<LocalText>,
    pub locale: String,
    pub source_locale: String,
    pub framework: crate::edition::resolved::FrameworkRef,
    pub countries: Vec<String>,
    pub layers: Vec<Layer>,
    pub notices: Vec<LocalNotice>,
    pub fonts: Option<crate::model::Fonts>,
    /// The issuer, logo and number pattern the certificate prints.
    #[serde(skip)]
    pub certificate: LocalCertificate,
    /// Who the top edition names as the author of its changes.
    pub author: Option<String>,
    pub terms: Vec<LocalTerm>,
    pub standards: Vec<LocalStandard>,
    /// Nodes an edition removed, with the operation that did it.
    pub removed: Vec<LocalRemoval>,
    /// How many texts fell back to another language.
    pub fallbacks: usize,
    /// How many texts could have: every text looked up, and every counted term.
    pub texts: usize,
}

/// What an edition gives the certificate, for one locale.
#[derive(Debug, Clone, Default)]
pub struct LocalCertificate {
    /// The issuer's name in the pack's language where the edition gives one,
    /// else as written (a proper name, tagged with its language).
    pub issuer: Option<LocalText>,
    pub logo: Option<crate::edition::certificate::Logo>,
    pub number: Option<Vec<crate::edition::certificate::NumberPiece>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocalTerm {
    pub id: String,
    pub kind: TermKind,
    pub jurisdiction: Option<String>,
    pub value: LocalText,
    /// What the term is, as the glossary explains it: its definition (else
    /// its note), in the pack's language or marked as not translated.
    pub description: LocalText,
    pub layer: String,
    /// Why the term matters, as the layer that set it wrote (a review shows it as
    /// the reason for a changed value).
    #[serde(skip)]
    pub note: String,
    /// Where the value was checked (a law's official text, a ministry page).
    #[serde(skip)]
    pub source: Option<String>,
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
    /// The text in the source language, as the resolved edition has it: what a
    /// document decides layout on (how much room an answer needs), so every
    /// locale of a pack gets the same layout whatever its translation says.
    #[serde(skip)]
    pub source_text: String,
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

/// The parts of a node's message, by what can rewrite them: the value (title
/// or text), the examples, and the rest (sector variants, notes on references),
/// which only the operation that added the node writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Value,
    Examples,
    Fixed,
}

/// Whether operation `op` writes the words of `part`.
fn writes(op: &str, part: Part) -> bool {
    matches!(op, "add-standard" | "add-outcome" | "add-criterion")
        || match part {
            Part::Value => matches!(op, "replace-text" | "retitle"),
            Part::Examples => op == "set-examples",
            Part::Fixed => false,
        }
}

/// The layer whose words one part of a node is: the last layer whose operation
/// wrote that part. A retitle leaves the notes on references as they were, and
/// set-examples the criterion's text, so a lower layer's translation of those
/// parts still applies; a move or a change of kind leaves every part alone.
pub fn part_layer(r: &Resolved, history: &[Provenance], part: Part) -> usize {
    history
        .iter()
        .rev()
        .find(|p| p.op.is_some_and(|op| writes(op, part)))
        .and_then(|p| r.layers.iter().position(|x| x.id == p.layer))
        .unwrap_or(0)
}

/// The layer that last wrote any part of a node: the layer whose translation
/// files hold its message (where `l10n import` writes it).
pub fn text_layer(r: &Resolved, history: &[Provenance]) -> usize {
    [Part::Value, Part::Examples, Part::Fixed]
        .into_iter()
        .map(|part| part_layer(r, history, part))
        .max()
        .unwrap_or(0)
}

/// The message of the framework's names: its title, and `.notice-N` for its
/// `notices[N-1]`.
pub const FRAMEWORK_MESSAGE: &str = "framework";
/// The message of an edition's names, in its own files: its name, and
/// `.notice-N` for its `notices[N-1]`.
pub const EDITION_MESSAGE: &str = "edition";

/// The key of the `n`th (0-based) notice of a layer's names message.
pub fn notice_key(layer: usize, n: usize) -> String {
    let id = if layer == 0 {
        FRAMEWORK_MESSAGE
    } else {
        EDITION_MESSAGE
    };
    format!("{id}.notice-{}", n + 1)
}

/// Completes a localised edition with what the labels give: the countries and
/// the language by name, and the count of every label and name the pack shows
/// in another language, so `fallbacks` is every piece of text a reader finds in
/// the wrong language. `l10n status` counts through this too.
pub fn with_labels(l: &mut Localised, labels: &labels::Labels) {
    l.country_names = l
        .countries
        .iter()
        .map(|c| names::country(labels, c))
        .collect();
    l.jurisdiction_names = l
        .terms
        .iter()
        .filter_map(|t| t.jurisdiction.clone())
        .map(|j| {
            let name = names::country(labels, &j);
            (j, name)
        })
        .collect();
    let language = names::locale(labels, &l.locale);
    let names = l
        .country_names
        .iter()
        .chain(l.jurisdiction_names.values())
        .chain([&language]);
    let label_fallbacks = labels.fallbacks();
    let mut shown = 0;
    let mut fell_back = label_fallbacks;
    for n in names {
        shown += 1;
        fell_back += usize::from(n.fallback);
    }
    // Labels that fell back count as texts too; the others are not counted as
    // texts, so the share of untranslated content stays about content.
    l.texts += shown + label_fallbacks;
    l.fallbacks += fell_back;
    l.language_name = Some(language);
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
