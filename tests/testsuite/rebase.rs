//! `carecert rebase`: dry run, acceptance, successors and writing.

use crate::{Fixture, stderr_of, stdout_of};
use serde_json::Value;

pub fn plan(f: &Fixture, extra: &[&str]) -> (Value, i32) {
    let mut args = vec![
        "rebase",
        ".",
        "--onto",
        "../mini-revised",
        "--format",
        "json",
    ];
    args.extend_from_slice(extra);
    let assert = f.run(&args);
    let code = assert.get_output().status.code().unwrap();
    (serde_json::from_str(&stdout_of(&assert)).unwrap(), code)
}

pub fn step<'a>(v: &'a Value, op: usize, field: &str) -> &'a Value {
    v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["operation"] == op && s["field"] == field)
        .unwrap()
}

#[test]
fn dry_run_classifies_each_reference_and_writes_nothing() {
    let f = Fixture::copy("mini-edition");
    let before = std::fs::read(f.file("edition.json")).unwrap();
    let (v, code) = plan(&f, &[]);
    assert_eq!(code, 1, "open decisions are findings");
    assert_eq!(step(&v, 0, "target")["status"], "drifted");
    assert_eq!(step(&v, 1, "target")["status"], "unchanged");
    let moved = step(&v, 6, "target");
    assert_eq!(
        (
            moved["status"].as_str(),
            moved["old_code"].as_str(),
            moved["new_code"].as_str()
        ),
        (Some("unchanged"), Some("1.1b"), Some("2.1a"))
    );
    let gone = step(&v, 8, "target");
    assert_eq!(gone["status"], "vanished");
    assert_eq!(gone["successors"][0]["id"], "second-call-emergency");
    assert_eq!(v["written"], false);
    assert_eq!(std::fs::read(f.file("edition.json")).unwrap(), before);
}

#[test]
fn write_applies_only_what_was_accepted() {
    let f = Fixture::copy("mini-edition");
    let (v, code) = plan(
        &f,
        &[
            "--accept-all-unchanged",
            "--accept",
            "0",
            "--accept",
            "8=second-call-emergency",
            "--write",
        ],
    );
    assert_eq!(v["written"], true);
    assert_eq!(code, 1, "operations[2] was neither unchanged nor accepted");
    let text = std::fs::read_to_string(f.file("edition.json")).unwrap();
    let e: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(e["base"], "../mini-revised");
    let ops = e["operations"].as_array().unwrap();
    assert_eq!(
        ops[0]["target"], "first-knowledge",
        "codes become stable ids"
    );
    assert_eq!(ops[0]["fingerprint"], "17fe76db6aa8");
    assert_eq!(
        ops[2]["fingerprint"], "64593e0adad8",
        "not accepted: untouched"
    );
    assert_eq!(ops[6]["target"], "first-performance");
    assert_eq!(ops[8]["target"], "second-call-emergency");
    // Key order is kept.
    assert!(text.find("\"id\"").unwrap() < text.find("\"name\"").unwrap());
    assert!(
        text.find("\"op\": \"replace-text\"").unwrap()
            < text.find("\"target\": \"first-knowledge\"").unwrap()
    );
    // The one operation still open shows up as drift in check.
    let out = stdout_of(&f.run(&["check", "."]).code(1));
    assert!(
        out.contains(
            "at operations[2].fingerprint: the base text of 1.1a (first-knowledge) changed"
        ),
        "{out}"
    );
    assert!(out.contains("1 finding\n"), "{out}");
}

/// `check --base` on a revision that renumbered a target says where it went and
/// which command rewrites the reference, as `rebase` would propose.
#[test]
fn check_with_a_new_base_says_where_a_renumbered_target_went() {
    let f = Fixture::copy("mini-edition");
    let err = stderr_of(&f.run(&["check", ".", "--base", "../mini-revised"]).code(2));
    assert!(
        err.contains(
            "error[missing-target]: edition.json:20:39 at operations[3].target: there is no standard, outcome or criterion with the code \"1.1b\" in the base\n  help: 1.1b was first-performance in ./../mini; it is 2.1a in the new base. Run `carecert rebase . --onto ../mini-revised` to review and rewrite the reference\n"
        ),
        "{err}"
    );
}

/// A country-bound term the revision brings is a decision of its own: listed,
/// counted, and gone once the edition gives it a value.
#[test]
fn new_terms_of_the_revision_are_listed_until_the_edition_sets_them() {
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    crate::copy_dir(&repo.join("examples"), &dir.path().join("examples"));
    let run = |dir: &std::path::Path| {
        let out = crate::carecert()
            .current_dir(dir)
            .args(["rebase", "examples/editions/india", "--onto"])
            .args([
                "examples/revisions/care-certificate-2025-known",
                "--format",
                "json",
            ])
            .args(["--accept-all-unchanged"])
            .output()
            .unwrap();
        (
            out.status.code(),
            serde_json::from_slice::<Value>(&out.stdout).unwrap(),
        )
    };
    let (code, plan) = run(dir.path());
    assert_eq!(code, Some(1));
    assert_eq!(plan["new_terms"][0]["id"], "-learning-disability-training");
    assert_eq!(plan["new_terms"][0]["jurisdiction"], "GB-ENG");
    assert_eq!(plan["new_terms"].as_array().unwrap().len(), 1);
    let edition = dir.path().join("examples/editions/india/edition.json");
    let text = std::fs::read_to_string(&edition).unwrap().replacen(
        "\"terms\": [",
        "\"terms\": [\n    { \"id\": \"-learning-disability-training\", \"jurisdiction\": \"IN\", \"value\": \"the training your employer requires\" },",
        1,
    );
    std::fs::write(&edition, text).unwrap();
    let (code, plan) = run(dir.path());
    assert_eq!(plan["new_terms"], serde_json::json!([]));
    assert_eq!(code, Some(0), "{plan}");
}
