//! Document labels (`ui.ftl`) are checked against the English labels; a broken
//! one is reported and never printed into a document.

use crate::workdir::{Workdir, tree};
use crate::{stderr_of, stdout_of};

fn footer_text(w: &Workdir, locale: &str) -> String {
    let path = w
        .path()
        .join("out/care-certificate-2015")
        .join(locale)
        .join("standards.docx");
    let bytes = std::fs::read(path).unwrap();
    carecert::render::docx::package::unzip(&bytes)
        .unwrap()
        .into_iter()
        .filter(|(name, _)| name.starts_with("word/footer"))
        .map(|(_, b)| String::from_utf8(b).unwrap())
        .collect()
}

/// The report: `{ $pagina }` for `{ $page }` passed `l10n status` with 0
/// errors and printed literally in the Word footer.
#[test]
fn a_label_with_an_unknown_variable_is_an_error_and_not_printed() {
    let w = Workdir::new();
    w.write(
        "locales/pt-BR/ui.ftl",
        "# Rodapé revisado\nlabel-page = Página { $pagina } de { $pages }\n",
    );
    let inputs = tree(w.path());
    let a = w.run(&["l10n", "status", "--locale", "pt-BR"]).code(1);
    assert_eq!(
        stdout_of(&a),
        "translations: ./locales over the built-in copy\n\
         pt-BR: 275/275 messages translated, 0 missing, 0 stale, 0 obsolete, 0 labels missing, 35 terms missing, 2 errors\n\
         \x20 error[variable-mismatch]: locales/pt-BR/ui.ftl:2:1 at label-page: the label uses the variable $pagina, which the English label does not have\n\
         \x20   help: the English label has $page, $pages; a variable the documents do not pass would print as {$pagina}\n\
         \x20 error[variable-mismatch]: locales/pt-BR/ui.ftl:2:1 at label-page: the English label shows $page, which the translation leaves out\n\
         \x20   help: write { $page } where your language puts it\n  terms missing: -health-advice-line, -health-service, -regulator, -regulated-activities-regulations, -code-of-conduct, -care-act, -mental-capacity-act, -liberty-safeguards … and 27 more\n  in a pack: 126 texts fall back to another language\n"
    );
    assert_eq!(tree(w.path()), inputs, "status wrote nothing");
    // The build goes on with the built-in Portuguese label, and says why.
    let a = w
        .run(&[
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
    let err = stderr_of(&a);
    assert!(
        err.starts_with("warning[variable-mismatch]: locales/pt-BR/ui.ftl:2:1 at label-page: the label uses the variable $pagina"),
        "{err}"
    );
    assert!(err.ends_with("2 translation problems: the texts concerned fell back to another language (see `carecert l10n status`)\n"), "{err}");
    let footer = footer_text(&w, "pt-BR");
    assert!(footer.contains(">Página </w:t>"), "{footer}");
    assert!(
        !footer.contains("pagina") && !footer.contains('{'),
        "{footer}"
    );
    // With only the local folder, the English label is used instead.
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
        "--no-built-in-translations",
    ])
    .success();
    let footer = footer_text(&w, "pt-BR");
    assert!(
        footer.contains(">Page </w:t>") && !footer.contains('{'),
        "{footer}"
    );
    let s = w.json(&[
        "l10n",
        "status",
        "--locale",
        "pt-BR",
        "--no-built-in-translations",
    ]);
    let missing = s["locales"][0]["labels_missing"].as_array().unwrap();
    assert!(
        missing.contains(&serde_json::json!("label-page")),
        "a broken label is a missing one"
    );
}

/// Every kind of broken label, each with its code, at its line.
#[test]
fn each_kind_of_broken_label_is_reported() {
    let w = Workdir::new();
    w.write(
        "locales/hi/ui.ftl",
        concat!(
            "label-standard = { -manak }\n",
            "label-page = पृष्ठ { $page }\n",
            "label-outcome = { NUMBER($count) }\n",
            "label-criterion = मानदंड\u{202E}\n",
            "label-code = { label-koi }\n",
            "label-kind =\n    .short = प्रकार\n",
            "label-criteria-count = { $count ->\n    [one] एक मानदंड\n    [other] { $count } मानदंड\n}\n",
            "label-standrad = मानक\n",
        ),
    );
    let s = w.json(&["l10n", "status", "--locale", "hi"]);
    let errors = s["locales"][0]["errors"].as_array().unwrap();
    let found: Vec<(String, u64, String)> = errors
        .iter()
        .map(|e| {
            (
                e["code"].as_str().unwrap().to_string(),
                e["line"].as_u64().unwrap_or(0),
                e["path"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let want = [
        ("ftl-syntax", 10, ""),
        ("term-mismatch", 1, "label-standard"),
        ("variable-mismatch", 2, "label-page"),
        ("variable-mismatch", 3, "label-outcome"),
        ("unsupported-placeable", 3, "label-outcome"),
        ("suspicious-character", 4, "label-criterion"),
        ("unsupported-placeable", 5, "label-code"),
        ("empty-text", 6, "label-kind"),
    ];
    let want: Vec<(String, u64, String)> = want
        .iter()
        .map(|(c, l, p)| (c.to_string(), *l, p.to_string()))
        .collect();
    assert_eq!(found, want, "{errors:#?}");
    assert!(errors.iter().all(|e| e["help"].is_string()));
    // A selector without a default variant does not parse; that label falls back.
    assert!(
        errors[0]["message"]
            .as_str()
            .unwrap()
            .contains("invalid Fluent")
    );
}

/// Every English label some code prints: a label nothing uses would still be
/// sent to every translator and counted as missing in every locale. Names of
/// countries and languages are looked up by code (`country-SA`), so they are
/// left out.
#[test]
fn every_label_is_used_by_the_code() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut code = String::new();
    let mut dirs = vec![root.join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                code.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let labels = std::fs::read_to_string(root.join("locales/en-GB/ui.ftl")).unwrap();
    let unused: Vec<&str> = labels
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim()))
        .filter(|id| !id.starts_with("country-") && !id.starts_with("language-"))
        .filter(|id| !code.contains(&format!("\"{id}\"")))
        .collect();
    assert!(unused.is_empty(), "labels no code prints: {unused:?}");
}
