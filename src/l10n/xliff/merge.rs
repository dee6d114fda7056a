//! Merging imported units into the `.ftl` files of their layers.

use super::read::ImportedFile;
use crate::edition::resolved::Resolved;
use crate::fingerprint::Fingerprint;
use crate::l10n::status::{SourceMessage, source_messages};
use crate::l10n::template;
use crate::text;
use serde::Serialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Why a translation does not carry the English's country terms, if it does not:
/// a typed-in value ("NR-32" for `{ -regulation }`) would not change with the
/// edition, so every term of the English must stay a placeholder, and no other.
fn term_mismatch(english: &str, translation: &str) -> Option<String> {
    let mut want = text::term_refs(english);
    let mut got = text::term_refs(translation);
    want.sort_unstable();
    want.dedup();
    got.sort_unstable();
    got.dedup();
    if let Some(missing) = want.iter().find(|t| !got.contains(t)) {
        return Some(format!(
            "the translation drops the term {missing} that the English has; keep its placeholder (<ph>) in the target instead of typing the value"
        ));
    }
    got.iter().find(|t| !want.contains(t)).map(|extra| {
        format!("the translation adds the term {extra}, which the English does not have; remove it")
    })
}

/// What an import did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ImportReport {
    pub locale: String,
    pub imported: Vec<String>,
    /// Units refused, with the reason.
    pub refused: Vec<Refusal>,
    /// Units without a translation yet.
    pub untranslated: Vec<String>,
    /// Files written (or that would be).
    pub files: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Refusal {
    pub id: String,
    pub reason: String,
}

/// A message ready to write: its source, the translated value and attributes.
type Translated = (SourceMessage, String, Vec<(String, String)>);

/// Plans the merge of `file` into the locale files: `(path, new text)` per file.
pub fn merge(
    r: &Resolved,
    file: &ImportedFile,
    targets: &dyn Fn(usize) -> Option<PathBuf>,
) -> (ImportReport, Vec<(PathBuf, String)>) {
    let locale = file.trg_lang.clone();
    let mut report = ImportReport {
        locale: locale.clone(),
        ..ImportReport::default()
    };
    let sources: HashMap<String, SourceMessage> = source_messages(r)
        .into_iter()
        .map(|m| (m.id.clone(), m))
        .collect();
    let known_terms: Vec<&str> = r.terms.iter().map(|t| t.id.as_str()).collect();
    let mut edits: HashMap<PathBuf, Vec<Translated>> = HashMap::new();
    for u in &file.units {
        if u.id == "nothing-to-translate" {
            continue;
        }
        let Some(source) = sources.get(&u.id) else {
            report.refused.push(Refusal {
                id: u.id.clone(),
                reason: "no such message in this edition (unknown id)".into(),
            });
            continue;
        };
        let fresh = u
            .fingerprint
            .as_deref()
            .and_then(Fingerprint::parse)
            .is_some_and(|f| source.fingerprint.matches(&f));
        if !fresh {
            report.refused.push(Refusal {
                id: u.id.clone(),
                reason: format!("the English changed since the export (exported {}, now {}); export again and translate the new text", u.fingerprint.as_deref().unwrap_or("?"), source.fingerprint),
            });
            continue;
        }
        let value = u
            .targets
            .iter()
            .find(|(s, _)| s == "value")
            .map(|(_, t)| t.clone())
            .unwrap_or_default();
        if value.trim().is_empty() {
            report.untranslated.push(u.id.clone());
            continue;
        }
        let attrs: Vec<(String, String)> = source
            .attributes
            .iter()
            .filter_map(|(k, _)| {
                u.targets
                    .iter()
                    .find(|(s, t)| s == k && !t.trim().is_empty())
                    .map(|(_, t)| (k.clone(), t.clone()))
            })
            .collect();
        let mut bad = None;
        let english = |part: &str| {
            if part == "value" {
                Some(source.value.as_str())
            } else {
                source
                    .attributes
                    .iter()
                    .find(|(k, _)| k == part)
                    .map(|(_, v)| v.as_str())
            }
        };
        let parts =
            std::iter::once(("value", &value)).chain(attrs.iter().map(|(k, v)| (k.as_str(), v)));
        for (part, t) in parts {
            if let Err(e) = text::parse(t) {
                bad = Some(e.message);
            } else if let Some((c, what)) = t
                .chars()
                .find_map(|c| crate::l10n::ftl::suspicious(c).map(|w| (c, w)))
            {
                bad = Some(format!(
                    "the translation contains {what} (U+{:04X}); remove it",
                    c as u32
                ));
            } else if let Some(id) = text::term_refs(t)
                .into_iter()
                .find(|id| !known_terms.contains(id))
            {
                bad = Some(format!("refers to the unknown term {id}"));
            } else if let Some(reason) = english(part).and_then(|en| term_mismatch(en, t)) {
                bad = Some(reason);
            }
        }
        if let Some(reason) = bad {
            report.refused.push(Refusal {
                id: u.id.clone(),
                reason,
            });
            continue;
        }
        let Some(path) = targets(source.layer) else {
            report.refused.push(Refusal {
                id: u.id.clone(),
                reason: "no writable locales directory for this layer".into(),
            });
            continue;
        };
        report.imported.push(u.id.clone());
        edits
            .entry(path)
            .or_default()
            .push((source.clone(), value, attrs));
    }
    let mut writes = Vec::new();
    let mut paths: Vec<PathBuf> = edits.keys().cloned().collect();
    paths.sort();
    for path in paths {
        let existing = std::fs::read_to_string(&path).unwrap_or_default();
        let mut text = existing;
        for (source, value, attrs) in &edits[&path] {
            let entry = template::entry(source, &r.source_locale, value, attrs);
            text = replace_entry(&text, &source.id, &entry);
        }
        report.files.push(path.display().to_string());
        writes.push((path, text));
    }
    (report, writes)
}

/// Replaces the message `id` (with the comment attached to it) in `text` by
/// `entry`, or appends `entry`; every other line is kept as it was.
pub fn replace_entry(text: &str, id: &str, entry: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.iter().position(|l| {
        l.strip_prefix(id)
            .is_some_and(|rest| rest.trim_start().starts_with('='))
    });
    let Some(start) = start else {
        let mut out = text.to_string();
        if !out.is_empty() && !out.ends_with("\n\n") {
            if !out.ends_with('\n') {
                out.push('\n');
            }
            out.push('\n');
        }
        out.push_str(entry);
        return out;
    };
    // The attached comment: `#` lines directly above.
    let mut first = start;
    while first > 0 && (lines[first - 1].starts_with("# ") || lines[first - 1] == "#") {
        first -= 1;
    }
    // The message body: indented lines, and blank lines followed by indented ones.
    let mut end = start + 1;
    while end < lines.len() {
        let continues = lines[end].starts_with(' ')
            || (lines[end].trim().is_empty()
                && lines[end + 1..]
                    .iter()
                    .find(|l| !l.trim().is_empty())
                    .is_some_and(|l| l.starts_with(' ')));
        if !continues {
            break;
        }
        end += 1;
    }
    let mut out = String::new();
    for l in &lines[..first] {
        out.push_str(l);
        out.push('\n');
    }
    out.push_str(entry);
    for l in &lines[end..] {
        out.push_str(l);
        out.push('\n');
    }
    out
}

/// The `.ftl` file an imported message of `layer` belongs in.
pub fn target_file(
    r: &Resolved,
    layer: usize,
    project: Option<&Path>,
    edition_dirs: &[PathBuf],
    locale: &str,
) -> Option<PathBuf> {
    let layer_id = &r.layers.get(layer)?.id;
    if layer == 0 {
        return project.map(|p| p.join(locale).join(format!("{layer_id}.ftl")));
    }
    edition_dirs.get(layer - 1).map(|d| {
        d.join("locales")
            .join(locale)
            .join(format!("{layer_id}.ftl"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_translation_keeps_exactly_the_english_terms() {
        let en = "Follow { -act } and call { -emergency-number }.";
        assert_eq!(
            term_mismatch(en, "Siga { -act } e ligue { -emergency-number }."),
            None
        );
        // Order and repetition do not matter; the set of terms does.
        assert_eq!(
            term_mismatch(en, "Ligue { -emergency-number }, siga { -act } e { -act }."),
            None
        );
        let dropped = term_mismatch(en, "Siga a NR-32 e ligue { -emergency-number }.").unwrap();
        assert!(dropped.contains("drops the term -act"), "{dropped}");
        let added = term_mismatch("Wash your hands.", "Lave as mãos ({ -act }).").unwrap();
        assert!(added.contains("adds the term -act"), "{added}");
    }

    #[test]
    fn replace_keeps_every_other_line() {
        let text = "### header\n\n# keep me\nother = Outro\n\n# source: aaa\n# en-GB: Old\nmsg = Velho\n    .example-1 = x\n\nlast = Fim\n";
        let out = replace_entry(text, "msg", "# source: bbb\n# en-GB: New\nmsg = Novo\n");
        assert_eq!(
            out,
            "### header\n\n# keep me\nother = Outro\n\n# source: bbb\n# en-GB: New\nmsg = Novo\n\nlast = Fim\n"
        );
        let appended = replace_entry("a = b\n", "c", "c = d\n");
        assert_eq!(appended, "a = b\n\nc = d\n");
    }
}
