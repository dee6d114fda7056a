//! Translations through XLIFF: a round trip with a CAT tool makes units
//! current, and an import refuses units whose English changed, unknown ids,
//! the wrong locale and entities.

use crate::{Fixture, stdout_of};
use serde_json::Value;

#[test]
fn xliff_round_trip_makes_units_current() {
    let f = Fixture::copy("mini");
    // A new translation of the framework starts with its folder.
    std::fs::create_dir_all(f.root().join("locales/pt-BR")).unwrap();
    f.run(&[
        "l10n",
        "export",
        ".",
        "--locale",
        "pt-BR",
        "--out",
        "../pt.xlf",
        "--locales-dir",
        "../locales",
    ])
    .success();
    let xlf = std::fs::read_to_string(f.root().join("pt.xlf")).unwrap();
    assert!(
        xlf.contains("<ph id=\"1\" dataRef=\"d1\" disp=\"Care Quality Commission\"/>"),
        "{xlf}"
    );
    // A translator fills every target, keeping the placeholders.
    let mut translated = String::new();
    for line in xlf.lines() {
        translated.push_str(line);
        translated.push('\n');
        if let Some(src) = line
            .trim()
            .strip_prefix("<source>")
            .and_then(|s| s.strip_suffix("</source>"))
        {
            translated.push_str(&format!("<target>PT &lt;{src}&gt; \"ç\"</target>\n"));
        }
    }
    std::fs::write(f.root().join("pt-done.xlf"), translated).unwrap();
    let out = stdout_of(
        &f.run(&[
            "l10n",
            "import",
            "../pt-done.xlf",
            ".",
            "--locales-dir",
            "../locales",
        ])
        .success(),
    );
    assert!(
        out.starts_with("imported 8 units into ../locales/pt-BR/mini.ftl; 0 refused"),
        "{out}"
    );
    let ftl = std::fs::read_to_string(f.root().join("locales/pt-BR/mini.ftl")).unwrap();
    assert!(
        ftl.contains("first-knowledge = PT <Describe what the { -regulator } does.> \"ç\"\n"),
        "{ftl}"
    );
    let (v, _) = {
        let assert = f.run(&[
            "l10n",
            "status",
            ".",
            "--locale",
            "pt-BR",
            "--locales-dir",
            "../locales",
            "--format",
            "json",
        ]);
        (
            serde_json::from_str::<Value>(&stdout_of(&assert)).unwrap(),
            0,
        )
    };
    let s = &v["locales"][0];
    assert_eq!(
        (
            s["translated"].as_u64(),
            s["missing"].as_array().unwrap().len(),
            s["stale"].as_array().unwrap().len()
        ),
        (Some(8), 0, 0)
    );
    // Nothing missing or stale: the next export is empty of work.
    let out = stdout_of(
        &f.run(&[
            "l10n",
            "export",
            ".",
            "--locale",
            "pt-BR",
            "--out",
            "../again.xlf",
            "--locales-dir",
            "../locales",
        ])
        .success(),
    );
    assert_eq!(out, "wrote ../again.xlf (0 units for pt-BR)\n");
}

#[test]
fn import_refuses_units_whose_english_changed_and_unknown_ids() {
    let f = Fixture::copy("mini");
    // A new translation of the framework starts with its folder.
    std::fs::create_dir_all(f.root().join("locales/pt-BR")).unwrap();
    f.run(&[
        "l10n",
        "export",
        ".",
        "--locale",
        "pt-BR",
        "--out",
        "../pt.xlf",
        "--locales-dir",
        "../locales",
    ])
    .success();
    let xlf = std::fs::read_to_string(f.root().join("pt.xlf"))
        .unwrap()
        .replace(
            "<source>Describe what the ",
            "<target>Descreva o que faz a <ph id=\"1\" dataRef=\"d1\"/>.</target><source>Describe what the ",
        )
        .replace(
            "<source>First outcome</source>",
            "<source>First outcome</source><target>Primeiro</target>",
        )
        .replace("unit id=\"second-outcome\"", "unit id=\"no-such-id\"");
    std::fs::write(f.root().join("pt.xlf"), xlf).unwrap();
    // The English of 1.1 changes after the export.
    let f = f.edit(
        "standards/01.json",
        "\"title\": \"First outcome\"",
        "\"title\": \"First outcome, revised\"",
    );
    let out = stdout_of(
        &f.run(&[
            "l10n",
            "import",
            "../pt.xlf",
            ".",
            "--locales-dir",
            "../locales",
        ])
        .code(1),
    );
    assert!(
        out.contains("refused first-outcome: the English changed since the export"),
        "{out}"
    );
    assert!(
        out.contains("refused no-such-id: no such message in this edition (unknown id)"),
        "{out}"
    );
    assert!(out.contains("imported 1 unit into"), "{out}");
}

#[test]
fn import_refuses_the_wrong_locale_and_entities() {
    let f = Fixture::copy("mini-edition");
    let xlf = "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en-GB\" trgLang=\"pt-BR\"><file id=\"mini-india\"/></xliff>\n";
    std::fs::write(f.root().join("x.xlf"), xlf).unwrap();
    let assert = f.run(&["l10n", "import", "../x.xlf", "."]).code(2);
    assert!(crate::stderr_of(&assert).contains("the edition mini-india is not published in pt-BR"));
    let bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"aaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\"/>\n";
    std::fs::write(f.root().join("bomb.xlf"), bomb).unwrap();
    let assert = f.run(&["l10n", "import", "../bomb.xlf", "."]).code(2);
    let err = crate::stderr_of(&assert);
    assert!(
        err.contains("bomb.xlf:2:") && err.contains("the file has a DOCTYPE"),
        "{err}"
    );
}
