//! `carecert l10n status`: per locale, what is missing, stale, obsolete or broken.

use crate::cli::output::{Ui, render};
use crate::cli::{Failure, Format, Status, io_failure, print, print_json};
use carecert::diag::{Diagnostic, Diagnostics};
use carecert::edition;
use carecert::l10n::status::{self, LocaleStatus};
use carecert::l10n::{Catalog, LocaleRoot, published};
use carecert::load::DEFAULT_FRAMEWORK;
use clap::Args;
use std::path::PathBuf;

/// Per locale: missing, stale, obsolete and broken translations
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carecert l10n status                             every project locale, for the 2015 base\n  carecert l10n status examples/editions/brazil --locale pt-BR\n  carecert l10n status --require-complete --format json\n  carecert l10n status --locales-dir my-pt --no-built-in-translations   what a folder alone holds"
)]
pub struct StatusArgs {
    /// A framework or edition directory (default: the embedded 2015 base)
    #[arg(value_name = "EDITION")]
    pub edition: Option<String>,
    /// Locales to report, each one the edition publishes (default: all of them)
    #[arg(long = "locale", value_name = "LOCALE")]
    pub locales: Vec<String>,
    /// Exit 1 when anything is missing or stale, not only on errors
    #[arg(long)]
    pub require_complete: bool,
    /// A folder of translations, layered over the built-in ones (default: the workspace's, ./locales if present)
    #[arg(long, value_name = "DIR")]
    pub locales_dir: Option<PathBuf>,
    /// Read only the local folder's translations, not the built-in ones
    #[arg(long)]
    pub no_built_in_translations: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub fn run(args: StatusArgs, ui: &Ui) -> Result<Status, Failure> {
    let format = args.format;
    let fail = |d: Diagnostics| Failure::new(d, format);
    published::check_tags(&args.locales).map_err(fail)?;
    let stack =
        edition::open(args.edition.as_deref().unwrap_or(DEFAULT_FRAMEWORK), None).map_err(fail)?;
    let r = stack.resolve().map_err(fail)?.resolved;
    let ws = crate::cli::workspace(format)?;
    let root = LocaleRoot::open(
        args.locales_dir.as_deref().or(ws.locales_dir()),
        !args.no_built_in_translations,
    )
    .map_err(|d| Failure::new(d, format))?;
    published::check_published(&r, &stack, &root, &args.locales).map_err(fail)?;
    let mut locales = args.locales.clone();
    if locales.is_empty() {
        locales = published::published(&r, &stack, &root);
        locales.retain(|l| l != &r.source_locale);
    }
    let catalog = Catalog::load(&root, &stack, &locales);
    let report: Vec<LocaleStatus> = locales
        .iter()
        .map(|l| status::status(&r, &catalog, &root, l))
        .collect();
    // Problems of the local folder as a whole belong to no one locale.
    let problems = root.problems();
    let translations = root.describe(&own_folders(&catalog, &root));
    match format {
        Format::Json => print_json(&serde_json::json!({
            "edition": r.id,
            "translations": catalog.folders(),
            "problems": problems,
            "locales": report,
        })),
        Format::Text => print(&describe(
            &r.source_locale,
            &translations,
            &problems,
            &report,
            ui,
            args.require_complete,
        )),
    }
    .map_err(|e| io_failure(e, format))?;
    let failing = !problems.is_empty()
        || report
            .iter()
            .any(|s| s.has_errors() || (args.require_complete && !s.is_complete()));
    Ok(if failing {
        Status::Findings
    } else {
        Status::Clean
    })
}

/// The editions' own folders that were read, top edition first.
fn own_folders(catalog: &Catalog, root: &LocaleRoot) -> Vec<String> {
    let project = root.names();
    catalog
        .folders()
        .iter()
        .filter(|f| !project.contains(f))
        .cloned()
        .collect()
}

/// With `--quiet`, only the locales that fail: those with errors, and with
/// `--require-complete` those with anything missing or stale.
fn describe(
    source: &str,
    translations: &str,
    problems: &[Diagnostic],
    report: &[LocaleStatus],
    ui: &Ui,
    require_complete: bool,
) -> String {
    let mut out = String::new();
    if !ui.quiet {
        out.push_str(&format!("translations: {translations}\n"));
    }
    for p in problems {
        out.push_str(&render(p, ui.color_stdout));
        out.push('\n');
    }
    for s in report {
        let fails = s.has_errors() || (require_complete && !s.is_complete());
        if ui.quiet && !fails {
            continue;
        }
        out.push_str(&headline(s, source));
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
        show("missing", &missing(s), &mut out);
        show("obsolete", &s.obsolete, &mut out);
        show("labels missing", &s.labels_missing, &mut out);
        show("terms missing", &s.terms_missing, &mut out);
        if s.fallbacks > 0 {
            out.push_str(&format!(
                "  in a pack: {} {} fall back to another language\n",
                s.fallbacks,
                if s.fallbacks == 1 { "text" } else { "texts" }
            ));
        }
    }
    out
}

/// The first line of a locale: counts that add up to the messages.
fn headline(s: &LocaleStatus, source: &str) -> String {
    if s.source_language {
        let which = if s.locale == source {
            "the source locale".to_string()
        } else {
            format!("same language as the source, {source}")
        };
        return format!(
            "{}: nothing to translate ({which}); {} stale, {} obsolete, {} errors\n",
            s.locale,
            s.stale.len(),
            s.obsolete.len(),
            s.errors.len()
        );
    }
    let terms = if s.terms_missing.is_empty() {
        String::new()
    } else {
        format!(", {} terms missing", s.terms_missing.len())
    };
    format!(
        "{}: {}/{} messages translated, {} missing, {} stale, {} obsolete, {} labels missing{terms}, {} errors\n",
        s.locale,
        s.translated,
        s.messages,
        s.missing.len(),
        s.stale.len(),
        s.obsolete.len(),
        s.labels_missing.len(),
        s.errors.len()
    )
}

/// Missing messages, each with the parts it lacks when it has some of them:
/// `role-main-duties (example-2)`.
fn missing(s: &LocaleStatus) -> Vec<String> {
    s.missing
        .iter()
        .map(|id| {
            let prefix = format!("{id}.");
            let parts: Vec<&str> = s
                .missing_parts
                .iter()
                .filter_map(|p| {
                    if p == id {
                        Some("value")
                    } else {
                        p.strip_prefix(&prefix)
                    }
                })
                .collect();
            if parts.is_empty() {
                id.clone()
            } else {
                format!("{id} ({})", parts.join(", "))
            }
        })
        .collect()
}
