//! `carecert diff`: change kinds, matching by id, outputs and exit codes.

use crate::{Fixture, carecert, stdout_of};
use serde_json::Value;

fn json(f: &Fixture, old: &str, new: &str, extra: &[&str]) -> Value {
    let mut args = vec!["diff", old, new, "--format", "json"];
    args.extend_from_slice(extra);
    serde_json::from_str(&stdout_of(&f.run(&args).success())).unwrap()
}

fn kinds(v: &Value) -> Vec<(String, String)> {
    v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["kind"].as_str().unwrap().to_string(),
                c["id"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn every_change_kind_of_an_edition_with_its_rationale() {
    let f = Fixture::copy("mini");
    let v = json(&f, ".", "../mini-edition", &[]);
    let k = kinds(&v);
    for expected in [
        ("retitled", "first-outcome"),
        ("text-changed", "first-knowledge"),
        ("kind-changed", "first-knowledge"),
        ("added", "first-local-language"),
        ("added", "family-involvement"),
        ("removed", "second-call-for-help"),
        ("moved", "first-performance"),
        ("examples-changed", "first-performance"),
        ("added", "second-ambulance"),
        ("term-changed", "-regulator"),
    ] {
        assert!(
            k.contains(&(expected.0.to_string(), expected.1.to_string())),
            "{expected:?} not in {k:?}"
        );
    }
    // Children of an added standard are part of that addition, not separate changes.
    assert!(
        !k.iter()
            .any(|(_, id)| id == "family-roles" || id == "family-decisions")
    );
    let text = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "text-changed")
        .unwrap();
    assert_eq!(text["provenance"]["op"], "replace-text");
    assert_eq!(
        text["provenance"]["rationale"],
        "Indian states inspect on visits."
    );
    let removed = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "removed")
        .unwrap();
    assert_eq!(
        removed["provenance"]["rationale"],
        "Replaced by the ambulance outcome."
    );
    assert_eq!(v["summary"]["added"], 3);
}

#[test]
fn a_move_is_one_change_not_a_removal_and_an_addition() {
    let f = Fixture::copy("mini");
    let v = json(&f, ".", "../mini-revised", &[]);
    let moved: Vec<&Value> = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["id"] == "first-performance")
        .collect();
    assert_eq!(moved.len(), 1, "{moved:?}");
    assert_eq!(moved[0]["kind"], "moved");
    assert_eq!(moved[0]["from"], "1.1 first-outcome");
    assert_eq!(moved[0]["to"], "2.1 second-outcome");
    assert_eq!(
        (moved[0]["old_code"].as_str(), moved[0]["new_code"].as_str()),
        (Some("1.1b"), Some("2.1a"))
    );
}

#[test]
fn word_level_changes_in_text_and_markdown() {
    let f = Fixture::copy("mini");
    let out = stdout_of(
        &f.run(&["diff", ".", "../mini-revised", "--color", "never"])
            .success(),
    );
    assert!(
        out.contains(
            "    Describe what the Care Quality Commission does{+ and how it inspects+}.\n"
        ),
        "{out}"
    );
    assert!(
        out.ends_with("1 added, 1 removed, 1 moved, 1 changed\n"),
        "{out}"
    );
    let md = stdout_of(
        &f.run(&["diff", ".", "../mini-revised", "--format", "markdown"])
            .success(),
    );
    assert!(md.contains("- **Text changed** criterion `1.1a`: Describe what the Care Quality Commission does **and how it inspects**."), "{md}");
    // A move names the outcomes by code and title, not by id.
    assert!(
        md.contains(
            "- **Moved** criterion `1.1b → 2.1a`: from 1.1 First outcome to 2.1 Second outcome"
        ),
        "{md}"
    );
}

#[test]
fn colour_only_when_asked_and_never_with_no_color() {
    let f = Fixture::copy("mini");
    let always = stdout_of(
        &f.run(&["diff", ".", "../mini-revised", "--color", "always"])
            .success(),
    );
    assert!(always.contains("\x1b[32m"));
    let auto = stdout_of(
        &carecert()
            .current_dir(f.path())
            .env("NO_COLOR", "1")
            .args(["diff", ".", "../mini-revised"])
            .assert()
            .success(),
    );
    assert!(!auto.contains('\x1b'));
}

#[test]
fn exit_code_like_git_diff() {
    let f = Fixture::copy("mini");
    f.run(&["diff", ".", "../mini-revised", "--exit-code"])
        .code(1);
    f.run(&["diff", ".", ".", "--exit-code"])
        .code(0)
        .stdout(predicates::str::ends_with(
            "0 added, 0 removed, 0 moved, 0 changed\n",
        ));
}

#[test]
fn localised_comparison_reads_the_translations() {
    let f = Fixture::copy("mini");
    let v = json(
        &f,
        ".",
        "../mini-revised",
        &["--locale", "ar", "--locales-dir", "../mini-locales"],
    );
    assert_eq!(v["locale"], "ar");
    let moved = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "moved")
        .unwrap();
    assert_eq!(moved["id"], "first-performance");
}

#[test]
fn html_page_is_self_contained_with_filters_and_direction() {
    let f = Fixture::copy("mini");
    f.run(&[
        "diff",
        ".",
        "../mini-revised",
        "--format",
        "html",
        "--out",
        "../review.html",
        "--locale",
        "ar",
        "--locales-dir",
        "../mini-locales",
    ])
    .success();
    let html = std::fs::read_to_string(f.root().join("review.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"));
    assert!(
        !html.contains("<link") && !html.contains("src=\"http"),
        "no external assets"
    );
    // The Arabic translation of 1.1a is stale but still what Arabic readers see: no text change.
    assert_eq!(html.matches("<div class=\"change\"").count(), 3);
    // The page's own words are in the reviewer's language too.
    assert!(
        html.contains("<input type=\"checkbox\" value=\"moved\" checked> <span>نقل (1)</span>"),
        "{html}"
    );
    assert!(html.contains("@media print"));
}

/// A drifted operation is not applied, so what `diff` and `show` present lacks
/// it; they say so on stderr (JSON output stays one clean document).
#[test]
fn drift_is_reported_by_diff_and_show() {
    let f = Fixture::drifted();
    let warning = "warning[drift]: edition.json:17:129 at operations[0].fingerprint: the base text of 1.1a (first-knowledge) changed since this replace-text was written; the operation was not applied\n";
    for args in [&["diff", "../mini", "."][..], &["show", "."]] {
        let a = f.run(args).success();
        assert!(crate::stderr_of(&a).starts_with(warning), "{args:?}");
        assert!(!stdout_of(&a).contains("warning"), "{args:?}");
    }
    let a = f
        .run(&["diff", "../mini", ".", "--format", "json"])
        .success();
    assert_eq!(crate::stderr_of(&a), "");
}
