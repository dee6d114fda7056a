//! Locales asked for on the command line: only those an edition publishes, each
//! once; a pack mostly in another language is said to be.

use crate::workdir::{Workdir, tree};
use crate::{stderr_of, stdout_of};

/// The report: `build EDITION --locale ha-NG` for an edition that does
/// not publish ha-NG wrote a pack of 434 fallbacks with exit 0.
#[test]
fn build_refuses_a_locale_the_edition_does_not_publish() {
    let w = Workdir::new();
    let inputs = tree(w.path());
    let a = w
        .run(&[
            "build",
            "examples/editions/brazil",
            "--locale",
            "ha-NG",
            "--out",
            "out",
        ])
        .code(2);
    assert_eq!(
        stderr_of(&a),
        "error[unpublished-locale]: the edition brazil is not published in ha-NG\n  help: its locales are pt-BR; to publish it in ha-NG, add \"ha-NG\" to \"locales\" in examples/editions/brazil/edition.json\n"
    );
    assert_eq!(stdout_of(&a), "");
    assert_eq!(tree(w.path()), inputs, "nothing is written");
    // Every locale of every edition is checked, and all are reported at once.
    let a = w
        .run(&[
            "build",
            "examples/editions/brazil",
            "examples/editions/china",
            "--locale",
            "pt-BR",
            "--out",
            "out",
        ])
        .code(2);
    assert_eq!(
        stderr_of(&a).lines().next(),
        Some("error[unpublished-locale]: the edition china is not published in pt-BR")
    );
    assert_eq!(tree(w.path()), inputs, "not even brazil's pack");
}

#[test]
fn status_and_export_refuse_a_locale_the_edition_does_not_publish() {
    let w = Workdir::new();
    let inputs = tree(w.path());
    for args in [
        &[
            "l10n",
            "status",
            "examples/editions/india",
            "--locale",
            "hi",
        ][..],
        &[
            "l10n",
            "export",
            "examples/editions/india",
            "--locale",
            "hi",
            "--out",
            "x.xlf",
        ],
    ] {
        let a = w.run(args).code(2);
        let err = stderr_of(&a);
        assert!(
            err.starts_with("error[unpublished-locale]: the edition india is not published in hi\n  help: its locales are en-IN, hi-IN;"),
            "{args:?}: {err}"
        );
        assert_eq!(stdout_of(&a), "");
    }
    let a = w
        .run(&[
            "l10n",
            "status",
            "examples/editions/india",
            "--locale",
            "hi",
            "--format",
            "json",
        ])
        .code(2);
    let err: serde_json::Value = serde_json::from_str(&stderr_of(&a)).unwrap();
    assert_eq!(err["errors"][0]["code"], "unpublished-locale");
    assert_eq!(tree(w.path()), inputs);
}

/// `--all` builds every example edition; with `--locale`, the ones published in
/// it. A locale none publishes is refused.
#[test]
fn build_all_with_a_locale_builds_the_editions_published_in_it() {
    let w = Workdir::new();
    let a = w
        .run(&[
            "build",
            "--all",
            "--locale",
            "en",
            "--outputs",
            "xml",
            "--out",
            "out",
        ])
        .success();
    assert_eq!(
        stdout_of(&a),
        "built out/gulf/en (1 file and a manifest, 0 fallbacks)\nbuilt out/saudi-arabia/en (1 file and a manifest, 0 fallbacks)\n"
    );
    let inputs = tree(w.path());
    let a = w
        .run(&[
            "build", "--all", "--locale", "en", "--locale", "sw-KE", "--out", "out2",
        ])
        .code(2);
    let err = stderr_of(&a);
    assert!(
        err.starts_with("error[unpublished-locale]: no edition is published in sw-KE\n  help: the editions' locales: brazil (pt-BR); china (zh-CN); gulf (en);"),
        "{err}"
    );
    assert_eq!(tree(w.path()), inputs);
}

/// The base on its own is published in English, in the locales the built-in
/// translations cover, and in those the local folder has a folder for: creating
/// one starts a translation, and its first pack says it is mostly English.
#[test]
fn the_base_is_published_where_a_folder_says_so() {
    let w = Workdir::new();
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
    let inputs = tree(w.path());
    let a = w.run(&["build", "--locale", "sw", "--out", "out"]).code(2);
    assert_eq!(
        stderr_of(&a),
        "error[unpublished-locale]: care-certificate-2015 has no translation into sw\n  help: it is published in en-GB, ar, hi, pt-BR, zh-CN; to start translating it into sw, create the folder locales/sw\n"
    );
    assert_eq!(tree(w.path()), inputs);
    std::fs::create_dir_all(w.path().join("locales/sw")).unwrap();
    let a = w
        .run(&[
            "build",
            "--locale",
            "sw",
            "--outputs",
            "xml",
            "--out",
            "out",
        ])
        .success();
    assert_eq!(
        stderr_of(&a),
        "warning[mostly-untranslated]: the care-certificate-2015 pack in sw is mostly untranslated: 691 of its 698 texts are in en-GB\n  help: translate it first (`carecert l10n status --locale sw` lists what is missing, `carecert l10n export` writes it for a translator)\n"
    );
    let report = w.json(&[
        "build",
        "--locale",
        "sw",
        "--outputs",
        "xml",
        "--out",
        "out",
    ]);
    assert_eq!(report[0]["warnings"][0]["code"], "mostly-untranslated");
    assert_eq!(
        (report[0]["fallbacks"].as_u64(), report[0]["texts"].as_u64()),
        (Some(691), Some(698))
    );
    // Status takes it too, and starts from nothing.
    let s = w.json(&["l10n", "status", "--locale", "sw"]);
    assert_eq!(s["locales"][0]["translated"], 0);
    // A well translated pack does not warn.
    let report = w.json(&[
        "build",
        "--locale",
        "hi",
        "--outputs",
        "xml",
        "--out",
        "out",
    ]);
    assert_eq!(report[0]["warnings"], serde_json::json!([]));
}

#[test]
fn a_locale_given_twice_is_refused() {
    let w = Workdir::new();
    let inputs = tree(w.path());
    for args in [
        &[
            "build", "--locale", "hi", "--locale", "ar", "--locale", "hi", "--out", "out",
        ][..],
        &["l10n", "status", "--locale", "hi", "--locale", "hi"],
    ] {
        let a = w.run(args).code(2);
        assert_eq!(
            stderr_of(&a),
            "error[duplicate-locale]: --locale hi is given more than once\n  help: give each locale once\n",
            "{args:?}"
        );
    }
    assert_eq!(tree(w.path()), inputs);
}
