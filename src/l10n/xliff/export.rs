//! Writing XLIFF: one unit per message, one segment per part, term references
//! as placeholders.

use super::NAMESPACE;
use crate::edition::resolved::Resolved;
use crate::l10n::catalog::{Catalog, Found};
use crate::l10n::status::{self, SourceMessage, source_messages};
use crate::l10n::{fallback_chain, language};
use crate::text::{self, Piece};
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use std::collections::HashMap;

/// What to export.
pub struct ExportOptions<'a> {
    pub locale: &'a str,
    /// Every message, not only missing and stale ones.
    pub all: bool,
}

/// The translation a pack in `chain[0]` shows for each part of `m` (as `status`
/// and `build` find it), and whether the message needs a translator.
fn current<'a>(
    catalog: &'a Catalog,
    chain: &'a [String],
    source: &str,
    m: &SourceMessage,
) -> (Vec<(String, Option<Found<'a>>)>, bool) {
    let parts = status::parts(catalog, chain, source, m);
    let source_language = language(&chain[0]) == language(source);
    let needed = status::needs_translation(&parts, m, source_language);
    (parts, needed)
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
    let chain = fallback_chain(opts.locale, &r.source_locale);
    for (i, layer) in r.layers.iter().enumerate() {
        let mine: Vec<&SourceMessage> = messages.iter().filter(|m| m.layer == i).collect();
        let mut wrote_file = false;
        for m in mine {
            let (parts, needed) = current(catalog, &chain, &r.source_locale, m);
            if !opts.all && !needed {
                continue;
            }
            if !wrote_file {
                let mut file = BytesStart::new("file");
                file.push_attribute(("id", layer.id.as_str()));
                file.push_attribute(("original", format!("{}.ftl", layer.id).as_str()));
                let _ = w.write_event(Event::Start(file));
                wrote_file = true;
            }
            let _ = unit(&mut w, m, catalog, &parts, &values);
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
    catalog: &Catalog,
    parts: &[(String, Option<Found<'_>>)],
    values: &HashMap<&str, &str>,
) -> std::io::Result<()> {
    let mut u = BytesStart::new("unit");
    u.push_attribute(("id", m.id.as_str()));
    u.push_attribute(("name", m.code.as_str()));
    w.write_event(Event::Start(u))?;
    w.write_event(Event::Start(BytesStart::new("notes")))?;
    note(w, "source-fingerprint", m.fingerprint.as_str())?;
    note(w, "code", &format!("{} {}", m.level, m.code))?;
    // What a pack shows now, part by part, so a translator revising stale text
    // (or completing a message) need not retype the parts that still hold.
    for (key, found) in parts {
        let Some(f) = found else { continue };
        match key.split_once('.') {
            None => note(w, "previous-translation", &f.entry.pattern)?,
            Some((_, attribute)) => note_with_id(
                w,
                &format!("previous-{attribute}"),
                "previous-translation",
                &format!("{attribute}: {}", f.entry.pattern),
            )?,
        }
    }
    let value_origin = parts
        .first()
        .and_then(|(_, f)| *f)
        .and_then(|f| catalog.origin(f.entry));
    if let Some(old) = value_origin.and_then(|(_, t)| t.source_text.as_ref()) {
        note(w, "previous-source", old)?;
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
    note_with_id(w, "", category, text)
}

/// A note; `id` (unique in its unit) is left out when empty.
fn note_with_id(
    w: &mut Writer<Vec<u8>>,
    id: &str,
    category: &str,
    text: &str,
) -> std::io::Result<()> {
    let mut n = BytesStart::new("note");
    if !id.is_empty() {
        n.push_attribute(("id", id));
    }
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
