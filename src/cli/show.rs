//! `carecert show`: a framework or edition, or one node of it, as a tree or as JSON.

use super::output::Ui;
use super::{Failure, Format, Status, io_failure, print, print_json};
use carecert::edition;
use carecert::load::{DEFAULT_FRAMEWORK, Source};
use carecert::lookup::Index;
use carecert::show;
use clap::Args;
use std::path::Path;

/// Show the standards, outcomes and criteria, with terms substituted
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carecert show                                   the embedded 2015 base\n  carecert show 1.2                               one outcome and its criteria\n  carecert show examples/editions/india 1.1       the same outcome in the India edition\n  carecert show --format json | jq '.standards[].title'"
)]
pub struct ShowArgs {
    /// A framework or edition directory (or embedded framework name), then an id or
    /// display code; either may be left out
    #[arg(value_name = "PATH|ID|CODE", num_args = 0..=2)]
    pub targets: Vec<String>,
    /// Resolve the edition on this base instead of the one it names
    #[arg(long, value_name = "BASE")]
    pub base: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// Splits `[PATH] [ID|CODE]`: a lone argument is a path when it names a directory
/// or file, or an embedded framework; otherwise it is a node in the default.
pub fn split_targets(targets: &[String]) -> (Option<&str>, Option<&str>) {
    match targets {
        [] => (None, None),
        [one] => {
            let looks_like_path =
                Path::new(one).exists() || one.contains('/') || Source::embedded(one).is_some();
            if looks_like_path {
                (Some(one), None)
            } else {
                (None, Some(one))
            }
        }
        [path, node, ..] => (Some(path), Some(node)),
    }
}

/// `--quiet` changes nothing here: the tree is what was asked for.
pub fn run(args: ShowArgs, ui: &Ui) -> Result<Status, Failure> {
    let format = args.format;
    let (path, node) = split_targets(&args.targets);
    let stack = edition::open(path.unwrap_or(DEFAULT_FRAMEWORK), args.base.as_deref())
        .map_err(|d| Failure::new(d, format))?;
    let resolution = stack.resolve().map_err(|d| Failure::new(d, format))?;
    // What is shown lacks a drifted operation: say so.
    super::output::warn(&resolution.warnings, format, ui);
    let r = &resolution.resolved;
    let select = match node {
        Some(query) => Some(
            Index::new(r)
                .find(query)
                .map_err(|d| Failure::new(d, format))?,
        ),
        None => None,
    };
    let view = show::view(r, select);
    match format {
        Format::Text => print(&show::tree(&view)),
        Format::Json => print_json(&view),
    }
    .map_err(|e| io_failure(e, format))?;
    Ok(Status::Clean)
}
