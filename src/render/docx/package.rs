//! The OPC package: parts zipped in a fixed order with fixed times, so the same
//! document is the same bytes on every run and every machine.

use std::io::{Cursor, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// A part's name inside the package and its bytes.
pub type Part = (String, Vec<u8>);

pub fn zip(parts: &[Part]) -> Vec<u8> {
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(6))
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    let mut w = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in parts {
        // Writing to memory fails only on an impossible name; parts are ours.
        w.start_file(name.as_str(), options)
            .and_then(|_| w.write_all(bytes).map_err(Into::into))
            .expect("an in-memory zip accepts a part");
    }
    w.finish().expect("an in-memory zip finishes").into_inner()
}

/// The parts of a DOCX (or any zip), in stored order, for tests and the
/// structure checks.
pub fn unzip(bytes: &[u8]) -> Result<Vec<Part>, zip::result::ZipError> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))?;
    let mut parts = Vec::new();
    for i in 0..archive.len() {
        let mut f = archive.by_index(i)?;
        let mut buf = Vec::new();
        f.read_to_end(&mut buf)?;
        let name = f.name()?.to_string();
        parts.push((name, buf));
    }
    Ok(parts)
}
