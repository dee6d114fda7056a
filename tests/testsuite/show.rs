//! `carecert show`: the tree, the JSON contract, and single nodes.

use crate::{Fixture, carecert, stderr_of, stdout_of};
use serde_json::Value;

fn json(args: &[&str]) -> Value {
    let assert = carecert().args(args).assert().success();
    serde_json::from_str(&stdout_of(&assert)).unwrap()
}

#[test]
fn json_contract_of_the_embedded_base() {
    let v = json(&["show", "--format", "json"]);
    assert_eq!(v["framework"]["id"], "care-certificate-2015");
    assert_eq!(v["framework"]["source_locale"], "en-GB");
    let standards = v["standards"].as_array().unwrap();
    assert_eq!(standards.len(), 15);
    for s in standards {
        for key in ["id", "code", "title", "references", "outcomes"] {
            assert!(s.get(key).is_some(), "standard lacks {key}");
        }
        for r in s["references"].as_array().unwrap() {
            assert!(r["term"].as_str().unwrap().starts_with('-'));
            assert!(!r["text"].as_str().unwrap().is_empty());
            assert!(!r["note"].as_str().unwrap().is_empty());
        }
        for o in s["outcomes"].as_array().unwrap() {
            for c in o["criteria"].as_array().unwrap() {
                for key in ["id", "code", "kind", "text", "examples"] {
                    assert!(c.get(key).is_some(), "criterion lacks {key}");
                }
                let text = c["text"].as_str().unwrap();
                assert!(!text.contains("{ -"), "unresolved term in {text}");
                assert!(
                    !text.contains(['\u{2068}', '\u{2069}']),
                    "isolation mark in {text}"
                );
            }
        }
    }
}

#[test]
fn terms_are_substituted_in_json_and_tree() {
    let fixture = Fixture::copy("mini");
    let assert = fixture
        .run(&["show", ".", "first-knowledge", "--format", "json"])
        .success();
    let v: Value = serde_json::from_str(&stdout_of(&assert)).unwrap();
    let c = &v["standards"][0]["outcomes"][0]["criteria"][0];
    assert_eq!(c["text"], "Describe what the Care Quality Commission does.");
    assert_eq!(c["kind"], "knowledge");
    assert_eq!(v["selected"]["level"], "criterion");
    assert_eq!(
        v["standards"][0]["outcomes"][0]["criteria"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let tree = stdout_of(&fixture.run(&["show", "."]).success());
    assert!(tree.contains("    2.1a [P] Call 999 when someone stops breathing.  (simulation allowed)  [second-call-for-help]\n"), "{tree}");
    assert!(tree.contains("          - washing hands\n"), "{tree}");
}

#[test]
fn a_code_alone_selects_from_the_embedded_base() {
    let v = json(&["show", "15.1", "--format", "json"]);
    assert_eq!(v["selected"]["level"], "outcome");
    assert_eq!(v["standards"].as_array().unwrap().len(), 1);
    assert_eq!(v["standards"][0]["code"], "15");
    assert_eq!(v["standards"][0]["outcomes"][0]["code"], "15.1");
}

#[test]
fn an_id_and_its_code_show_the_same_node() {
    let by_code = stdout_of(&carecert().args(["show", "15.1b"]).assert().success());
    let v = json(&["show", "15.1b", "--format", "json"]);
    let id = v["selected"]["id"].as_str().unwrap().to_string();
    let by_id = stdout_of(&carecert().args(["show", &id]).assert().success());
    assert_eq!(by_code, by_id);
}

#[test]
fn unknown_code_exits_2_with_suggestions() {
    let assert = carecert()
        .args(["show", "15.1z"])
        .assert()
        .code(2)
        .stdout("");
    assert_eq!(
        stderr_of(&assert),
        "error[unknown-node]: there is no standard, outcome or criterion with the code \"15.1z\"\n  help: did you mean \"15.1\", \"15.1a\" or \"15.1b\"?\n"
    );
}

#[test]
fn output_closed_early_is_not_an_error() {
    // `carecert show | head -1`: a closed pipe ends quietly.
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "{} show | head -c 10 >/dev/null; echo ${{PIPESTATUS:-0}}",
            assert_cmd::cargo::cargo_bin("carecert").display()
        ))
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn every_command_help_has_an_example() {
    for cmd in [
        vec!["--help"],
        vec!["show", "--help"],
        vec!["check", "--help"],
    ] {
        let out = stdout_of(&carecert().args(&cmd).assert().success());
        assert!(out.contains("Examples:\n  carecert "), "{cmd:?}: {out}");
    }
}

/// Showing one node ends with its fingerprint, which an operation on it records.
#[test]
fn one_node_ends_with_its_fingerprint() {
    let out = stdout_of(&carecert().args(["show", "5.3a"]).assert().success());
    let json: serde_json::Value = serde_json::from_str(&stdout_of(
        &carecert()
            .args(["show", "5.3a", "--format", "json"])
            .assert()
            .success(),
    ))
    .unwrap();
    let fp = json["standards"][0]["outcomes"][0]["criteria"][0]["fingerprint"]
        .as_str()
        .unwrap();
    assert!(
        out.ends_with(&format!(
            "fingerprint of 5.3a (person-centred-environmental-factors): {fp}  (for an operation that changes it)\n"
        )),
        "{out}"
    );
    let whole = stdout_of(&carecert().arg("show").assert().success());
    assert!(!whole.contains("fingerprint of"));
}
