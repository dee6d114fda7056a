//! What a page shows: one-page certificates, sign-offs beside their
//! signatures, header words kept whole.

use super::{built, fixed_part, labels, report, squash};
use std::path::Path;

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
