//! The PDFs as a reader gets them: every example pack in every locale is built
//! once with `--outputs xml,docx,pdf` and its PDFs read page by page with
//! poppler's `pdftotext` and `pdfinfo`. Each check says which document, locale
//! and page fails.
//!
//! Needs LibreOffice and poppler-utils: skipped where `soffice` is missing,
//! unless CARECERT_REQUIRE_SOFFICE is set, as CI sets it. The packs are built
//! once for all the checks (a pack converts in 10 to 40 seconds).

use carecert::l10n::LocaleRoot;
use carecert::l10n::labels::Labels;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

const DOCUMENTS: [&str; 4] = [
    "standards",
    "learner-workbook",
    "assessor-record",
    "certificate",
];

/// One pack's directory and its documents' text, page by page.
struct Pack {
    dir: PathBuf,
    locale: String,
    /// (document, its pages' text)
    pages: Vec<(&'static str, Vec<String>)>,
}

struct Built {
    _out: tempfile::TempDir,
    packs: Vec<Pack>,
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every example pack with its PDFs, or `None` where LibreOffice is missing.
fn built() -> Option<&'static Built> {
    static BUILT: OnceLock<Option<Built>> = OnceLock::new();
    BUILT
        .get_or_init(|| {
            let required = std::env::var_os("CARECERT_REQUIRE_SOFFICE").is_some();
            let found = Command::new("soffice")
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success());
            if !found {
                assert!(
                    !required,
                    "CARECERT_REQUIRE_SOFFICE is set and soffice is missing"
                );
                eprintln!("skipped: no soffice on PATH");
                return None;
            }
            let out = tempfile::tempdir().unwrap();
            super::carecert()
                .current_dir(root())
                .env("SOURCE_DATE_EPOCH", "1764028800")
                .args(["build", "--all", "--outputs", "xml,docx,pdf", "--out"])
                .arg(out.path())
                .assert()
                .success();
            let mut packs = Vec::new();
            for edition in sorted_dirs(out.path()) {
                for dir in sorted_dirs(&edition) {
                    let locale = dir.file_name().unwrap().to_string_lossy().into_owned();
                    let pages = DOCUMENTS
                        .iter()
                        .map(|d| (*d, page_texts(&dir.join(format!("{d}.pdf")))))
                        .collect();
                    packs.push(Pack { dir, locale, pages });
                }
            }
            assert!(
                packs.len() >= 5,
                "the examples built only {} packs",
                packs.len()
            );
            Some(Built { _out: out, packs })
        })
        .as_ref()
}

fn sorted_dirs(dir: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

/// The text of each page, as `pdftotext` reads it in reading order.
fn page_texts(pdf: &Path) -> Vec<String> {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success(), "pdftotext {}", pdf.display());
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// White space collapsed and bidi and invisible marks dropped, so text that
/// wraps, or that Fluent isolated, compares as it reads.
fn flat(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn squash(text: &str) -> String {
    flat(text).replace(' ', "")
}

fn labels(locale: &str) -> Labels {
    let locales = LocaleRoot::open(Some(&root().join("locales")), true).unwrap();
    Labels::load(&locales, locale, "en-GB")
}

/// The longest piece of a label's text between its placeables.
fn fixed_part(labels: &Labels, id: &str) -> String {
    let text = labels
        .get_text(id, &[("code", "\u{e000}"), ("title", "\u{e000}")])
        .text;
    flat(&text)
        .split('\u{e000}')
        .map(str::trim)
        .max_by_key(|s| s.chars().count())
        .unwrap_or_default()
        .to_string()
}

/// Failures known on today's documents, each until the work that fixes it
/// lands: (document, locale, check).
const KNOWN: &[(&str, &str, &str)] = &[
    // The assessor record's redesign (issue 18): sign-off blocks and header
    // cells that do not split, on the way from its own branch.
    ("assessor-record", "*", "sign-off on one page"),
    ("assessor-record", "pt-BR", "header words whole"),
    ("assessor-record", "hi-IN", "header words whole"),
    ("assessor-record", "zh-CN", "header words whole"),
    // The India edition's rationale for removing 10.2d names the criterion
    // that replaces it by its id ("covered by india-report-abuse-older-people
    // instead"): the example's text, to be reworded to the criterion's code.
    ("standards", "en-IN", "no internal ids"),
];

/// Ids that are also ordinary words of the text: "duty-of-care dilemmas".
const PHRASES: &[&str] = &["duty-of-care"];

fn report(failures: Vec<(String, String, String)>, check: &str) {
    let (known, new): (Vec<_>, Vec<_>) = failures.into_iter().partition(|(d, l, _)| {
        KNOWN
            .iter()
            .any(|(kd, kl, kc)| kd == d && (*kl == "*" || kl == l) && *kc == check)
    });
    for (d, l, what) in &known {
        eprintln!("known failure ({check}), {l} {d}: {what}");
    }
    assert!(
        new.is_empty(),
        "{check}:\n{}",
        new.iter()
            .map(|(d, l, what)| format!("  {l} {d}: {what}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn every_certificate_is_one_page() {
    let Some(b) = built() else { return };
    let mut failures = Vec::new();
    for p in &b.packs {
        let (_, pages) = p.pages.iter().find(|(d, _)| *d == "certificate").unwrap();
        if pages.len() != 1 {
            failures.push((
                "certificate".into(),
                p.locale.clone(),
                format!("{} pages", pages.len()),
            ));
        }
    }
    report(failures, "certificate one page");
}

/// A sign-off statement and the signature lines under it on one page: a
/// statement at the foot of a page with its signatures overleaf is unusable.
#[test]
fn sign_off_statements_share_a_page_with_their_signatures() {
    let Some(b) = built() else { return };
    let mut failures = Vec::new();
    for p in &b.packs {
        let l = labels(&p.locale);
        // Compared without any white space: pdftotext splits some Arabic
        // words after a shadda ("المقيّ م").
        let statement = squash(&fixed_part(&l, "label-sign-off-statement"));
        let signatures = [
            squash(&fixed_part(&l, "label-learner-signature")),
            squash(&fixed_part(&l, "label-assessor-signature")),
        ];
        for (doc, pages) in &p.pages {
            for (i, page) in pages.iter().enumerate() {
                let text = squash(page);
                let mut from = 0;
                while let Some(at) = text[from..].find(&statement) {
                    let after = &text[from + at..];
                    for s in &signatures {
                        if !after.contains(s.as_str()) {
                            failures.push((
                                doc.to_string(),
                                p.locale.clone(),
                                format!("page {}: \"{statement}\" without \"{s}\" after it", i + 1),
                            ));
                        }
                    }
                    from += at + statement.len();
                }
            }
        }
    }
    report(failures, "sign-off on one page");
}

/// The words of every table header cell, from the DOCX the PDF was made from.
fn header_words(docx: &Path) -> Vec<String> {
    let bytes = std::fs::read(docx).unwrap();
    let parts = carecert::render::docx::package::unzip(&bytes).unwrap();
    let xml = &parts
        .iter()
        .find(|(n, _)| n == "word/document.xml")
        .unwrap()
        .1;
    let xml = String::from_utf8_lossy(xml);
    let para = regex_lite::Regex::new(r#"(?s)<w:p>.*?</w:p>"#).unwrap();
    let text = regex_lite::Regex::new(r#"<w:t[^>]*>([^<]*)</w:t>"#).unwrap();
    let mut words = Vec::new();
    for p in para.find_iter(&xml) {
        if !p.as_str().contains(r#"<w:pStyle w:val="TableHeading"/>"#) {
            continue;
        }
        let cell: String = text
            .captures_iter(p.as_str())
            .map(|c| c[1].to_string())
            .collect();
        // Split at spaces and punctuation only: Devanagari's vowel signs
        // and virama are not alphanumeric but belong to the word.
        for w in cell.split(|c: char| c.is_whitespace() || (c.is_ascii_punctuation() && c != '\''))
        {
            if w.chars().count() >= 4 && !words.iter().any(|x| x == w) {
                words.push(w.to_string());
            }
        }
    }
    words
}

/// Whether `word` occurs in `text` as a whole word: not inside a longer one.
fn contains_word(text: &str, word: &str) -> bool {
    let edge = |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || c.is_ascii_punctuation());
    text.match_indices(word).any(|(at, _)| {
        edge(text[..at].chars().next_back()) && edge(text[at + word.len()..].chars().next())
    })
}

/// A header word broken inside itself ("Códig" at a line's end, "o" on the
/// next) reads as two words.
#[test]
fn no_header_word_is_broken_inside() {
    let Some(b) = built() else { return };
    let mut failures = Vec::new();
    for p in &b.packs {
        for (doc, pages) in &p.pages {
            let words = header_words(&p.dir.join(format!("{doc}.docx")));
            let text: String = pages.concat();
            for w in &words {
                let chars: Vec<char> = w.chars().collect();
                for k in 1..chars.len() {
                    let head: String = chars[..k].iter().collect();
                    let tail: String = chars[k..].iter().collect();
                    let broken = format!("{head}\n{tail}");
                    if contains_word(&text, &broken) {
                        failures.push((
                            doc.to_string(),
                            p.locale.clone(),
                            format!("\"{w}\" broken as \"{head}/{tail}\""),
                        ));
                        break;
                    }
                }
            }
        }
    }
    failures.dedup();
    report(failures, "header words whole");
}

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
        super::carecert()
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
    super::carecert()
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
