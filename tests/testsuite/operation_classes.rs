//! Every operation kind, and each way it can be wrong: an unknown target by id or
//! code, a wrong level, a wrong or unknown parent, an anchor that is not a sibling
//! or was removed, an added id that exists or was removed, a code that collides or
//! has the wrong shape, empty texts, unknown terms and broken braces, fingerprints
//! wrong, short, in capitals, too long or missing, and empty rationales.
//!
//! Each case is one operation (after a removal where the class needs one) on the
//! `mini` framework; the run must exit 2 with nothing on stdout and the file
//! unchanged (see `operations::refused`), and say what each case expects.

use crate::operations::{
    add_criterion, add_outcome, change_kind, edition, move_to, refused, remove, replace_text,
    retitle, set_examples,
};

const FIRST_STANDARD: &str = "a5b8e91170a2";
const FIRST_OUTCOME: &str = "79ef168e7d44";
const FIRST_KNOWLEDGE: &str = "64593e0adad8";
const FIRST_PERFORMANCE: &str = "47b66fd75d21";
const SECOND_CALL: &str = "0f1e3cf2ddec";

/// Runs each `(operations, fragments)` case and checks every fragment.
fn each(cases: &[(Vec<String>, Vec<&str>)]) {
    for (ops, fragments) in cases {
        let err = refused(&edition(ops));
        for fragment in fragments {
            assert!(
                err.contains(fragment),
                "{fragment:?} not in:\n{err}\nfor {ops:?}"
            );
        }
    }
}

#[test]
fn an_unknown_target_by_id_or_code_is_missing_for_every_operation() {
    let ops: [fn(&str, &str) -> String; 5] =
        [replace_text, retitle, change_kind, set_examples, remove];
    for op in ops {
        each(&[
            (
                vec![op("first-knowlege", FIRST_KNOWLEDGE)],
                vec![
                    "error[missing-target]: edition.json:9:",
                    " at operations[0].target: there is no standard, outcome or criterion with the id \"first-knowlege\" in the base\n  help: did you mean \"first-knowledge\"?",
                ],
            ),
            (
                vec![op("1.1z", FIRST_KNOWLEDGE)],
                vec![
                    " at operations[0].target: there is no standard, outcome or criterion with the code \"1.1z\" in the base\n  help: did you mean ",
                ],
            ),
        ]);
    }
    each(&[(
        vec![move_to("first-performanse", "2.1", FIRST_PERFORMANCE)],
        vec![
            "there is no standard, outcome or criterion with the id \"first-performanse\" in the base\n  help: did you mean \"first-performance\"?",
        ],
    )]);
}

#[test]
fn a_target_of_the_wrong_level_is_refused_with_the_operation_to_use() {
    each(&[
        (
            vec![replace_text("1.1", FIRST_OUTCOME)],
            vec![
                "at operations[0].target: replace-text applies to a criterion, and this is an outcome\n  help: use retitle for standards and outcomes",
            ],
        ),
        (
            vec![retitle("1.1a", FIRST_KNOWLEDGE)],
            vec![
                "at operations[0].target: retitle applies to a standard or outcome, and this is a criterion\n  help: use replace-text for criteria",
            ],
        ),
        (
            vec![change_kind("1", FIRST_STANDARD)],
            vec![
                "at operations[0].target: change-kind applies to a criterion, and this is a standard",
            ],
        ),
        (
            vec![set_examples("first-outcome", FIRST_OUTCOME)],
            vec![
                "at operations[0].target: set-examples applies to a criterion, and this is an outcome",
            ],
        ),
        (
            vec![move_to("1", "2", FIRST_STANDARD)],
            vec![
                "at operations[0].target: move applies to an outcome or criterion, and this is a standard",
            ],
        ),
    ]);
}

#[test]
fn a_parent_that_is_missing_or_of_the_wrong_level_is_refused() {
    each(&[
        (
            vec![move_to("1.1b", "2", FIRST_PERFORMANCE)],
            vec![
                "error[wrong-parent-level]: ",
                "at operations[0].to: this goes into an outcome, and \"2\" is a standard\n  help: name an outcome",
            ],
        ),
        (
            vec![move_to("1.1", "2.1", FIRST_OUTCOME)],
            vec![
                "at operations[0].to: this goes into a standard, and \"2.1\" is an outcome\n  help: name a standard",
            ],
        ),
        (
            vec![add_criterion("2", "second-added", "")],
            vec!["at operations[0].to: this goes into an outcome, and \"2\" is a standard"],
        ),
        (
            vec![add_outcome("1.1", "first-added", "")],
            vec!["at operations[0].to: this goes into a standard, and \"1.1\" is an outcome"],
        ),
        (
            vec![add_criterion("2.9", "second-added", "")],
            vec![
                "error[missing-target]: ",
                "at operations[0].to: there is no standard, outcome or criterion with the code \"2.9\" in the base",
            ],
        ),
        (
            vec![add_outcome("third-standard", "third-added", "")],
            vec![
                "at operations[0].to: there is no standard, outcome or criterion with the id \"third-standard\" in the base",
            ],
        ),
    ]);
}

#[test]
fn an_anchor_must_be_a_sibling_that_is_still_there() {
    let add_standard = |extra: &str| {
        format!(
            "{{ \"op\": \"add-standard\"{extra}, \"standard\": {{ \"id\": \"third\", \"title\": \"Third\", \"outcomes\": [ {{ \"id\": \"third-one\", \"title\": \"One\", \"criteria\": [ {{ \"id\": \"third-one-a\", \"kind\": \"knowledge\", \"text\": \"A.\" }} ] }} ] }}, \"rationale\": \"r\" }}"
        )
    };
    each(&[
        (
            vec![add_criterion("1.1", "first-added", ", \"after\": \"2.1a\"")],
            vec![
                "error[anchor-not-sibling]: ",
                "at operations[0].criterion: \"second-call-for-help\" is not a criterion of \"first-outcome\"\n  help: place the criterion after or before one of its siblings",
            ],
        ),
        (
            vec![add_outcome("1", "first-added", ", \"before\": \"2.1\"")],
            vec![
                "at operations[0].outcome: \"second-outcome\" is not an outcome of \"first-standard\"",
            ],
        ),
        (
            vec![add_standard(", \"after\": \"1.1\"")],
            vec![
                "at operations[0]: \"first-outcome\" is not a standard\n  help: place a standard after or before another standard",
            ],
        ),
        (
            vec![move_to("1.1b", "2.1", FIRST_PERFORMANCE).replace(
                ", \"fingerprint\"",
                ", \"after\": \"1.1a\", \"fingerprint\"",
            )],
            vec![
                "at operations[0]: \"first-knowledge\" is not in \"2.1\"\n  help: place the node after or before one of its new siblings",
            ],
        ),
        (
            vec![move_to("1.1b", "1.1", FIRST_PERFORMANCE).replace(
                ", \"fingerprint\"",
                ", \"before\": \"1.1b\", \"fingerprint\"",
            )],
            vec!["at operations[0].before: \"first-performance\" is placed before itself"],
        ),
        (
            vec![add_criterion("1.1", "first-added", ", \"after\": \"1.1x\"")],
            vec![
                "error[missing-target]: ",
                "at operations[0].after: there is no standard, outcome or criterion with the code \"1.1x\" in the base",
            ],
        ),
        (
            vec![
                remove("2.1a", SECOND_CALL),
                add_criterion("2.1", "second-added", ", \"before\": \"2.1a\""),
            ],
            vec![
                "error[target-removed]: ",
                "at operations[1].before: \"2.1a\" (second-call-for-help) was removed by operations[0] of this edition",
            ],
        ),
        (
            vec![add_criterion(
                "1.1",
                "first-added",
                ", \"after\": \"1.1a\", \"before\": \"1.1b\"",
            )],
            vec![
                "error[ambiguous-position]: edition.json:9:5 at operations[0]: both \"after\" and \"before\" are given\n  help: keep one of them",
            ],
        ),
    ]);
}

#[test]
fn an_added_node_needs_a_new_valid_id_and_a_free_code_of_its_level() {
    let with_code = |code: &str| {
        format!(
            "{{ \"op\": \"add-criterion\", \"to\": \"1.1\", \"criterion\": {{ \"id\": \"first-added\", \"code\": \"{code}\", \"kind\": \"knowledge\", \"text\": \"Added.\" }}, \"rationale\": \"r\" }}"
        )
    };
    each(&[
        (
            vec![add_criterion("1.1", "first-knowledge", "")],
            vec![
                "error[duplicate-id]: ",
                "at operations[0].criterion.id: the id \"first-knowledge\" is already used in the base\n  help: choose a new id for added content",
            ],
        ),
        (
            vec![add_outcome("2", "second-outcome", "")],
            vec![
                "at operations[0].outcome.id: the id \"second-outcome\" is already used in the base",
            ],
        ),
        (
            vec![
                add_criterion("1.1", "first-added", ""),
                add_criterion("2.1", "first-added", ""),
            ],
            vec![
                "at operations[1].criterion.id: the id \"first-added\" is already used by content this edition adds",
            ],
        ),
        (
            vec![
                remove("2.1a", SECOND_CALL),
                add_criterion("2.1", "second-call-for-help", ""),
            ],
            vec![
                "at operations[1].criterion.id: the id \"second-call-for-help\" was removed by operations[0] of this edition",
            ],
        ),
        (
            vec![add_criterion("1.1", "First_Added", "")],
            vec![
                "error[bad-id]: ",
                "at operations[0].criterion.id: \"First_Added\" is not a valid id",
            ],
        ),
        (
            vec![with_code("1.1a")],
            vec![
                "error[duplicate-code]: ",
                "at operations[0].criterion.code: the code \"1.1a\" is already used by \"first-knowledge\"",
            ],
        ),
        (
            vec![with_code("2.1z")],
            vec![
                "error[code-outside-parent]: ",
                "at operations[0].criterion.code: \"2.1z\" does not belong under \"1.1\"",
            ],
        ),
        (
            vec![add_outcome("1", "first-added", "").replace(
                "\"criteria\": [ { \"id\": \"first-added-a\", \"kind\": \"knowledge\", \"text\": \"Added.\" } ]",
                "\"criteria\": []",
            )],
            vec![
                "error[empty-list]: ",
                "at operations[0].outcome.criteria: the added outcome has no assessment criteria",
            ],
        ),
        (
            vec![with_code("1.1")],
            vec![
                "error[bad-code]: ",
                "at operations[0].criterion.code: \"1.1\" is not a code of this level",
            ],
        ),
        (
            vec![with_code("1.1c")],
            vec![
                "error[bad-code]: ",
                "at operations[0].criterion.code: \"1.1c\" is a plain code, which the base or a revision of it may use for something else\n  help: an added node's code ends in capital letters after the code before it; leave the code out to get 1.1bA",
            ],
        ),
        (
            vec![with_code("1.1aA")],
            vec![
                "error[bad-code]: ",
                "at operations[0].criterion.code: \"1.1aA\" does not sort where the node is placed, after 1.1b\n  help: codes follow document order; leave the code out to get 1.1bA",
            ],
        ),
    ]);
}

#[test]
fn texts_must_be_non_empty_valid_and_use_known_terms() {
    let replace = |text: &str| {
        format!(
            "{{ \"op\": \"replace-text\", \"target\": \"1.1a\", \"text\": \"{text}\", \"fingerprint\": \"{FIRST_KNOWLEDGE}\", \"rationale\": \"r\" }}"
        )
    };
    let title = |text: &str| {
        format!(
            "{{ \"op\": \"retitle\", \"target\": \"1.1\", \"title\": \"{text}\", \"fingerprint\": \"{FIRST_OUTCOME}\", \"rationale\": \"r\" }}"
        )
    };
    let examples = |text: &str| {
        format!(
            "{{ \"op\": \"set-examples\", \"target\": \"1.1b\", \"examples\": [\"fine\", \"{text}\"], \"fingerprint\": \"{FIRST_PERFORMANCE}\", \"rationale\": \"r\" }}"
        )
    };
    let added = |text: &str| {
        add_criterion("1.1", "first-added", "").replace("\"Added.\"", &format!("\"{text}\""))
    };
    for (op, path) in [
        (&replace as &dyn Fn(&str) -> String, "operations[0].text"),
        (&title, "operations[0].title"),
        (&examples, "operations[0].examples[1]"),
        (&added, "operations[0].criterion.text"),
    ] {
        each(&[
            (
                vec![op("")],
                vec![
                    "error[bad-text]: ",
                    &format!(" at {path}: the text is empty\n"),
                ],
            ),
            (
                vec![op("   ")],
                vec![&format!(" at {path}: the text is empty\n")],
            ),
            (
                vec![op("Call { -helpline }.")],
                vec![
                    "error[unknown-term]: ",
                    &format!(" at {path}: the term \"-helpline\" is not defined\n"),
                ],
            ),
            (
                vec![op("Tell the { -regulatr }.")],
                vec![&format!(
                    " at {path}: the term \"-regulatr\" is not defined\n  help: did you mean \"-regulator\"?"
                )],
            ),
            (
                vec![op("Tell the { -regulator.")],
                vec!["error[bad-text]: ", &format!(" at {path}: ")],
            ),
        ]);
    }
}

#[test]
fn fingerprints_wrong_short_in_capitals_long_or_missing() {
    let with = |fp: &str| replace_text("1.1a", fp);
    each(&[
        (
            vec![with("64593e0")],
            vec![
                "error[bad-fingerprint]: ",
                "at operations[0].fingerprint: \"64593e0\" is not a fingerprint: it is too short to tell texts apart (at least 8 digits)\n  help: write the fingerprint `carecert show 1.1a --format json` gives (for the base text now: 64593e0adad8)",
            ],
        ),
        (
            vec![with("64593E0ADAD8")],
            vec![
                "\"64593E0ADAD8\" is not a fingerprint: carecert writes fingerprints in lowercase",
            ],
        ),
        (
            vec![with("64593e0adad8-")],
            vec!["is not a fingerprint: a fingerprint is hexadecimal digits (0-9, a-f)"],
        ),
        (
            vec![with(&"a".repeat(65))],
            vec!["is not a fingerprint: it is longer than a fingerprint (at most 64 digits)"],
        ),
        (
            vec![with("")],
            vec![
                "error[missing-field]: edition.json:9:5 at operations[0]: this replace-text has no fingerprint of the base text it was written against\n  help: if you wrote it against the base text as it is now (\"Describe what the { -regulator } does.\"), add \"fingerprint\": \"64593e0adad8\"",
            ],
        ),
        // The help gives the base's fingerprint, not the text an earlier operation
        // of the edition wrote.
        (
            vec![
                replace_text("1.1a", FIRST_KNOWLEDGE),
                change_kind("1.1a", ""),
            ],
            vec![
                "at operations[1]: this change-kind has no fingerprint",
                "add \"fingerprint\": \"64593e0adad8\"",
            ],
        ),
    ]);
    // A prefix of 8 digits is enough; another text's fingerprint is drift (a
    // finding, exit 1), not an error.
    let f = edition(&[with("64593e0a")]);
    f.run(&["check", "."]).code(0);
    let f = edition(&[with("000000000000")]);
    let out = crate::stdout_of(&f.run(&["check", "."]).code(1));
    assert!(out.contains("warning[drift]: edition.json:9:"), "{out}");
}

#[test]
fn rationales_must_say_something() {
    let with = |rationale: &str| {
        replace_text("1.1a", FIRST_KNOWLEDGE).replace(
            "\"rationale\": \"r\"",
            &format!("\"rationale\": \"{rationale}\""),
        )
    };
    each(&[
        (
            vec![with("")],
            vec![
                "error[missing-rationale]: ",
                "at operations[0].rationale: the rationale is empty\n  help: say why the edition makes this change; reviewers read it",
            ],
        ),
        (
            vec![with("  ")],
            vec!["at operations[0].rationale: the rationale is empty"],
        ),
    ]);
}

#[test]
fn a_change_of_kind_to_the_kind_it_has_is_refused() {
    let op = change_kind("1.1b", FIRST_PERFORMANCE);
    each(&[(
        vec![op],
        vec![
            "error[no-change]: ",
            "at operations[0].kind: 1.1b is already performance\n  help: remove the operation",
        ],
    )]);
}

/// A term given twice would silently lose the first value; kept twice, or kept and
/// given a value, contradicts itself. Each is refused, pointing at both entries.
#[test]
fn a_term_given_twice_or_kept_and_given_is_refused() {
    let f = crate::Fixture::copy("mini-edition").edit(
        "edition.json",
        "  \"terms\": [\n",
        "  \"keep\": [ { \"term\": \"-regulator\", \"rationale\": \"Same body.\" }, { \"term\": \"-regulator\", \"rationale\": \"Again.\" } ],\n  \"terms\": [\n    { \"id\": \"-emergency-number\", \"jurisdiction\": \"IN\", \"value\": \"100\" },\n",
    );
    let err = refused(&f);
    assert!(err.contains("error[duplicate-term]: edition.json:11:23 at keep[0].term: the term \"-regulator\" is kept, and given a value in \"terms\" too\n  help: the value is at edition.json:14:5; keep the base's value or give your own, not both\n"), "{err}");
    assert!(err.contains("error[duplicate-term]: edition.json:11:76 at keep[1].term: the term \"-regulator\" is kept twice\n  help: the first is at edition.json:11:13; keep one entry, with one rationale\n"), "{err}");
    assert!(err.contains("error[duplicate-term]: edition.json:15:13 at terms[2].id: the term \"-emergency-number\" is given twice\n  help: the first is at edition.json:13:5; merge the two entries, the later would replace it\n"), "{err}");
}
