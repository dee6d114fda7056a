//! The standards document: cover, contents, one section per standard with its
//! outcomes and criteria tables, country notes and a glossary.

use super::content::Content;
use super::doc::{Block, Blocks, Cell, Doc, Para, Row, Span, Style, Table};
use crate::edition::resolved::Provenance;
use crate::l10n::{LocalReference, LocalStandard, LocalText, Localised};

pub fn build(c: &Content<'_>) -> Doc {
    let mut doc = blank(c);
    body(c, &mut doc);
    c.add_legend(&mut doc);
    doc
}

/// The document with no blocks yet: its title, language and footer.
pub fn blank(c: &Content<'_>) -> Doc {
    c.doc("label-standards-document")
}

/// Every block, in order, but the fallback legend (which needs them all).
pub fn body(c: &Content<'_>, doc: &mut dyn Blocks) {
    cover(c, doc, "label-standards-document");
    doc.block(Block::Contents(c.label("label-contents").text));
    for s in &c.edition.standards {
        standard(c, doc, s);
    }
    removed(c, doc);
    super::glossary::glossary(c, doc);
}

/// The cover shared by the standards document and (with other fields) the others:
/// edition name, what the document is, country, base, version, language, notices.
pub fn cover(c: &Content<'_>, doc: &mut dyn Blocks, what: &str) {
    let l = c.edition;
    doc.push(Para::new(Style::Title, [c.local(&l.name)]).centered());
    doc.push(Para::new(Style::Subtitle, [c.label(what)]).centered());
    // Label and value in one style and size, the label bold: the two sit on
    // one baseline (a smaller heading style beside them sat lower).
    let fact = |label: &str, value: Vec<Span>| {
        let mut label = c.label(label);
        label.bold = true;
        Row::new(vec![
            Cell::new(vec![Para::new(Style::Normal, [label])]),
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

fn standard(c: &Content<'_>, doc: &mut dyn Blocks, s: &LocalStandard) {
    doc.push(c.standard_heading(s));
    if !s.references.is_empty() {
        doc.push(Para::heading(3, [c.label("label-references")]));
        for (text, notes) in merged_references(&s.references) {
            let mut name = c.local(text);
            name.bold = true;
            let mut spans = vec![name];
            for (k, note) in notes.into_iter().enumerate() {
                spans.push(Span::plain(if k == 0 { " — " } else { " " }));
                spans.extend(c.local_spans(note));
            }
            doc.push(Para::new(Style::Bullet, spans));
        }
    }
    for o in &s.outcomes {
        doc.push(Para::heading(
            2,
            std::iter::once(Span::plain(format!("{} ", o.code))).chain(c.local_spans(&o.title)),
        ));
        if !doc.all_blocks() {
            continue;
        }
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
        // A few notes stay together with their heading, so none is left
        // alone at the top of a page; a long list may break between notes.
        let together = notes.len() <= KEEP_NOTES_TOGETHER;
        let last = notes.len() - 1;
        for (i, (code, p)) in notes.into_iter().enumerate() {
            let mut para = note(c, &code, p);
            para.keep_next = together && i < last;
            doc.push(para);
        }
    }
}

/// Up to this many country notes are kept on one page with their heading.
const KEEP_NOTES_TOGETHER: usize = 4;

/// One bullet: the code of what changed and the edition's reason, in its
/// translation or, marked, as the edition wrote it.
fn note(c: &Content<'_>, code: &str, p: &Provenance) -> Para {
    Para::new(
        Style::Bullet,
        [Span::bold(format!("{code} ")), c.local(&reason(c, p))],
    )
}

/// An operation's rationale in the pack's language, or in English marked as such.
fn reason(c: &Content<'_>, p: &Provenance) -> LocalText {
    LocalText {
        text: p.rationale.clone().unwrap_or_default(),
        lang: p
            .rationale_lang
            .clone()
            .unwrap_or_else(|| c.edition.source_locale.clone()),
        fallback: p.rationale_lang.is_none()
            && c.edition.source_locale.split('-').next() != c.edition.locale.split('-').next(),
        ..LocalText::default()
    }
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
    // One operation can reach many nodes (an added standard brings its outcomes
    // and criteria): its reason is given once, at the first of them.
    let mut seen = std::collections::HashSet::new();
    nodes
        .into_iter()
        .flat_map(|(code, history)| {
            history
                .iter()
                .filter(|p| p.rationale.is_some())
                .map(move |p| (code.to_string(), p))
        })
        .filter(|(_, p)| p.operation.is_none() || seen.insert((&p.layer, p.operation)))
        .collect()
}

fn removed(c: &Content<'_>, doc: &mut dyn Blocks) {
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
    // What went is named as a reader knew it: code and text, then why.
    for r in with_reason {
        doc.push(Para::new(
            Style::Bullet,
            [
                Span::bold(format!("{} ", r.code)),
                c.local(&r.text),
                Span::plain(" — "),
                c.local(&reason(c, &r.provenance)),
            ],
        ));
    }
}

/// A standard's "laws, codes and bodies you must know", one bullet per printed
/// name, in the order they first come: when several terms print the same name (an
/// edition's one law standing for three English acts), the name comes once, with
/// the notes of each (the same note once).
fn merged_references(refs: &[LocalReference]) -> Vec<(&LocalText, Vec<&LocalText>)> {
    let mut out: Vec<(&LocalText, Vec<&LocalText>)> = Vec::new();
    for r in refs {
        let at = match out.iter().position(|(t, _)| t.text == r.text.text) {
            Some(at) => at,
            None => {
                out.push((&r.text, Vec::new()));
                out.len() - 1
            }
        };
        let notes = &mut out[at].1;
        if !r.note.text.is_empty() && !notes.iter().any(|n| n.text == r.note.text) {
            notes.push(&r.note);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_several_references_print_is_listed_once_with_each_note() {
        let text = |t: &str| LocalText {
            text: t.into(),
            lang: "pt-BR".into(),
            fallback: false,
            foreign: Vec::new(),
        };
        let reference = |term: &str, name: &str, note: &str| LocalReference {
            term: term.into(),
            text: text(name),
            note: text(note),
        };
        let refs = [
            reference("-mental-capacity-act", "LBI", "Defines capacity."),
            reference("-care-act", "Estatuto", "Duties."),
            reference("-equality-act", "LBI", "Protects disabled people."),
            reference("-autism-act", "LBI", "Defines capacity."),
        ];
        let merged: Vec<(&str, Vec<&str>)> = merged_references(&refs)
            .into_iter()
            .map(|(t, notes)| {
                (
                    t.text.as_str(),
                    notes.iter().map(|n| n.text.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(
            merged,
            [
                (
                    "LBI",
                    vec!["Defines capacity.", "Protects disabled people."]
                ),
                ("Estatuto", vec!["Duties."]),
            ]
        );
    }
}
