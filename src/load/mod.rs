//! JSON files → [`Framework`], with precise errors.
//!
//! Loading reads the manifest, the terms file and every standard file through a
//! [`Source`], decodes them into the model types, then validates what the types
//! cannot express (unique ids and codes, code prefixes, term references). Every
//! problem in every file is collected before giving up, so one run shows them all.

mod decode;
mod duplicates;
mod embedded;
pub mod json;
pub mod locate;
pub mod source;
mod validate;

use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::fingerprint::Fingerprint;
use crate::model::{Criterion, Framework, FrameworkFile, Outcome, Reference, Standard, TermsFile};
pub use json::Document;
use json::JsonFile;
pub use locate::JsonPath;
use serde_json::Value;
pub use source::{DEFAULT_FRAMEWORK, Source};

/// The documents a framework was loaded from, kept so later stages can point
/// into them (an unused term, a drifted text).
#[derive(Debug, Clone, Default)]
pub struct Documents {
    pub manifest: Document,
    pub terms: Document,
    /// One per standard, in the same order as `Framework::standards`.
    pub standards: Vec<Document>,
}

/// A framework together with the documents it came from.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub framework: Framework,
    pub documents: Documents,
    /// The layer's fingerprint: of the exact bytes of its files, in the order the
    /// manifest lists them (manifests and caches tell layers apart by it).
    pub fingerprint: Fingerprint,
    /// An embedded framework, validated and checked clean when the binary was
    /// built (see `embedded`): `check` need not look for findings in it again.
    pub checked_at_build: bool,
}

pub const MANIFEST: &str = "framework.json";

/// Loads the framework in `source`: an embedded one from the data `build.rs`
/// made of it (checked when the binary was built), any other validated in full.
pub fn load_framework(source: &Source) -> Result<Loaded, Diagnostics> {
    match embedded::load(source) {
        Some(loaded) => Ok(loaded),
        None => load_and_validate(source),
    }
}

/// From how many standard files a framework's are read side by side: starting
/// rayon's threads costs more than reading the few files of a small one.
const PARALLEL_FILES: usize = 24;

/// Reads, parses and validates the framework in `source`, reporting every problem.
fn load_and_validate(source: &Source) -> Result<Loaded, Diagnostics> {
    let manifest_bytes = json::read_bytes(source, MANIFEST).map_err(|d| {
        if d.code == Code::FileNotFound {
            d.help(format!(
                "a framework directory holds a {MANIFEST}; pass the directory that contains it"
            ))
        } else {
            d
        }
    })?;
    let manifest_file = json::parse(source.display(MANIFEST), manifest_bytes)?;
    let manifest: FrameworkFile =
        json::decode(&manifest_file, &manifest_file.value, &JsonPath::root())?;

    let mut errors: Vec<Diagnostic> = Vec::new();
    let terms_at = JsonPath::root().key("terms");
    let terms = match read_listed(source, &manifest_file, &manifest.terms, &terms_at) {
        Ok(file) => match json::decode::<TermsFile>(&file, &file.value, &JsonPath::root()) {
            Ok(t) => Some((t, file.doc)),
            Err(e) => {
                errors.push(e);
                None
            }
        },
        Err(e) => {
            errors.extend(e.0);
            None
        }
    };

    // Each standard file is read, parsed and decoded on its own, side by side
    // when there are many; their errors keep the manifest's order.
    let standard = |(i, rel): (usize, &String)| {
        let mut errors = Vec::new();
        let at = JsonPath::root().key("standards").index(i);
        let standard = match read_listed(source, &manifest_file, rel, &at) {
            Ok(file) => decode_standard(&file, &mut errors).map(|s| (s, file.doc)),
            Err(e) => {
                errors.extend(e.0);
                None
            }
        };
        (standard, errors)
    };
    let read: Vec<_> = if manifest.standards.len() >= PARALLEL_FILES {
        use rayon::prelude::*;
        manifest
            .standards
            .par_iter()
            .enumerate()
            .map(standard)
            .collect()
    } else {
        manifest
            .standards
            .iter()
            .enumerate()
            .map(standard)
            .collect()
    };
    let mut standards = Vec::with_capacity(read.len());
    for (standard, e) in read {
        standards.extend(standard);
        errors.extend(e);
    }

    // Validate whatever decoded, even if other files failed, so one run reports
    // every problem. Term references are only checked when the terms loaded.
    let terms_loaded = terms.is_some();
    let (terms, terms_doc) = terms.unwrap_or_default();
    let (standards, standard_docs): (Vec<Standard>, Vec<Document>) = standards.into_iter().unzip();
    let framework = Framework {
        manifest,
        terms: terms.terms,
        standards,
        origin: source.describe(),
    };
    let documents = Documents {
        manifest: manifest_file.doc,
        terms: terms_doc,
        standards: standard_docs,
    };
    errors.extend(validate::validate(&framework, &documents, terms_loaded));
    let mut problems = Diagnostics(errors);
    if problems.has_errors() {
        problems.sort();
        return Err(problems);
    }
    let mut all_text = String::new();
    for d in std::iter::once(&documents.manifest)
        .chain([&documents.terms])
        .chain(&documents.standards)
    {
        all_text.push_str(&d.text);
    }
    Ok(Loaded {
        framework,
        fingerprint: Fingerprint::of_bytes(all_text.as_bytes()),
        documents,
        checked_at_build: false,
    })
}

/// Reads a file the manifest lists; problems with the listing point at the manifest.
fn read_listed(
    source: &Source,
    manifest: &JsonFile,
    rel: &str,
    at: &JsonPath,
) -> Result<JsonFile, Diagnostics> {
    if !source::is_plain_relative(rel) {
        return Err(manifest
            .error_at(
                Code::PathOutsideRoot,
                at,
                format!("\"{rel}\" is not a relative path inside the framework directory"),
            )
            .help("list files relative to framework.json, without `..`, a leading `/` or control characters")
            .into());
    }
    let bytes = source.read(rel).map_err(|e| {
        if let source::ReadError::NotAFile(kind) = e {
            return manifest
                .error_at(
                    Code::NotAFile,
                    at,
                    format!("the listed file \"{rel}\" {}", kind.phrase()),
                )
                .help(kind.help());
        }
        let d = json::read_error(source, rel, e);
        match d.code {
            Code::FileNotFound => manifest
                .error_at(
                    Code::FileNotFound,
                    at,
                    format!("the listed file \"{rel}\" does not exist"),
                )
                .help("create the file, or correct or remove this entry"),
            Code::PathOutsideRoot => manifest
                .error_at(
                    Code::PathOutsideRoot,
                    at,
                    format!("\"{rel}\" resolves outside the framework directory (a symlink?)"),
                )
                .help("keep every framework file inside the framework directory"),
            _ => d,
        }
    })?;
    json::parse(source.display(rel), bytes)
}

fn decode_standard(file: &JsonFile, errors: &mut Vec<Diagnostic>) -> Option<Standard> {
    let criterion = |f: &JsonFile, v: &Value, at: &JsonPath, errs: &mut Vec<Diagnostic>| {
        json::decode_all::<Criterion>(f, v, at, &[], errs);
    };
    let outcome = |f: &JsonFile, v: &Value, at: &JsonPath, errs: &mut Vec<Diagnostic>| {
        json::decode_all::<Outcome>(f, v, at, &[("criteria", &criterion)], errs);
    };
    let reference = |f: &JsonFile, v: &Value, at: &JsonPath, errs: &mut Vec<Diagnostic>| {
        json::decode_all::<Reference>(f, v, at, &[], errs);
    };
    json::decode_all::<Standard>(
        file,
        &file.value,
        &JsonPath::root(),
        &[("references", &reference), ("outcomes", &outcome)],
        errors,
    )
}
