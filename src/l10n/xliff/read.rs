//! Reading XLIFF back: the units and their targets in source-text form.

use super::NAMESPACE;
use crate::diag::{Code, Diagnostic};
use quick_xml::Reader;
use quick_xml::events::Event;
use std::collections::HashMap;

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

#[cfg(test)]
mod tests {
    use super::*;

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
