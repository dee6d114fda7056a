//! Reading a translation file: Fluent messages keyed by stable id, each with a
//! comment recording the fingerprint (and the text) of the English it translates.
//!
//! ```text
//! # source: 3f2a9c01bd44
//! # en-GB: Describe the main duties and responsibilities of your role.
//! role-main-duties = Descreva as principais funções e responsabilidades da sua função.
//!     .example-1 = …
//! ```

use crate::diag::{Code, Diagnostic};
use crate::load::locate::LineIndex;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

/// One message of a translation file.
#[derive(Debug, Clone, PartialEq)]
pub struct FtlMessage {
    pub id: String,
    /// The value in source-text form (term references as `{ -id }`).
    pub value: Option<String>,
    pub attributes: Vec<(String, String)>,
    /// The fingerprint of the English this translates, from `# source: …`.
    pub fingerprint: Option<String>,
    /// The English it translates, from `# en-GB: …` (for showing what changed).
    pub source_text: Option<String>,
    pub line: usize,
    pub column: usize,
    /// Variables (`$x`) used; source text has none, so any is a mismatch.
    pub variables: Vec<String>,
    /// Term ids referred to, across value and attributes.
    pub terms: Vec<String>,
    /// Placeables source text cannot have (selectors, functions, message references).
    pub unsupported: Vec<String>,
}

/// A term defined in a translation file (`-regulator = …`).
#[derive(Debug, Clone, PartialEq)]
pub struct FtlTerm {
    pub id: String,
    pub value: String,
    pub line: usize,
}

#[derive(Debug, Clone, Default)]
pub struct FtlFile {
    pub shown: String,
    pub text: String,
    pub messages: Vec<FtlMessage>,
    pub terms: Vec<FtlTerm>,
    /// Syntax errors with file, line and column.
    pub errors: Vec<Diagnostic>,
}

impl FtlFile {
    pub fn message(&self, id: &str) -> Option<&FtlMessage> {
        self.messages.iter().find(|m| m.id == id)
    }
}

/// A file as read: parsed, or only the reason it could not be read.
pub fn parse_checked(shown: &str, text: Result<String, Diagnostic>) -> FtlFile {
    match text {
        Ok(t) => parse(shown, &t),
        Err(d) => FtlFile {
            shown: shown.to_string(),
            errors: vec![d],
            ..FtlFile::default()
        },
    }
}

pub fn parse(shown: &str, text: &str) -> FtlFile {
    let mut file = FtlFile {
        shown: shown.to_string(),
        text: text.to_string(),
        ..FtlFile::default()
    };
    let lines = LineIndex::new(text);
    // The parser recurses into nested placeables without a limit of its own.
    if let Some(at) = crate::text::nesting::too_deep(text) {
        file.errors.push(
            Diagnostic::error(
                Code::FtlSyntax,
                format!(
                    "invalid Fluent: placeables nest more than {} deep",
                    crate::text::nesting::MAX_DEPTH
                ),
            )
            .file(shown)
            .at(Some(lines.line_col(at)))
            .help(crate::text::nesting::HELP),
        );
        return file;
    }
    let resource = match parser::parse(text) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                // An error found at the end of a line is reported on that line.
                let mut at = e.pos.start.min(text.len());
                if at > 0 && text.as_bytes()[at - 1] == b'\n' {
                    at -= 1;
                }
                let (line, column) = lines.line_col(at);
                file.errors.push(
                    Diagnostic::error(Code::FtlSyntax, format!("invalid Fluent: {}", e.kind))
                        .file(shown)
                        .at(Some((line, column)))
                        .help("fix the syntax; see https://projectfluent.org/fluent/guide/"),
                );
            }
            r
        }
    };
    // Where each message and term was first defined: Fluent keeps one definition
    // of a repeated id and drops the other in silence.
    let mut first: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut repeated =
        |file: &mut FtlFile, id: String, line: usize, column: usize, term: bool| match first
            .get(&id)
        {
            Some(&at) => {
                let (code, what) = if term {
                    (Code::DuplicateTerm, "term")
                } else {
                    (Code::DuplicateId, "message")
                };
                file.errors.push(
                    Diagnostic::error(
                        code,
                        format!("the {what} {id} is defined twice (also at line {at})"),
                    )
                    .file(shown)
                    .at(Some((line, column)))
                    .help("keep one definition; which of the two a tool reads is not defined"),
                );
            }
            None => {
                first.insert(id, line);
            }
        };
    for entry in &resource.body {
        match entry {
            Entry::Message(m) => {
                let offset = m.id.name.as_ptr() as usize - text.as_ptr() as usize;
                let (line, column) = lines.line_col(offset);
                repeated(&mut file, m.id.name.to_string(), line, column, false);
                let mut msg = FtlMessage {
                    id: m.id.name.to_string(),
                    value: None,
                    attributes: Vec::new(),
                    fingerprint: None,
                    source_text: None,
                    line,
                    column,
                    variables: Vec::new(),
                    terms: Vec::new(),
                    unsupported: Vec::new(),
                };
                if let Some(c) = &m.comment {
                    for line in &c.content {
                        if let Some(fp) = line.strip_prefix("source: ") {
                            msg.fingerprint = Some(fp.trim().to_string());
                        } else if let Some((tag, t)) = line.split_once(": ")
                            && crate::ids::is_locale(tag)
                            && msg.source_text.is_none()
                        {
                            msg.source_text = Some(t.to_string());
                        }
                    }
                }
                if let Some(v) = &m.value {
                    let v = source_form(v, &mut msg);
                    if let Some(e) = control_character(&v, shown, line, column) {
                        file.errors.push(e);
                    } else {
                        msg.value = Some(v);
                    }
                }
                for a in &m.attributes {
                    let v = source_form(&a.value, &mut msg);
                    if let Some(e) = control_character(&v, shown, line, column) {
                        file.errors.push(e);
                    } else {
                        msg.attributes.push((a.id.name.to_string(), v));
                    }
                }
                file.messages.push(msg);
            }
            Entry::Term(t) => {
                let offset = t.id.name.as_ptr() as usize - text.as_ptr() as usize;
                let mut scratch = FtlMessage {
                    id: String::new(),
                    value: None,
                    attributes: Vec::new(),
                    fingerprint: None,
                    source_text: None,
                    line: 0,
                    column: 0,
                    variables: Vec::new(),
                    terms: Vec::new(),
                    unsupported: Vec::new(),
                };
                let (line, column) = lines.line_col(offset);
                repeated(
                    &mut file,
                    format!("-{}", t.id.name),
                    line,
                    column.saturating_sub(1).max(1),
                    true,
                );
                let value = source_form(&t.value, &mut scratch);
                if let Some(e) = control_character(&value, shown, line, column) {
                    file.errors.push(e);
                } else if let Some(e) =
                    // At the term's `-`, one column before its name.
                    term_value_problem(
                        &value,
                        &scratch,
                        shown,
                        line,
                        column.saturating_sub(1).max(1),
                    )
                {
                    file.errors.push(e);
                } else {
                    file.terms.push(FtlTerm {
                        id: format!("-{}", t.id.name),
                        value,
                        line,
                    });
                }
            }
            _ => {}
        }
    }
    file
}

/// An error for a translation holding a control character, which no pack can
/// carry (XML 1.0 has no way to write U+0000–U+0008 and the like). The value is
/// then left out, so the text falls back to a language that has it.
fn control_character(value: &str, shown: &str, line: usize, column: usize) -> Option<Diagnostic> {
    let c = value
        .chars()
        .find(|c| crate::text::forbidden_char(*c) && !matches!(c, '\t' | '\r'))?;
    Some(control_character_error(c, shown, (line, column)))
}

/// The error for control character `c` in a translation or label at `at`: the
/// same words and place wherever it is found, so a report shows it once.
pub(super) fn control_character_error(c: char, shown: &str, at: (usize, usize)) -> Diagnostic {
    Diagnostic::error(
        Code::ControlCharacter,
        format!(
            "the translation contains the control character U+{:04X}",
            c as u32
        ),
    )
    .file(shown)
    .at(Some(at))
    .help("remove it; the translation is not used until then")
}

/// An error for a term value that is not plain text. A translated term value is
/// put into documents as it is, like an edition's `values`: `-regulator = { $x }`
/// printed `{ $x }` in every pack, `-regulator = { -regulator }` its own reference,
/// and a message reference an empty string. The value is then not used, so the
/// edition's or the base's value stands.
fn term_value_problem(
    value: &str,
    refs: &FtlMessage,
    shown: &str,
    line: usize,
    column: usize,
) -> Option<Diagnostic> {
    let problem = if let Some(what) = refs.unsupported.first() {
        format!("uses a {what}")
    } else if let Some(v) = refs.variables.first() {
        format!("uses the variable ${v}")
    } else if let Some(t) = refs.terms.first() {
        format!("refers to the term {t}")
    } else if value.contains(['{', '}']) {
        "has a brace".to_string()
    } else if value.trim().is_empty() {
        "is empty".to_string()
    } else if let Some(u) = crate::text::first_suspicious(value) {
        return Some(
            Diagnostic::error(
                Code::SuspiciousCharacter,
                format!("the term's value contains {}", u.described()),
            )
            .file(shown)
            .at(Some((line, column)))
            .help(u.help),
        );
    } else {
        return None;
    };
    Some(
        Diagnostic::error(
            Code::BadTermValue,
            format!("the term's value {problem}; a term value is plain text"),
        )
        .file(shown)
        .at(Some((line, column)))
        .help("write the value as plain text on one line; until then the edition's value is used"),
    )
}

/// Writes a pattern back as one line of source text, noting what it refers to.
fn source_form(p: &Pattern<&str>, msg: &mut FtlMessage) -> String {
    // Written straight into one string: a large translation has tens of
    // thousands of messages, and a `format!` per term reference added up.
    let mut out = String::with_capacity(
        p.elements
            .iter()
            .map(|e| match e {
                PatternElement::TextElement { value } => value.len(),
                PatternElement::Placeable { .. } => 16,
            })
            .sum(),
    );
    for e in &p.elements {
        match e {
            PatternElement::TextElement { value } => {
                for (i, part) in value.split('\n').enumerate() {
                    if i > 0 && !out.ends_with(' ') {
                        out.push(' ');
                    }
                    out.push_str(part);
                }
            }
            PatternElement::Placeable { expression } => match expression {
                Expression::Inline(InlineExpression::TermReference {
                    id,
                    attribute: None,
                    arguments: None,
                }) => {
                    out.push_str("{ -");
                    out.push_str(id.name);
                    out.push_str(" }");
                    msg.terms.push(format!("-{}", id.name));
                }
                Expression::Inline(InlineExpression::StringLiteral { value }) => {
                    out.push_str("{\"");
                    out.push_str(value);
                    out.push_str("\"}");
                }
                Expression::Inline(InlineExpression::VariableReference { id }) => {
                    out.push_str("{ $");
                    out.push_str(id.name);
                    out.push_str(" }");
                    msg.variables.push(id.name.to_string());
                }
                Expression::Inline(InlineExpression::MessageReference { id, .. }) => {
                    msg.unsupported
                        .push(format!("message reference {{ {} }}", id.name));
                }
                Expression::Inline(InlineExpression::FunctionReference { id, .. }) => {
                    msg.unsupported.push(format!("function {}()", id.name));
                }
                Expression::Inline(InlineExpression::TermReference { id, .. }) => {
                    msg.unsupported
                        .push(format!("term -{} with arguments or an attribute", id.name));
                    out.push_str("{ -");
                    out.push_str(id.name);
                    out.push_str(" }");
                }
                Expression::Inline(InlineExpression::NumberLiteral { value }) => {
                    out.push_str(value)
                }
                Expression::Inline(InlineExpression::Placeable { .. }) => {
                    msg.unsupported.push("nested placeable".into())
                }
                Expression::Select { .. } => msg.unsupported.push("selector".into()),
            },
        }
    }
    // Trimmed in place: most texts have nothing to trim.
    let end = out.trim_end().len();
    out.truncate(end);
    let start = out.len() - out.trim_start().len();
    out.drain(..start);
    out
}

/// Bidi controls and invisible characters; one list for source text and translations.
pub use crate::text::suspicious;

#[cfg(test)]
mod tests;
