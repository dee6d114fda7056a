//! The command line: argument types, dispatch, and printing. Everything else lives
//! in the library.

mod build;
mod check;
mod completions;
mod dev;
mod diff;
mod l10n;
mod new;
mod rebase;
mod show;
mod verify;

use carecert::diag::{Diagnostic, Diagnostics};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{self, Write};

#[derive(Debug, Parser)]
#[command(
    name = "carecert",
    version,
    about = "Adapt the English Care Certificate for other countries",
    long_about = "Adapt the English Care Certificate for other countries.\n\n\
        Load the standards as structured data, check them, and (in later versions) \
        apply country editions and translations and export packs.",
    after_help = "Examples:\n  carecert show                 the embedded 2015 framework as a tree\n  carecert show 5.3a            one criterion, by display code\n  carecert check standards/care-certificate-2015"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Build(build::BuildArgs),
    Show(show::ShowArgs),
    Check(check::CheckArgs),
    Diff(diff::DiffArgs),
    New(new::NewArgs),
    L10n(l10n::L10nArgs),
    Rebase(rebase::RebaseArgs),
    Verify(verify::VerifyArgs),
    Completions(completions::CompletionsArgs),
    Man(completions::ManArgs),
    #[command(hide = true)]
    Dev(dev::DevArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// How a command ended when it did not fail: exit 0 or exit 1.
pub enum Status {
    Clean,
    Findings,
}

/// Why a command failed: bad input or usage (exit 2).
pub struct Failure {
    pub diagnostics: Diagnostics,
    pub format: Format,
}

impl Failure {
    pub fn new(diagnostics: impl Into<Diagnostics>, format: Format) -> Self {
        Failure {
            diagnostics: diagnostics.into(),
            format,
        }
    }
}

pub fn run(cli: Cli) -> Result<Status, Failure> {
    match cli.command {
        Command::Build(args) => build::run(args),
        Command::Show(args) => show::run(args),
        Command::Check(args) => check::run(args),
        Command::Diff(args) => diff::run(args),
        Command::New(args) => new::run(args),
        Command::L10n(args) => l10n::run(args),
        Command::Rebase(args) => rebase::run(args),
        Command::Verify(args) => verify::run(args),
        Command::Completions(args) => completions::completions(args),
        Command::Man(args) => completions::man(args),
        Command::Dev(args) => dev::run(args),
    }
}

/// Writes to stdout; a closed pipe (`carecert show | head`) is not an error.
pub fn print(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

pub fn print_json(value: &impl serde::Serialize) -> io::Result<()> {
    let mut text = serde_json::to_string_pretty(value).map_err(io::Error::other)?;
    text.push('\n');
    print(&text)
}

/// Prints diagnostics on stderr, as text or as one JSON document.
pub fn report(diagnostics: &Diagnostics, format: Format) {
    let text = match format {
        Format::Text => format!("{diagnostics}\n"),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&serde_json::json!({ "errors": diagnostics }))
                .unwrap_or_default();
            s.push('\n');
            s
        }
    };
    let _ = io::stderr().lock().write_all(text.as_bytes());
}

pub fn io_failure(e: io::Error, format: Format) -> Failure {
    Failure::new(
        Diagnostic::error("output-failed", format!("could not write the output: {e}")),
        format,
    )
}

/// The date a command stamps on its output: `--date`, else `SOURCE_DATE_EPOCH`,
/// else none. Never the clock, so the same inputs give the same bytes.
pub fn chosen_date(flag: Option<&str>, format: Format) -> Result<Option<String>, Failure> {
    use carecert::pack;
    let fail = |d: Diagnostic| Failure::new(d, format);
    match (flag, std::env::var("SOURCE_DATE_EPOCH").ok()) {
        (Some(d), _) => Ok(Some(
            pack::parse_date(d)
                .filter(|s| is_real_date_time(s))
                .ok_or_else(|| {
                    fail(
                        Diagnostic::error("bad-date", format!("\"{d}\" is not a date"))
                            .help("write YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ"),
                    )
                })?,
        )),
        (None, Some(epoch)) => Ok(Some(pack::date_time_from_epoch(
            epoch.trim().parse::<i64>().map_err(|_| {
                fail(
                    Diagnostic::error(
                        "bad-date",
                        format!("SOURCE_DATE_EPOCH=\"{epoch}\" is not a number of seconds"),
                    )
                    .help("set it to a Unix timestamp, or unset it"),
                )
            })?,
        ))),
        (None, None) => Ok(None),
    }
}

/// Whether `YYYY-MM-DDTHH:MM:SSZ` names a day that exists (no 29 February 2021,
/// no 31 April) and a time on a 24-hour clock.
fn is_real_date_time(s: &str) -> bool {
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    let (Some(year), Some(month), Some(day)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let (Some(hour), Some(minute), Some(second)) = (num(11..13), num(14..16), num(17..19)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (1..=days).contains(&day) && hour < 24 && minute < 60 && second < 60
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn a_lone_argument_is_a_node_unless_it_names_a_framework() {
        let s = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(show::split_targets(&s(&["1.2a"])), (None, Some("1.2a")));
        assert_eq!(
            show::split_targets(&s(&["role-main-duties"])),
            (None, Some("role-main-duties"))
        );
        assert_eq!(
            show::split_targets(&s(&["care-certificate-2015"])),
            (Some("care-certificate-2015"), None)
        );
        assert_eq!(
            show::split_targets(&s(&["some/dir"])),
            (Some("some/dir"), None)
        );
        assert_eq!(
            show::split_targets(&s(&["d", "1.1"])),
            (Some("d"), Some("1.1"))
        );
    }
}
