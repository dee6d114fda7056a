//! The pack's Word documents: parts, structure, direction and language per script
//! family, every criterion's text, and the document choice on the command line.

use crate::carecert;
use carecert::render::docx::package::unzip;
use regex_lite::Regex;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const DOCUMENTS: [&str; 4] = [
    "standards.docx",
    "learner-workbook.docx",
    "assessor-record.docx",
    "certificate.docx",
];

/// The embedded base built once in one locale of each script family.
fn packs() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        for locale in ["en-GB", "ar", "zh-CN", "hi"] {
            carecert()
                .current_dir(dir.path())
                .args(["build", "--locale", locale, "-q"])
                .env("SOURCE_DATE_EPOCH", "1764028800")
                .assert()
                .success();
        }
        dir
    })
    .path()
}

fn pack(locale: &str) -> PathBuf {
    packs().join("out/care-certificate-2015").join(locale)
}

fn parts(locale: &str, doc: &str) -> BTreeMap<String, String> {
    let bytes = std::fs::read(pack(locale).join(doc)).unwrap();
    unzip(&bytes)
        .unwrap()
        .into_iter()
        .map(|(n, b)| (n, String::from_utf8(b).unwrap()))
        .collect()
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

/// The text of every `w:t`, unescaped, joined with nothing between runs.
fn text_of(xml: &str) -> String {
    let t = Regex::new(r"<w:t(?: [^>]*)?>([^<]*)</w:t>").unwrap();
    t.captures_iter(xml)
        .map(|c| unescape(&c[1]))
        .collect::<Vec<_>>()
        .join("")
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Every run's properties, as written.
fn run_props(xml: &str) -> Vec<String> {
    let r = Regex::new(r"<w:r><w:rPr>(.*?)</w:rPr>").unwrap();
    r.captures_iter(xml).map(|c| c[1].to_string()).collect()
}

#[test]
fn every_document_has_the_same_parts_and_properties() {
    for doc in DOCUMENTS {
        let p = parts("en-GB", doc);
        let names: Vec<&str> = p.keys().map(String::as_str).collect();
        assert_eq!(
            names,
            [
                "[Content_Types].xml",
                "_rels/.rels",
                "docProps/app.xml",
                "docProps/core.xml",
                "word/_rels/document.xml.rels",
                "word/document.xml",
                "word/footer1.xml",
                "word/numbering.xml",
                "word/settings.xml",
                "word/styles.xml"
            ],
            "{doc}"
        );
        let core = &p["docProps/core.xml"];
        assert!(
            core.contains("<dc:title>The Care Certificate</dc:title>"),
            "{core}"
        );
        assert!(core.contains("<dc:language>en-GB</dc:language>"), "{core}");
        assert!(
            core.contains(&format!(
                "<dc:creator>carecert {}</dc:creator>",
                env!("CARGO_PKG_VERSION")
            )),
            "{core}"
        );
        assert!(
            core.contains(">2025-11-25T00:00:00Z</dcterms:modified>"),
            "{core}"
        );
        // One style set for all four documents.
        assert_eq!(
            p["word/styles.xml"],
            parts("en-GB", "standards.docx")["word/styles.xml"]
        );
    }
}

#[test]
fn standards_document_structure() {
    let p = parts("en-GB", "standards.docx");
    let d = &p["word/document.xml"];
    // 15 standards plus the glossary; 59 outcomes.
    assert_eq!(count(d, r#"<w:pStyle w:val="Heading1"/>"#), 16);
    assert_eq!(count(d, r#"<w:pStyle w:val="Heading2"/>"#), 59);
    // The contents: a PAGEREF to every heading's bookmark, which
    // LibreOffice lays out itself (a TOC field's result it would not).
    assert_eq!(count(d, " PAGEREF _Toc"), 16 + 59);
    assert!(!d.contains(" TOC "));
    // One criteria table per outcome plus the glossary and the cover, each
    // criteria table with a header row that repeats on every page.
    assert_eq!(count(d, "<w:tblHeader/>"), 60);
    let text = text_of(d);
    assert!(
        text.contains("Standard 1: Understand your role"),
        "{}",
        &text[..400]
    );
    let footer = &p["word/footer1.xml"];
    assert!(
        footer.contains(" PAGE ") && footer.contains(" NUMPAGES "),
        "{footer}"
    );
    assert!(
        text_of(footer).starts_with("The Care Certificate · Page "),
        "{footer}"
    );
    let styles = &p["word/styles.xml"];
    for level in 0..3 {
        assert!(styles.contains(&format!(r#"<w:outlineLvl w:val="{level}"/>"#)));
    }
    assert!(p["word/settings.xml"].contains(r#"<w:updateFields w:val="true"/>"#));
}

#[test]
fn every_criterion_text_appears_in_the_standards_document() {
    for locale in ["en-GB", "ar", "zh-CN", "hi"] {
        let xml = std::fs::read_to_string(pack(locale).join("curriculum.xml")).unwrap();
        let criterion = Regex::new(r"(?s)<criterion [^>]*>.*?<text[^>]*>([^<]*)</text>").unwrap();
        let texts: Vec<String> = criterion
            .captures_iter(&xml)
            .map(|c| unescape(&c[1]))
            .collect();
        assert_eq!(texts.len(), 200, "{locale}");
        let doc = text_of(&parts(locale, "standards.docx")["word/document.xml"]);
        for t in &texts {
            assert!(doc.contains(t.as_str()), "{locale}: missing {t}");
        }
    }
}

#[test]
fn arabic_is_right_to_left_everywhere() {
    for doc in DOCUMENTS {
        let p = parts("ar", doc);
        let d = &p["word/document.xml"];
        let sect = &d[d.rfind("<w:sectPr>").unwrap()..];
        assert!(sect.contains("<w:bidi/>"), "{doc}: section");
        let paragraphs = count(d, "<w:p>");
        assert_eq!(count(d, "<w:pPr>"), paragraphs, "{doc}");
        // Every paragraph sets its direction: right to left, or left to
        // right for a paragraph of English not yet translated, which has no
        // Arabic letter.
        let bidi = Regex::new(
            r#"<w:pPr>(<w:pStyle [^>]*/>)?(<w:keepNext/>)?(<w:pageBreakBefore/>)?(<w:tabs><w:tab [^>]*/></w:tabs>)?<w:bidi( w:val="0")?/>"#,
        )
        .unwrap();
        assert_eq!(bidi.find_iter(d).count(), paragraphs, "{doc}: paragraphs");
        let ltr = Regex::new(r#"(?s)<w:bidi w:val="0"/>.*?</w:p>"#).unwrap();
        for p in ltr.find_iter(d) {
            assert!(
                !p.as_str()
                    .chars()
                    .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
                "{doc}: a left-to-right paragraph with Arabic: {}",
                p.as_str()
            );
        }
        assert_eq!(
            count(d, "<w:tbl>"),
            count(d, "<w:bidiVisual/>"),
            "{doc}: tables"
        );
        for props in run_props(d) {
            assert!(props.contains("<w:lang "), "{doc}: {props}");
            // Arabic runs are right to left, but for the Latin names and
            // digits inside Arabic text, which are set at the Latin size in
            // both slots; runs in another language say so.
            if props.contains(r#"w:bidi="ar""#) {
                assert!(
                    props.contains("<w:rtl/>") || props.contains("<w:szCs "),
                    "{doc}: {props}"
                );
            } else {
                assert!(props.contains(r#"w:val="en-GB""#), "{doc}: {props}");
            }
        }
        let styles = &p["word/styles.xml"];
        assert!(styles.contains(r#"w:cs="Noto Naskh Arabic""#), "{styles}");
        assert!(styles.contains(r#"<w:szCs w:val="24"/>"#));
    }
}

#[test]
fn chinese_runs_carry_the_east_asian_language_and_font() {
    for doc in DOCUMENTS {
        let p = parts("zh-CN", doc);
        let d = &p["word/document.xml"];
        assert!(!d.contains("<w:bidi/>") && !d.contains("<w:rtl/>"), "{doc}");
        for props in run_props(d) {
            assert!(
                props.contains(r#"<w:lang w:eastAsia="zh-CN"/>"#)
                    || props.contains(r#"w:val="en-GB""#),
                "{doc}: {props}"
            );
        }
        assert!(p["word/styles.xml"].contains(r#"w:eastAsia="Noto Sans CJK SC""#));
        assert!(p["word/settings.xml"].contains(r#"w:eastAsia="zh-CN""#));
    }
}

#[test]
fn hindi_uses_the_complex_script_slot() {
    for doc in DOCUMENTS {
        let p = parts("hi", doc);
        let d = &p["word/document.xml"];
        assert!(!d.contains("<w:rtl/>"), "{doc}");
        assert!(d.contains(r#"<w:lang w:bidi="hi"/>"#), "{doc}");
        assert!(p["word/styles.xml"].contains(r#"w:cs="Noto Sans Devanagari""#));
    }
}

#[test]
fn translated_labels_do_not_fall_back() {
    // Only the base's English names of laws and bodies (terms), which the base
    // translations leave in English, and English proper names may be marked; the
    // legend's sample of the marking is in the document's own language.
    let terms: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("standards/care-certificate-2015/terms.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let names: Vec<&str> = terms["terms"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|t| [t["value"].as_str().unwrap(), t["note"].as_str().unwrap()])
        .collect();
    for locale in ["ar", "zh-CN", "hi"] {
        for doc in DOCUMENTS {
            let d = &parts(locale, doc)["word/document.xml"];
            let fallback = Regex::new(r#"<w:rStyle w:val="Fallback"/>(?:<w:[^>]*/>)*<w:lang w:val="en-GB"/></w:rPr><w:t[^>]*>([^<]*)</w:t>"#).unwrap();
            for c in fallback.captures_iter(d) {
                // Without the left-to-right marks that anchor its punctuation.
                let t = &c[1].replace('\u{200E}', "");
                let t = t.as_str();
                assert!(
                    t.contains("Care Certificate") || t.contains("carecert") || names.contains(&t),
                    "{locale} {doc}: unexpected fallback {t}"
                );
            }
        }
    }
}

#[test]
fn workbook_and_assessor_record_content() {
    let w = &parts("en-GB", "learner-workbook.docx")["word/document.xml"];
    let text = text_of(w);
    // 149 knowledge criteria are activities with ruled lines each (their
    // number and the rest: tests/testsuite/workbook.rs).
    assert_eq!(count(&text, "Activity "), 149);
    // Three level-3 headings end each standard (declaration, feedback,
    // sign-off); the others head the observations.
    assert_eq!(
        count(&text, "To be observed at work") + 3 * 15,
        count(w, r#"<w:pStyle w:val="Heading3"/>"#)
    );
    let a = &parts("en-GB", "assessor-record.docx")["word/document.xml"];
    let text = text_of(a);
    assert_eq!(count(&text, "Progress log"), 15);
    assert_eq!(count(&text, "Assessor signature"), 15);
    assert!(text.contains("Where the evidence is") && text.contains("Initials"));
    let c = &parts("en-GB", "certificate.docx")["word/document.xml"];
    assert!(c.contains(r#"w:orient="landscape""#));
    let text = text_of(c);
    for s in [
        "Learner name",
        "Certificate number",
        "Date of issue",
        "Issued by",
        "Printed name",
        "15 Infection prevention and control",
    ] {
        assert!(text.contains(s), "certificate lacks {s}");
    }
    // The base names no logo: no empty box stands in for one.
    assert!(!text.contains("Logo"));
}

#[test]
fn documents_option_chooses_which_are_written() {
    let dir = tempfile::tempdir().unwrap();
    carecert()
        .current_dir(dir.path())
        .args([
            "build",
            "--documents",
            "certificate,standards",
            "--outputs",
            "docx",
        ])
        .assert()
        .success();
    let mut names: Vec<String> =
        std::fs::read_dir(dir.path().join("out/care-certificate-2015/en-GB"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
    names.sort();
    assert_eq!(
        names,
        ["certificate.docx", "manifest.json", "standards.docx"]
    );
    let assert = carecert()
        .current_dir(dir.path())
        .args(["build", "--documents", "workbok", "--out", "other"])
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(
        err.contains("invalid value 'workbok'") && err.contains("workbook"),
        "{err}"
    );
    assert!(!dir.path().join("other").exists());
}

#[test]
fn an_edition_can_choose_its_fonts() {
    let f = crate::Fixture::copy("mini-edition").edit(
        "edition.json",
        r#""author": "Test adaptation team","#,
        r#""author": "Test adaptation team", "fonts": {"complex": "Amiri", "latin": "Open Sans"},"#,
    );
    f.run(&[
        "build",
        ".",
        "--out",
        "../out",
        "--locale",
        "en-IN",
        "--documents",
        "certificate",
    ])
    .success();
    let bytes = std::fs::read(f.root().join("out/mini-india/en-IN/certificate.docx")).unwrap();
    let styles = unzip(&bytes)
        .unwrap()
        .into_iter()
        .find(|(n, _)| n == "word/styles.xml")
        .map(|(_, b)| String::from_utf8(b).unwrap())
        .unwrap();
    assert!(
        styles.contains(r#"<w:rFonts w:ascii="Open Sans" w:hAnsi="Open Sans" w:eastAsia="Noto Sans CJK SC" w:cs="Amiri"/>"#),
        "{styles}"
    );
    let f = crate::Fixture::copy("mini-edition").edit(
        "edition.json",
        r#""author": "Test adaptation team","#,
        r#""author": "Test adaptation team", "fonts": {"arabic": "Amiri"},"#,
    );
    let assert = f.run(&["build", ".", "--out", "../out"]).code(2);
    let err = crate::stderr_of(&assert);
    assert!(
        err.contains("edition.json:") && err.contains("fonts") && err.contains("arabic"),
        "{err}"
    );
    assert!(!f.root().join("out").exists());
}

/// The glossary names each term's jurisdiction in the pack's language, not by
/// its code (`GB-ENG` is England, إنجلترا in Arabic).
#[test]
fn the_glossary_names_jurisdictions() {
    let d = &parts("ar", "standards.docx")["word/document.xml"];
    assert!(d.contains(">إنجلترا<"), "England in Arabic");
    assert!(
        d.contains(">المملكة المتحدة<"),
        "the United Kingdom in Arabic"
    );
    for code in ["GB", "GB-ENG"] {
        assert!(
            !d.contains(&format!(">{code}</w:t>")),
            "the code {code} is printed"
        );
    }
}
