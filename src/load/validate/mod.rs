//! What the types cannot express: unique ids and codes, codes that sit under their
//! parent's code, non-empty text, and term references that resolve.
//!
//! One walk over the loaded framework: the manifest and the terms file
//! (`manifest.rs`), then each standard (`standard.rs`); the checks of text that
//! every file shares are here.

mod manifest;
mod standard;

use super::Documents;
use super::json::Document;
use super::locate::JsonPath;
use crate::diag::{Code, Diagnostic, did_you_mean, suggest};
use crate::model::Framework;
use crate::text;
use std::collections::{HashMap, HashSet};

/// `terms_loaded` is false when the terms file itself failed; references to terms
/// are then not checked, since every one would look unknown.
pub fn validate<'a>(fw: &'a Framework, docs: &'a Documents, terms_loaded: bool) -> Vec<Diagnostic> {
    let mut v = Validator {
        fw,
        terms_loaded,
        term_ids: fw.terms.iter().map(|t| t.id.as_str()).collect(),
        errors: Vec::new(),
        ids: HashMap::new(),
        codes: HashMap::new(),
    };
    v.manifest(&docs.manifest);
    v.terms(&docs.terms);
    for (standard, doc) in fw.standards.iter().zip(&docs.standards) {
        v.standard(standard, doc);
    }
    v.errors
}

struct Validator<'a> {
    fw: &'a Framework,
    terms_loaded: bool,
    /// The terms' ids, so a reference is checked in constant time however many
    /// terms and references a file has.
    term_ids: HashSet<&'a str>,
    errors: Vec<Diagnostic>,
    /// Where each id and code was first seen, for "first defined at". The line
    /// and column are worked out only when a duplicate is reported: locating
    /// every id up front would rescan each file once per node.
    ids: HashMap<&'a str, (&'a Document, JsonPath)>,
    codes: HashMap<&'a str, (&'a Document, JsonPath)>,
}

fn place(doc: &Document, path: &JsonPath) -> String {
    match doc.position(path) {
        Some((l, c)) => format!("{}:{l}:{c}", doc.shown),
        None => doc.shown.clone(),
    }
}

impl<'a> Validator<'a> {
    /// Source text: not empty, valid Fluent, and every term defined.
    fn text(&mut self, doc: &'a Document, at: &JsonPath, value: &str) {
        match text::parse(value) {
            Err(e) => self.errors.push(
                doc.error_at(
                    Code::BadText,
                    at,
                    format!("{} (at character {})", e.message, e.offset + 1),
                )
                .help(e.help),
            ),
            Ok(pieces) => {
                for piece in pieces {
                    if let text::Piece::Term(id) = piece {
                        self.term_ref(doc, at, id);
                    }
                }
            }
        }
    }

    /// Plain text that is not a Fluent pattern (notices, term values, notes).
    fn text_plain(&mut self, doc: &'a Document, at: &JsonPath, value: &str) {
        if value.trim().is_empty() {
            self.errors.push(
                doc.error_at(Code::EmptyText, at, "the text is empty")
                    .help("write the text"),
            );
        } else {
            self.characters(doc, at, "the text", value);
        }
    }

    /// Any text, which may be empty: no control characters, no bidi controls and
    /// no invisible characters (`text::unwanted`). `what` names it in the message.
    fn characters(&mut self, doc: &'a Document, at: &JsonPath, what: &str, value: &str) {
        if let Some(u) = text::unwanted(value) {
            self.errors.push(
                doc.error_at(
                    Code::BadText,
                    at,
                    format!("{what} contains {}", u.described()),
                )
                .help(u.help),
            );
        }
    }

    fn term_ref(&mut self, doc: &'a Document, at: &JsonPath, id: &str) {
        if !self.terms_loaded || self.term_ids.contains(id) {
            return;
        }
        let mut d = doc.error_at(
            Code::UnknownTerm,
            at,
            format!("the term \"{id}\" is not defined"),
        );
        let known = self.fw.terms.iter().map(|t| t.id.as_str());
        d = match did_you_mean(&suggest(id, known)) {
            Some(hint) => d.help(hint),
            None => d.help("define it in the framework's terms file, or write the text without it"),
        };
        self.errors.push(d);
    }
}
