//! The check of an edit before it is used: the new text is parsed again and
//! compared with the old one and with what the edit intended.

use super::layout::{EntrySpan, Kind, Layout};
use super::{MessageEdit, english_line, pattern_text, unverified};
use crate::diag::Diagnostic;
use crate::l10n::ftl::{self, FtlMessage};
use std::collections::{HashMap, HashSet};

/// Checks `new` against what the edit intended: it parses; every entry and
/// every run of blank lines that was not edited is byte for byte the same and in
/// the same place; each edited message reads back with exactly the intended value,
/// attributes and source comment, and every part it did not set as before.
pub(super) fn verify(
    shown: &str,
    old: &str,
    old_layout: &Layout,
    new: &str,
    edits: &[MessageEdit<'_>],
) -> Result<(), Vec<Diagnostic>> {
    let fail = |what: String| vec![unverified(shown, what)];
    let new_layout =
        Layout::of(shown, new).map_err(|_| fail("it has Fluent syntax errors".into()))?;
    let edited_ids: HashSet<&str> = edits.iter().map(|e| e.id).collect();
    let edited = |e: &EntrySpan| match &e.kind {
        Kind::Message(m) => edited_ids.contains(m.id.as_str()),
        Kind::Other => false,
    };
    let old_ids: HashSet<&str> = old_layout.messages().map(|m| m.id.as_str()).collect();
    let appended = edits.iter().filter(|e| !old_ids.contains(e.id)).count();
    if new_layout.entries.len() != old_layout.entries.len() + appended {
        return Err(fail(format!(
            "it has {} entries instead of {}",
            new_layout.entries.len(),
            old_layout.entries.len() + appended
        )));
    }
    let mut old_gap = 0;
    let mut new_gap = 0;
    for (a, b) in old_layout.entries.iter().zip(&new_layout.entries) {
        if old[old_gap..a.start] != new[new_gap..b.start] {
            return Err(fail(format!(
                "the blank lines before line {} changed",
                crate::load::locate::line_col(old, a.start).0
            )));
        }
        if let (Kind::Message(m), true) = (&a.kind, edited(a))
            && !matches!(&b.kind, Kind::Message(n) if n.id == m.id)
        {
            return Err(fail(format!("the message {} moved", m.id)));
        }
        if !edited(a) && old[a.start..a.end] != new[b.start..b.end] {
            return Err(fail(format!(
                "the entry at line {} changed",
                crate::load::locate::line_col(old, a.start).0
            )));
        }
        old_gap = a.end;
        new_gap = b.end;
    }
    if appended == 0 && old[old_gap..] != new[new_gap..] {
        return Err(fail("the end of the file changed".into()));
    }
    let before: HashMap<String, FtlMessage> = ftl::parse(shown, old)
        .messages
        .into_iter()
        .map(|m| (m.id.clone(), m))
        .collect();
    let after: HashMap<String, FtlMessage> = ftl::parse(shown, new)
        .messages
        .into_iter()
        .map(|m| (m.id.clone(), m))
        .collect();
    for e in edits {
        let Some(got) = after.get(e.id) else {
            return Err(fail(format!("the message {} is missing", e.id)));
        };
        let was = before.get(e.id);
        let value = match e.value {
            Some(v) => read_alone(v),
            None => was.and_then(|m| m.value.clone()),
        };
        if got.value != value {
            return Err(fail(format!(
                "the value of {} reads {:?}, not {:?}",
                e.id, got.value, value
            )));
        }
        let mut attributes: Vec<(String, String)> =
            was.map(|m| m.attributes.clone()).unwrap_or_default();
        for (name, v) in &e.attributes {
            let v = read_alone(v).unwrap_or_default();
            match attributes.iter_mut().find(|(n, _)| n == name) {
                Some(slot) => slot.1 = v,
                None => attributes.push((name.to_string(), v)),
            }
        }
        let mut want = attributes;
        let mut have = got.attributes.clone();
        want.sort();
        have.sort();
        if want != have {
            return Err(fail(format!(
                "the attributes of {} read {have:?}, not {want:?}",
                e.id
            )));
        }
        let (fingerprint, source_text) = match &e.comment {
            Some(c) => (
                Some(c.fingerprint.to_string()),
                Some(english_line(c)[c.locale.len() + 4..].to_string()),
            ),
            None => (
                was.and_then(|m| m.fingerprint.clone()),
                was.and_then(|m| m.source_text.clone()),
            ),
        };
        if got.fingerprint != fingerprint || got.source_text != source_text {
            return Err(fail(format!(
                "the source comment of {} reads {:?}, not {:?}",
                e.id, got.fingerprint, fingerprint
            )));
        }
    }
    Ok(())
}

/// How `value` reads back in a file of its own: the form to expect after an edit.
fn read_alone(value: &str) -> Option<String> {
    let text = format!("x = {}\n", pattern_text(value));
    ftl::parse("", &text)
        .messages
        .into_iter()
        .next()
        .and_then(|m| m.value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set<'a>(id: &'a str, value: &'a str) -> MessageEdit<'a> {
        MessageEdit {
            id,
            value: Some(value),
            attributes: Vec::new(),
            order: Vec::new(),
            comment: None,
        }
    }

    #[test]
    fn verification_catches_a_changed_neighbour() {
        let old = "a = b\n\nc = d\n";
        let layout = Layout::of("x.ftl", old).unwrap();
        let edits = [set("a", "B")];
        let errors = verify("x.ftl", old, &layout, "a = B\n\nc = D\n", &edits).unwrap_err();
        assert_eq!(errors[0].code, "unverified-edit");
        assert!(
            errors[0].message.contains("the entry at line 3 changed"),
            "{}",
            errors[0].message
        );
        let errors = verify("x.ftl", old, &layout, "a = B\nc = d\n", &edits).unwrap_err();
        assert!(
            errors[0].message.contains("blank lines"),
            "{}",
            errors[0].message
        );
        let errors = verify("x.ftl", old, &layout, "a = X\n\nc = d\n", &edits).unwrap_err();
        assert!(
            errors[0].message.contains("the value of a"),
            "{}",
            errors[0].message
        );
    }
}
