//! `carecert l10n`: translation status, the reference template, XLIFF.
//!
//! One file per subcommand; each holds its arguments and what it runs.

mod export;
mod import;
mod status;
mod template;

use super::output::Ui;
use super::{Failure, Status};
use clap::{Args, Subcommand};
pub use export::ExportArgs;
pub use import::ImportArgs;
pub use status::StatusArgs;
pub use template::TemplateArgs;

/// Translation status, the reference template, and XLIFF for translators
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carecert l10n status\n  carecert l10n export --locale pt-BR --out pt-BR.xlf\n  carecert l10n import pt-BR.xlf"
)]
pub struct L10nArgs {
    #[command(subcommand)]
    pub command: L10nCommand,
}

#[derive(Debug, Subcommand)]
pub enum L10nCommand {
    Status(StatusArgs),
    Template(TemplateArgs),
    Export(ExportArgs),
    Import(ImportArgs),
}

pub fn run(args: L10nArgs, ui: &Ui) -> Result<Status, Failure> {
    match args.command {
        L10nCommand::Status(a) => status::run(a, ui),
        L10nCommand::Template(a) => template::run(a, ui),
        L10nCommand::Export(a) => export::run(a, ui),
        L10nCommand::Import(a) => import::run(a, ui),
    }
}
