//! `carecert check`: counts, findings and exit codes.

use crate::{Fixture, carecert, stderr_of, stdout_of};
use serde_json::Value;

#[test]
fn the_embedded_base_checks_clean() {
    let assert = carecert().arg("check").assert().code(0);
    let out = stdout_of(&assert);
    assert!(out.starts_with("care-certificate-2015 (version 2015, from care-certificate-2015 (embedded)): 15 standards, "), "{out}");
    assert!(out.ends_with("no findings\n"), "{out}");
}

#[test]
fn the_repository_copy_matches_the_embedded_one() {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/standards/care-certificate-2015"
    );
    let a = carecert()
        .args(["show", dir, "--format", "json"])
        .assert()
        .success();
    let b = carecert()
        .args(["show", "--format", "json"])
        .assert()
        .success();
    assert_eq!(a.get_output().stdout, b.get_output().stdout);
}

#[test]
fn counts_by_kind_in_json() {
    let assert = Fixture::copy("mini")
        .run(&["check", ".", "--format", "json"])
        .code(0);
    let v: Value = serde_json::from_str(&stdout_of(&assert)).unwrap();
    assert_eq!(v["counts"]["standards"], 2);
    assert_eq!(v["counts"]["outcomes"], 2);
    assert_eq!(v["counts"]["criteria"], 3);
    assert_eq!(v["counts"]["knowledge"], 1);
    assert_eq!(v["counts"]["performance"], 2);
    assert_eq!(v["findings"], Value::Array(vec![]));
}

#[test]
fn unused_term_is_a_finding_with_exit_1() {
    let fixture = Fixture::copy("mini").edit(
        "terms.json",
        "\n  ]",
        ",\n    { \"id\": \"-unused\", \"kind\": \"body\", \"jurisdiction\": null, \"value\": \"Nobody\", \"note\": \"Never used.\" }\n  ]",
    );
    let out = stdout_of(&fixture.run(&["check", "."]).code(1));
    assert!(out.starts_with("warning[unused-term]: terms.json:5:13 at terms[2].id: the term \"-unused\" is defined but never used\n  help: "), "{out}");
    assert!(out.ends_with("1 finding\n"), "{out}");
}

#[test]
fn gap_in_numbering_is_a_finding() {
    let fixture = Fixture::copy("mini").edit(
        "standards/01.json",
        "\"code\": \"1.1b\"",
        "\"code\": \"1.1c\"",
    );
    let out = stdout_of(&fixture.run(&["check", "."]).code(1));
    assert!(out.starts_with("warning[code-sequence]: standards/01.json:22:19 at outcomes[0].criteria[1].code: criterion \"1.1c\" is in the place of \"1.1b\"\n"), "{out}");
}

#[test]
fn copied_criterion_text_is_a_finding() {
    let fixture = Fixture::copy("mini").edit(
        "standards/01.json",
        "Show that you work safely.",
        "Describe what the { -regulator } does.",
    );
    let out = stdout_of(&fixture.run(&["check", "."]).code(1));
    assert!(out.contains("criterion 1.1b has the same text as another criterion\n  help: the other is at standards/01.json:18:19;"), "{out}");
}

#[test]
fn framework_json_path_is_accepted() {
    Fixture::copy("mini")
        .run(&["check", "framework.json"])
        .code(0);
}

/// Each kind of finding `check` reports, with its code, exit code 1 and the help
/// line that says how to fix it.
#[test]
fn each_finding_carries_its_code_and_help() {
    type Edits = &'static [(&'static str, &'static str, &'static str)];
    let cases: &[(&str, &str, Edits)] = &[
        (
            "code-sequence",
            "mini",
            &[
                (
                    "standards/02.json",
                    "\"code\": \"2.1\",",
                    "\"code\": \"2.2\",",
                ),
                (
                    "standards/02.json",
                    "\"code\": \"2.1a\",",
                    "\"code\": \"2.2a\",",
                ),
            ],
        ),
        (
            "duplicate-text",
            "mini",
            &[(
                "standards/02.json",
                "\"Call { -emergency-number } when someone stops breathing.\"",
                "\"Show that you work safely.\"",
            )],
        ),
        (
            "unused-term",
            "mini",
            &[(
                "terms.json",
                "\"note\": \"Ambulance, fire and police.\" }",
                "\"note\": \"Ambulance, fire and police.\" },\n    { \"id\": \"-helpline\", \"kind\": \"service\", \"jurisdiction\": \"GB\", \"value\": \"111\", \"note\": \"Advice.\" }",
            )],
        ),
        (
            "literal-term",
            "mini-edition",
            &[(
                "edition.json",
                "checks when it visits.",
                "checks when it visits, as the Care Quality Commission does.",
            )],
        ),
        (
            "unfilled-term",
            "mini-edition",
            &[(
                "edition.json",
                "\"value\": \"State Health Department\"",
                "\"value\": \"\"",
            )],
        ),
        (
            "foreign-term",
            "mini-edition",
            &[(
                "edition.json",
                "{ \"id\": \"-regulator\", \"jurisdiction\": \"IN\", \"value\": \"State Health Department\", \"values\": { \"hi-IN\": \"राज्य स्वास्थ्य विभाग\" }, \"source\": \"test data\" },",
                "",
            )],
        ),
    ];
    for (code, fixture, edits) in cases {
        let mut f = Fixture::copy(fixture);
        for (file, from, to) in *edits {
            f = f.edit(file, from, to);
        }
        let assert = f.run(&["check", ".", "--format", "json"]).code(1);
        let v: Value = serde_json::from_str(&stdout_of(&assert)).unwrap();
        let findings = v["findings"].as_array().unwrap();
        let found = findings
            .iter()
            .find(|d| d["code"] == *code)
            .unwrap_or_else(|| panic!("no {code} among {findings:?}"));
        assert_eq!(found["severity"], "warning", "{code}");
        assert!(found["help"].is_string(), "{code} has no help: {found}");
        // The same finding as text, with its help line.
        let text = stdout_of(&f.run(&["check", "."]).code(1));
        let message = found["message"].as_str().unwrap();
        assert!(text.contains(message), "{code}: {text}");
        assert!(text.contains("\n  help: "), "{code}: {text}");
    }
}

/// `framework` and `edition` are the messages translating the names a pack
/// shows; a node may not take either id, in a framework or added by an edition.
#[test]
fn the_names_messages_are_reserved_ids() {
    let f = Fixture::copy("mini-edition").edit(
        "edition.json",
        "\"criterion\": { \"id\": \"first-local-language\"",
        "\"criterion\": { \"id\": \"edition\"",
    );
    let err = stderr_of(&f.run(&["check", "."]).failure());
    assert!(
        err.contains("error[reserved-id]: edition.json:21:"),
        "{err}"
    );
    assert!(err.contains("\"edition\" is reserved"), "{err}");
    let f = Fixture::copy("mini").edit(
        "standards/01.json",
        "\"id\": \"first-outcome\"",
        "\"id\": \"framework\"",
    );
    let err = stderr_of(&f.run(&["check", "."]).failure());
    assert!(
        err.contains("error[reserved-id]: standards/01.json:10:"),
        "{err}"
    );
}
