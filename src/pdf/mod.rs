//! Print-ready PDFs of the pack's documents, made by converting their DOCX with
//! headless LibreOffice (`docs/pdf.md` says why this and not typesetting with
//! typst).
//!
//! A document with a contents list is converted twice: the first PDF says on
//! which page each heading landed (`dests`), the DOCX is written again with
//! those numbers in its contents' cached result, and the second PDF shows
//! them. The DOCX of the pack is that second one, so both agree. Should the
//! numbers shift the layout (they never have), the loop goes round once more.

mod dests;
mod normalise;
mod soffice;

pub use normalise::normalise;
pub use soffice::{Converter, PROGRAM_VARIABLE};

use crate::render::docx::DocumentKind;
use std::path::PathBuf;

/// How many times a document with contents may be converted at most.
const MAX_PASSES: usize = 3;

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
    let mut made: Vec<Made> = kinds
        .iter()
        .map(|k| Made {
            kind: *k,
            docx: render(*k, None),
            pdf: Vec::new(),
        })
        .collect();
    // Each pass converts the documents whose contents are not yet right.
    let mut pending: Vec<usize> = (0..made.len()).collect();
    let mut pages: Vec<Option<Vec<u32>>> = vec![None; made.len()];
    for pass in 0..MAX_PASSES {
        if pending.is_empty() {
            break;
        }
        let files: Vec<(&str, &[u8])> = pending
            .iter()
            .map(|i| (made[*i].kind.file_name(), made[*i].docx.as_slice()))
            .collect();
        let pdfs = converter.convert(&files)?;
        let mut next = Vec::new();
        for (i, pdf) in pending.iter().copied().zip(pdfs) {
            let measured = dests::heading_pages(&pdf);
            made[i].pdf = pdf;
            let docx = match &measured {
                Some(p) => render(made[i].kind, Some(p)),
                // No headings: nothing to number.
                None if pass == 0 && !has_headings(&made[i].docx) => continue,
                None => {
                    return Err(PdfError::NoHeadingPages(
                        made[i].kind.file_name().to_string(),
                    ));
                }
            };
            // Converted with these very numbers, or a document without a
            // contents list (its DOCX does not change): done.
            if pages[i] == measured || docx == made[i].docx {
                continue;
            }
            pages[i] = measured;
            made[i].docx = docx;
            next.push(i);
        }
        pending = next;
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
