//! What the document builders read: the localised edition and its labels, turned
//! into spans that know their language.

use super::doc::{Block, Cell, Doc, Inline, Para, Row, Span, Style, Table};
use crate::l10n::labels::Labels;
use crate::l10n::{LocalCriterion, LocalNotice, LocalStandard, LocalText, Localised};
use crate::model::{Kind, TermKind};

pub struct Content<'a> {
    pub edition: &'a Localised,
    pub labels: &'a Labels,
}

/// Private-use characters standing for a field inside a formatted label, so
/// "Page { $page } of { $pages }" keeps each locale's word order.
const PAGE_MARK: &str = "\u{E000}";
const PAGES_MARK: &str = "\u{E001}";

fn language(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}

impl Content<'_> {
    /// A text of the edition as a span, tagged with its own language when that is
    /// not the document's and marked when it fell back.
    pub fn local(&self, t: &LocalText) -> Span {
        let foreign = language(&t.lang) != language(&self.edition.locale);
        Span {
            text: t.text.clone(),
            lang: foreign.then(|| t.lang.clone()),
            fallback: t.fallback,
            ..Span::default()
        }
    }

    pub fn label(&self, id: &str) -> Span {
        self.local(&self.labels.get(id, &[]))
    }

    pub fn label_with(&self, id: &str, args: &[(&str, &str)]) -> Span {
        self.local(&self.labels.get_text(id, args))
    }

    pub fn count(&self, id: &str, n: usize) -> Span {
        self.local(&self.labels.get(id, &[("count", n as i64)]))
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
        let mut paras = vec![Para::new(style, [self.local(&c.text)])];
        if !c.examples.is_empty() {
            paras.push(Para::new(style, [self.label("label-examples")]));
            paras.extend(
                c.examples
                    .iter()
                    .map(|e| Para::new(Style::Bullet, [self.local(e)])),
            );
        }
        for v in &c.variants {
            let sector = self.label(match v.sector {
                crate::model::Sector::Health => "label-sector-health",
                crate::model::Sector::SocialCare => "label-sector-social-care",
            });
            paras.push(Para::new(
                style,
                [
                    Span {
                        bold: true,
                        ..sector
                    },
                    Span::plain(" "),
                    self.local(&v.text),
                ],
            ));
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
        let title = self
            .label_with(
                "label-standard-title",
                &[("code", &s.code), ("title", &s.title.text)],
            )
            .with_fallback(s.title.fallback);
        Para::heading(1, [title]).new_page()
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
                    Block::Table(_) => false,
                })
                .unwrap_or(0);
            doc.body.insert(at, Block::Para(legend));
        }
    }

    /// A legend for marked fallbacks, shown only when the document has any.
    pub fn fallback_legend(&self, spans: &[&Span]) -> Option<Para> {
        spans.iter().any(|s| s.fallback).then(|| {
            let mut sample = self.label("label-fallback");
            sample.fallback = true;
            let explain = self.label("label-fallback-legend");
            Para::new(Style::Small, [sample, Span::plain(" "), explain])
        })
    }
}
