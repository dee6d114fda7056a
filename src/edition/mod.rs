//! Editions: loading the stack of layers, and resolving it into one tree with
//! provenance. See `docs/overlays.md` for the file format and the workflow.

pub mod apply;
pub mod file;
pub mod partial;
pub mod rebase;
pub mod resolved;
pub mod scaffold;
pub mod stack;
mod workspace;

use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::fingerprint::Fingerprint;
use crate::ids;
use crate::load::JsonPath;
pub use apply::Drift;
use resolved::{Layer, LayerKind, Resolved};
pub use stack::{LoadedEdition, Stack, open};

/// A resolved edition with what resolution found on the way.
#[derive(Debug)]
pub struct Resolution {
    pub resolved: Resolved,
    /// Operations not applied because their base text changed.
    pub drift: Vec<Drift>,
    /// Warnings to report (drift among them), located in the edition files.
    pub warnings: Vec<Diagnostic>,
}

impl Stack {
    /// Applies every edition, base first. Errors in any layer (a missing target, a
    /// conflict, bad text) fail the whole resolution, reported together with any
    /// drift so one run shows everything.
    pub fn resolve(&self) -> Result<Resolution, Diagnostics> {
        let docs = &self.framework.documents;
        let mut all_text = String::new();
        for d in std::iter::once(&docs.manifest)
            .chain([&docs.terms])
            .chain(&docs.standards)
        {
            all_text.push_str(&d.text);
        }
        let mut r = Resolved::from_framework(
            &self.framework.framework,
            Fingerprint::of_bytes(all_text.as_bytes()),
        );
        if self.editions.len() > 1 {
            // An edition on an edition may meet codes the lower one renumbered.
            r.framework_codes = resolved::framework_codes(&self.framework.framework);
        }
        let mut errors = Vec::new();
        let mut warnings = Vec::new();
        let mut drift = Vec::new();
        // "N more problems not shown", said last.
        let mut notes = Vec::new();
        for edition in &self.editions {
            errors.extend(validate(edition));
            let applied = apply::apply(&mut r, &edition.file, &edition.doc);
            let note = applied.not_shown_note(&edition.doc);
            errors.extend(applied.errors);
            for (d, w) in applied.drift {
                drift.push(d);
                warnings.push(w);
            }
            notes.extend(note);
            let f = &edition.file;
            r.id = f.id.clone();
            r.name = f.name.clone();
            r.countries = match (&f.country, &f.region) {
                (Some(c), _) => vec![c.clone()],
                (None, Some(region)) => region.countries.clone(),
                (None, None) => Vec::new(),
            };
            r.locales = f.locales.iter().map(|l| l.0.clone()).collect();
            r.notices.extend(f.notices.iter().cloned());
            r.author = f.author.clone();
            if f.fonts.is_some() {
                r.fonts = f.fonts.clone();
            }
            r.layers.push(Layer {
                id: f.id.clone(),
                kind: LayerKind::Edition,
                source: edition.doc.shown.clone(),
                fingerprint: Fingerprint::of_bytes(edition.doc.text.as_bytes()),
            });
        }
        if !errors.is_empty() {
            errors.extend(warnings);
            let mut all = Diagnostics(errors);
            all.sort();
            all.0.extend(notes);
            return Err(all);
        }
        warnings.extend(notes);
        Ok(Resolution {
            resolved: r,
            drift,
            warnings,
        })
    }
}

/// What the types of `edition.json` cannot express.
fn validate(edition: &LoadedEdition) -> Vec<Diagnostic> {
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

impl Stack {
    /// The stack without its top edition: what that edition's operations were written
    /// against. A bare framework has nothing below it.
    pub fn below_top(&self) -> Option<Stack> {
        let (_, rest) = self.editions.split_last()?;
        Some(Stack {
            framework: self.framework.clone(),
            editions: rest.to_vec(),
        })
    }
}

/// Fills in the text each drifted operation was written against, from an older
/// resolution of its base (the one the edition declares, when `--base` replaced it).
pub fn attach_old_texts(drift: &mut [Drift], older: &Resolved) {
    let index = crate::lookup::Index::new(older);
    for d in drift {
        let Ok(at) = index.find(&d.target) else {
            continue;
        };
        let text = match older.node(at) {
            crate::lookup::Node::Standard(s) => &s.title,
            crate::lookup::Node::Outcome(o) => &o.title,
            crate::lookup::Node::Criterion(c) => &c.text,
        };
        let recorded = Fingerprint::parse(&d.recorded);
        if recorded.is_some_and(|r| Fingerprint::of(text).matches(&r)) {
            d.old_text = Some(text.clone());
        }
    }
}
