//! The learner workbook's structure: answer lines sized by what each criterion
//! asks (the same in every locale, taller in scripts that need it), the
//! observation tables' date and initials columns, and the declaration, feedback
//! and sign-off that end every standard.

use crate::carecert;
use carecert::render::docx::package::unzip;
use regex_lite::Regex;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The embedded base's workbook in English and in Arabic (`word/document.xml`).
fn workbook(locale: &str) -> &'static str {
    static DOCS: OnceLock<BTreeMap<String, String>> = OnceLock::new();
    DOCS.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let mut docs = BTreeMap::new();
        for locale in ["en-GB", "ar"] {
            carecert()
                .current_dir(dir.path())
                .args(["build", "--locale", locale, "--outputs", "docx"])
                .args(["--documents", "workbook", "-q"])
                .env("SOURCE_DATE_EPOCH", "1764028800")
                .assert()
                .success();
            let path = dir
                .path()
                .join("out/care-certificate-2015")
                .join(locale)
                .join("learner-workbook.docx");
            let (_, xml) = unzip(&std::fs::read(path).unwrap())
                .unwrap()
                .into_iter()
                .find(|(n, _)| n == "word/document.xml")
                .unwrap();
            docs.insert(locale.to_string(), String::from_utf8(xml).unwrap());
        }
        docs
    })[locale]
        .as_str()
}

fn text_of(xml: &str) -> String {
    let t = Regex::new(r"<w:t(?: [^>]*)?>([^<]*)</w:t>").unwrap();
    t.captures_iter(xml)
        .map(|c| c[1].replace("&apos;", "'").replace("&amp;", "&"))
        .collect()
}

/// Every element that opens with `open` and ends with the first `close` after.
fn elements<'a>(xml: &'a str, open: &'a str, close: &'a str) -> impl Iterator<Item = &'a str> {
    xml.match_indices(open)
        .filter_map(move |(i, _)| xml[i..].find(close).map(|n| &xml[i..i + n + close.len()]))
}

/// Each activity's code, the text before its lines, and the lines: how many
/// rows are ruled, their height, and the table's text (the line numbers).
struct Activity {
    code: String,
    text: String,
    lines: usize,
    height: String,
    numbers: String,
}

/// Every activity of a workbook, in order: a table whose text before it (since
/// the previous table) holds the activity's code.
fn activities(xml: &str, word: &str) -> Vec<Activity> {
    let code = Regex::new(&format!(r"{word} ([0-9]+\.[0-9]+[a-z])")).unwrap();
    let row = Regex::new(r"(?s)<w:tr>.*?</w:tr>").unwrap();
    let height = Regex::new(r#"<w:trHeight w:val="([0-9]+)""#).unwrap();
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(start) = rest.find("<w:tbl>") {
        let end = start + rest[start..].find("</w:tbl>").unwrap();
        let before = text_of(&rest[..start]);
        let table = &rest[start..end];
        rest = &rest[end..];
        let Some(c) = code.captures(&before) else {
            continue;
        };
        let ruled: Vec<&str> = row
            .find_iter(table)
            .map(|r| r.as_str())
            .filter(|r| r.contains(r#"<w:vAlign w:val="bottom"/>"#))
            .collect();
        out.push(Activity {
            code: c[1].to_string(),
            text: before[c.get(0).unwrap().end()..].trim().to_string(),
            lines: ruled.len(),
            height: ruled
                .first()
                .and_then(|r| height.captures(r))
                .map(|h| h[1].to_string())
                .unwrap_or_default(),
            numbers: text_of(table),
        });
    }
    out
}

#[test]
fn answer_lines_follow_what_each_criterion_asks() {
    let all = activities(workbook("en-GB"), "Activity");
    assert_eq!(all.len(), 149, "every knowledge criterion is an activity");
    for a in &all {
        let verb = a.text.split(' ').next().unwrap().to_lowercase();
        let expected = match verb.as_str() {
            "list" | "identify" | "name" => 5,
            "define" | "outline" | "know" | "recognise" | "state" => 3,
            "describe" => 5,
            _ => 6,
        };
        assert_eq!(a.lines, expected, "{} ({verb}): lines", a.code);
        let numbered = matches!(verb.as_str(), "list" | "identify" | "name");
        assert_eq!(
            a.numbers,
            if numbered { "1.2.3.4.5." } else { "" },
            "{} ({verb}): line numbers",
            a.code
        );
        assert_eq!(a.height, "454", "{}: Latin line height", a.code);
    }
    // All three classes occur in the base.
    for n in [3, 5, 6] {
        assert!(
            all.iter().any(|a| a.lines == n),
            "no activity with {n} lines"
        );
    }
}

#[test]
fn every_locale_gets_the_same_lines_and_arabic_taller_ones() {
    let english = activities(workbook("en-GB"), "Activity");
    let arabic = activities(workbook("ar"), "النشاط");
    assert_eq!(arabic.len(), english.len());
    for (a, e) in arabic.iter().zip(&english) {
        assert_eq!((&a.code, a.lines), (&e.code, e.lines));
        assert_eq!(a.height, "539", "{}: Arabic line height", a.code);
    }
}

#[test]
fn every_standard_ends_with_declaration_feedback_and_sign_off() {
    let xml = workbook("en-GB");
    let text = text_of(xml);
    for (what, n) in [
        ("Learner declaration", 15),
        (
            "I confirm that my answers to the activities of Standard ",
            15,
        ),
        ("Assessor feedback", 15),
        ("Assessor sign-off", 15),
        ("I have assessed the learner's answers", 15),
        ("Printed name", 30),
        ("Signature", 30),
    ] {
        assert_eq!(text.matches(what).count(), n, "{what}");
    }
    // Each statement keeps with its signature lines, which keep with the
    // labels under them.
    let statements: Vec<&str> = elements(xml, "<w:p>", "</w:p>")
        .filter(|p| text_of(p).starts_with("I have assessed"))
        .collect();
    assert_eq!(statements.len(), 15);
    for p in statements {
        assert!(p.contains("<w:keepNext/>"), "{p}");
    }
    let signature_rows: Vec<&str> = elements(xml, "<w:tr>", "</w:tr>")
        .filter(|r| r.contains(r#"<w:trHeight w:val="700""#))
        .collect();
    assert_eq!(signature_rows.len(), 30);
    for r in signature_rows {
        assert_eq!(r.matches("<w:keepNext/>").count(), 5, "{r}");
    }
    // Standards flow: only the contents and the first standard start a page.
    assert_eq!(xml.matches("<w:pageBreakBefore/>").count(), 2);
}

#[test]
fn observation_tables_have_date_and_initials_columns() {
    for (locale, header) in [
        (
            "en-GB",
            "CodeAssessment criterionObservation recordDateInitials",
        ),
        ("ar", "الرمزبند التقييمسجل الملاحظةالتاريختوقيع مختصر"),
    ] {
        let xml = workbook(locale);
        let headers: Vec<String> = elements(xml, "<w:tr>", "</w:tr>")
            .filter(|r| r.contains("<w:tblHeader/>"))
            .map(text_of)
            .collect();
        assert!(
            headers.len() >= 15,
            "{locale}: {} observation tables",
            headers.len()
        );
        for h in headers {
            assert_eq!(h, header, "{locale}");
        }
    }
}
