//! An edition's term values and kept terms, applied before its operations so that
//! the text the operations bring can use the edition's own terms.

use super::Applier;
use crate::diag::Code;
use crate::edition::file::EditionFile;
use crate::edition::resolved::{BaseTerm, KeptTermRef, Resolved, ResolvedTerm};
use crate::ids;
use crate::load::JsonPath;
use crate::text;

impl Applier<'_> {
    pub(super) fn terms(&mut self, r: &mut Resolved, edition: &EditionFile) {
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
                        &at.key(&field),
                        "a term value is plain text on one line, without braces".into(),
                        "remove braces and control characters",
                    );
                }
            }
            for locale in t.values.keys() {
                if !ids::is_locale(locale) {
                    self.error(
                        Code::BadLocale,
                        &at.key("values"),
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
}
