//! Markdown for pasting into an e-mail or an issue tracker.

use super::{code, grouped, why};
use crate::diff::{ChangeKind, Diff, WordOp};
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

pub fn render(diff: &Diff) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Changes from {} to {}\n",
        esc(&diff.old.name),
        esc(&diff.new.name)
    );
    let _ = writeln!(
        out,
        "{} ({}). Deleted words are ~~struck through~~, added words are **bold**.",
        diff.summary_line(),
        diff.locale
    );
    for (standard, changes) in grouped(diff) {
        let heading = if standard.is_empty() {
            "Terms".to_string()
        } else {
            format!("Standard {}", esc(standard))
        };
        let _ = writeln!(out, "\n## {heading}\n");
        for c in changes {
            let what = match c.kind {
                ChangeKind::TermChanged => "value changed",
                kind => kind.as_str(),
            };
            let _ = write!(out, "- **{what}** {} `{}`: ", c.level, code(c));
            match c.kind {
                ChangeKind::Added => {
                    let _ = write!(out, "**{}**", esc(c.new.as_deref().unwrap_or("")));
                }
                ChangeKind::Removed => {
                    let _ = write!(out, "~~{}~~", esc(c.old.as_deref().unwrap_or("")));
                }
                ChangeKind::Moved => {
                    let _ = write!(
                        out,
                        "from `{}` to `{}`",
                        c.from.as_deref().unwrap_or("?"),
                        c.to.as_deref().unwrap_or("?")
                    );
                }
                ChangeKind::KindChanged => {
                    let k = |k: Option<crate::model::Kind>| k.map_or("?", |k| k.as_str());
                    let _ = write!(out, "{} → {}", k(c.old_kind), k(c.new_kind));
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
            out.push('\n');
            if let Some(why) = why(c) {
                let _ = writeln!(out, "  - *why:* {}", esc(&why));
            }
        }
    }
    out
}
