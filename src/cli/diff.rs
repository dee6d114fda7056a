//! `carecert diff`: what changed between two frameworks or editions.

use super::output::{Color, Ui};
use super::{Failure, Format, Status, io_failure, print};
use carecert::diag::{Code, Diagnostic};
use carecert::diff;
use carecert::edition;
use carecert::l10n::labels::Labels;
use carecert::l10n::{self, Catalog, LocaleRoot};
use carecert::render::docx;
use carecert::render::review;
use clap::{Args, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    Text,
    Json,
    Markdown,
    Html,
    /// A Word redline: NEW in full with tracked changes and rationale comments (needs --out)
    Docx,
    /// A spreadsheet, one row per change with decision and comment columns (needs --out)
    Xlsx,
}

/// Compare two frameworks or editions by stable id: added, removed, moved, changed
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carecert diff care-certificate-2015 examples/editions/india\n  carecert diff care-certificate-2015 examples/revisions/care-certificate-2025-known --format markdown\n  carecert diff care-certificate-2015 examples/editions/brazil --locale pt-BR --format html --out review.html\n  carecert diff A B --exit-code            exit 1 when they differ, like git diff"
)]
pub struct DiffArgs {
    /// The old framework or edition
    #[arg(value_name = "OLD")]
    pub old: String,
    /// The new framework or edition
    #[arg(value_name = "NEW")]
    pub new: String,
    /// Write the review in this locale: the texts compared and the review's own words (default: the source language)
    #[arg(long, value_name = "LOCALE")]
    pub locale: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
    /// Write to this file instead of standard output
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Who the redline's revisions are attributed to (default: NEW's author, else its name)
    #[arg(long, value_name = "NAME")]
    pub author: Option<String>,
    /// Date of the redline's revisions (YYYY-MM-DD or RFC 3339 UTC); overrides SOURCE_DATE_EPOCH; without either, none
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Exit 1 when there are differences, 0 when there are none
    #[arg(long)]
    pub exit_code: bool,
    /// A folder of translations, layered over the built-in ones (default: ./locales if present)
    #[arg(long, value_name = "DIR")]
    pub locales_dir: Option<PathBuf>,
}

pub fn run(args: DiffArgs, ui: &Ui) -> Result<Status, Failure> {
    let format = if args.format == DiffFormat::Json {
        Format::Json
    } else {
        Format::Text
    };
    let fail = |d: carecert::diag::Diagnostics| Failure::new(d, format);
    let root = LocaleRoot::choose(args.locales_dir.as_deref());
    let side = |arg: &str| -> Result<l10n::Localised, Failure> {
        let stack = edition::open(arg, None).map_err(fail)?;
        let resolution = stack.resolve().map_err(fail)?;
        // A drifted operation is not in the comparison: say so.
        super::output::warn(&resolution.warnings, format, ui);
        let r = resolution.resolved;
        let locale = args
            .locale
            .clone()
            .unwrap_or_else(|| r.source_locale.clone());
        let catalog = Catalog::load(&root, &stack, std::slice::from_ref(&locale));
        Ok(l10n::localise(&r, &locale, &catalog))
    };
    if let Some(l) = &args.locale
        && !carecert::ids::is_locale(l)
    {
        return Err(Failure::new(
            Diagnostic::error(
                Code::BadLocale,
                format!("\"{l}\" is not a BCP 47 locale tag"),
            )
            .help(carecert::ids::locale_help(l, "write a tag such as pt-BR")),
            format,
        ));
    }
    if args.format == DiffFormat::Docx && args.out.is_none() {
        return Err(Failure::new(
            Diagnostic::error(
                Code::DocxNeedsOut,
                "a Word redline is not written to the terminal",
            )
            .help("add --out review.docx"),
            format,
        ));
    }
    if args.format == DiffFormat::Xlsx && args.out.is_none() {
        return Err(Failure::new(
            Diagnostic::error(
                Code::DocxNeedsOut,
                "a review spreadsheet is not written to the terminal",
            )
            .help("add --out review.xlsx"),
            format,
        ));
    }
    let date = super::chosen_date(args.date.as_deref(), format)?;
    let old = side(&args.old)?;
    let new = side(&args.new)?;
    let d = diff::diff(&old, &new);
    // A file gets colour only when it was asked for.
    let color = match &args.out {
        None => ui.color_stdout,
        Some(_) => ui.color == Color::Always,
    };
    if let Some(out) = &args.out {
        super::not_an_input(out, format)?;
    }
    // The review's own words are in the reviewer's language, like its texts.
    let labels = Labels::load(&root, &new.locale, &new.source_locale);
    let say = review::Say { labels: &labels };
    let text: Vec<u8> = match args.format {
        DiffFormat::Docx => {
            let author = args
                .author
                .clone()
                .or_else(|| new.author.clone())
                .unwrap_or_else(|| new.name.text.clone());
            docx::redline_bytes(
                &old,
                &new,
                &d,
                &labels,
                &docx::redline::RedlineOptions {
                    author: &author,
                    date: date.as_deref(),
                },
            )
        }
        DiffFormat::Text => {
            let opts = review::text::TextOptions {
                color,
                summary: !ui.quiet,
            };
            review::text::render(&d, &say, &opts).into()
        }
        DiffFormat::Xlsx => carecert::review::xlsx::write(&d, &say).map_err(|e| {
            Failure::new(
                Diagnostic::error(
                    Code::WriteFailed,
                    format!("could not make the review spreadsheet: {e}"),
                ),
                format,
            )
        })?,
        DiffFormat::Markdown => review::markdown::render(&d, &say).into(),
        DiffFormat::Html => review::html::render(&d, &say).into(),
        DiffFormat::Json => review::json::render(&d, &say).into(),
    };
    match &args.out {
        Some(path) => carecert::edition::rebase::write_atomically(path, &text).map_err(|e| {
            Failure::new(
                Diagnostic::error(
                    Code::WriteFailed,
                    format!("could not write {}: {e}", path.display()),
                )
                .help("check that the path is not a directory and that its directory exists and is writable"),
                format,
            )
        })?,
        None => print(&String::from_utf8_lossy(&text)).map_err(|e| io_failure(e, format))?,
    }
    Ok(if args.exit_code && !d.is_empty() {
        Status::Findings
    } else {
        Status::Clean
    })
}
