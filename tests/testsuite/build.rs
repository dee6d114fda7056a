//! `carecert build` and `carecert verify`: packs, determinism, atomicity, safety.

use crate::{Fixture, carecert, stderr_of, stdout_of};
use std::collections::BTreeMap;
use std::path::Path;

pub(crate) fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for entry in walk(dir) {
        let rel = entry.strip_prefix(dir).unwrap().display().to_string();
        out.insert(rel, std::fs::read(&entry).unwrap());
    }
    out
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files.extend(walk(&p));
        } else {
            files.push(p);
        }
    }
    files.sort();
    files
}

#[test]
fn default_build_writes_the_english_base_pack() {
    let dir = tempfile::tempdir().unwrap();
    let assert = carecert()
        .current_dir(dir.path())
        .arg("build")
        .assert()
        .success();
    assert_eq!(
        stdout_of(&assert),
        "built out/care-certificate-2015/en-GB (6 files and a manifest, 0 fallbacks)\n"
    );
    let pack = dir.path().join("out/care-certificate-2015/en-GB");
    let files: Vec<String> = snapshot(&pack).into_keys().collect();
    assert_eq!(
        files,
        [
            "assessor-record.docx",
            "case.json",
            "certificate.docx",
            "curriculum.xml",
            "learner-workbook.docx",
            "manifest.json",
            "standards.docx"
        ]
    );
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(pack.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["edition"], "care-certificate-2015");
    assert_eq!(manifest["locale"], "en-GB");
    assert!(
        manifest.get("date").is_none(),
        "no date unless one is given"
    );
    assert_eq!(manifest["files"].as_array().unwrap().len(), 6);
    carecert()
        .current_dir(dir.path())
        .args(["verify", "out/care-certificate-2015/en-GB"])
        .assert()
        .success();
}

#[test]
fn rebuilds_are_byte_identical_and_dates_come_only_from_the_environment() {
    let f = Fixture::copy("mini-edition");
    f.run(&["build", ".", "--out", "../a"]).success();
    f.run(&["build", ".", "--out", "../b"]).success();
    assert_eq!(snapshot(&f.root().join("a")), snapshot(&f.root().join("b")));
    let assert = carecert()
        .current_dir(f.path())
        .env("SOURCE_DATE_EPOCH", "1764028800")
        .args(["build", ".", "--out", "../c"])
        .assert()
        .success();
    drop(assert);
    let case = std::fs::read_to_string(f.root().join("c/mini-india/en-IN/case.json")).unwrap();
    assert!(case.contains("\"lastChangeDateTime\": \"2025-11-25T00:00:00Z\""));
    let manifest =
        std::fs::read_to_string(f.root().join("c/mini-india/en-IN/manifest.json")).unwrap();
    assert!(manifest.contains("\"date\": \"2025-11-25T00:00:00Z\""));
}

#[test]
fn edition_packs_carry_provenance_fallbacks_and_links_to_the_base() {
    let f = Fixture::copy("mini-edition");
    f.run(&["build", ".", "--out", "../out"]).success();
    let xml =
        std::fs::read_to_string(f.root().join("out/mini-india/hi-IN/curriculum.xml")).unwrap();
    assert!(
        xml.contains("<pack xmlns=\"urn:carecert:pack:1\" xml:lang=\"hi-IN\""),
        "{xml}"
    );
    assert!(xml.contains("<term id=\"-regulator\" kind=\"regulator\" layer=\"mini-india\" jurisdiction=\"IN\">राज्य स्वास्थ्य विभाग</term>"));
    assert!(xml.contains("<title xml:lang=\"en-GB\" fallback=\"true\">First standard</title>"));
    // A fallback sentence uses the source-language value of its terms.
    assert!(xml.contains("<text xml:lang=\"en-GB\" fallback=\"true\">Describe what the State Health Department checks when it visits.</text>"));
    assert!(xml.contains("<provenance layer=\"mini-india\" operation=\"1\" op=\"retitle\">\n          <rationale>Clearer for Indian learners.</rationale>"));
    let case: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(f.root().join("out/mini-india/en-IN/case.json")).unwrap(),
    )
    .unwrap();
    let kinds: Vec<&str> = case["CFAssociations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["associationType"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"isChildOf")
            && kinds.contains(&"exactMatchOf")
            && kinds.contains(&"isRelatedTo"),
        "{kinds:?}"
    );
    assert_eq!(case["CFDocument"]["caseVersion"], "1.1");
}

#[test]
fn a_failure_mid_build_leaves_the_previous_pack_untouched() {
    let f = Fixture::copy("mini-edition");
    f.run(&["build", ".", "--out", "../out"]).success();
    let before = snapshot(&f.root().join("out"));
    // Change the edition so a rebuild would differ, then fail at each write step.
    let f = f.edit(
        "edition.json",
        "Clearer for Indian learners.",
        "Clearer still.",
    );
    // Six files and the manifest per pack: fail in each of the seven writes,
    // and check the eighth step really is past the end.
    for step in 0..7 {
        let assert = carecert()
            .current_dir(f.path())
            .env("CARECERT_FAIL_AFTER_FILES", step.to_string())
            .args(["build", ".", "--out", "../out"])
            .assert()
            .code(2);
        assert!(
            stderr_of(&assert).contains("failure injected"),
            "{}",
            stderr_of(&assert)
        );
        assert_eq!(
            snapshot(&f.root().join("out")),
            before,
            "step {step} changed the old pack"
        );
    }
    carecert()
        .current_dir(f.path())
        .env("CARECERT_FAIL_AFTER_FILES", "7")
        .args(["build", ".", "--out", "../out"])
        .assert()
        .success();
}

#[test]
fn a_format_named_twice_is_written_once() {
    let dir = tempfile::tempdir().unwrap();
    let assert = carecert()
        .current_dir(dir.path())
        .args(["build", "--outputs", "xml", "--outputs", "xml"])
        .assert()
        .success();
    assert_eq!(
        stdout_of(&assert),
        "built out/care-certificate-2015/en-GB (1 file and a manifest, 0 fallbacks)\n"
    );
    let pack = dir.path().join("out/care-certificate-2015/en-GB");
    carecert().arg("verify").arg(&pack).assert().success();
}

#[test]
fn a_bad_input_writes_nothing() {
    let f = Fixture::copy("mini-edition").edit(
        "edition.json",
        "\"target\": \"2.1a\"",
        "\"target\": \"2.9z\"",
    );
    f.run(&["build", ".", "--out", "../out"]).code(2);
    assert!(!f.root().join("out").exists());
}

#[test]
fn path_traversal_locales_are_refused() {
    let f = Fixture::copy("mini-edition");
    let assert = f
        .run(&["build", ".", "--locale", "../../etc", "--out", "../out"])
        .code(2);
    assert!(
        stderr_of(&assert).contains("error[bad-locale]: \"../../etc\" is not a BCP 47 locale tag")
    );
    assert!(!f.root().join("out").exists());
}

#[test]
fn verify_reports_changed_missing_and_unlisted_files() {
    let f = Fixture::copy("mini-edition");
    f.run(&["build", ".", "--out", "../out", "--locale", "en-IN"])
        .success();
    let pack = f.root().join("out/mini-india/en-IN");
    std::fs::write(pack.join("case.json"), b"{}").unwrap();
    std::fs::remove_file(pack.join("curriculum.xml")).unwrap();
    std::fs::write(pack.join("extra.txt"), b"x").unwrap();
    let out = stdout_of(&carecert().arg("verify").arg(&pack).assert().code(1));
    assert_eq!(
        out,
        "changed: case.json\nmissing: curriculum.xml\nnot in the manifest: extra.txt\n4 files ok, 1 changed, 1 missing, 1 not in the manifest\n"
    );
}

#[test]
fn concurrent_builds_into_one_out_leave_whole_packs() {
    let f = Fixture::copy("mini-edition");
    let runs: Vec<_> = (0..4)
        .map(|i| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("carecert"))
                .current_dir(f.path())
                .env(
                    "SOURCE_DATE_EPOCH",
                    (1_764_028_800 + i * 86_400).to_string(),
                )
                .args(["build", ".", "--out", "../out", "--quiet"])
                .spawn()
                .unwrap()
        })
        .collect();
    for mut r in runs {
        assert!(r.wait().unwrap().success());
    }
    for locale in ["en-IN", "hi-IN"] {
        let pack = f.root().join("out/mini-india").join(locale);
        carecert().arg("verify").arg(&pack).assert().success();
    }
    // No staging or set-aside directories are left behind.
    let leftovers: Vec<String> = std::fs::read_dir(f.root().join("out/mini-india"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".new-") || n.contains(".old-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// The command line refuses a locale that is not a tag before building; the
/// library, which other programs may call, still refuses one that would leave the
/// output directory.
#[test]
fn the_library_refuses_a_pack_directory_outside_out() {
    use carecert::build::{BuildOptions, Format, build, load_targets};
    let out = tempfile::tempdir().unwrap();
    let targets = load_targets(&["care-certificate-2015".to_string()]).unwrap();
    let locales = ["../escape".to_string()];
    let opts = BuildOptions {
        out: out.path(),
        locales: &locales,
        pick_by_locale: false,
        formats: &[Format::Xml],
        documents: &[],
        date: None,
    };
    let root = carecert::l10n::LocaleRoot::choose(None);
    let errors = build(&targets, &opts, &root, &|_, _| {}).unwrap_err();
    assert_eq!(errors.0[0].code, "bad-path-component", "{errors}");
    assert!(
        errors.0[0]
            .message
            .contains("\"../escape\" cannot be used as a directory name")
    );
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 0);
    assert!(!out.path().parent().unwrap().join("escape").exists());
}

/// A translation file that cannot be used does not stop a build, but it is not
/// silent either: a warning on stderr (even with --quiet), and in the JSON report.
#[test]
fn broken_translation_files_are_reported_by_build() {
    let f = Fixture::copy("mini");
    let args = [
        "build",
        ".",
        "--locale",
        "ar",
        "--locales-dir",
        "../mini-locales",
    ];
    let a = f
        .run(&[&args[..], &["--out", "../out", "-q"]].concat())
        .success();
    assert_eq!(stdout_of(&a), "");
    assert_eq!(
        stderr_of(&a),
        "warning[ftl-syntax]: ../mini-locales/ar/bad.ftl:1:22: invalid Fluent: Expected a token starting with \"}\"\n  help: fix the syntax; see https://projectfluent.org/fluent/guide/\n1 translation problem: the texts concerned fell back to another language (see `carecert l10n status`)\n"
    );
    let a = f
        .run(&[&args[..], &["--out", "../out2", "--format", "json"]].concat())
        .success();
    assert_eq!(stderr_of(&a), "");
    let report: serde_json::Value = serde_json::from_str(&stdout_of(&a)).unwrap();
    let w = &report[0]["warnings"][0];
    assert_eq!(w["code"], "ftl-syntax");
    assert_eq!(w["severity"], "warning");
    assert_eq!(w["file"], "../mini-locales/ar/bad.ftl");
    // A clean locale has none.
    let a = f
        .run(&["build", ".", "--out", "../out3", "--format", "json"])
        .success();
    let report: serde_json::Value = serde_json::from_str(&stdout_of(&a)).unwrap();
    assert_eq!(report[0]["warnings"], serde_json::json!([]));
}

/// An edition operation left out because its base text changed would otherwise
/// be missing from the pack without a word: the build says so.
#[test]
fn drifted_operations_are_reported_by_build() {
    let f = Fixture::drifted();
    let a = f
        .run(&["build", ".", "--locale", "en-IN", "--out", "../out", "-q"])
        .success();
    let err = stderr_of(&a);
    assert!(
        err.starts_with("warning[drift]: edition.json:17:129 at operations[0].fingerprint: the base text of 1.1a (first-knowledge) changed since this replace-text was written; the operation was not applied\n"),
        "{err}"
    );
    assert!(
        err.ends_with("1 edition operation not applied (drift): the packs have the base text there (see `carecert check`, then `carecert rebase`)\n"),
        "{err}"
    );
    let a = f
        .run(&[
            "build", ".", "--locale", "en-IN", "--out", "../out2", "--format", "json",
        ])
        .success();
    let report: serde_json::Value = serde_json::from_str(&stdout_of(&a)).unwrap();
    assert_eq!(report[0]["warnings"][0]["code"], "drift");
}

/// A translation made from an older English text is still used in the pack, and
/// the build says which.
#[test]
fn stale_translations_are_reported_by_build() {
    let f = Fixture::copy("mini");
    let args = [
        "build",
        ".",
        "--locale",
        "pt-BR",
        "--locales-dir",
        "../mini-locales",
    ];
    let a = f
        .run(&[&args[..], &["--out", "../out", "-q"]].concat())
        .success();
    assert_eq!(
        stderr_of(&a),
        "warning[stale-translation]: 1 translation in pt-BR was made from an older English text: 1.1\n  help: run `carecert l10n status --locale pt-BR` to see what changed, then update them\n"
    );
}
