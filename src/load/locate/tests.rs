use super::*;

const DOC: &str = "{\n  \"a\": 1,\n  \"outcomes\": [\n    {\"x\": \"q\\\"}\"},\n    {\"criteria\": [ {\"kind\": \"perfomance\"} ]}\n  ]\n}\n";

#[test]
fn finds_nested_values_and_keys() {
    let path = JsonPath::root()
        .key("outcomes")
        .index(1)
        .key("criteria")
        .index(0)
        .key("kind");
    assert_eq!(path.to_string(), "outcomes[1].criteria[0].kind");
    assert_eq!(locate(DOC, &path), Some((5, 29)));
    assert_eq!(locate_key(DOC, &path), Some((5, 21)));
    assert_eq!(locate(DOC, &JsonPath::root().key("a")), Some((2, 8)));
}

#[test]
fn missing_paths_are_none() {
    assert_eq!(locate(DOC, &JsonPath::root().key("nope")), None);
    assert_eq!(
        locate(DOC, &JsonPath::root().key("outcomes").index(5)),
        None
    );
    assert_eq!(locate("[1,", &JsonPath::root().index(3)), None);
}

/// The plain way: a scan from the start for each path.
fn locate_inner(text: &str, path: &JsonPath, at_key: bool) -> Option<(usize, usize)> {
    let mut scan = Scanner {
        bytes: text.as_bytes(),
        pos: 0,
    };
    scan.skip_ws();
    let last = path.0.len();
    for (depth, seg) in path.0.iter().enumerate() {
        match seg {
            Segment::Key(key) => {
                let key_pos = scan.find_key(key)?;
                if at_key && depth + 1 == last {
                    return Some(line_col(text, key_pos));
                }
            }
            Segment::Index(n) => scan.find_index(*n)?,
        }
    }
    Some(line_col(text, scan.pos))
}

#[test]
fn a_locator_answers_as_a_fresh_scan_does() {
    let mut locator = Locator::default();
    let paths = [
        JsonPath::root()
            .key("outcomes")
            .index(1)
            .key("criteria")
            .index(0)
            .key("kind"),
        JsonPath::root().key("a"),
        JsonPath::root().key("outcomes").index(0).key("x"),
        JsonPath::root().key("outcomes").index(5),
        JsonPath::root().key("nope"),
        JsonPath::root().key("a").key("b"),
    ];
    for path in &paths {
        for at_key in [false, true] {
            assert_eq!(
                locator.locate(DOC, path, at_key),
                locate_inner(DOC, path, at_key),
                "{path} {at_key}"
            );
        }
    }
    // Another text is not answered from the first one's index.
    let other = "{\"a\": 2}";
    assert_eq!(
        locator.locate(other, &JsonPath::root().key("a"), false),
        Some((1, 7))
    );
}

#[test]
fn columns_on_a_very_long_line_are_counted_in_characters() {
    let text = format!("{{\"a\": \"{}\", \"b\": 1}}", "é".repeat(20_000));
    let mut locator = Locator::default();
    assert_eq!(
        locator.locate(&text, &JsonPath::root().key("b"), true),
        Some((1, 20_000 + 11))
    );
    let lines = Lines::new(&text);
    for offset in (0..text.len()).step_by(997) {
        assert_eq!(
            lines.line_col(&text, offset),
            line_col(&text, offset),
            "at {offset}"
        );
    }
}

#[test]
fn columns_count_characters() {
    assert_eq!(line_col("{\"é\": ", 6), (1, 6));
    let text = "ab\ncé\n\nx";
    let index = LineIndex::new(text);
    for offset in 0..=text.len() + 2 {
        assert_eq!(
            index.line_col(offset),
            line_col(text, offset),
            "at {offset}"
        );
    }
}
