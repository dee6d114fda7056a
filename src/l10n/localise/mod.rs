//! Localising a resolved edition for one locale: every text along the locale's
//! fallback chain, every fallback marked and counted.

use super::messages::rationale_key;
use super::{
    Catalog, EDITION_MESSAGE, FRAMEWORK_MESSAGE, LocalCertificate, LocalNotice, LocalRemoval,
    LocalTerm, LocalText, Localised, Part, fallback_chain, language, notice_key, part_layer,
};
use crate::edition::resolved::{Provenance, Resolved, ResolvedTerm};
use crate::text;
use std::collections::HashMap;

mod standards;

#[derive(Clone)]
struct Localiser<'a> {
    chain: Vec<String>,
    /// The layers' ids, base first: an operation's rationale is translated in
    /// its own layer's files.
    layers: Vec<String>,
    locale: &'a str,
    source: &'a str,
    catalog: &'a Catalog,
    /// Term values for the requested locale, with the locale each was found in.
    terms: HashMap<&'a str, (String, String)>,
    /// Term values in the source language, for texts that fell back to it, so a
    /// fallback sentence is not a mix of two languages.
    source_terms: HashMap<&'a str, String>,
    fallbacks: usize,
    /// Texts that could fall back: every text looked up, and every counted term.
    texts: usize,
}

impl Localiser<'_> {
    /// The translation of `key` along the chain from a layer at or above `layer`
    /// (the one that last set the text), or the source text.
    fn text(&mut self, key: &str, source_text: &str, layer: usize) -> LocalText {
        let found = self
            .catalog
            .find(&self.chain, self.source, key, layer)
            .map(|f| (f.entry.pattern.clone(), f.locale.to_string()));
        self.shown(found, source_text)
    }

    /// The translation of `key` from the files of `layer` only (an edition's
    /// names), or the source text.
    fn text_exact(&mut self, key: &str, source_text: &str, layer: usize) -> LocalText {
        let found = self
            .catalog
            .find_exact(&self.chain, self.source, key, layer)
            .map(|f| (f.entry.pattern.clone(), f.locale.to_string()));
        self.shown(found, source_text)
    }

    /// A translation as shown, or the source text; counted, and so is every
    /// term value a translated text prints in another language.
    fn shown(&mut self, found: Option<(String, String)>, source_text: &str) -> LocalText {
        let Some((pattern, lang)) = found else {
            // The source text itself, rendered without a copy of it first.
            let text = text::render(source_text, |id| {
                self.source_terms.get(id).map(String::as_str)
            });
            return self.mark(text, self.source.to_string());
        };
        if lang == self.source {
            let text = text::render(&pattern, |id| self.source_terms.get(id).map(String::as_str));
            return self.mark(text, lang);
        }
        let (text, foreign) = self.render_translated(&pattern);
        self.texts += text::term_refs(&pattern).len();
        self.fallbacks += foreign.len();
        LocalText {
            foreign,
            ..self.mark(text, lang)
        }
    }

    /// A translated pattern with each term's value for the locale, and where a
    /// value in another language sits in the text.
    fn render_translated(&self, pattern: &str) -> (String, Vec<(usize, usize, String)>) {
        let Ok(pieces) = text::parse(pattern) else {
            return (pattern.to_string(), Vec::new());
        };
        let mut out = String::with_capacity(pattern.len());
        let mut foreign = Vec::new();
        for piece in pieces {
            match piece {
                text::Piece::Text(t) => out.push_str(&t),
                text::Piece::Term(id) => match self.terms.get(id) {
                    Some((value, l)) => {
                        let start = out.len();
                        out.push_str(value);
                        if language(l) != language(self.locale) {
                            foreign.push((start, out.len(), l.clone()));
                        }
                    }
                    None => {
                        out.push_str("{ ");
                        out.push_str(id);
                        out.push_str(" }");
                    }
                },
            }
        }
        (out, foreign)
    }

    /// A rationale as a pack shows it (country notes, removals): its
    /// translation, the edition's `edition.rationale-N`, or the source text,
    /// with the terms' values in the language it is in. Counted when `count`.
    fn provenance_counted(&mut self, p: &Provenance, count: bool) -> Provenance {
        let Some(why) = &p.rationale else {
            return p.clone();
        };
        let translated = p.operation.and_then(|k| {
            let layer = self.layers.iter().position(|l| *l == p.layer)?;
            let f = self
                .catalog
                .find_exact(&self.chain, self.source, &rationale_key(k), layer)?;
            Some((f.entry.pattern.clone(), f.locale.to_string()))
        });
        let (text, lang) = match translated {
            Some((pattern, lang)) => (self.render_translated(&pattern).0, Some(lang)),
            None => (
                text::render(why, |id| self.source_terms.get(id).map(String::as_str)),
                None,
            ),
        };
        if count {
            let shown = lang.as_deref().unwrap_or(self.source);
            self.texts += 1;
            self.fallbacks += usize::from(language(shown) != language(self.locale));
        }
        Provenance {
            rationale: Some(text),
            rationale_lang: lang,
            ..p.clone()
        }
    }

    /// A node's last change, as its provenance shows it (not counted: the
    /// history shows the same rationale).
    fn provenance(&mut self, p: &Provenance) -> Provenance {
        self.provenance_counted(p, false)
    }

    /// A node's history as a pack shows it: each rationale is counted.
    fn history(&mut self, h: &[Provenance]) -> Vec<Provenance> {
        h.iter().map(|p| self.provenance_counted(p, true)).collect()
    }

    fn mark(&mut self, text: String, lang: String) -> LocalText {
        self.texts += 1;
        let fallback = language(&lang) != language(self.locale);
        if fallback {
            self.fallbacks += 1;
        }
        LocalText {
            text,
            lang,
            fallback,
            ..Default::default()
        }
    }
}

/// What the glossary says a term is: its definition along the chain (the
/// edition's `definitions`), else its definition or, without one, its note in
/// the source language, marked when that is not the pack's. Not counted among
/// the fallbacks: it explains a term, it is not text of the standards.
fn term_description(t: &ResolvedTerm, chain: &[String], source: &str, locale: &str) -> LocalText {
    let (text, lang) = chain
        .iter()
        .find_map(|l| t.definitions.get(l).map(|n| (n.clone(), l.clone())))
        .unwrap_or_else(|| {
            let text = t.definition.as_ref().unwrap_or(&t.note);
            (text.clone(), source.to_string())
        });
    LocalText {
        fallback: language(&lang) != language(locale),
        text,
        lang,
        ..Default::default()
    }
}

/// Localises `r` for `locale` with the translations in `catalog`.
pub fn localise(r: &Resolved, locale: &str, catalog: &Catalog) -> Localised {
    localise_with(r, locale, catalog, false)
}

/// [`localise`], with a large framework's standards split across two
/// threads when `parallel` (when nothing else is running beside it: the
/// first pack of a build waits for it). The same text either way.
pub fn localise_on_two(r: &Resolved, locale: &str, catalog: &Catalog) -> Localised {
    localise_with(r, locale, catalog, true)
}

fn localise_with(r: &Resolved, locale: &str, catalog: &Catalog, parallel: bool) -> Localised {
    let source = r.source_locale.as_str();
    let chain = fallback_chain(locale, source);
    let terms: HashMap<&str, (String, String)> = r
        .terms
        .iter()
        .map(|t| (t.id.as_str(), term_value(t, &chain, source, catalog)))
        .collect();
    let source_terms = r
        .terms
        .iter()
        .map(|t| (t.id.as_str(), t.value.clone()))
        .collect();
    let mut l = Localiser {
        chain: chain.clone(),
        layers: r.layers.iter().map(|x| x.id.clone()).collect(),
        locale,
        source,
        catalog,
        terms,
        source_terms,
        fallbacks: 0,
        texts: 0,
    };
    let layer_of = |history: &[Provenance], part| part_layer(r, history, part);
    let local_terms = r
        .terms
        .iter()
        .map(|t| {
            let (value, lang) = l.terms.get(t.id.as_str()).cloned().unwrap_or_default();
            let fallback = language(&lang) != language(locale);
            l.texts += 1;
            l.fallbacks += usize::from(fallback);
            LocalTerm {
                id: t.id.clone(),
                kind: t.kind,
                jurisdiction: t.jurisdiction.clone(),
                value: LocalText {
                    text: value,
                    lang,
                    fallback,
                    ..Default::default()
                },
                description: term_description(t, &l.chain, source, locale),
                layer: t.layer.clone(),
                note: t.note.clone(),
                source: t.source.clone(),
            }
        })
        .collect();
    let standards = l.standards(r, parallel);
    let removed = r
        .removed
        .iter()
        .map(|x| LocalRemoval {
            id: x.id.clone(),
            code: x.code.clone(),
            text: l.text(&x.id, &x.text, layer_of(&x.history, Part::Value)),
            provenance: l.provenance_counted(&x.provenance, true),
        })
        .collect();
    // Names: the framework's title, the top edition's name, every notice from
    // the message of the layer that gave it.
    let title = l.text(FRAMEWORK_MESSAGE, &r.framework.title, 0);
    let top = r.layers.len() - 1;
    let name = if top == 0 {
        title.clone()
    } else {
        l.text_exact(EDITION_MESSAGE, &r.name, top)
    };
    let notices = r
        .notices
        .iter()
        .zip(&r.notice_from)
        .map(|(n, (layer, i))| LocalNotice {
            kind: n.kind,
            layer: *layer,
            text: if *layer == 0 {
                l.text(&notice_key(0, *i), &n.text, 0)
            } else {
                l.text_exact(&notice_key(*layer, *i), &n.text, *layer)
            },
        })
        .collect();
    Localised {
        id: r.id.clone(),
        locale: locale.to_string(),
        source_locale: source.to_string(),
        framework: r.framework.clone(),
        countries: r.countries.clone(),
        layers: r.layers.clone(),
        notices,
        fonts: r.fonts.clone(),
        certificate: LocalCertificate {
            issuer: r.certificate.issuer.as_ref().map(|i| {
                let (text, lang) = l
                    .chain
                    .iter()
                    .find_map(|c| i.names.get(c).map(|n| (n.clone(), c.clone())))
                    .unwrap_or_else(|| (i.name.clone(), source.to_string()));
                LocalText {
                    text,
                    lang,
                    fallback: false,
                    foreign: Vec::new(),
                }
            }),
            logo: r.certificate.logo.clone(),
            number: r
                .certificate
                .number
                .as_deref()
                .and_then(|p| crate::edition::certificate::parse_pattern(p).ok()),
        },
        author: r.author.clone(),
        terms: local_terms,
        standards,
        removed,
        name,
        title,
        country_names: Vec::new(),
        jurisdiction_names: Default::default(),
        language_name: None,
        fallbacks: l.fallbacks,
        texts: l.texts,
    }
}

/// A term's value along `chain`, with the locale it was found in: the edition's
/// value for a locale of the chain, else a translation file's `-term = …`, else
/// its value in the source language. A source value without a letter (`112`,
/// `999`) is written the same in every language: it counts as the locale's.
pub fn term_value(
    t: &ResolvedTerm,
    chain: &[String],
    source: &str,
    catalog: &Catalog,
) -> (String, String) {
    chain
        .iter()
        .find_map(|l| t.values.get(l).map(|v| (v.clone(), l.clone())))
        .or_else(|| catalog.term(chain, &t.id))
        .unwrap_or_else(|| {
            let neutral = !t.value.chars().any(char::is_alphabetic);
            let lang = if neutral { &chain[0] } else { source };
            (t.value.clone(), lang.to_string())
        })
}
