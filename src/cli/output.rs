//! How a command talks to whoever runs it: the flags every command shares
//! (`--quiet`, `--color`), colour decided once from them and the environment, and
//! the printing of results and problems as text or JSON.

use super::Format;
use carecert::diag::{Diagnostic, Diagnostics, Severity};
use clap::{Args, ValueEnum};
use std::io::{self, IsTerminal, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    /// Colour when writing to a terminal and NO_COLOR is not set
    Auto,
    Always,
    Never,
}

/// Flags every command accepts, before or after the command name.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Print no status or summary lines; what the command was asked for, and
    /// problems, are still printed
    #[arg(long, short, global = true)]
    pub quiet: bool,
    /// When to colour the output (auto: on a terminal, unless NO_COLOR is set)
    #[arg(long, value_enum, global = true, default_value_t = Color::Auto, value_name = "WHEN")]
    pub color: Color,
}

/// What the global flags and the environment decided.
#[derive(Debug, Clone, Copy)]
pub struct Ui {
    pub quiet: bool,
    pub color: Color,
    pub color_stdout: bool,
    pub color_stderr: bool,
}

impl Ui {
    pub fn new(global: &GlobalArgs) -> Self {
        Ui {
            quiet: global.quiet,
            color: global.color,
            color_stdout: wants_color(global.color, io::stdout().is_terminal()),
            color_stderr: wants_color(global.color, io::stderr().is_terminal()),
        }
    }

    /// A status or summary line: printed unless `--quiet`.
    pub fn status(&self, text: &str) -> io::Result<()> {
        if self.quiet { Ok(()) } else { print(text) }
    }
}

/// `--color auto` colours only a terminal, and never when NO_COLOR is set to
/// anything non-empty (<https://no-color.org>).
pub fn wants_color(choice: Color, is_terminal: bool) -> bool {
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
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

/// Prints diagnostics on stderr, as text or as one JSON document
/// (`{"errors": [...]}`, the same fields as `check --format json` findings).
pub fn report(diagnostics: &Diagnostics, format: Format, color: bool) {
    let text = match format {
        Format::Text => {
            let mut s = String::new();
            for d in diagnostics.iter() {
                s.push_str(&render(d, color));
                s.push('\n');
            }
            s
        }
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&serde_json::json!({ "errors": diagnostics }))
                .unwrap_or_default();
            s.push('\n');
            s
        }
    };
    let _ = io::stderr().lock().write_all(text.as_bytes());
}

/// Warnings that do not stop a command but change what it shows (an edition
/// operation left out by drift), on stderr in text mode; JSON output carries
/// its own.
pub fn warn(warnings: &[Diagnostic], format: Format, ui: &Ui) {
    if format == Format::Json || warnings.is_empty() {
        return;
    }
    let mut text = String::new();
    for w in warnings {
        text.push_str(&render(w, ui.color_stderr));
        text.push('\n');
    }
    let _ = io::stderr().lock().write_all(text.as_bytes());
}

const RED: &str = "\x1b[1;31m";
const YELLOW: &str = "\x1b[1;33m";
const CYAN: &str = "\x1b[1;36m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

/// One diagnostic as text: exactly its `Display` form, with the label, location
/// and `help:` coloured when asked (cargo's colours).
pub fn render(d: &Diagnostic, color: bool) -> String {
    if !color {
        return d.to_string();
    }
    let (label, style) = match d.severity {
        Severity::Error => ("error", RED),
        Severity::Warning => ("warning", YELLOW),
    };
    let visible = carecert::text::visible;
    let mut out = format!("{style}{label}[{}]{RESET}: ", d.code);
    if let Some(location) = d.location() {
        out.push_str(&format!("{BOLD}{}{RESET}: ", visible(&location)));
    }
    out.push_str(&visible(&d.message));
    if let Some(help) = &d.help {
        out.push_str(&format!("\n  {CYAN}help{RESET}: {}", visible(help)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use carecert::diag::Code;

    #[test]
    fn plain_rendering_is_the_display_form() {
        let d = Diagnostic::error(Code::BadId, "\"X\" is not a valid id")
            .file("f.json")
            .at(Some((3, 7)))
            .help("use lowercase");
        assert_eq!(render(&d, false), d.to_string());
        let coloured = render(&d, true);
        assert!(coloured.contains("\x1b[1;31merror[bad-id]\x1b[0m"));
        let stripped: String = strip_escapes(&coloured);
        assert_eq!(stripped, d.to_string());
    }

    fn strip_escapes(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                for c in chars.by_ref() {
                    if c == 'm' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    }
}
