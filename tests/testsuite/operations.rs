//! Edition operations that must be refused, by class: conflicting operations on one
//! node (in either order), targets an earlier operation removed (by id or by base
//! code, themselves or with a parent), and what a removal would silently lose.
//!
//! Each test writes a small edition on the `mini` framework, one operation per
//! line from line 9 (so `operations[i]` is on line 9 + i), runs `check`, and
//! asserts exit 2, nothing on stdout, the messages, and that the file is unchanged.

use crate::{Fixture, stderr_of};

/// The base texts' fingerprints in `tests/fixtures/mini`.
const FIRST_STANDARD: &str = "a5b8e91170a2";
const FIRST_OUTCOME: &str = "79ef168e7d44";
const FIRST_KNOWLEDGE: &str = "64593e0adad8";
const FIRST_PERFORMANCE: &str = "47b66fd75d21";
const SECOND_OUTCOME: &str = "ad7345b66d10";
const SECOND_CALL: &str = "0f1e3cf2ddec";

/// An edition on `mini` whose operations are `ops`, one per line from line 9.
pub fn edition(ops: &[String]) -> Fixture {
    let text = format!(
        "{{\n  \"id\": \"ops\",\n  \"name\": \"Operations under test\",\n  \"country\": \"IN\",\n  \"locales\": [\"en-IN\"],\n  \"base\": \"../mini\",\n  \"terms\": [ {{ \"id\": \"-regulator\", \"jurisdiction\": \"IN\", \"value\": \"State Health Department\" }}, {{ \"id\": \"-emergency-number\", \"jurisdiction\": \"IN\", \"value\": \"112\" }} ],\n  \"operations\": [\n    {}\n  ]\n}}\n",
        ops.join(",\n    ")
    );
    Fixture::copy("mini-edition").write("edition.json", text.as_bytes())
}

/// Runs `check .`, asserting exit 2, an empty stdout and an unchanged edition;
/// returns stderr.
pub fn refused(f: &Fixture) -> String {
    let before = std::fs::read(f.file("edition.json")).unwrap();
    let err = stderr_of(&f.run(&["check", "."]).code(2).stdout(""));
    assert_eq!(std::fs::read(f.file("edition.json")).unwrap(), before);
    assert!(!err.contains("panicked"), "{err}");
    err
}

pub fn replace_text(target: &str, fingerprint: &str) -> String {
    format!(
        "{{ \"op\": \"replace-text\", \"target\": \"{target}\", \"text\": \"New text.\", \"fingerprint\": \"{fingerprint}\", \"rationale\": \"r\" }}"
    )
}

pub fn retitle(target: &str, fingerprint: &str) -> String {
    format!(
        "{{ \"op\": \"retitle\", \"target\": \"{target}\", \"title\": \"New title\", \"fingerprint\": \"{fingerprint}\", \"rationale\": \"r\" }}"
    )
}

pub fn change_kind(target: &str, fingerprint: &str) -> String {
    format!(
        "{{ \"op\": \"change-kind\", \"target\": \"{target}\", \"kind\": \"performance\", \"fingerprint\": \"{fingerprint}\", \"rationale\": \"r\" }}"
    )
}

pub fn set_examples(target: &str, fingerprint: &str) -> String {
    format!(
        "{{ \"op\": \"set-examples\", \"target\": \"{target}\", \"examples\": [\"one\"], \"fingerprint\": \"{fingerprint}\", \"rationale\": \"r\" }}"
    )
}

pub fn remove(target: &str, fingerprint: &str) -> String {
    format!(
        "{{ \"op\": \"remove\", \"target\": \"{target}\", \"fingerprint\": \"{fingerprint}\", \"rationale\": \"r\" }}"
    )
}

pub fn move_to(target: &str, to: &str, fingerprint: &str) -> String {
    format!(
        "{{ \"op\": \"move\", \"target\": \"{target}\", \"to\": \"{to}\", \"fingerprint\": \"{fingerprint}\", \"rationale\": \"r\" }}"
    )
}

/// `extra` is spliced into the operation, e.g. `, "after": "1.1a"`.
pub fn add_criterion(to: &str, id: &str, extra: &str) -> String {
    format!(
        "{{ \"op\": \"add-criterion\", \"to\": \"{to}\"{extra}, \"criterion\": {{ \"id\": \"{id}\", \"kind\": \"knowledge\", \"text\": \"Added.\" }}, \"rationale\": \"r\" }}"
    )
}

pub fn add_outcome(to: &str, id: &str, extra: &str) -> String {
    format!(
        "{{ \"op\": \"add-outcome\", \"to\": \"{to}\"{extra}, \"outcome\": {{ \"id\": \"{id}\", \"title\": \"Added\", \"criteria\": [ {{ \"id\": \"{id}-a\", \"kind\": \"knowledge\", \"text\": \"Added.\" }} ] }}, \"rationale\": \"r\" }}"
    )
}

/// The example: the replacement was silently lost.
#[test]
fn replace_text_then_remove_of_the_same_node_conflict() {
    let f = edition(&[
        replace_text("1.1a", FIRST_KNOWLEDGE),
        remove("1.1a", FIRST_KNOWLEDGE),
    ]);
    let err = refused(&f);
    assert_eq!(
        err,
        "error[conflicting-operations]: edition.json:10:33 at operations[1].target: operations[0] replaces the text of \"first-knowledge\", and operations[1] removes \"first-knowledge\": the new text would be lost\n  help: an edition does not change what it removes: drop operations[0], or this remove\n"
    );
}

/// Every kind of work on a node, then a removal of the node: one error naming
/// both operations, whatever the work was.
#[test]
fn any_change_to_a_node_a_later_operation_removes_conflicts() {
    let cases = [
        (
            change_kind("first-knowledge", FIRST_KNOWLEDGE),
            remove("1.1a", FIRST_KNOWLEDGE),
            "operations[0] changes the kind of \"first-knowledge\", and operations[1] removes \"first-knowledge\": the new kind would be lost",
        ),
        (
            set_examples("1.1b", FIRST_PERFORMANCE),
            remove("first-performance", FIRST_PERFORMANCE),
            "operations[0] sets the examples of \"first-performance\", and operations[1] removes \"first-performance\": the new examples would be lost",
        ),
        (
            retitle("1.1", FIRST_OUTCOME),
            remove("1.1", FIRST_OUTCOME),
            "operations[0] retitles \"first-outcome\", and operations[1] removes \"first-outcome\": the new title would be lost",
        ),
        (
            move_to("1.1b", "2.1", FIRST_PERFORMANCE),
            remove("1.1b", FIRST_PERFORMANCE),
            "operations[0] moves \"first-performance\", and operations[1] removes \"first-performance\": the move would be lost",
        ),
        (
            add_criterion("1.1", "first-added", ""),
            remove("1.1", FIRST_OUTCOME),
            "operations[0] adds \"first-added\", and operations[1] removes \"first-outcome\" with everything in it: the added criterion would be lost",
        ),
        (
            add_outcome("1", "first-added", ""),
            remove("1", FIRST_STANDARD),
            "operations[0] adds \"first-added\", and operations[1] removes \"first-standard\" with everything in it: the added outcome would be lost",
        ),
        (
            add_criterion("2.1", "second-added", ", \"after\": \"2.1a\""),
            remove("2.1a", SECOND_CALL),
            "operations[0] places \"second-added\" after \"second-call-for-help\", and operations[1] removes \"second-call-for-help\": that placement would be lost",
        ),
        (
            move_to("1.1b", "2.1", FIRST_PERFORMANCE),
            remove("2.1", SECOND_OUTCOME),
            "operations[0] moves \"first-performance\", and operations[1] removes \"second-outcome\" with everything in it: the move would be lost",
        ),
        (
            replace_text("1.1a", FIRST_KNOWLEDGE),
            remove("first-standard", FIRST_STANDARD),
            "operations[0] replaces the text of \"first-knowledge\", and operations[1] removes \"first-standard\" with everything in it: the new text would be lost",
        ),
    ];
    for (change, removal, expected) in cases {
        let err = refused(&edition(&[change, removal]));
        assert!(
            err.starts_with(&format!(
                "error[conflicting-operations]: edition.json:10:33 at operations[1].target: {expected}\n  help: an edition does not change what it removes: drop operations[0], or this remove\n"
            )),
            "{err}"
        );
        assert_eq!(err.matches("error[").count(), 1, "{err}");
    }
}

/// A conflict is structural: it is reported even when the removal drifted.
#[test]
fn a_conflict_is_reported_when_the_removal_drifted_too() {
    let err = refused(&edition(&[
        replace_text("1.1a", FIRST_KNOWLEDGE),
        remove("1.1a", "000000000000"),
    ]));
    assert!(err.contains("error[conflicting-operations]: edition.json:10:33 at operations[1].target: operations[0] replaces the text of \"first-knowledge\""), "{err}");
    assert!(
        err.contains("warning[drift]: edition.json:10:56 at operations[1].fingerprint"),
        "{err}"
    );
}

/// A removed node's base code still names it: the answer is what happened to it,
/// not "there is no such code in the base".
#[test]
fn a_target_removed_earlier_is_named_by_code_and_by_parent() {
    let cases = [
        (
            remove("2.1a", SECOND_CALL),
            retitle("2.1a", SECOND_CALL),
            "\"2.1a\" (second-call-for-help) was removed by operations[0] of this edition",
        ),
        (
            remove("1.1", FIRST_OUTCOME),
            replace_text("1.1a", FIRST_KNOWLEDGE),
            "\"1.1a\" (first-knowledge) was removed with \"first-outcome\" by operations[0] of this edition",
        ),
        (
            remove("first-standard", FIRST_STANDARD),
            change_kind("first-knowledge", FIRST_KNOWLEDGE),
            "\"first-knowledge\" was removed with \"first-standard\" by operations[0] of this edition",
        ),
        (
            remove("1.1b", FIRST_PERFORMANCE),
            move_to("1.1b", "2.1", FIRST_PERFORMANCE),
            "\"1.1b\" (first-performance) was removed by operations[0] of this edition",
        ),
        (
            remove("1.1b", FIRST_PERFORMANCE),
            set_examples("first-performance", FIRST_PERFORMANCE),
            "\"first-performance\" was removed by operations[0] of this edition",
        ),
    ];
    for (removal, change, expected) in cases {
        let err = refused(&edition(&[removal, change]));
        assert!(
            err.starts_with("error[target-removed]: edition.json:10:"),
            "{err}"
        );
        assert!(
            err.contains(&format!(
                " at operations[1].target: {expected}\n  help: drop one of the two operations\n"
            )),
            "{err}"
        );
        assert_eq!(err.matches("error[").count(), 1, "{err}");
        assert!(!err.contains("missing-target"), "{err}");
    }
}

/// A parent or an anchor an earlier operation removed, by code or id.
#[test]
fn a_parent_or_anchor_removed_earlier_is_target_removed() {
    let cases = [
        (
            add_criterion("1.1", "first-added", ""),
            "operations[1].to: \"1.1\" (first-outcome) was removed by operations[0]",
        ),
        (
            add_criterion("2.1", "second-added", ", \"after\": \"1.1a\""),
            "operations[1].after: \"1.1a\" (first-knowledge) was removed with \"first-outcome\" by operations[0]",
        ),
        (
            move_to("2.1a", "first-outcome", SECOND_CALL),
            "operations[1].to: \"first-outcome\" was removed by operations[0]",
        ),
    ];
    for (op, expected) in cases {
        let err = refused(&edition(&[remove("1.1", FIRST_OUTCOME), op]));
        assert!(
            err.starts_with("error[target-removed]: edition.json:10:"),
            "{err}"
        );
        assert!(err.contains(expected), "{err}");
    }
}

/// An anchor an earlier operation moved away says where it went.
#[test]
fn an_anchor_moved_away_says_which_operation_moved_it() {
    let err = refused(&edition(&[
        move_to("1.1b", "2.1", FIRST_PERFORMANCE),
        add_criterion("1.1", "first-added", ", \"before\": \"1.1b\""),
    ]));
    assert!(
        err.contains("at operations[1].criterion: \"first-performance\" is not a criterion of \"first-outcome\" (operations[0] moved it to \"second-outcome\")\n"),
        "{err}"
    );
}

/// Two moves of one node, and a change repeated, conflict as before.
#[test]
fn two_moves_of_one_node_conflict() {
    let err = refused(&edition(&[
        move_to("1.1b", "2.1", FIRST_PERFORMANCE),
        move_to("first-performance", "1.1", FIRST_PERFORMANCE),
    ]));
    assert!(err.contains("at operations[1].target: operations[0] and operations[1] both move \"first-performance\"\n  help: merge them into one operation"), "{err}");
}

/// Removing a node and then removing something inside it is redundant, not lost
/// work: the second is told the first already removed it.
#[test]
fn removing_inside_a_removed_node_says_so() {
    let err = refused(&edition(&[
        remove("1", FIRST_STANDARD),
        remove("1.1a", FIRST_KNOWLEDGE),
    ]));
    assert!(err.contains("at operations[1].target: \"1.1a\" (first-knowledge) was removed with \"first-standard\" by operations[0] of this edition"), "{err}");
}

/// An added node may not reuse the id of a node this edition removed.
#[test]
fn an_added_node_may_not_reuse_a_removed_id() {
    let err = refused(&edition(&[
        remove("1.1a", FIRST_KNOWLEDGE),
        add_criterion("1.1", "first-knowledge", ""),
    ]));
    assert!(
        err.contains("error[duplicate-id]: edition.json:10:"),
        "{err}"
    );
    assert!(
        err.contains("the id \"first-knowledge\" was removed by operations[0] of this edition"),
        "{err}"
    );
}

/// With `numbering: keep` a moved criterion is numbered where it now is, after
/// the node before it (`2.1aA`), and its old code is not given to a criterion
/// added later to its old outcome: that one follows 1.1a as `1.1aA`.
#[test]
fn a_moved_criterion_is_numbered_at_its_new_place_and_its_old_code_is_not_reused() {
    let f = edition(&[
        move_to("1.1b", "2.1", FIRST_PERFORMANCE),
        add_criterion("1.1", "first-added", ""),
    ]);
    let out = crate::stdout_of(&f.run(&["show", ".", "--format", "json"]).success());
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let codes = |s: usize| -> Vec<String> {
        v["standards"][s]["outcomes"][0]["criteria"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["code"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(codes(0), ["1.1a", "1.1aA"]);
    assert_eq!(codes(1), ["2.1a", "2.1aA"]);
}

/// Runs `check` on an edition "top" based on the Sri Lanka fixture (which
/// renumbers and removes standard 1), with one operation; returns stderr.
fn on_sri_lanka(op: &str) -> String {
    let f = Fixture::copy("mini-on-region");
    std::fs::create_dir(f.root().join("top")).unwrap();
    std::fs::write(
        f.root().join("top/edition.json"),
        format!("{{\n  \"id\": \"top\", \"name\": \"Top\", \"country\": \"LK\", \"locales\": [\"en\"], \"base\": \"../mini-on-region\",\n  \"operations\": [\n    {op}\n  ]\n}}\n"),
    )
    .unwrap();
    let out = crate::carecert()
        .current_dir(f.root().join("top"))
        .args(["check", "."])
        .assert()
        .code(2)
        .stdout("");
    stderr_of(&out)
}

/// A target an edition lower in the stack removed is missing from this edition's
/// base, and the help says which edition removed it, also for what went with a
/// removed parent and for a framework code.
#[test]
fn a_target_a_lower_edition_removed_names_that_edition() {
    assert_eq!(
        on_sri_lanka(&retitle("first-standard", FIRST_STANDARD)),
        "error[missing-target]: edition.json:4:34 at operations[0].target: there is no standard, outcome or criterion with the id \"first-standard\" in the base\n  help: the edition \"mini-sri-lanka\" below this one removed it (operations[1]); point the operation at content it still has, or drop the operation\n"
    );
    let err = on_sri_lanka(&set_examples("1.1b", FIRST_PERFORMANCE));
    assert!(err.contains("there is no standard, outcome or criterion with the code \"1.1b\" in the base\n  help: 1.1b is \"first-performance\" in the framework; the edition \"mini-sri-lanka\" below this one removed it (operations[1]);"), "{err}");
}

/// A framework code that an edition below renumbered says what it is called now.
#[test]
fn a_code_an_edition_below_renumbered_says_its_code_now() {
    let err = on_sri_lanka(&retitle("2.1", SECOND_OUTCOME));
    assert!(err.contains("at operations[0].target: there is no standard, outcome or criterion with the code \"2.1\" in the base\n  help: 2.1 is \"second-outcome\" in the framework; an edition below this one renumbered it, and in this edition's base it is 1.1: name it by its stable id, \"second-outcome\"\n"), "{err}");
}

/// Nodes added after the same node come in the order of their operations and
/// are numbered in that order: `1.1aA`, `1.1aB`; one placed `before` 1.1b
/// follows them (`1.1aC`); and outcomes added at the end of standard 2 follow
/// 2.1 as `2.1A`, `2.1B`. Code order is document order throughout.
#[test]
fn nodes_added_at_one_place_are_numbered_in_the_order_of_their_operations() {
    let f = edition(&[
        add_criterion("1.1", "first-added", ", \"after\": \"1.1a\""),
        add_criterion("1.1", "second-added", ", \"after\": \"1.1a\""),
        add_criterion("1.1", "third-added", ", \"before\": \"1.1b\""),
        add_outcome("2", "outcome-one", ""),
        add_outcome("2", "outcome-two", ""),
    ]);
    let out = crate::stdout_of(&f.run(&["show", ".", "--format", "json"]).success());
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let listed = |node: &serde_json::Value, key: &str| -> Vec<String> {
        node[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                format!(
                    "{} {}",
                    c["code"].as_str().unwrap(),
                    c["id"].as_str().unwrap()
                )
            })
            .collect()
    };
    assert_eq!(
        listed(&v["standards"][0]["outcomes"][0], "criteria"),
        [
            "1.1a first-knowledge",
            "1.1aA first-added",
            "1.1aB second-added",
            "1.1aC third-added",
            "1.1b first-performance"
        ]
    );
    assert_eq!(
        listed(&v["standards"][1], "outcomes"),
        ["2.1 second-outcome", "2.1A outcome-one", "2.1B outcome-two"]
    );
}
