//! The standards document's glossary: every term value the pack prints, in
//! the alphabetical order of the pack's language, with what it is, its kind
//! and where it applies.

use super::content::Content;
use super::doc::{Blocks, Cell, Para, Row, Span, Style, Table};
use crate::l10n::collate::Collation;
use crate::l10n::{LocalTerm, LocalText};
use crate::model::TermKind;

/// The glossary: one row per printed value, in the pack language's
/// alphabetical order, each with what it is (the terms' definitions, else their notes), its kinds and
/// where it applies.
pub fn glossary(c: &Content<'_>, doc: &mut dyn Blocks) {
    let l = c.edition;
    doc.push(Para::heading(1, [c.label("label-glossary")]).new_page());
    let header = |ids: &[&str]| {
        Cell::new(
            ids.iter()
                .map(|id| Para::new(Style::TableHeader, [c.label(id)]))
                .collect(),
        )
    };
    let mut rows = vec![Row::header(vec![
        header(&["label-term"]),
        header(&["label-term-description"]),
        header(&["label-term-kind", "label-jurisdiction"]),
    ])];
    let collation = Collation::for_locale(&l.locale);
    for entry in glossary_entries(&l.terms, &collation) {
        let mut kinds = Vec::new();
        for (k, kind) in entry.kinds.iter().enumerate() {
            if k > 0 {
                kinds.push(Span::plain(", "));
            }
            kinds.push(c.term_kind(*kind));
        }
        let mut value = c.local(entry.value);
        value.bold = true;
        let mut where_ = vec![Para::new(Style::TableText, kinds)];
        if !entry.jurisdictions.is_empty() {
            where_.push(Para::new(
                Style::TableText,
                jurisdiction_names(c, &entry.jurisdictions),
            ));
        }
        rows.push(Row::new(vec![
            Cell::new(vec![Para::new(Style::TableText, [value])]),
            Cell::new(
                entry
                    .descriptions
                    .iter()
                    .map(|n| Para::new(Style::TableText, [c.local(n)]))
                    .collect(),
            ),
            Cell::new(where_),
        ]));
    }
    doc.table(Table {
        widths: vec![32, 48, 20],
        rows,
        borders: true,
    });
}

/// The jurisdictions of a glossary row by name in the pack's language (or
/// marked English), not by code.
fn jurisdiction_names(c: &Content<'_>, codes: &[String]) -> Vec<Span> {
    let mut out = Vec::new();
    for (k, code) in codes.iter().enumerate() {
        if k > 0 {
            out.push(Span::plain(", "));
        }
        out.push(match c.edition.jurisdiction_names.get(code) {
            Some(name) => c.local(name),
            None => Span::plain(code),
        });
    }
    out
}

/// One glossary row: a printed value, what the terms printing it are, and
/// what they stand for.
struct GlossaryEntry<'a> {
    value: &'a LocalText,
    descriptions: Vec<&'a LocalText>,
    kinds: Vec<TermKind>,
    jurisdictions: Vec<String>,
}

/// The glossary's rows, in the order of `collation`: several terms may print
/// the same words (one law named for two purposes: `-equality-act` and
/// `-disability-act` both print "Lei Brasileira de Inclusão"), and a reader
/// looks a word up once, so they share one row, with their descriptions (each once),
/// kinds and jurisdictions merged. Values the collation finds equal (the same
/// words in another Unicode normal form) are the same row too.
fn glossary_entries<'a>(terms: &'a [LocalTerm], collation: &Collation) -> Vec<GlossaryEntry<'a>> {
    let mut sorted: Vec<&LocalTerm> = terms.iter().filter(|t| !t.value.text.is_empty()).collect();
    sorted.sort_by(|a, b| {
        collation
            .compare(&a.value.text, &b.value.text)
            .then(a.id.cmp(&b.id))
    });
    let mut out: Vec<GlossaryEntry<'a>> = Vec::new();
    for t in sorted {
        let entry = match out.last_mut() {
            Some(e) if collation.compare(&e.value.text, &t.value.text).is_eq() => e,
            _ => {
                out.push(GlossaryEntry {
                    value: &t.value,
                    descriptions: Vec::new(),
                    kinds: Vec::new(),
                    jurisdictions: Vec::new(),
                });
                out.last_mut().expect("just pushed")
            }
        };
        // A fallback among them marks the row: the words are not in the pack's language.
        if t.value.fallback && !entry.value.fallback {
            entry.value = &t.value;
        }
        if !t.description.text.is_empty()
            && !entry
                .descriptions
                .iter()
                .any(|n| n.text == t.description.text)
        {
            entry.descriptions.push(&t.description);
        }
        if !entry.kinds.contains(&t.kind) {
            entry.kinds.push(t.kind);
        }
        if let Some(j) = &t.jurisdiction
            && !entry.jurisdictions.contains(j)
        {
            entry.jurisdictions.push(j.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str) -> LocalText {
        LocalText {
            text: t.into(),
            lang: "pt-BR".into(),
            fallback: false,
            foreign: Vec::new(),
        }
    }

    fn term(id: &str, kind: TermKind, jurisdiction: Option<&str>, value: &str) -> LocalTerm {
        LocalTerm {
            id: id.into(),
            kind,
            jurisdiction: jurisdiction.map(String::from),
            value: text(value),
            description: text(&format!("note of {id}")),
            layer: "x".into(),
            note: String::new(),
            source: None,
        }
    }

    fn values<'a>(rows: &'a [GlossaryEntry<'_>]) -> Vec<&'a str> {
        rows.iter().map(|r| r.value.text.as_str()).collect()
    }

    #[test]
    fn terms_printing_the_same_words_share_one_glossary_row() {
        let terms = [
            term(
                "-equality-act",
                TermKind::Law,
                Some("BR"),
                "Lei Brasileira de Inclusão",
            ),
            term(
                "-emergency-number",
                TermKind::EmergencyNumber,
                Some("BR"),
                "192",
            ),
            term(
                "-disability-act",
                TermKind::Law,
                Some("BR"),
                "Lei Brasileira de Inclusão",
            ),
            term(
                "-accessible-info",
                TermKind::Guidance,
                None,
                "Lei Brasileira de Inclusão",
            ),
        ];
        let rows = glossary_entries(&terms, &Collation::for_locale("pt-BR"));
        assert_eq!(values(&rows), ["192", "Lei Brasileira de Inclusão"]);
        assert_eq!(rows[1].kinds, [TermKind::Guidance, TermKind::Law]);
        assert_eq!(rows[1].jurisdictions, ["BR"]);
        let notes: Vec<&str> = rows[1]
            .descriptions
            .iter()
            .map(|n| n.text.as_str())
            .collect();
        assert_eq!(
            notes,
            [
                "note of -accessible-info",
                "note of -disability-act",
                "note of -equality-act"
            ]
        );
    }

    #[test]
    fn rows_follow_the_language_not_the_code_points() {
        let terms = [
            term("-a", TermKind::Law, None, "as regras de sigilo"),
            term("-b", TermKind::Law, None, "Sistema Único de Saúde"),
            term("-c", TermKind::Law, None, "Ética profissional"),
            term("-d", TermKind::Law, None, "Estatuto da Pessoa Idosa"),
            term("-e", TermKind::Law, None, "a ouvidoria"),
        ];
        let rows = glossary_entries(&terms, &Collation::for_locale("pt-BR"));
        assert_eq!(
            values(&rows),
            [
                "a ouvidoria",
                "as regras de sigilo",
                "Estatuto da Pessoa Idosa",
                "Ética profissional",
                "Sistema Único de Saúde"
            ]
        );
    }

    #[test]
    fn the_same_words_in_another_normal_form_are_one_row() {
        let composed = "Lei Brasileira de Inclus\u{e3}o";
        let decomposed = "Lei Brasileira de Inclusa\u{303}o";
        let terms = [
            term("-x", TermKind::Law, None, composed),
            term("-y", TermKind::Law, None, decomposed),
        ];
        let rows = glossary_entries(&terms, &Collation::for_locale("pt-BR"));
        assert_eq!(rows.len(), 1);
    }
}
