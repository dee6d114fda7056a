//! What the targets share: a scratch copy of the test fixtures, and checks on the
//! rendered output.
//!
//! The loaders read through the file system (as the CLI does), so each target
//! writes its input into a per-process scratch directory — in `/dev/shm` when
//! there is one, to keep the disk out of the loop — and points the library at it.

#![allow(dead_code)]

use quick_xml::events::Event;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The repository's `tests/fixtures`.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

/// A per-process copy of `tests/fixtures`, made once. It is left behind when the
/// process exits (libFuzzer exits without running destructors); it is small.
pub fn scratch() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let base = if Path::new("/dev/shm").is_dir() {
            PathBuf::from("/dev/shm")
        } else {
            std::env::temp_dir()
        };
        let dir = tempfile::Builder::new()
            .prefix("carecert-fuzz-")
            .tempdir_in(base)
            .expect("scratch directory")
            .keep();
        copy_dir(&fixtures(), &dir);
        dir
    })
}

fn copy_dir(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).unwrap();
    for entry in std::fs::read_dir(src).unwrap() {
        let entry = entry.unwrap();
        let to = dst.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &to);
        } else {
            std::fs::copy(entry.path(), to).unwrap();
        }
    }
}

/// Writes `bytes` to `rel` under `dir`, creating parent directories.
pub fn put(dir: &Path, rel: &str, bytes: &[u8]) {
    let path = dir.join(rel);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(path, bytes).unwrap();
}

/// Reads XML to the end; any syntax error is a bug in our writer.
pub fn assert_well_formed_xml(what: &str, bytes: &[u8]) {
    let text = std::str::from_utf8(bytes).unwrap_or_else(|e| panic!("{what}: not UTF-8: {e}"));
    let mut reader = quick_xml::Reader::from_str(text);
    let config = reader.config_mut();
    config.check_end_names = true;
    config.check_comments = true;
    let mut depth: i64 = 0;
    loop {
        let at = reader.buffer_position();
        match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(Event::Start(e)) => {
                depth += 1;
                check_attributes(what, at, e.attributes());
            }
            Ok(Event::Empty(e)) => check_attributes(what, at, e.attributes()),
            Ok(Event::End(_)) => depth -= 1,
            Ok(Event::GeneralRef(r)) => {
                // Every reference we write is a character reference to a legal
                // character or one of the five predefined entities.
                if r.is_char_ref() {
                    match r.resolve_char_ref() {
                        Ok(Some(c)) if legal_xml_char(c) => {}
                        other => panic!("{what}: bad character reference at {at}: {other:?}"),
                    }
                } else {
                    let name: &str = &r;
                    assert!(
                        matches!(name, "amp" | "lt" | "gt" | "quot" | "apos"),
                        "{what}: unknown entity &{name}; at {at}"
                    );
                }
            }
            Ok(Event::Text(t)) => {
                let text = t.xml10_content();
                if let Some(c) = text.chars().find(|c| !legal_xml_char(*c)) {
                    panic!("{what}: illegal XML character U+{:04X} at {at}", c as u32);
                }
            }
            Ok(_) => {}
            Err(e) => panic!(
                "{what}: not well-formed at byte {}: {e}",
                reader.error_position()
            ),
        }
    }
    assert_eq!(depth, 0, "{what}: unclosed elements");
}

fn check_attributes(what: &str, at: u64, attrs: quick_xml::events::attributes::Attributes<'_>) {
    for a in attrs {
        let a = a.unwrap_or_else(|e| panic!("{what}: bad attribute at {at}: {e}"));
        let value = &a.value;
        if let Some(c) = value.chars().find(|c| !legal_xml_char(*c)) {
            panic!(
                "{what}: illegal XML character U+{:04X} in an attribute at {at}",
                c as u32
            );
        }
    }
}

/// XML 1.0's `Char` production.
pub fn legal_xml_char(c: char) -> bool {
    matches!(c, '\u{9}' | '\u{A}' | '\u{D}' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Opens a DOCX (a zip) and checks every XML part is well-formed.
pub fn assert_docx_parts_well_formed(what: &str, bytes: &[u8]) {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .unwrap_or_else(|e| panic!("{what}: not a zip: {e}"));
    for i in 0..archive.len() {
        let mut part = archive.by_index(i).unwrap();
        let name = part.name().map(|n| n.to_string()).unwrap_or_default();
        let mut data = Vec::new();
        part.read_to_end(&mut data).unwrap();
        if name.ends_with(".xml") || name.ends_with(".rels") {
            assert_well_formed_xml(&format!("{what}:{name}"), &data);
        }
    }
}
