use super::*;
use crate::l10n::xliff::NAMESPACE;

fn wrap(units: &str) -> String {
    format!(
        "<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"en-GB\" trgLang=\"pt-BR\"><file id=\"f\">{units}</file></xliff>"
    )
}

fn first_error(text: &str) -> Diagnostic {
    read("x.xlf", text).unwrap_err().remove(0)
}

proptest::proptest! {
    /// Any text without control characters survives XLIFF escaping and reading;
    /// the one normalisation is that runs of XML white space become one space.
    #[test]
    fn any_text_survives_a_round_trip(t in "[^\\p{Cc}\u{FFFE}\u{FFFF}]{0,40}") {
        let xml = format!(
            "<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"en-GB\" trgLang=\"ar\"><file id=\"f\"><unit id=\"u\"><segment id=\"value\"><source>x</source><target>{}</target></segment></unit></file></xliff>",
            quick_xml::escape::escape(t.as_str())
        );
        let f = read("p.xlf", &xml).unwrap();
        let expected = xml::collapse_white_space(&t);
        proptest::prop_assert_eq!(f.units[0].segments[0].target.as_deref(), Some(expected.as_str()));
    }
}

#[test]
fn entities_and_doctype_are_refused() {
    let doctype = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"boom\">]><xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\"/>";
    assert!(first_error(doctype).message.contains("DOCTYPE"));
    let entity = wrap(
        "<unit id=\"u\"><segment id=\"value\"><source>a</source><target>&e;</target></segment></unit>",
    );
    assert!(first_error(&entity).message.contains("&e;"));
    let ok = wrap(
        "<unit id=\"u\"><segment id=\"value\"><source>a</source><target>x &amp; &#233; &lt;</target></segment></unit>",
    );
    let f = read("x.xlf", &ok).unwrap();
    assert_eq!(f.units[0].segments[0].target.as_deref(), Some("x & é <"));
}

#[test]
fn every_problem_of_a_file_comes_at_once() {
    let text = wrap(
        "<unit id=\"u\"><segment id=\"value\"><source>a</source><target xml:lang=\"fr\">b</target></segment></unit>\
         <unit id=\"u\"><segment id=\"value\"><source>a</source></segment><segment id=\"value\"><source>b</source></segment></unit>",
    );
    let errors = read("x.xlf", &text).unwrap_err();
    let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
    assert_eq!(errors.len(), 3, "{messages:?}");
    assert_eq!(errors[0].code, "wrong-locale");
    assert!(
        messages[1].contains("unit id \"u\" is used twice"),
        "{messages:?}"
    );
    assert!(
        messages[2].contains("segment id \"value\" is used twice"),
        "{messages:?}"
    );
    assert!(
        errors
            .iter()
            .all(|e| e.line == Some(1) && e.column.is_some())
    );
}

#[test]
fn annotations_keep_their_text_and_codes_are_refused() {
    let marked = wrap(
        "<unit id=\"u\"><segment id=\"value\"><source>a</source><target>um <mrk id=\"m1\" translate=\"no\">dois</mrk> <sm id=\"s\"/>três<em startRef=\"s\"/></target></segment></unit>",
    );
    let f = read("x.xlf", &marked).unwrap();
    assert_eq!(
        f.units[0].segments[0].target.as_deref(),
        Some("um dois três")
    );
    let coded = wrap(
        "<unit id=\"u\"><segment id=\"value\"><source>a</source><target><pc id=\"1\">negrito</pc></target></segment></unit>",
    );
    assert!(first_error(&coded).message.contains("<pc> formatting code"));
}

#[test]
fn language_tags_are_read_in_any_case() {
    let text = wrap("").replace(
        "srcLang=\"en-GB\" trgLang=\"pt-BR\"",
        "srcLang=\"EN-gb\" trgLang=\"pt-br\"",
    );
    let f = read("x.xlf", &text).unwrap();
    assert_eq!(
        (f.src_lang.as_str(), f.trg_lang.as_str()),
        ("en-GB", "pt-BR")
    );
}

#[test]
fn a_lone_ampersand_says_how_to_write_it() {
    let text = wrap(
        "<unit id=\"u\"><segment id=\"value\"><source>a</source><target>A & B</target></segment></unit>",
    );
    let e = first_error(&text);
    assert_eq!((e.line, e.column), (Some(1), Some(174)), "at the &");
    assert!(e.help.unwrap().contains("&amp;"));
}

/// Every class of problem, each in a file otherwise as exported.
#[test]
fn each_kind_of_damage_is_named() {
    let seg = |target: &str| {
        wrap(&format!(
            "<unit id=\"u\"><originalData><data id=\"d1\">{{ -t }}</data></originalData><segment id=\"value\"><source>a</source>{target}</segment></unit>"
        ))
    };
    let cases: Vec<(String, &str)> = vec![
        (String::new(), "no <xliff> root element"),
        ("<?xml version=\"1.1\"?>".to_string() + &wrap(""), "XML 1.1"),
        (wrap("").replace(" version=\"2.0\"", ""), "has no version"),
        (
            wrap("").replace("version=\"2.0\"", "version=\"2\""),
            "version \"2\"",
        ),
        (
            wrap("").replace("<file id=\"f\">", "<file>"),
            "a <file> has no id",
        ),
        (
            wrap("").replace("</file>", "</file><file id=\"f\"></file>"),
            "the file id \"f\" is used twice",
        ),
        (
            wrap("<unit><segment id=\"value\"><source>a</source></segment></unit>"),
            "a <unit> has no id",
        ),
        (
            wrap("<unit id=\"u\"><segment><source>a</source></segment></unit>"),
            "a <segment> has no id",
        ),
        (
            wrap("<unit id=\"u\"><segment id=\"value\"><target>a</target></segment></unit>"),
            "a segment has no <source>",
        ),
        (
            seg("<target>a</target><target>b</target>"),
            "a second <target>",
        ),
        (seg("<target>a <ph id=\"1\"/></target>"), "has no dataRef"),
        (
            seg("<target>a <cp hex=\"0001\"/></target>"),
            "a <cp> for the character U+0001",
        ),
        (
            seg("<target>a <sc id=\"1\"/>b<ec startRef=\"1\"/></target>"),
            "<sc> formatting code",
        ),
        (
            seg("<target xmlns:h=\"urn:h\">a <h:b>b</h:b></target>"),
            "<h:b> inside a target",
        ),
        (
            seg("<target>a <ph id=\"1\" dataRef=\"d1\">x</ph></target>"),
            "directly inside <ph>",
        ),
        (
            wrap(
                "<unit id=\"u\"><notes><note category=\"source-fingerprint\">a</note><note category=\"source-fingerprint\">b</note></notes></unit>",
            ),
            "two different source-fingerprint notes",
        ),
        (
            wrap(
                "<unit id=\"u\"><originalData><data id=\"d\">x</data><data id=\"d\">y</data></originalData></unit>",
            ),
            "the data id \"d\" is used twice",
        ),
        (
            wrap(
                "<unit id=\"u\"><originalData><data id=\"d\">x<cp hex=\"1\"/></data></originalData></unit>",
            ),
            "<cp> is not allowed inside <data>",
        ),
        (
            wrap("<unit id=\"u\"><unit id=\"v\"/></unit>"),
            "<unit> is not allowed inside <unit>",
        ),
        (
            wrap("<segment id=\"value\"/>"),
            "<segment> is not allowed inside <file>",
        ),
        (
            wrap("").replace("<file id=\"f\">", "<file id=\"f\" id=\"g\">"),
            "an attribute written twice",
        ),
        (
            wrap("").replace("<file id=\"f\">", "<file id=f>"),
            "without quotes",
        ),
        (
            wrap("").replace("<file id=\"f\">", "<file id=\"&x;\">"),
            "the entity &x; is not allowed",
        ),
        (wrap("").replace("</xliff>", "</xlf>"), "malformed XML"),
        (
            wrap("").replace("</xliff>", ""),
            "ends before <xliff> is closed",
        ),
        (wrap("") + "<!-- after -->\n<?pi after?>\n", ""),
        (
            wrap(
                "<group id=\"g\"><group id=\"h\"><unit id=\"u\"><segment id=\"value\"><source>a</source><target>b</target></segment></unit></group></group>",
            ),
            "",
        ),
        (wrap(&"<mrk>".repeat(70)), "nested more than 64 deep"),
    ];
    for (text, want) in cases {
        match read("x.xlf", &text) {
            Ok(_) => assert!(want.is_empty(), "accepted, wanted {want:?}: {text}"),
            Err(errors) => {
                assert!(!want.is_empty(), "refused: {errors:?}: {text}");
                assert!(
                    errors
                        .iter()
                        .any(|e| e.message.contains(want) && e.line.is_some()),
                    "wanted {want:?}, got {:?}",
                    errors.iter().map(|e| &e.message).collect::<Vec<_>>()
                );
            }
        }
    }
}

#[test]
fn a_byte_order_mark_is_read_past() {
    let text = format!(
        "\u{FEFF}<?xml version=\"1.0\" encoding=\"utf-8\"?>\n{}",
        wrap("")
    );
    assert!(read("x.xlf", &text).is_ok());
}
