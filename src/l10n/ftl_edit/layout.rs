//! Where each entry of a Fluent file is, as byte spans: a message's attached
//! comment lines, its value and each attribute, found from the slices that
//! fluent-syntax returns into the text it parsed.

use super::unverified;
use crate::diag::{Code, Diagnostic};
use crate::l10n::ftl;
use fluent_syntax::ast::{self, Entry};
use fluent_syntax::parser;

/// A part of a message: from just after its `=` to the end of its last line
/// (without the line end), so replacing it keeps the `id =` and what follows.
#[derive(Debug, Clone, Copy)]
pub(super) struct Part {
    pub(super) from: usize,
    pub(super) to: usize,
}

#[derive(Debug)]
pub(super) struct MessageSpans {
    pub(super) id: String,
    /// Where the `id = …` line starts.
    pub(super) id_line: usize,
    /// The attached comment's lines, as spans of their text after `# `.
    pub(super) comment_lines: Vec<(usize, usize)>,
    pub(super) value: Part,
    pub(super) attributes: Vec<(String, Part)>,
    /// The indentation of the message's first attribute.
    pub(super) indent: Option<String>,
}

#[derive(Debug)]
pub(super) enum Kind {
    Message(MessageSpans),
    Other,
}

/// One entry of the file: `[start, end)` from its first line (the attached
/// comment's, for a message) to the end of its last line, without the line end.
#[derive(Debug)]
pub(super) struct EntrySpan {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) kind: Kind,
}

/// Where every entry of a file is.
#[derive(Debug)]
pub(super) struct Layout {
    pub(super) entries: Vec<EntrySpan>,
}

impl Layout {
    pub(super) fn of(shown: &str, text: &str) -> Result<Layout, Vec<Diagnostic>> {
        let parsed = if crate::text::nesting::too_deep(text).is_some() {
            Err(())
        } else {
            parser::parse(text).map_err(|_| ())
        };
        let resource = match parsed {
            Ok(r) => r,
            Err(()) => {
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

    pub(super) fn messages(&self) -> impl Iterator<Item = &MessageSpans> {
        self.entries.iter().filter_map(|e| match &e.kind {
            Kind::Message(m) => Some(m),
            Kind::Other => None,
        })
    }

    /// The indentation the file's attributes use, for attributes added to a
    /// message that has none.
    pub(super) fn attribute_indent(&self) -> Option<String> {
        self.messages().find_map(|m| m.indent.clone())
    }
}

/// The end of the last line in `text[from..to]` that has more than spaces and
/// line ends, without its line end; `from`'s own line when none has.
pub(super) fn part_end(text: &str, from: usize, to: usize) -> usize {
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
