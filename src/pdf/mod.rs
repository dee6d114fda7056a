//! Print-ready PDFs of the pack's documents, made by converting their DOCX with
//! headless LibreOffice (`docs/pdf.md` says why this and not typesetting with
//! typst).
//!
//! Each document is converted once. LibreOffice lays out the PAGEREF fields
//! of a contents list itself, so the PDF already shows the right numbers; the
//! PDF also says on which page each heading landed (`dests`), and the DOCX of
//! the pack is written again with those numbers as its fields' cached
//! results, for Word before it refreshes them and for readers that never do.

mod dests;
mod normalise;
mod soffice;

pub use normalise::normalise;
pub use soffice::{Converter, PROGRAM_VARIABLE};

use crate::render::docx::DocumentKind;
use std::path::PathBuf;

/// Why the PDFs could not be made.
#[derive(Debug)]
pub enum PdfError {
    /// No LibreOffice: the path `CARECERT_SOFFICE` named, or none on PATH.
    NotInstalled(Option<PathBuf>),
    /// LibreOffice ended with an error status.
    Failed {
        status: Option<i32>,
        stderr: String,
    },
    /// LibreOffice ended but wrote no PDF for this document.
    NoOutput {
        document: String,
        stderr: String,
    },
    /// LibreOffice did not finish within this many seconds and was stopped.
    TimedOut(u64),
    /// The PDF has no page for the headings' bookmarks (LibreOffice older than
    /// 7.4 ignores the export option that writes them).
    NoHeadingPages(String),
    Io(PathBuf, std::io::Error),
}

impl std::fmt::Display for PdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tail = |s: &str| {
            let s = s.trim();
            if s.is_empty() {
                String::new()
            } else {
                format!(": {}", s.lines().last().unwrap_or(s))
            }
        };
        match self {
            PdfError::NotInstalled(Some(p)) => write!(
                f,
                "{} (named by {PROGRAM_VARIABLE}) is not a file, so the PDFs cannot be made",
                p.display()
            ),
            PdfError::NotInstalled(None) => write!(
                f,
                "PDF output needs LibreOffice, and neither soffice nor libreoffice is on PATH"
            ),
            PdfError::Failed { status, stderr } => match status {
                Some(code) => write!(
                    f,
                    "LibreOffice failed with exit status {code}{}",
                    tail(stderr)
                ),
                None => write!(f, "LibreOffice was stopped by a signal{}", tail(stderr)),
            },
            PdfError::NoOutput { document, stderr } => {
                write!(f, "LibreOffice wrote no PDF for {document}{}", tail(stderr))
            }
            PdfError::TimedOut(s) => write!(f, "LibreOffice did not finish within {s} seconds"),
            PdfError::NoHeadingPages(d) => write!(
                f,
                "the PDF LibreOffice made of {d} does not say on which page each heading is"
            ),
            PdfError::Io(p, e) => write!(f, "{}: {e}", p.display()),
        }
    }
}

/// One document made: its final DOCX and its PDF.
pub struct Made {
    pub kind: DocumentKind,
    pub docx: Vec<u8>,
    pub pdf: Vec<u8>,
}

/// Writes a document's DOCX, with the pages of its contents entries or none.
pub type RenderDocx<'a> = dyn Fn(DocumentKind, Option<&[u32]>) -> Vec<u8> + 'a;

/// Makes the PDF of each of `kinds`. `render` writes a document's DOCX, with
/// the given contents pages or none; `date` (RFC 3339) goes into the PDFs.
pub fn make(
    converter: &Converter,
    kinds: &[DocumentKind],
    render: &RenderDocx<'_>,
    date: &str,
) -> Result<Vec<Made>, PdfError> {
    let docx: Vec<Vec<u8>> = kinds.iter().map(|k| render(*k, None)).collect();
    let files: Vec<(&str, &[u8])> = kinds
        .iter()
        .zip(&docx)
        .map(|(k, d)| (k.file_name(), d.as_slice()))
        .collect();
    let pdfs = converter.convert(&files)?;
    let mut made = Vec::with_capacity(kinds.len());
    for ((kind, docx), pdf) in kinds.iter().copied().zip(docx).zip(pdfs) {
        let docx = match dests::heading_pages(&pdf) {
            Some(pages) => render(kind, Some(&pages)),
            // No headings: nothing to number.
            None if !has_headings(&docx) => docx,
            None => return Err(PdfError::NoHeadingPages(kind.file_name().to_string())),
        };
        made.push(Made { kind, docx, pdf });
    }
    for m in &mut made {
        normalise(&mut m.pdf, date);
    }
    Ok(made)
}

/// Whether a DOCX has heading bookmarks; its zip holds `document.xml`
/// deflated, so this asks the package reader.
fn has_headings(docx: &[u8]) -> bool {
    crate::render::docx::package::unzip(docx)
        .ok()
        .and_then(|parts| parts.into_iter().find(|(n, _)| n == "word/document.xml"))
        .is_some_and(|(_, xml)| dests::find(&xml, b"w:name=\"_Toc").is_some())
}
