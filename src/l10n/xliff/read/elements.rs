//! What may be inside what: XLIFF 2's structure, element by element, with
//! the ids, languages and placeholders each one must have.

use super::{Frame, ImportedSegment, ImportedUnit, Ns, OpenSegment, OpenUnit, Reading, RootState};
use super::{MAX_DEPTH, NAMESPACE_1_2};
use crate::l10n::xliff::{NAMESPACE, xml};
use quick_xml::events::BytesStart;
use quick_xml::reader::NsReader;
use std::collections::HashMap;

impl Reading<'_> {
    /// An element opens. Returns `false` when reading cannot go on.
    pub(super) fn start(
        &mut self,
        at: usize,
        ns: &Ns,
        e: &BytesStart<'_>,
        reader: &NsReader<&[u8]>,
    ) -> bool {
        let qname = e.name().as_ref().to_string();
        let local = e.local_name().as_ref().to_string();
        if !xml::is_name(&qname) {
            self.error(
                at,
                format!("<{qname}> is not an XML element name"),
                "element names start with a letter; the file is not well-formed XML",
            );
            return false;
        }
        if self.stack.len() >= MAX_DEPTH {
            self.error(
                at,
                format!("elements are nested more than {MAX_DEPTH} deep"),
                "XLIFF as carecert exports it nests six levels; export again",
            );
            return false;
        }
        let attrs = self.attributes(at, e, reader);
        let core = match ns {
            Ns::Bound(n) => n == NAMESPACE,
            Ns::Unbound => false,
            Ns::Unknown(prefix) => {
                self.error(
                    at,
                    format!("the prefix {prefix}: of <{qname}> is not declared"),
                    "declare it with xmlns:PREFIX=\"…\" or remove the prefix",
                );
                false
            }
        };
        let attr = |name: &str| attrs.get(name).cloned();
        let parent = self.stack.last().copied();
        let frame = match parent {
            None => return self.root(at, ns, &local, &qname, &attrs),
            Some(Frame::Skipped) => Frame::Skipped,
            Some(Frame::Source) => Frame::Skipped,
            Some(Frame::Target | Frame::Marker) => self.inline(at, core, &local, &qname, &attrs),
            Some(parent) if !core => match parent {
                Frame::Root | Frame::File | Frame::Group | Frame::Unit => Frame::Skipped,
                _ => {
                    self.error(
                        at,
                        format!("<{qname}> is not allowed inside <{}>", parent.name()),
                        "keep the structure the export wrote; remove the element",
                    );
                    Frame::Skipped
                }
            },
            Some(parent) => match (parent, local.as_str()) {
                (Frame::Root, "file") => {
                    let id = self.required(at, &local, attr("id"));
                    if let Some(first) = self.file_ids.get(&id).filter(|_| !id.is_empty()) {
                        let first = self.lines.line_col(*first).0;
                        self.error(
                            at,
                            format!("the file id \"{id}\" is used twice (also at line {first})"),
                            "each <file> has its own id; export again",
                        );
                    }
                    self.file_ids.insert(id.clone(), at);
                    self.out.layers.push(id.clone());
                    self.file_id = Some(id);
                    Frame::File
                }
                (Frame::File | Frame::Group, "unit") => {
                    let id = self.required(at, &local, attr("id"));
                    let file = match id.as_str() {
                        crate::l10n::EDITION_MESSAGE => self.file_id.clone().unwrap_or_default(),
                        _ => String::new(),
                    };
                    let key = (file, id.clone());
                    if let Some(first) = self.unit_ids.get(&key).filter(|_| !id.is_empty()) {
                        let first = self.lines.line_col(*first).0;
                        self.error(at, format!("the unit id \"{id}\" is used twice (also at line {first})"), "a message is one unit; remove the copy, or merge its translations into one unit");
                    }
                    self.unit_ids.insert(key, at);
                    let (line, column) = self.lines.line_col(at);
                    self.unit = Some(OpenUnit {
                        unit: ImportedUnit {
                            id,
                            layer: self.file_id.clone().unwrap_or_default(),
                            fingerprint: None,
                            segments: Vec::new(),
                            line,
                            column,
                        },
                        data: HashMap::new(),
                    });
                    Frame::Unit
                }
                (Frame::File | Frame::Group, "group") => Frame::Group,
                (Frame::File | Frame::Group, "notes" | "skeleton") => Frame::Skipped,
                (Frame::Unit, "notes") => Frame::Notes,
                (Frame::Notes, "note") => {
                    self.note = Some((attr("category").unwrap_or_default(), String::new()));
                    Frame::Note
                }
                (Frame::Unit, "originalData") => Frame::OriginalData,
                (Frame::OriginalData, "data") => {
                    let id = self.required(at, &local, attr("id"));
                    if !id.is_empty()
                        && self.unit.as_ref().is_some_and(|u| u.data.contains_key(&id))
                    {
                        self.error(
                            at,
                            format!("the data id \"{id}\" is used twice in this unit"),
                            "keep the <originalData> the export wrote",
                        );
                    }
                    self.data = Some((id, String::new()));
                    Frame::Data
                }
                (Frame::Unit, "segment") => {
                    let id = self.required(at, &local, attr("id"));
                    let unit = self.unit.as_ref().map(|u| &u.unit);
                    if let Some(first) = unit
                        .and_then(|u| u.segments.iter().find(|s| s.id == id))
                        .filter(|_| !id.is_empty())
                    {
                        let line = first.line;
                        self.error(at, format!("the segment id \"{id}\" is used twice in this unit (also at line {line})"), "each part of a message is one segment; keep the segments the export wrote (turn off re-segmentation in the CAT tool)");
                    }
                    let (line, column) = self.lines.line_col(at);
                    self.segment = Some(OpenSegment {
                        segment: ImportedSegment {
                            id,
                            target: None,
                            line,
                            column,
                        },
                        sources: 0,
                        targets: 0,
                    });
                    Frame::Segment
                }
                (Frame::Unit, "ignorable") => Frame::Skipped,
                (Frame::Segment, "source") => {
                    if let Some(s) = &mut self.segment {
                        s.sources += 1;
                    }
                    if self.segment.as_ref().is_some_and(|s| s.sources > 1) {
                        self.error(
                            at,
                            "a segment has a second <source>".into(),
                            "keep the one <source> the export wrote",
                        );
                    }
                    if let Some(lang) = attr("xml:lang")
                        && !self.out.src_lang.is_empty()
                        && !lang.eq_ignore_ascii_case(&self.out.src_lang)
                    {
                        let want = self.out.src_lang.clone();
                        self.language_error(at, format!("this <source> is in \"{lang}\", but the file's srcLang is \"{want}\""), "the source is the English the file was exported with; export again");
                    }
                    Frame::Source
                }
                (Frame::Segment, "target") => {
                    if let Some(s) = &mut self.segment {
                        s.targets += 1;
                    }
                    if self.segment.as_ref().is_some_and(|s| s.targets > 1) {
                        self.error(
                            at,
                            "a segment has a second <target>".into(),
                            "keep one translation per segment",
                        );
                    }
                    if let Some(lang) = attr("xml:lang")
                        && !self.out.trg_lang.is_empty()
                        && !lang.eq_ignore_ascii_case(&self.out.trg_lang)
                    {
                        let want = self.out.trg_lang.clone();
                        self.language_error(at, format!("this <target> is in \"{lang}\", but the file's trgLang is \"{want}\""), "a file holds one target language; set the target's xml:lang to the file's trgLang, or import each language from its own file");
                    }
                    self.target.clear();
                    Frame::Target
                }
                (parent, _) => {
                    let help = match local.as_str() {
                        "unit" | "group" => {
                            "a <unit> belongs inside a <file>; keep the structure the export wrote"
                        }
                        "segment" | "notes" | "originalData" => {
                            "keep the structure the export wrote: these belong directly inside a <unit>"
                        }
                        "target" | "source" => "a <source> or <target> belongs inside a <segment>",
                        _ => "keep the structure the export wrote; remove the element",
                    };
                    self.error(
                        at,
                        format!("<{qname}> is not allowed inside <{}>", parent.name()),
                        help,
                    );
                    Frame::Skipped
                }
            },
        };
        self.stack.push(frame);
        true
    }

    /// The root element: `<xliff>` of XLIFF 2, with its version and languages.
    pub(super) fn root(
        &mut self,
        at: usize,
        ns: &Ns,
        local: &str,
        qname: &str,
        attrs: &HashMap<String, String>,
    ) -> bool {
        if self.root != RootState::Before {
            self.error(at, format!("<{qname}> follows the end of the root element"), "an XML file has one root element; remove what follows </xliff>, or import each file on its own");
            self.stack.push(Frame::Skipped);
            return true;
        }
        self.root = RootState::Open;
        let namespace = match ns {
            Ns::Bound(n) => n.clone(),
            _ => String::new(),
        };
        if local != "xliff" {
            self.error(
                at,
                format!("the file has no <xliff> root element: its root is <{qname}>"),
                "import the XLIFF file carecert exported",
            );
            return false;
        }
        if namespace == NAMESPACE_1_2 {
            self.error(
                at,
                "the file is XLIFF 1.2".into(),
                "save or export it from the CAT tool as XLIFF 2.0",
            );
            return false;
        }
        if namespace != NAMESPACE {
            self.error(
                at,
                format!("the root is not an XLIFF 2 document (namespace \"{namespace}\")"),
                "export again with carecert l10n export",
            );
            return false;
        }
        match attrs.get("version") {
            None => self.error(
                at,
                "the <xliff> element has no version".into(),
                "write version=\"2.0\" as the export did",
            ),
            Some(v)
                if v.strip_prefix("2.")
                    .is_some_and(|m| !m.is_empty() && m.bytes().all(|b| b.is_ascii_digit())) => {}
            Some(v) => self.error(
                at,
                format!("the file is XLIFF version \"{v}\"; carecert reads XLIFF 2.x"),
                "save or export it from the CAT tool as XLIFF 2.0",
            ),
        }
        for (name, what) in [("srcLang", "source"), ("trgLang", "target")] {
            match attrs.get(name).filter(|v| !v.trim().is_empty()) {
                Some(v) => {
                    // Language tags are case-insensitive: `pt-br` is `pt-BR`,
                    // the spelling of the locale folders.
                    let v = &crate::ids::locale_correction(v)
                        .filter(|c| c.eq_ignore_ascii_case(v))
                        .unwrap_or_else(|| v.clone());
                    if name == "srcLang" {
                        self.out.src_lang = v.clone();
                    } else {
                        self.out.trg_lang = v.clone();
                    }
                }
                None => self.error(
                    at,
                    format!("the <xliff> element has no {name} (the {what} language)"),
                    "keep the srcLang and trgLang the export wrote",
                ),
            }
        }
        self.stack.push(Frame::Root);
        true
    }

    /// An element inside a target: a placeholder, an annotation, or something a
    /// translation cannot hold.
    pub(super) fn inline(
        &mut self,
        at: usize,
        core: bool,
        local: &str,
        qname: &str,
        attrs: &HashMap<String, String>,
    ) -> Frame {
        if !core {
            self.error(at, format!("<{qname}> inside a target: a translation holds only text and placeholders (<ph>)"), "remove the element, keeping its text if it is part of the translation");
            return Frame::Skipped;
        }
        match local {
            "ph" => {
                let Some(d) = attrs.get("dataRef") else {
                    self.error(
                        at,
                        "a placeholder (<ph>) has no dataRef".into(),
                        "keep the placeholders as the export wrote them: copy them from the source",
                    );
                    return Frame::Skipped;
                };
                match self.unit.as_ref().and_then(|u| u.data.get(d)) {
                    Some(original) => {
                        let original = original.clone();
                        self.target.push_str(&original);
                    }
                    None => self.error(
                        at,
                        format!("a placeholder points to unknown data \"{d}\""),
                        "keep the placeholders as the export wrote them",
                    ),
                }
                Frame::Placeholder
            }
            "mrk" | "sm" | "em" => Frame::Marker,
            "pc" | "sc" | "ec" => {
                self.error(at, format!("the target has a <{local}> formatting code, which the English does not have"), "remove it: a translation holds only text and the term placeholders (<ph>)");
                Frame::Skipped
            }
            "cp" => {
                let hex = attrs.get("hex").cloned().unwrap_or_default();
                self.error(at, format!("the target has a <cp> for the character U+{hex}, which a translation cannot hold"), "remove the character from the translation");
                Frame::Skipped
            }
            _ => {
                self.error(
                    at,
                    format!("<{qname}> is not an XLIFF element a target can hold"),
                    "a translation holds only text and the term placeholders (<ph>)",
                );
                Frame::Skipped
            }
        }
    }

    /// A required attribute's value, reported when missing or empty.
    pub(super) fn required(&mut self, at: usize, element: &str, value: Option<String>) -> String {
        match value {
            Some(v) if !v.trim().is_empty() => v,
            _ => {
                let help = if element == "segment" {
                    "keep the segment ids the export wrote (value, example-1, ref-…); turn off re-segmentation in the CAT tool"
                } else {
                    "keep the ids the export wrote"
                };
                self.error(at, format!("a <{element}> has no id"), help);
                String::new()
            }
        }
    }

    /// The innermost open element closes.
    pub(super) fn end(&mut self, at: usize) {
        let Some(frame) = self.stack.pop() else {
            return;
        };
        match frame {
            Frame::Root => self.root = RootState::Closed,
            Frame::File => self.file_id = None,
            Frame::Note => {
                if let (Some((category, text)), Some(u)) = (self.note.take(), &mut self.unit)
                    && category == "source-fingerprint"
                {
                    let text = text.trim().to_string();
                    if u.unit.fingerprint.as_ref().is_some_and(|f| *f != text) {
                        self.error(
                            at,
                            "the unit has two different source-fingerprint notes".into(),
                            "keep the one note the export wrote",
                        );
                    } else {
                        u.unit.fingerprint = Some(text);
                    }
                }
            }
            Frame::Data => {
                if let (Some((id, text)), Some(u)) = (self.data.take(), &mut self.unit) {
                    u.data.insert(id, text);
                }
            }
            Frame::Target => {
                if let Some(s) = &mut self.segment {
                    s.segment.target = Some(xml::collapse_white_space(&self.target));
                }
            }
            Frame::Segment => {
                if let Some(s) = self.segment.take() {
                    if s.sources == 0 {
                        self.error(
                            at,
                            "a segment has no <source>".into(),
                            "keep the <source> the export wrote",
                        );
                    }
                    if let Some(u) = &mut self.unit {
                        u.unit.segments.push(s.segment);
                    }
                }
            }
            Frame::Unit => {
                if let Some(u) = self.unit.take() {
                    self.out.units.push(u.unit);
                }
            }
            _ => {}
        }
    }
}
