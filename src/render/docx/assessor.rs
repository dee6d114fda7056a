//! The assessor record: a summary of all standards, then per standard a progress
//! log (criterion, method, evidence, date, initials) and a sign-off block.

use super::content::Content;
use super::doc::{Block, Cell, Doc, Para, Row, Span, Style, Table};
use crate::l10n::LocalStandard;

const LOG_ROW_HEIGHT: u32 = 720;
const SIGN_ROW_HEIGHT: u32 = 680;

pub fn build(c: &Content<'_>) -> Doc {
    let l = c.edition;
    let mut doc = c.doc("label-assessor-record");
    doc.push(Para::new(Style::Title, [c.local(&l.name)]).centered());
    doc.push(Para::new(Style::Subtitle, [c.label("label-assessor-record")]).centered());
    doc.body.push(c.form(
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
    summary(c, &mut doc);
    for s in &l.standards {
        standard(c, &mut doc, s);
    }
    c.add_legend(&mut doc);
    doc
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
fn summary(c: &Content<'_>, doc: &mut Doc) {
    doc.push(Para::heading(1, [c.label("label-summary")]).new_page());
    let mut rows = vec![header(
        c,
        &[
            "label-standard",
            "label-criteria",
            "label-completion-date",
            "label-assessor-initials",
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
        widths: vec![50, 18, 18, 14],
        rows,
        borders: true,
    });
}

fn standard(c: &Content<'_>, doc: &mut Doc, s: &LocalStandard) {
    doc.push(c.standard_heading(s));
    doc.push(Para::heading(2, [c.label("label-progress-log")]));
    let mut rows = vec![header(
        c,
        &[
            "label-code",
            "label-criterion",
            "label-method",
            "label-evidence-location",
            "label-date",
            "label-assessor-initials",
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
        widths: vec![8, 40, 16, 16, 10, 10],
        rows,
        borders: true,
    });
    doc.push(Para::heading(2, [c.label("label-sign-off")]));
    doc.push(Para::new(
        Style::Normal,
        c.label_around("label-sign-off-statement", &[("code", &s.code)], &s.title),
    ));
    let sign = |who: &str| {
        Row::new(vec![
            Cell {
                shaded: true,
                ..Cell::new(vec![Para::new(Style::TableHeader, [c.label(who)])])
            },
            Cell::empty(),
            Cell {
                shaded: true,
                ..Cell::new(vec![Para::new(Style::TableHeader, [c.label("label-date")])])
            },
            Cell::empty(),
        ])
        .tall(SIGN_ROW_HEIGHT)
    };
    doc.body.push(Block::Table(Table {
        widths: vec![25, 40, 10, 25],
        rows: vec![
            sign("label-learner-signature"),
            sign("label-assessor-signature"),
        ],
        borders: true,
    }));
}
