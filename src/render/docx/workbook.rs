//! The learner workbook: every knowledge criterion as an activity with room to
//! answer, every performance criterion as an observation to record.

use super::content::Content;
use super::doc::{Block, Cell, Doc, Para, Row, Span, Style, Table};
use crate::model::Kind;

/// Room for about eight handwritten lines; a typed answer grows the box.
const ANSWER_HEIGHT: u32 = 2880;
const OBSERVATION_HEIGHT: u32 = 1700;

pub fn build(c: &Content<'_>) -> Doc {
    let l = c.edition;
    let mut doc = c.doc("label-workbook");
    doc.push(Para::new(Style::Title, [c.local(&l.name)]).centered());
    doc.push(Para::new(Style::Subtitle, [c.label("label-workbook")]).centered());
    doc.push(Para::new(
        Style::FieldLabel,
        [c.label("label-learner-details")],
    ));
    doc.body.push(c.form(
        &[
            "label-learner-name",
            "label-employer",
            "label-start-date",
            "label-assessor",
        ],
        560,
    ));
    doc.push(Para::new(
        Style::Normal,
        [c.label("label-workbook-instructions")],
    ));
    for n in &l.notices {
        doc.push(c.notice(n));
    }
    doc.body
        .push(Block::Contents(c.label("label-contents").text));
    for s in &l.standards {
        doc.push(c.standard_heading(s));
        for o in &s.outcomes {
            doc.push(Para::heading(
                2,
                std::iter::once(Span::plain(format!("{} ", o.code))).chain(c.local_spans(&o.title)),
            ));
            for k in o.criteria.iter().filter(|k| k.kind == Kind::Knowledge) {
                let mut title = c.label_with("label-activity-code", &[("code", &k.code)]);
                title.bold = true;
                doc.push(Para {
                    keep_next: true,
                    ..Para::new(Style::Normal, [title])
                });
                for mut p in c.criterion_paras(k, Style::Normal) {
                    p.keep_next = true;
                    doc.push(p);
                }
                doc.table(Table {
                    widths: vec![100],
                    borders: true,
                    rows: vec![
                        Row::new(vec![Cell::new(vec![Para::new(
                            Style::FieldLabel,
                            [c.label("label-answer")],
                        )])])
                        .tall(ANSWER_HEIGHT),
                    ],
                });
            }
            let observed: Vec<_> = o
                .criteria
                .iter()
                .filter(|k| k.kind == Kind::Performance)
                .collect();
            if observed.is_empty() {
                continue;
            }
            doc.push(Para::heading(3, [c.label("label-observed-at-work")]));
            let mut rows = vec![Row::header(vec![
                Cell::new(vec![Para::new(Style::TableHeader, [c.label("label-code")])]),
                Cell::new(vec![Para::new(
                    Style::TableHeader,
                    [c.label("label-criterion")],
                )]),
                Cell::new(vec![Para::new(
                    Style::TableHeader,
                    [c.label("label-observation-record")],
                )]),
            ])];
            for k in observed {
                rows.push(
                    Row::new(vec![
                        Cell::text(Style::TableText, &k.code),
                        Cell::new(c.criterion_paras(k, Style::TableText)),
                        Cell::empty(),
                    ])
                    .tall(OBSERVATION_HEIGHT),
                );
            }
            doc.table(Table {
                widths: vec![10, 50, 40],
                rows,
                borders: true,
            });
        }
    }
    c.add_legend(&mut doc);
    doc
}
