//! Documents written as their blocks are made are the documents written from
//! the whole block tree: the contents and the fallback legend, which depend
//! on every block, come out the same, and so does every byte.

use carecert::edition;
use carecert::l10n::labels::Labels;
use carecert::l10n::{self, Catalog, LocaleRoot};
use carecert::render::docx::script::FontSet;
use carecert::render::docx::{self, DocumentKind, DocxOptions};

/// The base and every example edition, each in its source locale and every
/// locale it publishes, plus Arabic (right to left, with fallbacks in the
/// base's case) and a locale nobody translated (every label a fallback).
fn packs() -> Vec<(String, String)> {
    let mut editions = vec!["care-certificate-2015".to_string()];
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/editions");
    let mut examples: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    examples.sort();
    editions.extend(examples);
    let mut packs = Vec::new();
    for arg in editions {
        let stack = edition::open(&arg, None).unwrap();
        let r = stack.resolve().unwrap().resolved;
        let mut locales = r.locales.clone();
        locales.extend([r.source_locale.clone(), "ar".into(), "sv".into()]);
        locales.sort();
        locales.dedup();
        packs.extend(locales.into_iter().map(|l| (arg.clone(), l)));
    }
    packs
}

#[test]
fn documents_written_as_they_are_made_are_those_written_whole() {
    let opts = DocxOptions {
        date: "2025-01-01T00:00:00Z",
        generator: "test",
        contents_pages: None,
        issued: Some("2025-01-01T00:00:00Z"),
    };
    let root = LocaleRoot::Embedded;
    let mut compared = 0;
    let mut with_legend = 0;
    for (arg, locale) in packs() {
        let stack = edition::open(&arg, None).unwrap();
        let r = stack.resolve().unwrap().resolved;
        let catalog = Catalog::load(&root, &stack, std::slice::from_ref(&locale));
        let mut l = l10n::localise(&r, &locale, &catalog);
        let labels = Labels::load(&root, &locale, &r.source_locale);
        l10n::with_labels(&mut l, &labels);
        let fonts = FontSet::for_locale(&l.locale, l.fonts.as_ref());
        for kind in DocumentKind::ALL {
            let whole = docx::document(kind, &l, &labels, opts.issued);
            with_legend += usize::from(
                whole
                    .spans()
                    .iter()
                    .any(|s| s.text == labels.get("label-fallback-legend", &[]).text),
            );
            let streamed = docx::render(kind, &l, &labels, &opts);
            assert!(
                streamed == docx::write(&whole, &fonts, &opts),
                "{arg} {locale} {kind:?}: the streamed document differs"
            );
            compared += 1;
        }
    }
    // Every edition and locale was compared, and some had the legend.
    assert!(compared >= 4 * 20, "{compared}");
    assert!(with_legend > 0 && with_legend < compared, "{with_legend}");
}
