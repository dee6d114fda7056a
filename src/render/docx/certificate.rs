//! The certificate: one landscape page in a double frame, read from the top as
//! a certificate is: the issuer's logo and name, the title, the learner's name
//! on a line of its own, what they achieved, then the number, date and issuer,
//! and two signatures each with a printed name beneath. The edition's notices
//! are printed in full in the other documents; here one line in the pack's
//! language points to them, so small print does not crowd the page.

use super::content::Content;
use super::doc::{Blocks, Cell, Doc, Image, Inline, Orientation, Para, Row, Span, Style, Table};
use crate::edition::certificate::NumberPiece;

/// The logo prints 2 cm high, and at most 4.5 cm wide (its column's width).
const LOGO_HEIGHT_EMU: u64 = 720_000;
const LOGO_MAX_WIDTH_EMU: u64 = 1_620_000;
/// Where the learner's number is written in by hand.
const SERIAL_BLANK: &str = "__________";

pub fn build(c: &Content<'_>) -> Doc {
    let l = c.edition;
    let mut doc = Doc {
        title: l.name.text.clone(),
        subject: c.label("label-certificate").text,
        lang: l.locale.clone(),
        orientation: Orientation::Landscape,
        page_border: true,
        ..Doc::default()
    };
    head(c, &mut doc);
    doc.push(
        Para::new(Style::Normal, [c.label("cert-certifies")])
            .centered()
            .spaced(120, 0),
    );
    doc.table(captioned(
        vec![20, 60, 20],
        vec![None, Some((Vec::new(), "label-learner-name")), None],
        c,
        520,
    ));
    doc.push(
        Para::new(Style::Normal, [c.label("cert-has-met")])
            .centered()
            .spaced(80, 80),
    );
    standards(c, &mut doc);
    doc.table(captioned(
        vec![32, 4, 28, 4, 32],
        vec![
            Some((number(c).into_iter().collect(), "cert-number")),
            None,
            Some((issue_date(c).into_iter().collect(), "cert-issue-date")),
            None,
            Some((
                l.certificate.issuer.iter().map(|i| c.local(i)).collect(),
                "cert-issued-by",
            )),
        ],
        c,
        360,
    ));
    signatures(c, &mut doc);
    let mut small = Para::new(Style::FinePrint, [c.label("cert-notice")]).centered();
    if let Some(legend) = c.fallback_legend(
        &doc.spans()
            .into_iter()
            .chain(small.spans())
            .collect::<Vec<_>>(),
    ) {
        small.content.push(Inline::Span(Span::plain(" ")));
        small.content.extend(legend.content);
    }
    doc.push(small);
    doc
}

/// The title and the edition's name, beside the logo when the edition names
/// one (on the reading direction's start side: left in English, right in
/// Arabic), then the issuer's name.
fn head(c: &Content<'_>, doc: &mut Doc) {
    let l = c.edition;
    let title = vec![
        Para::new(Style::Title, [c.label("label-certificate")])
            .centered()
            .spaced(0, 60),
        Para::new(Style::Subtitle, [c.local(&l.name)])
            .centered()
            .spaced(0, 120),
    ];
    match &l.certificate.logo {
        Some(logo) => {
            let height = LOGO_HEIGHT_EMU;
            let width = (height * u64::from(logo.width) / u64::from(logo.height.max(1)))
                .min(LOGO_MAX_WIDTH_EMU);
            // A logo wider than the limit keeps its proportions.
            let height = width * u64::from(logo.height) / u64::from(logo.width.max(1));
            doc.images.push(Image {
                format: logo.format,
                bytes: logo.bytes.clone(),
                width: width as u32,
                height: height as u32,
            });
            let picture = Para {
                content: vec![Inline::Image(doc.images.len() - 1)],
                ..Para::default().centered()
            };
            doc.table(Table {
                widths: vec![18, 64, 18],
                borders: false,
                rows: vec![Row::new(vec![
                    Cell::new(vec![picture]),
                    Cell::new(title),
                    Cell::empty(),
                ])],
            });
        }
        None => {
            for p in title {
                doc.push(p);
            }
        }
    }
    if let Some(issuer) = &l.certificate.issuer {
        doc.push(
            Para::new(Style::FieldLabel, [c.local(issuer)])
                .centered()
                .spaced(0, 60),
        );
    }
}

/// The standards achieved, four columns filled down then across, so sixteen
/// standards take four short lines.
fn standards(c: &Content<'_>, doc: &mut Doc) {
    let l = c.edition;
    let rows = l.standards.len().div_ceil(4);
    let line = |i: usize| match l.standards.get(i) {
        Some(s) => Cell::new(vec![Para::new(
            Style::TableText,
            std::iter::once(Span::plain(format!("{} ", s.code))).chain(c.local_spans(&s.title)),
        )]),
        None => Cell::new(vec![Para::new(Style::TableText, [])]),
    };
    doc.table(Table {
        widths: vec![25, 25, 25, 25],
        borders: false,
        rows: (0..rows)
            .map(|i| Row::new((0..4).map(|k| line(i + k * rows)).collect()))
            .collect(),
    });
}

/// A row of values on lines, each with its caption beneath; `None` leaves a
/// gap between two lines. An empty value is a line to write on.
fn captioned(
    widths: Vec<u32>,
    fields: Vec<Option<(Vec<Span>, &str)>>,
    c: &Content<'_>,
    height: u32,
) -> Table {
    let mut values = Vec::new();
    let mut captions = Vec::new();
    for f in &fields {
        match f {
            Some((value, caption)) => {
                values.push(Cell {
                    line: true,
                    ..Cell::new(vec![
                        Para::new(Style::Normal, value.clone())
                            .centered()
                            .spaced(0, 20),
                    ])
                });
                captions.push(Cell::new(vec![
                    Para::new(Style::Small, [c.label(caption)])
                        .centered()
                        .spaced(0, 0),
                ]));
            }
            None => {
                values.push(Cell::empty());
                captions.push(Cell::empty());
            }
        }
    }
    Table {
        widths,
        borders: false,
        rows: vec![Row::new(values).tall(height).kept(), Row::new(captions)],
    }
}

/// Two signatures, the assessor's and the issuer's, each with the signer's
/// printed name beside it.
fn signatures(c: &Content<'_>, doc: &mut Doc) {
    let line = |caption| Some((Vec::new(), caption));
    doc.table(captioned(
        vec![27, 19, 8, 27, 19],
        vec![
            line("label-assessor-signature"),
            line("cert-printed-name"),
            None,
            line("cert-issuer-signature"),
            line("cert-printed-name"),
        ],
        c,
        640,
    ));
}

/// The certificate number from the edition's pattern, with a blank where the
/// serial is written in; nothing (a line to write on) without a pattern.
fn number(c: &Content<'_>) -> Option<Span> {
    let pieces = c.edition.certificate.number.as_ref()?;
    let year = c.issued.and_then(|d| d.get(..4)).unwrap_or("____");
    let country = match c.edition.countries.as_slice() {
        [one] => one.as_str(),
        _ => "",
    };
    let mut text: String = pieces
        .iter()
        .map(|p| match p {
            NumberPiece::Text(t) => t.as_str(),
            NumberPiece::Year => year,
            NumberPiece::Country => country,
            NumberPiece::Serial => SERIAL_BLANK,
        })
        .collect();
    // The number is Latin letters and digits: in a right-to-left document
    // marks at both ends keep it reading left to right as a whole, the blank
    // at its end included.
    let rtl = super::script::Script::of(&c.edition.locale).rtl();
    if rtl {
        text = format!("\u{200E}{text}\u{200E}");
    }
    Some(Span {
        bold: true,
        lang: rtl.then(|| "en".to_string()),
        ..Span::plain(text)
    })
}

/// The date of issue in the pack's way of writing dates, when the build was
/// given one.
fn issue_date(c: &Content<'_>) -> Option<Span> {
    let d = c.issued?;
    let (year, month, day) = (d.get(..4)?, d.get(5..7)?, d.get(8..10)?);
    Some(c.label_with(
        "cert-date",
        &[("year", year), ("month", month), ("day", day)],
    ))
}
