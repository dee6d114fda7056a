//! The terminal rendering: grouped by standard, word-level highlights, colour only
//! when asked for (the caller decides from the terminal, `--color` and NO_COLOR).
//! The `[-…-]` and `{+…+}` markers stay when there is colour too: a reader who
//! cannot tell red from green, and a pasted copy, still see what changed.

use super::{Item, Say, codes, grouped, items};
use crate::diff::{Change, ChangeKind, Diff, WordOp};
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

struct Painter {
    color: bool,
}

impl Painter {
    fn paint(&self, style: &str, s: &str) -> String {
        if self.color {
            format!("{style}{s}{RESET}")
        } else {
            s.to_string()
        }
    }

    /// Deleted and inserted words between their markers, coloured when asked.
    fn words(&self, c: &Change) -> String {
        let mut line = String::new();
        for w in &c.words {
            match w.op {
                WordOp::Equal => line.push_str(&w.text),
                WordOp::Delete => line.push_str(&self.paint(RED, &format!("[-{}-]", w.text))),
                WordOp::Insert => line.push_str(&self.paint(GREEN, &format!("{{+{}+}}", w.text))),
            }
        }
        line
    }
}

pub fn render(diff: &Diff, say: &Say<'_>, opts: &TextOptions) -> String {
    let p = Painter { color: opts.color };
    let mut out = String::new();
    let _ = writeln!(out, "{} → {} ({})", diff.old.id, diff.new.id, diff.locale);
    let why_label = say.label("review-why");
    for (standard, changes) in grouped(diff) {
        let _ = writeln!(out, "\n{}", p.paint(BOLD, &say.heading(standard)));
        for item in items(&changes) {
            let c = item.first();
            match &item {
                Item::Renumbered(group) => {
                    let _ = writeln!(out, "  {}: {}", say.kind(c.kind), codes(group));
                }
                Item::One(c) => {
                    let _ = writeln!(out, "  {}: {}", say.kind(c.kind), say.subject(c));
                    body(&mut out, &p, say, c);
                }
            }
            // "Why:" once; a second reason (a term's source) lines up under the first.
            let indent = " ".repeat(why_label.chars().count() + 2);
            for (i, why) in say.why(c).iter().enumerate() {
                let line = if i == 0 {
                    format!("{why_label}: {why}")
                } else {
                    format!("{indent}{why}")
                };
                let _ = writeln!(out, "    {}", p.paint(DIM, &line));
            }
        }
    }
    if opts.summary {
        let _ = writeln!(out, "\n{}", say.summary(diff));
    }
    out
}

/// What changed, under the change's head line.
fn body(out: &mut String, p: &Painter, say: &Say<'_>, c: &Change) {
    match c.kind {
        ChangeKind::Added => {
            let _ = writeln!(
                out,
                "    {}",
                p.paint(GREEN, &format!("+ {}", c.new.as_deref().unwrap_or("")))
            );
        }
        ChangeKind::Removed => {
            let _ = writeln!(
                out,
                "    {}",
                p.paint(RED, &format!("- {}", c.old.as_deref().unwrap_or("")))
            );
        }
        ChangeKind::Moved => {
            let _ = writeln!(out, "    {}", say.moved(c));
        }
        ChangeKind::KindChanged => {
            let _ = writeln!(
                out,
                "    {} → {}",
                say.criterion_kind(c.old_kind),
                say.criterion_kind(c.new_kind)
            );
        }
        ChangeKind::ExamplesChanged => {
            let join = |e: &Option<Vec<String>>| e.as_deref().unwrap_or_default().join("; ");
            let _ = writeln!(
                out,
                "    {}",
                p.paint(RED, &format!("- {}", join(&c.old_examples)))
            );
            let _ = writeln!(
                out,
                "    {}",
                p.paint(GREEN, &format!("+ {}", join(&c.new_examples)))
            );
        }
        _ if !c.words.is_empty() => {
            let _ = writeln!(out, "    {}", p.words(c));
        }
        _ => {
            if let Some(n) = &c.new {
                let _ = writeln!(out, "    {n}");
            }
        }
    }
}
