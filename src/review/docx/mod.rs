//! Reading a returned Word redline: which of each change's tracked revisions are
//! still there, what its text now reads, and the reviewer's comments on it.
//!
//! Word and LibreOffice both rewrite the whole file when they save it: new
//! revision ids, runs split and merged, rsids, their own parts. What survives is
//! the bookmarks (see `render::docx::review_bookmark`) and the custom document
//! properties, so this reader looks at nothing else of the structure: it reads
//! `word/document.xml`, `word/comments.xml` and `docProps/custom.xml` with
//! quick-xml as streams of events (see docs/review-readback.md for why not
//! docx-rs). A change is decided by comparing its text now with the text it
//! would have with all its revisions accepted, or all rejected, which the
//! reader learns from the redline as carecert writes it today.

mod judge;

pub use judge::{decisions, identity};

use crate::diag::{Code, Diagnostic};
use quick_xml::Reader;
use quick_xml::events::Event;
use std::collections::{BTreeMap, HashMap};
use std::io::{Cursor, Read};

/// What a redline says about the changes it bookmarks.
#[derive(Debug, Default)]
pub struct Reading {
    pub properties: HashMap<String, String>,
    /// By bookmark stem (`cc_` and 12 hex digits): every range of one change.
    pub ranges: HashMap<String, Range>,
    pub comments: Vec<FoundComment>,
}

#[derive(Debug, Default, Clone)]
pub struct Range {
    /// Pieces of text inside a tracked insertion or deletion.
    pub inserted: usize,
    pub deleted: usize,
    /// The text with every revision in the ranges accepted, and rejected.
    pub accepted: String,
    pub rejected: String,
}

#[derive(Debug, Clone)]
pub struct FoundComment {
    pub author: Option<String>,
    pub text: String,
    /// The bookmark stems the comment is anchored in.
    pub stems: Vec<String>,
}

/// The largest part read: far beyond any redline's.
const MAX_PART: u64 = 256 * 1024 * 1024;

fn part(zip: &mut zip::ZipArchive<Cursor<Vec<u8>>>, name: &str) -> Result<Option<String>, String> {
    let Ok(file) = zip.by_name(name) else {
        return Ok(None);
    };
    if file.size() > MAX_PART {
        return Err(format!(
            "{name} unpacks to {} bytes, over the limit of {MAX_PART}",
            file.size()
        ));
    }
    let mut s = String::new();
    file.take(MAX_PART)
        .read_to_string(&mut s)
        .map_err(|e| format!("{name} could not be read: {e}"))?;
    Ok(Some(s))
}

/// Reads the parts of a redline that carry decisions.
pub fn read(shown: &str, bytes: Vec<u8>) -> Result<Reading, Vec<Diagnostic>> {
    let bad = |message: String| {
        vec![
            Diagnostic::error(Code::BadReviewFile, message)
                .file(shown)
                .help("give the Word redline `carecert diff --format docx` wrote, saved as .docx by Word or LibreOffice"),
        ]
    };
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| bad(format!("the file is not a .docx package ({e})")))?;
    let document = part(&mut zip, "word/document.xml")
        .map_err(bad)?
        .ok_or_else(|| bad("the package has no word/document.xml".into()))?;
    let comments = part(&mut zip, "word/comments.xml").map_err(bad)?;
    let custom = part(&mut zip, "docProps/custom.xml").map_err(bad)?;
    let mut reading = Reading::default();
    if let Some(custom) = custom {
        reading.properties = properties(&custom).map_err(bad)?;
    }
    let texts = match comments {
        Some(c) => comment_texts(&c).map_err(bad)?,
        None => BTreeMap::new(),
    };
    let anchors = body(&document, &mut reading).map_err(bad)?;
    for (id, (author, text)) in texts {
        let stems = anchors.get(&id).cloned().unwrap_or_default();
        reading.comments.push(FoundComment {
            author,
            text,
            stems,
        });
    }
    Ok(reading)
}

fn local(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

fn attr(e: &quick_xml::events::BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| local(a.key.as_ref()) == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

fn reference(r: &quick_xml::events::BytesRef<'_>) -> Option<char> {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return Some(c);
    }
    match r.as_ref() {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => None,
    }
}

/// Walks an XML part: `on(event, text)` gets every start (and empty) element,
/// end element and piece of text.
enum Item<'a> {
    Start(&'a quick_xml::events::BytesStart<'a>),
    End(&'a str),
    Text(&'a str),
}

fn walk(xml: &str, mut on: impl FnMut(Item<'_>)) -> Result<(), String> {
    let mut reader = Reader::from_str(xml);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => on(Item::Start(&e)),
            Ok(Event::Empty(e)) => {
                on(Item::Start(&e));
                let name = e.name();
                on(Item::End(local(name.as_ref())));
            }
            Ok(Event::End(e)) => on(Item::End(local(e.name().as_ref()))),
            Ok(Event::Text(t)) => on(Item::Text(&t.xml10_content())),
            Ok(Event::CData(t)) => on(Item::Text(&t.xml10_content())),
            Ok(Event::GeneralRef(r)) => {
                if let Some(c) = reference(&r) {
                    on(Item::Text(c.encode_utf8(&mut [0; 4])));
                }
            }
            Ok(Event::Eof) => return Ok(()),
            Ok(_) => {}
            Err(e) => {
                return Err(format!(
                    "malformed XML at byte {}: {e}",
                    reader.buffer_position()
                ));
            }
        }
    }
}

fn properties(xml: &str) -> Result<HashMap<String, String>, String> {
    let mut out = HashMap::new();
    let mut name: Option<String> = None;
    let mut value = String::new();
    walk(xml, |item| match item {
        Item::Start(e) if local(e.name().as_ref()) == "property" => {
            name = attr(e, "name");
            value.clear();
        }
        Item::Text(t) if name.is_some() => value.push_str(t),
        Item::End("property") => {
            if let Some(n) = name.take() {
                out.insert(n, value.trim().to_string());
            }
        }
        _ => {}
    })?;
    Ok(out)
}

/// Each comment's author and text, by id; paragraphs joined by new lines.
fn comment_texts(xml: &str) -> Result<BTreeMap<String, (Option<String>, String)>, String> {
    let mut out = BTreeMap::new();
    let mut current: Option<(String, Option<String>, Vec<String>)> = None;
    let mut in_text = false;
    walk(xml, |item| match item {
        Item::Start(e) => match local(e.name().as_ref()) {
            "comment" => {
                current = Some((
                    attr(e, "id").unwrap_or_default(),
                    attr(e, "author"),
                    Vec::new(),
                ));
            }
            "p" => {
                if let Some((_, _, paras)) = &mut current {
                    paras.push(String::new());
                }
            }
            "t" => in_text = true,
            "br" | "cr" => {
                if let Some((_, _, paras)) = &mut current {
                    paras.push(String::new());
                }
            }
            _ => {}
        },
        Item::Text(t) if in_text => {
            if let Some((_, _, paras)) = &mut current
                && let Some(p) = paras.last_mut()
            {
                p.push_str(t);
            }
        }
        Item::End("t") => in_text = false,
        Item::End("comment") => {
            if let Some((id, author, paras)) = current.take() {
                let text = paras
                    .iter()
                    .map(|p| p.trim())
                    .filter(|p| !p.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n");
                out.insert(id, (author, text));
            }
        }
        _ => {}
    })?;
    Ok(out)
}

/// Reads the ranges of every bookmarked change into `reading`, and returns the
/// bookmark stems each comment (by id) is anchored in.
fn body(xml: &str, reading: &mut Reading) -> Result<HashMap<String, Vec<String>>, String> {
    let mut open: Vec<(String, String)> = Vec::new();
    let mut anchors: HashMap<String, Vec<String>> = HashMap::new();
    let (mut ins, mut del, mut in_text) = (0usize, 0usize, false);
    let ranges = &mut reading.ranges;
    walk(xml, |item| match item {
        Item::Start(e) => match local(e.name().as_ref()) {
            "bookmarkStart" => {
                let name = attr(e, "name").unwrap_or_default();
                if let Some(stem) = stem(&name) {
                    ranges.entry(stem.clone()).or_default();
                    open.push((attr(e, "id").unwrap_or_default(), stem));
                }
            }
            "bookmarkEnd" => {
                let id = attr(e, "id").unwrap_or_default();
                open.retain(|(i, _)| *i != id);
            }
            "ins" | "moveTo" => ins += 1,
            "del" | "moveFrom" => del += 1,
            "t" | "delText" => in_text = true,
            "tab" | "br" | "cr" => text_into(ranges, &open, " ", ins > 0, del > 0),
            "commentRangeStart" | "commentRangeEnd" | "commentReference" => {
                let id = attr(e, "id").unwrap_or_default();
                let stems = anchors.entry(id).or_default();
                for (_, s) in &open {
                    if !stems.contains(s) {
                        stems.push(s.clone());
                    }
                }
            }
            _ => {}
        },
        Item::End(name) => match name {
            // carecert's bookmarks never cross a paragraph; LibreOffice may
            // leave the start of one without its end (after rejecting an
            // inserted paragraph), so each ends with its paragraph at the latest.
            "p" => open.clear(),
            "ins" | "moveTo" => ins = ins.saturating_sub(1),
            "del" | "moveFrom" => del = del.saturating_sub(1),
            "t" | "delText" => in_text = false,
            _ => {}
        },
        Item::Text(t) if in_text => text_into(ranges, &open, t, ins > 0, del > 0),
        Item::Text(_) => {}
    })?;
    Ok(anchors)
}

fn text_into(
    ranges: &mut HashMap<String, Range>,
    open: &[(String, String)],
    t: &str,
    inserted: bool,
    deleted: bool,
) {
    let mut seen: Vec<&str> = Vec::new();
    for (_, stem) in open {
        if seen.contains(&stem.as_str()) {
            continue;
        }
        seen.push(stem);
        let r = ranges.entry(stem.clone()).or_default();
        if deleted {
            r.deleted += 1;
            r.rejected.push_str(t);
        } else if inserted {
            r.inserted += 1;
            r.accepted.push_str(t);
        } else {
            r.accepted.push_str(t);
            r.rejected.push_str(t);
        }
    }
}

/// `cc_0123456789ab` of a bookmark named `cc_0123456789ab_2`.
fn stem(name: &str) -> Option<String> {
    let rest = name.strip_prefix("cc_")?;
    let hex = rest.split('_').next()?;
    (hex.len() == 12 && hex.bytes().all(|b| b.is_ascii_hexdigit())).then(|| format!("cc_{hex}"))
}
