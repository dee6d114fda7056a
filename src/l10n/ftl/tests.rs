use super::*;

#[test]
fn a_message_or_term_defined_twice_is_an_error() {
    let f = parse("t.ftl", "a = b\n-t = x\n\na = c\n-t = y\n");
    let got: Vec<String> = f
        .errors
        .iter()
        .map(|d| {
            format!(
                "{} {:?}:{:?} {}",
                d.code.as_str(),
                d.line,
                d.column,
                d.message
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            "duplicate-id Some(4):Some(1) the message a is defined twice (also at line 1)",
            "duplicate-term Some(5):Some(1) the term -t is defined twice (also at line 2)",
        ]
    );
}

#[test]
fn a_term_value_that_is_not_plain_text_is_an_error_and_not_used() {
    let text = "-a = { -a }\n-b = { $x }\n-c = { m }\n-d = x\u{202E}y\n-e = { \"{\" }\n-f = Fine\n";
    let f = parse("t.ftl", text);
    let ids: Vec<&str> = f.terms.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["-f"]);
    let got: Vec<String> = f
        .errors
        .iter()
        .map(|d| {
            format!(
                "{}:{:?}:{:?} {}",
                d.code.as_str(),
                d.line,
                d.column,
                d.message
            )
        })
        .collect();
    assert_eq!(got.len(), 5, "{got:#?}");
    assert!(
        got[0].starts_with("bad-term-value:Some(1):Some(1) the term's value refers to the term -a")
    );
    assert!(got[1].contains("uses the variable $x"));
    assert!(got[2].contains("uses a message reference { m }"));
    assert!(got[3].starts_with("suspicious-character:Some(4):Some(1)"));
    assert!(got[4].contains("has a brace"));
}

#[test]
fn reads_messages_attributes_and_source_comments() {
    let text = "# source: 3f2a9c01bd44\n# en-GB: Call { -emergency-number }.\nlife-call = Ligue { -emergency-number }\n    continuando.\n    .example-1 = luvas\n-regulator = Anvisa\n";
    let f = parse("pt-BR/x.ftl", text);
    assert!(f.errors.is_empty(), "{:?}", f.errors);
    let m = f.message("life-call").unwrap();
    assert_eq!(
        m.value.as_deref(),
        Some("Ligue { -emergency-number } continuando.")
    );
    assert_eq!(m.fingerprint.as_deref(), Some("3f2a9c01bd44"));
    assert_eq!(
        m.source_text.as_deref(),
        Some("Call { -emergency-number }.")
    );
    assert_eq!(
        m.attributes,
        vec![("example-1".to_string(), "luvas".to_string())]
    );
    assert_eq!((m.line, m.column), (3, 1));
    assert_eq!(f.terms[0].id, "-regulator");
}

#[test]
fn control_character_in_translation_is_an_error_and_left_out() {
    // Found by the `ftl` fuzz target: a NUL in a translation reached
    // curriculum.xml, which no XML reader then opens.
    let f = parse(
        "pt-BR/x.ftl",
        "first-outcome = a\u{0}b\n    .example-1 = c\u{1}\n-regulator = d\u{1b}e\nok = fine\n",
    );
    let codes: Vec<_> = f.errors.iter().map(|e| e.code).collect();
    assert_eq!(codes, ["control-character"; 3], "{:?}", f.errors);
    assert_eq!(f.errors[0].line, Some(1));
    let m = f.message("first-outcome").unwrap();
    assert_eq!(m.value, None);
    assert!(m.attributes.is_empty());
    assert!(f.terms.is_empty());
    assert_eq!(f.message("ok").unwrap().value.as_deref(), Some("fine"));
}

#[test]
fn syntax_errors_have_positions() {
    let f = parse("ar/x.ftl", "ok = fine\nbad = { oops\n");
    assert_eq!(f.errors.len(), 1);
    assert_eq!(f.errors[0].line, Some(2));
    assert!(f.message("ok").is_some());
}

#[test]
fn variables_and_selectors_are_noted() {
    let f = parse("x.ftl", "a = { $n } and { $n ->\n   *[other] x\n  }\n");
    let m = f.message("a").unwrap();
    assert_eq!(m.variables, vec!["n"]);
    assert_eq!(m.unsupported, vec!["selector"]);
}
