//! `build`: resolve, localise, render and pack each edition in each locale.

use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::edition::resolved::LayerKind;
use crate::edition::{self, Stack};
use crate::l10n::labels::Labels;
use crate::l10n::{self, Catalog, LocaleRoot};
use crate::pack::{self, Manifest, ManifestFile, ManifestLayer};
use crate::render::docx::{self, DocumentKind};
use crate::render::{case, xml};
use serde::Serialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Xml,
    Case,
    Docx,
}

pub struct BuildOptions<'a> {
    pub out: &'a Path,
    /// Locales to build; empty means every locale each edition declares.
    pub locales: &'a [String],
    pub formats: &'a [Format],
    /// The Word documents written when `formats` has `Docx`.
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
    /// What the pack lacks: edition operations not applied because their base
    /// text changed (drift), and translation files of its locales that could not
    /// be used (their text fell back to another language).
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
    let mut errors = Vec::new();
    let mut targets = Vec::new();
    for arg in args {
        match edition::open(arg, None) {
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

/// The example editions: every directory under `root` holding an edition.json
/// (whatever it is: one that is not a file is reported when it is opened, not
/// passed over).
pub fn example_editions(root: &Path) -> Vec<String> {
    let mut dirs: Vec<String> = std::fs::read_dir(root)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| std::fs::symlink_metadata(p.join(edition::file::EDITION_FILE)).is_ok())
        .map(|p| p.display().to_string())
        .collect();
    dirs.sort();
    dirs
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
    let mut jobs = Vec::new();
    let mut errors = Vec::new();
    let resolved: Vec<_> = targets.par_iter().map(|t| (t, t.stack.resolve())).collect();
    for (t, resolution) in resolved {
        let resolution = match resolution {
            Ok(r) => r,
            Err(e) => {
                errors.extend(e.0);
                continue;
            }
        };
        let r = resolution.resolved;
        // Drift means an edition change is not in the pack: say so with it.
        let unapplied = resolution.warnings;
        let locales: Vec<String> = if opts.locales.is_empty() {
            r.locales.clone()
        } else {
            opts.locales.to_vec()
        };
        for locale in &locales {
            if let Err(e) = pack::pack_dir(opts.out, &r.id, locale) {
                errors.push(
                    Diagnostic::error(Code::BadPathComponent, e.to_string())
                        .help("edition ids are kebab-case and locales BCP 47 tags such as pt-BR"),
                );
            }
        }
        let catalog = Catalog::load(root, &t.stack, &locales);
        jobs.push((std::sync::Arc::new(r), catalog, locales, unapplied));
    }
    if !errors.is_empty() {
        return Err(Diagnostics(errors));
    }
    let work: Vec<(usize, String)> = jobs
        .iter()
        .enumerate()
        .flat_map(|(i, (_, _, locales, _))| locales.iter().map(move |l| (i, l.clone())))
        .collect();
    let total = work.len();
    // Each pack is rendered and staged beside its directory as soon as it is
    // ready, so only the packs in flight are held in memory; nothing is swapped
    // into place until every pack has been staged.
    // Small packs build side by side; a large framework's packs one at a time,
    // each writing its files in parallel (but its documents one by one, see
    // `stage`), so memory stays near one document's.
    let criteria: usize = jobs
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
    let stage_one = |(i, locale): &(usize, String)| {
        let (r, catalog, _, unapplied) = &jobs[*i];
        let dir = pack::pack_dir(opts.out, &r.id, locale).ok()?;
        let l = l10n::localise(r, locale, catalog);
        let labels = Labels::load(root, locale, &r.source_locale);
        let staged = stage(&dir, &l, &labels, opts, criteria > LARGE).map_err(write_failed);
        Some(staged.map(|(s, mut b)| {
            let chain = l10n::fallback_chain(locale, &r.source_locale);
            // For `l10n status` these are errors; a build goes on without them.
            b.warnings = unapplied.clone();
            b.warnings.extend(
                catalog
                    .problems(&chain)
                    .into_iter()
                    .map(Diagnostic::as_warning),
            );
            b.warnings.extend(stale_translations(r, catalog, &chain));
            (s, b)
        }))
    };
    let staged: Vec<Result<(pack::Staged, BuiltPack), Diagnostic>> = if criteria > LARGE {
        work.iter().filter_map(stage_one).collect()
    } else {
        work.par_iter().filter_map(stage_one).collect()
    };
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

/// Translations made from an older English text are still used (a translator
/// has not looked at the change yet), so a pack that uses them says so.
fn stale_translations(
    r: &edition::resolved::Resolved,
    catalog: &Catalog,
    chain: &[String],
) -> Option<Diagnostic> {
    let mut stale: Vec<String> = Vec::new();
    let translated: Vec<&String> = chain.iter().filter(|l| **l != r.source_locale).collect();
    if translated.is_empty() {
        return None;
    }
    let sources = l10n::status::source_messages(r);
    let mut seen = std::collections::HashSet::new();
    for locale in translated {
        for code in l10n::status::stale_codes(&sources, catalog, locale) {
            if seen.insert(code.clone()) {
                stale.push(code);
            }
        }
    }
    let locale = chain.first()?;
    let n = stale.len();
    let shown: Vec<&str> = stale.iter().take(6).map(String::as_str).collect();
    let more = if n > 6 {
        format!(" and {} more", n - 6)
    } else {
        String::new()
    };
    (n > 0).then(|| {
        Diagnostic::warning(
            Code::StaleTranslation,
            format!(
                "{n} {} in {locale} {} made from an older English text: {}{more}",
                if n == 1 {
                    "translation"
                } else {
                    "translations"
                },
                if n == 1 { "was" } else { "were" },
                shown.join(", ")
            ),
        )
        .help(format!(
            "run `carecert l10n status --locale {locale}` to see what changed, then update them"
        ))
    })
}

fn write_failed(e: pack::PackError) -> Diagnostic {
    Diagnostic::error(Code::WriteFailed, format!("could not write the pack: {e}"))
        .help("the previous pack, if any, is unchanged")
}

/// Renders the pack's files straight into a staged pack, in parallel, and
/// writes its manifest.
///
/// XML and CASE stream to disk, but a document is built whole and its main
/// part gathered before it is compressed (see `docx::package`), so in a
/// `large` pack the documents are written one after another, beside the XML
/// and CASE, never two at once.
fn stage(
    dir: &Path,
    l: &l10n::Localised,
    labels: &Labels,
    opts: &BuildOptions<'_>,
    large: bool,
) -> Result<(pack::Staged, BuiltPack), pack::PackError> {
    use rayon::prelude::*;
    let outputs = outputs(opts);
    let staging = pack::begin(dir)?;
    let write = |(i, o): (usize, &Output)| {
        (
            i,
            staging.file(i, o.file_name(), |w| o.render(l, labels, opts, w)),
        )
    };
    let mut written: Vec<(usize, Result<ManifestFile, pack::PackError>)> = if large {
        let (documents, streamed): (Vec<_>, Vec<_>) = outputs
            .iter()
            .enumerate()
            .partition(|(_, o)| matches!(o, Output::Document(_)));
        let (mut a, b) = rayon::join(
            || streamed.into_iter().map(write).collect::<Vec<_>>(),
            || documents.into_iter().map(write).collect::<Vec<_>>(),
        );
        a.extend(b);
        a
    } else {
        outputs.par_iter().enumerate().map(write).collect()
    };
    written.sort_by_key(|(i, _)| *i);
    let written = written.into_iter().map(|(_, r)| r);
    // The first failure in pack order, so the message does not depend on timing.
    let files = written.collect::<Result<Vec<_>, _>>()?;
    let staged = staging.finish(manifest(l, files, opts))?;
    let built = BuiltPack {
        edition: l.id.clone(),
        locale: l.locale.clone(),
        dir: dir.to_path_buf(),
        files: outputs.iter().map(|o| o.file_name().to_string()).collect(),
        fallbacks: l.fallbacks,
        warnings: Vec::new(),
    };
    Ok((staged, built))
}

fn manifest(l: &l10n::Localised, files: Vec<ManifestFile>, opts: &BuildOptions<'_>) -> Manifest {
    Manifest {
        tool: env!("CARGO_PKG_NAME").to_string(),
        tool_version: env!("CARGO_PKG_VERSION").to_string(),
        edition: l.id.clone(),
        locale: l.locale.clone(),
        layers: l
            .layers
            .iter()
            .map(|x| ManifestLayer {
                id: x.id.clone(),
                kind: match x.kind {
                    LayerKind::Framework => "framework".into(),
                    LayerKind::Edition => "edition".into(),
                },
                fingerprint: x.fingerprint.to_string(),
            })
            .collect(),
        fallbacks: l.fallbacks,
        date: opts.date.map(str::to_string),
        files,
    }
}

/// Above this many criteria in one framework, packs are built one at a time.
const LARGE: usize = 5_000;

/// One file of a pack to render.
#[derive(Clone, Copy)]
enum Output {
    Xml,
    Case,
    Document(DocumentKind),
}

/// The pack's files, in the order the options list them, each once: files are
/// written in parallel, and two writers of one file would corrupt it.
fn outputs(opts: &BuildOptions<'_>) -> Vec<Output> {
    let mut seen = std::collections::HashSet::new();
    opts.formats
        .iter()
        .flat_map(|f| match f {
            Format::Xml => vec![Output::Xml],
            Format::Case => vec![Output::Case],
            Format::Docx => opts
                .documents
                .iter()
                .map(|k| Output::Document(*k))
                .collect(),
        })
        .filter(|o| seen.insert(o.file_name()))
        .collect()
}

impl Output {
    fn file_name(self) -> &'static str {
        match self {
            Output::Xml => "curriculum.xml",
            Output::Case => "case.json",
            Output::Document(kind) => kind.file_name(),
        }
    }

    fn render(
        self,
        l: &l10n::Localised,
        labels: &Labels,
        opts: &BuildOptions<'_>,
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        let generator = concat!(env!("CARGO_PKG_NAME"), " ", env!("CARGO_PKG_VERSION"));
        let date = opts.date.unwrap_or("1970-01-01T00:00:00Z");
        match self {
            Output::Xml => xml::render_to(l, &xml::XmlOptions { generator }, out),
            Output::Case => case::render_to(l, &case::CaseOptions { date_time: date }, out),
            Output::Document(kind) => {
                docx::render_to(kind, l, labels, &docx::DocxOptions { date, generator }, out)
            }
        }
    }
}
