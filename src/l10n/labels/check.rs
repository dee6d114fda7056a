//! Checking a label translation against the program's English label.
//!
//! The program passes each label its variables (`$page`, `$pages`, `$count`, …);
//! the English `ui.ftl` built into the binary says which. A translation that
//! uses another variable, leaves one out, refers to a term or message its files
//! do not define, calls a function, or holds a direction, zero-width or control
//! character would print wrong in every document, so it is reported and not
//! used.

use crate::diag::{Code, Diagnostic, suggest};
use crate::l10n::ftl;
use crate::load::locate::LineIndex;
use fluent_syntax::ast::{Expression, InlineExpression, Message, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};

/// What a label's pattern refers to and says.
#[derive(Debug, Default)]
pub struct Refs<'s> {
    pub variables: BTreeSet<&'s str>,
    pub terms: BTreeSet<&'s str>,
    pub messages: BTreeSet<&'s str>,
    pub functions: BTreeSet<&'s str>,
    /// The literal text, for character checks.
    pub text: Vec<&'s str>,
}

impl<'s> Refs<'s> {
    pub fn of(p: &Pattern<&'s str>) -> Refs<'s> {
        let mut r = Refs::default();
        r.pattern(p);
        r
    }

    fn pattern(&mut self, p: &Pattern<&'s str>) {
        for e in &p.elements {
            match e {
                PatternElement::TextElement { value } => self.text.push(value),
                PatternElement::Placeable { expression } => self.expression(expression),
            }
        }
    }

    fn expression(&mut self, e: &Expression<&'s str>) {
        match e {
            Expression::Select { selector, variants } => {
                self.inline(selector);
                for v in variants {
                    self.pattern(&v.value);
                }
            }
            Expression::Inline(i) => self.inline(i),
        }
    }

    fn inline(&mut self, i: &InlineExpression<&'s str>) {
        match i {
            InlineExpression::StringLiteral { value } => self.text.push(value),
            InlineExpression::NumberLiteral { .. } => {}
            InlineExpression::FunctionReference { id, arguments } => {
                self.functions.insert(id.name);
                for a in &arguments.positional {
                    self.inline(a);
                }
                for a in &arguments.named {
                    self.inline(&a.value);
                }
            }
            InlineExpression::MessageReference { id, .. } => {
                self.messages.insert(id.name);
            }
            InlineExpression::TermReference { id, arguments, .. } => {
                self.terms.insert(id.name);
                for a in arguments.iter().flat_map(|a| &a.positional) {
                    self.inline(a);
                }
                for a in arguments.iter().flat_map(|a| &a.named) {
                    self.inline(&a.value);
                }
            }
            InlineExpression::VariableReference { id } => {
                self.variables.insert(id.name);
            }
            InlineExpression::Placeable { expression } => self.expression(expression),
        }
    }
}

/// The variables of each English label, from the program's own `ui.ftl`.
pub type Reference = BTreeMap<String, BTreeSet<String>>;

/// What a folder's label files for one locale define, for references between
/// labels and terms.
pub struct Defined<'a> {
    pub terms: &'a BTreeSet<String>,
    pub messages: &'a BTreeSet<String>,
}

/// The problems of one label translation; `None` when it is not a label (the
/// English has no such id; `l10n status` lists it as obsolete). Any problem
/// means the label is not used.
pub fn check(
    m: &Message<&str>,
    reference: &Reference,
    defined: &Defined<'_>,
    shown: &str,
    lines: &LineIndex<'_>,
    source: &str,
) -> Option<Vec<Diagnostic>> {
    let id = m.id.name;
    // A country's or language's name is a label without variables, though the
    // English names are built in rather than written in the English files.
    static NO_VARIABLES: BTreeSet<String> = BTreeSet::new();
    let english = reference
        .get(id)
        .or_else(|| crate::l10n::names::is_name_label(id).then_some(&NO_VARIABLES))?;
    let offset = m.id.name.as_ptr() as usize - source.as_ptr() as usize;
    let at = |code, msg: String, help: String| {
        Diagnostic::error(code, msg)
            .file(shown)
            .at(Some(lines.line_col(offset)))
            .path(id)
            .help(help)
    };
    let Some(value) = &m.value else {
        return Some(vec![at(
            Code::EmptyText,
            "the label has no text of its own, only attributes".into(),
            format!("write the label's text after `{id} =`"),
        )]);
    };
    let refs = Refs::of(value);
    let mut out = Vec::new();
    let vars = |set: &BTreeSet<String>| {
        if set.is_empty() {
            "no variables".to_string()
        } else {
            set.iter()
                .map(|v| format!("${v}"))
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    for v in &refs.variables {
        if !english.contains(*v) {
            let hint = suggest(v, english.iter().map(String::as_str))
                .first()
                .map(|s| format!("did you mean ${s}? "))
                .unwrap_or_default();
            out.push(at(
                Code::VariableMismatch,
                format!("the label uses the variable ${v}, which the English label does not have"),
                format!(
                    "{hint}the English label has {}; a variable the documents do not pass would print as {{${v}}}",
                    vars(english)
                ),
            ));
        }
    }
    for v in english {
        if !refs.variables.contains(v.as_str()) {
            out.push(at(
                Code::VariableMismatch,
                format!("the English label shows ${v}, which the translation leaves out"),
                format!("write {{ ${v} }} where your language puts it"),
            ));
        }
    }
    for t in &refs.terms {
        if !defined.terms.contains(*t) {
            out.push(at(
                Code::TermMismatch,
                format!(
                    "the label refers to the term -{t}, which no label file of this locale defines"
                ),
                format!("define -{t} in this locale's ui.ftl, or write the word itself"),
            ));
        }
    }
    for r in &refs.messages {
        if !defined.messages.contains(*r) {
            out.push(at(
                Code::UnsupportedPlaceable,
                format!("the label refers to the message {r}, which no label file of this locale defines"),
                "write the text itself".into(),
            ));
        }
    }
    for f in &refs.functions {
        out.push(at(
            Code::UnsupportedPlaceable,
            format!("the label calls the function {f}(), which documents do not provide"),
            "write text and the English label's variables only; plural forms go in a selector on the variable".into(),
        ));
    }
    let chars = refs.text.iter().flat_map(|t| t.chars());
    if let Some((c, what)) = chars
        .clone()
        .find_map(|c| ftl::suspicious(c).map(|w| (c, w)))
    {
        out.push(at(
            Code::SuspiciousCharacter,
            format!("the label contains {what} (U+{:04X})", c as u32),
            "remove it: direction and shaping come from the document, not from control characters"
                .into(),
        ));
    }
    if let Some(c) = chars
        .into_iter()
        .find(|c| crate::text::forbidden_char(*c) && !matches!(c, '\t' | '\r' | '\n'))
    {
        out.push(ftl::control_character_error(
            c,
            shown,
            lines.line_col(offset),
        ));
    }
    Some(out)
}
