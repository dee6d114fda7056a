//! `carecert dev`: tools for working on carecert itself.

use super::output::Ui;
use super::{Failure, Format, Status};
use carecert::diag::{Code, Diagnostic};
use carecert::synth;
use clap::{Args, Subcommand};
use std::path::PathBuf;

/// Tools for developing carecert (benchmark data)
#[derive(Debug, Args)]
pub struct DevArgs {
    #[command(subcommand)]
    pub command: DevCommand,
}

#[derive(Debug, Subcommand)]
pub enum DevCommand {
    Synth(SynthArgs),
    /// The locales that exist in the workspace, one a line (for shell completion)
    Locales,
}

/// Write a synthetic framework, an edition with every operation kind, and a full translation
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carecert dev synth --criteria 10000 --out /tmp/synth-10k\n  carecert build /tmp/synth-10k/edition --locales-dir /tmp/synth-10k/locales"
)]
pub struct SynthArgs {
    /// How many criteria (10 per outcome, 10 outcomes per standard)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=10_000_000))]
    pub criteria: u32,
    /// A new or empty directory: framework/, edition/ and locales/ go in it
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}

pub fn run(args: DevArgs, _ui: &Ui) -> Result<Status, Failure> {
    let args = match args.command {
        DevCommand::Synth(args) => args,
        DevCommand::Locales => {
            let ws = super::workspace(Format::Text)?;
            let mut out = ws.known_locales().join("\n");
            out.push('\n');
            super::print(&out).map_err(|e| super::io_failure(e, Format::Text))?;
            return Ok(Status::Clean);
        }
    };
    let fail = |d: Diagnostic| Failure::new(d, Format::Text);
    if std::fs::read_dir(&args.out).is_ok_and(|mut d| d.next().is_some()) {
        return Err(fail(
            Diagnostic::error(
                Code::OutNotEmpty,
                format!("{} exists and is not empty", args.out.display()),
            )
            .help("name a new directory; synth never overwrites files"),
        ));
    }
    for (rel, text) in synth::files(args.criteria as usize) {
        let path = args.out.join(rel);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, text));
        written.map_err(|e| {
            fail(
                Diagnostic::error(
                    Code::WriteFailed,
                    format!("could not write {}: {e}", path.display()),
                )
                .help("check that the path is not a directory and that its directory exists and is writable"),
            )
        })?;
    }
    Ok(Status::Clean)
}
