//! Inputs by class: what a careless partner or a hostile file can put in each kind
//! of file carecert reads, and that every one ends in an error naming the file and
//! the place, exit 2, no panic, no hang, and nothing written.
//!
//! The bad-input catalogue (`tests/bad-inputs/`) holds one example of each problem;
//! these sweep a class across every file kind it applies to. Special files (named
//! pipes, sockets, devices) are in `special_files.rs`.

use crate::bad_inputs::snapshot;
use crate::{Fixture, carecert};
use std::time::Duration;

/// Runs `args` in the fixture and returns stderr, asserting exit 2, an empty stdout,
/// no panic, an answer within a minute, and no file changed anywhere under the root.
pub(crate) fn refused(f: &Fixture, args: &[&str]) -> String {
    let before = snapshot(f.root());
    let output = carecert()
        .current_dir(f.path())
        .args(args)
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(output.stdout.is_empty(), "{args:?}: stdout not empty");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(snapshot(f.root()) == before, "{args:?} changed files");
    stderr
}

/// The files of the two fixtures, as (fixture, file, command).
pub(crate) const JSON_FILES: &[(&str, &str)] = &[
    ("mini", "framework.json"),
    ("mini", "terms.json"),
    ("mini", "standards/01.json"),
    ("mini-edition", "edition.json"),
];

#[test]
fn a_repeated_key_is_refused_in_every_file_at_every_depth() {
    // (fixture, file, an existing member, where the repeat is reported)
    let cases: &[(&str, &str, &str, &str)] = &[
        ("mini", "framework.json", "\"id\": \"mini\",", "at id: "),
        (
            "mini",
            "framework.json",
            "\"kind\": \"copyright\",",
            "at notices[0].kind: ",
        ),
        (
            "mini",
            "terms.json",
            "\"kind\": \"regulator\",",
            "at terms[0].kind: ",
        ),
        (
            "mini",
            "standards/01.json",
            "\"note\": \"Inspects where you work.\"",
            "at references[0].note: ",
        ),
        (
            "mini",
            "standards/01.json",
            "\"examples\": [\"washing hands\", \"wearing gloves\"]",
            "at outcomes[0].criteria[1].examples: ",
        ),
        (
            "mini-edition",
            "edition.json",
            "\"country\": \"IN\",",
            "at country: ",
        ),
        (
            "mini-edition",
            "edition.json",
            "\"op\": \"remove\",",
            "at operations[8].op: ",
        ),
        (
            "mini-edition",
            "edition.json",
            "\"simulation_allowed\": true",
            "at operations[5].outcome.criteria[0].simulation_allowed: ",
        ),
        (
            "mini-region",
            "edition.json",
            "\"countries\": [\"IN\", \"LK\"]",
            "at region.countries: ",
        ),
    ];
    for (fixture, file, member, at) in cases {
        let repeated = match member.strip_suffix(',') {
            Some(m) => format!("{m}, {member}"),
            None => format!("{member}, {member}"),
        };
        let f = Fixture::copy(fixture).edit(file, member, &repeated);
        let err = refused(&f, &["check", "."]);
        assert!(err.starts_with("error[duplicate-key]: "), "{file}: {err}");
        assert!(err.contains(&format!("{file}:")), "{file}: {err}");
        assert!(err.contains(at), "{file}: {err}");
        assert!(
            err.contains("appears twice in this object (first at "),
            "{err}"
        );
        assert_eq!(err.matches("error[").count(), 1, "{err}");
    }
}

#[test]
fn every_repeated_key_of_every_file_is_reported_in_one_run() {
    let f = Fixture::copy("mini")
        .edit(
            "terms.json",
            "\"value\": \"999\",",
            "\"value\": \"999\", \"value\": \"112\",",
        )
        .edit(
            "standards/01.json",
            "\"code\": \"1.1a\",",
            "\"code\": \"1.1a\", \"code\": \"1.1c\", \"code\": \"1.1d\",",
        )
        .edit(
            "standards/02.json",
            "\"id\": \"second-standard\",",
            "\"id\": \"second-standard\", \"i\\u0064\": \"x\",",
        );
    let err = refused(&f, &["check", "."]);
    let lines: Vec<&str> = err.lines().filter(|l| l.starts_with("error[")).collect();
    assert_eq!(lines.len(), 4, "{err}");
    assert!(
        lines.iter().all(|l| l.starts_with("error[duplicate-key]")),
        "{err}"
    );
    assert!(
        err.contains("the key \"code\" appears 3 times in this object"),
        "{err}"
    );
    assert!(
        err.contains("standards/02.json:2:28 at id: the key \"id\""),
        "{err}"
    );
}

#[test]
fn empty_blank_null_and_wrong_shapes_name_the_file_and_place() {
    for (fixture, file) in JSON_FILES {
        for text in [
            "",
            "  \n\t\n",
            "null",
            "[]",
            "1",
            "\"x\"",
            "{} {}",
            "{\"a\": }",
        ] {
            let f = Fixture::copy(fixture).write(file, text.as_bytes());
            let err = refused(&f, &["check", "."]);
            let first = err.lines().next().unwrap_or_default();
            assert!(
                first.contains(&format!("{file}:")) || first.contains(&format!("{file}: ")),
                "{file} holding {text:?}: {err}"
            );
            assert!(err.contains("\n  help: "), "{file} holding {text:?}: {err}");
        }
    }
}

#[test]
fn strings_with_escapes_no_text_may_hold_are_refused() {
    let title = "\"title\": \"Second standard\"";
    for (value, expect) in [
        ("Second\\u0000", "the control character U+0000"),
        ("Second\\ud800", "invalid JSON"),
        ("Second\\udc00x", "invalid JSON"),
        ("Second\\uffff", "the control character U+FFFF"),
        ("Second\\u001b[31m", "the control character U+001B"),
        (
            "Second\\u202e",
            "a bidi embedding or override control (U+202E)",
        ),
        (
            "Sec\\u200bond",
            "a zero-width space (U+200B) (at character 4)",
        ),
        (
            "Second\\ufeff",
            "a zero-width no-break space (BOM) (U+FEFF)",
        ),
    ] {
        let f = Fixture::copy("mini").edit(
            "standards/02.json",
            title,
            &format!("\"title\": \"{value}\""),
        );
        let err = refused(&f, &["check", "."]);
        assert!(err.contains("standards/02.json:4:"), "{value}: {err}");
        assert!(err.contains(expect), "{value}: {err}");
        // Nothing quoted from the file reaches the terminal raw.
        assert!(
            !err.contains('\u{1b}') && !err.contains('\u{202E}'),
            "{value}: {err:?}"
        );
    }
}

#[test]
fn numbers_where_strings_belong_and_numbers_out_of_range() {
    for (from, to, expect) in [
        (
            "\"code\": \"2\"",
            "\"code\": 2",
            "expected a string, found integer 2",
        ),
        (
            "\"code\": \"2\"",
            "\"code\": -2",
            "expected a string, found integer -2",
        ),
        (
            "\"code\": \"2\"",
            "\"code\": 2.5",
            "expected a string, found floating point 2.5",
        ),
        (
            "\"code\": \"2\"",
            "\"code\": 1e999",
            "invalid JSON: number out of range",
        ),
        (
            "\"code\": \"2\"",
            "\"code\": 00",
            "invalid JSON: invalid number",
        ),
        (
            "\"id\": \"second-standard\"",
            "\"id\": true",
            "expected a string, found boolean true",
        ),
        (
            "\"simulation_allowed\": true",
            "\"simulation_allowed\": \"yes\"",
            "expected true or false, found string \"yes\"",
        ),
        (
            "\"simulation_allowed\": true",
            "\"simulation_allowed\": 18446744073709551616",
            "expected true or false",
        ),
    ] {
        let f = Fixture::copy("mini").edit("standards/02.json", from, to);
        let err = refused(&f, &["check", "."]);
        assert!(err.contains("standards/02.json:"), "{to}: {err}");
        assert!(err.contains(expect), "{to}: {err}");
    }
}

#[test]
fn a_megabyte_key_is_answered_briefly() {
    let key = "k".repeat(3_000_000);
    let f = Fixture::copy("mini-edition").edit(
        "edition.json",
        "\"author\": \"Test adaptation team\",",
        &format!("\"author\": \"Test adaptation team\", \"{key}\": 1, \"{key}\": 2,"),
    );
    let err = refused(&f, &["check", "."]);
    assert!(err.len() < 2_000, "{} bytes of stderr", err.len());
    assert!(err.contains("… (3000000 characters)"), "{err}");
    // The same key once: an unknown field, quoted by its start.
    let f = Fixture::copy("mini-edition").edit(
        "edition.json",
        "\"author\": \"Test adaptation team\",",
        &format!("\"author\": \"Test adaptation team\", \"{key}\": 1,"),
    );
    let err = refused(&f, &["check", "."]);
    assert!(
        err.starts_with("error[unknown-field]: edition.json:7:"),
        "{}",
        &err[..200]
    );
    assert!(err.len() < 2_000, "{} bytes of stderr", err.len());
}

#[test]
fn keys_and_ids_with_lookalike_letters_are_named() {
    // A Cyrillic "і" (U+0456) in a key, then in an id.
    let f = Fixture::copy("mini").edit(
        "standards/02.json",
        "\"title\": \"Second standard\"",
        "\"tіtle\": \"Second standard\"",
    );
    let err = refused(&f, &["check", "."]);
    assert!(err.contains("unknown field \"tіtle\""), "{err}");
    assert!(
        err.contains("help: \"і\" (U+0456) is not an ASCII letter; did you mean \"title\"?"),
        "{err}"
    );
    let f = Fixture::copy("mini").edit(
        "standards/02.json",
        "\"id\": \"second-standard\"",
        "\"id\": \"sеcond-standard\"",
    );
    let err = refused(&f, &["check", "."]);
    assert!(
        err.contains("standards/02.json:2:9 at id: \"sеcond-standard\" is not a valid id"),
        "{err}"
    );
    assert!(
        err.contains("help: \"е\" (U+0435) is not an ASCII letter; use lowercase"),
        "{err}"
    );
    // A key differing only in case is not the key.
    let f = Fixture::copy("mini").edit(
        "standards/02.json",
        "\"title\": \"Second standard\"",
        "\"Title\": \"Second standard\"",
    );
    let err = refused(&f, &["check", "."]);
    assert!(
        err.contains("unknown field \"Title\"\n  help: did you mean \"title\"?"),
        "{err}"
    );
}

#[test]
fn listed_paths_that_leave_the_directory_or_cannot_be_names() {
    for (path, expect) in [
        (
            "../mini-revised/standards/02.json",
            "is not a relative path inside the framework directory",
        ),
        (
            "/etc/passwd",
            "is not a relative path inside the framework directory",
        ),
        ("standards/./02.json", ""),
        (
            "standards\\\\02.json",
            "is not a relative path inside the framework directory",
        ),
        (
            "standards/\\u0000.json",
            "is not a relative path inside the framework directory",
        ),
        ("standards/", "is a directory, not a file"),
        ("", "is not a relative path inside the framework directory"),
    ] {
        let f = Fixture::copy("mini").edit(
            "framework.json",
            "\"standards/02.json\"",
            &format!("\"{path}\""),
        );
        if expect.is_empty() {
            // `./` is a plain relative path to the same file.
            f.run(&["check", "."]).code(0);
            continue;
        }
        let err = refused(&f, &["check", "."]);
        assert!(
            err.contains("framework.json:14:5 at standards[1]: "),
            "{path}: {err}"
        );
        assert!(err.contains(expect), "{path}: {err}");
        assert!(!err.contains('\0'), "{path}: {err:?}");
    }
}

/// Thousands of errors in one file are all reported (how fast is measured by the
/// `many_errors` benchmark: each used to be placed by a scan from the start, and
/// 20,000 took three minutes).
#[test]
fn thousands_of_errors_in_one_file_are_all_reported() {
    let ops: Vec<String> = (0..10_000)
        .map(|_| {
            "{\"op\": \"retitel\", \"target\": \"1.1\", \"title\": \"x\", \"rationale\": \"y\"}"
                .to_string()
        })
        .collect();
    let f = Fixture::copy("mini-edition").edit(
        "edition.json",
        "\"operations\": [",
        &format!("\"operations\": [\n{},", ops.join(",\n")),
    );
    let err = refused(&f, &["check", "."]);
    assert_eq!(err.matches("found \"retitel\"").count(), 10_000);
    assert!(
        err.contains("edition.json:10016:8 at operations[9999].op: "),
        "{}",
        &err[err.len() - 400..]
    );
}
