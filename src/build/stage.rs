//! Rendering one pack into its staging directory: its files, in parallel, and
//! its manifest.

use super::{BuildOptions, BuiltPack, Format, pdf_failed, write_failed};
use crate::diag::Diagnostic;
use crate::edition::resolved::LayerKind;
use crate::l10n::{self, labels::Labels};
use crate::pack::{self, Manifest, ManifestFile, ManifestLayer};
use crate::render::docx::{self, DocumentKind};
use crate::render::{case, xml};
use std::collections::HashMap;
use std::path::Path;

/// Renders the pack's files straight into a staged pack, in parallel, and
/// writes its manifest. Also runs `beside` (work for the build as a whole,
/// such as preparing the next pack) on whichever line of work first runs out
/// of files, and returns what it gives, whether or not the pack could be
/// staged.
pub(super) fn stage<R: Send>(
    dir: &Path,
    l: &l10n::Localised,
    labels: &Labels,
    opts: &BuildOptions<'_>,
    converter: Option<&crate::pdf::Converter>,
    large: bool,
    beside: impl FnOnce() -> R + Send,
) -> (Result<(pack::Staged, BuiltPack), Diagnostic>, R) {
    let outputs = outputs(opts);
    // PDFs first, before anything is staged: making them also gives the
    // documents' final DOCX (with the contents' page numbers).
    let made = match converter {
        Some(c) if outputs.iter().any(|o| matches!(o, Output::Pdf(_))) => {
            match made_pdfs(c, l, labels, opts) {
                Ok(made) => made,
                Err(e) => return (Err(pdf_failed(e)), beside()),
            }
        }
        _ => HashMap::new(),
    };
    let staging = match pack::begin(dir) {
        Ok(staging) => staging,
        Err(e) => return (Err(write_failed(e)), beside()),
    };
    // A pack of one file has the second core to itself.
    let alone = outputs.len() == 1;
    let write = |(i, o): (usize, &Output)| {
        (
            i,
            staging.file(i, o.file_name(), |w| {
                o.render(l, labels, opts, &made, alone, w)
            }),
        )
    };
    let (mut written, given): (Vec<Written>, R) = if outputs.len() < 2 {
        // One file: no threads to start.
        let written = outputs.iter().enumerate().map(write).collect();
        (written, beside())
    } else {
        largest_first(&outputs, large, &write, beside)
    };
    written.sort_by_key(|(i, _)| *i);
    let written = written.into_iter().map(|(_, r)| r);
    // The first failure in pack order, so the message does not depend on timing.
    let files = match written.collect::<Result<Vec<_>, _>>() {
        Ok(files) => files,
        Err(e) => return (Err(write_failed(e)), given),
    };
    let staged = match staging.finish(manifest(l, files, opts)) {
        Ok(staged) => staged,
        Err(e) => return (Err(write_failed(e)), given),
    };
    let built = BuiltPack {
        edition: l.id.clone(),
        locale: l.locale.clone(),
        dir: dir.to_path_buf(),
        files: outputs.iter().map(|o| o.file_name().to_string()).collect(),
        fallbacks: l.fallbacks,
        texts: l.texts,
        translations: Vec::new(),
        translated: l10n::language(&l.locale) != l10n::language(&l.source_locale),
        warnings: Vec::new(),
    };
    (Ok((staged, built)), given)
}

/// Writes every output on two lines of work (this thread and one beside it),
/// each taking the largest file not yet started: the longest-first rule,
/// which keeps the two lines near even. Rayon's halving of the list gave one
/// line the CASE, the XML and the standards document, and the other the rest,
/// so that one finished well before the other. `beside` takes its turn
/// among the files, before the small ones.
///
/// Documents are written as their blocks are made, so two at once hold only
/// their XML buffers and compressors: a large framework's two largest
/// documents now run side by side, where each used to hold a block tree of
/// up to 20 MB, and they went one after the other.
fn largest_first<R: Send>(
    outputs: &[Output],
    large: bool,
    write: &(dyn Fn((usize, &Output)) -> Written + Sync),
    beside: impl FnOnce() -> R + Send,
) -> (Vec<Written>, R) {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let mut files: Vec<usize> = (0..outputs.len()).collect();
    files.sort_by_key(|&i| std::cmp::Reverse(outputs[i].work(large)));
    // `beside` (None) goes before the small files (the certificate, the
    // XML), which then fill in while the other line ends its last file:
    // run last, it left a core idle for 30–45 ms at the end of each of a
    // large framework's packs.
    let small = files.partition_point(|&i| outputs[i].work(large) > SMALL);
    let mut order: Vec<Option<usize>> = files.into_iter().map(Some).collect();
    order.insert(small, None);
    let next = AtomicUsize::new(0);
    let beside = Mutex::new(Some(beside));
    let line = || {
        let mut written = Vec::new();
        let mut given = None;
        while let Some(job) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
            match job {
                Some(i) => written.push(write((*i, &outputs[*i]))),
                // A poisoned lock means the other line panicked; that
                // panic goes on.
                None => given = beside.lock().ok().and_then(|mut b| b.take()).map(|b| b()),
            }
        }
        (written, given)
    };
    let ((mut a, given_a), (b, given_b)) = super::schedule::both(line, line);
    a.extend(b);
    let given = given_a
        .or(given_b)
        .expect("one of the two lines runs `beside`");
    (a, given)
}

/// The [`Output::work`] of the files written after `beside`.
const SMALL: u8 = 2;

/// A file written into the staged pack, with its place in the pack.
type Written = (usize, Result<ManifestFile, pack::PackError>);

/// The PDF (and final DOCX) of every document the options choose.
fn made_pdfs(
    converter: &crate::pdf::Converter,
    l: &l10n::Localised,
    labels: &Labels,
    opts: &BuildOptions<'_>,
) -> Result<HashMap<DocumentKind, crate::pdf::Made>, crate::pdf::PdfError> {
    let date = opts.date.unwrap_or(EPOCH);
    let render = |kind: DocumentKind, pages: Option<&[u32]>| {
        let o = docx::DocxOptions {
            date,
            generator: GENERATOR,
            contents_pages: pages,
            issued: opts.date,
        };
        docx::render(kind, l, labels, &o)
    };
    let made = crate::pdf::make(converter, opts.documents, &render, date)?;
    Ok(made.into_iter().map(|m| (m.kind, m)).collect())
}

const GENERATOR: &str = concat!(env!("CARGO_PKG_NAME"), " ", env!("CARGO_PKG_VERSION"));
/// The date of a build given none.
const EPOCH: &str = "1970-01-01T00:00:00Z";

fn manifest(l: &l10n::Localised, files: Vec<ManifestFile>, opts: &BuildOptions<'_>) -> Manifest {
    Manifest {
        tool: env!("CARGO_PKG_NAME").to_string(),
        tool_version: env!("CARGO_PKG_VERSION").to_string(),
        edition: l.id.clone(),
        locale: l.locale.clone(),
        layers: l
            .layers
            .iter()
            .map(|x| ManifestLayer {
                id: x.id.clone(),
                kind: match x.kind {
                    LayerKind::Framework => "framework".into(),
                    LayerKind::Edition => "edition".into(),
                },
                fingerprint: x.fingerprint.to_string(),
            })
            .collect(),
        fallbacks: l.fallbacks,
        date: opts.date.map(str::to_string),
        files,
    }
}

/// One file of a pack to render.
#[derive(Clone, Copy)]
enum Output {
    Xml,
    Case,
    Document(DocumentKind),
    Pdf(DocumentKind),
}

/// The pack's files, in the order the options list them, each once: files are
/// written in parallel, and two writers of one file would corrupt it.
fn outputs(opts: &BuildOptions<'_>) -> Vec<Output> {
    let mut seen = std::collections::HashSet::new();
    opts.formats
        .iter()
        .flat_map(|f| match f {
            Format::Xml => vec![Output::Xml],
            Format::Case => vec![Output::Case],
            Format::Docx => opts
                .documents
                .iter()
                .map(|k| Output::Document(*k))
                .collect(),
            Format::Pdf => opts.documents.iter().map(|k| Output::Pdf(*k)).collect(),
        })
        .filter(|o| seen.insert(o.file_name()))
        .collect()
}

impl Output {
    /// About how much work the file is, as a rank. In the English pack the
    /// workbook is 23 M instructions, the standards document 17 M, the
    /// assessor record 13 M, the CASE 9 M, the certificate 2 M and the XML
    /// 1 M (callgrind): the documents' styles and fixed parts weigh most. In
    /// a `large` framework's French pack, in CPU time: the workbook 160 ms,
    /// the CASE 150 ms (an identifier per item and per each of its two
    /// associations, and their titles again in each association), the
    /// assessor record 100 ms, the standards 80 ms, the XML 30 ms. A PDF was
    /// made before and is only copied.
    fn work(self, large: bool) -> u8 {
        match self {
            Output::Document(DocumentKind::Workbook) => 6,
            Output::Case if large => 5,
            Output::Document(DocumentKind::Standards) if large => 3,
            Output::Document(DocumentKind::Standards) => 5,
            Output::Document(DocumentKind::AssessorRecord) => 4,
            Output::Case => 3,
            Output::Document(DocumentKind::Certificate) => 2,
            Output::Xml => 1,
            Output::Pdf(_) => 0,
        }
    }

    fn file_name(self) -> &'static str {
        match self {
            Output::Xml => "curriculum.xml",
            Output::Case => "case.json",
            Output::Document(kind) => kind.file_name(),
            Output::Pdf(kind) => kind.pdf_file_name(),
        }
    }

    fn render(
        self,
        l: &l10n::Localised,
        labels: &Labels,
        opts: &BuildOptions<'_>,
        made: &HashMap<DocumentKind, crate::pdf::Made>,
        alone: bool,
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        let generator = GENERATOR;
        let date = opts.date.unwrap_or(EPOCH);
        match self {
            Output::Xml => xml::render_to(l, &xml::XmlOptions { generator }, out),
            Output::Case => case::render_to(l, &case::CaseOptions { date_time: date }, out),
            // The DOCX the PDF was made from, when there is one.
            Output::Document(kind) => match made.get(&kind) {
                Some(m) => out.write_all(&m.docx),
                None => {
                    let o = docx::DocxOptions {
                        date,
                        generator,
                        contents_pages: None,
                        issued: opts.date,
                    };
                    if alone {
                        docx::render_alone_to(kind, l, labels, &o, out)
                    } else {
                        docx::render_to(kind, l, labels, &o, out)
                    }
                }
            },
            Output::Pdf(kind) => match made.get(&kind) {
                Some(m) => out.write_all(&m.pdf),
                None => Err(std::io::Error::other("the PDF was not made")),
            },
        }
    }
}
