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
use std::collections::{BTreeSet, HashSet};
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

/// The locale whose built-in `ui.ftl` defines the labels the program uses.
pub const REFERENCE_LOCALE: &str = "en-GB";

/// The labels of one locale, best first.
pub struct Labels {
    locale: String,
    bundles: Vec<LabelBundle>,
    problems: Vec<Diagnostic>,
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
        }
    }

    /// What is wrong with the label translations read; those labels are not used.
    pub fn problems(&self) -> &[Diagnostic] {
        &self.problems
    }

    /// The label `id` with numeric arguments, e.g. `("count", 3)`.
    pub fn get(&self, id: &str, args: &[(&str, i64)]) -> LocalText {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, FluentValue::from(*v));
        }
        self.format(id, &fargs)
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
mod tests {
    use super::*;

    fn count(labels: &Labels, n: i64) -> String {
        labels.get("label-criteria-count", &[("count", n)]).text
    }

    #[test]
    fn arabic_plural_categories_and_variables() {
        let ar = Labels::load(&LocaleRoot::Embedded, "ar", "en-GB");
        assert!(ar.problems().is_empty(), "{:?}", ar.problems());
        let forms: Vec<String> = [0, 1, 2, 3, 11, 100]
            .iter()
            .map(|n| count(&ar, *n))
            .collect();
        // zero, one, two, few, many and other are six different sentences.
        let mut distinct = forms.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), 6, "{forms:?}");
        assert!(forms[3].starts_with("3 "), "{forms:?}");
        assert!(!forms.concat().contains(['\u{2068}', '\u{2069}']));
        let page = ar.get("label-page", &[("page", 2), ("pages", 9)]);
        assert!(
            page.text.contains('2') && page.text.contains('9') && !page.fallback,
            "{page:?}"
        );
    }

    fn local(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (path, text) in files {
            let path = dir.path().join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        dir
    }

    fn codes(labels: &Labels) -> Vec<&str> {
        labels.problems().iter().map(|p| p.code.as_str()).collect()
    }

    #[test]
    fn a_label_with_control_characters_is_not_used() {
        // Found by the `ftl` fuzz target: labels reach every Word document.
        let dir = local(&[("pt-BR/ui.ftl", "label-standard = Pa\u{1}dr\u{0}ão\n")]);
        let pt = Labels::load(&LocaleRoot::Layered(dir.path().into()), "pt-BR", "en-GB");
        // The built-in Portuguese label is used instead.
        let t = pt.get("label-standard", &[]);
        assert_eq!((t.text.as_str(), t.fallback), ("Padrão", false));
        assert_eq!(codes(&pt), ["control-character"]);
        let only = Labels::load(&LocaleRoot::Dir(dir.path().into()), "pt-BR", "en-GB");
        let t = only.get("label-standard", &[]);
        assert_eq!((t.text.as_str(), t.fallback), ("Standard", true));
    }

    /// A local ui.ftl with a few labels overrides those only.
    #[test]
    fn a_local_label_file_overrides_its_labels_only() {
        let dir = local(&[("pt-BR/ui.ftl", "label-standard = Norma\n")]);
        let pt = Labels::load(&LocaleRoot::Layered(dir.path().into()), "pt-BR", "en-GB");
        assert_eq!(pt.get("label-standard", &[]).text, "Norma");
        let page = pt.get("label-page", &[("page", 2), ("pages", 9)]);
        assert_eq!(
            (page.text.as_str(), page.fallback),
            ("Página 2 de 9", false)
        );
        assert!(pt.problems().is_empty(), "{:?}", pt.problems());
    }

    #[test]
    fn broken_labels_are_reported_and_fall_back() {
        let dir = local(&[(
            "pt-BR/ui.ftl",
            concat!(
                "label-page = Página { $pagina } de { $pages }\n",
                "label-standard = { -padrao }\n",
                "label-outcome = { NUMBER(1) }\n",
                "label-criterion = Crit\u{202E}ério\n",
                "label-code = { label-nada }\n",
                "label-kind = Tipo de { -coisa }\n",
                "-coisa = coisa\n",
                "label-criteria-count = { $count } critérios\n",
                "label-activity-code = Atividade\n",
            ),
        )]);
        let pt = Labels::load(&LocaleRoot::Dir(dir.path().into()), "pt-BR", "en-GB");
        let problems: Vec<String> = pt.problems().iter().map(|p| p.to_string()).collect();
        assert_eq!(
            codes(&pt),
            [
                "variable-mismatch",
                "variable-mismatch",
                "term-mismatch",
                "unsupported-placeable",
                "suspicious-character",
                "unsupported-placeable",
                "variable-mismatch",
            ],
            "{problems:#?}"
        );
        assert!(
            problems[0].contains("ui.ftl:1:1 at label-page: the label uses the variable $pagina"),
            "{problems:#?}"
        );
        assert!(
            problems[0].contains("help: the English label has $page, $pages;"),
            "{problems:#?}"
        );
        assert!(
            problems[1].contains("the English label shows $page, which the translation leaves out"),
            "{problems:#?}"
        );
        assert!(
            problems[6].contains("ui.ftl:9:1 at label-activity-code"),
            "{problems:#?}"
        );
        // Each broken label is the English one in documents, never `{$pagina}`.
        for (id, english) in [
            ("label-page", "Page 2 of 9"),
            ("label-standard", "Standard"),
            ("label-outcome", "Learning outcome"),
            ("label-criterion", "Assessment criterion"),
            ("label-code", "Code"),
        ] {
            let t = pt.get(id, &[("page", 2), ("pages", 9)]);
            assert_eq!((t.text.as_str(), t.fallback), (english, true), "{id}");
        }
        // A term the file defines, and a plural without selector, are fine.
        assert_eq!(pt.get("label-kind", &[]).text, "Tipo de coisa");
        assert_eq!(
            pt.get("label-criteria-count", &[("count", 3)]).text,
            "3 critérios"
        );
    }

    #[test]
    fn english_plurals_and_fallback_to_the_source() {
        let en = Labels::load(&LocaleRoot::Embedded, "en-GB", "en-GB");
        assert_eq!(count(&en, 1), "1 criterion");
        assert_eq!(count(&en, 5), "5 criteria");
        let sw = Labels::load(&LocaleRoot::Embedded, "sw-KE", "en-GB");
        let t = sw.get("label-standard", &[]);
        assert_eq!(
            (t.text.as_str(), t.lang.as_str(), t.fallback),
            ("Standard", "en-GB", true)
        );
    }
}
