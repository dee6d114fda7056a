//! Where framework files come from: a directory on disk, or the copy of
//! `standards/` compiled into the binary so `carecert` works after `cargo install`.
//!
//! Loaders read only through [`Source`], which keeps every path inside its root:
//! a manifest cannot make us read `../../etc/passwd` or follow a symlink out.

use crate::diag::Code;
use include_dir::{Dir, include_dir};
use std::io;
use std::path::{Component, Path, PathBuf};

/// The largest input file we read; bigger files are refused with a clear error
/// rather than exhausting memory.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/standards");

/// The name of the framework used when no path is given.
pub const DEFAULT_FRAMEWORK: &str = "care-certificate-2015";

#[derive(Debug, Clone)]
pub enum Source {
    Dir {
        root: PathBuf,
        shown: String,
    },
    Embedded {
        dir: &'static Dir<'static>,
        name: String,
    },
}

#[derive(Debug)]
pub enum ReadError {
    /// The relative path escapes the root (absolute, `..`, or a symlink pointing out).
    OutsideRoot,
    TooLarge(u64),
    Io(io::Error),
}

impl Source {
    /// A framework compiled into the binary, by directory name.
    pub fn embedded(name: &str) -> Option<Source> {
        if !is_plain_relative(name) || name.contains('/') {
            return None;
        }
        let dir = EMBEDDED.get_dir(name)?;
        dir.get_file(dir.path().join("framework.json"))?;
        Some(Source::Embedded {
            dir,
            name: name.to_string(),
        })
    }

    /// Names of the frameworks compiled into the binary.
    pub fn embedded_names() -> Vec<&'static str> {
        let mut names: Vec<&str> = EMBEDDED
            .dirs()
            .filter(|d| d.get_file(d.path().join("framework.json")).is_some())
            .filter_map(|d| d.path().to_str())
            .collect();
        names.sort_unstable();
        names
    }

    /// What a user typed where a framework is expected: a directory, the path of its
    /// `framework.json`, or the name of an embedded framework.
    pub fn open(arg: &str) -> Result<Source, crate::diag::Diagnostic> {
        let path = Path::new(arg);
        if path.is_dir() {
            return Ok(Source::dir(path));
        }
        if path.is_file() {
            if path.file_name().is_some_and(|n| n == "framework.json") {
                let parent = path.parent().unwrap_or(Path::new("."));
                let parent = if parent.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    parent
                };
                return Ok(Source::dir(parent));
            }
            return Err(crate::diag::Diagnostic::error(
                Code::NotAFramework,
                format!("\"{arg}\" is a file, not a framework directory"),
            )
            .help("pass the directory that holds framework.json"));
        }
        if let Some(source) = Source::embedded(arg) {
            return Ok(source);
        }
        Err(crate::diag::Diagnostic::error(
            Code::FrameworkNotFound,
            format!("there is no framework directory or embedded framework named \"{arg}\""),
        )
        .help(with_suggestion(
            arg,
            format!(
                "pass a directory that holds framework.json, or one of the embedded frameworks: {}",
                Source::embedded_names().join(", ")
            ),
        )))
    }

    /// A framework directory on disk, shown in messages as the user wrote it.
    pub fn dir(root: impl Into<PathBuf>) -> Source {
        let root = root.into();
        let shown = root.display().to_string();
        Source::Dir { root, shown }
    }

    /// How a file of this source is named in messages.
    pub fn display(&self, rel: &str) -> String {
        match self {
            Source::Dir { shown, .. } => {
                if shown.is_empty() || shown == "." {
                    rel.to_string()
                } else {
                    format!("{}/{rel}", shown.trim_end_matches('/'))
                }
            }
            Source::Embedded { name, .. } => format!("<embedded>/{name}/{rel}"),
        }
    }

    /// Names the source as a whole (`standards/care-certificate-2015`).
    pub fn describe(&self) -> String {
        match self {
            Source::Dir { shown, .. } => shown.clone(),
            Source::Embedded { name, .. } => format!("{name} (embedded)"),
        }
    }

    pub fn read(&self, rel: &str) -> Result<Vec<u8>, ReadError> {
        if !is_plain_relative(rel) {
            return Err(ReadError::OutsideRoot);
        }
        match self {
            Source::Embedded { dir, .. } => {
                let path = dir.path().join(rel);
                dir.get_file(&path)
                    .map(|f| f.contents().to_vec())
                    .ok_or_else(|| ReadError::Io(io::Error::from(io::ErrorKind::NotFound)))
            }
            Source::Dir { root, .. } => {
                let path = root.join(rel);
                let real = path.canonicalize().map_err(ReadError::Io)?;
                let real_root = root.canonicalize().map_err(ReadError::Io)?;
                if !real.starts_with(&real_root) {
                    return Err(ReadError::OutsideRoot);
                }
                let len = std::fs::metadata(&real).map_err(ReadError::Io)?.len();
                if len > MAX_FILE_BYTES {
                    return Err(ReadError::TooLarge(len));
                }
                std::fs::read(&real).map_err(ReadError::Io)
            }
        }
    }
}

/// A path made only of normal components, with forward slashes.
pub fn is_plain_relative(rel: &str) -> bool {
    !rel.is_empty()
        && !rel.contains('\\')
        && Path::new(rel)
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
}

/// `help`, after "did you mean …?" when `name` is close to an embedded framework's.
pub fn with_suggestion(name: &str, help: String) -> String {
    let names = Source::embedded_names();
    match crate::diag::did_you_mean(&crate::diag::suggest(name, names.iter().copied())) {
        Some(dym) => format!("{dym} Otherwise {help}"),
        None => help,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_framework_is_embedded() {
        assert!(Source::embedded(DEFAULT_FRAMEWORK).is_some());
        assert!(Source::embedded_names().contains(&DEFAULT_FRAMEWORK));
        assert!(Source::embedded("nope").is_none());
    }

    #[test]
    fn refuses_paths_that_leave_the_root() {
        for bad in ["../x.json", "/etc/passwd", "a/../../b", "a\\b", ""] {
            assert!(!is_plain_relative(bad), "{bad}");
        }
        assert!(is_plain_relative("standards/01.json"));
        let src = Source::embedded(DEFAULT_FRAMEWORK).unwrap();
        assert!(matches!(src.read("../x"), Err(ReadError::OutsideRoot)));
    }
}
