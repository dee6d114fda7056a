//! The redline: the NEW edition in full, where every difference from OLD is a
//! Word revision a reviewer can accept or reject, and each edition's rationale is
//! a comment on the text it explains. A summary table of changes comes first.

use super::content::Content;
use super::doc::{
    Block, Cell, Change as Mark, Comment, Doc, Para, Revision, Row, Span, Style, Table,
};
use crate::diff::{Change, ChangeKind, Diff, WordOp};
use crate::l10n::{LocalCriterion, LocalText, Localised};
use std::collections::HashMap;

pub struct RedlineOptions<'a> {
    /// Who the revisions are attributed to.
    pub author: &'a str,
    /// RFC 3339 date of every revision.
    pub date: &'a str,
}

struct Redline<'a> {
    c: &'a Content<'a>,
    old: &'a Localised,
    changes: HashMap<&'a str, Vec<&'a Change>>,
    doc: Doc,
    author: String,
}

pub fn build(c: &Content<'_>, old: &Localised, diff: &Diff, opts: &RedlineOptions<'_>) -> Doc {
    let new = c.edition;
    let mut changes: HashMap<&str, Vec<&Change>> = HashMap::new();
    for ch in &diff.changes {
        changes.entry(ch.id.as_str()).or_default().push(ch);
    }
    let mut r = Redline {
        c,
        old,
        changes,
        author: opts.author.to_string(),
        doc: Doc {
            title: c
                .label_with(
                    "label-redline-title",
                    &[("old", &old.name.text), ("new", &new.name.text)],
                )
                .text,
            subject: summary_line(c, diff),
            lang: new.locale.clone(),
            footer: c.footer(),
            revision: Some(Revision {
                author: opts.author.to_string(),
                date: opts.date.to_string(),
            }),
            ..Doc::default()
        },
    };
    r.doc
        .push(Para::new(Style::Title, [Span::plain(r.doc.title.clone())]));
    r.summary(diff);
    for s in &new.standards {
        r.standard(s);
    }
    r.removed_standards();
    r.terms(diff);
    r.doc
}

fn summary_text(c: &Content<'_>, diff: &Diff) -> LocalText {
    let s = &diff.summary;
    c.labels.get(
        "label-changes-summary",
        &[
            ("added", s.added as i64),
            ("removed", s.removed as i64),
            ("moved", s.moved as i64),
            ("changed", s.changed as i64),
        ],
    )
}

fn summary_line(c: &Content<'_>, diff: &Diff) -> String {
    summary_text(c, diff).text
}

/// Spans for a text that changed word by word.
fn word_spans(words: &[crate::diff::Word]) -> Vec<Span> {
    words
        .iter()
        .map(|w| Span {
            change: match w.op {
                WordOp::Equal => None,
                WordOp::Delete => Some(Mark::Deleted),
                WordOp::Insert => Some(Mark::Inserted),
            },
            ..Span::plain(w.text.clone())
        })
        .collect()
}

fn marked(mut spans: Vec<Span>, mark: Mark) -> Vec<Span> {
    for s in &mut spans {
        s.change = Some(mark);
    }
    spans
}

impl Redline<'_> {
    fn kind_label(&self, k: ChangeKind) -> Span {
        self.c.label(match k {
            ChangeKind::Added => "label-change-added",
            ChangeKind::Removed => "label-change-removed",
            ChangeKind::Moved => "label-change-moved",
            ChangeKind::Retitled => "label-change-retitled",
            ChangeKind::TextChanged => "label-change-text",
            ChangeKind::KindChanged => "label-change-kind",
            ChangeKind::ExamplesChanged => "label-change-examples",
            ChangeKind::Renumbered => "label-change-renumbered",
            ChangeKind::TermChanged => "label-change-term",
        })
    }

    fn summary(&mut self, diff: &Diff) {
        let c = self.c;
        self.doc
            .push(Para::heading(1, [c.label("label-summary-of-changes")]));
        self.doc.push(Para::new(
            Style::Normal,
            [self.c.local(&summary_text(c, diff))],
        ));
        if diff.changes.is_empty() {
            return;
        }
        let head = |id: &str| Cell::new(vec![Para::new(Style::TableHeader, [c.label(id)])]);
        let mut rows = vec![Row::header(vec![
            head("label-code"),
            head("label-change"),
            head("label-reason"),
        ])];
        for ch in diff
            .changes
            .iter()
            .filter(|c| c.kind != ChangeKind::TermChanged)
        {
            let code = ch
                .new_code
                .clone()
                .or_else(|| ch.old_code.clone())
                .unwrap_or_else(|| ch.id.clone());
            let reason = ch
                .provenance
                .as_ref()
                .and_then(|p| p.rationale.clone())
                .unwrap_or_default();
            rows.push(Row::new(vec![
                Cell::text(Style::TableText, code),
                Cell::new(vec![Para::new(
                    Style::TableText,
                    [self.kind_label(ch.kind)],
                )]),
                Cell::new(vec![Para::new(
                    Style::TableText,
                    [self.source_text(reason)],
                )]),
            ]));
        }
        self.doc.table(Table {
            widths: vec![14, 22, 64],
            rows,
            borders: true,
        });
    }

    /// Rationales are written in the edition's source language.
    fn source_text(&self, text: String) -> Span {
        let l = self.c.edition;
        self.c.local(&LocalText {
            text,
            lang: l.source_locale.clone(),
            fallback: l.source_locale.split('-').next() != l.locale.split('-').next(),
            ..Default::default()
        })
    }

    fn changes_of(&self, id: &str) -> Vec<&Change> {
        self.changes.get(id).cloned().unwrap_or_default()
    }

    /// A comment for each rationale on the node, anchored on `spans`' first
    /// changed span (or the first span when the change is not in the words).
    fn annotate(&mut self, id: &str, spans: &mut [Span]) {
        let notes: Vec<String> = self
            .changes_of(id)
            .iter()
            .filter_map(|ch| {
                let p = ch.provenance.as_ref()?;
                let why = p.rationale.as_ref()?;
                Some(format!(
                    "{} ({}): {why}",
                    self.kind_label(ch.kind).text,
                    p.layer
                ))
            })
            .collect();
        if notes.is_empty() || spans.is_empty() {
            return;
        }
        let at = spans.iter().position(|s| s.change.is_some()).unwrap_or(0);
        let n = self.doc.comments.len();
        self.doc.comments.push(Comment {
            author: self.author.clone(),
            text: notes.join("\n"),
        });
        spans[at].comment = Some(n);
    }

    /// A title or text: word-level revisions if it changed, inserted whole if the
    /// node is new, plain otherwise.
    fn text_spans(&self, id: &str, text: &LocalText) -> Vec<Span> {
        let changes = self.changes_of(id);
        if changes
            .iter()
            .any(|c| matches!(c.kind, ChangeKind::Added | ChangeKind::Moved))
        {
            return vec![Span {
                change: Some(Mark::Inserted),
                ..self.c.local(text)
            }];
        }
        match changes
            .iter()
            .find(|c| matches!(c.kind, ChangeKind::Retitled | ChangeKind::TextChanged))
        {
            Some(ch) => word_spans(&ch.words),
            None => vec![self.c.local(text)],
        }
    }

    fn is_new(&self, id: &str) -> bool {
        self.changes_of(id)
            .iter()
            .any(|c| matches!(c.kind, ChangeKind::Added | ChangeKind::Moved))
    }

    fn heading(&mut self, level: u8, id: &str, code: &str, title: &LocalText) {
        let mut spans = vec![Span::plain(format!("{code} "))];
        spans.extend(self.text_spans(id, title));
        if self.is_new(id) {
            spans = marked(spans, Mark::Inserted);
        }
        self.annotate(id, &mut spans);
        let mut p = Para::heading(level, spans);
        if self.is_new(id) {
            p.mark_change = Some(Mark::Inserted);
        }
        self.doc.push(p);
    }

    fn standard(&mut self, s: &crate::l10n::LocalStandard) {
        let c = self.c;
        let title = c
            .label_with("label-standard-title", &[("code", &s.code), ("title", "")])
            .text;
        self.heading(1, &s.id, title.trim_end(), &s.title);
        for o in &s.outcomes {
            self.heading(2, &o.id, &o.code, &o.title);
            for k in &o.criteria {
                self.criterion(k);
            }
            self.gone_from(&o.id);
        }
        self.gone_from(&s.id);
    }

    fn criterion(&mut self, k: &LocalCriterion) {
        let c = self.c;
        let new = self.is_new(&k.id);
        let mut spans = vec![Span::bold(format!("{} ", k.code))];
        spans.extend(self.text_spans(&k.id, &k.text));
        spans.push(Span::plain(" — "));
        let kind_change = self
            .changes_of(&k.id)
            .into_iter()
            .find(|ch| ch.kind == ChangeKind::KindChanged);
        match kind_change.and_then(|ch| ch.old_kind) {
            Some(old) if !new => {
                spans.push(Span {
                    change: Some(Mark::Deleted),
                    ..c.kind(old)
                });
                spans.push(Span {
                    change: Some(Mark::Inserted),
                    ..c.kind(k.kind)
                });
            }
            _ => spans.push(c.kind(k.kind)),
        }
        if new {
            spans = marked(spans, Mark::Inserted);
        }
        self.annotate(&k.id, &mut spans);
        self.doc.push(Para {
            mark_change: new.then_some(Mark::Inserted),
            ..Para::new(Style::Normal, spans)
        });
        self.examples(k, new);
    }

    /// Examples as a list: kept ones plain, dropped ones deleted, new ones inserted.
    fn examples(&mut self, k: &LocalCriterion, new: bool) {
        let change = self
            .changes_of(&k.id)
            .into_iter()
            .find(|ch| ch.kind == ChangeKind::ExamplesChanged);
        let old: Vec<String> = change
            .and_then(|ch| ch.old_examples.clone())
            .unwrap_or_else(|| k.examples.iter().map(|e| e.text.clone()).collect());
        let mut items: Vec<(Span, Option<Mark>)> = Vec::new();
        for e in &k.examples {
            let existed = old.contains(&e.text);
            let mark = if new || !existed {
                Some(Mark::Inserted)
            } else {
                None
            };
            items.push((self.c.local(e), mark));
        }
        for gone in old
            .iter()
            .filter(|o| !k.examples.iter().any(|e| &e.text == *o))
        {
            items.push((Span::plain(gone.clone()), Some(Mark::Deleted)));
        }
        for (mut span, mark) in items {
            span.change = mark;
            self.doc.push(Para {
                mark_change: mark,
                ..Para::new(Style::Bullet, [span])
            });
        }
    }

    /// Criteria (and outcomes) that left `parent`: removed, or moved elsewhere.
    /// They are shown deleted where they used to be.
    fn gone_from(&mut self, parent: &str) {
        let old = self.old;
        let mut gone: Vec<(u8, String, String, LocalText, Option<&LocalCriterion>)> = Vec::new();
        for s in &old.standards {
            for o in &s.outcomes {
                if s.id == parent && self.left(&o.id) {
                    gone.push((2, o.id.clone(), o.code.clone(), o.title.clone(), None));
                    for k in &o.criteria {
                        gone.push((0, k.id.clone(), k.code.clone(), k.text.clone(), Some(k)));
                    }
                }
                if o.id == parent {
                    for k in o.criteria.iter().filter(|k| self.left(&k.id)) {
                        gone.push((0, k.id.clone(), k.code.clone(), k.text.clone(), Some(k)));
                    }
                }
            }
        }
        for (level, id, code, text, criterion) in gone {
            let mut spans = vec![Span::bold(format!("{code} ")), self.c.local(&text)];
            if let Some(k) = criterion {
                spans.push(Span::plain(" — "));
                spans.push(self.c.kind(k.kind));
            }
            let mut spans = marked(spans, Mark::Deleted);
            if self
                .changes_of(&id)
                .iter()
                .any(|c| c.kind == ChangeKind::Removed)
            {
                self.annotate(&id, &mut spans);
            }
            let style = if level == 2 {
                Style::Heading(2)
            } else {
                Style::Normal
            };
            self.doc.push(Para {
                mark_change: Some(Mark::Deleted),
                ..Para::new(style, spans)
            });
        }
    }

    /// Whether a node of OLD is no longer where it was (removed, or moved away).
    fn left(&self, id: &str) -> bool {
        self.changes_of(id)
            .iter()
            .any(|c| matches!(c.kind, ChangeKind::Removed | ChangeKind::Moved))
    }

    fn removed_standards(&mut self) {
        let gone: Vec<_> = self
            .old
            .standards
            .iter()
            .filter(|s| !self.c.edition.standards.iter().any(|n| n.id == s.id))
            .collect();
        for s in gone {
            let mut spans = marked(
                vec![Span::plain(format!("{} ", s.code)), self.c.local(&s.title)],
                Mark::Deleted,
            );
            self.annotate(&s.id, &mut spans);
            self.doc.push(Para {
                mark_change: Some(Mark::Deleted),
                ..Para::heading(1, spans)
            });
            for o in &s.outcomes {
                self.gone_from_outcome(o);
            }
        }
    }

    fn gone_from_outcome(&mut self, o: &crate::l10n::LocalOutcome) {
        let spans = marked(
            vec![Span::plain(format!("{} ", o.code)), self.c.local(&o.title)],
            Mark::Deleted,
        );
        self.doc.push(Para {
            mark_change: Some(Mark::Deleted),
            ..Para::heading(2, spans)
        });
        for k in &o.criteria {
            let spans = marked(
                vec![Span::bold(format!("{} ", k.code)), self.c.local(&k.text)],
                Mark::Deleted,
            );
            self.doc.push(Para {
                mark_change: Some(Mark::Deleted),
                ..Para::new(Style::Normal, spans)
            });
        }
    }

    /// Changed term values as a table of before and after, each cell a revision.
    fn terms(&mut self, diff: &Diff) {
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
        ])];
        for ch in changed {
            let text = |t: &Option<String>, mark: Mark| {
                let spans = t
                    .iter()
                    .map(|t| Span {
                        change: Some(mark),
                        ..Span::plain(t.clone())
                    })
                    .collect::<Vec<_>>();
                Cell::new(vec![Para::new(Style::TableText, spans)])
            };
            rows.push(Row::new(vec![
                Cell::text(Style::TableText, ch.id.trim_start_matches('-')),
                text(&ch.old, Mark::Deleted),
                text(&ch.new, Mark::Inserted),
            ]));
        }
        self.doc.table(Table {
            widths: vec![26, 37, 37],
            rows,
            borders: true,
        });
    }
}

impl Doc {
    /// The number of tracked insertions and deletions (runs and paragraph marks).
    pub fn revision_count(&self) -> usize {
        let marks = self
            .body
            .iter()
            .filter(|b| matches!(b, Block::Para(p) if p.mark_change.is_some()))
            .count();
        marks + self.spans().iter().filter(|s| s.change.is_some()).count()
    }
}
