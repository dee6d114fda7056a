//! `l10n status`: per locale, what is missing, stale, obsolete or broken.
//!
//! Status asks the catalog what `build` asks it, part by part ([`Catalog::find`]:
//! the same fallback chain, layers and folders), and takes labels from the same
//! [`Labels`], so its numbers describe the pack `build` writes: `fallbacks` here
//! is the count `build` prints for that pack, taken from the same localiser
//! (every part, term value, name, notice, rationale, label and cover name).
//!
//! A translation is stale when the fingerprint it records differs from the
//! English it is supposed to translate now: the English changed since, and a
//! translator must look again. This is computed, never guessed from dates. A
//! part is judged by the message it comes from, so a fresh local title does not
//! make older built-in examples of the same message fresh.

use super::catalog::{Catalog, Entry, Found, LocaleRoot};
use super::ftl::{self, FtlMessage};
use super::labels::{self, Labels};
use super::localise::term_value;
use super::{fallback_chain, language};
use crate::diag::{Code, Diagnostic};
use crate::edition::resolved::Resolved;
use crate::fingerprint::Fingerprint;
use crate::text;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap, HashSet};

pub use super::messages::{
    SourceMessage, criterion_fingerprint, message_fingerprint, outcome_fingerprint,
    source_messages, standard_fingerprint,
};

#[derive(Debug, Clone, Serialize)]
pub struct Stale {
    pub id: String,
    pub code: String,
    pub recorded: Option<String>,
    pub current: String,
    /// The English the translation was made from, when the file recorded it.
    pub old: Option<String>,
    pub new: String,
    pub file: String,
    pub line: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocaleStatus {
    pub locale: String,
    /// The locale is written in the source language (en-IN for an en-GB source,
    /// or the source locale itself): there is nothing to translate. Messages
    /// count as translated, except adaptations made from older English (stale).
    pub source_language: bool,
    pub messages: usize,
    /// Messages a pack shows wholly in the locale's language, translated from
    /// the English as it is now. `translated + missing + stale = messages`.
    pub translated: usize,
    /// Messages with a part a pack shows in the source language (and no stale part).
    pub missing: Vec<String>,
    /// The missing parts (`id.example-2`) of messages that are otherwise
    /// translated or stale; a message missing as a whole is only in `missing`.
    pub missing_parts: Vec<String>,
    /// Messages with a part translated from older English.
    pub stale: Vec<Stale>,
    pub obsolete: Vec<String>,
    pub labels_missing: Vec<String>,
    /// Terms a pack in this locale prints in another language: no `values`
    /// entry for the locale's chain and no `-term = …` in its files.
    pub terms_missing: Vec<String>,
    /// Texts a pack in this locale shows in another language, counted by the
    /// localiser `build` uses: missing parts, term values, names, notices,
    /// rationales, labels and cover names.
    pub fallbacks: usize,
    /// Syntax errors, variable and term mismatches, suspicious characters.
    pub errors: Vec<Diagnostic>,
}

impl LocaleStatus {
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    pub fn is_complete(&self) -> bool {
        self.missing.is_empty() && self.stale.is_empty() && self.labels_missing.is_empty()
    }
}

/// Each part of a message with the translation a pack in `chain[0]` uses, if
/// any. With [`stale_part`], what any tool needs to say whether a message is
/// translated, missing (a part is `None`) or stale as `status` and `build` do.
pub fn parts<'a>(
    catalog: &'a Catalog,
    chain: &'a [String],
    source_locale: &str,
    m: &SourceMessage,
) -> Vec<(String, Option<Found<'a>>)> {
    m.parts()
        .into_iter()
        .zip(&m.part_layers)
        .skip(usize::from(m.value_hidden))
        .map(|((key, _), layer)| {
            let found = if m.exact {
                catalog.find_exact(chain, source_locale, &key, *layer)
            } else {
                catalog.find(chain, source_locale, &key, *layer)
            };
            (key, found)
        })
        .collect()
}

/// Whether a translation was made from the English as it is now: from the
/// message as its layer saw it ([`SourceMessage::fingerprint_at`]), so a part
/// kept from below a rewrite is judged by the English it was made from.
fn is_fresh(source: &SourceMessage, entry: &Entry) -> bool {
    entry
        .fingerprint
        .as_deref()
        .and_then(Fingerprint::parse)
        .is_some_and(|r| source.fingerprint_at(entry.layer).matches(&r))
}

/// The first part translated from older English, if any.
pub fn stale_part<'a>(
    m: &SourceMessage,
    parts: &[(String, Option<Found<'a>>)],
) -> Option<Found<'a>> {
    parts
        .iter()
        .filter_map(|(_, f)| *f)
        .find(|f| !is_fresh(m, f.entry))
}

/// Whether a pack in `chain[0]` shows a message other than translated from the
/// English as it is now: a part is missing (outside the source language) or
/// translated from older English. What `status` counts as missing or stale, and
/// what `l10n export` writes out for a translator.
pub fn needs_translation(
    parts: &[(String, Option<Found<'_>>)],
    m: &SourceMessage,
    source_language: bool,
) -> bool {
    stale_part(m, parts).is_some() || (!source_language && parts.iter().any(|(_, f)| f.is_none()))
}

/// The display codes of the messages a pack in `chain[0]` shows with a part
/// translated from an older English text: what it uses without a translator
/// having checked it. The part of `status` a build needs.
pub fn stale_codes(
    sources: &[SourceMessage],
    catalog: &Catalog,
    chain: &[String],
    source_locale: &str,
) -> Vec<String> {
    sources
        .iter()
        .filter(|m| stale_part(m, &parts(catalog, chain, source_locale, m)).is_some())
        .map(|m| m.code.clone())
        .collect()
}

/// The status of `locale` for the resolved edition `r`.
pub fn status(r: &Resolved, catalog: &Catalog, root: &LocaleRoot, locale: &str) -> LocaleStatus {
    let source = r.source_locale.as_str();
    let chain = fallback_chain(locale, source);
    let source_language = language(locale) == language(source);
    let sources = source_messages(r);
    let mut st = LocaleStatus {
        locale: locale.to_string(),
        source_language,
        messages: sources.len(),
        translated: 0,
        missing: Vec::new(),
        missing_parts: Vec::new(),
        stale: Vec::new(),
        obsolete: Vec::new(),
        labels_missing: Vec::new(),
        terms_missing: Vec::new(),
        fallbacks: 0,
        errors: catalog.problems(&chain),
    };
    // Each translation a pack uses is checked once, however many parts it gives.
    let mut checked: HashSet<(usize, usize)> = HashSet::new();
    for m in &sources {
        let parts = parts(catalog, &chain, source, m);
        for f in parts.iter().filter_map(|(_, f)| *f) {
            if let Some(from) = f.entry.from
                && checked.insert(from)
                && let Some((file, t)) = catalog.origin(f.entry)
            {
                st.errors.extend(check_message(m, &file.shown, t));
            }
        }
        // In the source language, a part with no translation is right as it is.
        let untranslated: Vec<&String> = if source_language {
            Vec::new()
        } else {
            parts
                .iter()
                .filter(|(_, f)| f.is_none())
                .map(|(k, _)| k)
                .collect()
        };
        if untranslated.len() < parts.len() {
            st.missing_parts
                .extend(untranslated.iter().map(|k| k.to_string()));
        }
        if let Some(f) = stale_part(m, &parts) {
            let (file, line, old) = match catalog.origin(f.entry) {
                Some((file, t)) => (file.shown.clone(), t.line, t.source_text.clone()),
                None => (String::new(), 0, None),
            };
            st.stale.push(Stale {
                id: m.id.clone(),
                code: m.code.clone(),
                recorded: f.entry.fingerprint.clone(),
                current: m.fingerprint_at(f.entry.layer).to_string(),
                old,
                new: m.value.clone(),
                file,
                line,
            });
        } else if !untranslated.is_empty() {
            st.missing.push(m.id.clone());
        } else {
            st.translated += 1;
        }
    }
    st.obsolete = obsolete(catalog, locale, &sources);
    let labels = Labels::load(root, locale, source);
    st.errors.extend(labels.problems().iter().cloned());
    if !source_language {
        st.labels_missing = labels::label_ids()
            .into_iter()
            .filter(|id| labels.resolve(id).fallback)
            .map(str::to_string)
            .collect();
    }
    for t in &r.terms {
        let (_, lang) = term_value(t, &chain, source, catalog);
        if language(&lang) != language(locale) {
            st.terms_missing.push(t.id.clone());
        }
    }
    // What a pack shows in another language, counted the way `build` counts
    // it: every part, term value, name, notice, rationale and label.
    let mut pack = super::localise(r, locale, catalog);
    super::with_labels(&mut pack, &labels);
    st.fallbacks = pack.fallbacks;
    let mut seen = HashSet::new();
    st.errors.retain(|e| seen.insert(format!("{e:?}")));
    st
}

/// Translations in `locale`'s own files of ids the edition does not have (nor
/// any label), in the files a user can edit: the built-in copy translates the
/// frameworks built into the binary, whatever is being checked.
fn obsolete(catalog: &Catalog, locale: &str, sources: &[SourceMessage]) -> Vec<String> {
    let known: HashSet<&str> = sources
        .iter()
        .map(|m| m.id.as_str())
        .chain(labels::label_ids())
        .collect();
    // The parts each message has in English: a translated part the English does
    // not have (`.example-4` of a criterion with three examples, a misspelt
    // `.ref-regulatr`) is never shown, so it is obsolete too, as `id.part`.
    let parts: HashMap<&str, HashSet<&str>> = sources
        .iter()
        .map(|m| {
            let names = m.attributes.iter().map(|(a, _)| a.as_str()).collect();
            (m.id.as_str(), names)
        })
        .collect();
    let mut out: Vec<String> = catalog
        .files
        .iter()
        .enumerate()
        .filter(|(n, (l, _, _))| l == locale && !catalog.is_built_in(*n))
        .flat_map(|(_, (_, _, file))| &file.messages)
        .flat_map(|m| {
            if super::names::is_name_label(&m.id) {
                return Vec::new();
            }
            if !known.contains(m.id.as_str()) {
                return vec![m.id.clone()];
            }
            let Some(english) = parts.get(m.id.as_str()) else {
                return Vec::new();
            };
            m.attributes
                .iter()
                .filter(|(a, _)| !english.contains(a.as_str()))
                .map(|(a, _)| format!("{}.{a}", m.id))
                .collect()
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Variable and term mismatches, unsupported placeables and suspicious characters
/// in one translated message. Terms are compared part by part, so a message that
/// gives only some parts is held to the English of those parts.
fn check_message(source: &SourceMessage, shown: &str, m: &FtlMessage) -> Vec<Diagnostic> {
    let at = |code, msg: String, help: &str| {
        Diagnostic::error(code, msg)
            .file(shown)
            .at(Some((m.line, m.column)))
            .path(&m.id)
            .help(help)
    };
    let mut out = Vec::new();
    for v in &m.variables {
        out.push(at(
            Code::VariableMismatch,
            format!("the translation uses the variable ${v}, which the English does not have"),
            "remove the variable; content messages have no variables",
        ));
    }
    for u in &m.unsupported {
        out.push(at(
            Code::UnsupportedPlaceable,
            format!("the translation uses a {u}"),
            "content translations may only refer to terms, like { -regulator }",
        ));
    }
    let terms = |t: &str| -> BTreeSet<String> {
        text::term_refs(t).into_iter().map(str::to_string).collect()
    };
    let mut pairs: Vec<(&str, &str)> = Vec::new();
    if let Some(v) = &m.value {
        pairs.push((&source.value, v));
    }
    for (attr, v) in &m.attributes {
        if let Some((_, english)) = source.attributes.iter().find(|(a, _)| a == attr) {
            pairs.push((english, v));
        }
    }
    let (mut dropped, mut added) = (BTreeSet::new(), BTreeSet::new());
    for (english, translated) in pairs {
        let (want, have) = (terms(english), terms(translated));
        dropped.extend(want.difference(&have).cloned());
        added.extend(have.difference(&want).cloned());
    }
    for t in &dropped {
        out.push(at(
            Code::TermMismatch,
            format!("the English refers to {{ {t} }} but the translation does not"),
            "keep the term reference so each edition's value is used",
        ));
    }
    for t in &added {
        out.push(at(
            Code::TermMismatch,
            format!("the translation refers to {{ {t} }}, which the English does not"),
            "use only the terms the English uses",
        ));
    }
    let texts = m.value.iter().chain(m.attributes.iter().map(|(_, v)| v));
    for t in texts {
        if let Some((c, what)) = t.chars().find_map(|c| ftl::suspicious(c).map(|w| (c, w))) {
            out.push(at(Code::SuspiciousCharacter, format!("the translation contains {what} (U+{:04X})", c as u32), "remove it: direction and shaping come from the document, not from control characters"));
        }
    }
    out
}

#[cfg(test)]
mod tests;
