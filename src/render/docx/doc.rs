//! A document as blocks: what the four pack documents and the redline say, before
//! any OOXML. Builders fill it from a localised edition; the writer turns it into
//! WordprocessingML. Keeping the two apart lets tests read a document's content
//! without unzipping anything, and keeps every OOXML rule in one place.

/// A tracked change on a run or a paragraph mark (a Word revision).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Inserted,
    Deleted,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    /// BCP 47 tag of the text's language when it differs from the document's
    /// (a fallback, an English law name in an Arabic sentence).
    pub lang: Option<String>,
    pub bold: bool,
    /// Text shown in another language than the document's: shaded with a
    /// dotted underline (a mark every script can take, unlike italics), so a
    /// reader sees at once what is not yet translated.
    pub fallback: bool,
    pub change: Option<Change>,
    /// A comment anchored on this span (index into `Doc::comments`).
    pub comment: Option<usize>,
    /// The keys of the diff changes this span shows (a redline's). The writer
    /// puts a bookmark round each key's spans in a paragraph, so that a
    /// reviewer's decisions can be read back after Word or LibreOffice saved it.
    pub keys: Vec<String>,
}

impl Span {
    pub fn plain(text: impl Into<String>) -> Span {
        Span {
            text: text.into(),
            ..Span::default()
        }
    }

    /// Marks the span as a fallback when any text in it is one.
    pub fn with_fallback(mut self, fallback: bool) -> Span {
        self.fallback |= fallback;
        self
    }

    pub fn bold(text: impl Into<String>) -> Span {
        Span {
            bold: true,
            ..Span::plain(text)
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Span(Span),
    /// The current page number (a PAGE field).
    Page,
    /// The number of pages (a NUMPAGES field).
    Pages,
    Tab,
    /// A picture: an index into `Doc::images`.
    Image(usize),
}

/// A picture the document shows (a certificate's logo), with its printed size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Image {
    pub format: crate::edition::certificate::ImageFormat,
    pub bytes: std::sync::Arc<Vec<u8>>,
    /// Printed width and height in EMU (914400 to the inch).
    pub width: u32,
    pub height: u32,
}

/// Paragraph styles; every document shares the one style set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Style {
    #[default]
    Normal,
    Title,
    Subtitle,
    Heading(u8),
    /// A line of a bulleted list.
    Bullet,
    /// Small print: notices, hints.
    Small,
    /// Text in a table header row.
    TableHeader,
    /// Text in a table body cell.
    TableText,
    /// The text above a signature or date line.
    FieldLabel,
    /// The smallest print: a certificate's notices.
    FinePrint,
    /// An empty line a few points high, between two tables.
    Spacer,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Para {
    pub style: Style,
    pub content: Vec<Inline>,
    pub align: Align,
    /// Start a new page before this paragraph.
    pub page_break_before: bool,
    /// Keep with the next paragraph (headings, labels of answer boxes).
    pub keep_next: bool,
    /// Space before and after in twentieths of a point, over the style's: a
    /// one-page certificate has no room for a title's usual air.
    pub spacing: Option<(u32, u32)>,
    /// The paragraph mark itself is a tracked insertion or deletion (a whole
    /// paragraph added or removed in a redline).
    pub mark_change: Option<Change>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    /// The reading direction's start: left in English, right in Arabic.
    #[default]
    Start,
    Center,
    End,
}

impl Para {
    pub fn new(style: Style, spans: impl IntoIterator<Item = Span>) -> Para {
        Para {
            style,
            content: spans.into_iter().map(Inline::Span).collect(),
            ..Para::default()
        }
    }

    pub fn text(style: Style, text: impl Into<String>) -> Para {
        Para::new(style, [Span::plain(text)])
    }

    pub fn heading(level: u8, spans: impl IntoIterator<Item = Span>) -> Para {
        Para {
            keep_next: true,
            ..Para::new(Style::Heading(level), spans)
        }
    }

    pub fn spans(&self) -> impl Iterator<Item = &Span> {
        self.content.iter().filter_map(|i| match i {
            Inline::Span(s) => Some(s),
            _ => None,
        })
    }

    pub fn centered(mut self) -> Para {
        self.align = Align::Center;
        self
    }

    pub fn spaced(mut self, before: u32, after: u32) -> Para {
        self.spacing = Some((before, after));
        self
    }

    pub fn new_page(mut self) -> Para {
        self.page_break_before = true;
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub paras: Vec<Para>,
    /// Light shading, for header cells and labels.
    pub shaded: bool,
    /// A border round this cell alone, in a table without borders (a logo area).
    pub boxed: bool,
    /// A line under this cell alone, its text sitting on it: a ruled line to
    /// write on, in a table without borders.
    pub ruled: bool,
    /// A line to write on: a bottom border alone (a name or a signature).
    pub line: bool,
}

impl Cell {
    pub fn new(paras: Vec<Para>) -> Cell {
        Cell {
            paras,
            shaded: false,
            boxed: false,
            ruled: false,
            line: false,
        }
    }

    pub fn text(style: Style, text: impl Into<String>) -> Cell {
        Cell::new(vec![Para::text(style, text)])
    }

    pub fn empty() -> Cell {
        Cell::new(vec![Para::default()])
    }

    /// An empty cell with a line to write on.
    pub fn line() -> Cell {
        Cell {
            line: true,
            ..Cell::empty()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub cells: Vec<Cell>,
    /// Minimum height in twentieths of a point: room to write by hand.
    pub min_height: Option<u32>,
    /// Repeat this row at the top of every page the table spans.
    pub header: bool,
}

impl Row {
    pub fn new(cells: Vec<Cell>) -> Row {
        Row {
            cells,
            min_height: None,
            header: false,
        }
    }

    pub fn header(cells: Vec<Cell>) -> Row {
        Row {
            header: true,
            ..Row::new(
                cells
                    .into_iter()
                    .map(|c| Cell { shaded: true, ..c })
                    .collect(),
            )
        }
    }

    pub fn tall(mut self, twips: u32) -> Row {
        self.min_height = Some(twips);
        self
    }

    /// Keeps the row on the page of the next one: every paragraph in it keeps
    /// with the next, which is how Word and LibreOffice hold rows together.
    pub fn kept(mut self) -> Row {
        for p in self.cells.iter_mut().flat_map(|c| &mut c.paras) {
            p.keep_next = true;
        }
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Column widths as shares of the text width (they need not sum to 100).
    pub widths: Vec<u32>,
    pub rows: Vec<Row>,
    /// Draw cell borders (answer boxes and logs) or not (layout tables).
    pub borders: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Para(Para),
    Table(Table),
    /// Ruled lines to write on: a table, but said in a few bytes. A workbook
    /// has tens of thousands of them in a large framework, and as `Table`s
    /// they were a third of its block tree.
    Lines(RuledLines),
    /// The contents list (every Heading 1–2), with its title.
    Contents(String),
}

/// `count` ruled lines of `height` (twentieths of a point), numbered 1., 2.,
/// … when each holds one item, then `air` of room before what follows. Every
/// line keeps with the next row, so the lines stay together and with the
/// paragraph above them. Lines are rows of a borderless table with a rule
/// under each cell, so Word and LibreOffice draw them alike and a typed answer
/// sits on its line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuledLines {
    pub count: usize,
    pub numbered: bool,
    pub height: u32,
    pub air: u32,
}

impl RuledLines {
    /// The table the lines are written as.
    pub fn table(&self) -> Table {
        let columns = if self.numbered { 2 } else { 1 };
        let mut rows: Vec<Row> = (1..=self.count)
            .map(|i| {
                let mut cells = vec![ruled_cell(Para {
                    style: Style::TableText,
                    ..Para::default()
                })];
                if self.numbered {
                    let number = Para::text(Style::TableText, format!("{i}."));
                    cells.insert(0, ruled_cell(number));
                }
                Row::new(cells).tall(self.height)
            })
            .collect();
        let air = || Cell::new(vec![Para::text(Style::Spacer, "")]);
        rows.push(Row::new((0..columns).map(|_| air()).collect()).tall(self.air));
        Table {
            widths: if self.numbered {
                vec![5, 95]
            } else {
                vec![100]
            },
            rows,
            borders: false,
        }
    }
}

/// A cell with a rule under it holding `p`, kept with the row below.
pub fn ruled_cell(p: Para) -> Cell {
    Cell {
        ruled: true,
        ..Cell::new(vec![Para {
            keep_next: true,
            ..p
        }])
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Orientation {
    #[default]
    Portrait,
    Landscape,
}

/// A Word comment: who, when, and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub author: String,
    pub text: String,
}

/// A revision's author and date (RFC 3339).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    pub author: String,
    /// RFC 3339; `None` leaves `w:date` out (it is optional), so Word shows no
    /// date rather than an invented one.
    pub date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Doc {
    /// Core properties.
    pub title: String,
    pub subject: String,
    /// The document's language (BCP 47); sets direction and fonts.
    pub lang: String,
    pub orientation: Orientation,
    pub footer: Vec<Inline>,
    /// A double line round every page (a certificate's frame).
    pub page_border: bool,
    /// Pictures, in the order of their relationship ids.
    pub images: Vec<Image>,
    pub body: Vec<Block>,
    pub comments: Vec<Comment>,
    /// Author and date of every tracked change (a redline has one reviewer).
    pub revision: Option<Revision>,
    /// Custom document properties (`docProps/custom.xml`), name and text: a
    /// redline's edition, base and diff fingerprint, which office suites keep.
    pub custom: Vec<(String, String)>,
}

/// Where a builder puts a document's blocks, in reading order: a [`Doc`]
/// keeps them (for tests, the redline and the certificate), a writer writes
/// each as it comes and drops it (`wml::Stream`), so a large framework's
/// document never stands whole in memory.
pub trait Blocks {
    fn block(&mut self, b: Block);

    /// Whether every block is wanted. When not (a survey that has already
    /// found a fallback), only Heading 1–2 paragraphs and blocks that start a
    /// page are, and a builder may leave out the rest: the tables and
    /// activities that are most of a large framework's document.
    fn all_blocks(&self) -> bool {
        true
    }

    fn push(&mut self, p: Para) {
        self.block(Block::Para(p));
    }

    fn table(&mut self, t: Table) {
        self.block(Block::Table(t));
    }
}

impl Blocks for Doc {
    fn block(&mut self, b: Block) {
        self.body.push(b);
    }
}

impl Doc {
    /// Every span's text in reading order, for tests and for checking what
    /// language leaked in.
    pub fn spans(&self) -> Vec<&Span> {
        fn para<'a>(p: &'a Para, out: &mut Vec<&'a Span>) {
            out.extend(p.spans());
        }
        let mut out = Vec::new();
        for b in &self.body {
            match b {
                Block::Para(p) => para(p, &mut out),
                Block::Table(t) => {
                    for c in t.rows.iter().flat_map(|r| &r.cells) {
                        for p in &c.paras {
                            para(p, &mut out);
                        }
                    }
                }
                // Numbers and empty lines: nothing to read.
                Block::Lines(_) | Block::Contents(_) => {}
            }
        }
        out
    }
}
