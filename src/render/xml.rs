//! `curriculum.xml`: the whole resolved, localised edition with provenance, for
//! systems that take XML. Valid against `schema/carecert-pack.xsd`.

use super::chunked::Chunked;
use crate::edition::resolved::Provenance;
use crate::l10n::{LocalText, Localised};
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use std::io::{self, Write as _};

/// The namespace of `curriculum.xml` (a URN, so it never pretends to be a URL).
pub const NAMESPACE: &str = "urn:carecert:pack:1";
/// The version of the pack format written.
pub const FORMAT_VERSION: &str = "1";

pub struct XmlOptions<'a> {
    /// The tool version recorded on the root element.
    pub generator: &'a str,
}

pub fn render(l: &Localised, opts: &XmlOptions<'_>) -> Vec<u8> {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = render_to(l, opts, &mut out);
    out
}

/// Writes the file straight into `out`, so a large edition's XML never has to
/// fit in memory.
pub fn render_to(l: &Localised, opts: &XmlOptions<'_>, out: &mut dyn io::Write) -> io::Result<()> {
    let mut w = Writer::new_with_indent(Chunked::new(out), b' ', 2);
    write(&mut w, l, opts)?;
    let mut out = w.into_inner();
    out.write_all(b"\n")?;
    out.finish()
}

type W<'a> = Writer<Chunked<'a>>;

fn start(w: &mut W<'_>, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
    let mut e = BytesStart::new(name);
    for (k, v) in attrs {
        e.push_attribute((*k, *v));
    }
    w.write_event(Event::Start(e))
}

fn end(w: &mut W<'_>, name: &str) -> io::Result<()> {
    w.write_event(Event::End(BytesEnd::new(name)))
}

fn empty(w: &mut W<'_>, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
    let mut e = BytesStart::new(name);
    for (k, v) in attrs {
        e.push_attribute((*k, *v));
    }
    w.write_event(Event::Empty(e))
}

fn text_el(w: &mut W<'_>, name: &str, attrs: &[(&str, &str)], text: &str) -> io::Result<()> {
    start(w, name, attrs)?;
    w.write_event(Event::Text(BytesText::new(text)))?;
    end(w, name)
}

/// A localised text: `xml:lang` and `fallback="true"` only where it fell back.
fn local(w: &mut W<'_>, name: &str, t: &LocalText) -> io::Result<()> {
    if t.fallback {
        text_el(
            w,
            name,
            &[("xml:lang", &t.lang), ("fallback", "true")],
            &t.text,
        )
    } else {
        text_el(w, name, &[], &t.text)
    }
}

fn provenance(w: &mut W<'_>, p: &Provenance) -> io::Result<()> {
    let op_index = p.operation.map(|i| i.to_string());
    let mut attrs = vec![("layer", p.layer.as_str())];
    if let (Some(i), Some(op)) = (&op_index, p.op) {
        attrs.push(("operation", i));
        attrs.push(("op", op));
    }
    match &p.rationale {
        Some(r) => {
            start(w, "provenance", &attrs)?;
            text_el(w, "rationale", &[], r)?;
            end(w, "provenance")
        }
        None => empty(w, "provenance", &attrs),
    }
}

fn write(w: &mut W<'_>, l: &Localised, opts: &XmlOptions<'_>) -> io::Result<()> {
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let fallbacks = l.fallbacks.to_string();
    start(
        w,
        "pack",
        &[
            ("xmlns", NAMESPACE),
            ("xml:lang", &l.locale),
            ("format", FORMAT_VERSION),
            ("generator", opts.generator),
            ("source-locale", &l.source_locale),
            ("fallbacks", &fallbacks),
        ],
    )?;
    let f = &l.framework;
    empty(
        w,
        "framework",
        &[
            ("id", &f.id),
            ("version", &f.version),
            ("title", &f.title),
            ("publisher", &f.publisher),
            ("jurisdiction", &f.jurisdiction),
        ],
    )?;
    let countries = l.countries.join(" ");
    start(
        w,
        "edition",
        &[
            ("id", &l.id),
            ("name", &l.name.text),
            ("countries", &countries),
        ],
    )?;
    for layer in &l.layers {
        let kind = match layer.kind {
            crate::edition::resolved::LayerKind::Framework => "framework",
            crate::edition::resolved::LayerKind::Edition => "edition",
        };
        empty(
            w,
            "layer",
            &[
                ("id", &layer.id),
                ("kind", kind),
                ("fingerprint", layer.fingerprint.as_str()),
            ],
        )?;
    }
    end(w, "edition")?;
    start(w, "notices", &[])?;
    for n in &l.notices {
        let kind = serde_json::to_value(n.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let t = &n.text;
        if t.fallback {
            let attrs = [
                ("kind", kind.as_str()),
                ("xml:lang", &t.lang),
                ("fallback", "true"),
            ];
            text_el(w, "notice", &attrs, &t.text)?;
        } else {
            text_el(w, "notice", &[("kind", &kind)], &t.text)?;
        }
    }
    end(w, "notices")?;
    start(w, "terms", &[])?;
    for t in &l.terms {
        let kind = serde_json::to_value(t.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let mut attrs = vec![
            ("id", t.id.as_str()),
            ("kind", kind.as_str()),
            ("layer", t.layer.as_str()),
        ];
        if let Some(j) = &t.jurisdiction {
            attrs.push(("jurisdiction", j));
        }
        if t.value.fallback {
            attrs.push(("xml:lang", &t.value.lang));
            attrs.push(("fallback", "true"));
        }
        text_el(w, "term", &attrs, &t.value.text)?;
    }
    end(w, "terms")?;
    start(w, "standards", &[])?;
    for s in &l.standards {
        start(w, "standard", &[("id", &s.id), ("code", &s.code)])?;
        local(w, "title", &s.title)?;
        provenance(w, &s.provenance)?;
        if !s.references.is_empty() {
            start(w, "references", &[])?;
            for r in &s.references {
                start(w, "reference", &[("term", &r.term)])?;
                local(w, "name", &r.text)?;
                local(w, "note", &r.note)?;
                end(w, "reference")?;
            }
            end(w, "references")?;
        }
        for o in &s.outcomes {
            start(w, "outcome", &[("id", &o.id), ("code", &o.code)])?;
            local(w, "title", &o.title)?;
            provenance(w, &o.provenance)?;
            for c in &o.criteria {
                let mut attrs = vec![
                    ("id", c.id.as_str()),
                    ("code", c.code.as_str()),
                    ("kind", c.kind.as_str()),
                ];
                if c.simulation_allowed {
                    attrs.push(("simulation-allowed", "true"));
                }
                if c.pending {
                    attrs.push(("pending", "true"));
                }
                start(w, "criterion", &attrs)?;
                local(w, "text", &c.text)?;
                if !c.examples.is_empty() {
                    start(w, "examples", &[])?;
                    for e in &c.examples {
                        local(w, "example", e)?;
                    }
                    end(w, "examples")?;
                }
                for v in &c.variants {
                    start(
                        w,
                        "variant",
                        &[("sector", v.sector.as_str()), ("kind", v.kind.as_str())],
                    )?;
                    local(w, "text", &v.text)?;
                    end(w, "variant")?;
                }
                provenance(w, &c.provenance)?;
                end(w, "criterion")?;
            }
            end(w, "outcome")?;
        }
        end(w, "standard")?;
    }
    end(w, "standards")?;
    end(w, "pack")
}
