//! `build`: resolve, localise, render and pack each edition in each locale.

mod schedule;
mod stage;
mod warnings;

use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::edition::{self, Stack};
use crate::l10n::{self, Catalog, LocaleRoot};
use crate::pack;
use crate::render::docx::DocumentKind;
use schedule::drop_later;
use serde::Serialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Xml,
    Case,
    Docx,
    /// A PDF of each Word document, made by LibreOffice (`crate::pdf`).
    Pdf,
}

pub struct BuildOptions<'a> {
    pub out: &'a Path,
    /// Locales to build; empty means every locale each edition declares. Each
    /// must be one the edition publishes (see `l10n::published`).
    pub locales: &'a [String],
    /// Build only the targets published in `locales`, leaving out the others
    /// (`build --all --locale en`), instead of refusing them.
    pub pick_by_locale: bool,
    pub formats: &'a [Format],
    /// The Word documents written when `formats` has `Docx` (and their PDFs
    /// when it has `Pdf`).
    pub documents: &'a [DocumentKind],
    /// The build date (RFC 3339), from SOURCE_DATE_EPOCH or --date.
    pub date: Option<&'a str>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BuiltPack {
    pub edition: String,
    pub locale: String,
    pub dir: PathBuf,
    pub files: Vec<String>,
    pub fallbacks: usize,
    /// The texts that could have fallen back (`fallbacks` is part of these).
    pub texts: usize,
    /// The folders its translations were read from, best first: the editions'
    /// own `locales/`, then the project's folders (`<embedded>/locales` is the
    /// built-in copy).
    pub translations: Vec<String>,
    /// Whether the pack is in another language than the source (and so read
    /// translations at all).
    #[serde(skip)]
    pub translated: bool,
    /// What the pack lacks: edition operations not applied because their base
    /// text changed (drift), translation and label files of its locales that
    /// could not be used (their text fell back to another language), stale
    /// translations it uses, and whether it is mostly untranslated.
    pub warnings: Vec<Diagnostic>,
}

/// One edition (or framework) to build, as the user named it.
pub struct Target {
    pub arg: String,
    pub stack: Stack,
}

/// Loads every target first, so a bad input fails the build before anything is
/// written.
pub fn load_targets(args: &[String]) -> Result<Vec<Target>, Diagnostics> {
    use rayon::prelude::*;
    let mut errors = Vec::new();
    let mut targets = Vec::new();
    // Several editions are read side by side; their errors keep the order
    // the editions were named in.
    fn open(arg: &String) -> (&String, Result<Stack, Diagnostics>) {
        (arg, edition::open(arg, None))
    }
    let opened: Vec<_> = if args.len() > 1 {
        args.par_iter().map(open).collect()
    } else {
        args.iter().map(open).collect()
    };
    for (arg, opened) in opened {
        match opened {
            Ok(stack) => targets.push(Target {
                arg: arg.clone(),
                stack,
            }),
            Err(e) => errors.extend(e.0),
        }
    }
    if errors.is_empty() {
        Ok(targets)
    } else {
        Err(Diagnostics(errors))
    }
}

/// Builds every target in every requested locale. Every pack is staged before
/// the first is swapped into place, so an error in any leaves every previous
/// pack untouched. `progress` is called once per pack written.
pub fn build(
    targets: &[Target],
    opts: &BuildOptions<'_>,
    root: &LocaleRoot,
    progress: &(dyn Fn(&BuiltPack, usize) + Sync),
) -> Result<Vec<BuiltPack>, Diagnostics> {
    use rayon::prelude::*;
    // Before anything is loaded or written: PDFs need LibreOffice.
    let converter = if opts.formats.contains(&Format::Pdf) && !opts.documents.is_empty() {
        Some(crate::pdf::Converter::find().map_err(|e| Diagnostics::from(pdf_failed(e)))?)
    } else {
        None
    };
    let mut jobs = Vec::new();
    let mut errors = Vec::new();
    // With `pick_by_locale`: each target's id and published locales.
    let mut offered: Vec<(String, Vec<String>)> = Vec::new();
    // Parallel only when there are two things to do: rayon's threads cost
    // more to start than a small build of one pack takes.
    fn resolve(t: &Target) -> (&Target, Result<edition::Resolution, Diagnostics>) {
        (t, t.stack.resolve())
    }
    // A large framework's translations are read while it resolves, when the
    // locales they are read for are known before: neither needs the other,
    // each is a good part of the start, and the other core was idle. (For a
    // small one the thread costs more than the catalogue.)
    let mut early: Option<Catalog> = None;
    let resolved: Vec<_> = match targets {
        [t] if !opts.pick_by_locale && criteria(&t.stack.framework.framework.standards) > LARGE => {
            let (resolved, catalog) = schedule::both(
                || resolve(t),
                || Catalog::load_for_packs(root, &t.stack, opts.locales),
            );
            early = Some(catalog);
            vec![resolved]
        }
        _ if targets.len() > 1 => targets.par_iter().map(resolve).collect(),
        _ => targets.iter().map(resolve).collect(),
    };
    // Each id built, with the argument that named it.
    let mut ids: Vec<(String, String)> = Vec::new();
    // Each id built so far: where its target is, and in which locales.
    let mut built_ids: Vec<(String, String, String, Vec<String>)> = Vec::new();
    for (t, resolution) in resolved {
        let resolution = match resolution {
            Ok(r) => r,
            Err(e) => {
                errors.extend(e.0);
                continue;
            }
        };
        let r = resolution.resolved;
        if ids.iter().any(|(id, arg)| *id == r.id && *arg == t.arg) {
            // The same edition named twice is built once; two editions with
            // one id are refused below (`same_id_as_another`).
            continue;
        }
        ids.push((r.id.clone(), t.arg.clone()));
        // Drift means an edition change is not in the pack: say so with it.
        let unapplied = resolution.warnings;
        let asked = if opts.locales.is_empty() {
            &r.locales
        } else {
            opts.locales
        };
        // The library's own guard, for programs that call it directly: the
        // command line refuses such a locale before anything is loaded.
        for locale in asked {
            if let Err(e) = pack::pack_dir(opts.out, &r.id, locale) {
                errors.push(
                    Diagnostic::error(Code::BadPathComponent, e.to_string())
                        .help("edition ids are kebab-case and locales BCP 47 tags such as pt-BR"),
                );
            }
        }
        let locales: Vec<String> = if opts.locales.is_empty() {
            r.locales.clone()
        } else if opts.pick_by_locale {
            let published = l10n::published::published(&r, &t.stack, root);
            offered.push((r.id.clone(), published.clone()));
            opts.locales
                .iter()
                .filter(|l| published.contains(l))
                .cloned()
                .collect()
        } else {
            match l10n::published::check_published(&r, &t.stack, root, opts.locales) {
                Ok(()) => opts.locales.to_vec(),
                Err(e) => {
                    errors.extend(e.0);
                    continue;
                }
            }
        };
        if locales.is_empty() {
            continue;
        }
        if let Some(e) = same_id_as_another(t, &r.id, &locales, &mut built_ids) {
            errors.push(e);
            continue;
        }
        jobs.push((t, std::sync::Arc::new(r), locales, unapplied));
    }
    if opts.pick_by_locale {
        errors.extend(warnings::published_nowhere(&offered, opts.locales));
    }
    if !errors.is_empty() {
        return Err(Diagnostics(errors));
    }
    // Each edition's translations, read side by side when there are several.
    let catalog = |(t, r, locales, unapplied): (&Target, _, Vec<String>, _)| {
        let catalog = Catalog::load_for_packs(root, &t.stack, &locales);
        (r, catalog, locales, unapplied)
    };
    let jobs: Vec<_> = if jobs.len() > 1 {
        jobs.into_par_iter().map(catalog).collect()
    } else {
        // The catalogue read early is the same: `locales` are the edition's
        // own (which a catalogue adds in any case) or those asked for.
        jobs.into_iter()
            .map(|(t, r, locales, unapplied)| match early.take() {
                Some(catalog) => (r, catalog, locales, unapplied),
                None => catalog((t, r, locales, unapplied)),
            })
            .collect()
    };
    let work: Vec<(usize, String)> = jobs
        .iter()
        .enumerate()
        .flat_map(|(i, (_, _, locales, _))| locales.iter().map(move |l| (i, l.clone())))
        .collect();
    let total = work.len();
    // Each pack is rendered and staged beside its directory as soon as it is
    // ready, so only the packs in flight are held in memory; nothing is swapped
    // into place until every pack has been staged.
    let most = jobs
        .iter()
        .map(|(r, _, _, _)| {
            r.standards
                .iter()
                .flat_map(|s| &s.outcomes)
                .map(|o| o.criteria.len())
                .sum::<usize>()
        })
        .max()
        .unwrap_or(0);
    let large = most > LARGE;
    // Packs one at a time: a large framework's, or a single pack (see
    // `schedule`).
    let serial = large || work.len() < 2;
    let staged = schedule::stage_all(&jobs, &work, opts, root, converter.as_ref(), large, serial);
    // Nothing else is left to do on the other threads.
    drop_later(jobs);
    let mut ready = Vec::new();
    for s in staged {
        // Dropping the staged packs on an error removes them.
        ready.push(s.map_err(Diagnostics::from)?);
    }
    let mut built = Vec::new();
    for (s, b) in ready {
        s.commit().map_err(|e| Diagnostics::from(write_failed(e)))?;
        progress(&b, total);
        built.push(b);
    }
    Ok(built)
}

/// Two targets with one id write the same pack directories (`out/<id>/<locale>`):
/// the pack built last silently replaced the other, with exit 0. `seen` holds,
/// for each id so far, where its target is (its directory, resolved), how it was
/// named, and its locales; the same target named twice is no conflict.
fn same_id_as_another(
    t: &Target,
    id: &str,
    locales: &[String],
    seen: &mut Vec<(String, String, String, Vec<String>)>,
) -> Option<Diagnostic> {
    let top = t.stack.editions.last();
    let place = match top {
        Some(e) => std::fs::canonicalize(&e.dir)
            .unwrap_or_else(|_| e.dir.clone())
            .display()
            .to_string(),
        None => t.arg.clone(),
    };
    let clash = seen.iter().find(|(seen_id, seen_place, _, seen_locales)| {
        seen_id == id && *seen_place != place && locales.iter().any(|l| seen_locales.contains(l))
    });
    if let Some((_, _, other, _)) = clash {
        let message = format!(
            "the id \"{id}\" is also the id of {other}; both would be built into the same pack directories"
        );
        let help = "give each edition its own id: the id names its packs' directory";
        return Some(match top {
            Some(e) => e
                .doc
                .error_at(
                    Code::DuplicateId,
                    &crate::load::JsonPath::root().key("id"),
                    message,
                )
                .help(help),
            None => Diagnostic::error(Code::DuplicateId, message)
                .file(&t.arg)
                .help(help),
        });
    }
    seen.push((id.to_string(), place, t.arg.clone(), locales.to_vec()));
    None
}

/// A PDF that could not be made: LibreOffice missing, failing or too slow.
fn pdf_failed(e: crate::pdf::PdfError) -> Diagnostic {
    use crate::pdf::PdfError;
    match e {
        PdfError::NotInstalled(_) => Diagnostic::error(Code::PdfNeedsLibreoffice, e.to_string()).help(format!(
            "install LibreOffice Writer (Debian and Ubuntu: apt install libreoffice-writer; macOS: brew install --cask libreoffice), or name its soffice program in {}; or build without pdf in --outputs",
            crate::pdf::PROGRAM_VARIABLE
        )),
        PdfError::NoHeadingPages(_) => Diagnostic::error(Code::PdfFailed, e.to_string())
            .help("PDF output needs LibreOffice 7.4 or later; no pack was changed"),
        _ => Diagnostic::error(Code::PdfFailed, format!("could not make the PDFs: {e}"))
            .help("run the same soffice --headless --convert-to pdf on the pack's DOCX to see why; no pack was changed"),
    }
}

fn write_failed(e: pack::PackError) -> Diagnostic {
    Diagnostic::error(Code::WriteFailed, format!("could not write the pack: {e}"))
        .help("the previous pack, if any, is unchanged")
}

/// Above this many criteria in one framework, packs are built one at a time.
const LARGE: usize = 5_000;

/// The criteria of a framework as loaded, before any edition's changes.
fn criteria(standards: &[crate::model::Standard]) -> usize {
    standards
        .iter()
        .flat_map(|s| &s.outcomes)
        .map(|o| o.criteria.len())
        .sum()
}
