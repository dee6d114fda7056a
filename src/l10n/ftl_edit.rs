//! Exact editing of a translation file: set the value, some attributes and the
//! source comment of chosen messages, and keep every other byte as it was.
//!
//! Translators work in their `.ftl` files for months; an import must change the
//! parts it carries and nothing else: not the other messages, not the comments,
//! blank lines, line endings or a missing final newline. Serialising the parsed
//! file again would reformat all of that, so instead the file is parsed, the
//! byte span of each part is found from the slices the parser returns into the
//! text, and only those spans are replaced. The result is parsed again and
//! compared with what was intended ([`edit`] does both); a difference is an
//! error, never a write.

use super::ftl::{self, FtlMessage};
use crate::diag::{Code, Diagnostic};
use crate::load::locate::LineIndex;
use fluent_syntax::ast::{self, Entry};
use fluent_syntax::parser;
use std::collections::HashMap;

/// The comment lines that record which English a translation was made from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceComment<'a> {
    pub fingerprint: &'a str,
    /// The source locale, the tag of the English line (`# en-GB: …`).
    pub locale: &'a str,
    pub english: &'a str,
}

/// What to change in one message. Parts not named are kept as they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageEdit<'a> {
    pub id: &'a str,
    /// The new value, in source-text form (`{ -term }` for a term).
    pub value: Option<&'a str>,
    /// Attributes to set, by name.
    pub attributes: Vec<(&'a str, &'a str)>,
    /// The English order of the message's attributes: a new attribute goes after
    /// the last one before it in this order that the message already has.
    pub order: Vec<&'a str>,
    /// `Some`: the `# source:` and `# <locale>:` lines are set to this (added when
    /// missing); `None`: the comment stays as it is.
    pub comment: Option<SourceComment<'a>>,
}

/// A value as it is written after `=`: one line, with a leading character that
/// Fluent reads as syntax at the start of a line (`[`, `*`, `.`) written as a
/// string literal, as translation files have always been written.
pub fn pattern_text(value: &str) -> String {
    match value.chars().next() {
        Some(c @ ('[' | '*' | '.')) => format!("{{\"{c}\"}}{}", &value[c.len_utf8()..]),
        _ => value.to_string(),
    }
}

/// A whole message as a new entry: the source comment, `id = value`, attributes.
pub fn render_message(
    id: &str,
    value: Option<&str>,
    attributes: &[(&str, &str)],
    comment: Option<&SourceComment<'_>>,
    eol: &str,
    indent: &str,
) -> String {
    let mut s = String::new();
    if let Some(c) = comment {
        s.push_str(&source_line(c.fingerprint));
        s.push_str(eol);
        s.push_str(&english_line(c));
        s.push_str(eol);
    }
    s.push_str(id);
    s.push_str(" =");
    if let Some(v) = value {
        s.push(' ');
        s.push_str(&pattern_text(v));
    }
    s.push_str(eol);
    for (name, v) in attributes {
        s.push_str(&format!("{indent}.{name} = {}{eol}", pattern_text(v)));
    }
    s
}

fn source_line(fingerprint: &str) -> String {
    format!("# source: {fingerprint}")
}

fn english_line(c: &SourceComment<'_>) -> String {
    // The English is one line; a line break would end the comment early.
    let english: String = c
        .english
        .chars()
        .map(|ch| if ch == '\n' || ch == '\r' { ' ' } else { ch })
        .collect();
    format!("# {}: {english}", c.locale)
}

/// Applies `edits` to `text` (the file `shown`): each message is changed in
/// place, or appended at the end when the file does not have it. The result is
/// verified before it is returned.
pub fn edit(shown: &str, text: &str, edits: &[MessageEdit<'_>]) -> Result<String, Vec<Diagnostic>> {
    let layout = Layout::of(shown, text)?;
    let eol = if text
        .find('\n')
        .is_some_and(|i| i > 0 && text.as_bytes()[i - 1] == b'\r')
    {
        "\r\n"
    } else {
        "\n"
    };
    let indent = layout
        .attribute_indent()
        .unwrap_or_else(|| "    ".to_string());
    let mut splices: Vec<Splice> = Vec::new();
    let mut appended = String::new();
    let mut errors = Vec::new();
    let lines = LineIndex::new(text);
    for e in edits {
        let found: Vec<&MessageSpans> = layout.messages().filter(|m| m.id == e.id).collect();
        match found.as_slice() {
            [] => {
                let attrs: Vec<(&str, &str)> = e
                    .order
                    .iter()
                    .filter_map(|n| e.attributes.iter().find(|(a, _)| a == n).copied())
                    .chain(
                        e.attributes
                            .iter()
                            .filter(|(a, _)| !e.order.contains(a))
                            .copied(),
                    )
                    .collect();
                if !appended.is_empty() {
                    appended.push_str(eol);
                }
                appended.push_str(&render_message(
                    e.id,
                    e.value,
                    &attrs,
                    e.comment.as_ref(),
                    eol,
                    &indent,
                ));
            }
            [m] => match message_splices(text, m, e, eol, &indent) {
                Ok(mut s) => splices.append(&mut s),
                Err(msg) => errors.push(
                    Diagnostic::error(Code::DuplicateId, msg)
                        .file(shown)
                        .at(Some(lines.line_col(m.id_line)))
                        .path(e.id)
                        .help("keep one of them (the translation files are read first to last, and a second definition is ambiguous)"),
                ),
            },
            [first, second, ..] => errors.push(
                Diagnostic::error(
                    Code::DuplicateId,
                    format!(
                        "the message {} is defined more than once (also at line {})",
                        e.id,
                        lines.line_col(first.id_line).0
                    ),
                )
                .file(shown)
                .at(Some(lines.line_col(second.id_line)))
                .path(e.id)
                .help("keep one definition of the message, then import again"),
            ),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    if !appended.is_empty() {
        // One blank line between the file's last entry and the new messages; a
        // last line without a line end gets one first.
        let mut prefix = String::new();
        if !text.is_empty() {
            let terminated = text.ends_with('\n');
            if !terminated {
                prefix.push_str(eol);
            }
            let body = if terminated {
                let t = &text[..text.len() - 1];
                t.strip_suffix('\r').unwrap_or(t)
            } else {
                text
            };
            let last_line = &body[body.rfind('\n').map_or(0, |i| i + 1)..];
            if !last_line.trim_matches([' ', '\r']).is_empty() {
                prefix.push_str(eol);
            }
        }
        splices.push(Splice {
            from: text.len(),
            to: text.len(),
            order: 1,
            with: prefix + &appended,
        });
    }
    splices.sort_by_key(|s| (s.from, s.order));
    let mut out = String::with_capacity(text.len() + 256);
    let mut at = 0;
    for s in &splices {
        if s.from < at {
            return Err(vec![unverified(shown, "two changes overlap".to_string())]);
        }
        out.push_str(&text[at..s.from]);
        out.push_str(&s.with);
        at = s.to;
    }
    out.push_str(&text[at..]);
    verify(shown, text, &layout, &out, edits)?;
    Ok(out)
}

fn unverified(shown: &str, what: String) -> Diagnostic {
    Diagnostic::error(
        Code::UnverifiedEdit,
        format!("the edited file would not read back as intended: {what}"),
    )
    .file(shown)
    .help("nothing was written; edit the message by hand, and report the file's shape to the carecert maintainers")
}

/// A replacement of `text[from..to]`; `order` breaks ties at one position.
struct Splice {
    from: usize,
    to: usize,
    order: u8,
    with: String,
}

/// The splices that apply `e` to the message `m`.
fn message_splices(
    text: &str,
    m: &MessageSpans,
    e: &MessageEdit<'_>,
    eol: &str,
    file_indent: &str,
) -> Result<Vec<Splice>, String> {
    let mut out = Vec::new();
    for (i, (name, _)) in m.attributes.iter().enumerate() {
        if m.attributes[..i].iter().any(|(n, _)| n == name) {
            return Err(format!(
                "the message {} has the attribute .{name} twice",
                m.id
            ));
        }
    }
    if let Some(c) = &e.comment {
        // As `ftl::parse` reads them: the last `source:` line, the first line
        // tagged with a locale.
        let source = m
            .comment_lines
            .iter()
            .rfind(|&&(from, to)| text[from..to].starts_with("source: "));
        let english = m.comment_lines.iter().find(|&&(from, to)| {
            let line = &text[from..to];
            !line.starts_with("source: ")
                && line
                    .split_once(": ")
                    .is_some_and(|(tag, _)| crate::ids::is_locale(tag))
        });
        let mut missing = String::new();
        match source {
            Some(&(from, to)) => out.push(Splice {
                from: from - 2,
                to,
                order: 0,
                with: source_line(c.fingerprint),
            }),
            None => {
                missing.push_str(&source_line(c.fingerprint));
                missing.push_str(eol);
            }
        }
        match english {
            Some(&(from, to)) => out.push(Splice {
                from: from - 2,
                to,
                order: 0,
                with: english_line(c),
            }),
            None => {
                missing.push_str(&english_line(c));
                missing.push_str(eol);
            }
        }
        if !missing.is_empty() {
            out.push(Splice {
                from: m.id_line,
                to: m.id_line,
                order: 0,
                with: missing,
            });
        }
    }
    if let Some(v) = e.value {
        out.push(Splice {
            from: m.value.from,
            to: m.value.to,
            order: 0,
            with: format!(" {}", pattern_text(v)),
        });
    }
    let indent = m.indent.as_deref().unwrap_or(file_indent);
    // New attributes, grouped by the part they follow.
    let mut inserts: Vec<(usize, String)> = Vec::new();
    let mut new_attrs: Vec<(&str, &str)> = Vec::new();
    for &(name, v) in &e.attributes {
        match m.attributes.iter().find(|(n, _)| n == name) {
            Some((_, part)) => out.push(Splice {
                from: part.from,
                to: part.to,
                order: 0,
                with: format!(" {}", pattern_text(v)),
            }),
            None => new_attrs.push((name, v)),
        }
    }
    // English order first, then any attribute the order does not name.
    new_attrs.sort_by_key(|(n, _)| e.order.iter().position(|o| o == n).unwrap_or(usize::MAX));
    let has = |name: &&str| m.attributes.iter().find(|(n, _)| n == name);
    let last_part = m.attributes.last().map_or(m.value, |(_, p)| *p);
    for (name, v) in new_attrs {
        // After the last attribute that comes before it in English order; before
        // the first that comes after it (right after the value); else at the end.
        let (before, later): (&[&str], &[&str]) = match e.order.iter().position(|o| *o == name) {
            Some(i) => (&e.order[..i], &e.order[i + 1..]),
            None => (&[], &[]),
        };
        let after = match before.iter().rev().find_map(has) {
            Some((_, p)) => p.to,
            None if later.iter().any(|o| has(o).is_some()) => m.value.to,
            None => last_part.to,
        };
        let line = format!("{eol}{indent}.{name} = {}", pattern_text(v));
        match inserts.iter_mut().find(|(at, _)| *at == after) {
            Some((_, s)) => s.push_str(&line),
            None => inserts.push((after, line)),
        }
    }
    out.extend(inserts.into_iter().map(|(at, with)| Splice {
        from: at,
        to: at,
        order: 0,
        with,
    }));
    Ok(out)
}

/// A part of a message: from just after its `=` to the end of its last line
/// (without the line end), so replacing it keeps the `id =` and what follows.
#[derive(Debug, Clone, Copy)]
struct Part {
    from: usize,
    to: usize,
}

#[derive(Debug)]
struct MessageSpans {
    id: String,
    /// Where the `id = …` line starts.
    id_line: usize,
    /// The attached comment's lines, as spans of their text after `# `.
    comment_lines: Vec<(usize, usize)>,
    value: Part,
    attributes: Vec<(String, Part)>,
    /// The indentation of the message's first attribute.
    indent: Option<String>,
}

#[derive(Debug)]
enum Kind {
    Message(MessageSpans),
    Other,
}

/// One entry of the file: `[start, end)` from its first line (the attached
/// comment's, for a message) to the end of its last line, without the line end.
#[derive(Debug)]
struct EntrySpan {
    start: usize,
    end: usize,
    kind: Kind,
}

/// Where every entry of a file is.
#[derive(Debug)]
struct Layout {
    entries: Vec<EntrySpan>,
}

impl Layout {
    fn of(shown: &str, text: &str) -> Result<Layout, Vec<Diagnostic>> {
        let resource = match parser::parse(text) {
            Ok(r) => r,
            Err(_) => {
                let errors: Vec<Diagnostic> = ftl::parse(shown, text)
                    .errors
                    .into_iter()
                    .filter(|d| d.code == Code::FtlSyntax)
                    .collect();
                return Err(if errors.is_empty() {
                    vec![unverified(shown, "it does not parse".into())]
                } else {
                    errors
                });
            }
        };
        let offset = |s: &str| s.as_ptr() as usize - text.as_ptr() as usize;
        let line_start = |at: usize| text[..at].rfind('\n').map_or(0, |i| i + 1);
        let comment_start =
            |c: &ast::Comment<&str>| c.content.first().map(|l| line_start(offset(l)));
        let starts: Vec<usize> = resource
            .body
            .iter()
            .map(|entry| match entry {
                Entry::Message(m) => m
                    .comment
                    .as_ref()
                    .and_then(comment_start)
                    .unwrap_or_else(|| line_start(offset(m.id.name))),
                Entry::Term(t) => t
                    .comment
                    .as_ref()
                    .and_then(comment_start)
                    .unwrap_or_else(|| line_start(offset(t.id.name))),
                Entry::Comment(c) | Entry::GroupComment(c) | Entry::ResourceComment(c) => {
                    // Only a comment at the very end of the file can have no
                    // line (a lone `#`): it starts on the last line.
                    comment_start(c).unwrap_or_else(|| line_start(text.len()))
                }
                Entry::Junk { content } => offset(content),
            })
            .collect();
        let mut entries = Vec::with_capacity(starts.len());
        for (i, entry) in resource.body.iter().enumerate() {
            let start = starts[i];
            let next = starts.get(i + 1).copied().unwrap_or(text.len());
            let end = part_end(text, start, next);
            let kind = match entry {
                Entry::Message(m) => {
                    let id_line = line_start(offset(m.id.name));
                    let after_eq = |id: &str| {
                        let mut at = offset(id) + id.len();
                        at += text[at..].len() - text[at..].trim_start_matches(' ').len();
                        at + 1
                    };
                    let attr_lines: Vec<usize> = m
                        .attributes
                        .iter()
                        .map(|a| line_start(offset(a.id.name)))
                        .collect();
                    let value_from = after_eq(m.id.name);
                    let value_to = attr_lines.first().copied().unwrap_or(end).max(value_from);
                    let value = Part {
                        from: value_from,
                        to: part_end(text, value_from, value_to),
                    };
                    let attributes = m
                        .attributes
                        .iter()
                        .enumerate()
                        .map(|(k, a)| {
                            let from = after_eq(a.id.name);
                            let to = attr_lines.get(k + 1).copied().unwrap_or(end).max(from);
                            (
                                a.id.name.to_string(),
                                Part {
                                    from,
                                    to: part_end(text, from, to),
                                },
                            )
                        })
                        .collect();
                    let indent = m.attributes.first().map(|a| {
                        let at = offset(a.id.name) - 1;
                        text[line_start(at)..at].to_string()
                    });
                    let comment_lines = m
                        .comment
                        .as_ref()
                        .map(|c| {
                            c.content
                                .iter()
                                .filter(|l| !l.is_empty())
                                .map(|l| (offset(l), offset(l) + l.len()))
                                .collect()
                        })
                        .unwrap_or_default();
                    Kind::Message(MessageSpans {
                        id: m.id.name.to_string(),
                        id_line,
                        comment_lines,
                        value,
                        attributes,
                        indent,
                    })
                }
                _ => Kind::Other,
            };
            entries.push(EntrySpan { start, end, kind });
        }
        Ok(Layout { entries })
    }

    fn messages(&self) -> impl Iterator<Item = &MessageSpans> {
        self.entries.iter().filter_map(|e| match &e.kind {
            Kind::Message(m) => Some(m),
            Kind::Other => None,
        })
    }

    /// The indentation the file's attributes use, for attributes added to a
    /// message that has none.
    fn attribute_indent(&self) -> Option<String> {
        self.messages().find_map(|m| m.indent.clone())
    }
}

/// The end of the last line in `text[from..to]` that has more than spaces and
/// line ends, without its line end; `from`'s own line when none has.
fn part_end(text: &str, from: usize, to: usize) -> usize {
    let content = from + text[from..to].trim_end_matches([' ', '\r', '\n']).len();
    let rest = &text[content..to];
    let line = rest.find('\n').unwrap_or(rest.len());
    let line = if line > 0 && rest.as_bytes()[line - 1] == b'\r' {
        line - 1
    } else {
        line
    };
    content + line
}

/// Checks `new` against what the edit intended: it parses; every entry and
/// every run of blank lines that was not edited is byte for byte the same and in
/// the same place; each edited message reads back with exactly the intended value,
/// attributes and source comment, and every part it did not set as before.
fn verify(
    shown: &str,
    old: &str,
    old_layout: &Layout,
    new: &str,
    edits: &[MessageEdit<'_>],
) -> Result<(), Vec<Diagnostic>> {
    let fail = |what: String| vec![unverified(shown, what)];
    let new_layout =
        Layout::of(shown, new).map_err(|_| fail("it has Fluent syntax errors".into()))?;
    let edited = |e: &EntrySpan| match &e.kind {
        Kind::Message(m) => edits.iter().any(|x| x.id == m.id),
        Kind::Other => false,
    };
    let appended = edits
        .iter()
        .filter(|e| !old_layout.messages().any(|m| m.id == e.id))
        .count();
    if new_layout.entries.len() != old_layout.entries.len() + appended {
        return Err(fail(format!(
            "it has {} entries instead of {}",
            new_layout.entries.len(),
            old_layout.entries.len() + appended
        )));
    }
    let mut old_gap = 0;
    let mut new_gap = 0;
    for (a, b) in old_layout.entries.iter().zip(&new_layout.entries) {
        if old[old_gap..a.start] != new[new_gap..b.start] {
            return Err(fail(format!(
                "the blank lines before line {} changed",
                crate::load::locate::line_col(old, a.start).0
            )));
        }
        if let (Kind::Message(m), true) = (&a.kind, edited(a))
            && !matches!(&b.kind, Kind::Message(n) if n.id == m.id)
        {
            return Err(fail(format!("the message {} moved", m.id)));
        }
        if !edited(a) && old[a.start..a.end] != new[b.start..b.end] {
            return Err(fail(format!(
                "the entry at line {} changed",
                crate::load::locate::line_col(old, a.start).0
            )));
        }
        old_gap = a.end;
        new_gap = b.end;
    }
    if appended == 0 && old[old_gap..] != new[new_gap..] {
        return Err(fail("the end of the file changed".into()));
    }
    let before: HashMap<String, FtlMessage> = ftl::parse(shown, old)
        .messages
        .into_iter()
        .map(|m| (m.id.clone(), m))
        .collect();
    let after: HashMap<String, FtlMessage> = ftl::parse(shown, new)
        .messages
        .into_iter()
        .map(|m| (m.id.clone(), m))
        .collect();
    for e in edits {
        let Some(got) = after.get(e.id) else {
            return Err(fail(format!("the message {} is missing", e.id)));
        };
        let was = before.get(e.id);
        let value = match e.value {
            Some(v) => read_alone(v),
            None => was.and_then(|m| m.value.clone()),
        };
        if got.value != value {
            return Err(fail(format!(
                "the value of {} reads {:?}, not {:?}",
                e.id, got.value, value
            )));
        }
        let mut attributes: Vec<(String, String)> =
            was.map(|m| m.attributes.clone()).unwrap_or_default();
        for (name, v) in &e.attributes {
            let v = read_alone(v).unwrap_or_default();
            match attributes.iter_mut().find(|(n, _)| n == name) {
                Some(slot) => slot.1 = v,
                None => attributes.push((name.to_string(), v)),
            }
        }
        let mut want = attributes;
        let mut have = got.attributes.clone();
        want.sort();
        have.sort();
        if want != have {
            return Err(fail(format!(
                "the attributes of {} read {have:?}, not {want:?}",
                e.id
            )));
        }
        let (fingerprint, source_text) = match &e.comment {
            Some(c) => (
                Some(c.fingerprint.to_string()),
                Some(english_line(c)[c.locale.len() + 4..].to_string()),
            ),
            None => (
                was.and_then(|m| m.fingerprint.clone()),
                was.and_then(|m| m.source_text.clone()),
            ),
        };
        if got.fingerprint != fingerprint || got.source_text != source_text {
            return Err(fail(format!(
                "the source comment of {} reads {:?}, not {:?}",
                e.id, got.fingerprint, fingerprint
            )));
        }
    }
    Ok(())
}

/// How `value` reads back in a file of its own: the form to expect after an edit.
fn read_alone(value: &str) -> Option<String> {
    let text = format!("x = {}\n", pattern_text(value));
    ftl::parse("", &text)
        .messages
        .into_iter()
        .next()
        .and_then(|m| m.value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set<'a>(
        id: &'a str,
        value: Option<&'a str>,
        attrs: &[(&'a str, &'a str)],
    ) -> MessageEdit<'a> {
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
            format!(
                "{FILE}\n# source: 444444444444\n# en-GB: New\nnew = Nova\n    .example-1 = x\n"
            )
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

    #[test]
    fn verification_catches_a_changed_neighbour() {
        let old = "a = b\n\nc = d\n";
        let layout = Layout::of("x.ftl", old).unwrap();
        let edits = [set("a", Some("B"), &[])];
        let errors = verify("x.ftl", old, &layout, "a = B\n\nc = D\n", &edits).unwrap_err();
        assert_eq!(errors[0].code, "unverified-edit");
        assert!(
            errors[0].message.contains("the entry at line 3 changed"),
            "{}",
            errors[0].message
        );
        let errors = verify("x.ftl", old, &layout, "a = B\nc = d\n", &edits).unwrap_err();
        assert!(
            errors[0].message.contains("blank lines"),
            "{}",
            errors[0].message
        );
        let errors = verify("x.ftl", old, &layout, "a = X\n\nc = d\n", &edits).unwrap_err();
        assert!(
            errors[0].message.contains("the value of a"),
            "{}",
            errors[0].message
        );
    }
}
