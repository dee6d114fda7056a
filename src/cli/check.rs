//! `carecert check`: validate a framework and report counts and findings.

use super::{Failure, Format, Status, io_failure, print, print_json};
use carecert::check;
use carecert::load::{DEFAULT_FRAMEWORK, Source, load_framework};
use clap::Args;

/// Validate a framework; exit 0 when clean, 1 with findings, 2 when unreadable
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carecert check                                  the embedded 2015 base\n  carecert check standards/care-certificate-2015\n  carecert check my-framework --format json"
)]
pub struct CheckArgs {
    /// A framework directory, its framework.json, or an embedded framework name
    #[arg(value_name = "PATH")]
    pub path: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub fn run(args: CheckArgs) -> Result<Status, Failure> {
    let format = args.format;
    let fail = |d: carecert::diag::Diagnostic| Failure::new(d, format);
    let source = Source::open(args.path.as_deref().unwrap_or(DEFAULT_FRAMEWORK)).map_err(fail)?;
    let loaded = load_framework(&source).map_err(|d| Failure::new(d, format))?;
    let report = check::check(&loaded);
    match args.format {
        Format::Text => {
            let mut out = String::new();
            for finding in &report.findings {
                out.push_str(&format!("{finding}\n"));
            }
            out.push_str(&check::summary(&report));
            print(&out)
        }
        Format::Json => print_json(&report),
    }
    .map_err(|e| io_failure(e, args.format))?;
    Ok(if report.is_clean() {
        Status::Clean
    } else {
        Status::Findings
    })
}
