//! Planning an import: which units go into which `.ftl` file, and the new text
//! of each file.
//!
//! An import changes exactly the parts it carries. A segment whose target is
//! empty keeps the file's translation of that part; a message's other parts,
//! messages and comments stay byte for byte ([`ftl_edit`] does the editing and
//! checks it). Everything is planned before anything is written, so one file
//! that cannot be read, or one unit that does not fit, leaves all files as they
//! were. Reading and writing are the caller's ([`super::files`]); planning reads
//! no file itself.

use super::checks::problem;
use super::read::{ImportedFile, ImportedUnit};
use super::report::{ImportReport, Refusal, StillStale};
use crate::diag::{Code, Diagnostic};
use crate::edition::resolved::Resolved;
use crate::fingerprint::Fingerprint;
use crate::l10n::ftl;
use crate::l10n::ftl_edit::{self, MessageEdit, SourceComment};
use crate::l10n::status::{SourceMessage, source_messages};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// A file an import writes: its new text, and what it held when planned.
#[derive(Debug, Clone)]
pub struct PlannedWrite {
    pub path: PathBuf,
    /// `None` when the file does not exist yet.
    pub before: Option<String>,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct ImportPlan {
    pub report: ImportReport,
    /// Only files whose text changes.
    pub writes: Vec<PlannedWrite>,
}

/// How a target file's current text is read: `Ok(None)` when it does not exist.
pub type ReadTarget<'a> = dyn FnMut(&Path) -> Result<Option<String>, Vec<Diagnostic>> + 'a;

/// The checks of a file as a whole against the edition it is imported into:
/// its languages, and that every layer it names is part of the edition.
/// `given` is the edition as the user named it; `published` the edition's
/// locales (`None` for a framework, which any locale may translate).
pub fn check_fits(
    r: &Resolved,
    file: &ImportedFile,
    shown: &str,
    given: &str,
    published: Option<&[String]>,
) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    if file.src_lang != r.source_locale {
        errors.push(
            Diagnostic::error(
                Code::WrongLocale,
                format!(
                    "the file's source language is \"{}\", and this edition's is {}",
                    file.src_lang, r.source_locale
                ),
            )
            .file(shown)
            .help("import the file into the edition it was exported from"),
        );
    }
    if !crate::ids::is_locale(&file.trg_lang) || file.trg_lang == r.source_locale {
        errors.push(
            Diagnostic::error(
                Code::WrongLocale,
                format!(
                    "the file's target language \"{}\" is not a locale to translate into",
                    file.trg_lang
                ),
            )
            .file(shown)
            .help("set trgLang to the locale the translation is in, such as pt-BR"),
        );
    } else if let Some(locales) = published
        && !locales.iter().any(|l| l == &file.trg_lang)
    {
        errors.push(
            Diagnostic::error(
                Code::WrongLocale,
                format!("the edition {} is not published in {}", r.id, file.trg_lang),
            )
            .file(shown)
            .help(format!("its locales are {}", locales.join(", "))),
        );
    }
    // A file exported from an edition names its layers; imported anywhere else,
    // every unit would be refused for a reason that hides this one.
    if let Some(other) = file
        .layers
        .iter()
        .find(|l| !r.layers.iter().any(|layer| &layer.id == *l))
    {
        errors.push(
            Diagnostic::error(
                Code::WrongEdition,
                format!("the file was exported from {other}, which {given} does not include"),
            )
            .file(shown)
            .help(format!(
                "import it into the edition it came from: carecert l10n import {shown} EDITION-DIR (the directory of {other})"
            )),
        );
    }
    errors
}

/// A unit that passed every check: its message and the parts it carries.
struct Accepted<'a> {
    source: &'a SourceMessage,
    parts: Vec<(&'a str, &'a str)>,
}

/// Plans the import of `file` (read from `shown`) into `r`. `targets` names the
/// `.ftl` file of a layer (`None`: no directory to write it in); `read` reads a
/// target file. Every problem that stops the import comes back at once.
pub fn plan(
    r: &Resolved,
    file: &ImportedFile,
    shown: &str,
    targets: &dyn Fn(usize) -> Option<PathBuf>,
    read: &mut ReadTarget<'_>,
) -> Result<ImportPlan, Vec<Diagnostic>> {
    let mut report = ImportReport {
        locale: file.trg_lang.clone(),
        ..ImportReport::default()
    };
    let messages = source_messages(r);
    let sources: HashMap<&str, &SourceMessage> =
        messages.iter().map(|m| (m.id.as_str(), m)).collect();
    let known_terms: Vec<&str> = r.terms.iter().map(|t| t.id.as_str()).collect();
    let mut errors = Vec::new();
    let mut homeless: Vec<&str> = Vec::new();
    // Per file, in layer order (the framework's first), for a stable report.
    let mut by_path: BTreeMap<(usize, PathBuf), Vec<Accepted<'_>>> = BTreeMap::new();
    for u in &file.units {
        if u.id == "nothing-to-translate" {
            continue;
        }
        let refuse = |report: &mut ImportReport, reason: String| {
            report.refused.push(Refusal {
                id: u.id.clone(),
                reason,
            })
        };
        // Each edition has its own `edition` message: the unit's file (the
        // layer it was exported from) says whose.
        let own = messages
            .iter()
            .find(|m| m.exact && m.id == u.id && m.layer_id == u.layer);
        let Some(source) = own.or_else(|| sources.get(u.id.as_str()).copied()) else {
            refuse(
                &mut report,
                "no such message in this edition (unknown id)".into(),
            );
            continue;
        };
        // A unit without a translation has nothing to refuse, even when its
        // English has changed since: it is counted as untranslated.
        let parts: Vec<(&str, &str)> = u.translated().collect();
        match u.fingerprint.as_deref().map(|f| (f, Fingerprint::parse(f))) {
            Some((_, Some(f))) if source.fingerprint.matches(&f) => {
                errors.extend(foreign_segments(shown, u, source));
            }
            _ if parts.is_empty() => {}
            Some((f, _)) => {
                refuse(
                    &mut report,
                    format!(
                        "the English changed since the export (exported {f}, now {}); export again and translate the new text",
                        source.fingerprint
                    ),
                );
                continue;
            }
            None => {
                refuse(
                    &mut report,
                    format!(
                        "the unit has no source-fingerprint note, so the English it translates is unknown (now {}); export again and keep the notes",
                        source.fingerprint
                    ),
                );
                continue;
            }
        }
        if parts.is_empty() {
            report.untranslated.push(u.id.clone());
            continue;
        }
        if let Some(reason) = parts
            .iter()
            .find_map(|(part, t)| problem(source, &known_terms, part, t))
        {
            refuse(&mut report, reason);
            continue;
        }
        let Some(path) = targets(source.layer) else {
            homeless.push(&source.layer_id);
            continue;
        };
        report.imported.push(u.id.clone());
        by_path
            .entry((source.layer, path))
            .or_default()
            .push(Accepted { source, parts });
    }
    if let Some(layer) = homeless.first() {
        errors.push(
            Diagnostic::error(
                Code::NoLocalesDir,
                format!("there is no locales directory to import the translations of {layer} into: no ./locales here, and no --locales-dir"),
            )
            .file(shown)
            .help("run the import where the project's locales/ directory is, create one here with `mkdir locales`, or pass --locales-dir DIR"),
        );
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut writes = Vec::new();
    for ((_, path), accepted) in &by_path {
        let shown_path = path.display().to_string();
        report.files.push(shown_path.clone());
        let before = match read(path) {
            Ok(text) => text,
            Err(mut e) => {
                errors.append(&mut e);
                continue;
            }
        };
        let old = before.as_deref().unwrap_or_default();
        let parsed = ftl::parse(&shown_path, old);
        let syntax: Vec<Diagnostic> = parsed
            .errors
            .iter()
            .filter(|d| d.code == Code::FtlSyntax)
            .cloned()
            .collect();
        if !syntax.is_empty() {
            errors.extend(syntax.into_iter().map(|d| {
                d.help("fix the Fluent syntax of the file first (carecert l10n status lists every error), then import again")
            }));
            continue;
        }
        let existing: HashMap<&str, &ftl::FtlMessage> = parsed
            .messages
            .iter()
            .rev()
            .map(|m| (m.id.as_str(), m))
            .collect();
        let mut edits = Vec::new();
        for a in accepted {
            let found = existing.get(a.source.id.as_str()).copied();
            let (edit, stale) = message_edit(r, a, found);
            edits.push(edit);
            report.still_stale.extend(stale);
        }
        match ftl_edit::edit(&shown_path, old, &edits) {
            Ok(text) if before.as_deref() == Some(text.as_str()) => {}
            Ok(text) => writes.push(PlannedWrite {
                path: path.clone(),
                before,
                text,
            }),
            Err(mut e) => errors.append(&mut e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(ImportPlan { report, writes })
}

/// The segments of a current unit that are not parts of its message: a unit
/// re-segmented or edited by hand, which cannot be imported part by part.
fn foreign_segments(shown: &str, u: &ImportedUnit, source: &SourceMessage) -> Vec<Diagnostic> {
    let parts: Vec<&str> = std::iter::once("value")
        .chain(source.attributes.iter().map(|(k, _)| k.as_str()))
        .collect();
    u.segments
        .iter()
        .filter(|s| !parts.contains(&s.id.as_str()))
        .map(|s| {
            Diagnostic::error(
                Code::BadXliff,
                format!(
                    "the segment \"{}\" of unit {} is not a part of the message (its parts are {})",
                    s.id,
                    u.id,
                    parts.join(", ")
                ),
            )
            .file(shown)
            .at(Some((s.line, s.column)))
            .help("keep the segments the export wrote, one per part; turn off re-segmentation in the CAT tool")
        })
        .collect()
}

/// The edit of one message, and whether it stays stale. The `# source:` comment
/// records the English now when the message is new to the file, was up to date,
/// or gets every part from the import; otherwise the parts kept from the file
/// still translate older English, so the old comment stays.
fn message_edit<'a>(
    r: &'a Resolved,
    a: &Accepted<'a>,
    existing: Option<&ftl::FtlMessage>,
) -> (MessageEdit<'a>, Option<StillStale>) {
    let m = a.source;
    let carried = |part: &str| a.parts.iter().any(|(p, _)| *p == part);
    let fresh = existing.is_none_or(|e| {
        e.fingerprint
            .as_deref()
            .and_then(Fingerprint::parse)
            .is_some_and(|f| m.fingerprint.matches(&f))
    });
    let kept: Vec<String> = match existing {
        Some(e) if !fresh => std::iter::once("value")
            .filter(|_| e.value.is_some())
            .chain(
                m.attributes
                    .iter()
                    .map(|(k, _)| k.as_str())
                    .filter(|k| e.attributes.iter().any(|(n, _)| n == k)),
            )
            .filter(|p| !carried(p))
            .map(str::to_string)
            .collect(),
        _ => Vec::new(),
    };
    let comment = kept.is_empty().then(|| SourceComment {
        fingerprint: m.fingerprint.as_str(),
        locale: r.source_locale.as_str(),
        english: m.value.as_str(),
    });
    let stale = (!kept.is_empty()).then(|| StillStale {
        id: m.id.clone(),
        imported: a.parts.iter().map(|(p, _)| p.to_string()).collect(),
        stale: kept,
    });
    let edit = MessageEdit {
        id: m.id.as_str(),
        value: a.parts.iter().find(|(p, _)| *p == "value").map(|(_, t)| *t),
        attributes: a
            .parts
            .iter()
            .filter(|(p, _)| *p != "value")
            .copied()
            .collect(),
        order: m.attributes.iter().map(|(k, _)| k.as_str()).collect(),
        comment,
    };
    (edit, stale)
}

/// The `.ftl` file an imported message of `layer` belongs in.
pub fn target_file(
    r: &Resolved,
    layer: usize,
    project: Option<&Path>,
    edition_dirs: &[PathBuf],
    locale: &str,
) -> Option<PathBuf> {
    let layer_id = &r.layers.get(layer)?.id;
    if layer == 0 {
        return project.map(|p| p.join(locale).join(format!("{layer_id}.ftl")));
    }
    edition_dirs.get(layer - 1).map(|d| {
        d.join("locales")
            .join(locale)
            .join(format!("{layer_id}.ftl"))
    })
}
