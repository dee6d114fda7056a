//! What the types of `edition.json` cannot express: ids, countries and locales,
//! rationales, and the characters of every text of the edition.
//!
//! The texts an edition puts into the tree (criterion texts, titles, examples, term
//! values) are checked where they are applied (`apply.rs`), with the terms they
//! refer to; there, source text goes through `text::parse`, which refuses bidi
//! controls and invisible characters too. This checks every other text, and those
//! characters in the term values and rationales that `apply.rs` checks for control
//! characters only.

use super::LoadedEdition;
use super::file::Operation;
use super::partial::Gaps;
use crate::diag::{Code, Diagnostic};
use crate::ids;
use crate::load::JsonPath;
use crate::load::json::Document;
use crate::text::{self, Unwanted};

/// What the types of `edition.json` cannot express. `gaps` maps each kept
/// operation, term and `keep` entry to its index in the file, for a file that
/// did not decode whole (the default maps each to its own position).
pub(super) fn validate(edition: &LoadedEdition, gaps: &Gaps) -> Vec<Diagnostic> {
    let f = &edition.file;
    let doc = &edition.doc;
    let root = JsonPath::root();
    let mut errors = Vec::new();
    if !ids::is_id(&f.id) {
        errors.push(
            doc.error_at(
                Code::BadId,
                &root.key("id"),
                format!("\"{}\" is not a valid edition id", text::excerpt(&f.id)),
            )
            .help(text::with_non_ascii(
                &f.id,
                "use lowercase letters, digits and single hyphens, like saudi-arabia",
            )),
        );
    }
    if ids::is_id(&f.id) && f.id.len() > crate::model::MAX_PACK_ID {
        errors.push(long_id(doc, &f.id, "edition"));
    }
    if f.name.trim().is_empty() {
        errors.push(
            doc.error_at(Code::EmptyText, &root.key("name"), "the name is empty")
                .help("name the edition"),
        );
    } else {
        // The name reaches every pack (XML attributes, DOCX properties), where a
        // control character makes the file unreadable.
        unwanted(doc, &root.key("name"), "the name", &f.name, &mut errors);
    }
    match (&f.country, &f.region) {
        (Some(_), Some(_)) => errors.push(
            doc.error_at(Code::CountryAndRegion, &root.key("region"), "an edition has a country or a region, not both")
                .help("remove \"region\" for a country edition, or \"country\" for a regional one"),
        ),
        (None, None) => errors.push(
            doc.error_at(Code::MissingField, &root, "missing field \"country\"")
                .help("add \"country\" (ISO 3166-1 alpha-2, like IN), or \"region\" for a regional edition"),
        ),
        _ => {}
    }
    let country_ok = |c: &str| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase());
    if let Some(c) = &f.country
        && !country_ok(c)
    {
        errors.push(
            doc.error_at(
                Code::BadCountry,
                &root.key("country"),
                format!("\"{c}\" is not an ISO 3166-1 alpha-2 code"),
            )
            .help("write two capital letters, like IN, BR, CN or SA"),
        );
    }
    if let Some(region) = &f.region {
        // Without countries no term is foreign, so every foreign-term check passed.
        if region.countries.is_empty() {
            errors.push(
                doc.error_at(
                    Code::EmptyList,
                    &root.key("region").key("countries"),
                    "the region has no countries",
                )
                .help("list the countries it covers, like [\"SA\", \"AE\"]"),
            );
        }
        for (i, c) in region.countries.iter().enumerate() {
            if !country_ok(c) {
                errors.push(
                    doc.error_at(
                        Code::BadCountry,
                        &root.key("region").key("countries").index(i),
                        format!("\"{c}\" is not an ISO 3166-1 alpha-2 code"),
                    )
                    .help("write two capital letters, like AE or SA"),
                );
            }
        }
    }
    if f.locales.is_empty() {
        errors.push(
            doc.error_at(
                Code::EmptyList,
                &root.key("locales"),
                "the edition has no locales",
            )
            .help("list the locales it is published in, like [\"en-IN\", \"hi-IN\"]"),
        );
    }
    for (i, l) in f.locales.iter().enumerate() {
        if !ids::is_locale(&l.0) {
            errors.push(
                doc.error_at(
                    Code::BadLocale,
                    &root.key("locales").index(i),
                    format!("\"{}\" is not a BCP 47 locale tag", l.0),
                )
                .help(crate::ids::locale_help(
                    &l.0,
                    "write a tag such as hi-IN, pt-BR, zh-CN or ar-SA",
                )),
            );
        }
        if f.locales[..i].contains(l) {
            errors.push(
                doc.error_at(
                    Code::DuplicateLocale,
                    &root.key("locales").index(i),
                    format!("\"{}\" is listed twice", l.0),
                )
                .help("remove the second entry"),
            );
        }
    }
    for (i, n) in f.notices.iter().enumerate() {
        let at = root.key("notices").index(i).key("text");
        if n.text.trim().is_empty() {
            errors.push(
                doc.error_at(Code::BadText, &at, "a notice is one non-empty line of text")
                    .help("write the notice on one line, without tabs or control characters"),
            );
        } else {
            unwanted(doc, &at, "the notice", &n.text, &mut errors);
        }
    }
    texts(edition, gaps, &mut errors);
    super::certificate::validate(f, &edition.doc, &mut errors);
    errors
}

/// The characters of every other text, and the rationales of kept terms.
fn texts(edition: &LoadedEdition, gaps: &Gaps, errors: &mut Vec<Diagnostic>) {
    let f = &edition.file;
    let doc = &edition.doc;
    let root = JsonPath::root();
    if let Some(region) = &f.region {
        let at = root.key("region").key("name");
        if region.name.trim().is_empty() {
            errors.push(
                doc.error_at(Code::EmptyText, &at, "the region's name is empty")
                    .help("name the region, like \"Gulf Cooperation Council states\""),
            );
        } else {
            unwanted(doc, &at, "the name", &region.name, errors);
        }
    }
    if let Some(author) = &f.author {
        unwanted(doc, &root.key("author"), "the author", author, errors);
    }
    if let Some(fonts) = &f.fonts {
        for (field, name) in [
            ("latin", &fonts.latin),
            ("east-asian", &fonts.east_asian),
            ("complex", &fonts.complex),
        ] {
            if let Some(name) = name {
                let at = root.key("fonts").key(field);
                // An empty name reached the documents as w:ascii="": no font at all.
                if name.trim().is_empty() {
                    errors.push(
                        doc.error_at(Code::EmptyText, &at, "the font name is empty")
                            .help("name a font, like \"Noto Sans\", or leave the field out for the default"),
                    );
                }
                unwanted(doc, &at, "the font name", name, errors);
            }
        }
    }
    for (i, t) in f.terms.iter().enumerate() {
        let at = root.key("terms").index(gaps.term_index(i));
        // Control characters and braces in values are refused where they are
        // applied (bad-term-value); the invisible ones here.
        for (field, value) in std::iter::once(("value".to_string(), &t.value))
            .chain(t.values.iter().map(|(l, v)| (format!("values.{l}"), v)))
        {
            if let Some(u) = text::first_suspicious(value) {
                errors.push(bad_text(doc, &at.key(field.clone()), "the value", u));
            }
        }
        if let Some(note) = &t.note {
            unwanted(doc, &at.key("note"), "the note", note, errors);
        }
        if let Some(source) = &t.source {
            unwanted(doc, &at.key("source"), "the source", source, errors);
        }
    }
    for (i, k) in f.keep.iter().enumerate() {
        let at = root.key("keep").index(gaps.keep_index(i)).key("rationale");
        if k.rationale.trim().is_empty() {
            errors.push(
                doc.error_at(Code::MissingRationale, &at, "the rationale is empty")
                    .help(format!(
                        "say why the base's {} stays in this edition; reviewers read it",
                        k.term
                    )),
            );
        } else {
            unwanted(doc, &at, "the rationale", &k.rationale, errors);
        }
    }
    for (i, op) in f.operations.iter().enumerate() {
        let at = root.key("operations").index(gaps.operation_index(i));
        // An empty rationale and control characters are refused where operations
        // are applied (missing-rationale, bad-text).
        if let Some(u) = text::first_suspicious(op.rationale()) {
            errors.push(bad_text(doc, &at.key("rationale"), "the rationale", u));
        }
        if let Operation::AddStandard { standard, .. } = op {
            for (k, reference) in standard.references.iter().enumerate() {
                let at = at.key("standard").key("references").index(k).key("note");
                if reference.note.trim().is_empty() {
                    errors.push(
                        doc.error_at(Code::EmptyText, &at, "the text is empty")
                            .help("say why the worker needs to know it"),
                    );
                } else {
                    unwanted(doc, &at, "the note", &reference.note, errors);
                }
            }
        }
    }
    for (i, note) in f.notes.iter().enumerate() {
        unwanted(doc, &root.key("notes").index(i), "the note", note, errors);
    }
}

/// Refuses a control character, bidi control or invisible character in `value`.
fn unwanted(doc: &Document, at: &JsonPath, what: &str, value: &str, errors: &mut Vec<Diagnostic>) {
    if let Some(u) = text::unwanted(value) {
        errors.push(bad_text(doc, at, what, u));
    }
}

fn bad_text(doc: &Document, at: &JsonPath, what: &str, u: Unwanted) -> Diagnostic {
    doc.error_at(
        Code::BadText,
        at,
        format!("{what} contains {}", u.described()),
    )
    .help(u.help)
}

/// An id too long to name a pack's directory (ids are ASCII, so bytes are characters).
pub(crate) fn long_id(doc: &Document, id: &str, what: &str) -> Diagnostic {
    doc.error_at(
        Code::BadId,
        &JsonPath::root().key("id"),
        format!(
            "the {what} id is {} characters long, over the limit of {}",
            id.len(),
            crate::model::MAX_PACK_ID
        ),
    )
    .help("the id names the pack's directory; shorten it, like saudi-arabia")
}
