//! Which locales an edition or a framework is published in, and the locales
//! asked for on the command line checked against them.
//!
//! A pack, a status report or an export for a locale nobody publishes would be
//! English text under another language's name (a `build --locale ha-NG` of the
//! Brazil edition wrote 434 fallbacks with exit 0), so such a locale is refused
//! with the list of those that are published.

use super::folders::{Folder, LocaleRoot};
use super::ftl;
use crate::diag::{Code, Diagnostic, Diagnostics, did_you_mean, suggest};
use crate::edition::Stack;
use crate::edition::resolved::Resolved;
use std::collections::HashSet;

/// The locales `r` is published in: an edition's `locales`; for a framework on
/// its own, its source locale, every locale the local folder has a folder for
/// (creating `locales/sw/` is how a translation into a new language starts), and
/// every locale the built-in copy translates some of the framework into (it holds
/// the embedded frameworks' translations, which another framework may not share).
pub fn published(r: &Resolved, stack: &Stack, root: &LocaleRoot) -> Vec<String> {
    if !stack.editions.is_empty() {
        return r.locales.clone();
    }
    let ids: HashSet<&str> = r
        .standards
        .iter()
        .flat_map(|s| {
            std::iter::once(s.id.as_str()).chain(s.outcomes.iter().flat_map(|o| {
                std::iter::once(o.id.as_str()).chain(o.criteria.iter().map(|c| c.id.as_str()))
            }))
        })
        .collect();
    let translates = |locale: &str| {
        LocaleRoot::Embedded.files(locale).into_iter().any(|f| {
            f.text.is_ok_and(|t| {
                ftl::parse(&f.shown, &t)
                    .messages
                    .iter()
                    .any(|m| ids.contains(m.id.as_str()))
            })
        })
    };
    let mut out = vec![r.source_locale.clone()];
    for folder in root.folders() {
        let locales = LocaleRoot::from(folder.clone()).locales();
        out.extend(locales.into_iter().filter(|l| match folder {
            Folder::Dir { .. } => true,
            Folder::BuiltIn => translates(l),
        }));
    }
    let mut seen = HashSet::new();
    out.retain(|l| seen.insert(l.clone()));
    out[1..].sort();
    out
}

/// Refuses malformed tags and a locale given twice, all at once, before anything
/// is loaded.
pub fn check_tags(locales: &[String]) -> Result<(), Diagnostics> {
    let mut errors = Vec::new();
    for (i, l) in locales.iter().enumerate() {
        if !crate::ids::is_locale(l) {
            errors.push(
                Diagnostic::error(
                    Code::BadLocale,
                    format!("\"{l}\" is not a BCP 47 locale tag"),
                )
                .help(crate::ids::locale_help(
                    l,
                    "write a tag such as pt-BR, zh-CN, ar or hi",
                )),
            );
        } else if locales[..i].iter().filter(|x| *x == l).count() == 1 {
            // Said once, at its second mention.
            errors.push(
                Diagnostic::error(
                    Code::DuplicateLocale,
                    format!("--locale {l} is given more than once"),
                )
                .help("give each locale once"),
            );
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Diagnostics(errors))
    }
}

/// Refuses every locale of `asked` that `published` lacks, with the published
/// ones and how to add one.
pub fn check_published(
    r: &Resolved,
    stack: &Stack,
    root: &LocaleRoot,
    asked: &[String],
) -> Result<(), Diagnostics> {
    let published = published(r, stack, root);
    let errors: Vec<Diagnostic> = asked
        .iter()
        .filter(|l| !published.contains(l))
        .map(|l| unpublished(r, stack, root, &published, l))
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Diagnostics(errors))
    }
}

fn unpublished(
    r: &Resolved,
    stack: &Stack,
    root: &LocaleRoot,
    published: &[String],
    locale: &str,
) -> Diagnostic {
    let mean = did_you_mean(&suggest(locale, published.iter().map(String::as_str)))
        .map(|d| format!("{d} "))
        .unwrap_or_default();
    match stack.editions.last() {
        Some(top) => Diagnostic::error(
            Code::UnpublishedLocale,
            format!("the edition {} is not published in {locale}", r.id),
        )
        .help(format!(
            "{mean}its locales are {}; to publish it in {locale}, add \"{locale}\" to \"locales\" in {}",
            published.join(", "),
            top.dir.join(crate::edition::file::EDITION_FILE).display()
        )),
        None => {
            let folder = root
                .folders()
                .into_iter()
                .find_map(|f| match f {
                    Folder::Dir { shown, .. } => Some(shown),
                    Folder::BuiltIn => None,
                })
                .unwrap_or_else(|| "locales".to_string());
            Diagnostic::error(
                Code::UnpublishedLocale,
                format!("{} has no translation into {locale}", r.id),
            )
            .help(format!(
                "{mean}it is published in {}; to start translating it into {locale}, create the folder {folder}/{locale}",
                published.join(", "),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_and_repeated_locales_are_refused_together() {
        let asked: Vec<String> = ["pt-BR", "pt_BR", "pt-BR", "hi", "pt-BR"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let errors = check_tags(&asked).unwrap_err().0;
        let codes: Vec<&str> = errors.iter().map(|e| e.code.as_str()).collect();
        assert_eq!(codes, ["bad-locale", "duplicate-locale"]);
        assert_eq!(errors[1].message, "--locale pt-BR is given more than once");
        assert!(check_tags(&["en-GB".into(), "hi".into()]).is_ok());
    }
}
