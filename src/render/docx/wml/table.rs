//! Tables: widths, borders, rows that do not split, shaded and boxed cells.

use super::*;

impl Writer<'_> {
    pub(super) fn table(&mut self, x: &mut Xml, t: &Table) {
        let cols = self.table_start(x, t);
        for r in &t.rows {
            self.row(x, r, &cols);
        }
        x.close("w:tbl");
    }

    /// Ruled lines, as the table [`RuledLines::table`] describes. The lines
    /// of an unnumbered block are one row repeated, so that row is written
    /// once and copied: a workbook is mostly such rows.
    pub(super) fn lines(&mut self, x: &mut Xml, l: &RuledLines) {
        if l.numbered || l.count < 2 {
            return self.table(x, &l.table());
        }
        let t = RuledLines { count: 1, ..*l }.table();
        let Some((line, rest)) = t.rows.split_first() else {
            return self.table(x, &t);
        };
        let cols = self.table_start(x, &t);
        let start = x.len();
        self.row(x, line, &cols);
        x.repeat_from(start, l.count - 1);
        for r in rest {
            self.row(x, r, &cols);
        }
        x.close("w:tbl");
    }

    /// A table's properties and grid; gives the widths of its columns.
    fn table_start(&mut self, x: &mut Xml, t: &Table) -> Vec<u32> {
        let width = self.text_width();
        let total: u32 = t.widths.iter().sum::<u32>().max(1);
        let mut cols: Vec<u32> = t.widths.iter().map(|w| width * w / total).collect();
        fit_header_words(t, &mut cols);
        x.open("w:tbl", &[]);
        x.open("w:tblPr", &[]);
        x.empty("w:tblStyle", &[("w:val", "TableGrid")]);
        if self.script.rtl() {
            x.empty("w:bidiVisual", &[]);
        }
        x.empty("w:tblW", &[("w:w", &twips(width)), ("w:type", "dxa")]);
        let border = if t.borders { "single" } else { "nil" };
        x.open("w:tblBorders", &[]);
        // `left`/`right` rather than `start`/`end`: Word 2007 knows only these,
        // and with bidiVisual they follow the reading direction anyway.
        for side in [
            "w:top",
            "w:left",
            "w:bottom",
            "w:right",
            "w:insideH",
            "w:insideV",
        ] {
            self.border(x, side, border);
        }
        x.close("w:tblBorders");
        x.empty("w:tblLayout", &[("w:type", "fixed")]);
        x.close("w:tblPr");
        x.open("w:tblGrid", &[]);
        for c in &cols {
            x.empty("w:gridCol", &[("w:w", &twips(*c))]);
        }
        x.close("w:tblGrid");
        cols
    }

    /// One side's border; `side` is the element (`w:top`).
    pub(super) fn border(&self, x: &mut Xml, side: &str, kind: &str) {
        if kind == "nil" {
            x.empty(side, &[("w:val", "nil")]);
        } else {
            x.empty(
                side,
                &[
                    ("w:val", kind),
                    ("w:sz", "4"),
                    ("w:space", "0"),
                    ("w:color", "808080"),
                ],
            );
        }
    }

    pub(super) fn row(&mut self, x: &mut Xml, r: &Row, cols: &[u32]) {
        x.open("w:tr", &[]);
        x.open("w:trPr", &[]);
        x.empty("w:cantSplit", &[]);
        if let Some(h) = r.min_height {
            x.empty(
                "w:trHeight",
                &[("w:val", &twips(h)), ("w:hRule", "atLeast")],
            );
        }
        if r.header {
            x.empty("w:tblHeader", &[]);
        }
        x.close("w:trPr");
        for (i, c) in r.cells.iter().enumerate() {
            self.cell(x, c, cols.get(i).copied().unwrap_or(0));
        }
        x.close("w:tr");
    }

    pub(super) fn cell(&mut self, x: &mut Xml, c: &Cell, width: u32) {
        x.open("w:tc", &[]);
        x.open("w:tcPr", &[]);
        x.empty("w:tcW", &[("w:w", &twips(width)), ("w:type", "dxa")]);
        if c.boxed {
            x.open("w:tcBorders", &[]);
            for side in ["w:top", "w:left", "w:bottom", "w:right"] {
                self.border(x, side, "single");
            }
            x.close("w:tcBorders");
        } else if c.ruled {
            x.open("w:tcBorders", &[]);
            self.border(x, "w:bottom", "single");
            x.close("w:tcBorders");
        } else if c.line {
            x.open("w:tcBorders", &[]);
            x.empty(
                "w:bottom",
                &[
                    ("w:val", "single"),
                    ("w:sz", "8"),
                    ("w:space", "0"),
                    ("w:color", "404040"),
                ],
            );
            x.close("w:tcBorders");
        }
        if c.shaded {
            x.empty(
                "w:shd",
                &[
                    ("w:val", "clear"),
                    ("w:color", "auto"),
                    ("w:fill", "E7EDF3"),
                ],
            );
        }
        if c.ruled {
            x.empty("w:vAlign", &[("w:val", "bottom")]);
        }
        x.close("w:tcPr");
        // A cell must hold at least one paragraph.
        if c.paras.is_empty() {
            self.para(x, &Para::default(), None);
        }
        for p in &c.paras {
            self.para(x, p, None);
        }
        x.close("w:tc");
    }
}

/// The header's text size (TableHeading) and a cell's left and right margins,
/// in twentieths of a point.
const HEADER_EM: u32 = 180;
const CELL_MARGINS: u32 = 2 * 108 + 60;

/// An estimate of a word's width at the header's size, bold: wide enough for
/// Latin capitals and Chinese, a little generous for the rest, so a word that
/// fits here fits when typeset.
fn word_width(word: &str) -> u32 {
    let thousandths: u32 = word
        .chars()
        .map(|c| match c as u32 {
            0x2E80.. => 1000,
            0x0900..=0x097F => 640,
            0x0600..=0x06FF => 560,
            _ if c.is_uppercase() => 740,
            _ => 600,
        })
        .sum();
    thousandths * HEADER_EM / 1000
}

/// Widens each column whose header has a word longer than the column, taking
/// the room from the columns with most to spare, so no header breaks inside a
/// word ("Códig/o") in any language. Chinese breaks between any two
/// characters, so its longest "word" is one character.
fn fit_header_words(t: &Table, cols: &mut [u32]) {
    let Some(header) = t.rows.first().filter(|r| r.header) else {
        return;
    };
    let need: Vec<u32> = cols
        .iter()
        .enumerate()
        .map(|(i, _)| {
            let text: String = header
                .cells
                .get(i)
                .into_iter()
                .flat_map(|c| &c.paras)
                .flat_map(|p| p.spans())
                .map(|s| s.text.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            text.split_whitespace()
                .flat_map(|w| {
                    if w.chars().any(|c| c as u32 >= 0x2E80) {
                        w.chars().map(|c| word_width(&c.to_string())).collect()
                    } else {
                        vec![word_width(w)]
                    }
                })
                .max()
                .map_or(0, |w| w + CELL_MARGINS)
        })
        .collect();
    for i in 0..cols.len() {
        let mut short = need[i].saturating_sub(cols[i]);
        while short > 0 {
            // The column with the most room over its own need gives some.
            let Some((j, spare)) = (0..cols.len())
                .filter(|j| *j != i)
                .map(|j| (j, cols[j].saturating_sub(need[j])))
                .max_by_key(|(j, spare)| (*spare, usize::MAX - j))
                .filter(|(_, spare)| *spare > 0)
            else {
                break;
            };
            let give = short.min(spare);
            cols[j] -= give;
            cols[i] += give;
            short -= give;
        }
    }
}
