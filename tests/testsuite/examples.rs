//! The example editions and the base-revision scenario shipped in `examples/`.

use crate::{carecert, stderr_of, stdout_of};
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn editions() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root().join("examples/editions"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("edition.json").is_file())
        .collect();
    dirs.sort();
    dirs
}

#[test]
fn the_five_example_editions_exist_with_sources() {
    let names: Vec<String> = editions()
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    for expected in ["brazil", "china", "gulf", "india", "saudi-arabia"] {
        assert!(
            names.contains(&expected.to_string()),
            "{expected} missing from {names:?}"
        );
        assert!(
            root()
                .join("examples/editions")
                .join(expected)
                .join("SOURCES.md")
                .is_file(),
            "{expected}/SOURCES.md"
        );
    }
}

/// Every example edition checks clean: no error and no warning, an
/// `untranslated-term` (a term that would print in the wrong language) included.
#[test]
fn every_example_edition_checks_clean() {
    for dir in editions() {
        let assert = carecert()
            .current_dir(root())
            .arg("check")
            .arg(&dir)
            .assert();
        let out = assert.get_output();
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let findings = all
            .lines()
            .filter(|l| l.starts_with("warning[") || l.starts_with("error["))
            .count();
        assert_eq!(
            (out.status.code(), findings),
            (Some(0), 0),
            "{}:\n{all}",
            dir.display()
        );
    }
}

#[test]
fn every_example_edition_builds_in_every_locale() {
    let out = tempfile::tempdir().unwrap();
    let assert = carecert()
        .current_dir(root())
        .args(["build", "--all", "--quiet", "--out"])
        .arg(out.path())
        .assert()
        .success();
    drop(assert);
    for dir in editions() {
        let text = std::fs::read_to_string(dir.join("edition.json")).unwrap();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        for locale in v["locales"].as_array().unwrap() {
            let pack = out
                .path()
                .join(v["id"].as_str().unwrap())
                .join(locale.as_str().unwrap());
            assert!(pack.join("curriculum.xml").is_file(), "{}", pack.display());
            carecert().arg("verify").arg(&pack).assert().success();
        }
    }
}

#[test]
fn every_operation_kind_is_used_by_the_examples() {
    let mut used = std::collections::BTreeSet::new();
    let mut renumber = false;
    for dir in editions() {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("edition.json")).unwrap())
                .unwrap();
        renumber |= v["numbering"] == "renumber";
        for op in v["operations"].as_array().unwrap() {
            used.insert(op["op"].as_str().unwrap().to_string());
        }
    }
    for kind in [
        "add-standard",
        "add-outcome",
        "add-criterion",
        "remove",
        "replace-text",
        "retitle",
        "change-kind",
        "move",
        "set-examples",
    ] {
        assert!(used.contains(kind), "no example uses {kind}: {used:?}");
    }
    assert!(renumber, "no example renumbers");
}

#[test]
fn saudi_arabia_stacks_on_the_gulf_edition() {
    let out = stdout_of(
        &carecert()
            .current_dir(root())
            .args(["show", "examples/editions/saudi-arabia", "--format", "json"])
            .assert()
            .success(),
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let layers: Vec<&str> = v["edition"]["layers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_str().unwrap())
        .collect();
    assert_eq!(layers, ["care-certificate-2015", "gulf", "saudi-arabia"]);
}

#[test]
fn the_2025_revision_checks_clean_and_shows_its_changes() {
    let rev = "examples/revisions/care-certificate-2025-known";
    carecert()
        .current_dir(root())
        .args(["check", rev])
        .assert()
        .code(0);
    let v: serde_json::Value = serde_json::from_str(&stdout_of(
        &carecert()
            .current_dir(root())
            .args(["diff", "care-certificate-2015", rev, "--format", "json"])
            .assert()
            .success(),
    ))
    .unwrap();
    let changes = v["changes"].as_array().unwrap();
    let has = |kind: &str, level: &str| {
        changes
            .iter()
            .any(|c| c["kind"] == kind && c["level"] == level)
    };
    assert!(
        has("retitled", "standard"),
        "standards 4, 9 and 10 are retitled"
    );
    assert!(
        has("moved", "outcome"),
        "the mental capacity outcome moves to standard 5"
    );
    assert!(has("added", "standard"), "standard 16 is added");
}

#[test]
fn india_against_the_revision_shows_drift_or_vanished_targets_and_rebase_proposes() {
    let rev = "examples/revisions/care-certificate-2025-known";
    let assert = carecert()
        .current_dir(root())
        .args(["check", "examples/editions/india", "--base", rev])
        .assert();
    let code = assert.get_output().status.code();
    assert_ne!(code, Some(0), "the revision must affect the India edition");
    let all = format!("{}{}", stdout_of(&assert), stderr_of(&assert));
    assert!(
        all.contains("drift") || all.contains("missing-target") || all.contains("there is no"),
        "{all}"
    );
    let plan = stdout_of(
        &carecert()
            .current_dir(root())
            .args([
                "rebase",
                "examples/editions/india",
                "--onto",
                rev,
                "--format",
                "json",
            ])
            .assert(),
    );
    let v: serde_json::Value = serde_json::from_str(&plan).unwrap();
    let open: Vec<&serde_json::Value> = v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["status"] != "unchanged" || s["needs_rewrite"] == true)
        .collect();
    assert!(!open.is_empty(), "{plan}");
    assert_eq!(v["written"], false);
}

#[test]
fn every_example_edition_diffs_against_the_base_with_rationales() {
    for dir in editions() {
        let out = carecert()
            .current_dir(root())
            .args(["diff", "care-certificate-2015"])
            .arg(&dir)
            .args(["--format", "json", "--exit-code"])
            .assert()
            .code(1);
        let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
        let changes = v["changes"].as_array().unwrap();
        assert!(!changes.is_empty(), "{}", dir.display());
        let s = &v["summary"];
        let total: u64 = ["added", "removed", "moved", "changed"]
            .iter()
            .map(|k| s[k].as_u64().unwrap())
            .sum();
        assert_eq!(total as usize, changes.len(), "{}", dir.display());
        // Every structural change an edition made says why, with the term values
        // filled in (no `{ -term }` left for a reader).
        for c in changes
            .iter()
            .filter(|c| c["kind"] != "term-changed" && c["kind"] != "renumbered")
        {
            let Some(why) = c["provenance"]["rationale"].as_str() else {
                continue;
            };
            assert!(!why.contains("{ -"), "{}: {why}", dir.display());
        }
        let structural = changes
            .iter()
            .filter(|c| ["added", "removed", "moved"].contains(&c["kind"].as_str().unwrap()))
            .count();
        let explained = changes
            .iter()
            .filter(|c| ["added", "removed", "moved"].contains(&c["kind"].as_str().unwrap()))
            .filter(|c| c["provenance"]["rationale"].is_string())
            .count();
        assert_eq!(structural, explained, "{}", dir.display());
    }
}

#[test]
fn the_2015_to_2025_revision_diff() {
    let out = carecert()
        .current_dir(root())
        .args([
            "diff",
            "care-certificate-2015",
            "examples/revisions/care-certificate-2025-known",
            "--format",
            "json",
        ])
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let has = |kind: &str, id: &str| {
        v["changes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["kind"] == kind && c["id"] == id)
    };
    assert!(
        has("added", "awareness-of-learning-disability-and-autism"),
        "standard 16"
    );
    assert!(has("moved", "capacity-meaning-in-care"), "9.6 moves to 5.8");
    assert!(has("removed", "awareness-legal-frameworks"));
    assert!(has(
        "retitled",
        "mental-health-dementia-and-learning-disability"
    ));
    let s = &v["summary"];
    assert_eq!(
        (
            s["added"].as_u64(),
            s["removed"].as_u64(),
            s["moved"].as_u64()
        ),
        (Some(4), Some(3), Some(1))
    );
}
