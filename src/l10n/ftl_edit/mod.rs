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

mod layout;
#[cfg(test)]
mod tests;
mod verify;

use crate::diag::{Code, Diagnostic};
use crate::load::locate::LineIndex;
use layout::{Layout, MessageSpans};
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

pub(super) fn english_line(c: &SourceComment<'_>) -> String {
    // The English is one line; a line break would end the comment early.
    let english: String = c
        .english
        .chars()
        .map(|ch| if ch == '\n' || ch == '\r' { ' ' } else { ch })
        .collect();
    format!("# {}: {english}", c.locale)
}

/// Applies `edits` (at most one per message id) to `text`, the file `shown`:
/// each message is changed in place, or appended at the end when the file does
/// not have it. The result is verified before it is returned.
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
    let mut by_id: HashMap<&str, Vec<&MessageSpans>> = HashMap::new();
    for m in layout.messages() {
        by_id.entry(m.id.as_str()).or_default().push(m);
    }
    for e in edits {
        let found: &[&MessageSpans] = by_id.get(e.id).map_or(&[], |v| v.as_slice());
        match found {
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
    verify::verify(shown, text, &layout, &out, edits)?;
    Ok(out)
}

pub(super) fn unverified(shown: &str, what: String) -> Diagnostic {
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
