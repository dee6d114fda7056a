//! The assessor record: a summary of all standards, then per standard a progress
//! log (criterion, method, evidence, date, initials) and a sign-off block, and
//! at the end the manager's or employer's declaration.
//!
//! A sign-off is one block on paper: its heading, statement and signature rows
//! keep with each other (keep-with-next on every paragraph but the last row's),
//! and no row splits across pages, so no statement is ever left on one page
//! and its signatures on the next.

use super::content::Content;
use super::doc::{Block, Blocks, Cell, Doc, Para, Row, Span, Style, Table};
use crate::l10n::LocalStandard;

const LOG_ROW_HEIGHT: u32 = 720;
const SIGN_ROW_HEIGHT: u32 = 680;

pub fn build(c: &Content<'_>) -> Doc {
    let mut doc = blank(c);
    body(c, &mut doc);
    c.add_legend(&mut doc);
    doc
}

/// The document with no blocks yet: its title, language and footer.
pub fn blank(c: &Content<'_>) -> Doc {
    c.doc("label-assessor-record")
}

/// Every block, in order, but the fallback legend (which needs them all).
pub fn body(c: &Content<'_>, doc: &mut dyn Blocks) {
    let l = c.edition;
    doc.push(Para::new(Style::Title, [c.local(&l.name)]).centered());
    doc.push(Para::new(Style::Subtitle, [c.label("label-assessor-record")]).centered());
    doc.block(c.form(
        &[
            "label-learner-name",
            "label-employer",
            "label-assessor",
            "label-start-date",
        ],
        560,
    ));
    for n in &l.notices {
        doc.push(c.notice(n));
    }
    summary(c, doc);
    for s in &l.standards {
        standard(c, doc, s);
    }
    declaration(c, doc);
}

fn header(c: &Content<'_>, labels: &[&str]) -> Row {
    Row::header(
        labels
            .iter()
            .map(|id| Cell::new(vec![Para::new(Style::TableHeader, [c.label(id)])]))
            .collect(),
    )
}

/// One row per standard: where the learner stands at a glance.
fn summary(c: &Content<'_>, doc: &mut dyn Blocks) {
    doc.push(Para::heading(1, [c.label("label-summary")]).new_page());
    let mut rows = vec![header(
        c,
        &[
            "label-standard",
            "label-criteria",
            "label-completion-date",
            "record-initials",
        ],
    )];
    for s in &c.edition.standards {
        let n = s.outcomes.iter().map(|o| o.criteria.len()).sum();
        rows.push(
            Row::new(vec![
                Cell::new(vec![Para::new(
                    Style::TableText,
                    std::iter::once(Span::plain(format!("{} ", s.code)))
                        .chain(c.local_spans(&s.title)),
                )]),
                Cell::new(vec![Para::new(
                    Style::TableText,
                    [c.count("label-criteria-count", n)],
                )]),
                Cell::empty(),
                Cell::empty(),
            ])
            .tall(LOG_ROW_HEIGHT),
        );
    }
    doc.table(Table {
        widths: vec![46, 18, 20, 16],
        rows,
        borders: true,
    });
}

fn standard(c: &Content<'_>, doc: &mut dyn Blocks, s: &LocalStandard) {
    doc.push(c.standard_heading(s));
    doc.push(Para::heading(2, [c.label("label-progress-log")]));
    if doc.all_blocks() {
        progress_log(c, doc, s);
    }
    doc.push(Para::heading(2, [c.label("label-sign-off")]));
    if doc.all_blocks() {
        let statement = c.label_around("label-sign-off-statement", &[("code", &s.code)], &s.title);
        sign_off(
            c,
            doc,
            statement,
            &["label-learner-signature", "label-assessor-signature"],
        );
    }
}

/// A row per criterion, for method, evidence, date and initials.
fn progress_log(c: &Content<'_>, doc: &mut dyn Blocks, s: &LocalStandard) {
    let mut rows = vec![header(
        c,
        &[
            "label-code",
            "label-criterion",
            "label-method",
            "label-evidence-location",
            "label-date",
            "record-initials",
        ],
    )];
    for k in s.outcomes.iter().flat_map(|o| &o.criteria) {
        rows.push(
            Row::new(vec![
                Cell::text(Style::TableText, &k.code),
                Cell::new(vec![
                    Para::new(Style::TableText, c.local_spans(&k.text)),
                    Para::new(Style::Small, [c.kind(k.kind)]),
                ]),
                Cell::empty(),
                Cell::empty(),
                Cell::empty(),
                Cell::empty(),
            ])
            .tall(LOG_ROW_HEIGHT),
        );
    }
    doc.table(Table {
        // The date column takes dd/mm/yyyy written by hand (about 2.3 cm);
        // the writer widens any column its header's longest word needs.
        widths: vec![8, 36, 15, 15, 14, 12],
        rows,
        borders: true,
    });
}

/// A statement and its signature rows (each with a date) as one block that
/// never splits: every paragraph keeps with the next but the last row's.
fn sign_off(c: &Content<'_>, doc: &mut dyn Blocks, statement: Vec<Span>, who: &[&str]) {
    doc.push(Para {
        keep_next: true,
        ..Para::new(Style::Normal, statement)
    });
    let shaded = |label: &str| Cell {
        shaded: true,
        ..Cell::new(vec![Para::new(Style::TableHeader, [c.label(label)])])
    };
    let last = who.len().saturating_sub(1);
    let rows = who
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let row = Row::new(vec![
                shaded(label),
                Cell::empty(),
                shaded("label-date"),
                Cell::empty(),
            ])
            .tall(SIGN_ROW_HEIGHT);
            if i < last { row.kept() } else { row }
        })
        .collect();
    doc.block(Block::Table(Table {
        widths: vec![25, 37, 12, 26],
        rows,
        borders: true,
    }));
}

/// The manager's or employer's declaration: who they are, and that the
/// record is true, signed and dated, kept on one page.
fn declaration(c: &Content<'_>, doc: &mut dyn Blocks) {
    doc.push(Para::heading(1, [c.label("record-manager-declaration")]).new_page());
    doc.push(Para {
        keep_next: true,
        ..Para::new(Style::Normal, [c.label("record-manager-statement")])
    });
    let field = |label: &str| {
        Row::new(vec![
            Cell {
                shaded: true,
                ..Cell::new(vec![Para::new(Style::TableHeader, [c.label(label)])])
            },
            Cell::empty(),
        ])
        .tall(SIGN_ROW_HEIGHT)
    };
    doc.table(Table {
        widths: vec![35, 65],
        rows: vec![
            field("cert-printed-name").kept(),
            field("record-role").kept(),
            field("label-employer").kept(),
            field("record-manager-signature").kept(),
            field("label-date"),
        ],
        borders: true,
    });
}
