//! The document part's body, written block by block as a builder makes them.
//!
//! Two things near the start of a document depend on all of it: the contents
//! (every Heading 1–2) and the fallback legend (shown only when some text is
//! marked as not translated). A [`Survey`] of the blocks finds both first; the
//! [`Stream`] then writes each block as it comes and drops it, so a large
//! framework's document is never held whole, as blocks or as XML. The bytes
//! are those of the same blocks written from a [`Doc`] (tested in
//! `docx::tests`).

use super::{CHUNK, R_NS, W_NS, Writer};
use crate::render::docx::doc::{Block, Blocks, Change, Inline, Para, Span, Style};
use crate::render::docx::xml::Xml;
use std::io::{self, Write};

/// What the writer needs to know of a document's blocks before it writes the
/// first of them.
#[derive(Debug, Default)]
pub struct Survey {
    /// The level and text of every Heading 1–2, in order, one span per
    /// language and marking, as a contents entry shows them.
    pub headings: Vec<(u8, Vec<Span>)>,
    /// Whether any text is marked as a fallback (the legend explains it).
    pub fallback: bool,
    /// Whether some block starts a new page: the legend goes at the end of
    /// the cover, before the first such block, or else at the very start.
    pub new_page: bool,
}

impl Survey {
    /// The survey of every block of a document.
    pub fn of<'b>(blocks: impl IntoIterator<Item = &'b Block>) -> Survey {
        let mut survey = Survey::default();
        for b in blocks {
            survey.see(b);
        }
        survey
    }

    fn see(&mut self, b: &Block) {
        self.new_page |= starts_page(b);
        match b {
            Block::Para(p) => {
                self.fallback |= p.spans().any(|s| s.fallback);
                if let Style::Heading(level @ 1..=2) = p.style {
                    self.headings.push((level, heading_spans(&p.content)));
                }
            }
            Block::Table(t) => {
                self.fallback |= t
                    .rows
                    .iter()
                    .flat_map(|r| &r.cells)
                    .flat_map(|c| &c.paras)
                    .any(|p| p.spans().any(|s| s.fallback));
            }
            // Numbers and empty lines, and a title: no fallback to find.
            Block::Lines(_) | Block::Contents(_) => {}
        }
    }
}

impl Blocks for Survey {
    fn block(&mut self, b: Block) {
        self.see(&b);
    }

    /// Once a fallback is found, only the headings and the first block that
    /// starts a page are still to find.
    fn all_blocks(&self) -> bool {
        !self.fallback
    }
}

/// Whether the legend goes before `b` (see [`Survey::new_page`]).
fn starts_page(b: &Block) -> bool {
    match b {
        Block::Contents(_) => true,
        Block::Para(p) => p.page_break_before,
        Block::Table(_) | Block::Lines(_) => false,
    }
}

/// A heading's text as its contents entry shows it: what a redline deleted
/// left out, one run per language and marking.
fn heading_spans(content: &[Inline]) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    for i in content {
        let Inline::Span(s) = i else { continue };
        if s.change == Some(Change::Deleted) {
            continue;
        }
        match spans.last_mut() {
            Some(last) if last.lang == s.lang && last.fallback == s.fallback => {
                last.text.push_str(&s.text);
            }
            _ => spans.push(Span {
                text: s.text.clone(),
                lang: s.lang.clone(),
                fallback: s.fallback,
                ..Span::default()
            }),
        }
    }
    spans
}

/// The body being written: each block goes into the XML as it comes, and
/// the XML into the package every [`CHUNK`] at the end of a block.
pub struct Stream<'s, 'a> {
    w: &'s mut Writer<'a>,
    x: Xml,
    out: &'s mut dyn Write,
    /// How many Heading 1–2 have been written (their bookmarks' numbers).
    heading: usize,
    after_table: bool,
    /// The fallback legend, until the block it goes before.
    legend: Option<Para>,
    /// The first failure to write; what follows it is not written.
    error: Option<io::Error>,
}

impl Stream<'_, '_> {
    /// Writes `b` (and the legend first, when `b` is where it goes).
    pub fn write(&mut self, b: &Block) {
        if self.error.is_some() {
            return;
        }
        if starts_page(b)
            && let Some(legend) = self.legend.take()
        {
            self.write_one(&Block::Para(legend));
        }
        self.write_one(b);
    }

    fn write_one(&mut self, b: &Block) {
        // Word and LibreOffice merge two tables that touch into one; an empty
        // paragraph keeps them apart.
        let table = matches!(b, Block::Table(_) | Block::Lines(_));
        let x = &mut self.x;
        if self.after_table && table {
            self.w.para(x, &Para::text(Style::Spacer, ""), None);
        }
        self.after_table = table;
        match b {
            Block::Para(p) => {
                let bookmark = match p.style {
                    Style::Heading(1..=2) => {
                        self.heading += 1;
                        Some(self.w.headings[self.heading - 1].1.clone())
                    }
                    _ => None,
                };
                self.w.para(x, p, bookmark.as_deref());
            }
            Block::Table(t) => self.w.table(x, t),
            Block::Lines(l) => self.w.lines(x, l),
            Block::Contents(title) => self.w.contents(x, title),
        }
        if let Err(e) = x.drain_over(CHUNK, self.out) {
            self.error = Some(e);
        }
    }
}

impl Blocks for Stream<'_, '_> {
    fn block(&mut self, b: Block) {
        self.write(&b);
    }
}

impl<'a> Writer<'a> {
    /// Writes the document part: the blocks `body` gives `Stream`, which
    /// `survey` describes, with `legend` where it goes.
    pub(super) fn document(
        &mut self,
        out: &mut dyn Write,
        survey: Survey,
        legend: Option<Para>,
        body: impl FnOnce(&mut Stream<'_, 'a>),
    ) -> io::Result<()> {
        // Headings are numbered first so the contents can list them.
        self.headings = survey
            .headings
            .into_iter()
            .enumerate()
            .map(|(n, (level, spans))| (level, format!("_Toc{:05}", n + 1), spans))
            .collect();
        let mut x = Xml::new();
        x.open("w:document", &[("xmlns:w", W_NS), ("xmlns:r", R_NS)]);
        x.open("w:body", &[]);
        let mut stream = Stream {
            w: self,
            x,
            out,
            heading: 0,
            after_table: false,
            legend: None,
            error: None,
        };
        match legend {
            Some(legend) if !survey.new_page => stream.write(&Block::Para(legend)),
            legend => stream.legend = legend,
        }
        body(&mut stream);
        if let Some(e) = stream.error.take() {
            return Err(e);
        }
        let Stream { w, mut x, out, .. } = stream;
        w.section(&mut x);
        x.close("w:body");
        x.close("w:document");
        out.write_all(&x.finish())
    }
}
