//! The pack's Word documents: standards, learner workbook, assessor record and
//! certificate, and (for `diff`) the redline.
//!
//! Builders turn a localised edition into a [`doc::Doc`] (blocks, no OOXML); the
//! writer turns a `Doc` into a DOCX package. `docs/docx.md` says why the writer is
//! our own and what it guarantees.

mod assessor;
mod bidi;
mod certificate;
pub mod content;
pub mod doc;
mod glossary;
pub mod package;
pub mod redline;
pub mod script;
mod standards;
mod wml;
pub use wml::{review_bookmark, review_bookmark_stem};
mod workbook;
mod xml;

use crate::l10n::Localised;
use crate::l10n::labels::Labels;
use content::Content;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentKind {
    Standards,
    Workbook,
    AssessorRecord,
    Certificate,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 4] = [
        DocumentKind::Standards,
        DocumentKind::Workbook,
        DocumentKind::AssessorRecord,
        DocumentKind::Certificate,
    ];

    pub fn file_name(self) -> &'static str {
        match self {
            DocumentKind::Standards => "standards.docx",
            DocumentKind::Workbook => "learner-workbook.docx",
            DocumentKind::AssessorRecord => "assessor-record.docx",
            DocumentKind::Certificate => "certificate.docx",
        }
    }

    /// The name of the document's PDF in a pack.
    pub fn pdf_file_name(self) -> &'static str {
        match self {
            DocumentKind::Standards => "standards.pdf",
            DocumentKind::Workbook => "learner-workbook.pdf",
            DocumentKind::AssessorRecord => "assessor-record.pdf",
            DocumentKind::Certificate => "certificate.pdf",
        }
    }
}

pub struct DocxOptions<'a> {
    /// The build date (RFC 3339) for the document properties.
    pub date: &'a str,
    /// "carecert 0.1.0", recorded as the creator.
    pub generator: &'a str,
    /// The page of each contents entry (heading 1–2, in order), when a layout
    /// has measured them (`crate::pdf`). With them the contents' cached result
    /// carries page numbers, so a reader without Word sees them; without them
    /// the entries are titles only, and Word fills the numbers in on open.
    pub contents_pages: Option<&'a [u32]>,
    /// The date a certificate is issued (RFC 3339): only a date given to the
    /// build (SOURCE_DATE_EPOCH or --date); without one the certificate has a
    /// line to write it on.
    pub issued: Option<&'a str>,
}

/// The document of one kind, as blocks.
pub fn document(
    kind: DocumentKind,
    edition: &Localised,
    labels: &Labels,
    issued: Option<&str>,
) -> doc::Doc {
    let c = Content {
        edition,
        labels,
        issued,
    };
    match kind {
        DocumentKind::Standards => standards::build(&c),
        DocumentKind::Workbook => workbook::build(&c),
        DocumentKind::AssessorRecord => assessor::build(&c),
        DocumentKind::Certificate => certificate::build(&c),
    }
}

/// The DOCX bytes of one document of a localised edition.
pub fn render(
    kind: DocumentKind,
    edition: &Localised,
    labels: &Labels,
    opts: &DocxOptions<'_>,
) -> Vec<u8> {
    let mut out = Vec::new();
    // Parts are ours and the zip is in memory, so this cannot fail.
    render_to(kind, edition, labels, opts, &mut out).expect("an in-memory zip accepts every part");
    out
}

/// Writes one document of a localised edition into `out`. The package is
/// zipped in memory (a zip is patched after each part) but holds only
/// compressed bytes, and the document is dropped before they are written out.
pub fn render_to(
    kind: DocumentKind,
    edition: &Localised,
    labels: &Labels,
    opts: &DocxOptions<'_>,
    out: &mut dyn Write,
) -> io::Result<()> {
    render_into(
        package::Package::default(),
        kind,
        edition,
        labels,
        opts,
        out,
    )
}

/// [`render_to`] for a document built alone, with nothing else to write
/// beside it: the compressor runs on a thread of its own, started before the
/// document is built, while this thread builds and writes the document. The
/// bytes are the same.
pub fn render_alone_to(
    kind: DocumentKind,
    edition: &Localised,
    labels: &Labels,
    opts: &DocxOptions<'_>,
    out: &mut dyn Write,
) -> io::Result<()> {
    render_into(package::Package::beside(), kind, edition, labels, opts, out)
}

fn render_into(
    mut package: package::Package,
    kind: DocumentKind,
    edition: &Localised,
    labels: &Labels,
    opts: &DocxOptions<'_>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let fonts = script::FontSet::for_locale(&edition.locale, edition.fonts.as_ref());
    let c = Content {
        edition,
        labels,
        issued: opts.issued,
    };
    match streamed(kind) {
        Some((blank, body)) => {
            // The blocks are made twice, once to survey them and once to
            // write them, and never held: a large framework's workbook was
            // 20 MB of blocks, and freeing them alone cost a tenth of its time.
            let mut survey = wml::Survey::default();
            body(&c, &mut survey);
            let legend = survey.fallback.then(|| c.legend());
            wml::stream_parts(
                &blank(&c),
                survey,
                legend,
                &fonts,
                opts,
                &mut package,
                |s| body(&c, s),
            )?;
        }
        None => {
            let d = document(kind, edition, labels, opts.issued);
            wml::write_parts(&d, &fonts, opts, &mut package)?;
        }
    }
    out.write_all(&package.finish()?)
}

/// A document with no blocks yet, and what makes its blocks.
type Streamed = (
    fn(&Content<'_>) -> doc::Doc,
    fn(&Content<'_>, &mut dyn doc::Blocks),
);

/// How a document of `kind` is made block by block, for those long enough
/// to be worth writing as they are made. The certificate is one page whose
/// legend joins its last line; it is made whole.
fn streamed(kind: DocumentKind) -> Option<Streamed> {
    match kind {
        DocumentKind::Standards => Some((standards::blank, standards::body)),
        DocumentKind::Workbook => Some((workbook::blank, workbook::body)),
        DocumentKind::AssessorRecord => Some((assessor::blank, assessor::body)),
        DocumentKind::Certificate => None,
    }
}

/// Any `Doc` as DOCX bytes: the parts, zipped with fixed times and order.
pub fn write(d: &doc::Doc, fonts: &script::FontSet, opts: &DocxOptions<'_>) -> Vec<u8> {
    // Parts are ours and the zip is in memory, so this cannot fail.
    zipped(d, fonts, opts).expect("an in-memory zip accepts every part")
}

fn zipped(d: &doc::Doc, fonts: &script::FontSet, opts: &DocxOptions<'_>) -> io::Result<Vec<u8>> {
    let mut package = package::Package::default();
    wml::write_parts(d, fonts, opts, &mut package)?;
    package.finish()
}

/// The Word redline of a diff between two localised editions.
pub fn redline_bytes(
    old: &Localised,
    new: &Localised,
    diff: &crate::diff::Diff,
    labels: &Labels,
    opts: &redline::RedlineOptions<'_>,
) -> Vec<u8> {
    let c = Content {
        edition: new,
        labels,
        issued: None,
    };
    let d = redline::build(&c, old, diff, opts);
    let fonts = script::FontSet::for_locale(&new.locale, new.fonts.as_ref());
    write(
        &d,
        &fonts,
        &DocxOptions {
            // The package's own creation date is required; without a date given
            // it is the epoch, as in every pack, never the clock.
            date: opts.date.unwrap_or("1970-01-01T00:00:00Z"),
            generator: concat!(env!("CARGO_PKG_NAME"), " ", env!("CARGO_PKG_VERSION")),
            contents_pages: None,
            issued: None,
        },
    )
}
