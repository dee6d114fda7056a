//! The `.ftl` files an import reads and writes.
//!
//! A target file that exists but cannot be used (unreadable, not a regular file,
//! too large, not UTF-8, a byte order mark, a link out of its directory) stops
//! the import: it is never taken for an empty file. Writing is in two steps:
//! every new text is first written to a temporary file beside its target; only
//! when all are staged, and no target changed since it was read, are they renamed
//! over their targets. A failure while staging leaves every file as it was.

use super::merge::PlannedWrite;
use crate::diag::{Code, Diagnostic};
use crate::load::source::{MAX_FILE_BYTES, ReadError, read_regular};
use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

/// The current text of the target file `path`; `Ok(None)` when there is none.
pub fn read_target(path: &Path) -> Result<Option<String>, Vec<Diagnostic>> {
    let shown = path.display().to_string();
    let refuse = |code: Code, message: String, help: &str| {
        Err(vec![
            Diagnostic::error(code, message).file(&shown).help(help),
        ])
    };
    let link = match fs::symlink_metadata(path) {
        Ok(m) => m.file_type().is_symlink(),
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return refuse(
                Code::FileUnreadable,
                format!("cannot read the translation file: {e}"),
                "check the path and its permissions; nothing was imported",
            );
        }
    };
    if link {
        let inside = path
            .parent()
            .map(|p| {
                if p.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    p
                }
            })
            .and_then(|p| p.canonicalize().ok());
        match (path.canonicalize(), inside) {
            (Ok(real), Some(dir)) if real.starts_with(&dir) => {}
            (Err(_), _) => {
                return refuse(
                    Code::BadFtlFile,
                    "the file is a link to a file that does not exist".into(),
                    "remove the link, or make it point to the translation file",
                );
            }
            _ => {
                return refuse(
                    Code::BadFtlFile,
                    "the file is a link that resolves outside the locales directory".into(),
                    "copy the translation into the locales directory instead of linking to it",
                );
            }
        }
    }
    let bytes = match read_regular(path, MAX_FILE_BYTES) {
        Ok(b) => b,
        Err(ReadError::NotAFile(kind)) => {
            return Err(vec![kind.diagnostic(&shown).help(
                "move it out of the way; the import writes a regular .ftl file there",
            )]);
        }
        Err(ReadError::TooLarge(len)) => {
            return refuse(
                Code::FileTooLarge,
                format!("the file is {len} bytes, over the limit of {MAX_FILE_BYTES} bytes"),
                "split the translation into several .ftl files",
            );
        }
        Err(e) => {
            return refuse(
                Code::FileUnreadable,
                format!("cannot read the translation file: {e}"),
                "check the file's permissions; nothing was imported",
            );
        }
    };
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Err(vec![
            Diagnostic::error(
                Code::ByteOrderMark,
                "the file starts with a byte order mark",
            )
            .file(&shown)
            .at(Some((1, 1)))
            .help("save the file as UTF-8 without a byte order mark (BOM)"),
        ]);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Some(text)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let valid = String::from_utf8_lossy(&e.as_bytes()[..at]).into_owned();
            let byte = e.as_bytes().get(at).copied().unwrap_or(0);
            Err(vec![
                Diagnostic::error(
                    Code::NotUtf8,
                    format!("the file is not valid UTF-8 (invalid byte 0x{byte:02X})"),
                )
                .file(&shown)
                .at(Some(crate::load::locate::line_col(&valid, valid.len())))
                .help("save the file as UTF-8; nothing was imported"),
            ])
        }
    }
}

/// Writes every planned file, or none: see the module's comment.
pub fn write_all(writes: &[PlannedWrite]) -> Result<(), Diagnostic> {
    let mut staged = Staged::default();
    for (n, w) in writes.iter().enumerate() {
        staged.stage(w, n).map_err(|e| {
            Diagnostic::error(
                Code::WriteFailed,
                format!("could not write {}: {e}", w.path.display()),
            )
            .help("check that its directory can be created and written; nothing was imported")
        })?;
    }
    for (w, (_, target)) in writes.iter().zip(&staged.files) {
        let now = match fs::read(target) {
            Ok(b) => Some(b),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(_) => Some(Vec::new()),
        };
        if now.as_deref() != w.before.as_deref().map(str::as_bytes) {
            return Err(Diagnostic::error(
                Code::WriteFailed,
                format!("{} changed while the import was planned", w.path.display()),
            )
            .help("another program wrote the file at the same time; nothing was imported, run the import again"));
        }
    }
    let files = std::mem::take(&mut staged.files);
    let mut done: Vec<String> = Vec::new();
    for (i, (tmp, target)) in files.iter().enumerate() {
        if let Err(e) = fs::rename(tmp, target) {
            for (tmp, _) in &files[i..] {
                let _ = fs::remove_file(tmp);
            }
            let written = if done.is_empty() {
                "nothing was imported".to_string()
            } else {
                format!("already written: {}", done.join(", "))
            };
            return Err(Diagnostic::error(
                Code::WriteFailed,
                format!("could not write {}: {e}", writes[i].path.display()),
            )
            .help(format!("check that the directory is writable; {written}")));
        }
        done.push(writes[i].path.display().to_string());
    }
    staged.dirs.clear();
    Ok(())
}

/// Temporary files (with their targets) and the directories made for them,
/// all removed again on drop unless the write went through.
#[derive(Default)]
struct Staged {
    files: Vec<(PathBuf, PathBuf)>,
    dirs: Vec<PathBuf>,
}

impl Staged {
    fn stage(&mut self, w: &PlannedWrite, n: usize) -> io::Result<()> {
        injected_failure(n)?;
        // A link inside its directory is written through, so the link stays.
        let target = if fs::symlink_metadata(&w.path).is_ok_and(|m| m.file_type().is_symlink()) {
            w.path.canonicalize()?
        } else {
            w.path.clone()
        };
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let mut missing = Vec::new();
        let mut d = dir.as_path();
        while !d.exists() {
            missing.push(d.to_path_buf());
            match d.parent() {
                Some(p) if !p.as_os_str().is_empty() => d = p,
                _ => break,
            }
        }
        for m in missing.iter().rev() {
            fs::create_dir(m)?;
            self.dirs.push(m.clone());
        }
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "import".into());
        let tmp = dir.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
        let mut f = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        self.files.push((tmp.clone(), target.clone()));
        f.write_all(w.text.as_bytes())?;
        f.sync_all()?;
        if let Ok(meta) = fs::metadata(&target) {
            fs::set_permissions(&tmp, meta.permissions())?;
        }
        Ok(())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        for (tmp, _) in &self.files {
            let _ = fs::remove_file(tmp);
        }
        for d in self.dirs.iter().rev() {
            let _ = fs::remove_dir(d);
        }
    }
}

/// The same hook as a build's: `CARECERT_FAIL_AFTER_FILES=N` makes staging fail
/// after N files, so tests can prove a failure leaves every file as it was.
fn injected_failure(staged: usize) -> io::Result<()> {
    match std::env::var("CARECERT_FAIL_AFTER_FILES")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        Some(n) if staged >= n => Err(io::Error::other(
            "failure injected by CARECERT_FAIL_AFTER_FILES",
        )),
        _ => Ok(()),
    }
}
