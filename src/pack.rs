//! Packs: the files of one edition in one locale, written atomically with a
//! manifest of their hashes.
//!
//! A pack is written into a temporary sibling directory and swapped into place
//! under a lock, so a failed build leaves the previous pack exactly as it was and
//! two builds into the same output directory never mix their files.

use crate::ids;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

mod verify;

pub use verify::{Verification, read_manifest, verify};

pub const MANIFEST: &str = "manifest.json";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub tool: String,
    pub tool_version: String,
    pub edition: String,
    pub locale: String,
    /// The stack of layers, base first, with the fingerprint of each one's files.
    pub layers: Vec<ManifestLayer>,
    /// Texts that fell back to another language.
    pub fallbacks: usize,
    /// The build date, only when one was given (SOURCE_DATE_EPOCH or --date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    pub files: Vec<ManifestFile>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManifestLayer {
    pub id: String,
    pub kind: String,
    pub fingerprint: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManifestFile {
    pub name: String,
    pub size: u64,
    pub sha256: String,
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Why a pack could not be written.
#[derive(Debug)]
pub enum PackError {
    /// An edition id or locale that cannot safely be a directory name.
    BadComponent(String),
    Io(PathBuf, io::Error),
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PackError::BadComponent(c) => {
                write!(f, "\"{c}\" cannot be used as a directory name in a pack")
            }
            PackError::Io(p, e) => write!(f, "{}: {e}", p.display()),
        }
    }
}

/// The directory a pack goes to: `<out>/<edition>/<locale>`, after checking both
/// are plain names (no `..`, no separators).
pub fn pack_dir(out: &Path, edition: &str, locale: &str) -> Result<PathBuf, PackError> {
    if !ids::is_id(edition) {
        return Err(PackError::BadComponent(edition.to_string()));
    }
    if !ids::is_locale(locale) {
        return Err(PackError::BadComponent(locale.to_string()));
    }
    Ok(out.join(edition).join(locale))
}

/// A hook to make a write fail on purpose, so tests can prove a failure at any
/// step leaves the previous pack untouched. Set `CARECERT_FAIL_AFTER_FILES=N` to
/// fail after N files of a pack were written, once the next one has been rendered
/// into its unfinished file.
fn injected_failure(written: usize) -> io::Result<()> {
    match std::env::var("CARECERT_FAIL_AFTER_FILES")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        Some(n) if written >= n => Err(io::Error::other(
            "failure injected by CARECERT_FAIL_AFTER_FILES",
        )),
        _ => Ok(()),
    }
}

/// A pack being written to a temporary sibling of its directory, file by file.
/// Each file is streamed to disk and hashed on the way, so no file of a pack is
/// ever held whole in memory (at 100,000 criteria `case.json` is 200 MB).
/// Dropping it removes the temporary directory.
pub struct Staging {
    tmp: tempfile::TempDir,
    dir: PathBuf,
    // After `tmp`: fields drop in order, so the temporary directory is gone first.
    created: Created,
}

/// The directories [`begin`] created for a pack's place (`out/`, `out/india/`),
/// innermost first. Dropped, it removes those that are still empty: a build that
/// fails leaves no empty output directories behind. One that holds a pack (or
/// another build's staging directory) is not empty and stays.
struct Created(Vec<PathBuf>);

impl Drop for Created {
    fn drop(&mut self) {
        for dir in &self.0 {
            let _ = fs::remove_dir(dir);
        }
    }
}

/// A pack written in full to a temporary sibling of its directory, not yet in
/// place. Dropping it removes the temporary directory, so a build that fails
/// after staging some packs leaves every previous pack as it was.
pub struct Staged {
    tmp: tempfile::TempDir,
    dir: PathBuf,
    /// Held only to be dropped after `tmp`.
    _created: Created,
}

/// Starts staging the pack that will replace `dir`, without touching `dir`.
pub fn begin(dir: &Path) -> Result<Staging, PackError> {
    let parent = dir.parent().unwrap_or(Path::new("."));
    let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or("pack");
    let missing: Vec<PathBuf> = parent
        .ancestors()
        .take_while(|d| !d.as_os_str().is_empty() && fs::symlink_metadata(d).is_err())
        .map(Path::to_path_buf)
        .collect();
    let created = Created(missing);
    fs::create_dir_all(parent).map_err(|e| PackError::Io(parent.to_path_buf(), e))?;
    let tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}.new-"))
        .tempdir_in(parent)
        .map_err(|e| PackError::Io(parent.to_path_buf(), e))?;
    Ok(Staging {
        tmp,
        dir: dir.to_path_buf(),
        created,
    })
}

/// Counts and hashes what passes through, for the manifest.
struct Hashing<W> {
    inner: W,
    hash: Sha256,
    size: u64,
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        self.size += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

impl Staging {
    /// Writes the file `name` with what `render` writes into it, and describes
    /// it for the manifest. `index` is the file's place in the pack, for
    /// injected failures. Files may be written from several threads at once.
    pub fn file(
        &self,
        index: usize,
        name: &str,
        render: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    ) -> Result<ManifestFile, PackError> {
        let path = self.tmp.path().join(name);
        let io_err = |e| PackError::Io(path.clone(), e);
        let file = fs::File::create(&path).map_err(io_err)?;
        let mut w = io::BufWriter::with_capacity(
            1 << 16,
            Hashing {
                inner: file,
                hash: Sha256::new(),
                size: 0,
            },
        );
        render(&mut w).map_err(io_err)?;
        injected_failure(index).map_err(io_err)?;
        let h = w.into_inner().map_err(|e| io_err(e.into_error()))?;
        Ok(ManifestFile {
            name: name.to_string(),
            size: h.size,
            sha256: h
                .hash
                .finalize()
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect(),
        })
    }

    /// Writes the manifest last (its files sorted by name), completing the pack.
    pub fn finish(self, mut manifest: Manifest) -> Result<Staged, PackError> {
        manifest.files.sort_by(|a, b| a.name.cmp(&b.name));
        let index = manifest.files.len();
        self.file(index, MANIFEST, |w| {
            serde_json::to_writer_pretty(&mut *w, &manifest)?;
            w.write_all(b"\n")
        })?;
        Ok(Staged {
            tmp: self.tmp,
            dir: self.dir,
            _created: self.created,
        })
    }
}

impl Staged {
    /// Swaps the staged pack into place under the output directory's lock: old
    /// pack aside, new pack in, old pack removed.
    pub fn commit(self) -> Result<(), PackError> {
        let dir = &self.dir;
        let parent = dir.parent().unwrap_or(Path::new("."));
        let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or("pack");
        let lock_path = parent.join(".carecert.lock");
        let lock = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| PackError::Io(lock_path.clone(), e))?;
        lock.lock()
            .map_err(|e| PackError::Io(lock_path.clone(), e))?;
        let result = swap(self.tmp.path(), dir, parent, name);
        let _ = lock.unlock();
        result
    }
}

fn swap(new: &Path, dir: &Path, parent: &Path, name: &str) -> Result<(), PackError> {
    let old = parent.join(format!(".{name}.old-{}", std::process::id()));
    let had_old = dir.exists();
    if had_old {
        fs::rename(dir, &old).map_err(|e| PackError::Io(dir.to_path_buf(), e))?;
    }
    if let Err(e) = fs::rename(new, dir) {
        if had_old {
            let _ = fs::rename(&old, dir);
        }
        return Err(PackError::Io(dir.to_path_buf(), e));
    }
    if had_old {
        fs::remove_dir_all(&old).map_err(|e| PackError::Io(old.clone(), e))?;
    }
    Ok(())
}

/// An RFC 3339 UTC date-time for a Unix timestamp (for SOURCE_DATE_EPOCH).
pub fn date_time_from_epoch(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Accepts `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SSZ` and returns the full form.
pub fn parse_date(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    let date_ok = b.len() >= 10
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10);
    if !date_ok {
        return None;
    }
    let month: u32 = s[5..7].parse().ok()?;
    let day: u32 = s[8..10].parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    match b.len() {
        10 => Some(format!("{s}T00:00:00Z")),
        20 if b[10] == b'T'
            && digits(11..13)
            && b[13] == b':'
            && digits(14..16)
            && b[16] == b':'
            && digits(17..19)
            && b[19] == b'Z' =>
        {
            Some(s.to_string())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_dates() {
        assert_eq!(date_time_from_epoch(0), "1970-01-01T00:00:00Z");
        assert_eq!(date_time_from_epoch(1_764_028_800), "2025-11-25T00:00:00Z");
        assert_eq!(date_time_from_epoch(951_782_400), "2000-02-29T00:00:00Z");
    }

    #[test]
    fn dates_from_flags() {
        assert_eq!(
            parse_date("2026-03-01").as_deref(),
            Some("2026-03-01T00:00:00Z")
        );
        assert_eq!(
            parse_date("2026-03-01T10:20:30Z").as_deref(),
            Some("2026-03-01T10:20:30Z")
        );
        assert_eq!(parse_date("2026-13-01"), None);
        assert_eq!(parse_date("yesterday"), None);
    }

    #[test]
    fn pack_dirs_refuse_traversal() {
        assert!(pack_dir(Path::new("out"), "../x", "en-GB").is_err());
        assert!(pack_dir(Path::new("out"), "india", "../../etc").is_err());
        assert_eq!(
            pack_dir(Path::new("out"), "india", "hi-IN").unwrap(),
            Path::new("out/india/hi-IN")
        );
    }

    fn manifest() -> Manifest {
        Manifest {
            tool: "t".into(),
            tool_version: "0".into(),
            edition: "e".into(),
            locale: "en-GB".into(),
            layers: Vec::new(),
            fallbacks: 0,
            date: None,
            files: Vec::new(),
        }
    }

    fn stage_one(dir: &Path, text: &'static str) -> Result<Staged, PackError> {
        let staging = begin(dir)?;
        let file = staging.file(0, "a.txt", |w| w.write_all(text.as_bytes()))?;
        let mut m = manifest();
        m.files.push(file);
        staging.finish(m)
    }

    #[test]
    fn files_are_hashed_as_they_are_written() {
        let out = tempfile::tempdir().unwrap();
        let dir = out.path().join("e/en-GB");
        stage_one(&dir, "hello").unwrap().commit().unwrap();
        let m: Manifest = serde_json::from_slice(&fs::read(dir.join(MANIFEST)).unwrap()).unwrap();
        assert_eq!(m.files[0].size, 5);
        assert_eq!(m.files[0].sha256, sha256_hex(b"hello"));
        assert!(verify(&dir, &m).is_clean());
    }

    #[test]
    fn a_render_failing_mid_file_leaves_the_previous_pack() {
        let out = tempfile::tempdir().unwrap();
        let dir = out.path().join("e/en-GB");
        stage_one(&dir, "old").unwrap().commit().unwrap();
        let staging = begin(&dir).unwrap();
        let err = staging
            .file(0, "a.txt", |w| {
                w.write_all(&[b'x'; 1 << 20])?;
                Err(io::Error::other("renderer gave up"))
            })
            .err()
            .unwrap();
        let message = err.to_string();
        assert!(
            message.contains("a.txt") && message.contains("renderer gave up"),
            "{message}"
        );
        drop(staging);
        assert_eq!(fs::read(dir.join("a.txt")).unwrap(), b"old");
        let staged_left = fs::read_dir(out.path().join("e"))
            .unwrap()
            .any(|e| e.unwrap().file_name().to_string_lossy().contains(".new-"));
        assert!(!staged_left, "the staging directory was not removed");
    }
}
