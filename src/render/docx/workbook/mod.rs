//! The learner workbook, as a training provider hands it out: per standard, its
//! activities with ruled answer lines sized to what each criterion asks, the
//! criteria to be observed at work in a table the assessor fills in with date
//! and initials, then the learner's declaration and the assessor's feedback and
//! sign-off. Standards follow one another without a page break each; every
//! activity is kept with its lines and every statement with its signatures.

mod answer;
mod lines;

pub use answer::AnswerSpace;

use super::content::Content;
use super::doc::{Block, Blocks, Cell, Doc, Inline, Para, Row, Span, Style, Table};
use super::script::Script;
use crate::l10n::LocalOutcome;
use crate::model::Kind;
use lines::Lines;

/// Room in an observation row for a few lines of what the assessor saw.
const OBSERVATION_HEIGHT: u32 = 1134;

pub fn build(c: &Content<'_>) -> Doc {
    let mut doc = blank(c);
    body(c, &mut doc);
    c.add_legend(&mut doc);
    doc
}

/// The document with no blocks yet: its title, language and footer.
pub fn blank(c: &Content<'_>) -> Doc {
    c.doc("label-workbook")
}

/// Every block, in order, but the fallback legend (which needs them all).
pub fn body(c: &Content<'_>, doc: &mut dyn Blocks) {
    let l = c.edition;
    let lines = Lines::new(c, Script::of(&l.locale));
    doc.push(Para::new(Style::Title, [c.local(&l.name)]).centered());
    doc.push(Para::new(Style::Subtitle, [c.label("label-workbook")]).centered());
    doc.push(Para::new(
        Style::FieldLabel,
        [c.label("label-learner-details")],
    ));
    doc.block(c.form(
        &[
            "label-learner-name",
            "label-employer",
            "label-start-date",
            "label-assessor",
        ],
        560,
    ));
    doc.push(Para::new(
        Style::Normal,
        [c.label("label-workbook-instructions")],
    ));
    for n in &l.notices {
        doc.push(c.notice(n));
    }
    doc.block(Block::Contents(c.label("label-contents").text));
    for (i, s) in l.standards.iter().enumerate() {
        let mut heading = c.standard_heading(s);
        // The first standard starts after the contents; the others follow on
        // from the one before, kept with their first activity.
        heading.page_break_before = i == 0;
        doc.push(heading);
        for o in &s.outcomes {
            outcome(c, &lines, o, doc);
        }
        if doc.all_blocks() {
            lines.sign_off(s, doc);
        }
    }
}

/// An outcome: its knowledge criteria as activities, then its performance
/// criteria in one observation table.
fn outcome(c: &Content<'_>, lines: &Lines<'_, '_>, o: &LocalOutcome, doc: &mut dyn Blocks) {
    doc.push(Para::heading(
        2,
        std::iter::once(Span::plain(format!("{} ", o.code))).chain(c.local_spans(&o.title)),
    ));
    if !doc.all_blocks() {
        return;
    }
    for k in o.criteria.iter().filter(|k| k.kind == Kind::Knowledge) {
        // "Activity 1.1a" in bold opens the criterion's own paragraph: a line
        // of its own per activity would add pages and say nothing more.
        let mut title = c.label_with("label-activity-code", &[("code", &k.code)]);
        title.bold = true;
        for (i, mut p) in c.criterion_paras(k, Style::Normal).into_iter().enumerate() {
            if i == 0 {
                p.content.splice(
                    0..0,
                    [Inline::Span(title.clone()), Inline::Span(Span::plain(" "))],
                );
            }
            p.keep_next = true;
            doc.push(p);
        }
        let space = AnswerSpace::of(k);
        doc.block(lines.ruled(space.lines(), space.numbered()));
    }
    let observed: Vec<_> = o
        .criteria
        .iter()
        .filter(|k| AnswerSpace::of(k) == AnswerSpace::Observed)
        .collect();
    if observed.is_empty() {
        return;
    }
    doc.push(Para::heading(3, [c.label("label-observed-at-work")]));
    let head = |id: &str| Cell::new(vec![Para::new(Style::TableHeader, [c.label(id)])]);
    let mut rows = vec![Row::header(vec![
        head("label-code"),
        head("label-criterion"),
        head("label-observation-record"),
        head("label-date"),
        head("label-workbook-initials"),
    ])];
    for k in observed {
        rows.push(
            Row::new(vec![
                Cell::text(Style::TableText, &k.code),
                Cell::new(c.criterion_paras(k, Style::TableText)),
                Cell::empty(),
                Cell::empty(),
                Cell::empty(),
            ])
            .tall(OBSERVATION_HEIGHT),
        );
    }
    doc.table(Table {
        widths: vec![9, 34, 28, 14, 15],
        rows,
        borders: true,
    });
}
