//! Running LibreOffice headless to turn DOCX files into PDF.
//!
//! Each run gets a user profile of its own in a temporary directory, so two
//! builds (or two packs of one build) converting at once never share one: a
//! shared profile makes the second LibreOffice hand its work to the first, or
//! fail. The run is killed when it takes longer than [`TIMEOUT`].

use super::PdfError;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Longer than any pack takes (a 100-page workbook converts in seconds), short
/// enough that a LibreOffice waiting on a dialog does not hang a build.
const TIMEOUT: Duration = Duration::from_secs(600);

/// The environment variable naming the LibreOffice program, for installs that
/// do not put `soffice` on PATH (macOS keeps it inside the application).
pub const PROGRAM_VARIABLE: &str = "CARECERT_SOFFICE";

/// The PDF export's options: named destinations for the headings' bookmarks,
/// so the page of each can be read back (`dests`). LibreOffice 7.4 and later
/// read options given as JSON.
const EXPORT: &str = r#"pdf:writer_pdf_Export:{"ExportBookmarksToPDFDestination":{"type":"boolean","value":"true"},"ExportBookmarks":{"type":"boolean","value":"true"}}"#;

/// A LibreOffice program found on this machine.
#[derive(Debug, Clone)]
pub struct Converter {
    program: PathBuf,
}

impl Converter {
    /// Finds LibreOffice: `$CARECERT_SOFFICE` when set, else `soffice` (or
    /// `libreoffice`) on PATH.
    pub fn find() -> Result<Converter, PdfError> {
        if let Some(p) = std::env::var_os(PROGRAM_VARIABLE).filter(|p| !p.is_empty()) {
            let program = PathBuf::from(p);
            return if program.is_file() {
                Ok(Converter { program })
            } else {
                Err(PdfError::NotInstalled(Some(program)))
            };
        }
        let path = std::env::var_os("PATH").unwrap_or_default();
        for dir in std::env::split_paths(&path) {
            for name in ["soffice", "libreoffice"] {
                let candidate = dir.join(name);
                if candidate.is_file() {
                    return Ok(Converter { program: candidate });
                }
            }
        }
        Err(PdfError::NotInstalled(None))
    }

    /// Converts `files` (name, DOCX bytes) and returns each one's PDF bytes, in
    /// order. One LibreOffice start converts them all.
    pub fn convert(&self, files: &[(&str, &[u8])]) -> Result<Vec<Vec<u8>>, PdfError> {
        let work = tempfile::Builder::new()
            .prefix("carecert-pdf-")
            .tempdir()
            .map_err(|e| PdfError::Io(std::env::temp_dir(), e))?;
        let input = work.path().join("in");
        let output = work.path().join("out");
        let profile = work.path().join("profile");
        for dir in [&input, &output, &profile] {
            std::fs::create_dir(dir).map_err(|e| PdfError::Io(dir.clone(), e))?;
        }
        let mut command = Command::new(&self.program);
        command
            .arg(format!("-env:UserInstallation={}", file_url(&profile)))
            .args(["--headless", "--norestore", "--nolockcheck"])
            .args(["--convert-to", EXPORT, "--outdir"])
            .arg(&output)
            // The PDF's dates are replaced afterwards (`normalise`); in UTC
            // they always have the same length.
            .env("TZ", "UTC")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        for (name, bytes) in files {
            let path = input.join(name);
            std::fs::write(&path, bytes).map_err(|e| PdfError::Io(path.clone(), e))?;
            command.arg(&path);
        }
        let stderr = self.run(command)?;
        files
            .iter()
            .map(|(name, _)| {
                let pdf = output.join(Path::new(name).with_extension("pdf"));
                std::fs::read(&pdf).map_err(|_| PdfError::NoOutput {
                    document: name.to_string(),
                    stderr: stderr.clone(),
                })
            })
            .collect()
    }

    /// Runs LibreOffice to its end or the timeout; returns what it printed on
    /// stderr.
    fn run(&self, mut command: Command) -> Result<String, PdfError> {
        let mut child = command
            .spawn()
            .map_err(|e| PdfError::Io(self.program.clone(), e))?;
        // Read stderr on a thread so a chatty LibreOffice never blocks on a full pipe.
        let mut pipe = child.stderr.take();
        let reader = std::thread::spawn(move || {
            let mut text = String::new();
            if let Some(p) = pipe.as_mut() {
                let _ = p.read_to_string(&mut text);
            }
            text
        });
        let started = Instant::now();
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if started.elapsed() > TIMEOUT => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(PdfError::TimedOut(TIMEOUT.as_secs()));
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(50)),
                Err(e) => return Err(PdfError::Io(self.program.clone(), e)),
            }
        };
        let stderr = reader.join().unwrap_or_default();
        if !status.success() {
            return Err(PdfError::Failed {
                status: status.code(),
                stderr,
            });
        }
        Ok(stderr)
    }
}

/// A `file://` URL for a local directory, as `-env:UserInstallation` wants it;
/// bytes outside the unreserved set are percent-encoded.
fn file_url(path: &Path) -> String {
    let mut url = String::from("file://");
    let text = path.to_string_lossy();
    let text = text.replace('\\', "/");
    if !text.starts_with('/') {
        url.push('/');
    }
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' | b':' => {
                url.push(b as char)
            }
            _ => url.push_str(&format!("%{b:02X}")),
        }
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_urls_are_escaped() {
        assert_eq!(
            file_url(Path::new("/tmp/a b/ü")),
            "file:///tmp/a%20b/%C3%BC"
        );
    }
}
