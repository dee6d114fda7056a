//! The standards document's glossary in every example pack: each printed value
//! once, in the alphabetical order of the pack's language, each with a
//! description.

use crate::carecert;
use carecert::l10n::collate::Collation;
use carecert::render::docx::package::unzip;
use regex_lite::Regex;
use std::path::Path;

const PACKS: [(&str, &str); 5] = [
    ("saudi-arabia", "ar-SA"),
    ("china", "zh-CN"),
    ("india", "hi-IN"),
    ("brazil", "pt-BR"),
    ("india", "en-IN"),
];

/// The glossary's rows (term, description) in a built `standards.docx`: the
/// rows of the document's last table, less its header row.
fn glossary_rows(docx: &Path) -> Vec<(String, String)> {
    let bytes = std::fs::read(docx).unwrap();
    let (_, xml) = unzip(&bytes)
        .unwrap()
        .into_iter()
        .find(|(name, _)| name == "word/document.xml")
        .unwrap();
    let xml = String::from_utf8(xml).unwrap();
    let table = xml.rsplit("<w:tbl>").next().unwrap();
    let row = Regex::new(r"(?s)<w:tr>(.*?)</w:tr>").unwrap();
    let cell = Regex::new(r"(?s)<w:tc>(.*?)</w:tc>").unwrap();
    let text = Regex::new(r"<w:t(?: [^>]*)?>([^<]*)</w:t>").unwrap();
    row.captures_iter(table)
        .skip(1)
        .map(|r| {
            let cells: Vec<String> = cell
                .captures_iter(&r[1])
                .map(|c| {
                    text.captures_iter(&c[1])
                        .map(|t| t[1].replace("&amp;", "&").replace('\u{200E}', ""))
                        .collect()
                })
                .collect();
            (cells[0].clone(), cells[1].clone())
        })
        .collect()
}

#[test]
fn every_glossary_is_sorted_has_no_duplicates_and_describes_each_term() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (edition, locale) in PACKS {
        carecert()
            .current_dir(root)
            .args([
                "build",
                "-q",
                "--documents",
                "standards",
                "--outputs",
                "docx",
            ])
            .arg(root.join("examples/editions").join(edition))
            .args(["--locale", locale, "--out"])
            .arg(dir.path())
            .env("SOURCE_DATE_EPOCH", "1764028800")
            .assert()
            .success();
        let rows = glossary_rows(&dir.path().join(edition).join(locale).join("standards.docx"));
        assert!(rows.len() > 10, "{edition} {locale}: {} rows", rows.len());
        let collation = Collation::for_locale(locale);
        for pair in rows.windows(2) {
            let (a, b) = (&pair[0].0, &pair[1].0);
            assert!(
                collation.compare(a, b).is_lt(),
                "{edition} {locale}: \"{a}\" then \"{b}\": out of order, or the same term twice"
            );
        }
        for (term, description) in &rows {
            assert!(
                !description.trim().is_empty(),
                "{edition} {locale}: \"{term}\" has no description"
            );
        }
    }
}
