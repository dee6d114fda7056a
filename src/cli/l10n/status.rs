//! `carecert l10n status`: per locale, what is missing, stale, obsolete or broken.

use crate::cli::output::{Ui, render};
use crate::cli::{Failure, Format, Status, io_failure, print, print_json};
use carecert::diag::{Code, Diagnostic};
use carecert::edition;
use carecert::l10n::status::{self, LocaleStatus};
use carecert::l10n::{Catalog, LocaleRoot};
use carecert::load::DEFAULT_FRAMEWORK;
use clap::Args;
use std::path::PathBuf;

/// Per locale: missing, stale, obsolete and broken translations
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carecert l10n status                             every project locale, for the 2015 base\n  carecert l10n status examples/editions/brazil --locale pt-BR\n  carecert l10n status --require-complete --format json"
)]
pub struct StatusArgs {
    /// A framework or edition directory (default: the embedded 2015 base)
    #[arg(value_name = "EDITION")]
    pub edition: Option<String>,
    /// Locales to report (default: the edition's, or every project locale)
    #[arg(long = "locale", value_name = "LOCALE")]
    pub locales: Vec<String>,
    /// Exit 1 when anything is missing or stale, not only on errors
    #[arg(long)]
    pub require_complete: bool,
    /// The project's translations (default: ./locales if present, else the built-in copy)
    #[arg(long, value_name = "DIR")]
    pub locales_dir: Option<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub fn run(args: StatusArgs, ui: &Ui) -> Result<Status, Failure> {
    let format = args.format;
    let stack = edition::open(args.edition.as_deref().unwrap_or(DEFAULT_FRAMEWORK), None)
        .map_err(|d| Failure::new(d, format))?;
    let r = stack
        .resolve()
        .map_err(|d| Failure::new(d, format))?
        .resolved;
    let root = LocaleRoot::choose(args.locales_dir.as_deref());
    let mut locales = args.locales.clone();
    if locales.is_empty() {
        locales = if stack.editions.is_empty() {
            root.locales()
        } else {
            r.locales.clone()
        };
        locales.retain(|l| l != &r.source_locale);
    }
    for l in &locales {
        if !carecert::ids::is_locale(l) {
            return Err(Failure::new(
                Diagnostic::error(
                    Code::BadLocale,
                    format!("\"{l}\" is not a BCP 47 locale tag"),
                )
                .help(carecert::ids::locale_help(
                    l,
                    "write a tag such as pt-BR, zh-CN, ar or hi",
                )),
                format,
            ));
        }
    }
    let catalog = Catalog::load(&root, &stack, &locales);
    let report: Vec<LocaleStatus> = locales
        .iter()
        .map(|l| status::status(&r, &catalog, &root, l))
        .collect();
    match format {
        Format::Json => print_json(&serde_json::json!({ "edition": r.id, "locales": report })),
        Format::Text => print(&describe(&report, ui, args.require_complete)),
    }
    .map_err(|e| io_failure(e, format))?;
    let failing = report
        .iter()
        .any(|s| s.has_errors() || (args.require_complete && !s.is_complete()));
    Ok(if failing {
        Status::Findings
    } else {
        Status::Clean
    })
}

/// With `--quiet`, only the locales that fail: those with errors, and with
/// `--require-complete` those with anything missing or stale.
fn describe(report: &[LocaleStatus], ui: &Ui, require_complete: bool) -> String {
    let mut out = String::new();
    for s in report {
        let fails = s.has_errors() || (require_complete && !s.is_complete());
        if ui.quiet && !fails {
            continue;
        }
        out.push_str(&format!(
            "{}: {}/{} messages translated, {} missing, {} stale, {} obsolete, {} labels missing, {} errors\n",
            s.locale,
            s.translated,
            s.messages,
            s.missing.len(),
            s.stale.len(),
            s.obsolete.len(),
            s.labels_missing.len(),
            s.errors.len()
        ));
        for e in &s.errors {
            let text = render(e, ui.color_stdout);
            out.push_str(&format!("  {}\n", text.replace('\n', "\n  ")));
        }
        for st in &s.stale {
            out.push_str(&format!(
                "  stale: {} ({}) at {}:{}\n",
                st.code, st.id, st.file, st.line
            ));
            match &st.old {
                Some(old) => out.push_str(&format!(
                    "    English changed: {}\n",
                    carecert::check::word_diff(old, &st.new)
                )),
                None => out.push_str(&format!("    English now: {}\n", st.new)),
            }
        }
        let show = |label: &str, items: &[String], out: &mut String| {
            if items.is_empty() {
                return;
            }
            let head: Vec<&str> = items.iter().take(8).map(String::as_str).collect();
            let more = if items.len() > 8 {
                format!(" … and {} more", items.len() - 8)
            } else {
                String::new()
            };
            out.push_str(&format!("  {label}: {}{more}\n", head.join(", ")));
        };
        show("missing", &s.missing, &mut out);
        show("obsolete", &s.obsolete, &mut out);
        show("labels missing", &s.labels_missing, &mut out);
    }
    out
}
