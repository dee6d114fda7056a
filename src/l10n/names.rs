//! Names a pack shows to a reader instead of codes: the countries an edition is
//! for, and the language of the pack ("Português (Brasil)", not `pt-BR`).
//!
//! A name is a label: `country-SA` and `language-ar` in a locale's label files
//! (`*ui.ftl`), looked up along the locale's chain like any label. Where no
//! locale of the chain names it, the English name from the built-in table
//! (`name_table`: every ISO 3166-1 country, common languages) is shown
//! and marked as a fallback; a bare code only when there is no name at all. A
//! whole locale may be named at once (`language-pt-BR`); otherwise the
//! language's and the region's names are joined by the label
//! `label-language-region` ("{ $language } ({ $region })"), whose punctuation
//! each locale chooses.

use super::labels::Labels;
use super::{LocalText, language, name_table};

/// Whether a label id names a country or a language.
pub fn is_name_label(id: &str) -> bool {
    id.starts_with("country-") || id.starts_with("language-")
}

/// A label, else the English name from the table (marked as a fallback in a
/// pack in another language), else the code itself.
fn name(labels: &Labels, id: &str, english: Option<&str>, code: &str) -> LocalText {
    if let Some(t) = labels.optional(id) {
        return t;
    }
    match english {
        Some(n) => LocalText {
            text: n.to_string(),
            lang: "en".to_string(),
            fallback: language(labels.locale()) != "en",
            ..Default::default()
        },
        None => LocalText {
            text: code.to_string(),
            lang: labels.locale().to_string(),
            fallback: false,
            ..Default::default()
        },
    }
}

/// A country's name (`SA`) in the labels' locale.
pub fn country(labels: &Labels, code: &str) -> LocalText {
    let code = code.to_ascii_uppercase();
    name(
        labels,
        &format!("country-{code}"),
        name_table::country(&code),
        &code,
    )
}

/// The region subtag of a locale (`SA` of `ar-SA`, `CN` of `zh-Hans-CN`).
fn region(tag: &str) -> Option<&str> {
    tag.split('-')
        .skip(1)
        .find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))
}

/// The name of the language a pack is in, with its region when the tag has
/// one: "العربية (المملكة العربية السعودية)" for `ar-SA`.
pub fn locale(labels: &Labels, tag: &str) -> LocalText {
    if let Some(t) = labels.optional(&format!("language-{tag}")) {
        return t;
    }
    let lang = language(tag);
    let name = name(
        labels,
        &format!("language-{lang}"),
        name_table::language(lang),
        tag,
    );
    let Some(region) = region(tag) else {
        return name;
    };
    let region = country(labels, region);
    let joined = labels.get_text(
        "label-language-region",
        &[("language", &name.text), ("region", &region.text)],
    );
    let fallback = name.fallback || region.fallback || joined.fallback;
    LocalText {
        text: joined.text,
        lang: if fallback {
            "en".to_string()
        } else {
            joined.lang
        },
        fallback,
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::LocaleRoot;

    #[test]
    fn names_in_the_packs_language_or_marked_english() {
        let ar = Labels::load(&LocaleRoot::Embedded, "ar-SA", "en-GB");
        let sa = country(&ar, "SA");
        assert_eq!(
            (sa.text.as_str(), sa.fallback),
            ("المملكة العربية السعودية", false)
        );
        assert_eq!(
            locale(&ar, "ar-SA").text,
            "العربية (المملكة العربية السعودية)"
        );
        let fj = country(&ar, "FJ");
        assert_eq!((fj.text.as_str(), fj.fallback), ("Fiji", true));
        let en = Labels::load(&LocaleRoot::Embedded, "en", "en-GB");
        let t = locale(&en, "en");
        assert_eq!((t.text.as_str(), t.fallback), ("English", false));
        assert_eq!(country(&en, "ZZ").text, "ZZ");
        let pt = Labels::load(&LocaleRoot::Embedded, "pt-BR", "en-GB");
        assert_eq!(locale(&pt, "pt-BR").text, "Português (Brasil)");
        let zh = Labels::load(&LocaleRoot::Embedded, "zh-CN", "en-GB");
        assert_eq!(locale(&zh, "zh-CN").text, "中文（中国）");
        let hi = Labels::load(&LocaleRoot::Embedded, "hi-IN", "en-GB");
        assert_eq!(locale(&hi, "hi-IN").text, "हिन्दी (भारत)");
    }

    /// A name label is checked like any label: one with a variable or a
    /// control character is reported and not used.
    #[test]
    fn a_broken_name_is_reported_and_not_used() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("pt-BR")).unwrap();
        std::fs::write(
            dir.path().join("pt-BR/names-ui.ftl"),
            "country-BR = Bra\u{202E}sil\ncountry-PT = { $nome }\n",
        )
        .unwrap();
        let pt = Labels::load(&LocaleRoot::Layered(dir.path().into()), "pt-BR", "en-GB");
        let codes: Vec<&str> = pt.problems().iter().map(|p| p.code.as_str()).collect();
        assert_eq!(
            codes,
            ["suspicious-character", "variable-mismatch"],
            "{codes:?}"
        );
        assert_eq!(country(&pt, "BR").text, "Brasil");
        assert_eq!(country(&pt, "PT").text, "Portugal");
    }
}
