//! `new`: the skeleton of an edition for a country that has none yet.
//!
//! Every jurisdiction-bound term the base uses is listed with an empty value, so
//! the first `check` on the scaffold is exactly the list of local facts to find.

use super::file::{EDITION_FILE, EditionFile, EditionTerm, Locale, Numbering};
use super::rebase::relative;
use super::resolved::Resolved;
use crate::check::used_terms;
use crate::diag::{Code, Diagnostic};
use crate::ids;
use crate::model::{Notice, NoticeKind};
use std::path::Path;

pub struct ScaffoldOptions<'a> {
    pub dir: &'a Path,
    /// How the user named the base (a path relative to the current directory, or an
    /// embedded framework name).
    pub base: &'a str,
    pub country: &'a str,
    pub locales: &'a [String],
}

/// The new edition file for `opts`, based on the resolved base.
pub fn scaffold(base: &Resolved, opts: &ScaffoldOptions<'_>) -> Result<EditionFile, Diagnostic> {
    let country = opts.country;
    if !(country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase())) {
        return Err(Diagnostic::error(
            Code::BadCountry,
            format!("\"{country}\" is not an ISO 3166-1 alpha-2 code"),
        )
        .help("write two capital letters, like KE for Kenya or PH for the Philippines"));
    }
    // The edition, its notice and its author are named with the country's name
    // (people's words): a code no country has is a typo.
    let Some(country_name) = crate::l10n::country_name(country) else {
        return Err(Diagnostic::error(
            Code::BadCountry,
            format!("\"{country}\" is not the code of a country (ISO 3166-1 alpha-2)"),
        )
        .help("write the country's two-letter code, like KE for Kenya or PH for the Philippines"));
    };
    if opts.locales.is_empty() {
        return Err(Diagnostic::error(Code::EmptyList, "no locale given")
            .help("add --locale, e.g. --locale en-KE --locale sw-KE"));
    }
    for l in opts.locales {
        if !ids::is_locale(l) {
            return Err(Diagnostic::error(
                Code::BadLocale,
                format!("\"{l}\" is not a BCP 47 locale tag"),
            )
            .help(ids::locale_help(l, "write a tag such as en-KE or sw-KE")));
        }
    }
    // `.` and `..` have no name of their own: the directory they stand for has
    // (`mkdir kenya && cd kenya && carecert new .` was refused as the id "").
    let named = match opts.dir.file_name() {
        Some(_) => Some(opts.dir.to_path_buf()),
        None => std::fs::canonicalize(opts.dir).ok(),
    };
    let name = named
        .as_deref()
        .and_then(Path::file_name)
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    if !ids::is_id(&name) {
        return Err(Diagnostic::error(
            Code::BadId,
            format!("the directory name \"{name}\" cannot be an edition id"),
        )
        .help("name the directory in lowercase kebab-case, like kenya or gulf-region"));
    }
    let used = used_terms(base);
    let terms = base
        .terms
        .iter()
        .filter(|t| used.contains(t.id.as_str()))
        .filter(|t| {
            t.jurisdiction
                .as_deref()
                .and_then(|j| j.split('-').next())
                .is_some_and(|c| c != country)
        })
        .map(|t| EditionTerm {
            id: t.id.clone(),
            kind: None,
            jurisdiction: Some(country.to_string()),
            value: String::new(),
            values: Default::default(),
            note: Some(format!(
                "Replaces \"{}\" ({}). {}",
                t.value,
                t.jurisdiction.as_deref().unwrap_or_default(),
                t.note
            )),
            definition: None,
            definitions: Default::default(),
            source: Some(String::new()),
        })
        .collect();
    Ok(EditionFile {
        schema: None,
        id: name.clone(),
        name: format!("{}, {country_name} edition", base.name),
        country: Some(country.to_string()),
        region: None,
        locales: opts.locales.iter().map(|l| Locale(l.clone())).collect(),
        base: base_path(opts.dir, opts.base),
        author: Some(format!("{country_name} adaptation team")),
        notices: vec![Notice {
            kind: NoticeKind::Attribution,
            text: format!("Adapted from {} for {country_name}.", base.framework.title),
        }],
        fonts: None,
        issuer: None,
        logo: None,
        certificate_number: None,
        numbering: Numbering::Keep,
        terms,
        keep: Vec::new(),
        operations: Vec::new(),
        notes: vec!["Fill in every term value and its source (a law's official text, a gazette or a ministry page), then run carecert check.".into()],
    })
}

/// `base` as edition.json should name it: relative to the new edition's directory.
fn base_path(dir: &Path, base: &str) -> String {
    let given = Path::new(base);
    if !given.exists() {
        return base.to_string();
    }
    let (Ok(to), Some(parent)) = (given.canonicalize(), dir.parent()) else {
        return base.to_string();
    };
    let parent = if parent.as_os_str().is_empty() {
        Path::new(".")
    } else {
        parent
    };
    match parent.canonicalize() {
        Ok(p) => relative(&p.join(dir.file_name().unwrap_or_default()), &to)
            .to_string_lossy()
            .replace('\\', "/"),
        Err(_) => base.to_string(),
    }
}

/// Writes the scaffold into `dir` (created if missing); refuses to overwrite.
pub fn write(dir: &Path, edition: &EditionFile) -> Result<(), Diagnostic> {
    let path = dir.join(EDITION_FILE);
    if path.exists() {
        return Err(
            Diagnostic::error(Code::Exists, format!("{} already exists", path.display()))
                .help("choose a new directory; carecert new never overwrites an edition"),
        );
    }
    std::fs::create_dir_all(dir).map_err(|e| {
        Diagnostic::error(
            Code::WriteFailed,
            format!("could not create {}: {e}", dir.display()),
        )
        .help(
            "check that the path is not a directory and that its directory exists and is writable",
        )
    })?;
    let mut text = serde_json::to_string_pretty(edition)
        .map_err(|e| Diagnostic::error(Code::OutputFailed, e.to_string()))?;
    text.push('\n');
    super::rebase::write_atomically(&path, &text).map_err(|e| {
        Diagnostic::error(
            Code::WriteFailed,
            format!("could not write {}: {e}", path.display()),
        )
        .help(
            "check that the path is not a directory and that its directory exists and is writable",
        )
    })
}
