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

mod contents;
mod pages;

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
            crate::carecert()
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
const KNOWN: &[(&str, &str, &str)] = &[];

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
