//! Every loading error names the file, the line and column, and the JSON path, and
//! exits 2 without printing anything on stdout.

use crate::{Fixture, stderr_of};

/// Runs `check .` on the edited fixture and returns stderr, asserting exit 2 and an
/// empty stdout.
fn check_fails(fixture: Fixture) -> String {
    let assert = fixture.run(&["check", "."]).code(2).stdout("");
    stderr_of(&assert)
}

#[test]
fn misspelt_kind_names_position_path_and_fix() {
    let err = check_fails(Fixture::copy("mini").edit(
        "standards/01.json",
        "\"kind\": \"performance\"",
        "\"kind\": \"perfomance\"",
    ));
    assert_eq!(
        err,
        "error[unknown-value]: standards/01.json:23:19 at outcomes[0].criteria[1].kind: expected \"knowledge\" or \"performance\", found \"perfomance\"\n  help: did you mean \"performance\"?\n"
    );
}

#[test]
fn malformed_json_reports_line_and_column() {
    let err = check_fails(Fixture::copy("mini").edit(
        "standards/02.json",
        "\"simulation_allowed\": true\n",
        "\"simulation_allowed\": true,\n",
    ));
    assert!(
        err.starts_with(
            "error[invalid-json]: standards/02.json:17:9: invalid JSON: trailing comma\n  help: "
        ),
        "{err}"
    );
}

#[test]
fn truncated_json_says_the_file_ends_early() {
    let err = check_fails(
        Fixture::copy("mini").write("standards/02.json", b"{\n  \"id\": \"second-standard\",\n"),
    );
    assert!(
        err.starts_with("error[invalid-json]: standards/02.json:3:0")
            || err.starts_with("error[invalid-json]: standards/02.json:3:1"),
        "{err}"
    );
    assert!(err.contains("the file ends too early"), "{err}");
}

#[test]
fn wrong_type_names_expected_and_found() {
    let err = check_fails(Fixture::copy("mini").edit(
        "standards/02.json",
        "\"code\": \"2\"",
        "\"code\": 2",
    ));
    assert_eq!(
        err,
        "error[wrong-type]: standards/02.json:3:11 at code: expected a string, found integer 2\n  help: write the value in double quotes\n"
    );
}

#[test]
fn unknown_field_points_at_the_key_and_suggests() {
    let err = check_fails(Fixture::copy("mini").edit(
        "standards/01.json",
        "\"title\": \"First outcome\"",
        "\"titel\": \"First outcome\"",
    ));
    assert_eq!(
        err,
        "error[unknown-field]: standards/01.json:12:7 at outcomes[0].titel: unknown field \"titel\"\n  help: did you mean \"title\"?\n"
    );
}

#[test]
fn missing_field_names_it() {
    let err = check_fails(Fixture::copy("mini").edit(
        "standards/01.json",
        "\"title\": \"First outcome\",",
        "",
    ));
    assert_eq!(
        err,
        "error[missing-field]: standards/01.json:9:5 at outcomes[0]: missing field \"title\"\n  help: add \"title\" to this object (see docs/formats.md)\n"
    );
}

#[test]
fn duplicate_ids_across_files_name_both_places() {
    let err = check_fails(Fixture::copy("mini").edit(
        "standards/02.json",
        "\"id\": \"second-outcome\"",
        "\"id\": \"first-knowledge\"",
    ));
    assert_eq!(
        err,
        "error[duplicate-id]: standards/02.json:7:13 at outcomes[0].id: the id \"first-knowledge\" is used twice\n  help: ids must be unique across the framework; first used at standards/01.json:15:17\n"
    );
}

#[test]
fn duplicate_codes_are_refused() {
    let err = check_fails(Fixture::copy("mini").edit(
        "standards/01.json",
        "\"code\": \"1.1b\"",
        "\"code\": \"1.1a\"",
    ));
    assert_eq!(
        err,
        "error[duplicate-code]: standards/01.json:22:19 at outcomes[0].criteria[1].code: the code \"1.1a\" is used twice\n  help: codes must be unique; first used at standards/01.json:16:19\n"
    );
}

#[test]
fn bad_code_pattern_says_what_a_code_looks_like() {
    let err = check_fails(Fixture::copy("mini").edit(
        "standards/01.json",
        "\"code\": \"1.1b\"",
        "\"code\": \"1.1-b\"",
    ));
    assert_eq!(
        err,
        "error[bad-code]: standards/01.json:22:19 at outcomes[0].criteria[1].code: \"1.1-b\" is not a criterion code\n  help: write a criterion code like 7.2c\n"
    );
}

#[test]
fn code_under_the_wrong_parent_is_refused() {
    let err = check_fails(Fixture::copy("mini").edit(
        "standards/02.json",
        "\"code\": \"2.1a\"",
        "\"code\": \"1.1c\"",
    ));
    assert!(err.starts_with("error[code-outside-parent]: standards/02.json:13:19 at outcomes[0].criteria[0].code: \"1.1c\" does not belong under \"2.1\"\n"), "{err}");
}

#[test]
fn empty_title_is_refused() {
    let err = check_fails(Fixture::copy("mini").edit(
        "standards/02.json",
        "\"title\": \"Second standard\"",
        "\"title\": \"  \"",
    ));
    assert_eq!(
        err,
        "error[bad-text]: standards/02.json:4:12 at title: the text is empty (at character 1)\n  help: write the text, or remove the entry\n"
    );
}

#[test]
fn unknown_term_suggests_the_defined_one() {
    let err = check_fails(Fixture::copy("mini").edit(
        "standards/01.json",
        "{ -regulator } does",
        "{ -regulater } does",
    ));
    assert_eq!(
        err,
        "error[unknown-term]: standards/01.json:18:19 at outcomes[0].criteria[0].text: the term \"-regulater\" is not defined\n  help: did you mean \"-regulator\"?\n"
    );
}

#[test]
fn term_written_without_hyphen_is_explained() {
    let err = check_fails(Fixture::copy("mini").edit(
        "standards/01.json",
        "{ -regulator } does",
        "{ regulator } does",
    ));
    assert!(err.contains("at outcomes[0].criteria[0].text: the text uses a placeable that source text cannot have: a message reference (at character 21)\n  help: a term reference starts with a hyphen: { -regulator }"), "{err}");
}

#[test]
fn listed_file_that_is_missing_points_at_the_listing() {
    let fixture = Fixture::copy("mini");
    std::fs::remove_file(fixture.file("standards/02.json")).unwrap();
    let err = check_fails(fixture);
    assert_eq!(
        err,
        "error[file-not-found]: framework.json:14:5 at standards[1]: the listed file \"standards/02.json\" does not exist\n  help: create the file, or correct or remove this entry\n"
    );
}

#[test]
fn listed_path_outside_the_framework_is_refused() {
    let err = check_fails(Fixture::copy("mini").edit(
        "framework.json",
        "\"standards/02.json\"",
        "\"../02.json\"",
    ));
    assert!(err.starts_with("error[path-outside-root]: framework.json:14:5 at standards[1]: \"../02.json\" is not a relative path inside the framework directory\n"), "{err}");
}

#[cfg(unix)]
#[test]
fn symlink_pointing_outside_is_refused() {
    let outside = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(outside.path(), "{}").unwrap();
    let fixture = Fixture::copy("mini");
    std::fs::remove_file(fixture.file("standards/02.json")).unwrap();
    std::os::unix::fs::symlink(outside.path(), fixture.file("standards/02.json")).unwrap();
    let err = check_fails(fixture);
    assert!(
        err.contains(
            "at standards[1]: \"standards/02.json\" resolves outside the framework directory"
        ),
        "{err}"
    );
}

#[test]
fn non_utf8_file_names_the_position() {
    let err = check_fails(
        Fixture::copy("mini").write("standards/02.json", b"{\n  \"id\": \"caf\xe9\"\n}\n"),
    );
    assert_eq!(
        err,
        "error[not-utf8]: standards/02.json:2:13: the file is not valid UTF-8 (invalid byte 0xE9)\n  help: save the file as UTF-8\n"
    );
}

#[test]
fn byte_order_mark_is_refused_with_a_fix() {
    let fixture = Fixture::copy("mini");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(std::fs::read(fixture.file("standards/02.json")).unwrap());
    let err = check_fails(fixture.write("standards/02.json", &bytes));
    assert_eq!(
        err,
        "error[byte-order-mark]: standards/02.json:1:1: the file starts with a byte order mark (BOM)\n  help: save the file as UTF-8 without a BOM\n"
    );
}

#[test]
fn every_problem_in_every_file_is_reported_in_one_run() {
    let err = check_fails(
        Fixture::copy("mini")
            .edit(
                "standards/01.json",
                "\"kind\": \"knowledge\"",
                "\"kind\": \"knowlege\"",
            )
            .edit(
                "standards/01.json",
                "\"kind\": \"performance\"",
                "\"kind\": 7",
            )
            .edit(
                "standards/02.json",
                "\"id\": \"second-outcome\"",
                "\"id\": \"Second Outcome\"",
            ),
    );
    let lines: Vec<&str> = err.lines().filter(|l| l.starts_with("error[")).collect();
    assert_eq!(lines.len(), 3, "{err}");
    assert!(
        lines[0].starts_with(
            "error[unknown-value]: standards/01.json:17:19 at outcomes[0].criteria[0].kind"
        ),
        "{err}"
    );
    assert!(lines[1].starts_with("error[wrong-type]: standards/01.json:23:19 at outcomes[0].criteria[1].kind: expected a string, found integer 7"), "{err}");
    assert!(
        lines[2].starts_with(
            "error[bad-id]: standards/02.json:7:13 at outcomes[0].id: \"Second Outcome\" is not a valid id"
        ),
        "{err}"
    );
}

#[test]
fn a_directory_without_framework_json_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let assert = crate::carecert()
        .current_dir(dir.path())
        .args(["check", "."])
        .assert()
        .code(2);
    assert_eq!(
        stderr_of(&assert),
        "error[file-not-found]: framework.json: the file does not exist\n  help: a framework directory holds a framework.json; pass the directory that contains it\n"
    );
}

#[test]
fn unknown_framework_name_lists_the_embedded_ones() {
    let assert = crate::carecert()
        .args(["check", "no-such-framework"])
        .assert()
        .code(2);
    assert_eq!(
        stderr_of(&assert),
        "error[framework-not-found]: there is no framework directory or embedded framework named \"no-such-framework\"\n  help: pass a directory that holds framework.json, or one of the embedded frameworks: care-certificate-2015\n"
    );
}

#[test]
fn errors_in_json_mode_are_json_on_stderr() {
    let assert = Fixture::copy("mini")
        .edit(
            "standards/01.json",
            "\"kind\": \"performance\"",
            "\"kind\": \"perfomance\"",
        )
        .run(&["check", ".", "--format", "json"])
        .code(2)
        .stdout("");
    let v: serde_json::Value = serde_json::from_str(&stderr_of(&assert)).unwrap();
    let e = &v["errors"][0];
    assert_eq!(e["file"], "standards/01.json");
    assert_eq!(
        (e["line"].as_u64(), e["column"].as_u64()),
        (Some(23), Some(19))
    );
    assert_eq!(e["path"], "outcomes[0].criteria[1].kind");
    assert_eq!(e["code"], "unknown-value");
    assert_eq!(e["help"], "did you mean \"performance\"?");
}

/// A misspelt key is pointed at (its line and column, and a path ending with it)
/// in every nested object of an edition, operations included at any depth.
#[test]
fn a_misspelt_key_is_pointed_at_in_every_nested_object_of_an_edition() {
    for (fixture, from, to, at) in [
        (
            "mini-edition",
            "\"value\": \"112\"",
            "\"valeu\": \"112\"",
            "edition.json:13:56 at terms[1].valeu: unknown field \"valeu\"\n  help: did you mean \"value\"?",
        ),
        (
            "mini-edition",
            "{ \"kind\": \"attribution\",",
            "{ \"knid\": \"attribution\",",
            "edition.json:9:7 at notices[0].knid: unknown field \"knid\"",
        ),
        (
            "mini-edition",
            "\"author\": \"Test adaptation team\",",
            "\"author\": \"Test adaptation team\", \"fonts\": { \"latin\": \"A\", \"east_asian\": \"B\" },",
            "edition.json:7:62 at fonts.east_asian: unknown field \"east_asian\"\n  help: did you mean \"east-asian\"?",
        ),
        (
            "mini-region",
            "\"countries\": [\"IN\", \"LK\"]",
            "\"contries\": [\"IN\", \"LK\"]",
            "edition.json:4:37 at region.contries: unknown field \"contries\"",
        ),
        (
            "mini-region",
            "{ \"term\": \"-emergency-number\",",
            "{ \"trem\": \"-emergency-number\",",
            "edition.json:11:7 at keep[0].trem: unknown field \"trem\"",
        ),
        (
            "mini-edition",
            "\"title\": \"Understand family roles\"",
            "\"tilte\": \"Understand family roles\"",
            "at operations[7].standard.outcomes[0].tilte: unknown field \"tilte\"",
        ),
        (
            "mini-edition",
            "\"criterion\": { \"id\": \"first-local-language\",",
            "\"criterion\": { \"id\": \"first-local-language\", \"rationale\": \"x\",",
            "at operations[4].criterion.rationale: unknown field \"rationale\"",
        ),
    ] {
        let err = check_fails(Fixture::copy(fixture).edit("edition.json", from, to));
        assert!(err.starts_with("error[unknown-field]: "), "{to}: {err}");
        assert!(err.contains(at), "{to}: {err}");
    }
}

#[test]
fn a_blank_rationale_is_empty_for_operations_and_kept_terms_alike() {
    let err = check_fails(Fixture::copy("mini-edition").edit(
        "edition.json",
        "\"rationale\": \"Clearer for Indian learners.\"",
        "\"rationale\": \" \\t \"",
    ));
    // A tab is a control character too, but the rationale is first of all empty.
    assert!(
        err.contains("edition.json:18:130 at operations[1].rationale: the rationale is empty"),
        "{err}"
    );
    let err = check_fails(Fixture::copy("mini-region").edit(
        "edition.json",
        "\"rationale\": \"Each country edition sets its own number.\"",
        "\"rationale\": \"\"",
    ));
    assert_eq!(
        err,
        "error[missing-rationale]: edition.json:11:49 at keep[0].rationale: the rationale is empty\n  help: say why the base's -emergency-number stays in this edition; reviewers read it\n"
    );
}
