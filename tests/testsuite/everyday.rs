//! What every command shares: an example in each `--help`, `--quiet`, `--color`
//! and NO_COLOR, JSON output with a stable shape, and JSON errors in JSON mode.

use crate::golden::golden;
use crate::{COMMANDS, Fixture, carecert, stderr_of, stdout_of};
use serde_json::Value;
use std::collections::BTreeSet;

/// `COMMANDS` is every command `--help` lists, so the tests that go through it
/// cannot miss a new one.
#[test]
fn the_command_list_is_complete() {
    let listed = |words: &[&str]| -> Vec<String> {
        let help = stdout_of(&carecert().args(words).arg("--help").assert().success());
        let section = help.split("Commands:\n").nth(1).unwrap_or_default();
        section
            .lines()
            .take_while(|l| l.starts_with("  "))
            // A description too long for its line continues further indented.
            .filter(|l| !l.starts_with("   "))
            .filter_map(|l| l.split_whitespace().next())
            .filter(|name| *name != "help")
            .map(|name| {
                let mut full: Vec<&str> = words.to_vec();
                full.push(name);
                full.join(" ")
            })
            .collect()
    };
    let mut expected = listed(&[]);
    expected.extend(listed(&["l10n"]));
    expected.sort();
    let mut ours: Vec<String> = COMMANDS
        .iter()
        .filter(|w| !w.is_empty())
        .map(|w| w.join(" "))
        .collect();
    ours.sort();
    assert_eq!(ours, expected);
}

#[test]
fn every_help_shows_an_example_and_the_shared_flags() {
    for words in COMMANDS {
        let mut args: Vec<&str> = words.to_vec();
        args.push("--help");
        let out = stdout_of(&carecert().args(&args).assert().success());
        assert!(out.contains("Examples:\n  carecert"), "{words:?}:\n{out}");
        assert!(
            out.contains("--quiet") && out.contains("--color <WHEN>"),
            "{words:?}"
        );
    }
}

#[test]
fn the_shared_flags_go_before_or_after_the_command() {
    for args in [
        &["--quiet", "check"][..],
        &["check", "--quiet"],
        &["-q", "check"],
        &["check", "--color", "never", "-q"],
    ] {
        let out = stdout_of(&carecert().args(args).assert().success());
        assert_eq!(out, "", "{args:?}");
    }
}

#[test]
fn quiet_keeps_only_what_was_asked_for_and_problems() {
    let f = Fixture::copy("mini");
    // Status lines go; a build still builds.
    assert_eq!(
        stdout_of(&f.run(&["build", ".", "-q", "--out", "../out"]).success()),
        ""
    );
    let pack = f.root().join("out/mini/en-GB");
    assert!(pack.join("manifest.json").is_file());
    let pack = pack.to_str().unwrap();
    assert_eq!(stdout_of(&f.run(&["verify", pack, "-q"]).success()), "");
    assert_ne!(stdout_of(&f.run(&["verify", pack]).success()), "");
    // The data a command was asked for is not a status line; its summary is.
    assert!(stdout_of(&f.run(&["show", ".", "-q"]).success()).contains("1.1a"));
    let diff = stdout_of(&f.run(&["diff", ".", "../mini-revised", "-q"]).success());
    assert!(
        diff.contains("1.1a") && !diff.contains(" added, "),
        "{diff}"
    );
    let full = stdout_of(&f.run(&["diff", ".", "../mini-revised"]).success());
    assert!(full.contains(" added, "), "{full}");
    // A locale that fails `--require-complete` is still shown.
    let status = [
        "l10n",
        "status",
        ".",
        "--locale",
        "pt",
        "--locales-dir",
        "../mini-locales",
    ];
    let out = stdout_of(
        &f.run(&[&status[..], &["-q", "--require-complete"]].concat())
            .code(1),
    );
    assert!(out.starts_with("pt: ") && out.contains("missing"), "{out}");
    assert_eq!(
        stdout_of(&f.run(&[&status[..], &["-q"]].concat()).success()),
        ""
    );
    // Problems are still printed.
    let out = stdout_of(&Fixture::drifted().run(&["check", ".", "-q"]).code(1));
    assert!(out.starts_with("warning[drift]: edition.json:17:"), "{out}");
    assert!(!out.contains("criteria"), "no summary: {out}");
    let out = stdout_of(
        &f.run(&[
            "new",
            "../kenya",
            "--country",
            "KE",
            "--locale",
            "en-KE",
            "-q",
        ])
        .success(),
    );
    assert_eq!(out, "");
    assert!(f.root().join("kenya/edition.json").is_file());
}

#[test]
fn no_escape_sequences_with_no_color_or_color_never() {
    let f = Fixture::copy("mini-edition");
    let runs: &[&[&str]] = &[
        &["check", "."],
        &["check", "nope"],
        &["diff", "../mini", "."],
        &["show", "."],
        &["l10n", "status", ".", "--locales-dir", "../mini-locales"],
        &["rebase", ".", "--onto", "../mini-revised"],
        &["build", "nope"],
    ];
    for args in runs {
        for extra in [&[][..], &["--color", "never"]] {
            let mut cmd = carecert();
            cmd.current_dir(f.path()).args(*args).args(extra);
            let out = cmd.output().unwrap();
            for stream in [&out.stdout, &out.stderr] {
                assert!(!stream.contains(&0x1b), "{args:?} {extra:?}");
            }
        }
    }
    // Colour is there to be turned off: asked for, errors and diffs have it.
    let err = stderr_of(&f.run(&["check", "nope", "--color", "always"]).code(2));
    assert!(
        err.starts_with("\x1b[1;31merror[framework-not-found]\x1b[0m: "),
        "{err:?}"
    );
    let out = stdout_of(
        &f.run(&["diff", "../mini", ".", "--color", "always"])
            .success(),
    );
    assert!(out.contains('\x1b'));
    // NO_COLOR does not override an explicit --color always.
    let mut cmd = carecert();
    cmd.env("NO_COLOR", "1")
        .args(["check", "nope", "--color", "always"]);
    assert!(cmd.output().unwrap().stderr.starts_with(b"\x1b["));
}

/// Every failure in JSON mode is one JSON document on stderr, nothing on stdout.
#[test]
fn errors_are_json_in_json_mode() {
    let f = Fixture::copy("mini-edition");
    let runs: &[(&[&str], &str)] = &[
        (
            &["show", "./nope", "--format", "json"],
            "framework-not-found",
        ),
        (&["show", ".", "9.9z", "--format", "json"], "unknown-node"),
        (
            &["check", "nope", "--format", "json"],
            "framework-not-found",
        ),
        (
            &["diff", ".", "nope", "--format", "json"],
            "framework-not-found",
        ),
        (
            &["build", "nope", "--format", "json"],
            "framework-not-found",
        ),
        (
            &["verify", "nowhere", "--format", "json"],
            "file-unreadable",
        ),
        (
            &["rebase", ".", "--onto", "nope", "--format", "json"],
            "base-not-found",
        ),
        (
            &["l10n", "status", ".", "--locale", "x_y", "--format", "json"],
            "bad-locale",
        ),
        (
            &[
                "l10n", "export", "--locale", "x_y", "--out", "x.xlf", "--format", "json",
            ],
            "bad-locale",
        ),
        (
            &["l10n", "import", "missing.xlf", "--format", "json"],
            "file-unreadable",
        ),
        (
            &[
                "new",
                "../k",
                "--country",
                "kenya",
                "--locale",
                "en-KE",
                "--format",
                "json",
            ],
            "bad-country",
        ),
        (&["check", "--format", "json", "--bogus"], "bad-usage"),
        (
            &["build", "--format=json", "--documents", "poster"],
            "bad-usage",
        ),
    ];
    for (args, code) in runs {
        let a = f.run(args).code(2);
        assert_eq!(stdout_of(&a), "", "{args:?}");
        let err: Value = serde_json::from_str(&stderr_of(&a))
            .unwrap_or_else(|e| panic!("{args:?}: stderr is not JSON: {e}"));
        assert_eq!(err["errors"][0]["code"], *code, "{args:?}: {err}");
        assert_eq!(err["errors"][0]["severity"], "error");
        assert!(err["errors"][0]["message"].is_string());
    }
    // A file error carries the same position fields as the text form.
    let bad = Fixture::copy("mini").edit("standards/01.json", "\"code\": \"1.1a\"", "\"code\": 7");
    let err: Value = serde_json::from_str(&stderr_of(
        &bad.run(&["check", ".", "--format", "json"]).code(2),
    ))
    .unwrap();
    let e = &err["errors"][0];
    assert_eq!(e["file"], "standards/01.json");
    assert!(
        e["line"].is_u64() && e["column"].is_u64() && e["path"].is_string(),
        "{e}"
    );
}

/// The shape of a JSON document: every path with the types found there, arrays
/// merged, so a snapshot catches renamed, dropped or retyped fields without
/// depending on the data.
fn shape(v: &Value) -> BTreeSet<String> {
    fn walk(v: &Value, path: &str, out: &mut BTreeSet<String>) {
        match v {
            Value::Object(map) => {
                if map.is_empty() {
                    out.insert(format!("{path}: {{}}"));
                }
                for (k, v) in map {
                    // Maps keyed by data (locales, ids) would make the shape the data.
                    let key = if k.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                        k.as_str()
                    } else {
                        "<key>"
                    };
                    walk(v, &format!("{path}.{key}"), out);
                }
            }
            Value::Array(items) => {
                if items.is_empty() {
                    out.insert(format!("{path}[]: empty"));
                }
                for item in items {
                    walk(item, &format!("{path}[]"), out);
                }
            }
            Value::String(_) => drop(out.insert(format!("{path}: string"))),
            Value::Number(_) => drop(out.insert(format!("{path}: number"))),
            Value::Bool(_) => drop(out.insert(format!("{path}: bool"))),
            Value::Null => drop(out.insert(format!("{path}: null"))),
        }
    }
    let mut out = BTreeSet::new();
    walk(v, "", &mut out);
    out
}

#[test]
fn json_shapes_of_every_command() {
    let f = Fixture::copy("mini-edition");
    let out = f.root().join("out");
    let out = out.to_str().unwrap();
    let pack = format!("{out}/mini-india/en-IN");
    let xlf = f.root().join("hi.xlf");
    let xlf = xlf.to_str().unwrap();
    let l10n = ["--locales-dir", "../mini-locales"];
    let runs: Vec<(&str, Vec<&str>, i32)> = vec![
        ("show", vec!["show", ".", "--format", "json"], 0),
        ("show NODE", vec!["show", ".", "1.1", "--format", "json"], 0),
        ("check", vec!["check", "../mini", "--format", "json"], 0),
        ("diff", vec!["diff", "../mini", ".", "--format", "json"], 0),
        (
            "build",
            vec!["build", ".", "--out", out, "--format", "json"],
            0,
        ),
        ("verify", vec!["verify", &pack, "--format", "json"], 0),
        (
            "rebase",
            vec![
                "rebase",
                ".",
                "--onto",
                "../mini-revised",
                "--format",
                "json",
            ],
            1,
        ),
        (
            "l10n status",
            [&["l10n", "status", ".", "--format", "json"][..], &l10n].concat(),
            0,
        ),
        (
            "l10n export",
            [
                &[
                    "l10n", "export", ".", "--locale", "hi-IN", "--out", xlf, "--all", "--format",
                    "json",
                ][..],
                &l10n,
            ]
            .concat(),
            0,
        ),
        (
            "l10n import",
            [
                &["l10n", "import", xlf, ".", "--dry-run", "--format", "json"][..],
                &l10n,
            ]
            .concat(),
            0,
        ),
        (
            "l10n template",
            vec![
                "l10n",
                "template",
                ".",
                "--out",
                "../template",
                "--format",
                "json",
            ],
            0,
        ),
        (
            "new",
            vec![
                "new",
                "../kenya",
                "--country",
                "KE",
                "--locale",
                "en-KE",
                "--format",
                "json",
            ],
            0,
        ),
        ("list", vec!["list", "--format", "json"], 0),
        ("init", vec!["init", "../ws", "--format", "json"], 0),
        ("errors", vec!["check", "nope", "--format", "json"], 2),
        (
            "review",
            vec![
                "review",
                "decisions.json",
                "--edition",
                ".",
                "--format",
                "json",
            ],
            0,
        ),
    ];
    std::fs::write(
        f.file("decisions.json"),
        r#"{"format": "carecert review decisions 1", "edition": "mini-india", "base": "mini", "reviewer": "R",
           "decisions": [{"key": "added:family-involvement", "decision": "query", "comment": "Why?"},
                         {"key": "moved:gone", "decision": "accepted"}]}"#,
    )
    .unwrap();
    let mut snapshot = String::new();
    let drifted = Fixture::drifted();
    let findings = (
        "check (findings)",
        vec!["check", ".", "--format", "json"],
        1,
    );
    for (name, args, code) in runs.into_iter().chain([findings]) {
        let fixture = if name == "check (findings)" {
            &drifted
        } else {
            &f
        };
        let output = fixture.run(&args).get_output().clone();
        assert_eq!(output.status.code(), Some(code), "{name}: {output:?}");
        let stream = if code == 2 {
            output.stderr
        } else {
            output.stdout
        };
        let text = String::from_utf8_lossy(&stream);
        let v: Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{name}: not JSON ({e}):\n{text}"));
        snapshot.push_str(&format!("## {name}\n"));
        for line in shape(&v) {
            snapshot.push_str(&line);
            snapshot.push('\n');
        }
        snapshot.push('\n');
    }
    golden("json-shapes.txt", &snapshot);
}

/// Every field of every command's JSON, as the shape snapshot records it, is named
/// in `docs/json.md` in backticks, so a new field cannot go undocumented: adding
/// one changes the snapshot, and this test then asks for its documentation.
#[test]
fn every_json_field_is_documented() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |rel: &str| {
        std::fs::read_to_string(root.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    };
    let shapes = read("tests/golden/json-shapes.txt");
    let docs = read("docs/json.md");
    let mut section = String::new();
    let mut sections = 0;
    let mut checked = 0;
    let mut undocumented = BTreeSet::new();
    for line in shapes.lines() {
        if let Some(name) = line.strip_prefix("## ") {
            section = name.to_string();
            sections += 1;
            continue;
        }
        // `.a[].b: type`: the field is the last segment that names one.
        let Some((path, _type)) = line.rsplit_once(": ") else {
            continue;
        };
        let Some(field) = path
            .split('.')
            .map(|s| s.trim_end_matches("[]"))
            .rfind(|s| !s.is_empty() && *s != "<key>")
        else {
            continue;
        };
        checked += 1;
        if !docs.contains(&format!("`{field}`")) {
            undocumented.insert(format!("{section}: `{field}` ({path})"));
        }
    }
    assert!(
        sections >= 10 && checked > 100,
        "the snapshot looks empty: {sections} commands, {checked} fields"
    );
    assert!(
        undocumented.is_empty(),
        "fields missing from docs/json.md (name each in backticks):\n{}",
        undocumented.into_iter().collect::<Vec<_>>().join("\n")
    );
}
