//! `carecert review`: a reviewer's decisions come back from each format — the
//! review page's decisions file (saved by headless Chromium clicking the page's
//! buttons), the spreadsheet (edited with a library), and the Word redline
//! (decided in LibreOffice over UNO, commented and saved by LibreOffice) — with
//! exactly the decisions and comments the reviewer made; `--write` records them
//! and `check` lists what is still open until the team answers.
//!
//! The real-client tests skip with a message where soffice or Chromium is
//! missing, unless CARECERT_REQUIRE_SOFFICE / CARECERT_REQUIRE_CHROMIUM is set.

use crate::Fixture;
use carecert::render::docx::review_bookmark_stem;
use predicates::prelude::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// The mini India edition, with its diff against its base written as `name`.
fn with_diff(format: &str, name: &str) -> Fixture {
    let f = Fixture::copy("mini-edition");
    f.run(&["diff", "../mini", ".", "--format", format, "--out", name])
        .success();
    f
}

/// `review FILE --edition . --format json`, as (key → decision) and the report.
fn review(f: &Fixture, file: &str) -> (BTreeMap<String, String>, Value) {
    let out = f
        .run(&["review", file, "--edition", ".", "--format", "json"])
        .success()
        .get_output()
        .stdout
        .clone();
    let report: Value = serde_json::from_slice(&out).unwrap();
    let decided = report["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["decision"] != "pending")
        .map(|c| {
            (
                c["key"].as_str().unwrap().to_string(),
                c["decision"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    (decided, report)
}

fn expect(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, d)| (k.to_string(), d.to_string()))
        .collect()
}

fn comments_of(report: &Value, key: &str) -> Vec<String> {
    report["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["key"] == key)
        .unwrap()["comments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_pages_decisions_file_reads_back_with_stale_ones_kept() {
    let f = with_diff("json", "diff.json");
    let diff: Value = serde_json::from_slice(&std::fs::read(f.file("diff.json")).unwrap()).unwrap();
    assert!(
        diff["changes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["key"].is_string())
    );
    let file = r#"{"format": "carecert review decisions 1", "edition": "mini-india", "base": "mini",
      "reviewer": "Dr Rao", "decisions": [
        {"key": "retitled:first-outcome", "decision": "accepted"},
        {"key": "added:family-involvement", "decision": "rejected", "comment": "Not in our law."},
        {"key": "moved:gone-long-ago", "decision": "query", "comment": "Why?"}]}"#;
    let f = f.write("decisions.json", file.as_bytes());
    let (decided, report) = review(&f, "decisions.json");
    assert_eq!(
        decided,
        expect(&[
            ("retitled:first-outcome", "accepted"),
            ("added:family-involvement", "rejected"),
            ("moved:gone-long-ago", "query"),
        ])
    );
    assert_eq!(report["summary"]["accepted"], 1);
    assert_eq!(report["summary"]["rejected"], 1);
    assert_eq!(report["summary"]["stale"], 1);
    let stale = &report["changes"].as_array().unwrap().last().unwrap();
    assert_eq!(stale["key"], "moved:gone-long-ago");
    assert_eq!(stale["stale"], true);
    assert_eq!(
        comments_of(&report, "added:family-involvement"),
        ["Not in our law."]
    );
    assert_eq!(
        report["changes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["key"] == "added:family-involvement")
            .unwrap()["cause"],
        "mini-india #7 add-standard"
    );
}

#[test]
fn a_file_of_another_edition_or_base_is_refused() {
    let f = with_diff("json", "diff.json");
    let other = r#"{"format": "carecert review decisions 1", "edition": "mini-brazil", "base": "mini", "decisions": []}"#;
    let f = f.write("other.json", other.as_bytes());
    f.run(&["review", "other.json", "--edition", "."])
        .code(2)
        .stderr(predicates::str::contains("review-other-edition"))
        .stderr(predicates::str::contains(
            "\"mini-brazil\", not \"mini-india\"",
        ));
    let base = r#"{"format": "carecert review decisions 1", "edition": "mini-india", "base": "mini-revised", "decisions": []}"#;
    let f = f.write("base.json", base.as_bytes());
    f.run(&["review", "base.json", "--edition", "."])
        .code(2)
        .stderr(predicates::str::contains(
            "against the base \"mini-revised\"",
        ));
}

/// The spreadsheet as a reviewer returns it: read with calamine, written again
/// with rust_xlsxwriter with the decision and comment columns filled in.
#[test]
fn the_spreadsheet_edited_with_a_library_reads_back() {
    use calamine::{Data, Reader, Xlsx};
    let f = with_diff("xlsx", "review.xlsx");
    let mut book: Xlsx<_> = calamine::open_workbook(f.file("review.xlsx")).unwrap();
    let rows = book.worksheet_range("review").unwrap();
    let about = book.worksheet_range("about").unwrap();
    let cell = |d: &Data| d.to_string();
    let mut out = rust_xlsxwriter::Workbook::new();
    let sheet = out.add_worksheet();
    sheet.set_name("review").unwrap();
    let decisions = [
        (
            "text-changed:first-knowledge",
            "rejected",
            "Keep the national regulator's name.",
        ),
        ("added:second-ambulance", "accepted", ""),
        (
            "term-changed:-helpline",
            "query",
            "Is 108 free in every state?",
        ),
    ];
    for (r, row) in rows.rows().enumerate() {
        for (c, value) in row.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, cell(value)).unwrap();
        }
        if let Some((_, d, comment)) = decisions.iter().find(|(k, _, _)| cell(&row[0]) == *k) {
            sheet.write_string(r as u32, 6, *d).unwrap();
            sheet.write_string(r as u32, 7, *comment).unwrap();
        }
    }
    let sheet = out.add_worksheet();
    sheet.set_name("about").unwrap();
    for (r, row) in about.rows().enumerate() {
        for (c, value) in row.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, cell(value)).unwrap();
        }
    }
    out.save(f.file("returned.xlsx")).unwrap();
    let (decided, report) = review(&f, "returned.xlsx");
    assert_eq!(
        decided,
        expect(&[
            ("text-changed:first-knowledge", "rejected"),
            ("added:second-ambulance", "accepted"),
            ("term-changed:-helpline", "query"),
        ])
    );
    assert_eq!(
        comments_of(&report, "term-changed:-helpline"),
        ["Is 108 free in every state?"]
    );
    assert_eq!(report["summary"]["pending"], 9);
}

#[test]
fn write_records_decisions_and_check_lists_them_until_answered() {
    let f = with_diff("json", "diff.json");
    let file = r#"{"format": "carecert review decisions 1", "edition": "mini-india", "base": "mini",
      "decisions": [{"key": "added:family-involvement", "decision": "rejected", "comment": "Not in our law."},
                    {"key": "retitled:first-outcome", "decision": "accepted"}]}"#;
    let f = f.write("decisions.json", file.as_bytes());
    let no_open = || predicates::str::contains("review-open").not();
    f.run(&["check", "."]).stdout(no_open());
    f.run(&["review", "decisions.json", "--edition", ".", "--write"])
        .success();
    f.run(&["check", "."])
        .code(1)
        .stdout(predicates::str::contains("warning[review-open]"))
        .stdout(predicates::str::contains(
            "rejected 1A (added:family-involvement) in decisions.json has no answer",
        ));
    let recorded = std::fs::read_to_string(f.file("reviews.json")).unwrap();
    let answered = recorded.replacen(
        "\"decision\": \"rejected\",",
        "\"decision\": \"rejected\",\n      \"answer\": \"Kept: families are central to home care.\",",
        1,
    );
    assert_ne!(recorded, answered);
    let f = f.write("reviews.json", answered.as_bytes());
    f.run(&["check", "."]).stdout(no_open());
    // Reading the same file again keeps the answer.
    f.run(&["review", "decisions.json", "--edition", ".", "--write"])
        .success();
    f.run(&["check", "."]).stdout(no_open());
}

fn required(var: &str, tool: &str, found: bool) -> bool {
    if !found {
        assert!(
            std::env::var_os(var).is_none(),
            "{var} is set and {tool} is missing"
        );
        eprintln!("skipped: no {tool}");
    }
    found
}

fn soffice_found() -> bool {
    let uno = std::process::Command::new("/usr/bin/python3")
        .args(["-c", "import uno"])
        .output()
        .is_ok_and(|o| o.status.success());
    let soffice = std::process::Command::new("soffice")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    required(
        "CARECERT_REQUIRE_SOFFICE",
        "soffice with python3-uno",
        uno && soffice,
    )
}

/// `word/document.xml` and `word/comments.xml` of a DOCX edited by `edit`.
fn rezip(src: &Path, dst: &Path, edit: impl Fn(&str, String) -> Option<String>) {
    use std::io::{Read, Write};
    let mut zip = zip::ZipArchive::new(std::fs::File::open(src).unwrap()).unwrap();
    let mut out = zip::ZipWriter::new(std::fs::File::create(dst).unwrap());
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).unwrap();
        let name = file.name().unwrap().to_string();
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).unwrap();
        let Some(text) = edit(&name, String::from_utf8(bytes.clone()).unwrap_or_default()) else {
            continue;
        };
        let text = if name.ends_with(".xml") || name.ends_with(".rels") {
            text.into_bytes()
        } else {
            bytes
        };
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&text).unwrap();
    }
    out.finish().unwrap();
}

/// The redline without its rationale comments: LibreOffice 7.4 headless can
/// crash loading comments over UNO, so decisions are made in a copy without.
fn without_comments(src: &Path, dst: &Path) {
    let anchors = regex_lite::Regex::new(
        r#"<w:commentRange(Start|End) w:id="\d+"/>|<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="\d+"/></w:r>"#,
    )
    .unwrap();
    rezip(src, dst, |name, text| match name {
        "word/comments.xml" => None,
        "word/document.xml" => Some(anchors.replace_all(&text, "").into_owned()),
        "word/_rels/document.xml.rels" => Some(
            regex_lite::Regex::new(r#"<Relationship Id="rId5"[^>]*/>"#)
                .unwrap()
                .replace(&text, "")
                .into_owned(),
        ),
        "[Content_Types].xml" => Some(
            regex_lite::Regex::new(r#"<Override PartName="/word/comments.xml"[^>]*/>"#)
                .unwrap()
                .replace(&text, "")
                .into_owned(),
        ),
        _ => Some(text),
    });
}

#[test]
fn a_redline_decided_in_libreoffice_reads_back_exactly() {
    if !soffice_found() {
        return;
    }
    let f = with_diff("docx", "redline.docx");
    without_comments(&f.file("redline.docx"), &f.file("plain.docx"));
    let decisions = [
        ("text-changed:first-knowledge", "accept"),
        ("retitled:first-outcome", "reject"),
        ("added:first-local-language", "reject"),
        ("removed:second-call-for-help", "accept"),
        ("added:family-involvement", "accept"),
        ("kind-changed:first-knowledge", "reject"),
    ];
    let mut cmd = std::process::Command::new("timeout");
    cmd.args(["-s", "KILL", "300", "/usr/bin/python3"])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/review/decide-in-libreoffice.py"))
        .arg(f.root().join("profile"))
        .arg("plain.docx")
        .arg("decided.docx")
        .current_dir(f.path());
    for (key, action) in decisions {
        cmd.arg(format!("{action}:{}", review_bookmark_stem(key)));
    }
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let (decided, _) = review(&f, "decided.docx");
    assert_eq!(
        decided,
        expect(&[
            ("text-changed:first-knowledge", "accepted"),
            ("retitled:first-outcome", "rejected"),
            ("added:first-local-language", "rejected"),
            ("removed:second-call-for-help", "accepted"),
            ("added:family-involvement", "accepted"),
            ("kind-changed:first-knowledge", "rejected"),
        ])
    );
}

#[test]
fn comments_on_a_redline_saved_by_libreoffice_read_back() {
    if !soffice_found() {
        return;
    }
    let f = with_diff("docx", "redline.docx");
    // A reviewer's comments as Word writes them: a range round the change's
    // text, a reference, and the comment in comments.xml; one more on the title.
    let on = [
        ("retitled:first-outcome", "Say \"adapted for India\"."),
        (
            "added:family-involvement",
            "Good: families decide together here.",
        ),
    ];
    rezip(
        &f.file("redline.docx"),
        &f.file("commented.docx"),
        |name, mut text| {
            if name == "word/document.xml" {
                for (n, (key, _)) in on.iter().enumerate() {
                    let id = 900 + n;
                    let start = regex_lite::Regex::new(&format!(
                        r#"<w:bookmarkStart w:id="(\d+)" w:name="{}_1"/>"#,
                        review_bookmark_stem(key)
                    ))
                    .unwrap();
                    let m = start.captures(&text).unwrap();
                    let (at, bookmark) = (m.get(0).unwrap().end(), m[1].to_string());
                    text.insert_str(at, &format!(r#"<w:commentRangeStart w:id="{id}"/>"#));
                    let end = text[at..]
                        .find(&format!(r#"<w:bookmarkEnd w:id="{bookmark}"/>"#))
                        .unwrap()
                        + at;
                    text.insert_str(end, &format!(r#"<w:commentRangeEnd w:id="{id}"/><w:r><w:commentReference w:id="{id}"/></w:r>"#));
                }
                let title = text.find("<w:t xml:space=\"preserve\">").unwrap();
                text.insert_str(title, r#"</w:r><w:commentRangeStart w:id="950"/><w:r><w:commentReference w:id="950"/></w:r><w:r>"#);
            }
            if name == "word/comments.xml" {
                let mut add = String::new();
                for (n, (_, said)) in on.iter().enumerate() {
                    add.push_str(&format!(
                    r#"<w:comment w:id="{}" w:author="Dr Rao" w:initials="DR"><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:comment>"#,
                    900 + n,
                    said.replace('"', "&quot;")
                ));
                }
                add.push_str(r#"<w:comment w:id="950" w:author="Dr Rao"><w:p><w:r><w:t>Overall fine.</w:t></w:r></w:p></w:comment>"#);
                text = text.replace("</w:comments>", &format!("{add}</w:comments>"));
            }
            Some(text)
        },
    );
    let out = std::process::Command::new("timeout")
        .args(["-s", "KILL", "180", "soffice"])
        .arg(format!(
            "-env:UserInstallation=file://{}",
            f.root().join("profile").display()
        ))
        .args([
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            "saved",
            "commented.docx",
        ])
        .current_dir(f.path())
        .output()
        .unwrap();
    assert!(
        f.file("saved/commented.docx").is_file(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (decided, report) = review(&f, "saved/commented.docx");
    assert!(decided.is_empty(), "{decided:?}");
    assert_eq!(
        comments_of(&report, "retitled:first-outcome"),
        ["Say \"adapted for India\"."]
    );
    assert_eq!(
        comments_of(&report, "added:family-involvement"),
        ["Good: families decide together here."]
    );
    // carecert's own rationale comments are not the reviewer's.
    assert!(comments_of(&report, "text-changed:first-knowledge").is_empty());
    assert_eq!(report["general_comments"][0]["text"], "Overall fine.");
    assert_eq!(report["general_comments"][0]["author"], "Dr Rao");
}

#[test]
fn the_page_decided_in_chromium_reads_back_exactly() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let core = root.join(".ci/node_modules/playwright-core/index.mjs");
    let found = core.is_file()
        && Path::new("/usr/bin/chromium").is_file()
        && std::process::Command::new("node")
            .arg("--version")
            .output()
            .is_ok();
    if !required(
        "CARECERT_REQUIRE_CHROMIUM",
        "node, playwright-core and chromium",
        found,
    ) {
        return;
    }
    let f = with_diff("html", "review.html");
    let out = std::process::Command::new("timeout")
        .args(["-s", "KILL", "180", "node"])
        .arg(root.join("tests/review/decide-in-chromium.mjs"))
        .args(["review.html", "decisions.json"])
        .env("PLAYWRIGHT_CORE", &core)
        .current_dir(f.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (decided, report) = review(&f, "decisions.json");
    assert_eq!(
        decided,
        expect(&[
            ("retitled:first-outcome", "accepted"),
            ("text-changed:first-knowledge", "rejected"),
            ("kind-changed:first-knowledge", "query"),
        ])
    );
    assert_eq!(
        comments_of(&report, "text-changed:first-knowledge"),
        ["Not for our states."]
    );
    assert_eq!(report["changes"][1]["comments"][0]["author"], "Dr Rao");
}
