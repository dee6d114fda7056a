//! Loading what a user names: a framework, or an edition and every base under it.
//!
//! An edition's `base` is resolved relative to its own directory; it may be a
//! framework directory, an embedded framework name, or another edition directory,
//! so the chain is followed until a framework is reached. A chain that comes back to
//! an edition already on it is an error naming the whole loop.

use super::file::{EDITION_FILE, EditionFile};
use super::partial::{self, Partial};
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::load::json::{self, Document};
use crate::load::{JsonPath, Loaded, Source, load_framework};
use std::cell::Cell;
use std::path::{Path, PathBuf};

/// How many editions may stack on one framework; far beyond any real use, it stops
/// a pathological chain early.
pub const MAX_DEPTH: usize = 16;

/// An edition file as loaded.
#[derive(Debug, Clone)]
pub struct LoadedEdition {
    pub file: EditionFile,
    pub doc: Document,
    /// The edition's directory (for its own locales and for writing it back).
    pub dir: PathBuf,
    /// The logo the edition names, read and checked, or why it could not be.
    pub logo: Option<super::certificate::Logo>,
    pub logo_error: Option<Diagnostic>,
}

/// A framework and the editions on it, base first.
#[derive(Debug, Clone)]
pub struct Stack {
    pub framework: Loaded,
    pub editions: Vec<LoadedEdition>,
}

/// What `arg` names: a directory holding `edition.json` or `framework.json` (or one
/// of those files), or an embedded framework. `base_override` replaces the top
/// edition's base (to check an edition against a revised framework).
pub fn open(arg: &str, base_override: Option<&str>) -> Result<Stack, Diagnostics> {
    let path = Path::new(arg);
    let dir = if path.file_name().is_some_and(|n| n == EDITION_FILE) && is_present(path) {
        path.parent().map(Path::to_path_buf).unwrap_or_default()
    } else {
        path.to_path_buf()
    };
    let dir = if dir.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        dir
    };
    // Whatever is at edition.json makes this an edition: a directory or a named
    // pipe there is reported as what it is, not passed over for framework.json.
    if is_present(&dir.join(EDITION_FILE)) {
        let mut chain: Vec<LoadedEdition> = Vec::new();
        let mut seen: Vec<(PathBuf, String)> = Vec::new();
        let mut next = Next::Edition(dir);
        let mut first = true;
        loop {
            match next {
                Next::Edition(dir) => {
                    let edition = load_edition(&dir)?;
                    let real = dir.canonicalize().unwrap_or(dir.clone());
                    if let Some(at) = seen.iter().position(|(p, _)| *p == real) {
                        let mut names: Vec<&str> =
                            seen[at..].iter().map(|(_, id)| id.as_str()).collect();
                        names.push(&seen[at].1);
                        let message =
                            format!("the editions' bases form a cycle: {}", names.join(" → "));
                        // Point at the `base` that closes the loop, unless it came from
                        // the command line.
                        let closing = chain
                            .last()
                            .filter(|_| !(chain.len() == 1 && base_override.is_some()));
                        let diagnostic = match closing {
                            Some(last) => last.doc.error_at(
                                Code::BaseCycle,
                                &JsonPath::root().key("base"),
                                message,
                            ),
                            None => {
                                Diagnostic::error(Code::BaseCycle, message).file(&edition.doc.shown)
                            }
                        };
                        return Err(diagnostic
                        .help("one edition in the loop must have a framework (or an edition outside the loop) as its base")
                        .into());
                    }
                    if seen.len() >= MAX_DEPTH {
                        return Err(Diagnostic::error(
                            Code::BaseTooDeep,
                            format!("more than {MAX_DEPTH} editions are stacked"),
                        )
                        .file(&edition.doc.shown)
                        .help(
                            "base this edition on a framework or on an edition lower in the stack",
                        )
                        .into());
                    }
                    seen.push((real, edition.file.id.clone()));
                    let (base, relative_to, given) = match (first, base_override) {
                        (true, Some(o)) => (o.to_string(), PathBuf::from("."), true),
                        _ => (edition.file.base.clone(), edition.dir.clone(), false),
                    };
                    first = false;
                    next = locate_base(&edition, &base, &relative_to, given)?;
                    chain.push(edition);
                }
                Next::Framework(source) => {
                    let framework = load_framework(&source)?;
                    chain.reverse();
                    return Ok(Stack {
                        framework,
                        editions: chain,
                    });
                }
            }
        }
    }
    if base_override.is_some() {
        return Err(Diagnostic::error(
            Code::BaseOverrideOnFramework,
            format!("--base applies to editions, and \"{arg}\" is a framework"),
        )
        .help("pass an edition directory, or check the other framework directly")
        .into());
    }
    let source = Source::open(arg)?;
    Ok(Stack {
        framework: load_framework(&source)?,
        editions: Vec::new(),
    })
}

/// Whether anything is at `path`, even a directory, a named pipe or a link to
/// nothing: reading it then says what is wrong with it.
fn is_present(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

enum Next {
    Edition(PathBuf),
    Framework(Source),
}

fn locate_base(
    edition: &LoadedEdition,
    base: &str,
    relative_to: &Path,
    given_on_command_line: bool,
) -> Result<Next, Diagnostic> {
    let candidate = relative_to.join(base);
    if is_present(&candidate.join(EDITION_FILE)) {
        return Ok(Next::Edition(candidate));
    }
    if is_present(&candidate.join(crate::load::MANIFEST)) {
        return Ok(Next::Framework(Source::dir(candidate)));
    }
    if let Some(source) = Source::embedded(base) {
        return Ok(Next::Framework(source));
    }
    if given_on_command_line {
        return Err(Diagnostic::error(
            Code::BaseNotFound,
            format!("the new base \"{base}\" (given with --base or --onto) is not a framework or edition directory, nor an embedded framework"),
        )
        .help(crate::load::source::with_suggestion(
            base,
            format!(
                "pass a directory that holds framework.json or edition.json, or one of: {}",
                Source::embedded_names().join(", ")
            ),
        )));
    }
    Err(edition
        .doc
        .error_at(
            Code::BaseNotFound,
            &JsonPath::root().key("base"),
            format!("the base \"{base}\" is not a framework or edition directory, nor an embedded framework"),
        )
        .help(crate::load::source::with_suggestion(
            base,
            format!(
                "give a directory (relative to {}) that holds framework.json or edition.json, or one of: {}",
                edition.doc.shown,
                Source::embedded_names().join(", ")
            ),
        )))
}

fn load_edition(dir: &Path) -> Result<LoadedEdition, Diagnostics> {
    let source = Source::dir(dir);
    let file = json::read(&source, EDITION_FILE)?;
    let Partial {
        edition,
        errors,
        gaps,
    } = partial::decode(&file);
    let edition = edition.map(|edition| {
        let logo = edition
            .logo
            .as_deref()
            .map(|rel| super::certificate::read_logo(dir, rel, &file.doc));
        let (logo, logo_error) = match logo {
            Some(Ok(l)) => (Some(l), None),
            Some(Err(e)) => (None, Some(e)),
            None => (None, None),
        };
        LoadedEdition {
            file: edition,
            doc: file.doc,
            dir: dir.to_path_buf(),
            logo,
            logo_error,
        }
    });
    match edition {
        Some(edition) if errors.is_empty() => Ok(edition),
        edition => {
            // Report everything at once: what the rest of the file gets wrong too.
            let base = edition
                .as_ref()
                .filter(|_| !gaps.fields.iter().any(|f| f == "base"))
                .and_then(base_for_report);
            Err(partial::report(edition.as_ref(), errors, &gaps, base))
        }
    }
}

thread_local! {
    /// Set while the base of an edition that did not decode is loaded for its
    /// report. An edition met there that does not decode either reports its own
    /// problems only, so a loop of such editions cannot recurse.
    static REPORTING: Cell<bool> = const { Cell::new(false) };
}

/// The stack below an edition that did not decode whole, to check the rest of it
/// against; None when there is nothing to check against.
fn base_for_report(edition: &LoadedEdition) -> Option<Result<Stack, Diagnostics>> {
    if REPORTING.get() {
        return None;
    }
    REPORTING.set(true);
    let below = match locate_base(edition, &edition.file.base, &edition.dir, false) {
        Err(e) => Some(Err(e.into())),
        Ok(Next::Edition(dir)) => dir.to_str().map(|d| open(d, None)),
        Ok(Next::Framework(source)) => Some(load_framework(&source).map(|framework| Stack {
            framework,
            editions: Vec::new(),
        })),
    };
    REPORTING.set(false);
    below
}
