//! The command line: argument types, dispatch, and printing. Everything else lives
//! in the library.

mod build;
mod check;
mod completions;
mod dev;
mod diff;
mod init;
mod l10n;
mod list;
mod new;
pub mod output;
mod rebase;
mod review;
mod show;
mod verify;

use carecert::diag::{Code, Diagnostic, Diagnostics};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use output::{GlobalArgs, Ui};
pub use output::{print, print_json};
use std::ffi::OsString;
use std::io;

#[derive(Debug, Parser)]
#[command(
    name = "carecert",
    version,
    about = "Adapt the English Care Certificate for other countries",
    long_about = "Adapt the English Care Certificate for other countries.\n\n\
        Holds the standards as structured data; checks them; applies country editions \
        and translations; builds packs (Word documents, XML, CASE JSON); and shows what \
        an edition or a revision changed.\n\n\
        Exit status: 0 ok, 1 findings (check, verify, l10n status, rebase, diff --exit-code), \
        2 bad usage or input.",
    after_help = "Examples:\n  carecert build                the English pack of the embedded 2015 base, into ./out\n  carecert show 5.3a            one criterion, by display code\n  carecert check examples/editions/india\n  carecert help build           more about one command"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    #[command(flatten)]
    pub global: GlobalArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Build(build::BuildArgs),
    Show(show::ShowArgs),
    Check(check::CheckArgs),
    Diff(diff::DiffArgs),
    New(new::NewArgs),
    Init(init::InitArgs),
    List(list::ListArgs),
    L10n(l10n::L10nArgs),
    Rebase(rebase::RebaseArgs),
    Review(review::ReviewArgs),
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

/// Parses the command line. Usage errors are clap's, coloured as `--color` asks;
/// when the command was asked for JSON they are a JSON document on stderr, like
/// every other error in that mode. `Err` carries the exit code.
pub fn parse(args: Vec<OsString>) -> Result<Cli, u8> {
    let choice = match flag_value(&args, "--color").as_deref() {
        Some("always") => clap::ColorChoice::Always,
        Some("never") => clap::ColorChoice::Never,
        _ => clap::ColorChoice::Auto,
    };
    let mut cmd = Cli::command().color(choice);
    let parsed = cmd
        .try_get_matches_from_mut(&args)
        .and_then(|m| Cli::from_arg_matches(&m));
    match parsed {
        Ok(cli) => Ok(cli),
        Err(e) if e.use_stderr() && asks_for_json(&args) => {
            let text = e.render().to_string();
            let first = text.lines().next().unwrap_or_default();
            let message = first.strip_prefix("error: ").unwrap_or(first).to_string();
            let d = Diagnostic::error(Code::BadUsage, message)
                .help("run `carecert help` or add --help after the command");
            output::report(&d.into(), Format::Json, false);
            Err(2)
        }
        Err(e) => {
            let _ = e.print();
            Err(e.exit_code().clamp(0, 255) as u8)
        }
    }
}

/// The value of `--flag VALUE` or `--flag=VALUE`, read before clap parses, so
/// that clap's own messages can follow it.
fn flag_value(args: &[OsString], flag: &str) -> Option<String> {
    let mut it = args.iter().map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == flag {
            return it.next().map(|v| v.into_owned());
        }
        if let Some(v) = a.strip_prefix(flag).and_then(|r| r.strip_prefix('=')) {
            return Some(v.to_string());
        }
    }
    None
}

fn asks_for_json(args: &[OsString]) -> bool {
    flag_value(args, "--format").as_deref() == Some("json")
}

pub fn run(cli: Cli, ui: &Ui) -> Result<Status, Failure> {
    match cli.command {
        Command::Build(args) => build::run(args, ui),
        Command::Show(args) => show::run(args, ui),
        Command::Check(args) => check::run(args, ui),
        Command::Diff(args) => diff::run(args, ui),
        Command::Review(args) => review::run(args, ui),
        Command::New(args) => new::run(args, ui),
        Command::Init(args) => init::run(args, ui),
        Command::List(args) => list::run(args, ui),
        Command::L10n(args) => l10n::run(args, ui),
        Command::Rebase(args) => rebase::run(args, ui),
        Command::Verify(args) => verify::run(args, ui),
        Command::Completions(args) => completions::completions(args, ui),
        Command::Man(args) => completions::man(args, ui),
        Command::Dev(args) => dev::run(args, ui),
    }
}

/// The workspace of the working directory (see `carecert::workspace`); a
/// `carecert.toml` that cannot be read is bad input.
pub fn workspace(format: Format) -> Result<carecert::workspace::Workspace, Failure> {
    carecert::workspace::Workspace::discover().map_err(|d| Failure::new(d, format))
}

pub fn io_failure(e: io::Error, format: Format) -> Failure {
    Failure::new(
        Diagnostic::error(
            Code::OutputFailed,
            format!("could not write the output: {e}"),
        )
        .help("check that the file or pipe the output goes to can take it (a full disk?)"),
        format,
    )
}

/// Refuses an `--out` file that this run read as an input: writing it would replace
/// the edition (or translation) being worked on with the command's output.
pub fn not_an_input(out: &std::path::Path, format: Format) -> Result<(), Failure> {
    if carecert::load::source::was_read(out) {
        return Err(Failure::new(
            Diagnostic::error(
                Code::WriteFailed,
                format!(
                    "could not write {}: it is one of this command's inputs",
                    out.display()
                ),
            )
            .help("write the output to a new file; the input is left as it was"),
            format,
        ));
    }
    Ok(())
}

/// 9999-12-31T23:59:59Z, the last second a four-digit year can name.
const LAST_EPOCH_SECOND: i64 = 253_402_300_799;

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
                        // Named with its option: a value from the command line has no
                        // file or line to point at.
                        Diagnostic::error(Code::BadDate, format!("--date \"{d}\" is not a date"))
                            .help("write YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ"),
                    )
                })?,
        )),
        (None, Some(epoch)) => {
            let secs = epoch.trim().parse::<i64>().map_err(|_| {
                fail(
                    Diagnostic::error(
                        Code::BadDate,
                        format!("SOURCE_DATE_EPOCH=\"{epoch}\" is not a number of seconds"),
                    )
                    .help("set it to a Unix timestamp, or unset it"),
                )
            })?;
            // Documents carry a four-digit year (W3CDTF in DOCX properties, ZIP
            // dates): -1 stamped 1969 and 9223372036854775807 the year 292277026596.
            if !(0..=LAST_EPOCH_SECOND).contains(&secs) {
                return Err(fail(
                    Diagnostic::error(
                        Code::BadDate,
                        format!(
                            "SOURCE_DATE_EPOCH=\"{epoch}\" is not a time from 1970 to the end of 9999"
                        ),
                    )
                    .help("set it to a Unix timestamp such as the output of `date +%s`, or unset it"),
                ));
            }
            Ok(Some(pack::date_time_from_epoch(secs)))
        }
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
