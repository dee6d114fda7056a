//! An edition's term values and kept terms, applied before its operations so that
//! the text the operations bring can use the edition's own terms.

use super::Applier;
use crate::diag::Code;
use crate::edition::file::EditionFile;
use crate::edition::resolved::{BaseTerm, KeptTermRef, Resolved, ResolvedTerm};
use crate::ids;
use crate::load::JsonPath;
use crate::text;
use std::collections::HashMap;

impl Applier<'_> {
    pub(super) fn terms(&mut self, r: &mut Resolved, edition: &EditionFile) {
        self.duplicate_terms(edition);
        for (position, t) in edition.terms.iter().enumerate() {
            let at = JsonPath::root()
                .key("terms")
                .index(self.gaps.term_index(position));
            match r.terms.iter_mut().find(|x| x.id == t.id) {
                Some(existing) => {
                    if existing.base.is_none() {
                        existing.base = Some(BaseTerm {
                            value: existing.value.clone(),
                            jurisdiction: existing.jurisdiction.clone(),
                        });
                    }
                    existing.value = t.value.clone();
                    existing.values = t.values.clone();
                    existing.jurisdiction = t.jurisdiction.clone();
                    if let Some(kind) = t.kind {
                        existing.kind = kind;
                    }
                    existing.definition = t.definition.clone();
                    existing.definitions = t.definitions.clone();
                    if let Some(note) = &t.note {
                        existing.note = note.clone();
                    }
                    existing.source = t.source.clone();
                    existing.layer = self.layer.clone();
                }
                None => match t.kind {
                    Some(kind) => r.terms.push(ResolvedTerm {
                        id: t.id.clone(),
                        kind,
                        jurisdiction: t.jurisdiction.clone(),
                        value: t.value.clone(),
                        values: t.values.clone(),
                        note: t.note.clone().unwrap_or_default(),
                        definition: t.definition.clone(),
                        definitions: t.definitions.clone(),
                        source: t.source.clone(),
                        layer: self.layer.clone(),
                        base: None,
                    }),
                    None => self.error(
                        Code::NewTermWithoutKind,
                        &at.key("id"),
                        format!("\"{}\" is not a term of the base, so it needs a \"kind\"", t.id),
                        "add \"kind\" (law, regulator, body, service, emergency-number, code, guidance, qualification or word), or correct the id",
                    ),
                },
            }
            for (field, value) in std::iter::once(("value".to_string(), &t.value))
                .chain(t.values.iter().map(|(l, v)| (format!("values.{l}"), v)))
            {
                if value.contains(['{', '}']) || value.chars().any(text::forbidden_char) {
                    self.error(
                        Code::BadTermValue,
                        &at.key(field.clone()),
                        "a term value is plain text on one line, without braces".into(),
                        "remove braces and control characters",
                    );
                }
            }
            // A definition is plain text: one line, no control characters.
            for (field, definition) in t
                .definition
                .iter()
                .map(|d| ("definition".to_string(), d))
                .chain(
                    t.definitions
                        .iter()
                        .map(|(l, d)| (format!("definitions.{l}"), d)),
                )
            {
                if definition.chars().any(text::forbidden_char) {
                    self.error(
                        Code::BadTermValue,
                        &at.key(field.clone()),
                        "a term's definition is plain text on one line".into(),
                        "remove line breaks and control characters",
                    );
                }
            }
            for (field, locale) in t
                .values
                .keys()
                .map(|l| ("values", l))
                .chain(t.definitions.keys().map(|l| ("definitions", l)))
            {
                if !ids::is_locale(locale) {
                    self.error(
                        Code::BadLocale,
                        &at.key(field),
                        format!("\"{locale}\" is not a BCP 47 locale tag"),
                        ids::locale_help(locale, "write a tag such as hi-IN or pt-BR"),
                    );
                }
            }
        }
        for (position, k) in edition.keep.iter().enumerate() {
            let i = self.gaps.keep_index(position);
            if r.term(&k.term).is_none() {
                let known: Vec<&str> = r.terms.iter().map(|t| t.id.as_str()).collect();
                let help = crate::diag::did_you_mean(&crate::diag::suggest(&k.term, known))
                    .unwrap_or_else(|| "keep only terms the base defines".into());
                self.error(
                    Code::UnknownTerm,
                    &JsonPath::root().key("keep").index(i).key("term"),
                    format!("the term \"{}\" is not defined by the base", k.term),
                    help,
                );
            } else {
                r.kept.push(KeptTermRef {
                    term: k.term.clone(),
                    rationale: k.rationale.clone(),
                    layer: self.layer.clone(),
                });
            }
        }
    }

    /// A term given twice, kept twice, or both given a value and kept: the later
    /// entry would silently replace the earlier, or the two contradict each other.
    fn duplicate_terms(&mut self, edition: &EditionFile) {
        let root = JsonPath::root();
        let mut given: HashMap<&str, JsonPath> = HashMap::new();
        for (position, t) in edition.terms.iter().enumerate() {
            let at = root.key("terms").index(self.gaps.term_index(position));
            match given.get(t.id.as_str()) {
                Some(first) => {
                    let first = self.place(first);
                    self.error(
                        Code::DuplicateTerm,
                        &at.key("id"),
                        format!("the term \"{}\" is given twice", t.id),
                        format!("the first is at {first}; merge the two entries, the later would replace it"),
                    );
                }
                None => {
                    given.insert(&t.id, at);
                }
            }
        }
        let mut kept: HashMap<&str, JsonPath> = HashMap::new();
        for (position, k) in edition.keep.iter().enumerate() {
            let at = root.key("keep").index(self.gaps.keep_index(position));
            if let Some(first) = kept.get(k.term.as_str()) {
                let first = self.place(first);
                self.error(
                    Code::DuplicateTerm,
                    &at.key("term"),
                    format!("the term \"{}\" is kept twice", k.term),
                    format!("the first is at {first}; keep one entry, with one rationale"),
                );
                continue;
            }
            if let Some(value) = given.get(k.term.as_str()) {
                let value = self.place(value);
                self.error(
                    Code::DuplicateTerm,
                    &at.key("term"),
                    format!(
                        "the term \"{}\" is kept, and given a value in \"terms\" too",
                        k.term
                    ),
                    format!(
                        "the value is at {value}; keep the base's value or give your own, not both"
                    ),
                );
            }
            kept.insert(&k.term, at);
        }
    }

    /// `edition.json:12:5`: where a path is in the file, for messages that point
    /// at a second place.
    fn place(&self, path: &JsonPath) -> String {
        match self.doc.position(path) {
            Some((line, column)) => format!("{}:{line}:{column}", self.doc.shown),
            None => format!("{} at {path}", self.doc.shown),
        }
    }
}
