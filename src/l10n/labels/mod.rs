//! Document labels ("Standard", "Page 3 of 12", "5 criteria") through fluent-bundle,
//! so each locale's plural rules and variables apply.
//!
//! Labels come from the `ui.ftl` files along the locale's fallback chain and,
//! within a locale, from each translation folder in turn: a local `ui.ftl` with a
//! few labels overrides those labels only. The program's own English labels (the
//! built-in `en-GB/ui.ftl`) come last and are the reference every translation is
//! checked against ([`check`]): a label with a problem is reported (errors in
//! `l10n status`, warnings in `build`) and not used, so the next folder's or
//! language's label is, and a document never prints `{$pagina}`. A label found
//! only in another language is marked as a fallback, like content. Isolation
//! marks are off: documents set direction themselves and must not carry stray
//! FSI/PDI.

mod check;

use super::folders::{Folder, LocaleRoot};
use super::{LocalText, fallback_chain, language};
use crate::diag::Diagnostic;
use crate::load::locate::LineIndex;
use check::{Defined, Reference};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::Entry;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::{Mutex, OnceLock};
use unic_langid::LanguageIdentifier;

/// The locale whose built-in `ui.ftl` defines the labels the program uses.
pub const REFERENCE_LOCALE: &str = "en-GB";

/// The labels of one locale, best first.
pub struct Labels {
    locale: String,
    bundles: Vec<LabelBundle>,
    problems: Vec<Diagnostic>,
    /// Labels without arguments as formatted the first time: a document asks
    /// for "Knowledge" or "Performance" once per criterion.
    plain: Mutex<HashMap<String, LocalText>>,
}

/// The label files of one locale in one folder.
struct LabelBundle {
    lang: String,
    bundle: FluentBundle<FluentResource>,
    /// Labels that are not used because of a problem (reported with it).
    broken: HashSet<String>,
}

/// The program's own English labels: the variables of each label, and the
/// labels as a bundle, the last every [`Labels`] asks. Parsed once, the first
/// time a command needs labels, and shared by every pack of the process.
struct Built {
    variables: Reference,
    bundle: Option<LabelBundle>,
}

fn reference() -> &'static Built {
    static REFERENCE: OnceLock<Built> = OnceLock::new();
    REFERENCE.get_or_init(|| {
        let resources: Vec<FluentResource> = LocaleRoot::Embedded
            .files(REFERENCE_LOCALE)
            .into_iter()
            .filter(|f| is_label_file(&f.shown))
            .filter_map(|f| f.text.ok())
            .map(|text| FluentResource::try_new(text).unwrap_or_else(|(partial, _)| partial))
            .collect();
        let mut variables = Reference::new();
        for res in &resources {
            for e in res.entries() {
                if let Entry::Message(m) = e {
                    let vars = m
                        .value
                        .as_ref()
                        .map(|v| check::Refs::of(v).variables)
                        .unwrap_or_default();
                    variables.insert(
                        m.id.name.to_string(),
                        vars.into_iter().map(str::to_string).collect(),
                    );
                }
            }
        }
        Built {
            variables,
            bundle: bundle_of(REFERENCE_LOCALE, resources, HashSet::new()),
        }
    })
}

/// Label files are the `ui.ftl` files of a locale (`*ui.ftl`); the others hold
/// content.
pub fn is_label_file(shown: &str) -> bool {
    shown.ends_with("ui.ftl")
}

/// The ids of every label the documents use. Names of countries and languages
/// (`country-SA`, `language-ar`) are labels too, but only the few a pack shows
/// count (see [`super::names`]), and their English is the built-in table's.
pub fn label_ids() -> Vec<&'static str> {
    reference()
        .variables
        .keys()
        .map(String::as_str)
        .filter(|id| !super::names::is_name_label(id))
        .collect()
}

impl Labels {
    pub fn load(root: &LocaleRoot, locale: &str, source: &str) -> Labels {
        let mut bundles = Vec::new();
        let mut problems = Vec::new();
        let folders = root.folders();
        for l in fallback_chain(locale, source) {
            let files = root.files(&l);
            for (folder, kind) in folders.iter().enumerate() {
                // The built-in English labels are the program's own, which
                // every `Labels` asks last (`reference`).
                if matches!(kind, Folder::BuiltIn) && l == REFERENCE_LOCALE {
                    continue;
                }
                let texts: Vec<(String, String)> = files
                    .iter()
                    .filter(|f| f.folder == folder && is_label_file(&f.shown))
                    .filter_map(|f| Some((f.shown.clone(), f.text.clone().ok()?)))
                    .collect();
                if !texts.is_empty() {
                    bundles.extend(bundle(&l, &texts, Some(&mut problems)));
                }
            }
        }
        problems.dedup();
        // Made now, so a pack that loads its labels beside other work (see
        // `build`) does not parse them later on its way.
        reference();
        Labels {
            locale: locale.to_string(),
            bundles,
            problems,
            plain: Mutex::default(),
        }
    }

    /// What is wrong with the label translations read; those labels are not used.
    pub fn problems(&self) -> &[Diagnostic] {
        &self.problems
    }

    /// The label `id` with numeric arguments, e.g. `("count", 3)`.
    pub fn get(&self, id: &str, args: &[(&str, i64)]) -> LocalText {
        if args.is_empty() {
            return self.plain(id);
        }
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, FluentValue::from(*v));
        }
        self.format(id, &fargs)
    }

    /// The label `id` without arguments, formatted once.
    fn plain(&self, id: &str) -> LocalText {
        // A poisoned lock only means another thread panicked: format afresh.
        let Ok(mut plain) = self.plain.lock() else {
            return self.format(id, &FluentArgs::new());
        };
        if let Some(found) = plain.get(id) {
            return found.clone();
        }
        let text = self.format(id, &FluentArgs::new());
        plain.insert(id.to_string(), text.clone());
        text
    }

    /// The label `id` with text arguments, e.g. `("code", "1.2")`.
    pub fn get_text(&self, id: &str, args: &[(&str, &str)]) -> LocalText {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, FluentValue::from(*v));
        }
        self.format(id, &fargs)
    }

    /// The label `id` as documents show it, with every variable the English
    /// label has given a value: what `l10n status` counts.
    pub fn resolve(&self, id: &str) -> LocalText {
        let mut fargs = FluentArgs::new();
        for v in reference().variables.get(id).into_iter().flatten() {
            fargs.set(v.as_str(), FluentValue::from(1));
        }
        self.format(id, &fargs)
    }

    /// How many labels are shown in another language than the pack's. None
    /// can be when every label file read is in the pack's language: the
    /// program's own English labels all format (a test checks), so a label
    /// comes from one of them. Formatting every label to find out was 3 % of
    /// the base's standards document.
    pub fn fallbacks(&self) -> usize {
        let own = language(&self.locale);
        let every_file_own = self
            .bundles
            .iter()
            .chain(&reference().bundle)
            .all(|b| language(&b.lang) == own);
        if every_file_own {
            return 0;
        }
        label_ids()
            .into_iter()
            .filter(|id| self.resolve(id).fallback)
            .count()
    }

    /// The locale the labels are for.
    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// A label that only some locales define (a country's or a language's
    /// name), or `None` when no file of the chain or the program has it.
    pub fn optional(&self, id: &str) -> Option<LocalText> {
        self.lookup(id, &FluentArgs::new())
    }

    fn format(&self, id: &str, fargs: &FluentArgs) -> LocalText {
        self.lookup(id, fargs).unwrap_or_else(|| LocalText {
            text: id.to_string(),
            lang: self.locale.clone(),
            fallback: true,
            ..Default::default()
        })
    }

    fn lookup(&self, id: &str, fargs: &FluentArgs) -> Option<LocalText> {
        // The program's own labels come last, whatever the folders hold.
        for b in self.bundles.iter().chain(&reference().bundle) {
            if b.broken.contains(id) {
                continue;
            }
            let Some(pattern) = b.bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let mut text = b
                .bundle
                .format_pattern(pattern, Some(fargs), &mut errors)
                .into_owned();
            // A label that does not format cleanly (a reference to a broken
            // label, say) would show Fluent's placeholder: use the next one.
            if !errors.is_empty() {
                continue;
            }
            // Labels go into every document; a control character in an argument
            // would make it unreadable.
            text.retain(|c| !crate::text::forbidden_char(c) || matches!(c, '\t' | '\r' | '\n'));
            return Some(LocalText {
                text,
                lang: b.lang.clone(),
                fallback: language(&b.lang) != language(&self.locale),
                ..Default::default()
            });
        }
        None
    }
}

/// A bundle of one locale's label files from one folder, each checked against
/// the English labels when `problems` is given.
fn bundle(
    lang: &str,
    texts: &[(String, String)],
    problems: Option<&mut Vec<Diagnostic>>,
) -> Option<LabelBundle> {
    let resources: Vec<(&str, FluentResource)> = texts
        .iter()
        .map(|(shown, text)| {
            // Too deep for the parser (it would overflow the stack): not used, and
            // reported by `l10n status` like any syntax error.
            let text = match crate::text::nesting::too_deep(text) {
                Some(_) => String::new(),
                None => text.clone(),
            };
            let res = FluentResource::try_new(text).unwrap_or_else(|(partial, _)| partial);
            (shown.as_str(), res)
        })
        .collect();
    let mut broken = HashSet::new();
    if let Some(problems) = problems {
        let mut terms = BTreeSet::new();
        let mut messages = BTreeSet::new();
        for e in resources.iter().flat_map(|(_, r)| r.entries()) {
            match e {
                Entry::Message(m) => messages.insert(m.id.name.to_string()),
                Entry::Term(t) => terms.insert(t.id.name.to_string()),
                _ => false,
            };
        }
        let defined = Defined {
            terms: &terms,
            messages: &messages,
        };
        for (shown, res) in &resources {
            let lines = LineIndex::new(res.source());
            for e in res.entries() {
                let Entry::Message(m) = e else { continue };
                let found = check::check(
                    m,
                    &reference().variables,
                    &defined,
                    shown,
                    &lines,
                    res.source(),
                );
                if let Some(found) = found.filter(|f| !f.is_empty()) {
                    broken.insert(m.id.name.to_string());
                    problems.extend(found);
                }
            }
        }
    }
    bundle_of(
        lang,
        resources.into_iter().map(|(_, r)| r).collect(),
        broken,
    )
}

/// The parsed label files of one locale as a bundle.
fn bundle_of(
    lang: &str,
    resources: Vec<FluentResource>,
    broken: HashSet<String>,
) -> Option<LabelBundle> {
    let id = lang.parse::<LanguageIdentifier>().ok()?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    for res in resources {
        // A broken file is reported by `l10n status`; whatever parsed is used.
        // A label defined twice keeps its first definition.
        let _ = bundle.add_resource(res);
    }
    Some(LabelBundle {
        lang: lang.to_string(),
        bundle,
        broken,
    })
}

#[cfg(test)]
mod tests;
