//! The redline: the NEW edition in full, where every difference from OLD is a
//! Word revision a reviewer can accept or reject, and each edition's rationale is
//! a comment on the text it explains. A summary table of changes comes first.

use super::content::Content;
use super::doc::{
    Block, Blocks, Cell, Change as Mark, Comment, Doc, Para, Revision, Row, Span, Style, Table,
};
use crate::diff::{Change, ChangeKind, Diff, WordOp};
use crate::l10n::{LocalText, Localised};
use crate::render::review;
use std::collections::HashMap;

mod body;
mod terms;

pub struct RedlineOptions<'a> {
    /// Who the revisions are attributed to.
    pub author: &'a str,
    /// RFC 3339 date of every revision and comment; `None`: no date at all.
    pub date: Option<&'a str>,
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
                date: opts.date.map(str::to_string),
            }),
            custom: identity(diff),
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

/// What `carecert review` checks a returned redline against: the edition, its
/// base, the language it was written in and the diff's fingerprint.
fn identity(diff: &Diff) -> Vec<(String, String)> {
    [
        (crate::review::PROP_EDITION, diff.new.id.clone()),
        (crate::review::PROP_BASE, diff.old.id.clone()),
        (crate::review::PROP_LOCALE, diff.locale.clone()),
        (crate::review::PROP_FINGERPRINT, diff.fingerprint()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

/// `spans`, each marked as showing the change `key`.
fn keyed(mut spans: Vec<Span>, key: Option<&str>) -> Vec<Span> {
    if let Some(key) = key {
        for s in spans
            .iter_mut()
            .filter(|s| !s.keys.iter().any(|k| k == key))
        {
            s.keys.push(key.to_string());
        }
    }
    spans
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

/// Whether the change's rationale is a translation into the document's language
/// (then it is not marked as a text in another language).
fn translated(ch: &Change) -> bool {
    ch.provenance
        .as_ref()
        .is_some_and(|p| p.rationale_lang.is_some())
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
        let listed: Vec<&Change> = diff
            .changes
            .iter()
            .filter(|c| c.kind != ChangeKind::TermChanged)
            .collect();
        // Renumberings with one cause are one row ("2.2c → 2.2b, 2.2d → 2.2c"),
        // and a code shows old → new, so a removed 2.2b and the 2.2c that became
        // 2.2b are not two rows both named 2.2b.
        for item in review::items(&listed) {
            let ch = item.first();
            let code = match &item {
                review::Item::Renumbered(group) => review::codes(group),
                review::Item::One(c) => review::code(c),
            };
            let reasons: Vec<Para> = self
                .say()
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
                Cell::text(Style::TableText, code),
                Cell::new(vec![Para::new(
                    Style::TableText,
                    [self.kind_label(ch.kind)],
                )]),
                Cell::new(if reasons.is_empty() {
                    vec![Para::new(Style::TableText, [Span::plain(String::new())])]
                } else {
                    reasons
                }),
            ]));
        }
        self.doc.table(Table {
            widths: vec![14, 22, 64],
            rows,
            borders: true,
        });
    }

    /// A reason: people's words are in the edition's source language, the
    /// review's own in the document's.
    fn reason_text(&self, text: String, written: bool) -> Span {
        if written {
            self.source_text(text)
        } else {
            Span::plain(text)
        }
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

    fn say(&self) -> review::Say<'_> {
        review::Say {
            labels: self.c.labels,
        }
    }

    /// A comment with the reasons for the node's changes, anchored on `spans`'
    /// first changed span (or the first span when the change is not in the
    /// words). Renumbering is left out: its reason is a row of the summary, and
    /// a comment on each renumbered code would bury the ones that matter.
    fn annotate(&mut self, id: &str, spans: &mut [Span]) {
        let say = self.say();
        let notes: Vec<String> = self
            .changes_of(id)
            .iter()
            .filter(|ch| ch.kind != ChangeKind::Renumbered)
            .filter_map(|ch| {
                let why = say.why(ch);
                (!why.is_empty()).then(|| format!("{}: {}", say.kind(ch.kind), why.join(" ")))
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
        if let Some(key) = self.new_key(id) {
            return keyed(
                vec![Span {
                    change: Some(Mark::Inserted),
                    ..self.c.local(text)
                }],
                Some(&key),
            );
        }
        match changes
            .iter()
            .find(|c| matches!(c.kind, ChangeKind::Retitled | ChangeKind::TextChanged))
        {
            Some(ch) => keyed(word_spans(&ch.words), Some(&ch.key)),
            None => vec![self.c.local(text)],
        }
    }

    fn is_new(&self, id: &str) -> bool {
        self.new_key(id).is_some()
    }

    /// The key of the change that put node `id` where it is now (added or moved).
    fn new_key(&self, id: &str) -> Option<String> {
        self.changes_of(id)
            .iter()
            .find(|c| matches!(c.kind, ChangeKind::Added | ChangeKind::Moved))
            .map(|c| c.key.clone())
    }

    /// The key of the change that took node `id` away from where it was in OLD
    /// (removed or moved).
    fn gone_key(&self, id: &str) -> Option<String> {
        self.changes_of(id)
            .iter()
            .find(|c| matches!(c.kind, ChangeKind::Removed | ChangeKind::Moved))
            .map(|c| c.key.clone())
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
