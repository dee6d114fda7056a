//! A large framework: its standard files are read side by side, its
//! translations while it resolves, and its packs (over 5,000 criteria) are
//! built one after another: each pack's documents on one line of work, its XML
//! and CASE on the other, which then prepares the next pack and works out this
//! one's warnings.

use crate::build::snapshot;
use crate::{carecert, stderr_of, stdout_of};

/// A temporary folder holding, in `s`, a synthetic framework of `criteria`
/// criteria with its edition and French translation (`dev synth`).
fn synthetic(criteria: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    carecert()
        .current_dir(dir.path())
        .args([
            "dev",
            "synth",
            "--criteria",
            &criteria.to_string(),
            "--out",
            "s",
        ])
        .assert()
        .success();
    dir
}

#[test]
fn a_failure_in_a_large_pack_leaves_the_previous_pack_untouched() {
    // Over 5,000 criteria a pack's documents are written one after another,
    // beside the XML; a failure in either lane, or in the manifest, must still
    // leave the old pack.
    let dir = synthetic(5100);
    let build = |date: &str, fail: Option<usize>| {
        let mut c = carecert();
        c.current_dir(dir.path());
        if let Some(step) = fail {
            c.env("CARECERT_FAIL_AFTER_FILES", step.to_string());
        }
        c.args(["build", "s/edition", "--locales-dir", "s/locales"])
            .args(["--locale", "fr", "--outputs", "xml", "--outputs", "docx"])
            .args(["--documents", "standards", "--date", date, "--out", "out"])
            .assert()
    };
    build("2026-01-01", None).success();
    let before = snapshot(&dir.path().join("out"));
    for step in 0..3 {
        let assert = build("2026-02-01", Some(step)).code(2);
        assert!(
            stderr_of(&assert).contains("failure injected"),
            "{}",
            stderr_of(&assert)
        );
        assert_eq!(
            snapshot(&dir.path().join("out")),
            before,
            "step {step} changed the old pack"
        );
    }
    build("2026-02-01", Some(3)).success();
    assert_ne!(snapshot(&dir.path().join("out")), before);
}

#[test]
fn the_packs_of_a_large_framework_are_those_built_one_by_one() {
    // Two locales, so the French pack is localised while the English one's
    // documents are written; a stale French translation gives a warning that
    // must come with the French pack, as it does when it is built alone.
    let dir = synthetic(5100);
    let ftl = dir.path().join("s/locales/fr/synthetic.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let first = text.find("# source: ").unwrap() + "# source: ".len();
    let stale = format!("{}000000000000{}", &text[..first], &text[first + 12..]);
    std::fs::write(&ftl, stale).unwrap();
    let build = |out: &str, locales: &[&str]| {
        let mut c = carecert();
        c.current_dir(dir.path())
            .args(["build", "s/edition", "--locales-dir", "s/locales"])
            .args(["--date", "2026-01-01", "--out", out]);
        for l in locales {
            c.args(["--locale", l]);
        }
        c.assert().success()
    };
    let together = build("together", &[]);
    let english = build("alone", &["en-GB"]);
    let french = build("alone", &["fr"]);
    let together_err = stderr_of(&together);
    assert!(
        together_err.contains("warning[stale-translation]: 1 translation in fr was made from an older English text: 1.1a"),
        "{together_err}"
    );
    assert_eq!(
        together_err,
        format!("{}{}", stderr_of(&english), stderr_of(&french))
    );
    // Only a build with translations names where it read them, first.
    let french_out = stdout_of(&french);
    let (folders, french_built) = french_out.split_once('\n').unwrap();
    assert_eq!(
        stdout_of(&together).replace("together", "alone"),
        format!("{folders}\n{}{french_built}", stdout_of(&english))
    );
    // Each pack's warnings are its own.
    let json = carecert()
        .current_dir(dir.path())
        .args(["build", "s/edition", "--locales-dir", "s/locales"])
        .args(["--date", "2026-01-01", "--out", "json", "--format", "json"])
        .assert()
        .success();
    let packs: serde_json::Value = serde_json::from_str(&stdout_of(&json)).unwrap();
    let warnings = |i: usize| -> Vec<String> {
        packs[i]["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| format!("{} {}", packs[i]["locale"], w["code"]))
            .collect()
    };
    assert_eq!(warnings(0), Vec::<String>::new());
    assert_eq!(warnings(1), ["\"fr\" \"stale-translation\""]);
    let together = snapshot(&dir.path().join("together"));
    // Six files and a manifest in each pack, and the lock of the edition.
    assert_eq!(together.len(), 15, "{:?}", together.keys());
    assert_eq!(together, snapshot(&dir.path().join("alone")));
}

#[test]
fn the_errors_of_many_standard_files_read_side_by_side_come_all_at_once_in_order() {
    // 30 standard files: read in parallel. A file with bad JSON, a missing
    // one, an id used in two files and a bad value must each be reported,
    // every time in the same order, as when the files were read one by one.
    let dir = synthetic(3000);
    let standards = dir.path().join("s/framework/standards");
    let edit = |n: &str, from: &str, to: &str| {
        let p = standards.join(n);
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(text.contains(from), "{n}");
        std::fs::write(&p, text.replacen(from, to, 1)).unwrap();
    };
    assert_eq!(std::fs::read_dir(&standards).unwrap().count(), 30);
    edit("00003.json", "\"title\"", "\"title\" \"x\"");
    std::fs::remove_file(standards.join("00010.json")).unwrap();
    edit("00020.json", "\"id\": \"s20\"", "\"id\": \"s2\"");
    edit(
        "00027.json",
        "\"kind\": \"knowledge\"",
        "\"kind\": \"both\"",
    );
    let expected = "\
error[file-not-found]: framework.json:25:5 at standards[9]: the listed file \"standards/00010.json\" does not exist
  help: create the file, or correct or remove this entry
error[invalid-json]: standards/00003.json:4:11: invalid JSON: expected `:`
  help: check for a missing comma or quote, or a trailing comma, just before this position
error[duplicate-id]: standards/00020.json:2:9 at id: the id \"s2\" is used twice
  help: ids must be unique across the framework; first used at standards/00002.json:2:9
error[unknown-value]: standards/00027.json:20:19 at outcomes[0].criteria[0].kind: expected \"knowledge\" or \"performance\", found \"both\"
";
    for _ in 0..3 {
        let assert = carecert()
            .current_dir(dir.path().join("s/framework"))
            .args(["check", "."])
            .assert()
            .code(2);
        assert_eq!(stderr_of(&assert), expected);
        assert_eq!(stdout_of(&assert), "");
    }
}

#[test]
fn a_large_framework_read_with_its_translations_reports_what_a_small_one_does() {
    // Its translations are read while it resolves: a broken translation file
    // and a broken edition must still each be reported, the edition's error
    // alone and with nothing written, as for any framework.
    let dir = synthetic(5100);
    let ftl = dir.path().join("s/locales/fr/synthetic.ftl");
    let mut text = std::fs::read_to_string(&ftl).unwrap();
    let line = text.lines().count() + 1;
    text.push_str("broken = {\n");
    std::fs::write(&ftl, text).unwrap();
    let build = |out: &str| {
        carecert()
            .current_dir(dir.path())
            .args(["build", "s/edition", "--locales-dir", "s/locales"])
            .args(["--outputs", "xml", "--out", out])
            .assert()
    };
    let built = build("out").success();
    assert_eq!(
        stderr_of(&built),
        format!(
            "warning[ftl-syntax]: s/locales/fr/synthetic.ftl:{line}:11: invalid Fluent: Expected an inline expression\n  \
             help: fix the syntax; see https://projectfluent.org/fluent/guide/\n\
             1 translation problem: the texts concerned fell back to another language (see `carecert l10n status`)\n"
        )
    );
    let edition = dir.path().join("s/edition/edition.json");
    let text = std::fs::read_to_string(&edition).unwrap();
    let text = text.replacen("\"target\": \"s1-o1-c0\"", "\"target\": \"s1-o1-c99\"", 1);
    std::fs::write(&edition, text).unwrap();
    let failed = build("failed").code(2);
    assert_eq!(
        stderr_of(&failed),
        "error[missing-target]: s/edition/edition.json:115:17 at operations[0].target: there is no standard, outcome or criterion with the id \"s1-o1-c99\" in the base\n  \
         help: did you mean \"s1-o1-c9\"?\n"
    );
    assert_eq!(stdout_of(&failed), "");
    assert!(!dir.path().join("failed").exists());
}

/// A large framework's standards localised in two runs side by side are the
/// standards localised in one, counts and all, in a translated locale (with
/// fallbacks) and in the source one.
#[test]
fn a_large_framework_localised_on_two_threads_is_localised_as_on_one() {
    use carecert::l10n::{self, Catalog, LocaleRoot};
    let dir = synthetic(5_100);
    let s = dir.path().join("s");
    let stack = carecert::edition::open(&s.join("edition").display().to_string(), None).unwrap();
    let r = stack.resolve().unwrap().resolved;
    let root = LocaleRoot::Dir(s.join("locales"));
    let locales = ["fr".to_string(), "en-GB".to_string()];
    let catalog = Catalog::load(&root, &stack, &locales);
    for locale in &locales {
        let one = l10n::localise(&r, locale, &catalog);
        let two = l10n::localise_on_two(&r, locale, &catalog);
        assert!(one.fallbacks > 0 || locale == "en-GB", "{locale}");
        assert_eq!(
            (one.fallbacks, one.texts),
            (two.fallbacks, two.texts),
            "{locale}"
        );
        assert_eq!(format!("{one:?}"), format!("{two:?}"), "{locale}");
    }
}
