//! `untranslated-term`: term values that will print in the source language
//! inside a pack in another language.

use crate::diag::{Code, Diagnostic};
use crate::edition::Stack;
use crate::edition::resolved::Resolved;
use crate::l10n;
use crate::load::JsonPath;
use crate::text;
use std::collections::HashMap;

/// The codes of the nodes whose text or references use each term, in document
/// order.
fn term_uses(r: &Resolved) -> HashMap<&str, Vec<&str>> {
    fn add<'a>(uses: &mut HashMap<&'a str, Vec<&'a str>>, code: &'a str, terms: Vec<&'a str>) {
        for t in terms {
            let list = uses.entry(t).or_default();
            if list.last() != Some(&code) {
                list.push(code);
            }
        }
    }
    let mut uses: HashMap<&str, Vec<&str>> = HashMap::new();
    for s in &r.standards {
        let mut terms: Vec<&str> = s.references.iter().map(|x| x.term.as_str()).collect();
        let mut texts = vec![s.title.as_str()];
        texts.extend(s.references.iter().map(|x| x.note.as_str()));
        terms.extend(refs(texts));
        add(&mut uses, &s.code, terms);
        for o in &s.outcomes {
            add(&mut uses, &o.code, refs(vec![o.title.as_str()]));
            for c in &o.criteria {
                let mut texts = vec![c.text.as_str()];
                texts.extend(c.examples.iter().map(String::as_str));
                texts.extend(c.variants.iter().map(|v| v.text.as_str()));
                add(&mut uses, &c.code, refs(texts));
            }
        }
    }
    uses
}

/// The terms a node's texts refer to.
fn refs(texts: Vec<&str>) -> Vec<&str> {
    texts.into_iter().flat_map(text::term_refs).collect()
}

/// Terms that will print in the source language inside a pack in another
/// language: for each locale the top edition publishes in another language
/// than the source, and that has translations, each term its text uses with no
/// value for that locale's chain (no `values` entry in any layer, no
/// `-term = …` in the edition's or the project's translation files).
pub(super) fn untranslated_terms(
    stack: &Stack,
    r: &Resolved,
    term_path: &dyn Fn(&str) -> JsonPath,
) -> Vec<Diagnostic> {
    let Some(top) = stack.editions.last() else {
        return Vec::new();
    };
    let source = r.source_locale.as_str();
    let foreign: Vec<&String> = r
        .locales
        .iter()
        .filter(|l| l10n::language(l) != l10n::language(source))
        .collect();
    if foreign.is_empty() {
        return Vec::new();
    }
    let root = l10n::LocaleRoot::choose(None);
    let catalog = l10n::Catalog::load(&root, stack, &[]);
    let uses = term_uses(r);
    let mut out = Vec::new();
    for locale in foreign {
        let chain = l10n::fallback_chain(locale, source);
        // A locale nothing is translated into yet prints everything in the
        // source language (`build` warns that it is mostly untranslated); a
        // term stands out only inside translated text.
        if !catalog.has_content(&chain, source) {
            continue;
        }
        for t in &r.terms {
            let Some(codes) = uses.get(t.id.as_str()) else {
                continue;
            };
            let (_, lang) = l10n::term_value(t, &chain, source, &catalog);
            if l10n::language(&lang) == l10n::language(locale) {
                continue;
            }
            let shown: Vec<&str> = codes.iter().take(3).copied().collect();
            let more = codes.len().saturating_sub(shown.len());
            let at = if more > 0 {
                format!("{} and {more} more", shown.join(", "))
            } else {
                shown.join(", ")
            };
            out.push(
                top.doc
                    .warning_at(
                        Code::UntranslatedTerm,
                        &term_path(&t.id),
                        format!(
                            "the term \"{}\" will print \"{}\" in the {locale} packs (used at {at}): it has no value for {locale}",
                            t.id, t.value
                        ),
                    )
                    .help(format!(
                        "add \"values\": {{ \"{locale}\": \"…\" }} to the term in \"terms\", or `{} = …` in {}/locales/{locale}/{}.ftl",
                        t.id,
                        top.dir.display(),
                        top.file.id
                    )),
            );
        }
    }
    out
}
