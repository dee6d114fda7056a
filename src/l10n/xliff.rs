//! XLIFF 2.0 for translators working in CAT tools.
//!
//! Export writes one unit per message (a segment for the value and one per
//! attribute), with term references as placeholders the tool protects, and for a
//! stale translation the previous translation and the old English as notes. Import
//! merges translated units back into the right `.ftl` file, refusing any unit whose
//! English changed since it was exported.

use super::catalog::Catalog;
use super::ftl;
use super::status::{SourceMessage, source_messages};
use super::template;
use crate::diag::{Code, Diagnostic};
use crate::edition::resolved::Resolved;
use crate::fingerprint::Fingerprint;
use crate::text::{self, Piece};
use quick_xml::Reader;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use serde::Serialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// What to export.
pub struct ExportOptions<'a> {
    pub locale: &'a str,
    /// Every message, not only missing and stale ones.
    pub all: bool,
}

/// The current translation of a message in `locale`, if any, with whether it is
/// up to date.
fn current<'a>(
    catalog: &'a Catalog,
    locale: &str,
    m: &SourceMessage,
) -> Option<(&'a ftl::FtlMessage, bool)> {
    let mut files: Vec<&(String, usize, ftl::FtlFile)> = catalog
        .files
        .iter()
        .filter(|(l, layer, _)| l == locale && *layer >= m.layer)
        .collect();
    files.sort_by_key(|f| std::cmp::Reverse(f.1));
    files
        .iter()
        .find_map(|(_, _, f)| f.message(&m.id))
        .map(|t| {
            let fresh = t
                .fingerprint
                .as_deref()
                .and_then(Fingerprint::parse)
                .is_some_and(|r| m.fingerprint.matches(&r))
                && m.attributes
                    .iter()
                    .all(|(a, _)| t.attributes.iter().any(|(b, _)| a == b));
            (t, fresh)
        })
}

pub fn export(r: &Resolved, catalog: &Catalog, opts: &ExportOptions<'_>) -> (Vec<u8>, usize) {
    let values: HashMap<&str, &str> = r
        .terms
        .iter()
        .map(|t| (t.id.as_str(), t.value.as_str()))
        .collect();
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    let mut units = 0;
    let _ = w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
    let mut root = BytesStart::new("xliff");
    root.push_attribute(("xmlns", NAMESPACE));
    root.push_attribute(("version", "2.0"));
    root.push_attribute(("srcLang", r.source_locale.as_str()));
    root.push_attribute(("trgLang", opts.locale));
    let _ = w.write_event(Event::Start(root));
    let messages = source_messages(r);
    for (i, layer) in r.layers.iter().enumerate() {
        let mine: Vec<&SourceMessage> = messages.iter().filter(|m| m.layer == i).collect();
        let mut wrote_file = false;
        for m in mine {
            let existing = current(catalog, opts.locale, m);
            if !opts.all && existing.is_some_and(|(_, fresh)| fresh) {
                continue;
            }
            if !wrote_file {
                let mut file = BytesStart::new("file");
                file.push_attribute(("id", layer.id.as_str()));
                file.push_attribute(("original", format!("{}.ftl", layer.id).as_str()));
                let _ = w.write_event(Event::Start(file));
                wrote_file = true;
            }
            let _ = unit(&mut w, m, existing.map(|(t, _)| t), &values);
            units += 1;
        }
        if wrote_file {
            let _ = w.write_event(Event::End(BytesEnd::new("file")));
        }
    }
    if units == 0 {
        // XLIFF needs at least one file; an empty one says there is nothing to do.
        let mut file = BytesStart::new("file");
        file.push_attribute(("id", r.id.as_str()));
        let _ = w.write_event(Event::Start(file));
        let mut u = BytesStart::new("unit");
        u.push_attribute(("id", "nothing-to-translate"));
        let _ = w.write_event(Event::Start(u));
        let _ = w.write_event(Event::Start(BytesStart::new("segment")));
        let _ = w.write_event(Event::Start(BytesStart::new("source")));
        let _ = w.write_event(Event::End(BytesEnd::new("source")));
        let _ = w.write_event(Event::End(BytesEnd::new("segment")));
        let _ = w.write_event(Event::End(BytesEnd::new("unit")));
        let _ = w.write_event(Event::End(BytesEnd::new("file")));
    }
    let _ = w.write_event(Event::End(BytesEnd::new("xliff")));
    let mut out = w.into_inner();
    out.push(b'\n');
    (out, units)
}

fn unit(
    w: &mut Writer<Vec<u8>>,
    m: &SourceMessage,
    existing: Option<&ftl::FtlMessage>,
    values: &HashMap<&str, &str>,
) -> std::io::Result<()> {
    let mut u = BytesStart::new("unit");
    u.push_attribute(("id", m.id.as_str()));
    u.push_attribute(("name", m.code.as_str()));
    w.write_event(Event::Start(u))?;
    w.write_event(Event::Start(BytesStart::new("notes")))?;
    note(w, "source-fingerprint", m.fingerprint.as_str())?;
    note(w, "code", &format!("{} {}", m.level, m.code))?;
    if let Some(t) = existing {
        if let Some(v) = &t.value {
            note(w, "previous-translation", v)?;
        }
        if let Some(old) = &t.source_text {
            note(w, "previous-source", old)?;
        }
    }
    w.write_event(Event::End(BytesEnd::new("notes")))?;
    // Every term of the message, once, as original data the placeholders point to.
    let parts: Vec<(&str, &str)> = std::iter::once(("value", m.value.as_str()))
        .chain(m.attributes.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .collect();
    let mut terms: Vec<&str> = Vec::new();
    for (_, t) in &parts {
        for id in text::term_refs(t) {
            if !terms.contains(&id) {
                terms.push(id);
            }
        }
    }
    if !terms.is_empty() {
        w.write_event(Event::Start(BytesStart::new("originalData")))?;
        for (i, id) in terms.iter().enumerate() {
            let mut d = BytesStart::new("data");
            d.push_attribute(("id", format!("d{}", i + 1).as_str()));
            w.write_event(Event::Start(d))?;
            w.write_event(Event::Text(BytesText::new(&format!("{{ {id} }}"))))?;
            w.write_event(Event::End(BytesEnd::new("data")))?;
        }
        w.write_event(Event::End(BytesEnd::new("originalData")))?;
    }
    for (name, source) in parts {
        let mut seg = BytesStart::new("segment");
        seg.push_attribute(("id", name));
        w.write_event(Event::Start(seg))?;
        w.write_event(Event::Start(BytesStart::new("source")))?;
        inline(w, source, &terms, values)?;
        w.write_event(Event::End(BytesEnd::new("source")))?;
        w.write_event(Event::End(BytesEnd::new("segment")))?;
    }
    w.write_event(Event::End(BytesEnd::new("unit")))
}

fn note(w: &mut Writer<Vec<u8>>, category: &str, text: &str) -> std::io::Result<()> {
    let mut n = BytesStart::new("note");
    n.push_attribute(("category", category));
    w.write_event(Event::Start(n))?;
    w.write_event(Event::Text(BytesText::new(text)))?;
    w.write_event(Event::End(BytesEnd::new("note")))
}

/// Source text with each term as `<ph id dataRef disp/>`.
fn inline(
    w: &mut Writer<Vec<u8>>,
    source: &str,
    terms: &[&str],
    values: &HashMap<&str, &str>,
) -> std::io::Result<()> {
    let Ok(pieces) = text::parse(source) else {
        return w.write_event(Event::Text(BytesText::new(source)));
    };
    let mut n = 0;
    for p in pieces {
        match p {
            Piece::Text(t) => w.write_event(Event::Text(BytesText::new(&t)))?,
            Piece::Term(id) => {
                n += 1;
                let d = terms.iter().position(|t| *t == id).unwrap_or(0) + 1;
                let mut ph = BytesStart::new("ph");
                ph.push_attribute(("id", format!("{n}").as_str()));
                ph.push_attribute(("dataRef", format!("d{d}").as_str()));
                ph.push_attribute(("disp", values.get(id).copied().unwrap_or(id)));
                w.write_event(Event::Empty(ph))?;
            }
        }
    }
    Ok(())
}

/// A unit read back from XLIFF.
#[derive(Debug, Clone)]
pub struct ImportedUnit {
    pub id: String,
    pub fingerprint: Option<String>,
    /// `(segment id, target in source-text form)`.
    pub targets: Vec<(String, String)>,
}

#[derive(Debug, Clone)]
pub struct ImportedFile {
    pub src_lang: String,
    pub trg_lang: String,
    /// The `<file>` ids: the layers (framework or editions) the units came from.
    pub layers: Vec<String>,
    pub units: Vec<ImportedUnit>,
}

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

/// Reads XLIFF 2.x, refusing DOCTYPEs and entity references (no expansion ever).
pub fn read(shown: &str, text: &str) -> Result<ImportedFile, Diagnostic> {
    let err = |reader: &Reader<&[u8]>, msg: String, help: &str| {
        let (line, col) = crate::load::locate::line_col(text, reader.buffer_position() as usize);
        Diagnostic::error(Code::BadXliff, msg)
            .file(shown)
            .at(Some((line, col)))
            .help(help)
    };
    let mut reader = Reader::from_str(text);
    let mut out = ImportedFile {
        src_lang: String::new(),
        trg_lang: String::new(),
        layers: Vec::new(),
        units: Vec::new(),
    };
    let mut unit: Option<ImportedUnit> = None;
    let mut data: HashMap<String, String> = HashMap::new();
    let mut in_target = false;
    let mut target = String::new();
    let mut segment_id = String::new();
    let mut in_note: Option<String> = None;
    let mut in_data: Option<String> = None;
    let mut saw_root = false;
    let mut open_elements: Vec<String> = Vec::new();
    loop {
        let event = reader.read_event().map_err(|e| {
            err(
                &reader,
                format!("malformed XML: {e}"),
                "check the file is the XLIFF carecert exported, saved as UTF-8",
            )
        })?;
        match &event {
            Event::Start(e) => open_elements.push(e.local_name().as_ref().to_string()),
            Event::End(_) => {
                open_elements.pop();
            }
            Event::Eof if !open_elements.is_empty() => {
                return Err(err(
                    &reader,
                    format!(
                        "the file ends before <{}> is closed",
                        open_elements.last().map(String::as_str).unwrap_or_default()
                    ),
                    "the file is cut off; export again, or restore the end of the file",
                ));
            }
            _ => {}
        }
        match event {
            Event::DocType(_) => {
                return Err(err(
                    &reader,
                    "the file has a DOCTYPE".into(),
                    "XLIFF needs no DOCTYPE; remove it (entities are never expanded)",
                ));
            }
            Event::GeneralRef(r) => {
                let name = r.as_ref().to_string();
                let resolved = match name.as_str() {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    _ => r.resolve_char_ref().ok().flatten(),
                };
                let Some(c) = resolved else {
                    return Err(err(
                        &reader,
                        format!("the entity &{name}; is not allowed"),
                        "write the character itself; only the five XML entities and character references are accepted",
                    ));
                };
                if in_target {
                    target.push(c);
                } else if let Some(n) = &mut in_note {
                    n.push(c);
                } else if let Some(d) = &mut in_data {
                    d.push(c);
                }
            }
            Event::Start(e) | Event::Empty(e) if !in_target || e.local_name().as_ref() == "ph" => {
                let name = e.local_name().as_ref().to_string();
                let attr = |k: &str| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.local_name().as_ref() == k)
                        .and_then(|a| {
                            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                .ok()
                                .map(|v| v.into_owned())
                        })
                };
                match name.as_str() {
                    "xliff" => {
                        saw_root = true;
                        let ns = attr("xmlns").unwrap_or_default();
                        if ns != NAMESPACE {
                            return Err(err(
                                &reader,
                                format!("the root is not an XLIFF 2 document (namespace \"{ns}\")"),
                                "export again with carecert l10n export",
                            ));
                        }
                        out.src_lang = attr("srcLang").unwrap_or_default();
                        out.trg_lang = attr("trgLang").unwrap_or_default();
                    }
                    "file" => out.layers.extend(attr("id")),
                    "unit" => {
                        unit = Some(ImportedUnit {
                            id: attr("id").unwrap_or_default(),
                            fingerprint: None,
                            targets: Vec::new(),
                        });
                        data.clear();
                    }
                    "note" => in_note = Some(attr("category").unwrap_or_default() + "\u{0}"),
                    "data" => in_data = Some(attr("id").unwrap_or_default() + "\u{0}"),
                    "segment" => segment_id = attr("id").unwrap_or_else(|| "value".into()),
                    "target" => {
                        in_target = true;
                        target.clear();
                    }
                    "ph" if in_target => {
                        let d = attr("dataRef").unwrap_or_default();
                        match data.get(&d) {
                            Some(original) => target.push_str(original),
                            None => {
                                return Err(err(
                                    &reader,
                                    format!("a placeholder points to unknown data \"{d}\""),
                                    "keep the placeholders as the export wrote them",
                                ));
                            }
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(t) => {
                let s = t.xml10_content();
                if in_target {
                    target.push_str(&s);
                } else if let Some(n) = &mut in_note {
                    n.push_str(&s);
                } else if let Some(d) = &mut in_data {
                    d.push_str(&s);
                }
            }
            Event::CData(t) if in_target => target.push_str(&t.xml10_content()),
            Event::End(e) => match e.local_name().as_ref() {
                "target" => {
                    in_target = false;
                    if let Some(u) = &mut unit {
                        u.targets.push((
                            segment_id.clone(),
                            target.split_whitespace().collect::<Vec<_>>().join(" "),
                        ));
                    }
                }
                "note" => {
                    if let (Some(n), Some(u)) = (in_note.take(), &mut unit)
                        && let Some((cat, val)) = n.split_once('\u{0}')
                        && cat == "source-fingerprint"
                    {
                        u.fingerprint = Some(val.trim().to_string());
                    }
                }
                "data" => {
                    if let Some((id, val)) = in_data
                        .take()
                        .as_deref()
                        .and_then(|d| d.split_once('\u{0}'))
                    {
                        data.insert(id.to_string(), val.to_string());
                    }
                }
                "unit" => {
                    if let Some(u) = unit.take() {
                        out.units.push(u);
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_root {
        return Err(
            Diagnostic::error(Code::BadXliff, "the file has no <xliff> root element")
                .file(shown)
                .help("import the XLIFF file carecert exported"),
        );
    }
    Ok(out)
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

    proptest::proptest! {
        /// Any text without control characters survives XLIFF escaping and reading;
        /// the one normalisation is that runs of whitespace become one space.
        #[test]
        fn any_text_survives_a_round_trip(t in "[^\\p{Cc}]{0,40}") {
            let xml = format!(
                "<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"en-GB\" trgLang=\"ar\"><file id=\"f\"><unit id=\"u\"><segment id=\"value\"><source>x</source><target>{}</target></segment></unit></file></xliff>",
                quick_xml::escape::escape(t.as_str())
            );
            let f = read("p.xlf", &xml).unwrap();
            let expected = t.split_whitespace().collect::<Vec<_>>().join(" ");
            proptest::prop_assert_eq!(&f.units[0].targets[0].1, &expected);
        }
    }

    #[test]
    fn entities_and_doctype_are_refused() {
        let doctype = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"boom\">]><xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\"/>";
        assert!(
            read("x.xlf", doctype)
                .unwrap_err()
                .message
                .contains("DOCTYPE")
        );
        let entity = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en-GB\" trgLang=\"pt-BR\"><file id=\"f\"><unit id=\"u\"><segment><source>a</source><target>&e;</target></segment></unit></file></xliff>";
        assert!(read("x.xlf", entity).unwrap_err().message.contains("&e;"));
        let ok = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en-GB\" trgLang=\"pt-BR\"><file id=\"f\"><unit id=\"u\"><segment id=\"value\"><source>a</source><target>x &amp; &#233; &lt;</target></segment></unit></file></xliff>";
        let f = read("x.xlf", ok).unwrap();
        assert_eq!(f.units[0].targets[0].1, "x & é <");
    }
}
