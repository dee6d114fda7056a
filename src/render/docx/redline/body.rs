//! The body of the redline: NEW in full, each node marked with its revisions, and
//! what OLD had and NEW lost shown deleted where it used to be.

use super::{Redline, keyed, marked};
use crate::diff::ChangeKind;
use crate::l10n::{LocalCriterion, LocalText};
use crate::render::docx::doc::{Blocks, Change as Mark, Para, Span, Style};

impl Redline<'_> {
    pub(super) fn heading(&mut self, level: u8, id: &str, code: &str, title: &LocalText) {
        let mut spans = vec![Span::plain(format!("{code} "))];
        spans.extend(self.text_spans(id, title));
        if let Some(key) = self.new_key(id) {
            spans = keyed(marked(spans, Mark::Inserted), Some(&key));
        }
        self.annotate(id, &mut spans);
        let mut p = Para::heading(level, spans);
        if self.is_new(id) {
            p.mark_change = Some(Mark::Inserted);
        }
        self.doc.push(p);
    }

    pub(super) fn standard(&mut self, s: &crate::l10n::LocalStandard) {
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

    pub(super) fn criterion(&mut self, k: &LocalCriterion) {
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
                let key = kind_change.map(|ch| ch.key.as_str());
                spans.extend(keyed(
                    vec![
                        Span {
                            change: Some(Mark::Deleted),
                            ..c.kind(old)
                        },
                        Span {
                            change: Some(Mark::Inserted),
                            ..c.kind(k.kind)
                        },
                    ],
                    key,
                ));
            }
            _ => spans.push(c.kind(k.kind)),
        }
        if let Some(key) = self.new_key(&k.id) {
            spans = keyed(marked(spans, Mark::Inserted), Some(&key));
        }
        self.annotate(&k.id, &mut spans);
        self.doc.push(Para {
            mark_change: new.then_some(Mark::Inserted),
            ..Para::new(Style::Normal, spans)
        });
        self.examples(k, new);
    }

    /// Examples as a list: kept ones plain, dropped ones deleted, new ones inserted.
    pub(super) fn examples(&mut self, k: &LocalCriterion, new: bool) {
        let change = self
            .changes_of(&k.id)
            .into_iter()
            .find(|ch| ch.kind == ChangeKind::ExamplesChanged);
        let key = self
            .new_key(&k.id)
            .or_else(|| change.map(|ch| ch.key.clone()));
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
            if mark.is_some() {
                span.keys.extend(key.clone());
            }
            self.doc.push(Para {
                mark_change: mark,
                ..Para::new(Style::Bullet, [span])
            });
        }
    }

    /// Criteria (and outcomes) that left `parent`: removed, or moved elsewhere.
    /// They are shown deleted where they used to be.
    pub(super) fn gone_from(&mut self, parent: &str) {
        let old = self.old;
        type Gone<'a> = (
            u8,
            String,
            String,
            LocalText,
            Option<&'a LocalCriterion>,
            String,
        );
        let mut gone: Vec<Gone> = Vec::new();
        for s in &old.standards {
            for o in &s.outcomes {
                if s.id == parent && self.left(&o.id) {
                    // The outcome's criteria went with it: its change is theirs.
                    let key = self.gone_key(&o.id).unwrap_or_default();
                    gone.push((
                        2,
                        o.id.clone(),
                        o.code.clone(),
                        o.title.clone(),
                        None,
                        key.clone(),
                    ));
                    for k in &o.criteria {
                        gone.push((
                            0,
                            k.id.clone(),
                            k.code.clone(),
                            k.text.clone(),
                            Some(k),
                            key.clone(),
                        ));
                    }
                }
                if o.id == parent {
                    for k in o.criteria.iter().filter(|k| self.left(&k.id)) {
                        let key = self.gone_key(&k.id).unwrap_or_default();
                        gone.push((
                            0,
                            k.id.clone(),
                            k.code.clone(),
                            k.text.clone(),
                            Some(k),
                            key,
                        ));
                    }
                }
            }
        }
        for (level, id, code, text, criterion, key) in gone {
            let mut spans = vec![Span::bold(format!("{code} ")), self.c.local(&text)];
            if let Some(k) = criterion {
                spans.push(Span::plain(" — "));
                spans.push(self.c.kind(k.kind));
            }
            let mut spans = keyed(marked(spans, Mark::Deleted), Some(&key));
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
    pub(super) fn left(&self, id: &str) -> bool {
        self.changes_of(id)
            .iter()
            .any(|c| matches!(c.kind, ChangeKind::Removed | ChangeKind::Moved))
    }

    pub(super) fn removed_standards(&mut self) {
        let gone: Vec<_> = self
            .old
            .standards
            .iter()
            .filter(|s| !self.c.edition.standards.iter().any(|n| n.id == s.id))
            .collect();
        for s in gone {
            let key = self.gone_key(&s.id);
            let mut spans = keyed(
                marked(
                    vec![Span::plain(format!("{} ", s.code)), self.c.local(&s.title)],
                    Mark::Deleted,
                ),
                key.as_deref(),
            );
            self.annotate(&s.id, &mut spans);
            self.doc.push(Para {
                mark_change: Some(Mark::Deleted),
                ..Para::heading(1, spans)
            });
            for o in &s.outcomes {
                self.gone_from_outcome(o, key.as_deref());
            }
        }
    }

    pub(super) fn gone_from_outcome(&mut self, o: &crate::l10n::LocalOutcome, key: Option<&str>) {
        let spans = keyed(
            marked(
                vec![Span::plain(format!("{} ", o.code)), self.c.local(&o.title)],
                Mark::Deleted,
            ),
            key,
        );
        self.doc.push(Para {
            mark_change: Some(Mark::Deleted),
            ..Para::heading(2, spans)
        });
        for k in &o.criteria {
            let spans = keyed(
                marked(
                    vec![Span::bold(format!("{} ", k.code)), self.c.local(&k.text)],
                    Mark::Deleted,
                ),
                key,
            );
            self.doc.push(Para {
                mark_change: Some(Mark::Deleted),
                ..Para::new(Style::Normal, spans)
            });
        }
    }
}
