//! `carecert new`: scaffold an edition for a new country.

use super::output::Ui;
use super::{Failure, Format, Status, io_failure, print_json};
use carecert::edition::{self, scaffold};
use clap::Args;
use std::path::PathBuf;

/// Create an edition skeleton listing every local fact the team must fill in
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carecert new editions/kenya --base care-certificate-2015 --country KE --locale en-KE --locale sw-KE\n  carecert check editions/kenya        lists the terms still to fill in\n  carecert new --workspace kenya-team  a workspace to keep editions in (as `carecert init`)"
)]
pub struct NewArgs {
    /// Directory to create the edition in (its name becomes the edition id)
    #[arg(value_name = "DIR", required_unless_present = "workspace")]
    pub dir: Option<PathBuf>,
    /// Create a workspace in DIR instead (a carecert.toml and an editions/ folder), as `carecert init DIR`
    #[arg(long, value_name = "DIR", conflicts_with_all = ["dir", "country", "locales"])]
    pub workspace: Option<PathBuf>,
    /// The framework or edition to adapt: a directory or an embedded framework name
    #[arg(long, value_name = "BASE", default_value = carecert::load::DEFAULT_FRAMEWORK)]
    pub base: String,
    /// ISO 3166-1 alpha-2 code of the country
    #[arg(long, value_name = "CC", required_unless_present = "workspace")]
    pub country: Option<String>,
    /// A locale the edition is published in (repeat for several; the first is the main one)
    #[arg(
        long = "locale",
        value_name = "LOCALE",
        required_unless_present = "workspace"
    )]
    pub locales: Vec<String>,
    /// Output format of the report
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub fn run(args: NewArgs, ui: &Ui) -> Result<Status, Failure> {
    let format = args.format;
    let (Some(dir), Some(country)) = (&args.dir, &args.country) else {
        let ws = args
            .workspace
            .as_deref()
            .unwrap_or(std::path::Path::new("."));
        return super::init::create(ws, format, ui);
    };
    let base = edition::open(&args.base, None).map_err(|d| Failure::new(d, format))?;
    let resolved = base
        .resolve()
        .map_err(|d| Failure::new(d, format))?
        .resolved;
    let opts = scaffold::ScaffoldOptions {
        dir,
        base: &args.base,
        country,
        locales: &args.locales,
    };
    let file = scaffold::scaffold(&resolved, &opts).map_err(|d| Failure::new(d, format))?;
    scaffold::write(dir, &file).map_err(|d| Failure::new(d, format))?;
    let written = dir.join("edition.json");
    match format {
        Format::Json => print_json(&serde_json::json!({
            "file": written.display().to_string(),
            "edition": file.id,
            "base": args.base,
            "terms_to_fill_in": file.terms.iter().map(|t| &t.id).collect::<Vec<_>>(),
        })),
        Format::Text => ui.status(&format!(
            "created {} with {} terms to fill in\nnext: fill in each term's value and source, then run `carecert check {}`\n{}",
            written.display(),
            file.terms.len(),
            dir.display(),
            outside_note(dir)
        )),
    }
    .map_err(|e| io_failure(e, format))?;
    Ok(Status::Clean)
}

/// A line saying so when the new edition is outside the edition folders of the
/// workspace's `carecert.toml`: `build --all` and `list` would not find it. (Without
/// a `carecert.toml`, nobody chose the folders, and nothing is said.)
fn outside_note(dir: &std::path::Path) -> String {
    let Ok(ws) = carecert::workspace::Workspace::discover() else {
        return String::new();
    };
    let Some(file) = &ws.config else {
        return String::new();
    };
    if ws.holds_edition(dir) {
        return String::new();
    }
    format!(
        "note: `build --all` and `list` do not see it: the workspace's editions are under {} (add its folder to `editions` in {})\n",
        ws.describe_editions(),
        file.display()
    )
}
