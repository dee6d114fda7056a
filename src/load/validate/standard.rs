//! One standard file: ids and codes unique across the framework, codes under their
//! parent's, and every text.

use super::{Validator, place};
use crate::diag::Code;
use crate::ids::{self, CodeLevel};
use crate::load::json::Document;
use crate::load::locate::JsonPath;
use crate::model::Standard;
use std::collections::HashMap;

impl<'a> Validator<'a> {
    pub(super) fn standard(&mut self, s: &'a Standard, doc: &'a Document) {
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
        for (i, v) in s.verification.iter().enumerate() {
            let at = root.key("verification").index(i);
            self.characters(doc, &at.key("source"), "the source", &v.source);
            self.characters(doc, &at.key("note"), "the note", &v.note);
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
                doc.error_at(
                    Code::BadId,
                    &path,
                    format!("\"{}\" is not a valid id", crate::text::excerpt(id)),
                )
                .help(crate::text::with_non_ascii(
                    id,
                    "use lowercase letters, digits and single hyphens, like role-main-duties",
                )),
            );
            return;
        }
        if ids::RESERVED_IDS.contains(&id) {
            self.errors.push(
                doc.error_at(
                    Code::ReservedId,
                    &path,
                    format!("\"{id}\" is reserved for the framework's names in translations"),
                )
                .help(ids::RESERVED_HELP),
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
        if !ids::is_plain_code(code) {
            self.errors.push(
                doc.error_at(Code::BadCode, &path, format!("\"{code}\" is not {shape} of a framework"))
                    .help(format!("write {shape} like {example}: capital-letter suffixes (8A, 1.4bA) are kept for what editions add")),
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
}
