//! Every change of a review says why, in people's words and the reviewer's
//! language: on the example editions (India, Saudi Arabia) and the example
//! revision of the base, in every format.

use carecert::render::docx::package::unzip;
use serde_json::Value;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> String {
    let out = crate::carecert()
        .current_dir(root())
        .env_remove("SOURCE_DATE_EPOCH")
        .args(["diff", "care-certificate-2015"])
        .args(args)
        .assert()
        .success();
    crate::stdout_of(&out)
}

fn json(edition: &str, extra: &[&str]) -> Value {
    let mut args = vec![edition, "--format", "json"];
    args.extend_from_slice(extra);
    serde_json::from_str(&run(&args)).unwrap()
}

fn change<'a>(v: &'a Value, kind: &str, code: &str) -> &'a Value {
    v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == kind && (c["new_code"] == code || c["old_code"] == code))
        .unwrap_or_else(|| panic!("no {kind} {code}"))
}

/// The document part of a redline written to a temporary file.
fn redline(edition: &str, extra: &[&str]) -> std::collections::BTreeMap<String, String> {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.docx");
    let mut args = vec![edition, "--format", "docx", "--out", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    run(&args);
    unzip(&std::fs::read(&out).unwrap())
        .unwrap()
        .into_iter()
        .map(|(k, v)| (k, String::from_utf8_lossy(&v).into_owned()))
        .collect()
}

#[test]
fn every_change_of_the_examples_has_a_reason() {
    for edition in ["examples/editions/india", "examples/editions/saudi-arabia"] {
        let v = json(edition, &[]);
        for c in v["changes"].as_array().unwrap() {
            assert!(
                c["why"].as_array().is_some_and(|w| !w.is_empty()),
                "{edition}: no reason for {c}"
            );
        }
    }
}

#[test]
fn india_terms_carry_note_and_source_and_the_texts_they_changed_name_them() {
    let v = json("examples/editions/india", &[]);
    let terms: Vec<&Value> = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "term-changed")
        .collect();
    assert!(terms.len() > 30, "{}", terms.len());
    for t in &terms {
        let why = &t["why"][0];
        assert_eq!(why["because"], "term", "{t}");
        assert!(why["note"].as_str().is_some_and(|n| !n.is_empty()), "{t}");
        assert!(why["source"].is_string(), "{t}");
    }
    for (code, term) in [
        ("1.1b", "-code-of-conduct"),
        ("4.2a", "-equality-act"),
        ("13.1a", "-health-and-safety-act"),
    ] {
        let c = change(&v, "text-changed", code);
        assert_eq!(c["why"][0]["because"], "caused-by-term", "{c}");
        assert_eq!(c["why"][0]["term"], term, "{c}");
    }
    let text = run(&["examples/editions/india", "--color", "never"]);
    assert!(text.contains("    Why: because the term “Equality Act 2010” changed to “Rights of Persons with Disabilities Act, 2016”\n"), "{text}");
    assert!(
        text.contains("    Why: National single emergency number (Emergency Response Support System, ERSS); rolled out state by state since 2018.\n         Source: https://"),
        "{text}"
    );
}

#[test]
fn rationales_are_people_s_words_without_the_operation_prefix() {
    let text = run(&["examples/editions/saudi-arabia", "--color", "never"]);
    assert!(!text.contains("saudi-arabia #"), "{text}");
    assert!(!text.contains("gulf #"), "{text}");
    let v = json("examples/editions/saudi-arabia", &[]);
    let why = &change(&v, "removed", "2.2b")["why"][0];
    assert_eq!(why["because"], "operation");
    assert_eq!(why["op"], "remove");
    assert!(
        why["rationale"]
            .as_str()
            .unwrap()
            .starts_with("England's 'Functional Skills'")
    );
}

#[test]
fn a_replaced_law_is_one_deletion_and_one_insertion_in_every_format() {
    let v = json("examples/editions/india", &[]);
    let words = &change(&v, "text-changed", "4.2a")["words"];
    let edits: Vec<(&str, &str)> = words
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["op"] != "equal")
        .map(|w| (w["op"].as_str().unwrap(), w["text"].as_str().unwrap()))
        .collect();
    assert_eq!(
        edits,
        [
            ("delete", "Equality Act 2010"),
            ("insert", "Rights of Persons with Disabilities Act, 2016")
        ]
    );
    // A term value is replaced whole, even when both end in "Act".
    let t = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "-mental-capacity-act")
        .unwrap();
    assert_eq!(t["whole"], true, "{t}");
    let md = run(&["examples/editions/india", "--format", "markdown"]);
    assert!(
        md.contains(
            "such as the ~~Equality Act 2010~~**Rights of Persons with Disabilities Act, 2016**."
        ),
        "{md}"
    );
    let html = run(&["examples/editions/india", "--format", "html"]);
    assert!(html.contains("such as the <del>Equality Act 2010</del><ins>Rights of Persons with Disabilities Act, 2016</ins>."), "{html}");
    let p = redline("examples/editions/india", &[]);
    // The caused change's reason is its comment.
    assert!(
        p["word/comments.xml"].contains("Text changed: because the term “Equality Act 2010” changed to “Rights of Persons with Disabilities Act, 2016”"),
        "{}",
        p["word/comments.xml"]
    );
    let d = &p["word/document.xml"];
    let at = d
        .find(">Equality Act 2010</w:delText>")
        .expect("deleted whole");
    let para_end = at + d[at..].find("</w:p>").unwrap();
    let para_start = d[..at].rfind("<w:p>").unwrap();
    let para = &d[para_start..para_end];
    assert_eq!(para.matches("<w:del ").count(), 1, "{para}");
    assert_eq!(para.matches("<w:ins ").count(), 1, "{para}");
    assert!(
        para.contains(">Rights of Persons with Disabilities Act, 2016</w:t>"),
        "{para}"
    );
}

#[test]
fn renumbering_is_grouped_under_its_cause() {
    let text = run(&["examples/editions/saudi-arabia", "--color", "never"]);
    assert!(
        text.contains("  Renumbered: 2.2c → 2.2b, 2.2d → 2.2c, 2.2e → 2.2d, 2.2f → 2.2e, 2.2g → 2.2f, 2.2h → 2.2g, 2.2i → 2.2h\n    Why: because 2.2b was removed\n"),
        "{text}"
    );
    let v = json("examples/editions/saudi-arabia", &[]);
    let renumbered = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "renumbered")
        .count();
    let rows = text.matches("  Renumbered: ").count();
    assert_eq!(renumbered, 29);
    assert!(rows <= 8, "{rows} renumbering rows");
    // The redline's summary: 2.2b is the removed criterion's row only; the
    // criterion that became 2.2b is in the renumbering row, old → new.
    let d = &redline("examples/editions/saudi-arabia", &[])["word/document.xml"];
    assert_eq!(d.matches(">2.2b</w:t>").count(), 1);
    assert!(d.contains(">2.2c → 2.2b, 2.2d → 2.2c,"), "no grouped row");
    assert!(d.contains(">because 2.2b was removed</w:t>"));
}

#[test]
fn no_internal_ids_where_a_code_and_title_exist() {
    let text = run(&["examples/editions/saudi-arabia", "--color", "never"]);
    assert!(text.contains("    from 9 Awareness of mental health, dementia and learning disability to 5 Work in a person centred way\n"), "{text}");
    assert!(!text.contains("mental-health-dementia-and-learning-disability"));
    assert!(!text.contains("(role-standards-and-codes)"));
    assert!(!text.contains("-emergency-number"));
    let d = &redline("examples/editions/saudi-arabia", &[])["word/document.xml"];
    assert!(!d.contains(">emergency-number<"), "term table by id");
    assert!(d.contains(">Emergency number</w:t>"));
}

#[test]
fn a_redline_is_undated_unless_a_date_is_given() {
    let p = redline("examples/editions/india", &[]);
    assert!(!p["word/document.xml"].contains("w:date="));
    assert!(!p["word/comments.xml"].contains("w:date="));
    let p = redline("examples/editions/india", &["--date", "2026-11-25"]);
    assert!(
        p["word/document.xml"].contains(r#"w:date="2026-11-25T00:00:00Z""#)
            && p["word/comments.xml"].contains(r#"w:date="2026-11-25T00:00:00Z""#)
    );
}

#[test]
fn an_arabic_reviewer_reads_arabic_right_to_left_in_every_format() {
    let args = ["examples/editions/saudi-arabia", "--locale", "ar-SA"];
    let text = run(&[&args[..], &["--color", "never"]].concat());
    assert!(text.contains("  إعادة ترقيم: 2.2c → 2.2b"), "{text}");
    assert!(text.contains("    السبب: لأن 2.2b حُذف\n"), "{text}");
    let md = run(&[&args[..], &["--format", "markdown"]].concat());
    assert!(md.starts_with("# التغييرات من "), "{md}");
    let html = run(&[&args[..], &["--format", "html"]].concat());
    assert!(html.contains("<html lang=\"ar-SA\" dir=\"rtl\">"));
    assert!(html.contains("<span>إعادة ترقيم ("), "{html}");
    assert!(
        !html.contains("lang=\"en\" dir=\"ltr\">"),
        "English page words"
    );
    let v = json("examples/editions/saudi-arabia", &["--locale", "ar-SA"]);
    assert_eq!(change(&v, "removed", "2.2b")["says"]["kind"], "حذف");
    let p = redline("examples/editions/saudi-arabia", &["--locale", "ar-SA"]);
    let d = &p["word/document.xml"];
    // The code is a Latin stretch of its own run inside the Arabic sentence.
    let text: String = d
        .split("<w:t xml:space=\"preserve\">")
        .skip(1)
        .filter_map(|t| t.split("</w:t>").next())
        .collect();
    assert!(
        d.contains("<w:bidi/>") && text.contains("لأن 2.2b حُذف"),
        "{text}"
    );
    assert!(p["word/comments.xml"].contains("<w:bidi/>"));
}

#[test]
fn colour_keeps_the_markers() {
    let text = run(&["examples/editions/india", "--color", "always"]);
    assert!(
        text.contains("\x1b[31m[-999-]\x1b[0m\x1b[32m{+112+}\x1b[0m"),
        "{text}"
    );
}

#[test]
fn a_revision_of_the_base_names_moves_and_their_consequences() {
    let text = run(&[
        "examples/revisions/care-certificate-2025-known",
        "--color",
        "never",
    ]);
    assert!(text.contains("  Moved: outcome 9.6 → 5.8\n    from 9 Awareness of mental health, dementia and learning disability to 5 Work in a person centred way\n"), "{text}");
    assert!(text.contains("  Renumbered: 9.6a → 5.8a, 9.6b → 5.8b, 9.6c → 5.8c, 9.6d → 5.8d\n    Why: because 9.6 moved\n"), "{text}");
}
