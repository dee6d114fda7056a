//! The manifest (`framework.json`) and the terms file.

use super::{Validator, place};
use crate::diag::Code;
use crate::ids;
use crate::load::json::Document;
use crate::load::locate::JsonPath;
use std::collections::HashMap;

impl<'a> Validator<'a> {
    pub(super) fn manifest(&mut self, doc: &'a Document) {
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
        if ids::is_id(&m.id) && m.id.len() > crate::model::MAX_PACK_ID {
            self.errors
                .push(crate::edition::validate::long_id(doc, &m.id, "framework"));
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
            } else {
                // These reach every pack (XML attributes, DOCX properties), where a
                // control character makes the file unreadable.
                self.characters(doc, &root.key(field), &format!("\"{field}\""), value);
            }
        }
        for (i, note) in m.notes.iter().enumerate() {
            self.characters(doc, &root.key("notes").index(i), "the note", note);
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
        // A framework of no standards built packs of empty documents, exit 0.
        if m.standards.is_empty() {
            self.errors.push(
                doc.error_at(
                    Code::EmptyList,
                    &root.key("standards"),
                    "the framework lists no standard files",
                )
                .help("list its standard files, like [\"standards/01.json\"]"),
            );
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

    pub(super) fn terms(&mut self, doc: &'a Document) {
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
}
