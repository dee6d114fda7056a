//! One run reports every problem of an `edition.json`: the items that do not
//! decode, and what validating and applying the rest finds, in file order, with
//! each operation still called by its index in the file; and no follow-on errors
//! caused by a part that did not decode.

use crate::operations::refused;
use crate::{Fixture, stderr_of};

/// The error lines (`error[code]: place: message`) of a run, in order.
fn error_lines(err: &str) -> Vec<&str> {
    err.lines().filter(|l| l.starts_with("error[")).collect()
}

/// Five mistakes in one edition: five errors in one run.
#[test]
fn five_mistakes_are_reported_in_one_run() {
    let f = Fixture::copy("mini-edition")
        .edit(
            "edition.json",
            "\"target\": \"1.1a\", \"text\"",
            "\"target\": \"1.9z\", \"text\"",
        )
        .edit(
            "edition.json",
            "\"title\": \"First outcome, adapted\"",
            "\"titel\": \"First outcome, adapted\"",
        )
        .edit(
            "edition.json",
            "\"id\": \"first-local-language\", \"kind\": \"knowledge\"",
            "\"id\": \"first-local-language\", \"kind\": \"perfomance\"",
        )
        .edit(
            "edition.json",
            "\"to\": \"second-outcome\"",
            "\"to\": \"nowhere-outcome\"",
        )
        .edit(
            "edition.json",
            "\"country\": \"IN\"",
            "\"country\": \"India\"",
        );
    let err = refused(&f);
    let lines = error_lines(&err);
    assert_eq!(lines.len(), 5, "{err}");
    assert!(lines[0].starts_with("error[bad-country]: edition.json:4:14 at country: \"India\" is not an ISO 3166-1 alpha-2 code"), "{err}");
    assert!(lines[1].starts_with("error[missing-target]: edition.json:17:39 at operations[0].target: there is no standard, outcome or criterion with the code \"1.9z\" in the base"), "{err}");
    assert!(
        lines[2].starts_with("error[unknown-field]: edition.json:18:"),
        "{err}"
    );
    assert!(lines[2].contains("unknown field \"titel\""), "{err}");
    assert!(
        lines[3].starts_with("error[unknown-value]: edition.json:21:"),
        "{err}"
    );
    assert!(lines[3].contains("found \"perfomance\""), "{err}");
    // operations[1] and [4] did not decode; operations[6] keeps its index.
    assert!(lines[4].starts_with("error[missing-target]: edition.json:23:58 at operations[6].to: there is no standard, outcome or criterion with the id \"nowhere-outcome\" in the base"), "{err}");
    // The same in JSON, on stderr, with nothing on stdout.
    let json = stderr_of(
        &f.run(&["check", ".", "--format", "json"])
            .code(2)
            .stdout(""),
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let codes: Vec<&str> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        [
            "bad-country",
            "missing-target",
            "unknown-field",
            "unknown-value",
            "missing-target"
        ]
    );
}

/// A top-level field of the wrong type is reported, left at a default, and the
/// rest of the file is still checked; checks on the broken field stay quiet.
#[test]
fn a_broken_top_level_field_does_not_hide_the_rest() {
    let f = Fixture::copy("mini-edition")
        .edit(
            "edition.json",
            "\"locales\": [\"en-IN\", \"hi-IN\"]",
            "\"locales\": 5",
        )
        .edit(
            "edition.json",
            "\"target\": \"2.1a\"",
            "\"target\": \"2.1x\"",
        );
    let err = refused(&f);
    let lines = error_lines(&err);
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].starts_with("error[wrong-type]: edition.json:5:14 at locales: "),
        "{err}"
    );
    assert!(
        lines[1].starts_with("error[missing-target]: edition.json:25:33 at operations[8].target: "),
        "{err}"
    );
    assert!(
        !err.contains("empty-list"),
        "no follow-on about the locales: {err}"
    );
}

/// A misspelt required key is one mistake: no "missing field" for the key it was
/// meant to be, and no "the name is empty" either.
#[test]
fn a_misspelt_required_key_is_reported_once() {
    let f = Fixture::copy("mini-edition")
        .edit("edition.json", "\"name\":", "\"nmae\":")
        .edit("edition.json", "\"country\": \"IN\"", "\"country\": 5");
    let err = refused(&f);
    let lines = error_lines(&err);
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0]
            .starts_with("error[unknown-field]: edition.json:3:3 at nmae: unknown field \"nmae\""),
        "{err}"
    );
    assert!(err.contains("help: did you mean \"name\"?"), "{err}");
    assert!(
        lines[1].starts_with("error[wrong-type]: edition.json:4:14 at country: "),
        "{err}"
    );
    assert!(
        !err.contains("missing-field") && !err.contains("empty-text"),
        "{err}"
    );
    assert!(!err.contains("missing field \"country\""), "{err}");
}

/// A missing `base` is reported; with nothing to check against, the operations are
/// only decoded, and their problems reported too.
#[test]
fn a_missing_base_and_a_broken_operation_are_both_reported() {
    let f = Fixture::copy("mini-edition")
        .edit("edition.json", "  \"base\": \"../mini\",\n", "")
        .edit("edition.json", "\"op\": \"retitle\"", "\"op\": \"retitel\"");
    let err = refused(&f);
    let lines = error_lines(&err);
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].starts_with("error[missing-field]: edition.json:1:1: missing field \"base\""),
        "{err}"
    );
    assert!(
        lines[1].starts_with("error[unknown-value]: edition.json:17:13 at operations[1].op: "),
        "{err}"
    );
}

/// A base that is not there is reported with the file's decoding problems.
#[test]
fn a_base_not_found_and_a_broken_term_are_both_reported() {
    let f = Fixture::copy("mini-edition")
        .edit(
            "edition.json",
            "\"base\": \"../mini\"",
            "\"base\": \"../nowhere\"",
        )
        .edit("edition.json", "\"value\": \"112\"", "\"value\": 112");
    let err = refused(&f);
    let lines = error_lines(&err);
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].starts_with("error[base-not-found]: edition.json:6:11 at base: "),
        "{err}"
    );
    assert!(
        lines[1].starts_with("error[wrong-type]: edition.json:13:"),
        "{err}"
    );
    assert!(lines[1].contains(" at terms[1].value: "), "{err}");
}

/// Operations that rely on one that did not decode (adding into the outcome it
/// adds, placing after its criterion, numbering under it) get no misleading
/// "missing-target"; an unrelated wrong target still does.
#[test]
fn no_follow_on_errors_from_an_operation_that_did_not_decode() {
    let f = Fixture::copy("mini-edition")
        .edit(
            "edition.json",
            "\"id\": \"second-call-helpline\", \"kind\": \"performance\"",
            "\"id\": \"second-call-helpline\", \"kind\": \"perfomance\"",
        )
        .edit(
            "edition.json",
            "\"rationale\": \"Replaced by the ambulance outcome.\" }",
            "\"rationale\": \"Replaced by the ambulance outcome.\" },\n    { \"op\": \"add-criterion\", \"to\": \"second-ambulance\", \"after\": \"second-call-helpline\", \"criterion\": { \"id\": \"second-call-again\", \"kind\": \"knowledge\", \"text\": \"Call again.\" }, \"rationale\": \"r\" },\n    { \"op\": \"set-examples\", \"target\": \"2.2a\", \"examples\": [\"108\"], \"fingerprint\": \"0f1e3cf2ddec\", \"rationale\": \"r\" },\n    { \"op\": \"retitle\", \"target\": \"1.9\", \"title\": \"Typo\", \"fingerprint\": \"79ef168e7d44\", \"rationale\": \"r\" }",
        );
    let err = refused(&f);
    let lines = error_lines(&err);
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].starts_with("error[unknown-value]: edition.json:22:"),
        "{err}"
    );
    assert!(lines[0].contains(" at operations[5]"), "{err}");
    assert!(lines[1].starts_with("error[missing-target]: edition.json:28:34 at operations[11].target: there is no standard, outcome or criterion with the code \"1.9\" in the base"), "{err}");
}

/// A term entry that does not decode: text using the term is not told the term
/// is unknown; two unknown keys in one entry are both reported.
#[test]
fn a_broken_term_is_reported_once_with_every_unknown_key() {
    let f = Fixture::copy("mini-edition").edit(
        "edition.json",
        "{ \"id\": \"-helpline\", \"kind\": \"service\", \"jurisdiction\": \"IN\", \"value\": \"108\", \"note\": \"Ambulance in many states.\" }",
        "{ \"id\": \"-helpline\", \"knd\": \"service\", \"jurisdiction\": \"IN\", \"value\": \"108\", \"nte\": \"Ambulance in many states.\" }",
    );
    let err = refused(&f);
    let lines = error_lines(&err);
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].starts_with("error[unknown-field]: edition.json:14:")
            && lines[0].contains(" at terms[2].knd: unknown field \"knd\""),
        "{err}"
    );
    assert!(
        lines[1].contains(" at terms[2].nte: unknown field \"nte\""),
        "{err}"
    );
    assert!(!err.contains("unknown-term"), "{err}");
}

/// An edition that is not a JSON object at all: that one error.
#[test]
fn an_edition_that_is_not_an_object_is_one_error() {
    let f = Fixture::copy("mini-edition").write("edition.json", b"[1, 2]\n");
    let err = refused(&f);
    assert_eq!(
        err,
        "error[wrong-type]: edition.json:1:1: expected a JSON object, found an array\n  help: an edition is one object { … } with the fields docs/formats.md lists\n"
    );
}

/// Two editions based on each other, neither decoding: both files' problems, and
/// the run ends.
#[test]
fn a_loop_of_broken_editions_ends_with_both_reported() {
    let f = Fixture::copy("mini-on-region").edit(
        "edition.json",
        "\"title\": \"Second outcome for Sri Lanka\"",
        "\"titel\": \"Second outcome for Sri Lanka\"",
    );
    let region = f.root().join("mini-region/edition.json");
    let text = std::fs::read_to_string(&region)
        .unwrap()
        .replace("\"base\": \"../mini\"", "\"base\": \"../mini-on-region\"")
        .replace("\"kind\": \"knowledge\"", "\"kind\": \"knowlege\"");
    std::fs::write(&region, text).unwrap();
    let err = refused(&f);
    assert!(
        err.contains("error[unknown-field]: edition.json:12:"),
        "{err}"
    );
    assert!(
        err.contains("error[unknown-value]: ./../mini-region/edition.json:14:"),
        "{err}"
    );
    assert_eq!(error_lines(&err).len(), 2, "{err}");
}

/// A broken edition on a stack of editions is checked against that stack.
#[test]
fn a_broken_edition_on_a_regional_base_is_checked_against_the_stack() {
    let f = Fixture::copy("mini-on-region")
        .edit(
            "edition.json",
            "\"numbering\": \"renumber\"",
            "\"numbering\": \"renumbr\"",
        )
        .edit(
            "edition.json",
            "\"target\": \"first-standard\"",
            "\"target\": \"first-standrd\"",
        );
    let err = refused(&f);
    let lines = error_lines(&err);
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].starts_with("error[unknown-value]: edition.json:7:16 at numbering: "),
        "{err}"
    );
    assert!(
        lines[1].starts_with("error[missing-target]: edition.json:13:33 at operations[1].target: "),
        "{err}"
    );
    assert!(err.contains("did you mean \"first-standard\"?"), "{err}");
}

/// A file with hundreds of broken operations: every problem, in seconds rather
/// than hours.
#[test]
fn hundreds_of_problems_are_all_reported() {
    let broken: Vec<String> = (0..400)
        .map(|i| format!("{{ \"op\": \"retitle\", \"target\": \"1.1\", \"titel\": \"T{i}\", \"fingerprint\": \"79ef168e7d44\", \"rationale\": \"r\" }}"))
        .collect();
    let missing: Vec<String> = (0..300)
        .map(|i| format!("{{ \"op\": \"retitle\", \"target\": \"nowhere-{i}\", \"title\": \"T\", \"fingerprint\": \"79ef168e7d44\", \"rationale\": \"r\" }}"))
        .collect();
    let ops: Vec<String> = broken.into_iter().chain(missing).collect();
    let f = crate::operations::edition(&ops);
    let err = refused(&f);
    assert_eq!(error_lines(&err).len(), 700, "{}", &err[err.len() - 400..]);
    assert!(
        err.contains(" at operations[399]"),
        "decoding problems come first"
    );
    assert!(
        err.contains("at operations[699].target: there is no standard"),
        "then the rest, to the last"
    );
}

/// The checks of an edition's own texts (rationales, term notes, kept terms'
/// rationales) name each item by its index in the file, also when an item before
/// it did not decode.
#[test]
fn text_checks_keep_each_items_index_when_an_earlier_one_is_broken() {
    let f = Fixture::copy("mini-edition")
        // operations[1] and terms[0] do not decode…
        .edit(
            "edition.json",
            "\"title\": \"First outcome, adapted\"",
            "\"titel\": \"First outcome, adapted\"",
        )
        .edit(
            "edition.json",
            "{ \"id\": \"-regulator\", \"jurisdiction\": \"IN\"",
            "{ \"id\": \"-regulator\", \"jurisdiction\": 5",
        )
        // …and operations[3] and terms[2] hold a bidi override.
        .edit(
            "edition.json",
            "Common hazards in Indian homes.",
            "Common hazards \u{202E}in Indian homes.",
        )
        .edit(
            "edition.json",
            "Ambulance in many states.",
            "Ambulance \u{202E}in many states.",
        );
    let err = refused(&f);
    let lines = error_lines(&err);
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("error[bad-text]: edition.json:20:")
                && l.contains(" at operations[3].rationale: ")),
        "{err}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("error[bad-text]: edition.json:14:")
                && l.contains(" at terms[2].note: ")),
        "{err}"
    );
    assert!(!err.contains("operations[1].rationale"), "{err}");
    assert!(!err.contains("terms[1].note"), "{err}");
}
