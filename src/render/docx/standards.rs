//! The standards document: cover, contents, one section per standard with its
//! outcomes and criteria tables, country notes and a glossary.

use super::content::Content;
use super::doc::{Block, Cell, Doc, Para, Row, Span, Style, Table};
use crate::edition::resolved::Provenance;
use crate::l10n::{LocalStandard, LocalText, Localised};

pub fn build(c: &Content<'_>) -> Doc {
    let l = c.edition;
    let mut doc = c.doc("label-standards-document");
    cover(c, &mut doc, "label-standards-document");
    doc.body
        .push(Block::Contents(c.label("label-contents").text));
    for s in &l.standards {
        standard(c, &mut doc, s);
    }
    removed(c, &mut doc);
    glossary(c, &mut doc);
    c.add_legend(&mut doc);
    doc
}

/// The cover shared by the standards document and (with other fields) the others:
/// edition name, what the document is, country, base, version, language, notices.
pub fn cover(c: &Content<'_>, doc: &mut Doc, what: &str) {
    let l = c.edition;
    doc.push(Para::new(Style::Title, [c.local(&l.name)]).centered());
    doc.push(Para::new(Style::Subtitle, [c.label(what)]).centered());
    let fact = |label: &str, value: Vec<Span>| {
        Row::new(vec![
            Cell::new(vec![Para::new(Style::TableHeader, [c.label(label)])]),
            Cell::new(vec![Para::new(Style::Normal, value)]),
        ])
    };
    // People's words, not identifiers: countries and the language by name in
    // the pack's language (or marked English), the base by its title.
    let mut countries = Vec::new();
    for (i, n) in l.country_names.iter().enumerate() {
        if i > 0 {
            countries.push(Span::plain(", "));
        }
        countries.push(c.local(n));
    }
    let language = l
        .language_name
        .as_ref()
        .map_or_else(|| Span::plain(&l.locale), |n| c.local(n));
    let mut rows = vec![
        fact("label-country", countries),
        fact("label-based-on", vec![c.local(&l.title)]),
        fact("label-version", vec![Span::plain(&l.framework.version)]),
        fact("label-language", vec![language]),
    ];
    if l.layers.len() > 1 {
        rows.push(fact("label-edition", vec![c.local(&l.name)]));
    }
    doc.table(Table {
        widths: vec![30, 70],
        rows,
        borders: false,
    });
    doc.push(Para::new(Style::FieldLabel, [c.label("label-notices")]));
    for n in &l.notices {
        doc.push(c.notice(n));
    }
}

fn standard(c: &Content<'_>, doc: &mut Doc, s: &LocalStandard) {
    doc.push(c.standard_heading(s));
    if !s.references.is_empty() {
        doc.push(Para::heading(3, [c.label("label-references")]));
        for r in &s.references {
            let mut name = c.local(&r.text);
            name.bold = true;
            doc.push(Para::new(
                Style::Bullet,
                [name, Span::plain(" — ")]
                    .into_iter()
                    .chain(c.local_spans(&r.note)),
            ));
        }
    }
    for o in &s.outcomes {
        doc.push(Para::heading(
            2,
            std::iter::once(Span::plain(format!("{} ", o.code))).chain(c.local_spans(&o.title)),
        ));
        let header = Row::header(vec![
            Cell::new(vec![Para::new(Style::TableHeader, [c.label("label-code")])]),
            Cell::new(vec![Para::new(
                Style::TableHeader,
                [c.label("label-criterion")],
            )]),
            Cell::new(vec![Para::new(Style::TableHeader, [c.label("label-kind")])]),
        ]);
        let mut rows = vec![header];
        for k in &o.criteria {
            rows.push(Row::new(vec![
                Cell::text(Style::TableText, &k.code),
                Cell::new(c.criterion_paras(k, Style::TableText)),
                Cell::new(vec![Para::new(Style::TableText, [c.kind(k.kind)])]),
            ]));
        }
        doc.table(Table {
            widths: vec![10, 72, 18],
            rows,
            borders: true,
        });
    }
    let notes = country_notes(s);
    if !notes.is_empty() {
        doc.push(Para::heading(3, [c.label("label-country-notes")]));
        for (code, p) in notes {
            doc.push(note(c, &code, p));
        }
    }
}

/// One bullet: the code of what changed and the edition's reason, in its
/// translation or, marked, as the edition wrote it.
fn note(c: &Content<'_>, code: &str, p: &Provenance) -> Para {
    let reason = LocalText {
        text: p.rationale.clone().unwrap_or_default(),
        lang: p
            .rationale_lang
            .clone()
            .unwrap_or_else(|| c.edition.source_locale.clone()),
        fallback: p.rationale_lang.is_none()
            && c.edition.source_locale.split('-').next() != c.edition.locale.split('-').next(),
        ..LocalText::default()
    };
    Para::new(
        Style::Bullet,
        [Span::bold(format!("{code} ")), c.local(&reason)],
    )
}

/// Every change an edition made inside a standard, with its rationale, newest
/// last. Framework layers have no operations, so their nodes add nothing.
fn country_notes(s: &LocalStandard) -> Vec<(String, &Provenance)> {
    let mut nodes: Vec<(&str, &[Provenance])> = vec![(&s.code, &s.history)];
    for o in &s.outcomes {
        nodes.push((&o.code, &o.history));
        nodes.extend(
            o.criteria
                .iter()
                .map(|k| (k.code.as_str(), k.history.as_slice())),
        );
    }
    nodes
        .into_iter()
        .flat_map(|(code, history)| {
            history
                .iter()
                .filter(|p| p.rationale.is_some())
                .map(move |p| (code.to_string(), p))
        })
        .collect()
}

fn removed(c: &Content<'_>, doc: &mut Doc) {
    let l: &Localised = c.edition;
    let with_reason: Vec<_> = l
        .removed
        .iter()
        .filter(|r| r.provenance.rationale.is_some())
        .collect();
    if with_reason.is_empty() {
        return;
    }
    doc.push(Para::heading(1, [c.label("label-removed")]).new_page());
    for r in with_reason {
        doc.push(note(c, &r.id, &r.provenance));
    }
}

fn glossary(c: &Content<'_>, doc: &mut Doc) {
    let l = c.edition;
    doc.push(Para::heading(1, [c.label("label-glossary")]).new_page());
    let mut rows = vec![Row::header(vec![
        Cell::new(vec![Para::new(Style::TableHeader, [c.label("label-term")])]),
        Cell::new(vec![Para::new(
            Style::TableHeader,
            [c.label("label-term-kind")],
        )]),
        Cell::new(vec![Para::new(
            Style::TableHeader,
            [c.label("label-jurisdiction")],
        )]),
    ])];
    let mut terms: Vec<_> = l.terms.iter().collect();
    terms.sort_by(|a, b| a.value.text.cmp(&b.value.text));
    for t in terms {
        rows.push(Row::new(vec![
            Cell::new(vec![Para::new(Style::TableText, [c.local(&t.value)])]),
            Cell::new(vec![Para::new(Style::TableText, [c.term_kind(t.kind)])]),
            Cell::text(Style::TableText, t.jurisdiction.clone().unwrap_or_default()),
        ]));
    }
    doc.table(Table {
        widths: vec![55, 25, 20],
        rows,
        borders: true,
    });
}
