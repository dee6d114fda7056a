//! Translation folders: a local folder layered over the built-in copy, part by
//! part; commands that say which folders they read; `l10n status` counting what
//! `build` shows.

use crate::workdir::{Workdir, tree};
use crate::{stderr_of, stdout_of};
use std::path::Path;

/// The `# source:` fingerprint the built-in translation of `id` records.
fn built_in_fingerprint(locale: &str, id: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(locale)
        .join("care-certificate-2015.ftl");
    let text = std::fs::read_to_string(path).unwrap();
    let at = text.find(&format!("\n{id} = ")).unwrap();
    let before = &text[..at];
    let line = before
        .lines()
        .rev()
        .find(|l| l.starts_with("# source: "))
        .unwrap();
    line.trim_start_matches("# source: ").to_string()
}

/// What `l10n status` says of the built-in Portuguese of the 2015 base: every
/// node translated; the framework's names and the base's English law and body
/// names (terms) are not yet.
const BASE_PT_BR: &str = "pt-BR: 275/275 messages translated, 0 missing, 0 stale, 0 obsolete, 0 labels missing, 35 terms missing, 0 errors\n  terms missing: -health-advice-line, -health-service, -regulator, -regulated-activities-regulations, -code-of-conduct, -care-act, -mental-capacity-act, -liberty-safeguards … and 27 more\n  in a pack: 126 texts fall back to another language\n";

/// The report: after `mkdir locales`, Portuguese dropped from 274/274 to
/// 0/274 and the Brazil pack from 28 fallbacks to 444, with exit 0.
#[test]
fn an_empty_locales_folder_hides_nothing() {
    let w = Workdir::new();
    let before = w.run(&["l10n", "status", "--locale", "pt-BR"]).success();
    assert_eq!(
        stdout_of(&before),
        format!("translations: the built-in copy\n{BASE_PT_BR}")
    );
    std::fs::create_dir(w.path().join("locales")).unwrap();
    let inputs = tree(w.path());
    let after = w.run(&["l10n", "status", "--locale", "pt-BR"]).success();
    assert_eq!(
        stdout_of(&after),
        format!("translations: ./locales over the built-in copy\n{BASE_PT_BR}")
    );
    assert_eq!(tree(w.path()), inputs, "status wrote something");
    let built = w
        .run(&[
            "build",
            "examples/editions/brazil",
            "--outputs",
            "xml",
            "--out",
            "../out",
        ])
        .success();
    assert_eq!(
        stdout_of(&built),
        "translations: examples/editions/brazil/locales over ./locales over the built-in copy\nbuilt ../out/brazil/pt-BR (1 file and a manifest, 0 fallbacks)\n"
    );
    assert_eq!(stderr_of(&built), "");
}

/// A local file holding only a standard's new title (what a one-unit import
/// writes) leaves the built-in translations of its reference notes in use.
#[test]
fn a_local_message_overrides_only_the_parts_it_has() {
    let w = Workdir::new();
    let fp = built_in_fingerprint("hi", "understand-your-role");
    let baseline =
        w.json(&["l10n", "status", "--locale", "hi"])["locales"][0]["fallbacks"].as_u64();
    w.write(
        "locales/hi/care-certificate-2015.ftl",
        &format!("# source: {fp}\nunderstand-your-role = अपनी भूमिका को समझें (नया)\n"),
    );
    let status = w.json(&["l10n", "status", "--locale", "hi"]);
    let hi = &status["locales"][0];
    assert_eq!(
        (hi["translated"].as_u64(), hi["fallbacks"].as_u64()),
        (Some(275), baseline),
        "{hi}"
    );
    assert_eq!(hi["missing_parts"], serde_json::json!([]), "{hi}");
    assert_eq!(
        status["translations"],
        serde_json::json!(["locales", "<embedded>/locales"])
    );
    w.run(&[
        "build",
        "--locale",
        "hi",
        "--outputs",
        "xml",
        "--out",
        "out",
    ])
    .success();
    let xml = std::fs::read_to_string(w.path().join("out/care-certificate-2015/hi/curriculum.xml"))
        .unwrap();
    assert!(
        xml.contains("अपनी भूमिका को समझें (नया)"),
        "the local title is used"
    );
    // The standard's notes come from the built-in Hindi.
    assert!(
        xml.contains("राष्ट्रीय आचार संहिता वह मुख्य संहिता है"),
        "the built-in notes are used"
    );
    // A local title made from older English is stale; the built-in parts are not.
    w.write(
        "locales/hi/care-certificate-2015.ftl",
        "# source: 000000000000\nunderstand-your-role = पुराना शीर्षक\n",
    );
    let hi = w.json(&["l10n", "status", "--locale", "hi"])["locales"][0].clone();
    assert_eq!(hi["stale"][0]["id"], "understand-your-role");
    assert_eq!(
        hi["stale"][0]["file"],
        "locales/hi/care-certificate-2015.ftl"
    );
    assert_eq!(
        (
            hi["translated"].as_u64(),
            hi["stale"].as_array().unwrap().len()
        ),
        (Some(274), 1)
    );
}

/// What the local folder gives is used in documents too: a label file with one
/// label overrides that one, and the rest stay translated.
#[test]
fn a_local_label_overrides_that_label_only() {
    let w = Workdir::new();
    w.write(
        "locales/pt-BR/ui.ftl",
        "label-standard-title = Norma { $code }: { $title }\n",
    );
    w.run(&[
        "build",
        "--locale",
        "pt-BR",
        "--outputs",
        "docx",
        "--documents",
        "standards",
        "--out",
        "out",
    ])
    .success();
    let bytes = std::fs::read(
        w.path()
            .join("out/care-certificate-2015/pt-BR/standards.docx"),
    )
    .unwrap();
    let all: String = carecert::render::docx::package::unzip(&bytes)
        .unwrap()
        .into_iter()
        .map(|(_, b)| String::from_utf8(b).unwrap())
        .collect();
    assert!(all.contains("Norma 1: Compreenda"), "the local label");
    assert!(!all.contains("Padrão 1:"), "the built-in one is overridden");
    // The other labels are still the built-in Portuguese ones.
    assert!(
        all.contains("Glossário") || all.contains("Sumário"),
        "built-in labels stay"
    );
    assert!(
        !all.contains("Glossary of terms") && !all.contains(">Contents<"),
        "no English label"
    );
}

#[test]
fn status_and_build_say_which_folders_they_read() {
    let w = Workdir::new();
    w.write("mine/pt-BR/x.ftl", "");
    let status = w.run(&[
        "l10n",
        "status",
        "--locale",
        "pt-BR",
        "--locales-dir",
        "mine",
    ]);
    assert!(
        stdout_of(&status.success()).starts_with("translations: ./mine over the built-in copy\n")
    );
    let only = w.run(&[
        "l10n",
        "status",
        "--locale",
        "pt-BR",
        "--locales-dir",
        "mine",
        "--no-built-in-translations",
    ]);
    let out = stdout_of(&only.success());
    assert!(
        out.starts_with("translations: ./mine (not the built-in copy)\npt-BR: 0/275 messages translated, 275 missing"),
        "{out}"
    );
    let report = w.json(&[
        "build",
        "examples/editions/brazil",
        "--outputs",
        "xml",
        "--out",
        "out",
        "--locales-dir",
        "mine",
    ]);
    assert_eq!(
        report[0]["translations"],
        serde_json::json!([
            "examples/editions/brazil/locales",
            "mine",
            "<embedded>/locales"
        ])
    );
    assert_eq!(report[0]["fallbacks"], 0);
    // An edition's own folder is read first, and named.
    w.write("examples/editions/brazil/locales/pt-BR/brazil.ftl", "");
    let built = w.run(&[
        "build",
        "examples/editions/brazil",
        "--outputs",
        "xml",
        "--out",
        "out",
    ]);
    assert!(
        stdout_of(&built.success())
            .starts_with("translations: examples/editions/brazil/locales over the built-in copy\n")
    );
    // An English pack reads no translations, and says nothing of them.
    let english = w
        .run(&["build", "--outputs", "xml", "--out", "out"])
        .success();
    assert_eq!(
        stdout_of(&english),
        "built out/care-certificate-2015/en-GB (1 file and a manifest, 0 fallbacks)\n"
    );
}

/// A `--locales-dir` that is not a readable directory would read no
/// translations at all: every command that takes one stops, writing nothing.
#[test]
fn a_locales_dir_that_is_not_a_directory_stops_the_command() {
    let w = Workdir::new();
    w.write("file.txt", "");
    let inputs = tree(w.path());
    let commands: [&[&str]; 4] = [
        &["build", "--out", "out"],
        &["l10n", "status"],
        &["l10n", "export", "--locale", "pt-BR", "--out", "x.xlf"],
        &["l10n", "template", "--out", "ref"],
    ];
    for args in commands {
        for (dir, code, message) in [
            (
                "missing",
                "file-not-found",
                "the locales directory missing does not exist",
            ),
            (
                "file.txt",
                "file-unreadable",
                "the locales directory file.txt is a file",
            ),
        ] {
            let a = w.run(&[args, &["--locales-dir", dir]].concat()).code(2);
            let err = stderr_of(&a);
            assert!(
                err.starts_with(&format!("error[{code}]: {message}\n  help: ")),
                "{args:?}: {err}"
            );
            assert_eq!(stdout_of(&a), "");
            assert_eq!(tree(w.path()), inputs, "{args:?} wrote something");
        }
    }
    let a = w
        .run(&["l10n", "status", "--no-built-in-translations"])
        .code(2);
    assert!(stderr_of(&a).starts_with(
        "error[bad-usage]: --no-built-in-translations leaves no translations to read\n"
    ));
}

/// The report: hi-IN and ar-SA counted 0 translated while their packs
/// used the hi and ar translations; en-IN 0/274 with labels missing while its
/// pack had no fallback. For every example edition, in every locale it
/// publishes, with and without a local copy of the translations, status counts
/// the fallbacks build writes, and its numbers add up.
#[test]
fn status_counts_what_build_shows_for_every_example_edition() {
    for w in [Workdir::new(), Workdir::with_repository_locales()] {
        let report = w.json(&["build", "--all", "--outputs", "xml", "--out", "out"]);
        let packs = report.as_array().unwrap();
        assert_eq!(packs.len(), 7);
        for pack in packs {
            let (edition, locale) = (
                pack["edition"].as_str().unwrap(),
                pack["locale"].as_str().unwrap(),
            );
            let dir = format!("examples/editions/{edition}");
            let status = w.json(&["l10n", "status", &dir, "--locale", locale]);
            let s = &status["locales"][0];
            assert_eq!(s["fallbacks"], pack["fallbacks"], "{edition}/{locale}: {s}");
            let n = |k: &str| {
                s[k].as_array()
                    .map_or_else(|| s[k].as_u64().unwrap(), |a| a.len() as u64)
            };
            assert_eq!(
                n("translated") + n("missing") + n("stale"),
                n("messages"),
                "{edition}/{locale}: {s}"
            );
            assert!(s["errors"].as_array().unwrap().is_empty(), "{s}");
            // What export hands a translator is what status counts as to do.
            if s["source_language"] != true {
                let xlf = format!("{edition}-{locale}.xlf");
                let export = w.json(&["l10n", "export", &dir, "--locale", locale, "--out", &xlf]);
                assert_eq!(
                    export["units"].as_u64().unwrap(),
                    n("missing") + n("stale"),
                    "{edition}/{locale}: export {export} against status {s}"
                );
            }
            if s["source_language"] == true {
                assert_eq!(
                    (n("fallbacks"), n("labels_missing")),
                    (0, 0),
                    "{edition}/{locale}"
                );
            }
        }
        // The README's counts.
        let counts: Vec<(String, u64)> = packs
            .iter()
            .map(|p| {
                (
                    format!(
                        "{}/{}",
                        p["edition"].as_str().unwrap(),
                        p["locale"].as_str().unwrap()
                    ),
                    p["fallbacks"].as_u64().unwrap(),
                )
            })
            .collect();
        let expected = [
            ("brazil/pt-BR", 0),
            ("china/zh-CN", 0),
            ("gulf/en", 0),
            ("india/en-IN", 0),
            ("india/hi-IN", 0),
            ("saudi-arabia/ar-SA", 0),
            ("saudi-arabia/en", 0),
        ];
        assert_eq!(counts, expected.map(|(p, n)| (p.to_string(), n)));
    }
}

#[test]
fn a_locale_in_the_source_language_has_nothing_to_translate() {
    let w = Workdir::new();
    let a = w
        .run(&["l10n", "status", "examples/editions/india"])
        .success();
    assert_eq!(
        stdout_of(&a),
        "translations: examples/editions/india/locales over the built-in copy\n\
         en-IN: nothing to translate (same language as the source, en-GB); 0 stale, 0 obsolete, 0 errors\n\
         hi-IN: 278/278 messages translated, 0 missing, 0 stale, 0 obsolete, 0 labels missing, 0 errors\n"
    );
    let a = w.run(&["l10n", "status", "--locale", "en-GB"]).success();
    assert_eq!(
        stdout_of(&a),
        "translations: the built-in copy\nen-GB: nothing to translate (the source locale); 0 stale, 0 obsolete, 0 errors\n"
    );
}

/// Translations that would be skipped without a word are reported: an error
/// for status (exit 1), a warning for build (which goes on).
#[test]
fn misplaced_translations_are_reported() {
    let w = Workdir::new();
    w.write("locales/pt_BR/x.ftl", "role-own-role = x\n");
    w.write("locales/hi.ftl", "role-own-role = x\n");
    w.write("locales/README.md", "notes\n");
    let inputs = tree(w.path());
    let a = w.run(&["l10n", "status", "--locale", "pt-BR"]).code(1);
    let out = stdout_of(&a);
    assert!(
        out.contains("error[bad-locale-folder]: locales/hi.ftl: the file is not in a locale's folder, so it is not read\n  help: move it into locales/hi/\n"),
        "{out}"
    );
    assert!(
        out.contains("error[bad-locale-folder]: locales/pt_BR: the folder's name \"pt_BR\" is not a locale tag, so its translations are not read\n  help: rename the folder to locales/pt-BR\n"),
        "{out}"
    );
    assert!(!out.contains("README"), "{out}");
    assert_eq!(tree(w.path()), inputs);
    let v = w.json(&["l10n", "status", "--locale", "pt-BR"]);
    assert_eq!(v["problems"][0]["code"], "bad-locale-folder");
    let a = w
        .run(&[
            "build",
            "--locale",
            "pt-BR",
            "--outputs",
            "xml",
            "--out",
            "out",
            "-q",
        ])
        .success();
    let err = stderr_of(&a);
    assert!(
        err.contains("warning[bad-locale-folder]: locales/pt_BR:"),
        "{err}"
    );
}

/// Obsolete messages are those of files one can edit: the built-in copy
/// translates the embedded base, whatever framework is checked.
#[test]
fn obsolete_lists_only_editable_files() {
    let w = Workdir::new();
    let s = w.json(&["l10n", "status", "examples/editions/brazil"]);
    assert_eq!(s["locales"][0]["obsolete"], serde_json::json!([]));
    let w = Workdir::with_repository_locales();
    let s = w.json(&["l10n", "status", "examples/editions/brazil"]);
    assert_eq!(
        s["locales"][0]["obsolete"],
        serde_json::json!(["development-check-own-skills"])
    );
}

/// Names are messages like any other: exported with the content, imported into
/// the file of the layer they belong to (each edition of a stack has its own
/// `edition` message), and then shown in the packs, one fallback fewer each.
#[test]
fn names_travel_through_export_and_import_to_their_own_layer() {
    let w = Workdir::new();
    std::fs::create_dir(w.path().join("locales")).unwrap();
    // The editions as they were before their translators came: no own files.
    for e in ["gulf", "saudi-arabia"] {
        std::fs::remove_dir_all(w.path().join("examples/editions").join(e).join("locales"))
            .unwrap();
    }
    let sa = "examples/editions/saudi-arabia";
    let before = w.json(&["l10n", "status", sa, "--locale", "ar-SA"])["locales"][0].clone();
    let missing = before["missing"].as_array().unwrap();
    assert_eq!(
        missing
            .iter()
            .filter(|m| *m == "framework" || *m == "edition")
            .count(),
        2,
        "both editions' names (the framework's comes with the built-in copy): {before}"
    );
    w.run(&["l10n", "export", sa, "--locale", "ar-SA", "--out", "sa.xlf"])
        .success();
    let xlf = std::fs::read_to_string(w.path().join("sa.xlf")).unwrap();
    // A translator translates the names only (keeping the placeholders).
    let mut out = String::new();
    let mut in_names = false;
    for line in xlf.lines() {
        let t = line.trim();
        if t.starts_with("<unit ") {
            in_names = t.contains("id=\"framework\"") || t.contains("id=\"edition\"");
        }
        out.push_str(line);
        out.push('\n');
        if in_names && let Some(source) = t.strip_prefix("<source>") {
            let inner = source.strip_suffix("</source>").unwrap();
            out.push_str(&format!("<target>مترجم: {inner}</target>\n"));
        }
    }
    w.write("sa-done.xlf", &out);
    w.run(&["l10n", "import", "sa-done.xlf", sa]).success();
    let gulf = std::fs::read_to_string(
        w.path()
            .join("examples/editions/gulf/locales/ar-SA/gulf.ftl"),
    )
    .unwrap();
    assert!(
        gulf.contains("edition = مترجم: Care Certificate, Gulf Cooperation Council edition\n    .notice-1 = مترجم: Adapted"),
        "{gulf}"
    );
    assert!(gulf.contains("    .rationale-1 = مترجم: "), "{gulf}");
    let own = std::fs::read_to_string(
        w.path()
            .join("examples/editions/saudi-arabia/locales/ar-SA/saudi-arabia.ftl"),
    )
    .unwrap();
    assert!(own.contains("    .notice-2 = مترجم: The Arabic"), "{own}");
    let after = w.json(&["l10n", "status", sa, "--locale", "ar-SA"])["locales"][0].clone();
    assert!(
        !after["missing"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m == "framework" || m == "edition"),
        "{after}"
    );
    assert_eq!(after["stale"], serde_json::json!([]), "{after}");
    // The Gulf's notice, the Saudi edition's name and two notices, and the
    // rationales in the country notes.
    let fewer = before["fallbacks"].as_u64().unwrap() - after["fallbacks"].as_u64().unwrap();
    assert!(fewer > 8, "{fewer}");
    let built = w.json(&[
        "build",
        sa,
        "--locale",
        "ar-SA",
        "--outputs",
        "xml,docx",
        "--documents",
        "standards",
        "--out",
        "out",
    ]);
    let docx = std::fs::read(w.path().join("out/saudi-arabia/ar-SA/standards.docx")).unwrap();
    let document: String = carecert::render::docx::package::unzip(&docx)
        .unwrap()
        .into_iter()
        .filter(|(n, _)| n == "word/document.xml")
        .map(|(_, b)| String::from_utf8(b).unwrap())
        .collect();
    assert!(
        // The English name is a run of its own inside the Arabic sentence.
        document.contains(">مترجم: </w:t>") && document.contains(">Across the Gulf states"),
        "the translated rationale"
    );
    assert_eq!(
        document.matches(">Across the Gulf states").count(),
        1,
        "no English rationale besides the translated one"
    );
    assert_eq!(built[0]["fallbacks"], after["fallbacks"]);
    let xml =
        std::fs::read_to_string(w.path().join("out/saudi-arabia/ar-SA/curriculum.xml")).unwrap();
    assert!(
        xml.contains("name=\"مترجم: Care Certificate, Saudi Arabia edition\""),
        "{xml}"
    );
    assert!(
        xml.contains(">مترجم: Adapted from the English Care Certificate"),
        "{xml}"
    );
    assert!(!xml.contains("fallback=\"true\">Adapted"), "{xml}");
}
