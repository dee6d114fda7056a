//! `carecert rebase` decisions: every `--accept` and `--keep` value must name
//! something the dry run proposes, once, or nothing is accepted or written; and
//! `--write` writes nothing that would not load on the new base.

use crate::rebase::{plan, step};
use crate::{Fixture, stderr_of, stdout_of};
use serde_json::Value;

/// Runs `rebase . --onto ../mini-revised ARGS --write`, asserting exit 2, nothing
/// on stdout and edition.json unchanged; returns stderr.
fn refused(f: &Fixture, args: &[&str]) -> String {
    let before = std::fs::read(f.file("edition.json")).unwrap();
    let mut all = vec!["rebase", ".", "--onto", "../mini-revised"];
    all.extend_from_slice(args);
    all.push("--write");
    let err = stderr_of(&f.run(&all).code(2).stdout(""));
    assert_eq!(
        std::fs::read(f.file("edition.json")).unwrap(),
        before,
        "nothing may be written: {err}"
    );
    err
}

/// Every `--accept` value must name something the rebase proposes; a value that
/// does not is an error that says what there is, and nothing is written.
#[test]
fn every_accept_value_must_name_a_proposal() {
    let f = Fixture::copy("mini-edition");
    let list = "accept an operation by its number (0–8) or by a reference it makes (1.1a, first-knowledge, first-outcome, 1.1b, first-performance, 1.1, second-standard, second-outcome, 1, first-standard and 2 more); the dry run lists them all";
    let cases: &[(&str, &str)] = &[
        (
            "99",
            "error[unknown-proposal]: --accept 99: the edition has no operations[99] (it has 9, operations[0] to operations[8])",
        ),
        (
            "99999999999999999999",
            "error[unknown-proposal]: --accept 99999999999999999999: the edition has no operations[99999999999999999999] (it has 9, operations[0] to operations[8])",
        ),
        (
            "-1",
            "error[unknown-proposal]: --accept -1: operations are numbered from 0; there is no operations[-1]",
        ),
        (
            "",
            "error[unknown-proposal]: --accept \"\": an empty value names no operation",
        ),
        (
            "first-standrd",
            "error[unknown-proposal]: --accept first-standrd: no operation of the edition refers to \"first-standrd\"",
        ),
        (
            "second-call-emergency",
            "error[unknown-proposal]: --accept second-call-emergency: no operation of the edition refers to \"second-call-emergency\"",
        ),
    ];
    for (value, expected) in cases {
        let err = refused(&f, &["--accept", value]);
        assert!(
            err.starts_with(&format!("{expected}\n  help: ")),
            "{value:?}: {err}"
        );
        assert!(err.contains(list), "{value:?}: {err}");
    }
    let err = refused(&f, &["--accept", "first-standrd"]);
    assert!(
        err.contains("help: did you mean \"first-standard\"? accept an operation"),
        "{err}"
    );
    // A value that looks like an option: --write was taken as the value.
    let err = stderr_of(
        &f.run(&[
            "rebase",
            ".",
            "--onto",
            "../mini-revised",
            "--accept",
            "--write",
        ])
        .code(2)
        .stdout(""),
    );
    assert!(
        err.contains("--accept --write: no operation of the edition refers to \"--write\""),
        "{err}"
    );
    assert!(err.contains("is the value of --accept missing?"), "{err}");
}

/// `N=ID` must name a successor the new base has, of the level of the vanished
/// node, for a step that vanished.
#[test]
fn a_chosen_successor_must_fit_the_vanished_node() {
    let f = Fixture::copy("mini-edition");
    let cases: &[(&str, &str)] = &[
        (
            "8=",
            "error[bad-successor]: --accept 8=: no successor is named after \"=\"\n  help: write --accept 8=ID with the node the operation should point at; rebase proposes second-call-emergency (2.1b)\n",
        ),
        (
            "8=second-call-emergncy",
            "error[bad-successor]: --accept 8=second-call-emergncy: the new base has no standard, outcome or criterion \"second-call-emergncy\"\n  help: did you mean \"second-call-emergency\"? Otherwise write --accept 8=ID",
        ),
        (
            "8=second-outcome",
            "error[bad-successor]: --accept 8=second-outcome: \"second-outcome\" is an outcome in the new base, and the target of operations[8] was a criterion\n  help: choose a criterion: write --accept 8=ID",
        ),
        (
            "0=first-performance",
            "error[bad-successor]: --accept 0=first-performance: operations[0] refers to a node the new base still has (first-knowledge, 1.1a), so there is no successor to choose\n  help: accept it as it is with --accept 0;",
        ),
    ];
    for (value, expected) in cases {
        let err = refused(&f, &["--accept", value]);
        assert!(err.starts_with(expected), "{value:?}: {err}");
    }
    // Naming the node the step already has is accepting it.
    let (v, _) = plan(&f, &["--accept", "0=first-knowledge"]);
    assert_eq!(step(&v, 0, "target")["accepted"], true);
    // A successor by its code in the new base.
    let (v, _) = plan(&f, &["--accept", "8=2.1B"]);
    assert_eq!(
        step(&v, 8, "target")["rewrite"]["reference"],
        "second-call-emergency"
    );
}

/// One decision per step: accepted twice (by number and by reference) or with two
/// different successors is an error naming both values.
#[test]
fn a_step_is_decided_once() {
    let f = Fixture::copy("mini-edition");
    let err = refused(&f, &["--accept", "0", "--accept", "1.1A"]);
    assert!(err.starts_with("error[duplicate-decision]: the target of operations[0] (1.1a) is accepted twice: --accept 0 and --accept 1.1A\n  help: give each decision once\n"), "{err}");
    let err = refused(
        &f,
        &[
            "--accept",
            "8=second-call-emergency",
            "--accept",
            "2.1a=first-performance",
        ],
    );
    assert!(err.starts_with("error[duplicate-decision]: two successors are chosen for the target of operations[8] (2.1a): --accept 8=second-call-emergency and --accept 2.1a=first-performance\n  help: keep the one you mean\n"), "{err}");
}

/// Every bad value of one run is reported in that run.
#[test]
fn every_bad_decision_is_reported_at_once() {
    let f = Fixture::copy("mini-edition");
    let err = refused(
        &f,
        &[
            "--accept",
            "99",
            "--accept",
            "8=nowhere",
            "--accept",
            "1",
            "--accept",
            "first-outcome",
            "--keep",
            "-x=y",
        ],
    );
    let codes: Vec<&str> = err
        .lines()
        .filter_map(|l| l.strip_prefix("error[")?.split(']').next())
        .collect();
    assert_eq!(
        codes,
        [
            "unknown-proposal",
            "bad-successor",
            "duplicate-decision",
            "unknown-proposal"
        ],
        "{err}"
    );
}

/// A vanished target without a proposed successor cannot be accepted blindly,
/// and one value cannot choose for two vanished references of one operation.
#[test]
fn a_vanished_target_needs_a_successor_of_its_own() {
    let f = Fixture::copy("mini-edition").edit(
        "edition.json",
        "\"rationale\": \"Replaced by the ambulance outcome.\" }",
        "\"rationale\": \"Replaced by the ambulance outcome.\" },\n    { \"op\": \"move\", \"target\": \"1.1a\", \"to\": \"2.1\", \"after\": \"2.1a\", \"fingerprint\": \"64593e0adad8\", \"rationale\": \"r\" }",
    );
    let revised = f.root().join("mini-revised/standards/02.json");
    let text = std::fs::read_to_string(&revised).unwrap().replace(
        "Call { -emergency-number } at once when someone stops breathing.",
        "Keep records of every call.",
    );
    std::fs::write(&revised, text).unwrap();
    let err = refused(&f, &["--accept", "8"]);
    assert!(err.starts_with("error[bad-successor]: --accept 8: the target of operations[8] (2.1a) vanished from the new base, and rebase found no successor to accept\n  help: choose one with --accept 8=ID (any criterion of the new base), or remove the operation from edition.json\n"), "{err}");
    let f = Fixture::copy("mini-edition").edit(
        "edition.json",
        "\"rationale\": \"Replaced by the ambulance outcome.\" }",
        "\"rationale\": \"Replaced by the ambulance outcome.\" },\n    { \"op\": \"move\", \"target\": \"2.1a\", \"to\": \"2.1\", \"before\": \"second-call-for-help\", \"fingerprint\": \"0f1e3cf2ddec\", \"rationale\": \"r\" }",
    );
    let err = refused(&f, &["--accept", "9=second-call-emergency"]);
    assert!(err.starts_with("error[bad-successor]: --accept 9=second-call-emergency: 2 vanished references (target 2.1a, before second-call-for-help) match, and one successor cannot stand for all of them\n  help: choose a successor for each by its reference: --accept 2.1a=ID --accept second-call-for-help=ID\n"), "{err}");
}

/// `--write` resolves the rewritten edition on the new base first, and writes
/// nothing when it would not load: here the unaccepted `remove 2.1a` would now
/// remove another criterion, which the revision renumbered to 2.1a.
#[test]
fn write_refuses_an_edition_that_would_not_load_on_the_new_base() {
    let f = Fixture::copy("mini-edition");
    let err = refused(&f, &["--accept-all-unchanged"]);
    assert!(err.contains("error[conflicting-operations]: edition.json:25:33 at operations[8].target: operations[3] sets the examples of \"first-performance\", and operations[8] removes \"first-performance\""), "{err}");
    assert!(err.ends_with("error[rebase-would-break]: edition.json: nothing was written: on the new base the rewritten edition would have 2 errors (above)\n  help: decide these first, or change the operations in edition.json: operations[8] target 2.1a (vanished: --accept 8=ID)\n"), "{err}");
    // Deciding it makes the write go through, and check agrees.
    let (v, code) = plan(
        &f,
        &[
            "--accept-all-unchanged",
            "--accept",
            "8=second-call-emergency",
            "--write",
        ],
    );
    assert_eq!((v["written"].as_bool(), code), (Some(true), 1));
    f.run(&["check", "."]).code(1);
}

/// A country-bound term the revision brings can be kept from the command line,
/// with its reason; `--write` adds it to "keep", and it is decided from then on.
#[test]
fn a_new_term_is_kept_with_its_rationale() {
    let f = Fixture::copy("mini-edition");
    let terms = f.root().join("mini-revised/terms.json");
    let text = std::fs::read_to_string(&terms).unwrap().replace(
        "\"note\": \"Ambulance, fire and police.\" }",
        "\"note\": \"Ambulance, fire and police.\" },\n    { \"id\": \"-training\", \"kind\": \"qualification\", \"jurisdiction\": \"GB-ENG\", \"value\": \"Mandatory Training\", \"note\": \"Required training.\" }",
    );
    std::fs::write(&terms, text).unwrap();
    let err = refused(&f, &["--keep", "-trainng=Same here."]);
    assert!(err.starts_with("error[unknown-proposal]: --keep -trainng=Same here.: \"-trainng\" is not a new term of this rebase\n  help: did you mean \"-training\"? the new terms to decide are: -training\n"), "{err}");
    let err = refused(&f, &["--keep", "-training"]);
    assert!(err.starts_with("error[missing-rationale]: --keep -training: keeping England's value needs a rationale\n  help: write --keep -training=\"why the value stays\"; reviewers read it\n"), "{err}");
    let err = refused(&f, &["--keep", "-training=  "]);
    assert!(err.starts_with("error[missing-rationale]: "), "{err}");
    let err = refused(&f, &["--keep", "-training=A\tB"]);
    assert!(
        err.starts_with(
            "error[bad-text]: --keep -training: the rationale contains the control character U+0009"
        ),
        "{err}"
    );
    let err = refused(&f, &["--keep", "-training=a", "--keep", "-training=b"]);
    assert!(
        err.starts_with("error[duplicate-decision]: --keep -training is given twice"),
        "{err}"
    );
    let err = refused(&f, &["--accept", "-training"]);
    assert!(err.starts_with("error[unknown-proposal]: --accept -training: -training is a new term, and a term is not accepted\n  help: keep England's value with --keep -training=\"why\", or give the term a value in \"terms\"\n"), "{err}");
    // Kept: decided, listed as such, and written.
    let (v, _) = plan(
        &f,
        &["--keep", "-training=The same training is required here."],
    );
    assert_eq!(
        v["new_terms"][0]["kept"],
        "The same training is required here."
    );
    let out = stdout_of(
        &f.run(&[
            "rebase",
            ".",
            "--onto",
            "../mini-revised",
            "--accept-all-unchanged",
            "--accept",
            "0",
            "--accept",
            "8=second-call-emergency",
            "--keep",
            "-training=The same training is required here.",
            "--write",
        ])
        .code(1),
    );
    assert!(out.contains("  new term -training (GB-ENG value \"Mandatory Training\"): kept with the rationale \"The same training is required here.\" [kept]\n"), "{out}");
    assert!(
        out.ends_with("edition.json written (base, accepted operations and kept terms)\n"),
        "{out}"
    );
    let e: Value =
        serde_json::from_str(&std::fs::read_to_string(f.file("edition.json")).unwrap()).unwrap();
    assert_eq!(
        e["keep"],
        serde_json::json!([{ "term": "-training", "rationale": "The same training is required here." }])
    );
    let text = std::fs::read_to_string(f.file("edition.json")).unwrap();
    assert!(
        text.find("\"keep\"").unwrap() < text.find("\"operations\"").unwrap(),
        "keep goes before the operations"
    );
    let (v, _) = plan(&f, &[]);
    assert_eq!(v["new_terms"], serde_json::json!([]));
}
