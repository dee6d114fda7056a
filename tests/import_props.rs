//! Properties of `l10n import`: it changes exactly what it carries.
//!
//! - The exact `.ftl` editor, on random Fluent files (comments of every level,
//!   blank lines, multiline values, attributes, terms, CRLF, no final newline) and
//!   random edits: every line that is not part of an edited message is still
//!   there, in order and byte for byte; every message not edited reads the same;
//!   the edited ones read back exactly as intended.
//! - The whole import, on the embedded 2015 base and the real Hindi translation:
//!   for a random subset of the parts of an `--all` export, translated and
//!   imported in a random order, every message and attribute outside the subset is
//!   unchanged and every one in it reads back exactly.

use carecert::l10n::ftl::{self, FtlMessage};
use carecert::l10n::ftl_edit::{self, MessageEdit, SourceComment};
use proptest::prelude::*;
use std::collections::BTreeMap;

/// Text of a message line: Latin, Arabic, Devanagari, CJK, quotes, no braces.
fn words() -> impl Strategy<Value = String> {
    let chars = prop_oneof![
        prop::char::range('a', 'z'),
        Just(' '),
        Just('é'),
        Just('ا'),
        Just('न'),
        Just('中'),
        Just('"'),
        Just('#'),
        Just('='),
        Just('.'),
    ];
    prop::collection::vec(chars, 0..12)
        .prop_map(|cs| format!("W{}z", cs.into_iter().collect::<String>()))
}

/// A pattern as written in a file, after `=`: inline, or over several lines.
fn pattern() -> impl Strategy<Value = Vec<String>> {
    prop_oneof![
        3 => words().prop_map(|w| vec![format!(" {w}")]),
        1 => (words(), words()).prop_map(|(a, b)| vec![format!(" {a}"), format!("    {b}")]),
        1 => (words(), words()).prop_map(|(a, b)| vec![String::new(), format!("    {a}"), String::new(), format!("    {b}")]),
        1 => words().prop_map(|w| vec![format!(" {w} {{ -term }} {w}")]),
    ]
}

#[derive(Debug, Clone)]
enum Chunk {
    Message {
        comment: Vec<String>,
        value: Option<Vec<String>>,
        attributes: Vec<(String, Vec<String>)>,
        indent: &'static str,
    },
    Term(String),
    /// A comment of level 1–3 standing alone (a blank line follows it).
    Comment(usize, Vec<String>),
}

fn comment_line() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9a-f]{12}".prop_map(|h| format!("# source: {h}")),
        words().prop_map(|w| format!("# en-GB: {w}")),
        words().prop_map(|w| format!("# {w}")),
        Just("#".to_string()),
    ]
}

fn chunk() -> impl Strategy<Value = Chunk> {
    let attrs = prop::collection::btree_map(0..4usize, pattern(), 0..3);
    prop_oneof![
        5 => (
            prop::collection::vec(comment_line(), 0..3),
            prop::option::of(pattern()),
            attrs,
            prop_oneof![Just("    "), Just("  ")],
        )
            .prop_map(|(comment, value, attrs, indent)| Chunk::Message {
                comment,
                value,
                attributes: attrs
                    .into_iter()
                    .map(|(k, v)| (format!("example-{k}"), v))
                    .collect(),
                indent,
            }),
        1 => words().prop_map(Chunk::Term),
        1 => (1..4usize, prop::collection::vec(words(), 1..3)).prop_map(|(l, w)| Chunk::Comment(l, w)),
    ]
}

/// A file: its text, and for each message id the range of its lines.
#[derive(Debug, Clone)]
struct Generated {
    text: String,
    messages: BTreeMap<String, std::ops::Range<usize>>,
    crlf: bool,
}

fn file() -> impl Strategy<Value = Generated> {
    (
        prop::collection::vec((chunk(), 0..3usize, any::<bool>()), 0..8),
        any::<bool>(),
        any::<bool>(),
        0..2usize,
    )
        .prop_map(|(chunks, crlf, final_newline, leading_blank)| {
            let mut lines: Vec<String> = vec![String::new(); leading_blank];
            let mut messages = BTreeMap::new();
            for (i, (c, blanks, spaces)) in chunks.into_iter().enumerate() {
                let start = lines.len();
                match c {
                    Chunk::Message {
                        comment,
                        value,
                        attributes,
                        indent,
                    } => {
                        if value.is_none() && attributes.is_empty() {
                            continue;
                        }
                        lines.extend(comment);
                        let value = value.unwrap_or_else(|| vec![String::new()]);
                        lines.push(format!("m{i} ={}", value[0]));
                        lines.extend(value[1..].iter().cloned());
                        for (name, v) in attributes {
                            lines.push(format!("{indent}.{name} ={}", v[0]));
                            lines.extend(v[1..].iter().map(|l| {
                                if l.is_empty() {
                                    String::new()
                                } else {
                                    format!("{indent}{l}")
                                }
                            }));
                        }
                        messages.insert(format!("m{i}"), start..lines.len());
                    }
                    Chunk::Term(w) => lines.push(format!("-t{i} = {w}")),
                    Chunk::Comment(level, ws) => {
                        for w in ws {
                            lines.push(format!("{} {w}", "#".repeat(level)));
                        }
                        lines.push(String::new());
                    }
                }
                for _ in 0..blanks {
                    lines.push(if spaces { "  ".into() } else { String::new() });
                }
            }
            let eol = if crlf { "\r\n" } else { "\n" };
            let mut text = lines.join(eol);
            if final_newline && !text.is_empty() {
                text.push_str(eol);
            }
            Generated {
                text,
                messages,
                crlf,
            }
        })
}

#[derive(Debug, Clone)]
struct Change {
    value: Option<String>,
    attributes: Vec<(String, String)>,
    comment: bool,
}

fn change() -> impl Strategy<Value = Change> {
    (
        prop::option::of(words()),
        prop::collection::btree_map(0..5usize, words(), 0..3),
        any::<bool>(),
    )
        .prop_map(|(value, attrs, comment)| Change {
            value,
            attributes: attrs
                .into_iter()
                .map(|(k, v)| (format!("example-{k}"), v))
                .collect(),
            comment,
        })
}

fn messages_of(text: &str) -> BTreeMap<String, FtlMessage> {
    let parsed = ftl::parse("p.ftl", text);
    parsed
        .messages
        .into_iter()
        .map(|mut m| {
            m.line = 0;
            (m.id.clone(), m)
        })
        .collect()
}

/// How a value written on its own reads back.
fn alone(value: &str) -> String {
    messages_of(&format!("x = {}\n", ftl_edit::pattern_text(value)))["x"]
        .value
        .clone()
        .unwrap()
}

/// Lines of a text with their line ends, so CRLF is compared too.
fn lines_of(text: &str) -> Vec<&str> {
    text.split_inclusive('\n').collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_editor_changes_only_what_it_is_asked_to(
        g in file(),
        changes in prop::collection::vec((0..10usize, change()), 0..4),
    ) {
        let parsed = ftl::parse("p.ftl", &g.text);
        prop_assume!(parsed.errors.is_empty());
        let order = ["example-0", "example-1", "example-2", "example-3", "example-4"];
        let mut by_id: BTreeMap<String, Change> = BTreeMap::new();
        for (n, c) in changes {
            let id = format!("m{n}");
            by_id.insert(id, c);
        }
        by_id.retain(|_, c| c.value.is_some() || !c.attributes.is_empty());
        let edits: Vec<MessageEdit<'_>> = by_id
            .iter()
            .map(|(id, c)| MessageEdit {
                id,
                value: c.value.as_deref(),
                attributes: c.attributes.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect(),
                order: order.to_vec(),
                comment: c.comment.then_some(SourceComment {
                    fingerprint: "abcdefabcdef",
                    locale: "en-GB",
                    english: "The English",
                }),
            })
            .collect();
        let new = match ftl_edit::edit("p.ftl", &g.text, &edits) {
            Ok(t) => t,
            Err(e) => return Err(TestCaseError::fail(format!("{e:?}\n{:?}", g.text))),
        };
        prop_assert!(ftl::parse("p.ftl", &new).errors.is_empty(), "{new:?}");

        // Every line outside the edited messages is still there, in order.
        let old_lines = lines_of(&g.text);
        let new_lines = lines_of(&new);
        let edited_lines: Vec<std::ops::Range<usize>> = by_id
            .keys()
            .filter_map(|id| g.messages.get(id).cloned())
            .collect();
        let mut at = 0;
        for (n, line) in old_lines.iter().enumerate() {
            if edited_lines.iter().any(|r| r.contains(&n)) {
                continue;
            }
            // The last line may gain the line end an appended message needs.
            let found = new_lines[at..].iter().position(|l| l == line || (n + 1 == old_lines.len() && l.trim_end_matches(['\r', '\n']) == *line));
            prop_assert!(found.is_some(), "line {n} {line:?} lost:\n{new:?}");
            at += found.unwrap() + 1;
        }
        // Line ends keep the file's style.
        for l in &new_lines {
            if l.ends_with('\n') && g.text.contains('\n') {
                prop_assert_eq!(l.ends_with("\r\n"), g.crlf, "{:?}", new);
            }
        }
        if !g.text.is_empty() && !g.text.ends_with('\n') && by_id.keys().all(|id| g.messages.contains_key(id)) {
            prop_assert!(!new.ends_with('\n'), "a final newline appeared: {new:?}");
        }

        // Messages not edited read the same; the edited ones as intended.
        let before = messages_of(&g.text);
        let after = messages_of(&new);
        for (id, m) in &before {
            if !by_id.contains_key(id) {
                prop_assert_eq!(Some(m), after.get(id));
            }
        }
        for (id, c) in &by_id {
            let got = &after[id];
            let was = before.get(id);
            let value = match &c.value {
                Some(v) => Some(alone(v)),
                None => was.and_then(|m| m.value.clone()),
            };
            prop_assert_eq!(&got.value, &value);
            let mut want: BTreeMap<String, String> = was
                .map(|m| m.attributes.iter().cloned().collect())
                .unwrap_or_default();
            for (k, v) in &c.attributes {
                want.insert(k.clone(), alone(v));
            }
            let have: BTreeMap<String, String> = got.attributes.iter().cloned().collect();
            prop_assert_eq!(have, want);
            if c.comment {
                prop_assert_eq!(got.fingerprint.as_deref(), Some("abcdefabcdef"));
                prop_assert_eq!(got.source_text.as_deref(), Some("The English"));
            } else {
                prop_assert_eq!(&got.fingerprint, &was.and_then(|m| m.fingerprint.clone()));
            }
        }
        // Terms and comments are untouched.
        let terms = |t: &str| ftl::parse("p.ftl", t).terms.into_iter().map(|t| (t.id, t.value)).collect::<Vec<_>>();
        prop_assert_eq!(terms(&g.text), terms(&new));
    }
}
