//! `verify`: reading a pack's manifest and re-hashing the files it lists, without
//! ever opening what is not a regular file.

use super::{MANIFEST, Manifest};
use crate::diag::{Code, Diagnostic, Diagnostics};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::fs;
use std::io;
use std::path::Path;

/// What `verify` found in a pack.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Verification {
    pub ok: Vec<String>,
    pub changed: Vec<String>,
    pub missing: Vec<String>,
    /// Files in the directory that the manifest does not list.
    pub unlisted: Vec<String>,
}

impl Verification {
    pub fn is_clean(&self) -> bool {
        self.changed.is_empty() && self.missing.is_empty() && self.unlisted.is_empty()
    }
}

/// Reads the `manifest.json` of the pack in `dir`: a regular file within the size
/// limit, JSON without repeated keys, with the fields `verify` needs (others are
/// ignored, so a newer carecert's manifest still verifies).
pub fn read_manifest(dir: &Path) -> Result<Manifest, Diagnostics> {
    use crate::load::source::{MAX_FILE_BYTES, ReadError, read_regular};
    let path = dir.join(MANIFEST);
    let shown = path.display().to_string();
    let not_a_pack = "pass a pack directory, such as out/care-certificate-2015/en-GB";
    let bytes = read_regular(&path, MAX_FILE_BYTES).map_err(|e| match e {
        ReadError::NotAFile(kind) => kind.diagnostic(&shown),
        ReadError::TooLarge(len) => Diagnostic::error(
            Code::FileTooLarge,
            format!("the file is {len} bytes, over the limit of {MAX_FILE_BYTES} bytes"),
        )
        .file(&shown)
        .help(not_a_pack),
        e => Diagnostic::error(Code::FileUnreadable, format!("could not read {shown}: {e}"))
            .help(not_a_pack),
    })?;
    let file = crate::load::json::parse(shown, bytes)?;
    crate::load::json::decode(&file, &file.value, &crate::load::JsonPath::root()).map_err(|d| {
        d.help("pass a pack directory that carecert build wrote; build it again rather than editing its manifest.json")
            .into()
    })
}

/// Re-hashes every file the manifest in `dir` lists. A listed name that is not a
/// regular file (a directory, a named pipe, a link to a device) is changed, and is
/// never opened; a file of the wrong size is changed without being read.
pub fn verify(dir: &Path, manifest: &Manifest) -> Verification {
    use crate::load::source::{ReadError, check_regular};
    let mut v = Verification::default();
    for f in &manifest.files {
        if !crate::load::source::is_plain_relative(&f.name) {
            v.changed.push(f.name.clone());
            continue;
        }
        let path = dir.join(&f.name);
        match check_regular(&path) {
            Err(ReadError::Io(e)) if e.kind() == io::ErrorKind::NotFound => {
                v.missing.push(f.name.clone())
            }
            Ok(meta) if meta.len() == f.size && hash_file(&path).is_some_and(|h| h == f.sha256) => {
                v.ok.push(f.name.clone())
            }
            _ => v.changed.push(f.name.clone()),
        }
    }
    if let Ok(entries) = fs::read_dir(dir) {
        // A name that is not UTF-8 is still a file the manifest does not list: it
        // was skipped, so such a file passed unreported. Shown escaped.
        let mut names: Vec<String> = entries
            .filter_map(|e| match e.ok()?.file_name().into_string() {
                Ok(name) => Some(name),
                Err(raw) => Some(crate::text::visible(&raw.to_string_lossy()).into_owned()),
            })
            .collect();
        names.sort();
        for n in names {
            if n != MANIFEST && !manifest.files.iter().any(|f| f.name == n) {
                v.unlisted.push(n);
            }
        }
    }
    v
}

/// The SHA-256 of a file, read in pieces (a pack's `case.json` can be 200 MB).
fn hash_file(path: &Path) -> Option<String> {
    let mut file = fs::File::open(path).ok()?;
    if !file.metadata().ok()?.is_file() {
        return None;
    }
    let mut hasher = Sha256::new();
    io::copy(&mut file, &mut hasher).ok()?;
    Some(
        hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
    )
}
