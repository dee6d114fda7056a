//! Where framework files come from: a directory on disk, or the copy of
//! `standards/` compiled into the binary so `carecert` works after `cargo install`.
//!
//! Loaders read only through [`Source`], which keeps every path inside its root:
//! a manifest cannot make us read `../../etc/passwd` or follow a symlink out.
//!
//! Every file carecert reads (JSON, `.ftl`, XLIFF, a pack's files) is read with
//! [`read_regular`], which refuses anything but a regular file before opening it:
//! opening a named pipe waits for a writer for ever, and a device never ends.

use crate::diag::{Code, Diagnostic};
use include_dir::{Dir, include_dir};
use std::fs;
use std::io::{self, Read};
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
    /// Something is at the path, but not a regular file.
    NotAFile(NotAFile),
    Io(io::Error),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::OutsideRoot => f.write_str("the path leads outside its directory"),
            ReadError::TooLarge(len) => write!(
                f,
                "the file is {len} bytes, over the limit of {MAX_FILE_BYTES} bytes"
            ),
            ReadError::NotAFile(kind) => write!(f, "the path {}", kind.phrase()),
            ReadError::Io(e) => e.fmt(f),
        }
    }
}

/// What a path names when a file was expected and something else is there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAFile {
    Directory,
    NamedPipe,
    Socket,
    CharacterDevice,
    BlockDevice,
    /// A symbolic link whose target is missing, or links that loop.
    BrokenLink,
    /// Any other kind of file system object.
    Other,
}

impl NotAFile {
    fn of(file_type: fs::FileType) -> NotAFile {
        if file_type.is_dir() {
            return NotAFile::Directory;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if file_type.is_fifo() {
                return NotAFile::NamedPipe;
            }
            if file_type.is_socket() {
                return NotAFile::Socket;
            }
            if file_type.is_char_device() {
                return NotAFile::CharacterDevice;
            }
            if file_type.is_block_device() {
                return NotAFile::BlockDevice;
            }
        }
        NotAFile::Other
    }

    /// What the path is: "a named pipe (FIFO)".
    pub fn noun(self) -> &'static str {
        match self {
            NotAFile::Directory => "a directory",
            NotAFile::NamedPipe => "a named pipe (FIFO)",
            NotAFile::Socket => "a socket",
            NotAFile::CharacterDevice => "a character device",
            NotAFile::BlockDevice => "a block device",
            NotAFile::BrokenLink => {
                "a symbolic link to nothing (its target is missing, or the links loop)"
            }
            NotAFile::Other => "something other than a file or a directory",
        }
    }

    /// As in "terms.json is a named pipe (FIFO), not a file".
    pub fn phrase(self) -> String {
        format!("is {}, not a file", self.noun())
    }

    /// How to put it right.
    pub fn help(self) -> &'static str {
        match self {
            NotAFile::Directory => "put the file itself at this path, not a directory",
            NotAFile::BrokenLink => {
                "point the link at an existing file, or put the file itself here"
            }
            _ => "carecert reads only regular files (or links to them); put the file itself here",
        }
    }

    /// The error for `shown`, a path where a file was expected.
    pub fn diagnostic(self, shown: &str) -> Diagnostic {
        Diagnostic::error(Code::NotAFile, format!("this {}", self.phrase()))
            .file(shown)
            .help(self.help())
    }
}

/// Checks, without opening it, that `path` is a regular file or a symbolic link to
/// one; returns its metadata.
pub fn check_regular(path: &Path) -> Result<fs::Metadata, ReadError> {
    match fs::metadata(path) {
        Ok(meta) if meta.is_file() => Ok(meta),
        Ok(meta) => Err(ReadError::NotAFile(NotAFile::of(meta.file_type()))),
        Err(e) => {
            let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
            if is_link && e.kind() != io::ErrorKind::PermissionDenied {
                Err(ReadError::NotAFile(NotAFile::BrokenLink))
            } else {
                Err(ReadError::Io(e))
            }
        }
    }
}

/// Reads the regular file at `path`, refusing it when it holds more than `limit`
/// bytes. The size is checked before reading and again while reading, so a file
/// that grows (or claims a size of 0, as some virtual files do) cannot exhaust
/// memory.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let meta = check_regular(path)?;
    if meta.len() > limit {
        return Err(ReadError::TooLarge(meta.len()));
    }
    let file = fs::File::open(path).map_err(ReadError::Io)?;
    // The path may have been replaced between the check and the open.
    let meta = file.metadata().map_err(ReadError::Io)?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile(NotAFile::of(meta.file_type())));
    }
    remember(&meta);
    let mut bytes = Vec::with_capacity(meta.len().min(limit) as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Every file [`read_regular`] has opened in this process, by device and inode, so
/// that an output path can be told from an input however it is spelt (through a
/// link, with `..`): `diff A B --out B/edition.json` overwrote the edition it was
/// comparing with the diff, and `l10n export --out edition.json` with XLIFF.
#[cfg(unix)]
static READ: std::sync::Mutex<std::collections::BTreeSet<(u64, u64)>> =
    std::sync::Mutex::new(std::collections::BTreeSet::new());

fn remember(meta: &fs::Metadata) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let Ok(mut read) = READ.lock() {
            read.insert((meta.dev(), meta.ino()));
        }
    }
    #[cfg(not(unix))]
    let _ = meta;
}

/// Whether `path` names a file this process has read as an input.
pub fn was_read(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let Ok(meta) = fs::metadata(path) else {
            return false;
        };
        READ.lock()
            .is_ok_and(|read| read.contains(&(meta.dev(), meta.ino())))
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
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
        if std::fs::symlink_metadata(path).is_ok()
            && let Err(ReadError::NotAFile(kind)) = check_regular(path)
        {
            return Err(Diagnostic::error(
                Code::NotAFile,
                format!(
                    "\"{arg}\" is {}, not a framework or edition directory",
                    kind.noun()
                ),
            )
            .help("pass the directory that holds framework.json or edition.json"));
        }
        if let Some(source) = Source::embedded(arg) {
            return Ok(source);
        }
        if arg.contains('/') {
            return Err(missing_directory(arg));
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
                let real = match path.canonicalize() {
                    Ok(real) => real,
                    // A dangling or looping link, or nothing there.
                    Err(_) => check_regular(&path).map(|_| path.clone())?,
                };
                // What is there is said before where it leads: a link to /dev/zero
                // is a device first.
                check_regular(&real)?;
                let real_root = root.canonicalize().map_err(ReadError::Io)?;
                if !real.starts_with(&real_root) {
                    return Err(ReadError::OutsideRoot);
                }
                read_regular(&real, MAX_FILE_BYTES)
            }
        }
    }
}

/// A path made only of normal components, with forward slashes, and no control
/// characters (a NUL cannot be in a file name at all).
pub fn is_plain_relative(rel: &str) -> bool {
    !rel.is_empty()
        && !rel.contains('\\')
        && !rel.chars().any(char::is_control)
        && Path::new(rel)
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
}

/// A path that leads nowhere (`check editions/nigria`): what an edition or
/// framework directory holds, and the folder beside it whose name nearly matches.
fn missing_directory(arg: &str) -> Diagnostic {
    let path = Path::new(arg.trim_end_matches('/'));
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let holds = "an edition's directory holds edition.json, a framework's framework.json";
    let help = if parent.is_dir() {
        let siblings: Vec<String> = std::fs::read_dir(parent)
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok())
            .filter(|e| {
                let p = e.path();
                p.join("edition.json").exists() || p.join("framework.json").exists()
            })
            .filter_map(|e| e.file_name().into_string().ok())
            .collect();
        let close = crate::diag::suggest(&name, siblings.iter().map(String::as_str));
        let shown: Vec<String> = close
            .iter()
            .map(|c| parent.join(c).display().to_string())
            .collect();
        let shown: Vec<&str> = shown.iter().map(String::as_str).collect();
        match crate::diag::did_you_mean(&shown) {
            Some(dym) => format!("{dym} ({holds})"),
            None => format!(
                "{} has no folder {name}; {holds} (`carecert new {arg} --country CC --locale LOCALE` creates an edition there)",
                parent.display()
            ),
        }
    } else {
        format!(
            "there is no folder {} either: check the path, or run where the workspace is ({holds})",
            parent.display()
        )
    };
    Diagnostic::error(
        Code::FrameworkNotFound,
        format!("there is no edition or framework directory \"{arg}\""),
    )
    .help(help)
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
        for bad in [
            "../x.json",
            "/etc/passwd",
            "a/../../b",
            "a\\b",
            "",
            "a\0.json",
            "a\n",
        ] {
            assert!(!is_plain_relative(bad), "{bad}");
        }
        assert!(is_plain_relative("standards/01.json"));
        let src = Source::embedded(DEFAULT_FRAMEWORK).unwrap();
        assert!(matches!(src.read("../x"), Err(ReadError::OutsideRoot)));
    }
}
