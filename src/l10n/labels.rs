//! Document labels ("Standard", "Page 3 of 12", "5 criteria") through fluent-bundle,
//! so each locale's plural rules and variables apply.
//!
//! Labels come from `ui.ftl` along the locale's fallback chain; a label found only
//! in the source language is marked as a fallback, like content. Isolation marks
//! are off: documents set direction themselves and must not carry stray FSI/PDI.

use super::catalog::LocaleRoot;
use super::{LocalText, fallback_chain};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The label bundles of one locale, best first.
pub struct Labels {
    locale: String,
    bundles: Vec<(String, FluentBundle<FluentResource>)>,
}

impl Labels {
    pub fn load(root: &LocaleRoot, locale: &str, source: &str) -> Labels {
        let mut bundles = Vec::new();
        for l in fallback_chain(locale, source) {
            let Ok(id) = l.parse::<LanguageIdentifier>() else {
                continue;
            };
            let files = if l == source {
                root.source_files(&l)
            } else {
                root.files(&l)
            };
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            bundle.set_use_isolating(false);
            for (_, text) in files.into_iter().filter(|(n, _)| n.ends_with("ui.ftl")) {
                // A broken file is reported by `l10n status`; whatever parsed is used.
                let res = FluentResource::try_new(text).unwrap_or_else(|(partial, _)| partial);
                let _ = bundle.add_resource(res);
            }
            bundles.push((l, bundle));
        }
        Labels {
            locale: locale.to_string(),
            bundles,
        }
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

    fn format(&self, id: &str, fargs: &FluentArgs) -> LocalText {
        for (lang, bundle) in &self.bundles {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let mut text = bundle
                .format_pattern(pattern, Some(fargs), &mut errors)
                .into_owned();
            // Labels go into every document; a control character would make it
            // unreadable (`l10n status` reports the file).
            text.retain(|c| !crate::text::forbidden_char(c) || matches!(c, '\t' | '\r' | '\n'));
            let fallback = lang.split('-').next() != self.locale.split('-').next();
            return LocalText {
                text,
                lang: lang.clone(),
                fallback,
            };
        }
        LocalText {
            text: id.to_string(),
            lang: self.locale.clone(),
            fallback: true,
        }
    }
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

    #[test]
    fn control_characters_are_dropped_from_labels() {
        // Found by the `ftl` fuzz target: labels reach every Word document.
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("pt-BR")).unwrap();
        std::fs::write(
            dir.path().join("pt-BR/ui.ftl"),
            "label-standard = Pa\u{1}dr\u{0}ão\n",
        )
        .unwrap();
        let root = LocaleRoot::Dir(dir.path().to_path_buf());
        let pt = Labels::load(&root, "pt-BR", "en-GB");
        assert_eq!(pt.get("label-standard", &[]).text, "Padrão");
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
