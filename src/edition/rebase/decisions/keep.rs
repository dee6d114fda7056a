//! `--keep TERM=RATIONALE`: a new term of the revision kept with England's value.

use super::Context;
use crate::diag::{Code, Diagnostic, did_you_mean, suggest};

impl Context<'_> {
    /// One `--keep TERM=RATIONALE`, checked.
    pub(super) fn keep(&self, raw: &str, errors: &mut Vec<Diagnostic>) -> Option<(String, String)> {
        let (term, rationale) = match raw.split_once('=') {
            Some((t, r)) => (t.trim(), Some(r.trim())),
            None => (raw.trim(), None),
        };
        let listed: Vec<&str> = self.new_terms.iter().map(|t| t.id.as_str()).collect();
        let terms_help = || match listed.as_slice() {
            [] => "this rebase brings no new terms to keep".to_string(),
            l => format!("the new terms to decide are: {}", l.join(", ")),
        };
        if term.is_empty() {
            errors.push(
                Diagnostic::error(
                    Code::UnknownProposal,
                    format!("--keep \"{raw}\": an empty value names no term"),
                )
                .help(terms_help()),
            );
            return None;
        }
        if !listed.contains(&term) {
            let mut help = did_you_mean(&suggest(term, listed.iter().copied()))
                .map(|h| format!("{h} "))
                .unwrap_or_default();
            help.push_str(&terms_help());
            if raw.starts_with("--") {
                help.push_str(" (a value starting with -- looks like an option: is the value of --keep missing?)");
            }
            errors.push(
                Diagnostic::error(
                    Code::UnknownProposal,
                    format!("--keep {raw}: \"{term}\" is not a new term of this rebase"),
                )
                .help(help),
            );
            return None;
        }
        let rationale = rationale.unwrap_or_default();
        if rationale.is_empty() {
            errors.push(
                Diagnostic::error(
                    Code::MissingRationale,
                    format!("--keep {raw}: keeping England's value needs a rationale"),
                )
                .help(format!(
                    "write --keep {term}=\"why the value stays\"; reviewers read it"
                )),
            );
            return None;
        }
        if let Some(c) = rationale.chars().find(|c| crate::text::forbidden_char(*c)) {
            errors.push(
                Diagnostic::error(
                    Code::BadText,
                    format!(
                        "--keep {term}: the rationale contains the control character U+{:04X}",
                        c as u32
                    ),
                )
                .help("write the rationale on one line, without tabs or control characters"),
            );
            return None;
        }
        Some((term.to_string(), rationale.to_string()))
    }
}
