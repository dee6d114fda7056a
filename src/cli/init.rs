//! `carecert init`: make a folder a workspace.

use super::output::Ui;
use super::{Failure, Format, Status, io_failure, print_json};
use carecert::workspace;
use clap::Args;
use std::path::{Path, PathBuf};

/// Create a workspace: a carecert.toml and an editions/ folder
#[derive(Debug, Args)]
#[command(
    long_about = "Create a workspace: a carecert.toml and an empty editions/ folder in DIR \
        (created if missing). carecert then finds the team's editions, frameworks, \
        translations and packs there, from that folder or any folder inside it.",
    after_help = "Examples:\n  carecert init                   the working directory\n  carecert init kenya-team\n  carecert new --workspace kenya-team    the same"
)]
pub struct InitArgs {
    /// The folder to make a workspace (default: the working directory)
    #[arg(value_name = "DIR", default_value = ".")]
    pub dir: PathBuf,
    /// Output format of the report
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub fn run(args: InitArgs, ui: &Ui) -> Result<Status, Failure> {
    create(&args.dir, args.format, ui)
}

/// Creates the workspace and reports it; `new --workspace` comes here too.
pub fn create(dir: &Path, format: Format, ui: &Ui) -> Result<Status, Failure> {
    let file = workspace::init(dir).map_err(|d| Failure::new(d, format))?;
    let editions = workspace::under(dir, "editions");
    match format {
        Format::Json => print_json(&serde_json::json!({
            "file": file.display().to_string(),
            "editions": editions.display().to_string(),
        })),
        Format::Text => {
            let cd = if dir == Path::new(".") {
                String::new()
            } else {
                format!("cd {} && ", dir.display())
            };
            ui.status(&format!(
                "created {} and {}/\nnext: {cd}carecert new editions/NAME --country CC --locale LOCALE\n",
                file.display(),
                editions.display()
            ))
        }
    }
    .map_err(|e| io_failure(e, format))?;
    Ok(Status::Clean)
}
