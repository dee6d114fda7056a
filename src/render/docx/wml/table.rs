//! Tables: widths, borders, rows that do not split, shaded and boxed cells.

use super::*;

impl Writer<'_> {
    pub(super) fn table(&mut self, x: &mut Xml, t: &Table) {
        let width = self.text_width();
        let total: u32 = t.widths.iter().sum::<u32>().max(1);
        let cols: Vec<u32> = t.widths.iter().map(|w| width * w / total).collect();
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
        for r in &t.rows {
            self.row(x, r, &cols);
        }
        x.close("w:tbl");
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
