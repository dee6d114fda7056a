//! Editions: every operation kind, stacking, cycles, missing targets, drift,
//! conflicts, the leak check and the scaffold.

use crate::{Fixture, carecert, stderr_of, stdout_of};
use serde_json::Value;

fn show_json(f: &Fixture) -> Value {
    let out = stdout_of(&f.run(&["show", ".", "--format", "json"]).success());
    serde_json::from_str(&out).unwrap()
}

fn criterion<'a>(v: &'a Value, id: &str) -> &'a Value {
    v["standards"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["outcomes"].as_array().unwrap())
        .flat_map(|o| o["criteria"].as_array().unwrap())
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no criterion {id}"))
}

#[test]
fn every_operation_kind_applies_with_provenance() {
    let f = Fixture::copy("mini-edition");
    f.run(&["check", "."])
        .code(0)
        .stdout(predicates::str::ends_with("no findings\n"));
    let v = show_json(&f);
    assert_eq!(v["edition"]["id"], "mini-india");
    assert_eq!(v["edition"]["layers"][0]["id"], "mini");
    let ids: Vec<&str> = v["standards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["first-standard", "family-involvement", "second-standard"],
        "add-standard after 1"
    );
    // replace-text + change-kind on one criterion, both recorded against the base.
    let c = criterion(&v, "first-knowledge");
    assert_eq!(
        c["text"],
        "Describe what the State Health Department checks when it visits."
    );
    assert_eq!(c["kind"], "performance");
    assert_eq!(c["provenance"]["layer"], "mini-india");
    assert_eq!(c["provenance"]["op"], "change-kind");
    assert_eq!(c["provenance"]["rationale"], "Observed on a real visit.");
    // add-criterion at a position, with the next free code.
    let first = &v["standards"][0]["outcomes"][0];
    assert_eq!(first["title"], "First outcome, adapted");
    let codes: Vec<&str> = first["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        ["1.1a", "1.1aA"],
        "the added criterion follows 1.1a, where it is placed"
    );
    // move + set-examples.
    let moved = &v["standards"][2]["outcomes"][0]["criteria"][0];
    assert_eq!(moved["id"], "first-performance");
    assert_eq!(moved["examples"].as_array().unwrap().len(), 3);
    // add-outcome with a term defined by the edition; remove.
    let added = criterion(&v, "second-call-helpline");
    assert_eq!(added["text"], "Call 108 for an ambulance.");
    assert_eq!(v["standards"][2]["outcomes"][1]["code"], "2.1A");
    assert!(!v.to_string().contains("second-call-for-help"));
    // Untouched nodes keep the base's provenance.
    assert_eq!(
        v["standards"][0]["provenance"],
        serde_json::json!({"layer": "mini"})
    );
}

#[test]
fn renumbering_numbers_by_position_and_layers_stack() {
    let f = Fixture::copy("mini-on-region");
    f.run(&["check", "."]).code(0);
    let v = show_json(&f);
    let layers: Vec<&str> = v["edition"]["layers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_str().unwrap())
        .collect();
    assert_eq!(layers, ["mini", "mini-south-asia", "mini-sri-lanka"]);
    assert_eq!(v["standards"].as_array().unwrap().len(), 1);
    assert_eq!(v["standards"][0]["id"], "second-standard");
    assert_eq!(
        v["standards"][0]["code"], "1",
        "renumbered after the removal"
    );
    assert_eq!(criterion(&v, "second-call-for-help")["code"], "1.1a");
    assert_eq!(
        criterion(&v, "second-call-for-help")["text"],
        "Call 1990 when someone stops breathing."
    );
}

#[test]
fn a_cycle_of_bases_names_the_chain() {
    let f = Fixture::copy("mini-region").edit(
        "edition.json",
        "\"base\": \"../mini\"",
        "\"base\": \"../mini-on-region\"",
    );
    let err = stderr_of(&f.run(&["check", "."]).code(2));
    assert!(
        err.contains(
            "the editions' bases form a cycle: mini-south-asia → mini-sri-lanka → mini-south-asia"
        ),
        "{err}"
    );
}

#[test]
fn missing_base_is_explained() {
    let f = Fixture::copy("mini-edition").edit(
        "edition.json",
        "\"base\": \"../mini\"",
        "\"base\": \"../nowhere\"",
    );
    let err = stderr_of(&f.run(&["check", "."]).code(2));
    assert!(err.starts_with("error[base-not-found]: edition.json:6:11 at base: the base \"../nowhere\" is not a framework or edition directory, nor an embedded framework\n"), "{err}");
}

#[test]
fn missing_target_suggests_the_nearest_codes() {
    let f = Fixture::copy("mini-edition").edit(
        "edition.json",
        "\"target\": \"2.1a\"",
        "\"target\": \"2.1x\"",
    );
    let err = stderr_of(&f.run(&["check", "."]).code(2).stdout(""));
    assert!(
        err.contains("at operations[8].target: there is no standard, outcome or criterion with the code \"2.1x\" in the base\n  help: did you mean \"2.1\", \"2.1A\" or \"2.1a\"?")
            || err.contains("at operations[8].target: there is no standard, outcome or criterion with the code \"2.1x\" in the base\n  help: did you mean \"2.1\" or \"2.1a\"?"),
        "{err}"
    );
}

#[test]
fn drift_is_reported_and_not_applied() {
    let f = Fixture::copy("mini-edition").edit(
        "edition.json",
        "\"fingerprint\": \"79ef168e7d44\"",
        "\"fingerprint\": \"79ef168e0000\"",
    );
    let out = stdout_of(&f.run(&["check", "."]).code(1));
    assert!(out.contains("at operations[1].fingerprint: the base text of 1.1 (first-outcome) changed since this retitle was written; the operation was not applied"), "{out}");
    assert!(out.contains("drift: mini-india operations[1] (retitle) on 1.1 first-outcome\n  base text now: First outcome\n"), "{out}");
    let v = show_json(&f);
    assert_eq!(
        v["standards"][0]["outcomes"][0]["title"], "First outcome",
        "the drifted retitle was not applied"
    );
}

#[test]
fn drift_against_a_revised_base_shows_old_and_new_text() {
    // Only the text of 1.1a changed; address everything else by id so it still resolves.
    let f = Fixture::copy("mini-edition")
        .edit("edition.json", "\"target\": \"1.1b\"", "\"target\": \"first-performance\"")
        .edit("edition.json", "{ \"op\": \"remove\", \"target\": \"2.1a\", \"fingerprint\": \"0f1e3cf2ddec\", \"rationale\": \"Replaced by the ambulance outcome.\" }", "{ \"op\": \"remove\", \"target\": \"second-call-emergency\", \"fingerprint\": \"e6d1ee1a2ef6\", \"rationale\": \"Replaced by the ambulance outcome.\" }");
    let out = stdout_of(&f.run(&["check", ".", "--base", "../mini-revised"]).code(1));
    assert!(out.contains("  base text changed: Describe what the { -regulator } [-does.-]{+does and how it inspects.+}\n"), "{out}");
}

#[test]
fn two_operations_on_the_same_thing_conflict() {
    let f = Fixture::copy("mini-edition").edit(
        "edition.json",
        "\"rationale\": \"Observed on a real visit.\" },",
        "\"rationale\": \"Observed on a real visit.\" },\n    { \"op\": \"change-kind\", \"target\": \"1.1a\", \"kind\": \"knowledge\", \"fingerprint\": \"64593e0adad8\", \"rationale\": \"Second thoughts.\" },",
    );
    let err = stderr_of(&f.run(&["check", "."]).code(2));
    assert!(err.contains("at operations[3].target: operations[2] and operations[3] both change the same part of \"first-knowledge\"\n  help: merge them into one operation"), "{err}");
}

#[test]
fn an_operation_on_removed_content_is_an_error() {
    let f = Fixture::copy("mini-edition").edit(
        "edition.json",
        "\"rationale\": \"Replaced by the ambulance outcome.\" }",
        "\"rationale\": \"Replaced by the ambulance outcome.\" }, { \"op\": \"set-examples\", \"target\": \"second-call-for-help\", \"examples\": [\"x\"], \"fingerprint\": \"0f1e3cf2ddec\", \"rationale\": \"r\" }",
    );
    let err = stderr_of(&f.run(&["check", "."]).code(2));
    assert!(err.contains("at operations[9].target: \"second-call-for-help\" was removed by operations[8] of this edition"), "{err}");
}

#[test]
fn wrong_level_is_explained() {
    let f = Fixture::copy("mini-edition").edit(
        "edition.json",
        "\"op\": \"retitle\", \"target\": \"first-outcome\"",
        "\"op\": \"retitle\", \"target\": \"1.1b\"",
    );
    let err = stderr_of(&f.run(&["check", "."]).code(2));
    assert!(err.contains("retitle applies to a standard or outcome, and this is a criterion\n  help: use replace-text for criteria"), "{err}");
}

#[test]
fn unknown_operation_suggests_the_right_name() {
    let f = Fixture::copy("mini-edition").edit(
        "edition.json",
        "\"op\": \"retitle\"",
        "\"op\": \"re-title\"",
    );
    let err = stderr_of(&f.run(&["check", "."]).code(2));
    assert!(
        err.contains("at operations[1].op: expected one of \"add-standard\""),
        "{err}"
    );
    assert!(err.contains("help: did you mean \"retitle\"?"), "{err}");
}

#[test]
fn a_base_term_of_england_left_in_place_is_a_leak() {
    let f = Fixture::copy("mini-edition").edit(
        "edition.json",
        "    { \"id\": \"-emergency-number\", \"jurisdiction\": \"IN\", \"value\": \"112\" },\n",
        "",
    );
    // The emergency number is only used by the removed criterion: no leak.
    f.run(&["check", "."]).code(0);
    let f = Fixture::copy("mini-edition").edit(
        "edition.json",
        "    { \"id\": \"-regulator\", \"jurisdiction\": \"IN\", \"value\": \"State Health Department\", \"values\": { \"hi-IN\": \"राज्य स्वास्थ्य विभाग\" }, \"source\": \"test data\" },\n",
        "",
    );
    let out = stdout_of(&f.run(&["check", "."]).code(1));
    assert!(
        out.contains(
            "the term \"-regulator\" still has the GB-ENG value \"Care Quality Commission\""
        ),
        "{out}"
    );
}

#[test]
fn a_kept_term_is_not_a_leak() {
    let f = Fixture::copy("mini-edition").edit(
        "edition.json",
        "    { \"id\": \"-regulator\", \"jurisdiction\": \"IN\", \"value\": \"State Health Department\", \"values\": { \"hi-IN\": \"राज्य स्वास्थ्य विभाग\" }, \"source\": \"test data\" },\n",
        "",
    ).edit("edition.json", "  \"operations\": [", "  \"keep\": [ { \"term\": \"-regulator\", \"rationale\": \"Test: kept on purpose.\" } ],\n  \"operations\": [");
    // Not a leak; but the kept English value has no Hindi for the hi-IN packs.
    let out = stdout_of(&f.run(&["check", "."]).code(1));
    assert!(!out.contains("foreign-term"), "{out}");
    assert_eq!(out.matches("warning[").count(), 1, "{out}");
    assert!(out.contains("warning[untranslated-term]: edition.json:11:12 at terms: the term \"-regulator\" will print \"Care Quality Commission\" in the hi-IN packs (used at 1, 1.1a): it has no value for hi-IN\n  help: add \"values\": { \"hi-IN\": \"…\" } to the term in \"terms\", or `-regulator = …` in ./locales/hi-IN/mini-india.ftl"), "{out}");
}

#[test]
fn an_english_value_typed_into_edition_text_is_a_leak() {
    let f = Fixture::copy("mini-edition").edit(
        "edition.json",
        "Describe how families take part in care decisions.",
        "Describe how families and the Care Quality Commission take part in care decisions.",
    );
    let out = stdout_of(&f.run(&["check", "."]).code(1));
    assert!(out.contains("at operations[7].standard.outcomes[0].criteria[0].text: the text names \"Care Quality Commission\", the base value of -regulator, literally\n  help: write { -regulator } so each edition's own value is used"), "{out}");
}

#[test]
fn new_dot_names_the_edition_after_the_current_directory() {
    // `mkdir kenya && cd kenya && carecert new .` was refused: "." has no name.
    let f = Fixture::copy("mini");
    let dir = f.root().join("kenya");
    std::fs::create_dir(&dir).unwrap();
    crate::carecert()
        .current_dir(&dir)
        .args(["new", ".", "--base", "../mini", "--country", "KE", "--locale", "en-KE"])
        .assert()
        .success()
        .stdout("created ./edition.json with 2 terms to fill in\nnext: fill in each term's value and source, then run `carecert check .`\n");
    let written: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("edition.json")).unwrap()).unwrap();
    assert_eq!(written["id"], "kenya");
    assert_eq!(written["base"], "../mini");
}

#[test]
fn the_scaffold_lists_exactly_the_terms_to_fill_in() {
    let f = Fixture::copy("mini");
    f.run(&["new", "../kenya", "--base", ".", "--country", "KE", "--locale", "en-KE", "--locale", "sw-KE"])
        .success()
        .stdout("created ../kenya/edition.json with 2 terms to fill in\nnext: fill in each term's value and source, then run `carecert check ../kenya`\n");
    let written: Value = serde_json::from_str(
        &std::fs::read_to_string(f.root().join("kenya/edition.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(written["base"], "../mini");
    assert_eq!(written["country"], "KE");
    // Named with the country's name, not its code, with an author to change.
    assert_eq!(written["name"], "Mini framework, Kenya edition");
    assert_eq!(written["author"], "Kenya adaptation team");
    assert_eq!(
        written["notices"][0]["text"],
        "Adapted from Mini framework for Kenya."
    );
    let out = stdout_of(
        &crate::carecert()
            .current_dir(f.root())
            .args(["check", "kenya"])
            .assert()
            .code(1),
    );
    let gaps: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("warning[unfilled-term]:"))
        .collect();
    assert_eq!(gaps.len(), 2, "{out}");
    assert!(
        gaps[0].ends_with("at terms[0].value: the term \"-regulator\" has no value yet"),
        "{out}"
    );
    assert!(
        gaps[1].ends_with("at terms[1].value: the term \"-emergency-number\" has no value yet"),
        "{out}"
    );
    // Never overwrites.
    let again = f
        .run(&[
            "new",
            "../kenya",
            "--base",
            ".",
            "--country",
            "KE",
            "--locale",
            "en-KE",
        ])
        .code(2);
    assert!(stderr_of(&again).contains("already exists"));
    // A code no country has is a typo, refused before anything is written.
    let typo = f
        .run(&[
            "new",
            "../xx",
            "--base",
            ".",
            "--country",
            "XX",
            "--locale",
            "en",
        ])
        .code(2);
    assert_eq!(
        stderr_of(&typo),
        "error[bad-country]: \"XX\" is not the code of a country (ISO 3166-1 alpha-2)\n  help: write the country's two-letter code, like KE for Kenya or PH for the Philippines\n"
    );
    assert!(!f.root().join("xx").exists());
}

/// A stacked edition targets what its base edition added by the codes the base
/// gave them (typed in any case), and its own additions follow them: after
/// `1.1aA` comes `1.1aB`, inside the added standard `1A`, `1A.1aA`, and between
/// 1.1a and the base edition's `1.1aA`, `1.1aZA`.
#[test]
fn a_stacked_edition_targets_added_nodes_by_their_insertion_codes() {
    let f = Fixture::copy("mini-edition");
    let top = f.root().join("top");
    std::fs::create_dir_all(&top).unwrap();
    let fp = carecert::fingerprint::Fingerprint::of(
        "Explain why you speak with people in the language they prefer.",
    );
    std::fs::write(
        top.join("edition.json"),
        format!(
            r#"{{ "id": "top", "name": "Top", "country": "IN", "locales": ["en-IN"], "base": "../mini-edition",
  "operations": [
    {{ "op": "change-kind", "target": "1.1aa", "kind": "performance", "fingerprint": "{fp}", "rationale": "Seen at work." }},
    {{ "op": "add-criterion", "to": "1.1", "after": "1.1aA", "criterion": {{ "id": "top-after", "kind": "knowledge", "text": "After." }}, "rationale": "r" }},
    {{ "op": "add-criterion", "to": "1a.1", "criterion": {{ "id": "top-family", "kind": "knowledge", "text": "Family." }}, "rationale": "r" }},
    {{ "op": "add-criterion", "to": "1.1", "after": "1.1a", "criterion": {{ "id": "top-before", "kind": "knowledge", "text": "Before." }}, "rationale": "r" }}
  ] }}"#
        ),
    )
    .unwrap();
    let out = crate::stdout_of(
        &carecert()
            .current_dir(&top)
            .args(["show", ".", "--format", "json"])
            .assert()
            .success(),
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(criterion(&v, "first-local-language")["kind"], "performance");
    assert_eq!(criterion(&v, "top-after")["code"], "1.1aB");
    assert_eq!(criterion(&v, "top-family")["code"], "1A.1aA");
    // Right after 1.1a, before what the base edition added there: 1.1aZA.
    let codes: Vec<&str> = v["standards"][0]["outcomes"][0]["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["1.1a", "1.1aZA", "1.1aA", "1.1aB"]);
}
