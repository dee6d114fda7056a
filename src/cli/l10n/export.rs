//! `carecert l10n export`: an XLIFF 2.0 file of what a locale is missing or has stale.

use crate::cli::output::Ui;
use crate::cli::{Failure, Format, Status, io_failure, print_json};
use carecert::diag::{Code, Diagnostic};
use carecert::edition;
use carecert::l10n::{Catalog, LocaleRoot, published};
use carecert::load::DEFAULT_FRAMEWORK;
use clap::Args;
use std::path::PathBuf;

/// Write an XLIFF 2.0 file of what is missing or stale in a locale
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carecert l10n export --locale pt-BR --out pt-BR.xlf\n  carecert l10n export examples/editions/brazil --locale pt-BR --out brazil.xlf --all"
)]
pub struct ExportArgs {
    /// A framework or edition directory (default: the embedded 2015 base)
    #[arg(value_name = "EDITION")]
    pub edition: Option<String>,
    /// The target locale
    #[arg(long, value_name = "LOCALE")]
    pub locale: String,
    /// The XLIFF file to write
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Export every message, not only missing and stale ones
    #[arg(long)]
    pub all: bool,
    /// A folder of translations, layered over the built-in ones (default: ./locales if present)
    #[arg(long, value_name = "DIR")]
    pub locales_dir: Option<PathBuf>,
    /// Read only the local folder's translations, not the built-in ones
    #[arg(long)]
    pub no_built_in_translations: bool,
    /// Output format of the report
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub fn run(args: ExportArgs, ui: &Ui) -> Result<Status, Failure> {
    let format = args.format;
    let fail = |d: Diagnostic| Failure::new(d, format);
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
    let root = LocaleRoot::open(args.locales_dir.as_deref(), !args.no_built_in_translations)
        .map_err(fail)?;
    published::check_published(&r, &stack, &root, std::slice::from_ref(&args.locale))
        .map_err(|d| Failure::new(d, format))?;
    let catalog = Catalog::load(&root, &stack, std::slice::from_ref(&args.locale));
    let opts = carecert::l10n::xliff::ExportOptions {
        locale: &args.locale,
        all: args.all,
    };
    let (bytes, units) = carecert::l10n::xliff::export(&r, &catalog, &opts);
    let text = String::from_utf8_lossy(&bytes).into_owned();
    crate::cli::not_an_input(&args.out, format)?;
    carecert::edition::rebase::write_atomically(&args.out, &text).map_err(|e| {
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
