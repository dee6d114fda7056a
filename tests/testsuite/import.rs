//! `l10n import`: nothing lost, nothing hidden.
//!
//! An import changes exactly the parts of the messages it carries, keeps every
//! other byte of the `.ftl` files, says when a message stays stale, writes all
//! its files or none, and refuses a file that is not well-formed or consistent as
//! a whole. The bad-input catalogue (cases 130–159) holds the refusals; these
//! tests drive whole workflows on the real translations and on the fixtures.

use crate::{Fixture, carecert, stderr_of, stdout_of};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const HI: &str = "locales/hi/care-certificate-2015.ftl";

/// A scratch project holding a copy of the repository's `locales/`.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"),
        &dir.path().join("locales"),
    );
    dir
}

fn copy_dir(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).unwrap();
    for entry in std::fs::read_dir(src).unwrap() {
        let entry = entry.unwrap();
        let to = dst.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &to);
        } else {
            std::fs::copy(entry.path(), to).unwrap();
        }
    }
}

/// Every file under `root`, path → bytes.
fn files(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                out.insert(
                    path.strip_prefix(root).unwrap().to_path_buf(),
                    std::fs::read(&path).unwrap(),
                );
            }
        }
    }
    out
}

fn run(dir: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    carecert().current_dir(dir).args(args).assert()
}

/// `carecert l10n export --locale hi --all` in `dir`: every unit, no targets.
fn export_all(dir: &Path) -> String {
    run(
        dir,
        &[
            "l10n", "export", "--locale", "hi", "--all", "--out", "hi.xlf",
        ],
    )
    .success();
    std::fs::read_to_string(dir.join("hi.xlf")).unwrap()
}

/// `xlf` with `target` put into segment `segment` of unit `unit`.
fn translate(xlf: &str, unit: &str, segment: &str, target: &str) -> String {
    let at = xlf.find(&format!("<unit id=\"{unit}\"")).unwrap();
    let seg = at
        + xlf[at..]
            .find(&format!("<segment id=\"{segment}\">"))
            .unwrap();
    let end = seg + xlf[seg..].find("</source>").unwrap() + "</source>".len();
    format!("{}<target>{target}</target>{}", &xlf[..end], &xlf[end..])
}

/// The lines of `after` that differ from `before`, as `(before, after)`, when
/// both have the same number of lines.
fn changed_lines(before: &str, after: &str) -> Vec<(String, String)> {
    assert_eq!(before.lines().count(), after.lines().count(), "{after}");
    before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

/// The reproduction: a unit whose only target is the standard's title
/// changes that line and nothing else; the seven `.ref-*` attributes stay.
#[test]
fn a_partial_import_changes_only_the_part_it_carries() {
    let dir = project();
    let before = files(dir.path());
    let xlf = translate(
        &export_all(dir.path()),
        "understand-your-role",
        "value",
        "अपनी भूमिका समझें",
    );
    std::fs::write(dir.path().join("hi.xlf"), xlf).unwrap();
    let out = stdout_of(&run(dir.path(), &["l10n", "import", "hi.xlf"]).success());
    assert_eq!(
        out,
        format!("imported 1 unit into {HI}; 0 refused, 274 untranslated\n")
    );
    let after = files(dir.path());
    for (path, bytes) in &before {
        if path != Path::new(HI) {
            assert_eq!(Some(bytes), after.get(path), "{} changed", path.display());
        }
    }
    let old = String::from_utf8(before[Path::new(HI)].clone()).unwrap();
    let new = String::from_utf8(after[Path::new(HI)].clone()).unwrap();
    assert_eq!(
        changed_lines(&old, &new),
        [(
            "understand-your-role = अपनी भूमिका को समझें".to_string(),
            "understand-your-role = अपनी भूमिका समझें".to_string()
        )]
    );
    // Nothing stale or missing is left.
    let status = stdout_of(&run(dir.path(), &["l10n", "status", "--locale", "hi"]).success());
    assert!(status.contains(" 0 missing, 0 stale,"), "{status}");
}

/// A unit with an empty value target but a translated attribute imports the
/// attribute and keeps the value.
#[test]
fn an_attribute_alone_is_imported_and_the_value_kept() {
    let dir = project();
    let old = std::fs::read_to_string(dir.path().join(HI)).unwrap();
    let xlf = export_all(dir.path());
    let xlf = translate(&xlf, "understand-your-role", "value", "");
    let xlf = translate(&xlf, "understand-your-role", "ref-regulator", "नियामक।");
    std::fs::write(dir.path().join("hi.xlf"), xlf).unwrap();
    run(dir.path(), &["l10n", "import", "hi.xlf"]).success();
    let new = std::fs::read_to_string(dir.path().join(HI)).unwrap();
    let changed = changed_lines(&old, &new);
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert_eq!(changed[0].1, "    .ref-regulator = नियामक।");
}

/// Over a stale translation, a partial import keeps the old fingerprint, so the
/// kept parts are not passed off as fresh, and says so; a full import then
/// records the English of now.
#[test]
fn a_partial_import_over_a_stale_translation_stays_stale_and_says_so() {
    let dir = project();
    let path = dir.path().join(HI);
    let stale = std::fs::read_to_string(&path).unwrap().replacen(
        "# source: c07afafe75dc",
        "# source: 0123456789ab",
        1,
    );
    std::fs::write(&path, &stale).unwrap();
    let all = export_all(dir.path());
    let xlf = translate(&all, "understand-your-role", "value", "अपनी भूमिका समझें");
    std::fs::write(dir.path().join("hi.xlf"), &xlf).unwrap();
    let out = stdout_of(&run(dir.path(), &["l10n", "import", "hi.xlf"]).success());
    assert!(
        out.starts_with("still stale understand-your-role: value imported; 7 attributes still translate older English; export again to update them\n"),
        "{out}"
    );
    let json: Value = serde_json::from_str(&stdout_of(
        &run(
            dir.path(),
            &["l10n", "import", "hi.xlf", "--dry-run", "--format", "json"],
        )
        .success(),
    ))
    .unwrap();
    assert_eq!(json["still_stale"][0]["id"], "understand-your-role");
    assert_eq!(
        json["still_stale"][0]["imported"],
        serde_json::json!(["value"])
    );
    assert_eq!(json["still_stale"][0]["stale"].as_array().unwrap().len(), 7);
    let new = std::fs::read_to_string(&path).unwrap();
    assert!(new.contains("# source: 0123456789ab\n# en-GB: Understand your role\nunderstand-your-role = अपनी भूमिका समझें\n"), "{new}");
    let status = stdout_of(&run(dir.path(), &["l10n", "status", "--locale", "hi"]).success());
    assert!(status.contains(", 1 stale,"), "{status}");

    // Every part translated: the message is up to date.
    let mut full = translate(&all, "understand-your-role", "value", "अपनी भूमिका समझें");
    for part in [
        "ref-health-service",
        "ref-code-of-conduct",
        "ref-whistleblowing-law",
        "ref-regulator",
        "ref-regulated-activities-regulations",
        "ref-equality-act",
        "ref-health-and-safety-act",
    ] {
        full = translate(&full, "understand-your-role", part, "नया पाठ।");
    }
    std::fs::write(dir.path().join("hi.xlf"), &full).unwrap();
    let out = stdout_of(&run(dir.path(), &["l10n", "import", "hi.xlf"]).success());
    assert!(!out.contains("still stale"), "{out}");
    let new = std::fs::read_to_string(&path).unwrap();
    assert!(new.contains("# source: c07afafe75dc\n# en-GB: Understand your role\nunderstand-your-role = अपनी भूमिका समझें\n"), "{new}");
    // Nothing stale or missing is left.
    let status = stdout_of(&run(dir.path(), &["l10n", "status", "--locale", "hi"]).success());
    assert!(status.contains(" 0 missing, 0 stale,"), "{status}");
}

/// With no `./locales` and no `--locales-dir`, one error up front says how to
/// get a folder to write into; nothing is written.
#[test]
fn an_import_with_nowhere_to_write_says_how_to_get_a_folder() {
    let dir = project();
    let xlf = translate(
        &export_all(dir.path()),
        "understand-your-role",
        "value",
        "भूमिका",
    );
    let away = tempfile::tempdir().unwrap();
    std::fs::write(away.path().join("hi.xlf"), xlf).unwrap();
    let assert = run(
        away.path(),
        &["l10n", "import", "hi.xlf", "--format", "json"],
    )
    .code(2);
    let err: Value = serde_json::from_str(&stderr_of(&assert)).unwrap();
    assert_eq!(err["errors"][0]["code"], "no-locales-dir", "{err}");
    assert!(
        err["errors"][0]["help"]
            .as_str()
            .unwrap()
            .contains("mkdir locales"),
        "{err}"
    );
    assert!(
        err["errors"][0]["help"]
            .as_str()
            .unwrap()
            .contains("--locales-dir DIR"),
        "{err}"
    );
    assert_eq!(
        err["errors"].as_array().unwrap().len(),
        1,
        "one error, not one per unit"
    );
    assert_eq!(files(away.path()).len(), 1, "only hi.xlf");

    // The help works: an empty locales/ gets a file with only the imported message.
    std::fs::create_dir(away.path().join("locales")).unwrap();
    run(away.path(), &["l10n", "import", "hi.xlf"]).success();
    let new = std::fs::read_to_string(away.path().join(HI)).unwrap();
    assert_eq!(
        new,
        "# source: c07afafe75dc\n# en-GB: Understand your role\nunderstand-your-role = भूमिका\n"
    );

    // A --locales-dir that does not exist is not created.
    let assert = run(
        away.path(),
        &["l10n", "import", "hi.xlf", "--locales-dir", "locale"],
    )
    .code(2);
    let err = stderr_of(&assert);
    assert!(
        err.contains("error[no-locales-dir]: the locales directory locale does not exist"),
        "{err}"
    );
    assert!(!away.path().join("locale").exists());
}

/// An edition's import writes two files (the base's and the edition's); a
/// failure while writing the second leaves both as they were.
#[test]
fn an_import_into_two_files_writes_both_or_neither() {
    let f = Fixture::copy("mini-edition");
    std::fs::create_dir_all(f.root().join("locales")).unwrap();
    let xlf = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en-GB\" trgLang=\"hi-IN\">\n  <file id=\"mini\">\n    <unit id=\"second-standard\">\n      <notes><note category=\"source-fingerprint\">0e3d4b1bb8b3</note></notes>\n      <segment id=\"value\"><source>Second standard</source><target>दूसरा मानक</target></segment>\n    </unit>\n  </file>\n  <file id=\"mini-india\">\n    <unit id=\"family-decisions\">\n      <notes><note category=\"source-fingerprint\">FP</note></notes>\n      <segment id=\"value\"><source>Describe how families take part in care decisions.</source><target>परिवार।</target></segment>\n    </unit>\n  </file>\n</xliff>\n";
    // The fingerprints of now, from an export.
    f.run(&[
        "l10n",
        "export",
        ".",
        "--locale",
        "hi-IN",
        "--all",
        "--out",
        "../all.xlf",
        "--locales-dir",
        "../locales",
    ])
    .success();
    let all = std::fs::read_to_string(f.root().join("all.xlf")).unwrap();
    let fingerprint = |id: &str| {
        let at = all.find(&format!("<unit id=\"{id}\"")).unwrap();
        let n =
            at + all[at..].find("source-fingerprint\">").unwrap() + "source-fingerprint\">".len();
        all[n..n + 12].to_string()
    };
    let xlf = xlf
        .replace("0e3d4b1bb8b3", &fingerprint("second-standard"))
        .replace(">FP<", &format!(">{}<", fingerprint("family-decisions")));
    std::fs::write(f.root().join("in.xlf"), &xlf).unwrap();
    let before = files(f.root());
    let assert = carecert()
        .current_dir(f.path())
        .env("CARECERT_FAIL_AFTER_FILES", "1")
        .args([
            "l10n",
            "import",
            "../in.xlf",
            ".",
            "--locales-dir",
            "../locales",
        ])
        .assert()
        .code(2);
    assert!(
        stderr_of(&assert).contains("error[write-failed]"),
        "{}",
        stderr_of(&assert)
    );
    assert_eq!(before, files(f.root()), "a failed import changed files");
    let out = stdout_of(
        &f.run(&[
            "l10n",
            "import",
            "../in.xlf",
            ".",
            "--locales-dir",
            "../locales",
        ])
        .success(),
    );
    assert_eq!(
        out,
        "imported 2 units into ../locales/hi-IN/mini.ftl, ./locales/hi-IN/mini-india.ftl; 0 refused, 0 untranslated\n"
    );
    assert!(f.root().join("locales/hi-IN/mini.ftl").is_file());
    assert!(f.file("locales/hi-IN/mini-india.ftl").is_file());
}

/// CRLF files stay CRLF, a file without a final newline stays so, and comments,
/// blank lines and other messages are byte for byte the same.
#[test]
fn crlf_and_a_missing_final_newline_survive_an_import() {
    let f = Fixture::copy("mini");
    let path = f.root().join("mini-locales/pt-BR/mini.ftl");
    let lf = std::fs::read_to_string(&path).unwrap();
    let crlf = lf.trim_end().replace('\n', "\r\n");
    std::fs::write(&path, &crlf).unwrap();
    let xlf = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en-GB\" trgLang=\"pt-BR\">\r\n<file id=\"mini\">\r\n<unit id=\"first-standard\">\r\n<notes><note category=\"source-fingerprint\">16b200bb4c50</note></notes>\r\n<segment id=\"value\"><source>First standard</source><target>Primeira norma</target></segment>\r\n</unit>\r\n<unit id=\"second-standard\">\r\n<notes><note category=\"source-fingerprint\">FP</note></notes>\r\n<segment id=\"value\"><source>Second standard</source><target>Segunda norma</target></segment>\r\n</unit>\r\n</file>\r\n</xliff>\r\n";
    f.run(&[
        "l10n",
        "export",
        ".",
        "--locale",
        "pt-BR",
        "--all",
        "--out",
        "../all.xlf",
        "--locales-dir",
        "../mini-locales",
    ])
    .success();
    let all = std::fs::read_to_string(f.root().join("all.xlf")).unwrap();
    let at = all.find("<unit id=\"second-standard\"").unwrap();
    let n = at + all[at..].find("source-fingerprint\">").unwrap() + "source-fingerprint\">".len();
    let xlf = xlf.replace(">FP<", &format!(">{}<", &all[n..n + 12]));
    std::fs::write(f.root().join("in.xlf"), xlf).unwrap();
    f.run(&[
        "l10n",
        "import",
        "../in.xlf",
        ".",
        "--locales-dir",
        "../mini-locales",
    ])
    .success();
    let new = std::fs::read_to_string(&path).unwrap();
    let expected = format!(
        "{}\r\n\r\n# source: {}\r\n# en-GB: Second standard\r\nsecond-standard = Segunda norma\r\n",
        crlf.replace(
            "first-standard = Primeiro padrão",
            "first-standard = Primeira norma"
        ),
        &all[n..n + 12]
    );
    assert_eq!(new, expected);
}

/// The same translation, as CAT tools save it: another indentation, CRLF,
/// attributes in another order, `xml:space`, segment states, a byte order mark,
/// `<mrk>` annotations, other vocabularies' elements and attributes, a group,
/// comments and processing instructions. Each imports exactly what the plain file
/// imports.
#[test]
fn files_resaved_by_cat_tools_still_import() {
    let plain = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en-GB\" trgLang=\"pt-BR\">\n  <file id=\"mini\" original=\"mini.ftl\">\n    <unit id=\"first-knowledge\" name=\"1.1a\">\n      <notes>\n        <note category=\"source-fingerprint\">64593e0adad8</note>\n      </notes>\n      <originalData>\n        <data id=\"d1\">{ -regulator }</data>\n      </originalData>\n      <segment id=\"value\">\n        <source>Describe what the <ph id=\"1\" dataRef=\"d1\" disp=\"Care Quality Commission\"/> does.</source>\n        <target>Descreva o que a <ph id=\"1\" dataRef=\"d1\"/> faz.</target>\n      </segment>\n    </unit>\n  </file>\n</xliff>\n";
    let rewrites: Vec<(&str, String)> = vec![
        ("plain", plain.to_string()),
        ("crlf", plain.replace('\n', "\r\n")),
        ("byte order mark", format!("\u{FEFF}{plain}")),
        ("one line", plain.lines().map(str::trim).collect::<String>()),
        ("single quotes and reordered attributes", plain.replace("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en-GB\" trgLang=\"pt-BR\">", "<xliff trgLang='pt-BR' srcLang='en-GB' version='2.1' xmlns='urn:oasis:names:tc:xliff:document:2.0'>").replace("<ph id=\"1\" dataRef=\"d1\"/>", "<ph dataRef='d1' id='1'></ph>")),
        ("states, xml:space and a target language", plain.replace("<segment id=\"value\">", "<segment id=\"value\" state=\"translated\" subState=\"tool:done\">").replace("<target>", "<target xml:lang=\"pt-br\" xml:space=\"preserve\">")),
        ("annotations", plain.replace("<target>Descreva o que", "<target><mrk id=\"m1\" type=\"term\" value=\"x\">Descreva</mrk> o que").replace(" faz.</target>", " <sm id=\"s1\" type=\"comment\" value=\"ok\"/>faz.<em startRef=\"s1\"/></target>")),
        ("other vocabularies", plain.replace("<xliff xmlns=", "<xliff xmlns:mtc=\"urn:oasis:names:tc:xliff:matches:2.0\" xmlns:x=\"urn:example:tool\" x:build=\"7\" xmlns=").replace("<notes>", "<mtc:matches><mtc:match ref=\"#1\"><source>a</source><target>b</target></mtc:match></mtc:matches><x:stats words=\"6\"/><notes>").replace("<unit id=\"first-knowledge\"", "<unit x:locked=\"no\" id=\"first-knowledge\"")),
        ("a group, comments and instructions", plain.replace("    <unit id=", "<!-- saved by a tool --><?tool keep?><group id=\"g1\"><notes><note>group note</note></notes>    <unit id=").replace("    </unit>\n", "    </unit></group>\n")),
        ("more notes", plain.replace("</notes>", "<note category=\"comment\" appliesTo=\"target\">checked &amp; fine</note></notes>")),
        ("a CDATA section and references", plain.replace("<target>Descreva o que a", "<target><![CDATA[Descreva]]> o &#113;ue a")),
    ];
    let mut results = Vec::new();
    for (what, xlf) in &rewrites {
        let f = Fixture::copy("mini");
        std::fs::write(f.root().join("in.xlf"), xlf).unwrap();
        let assert = f.run(&[
            "l10n",
            "import",
            "../in.xlf",
            ".",
            "--locales-dir",
            "../mini-locales",
        ]);
        let out = stdout_of(&assert);
        let err = stderr_of(&assert);
        assert!(assert.get_output().status.success(), "{what}: {err}");
        assert_eq!(
            out, "imported 1 unit into ../mini-locales/pt-BR/mini.ftl; 0 refused, 0 untranslated\n",
            "{what}"
        );
        let ftl = std::fs::read_to_string(f.root().join("mini-locales/pt-BR/mini.ftl")).unwrap();
        results.push((what, ftl));
    }
    assert!(
        results[0]
            .1
            .contains("first-knowledge = Descreva o que a { -regulator } faz.\n"),
        "{}",
        results[0].1
    );
    for (what, ftl) in &results[1..] {
        assert_eq!(ftl, &results[0].1, "{what}");
    }
}

/// A dry run plans and checks everything and writes nothing.
#[test]
fn a_dry_run_writes_nothing() {
    let dir = project();
    let xlf = translate(
        &export_all(dir.path()),
        "understand-your-role",
        "value",
        "भूमिका",
    );
    std::fs::write(dir.path().join("hi.xlf"), xlf).unwrap();
    let before = files(dir.path());
    let out = stdout_of(&run(dir.path(), &["l10n", "import", "hi.xlf", "--dry-run"]).success());
    assert_eq!(
        out,
        format!("would import 1 unit into {HI}; 0 refused, 274 untranslated\n")
    );
    assert_eq!(before, files(dir.path()));
}

/// A translation file that is a link within its directory is written through
/// the link, which stays a link; its permissions are kept.
#[cfg(unix)]
#[test]
fn a_linked_translation_file_is_written_through_and_keeps_its_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = project();
    let real = dir.path().join("locales/hi/real.ftl");
    std::fs::rename(dir.path().join(HI), &real).unwrap();
    std::os::unix::fs::symlink("real.ftl", dir.path().join(HI)).unwrap();
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
    let xlf = translate(
        &export_all(dir.path()),
        "understand-your-role",
        "value",
        "भूमिका",
    );
    std::fs::write(dir.path().join("hi.xlf"), xlf).unwrap();
    run(dir.path(), &["l10n", "import", "hi.xlf"]).success();
    assert!(
        std::fs::symlink_metadata(dir.path().join(HI))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let text = std::fs::read_to_string(&real).unwrap();
    assert!(text.contains("understand-your-role = भूमिका\n"));
    assert_eq!(
        std::fs::metadata(&real).unwrap().permissions().mode() & 0o777,
        0o640
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("locales/hi"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// A unit without a translation is counted as untranslated even when its English
/// changed since the export: there is nothing of it to refuse.
#[test]
fn an_untranslated_unit_of_older_english_is_not_refused() {
    let f = Fixture::copy("mini");
    let xlf = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en-GB\" trgLang=\"pt-BR\"><file id=\"mini\">\
        <unit id=\"first-outcome\"><notes><note category=\"source-fingerprint\">0123456789ab</note></notes><segment id=\"value\"><source>First result</source><target/></segment></unit>\
        <unit id=\"first-standard\"><notes><note category=\"source-fingerprint\">16b200bb4c50</note></notes><segment id=\"value\"><source>First standard</source><target>Primeira norma</target></segment></unit>\
        </file></xliff>";
    std::fs::write(f.root().join("in.xlf"), xlf).unwrap();
    let out = stdout_of(
        &f.run(&[
            "l10n",
            "import",
            "../in.xlf",
            ".",
            "--locales-dir",
            "../mini-locales",
        ])
        .success(),
    );
    assert_eq!(
        out,
        "imported 1 unit into ../mini-locales/pt-BR/mini.ftl; 0 refused, 1 untranslated\n"
    );
}

/// Target files that cannot be used are refused before anything is written: one
/// over 16 MiB, and (on Unix) a named pipe, which would otherwise be read forever.
/// A pipe given as the XLIFF file is refused too.
#[test]
fn target_files_that_cannot_be_used_stop_the_import() {
    let xlf = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en-GB\" trgLang=\"pt-BR\"><file id=\"mini\">\
        <unit id=\"first-standard\"><notes><note category=\"source-fingerprint\">16b200bb4c50</note></notes><segment id=\"value\"><source>First standard</source><target>Primeira norma</target></segment></unit>\
        </file></xliff>";
    let f = Fixture::copy("mini");
    std::fs::write(f.root().join("in.xlf"), xlf).unwrap();
    let big = format!("{}\n", "# x\n".repeat(4_300_000));
    std::fs::write(f.root().join("mini-locales/pt-BR/mini.ftl"), &big).unwrap();
    let before = files(f.root());
    let assert = f
        .run(&[
            "l10n",
            "import",
            "../in.xlf",
            ".",
            "--locales-dir",
            "../mini-locales",
        ])
        .code(2);
    let err = stderr_of(&assert);
    assert!(
        err.contains("error[file-too-large]: ../mini-locales/pt-BR/mini.ftl: the file is 17200001 bytes, over the limit of 16777216 bytes"),
        "{err}"
    );
    assert_eq!(before, files(f.root()));

    #[cfg(unix)]
    {
        let f = Fixture::copy("mini");
        std::fs::write(f.root().join("in.xlf"), xlf).unwrap();
        let target = f.root().join("mini-locales/pt-BR/mini.ftl");
        std::fs::remove_file(&target).unwrap();
        let status = std::process::Command::new("mkfifo")
            .arg(&target)
            .status()
            .unwrap();
        assert!(status.success());
        let assert = f
            .run(&[
                "l10n",
                "import",
                "../in.xlf",
                ".",
                "--locales-dir",
                "../mini-locales",
            ])
            .code(2);
        let err = stderr_of(&assert);
        assert!(
            err.contains("error[not-a-file]: ../mini-locales/pt-BR/mini.ftl: this is a named pipe (FIFO), not a file"),
            "{err}"
        );
        let pipe = f.root().join("pipe.xlf");
        let status = std::process::Command::new("mkfifo")
            .arg(&pipe)
            .status()
            .unwrap();
        assert!(status.success());
        let assert = f
            .run(&[
                "l10n",
                "import",
                "../pipe.xlf",
                ".",
                "--locales-dir",
                "../mini-locales",
            ])
            .code(2);
        let err = stderr_of(&assert);
        assert!(
            err.contains("error[not-a-file]: ../pipe.xlf: this is a named pipe (FIFO), not a file"),
            "{err}"
        );
    }
}
