//! Reading the `.ftl` files of a locale's folder, on disk or built in, with the
//! reason a file cannot be used where it cannot.

use crate::diag::{Code, Diagnostic};
use crate::load::source::{MAX_FILE_BYTES, ReadError, read_regular};
use include_dir::{Dir, include_dir};
use std::path::Path;

pub(super) static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

pub(super) fn embedded_files(locale: &str) -> Vec<(String, Result<String, Diagnostic>)> {
    let Some(dir) = EMBEDDED.get_dir(locale) else {
        return Vec::new();
    };
    dir.files()
        .filter_map(|f| {
            let name = f.path().display().to_string();
            let text = f.contents_utf8()?;
            name.ends_with(".ftl")
                .then(|| (format!("{}/{name}", super::BUILT_IN), Ok(text.to_string())))
        })
        .collect()
}

/// Every `.ftl` entry of `dir` with its text, or why it cannot be used (not
/// UTF-8, too large, a link out of `dir`, not a file). A missing `dir` has none.
pub fn read_dir_ftl(dir: &Path, shown: &str) -> Vec<(String, Result<String, Diagnostic>)> {
    let mut out = Vec::new();
    let inside = dir.canonicalize().ok();
    for entry in std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
    {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        let shown = format!("{shown}/{name}");
        let refuse = |msg: String, help: &str| {
            Err(Diagnostic::error(Code::BadFtlFile, msg)
                .file(&shown)
                .help(help))
        };
        let real = path.canonicalize().ok();
        let text = if path.is_dir() {
            refuse(
                "this is a folder, not a translation file".into(),
                "rename the folder, or move its files up into the locale's folder",
            )
        } else if real
            .as_ref()
            .zip(inside.as_ref())
            // A link to nothing has no real path: reading it says so.
            .is_some_and(|(r, d)| !r.starts_with(d))
        {
            refuse(
                "the file is a link that resolves outside the locales directory".into(),
                "copy the translation into the locales directory instead of linking to it",
            )
        } else {
            match read_regular(&path, MAX_FILE_BYTES) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(t) => Ok(t),
                    Err(e) => {
                        let at = e.utf8_error().valid_up_to();
                        let valid = String::from_utf8_lossy(&e.as_bytes()[..at]).into_owned();
                        let byte = e.as_bytes().get(at).copied().unwrap_or(0);
                        Err(Diagnostic::error(
                            Code::NotUtf8,
                            format!("the file is not valid UTF-8 (invalid byte 0x{byte:02X})"),
                        )
                        .file(&shown)
                        .at(Some(crate::load::locate::line_col(&valid, valid.len())))
                        .help("save the file as UTF-8"))
                    }
                },
                Err(ReadError::TooLarge(_)) => refuse(
                    format!("the file is over the limit of {MAX_FILE_BYTES} bytes"),
                    "split the translation into several .ftl files",
                ),
                Err(ReadError::NotAFile(kind)) => Err(kind.diagnostic(&shown)),
                Err(e) => refuse(
                    format!("cannot read the file: {e}"),
                    "check the file's permissions",
                ),
            }
        };
        out.push((shown, text));
    }
    out
}
