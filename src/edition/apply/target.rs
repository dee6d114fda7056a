//! Finding what an operation names (its target, the parent `to`, the anchors
//! `after` and `before`) and saying why it is not there.

use super::{Applier, Drift, MAX_SUGGESTED, a};
use crate::diag::Code;
use crate::edition::file::Operation;
use crate::edition::workspace::{Level, Workspace};
use crate::fingerprint::Fingerprint;
use crate::ids::{self, CodeLevel};
use crate::load::JsonPath;

/// What looking up an operation's target came to.
pub(super) enum Lookup {
    /// The operation adds content; it has no target.
    NoTarget,
    /// The target, by id, and its level.
    Found(String, Level),
    /// An error or drift was reported: the operation is not applied.
    Skipped,
}

impl Applier<'_> {
    /// Finds the existing node `op` changes, and checks it is of the right level,
    /// not changed in the same way by an earlier operation, and unchanged in the
    /// base since the operation was written.
    pub(super) fn target(&mut self, ws: &Workspace, i: usize, op: &Operation) -> Lookup {
        let at = self.at(i);
        let Some((query, recorded)) = op.target() else {
            return Lookup::NoTarget;
        };
        let path = at.key("target");
        let Some((id, level)) = ws.find(query) else {
            self.missing(ws, &path, query);
            return Lookup::Skipped;
        };
        let allowed: &[Level] = match op {
            Operation::ReplaceText { .. }
            | Operation::ChangeKind { .. }
            | Operation::SetExamples { .. } => &[Level::Criterion],
            Operation::Retitle { .. } => &[Level::Standard, Level::Outcome],
            Operation::Move { .. } => &[Level::Outcome, Level::Criterion],
            _ => &[Level::Standard, Level::Outcome, Level::Criterion],
        };
        if !self.expect_level(&path, op, level, allowed) {
            return Lookup::Skipped;
        }
        // What the operation changes, and what a later removal would lose.
        let (aspect, what, lost) = match op {
            Operation::Remove { .. } => ("remove", String::new(), ""),
            Operation::ReplaceText { .. } => (
                "text",
                format!("replaces the text of \"{id}\""),
                "the new text",
            ),
            Operation::Retitle { .. } => ("title", format!("retitles \"{id}\""), "the new title"),
            Operation::ChangeKind { .. } => (
                "kind",
                format!("changes the kind of \"{id}\""),
                "the new kind",
            ),
            Operation::Move { .. } => ("place", format!("moves \"{id}\""), "the move"),
            Operation::SetExamples { .. } => (
                "examples",
                format!("sets the examples of \"{id}\""),
                "the new examples",
            ),
            _ => ("", String::new(), ""),
        };
        if let Some(first) = self.claims.aspect(&id, aspect, i) {
            self.error(
                Code::ConflictingOperations,
                &path,
                format!(
                    "operations[{first}] and operations[{i}] both {} \"{id}\"",
                    match aspect {
                        "place" => "move",
                        "remove" => "remove",
                        _ => "change the same part of",
                    }
                ),
                "merge them into one operation",
            );
            return Lookup::Skipped;
        }
        if !what.is_empty() {
            self.claims.work(&id, i, what, lost);
        }
        if let Operation::Remove { .. } = op {
            // Checked before drift: the two operations conflict whatever the base
            // text says now.
            self.check_removal(&at, i, &id, &ws.subtree(&id));
        }
        // The base's text, before this layer changed anything: every operation of
        // a layer is written against its base.
        let (current, current_text) = ws
            .base
            .get(&id)
            .cloned()
            .unwrap_or_else(|| ws.fingerprint_and_text(&id));
        if recorded.is_empty() {
            // Left out: the loader lets it through so the help can give it.
            self.error(
                Code::MissingField,
                &at,
                format!("this {} has no fingerprint of the base text it was written against", op.name()),
                format!("if you wrote it against the base text as it is now (\"{current_text}\"), add \"fingerprint\": \"{current}\""),
            );
            return Lookup::Skipped;
        }
        let Some(recorded_fp) = Fingerprint::parse(recorded) else {
            let why = fingerprint_problem(recorded);
            self.error(
                Code::BadFingerprint,
                &at.key("fingerprint"),
                format!("\"{recorded}\" is not a fingerprint: {why}"),
                format!("write the fingerprint `carecert show {query} --format json` gives (for the base text now: {current})"),
            );
            return Lookup::Skipped;
        };
        if !current.matches(&recorded_fp) {
            let code = ws.code_of(&id);
            let d = self
                .doc
                .warning_at(Code::Drift, &at.key("fingerprint"), format!("the base text of {code} ({id}) changed since this {} was written; the operation was not applied", op.name()))
                .help(format!("review it against the base text now, then run `carecert rebase` to accept it (recorded {recorded}, now {current})"));
            self.out.drift.push((
                Drift {
                    layer: self.layer.clone(),
                    operation: i,
                    op: op.name(),
                    target: id.clone(),
                    code,
                    recorded: recorded.to_string(),
                    current,
                    current_text,
                    old_text: None,
                },
                d,
            ));
            return Lookup::Skipped;
        }
        Lookup::Found(id, level)
    }

    /// Says why `query` (an id or a base code) names nothing: this layer removed it
    /// (itself or with a parent), a lower layer removed it, or it never existed.
    pub(super) fn missing(&mut self, ws: &Workspace, path: &JsonPath, query: &str) {
        // Codes are the base's, so a code this layer removed still names its node.
        let removed = match ws.removed.get_key_value(query) {
            Some((id, r)) => Some((id, r)),
            None => ws
                .removed_id_of_code(query)
                .and_then(|id| ws.removed.get_key_value(id.as_str())),
        };
        if let Some((id, r)) = removed {
            let named = if id == query {
                format!("\"{query}\"")
            } else {
                format!("\"{query}\" ({id})")
            };
            let with = match &r.with {
                Some(parent) => format!(" with \"{parent}\""),
                None => String::new(),
            };
            self.error(
                Code::TargetRemoved,
                path,
                format!(
                    "{named} was removed{with} by operations[{}] of this edition",
                    r.by
                ),
                "drop one of the two operations",
            );
            return;
        }
        if self.added_by_undecoded(ws, query) {
            // The operation that would add it did not decode; its error says why.
            return;
        }
        let d = if self.suggested < MAX_SUGGESTED {
            self.suggested += 1;
            crate::lookup::unknown(query, ws.all_ids(), ws.codes.keys())
        } else {
            crate::lookup::unknown(query, std::iter::empty(), std::iter::empty())
        };
        let mut help = d.help.clone().unwrap_or_default();
        // By its id, or by the code it has in the framework (editions below may
        // have renumbered).
        let framework_id = ws.framework_codes.get(&query.to_ascii_lowercase());
        let id = framework_id.map_or(query, String::as_str);
        let by_code = match framework_id {
            Some(id) => format!("{query} is \"{id}\" in the framework; "),
            None => String::new(),
        };
        if let Some((layer, op)) = ws.removed_below.get(id) {
            help = format!(
                "{by_code}the edition \"{layer}\" below this one removed it (operations[{op}]); point the operation at content it still has, or drop the operation"
            );
        } else if framework_id.is_some() && ws.exists(id) {
            help = format!(
                "{by_code}an edition below this one renumbered it, and in this edition's base it is {}: name it by its stable id, \"{id}\"",
                ws.code_of(id)
            );
        }
        self.error(
            Code::MissingTarget,
            path,
            format!("{} in the base", d.message),
            help,
        );
    }

    /// Whether `query` may name a node that an operation which did not decode
    /// would have added: its id or code, or a code that would be numbered under a
    /// parent such an operation adds into.
    fn added_by_undecoded(&self, ws: &Workspace, query: &str) -> bool {
        let gaps = self.gaps;
        if gaps.added.contains(query) {
            return true;
        }
        if gaps.added.contains(&query.to_ascii_lowercase()) {
            return true;
        }
        let Some(code) = ids::code_spellings(query)
            .into_iter()
            .find(|c| ids::code_level(c).is_some())
        else {
            return false;
        };
        let Some(level) = ids::code_level(&code) else {
            return false;
        };
        let Some(parent) = ids::parent_code(&code) else {
            // A new standard's code: only an undecoded add-standard makes one.
            return level == CodeLevel::Standard && gaps.added_into.contains(&None);
        };
        let adds_into_parent = gaps.added_into.iter().flatten().any(|to| {
            to.eq_ignore_ascii_case(parent)
                || ws.find(to).is_some_and(|(id, _)| ws.code_of(&id) == parent)
        });
        adds_into_parent || (ws.find(parent).is_none() && self.added_by_undecoded(ws, parent))
    }

    /// Whether an anchor that is not where an operation expects it may be named
    /// by an operation that did not decode (a move of it, say): that operation's
    /// error says why.
    pub(super) fn anchor_named_by_undecoded(&self, ws: &Workspace, id: &str) -> bool {
        let gaps = self.gaps;
        let named = |s: &str| gaps.named.contains(s) || gaps.added.contains(s);
        named(id) || named(&ws.code_of(id))
    }

    pub(super) fn expect_level(
        &mut self,
        path: &JsonPath,
        op: &Operation,
        got: Level,
        allowed: &[Level],
    ) -> bool {
        if allowed.contains(&got) {
            return true;
        }
        let names: Vec<&str> = allowed.iter().map(|l| l.name()).collect();
        self.error(
            Code::WrongTargetLevel,
            path,
            format!(
                "{} applies to {}, and this is {}",
                op.name(),
                a(&names.join(" or ")),
                a(got.name())
            ),
            match op {
                Operation::ReplaceText { .. } => "use retitle for standards and outcomes",
                Operation::Retitle { .. } => "use replace-text for criteria",
                _ => "point the operation at a node of the right level",
            },
        );
        false
    }

    /// The id of the node `to` names, which must be of level `wanted`.
    pub(super) fn parent(
        &mut self,
        ws: &Workspace,
        at: &JsonPath,
        to: &str,
        wanted: Level,
    ) -> Option<String> {
        let Some((parent, level)) = ws.find(to) else {
            self.missing(ws, &at.key("to"), to);
            return None;
        };
        if level != wanted {
            self.error(
                Code::WrongParentLevel,
                &at.key("to"),
                format!(
                    "this goes into {}, and \"{to}\" is {}",
                    a(wanted.name()),
                    a(level.name())
                ),
                format!("name {}", a(wanted.name())),
            );
            return None;
        }
        Some(parent)
    }

    /// Resolves `after`/`before` (ids or codes) to ids.
    pub(super) fn anchors(
        &mut self,
        ws: &Workspace,
        at: &JsonPath,
        after: Option<&str>,
        before: Option<&str>,
    ) -> Option<(Option<String>, Option<String>)> {
        let mut resolve = |key: &str, q: Option<&str>| -> Result<Option<String>, ()> {
            match q {
                None => Ok(None),
                Some(q) => match ws.find(q) {
                    Some((id, _)) => Ok(Some(id)),
                    None => {
                        self.missing(ws, &at.key(key.to_string()), q);
                        Err(())
                    }
                },
            }
        };
        let a = resolve("after", after).ok()?;
        let b = resolve("before", before).ok()?;
        Some((a, b))
    }
}

/// ` (operations[6] moved it to "second-outcome")` when an operation of this
/// layer moved `id`, for messages about where it is not.
pub(super) fn moved_note(ws: &Workspace, id: &str) -> String {
    match ws.moved.get(id) {
        Some((op, parent)) => format!(" (operations[{op}] moved it to \"{parent}\")"),
        None => String::new(),
    }
}

/// What is wrong with a recorded fingerprint that does not parse.
fn fingerprint_problem(recorded: &str) -> &'static str {
    let hex = |b: u8| b.is_ascii_hexdigit();
    if !recorded.bytes().all(hex) {
        "a fingerprint is hexadecimal digits (0-9, a-f)"
    } else if recorded.bytes().any(|b| b.is_ascii_uppercase()) {
        "carecert writes fingerprints in lowercase"
    } else if recorded.len() < 8 {
        "it is too short to tell texts apart (at least 8 digits)"
    } else {
        "it is longer than a fingerprint (at most 64 digits)"
    }
}
