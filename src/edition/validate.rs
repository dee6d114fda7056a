//! What the types of `edition.json` cannot express: ids, countries and locales.

use super::LoadedEdition;
use crate::diag::{Code, Diagnostic};
use crate::ids;
use crate::load::JsonPath;

/// What the types of `edition.json` cannot express.
pub(super) fn validate(edition: &LoadedEdition) -> Vec<Diagnostic> {
    let f = &edition.file;
    let doc = &edition.doc;
    let root = JsonPath::root();
    let mut errors = Vec::new();
    if !ids::is_id(&f.id) {
        errors.push(
            doc.error_at(
                Code::BadId,
                &root.key("id"),
                format!("\"{}\" is not a valid edition id", f.id),
            )
            .help("use lowercase letters, digits and single hyphens, like saudi-arabia"),
        );
    }
    if f.name.trim().is_empty() {
        errors.push(
            doc.error_at(Code::EmptyText, &root.key("name"), "the name is empty")
                .help("name the edition"),
        );
    } else if let Some(c) = f.name.chars().find(|c| crate::text::forbidden_char(*c)) {
        // The name reaches every pack (XML attributes, DOCX properties), where a
        // control character makes the file unreadable.
        errors.push(
            doc.error_at(
                Code::BadText,
                &root.key("name"),
                format!("the name contains the control character U+{:04X}", c as u32),
            )
            .help("write the name on one line, without tabs or control characters"),
        );
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
        if n.text.trim().is_empty() || n.text.chars().any(crate::text::forbidden_char) {
            errors.push(
                doc.error_at(
                    Code::BadText,
                    &root.key("notices").index(i).key("text"),
                    "a notice is one non-empty line of text",
                )
                .help("write the notice on one line, without tabs or control characters"),
            );
        }
    }
    errors
}
