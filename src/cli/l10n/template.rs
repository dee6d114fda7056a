//! `carecert l10n template`: the source-language reference `.ftl` files.

use crate::cli::output::Ui;
use crate::cli::{Failure, Format, Status, io_failure, print_json};
use carecert::diag::{Code, Diagnostic};
use carecert::edition;
use carecert::l10n::{LocaleRoot, template};
use carecert::load::DEFAULT_FRAMEWORK;
use clap::Args;
use std::path::PathBuf;

/// Write the en-GB reference .ftl files (for compare-locales and translators)
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carecert l10n template --out l10n-reference\n  compare-locales l10n.toml . pt-BR zh-CN ar hi"
)]
pub struct TemplateArgs {
    /// A framework or edition directory (default: the embedded 2015 base)
    #[arg(value_name = "EDITION")]
    pub edition: Option<String>,
    /// Directory to write `<source-locale>/<layer>.ftl` and `ui.ftl` into
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// A folder of translations, layered over the built-in ones (default: the workspace's, ./locales if present)
    #[arg(long, value_name = "DIR")]
    pub locales_dir: Option<PathBuf>,
    /// Output format of the report
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub fn run(args: TemplateArgs, ui: &Ui) -> Result<Status, Failure> {
    let format = args.format;
    let stack = edition::open(args.edition.as_deref().unwrap_or(DEFAULT_FRAMEWORK), None)
        .map_err(|d| Failure::new(d, format))?;
    let r = stack
        .resolve()
        .map_err(|d| Failure::new(d, format))?
        .resolved;
    let root = LocaleRoot::open(
        args.locales_dir
            .as_deref()
            .or(crate::cli::workspace(format)?.locales_dir()),
        true,
    )
    .map_err(|d| Failure::new(d, format))?;
    let dir = args.out.join(&r.source_locale);
    let write_err = |e: std::io::Error| {
        Failure::new(
            Diagnostic::error(
                Code::WriteFailed,
                format!("could not write into {}: {e}", dir.display()),
            )
            .help("check that the path is not a directory and that its directory exists and is writable"),
            format,
        )
    };
    std::fs::create_dir_all(&dir).map_err(write_err)?;
    let mut files = template::template(&r);
    // The labels and any other source-language files, each name once, from the
    // best folder that has it.
    files.extend(root.source_files(&r.source_locale));
    let mut written = Vec::new();
    for (name, text) in &files {
        let path = dir.join(name);
        carecert::edition::rebase::write_atomically(&path, text).map_err(write_err)?;
        written.push(path.display().to_string());
    }
    match format {
        Format::Json => {
            print_json(&serde_json::json!({ "locale": r.source_locale, "files": written }))
        }
        Format::Text => {
            let lines: String = written.iter().map(|p| format!("wrote {p}\n")).collect();
            ui.status(&lines)
        }
    }
    .map_err(|e| io_failure(e, format))?;
    Ok(Status::Clean)
}
