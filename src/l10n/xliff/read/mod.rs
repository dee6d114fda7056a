//! Reading XLIFF back: the units and their targets in source-text form.
//!
//! An import trusts nothing in the file. It must be well-formed XML as a whole
//! (one root, matching tags, nothing after the root, declared prefixes, only
//! characters and references XML allows), XLIFF 2 in shape (units inside files,
//! segments inside units, ids present and unique) and consistent (every
//! `xml:lang` agrees with the file's languages). Anything else refuses the whole
//! file, with every problem's line and column, before a `.ftl` file is touched.
//!
//! What CAT tools legitimately add is read past: other vocabularies' elements and
//! attributes (outside targets), `xml:space`, segment states, `<mrk>` annotations
//! (their text is kept), comments, processing instructions, a UTF-8 byte order
//! mark, CRLF and any indentation.

mod elements;

use super::xml;
use crate::diag::{Code, Diagnostic};
use crate::load::locate::LineIndex;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::{Namespace, ResolveResult};
use quick_xml::reader::NsReader;
use std::collections::HashMap;

/// The namespace of XLIFF 1.2, which some tools still save by default.
const NAMESPACE_1_2: &str = "urn:oasis:names:tc:xliff:document:1.2";

/// Elements may nest this deep; XLIFF as exported needs six levels.
const MAX_DEPTH: usize = 64;

/// More problems than this in one file are summarised, not listed.
const MAX_ERRORS: usize = 50;

/// A unit read back from XLIFF.
#[derive(Debug, Clone)]
pub struct ImportedUnit {
    pub id: String,
    /// The `id` of the `<file>` it is in: the layer it was exported from.
    pub layer: String,
    pub fingerprint: Option<String>,
    pub segments: Vec<ImportedSegment>,
    pub line: usize,
    pub column: usize,
}

/// A segment: one part of a message (`value`, `example-1`, `ref-…`).
#[derive(Debug, Clone)]
pub struct ImportedSegment {
    pub id: String,
    /// The target in source-text form, white space collapsed; `None` without one.
    pub target: Option<String>,
    pub line: usize,
    pub column: usize,
}

impl ImportedUnit {
    /// The parts that carry a translation: segments whose target has text. A
    /// target of spaces alone is untranslated, as an empty one is: imported, it
    /// erased the message's translation and left it without a value.
    pub fn translated(&self) -> impl Iterator<Item = (&str, &str)> {
        self.segments.iter().filter_map(|s| {
            s.target
                .as_deref()
                .filter(|t| !t.trim().is_empty())
                .map(|t| (s.id.as_str(), t))
        })
    }
}

#[derive(Debug, Clone)]
pub struct ImportedFile {
    pub src_lang: String,
    pub trg_lang: String,
    /// The `<file>` ids: the layers (framework or editions) the units came from.
    pub layers: Vec<String>,
    pub units: Vec<ImportedUnit>,
}

/// An element's namespace, as the reader resolved it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Ns {
    Bound(String),
    Unbound,
    /// A prefix no `xmlns:` declares.
    Unknown(String),
}

impl Ns {
    fn of(r: &ResolveResult<'_>) -> Ns {
        match r {
            ResolveResult::Bound(Namespace(n)) => Ns::Bound(n.to_string()),
            ResolveResult::Unbound => Ns::Unbound,
            ResolveResult::Unknown(p) => Ns::Unknown(p.to_string()),
        }
    }
}

/// What an open element is, for what it may contain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Frame {
    Root,
    File,
    Group,
    Unit,
    Notes,
    Note,
    OriginalData,
    Data,
    Segment,
    Source,
    Target,
    /// An annotation inside a target (`<mrk>`, `<sm>`, `<em>`): its text is kept.
    Marker,
    Placeholder,
    /// Read past: another vocabulary's element, file notes, a skeleton, a
    /// source's content, or an element already reported.
    Skipped,
}

impl Frame {
    fn name(self) -> &'static str {
        match self {
            Frame::Root => "xliff",
            Frame::File => "file",
            Frame::Group => "group",
            Frame::Unit => "unit",
            Frame::Notes => "notes",
            Frame::Note => "note",
            Frame::OriginalData => "originalData",
            Frame::Data => "data",
            Frame::Segment => "segment",
            Frame::Source => "source",
            Frame::Target => "target",
            Frame::Marker => "mrk",
            Frame::Placeholder => "ph",
            Frame::Skipped => "",
        }
    }
}

/// The unit being read.
struct OpenUnit {
    unit: ImportedUnit,
    data: HashMap<String, String>,
}

/// The segment being read.
struct OpenSegment {
    segment: ImportedSegment,
    sources: usize,
    targets: usize,
}

struct Reading<'a> {
    shown: &'a str,
    lines: LineIndex<'a>,
    errors: Vec<Diagnostic>,
    out: ImportedFile,
    stack: Vec<Frame>,
    root: RootState,
    file_id: Option<String>,
    file_ids: HashMap<String, usize>,
    unit_ids: HashMap<String, usize>,
    unit: Option<OpenUnit>,
    segment: Option<OpenSegment>,
    target: String,
    /// The text of the open note (with its category) or data (with its id).
    note: Option<(String, String)>,
    data: Option<(String, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RootState {
    Before,
    Open,
    Closed,
}

/// Reads XLIFF 2.x. Every problem comes back at once, each with its position;
/// nothing is expanded (no DOCTYPE, no entities other than XML's five).
pub fn read(shown: &str, text: &str) -> Result<ImportedFile, Vec<Diagnostic>> {
    // A UTF-8 byte order mark is XML's own; positions are counted after it.
    let body = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut r = Reading {
        shown,
        lines: LineIndex::new(body),
        errors: Vec::new(),
        out: ImportedFile {
            src_lang: String::new(),
            trg_lang: String::new(),
            layers: Vec::new(),
            units: Vec::new(),
        },
        stack: Vec::new(),
        root: RootState::Before,
        file_id: None,
        file_ids: HashMap::new(),
        unit_ids: HashMap::new(),
        unit: None,
        segment: None,
        target: String::new(),
        note: None,
        data: None,
    };
    let forbidden = xml::forbidden_chars(body, MAX_ERRORS);
    for &(at, c) in &forbidden {
        let help = if c == '\u{0}' {
            "the file may be saved as UTF-16; save it as UTF-8"
        } else {
            "remove the character; XML 1.0 cannot hold it, even as a reference"
        };
        r.error(
            at,
            format!("the file contains the control character U+{:04X}", c as u32),
            help,
        );
    }
    let mut reader = NsReader::from_str(body);
    reader.config_mut().check_comments = true;
    reader.config_mut().check_end_names = true;
    let mut first = true;
    loop {
        let at = reader.buffer_position() as usize;
        let (ns, event) = match reader.read_resolved_event() {
            Ok((ns, event)) => (Ns::of(&ns), event),
            Err(e) => {
                use quick_xml::errors::{Error, IllFormedError};
                let at = reader.error_position() as usize;
                let help = match e {
                    Error::IllFormed(IllFormedError::UnclosedReference) => {
                        "a `&` starts a reference; write a lone & as &amp;"
                    }
                    _ => {
                        "the file is not well-formed XML; open it in the CAT tool and save it again, or export again"
                    }
                };
                r.error(at, format!("malformed XML: {e}"), help);
                break;
            }
        };
        let was_first = std::mem::replace(&mut first, false);
        match event {
            Event::Decl(d) => {
                if !was_first {
                    r.error(at, "an XML declaration is only allowed at the very start of the file".into(), "remove it, or move it to the first line");
                }
                match d.version() {
                    Ok(v) if v == "1.0" => {}
                    Ok(v) => r.error(at, format!("the file is XML {v}; carecert reads XML 1.0"), "save the file as XML 1.0"),
                    Err(e) => r.error(at, format!("malformed XML declaration: {e}"), "write <?xml version=\"1.0\" encoding=\"UTF-8\"?>"),
                }
                if let Some(encoding) = d.encoding() {
                    match encoding {
                        Ok(name) if name.eq_ignore_ascii_case("utf-8") => {}
                        Ok(name) => r.error(at, format!("the file says it is encoded in {name}, but carecert reads only UTF-8"), "save the file as UTF-8 (and its declaration then says encoding=\"UTF-8\")"),
                        Err(e) => r.error(at, format!("malformed XML declaration: {e}"), "write <?xml version=\"1.0\" encoding=\"UTF-8\"?>"),
                    }
                }
            }
            Event::DocType(_) => {
                r.error(at, "the file has a DOCTYPE".into(), "XLIFF needs no DOCTYPE; remove it (entities are never expanded)");
                break;
            }
            Event::Start(e) => {
                if !r.start(at, &ns, &e, &reader) {
                    break;
                }
            }
            Event::Empty(e) => {
                if !r.start(at, &ns, &e, &reader) {
                    break;
                }
                r.end(at);
            }
            Event::End(_) => r.end(at),
            Event::Text(t) => {
                // Problems are shown where the text itself starts.
                let raw: &str = &t;
                let lead = raw.len() - raw.trim_start_matches([' ', '\t', '\r', '\n']).len();
                r.text(at + lead, &t.xml10_content());
            }
            Event::CData(t) => {
                let t = t.xml10_content();
                r.text(at, &t);
            }
            Event::GeneralRef(reference) => match xml::resolve_reference(&reference) {
                Ok(c) => r.text(at, &c.to_string()),
                Err(why) if reference.starts_with('#') => r.error(at, why, "remove the reference; a translation cannot hold a control character"),
                Err(why) => r.error(at, why, "write the character itself; only the five XML entities and character references are accepted"),
            },
            Event::Comment(_) | Event::PI(_) => {}
            Event::Eof => {
                if let Some(open) = r.stack.iter().rev().find(|f| **f != Frame::Skipped).or(r.stack.last()) {
                    let name = open.name();
                    r.error(at, format!("the file ends before <{}> is closed", if name.is_empty() { "an element" } else { name }), "the file is cut off; export again, or restore the end of the file");
                } else if r.root == RootState::Before {
                    r.error(at, "the file has no <xliff> root element".into(), "import the XLIFF file carecert exported");
                }
                break;
            }
        }
        if r.errors.len() > MAX_ERRORS {
            break;
        }
    }
    if r.errors.is_empty() {
        Ok(r.out)
    } else {
        let mut errors = r.errors;
        if errors.len() > MAX_ERRORS {
            let more = errors.len() - MAX_ERRORS;
            errors.truncate(MAX_ERRORS);
            errors.push(
                Diagnostic::error(
                    Code::BadXliff,
                    format!("and more problems after these {MAX_ERRORS} ({more} or more)"),
                )
                .file(shown)
                .help("fix the ones listed and import again"),
            );
        }
        Err(errors)
    }
}

impl Reading<'_> {
    fn error(&mut self, at: usize, message: String, help: &str) {
        self.errors.push(
            Diagnostic::error(Code::BadXliff, message)
                .file(self.shown)
                .at(Some(self.lines.line_col(at)))
                .help(help),
        );
    }

    fn language_error(&mut self, at: usize, message: String, help: &str) {
        self.errors.push(
            Diagnostic::error(Code::WrongLocale, message)
                .file(self.shown)
                .at(Some(self.lines.line_col(at)))
                .help(help),
        );
    }

    /// The element's attributes by qualified name, unescaped; every malformed,
    /// repeated or undeclared one is reported.
    fn attributes(
        &mut self,
        at: usize,
        e: &BytesStart<'_>,
        reader: &NsReader<&[u8]>,
    ) -> HashMap<String, String> {
        let mut out = HashMap::new();
        for a in e.attributes().with_checks(true) {
            let a = match a {
                Ok(a) => a,
                Err(err) => {
                    use quick_xml::events::attributes::AttrError;
                    // Positions count from the character after `<`.
                    let (pos, what) = match err {
                        AttrError::ExpectedEq(p) => {
                            (p, "an attribute without `=` and a value".to_string())
                        }
                        AttrError::ExpectedValue(p) => {
                            (p, "an attribute without a value".to_string())
                        }
                        AttrError::UnquotedValue(p) => {
                            (p, "an attribute value without quotes".to_string())
                        }
                        AttrError::ExpectedQuote(p, _) => (
                            p,
                            "an attribute value without its closing quote".to_string(),
                        ),
                        AttrError::Duplicated(p, first) => (
                            p,
                            format!(
                                "an attribute written twice in one element (first at column {})",
                                self.lines.line_col(at + 1 + first).1
                            ),
                        ),
                    };
                    self.error(at + 1 + pos, format!("malformed XML: {what}"), "the file is not well-formed XML; write each attribute once, as name=\"value\"");
                    break;
                }
            };
            let key = a.key.as_ref().to_string();
            if !xml::is_name(&key) {
                self.error(
                    at,
                    format!("\"{key}\" is not an attribute name"),
                    "the file is not well-formed XML",
                );
                continue;
            }
            if a.key.as_namespace_binding().is_none()
                && let (ResolveResult::Unknown(prefix), _) =
                    reader.resolver().resolve_attribute(a.key)
            {
                self.error(
                    at,
                    format!("the prefix {prefix}: of the attribute {key} is not declared"),
                    "declare it with xmlns:PREFIX=\"…\" or remove the attribute",
                );
            }
            let raw = a.value.to_string();
            if let Some(why) = xml::attribute_value_problem(&raw) {
                self.error(
                    at,
                    format!("the attribute {key}: {why}"),
                    "the file is not well-formed XML; escape the value",
                );
                // Kept as written, so that it is not also reported as missing.
                out.insert(key, raw);
                continue;
            }
            let value = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map(|v| v.into_owned())
                .unwrap_or(raw);
            out.insert(key, value);
        }
        out
    }

    /// Text (or a resolved reference) at `at`.
    fn text(&mut self, at: usize, t: &str) {
        match self.stack.last() {
            None => {
                if !xml::is_white_space(t) {
                    let message = if self.root == RootState::Before {
                        "text before the root element"
                    } else {
                        "text after the end of the root element"
                    };
                    self.error(
                        at,
                        message.into(),
                        "an XML file is one <xliff> element; remove the text outside it",
                    );
                }
            }
            Some(Frame::Target | Frame::Marker) => self.target.push_str(t),
            Some(Frame::Note) => {
                if let Some((_, n)) = &mut self.note {
                    n.push_str(t);
                }
            }
            Some(Frame::Data) => {
                if let Some((_, d)) = &mut self.data {
                    d.push_str(t);
                }
            }
            Some(Frame::Source | Frame::Skipped) => {}
            Some(frame) => {
                if !xml::is_white_space(t) {
                    let frame = *frame;
                    let shown: String = t.trim().chars().take(40).collect();
                    let help = match frame {
                        Frame::Segment | Frame::Unit => {
                            "a translation belongs inside <target>…</target>; move the text there"
                        }
                        Frame::Placeholder => {
                            "a placeholder is empty (<ph …/>): copy it from the source as it is"
                        }
                        _ => "remove the text; only elements belong here",
                    };
                    self.error(
                        at,
                        format!("text \"{shown}\" directly inside <{}>", frame.name()),
                        help,
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::xliff::NAMESPACE;

    fn wrap(units: &str) -> String {
        format!(
            "<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"en-GB\" trgLang=\"pt-BR\"><file id=\"f\">{units}</file></xliff>"
        )
    }

    fn first_error(text: &str) -> Diagnostic {
        read("x.xlf", text).unwrap_err().remove(0)
    }

    proptest::proptest! {
        /// Any text without control characters survives XLIFF escaping and reading;
        /// the one normalisation is that runs of XML white space become one space.
        #[test]
        fn any_text_survives_a_round_trip(t in "[^\\p{Cc}\u{FFFE}\u{FFFF}]{0,40}") {
            let xml = format!(
                "<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"en-GB\" trgLang=\"ar\"><file id=\"f\"><unit id=\"u\"><segment id=\"value\"><source>x</source><target>{}</target></segment></unit></file></xliff>",
                quick_xml::escape::escape(t.as_str())
            );
            let f = read("p.xlf", &xml).unwrap();
            let expected = xml::collapse_white_space(&t);
            proptest::prop_assert_eq!(f.units[0].segments[0].target.as_deref(), Some(expected.as_str()));
        }
    }

    #[test]
    fn entities_and_doctype_are_refused() {
        let doctype = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"boom\">]><xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\"/>";
        assert!(first_error(doctype).message.contains("DOCTYPE"));
        let entity = wrap(
            "<unit id=\"u\"><segment id=\"value\"><source>a</source><target>&e;</target></segment></unit>",
        );
        assert!(first_error(&entity).message.contains("&e;"));
        let ok = wrap(
            "<unit id=\"u\"><segment id=\"value\"><source>a</source><target>x &amp; &#233; &lt;</target></segment></unit>",
        );
        let f = read("x.xlf", &ok).unwrap();
        assert_eq!(f.units[0].segments[0].target.as_deref(), Some("x & é <"));
    }

    #[test]
    fn every_problem_of_a_file_comes_at_once() {
        let text = wrap(
            "<unit id=\"u\"><segment id=\"value\"><source>a</source><target xml:lang=\"fr\">b</target></segment></unit>\
             <unit id=\"u\"><segment id=\"value\"><source>a</source></segment><segment id=\"value\"><source>b</source></segment></unit>",
        );
        let errors = read("x.xlf", &text).unwrap_err();
        let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(errors.len(), 3, "{messages:?}");
        assert_eq!(errors[0].code, "wrong-locale");
        assert!(
            messages[1].contains("unit id \"u\" is used twice"),
            "{messages:?}"
        );
        assert!(
            messages[2].contains("segment id \"value\" is used twice"),
            "{messages:?}"
        );
        assert!(
            errors
                .iter()
                .all(|e| e.line == Some(1) && e.column.is_some())
        );
    }

    #[test]
    fn annotations_keep_their_text_and_codes_are_refused() {
        let marked = wrap(
            "<unit id=\"u\"><segment id=\"value\"><source>a</source><target>um <mrk id=\"m1\" translate=\"no\">dois</mrk> <sm id=\"s\"/>três<em startRef=\"s\"/></target></segment></unit>",
        );
        let f = read("x.xlf", &marked).unwrap();
        assert_eq!(
            f.units[0].segments[0].target.as_deref(),
            Some("um dois três")
        );
        let coded = wrap(
            "<unit id=\"u\"><segment id=\"value\"><source>a</source><target><pc id=\"1\">negrito</pc></target></segment></unit>",
        );
        assert!(first_error(&coded).message.contains("<pc> formatting code"));
    }

    #[test]
    fn language_tags_are_read_in_any_case() {
        let text = wrap("").replace(
            "srcLang=\"en-GB\" trgLang=\"pt-BR\"",
            "srcLang=\"EN-gb\" trgLang=\"pt-br\"",
        );
        let f = read("x.xlf", &text).unwrap();
        assert_eq!(
            (f.src_lang.as_str(), f.trg_lang.as_str()),
            ("en-GB", "pt-BR")
        );
    }

    #[test]
    fn a_lone_ampersand_says_how_to_write_it() {
        let text = wrap(
            "<unit id=\"u\"><segment id=\"value\"><source>a</source><target>A & B</target></segment></unit>",
        );
        let e = first_error(&text);
        assert_eq!((e.line, e.column), (Some(1), Some(174)), "at the &");
        assert!(e.help.unwrap().contains("&amp;"));
    }

    /// Every class of problem, each in a file otherwise as exported.
    #[test]
    fn each_kind_of_damage_is_named() {
        let seg = |target: &str| {
            wrap(&format!(
                "<unit id=\"u\"><originalData><data id=\"d1\">{{ -t }}</data></originalData><segment id=\"value\"><source>a</source>{target}</segment></unit>"
            ))
        };
        let cases: Vec<(String, &str)> = vec![
            (String::new(), "no <xliff> root element"),
            ("<?xml version=\"1.1\"?>".to_string() + &wrap(""), "XML 1.1"),
            (wrap("").replace(" version=\"2.0\"", ""), "has no version"),
            (
                wrap("").replace("version=\"2.0\"", "version=\"2\""),
                "version \"2\"",
            ),
            (
                wrap("").replace("<file id=\"f\">", "<file>"),
                "a <file> has no id",
            ),
            (
                wrap("").replace("</file>", "</file><file id=\"f\"></file>"),
                "the file id \"f\" is used twice",
            ),
            (
                wrap("<unit><segment id=\"value\"><source>a</source></segment></unit>"),
                "a <unit> has no id",
            ),
            (
                wrap("<unit id=\"u\"><segment><source>a</source></segment></unit>"),
                "a <segment> has no id",
            ),
            (
                wrap("<unit id=\"u\"><segment id=\"value\"><target>a</target></segment></unit>"),
                "a segment has no <source>",
            ),
            (
                seg("<target>a</target><target>b</target>"),
                "a second <target>",
            ),
            (seg("<target>a <ph id=\"1\"/></target>"), "has no dataRef"),
            (
                seg("<target>a <cp hex=\"0001\"/></target>"),
                "a <cp> for the character U+0001",
            ),
            (
                seg("<target>a <sc id=\"1\"/>b<ec startRef=\"1\"/></target>"),
                "<sc> formatting code",
            ),
            (
                seg("<target xmlns:h=\"urn:h\">a <h:b>b</h:b></target>"),
                "<h:b> inside a target",
            ),
            (
                seg("<target>a <ph id=\"1\" dataRef=\"d1\">x</ph></target>"),
                "directly inside <ph>",
            ),
            (
                wrap(
                    "<unit id=\"u\"><notes><note category=\"source-fingerprint\">a</note><note category=\"source-fingerprint\">b</note></notes></unit>",
                ),
                "two different source-fingerprint notes",
            ),
            (
                wrap(
                    "<unit id=\"u\"><originalData><data id=\"d\">x</data><data id=\"d\">y</data></originalData></unit>",
                ),
                "the data id \"d\" is used twice",
            ),
            (
                wrap(
                    "<unit id=\"u\"><originalData><data id=\"d\">x<cp hex=\"1\"/></data></originalData></unit>",
                ),
                "<cp> is not allowed inside <data>",
            ),
            (
                wrap("<unit id=\"u\"><unit id=\"v\"/></unit>"),
                "<unit> is not allowed inside <unit>",
            ),
            (
                wrap("<segment id=\"value\"/>"),
                "<segment> is not allowed inside <file>",
            ),
            (
                wrap("").replace("<file id=\"f\">", "<file id=\"f\" id=\"g\">"),
                "an attribute written twice",
            ),
            (
                wrap("").replace("<file id=\"f\">", "<file id=f>"),
                "without quotes",
            ),
            (
                wrap("").replace("<file id=\"f\">", "<file id=\"&x;\">"),
                "the entity &x; is not allowed",
            ),
            (wrap("").replace("</xliff>", "</xlf>"), "malformed XML"),
            (
                wrap("").replace("</xliff>", ""),
                "ends before <xliff> is closed",
            ),
            (wrap("") + "<!-- after -->\n<?pi after?>\n", ""),
            (
                wrap(
                    "<group id=\"g\"><group id=\"h\"><unit id=\"u\"><segment id=\"value\"><source>a</source><target>b</target></segment></unit></group></group>",
                ),
                "",
            ),
            (wrap(&"<mrk>".repeat(70)), "nested more than 64 deep"),
        ];
        for (text, want) in cases {
            match read("x.xlf", &text) {
                Ok(_) => assert!(want.is_empty(), "accepted, wanted {want:?}: {text}"),
                Err(errors) => {
                    assert!(!want.is_empty(), "refused: {errors:?}: {text}");
                    assert!(
                        errors
                            .iter()
                            .any(|e| e.message.contains(want) && e.line.is_some()),
                        "wanted {want:?}, got {:?}",
                        errors.iter().map(|e| &e.message).collect::<Vec<_>>()
                    );
                }
            }
        }
    }

    #[test]
    fn a_byte_order_mark_is_read_past() {
        let text = format!(
            "\u{FEFF}<?xml version=\"1.0\" encoding=\"utf-8\"?>\n{}",
            wrap("")
        );
        assert!(read("x.xlf", &text).is_ok());
    }
}
