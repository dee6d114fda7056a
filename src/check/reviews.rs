//! `review-open`: changes a reviewer rejected or queried that the team has not
//! answered yet, from the edition's `reviews.json` (see `review::record`).

use crate::diag::{Code, Diagnostic};
use crate::edition::Stack;
use crate::review::record;

/// One warning per open rejection or query. A file that cannot be read gives
/// nothing here: the command line refuses it before checking (exit 2).
pub fn open_reviews(stack: &Stack) -> Vec<Diagnostic> {
    let Some(top) = stack.editions.last() else {
        return Vec::new();
    };
    let file = match record::load(&top.dir) {
        Ok(Some(f)) => f,
        Ok(None) | Err(_) => return Vec::new(),
    };
    let shown = top.dir.join(record::FILE).display().to_string();
    file.reviews
        .iter()
        .enumerate()
        .filter(|(_, e)| e.is_open())
        .map(|(i, e)| {
            let code = e.code.as_deref().unwrap_or("-");
            let said: Vec<String> = e
                .comments
                .iter()
                .map(|c| match &c.author {
                    Some(a) => format!("{a}: \"{}\"", c.text),
                    None => format!("\"{}\"", c.text),
                })
                .collect();
            let mut message = format!(
                "{} {code} ({}) in {} has no answer",
                e.decision.as_str(),
                e.key,
                e.from
            );
            if e.stale {
                message.push_str("; the edition no longer has this change");
            }
            if !said.is_empty() {
                message.push_str(&format!(": {}", said.join("; ")));
            }
            Diagnostic::warning(Code::ReviewOpen, message)
                .file(&shown)
                .path(format!("$.reviews[{i}]"))
                .help(format!("answer it: carecert review --edition DIR --answer '{}=what the team did, or why the change stays'", e.key))
        })
        .collect()
}
