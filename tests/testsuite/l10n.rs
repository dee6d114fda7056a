//! Translations: status categories, fallbacks in packs, the template (XLIFF:
//! `l10n_xliff`).

use crate::{Fixture, carecert, stdout_of};
use serde_json::Value;

fn status(f: &Fixture, locales: &[&str]) -> (Value, i32) {
    let mut args = vec![
        "l10n",
        "status",
        ".",
        "--locales-dir",
        "../mini-locales",
        "--format",
        "json",
    ];
    for l in locales {
        args.extend(["--locale", l]);
    }
    let assert = f.run(&args);
    let code = assert.get_output().status.code().unwrap();
    (serde_json::from_str(&stdout_of(&assert)).unwrap(), code)
}

#[test]
fn status_reports_each_category() {
    let f = Fixture::copy("mini");
    let (v, code) = status(&f, &["pt-BR"]);
    assert_eq!(code, 1, "errors make the exit code 1");
    let s = &v["locales"][0];
    assert_eq!(s["locale"], "pt-BR");
    // second-standard has no pt-BR translation but a pt one, which packs use
    // (pt-BR → pt → en-GB): it is translated, as build shows it.
    assert_eq!(
        s["missing"],
        serde_json::json!(["first-performance", "second-call-for-help"])
    );
    assert_eq!(
        s["missing_parts"],
        serde_json::json!(["first-performance.example-2"])
    );
    // Every message is in exactly one of translated, missing and stale.
    assert_eq!(
        (s["messages"].as_u64(), s["translated"].as_u64()),
        (Some(8), Some(5))
    );
    // The missing example and the untranslated criterion: what build counts.
    assert_eq!(s["fallbacks"], 2);
    assert_eq!(s["stale"][0]["id"], "first-outcome");
    assert_eq!(s["stale"][0]["old"], "First result");
    assert_eq!(s["stale"][0]["new"], "First outcome");
    assert_eq!(s["obsolete"], serde_json::json!(["gone-criterion"]));
    let codes: Vec<&str> = s["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["term-mismatch", "suspicious-character"]);
    assert_eq!(s["errors"][0]["line"], 14);
}

#[test]
fn syntax_errors_name_file_line_and_column() {
    let f = Fixture::copy("mini");
    let (v, code) = status(&f, &["ar"]);
    assert_eq!(code, 1);
    let e = &v["locales"][0]["errors"][0];
    assert_eq!(e["code"], "ftl-syntax");
    assert!(e["file"].as_str().unwrap().ends_with("ar/bad.ftl"));
    assert_eq!(
        (e["line"].as_u64(), e["column"].as_u64()),
        (Some(1), Some(22))
    );
}

#[test]
fn require_complete_fails_on_missing_labels() {
    let f = Fixture::copy("mini-locales").write("ar/bad.ftl", b"");
    let status = |extra: &[&str]| {
        carecert()
            .current_dir(f.root().join("mini"))
            .args(["l10n", "status", ".", "--locales-dir", "../mini-locales"])
            .args(["--locale", "ar"])
            .args(extra)
            .assert()
    };
    // The folder alone has no Arabic labels.
    let out = stdout_of(&status(&["--no-built-in-translations"]).code(0));
    assert_eq!(
        out.lines().take(2).collect::<Vec<_>>(),
        [
            "translations: ../mini-locales (not the built-in copy)",
            "ar: 8/8 messages translated, 0 missing, 0 stale, 0 obsolete, 129 labels missing, 1 terms missing, 0 errors"
        ]
    );
    status(&["--no-built-in-translations", "--require-complete"]).code(1);
    // Layered over the built-in copy, the built-in labels complete it.
    let out = stdout_of(&status(&["--require-complete"]).code(0));
    assert_eq!(
        out,
        "translations: ../mini-locales over the built-in copy\nar: 8/8 messages translated, 0 missing, 0 stale, 0 obsolete, 0 labels missing, 1 terms missing, 0 errors\n  terms missing: -regulator\n  in a pack: 3 texts fall back to another language\n"
    );
}

#[test]
fn packs_use_translations_mark_fallbacks_and_follow_the_chain() {
    let f = Fixture::copy("mini");
    f.run(&[
        "build",
        ".",
        "--locale",
        "pt-BR",
        "--locale",
        "ar",
        "--locales-dir",
        "../mini-locales",
        "--out",
        "../out",
    ])
    .success();
    let pt = std::fs::read_to_string(f.root().join("out/mini/pt-BR/curriculum.xml")).unwrap();
    assert!(pt.contains("<title>Primeiro padrão</title>"), "{pt}");
    // pt-BR has no second-standard; pt has: the chain finds it, not a fallback.
    assert!(pt.contains("<title>Segundo padrão</title>"), "{pt}");
    // No translation anywhere: English, visibly marked.
    assert!(pt.contains("<text xml:lang=\"en-GB\" fallback=\"true\">Call 999 when someone stops breathing.</text>"), "{pt}");
    let ar = std::fs::read_to_string(f.root().join("out/mini/ar/curriculum.xml")).unwrap();
    assert!(
        ar.contains("<text>صف ما تقوم به Care Quality Commission.</text>"),
        "{ar}"
    );
    assert!(
        !ar.contains('\u{2068}') && !ar.contains('\u{2069}'),
        "no isolation marks"
    );
    let manifest: Value = serde_json::from_str(
        &std::fs::read_to_string(f.root().join("out/mini/ar/manifest.json")).unwrap(),
    )
    .unwrap();
    // The regulator's English name, inside the Arabic sentence, in the list of
    // references and in the glossary: three texts a reader finds in English.
    assert_eq!(manifest["fallbacks"], 3);
    // In the documents the English name is a run of its own inside the
    // sentence: tagged English and marked as a fallback, the Arabic around it
    // right to left.
    let docx = std::fs::read(f.root().join("out/mini/ar/standards.docx")).unwrap();
    let parts = carecert::render::docx::package::unzip(&docx).unwrap();
    let (_, xml) = parts
        .iter()
        .find(|(n, _)| n == "word/document.xml")
        .unwrap();
    let xml = std::str::from_utf8(xml).unwrap();
    let arabic = |text: &str| {
        format!(
            "<w:r><w:rPr><w:rtl/><w:lang w:bidi=\"ar\"/></w:rPr><w:t xml:space=\"preserve\">{text}</w:t></w:r>"
        )
    };
    let sentence = format!(
        "{}<w:r><w:rPr><w:rStyle w:val=\"Fallback\"/><w:szCs w:val=\"18\"/><w:lang w:val=\"en-GB\"/></w:rPr><w:t xml:space=\"preserve\">Care Quality Commission</w:t></w:r>{}",
        arabic("صف ما تقوم به "),
        arabic(".")
    );
    assert!(xml.contains(&sentence), "{xml}");
}

#[test]
fn template_writes_the_reference_files() {
    let f = Fixture::copy("mini");
    f.run(&[
        "l10n",
        "template",
        ".",
        "--out",
        "../ref",
        "--locales-dir",
        "../mini-locales",
    ])
    .success();
    let text = std::fs::read_to_string(f.root().join("ref/en-GB/mini.ftl")).unwrap();
    assert!(text.contains("# source: 64593e0adad8\n# en-GB: Describe what the { -regulator } does.\nfirst-knowledge = Describe what the { -regulator } does.\n"), "{text}");
    assert!(f.root().join("ref/en-GB/ui.ftl").exists());
}

#[test]
fn a_moved_criterion_keeps_its_base_translation() {
    // Regression: a move (unlike replace-text) leaves the words as they were.
    let f = Fixture::copy("mini-edition")
        .edit(
            "edition.json",
            "    { \"op\": \"set-examples\", \"target\": \"1.1b\", \"examples\": [\"washing hands\", \"wearing gloves\", \"covering cuts\"], \"fingerprint\": \"47b66fd75d21\", \"rationale\": \"Common hazards in Indian homes.\" },\n",
            "",
        )
        .edit("edition.json", "\"hi-IN\"]", "\"hi-IN\", \"ar\"]");
    f.run(&[
        "build",
        ".",
        "--locale",
        "ar",
        "--locales-dir",
        "../mini-locales",
        "--out",
        "../out",
    ])
    .success();
    let xml = std::fs::read_to_string(f.root().join("out/mini-india/ar/curriculum.xml")).unwrap();
    assert!(xml.contains("<text>أظهر أنك تعمل بأمان.</text>"), "{xml}");
    // The rewritten 1.1a has no Arabic of its own: English, marked.
    assert!(
        xml.contains("<text xml:lang=\"en-GB\" fallback=\"true\">Describe what the"),
        "{xml}"
    );
}

/// Variables and functions have no place in a content translation: each is an
/// error of the message, with its code and a help line.
#[test]
fn status_refuses_variables_and_functions() {
    for (code, placeable) in [
        ("variable-mismatch", "{ $n }"),
        ("unsupported-placeable", "{ NUMBER(1) }"),
    ] {
        let f = Fixture::copy("mini").edit(
            "../mini-locales/pt-BR/mini.ftl",
            "first-outcome = Primeiro resultado",
            &format!("first-outcome = Primeiro resultado {placeable}"),
        );
        let (v, exit) = status(&f, &["pt-BR"]);
        assert_eq!(exit, 1);
        let errors = v["locales"][0]["errors"].as_array().unwrap();
        let e = errors
            .iter()
            .find(|e| e["code"] == code)
            .unwrap_or_else(|| panic!("no {code} among {errors:?}"));
        assert_eq!(e["path"], "first-outcome");
        assert_eq!(e["line"], 10);
        assert!(e["help"].is_string(), "{e}");
    }
}

/// A `.ftl` file that links outside the locales directory is not read.
#[cfg(unix)]
#[test]
fn status_refuses_a_linked_ftl_file_by_code() {
    let f = Fixture::copy("mini");
    let outside = f.root().join("secret.ftl");
    std::fs::write(&outside, "first-standard = Premiere norme\n").unwrap();
    let dir = f.file("../mini-locales/fr");
    std::fs::create_dir_all(&dir).unwrap();
    std::os::unix::fs::symlink(&outside, dir.join("mini.ftl")).unwrap();
    let (v, exit) = status(&f, &["fr"]);
    assert_eq!(exit, 1);
    let e = &v["locales"][0]["errors"][0];
    assert_eq!(e["code"], "bad-ftl-file", "{v}");
    assert!(e["file"].as_str().unwrap().ends_with("fr/mini.ftl"), "{e}");
    assert!(e["help"].is_string(), "{e}");
}

/// Every framework's file has a `framework` message (its title and notices);
/// another framework's file does not name this one: the built-in Hindi copy of
/// the Care Certificate is no title for the mini framework, stale or not.
#[test]
fn another_frameworks_names_are_not_this_ones() {
    let f = Fixture::copy("mini-edition");
    let (v, _) = status(&f, &["hi-IN"]);
    let s = &v["locales"][0];
    assert!(
        s["missing"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m == "framework"),
        "{s}"
    );
    assert_eq!(s["stale"], serde_json::json!([]), "{s}");
    // And a pack names it in English, marked, not with the other title.
    let out = f.root().join("out");
    f.run(&[
        "build",
        ".",
        "--locale",
        "hi-IN",
        "--outputs",
        "xml",
        "--locales-dir",
        "../mini-locales",
        "--out",
        out.to_str().unwrap(),
    ])
    .success();
    let xml = std::fs::read_to_string(out.join("mini-india/hi-IN/curriculum.xml")).unwrap();
    assert!(!xml.contains("देखभाल प्रमाणपत्र"), "{xml}");
}
