use super::*;

fn count(labels: &Labels, n: i64) -> String {
    labels.get("label-criteria-count", &[("count", n)]).text
}

#[test]
fn arabic_plural_categories_and_variables() {
    let ar = Labels::load(&LocaleRoot::Embedded, "ar", "en-GB");
    assert!(ar.problems().is_empty(), "{:?}", ar.problems());
    let forms: Vec<String> = [0, 1, 2, 3, 11, 100]
        .iter()
        .map(|n| count(&ar, *n))
        .collect();
    // zero, one, two, few, many and other are six different sentences.
    let mut distinct = forms.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 6, "{forms:?}");
    assert!(forms[3].starts_with("3 "), "{forms:?}");
    assert!(!forms.concat().contains(['\u{2068}', '\u{2069}']));
    let page = ar.get("label-page", &[("page", 2), ("pages", 9)]);
    assert!(
        page.text.contains('2') && page.text.contains('9') && !page.fallback,
        "{page:?}"
    );
}

fn local(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

fn codes(labels: &Labels) -> Vec<&str> {
    labels.problems().iter().map(|p| p.code.as_str()).collect()
}

#[test]
fn a_label_with_control_characters_is_not_used() {
    // Found by the `ftl` fuzz target: labels reach every Word document.
    let dir = local(&[("pt-BR/ui.ftl", "label-standard = Pa\u{1}dr\u{0}ão\n")]);
    let pt = Labels::load(&LocaleRoot::Layered(dir.path().into()), "pt-BR", "en-GB");
    // The built-in Portuguese label is used instead.
    let t = pt.get("label-standard", &[]);
    assert_eq!((t.text.as_str(), t.fallback), ("Padrão", false));
    assert_eq!(codes(&pt), ["control-character"]);
    let only = Labels::load(&LocaleRoot::Dir(dir.path().into()), "pt-BR", "en-GB");
    let t = only.get("label-standard", &[]);
    assert_eq!((t.text.as_str(), t.fallback), ("Standard", true));
}

/// A local ui.ftl with a few labels overrides those only.
#[test]
fn a_local_label_file_overrides_its_labels_only() {
    let dir = local(&[("pt-BR/ui.ftl", "label-standard = Norma\n")]);
    let pt = Labels::load(&LocaleRoot::Layered(dir.path().into()), "pt-BR", "en-GB");
    assert_eq!(pt.get("label-standard", &[]).text, "Norma");
    let page = pt.get("label-page", &[("page", 2), ("pages", 9)]);
    assert_eq!(
        (page.text.as_str(), page.fallback),
        ("Página 2 de 9", false)
    );
    assert!(pt.problems().is_empty(), "{:?}", pt.problems());
}

#[test]
fn broken_labels_are_reported_and_fall_back() {
    let dir = local(&[(
        "pt-BR/ui.ftl",
        concat!(
            "label-page = Página { $pagina } de { $pages }\n",
            "label-standard = { -padrao }\n",
            "label-outcome = { NUMBER(1) }\n",
            "label-criterion = Crit\u{202E}ério\n",
            "label-code = { label-nada }\n",
            "label-kind = Tipo de { -coisa }\n",
            "-coisa = coisa\n",
            "label-criteria-count = { $count } critérios\n",
            "label-activity-code = Atividade\n",
        ),
    )]);
    let pt = Labels::load(&LocaleRoot::Dir(dir.path().into()), "pt-BR", "en-GB");
    let problems: Vec<String> = pt.problems().iter().map(|p| p.to_string()).collect();
    assert_eq!(
        codes(&pt),
        [
            "variable-mismatch",
            "variable-mismatch",
            "term-mismatch",
            "unsupported-placeable",
            "suspicious-character",
            "unsupported-placeable",
            "variable-mismatch",
        ],
        "{problems:#?}"
    );
    assert!(
        problems[0].contains("ui.ftl:1:1 at label-page: the label uses the variable $pagina"),
        "{problems:#?}"
    );
    assert!(
        problems[0].contains("help: the English label has $page, $pages;"),
        "{problems:#?}"
    );
    assert!(
        problems[1].contains("the English label shows $page, which the translation leaves out"),
        "{problems:#?}"
    );
    assert!(
        problems[6].contains("ui.ftl:9:1 at label-activity-code"),
        "{problems:#?}"
    );
    // Each broken label is the English one in documents, never `{$pagina}`.
    for (id, english) in [
        ("label-page", "Page 2 of 9"),
        ("label-standard", "Standard"),
        ("label-outcome", "Learning outcome"),
        ("label-criterion", "Assessment criterion"),
        ("label-code", "Code"),
    ] {
        let t = pt.get(id, &[("page", 2), ("pages", 9)]);
        assert_eq!((t.text.as_str(), t.fallback), (english, true), "{id}");
    }
    // A term the file defines, and a plural without selector, are fine.
    assert_eq!(pt.get("label-kind", &[]).text, "Tipo de coisa");
    assert_eq!(
        pt.get("label-criteria-count", &[("count", 3)]).text,
        "3 critérios"
    );
}

#[test]
fn english_plurals_and_fallback_to_the_source() {
    let en = Labels::load(&LocaleRoot::Embedded, "en-GB", "en-GB");
    assert_eq!(count(&en, 1), "1 criterion");
    assert_eq!(count(&en, 5), "5 criteria");
    let sw = Labels::load(&LocaleRoot::Embedded, "sw-KE", "en-GB");
    let t = sw.get("label-standard", &[]);
    assert_eq!(
        (t.text.as_str(), t.lang.as_str(), t.fallback),
        ("Standard", "en-GB", true)
    );
}

#[test]
fn a_label_without_arguments_is_the_same_when_asked_again() {
    for locale in ["en-GB", "ar", "zh-CN"] {
        let labels = Labels::load(&LocaleRoot::Embedded, locale, "en-GB");
        for id in [
            "label-knowledge",
            "label-performance",
            "label-no-such-label",
        ] {
            let first = labels.get(id, &[]);
            assert_eq!(
                first,
                labels.format(id, &FluentArgs::new()),
                "{locale} {id}"
            );
            assert_eq!(labels.get(id, &[]), first, "{locale} {id}");
        }
    }
}

/// `fallbacks` counts none, without formatting them, when every label file is
/// in the pack's language: right only if each of the program's own labels
/// formats, in English and in an English variant with labels of its own.
#[test]
fn no_english_label_falls_back() {
    let dir = local(&[("en-IN/ui.ftl", "label-standard = Standard (India)\n")]);
    for labels in [
        Labels::load(&LocaleRoot::Embedded, "en-GB", "en-GB"),
        Labels::load(&LocaleRoot::Layered(dir.path().into()), "en-IN", "en-GB"),
    ] {
        for id in label_ids() {
            let t = labels.resolve(id);
            assert!(!t.fallback && !t.text.is_empty(), "{id}: {t:?}");
        }
        assert_eq!(labels.fallbacks(), 0);
    }
    // A Portuguese pack whose labels all fell back to English counts them.
    let none = Labels::load(&LocaleRoot::Dir(dir.path().into()), "pt-BR", "en-GB");
    assert_eq!(none.fallbacks(), label_ids().len());
}
