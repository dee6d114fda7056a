//! The redline's table of changed term values.

use super::{Redline, translated};
use crate::diff::{Change, ChangeKind, Diff};
use crate::render::docx::doc::{Blocks, Cell, Change as Mark, Para, Row, Span, Style, Table};

impl Redline<'_> {
    /// Changed term values as a table of before and after, each cell a revision.
    pub(super) fn terms(&mut self, diff: &Diff) {
        let c = self.c;
        let changed: Vec<&Change> = diff
            .changes
            .iter()
            .filter(|c| c.kind == ChangeKind::TermChanged)
            .collect();
        if changed.is_empty() {
            return;
        }
        self.doc
            .push(Para::heading(1, [c.label("label-glossary")]).new_page());
        let head = |id: &str| Cell::new(vec![Para::new(Style::TableHeader, [c.label(id)])]);
        let mut rows = vec![Row::header(vec![
            head("label-term"),
            head("label-before"),
            head("label-after"),
            head("label-reason"),
        ])];
        let say = self.say();
        for ch in changed {
            let text = |t: &Option<String>, mark: Mark| {
                let spans = t
                    .iter()
                    .map(|t| Span {
                        change: Some(mark),
                        keys: vec![ch.key.clone()],
                        ..Span::plain(t.clone())
                    })
                    .collect::<Vec<_>>();
                Cell::new(vec![Para::new(Style::TableText, spans)])
            };
            // The term by the kind of thing it names, as the glossary does, not
            // by its id; its values say which one it is.
            let name = ch
                .term_kind
                .map(|k| say.term_kind(k))
                .unwrap_or_else(|| ch.id.trim_start_matches('-').to_string());
            let reasons: Vec<Para> = say
                .why_written(ch)
                .into_iter()
                .map(|(w, written)| {
                    Para::new(
                        Style::TableText,
                        [self.reason_text(w, written && !translated(ch))],
                    )
                })
                .collect();
            rows.push(Row::new(vec![
                Cell::new(vec![Para::new(Style::TableText, [Span::plain(name)])]),
                text(&ch.old, Mark::Deleted),
                text(&ch.new, Mark::Inserted),
                Cell::new(if reasons.is_empty() {
                    vec![Para::new(Style::TableText, [Span::plain(String::new())])]
                } else {
                    reasons
                }),
            ]));
        }
        self.doc.table(Table {
            widths: vec![18, 24, 24, 34],
            rows,
            borders: true,
        });
    }
}
