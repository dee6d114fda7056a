//! What the PDFs hold: contents with the right page numbers, no internal
//! ids, embedded fonts, verified and reproducible bytes.

use super::{DOCUMENTS, PHRASES, built, flat, report, root};
use carecert::render::docx::package::unzip;
use std::process::Command;

/// The page numbers the contents list shows are the pages the headings are
/// on (their named destinations, which LibreOffice writes for the bookmarks).
#[test]
fn contents_lists_show_the_headings_pages() {
    let Some(b) = built() else { return };
    // A number next to its dot leader; a title that fills its line leaves
    // the number alone at the start of the next.
    let number = regex_lite::Regex::new(
        r"(\d+)\s*\.{4,}|\.{4,}\s*(\d+)|(?:\. ?){3,}[^\n]*\n[^\d\n]{0,4}(\d+)[^\d\n]{0,4}\n",
    )
    .unwrap();
    let mut failures = Vec::new();
    for p in &b.packs {
        for doc in ["standards", "learner-workbook"] {
            let pdf = p.dir.join(format!("{doc}.pdf"));
            let out = Command::new("pdfinfo")
                .arg("-dests")
                .arg(&pdf)
                .output()
                .unwrap();
            let dests = String::from_utf8_lossy(&out.stdout);
            let mut expected: Vec<u32> = dests
                .lines()
                .filter(|l| l.contains("Toc"))
                .filter_map(|l| l.split_whitespace().next()?.parse().ok())
                .collect();
            let (_, pages) = p.pages.iter().find(|(d, _)| *d == doc).unwrap();
            // The contents start on page 2, after the cover, and run until
            // the first heading's page.
            let first = expected.iter().copied().min().unwrap_or(2) as usize;
            let contents: String = pages[1..first.saturating_sub(1).max(2)].concat();
            let mut shown: Vec<u32> = number
                .captures_iter(&contents)
                .filter_map(|c| c.get(1).or(c.get(2)).or(c.get(3))?.as_str().parse().ok())
                .collect();
            expected.sort();
            shown.sort();
            if expected.is_empty() || shown != expected {
                failures.push((
                    doc.to_string(),
                    p.locale.clone(),
                    format!("contents show pages {shown:?}, headings are on {expected:?}"),
                ));
            }
        }
    }
    report(failures, "contents with page numbers");
}

/// No document shows an internal id (`development-check-own-skills`): every
/// id of the pack's curriculum.xml is looked for in every PDF's text.
#[test]
fn no_internal_id_is_shown() {
    let Some(b) = built() else { return };
    let id = regex_lite::Regex::new(r#"\bid="([a-z0-9]+(?:-[a-z0-9]+)+)""#).unwrap();
    let mut failures = Vec::new();
    for p in &b.packs {
        let xml = std::fs::read_to_string(p.dir.join("curriculum.xml")).unwrap();
        let mut ids: Vec<&str> = id
            .captures_iter(&xml)
            .map(|c| c.get(1).unwrap().as_str())
            .collect();
        ids.sort();
        ids.dedup();
        ids.retain(|x| !PHRASES.contains(x));
        for (doc, pages) in &p.pages {
            for (i, page) in pages.iter().enumerate() {
                let text = flat(page);
                for found in ids.iter().filter(|x| text.contains(**x)) {
                    failures.push((
                        doc.to_string(),
                        p.locale.clone(),
                        format!("page {}: \"{found}\"", i + 1),
                    ));
                }
            }
        }
    }
    report(failures, "no internal ids");
}

/// Every font is embedded, `verify` checks the PDFs, and two builds of the
/// same inputs give the same PDF bytes (the first pack is built again).
#[test]
fn fonts_are_embedded_and_bytes_repeat() {
    let Some(b) = built() else { return };
    let mut failures = Vec::new();
    for p in &b.packs {
        for doc in DOCUMENTS {
            let pdf = p.dir.join(format!("{doc}.pdf"));
            let out = Command::new("pdffonts").arg(&pdf).output().unwrap();
            let table = String::from_utf8_lossy(&out.stdout);
            for line in table.lines().skip(2) {
                // name type encoding emb sub uni object id: emb is the 4th
                // from the end.
                let cols: Vec<&str> = line.split_whitespace().collect();
                if cols.len() >= 7 && cols[cols.len() - 5] != "yes" {
                    failures.push((
                        doc.to_string(),
                        p.locale.clone(),
                        format!("not embedded: {line}"),
                    ));
                }
            }
        }
    }
    report(failures, "fonts embedded");
    // The manifest lists the PDFs, and verify checks them.
    for p in &b.packs {
        let manifest = std::fs::read_to_string(p.dir.join("manifest.json")).unwrap();
        assert!(manifest.contains("\"standards.pdf\""), "{manifest}");
        crate::carecert()
            .arg("verify")
            .arg(&p.dir)
            .assert()
            .success();
    }
    let first = &b.packs[0];
    let edition = first
        .dir
        .parent()
        .unwrap()
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let again = tempfile::tempdir().unwrap();
    crate::carecert()
        .current_dir(root())
        .env("SOURCE_DATE_EPOCH", "1764028800")
        .args([
            "build",
            "--all",
            "--locale",
            &first.locale,
            "--outputs",
            "xml,docx,pdf",
            "--out",
        ])
        .arg(again.path())
        .assert()
        .success();
    for doc in DOCUMENTS {
        for ext in ["pdf", "docx"] {
            let name = format!("{doc}.{ext}");
            let a = std::fs::read(first.dir.join(&name)).unwrap();
            let b =
                std::fs::read(again.path().join(&edition).join(&first.locale).join(&name)).unwrap();
            assert!(
                a == b,
                "{edition}/{} {name} differs between two builds",
                first.locale
            );
        }
    }
}

/// A DOCX built without `pdf` has no page numbers of its own (nothing has
/// measured them), yet LibreOffice printing it, as a reader without Word
/// would, shows the same contents pages as the PDF of the build: its PAGEREF
/// fields are laid out by LibreOffice, not taken from the file.
#[test]
fn a_docx_built_without_pdf_prints_its_page_numbers() {
    let Some(b) = built() else { return };
    let out = tempfile::tempdir().unwrap();
    crate::carecert()
        .current_dir(root())
        .env("SOURCE_DATE_EPOCH", "1764028800")
        .args([
            "build",
            "--outputs",
            "docx",
            "--documents",
            "standards,workbook",
        ])
        .args(["--out"])
        .arg(out.path().join("docx"))
        .arg("examples/editions/saudi-arabia")
        .assert()
        .success();
    let mut compared = 0;
    for locale in ["ar-SA", "en"] {
        let dir = out.path().join("docx/saudi-arabia").join(locale);
        let pack = b
            .packs
            .iter()
            .find(|p| p.dir.ends_with(format!("saudi-arabia/{locale}")))
            .expect("the Saudi example is in the workspace");
        for doc in ["standards", "learner-workbook"] {
            let docx = dir.join(format!("{doc}.docx"));
            let parts = unzip(&std::fs::read(&docx).unwrap()).unwrap();
            let (_, xml) = parts
                .iter()
                .find(|(n, _)| n == "word/document.xml")
                .unwrap();
            assert!(
                String::from_utf8_lossy(xml).contains(" PAGEREF _Toc"),
                "{}",
                docx.display()
            );
            crate::soffice_to_pdf(out.path(), &dir, std::slice::from_ref(&docx));
            let printed = super::page_texts(&dir.join(format!("{doc}.pdf")));
            let (_, built) = pack.pages.iter().find(|(d, _)| *d == doc).unwrap();
            // The cover and the contents pages, up to the first heading.
            let contents = |pages: &[String]| pages[..4.min(pages.len())].concat();
            assert_eq!(
                contents(&printed),
                contents(built),
                "{locale} {doc}: the contents LibreOffice prints differ from the PDF build's"
            );
            compared += 1;
        }
    }
    assert_eq!(compared, 4);
}
