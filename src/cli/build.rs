//! `carecert build`: write packs.

use super::output::Ui;
use super::{Failure, Format, Status, io_failure, print, print_json};
use carecert::build::{self, BuildOptions, Format as PackFormat};
use carecert::diag::{Code, Diagnostic};
use carecert::l10n::LocaleRoot;
use carecert::load::DEFAULT_FRAMEWORK;
use carecert::render::docx::DocumentKind;
use clap::{Args, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// curriculum.xml, valid against schema/carecert-pack.xsd
    Xml,
    /// case.json, a 1EdTech CASE 1.1 CFPackage
    Case,
    /// The Word documents chosen with --documents
    Docx,
    /// A print-ready PDF of each document chosen with --documents (needs LibreOffice:
    /// soffice on PATH, or its path in CARECERT_SOFFICE)
    Pdf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Document {
    /// standards.docx: the standards, outcomes and criteria, with contents and glossary
    Standards,
    /// learner-workbook.docx: activities with answer space, observations at work
    Workbook,
    /// assessor-record.docx: progress log and sign-off per standard
    AssessorRecord,
    /// certificate.docx: a landscape certificate to fill in and sign
    Certificate,
}

/// Build packs: every edition in every locale, atomically, with a manifest
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carecert build                                  the embedded 2015 base in en-GB into ./out\n  carecert build examples/editions/india --locale hi-IN\n  carecert build --all --out packs\n  carecert build --outputs docx --documents standards,certificate\n  carecert build --outputs docx,pdf                Word documents and their PDFs (needs LibreOffice)\n  carecert build --format json                    report what was built as JSON\n  SOURCE_DATE_EPOCH=1764028800 carecert build      a dated, reproducible build"
)]
pub struct BuildArgs {
    /// Framework or edition directories (default: the embedded 2015 base)
    #[arg(value_name = "EDITION")]
    pub editions: Vec<String>,
    /// Build every edition of the workspace (the folders carecert.toml lists, else
    /// ./editions), in every locale it declares
    #[arg(long, conflicts_with = "editions")]
    pub all: bool,
    /// Only these locales, each one the edition publishes (default: every locale it
    /// declares); with --all, the editions published in them
    #[arg(long = "locale", value_name = "LOCALE")]
    pub locales: Vec<String>,
    /// Which files to write into each pack
    #[arg(long, value_enum, value_delimiter = ',', value_name = "OUTPUTS", default_values_t = [OutputFormat::Xml, OutputFormat::Case, OutputFormat::Docx])]
    pub outputs: Vec<OutputFormat>,
    /// Which documents to write (with the docx and pdf formats)
    #[arg(long, value_enum, value_delimiter = ',', default_values_t = [Document::Standards, Document::Workbook, Document::AssessorRecord, Document::Certificate])]
    pub documents: Vec<Document>,
    /// Output directory (default: the workspace's, ./out unless carecert.toml says otherwise)
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Build date (YYYY-MM-DD or RFC 3339 UTC); overrides SOURCE_DATE_EPOCH
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// A folder of translations, layered over the built-in ones (default: the
    /// workspace's, ./locales if present)
    #[arg(long, value_name = "DIR")]
    pub locales_dir: Option<PathBuf>,
    /// Read only the local folder's translations, not the built-in ones
    #[arg(long)]
    pub no_built_in_translations: bool,
    /// Format of the report of what was built
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub fn run(args: BuildArgs, ui: &Ui) -> Result<Status, Failure> {
    let format = args.format;
    let fail = |d: Diagnostic| Failure::new(d, format);
    let date = super::chosen_date(args.date.as_deref(), format)?;
    let ws = super::workspace(format)?;
    let names: Vec<String> = if args.all {
        let found: Vec<String> = ws
            .edition_dirs()
            .iter()
            .map(|d| d.display().to_string())
            .collect();
        if found.is_empty() {
            return Err(fail(ws.no_editions()));
        }
        found
    } else if args.editions.is_empty() {
        vec![DEFAULT_FRAMEWORK.to_string()]
    } else {
        args.editions.clone()
    };
    carecert::l10n::published::check_tags(&args.locales).map_err(|d| Failure::new(d, format))?;
    let locales_dir = args.locales_dir.as_deref().or(ws.locales_dir());
    let root = LocaleRoot::open(locales_dir, !args.no_built_in_translations).map_err(fail)?;
    let targets = build::load_targets(&names).map_err(|d| Failure::new(d, format))?;
    let formats: Vec<PackFormat> = args
        .outputs
        .iter()
        .map(|f| match f {
            OutputFormat::Xml => PackFormat::Xml,
            OutputFormat::Case => PackFormat::Case,
            OutputFormat::Docx => PackFormat::Docx,
            OutputFormat::Pdf => PackFormat::Pdf,
        })
        .collect();
    let mut documents: Vec<DocumentKind> = args
        .documents
        .iter()
        .map(|d| match d {
            Document::Standards => DocumentKind::Standards,
            Document::Workbook => DocumentKind::Workbook,
            Document::AssessorRecord => DocumentKind::AssessorRecord,
            Document::Certificate => DocumentKind::Certificate,
        })
        .collect();
    documents.sort();
    documents.dedup();
    let out = args.out.clone().unwrap_or_else(|| ws.out.clone());
    let opts = BuildOptions {
        out: &out,
        locales: &args.locales,
        pick_by_locale: args.all,
        formats: &formats,
        documents: &documents,
        date: date.as_deref(),
    };
    // A progress bar only on a terminal, never in quiet or JSON mode.
    use std::io::IsTerminal;
    let bar = (!ui.quiet && format == Format::Text && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(0);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let progress = |b: &build::BuiltPack, total: usize| {
        if let Some(bar) = &bar {
            bar.set_length(total as u64);
            bar.set_message(format!("{}/{}", b.edition, b.locale));
            bar.inc(1);
        }
    };
    let built =
        build::build(&targets, &opts, &root, &progress).map_err(|d| Failure::new(d, format))?;
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    if !ui.quiet {
        match format {
            Format::Json => print_json(&built),
            Format::Text => {
                // Which folders were read matters only to a pack that is translated.
                let mut out = String::new();
                if built.iter().any(|b| b.translated) {
                    out.push_str(&format!("translations: {}\n", describe(&built, &root)));
                }
                for b in &built {
                    // Counted as `verify` counts them: the files the manifest
                    // lists, then the manifest itself.
                    let n = b.files.len();
                    out.push_str(&format!(
                        "built {} ({n} {} and a manifest, {} fallbacks)\n",
                        b.dir.display(),
                        if n == 1 { "file" } else { "files" },
                        b.fallbacks
                    ));
                }
                print(&out)
            }
        }
        .map_err(|e| io_failure(e, format))?;
    }
    // Problems print even with --quiet; one file can feed several packs.
    let mut seen: Vec<Diagnostic> = Vec::new();
    for w in built.iter().flat_map(|b| &b.warnings) {
        if !seen.contains(w) {
            seen.push(w.clone());
        }
    }
    super::output::warn(&seen, format, ui);
    if format == Format::Text {
        let drift = seen.iter().filter(|w| w.code == Code::Drift).count();
        // Stale translations are used, and say so themselves; the others fell back.
        let stale = seen
            .iter()
            .filter(|w| w.code == Code::StaleTranslation)
            .count();
        let mostly = seen
            .iter()
            .filter(|w| w.code == Code::MostlyUntranslated)
            .count();
        let translations = seen.len() - drift - stale - mostly;
        let mut text = String::new();
        if drift > 0 {
            text.push_str(&format!(
                "{drift} edition {} not applied (drift): the packs have the base text there (see `carecert check`, then `carecert rebase`)\n",
                if drift == 1 { "operation" } else { "operations" }
            ));
        }
        if translations > 0 {
            text.push_str(&format!(
                "{translations} translation {}: the texts concerned fell back to another language (see `carecert l10n status`)\n",
                if translations == 1 { "problem" } else { "problems" }
            ));
        }
        let _ = std::io::Write::write_all(&mut std::io::stderr().lock(), text.as_bytes());
    }
    // The process ends next: the system takes the loaded editions back at
    // once, where freeing them piece by piece took a few per cent of a small
    // build.
    std::mem::forget(targets);
    Ok(Status::Clean)
}

/// The folders the packs' translations came from, in words: the editions' own
/// first, then the project's (`./locales over the built-in copy`).
fn describe(built: &[build::BuiltPack], root: &LocaleRoot) -> String {
    let project = root.names();
    let own = |b: &build::BuiltPack| -> Vec<String> {
        b.translations
            .iter()
            .filter(|f| !project.contains(f))
            .cloned()
            .collect()
    };
    let mut lists: Vec<Vec<String>> = built.iter().map(own).collect();
    lists.dedup();
    match lists.as_slice() {
        [one] => root.describe(one),
        _ => {
            let mut all: Vec<String> = lists.concat();
            all.sort();
            all.dedup();
            if all.is_empty() {
                root.describe(&[])
            } else {
                format!(
                    "{}, each edition's own folder first ({})",
                    root.describe(&[]),
                    all.join(", ")
                )
            }
        }
    }
}
