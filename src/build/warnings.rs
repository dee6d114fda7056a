//! What a build says about its packs besides writing them: translation and
//! label files it could not use, stale translations it used, packs mostly in
//! another language than their own, and locales nothing is published in.

use crate::diag::{Code, Diagnostic};
use crate::edition::resolved::Resolved;
use crate::l10n::labels::Labels;
use crate::l10n::{self, Catalog, Localised};

/// A pack is mostly untranslated when over this share of its texts fell back.
pub const MOSTLY: f64 = 0.5;

/// The warnings about a pack's translations. For `l10n status` these are
/// errors; a build goes on without the files and labels concerned.
pub(super) fn translation_warnings(
    r: &Resolved,
    catalog: &Catalog,
    labels: &Labels,
    l: &Localised,
    folder_problems: &[Diagnostic],
) -> Vec<Diagnostic> {
    let chain = l10n::fallback_chain(&l.locale, &r.source_locale);
    let mut out: Vec<Diagnostic> = folder_problems.to_vec();
    out.extend(catalog.problems(&chain));
    for p in labels.problems() {
        if !out.contains(p) {
            out.push(p.clone());
        }
    }
    let mut out: Vec<Diagnostic> = out.into_iter().map(Diagnostic::as_warning).collect();
    out.extend(stale_translations(r, catalog, &chain));
    out.extend(mostly_untranslated(l));
    out
}

/// Translations made from an older English text are still used (a translator
/// has not looked at the change yet), so a pack that uses them says so.
fn stale_translations(r: &Resolved, catalog: &Catalog, chain: &[String]) -> Option<Diagnostic> {
    let locale = chain.first()?;
    // Only a translation can be stale, and a pack in the source language uses
    // none (`Catalog::find` never looks in the source locale).
    if chain.iter().all(|l| *l == r.source_locale) {
        return None;
    }
    let sources = l10n::status::source_messages(r);
    let stale = l10n::status::stale_codes(&sources, catalog, chain, &r.source_locale);
    let n = stale.len();
    let shown: Vec<&str> = stale.iter().take(6).map(String::as_str).collect();
    let more = if n > 6 {
        format!(" and {} more", n - 6)
    } else {
        String::new()
    };
    (n > 0).then(|| {
        Diagnostic::warning(
            Code::StaleTranslation,
            format!(
                "{n} {} in {locale} {} made from an older English text: {}{more}",
                if n == 1 {
                    "translation"
                } else {
                    "translations"
                },
                if n == 1 { "was" } else { "were" },
                shown.join(", ")
            ),
        )
        .help(format!(
            "run `carecert l10n status --locale {locale}` to see what changed, then update them"
        ))
    })
}

/// A pack whose texts are mostly in another language is a pack in name only.
fn mostly_untranslated(l: &Localised) -> Option<Diagnostic> {
    let share = l.fallbacks as f64 / l.texts.max(1) as f64;
    (share > MOSTLY).then(|| {
        Diagnostic::warning(
            Code::MostlyUntranslated,
            format!(
                "the {} pack in {} is mostly untranslated: {} of its {} texts are in {}",
                l.id, l.locale, l.fallbacks, l.texts, l.source_locale
            ),
        )
        .help(format!(
            "translate it first (`carecert l10n status --locale {}` lists what is missing, `carecert l10n export` writes it for a translator)",
            l.locale
        ))
    })
}

/// With `build --all --locale L`, the errors for each `L` no target publishes.
pub(super) fn published_nowhere(
    offered: &[(String, Vec<String>)],
    asked: &[String],
) -> Vec<Diagnostic> {
    asked
        .iter()
        .filter(|l| !offered.iter().any(|(_, p)| p.contains(l)))
        .map(|l| {
            let list: Vec<String> = offered
                .iter()
                .map(|(id, p)| format!("{id} ({})", p.join(", ")))
                .collect();
            Diagnostic::error(
                Code::UnpublishedLocale,
                format!("no edition is published in {l}"),
            )
            .help(format!(
                "the editions' locales: {}; to publish one in {l}, add \"{l}\" to \"locales\" in its edition.json",
                list.join("; ")
            ))
        })
        .collect()
}
