//! The terminal rendering: grouped by standard, word-level highlights, colour only
//! when asked for (the caller decides from the terminal, `--color` and NO_COLOR).

use super::{code, grouped, why};
use crate::diff::{ChangeKind, Diff, WordOp};
use std::fmt::Write as _;

pub struct TextOptions {
    pub color: bool,
    /// The closing count line ("3 added, 1 removed, …"); `--quiet` leaves it out.
    pub summary: bool,
}

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

pub fn render(diff: &Diff, opts: &TextOptions) -> String {
    let paint = |style: &str, s: &str| {
        if opts.color {
            format!("{style}{s}{RESET}")
        } else {
            s.to_string()
        }
    };
    let mut out = String::new();
    let _ = writeln!(out, "{} → {} ({})", diff.old.id, diff.new.id, diff.locale);
    for (standard, changes) in grouped(diff) {
        let heading = if standard.is_empty() {
            "Terms".to_string()
        } else {
            format!("Standard {standard}")
        };
        let _ = writeln!(out, "\n{}", paint(BOLD, &heading));
        for c in changes {
            // A term's id is its name: say it once.
            let label = match code(c) {
                shown if shown == c.id => shown,
                shown => format!("{shown} ({})", c.id),
            };
            // "term changed term -x" would stutter: a term's change is its value's.
            let what = match c.kind {
                ChangeKind::TermChanged => "value changed",
                kind => kind.as_str(),
            };
            let _ = writeln!(out, "  {what} {} {label}", c.level);
            match c.kind {
                ChangeKind::Added => {
                    let _ = writeln!(
                        out,
                        "    {}",
                        paint(GREEN, &format!("+ {}", c.new.as_deref().unwrap_or("")))
                    );
                }
                ChangeKind::Removed => {
                    let _ = writeln!(
                        out,
                        "    {}",
                        paint(RED, &format!("- {}", c.old.as_deref().unwrap_or("")))
                    );
                }
                ChangeKind::Moved => {
                    let _ = writeln!(
                        out,
                        "    from {} to {}",
                        c.from.as_deref().unwrap_or("?"),
                        c.to.as_deref().unwrap_or("?")
                    );
                }
                ChangeKind::KindChanged => {
                    let k = |k: Option<crate::model::Kind>| k.map_or("?", |k| k.as_str());
                    let _ = writeln!(out, "    {} → {}", k(c.old_kind), k(c.new_kind));
                }
                ChangeKind::ExamplesChanged => {
                    let _ = writeln!(
                        out,
                        "    {}",
                        paint(
                            RED,
                            &format!(
                                "- {}",
                                c.old_examples.as_deref().unwrap_or_default().join("; ")
                            )
                        )
                    );
                    let _ = writeln!(
                        out,
                        "    {}",
                        paint(
                            GREEN,
                            &format!(
                                "+ {}",
                                c.new_examples.as_deref().unwrap_or_default().join("; ")
                            )
                        )
                    );
                }
                _ if !c.words.is_empty() => {
                    let mut line = String::new();
                    for w in &c.words {
                        match w.op {
                            WordOp::Equal => line.push_str(&w.text),
                            WordOp::Delete if opts.color => line.push_str(&paint(RED, &w.text)),
                            WordOp::Insert if opts.color => line.push_str(&paint(GREEN, &w.text)),
                            WordOp::Delete => line.push_str(&format!("[-{}-]", w.text)),
                            WordOp::Insert => line.push_str(&format!("{{+{}+}}", w.text)),
                        }
                    }
                    let _ = writeln!(out, "    {line}");
                }
                _ => {
                    if let Some(n) = &c.new {
                        let _ = writeln!(out, "    {n}");
                    }
                }
            }
            if let Some(why) = why(c) {
                let _ = writeln!(out, "    {}", paint(DIM, &format!("why: {why}")));
            }
        }
    }
    if opts.summary {
        let _ = writeln!(out, "\n{}", diff.summary_line());
    }
    out
}
