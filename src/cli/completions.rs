//! `carecert completions SHELL` and `carecert man [COMMAND]`: shell completion
//! scripts and man pages, generated from the same clap definition as `--help`, so
//! they cannot disagree with it.

use super::output::Ui;
use super::{Cli, Failure, Format, Status, io_failure};
use carecert::diag::{Code, Diagnostic};
use clap::{Args, CommandFactory};
use clap_complete::Shell;
use std::io::Write;

/// Print a shell completion script
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carecert completions bash > ~/.local/share/bash-completion/completions/carecert\n  carecert completions zsh > ~/.zfunc/_carecert\n  carecert completions fish > ~/.config/fish/completions/carecert.fish"
)]
pub struct CompletionsArgs {
    /// The shell to complete in
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Print a man page in roff (for carecert, or one of its commands)
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carecert man | man -l -\n  carecert man build > carecert-build.1\n  carecert man l10n status | man -l -"
)]
pub struct ManArgs {
    /// A command, such as build, or l10n status (default: the overview page)
    #[arg(value_name = "COMMAND")]
    pub command: Vec<String>,
}

pub fn completions(args: CompletionsArgs, _ui: &Ui) -> Result<Status, Failure> {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "carecert", &mut out);
    if args.shell == Shell::Bash {
        out = complete_locales(&String::from_utf8_lossy(&out)).into_bytes();
    }
    write(&out)
}

/// The generated script completes `--locale` with file names, since a locale is
/// free text to clap. Completed instead with the locales that exist where the
/// user is (`carecert dev locales`: the translations' and the editions').
fn complete_locales(script: &str) -> String {
    const FILES: &str = "COMPREPLY=($(compgen -f \"${cur}\"))";
    const LOCALES: &str =
        "COMPREPLY=($(compgen -W \"$(carecert dev locales 2>/dev/null)\" -- \"${cur}\"))";
    let mut out = String::with_capacity(script.len());
    let mut after_locale = false;
    for line in script.split_inclusive('\n') {
        if after_locale && line.trim() == FILES {
            out.push_str(&line.replace(FILES, LOCALES));
        } else {
            out.push_str(line);
        }
        after_locale = line.trim() == "--locale)";
    }
    out
}

pub fn man(args: ManArgs, _ui: &Ui) -> Result<Status, Failure> {
    let mut cmd = Cli::command();
    let mut title = String::from("carecert");
    for name in &args.command {
        let names: Vec<String> = cmd
            .get_subcommands()
            .filter(|c| !c.is_hide_set())
            .map(|c| c.get_name().to_string())
            .collect();
        let Some(sub) = cmd.find_subcommand(name).cloned() else {
            let close = carecert::diag::suggest(name, names.iter().map(String::as_str));
            let help = carecert::diag::did_you_mean(&close)
                .unwrap_or_else(|| format!("one of: {}", names.join(", ")));
            let d = Diagnostic::error(Code::UnknownCommand, format!("no command \"{name}\""))
                .help(help);
            return Err(Failure::new(d, Format::Text));
        };
        title = format!("{title}-{name}");
        cmd = sub;
    }
    // The page's title is the full command, as in `man carecert-l10n-status`.
    let cmd = cmd.name(title);
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd)
        .render(&mut out)
        .map_err(|e| io_failure(e, Format::Text))?;
    write(&out)
}

fn write(bytes: &[u8]) -> Result<Status, Failure> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Ok(()) => Ok(Status::Clean),
        // A closed pipe (`| head`) is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(Status::Clean),
        Err(e) => Err(io_failure(e, Format::Text)),
    }
}
