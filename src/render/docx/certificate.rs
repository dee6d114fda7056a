//! The certificate: one landscape page to fill in and sign, with room for the
//! issuer's logo and the edition's notices in small print.

use super::content::Content;
use super::doc::{Cell, Doc, Inline, Orientation, Para, Row, Span, Style, Table};

pub fn build(c: &Content<'_>) -> Doc {
    let l = c.edition;
    let mut doc = Doc {
        title: l.name.text.clone(),
        subject: c.label("label-certificate").text,
        lang: l.locale.clone(),
        orientation: Orientation::Landscape,
        ..Doc::default()
    };
    doc.table(Table {
        widths: vec![18, 64, 18],
        borders: false,
        rows: vec![
            Row::new(vec![
                Cell {
                    boxed: true,
                    ..Cell::new(vec![
                        Para::new(Style::Small, [c.label("label-logo")]).centered(),
                    ])
                },
                Cell::new(vec![
                    Para::new(Style::Title, [c.label("label-certificate")]).centered(),
                    Para::new(Style::Subtitle, [c.local(&l.name)]).centered(),
                ]),
                Cell::empty(),
            ])
            .tall(800),
        ],
    });
    doc.push(Para::new(Style::Normal, [c.label("label-certificate-statement")]).centered());
    doc.body.push(c.form(
        &[
            "label-learner-name",
            "label-employer",
            "label-completion-date",
        ],
        360,
    ));
    doc.push(Para::new(
        Style::FieldLabel,
        [c.label("label-standards-achieved")],
    ));
    // Four columns, filled down then across, keep sixteen standards to four
    // lines, so the small print of a stacked edition's notices still fits.
    let rows = l.standards.len().div_ceil(4);
    let line = |i: usize| match l.standards.get(i) {
        Some(s) => Cell::new(vec![Para::new(
            Style::Small,
            [Span::plain(format!("{} ", s.code)), c.local(&s.title)],
        )]),
        None => Cell::new(vec![Para::new(Style::Small, [])]),
    };
    doc.table(Table {
        widths: vec![25, 25, 25, 25],
        borders: false,
        rows: (0..rows)
            .map(|i| Row::new((0..4).map(|k| line(i + k * rows)).collect()))
            .collect(),
    });
    let sign = |label: &str| Cell {
        shaded: true,
        ..Cell::new(vec![Para::new(Style::TableHeader, [c.label(label)])])
    };
    doc.table(Table {
        widths: vec![18, 32, 18, 32],
        borders: true,
        rows: vec![
            Row::new(vec![
                sign("label-learner-signature"),
                Cell::empty(),
                sign("label-assessor-signature"),
                Cell::empty(),
            ])
            .tall(500),
        ],
    });
    // The notices as one block of small print, so the certificate stays on one
    // page in every script: the framework's and the issuing (top) edition's; an
    // edition in between (Saudi Arabia's Gulf) is credited in the other documents.
    let top = l.layers.len().saturating_sub(1);
    let mut small = Para::new(Style::FinePrint, []);
    for n in l.notices.iter().filter(|n| n.layer == 0 || n.layer == top) {
        small.content.extend(c.notice(n).content);
        small.content.push(Inline::Span(Span::plain(" ")));
    }
    if let Some(legend) = c.fallback_legend(
        &doc.spans()
            .into_iter()
            .chain(small.spans())
            .collect::<Vec<_>>(),
    ) {
        small.content.extend(legend.content);
    }
    doc.push(small);
    doc
}
