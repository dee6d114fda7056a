//! Ruled lines to write on (`doc::RuledLines`), and the blocks that end each
//! standard of the workbook: the learner's declaration, the assessor's
//! feedback and sign-off.

use super::super::content::Content;
use super::super::doc::{Block, Blocks, Cell, Para, Row, RuledLines, Style, Table, ruled_cell};
use super::super::script::Script;
use super::answer::line_height;
use crate::l10n::LocalStandard;

/// Lines for the assessor's feedback at the end of each standard.
const FEEDBACK_LINES: usize = 4;
/// The room under the last line, before the next activity or heading.
const AIR: u32 = 200;
/// A signature line is taller than a line of writing.
const SIGNATURE_HEIGHT: u32 = 700;

/// Ruled lines at the height the document's script needs.
pub struct Lines<'c, 'a> {
    c: &'c Content<'a>,
    height: u32,
}

impl<'c, 'a> Lines<'c, 'a> {
    pub fn new(c: &'c Content<'a>, script: Script) -> Lines<'c, 'a> {
        Lines {
            c,
            height: line_height(script),
        }
    }

    /// `n` ruled lines, numbered 1., 2., … when each holds one item, then a
    /// little room before whatever follows.
    pub fn ruled(&self, n: usize, numbered: bool) -> Block {
        Block::Lines(RuledLines {
            count: n,
            numbered,
            height: self.height,
            air: AIR,
        })
    }

    /// What ends a standard: the learner declares the answers their own, the
    /// assessor writes feedback, then signs the standard off. Each statement is
    /// kept with the lines it is signed on.
    pub fn sign_off(&self, s: &LocalStandard, doc: &mut dyn Blocks) {
        let c = self.c;
        let code = [("code", s.code.as_str())];
        doc.push(Para::heading(3, [c.label("label-workbook-declaration")]));
        doc.push(kept(Para::new(
            Style::Normal,
            [c.label_with("label-workbook-declaration-statement", &code)],
        )));
        doc.table(self.signatures());
        doc.push(Para::heading(3, [c.label("label-workbook-feedback")]));
        doc.block(self.ruled(FEEDBACK_LINES, false));
        doc.push(Para::heading(3, [c.label("label-workbook-sign-off")]));
        doc.push(kept(Para::new(
            Style::Normal,
            c.label_around("label-workbook-sign-off-statement", &code, &s.title),
        )));
        doc.table(self.signatures());
    }

    /// A line each for printed name, signature and date, named underneath;
    /// narrow unruled columns keep the three lines apart.
    fn signatures(&self) -> Table {
        let c = self.c;
        let gap = || Cell::empty();
        let under = |id: &str| Cell::new(vec![Para::new(Style::Small, [c.label(id)])]);
        let line = || ruled_cell(Para::default());
        Table {
            widths: vec![38, 3, 38, 3, 18],
            rows: vec![
                Row::new(vec![line(), keep(gap()), line(), keep(gap()), line()])
                    .tall(SIGNATURE_HEIGHT),
                Row::new(vec![
                    under("label-workbook-printed-name"),
                    gap(),
                    under("label-workbook-signature"),
                    gap(),
                    under("label-date"),
                ]),
            ],
            borders: false,
        }
    }
}

fn kept(p: Para) -> Para {
    Para {
        keep_next: true,
        ..p
    }
}

/// A cell whose paragraphs keep with what follows.
fn keep(mut cell: Cell) -> Cell {
    for p in &mut cell.paras {
        p.keep_next = true;
    }
    cell
}
