//! `l10n status`: per locale, what is missing, stale, obsolete or broken.
//!
//! A translation is stale when the fingerprint it records differs from the
//! English it is supposed to translate now: the English changed since, and a
//! translator must look again. This is computed, never guessed from dates.

use super::catalog::{Catalog, LocaleRoot};
use super::ftl::{self, FtlMessage};
use crate::diag::{Code, Diagnostic};
use crate::edition::resolved::{Provenance, Resolved};
use crate::fingerprint::Fingerprint;
use crate::text;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap, HashSet};

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
    fn terms(&self) -> BTreeSet<String> {
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
    pub messages: usize,
    pub translated: usize,
    pub missing: Vec<String>,
    pub stale: Vec<Stale>,
    pub obsolete: Vec<String>,
    pub labels_missing: Vec<String>,
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

/// The status of `locale` for the resolved edition `r`.
type ById<'a> = HashMap<&'a str, Vec<(usize, &'a ftl::FtlFile, &'a FtlMessage)>>;

/// The locale's files, highest layer first.
fn files_of<'a>(catalog: &'a Catalog, locale: &str) -> Vec<&'a (String, usize, ftl::FtlFile)> {
    let mut files: Vec<_> = catalog
        .files
        .iter()
        .filter(|(l, _, _)| l == locale)
        .collect();
    files.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.shown.cmp(&b.2.shown)));
    files
}

fn messages_by_id<'a>(files: &[&'a (String, usize, ftl::FtlFile)]) -> ById<'a> {
    let mut by_id: ById<'a> = HashMap::new();
    for (_, layer, file) in files {
        for m in &file.messages {
            by_id
                .entry(m.id.as_str())
                .or_default()
                .push((*layer, file, m));
        }
    }
    by_id
}

/// The translation of a message from its own layer or a higher one (a lower
/// layer's translation is of text the edition replaced).
fn translation<'a>(
    by_id: &ById<'a>,
    source: &SourceMessage,
) -> Option<(usize, &'a ftl::FtlFile, &'a FtlMessage)> {
    by_id
        .get(source.id.as_str())
        .and_then(|v| v.iter().find(|(layer, _, _)| *layer >= source.layer))
        .copied()
}

/// Whether a translation was made from the English as it is now.
fn is_fresh(source: &SourceMessage, m: &FtlMessage) -> bool {
    m.fingerprint
        .as_deref()
        .and_then(Fingerprint::parse)
        .is_some_and(|r| source.fingerprint.matches(&r))
}

/// The display codes of the messages whose translation in `locale` was made from
/// an older English text: what a pack uses without a translator having checked
/// it. The part of `status` a build needs, without the rest of its work.
pub fn stale_codes(sources: &[SourceMessage], catalog: &Catalog, locale: &str) -> Vec<String> {
    let files = files_of(catalog, locale);
    let by_id = messages_by_id(&files);
    sources
        .iter()
        .filter(|s| translation(&by_id, s).is_some_and(|(_, _, m)| !is_fresh(s, m)))
        .map(|s| s.code.clone())
        .collect()
}

pub fn status(r: &Resolved, catalog: &Catalog, root: &LocaleRoot, locale: &str) -> LocaleStatus {
    let sources = source_messages(r);
    let source_ids: HashSet<&str> = sources.iter().map(|m| m.id.as_str()).collect();
    let mut st = LocaleStatus {
        locale: locale.to_string(),
        messages: sources.len(),
        translated: 0,
        missing: Vec::new(),
        stale: Vec::new(),
        obsolete: Vec::new(),
        labels_missing: Vec::new(),
        errors: Vec::new(),
    };
    let files = files_of(catalog, locale);
    for (_, _, file) in &files {
        st.errors.extend(file.errors.iter().cloned());
    }
    let by_id = messages_by_id(&files);
    let labels: Vec<String> = root
        .source_files(&r.source_locale)
        .iter()
        .flat_map(|(shown, text)| ftl::parse(shown, text).messages)
        .map(|m| m.id)
        .collect();
    for source in &sources {
        let Some((_, file, m)) = translation(&by_id, source) else {
            st.missing.push(source.id.clone());
            continue;
        };
        st.translated += 1;
        if !is_fresh(source, m) {
            st.stale.push(Stale {
                id: source.id.clone(),
                code: source.code.clone(),
                recorded: m.fingerprint.clone(),
                current: source.fingerprint.to_string(),
                old: m.source_text.clone(),
                new: source.value.clone(),
                file: file.shown.clone(),
                line: m.line,
            });
        }
        for (attr, _) in &source.attributes {
            if !m.attributes.iter().any(|(a, _)| a == attr) {
                st.missing.push(format!("{}.{attr}", source.id));
            }
        }
        st.errors.extend(check_message(source, file, m));
    }
    // Obsolete: translations of ids the edition no longer has.
    for (_, _, file) in &files {
        for m in &file.messages {
            if !source_ids.contains(m.id.as_str()) && !labels.contains(&m.id) {
                st.obsolete.push(m.id.clone());
            }
        }
    }
    st.obsolete.sort();
    st.obsolete.dedup();
    if locale != r.source_locale {
        for label in &labels {
            if !by_id.contains_key(label.as_str()) {
                st.labels_missing.push(label.clone());
            }
        }
    }
    st
}

/// Variable and term mismatches, unsupported placeables and suspicious characters
/// in one translated message.
fn check_message(source: &SourceMessage, file: &ftl::FtlFile, m: &FtlMessage) -> Vec<Diagnostic> {
    let at = |code, msg: String, help: &str| {
        Diagnostic::error(code, msg)
            .file(&file.shown)
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
    let want = source.terms();
    let have: BTreeSet<String> = m.terms.iter().cloned().collect();
    for t in want.difference(&have) {
        out.push(at(
            Code::TermMismatch,
            format!("the English refers to {{ {t} }} but the translation does not"),
            "keep the term reference so each edition's value is used",
        ));
    }
    for t in have.difference(&want) {
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
