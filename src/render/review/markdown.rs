//! Markdown for pasting into an e-mail or an issue tracker.

use super::{Item, Say, code, codes, grouped, items};
use crate::diff::{Change, ChangeKind, Diff, WordOp};
use std::fmt::Write as _;

/// Escapes the characters Markdown would read as formatting.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

pub fn render(diff: &Diff, say: &Say<'_>) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n",
        esc(&say.label_with(
            "label-redline-title",
            &[("old", &diff.old.name), ("new", &diff.new.name)]
        ))
    );
    // The legend is Markdown itself: not escaped.
    let _ = writeln!(
        out,
        "{} ({}). {}",
        say.summary(diff),
        diff.locale,
        say.label("review-legend-markdown")
    );
    let why_label = say.label("review-why");
    for (standard, changes) in grouped(diff) {
        let _ = writeln!(out, "\n## {}\n", esc(&say.heading(standard)));
        for item in items(&changes) {
            let c = item.first();
            match &item {
                Item::Renumbered(group) => {
                    let _ = writeln!(out, "- **{}**: `{}`", say.kind(c.kind), codes(group));
                }
                Item::One(c) => {
                    let subject = match c.term_kind {
                        Some(_) => esc(&say.subject(c)),
                        None => format!("{} `{}`", say.level(c.level), code(c)),
                    };
                    let _ = write!(out, "- **{}** {subject}: ", say.kind(c.kind));
                    body(&mut out, say, c);
                    out.push('\n');
                }
            }
            for (i, why) in say.why(c).iter().enumerate() {
                if i == 0 {
                    let _ = writeln!(out, "  - *{why_label}:* {}", esc(why));
                } else {
                    let _ = writeln!(out, "  - {}", esc(why));
                }
            }
        }
    }
    out
}

fn body(out: &mut String, say: &Say<'_>, c: &Change) {
    match c.kind {
        ChangeKind::Added => {
            let _ = write!(out, "**{}**", esc(c.new.as_deref().unwrap_or("")));
        }
        ChangeKind::Removed => {
            let _ = write!(out, "~~{}~~", esc(c.old.as_deref().unwrap_or("")));
        }
        ChangeKind::Moved => out.push_str(&esc(&say.moved(c))),
        ChangeKind::KindChanged => {
            let _ = write!(
                out,
                "{} → {}",
                say.criterion_kind(c.old_kind),
                say.criterion_kind(c.new_kind)
            );
        }
        ChangeKind::ExamplesChanged => {
            let _ = write!(
                out,
                "~~{}~~ → **{}**",
                esc(&c.old_examples.as_deref().unwrap_or_default().join("; ")),
                esc(&c.new_examples.as_deref().unwrap_or_default().join("; "))
            );
        }
        _ => {
            for w in &c.words {
                let t = w.text.trim();
                let pad_l = if w.text.starts_with(char::is_whitespace) {
                    " "
                } else {
                    ""
                };
                let pad_r = if w.text.ends_with(char::is_whitespace) {
                    " "
                } else {
                    ""
                };
                match w.op {
                    WordOp::Equal => out.push_str(&esc(&w.text)),
                    WordOp::Delete if !t.is_empty() => {
                        let _ = write!(out, "{pad_l}~~{}~~{pad_r}", esc(t));
                    }
                    WordOp::Insert if !t.is_empty() => {
                        let _ = write!(out, "{pad_l}**{}**{pad_r}", esc(t));
                    }
                    _ => out.push_str(&w.text),
                }
            }
        }
    }
}
