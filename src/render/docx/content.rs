//! What the document builders read: the localised edition and its labels, turned
//! into spans that know their language.

use super::doc::{Block, Cell, Doc, Inline, Para, Row, Span, Style, Table};
use crate::l10n::labels::Labels;
use crate::l10n::{LocalCriterion, LocalNotice, LocalStandard, LocalText, Localised};
use crate::model::{Kind, TermKind};

pub struct Content<'a> {
    pub edition: &'a Localised,
    pub labels: &'a Labels,
    /// The date a certificate is issued (RFC 3339), when the build was given one.
    pub issued: Option<&'a str>,
}

/// Private-use characters standing for a field inside a formatted label, so
/// "Page { $page } of { $pages }" keeps each locale's word order.
const PAGE_MARK: &str = "\u{E000}";
const PAGES_MARK: &str = "\u{E001}";
/// Stands for a localised text inside a label ("Standard 3: { $title }"), so
/// the text keeps its own language and fallback marking.
const TEXT_MARK: &str = "\u{E002}";

fn language(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}

impl Content<'_> {
    /// A text of the edition as a span, tagged with its own language when that is
    /// not the document's and marked when it fell back.
    pub fn local(&self, t: &LocalText) -> Span {
        Span {
            text: t.text.clone(),
            ..self.local_without_text(t)
        }
    }

    /// [`Content::local`] but for its text, left empty (no allocation).
    fn local_without_text(&self, t: &LocalText) -> Span {
        let foreign = language(&t.lang) != language(&self.edition.locale);
        Span {
            lang: foreign.then(|| t.lang.clone()),
            fallback: t.fallback,
            ..Span::default()
        }
    }

    /// A text of the edition as spans: like [`Content::local`], with each term
    /// value it prints in another language in a span of its own, tagged and
    /// marked as a fallback, so an English law name in an Arabic sentence is
    /// visibly not yet translated.
    pub fn local_spans(&self, t: &LocalText) -> Vec<Span> {
        // Values in order, each on character boundaries; else the text as one.
        let mut at = 0;
        let fits = t.foreign.iter().all(|(start, end, _)| {
            let fits = t.text.get(at..*start).is_some() && t.text.get(*start..*end).is_some();
            at = *end;
            fits
        });
        if t.foreign.is_empty() || !fits {
            return vec![self.local(t)];
        }
        // The pieces between the term values, as `local` would show the
        // whole text: each piece's own text, nothing copied twice.
        let piece = |text: &str| Span {
            text: text.to_string(),
            ..self.local_without_text(t)
        };
        let mut out = Vec::with_capacity(2 * t.foreign.len() + 1);
        at = 0;
        for (start, end, lang) in &t.foreign {
            let before = &t.text[at..*start];
            if !before.is_empty() {
                out.push(piece(before));
            }
            out.push(Span {
                lang: Some(lang.clone()),
                fallback: true,
                ..piece(&t.text[*start..*end])
            });
            at = *end;
        }
        if let Some(rest) = t.text.get(at..).filter(|r| !r.is_empty()) {
            out.push(piece(rest));
        }
        out
    }

    pub fn label(&self, id: &str) -> Span {
        self.local_owned(self.labels.get(id, &[]))
    }

    pub fn label_with(&self, id: &str, args: &[(&str, &str)]) -> Span {
        self.local_owned(self.labels.get_text(id, args))
    }

    pub fn count(&self, id: &str, n: usize) -> Span {
        self.local_owned(self.labels.get(id, &[("count", n as i64)]))
    }

    /// [`Content::local`] of a text made for this span (a label): its text
    /// is moved, not copied. A large document shows a label for every
    /// criterion.
    fn local_owned(&self, t: LocalText) -> Span {
        let span = self.local_without_text(&t);
        Span {
            text: t.text,
            ..span
        }
    }

    /// The footer: the edition's name, then "Page X of Y" with real fields.
    pub fn footer(&self) -> Vec<Inline> {
        let mut out = vec![
            Inline::Span(self.local(&self.edition.name)),
            Inline::Span(Span::plain(" · ")),
        ];
        let page = self.label_with("label-page", &[("page", PAGE_MARK), ("pages", PAGES_MARK)]);
        let mut rest = page.text.as_str();
        while !rest.is_empty() {
            let next = [(PAGE_MARK, Inline::Page), (PAGES_MARK, Inline::Pages)]
                .into_iter()
                .filter_map(|(m, f)| rest.find(m).map(|i| (i, m, f)))
                .min_by_key(|(i, _, _)| *i);
            let Some((i, mark, field)) = next else {
                out.push(Inline::Span(Span {
                    text: rest.to_string(),
                    ..page.clone()
                }));
                break;
            };
            if i > 0 {
                out.push(Inline::Span(Span {
                    text: rest[..i].to_string(),
                    ..page.clone()
                }));
            }
            out.push(field);
            rest = &rest[i + mark.len()..];
        }
        out
    }

    pub fn kind(&self, kind: Kind) -> Span {
        self.label(match kind {
            Kind::Knowledge => "label-knowledge",
            Kind::Performance => "label-performance",
        })
    }

    pub fn term_kind(&self, kind: TermKind) -> Span {
        self.label(match kind {
            TermKind::Law => "label-term-law",
            TermKind::Regulator => "label-term-regulator",
            TermKind::Body => "label-term-body",
            TermKind::Service => "label-term-service",
            TermKind::EmergencyNumber => "label-term-emergency-number",
            TermKind::Code => "label-term-code",
            TermKind::Guidance => "label-term-guidance",
            TermKind::Qualification => "label-term-qualification",
            TermKind::Word => "label-term-word",
        })
    }

    /// A notice in small print: translated through the names message of the
    /// layer that gave it, or the source text marked as a fallback.
    pub fn notice(&self, n: &LocalNotice) -> Para {
        Para::new(Style::Small, [self.local(&n.text)])
    }

    /// A criterion's text, then its examples as a list, the simulation note and
    /// any sector variants: everything a reader needs to meet it.
    pub fn criterion_paras(&self, c: &LocalCriterion, style: Style) -> Vec<Para> {
        let mut paras = vec![Para::new(style, self.local_spans(&c.text))];
        if !c.examples.is_empty() {
            paras.push(Para::new(style, [self.label("label-examples")]));
            paras.extend(
                c.examples
                    .iter()
                    .map(|e| Para::new(Style::Bullet, self.local_spans(e))),
            );
        }
        for v in &c.variants {
            let sector = self.label(match v.sector {
                crate::model::Sector::Health => "label-sector-health",
                crate::model::Sector::SocialCare => "label-sector-social-care",
            });
            let mut spans = vec![
                Span {
                    bold: true,
                    ..sector
                },
                Span::plain(" "),
            ];
            spans.extend(self.local_spans(&v.text));
            paras.push(Para::new(style, spans));
        }
        if c.simulation_allowed {
            paras.push(Para::new(
                Style::Small,
                [self.label("label-simulation-allowed")],
            ));
        }
        paras
    }

    /// A two-column table of labels and blank cells to fill in by hand.
    pub fn form(&self, fields: &[&str], height: u32) -> Block {
        Block::Table(Table {
            widths: vec![35, 65],
            borders: true,
            rows: fields
                .iter()
                .map(|f| {
                    Row::new(vec![
                        Cell {
                            shaded: true,
                            ..Cell::new(vec![Para::new(Style::TableHeader, [self.label(f)])])
                        },
                        Cell::empty(),
                    ])
                    .tall(height)
                })
                .collect(),
        })
    }

    /// A new document of the edition: `what` labels it (its subject).
    pub fn doc(&self, what: &str) -> Doc {
        let l = self.edition;
        Doc {
            title: l.name.text.clone(),
            subject: self.label(what).text,
            lang: l.locale.clone(),
            footer: self.footer(),
            ..Doc::default()
        }
    }

    /// "Standard 3: Duty of care" as a Heading 1 on a new page.
    pub fn standard_heading(&self, s: &LocalStandard) -> Para {
        let spans = self.label_around("label-standard-title", &[("code", &s.code)], &s.title);
        Para::heading(1, spans).new_page()
    }

    /// A label with a text of the edition as its `$title`: the label's words
    /// in the label's language, the text in its own (marked where it fell
    /// back), so an untranslated title does not mark the label around it.
    pub fn label_around(&self, id: &str, args: &[(&str, &str)], title: &LocalText) -> Vec<Span> {
        let mut all = args.to_vec();
        all.push(("title", TEXT_MARK));
        let label = self.label_with(id, &all);
        let Some((before, after)) = label.text.split_once(TEXT_MARK) else {
            return vec![label.with_fallback(title.fallback)];
        };
        let mut out = Vec::new();
        if !before.is_empty() {
            out.push(Span {
                text: before.to_string(),
                ..label.clone()
            });
        }
        out.extend(self.local_spans(title));
        if !after.is_empty() {
            out.push(Span {
                text: after.to_string(),
                ..label
            });
        }
        merge(out)
    }

    /// Adds the fallback legend at the end of the cover (before the first block
    /// that starts a new page), when the document has any fallback.
    pub fn add_legend(&self, doc: &mut Doc) {
        if let Some(legend) = self.fallback_legend(&doc.spans()) {
            let at = doc
                .body
                .iter()
                .position(|b| match b {
                    Block::Contents(_) => true,
                    Block::Para(p) => p.page_break_before,
                    Block::Table(_) | Block::Lines(_) => false,
                })
                .unwrap_or(0);
            doc.body.insert(at, Block::Para(legend));
        }
    }

    /// A legend for marked fallbacks, shown only when the document has any.
    pub fn fallback_legend(&self, spans: &[&Span]) -> Option<Para> {
        spans.iter().any(|s| s.fallback).then(|| self.legend())
    }

    /// The legend for marked fallbacks: a marked sample and what it means.
    pub fn legend(&self) -> Para {
        let mut sample = self.label("label-fallback");
        sample.fallback = true;
        let explain = self.label("label-fallback-legend");
        Para::new(Style::Small, [sample, Span::plain(" "), explain])
    }
}

/// Joins neighbouring spans that look the same, so a label and a title in one
/// language stay one run.
fn merge(spans: Vec<Span>) -> Vec<Span> {
    let looks = |s: &Span| Span {
        text: String::new(),
        ..s.clone()
    };
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        if let Some(last) = out.last_mut()
            && looks(last) == looks(&s)
        {
            last.text.push_str(&s.text);
            continue;
        }
        out.push(s);
    }
    out
}
