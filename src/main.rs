//! The `carecert` binary: parse arguments, run the command, map the result to an
//! exit code (0 ok, 1 findings, 2 bad usage or input).

#![allow(clippy::result_large_err)]

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match cli::parse(std::env::args_os().collect()) {
        Ok(cli) => cli,
        Err(code) => return ExitCode::from(code),
    };
    let ui = cli::output::Ui::new(&cli.global);
    match cli::run(cli, &ui) {
        Ok(cli::Status::Clean) => ExitCode::SUCCESS,
        Ok(cli::Status::Findings) => ExitCode::from(1),
        Err(failure) => {
            cli::output::report(&failure.diagnostics, failure.format, ui.color_stderr);
            ExitCode::from(2)
        }
    }
}
