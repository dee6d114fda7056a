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

mod whole_import {
    //! The whole import on the embedded base and the real Hindi translation.

    use super::{alone, messages_of};
    use carecert::edition::resolved::Resolved;
    use carecert::fingerprint::Fingerprint;
    use carecert::l10n::ftl::FtlMessage;
    use carecert::l10n::status::SourceMessage;
    use carecert::l10n::xliff::{self, ExportOptions};
    use carecert::l10n::{Catalog, LocaleRoot};
    use proptest::prelude::*;
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::{Path, PathBuf};
    use std::sync::OnceLock;

    struct Setup {
        r: Resolved,
        sources: Vec<SourceMessage>,
        /// The units of an `--all` export, each as its lines of XML.
        units: Vec<Unit>,
        head: String,
        hi: String,
    }

    struct Unit {
        id: String,
        /// `(segment id, source inner XML)` in order.
        segments: Vec<(String, String)>,
        xml: String,
    }

    fn setup() -> &'static Setup {
        static S: OnceLock<Setup> = OnceLock::new();
        S.get_or_init(|| {
            let stack = carecert::edition::open(carecert::load::DEFAULT_FRAMEWORK, None).unwrap();
            let r = stack.resolve().unwrap().resolved;
            let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
            let catalog =
                Catalog::load(&LocaleRoot::Dir(root.clone()), &stack, &["hi".to_string()]);
            let (xlf, _) = xliff::export(
                &r,
                &catalog,
                &ExportOptions {
                    locale: "hi",
                    all: true,
                },
            );
            let xlf = String::from_utf8(xlf).unwrap();
            let file = xlf.find("<unit ").unwrap();
            let head = xlf[..file].to_string();
            let mut units = Vec::new();
            let mut rest = &xlf[file..];
            while let Some(start) = rest.find("<unit ") {
                let end = start + rest[start..].find("</unit>").unwrap() + "</unit>".len();
                let xml = rest[start..end].to_string();
                let id = xml["<unit id=\"".len()..]
                    .split('"')
                    .next()
                    .unwrap()
                    .to_string();
                let mut segments = Vec::new();
                let mut s = xml.as_str();
                while let Some(at) = s.find("<segment id=\"") {
                    let after = &s[at + "<segment id=\"".len()..];
                    let seg = after.split('"').next().unwrap().to_string();
                    let src = after.find("<source>").unwrap() + "<source>".len();
                    let src_end = after.find("</source>").unwrap();
                    segments.push((seg, after[src..src_end].to_string()));
                    s = &after[src_end..];
                }
                units.push(Unit { id, segments, xml });
                rest = &rest[end..];
            }
            let hi = std::fs::read_to_string(root.join("hi/care-certificate-2015.ftl")).unwrap();
            // The units of the messages the file translates (274 nodes): the
            // property is about changing a file's messages part by part.
            let present = messages_of(&hi);
            units.retain(|u| present.contains_key(&u.id));
            let sources = carecert::l10n::status::source_messages(&r);
            Setup {
                r,
                sources,
                units,
                head,
                hi,
            }
        })
    }

    fn translation() -> impl Strategy<Value = String> {
        let chars = prop_oneof![
            prop::char::range('\u{0905}', '\u{0939}'),
            Just(' '),
            Just('।'),
            Just('&'),
            Just('<'),
            Just('"'),
            Just('\u{A0}'),
        ];
        prop::collection::vec(chars, 0..20)
            .prop_map(|cs| format!("क{}ख", cs.into_iter().collect::<String>()))
    }

    /// A translation of `source` (inner XML): new words, then its placeholders.
    fn target_xml(source: &str, words: &str) -> String {
        let mut phs = Vec::new();
        let mut s = source;
        while let Some(at) = s.find("<ph ") {
            let end = at + s[at..].find("/>").unwrap() + 2;
            phs.push(&s[at..end]);
            s = &s[end..];
        }
        format!("{} {}", quick_xml::escape::escape(words), phs.join(" "))
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 32, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn an_import_changes_exactly_the_parts_it_carries(
            picks in prop::collection::vec((0..274usize, 0..12usize, translation()), 1..25),
            stale in prop::collection::btree_set(0..274usize, 0..20),
            order in Just(()).prop_perturb(|_, mut rng| {
                let mut v: Vec<usize> = (0..274).collect();
                for i in (1..v.len()).rev() {
                    let j = rng.random_range(0..=i);
                    v.swap(i, j);
                }
                v
            }),
        ) {
            let s = setup();
            // Some translations made stale: their recorded fingerprint changed.
            let mut hi = s.hi.clone();
            let stale_ids: BTreeSet<&str> = stale.iter().map(|i| s.units[*i].id.as_str()).collect();
            let before = messages_of(&s.hi);
            for id in &stale_ids {
                // A translation without a `# source:` line has nothing to make stale.
                let Some(fp) = before[*id].fingerprint.clone() else {
                    continue;
                };
                let line = format!("# source: {fp}\n# en-GB: ");
                let at = hi.find(&line).filter(|_| hi.matches(&line).count() == 1);
                if let Some(at) = at {
                    hi.replace_range(at..at + line.len(), "# source: 000000000000\n# en-GB: ");
                }
            }
            let old = messages_of(&hi);
            // The parts translated, by unit and segment.
            let mut chosen: BTreeMap<(usize, String), String> = BTreeMap::new();
            let mut expected: BTreeMap<(String, String), String> = BTreeMap::new();
            for (u, k, words) in &picks {
                let unit = &s.units[*u];
                let (seg, source) = &unit.segments[k % unit.segments.len()];
                let xml = target_xml(source, words);
                chosen.insert((*u, seg.clone()), xml);
                // What the file must read: the words, then the terms, in source form.
                let unit_data = &unit.xml;
                let mut text = carecert_words(words);
                let mut rest = source.as_str();
                while let Some(at) = rest.find("dataRef=\"") {
                    let d = rest[at + 9..].split('"').next().unwrap();
                    let data_at = unit_data.find(&format!("<data id=\"{d}\">")).unwrap() + format!("<data id=\"{d}\">").len();
                    let data = &unit_data[data_at..data_at + unit_data[data_at..].find("</data>").unwrap()];
                    text.push(' ');
                    text.push_str(data);
                    rest = &rest[at + 9..];
                }
                expected.insert((unit.id.clone(), seg.clone()), text.trim().to_string());
            }
            // The XLIFF: in a random order, the units translated and some others
            // (without targets), as a CAT tool returns a part of an export.
            let mut xlf = s.head.clone();
            let translated: BTreeSet<usize> = chosen.keys().map(|(u, _)| *u).collect();
            for (n, &u) in order.iter().enumerate() {
                if !translated.contains(&u) && n % 8 != 0 {
                    continue;
                }
                let unit = &s.units[u];
                let mut xml = unit.xml.clone();
                for (seg, _) in &unit.segments {
                    if let Some(target) = chosen.get(&(u, seg.clone())) {
                        let at = xml.find(&format!("<segment id=\"{seg}\">")).unwrap();
                        let end = at + xml[at..].find("</source>").unwrap() + "</source>".len();
                        xml.insert_str(end, &format!("<target>{target}</target>"));
                    }
                }
                xlf.push_str(&xml);
                xlf.push('\n');
            }
            xlf.push_str("  </file>\n</xliff>\n");
            let file = xliff::read("p.xlf", &xlf).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
            let target = PathBuf::from("locales/hi/care-certificate-2015.ftl");
            let plan = xliff::plan(&s.r, &file, "p.xlf", &|_| Some(target.clone()), &mut |_: &Path| Ok(Some(hi.clone())))
                .map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
            prop_assert!(plan.report.refused.is_empty(), "{:?}", plan.report.refused);
            let new = plan.writes.first().map_or(hi.clone(), |w| w.text.clone());
            let after = messages_of(&new);
            prop_assert_eq!(old.len(), after.len());
            // Byte for byte: every line outside the touched messages (their
            // comment, id line and indented lines) is still there, in order.
            let lines: Vec<&str> = hi.split_inclusive('\n').collect();
            let mut touched_lines = BTreeSet::new();
            for m in carecert::l10n::ftl::parse("hi.ftl", &hi).messages {
                if !expected.keys().any(|(u, _)| *u == m.id) {
                    continue;
                }
                let id_line = m.line - 1;
                let mut first = id_line;
                while first > 0 && lines[first - 1].starts_with('#') && !lines[first - 1].starts_with("##") {
                    first -= 1;
                }
                let mut last = id_line + 1;
                while last < lines.len() && lines[last].starts_with(' ') {
                    last += 1;
                }
                touched_lines.extend(first..last);
            }
            let new_lines: Vec<&str> = new.split_inclusive('\n').collect();
            let mut at = 0;
            for (n, line) in lines.iter().enumerate() {
                if touched_lines.contains(&n) {
                    continue;
                }
                let found = new_lines[at..].iter().position(|l| l == line);
                prop_assert!(found.is_some(), "line {} {:?} lost", n + 1, line);
                at += found.unwrap() + 1;
            }
            let sources: BTreeMap<&str, &SourceMessage> =
                s.sources.iter().map(|m| (m.id.as_str(), m)).collect();
            for (id, was) in &old {
                let got = &after[id];
                let touched = expected.keys().any(|(u, _)| u == id);
                if !touched {
                    prop_assert_eq!(was, got);
                    continue;
                }
                let part = |name: &str, m: &FtlMessage| -> Option<String> {
                    if name == "value" { m.value.clone() } else { m.attributes.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()) }
                };
                let source = sources[id.as_str()];
                let fp = &source.fingerprint;
                let attrs: Vec<&str> = source.attributes.iter().map(|(k, _)| k.as_str()).collect();
                let mut carried = 0;
                for name in std::iter::once("value").chain(attrs.iter().copied()) {
                    match expected.get(&(id.clone(), name.to_string())) {
                        Some(text) => {
                            carried += 1;
                            prop_assert_eq!(part(name, got), Some(alone(text)), "{} {}", id, name);
                        }
                        None => prop_assert_eq!(part(name, got), part(name, was), "{} {}", id, name),
                    }
                }
                let was_fresh = was.fingerprint.as_deref().and_then(Fingerprint::parse).is_some_and(|f| fp.matches(&f));
                let all = carried == 1 + attrs.len();
                let listed = plan.report.still_stale.iter().any(|x| &x.id == id);
                if was_fresh || all {
                    prop_assert_eq!(got.fingerprint.as_deref(), Some(fp.as_str()), "{}", id);
                    prop_assert!(!listed);
                } else {
                    prop_assert_eq!(&got.fingerprint, &was.fingerprint, "{}", id);
                    prop_assert!(listed, "{} is still stale but not reported", id);
                }
            }
        }
    }

    /// The words as the import reads them: XML white space collapsed.
    fn carecert_words(words: &str) -> String {
        words
            .split([' ', '\t', '\r', '\n'])
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

mod damaged_files {
    //! Files damaged at random (tokens a CAT tool, a script or a careless hand
    //! might insert) are refused with positions, or imported into a valid file;
    //! nothing panics, and no message the file does not name changes.

    use super::messages_of;
    use carecert::l10n::xliff;
    use proptest::prelude::*;
    use std::path::{Path, PathBuf};

    const TOKENS: &[&str] = &[
        "<",
        ">",
        "&",
        "&amp;",
        "&#1;",
        "\"",
        "'",
        "</target>",
        "<target>",
        "</segment>",
        "<segment id=\"value\">",
        "<unit id=\"role-own-role\">",
        "</unit>",
        "<file id=\"x\">",
        "</file>",
        "</xliff>",
        "<xliff>",
        "<ph id=\"1\" dataRef=\"d1\"/>",
        "<ph/>",
        " xml:lang=\"fr\"",
        " id=\"value\"",
        "<mrk>",
        "</mrk>",
        "<pc>",
        "{",
        "}",
        "{ -regulator }",
        ".example-1 = x",
        "\n",
        "\r\n",
        "\u{1}",
        "\u{FEFF}",
        "<!--",
        "-->",
        "<![CDATA[",
        "]]>",
        "<?xml version=\"1.0\"?>",
        "x:",
        " a=\"1\"",
        "é",
        "\u{202E}",
        "[one]",
        "*",
        ".",
    ];

    fn base() -> String {
        let unit = |id: &str, fp: &str, source: &str, target: &str| {
            format!(
                "    <unit id=\"{id}\">\n      <notes><note category=\"source-fingerprint\">{fp}</note></notes>\n      <segment id=\"value\">\n        <source>{source}</source>\n        <target>{target}</target>\n      </segment>\n    </unit>\n"
            )
        };
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en-GB\" trgLang=\"hi\">\n  <file id=\"care-certificate-2015\">\n{}{}  </file>\n</xliff>\n",
            unit(
                "understand-your-role",
                "c07afafe75dc",
                "Understand your role",
                "अपनी भूमिका समझें"
            ),
            unit(
                "role-own-role",
                "6c760dd00ca3",
                "Know what your own role involves",
                "अपनी भूमिका जानें"
            ),
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn damaged_files_are_refused_or_imported_cleanly(
            edits in prop::collection::vec((any::<prop::sample::Index>(), 0..TOKENS.len(), 0..3usize), 1..4),
        ) {
            let mut xlf = base();
            for (at, token, cut) in edits {
                let mut i = at.index(xlf.len() + 1);
                while !xlf.is_char_boundary(i) {
                    i -= 1;
                }
                let mut end = (i + cut).min(xlf.len());
                while !xlf.is_char_boundary(end) {
                    end += 1;
                }
                xlf.replace_range(i..end, TOKENS[token]);
            }
            let Ok(file) = xliff::read("d.xlf", &xlf) else {
                return Ok(());
            };
            static BASE: std::sync::OnceLock<carecert::edition::resolved::Resolved> = std::sync::OnceLock::new();
            let r = BASE.get_or_init(|| {
                let stack = carecert::edition::open(carecert::load::DEFAULT_FRAMEWORK, None).unwrap();
                stack.resolve().unwrap().resolved
            });
            if !xliff::check_fits(r, &file, "d.xlf", "base", None).is_empty() {
                return Ok(());
            }
            let hi = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/hi/care-certificate-2015.ftl")).unwrap();
            let target = PathBuf::from("hi.ftl");
            let Ok(plan) = xliff::plan(r, &file, "d.xlf", &|_| Some(target.clone()), &mut |_: &Path| Ok(Some(hi.clone()))) else {
                return Ok(());
            };
            let new = plan.writes.first().map_or(hi.clone(), |w| w.text.clone());
            prop_assert!(carecert::l10n::ftl::parse("hi.ftl", &new).errors.is_empty());
            let (old, after) = (messages_of(&hi), messages_of(&new));
            for (id, m) in &old {
                if !file.units.iter().any(|u| &u.id == id) {
                    prop_assert_eq!(Some(m), after.get(id));
                }
            }
        }
    }
}
