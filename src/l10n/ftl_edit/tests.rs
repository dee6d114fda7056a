use super::*;

fn set<'a>(id: &'a str, value: Option<&'a str>, attrs: &[(&'a str, &'a str)]) -> MessageEdit<'a> {
    MessageEdit {
        id,
        value,
        attributes: attrs.to_vec(),
        order: attrs.iter().map(|(n, _)| *n).collect(),
        comment: None,
    }
}

const FILE: &str = "### Resource comment\n\n## Group\n\n# a free comment\n\n# source: 111111111111\n# en-GB: Old English\n# translator: keep this\nmsg = Velho\n    .example-1 = um\n    .example-2 = dois\n\n\nother = Outro\n    continua\n-term = Termo\n# trailing comment\n";

#[test]
fn a_value_alone_changes_only_the_value() {
    let out = edit("x.ftl", FILE, &[set("msg", Some("Novo"), &[])]).unwrap();
    assert_eq!(out, FILE.replace("msg = Velho", "msg = Novo"));
}

#[test]
fn an_attribute_alone_changes_only_that_attribute() {
    let out = edit("x.ftl", FILE, &[set("msg", None, &[("example-2", "DOIS")])]).unwrap();
    assert_eq!(out, FILE.replace(".example-2 = dois", ".example-2 = DOIS"));
}

#[test]
fn a_new_attribute_goes_after_the_one_before_it_in_english_order() {
    let mut e = set("msg", None, &[("example-3", "três"), ("example-0", "zero")]);
    e.order = vec!["example-0", "example-1", "example-2", "example-3"];
    let out = edit("x.ftl", FILE, &[e]).unwrap();
    assert_eq!(
        out,
        FILE.replace(
            "msg = Velho\n    .example-1 = um\n    .example-2 = dois\n",
            "msg = Velho\n    .example-0 = zero\n    .example-1 = um\n    .example-2 = dois\n    .example-3 = três\n"
        )
    );
}

#[test]
fn the_source_comment_is_updated_in_place_and_other_comment_lines_kept() {
    let mut e = set("msg", Some("Novo"), &[]);
    e.comment = Some(SourceComment {
        fingerprint: "222222222222",
        locale: "en-GB",
        english: "New English",
    });
    let out = edit("x.ftl", FILE, &[e]).unwrap();
    assert_eq!(
        out,
        FILE.replace(
            "# source: 111111111111\n# en-GB: Old English",
            "# source: 222222222222\n# en-GB: New English"
        )
        .replace("msg = Velho", "msg = Novo")
    );
}

#[test]
fn of_two_source_lines_the_one_status_reads_is_updated() {
    // Found by the property test: `ftl::parse` takes the last `source:` line.
    let text = "# source: aaaaaaaaaaaa\n# source: bbbbbbbbbbbb\nm = x\n";
    let mut e = set("m", Some("y"), &[]);
    e.comment = Some(SourceComment {
        fingerprint: "cccccccccccc",
        locale: "en-GB",
        english: "Y",
    });
    let out = edit("x.ftl", text, &[e]).unwrap();
    assert_eq!(
        out,
        "# source: aaaaaaaaaaaa\n# source: cccccccccccc\n# en-GB: Y\nm = y\n"
    );
}

#[test]
fn a_message_without_comment_gets_one_and_a_multiline_value_becomes_one_line() {
    let mut e = set("other", Some("Outra coisa"), &[]);
    e.comment = Some(SourceComment {
        fingerprint: "333333333333",
        locale: "en-GB",
        english: "Other",
    });
    let out = edit("x.ftl", FILE, &[e]).unwrap();
    assert_eq!(
        out,
        FILE.replace(
            "other = Outro\n    continua\n",
            "# source: 333333333333\n# en-GB: Other\nother = Outra coisa\n"
        )
    );
}

#[test]
fn a_missing_message_is_appended_after_one_blank_line() {
    let mut e = set("new", Some("Nova"), &[("example-1", "x")]);
    e.comment = Some(SourceComment {
        fingerprint: "444444444444",
        locale: "en-GB",
        english: "New",
    });
    let out = edit("x.ftl", FILE, &[e.clone()]).unwrap();
    assert_eq!(
        out,
        format!("{FILE}\n# source: 444444444444\n# en-GB: New\nnew = Nova\n    .example-1 = x\n")
    );
    // A file without a final newline gets one before the blank line.
    let out = edit("x.ftl", "a = b", &[e.clone()]).unwrap();
    assert_eq!(
        out,
        "a = b\n\n# source: 444444444444\n# en-GB: New\nnew = Nova\n    .example-1 = x\n"
    );
    // An empty file gets the message alone.
    let out = edit("x.ftl", "", &[e]).unwrap();
    assert_eq!(
        out,
        "# source: 444444444444\n# en-GB: New\nnew = Nova\n    .example-1 = x\n"
    );
}

#[test]
fn crlf_stays_crlf_and_no_final_newline_stays_so() {
    let text = "# source: 1\r\n# en-GB: A\r\na = Um\r\n    .example-1 = x\r\n\r\nb = Dois";
    let out = edit(
        "x.ftl",
        text,
        &[
            set("a", Some("UM"), &[("example-2", "y")]),
            set("b", Some("DOIS"), &[]),
        ],
    )
    .unwrap();
    assert_eq!(
        out,
        "# source: 1\r\n# en-GB: A\r\na = UM\r\n    .example-1 = x\r\n    .example-2 = y\r\n\r\nb = DOIS"
    );
}

#[test]
fn a_message_with_only_attributes_gets_a_value() {
    let text = "a =\n    .example-1 = x\n";
    let out = edit("x.ftl", text, &[set("a", Some("Um"), &[])]).unwrap();
    assert_eq!(out, "a = Um\n    .example-1 = x\n");
}

#[test]
fn a_selector_that_closes_at_the_start_of_a_line_is_replaced_whole() {
    let text =
        "msg = { $n ->\n    [one] x\n   *[other] y\n}\n    .example-1 = z\n# next\nnext = w\n";
    let out = edit(
        "x.ftl",
        text,
        &[set("msg", Some("Novo"), &[("example-2", "dois")])],
    )
    .unwrap();
    assert_eq!(
        out,
        "msg = Novo\n    .example-1 = z\n    .example-2 = dois\n# next\nnext = w\n"
    );
}

#[test]
fn leading_syntax_characters_are_written_as_literals() {
    let out = edit("x.ftl", "a = b\n", &[set("a", Some(".NET"), &[])]).unwrap();
    assert_eq!(out, "a = {\".\"}NET\n");
}

#[test]
fn a_message_defined_twice_is_refused() {
    let errors = edit("x.ftl", "a = b\n\na = c\n", &[set("a", Some("d"), &[])]).unwrap_err();
    assert_eq!(errors[0].code, Code::DuplicateId);
    assert_eq!(errors[0].line, Some(3));
    assert!(
        errors[0].message.contains("also at line 1"),
        "{}",
        errors[0].message
    );
}

#[test]
fn a_file_with_syntax_errors_is_refused_with_positions() {
    let errors = edit("x.ftl", "a = b\nc = { d\n", &[set("a", Some("e"), &[])]).unwrap_err();
    assert_eq!(errors[0].code, Code::FtlSyntax);
    assert_eq!(errors[0].line, Some(2));
}
