//! `carecert l10n import`: a translated XLIFF file merged back into the `.ftl` files.

use crate::cli::output::Ui;
use crate::cli::{Failure, Format, Status, io_failure, print, print_json};
use carecert::diag::{Code, Diagnostic};
use carecert::edition;
use carecert::load::DEFAULT_FRAMEWORK;
use clap::Args;
use std::path::PathBuf;

/// Merge a translated XLIFF file back into the .ftl files
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carecert l10n import pt-BR.xlf\n  carecert l10n import brazil.xlf examples/editions/brazil"
)]
pub struct ImportArgs {
    /// The translated XLIFF file
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The framework or edition it was exported from (default: the embedded 2015 base)
    #[arg(value_name = "EDITION")]
    pub edition: Option<String>,
    /// The project's translations to write into (default: ./locales)
    #[arg(long, value_name = "DIR")]
    pub locales_dir: Option<PathBuf>,
    /// Report what would be imported without writing
    #[arg(long)]
    pub dry_run: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub fn run(args: ImportArgs, ui: &Ui) -> Result<Status, Failure> {
    use carecert::l10n::xliff;
    let format = args.format;
    let fail = |d: Diagnostic| Failure::new(d, format);
    let shown = args.file.display().to_string();
    use carecert::load::source::{MAX_FILE_BYTES as LIMIT, ReadError, read_regular};
    let bytes = read_regular(&args.file, LIMIT).map_err(|e| {
        fail(match e {
            ReadError::TooLarge(_) => Diagnostic::error(
                Code::FileTooLarge,
                format!("the file is over the limit of {LIMIT} bytes"),
            )
            .file(&shown)
            .help("export and import one edition or locale at a time"),
            ReadError::NotAFile(kind) => kind.diagnostic(&shown),
            e => Diagnostic::error(Code::FileUnreadable, format!("could not read {shown}: {e}"))
                .help("give the path of the XLIFF file the translator returned"),
        })
    })?;
    let text = String::from_utf8(bytes).map_err(|_| {
        fail(
            Diagnostic::error(Code::NotUtf8, "the file is not valid UTF-8")
                .file(&shown)
                .help("save the XLIFF file as UTF-8"),
        )
    })?;
    let file = xliff::read(&shown, &text).map_err(fail)?;
    let stack = edition::open(args.edition.as_deref().unwrap_or(DEFAULT_FRAMEWORK), None)
        .map_err(|d| Failure::new(d, format))?;
    let r = stack
        .resolve()
        .map_err(|d| Failure::new(d, format))?
        .resolved;
    if file.src_lang != r.source_locale {
        return Err(fail(
            Diagnostic::error(
                Code::WrongLocale,
                format!(
                    "the file's source language is \"{}\", and this edition's is {}",
                    file.src_lang, r.source_locale
                ),
            )
            .file(&shown)
            .help("import the file into the edition it was exported from"),
        ));
    }
    if !carecert::ids::is_locale(&file.trg_lang) || file.trg_lang == r.source_locale {
        return Err(fail(
            Diagnostic::error(
                Code::WrongLocale,
                format!(
                    "the file's target language \"{}\" is not a locale to translate into",
                    file.trg_lang
                ),
            )
            .file(&shown)
            .help("set trgLang to the locale the translation is in, such as pt-BR"),
        ));
    }
    // A file exported from an edition names its layers; imported anywhere else,
    // every unit would be refused for a reason that hides this one.
    if let Some(other) = file
        .layers
        .iter()
        .find(|l| !r.layers.iter().any(|layer| &layer.id == *l))
    {
        let given = args.edition.as_deref().unwrap_or(DEFAULT_FRAMEWORK);
        return Err(fail(
            Diagnostic::error(
                Code::WrongEdition,
                format!(
                    "the file was exported from {other}, which {given} does not include"
                ),
            )
            .file(&shown)
            .help(format!(
                "import it into the edition it came from: carecert l10n import {shown} EDITION-DIR (the directory of {other})"
            )),
        ));
    }
    if !stack.editions.is_empty() && !r.locales.iter().any(|l| l == &file.trg_lang) {
        return Err(fail(
            Diagnostic::error(
                Code::WrongLocale,
                format!("the edition {} is not published in {}", r.id, file.trg_lang),
            )
            .file(&shown)
            .help(format!("its locales are {}", r.locales.join(", "))),
        ));
    }
    let project = args.locales_dir.clone().or_else(|| {
        std::path::Path::new("locales")
            .is_dir()
            .then(|| PathBuf::from("locales"))
    });
    let dirs: Vec<PathBuf> = stack.editions.iter().map(|e| e.dir.clone()).collect();
    let locale = file.trg_lang.clone();
    let targets = |layer: usize| xliff::target_file(&r, layer, project.as_deref(), &dirs, &locale);
    // A translation file the merge would rewrite must be one it can read first: a
    // named pipe would block it, and an unreadable file would be replaced.
    for path in (0..=stack.editions.len()).filter_map(targets) {
        if std::fs::symlink_metadata(&path).is_ok()
            && let Err(e) = read_regular(&path, LIMIT)
        {
            let shown = path.display().to_string();
            return Err(fail(match e {
                ReadError::NotAFile(kind) => kind.diagnostic(&shown),
                e => Diagnostic::error(
                    Code::FileUnreadable,
                    format!("could not read {shown}: {e}"),
                )
                .help("carecert merges translations into this file, so it must be readable first"),
            }));
        }
    }
    let (report, writes) = xliff::merge(&r, &file, &targets);
    if !args.dry_run {
        for (path, text) in &writes {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(|e| {
                    fail(
                        Diagnostic::error(
                            Code::WriteFailed,
                            format!("could not create {}: {e}", parent.display()),
                        )
                        .help("check that the path is not a directory and that its directory exists and is writable"),
                    )
                })?;
            }
            carecert::edition::rebase::write_atomically(path, text).map_err(|e| {
                fail(
                    Diagnostic::error(
                        Code::WriteFailed,
                        format!("could not write {}: {e}", path.display()),
                    )
                    .help("check that the path is not a directory and that its directory exists and is writable"),
                )
            })?;
        }
    }
    match format {
        Format::Json => print_json(&report),
        Format::Text => {
            let mut out = String::new();
            for r in &report.refused {
                out.push_str(&format!("refused {}: {}\n", r.id, r.reason));
            }
            if !ui.quiet {
                let verb = if args.dry_run {
                    "would import"
                } else {
                    "imported"
                };
                let n = report.imported.len();
                let units = if n == 1 { "unit" } else { "units" };
                let into = if report.files.is_empty() {
                    String::new()
                } else {
                    format!(" into {}", report.files.join(", "))
                };
                out.push_str(&format!(
                    "{verb} {n} {units}{into}; {} refused, {} untranslated\n",
                    report.refused.len(),
                    report.untranslated.len()
                ));
            }
            print(&out)
        }
    }
    .map_err(|e| io_failure(e, format))?;
    Ok(if report.refused.is_empty() {
        Status::Clean
    } else {
        Status::Findings
    })
}
