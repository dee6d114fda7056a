//! `carecert check`: validate a framework or edition and report counts and findings.

use super::output::{Ui, render};
use super::{Failure, Format, Status, io_failure, print, print_json};
use carecert::check;
use carecert::edition;
use carecert::load::DEFAULT_FRAMEWORK;
use clap::Args;

/// Validate a framework or edition; exit 0 when clean, 1 with findings, 2 when unreadable
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carecert check                                  the embedded 2015 base\n  carecert check examples/editions/india\n  carecert check examples/editions/india --base examples/revisions/care-certificate-2025-known\n  carecert check my-framework --format json"
)]
pub struct CheckArgs {
    /// A framework or edition directory, or an embedded framework name
    #[arg(value_name = "PATH")]
    pub path: Option<String>,
    /// Check the edition against this base instead of the one it names (drift then
    /// shows the old and the new base text)
    #[arg(long, value_name = "BASE")]
    pub base: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub fn run(args: CheckArgs, ui: &Ui) -> Result<Status, Failure> {
    let format = args.format;
    let fail = |d| Failure::new(d, format);
    let arg = args.path.as_deref().unwrap_or(DEFAULT_FRAMEWORK);
    let stack = edition::open(arg, args.base.as_deref()).map_err(fail)?;
    let mut resolution = match (stack.resolve(), args.base.as_deref()) {
        (Ok(r), _) => r,
        (Err(mut errors), Some(base)) => {
            // Say where the revision moved what the edition refers to.
            if let Ok(plan) = edition::rebase::plan(arg, base, &Default::default()) {
                edition::rebase::explain_missing_targets(&mut errors, &plan, arg, base);
            }
            return Err(fail(errors));
        }
        (Err(errors), None) => return Err(fail(errors)),
    };
    if args.base.is_some() && !resolution.drift.is_empty() {
        // The base the edition declares is what its operations were written against.
        let older = edition::open(arg, None)
            .ok()
            .and_then(|s| s.below_top())
            .and_then(|s| s.resolve().ok());
        if let Some(older) = older {
            edition::attach_old_texts(&mut resolution.drift, &older.resolved);
        }
    }
    // A reviews.json that cannot be read is bad input, not a finding.
    if let Some(top) = stack.editions.last() {
        carecert::review::record::load(&top.dir).map_err(|d| fail(d.into()))?;
    }
    let report = check::check(&stack, &resolution);
    match format {
        Format::Text => {
            let mut out = String::new();
            for finding in &report.findings {
                out.push_str(&render(finding, ui.color_stdout));
                out.push('\n');
            }
            if !ui.quiet {
                out.push_str(&check::summary(&report));
            }
            print(&out)
        }
        Format::Json => print_json(&report),
    }
    .map_err(|e| io_failure(e, format))?;
    Ok(if report.is_clean() {
        Status::Clean
    } else {
        Status::Findings
    })
}
