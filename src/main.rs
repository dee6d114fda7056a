//! The `carecert` binary: parse arguments, run the command, map the result to an
//! exit code (0 ok, 1 findings, 2 bad usage or input).

#![allow(clippy::result_large_err)]

mod cli;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match cli::run(cli) {
        Ok(cli::Status::Clean) => ExitCode::SUCCESS,
        Ok(cli::Status::Findings) => ExitCode::from(1),
        Err(failure) => {
            cli::report(&failure.diagnostics, failure.format);
            ExitCode::from(2)
        }
    }
}
