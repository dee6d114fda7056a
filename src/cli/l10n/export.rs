//! `carecert l10n export`: an XLIFF 2.0 file (or a spreadsheet) of what a locale is
//! missing or has stale.

use crate::cli::output::Ui;
use crate::cli::{Failure, Format, Status, io_failure, print_json};
use carecert::diag::{Code, Diagnostic};
use carecert::edition;
use carecert::l10n::{Catalog, LocaleRoot, published};
use carecert::load::DEFAULT_FRAMEWORK;
use clap::{Args, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Report in text; the file is XLIFF, or a spreadsheet when --out ends in .xlsx
    Text,
    /// Report in JSON; the file as with text
    Json,
    /// An XLIFF 2.0 file, for CAT tools (report in text)
    Xliff,
    /// A spreadsheet, one row per unit, for Excel or LibreOffice (report in text)
    Xlsx,
}

/// Write an XLIFF 2.0 file or a spreadsheet of what is missing or stale in a locale
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carecert l10n export --locale pt-BR --out pt-BR.xlf\n  carecert l10n export examples/editions/brazil --locale pt-BR --out brazil.xlf --all\n  carecert l10n export --locale pt-BR --format xlsx --out pt-BR.xlsx    a spreadsheet"
)]
pub struct ExportArgs {
    /// A framework or edition directory (default: the embedded 2015 base)
    #[arg(value_name = "EDITION")]
    pub edition: Option<String>,
    /// The target locale
    #[arg(long, value_name = "LOCALE")]
    pub locale: String,
    /// The file to write: FILE.xlf (XLIFF) or FILE.xlsx (a spreadsheet)
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Export every message, not only missing and stale ones
    #[arg(long)]
    pub all: bool,
    /// A folder of translations, layered over the built-in ones (default: the workspace's, ./locales if present)
    #[arg(long, value_name = "DIR")]
    pub locales_dir: Option<PathBuf>,
    /// Read only the local folder's translations, not the built-in ones
    #[arg(long)]
    pub no_built_in_translations: bool,
    /// The file's format (xliff, xlsx) or the report's (text, json)
    #[arg(long, value_enum, default_value_t = ExportFormat::Text)]
    pub format: ExportFormat,
}

pub fn run(args: ExportArgs, ui: &Ui) -> Result<Status, Failure> {
    let format = match args.format {
        ExportFormat::Json => Format::Json,
        _ => Format::Text,
    };
    let fail = |d: Diagnostic| Failure::new(d, format);
    let named_xlsx = carecert::l10n::xlsx::is_spreadsheet(&args.out);
    let spreadsheet = match args.format {
        ExportFormat::Xlsx if !named_xlsx => {
            return Err(fail(
                Diagnostic::error(
                    Code::BadUsage,
                    format!(
                        "--format xlsx writes a spreadsheet, and {} does not end in .xlsx",
                        args.out.display()
                    ),
                )
                .help("name the file FILE.xlsx, so that spreadsheet programs open it"),
            ));
        }
        ExportFormat::Xliff if named_xlsx => {
            return Err(fail(
                Diagnostic::error(
                    Code::BadUsage,
                    format!(
                        "--format xliff writes XLIFF, and {} ends in .xlsx",
                        args.out.display()
                    ),
                )
                .help("name the file FILE.xlf, or write a spreadsheet with --format xlsx"),
            ));
        }
        _ => named_xlsx,
    };
    published::check_tags(std::slice::from_ref(&args.locale))
        .map_err(|d| Failure::new(d, format))?;
    let stack = edition::open(args.edition.as_deref().unwrap_or(DEFAULT_FRAMEWORK), None)
        .map_err(|d| Failure::new(d, format))?;
    let r = stack
        .resolve()
        .map_err(|d| Failure::new(d, format))?
        .resolved;
    if args.locale == r.source_locale {
        return Err(fail(
            Diagnostic::error(
                Code::BadLocale,
                format!("{} is the source locale", args.locale),
            )
            .help("export a target locale, such as pt-BR"),
        ));
    }
    let ws = crate::cli::workspace(format)?;
    let locales_dir = args.locales_dir.as_deref().or(ws.locales_dir());
    let root = LocaleRoot::open(locales_dir, !args.no_built_in_translations).map_err(fail)?;
    published::check_published(&r, &stack, &root, std::slice::from_ref(&args.locale))
        .map_err(|d| Failure::new(d, format))?;
    let catalog = Catalog::load(&root, &stack, std::slice::from_ref(&args.locale));
    let opts = carecert::l10n::xliff::ExportOptions {
        locale: &args.locale,
        all: args.all,
    };
    let (bytes, units) = if spreadsheet {
        carecert::l10n::xlsx::export(&r, &catalog, &opts).map_err(|e| {
            fail(
                Diagnostic::error(
                    Code::OutputFailed,
                    format!("could not make the spreadsheet: {e}"),
                )
                .help("this is a bug in carecert: export XLIFF instead (--format xliff), and report it"),
            )
        })?
    } else {
        carecert::l10n::xliff::export(&r, &catalog, &opts)
    };
    crate::cli::not_an_input(&args.out, format)?;
    carecert::edition::rebase::write_atomically(&args.out, &bytes).map_err(|e| {
        fail(
            Diagnostic::error(
                Code::WriteFailed,
                format!("could not write {}: {e}", args.out.display()),
            )
            .help("check that the path is not a directory and that its directory exists and is writable"),
        )
    })?;
    match format {
        Format::Json => print_json(&serde_json::json!({
            "file": args.out.display().to_string(),
            "locale": args.locale,
            "units": units,
            "translations": catalog.folders(),
        })),
        Format::Text => ui.status(&format!(
            "wrote {} ({units} units for {})\n",
            args.out.display(),
            args.locale
        )),
    }
    .map_err(|e| io_failure(e, format))?;
    Ok(Status::Clean)
}
