//! No example pack in another language than English holds English that nothing
//! marks: every example edition is built in each of its non-English locales, and
//! each text run of its Word documents that reads as English and is not marked
//! as a fallback is listed with its document and paragraph.
//!
//! For Arabic, Chinese and Hindi a run is English when it has two or more Latin
//! words, leaving out what is written the same in every language: codes (1.1a),
//! numbers, web and mail addresses, acronyms, a few abbreviations and the legal
//! names of the copyright holders, which stay in English everywhere. For
//! Portuguese, whose script is Latin too, common English function words give
//! English away.

use crate::carecert;
use carecert::render::docx::package::unzip;
use regex_lite::Regex;
use std::path::Path;

const DOCUMENTS: [&str; 4] = [
    "standards.docx",
    "learner-workbook.docx",
    "assessor-record.docx",
    "certificate.docx",
];

/// Latin-script words that are not English prose, whatever the language.
const ALLOWED: [&str; 6] = ["carecert", "e.g", "etc", "i.e", "pdf", "docx"];

/// Proper names that stay in English in every language: the copyright holders'
/// legal names and the names of English qualifications the notices and reasons
/// cite. They are taken out of a run before it is judged.
const PROPER_NAMES: [&str; 8] = [
    "Department of Health and Social Care",
    "Health Education England",
    "Skills for Care",
    "Skills for Health",
    "NHS England",
    "Care Certificate",
    "Functional Skills",
    "Copyright",
];

/// English words no Portuguese sentence has.
const ENGLISH_FUNCTION_WORDS: [&str; 7] = ["the", "and", "of", "with", "your", "you", "to"];

/// One run of a document: its text, whether it is marked as a fallback, and the
/// paragraph it is in (counted from 1).
struct Run {
    paragraph: usize,
    text: String,
    marked: bool,
}

fn runs(document_xml: &str) -> Vec<Run> {
    let para = Regex::new(r"(?s)<w:p[ >].*?</w:p>").unwrap();
    let run = Regex::new(r"(?s)<w:r>(.*?)</w:r>").unwrap();
    let text = Regex::new(r"<w:t(?: [^>]*)?>([^<]*)</w:t>").unwrap();
    let mut out = Vec::new();
    for (n, p) in para.find_iter(document_xml).enumerate() {
        for r in run.captures_iter(p.as_str()) {
            let body = &r[1];
            let t: String = text.captures_iter(body).map(|c| unescape(&c[1])).collect();
            if t.trim().is_empty() {
                continue;
            }
            out.push(Run {
                paragraph: n + 1,
                text: t,
                marked: body.contains(r#"<w:rStyle w:val="Fallback"/>"#),
            });
        }
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The Latin words of a run that read as English prose in a non-Latin script:
/// not codes, numbers, addresses, acronyms or allowed abbreviations.
fn latin_words(text: &str) -> Vec<&str> {
    let word = Regex::new(r"[A-Za-z][A-Za-z.'’-]*[A-Za-z]|[A-Za-z]").unwrap();
    let address = Regex::new(r"(https?://|www\.)\S+|\S+@\S+").unwrap();
    let stripped = address.replace_all(text, " ");
    word.find_iter(&stripped)
        .map(|m| m.as_str())
        .filter(|w| w.len() > 1)
        .filter(|w| !w.chars().all(|c| c.is_ascii_uppercase() || c == '.'))
        .filter(|w| !ALLOWED.contains(&w.to_ascii_lowercase().as_str()))
        .map(|w| {
            // Borrow from `text` for the report.
            let start = text.find(w).unwrap_or(0);
            &text[start..start + w.len().min(text.len() - start)]
        })
        .collect()
}

/// Whether an unmarked run in `locale` reads as English.
fn is_english(locale: &str, text: &str) -> bool {
    let mut text = text.to_string();
    for name in PROPER_NAMES {
        text = text.replace(name, " ");
    }
    let text = text.as_str();
    if locale.starts_with("pt") {
        let word = Regex::new(r"[A-Za-z]+").unwrap();
        word.find_iter(text)
            .any(|w| ENGLISH_FUNCTION_WORDS.contains(&w.as_str().to_ascii_lowercase().as_str()))
    } else {
        latin_words(text).len() >= 2
    }
}

/// Every unmarked English run of every example pack in another language, as
/// `pack document ¶n: text`, and the count per pack.
fn unmarked_english() -> (Vec<String>, Vec<(String, usize)>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    carecert()
        .current_dir(root)
        .args(["build", "--all", "--quiet", "--outputs", "docx", "--out"])
        .arg(out.path())
        .env("SOURCE_DATE_EPOCH", "1764028800")
        .assert()
        .success();
    let mut found = Vec::new();
    let mut counts = Vec::new();
    let mut packs: Vec<_> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .flat_map(|d| std::fs::read_dir(d).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("standards.docx").is_file())
        .collect();
    packs.sort();
    for pack in packs {
        let locale = pack.file_name().unwrap().to_string_lossy().to_string();
        if locale == "en" || locale.starts_with("en-") {
            continue;
        }
        let edition = pack
            .parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_string_lossy();
        let name = format!("{edition}/{locale}");
        let mut n = 0;
        for doc in DOCUMENTS {
            let bytes = std::fs::read(pack.join(doc)).unwrap();
            let parts = unzip(&bytes).unwrap();
            let xml = parts
                .iter()
                .find(|(p, _)| p == "word/document.xml")
                .map(|(_, b)| String::from_utf8_lossy(b).to_string())
                .unwrap();
            for r in runs(&xml) {
                if !r.marked && is_english(&locale, &r.text) {
                    n += 1;
                    found.push(format!("{name} {doc} ¶{}: {}", r.paragraph, r.text));
                }
            }
        }
        counts.push((name, n));
    }
    (found, counts)
}

#[test]
fn the_detectors_tell_english_from_allowed_tokens() {
    assert!(is_english("ar", "قانون national laws on safety"));
    assert!(!is_english("ar", "1.1a NHS 111 https://example.org/a-b"));
    assert!(!is_english("zh-CN", "见 CQC"));
    assert!(is_english("pt-BR", "Fale com the manager"));
    assert!(!is_english("pt-BR", "Lei Brasileira de Inclusão"));
}

/// Every English run of the example packs is marked today (untranslated text
/// shows as a fallback); translations must keep it that way.
#[test]
fn no_example_pack_has_unmarked_english() {
    let (found, counts) = unmarked_english();
    for line in &found {
        println!("{line}");
    }
    assert!(
        found.is_empty(),
        "unmarked English runs per pack: {counts:?}"
    );
}
