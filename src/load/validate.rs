//! What the types cannot express: unique ids and codes, codes that sit under their
//! parent's code, non-empty text, and term references that resolve.

use super::Documents;
use super::json::Document;
use super::locate::JsonPath;
use crate::diag::{Code, Diagnostic, did_you_mean, suggest};
use crate::ids::{self, CodeLevel};
use crate::model::{Framework, Standard};
use crate::text;
use std::collections::HashMap;

/// `terms_loaded` is false when the terms file itself failed; references to terms
/// are then not checked, since every one would look unknown.
pub fn validate<'a>(fw: &'a Framework, docs: &'a Documents, terms_loaded: bool) -> Vec<Diagnostic> {
    let mut v = Validator {
        fw,
        terms_loaded,
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
    fn manifest(&mut self, doc: &'a Document) {
        let m = &self.fw.manifest;
        let root = JsonPath::root();
        if !ids::is_id(&m.id) {
            self.errors.push(
                doc.error_at(
                    Code::BadId,
                    &root.key("id"),
                    format!("\"{}\" is not a valid framework id", m.id),
                )
                .help(
                    "use lowercase letters, digits and single hyphens, like care-certificate-2015",
                ),
            );
        }
        for (field, value) in [
            ("version", &m.version),
            ("title", &m.title),
            ("publisher", &m.publisher),
        ] {
            if value.trim().is_empty() {
                self.errors.push(
                    doc.error_at(
                        Code::EmptyText,
                        &root.key(field),
                        format!("\"{field}\" is empty"),
                    )
                    .help(format!("write the framework's {field}")),
                );
            } else if let Some(c) = value.chars().find(|c| text::forbidden_char(*c)) {
                // These reach every pack (XML attributes, DOCX properties), where a
                // control character makes the file unreadable.
                self.errors.push(
                    doc.error_at(
                        Code::BadText,
                        &root.key(field),
                        format!(
                            "\"{field}\" contains the control character U+{:04X}",
                            c as u32
                        ),
                    )
                    .help("write it on one line, without tabs or control characters"),
                );
            }
        }
        if !ids::is_locale(&m.source_locale) {
            self.errors.push(
                doc.error_at(
                    Code::BadLocale,
                    &root.key("source_locale"),
                    format!("\"{}\" is not a BCP 47 locale tag", m.source_locale),
                )
                .help(crate::ids::locale_help(
                    &m.source_locale,
                    "write a tag such as en-GB, pt-BR or zh-Hans-CN",
                )),
            );
        }
        if !ids::is_jurisdiction(&m.jurisdiction) {
            self.errors.push(
                doc.error_at(
                    Code::BadJurisdiction,
                    &root.key("jurisdiction"),
                    format!("\"{}\" is not an ISO 3166 code", m.jurisdiction),
                )
                .help("write a country code such as GB, or a subdivision such as GB-ENG"),
            );
        }
        if m.notices.is_empty() {
            self.errors.push(
                doc.error_at(
                    Code::MissingNotices,
                    &root.key("notices"),
                    "the framework has no notices",
                )
                .help("add a copyright notice naming who owns the official wording"),
            );
        }
        for (i, notice) in m.notices.iter().enumerate() {
            self.text_plain(doc, &root.key("notices").index(i).key("text"), &notice.text);
        }
        let mut seen = HashMap::new();
        for (i, rel) in m.standards.iter().enumerate() {
            if let Some(first) = seen.insert(rel.as_str(), i) {
                self.errors.push(
                    doc.error_at(
                        Code::DuplicateFile,
                        &root.key("standards").index(i),
                        format!("\"{rel}\" is listed twice"),
                    )
                    .help(format!(
                        "remove this entry; it is already standards[{first}]"
                    )),
                );
            }
        }
    }

    fn terms(&mut self, doc: &'a Document) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, term) in self.fw.terms.iter().enumerate() {
            let at = JsonPath::root().key("terms").index(i);
            if !ids::is_term_id(&term.id) {
                self.errors.push(
                    doc.error_at(
                        Code::BadTermId,
                        &at.key("id"),
                        format!("\"{}\" is not a valid term id", term.id),
                    )
                    .help("a term id is a hyphen and then a kebab-case name, like -regulator"),
                );
            }
            if let Some(first) = seen.insert(&term.id, i) {
                self.errors.push(
                    doc.error_at(
                        Code::DuplicateTerm,
                        &at.key("id"),
                        format!("the term \"{}\" is defined twice", term.id),
                    )
                    .help(format!(
                        "first defined at {}",
                        place(doc, &JsonPath::root().key("terms").index(first))
                    )),
                );
            }
            if let Some(j) = &term.jurisdiction
                && !ids::is_jurisdiction(j)
            {
                self.errors.push(
                    doc.error_at(
                        Code::BadJurisdiction,
                        &at.key("jurisdiction"),
                        format!("\"{j}\" is not an ISO 3166 code"),
                    )
                    .help("write a country code such as GB, a subdivision such as GB-ENG, or null"),
                );
            }
            self.text_plain(doc, &at.key("value"), &term.value);
            if term.value.contains(['{', '}']) {
                self.errors.push(
                    doc.error_at(
                        Code::BadTermValue,
                        &at.key("value"),
                        "a term value cannot contain braces",
                    )
                    .help("write the value as plain text"),
                );
            }
            self.text_plain(doc, &at.key("note"), &term.note);
        }
    }

    fn standard(&mut self, s: &'a Standard, doc: &'a Document) {
        let root = JsonPath::root();
        self.id(doc, &root, &s.id);
        self.code(doc, &root, &s.code, CodeLevel::Standard, None);
        self.text(doc, &root.key("title"), &s.title);
        let mut referenced: HashMap<&str, usize> = HashMap::new();
        for (i, r) in s.references.iter().enumerate() {
            let at = root.key("references").index(i);
            self.term_ref(doc, &at.key("term"), &r.term);
            if let Some(first) = referenced.insert(&r.term, i) {
                self.errors.push(
                    doc.error_at(
                        Code::DuplicateReference,
                        &at.key("term"),
                        format!("\"{}\" is referenced twice", r.term),
                    )
                    .help(format!(
                        "remove this entry; it is already references[{first}]"
                    )),
                );
            }
            self.text(doc, &at.key("note"), &r.note);
        }
        if s.outcomes.is_empty() {
            self.errors.push(
                doc.error_at(
                    Code::EmptyList,
                    &root.key("outcomes"),
                    "the standard has no outcomes",
                )
                .help("add at least one outcome"),
            );
        }
        for (i, o) in s.outcomes.iter().enumerate() {
            let at = root.key("outcomes").index(i);
            self.id(doc, &at, &o.id);
            self.code(doc, &at, &o.code, CodeLevel::Outcome, Some(&s.code));
            self.text(doc, &at.key("title"), &o.title);
            if o.criteria.is_empty() {
                self.errors.push(
                    doc.error_at(
                        Code::EmptyList,
                        &at.key("criteria"),
                        "the outcome has no assessment criteria",
                    )
                    .help("add at least one criterion"),
                );
            }
            for (j, c) in o.criteria.iter().enumerate() {
                let at = at.key("criteria").index(j);
                self.id(doc, &at, &c.id);
                self.code(doc, &at, &c.code, CodeLevel::Criterion, Some(&o.code));
                self.text(doc, &at.key("text"), &c.text);
                for (k, e) in c.examples.iter().enumerate() {
                    self.text(doc, &at.key("examples").index(k), e);
                }
                let mut sectors = HashMap::new();
                for (k, variant) in c.variants.iter().enumerate() {
                    let vat = at.key("variants").index(k);
                    self.text(doc, &vat.key("text"), &variant.text);
                    if sectors.insert(variant.sector, k).is_some() {
                        self.errors.push(
                            doc.error_at(
                                Code::DuplicateVariant,
                                &vat.key("sector"),
                                format!(
                                    "there are two variants for the sector \"{}\"",
                                    variant.sector.as_str()
                                ),
                            )
                            .help("keep one variant per sector"),
                        );
                    }
                }
            }
        }
    }

    fn id(&mut self, doc: &'a Document, at: &JsonPath, id: &'a str) {
        let path = at.key("id");
        if !ids::is_id(id) {
            self.errors.push(
                doc.error_at(Code::BadId, &path, format!("\"{id}\" is not a valid id"))
                    .help(
                        "use lowercase letters, digits and single hyphens, like role-main-duties",
                    ),
            );
            return;
        }
        match self.ids.get(id).map(|(d, p)| place(d, p)) {
            Some(first) => self.errors.push(
                doc.error_at(
                    Code::DuplicateId,
                    &path,
                    format!("the id \"{id}\" is used twice"),
                )
                .help(format!(
                    "ids must be unique across the framework; first used at {first}"
                )),
            ),
            None => {
                self.ids.insert(id, (doc, path));
            }
        }
    }

    fn code(
        &mut self,
        doc: &'a Document,
        at: &JsonPath,
        code: &'a str,
        level: CodeLevel,
        parent: Option<&str>,
    ) {
        let path = at.key("code");
        let (shape, example) = match level {
            CodeLevel::Standard => ("a standard code", "7"),
            CodeLevel::Outcome => ("an outcome code", "7.2"),
            CodeLevel::Criterion => ("a criterion code", "7.2c"),
        };
        if ids::code_level(code) != Some(level) {
            self.errors.push(
                doc.error_at(Code::BadCode, &path, format!("\"{code}\" is not {shape}"))
                    .help(format!("write {shape} like {example}")),
            );
            return;
        }
        if let Some(parent) = parent
            && ids::parent_code(code) != Some(parent)
        {
            self.errors.push(
                doc.error_at(
                    Code::CodeOutsideParent,
                    &path,
                    format!("\"{code}\" does not belong under \"{parent}\""),
                )
                .help(format!(
                    "codes here start with \"{parent}\"; renumber this one or move it"
                )),
            );
        }
        match self.codes.get(code).map(|(d, p)| place(d, p)) {
            Some(first) => self.errors.push(
                doc.error_at(
                    Code::DuplicateCode,
                    &path,
                    format!("the code \"{code}\" is used twice"),
                )
                .help(format!("codes must be unique; first used at {first}")),
            ),
            None => {
                self.codes.insert(code, (doc, path));
            }
        }
    }

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

    /// Plain text that is not a Fluent pattern (notices, term values).
    fn text_plain(&mut self, doc: &'a Document, at: &JsonPath, value: &str) {
        if value.trim().is_empty() {
            self.errors.push(
                doc.error_at(Code::EmptyText, at, "the text is empty")
                    .help("write the text"),
            );
        } else if let Some(c) = value.chars().find(|c| text::forbidden_char(*c)) {
            self.errors.push(
                doc.error_at(
                    Code::BadText,
                    at,
                    format!("the text contains the control character U+{:04X}", c as u32),
                )
                .help("write the text on one line, without tabs or control characters"),
            );
        }
    }

    fn term_ref(&mut self, doc: &'a Document, at: &JsonPath, id: &str) {
        if !self.terms_loaded || self.fw.term(id).is_some() {
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
