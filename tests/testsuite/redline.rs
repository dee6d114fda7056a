//! `diff --format docx`: the Word redline's tracked changes and comments.

use crate::{Fixture, carecert, stderr_of};
use carecert::render::docx::package::unzip;
use regex_lite::Regex;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

fn parts(path: &Path) -> BTreeMap<String, String> {
    unzip(&std::fs::read(path).unwrap())
        .unwrap()
        .into_iter()
        .map(|(n, b)| (n, String::from_utf8(b).unwrap()))
        .collect()
}

fn redline(f: &Fixture, extra: &[&str]) -> BTreeMap<String, String> {
    let mut args = vec![
        "diff",
        "../mini",
        ".",
        "--format",
        "docx",
        "--out",
        "../r.docx",
    ];
    args.extend_from_slice(extra);
    f.run(&args).success();
    parts(&f.root().join("r.docx"))
}

/// The paragraph of document.xml that contains `needle`.
fn paragraph<'a>(xml: &'a str, needle: &str) -> &'a str {
    let at = xml.find(needle).unwrap_or_else(|| panic!("no {needle}"));
    let start = xml[..at].rfind("<w:p>").unwrap();
    let end = at + xml[at..].find("</w:p>").unwrap();
    &xml[start..end]
}

#[test]
fn changed_words_are_tracked_deletions_and_insertions() {
    let f = Fixture::copy("mini-edition");
    let p = redline(&f, &["--author", "Reviewer A", "--date", "2025-01-02"]);
    let d = &p["word/document.xml"];
    let who = r#"w:author="Reviewer A" w:date="2025-01-02T00:00:00Z""#;
    let text = paragraph(d, "State Health Department");
    let del = Regex::new(r#"<w:del w:id="\d+" ([^>]*)><w:r><w:rPr>[^\n]*?</w:rPr><w:delText xml:space="preserve">Care Quality Commission does</w:delText></w:r></w:del>"#).unwrap();
    let ins = Regex::new(r#"<w:ins w:id="\d+" ([^>]*)><w:r><w:rPr>[^\n]*?</w:rPr><w:t xml:space="preserve">State Health Department checks when it visits</w:t></w:r></w:ins>"#).unwrap();
    assert_eq!(&del.captures(text).expect("deletion")[1], who, "{text}");
    assert_eq!(&ins.captures(text).expect("insertion")[1], who, "{text}");
    // Words both sides share stay plain.
    assert!(
        text.contains(r#"<w:t xml:space="preserve">Describe what the </w:t>"#),
        "{text}"
    );
    // The change of kind is a deleted and an inserted label.
    assert!(
        text.contains(">Knowledge</w:delText>")
            && text.contains(">Performance</w:t></w:r></w:ins>"),
        "{text}"
    );
}

#[test]
fn whole_criteria_added_or_removed_carry_paragraph_mark_revisions() {
    let f = Fixture::copy("mini-edition");
    let d = &redline(&f, &[])["word/document.xml"];
    let added = paragraph(
        d,
        "Explain why you speak with people in the language they prefer.",
    );
    assert!(added.contains("<w:pPr><w:rPr><w:ins "), "{added}");
    let plain_run = Regex::new(r"</w:rPr><w:r>").unwrap();
    assert!(
        !plain_run.is_match(added),
        "every run of an added criterion is inside w:ins: {added}"
    );
    let text_runs = added.matches("<w:r>").count() - added.matches("<w:commentReference ").count();
    assert_eq!(text_runs, added.matches("<w:ins ").count() - 1, "{added}");
    let removed = paragraph(d, "Call 999 when someone stops breathing.");
    assert!(removed.contains("<w:pPr><w:rPr><w:del "), "{removed}");
    assert!(
        removed.contains(
            "<w:delText xml:space=\"preserve\">Call 999 when someone stops breathing.</w:delText>"
        ),
        "{removed}"
    );
    assert!(
        !removed.contains("<w:t "),
        "nothing of a removed criterion stays: {removed}"
    );
    // Without --author the edition's own author is named; without a date, no
    // date at all (the attribute is optional): never an invented 1970.
    let who = Regex::new(r#"<w:(?:ins|del) w:id="\d+" w:author="([^"]*)"( w:date)?"#).unwrap();
    let all: HashSet<(String, bool)> = who
        .captures_iter(d)
        .map(|c| (c[1].to_string(), c.get(2).is_some()))
        .collect();
    assert_eq!(
        all,
        HashSet::from([("Test adaptation team".to_string(), false)])
    );
    let comments = &redline(&f, &[])["word/comments.xml"];
    assert!(!comments.contains("w:date="), "{comments}");
}

#[test]
fn rationales_are_comments_on_the_changed_text_and_ids_are_unique() {
    let f = Fixture::copy("mini-edition");
    let p = redline(&f, &["--date", "2025-01-02"]);
    let comments = &p["word/comments.xml"];
    for why in [
        "Clearer for Indian learners.",
        "Indian states inspect on visits.",
        "Many languages are spoken in one district.",
        "Replaced by the ambulance outcome.",
    ] {
        assert!(
            comments.contains(why),
            "no comment saying {why}: {comments}"
        );
    }
    let d = &p["word/document.xml"];
    let n = comments.matches("<w:comment ").count();
    assert_eq!(d.matches("<w:commentRangeStart ").count(), n);
    assert_eq!(d.matches("<w:commentReference ").count(), n);
    let ids = Regex::new(r#"<w:(?:ins|del|bookmarkStart) w:id="(\d+)""#).unwrap();
    let mut seen = HashSet::new();
    for c in ids.captures_iter(d) {
        assert!(seen.insert(c[1].to_string()), "id {} twice", &c[1]);
    }
    assert!(p["[Content_Types].xml"].contains("/word/comments.xml"));
    assert!(p["word/_rels/document.xml.rels"].contains("comments.xml"));
}

#[test]
fn redlines_are_byte_identical_and_need_an_output_file() {
    let f = Fixture::copy("mini-edition");
    for out in ["../a.docx", "../b.docx"] {
        carecert()
            .current_dir(f.path())
            .env("SOURCE_DATE_EPOCH", "1764028800")
            .args(["diff", "../mini", ".", "--format", "docx", "--out", out])
            .assert()
            .success();
    }
    let a = std::fs::read(f.root().join("a.docx")).unwrap();
    assert_eq!(a, std::fs::read(f.root().join("b.docx")).unwrap());
    let assert = f.run(&["diff", "../mini", ".", "--format", "docx"]).code(2);
    assert_eq!(
        stderr_of(&assert),
        "error[docx-needs-out]: a Word redline is not written to the terminal\n  help: add --out review.docx\n"
    );
}

#[test]
fn arabic_redline_is_right_to_left() {
    let dir = tempfile::tempdir().unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = dir.path().join("sa.docx");
    carecert()
        .current_dir(repo)
        .args([
            "diff",
            "care-certificate-2015",
            "examples/editions/saudi-arabia",
            "--locale",
            "ar-SA",
            "--format",
            "docx",
            "--out",
        ])
        .arg(&out)
        .assert()
        .success();
    let p = parts(&out);
    let d = &p["word/document.xml"];
    assert!(d.contains("<w:ins ") && d.contains("<w:del "));
    // Every paragraph says its direction: right to left, or (a paragraph of
    // English fallback text) left to right; the section is right to left too.
    assert_eq!(
        d.matches("<w:p>").count(),
        d.matches("<w:bidi/>").count() - 1 + d.matches(r#"<w:bidi w:val="0"/>"#).count(),
        "every paragraph and the section"
    );
    assert!(d.contains(r#"<w:lang w:bidi="ar-SA"/>"#));
}
