//! How much room an activity's answer gets, decided on what the criterion asks
//! in the source language: "List the laws…" wants a few short numbered lines,
//! "Describe…" or "Explain…" a paragraph, and a performance criterion no answer
//! at all but an observation at work. The class comes from the criterion's kind
//! and the first word of its source text, never from a translation, so every
//! locale of a pack has the same layout; only the line height follows the
//! script.

use crate::l10n::LocalCriterion;
use crate::model::Kind;
use crate::render::docx::script::Script;

/// What a criterion asks for, as far as its answer's room goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerSpace {
    /// Name several things ("List", "Identify"): numbered short lines.
    Items(usize),
    /// A sentence or two ("Define", "Outline", "Know how to report…").
    Short(usize),
    /// A paragraph or more ("Describe"; "Explain" and anything not known get
    /// a line more).
    Extended(usize),
    /// Shown at work and recorded by the assessor: a row of the observation
    /// table, not an answer.
    Observed,
}

/// Opening verbs (lower case) that ask for a list of items.
const ITEM_VERBS: [&str; 3] = ["list", "identify", "name"];
/// Opening verbs that a sentence or two answers.
const SHORT_VERBS: [&str; 5] = ["define", "outline", "know", "recognise", "state"];

impl AnswerSpace {
    /// The room for `c`. The verb is the source text's first word; a text that
    /// opens with anything else (an edition's own wording) gets the most room,
    /// as a learner can leave lines empty but cannot add any.
    pub fn of(c: &LocalCriterion) -> AnswerSpace {
        if c.kind == Kind::Performance {
            return AnswerSpace::Observed;
        }
        let verb = c
            .source_text
            .split(|ch: char| !ch.is_alphabetic())
            .find(|w| !w.is_empty())
            .unwrap_or("")
            .to_lowercase();
        match verb.as_str() {
            v if ITEM_VERBS.contains(&v) => AnswerSpace::Items(5),
            v if SHORT_VERBS.contains(&v) => AnswerSpace::Short(3),
            // What something is or how it goes; "explain" asks why as well.
            "describe" => AnswerSpace::Extended(5),
            _ => AnswerSpace::Extended(6),
        }
    }

    /// How many lines to write on (none for an observation).
    pub fn lines(self) -> usize {
        match self {
            AnswerSpace::Items(n) | AnswerSpace::Short(n) | AnswerSpace::Extended(n) => n,
            AnswerSpace::Observed => 0,
        }
    }

    /// Whether the lines are numbered, one item to a line.
    pub fn numbered(self) -> bool {
        matches!(self, AnswerSpace::Items(_))
    }
}

/// The height of one handwritten line in twentieths of a point: 8 mm for Latin
/// script (wide-ruled paper), 8.5 mm for Chinese characters, 9.5 mm for Arabic
/// and Devanagari, whose marks above and below the line need the room.
pub fn line_height(script: Script) -> u32 {
    match script {
        Script::Latin => 454,
        Script::EastAsian => 482,
        Script::RightToLeft | Script::Indic => 539,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::LocalText;

    fn criterion(kind: Kind, source: &str, translated: &str) -> LocalCriterion {
        LocalCriterion {
            history: Vec::new(),
            id: "x".into(),
            code: "1.1a".into(),
            kind,
            text: LocalText {
                text: translated.into(),
                lang: "ar".into(),
                ..LocalText::default()
            },
            source_text: source.into(),
            examples: Vec::new(),
            simulation_allowed: false,
            pending: false,
            variants: Vec::new(),
            provenance: crate::edition::resolved::Provenance {
                layer: "base".into(),
                operation: None,
                op: None,
                rationale: None,
                before: None,
                rationale_lang: None,
            },
        }
    }

    #[test]
    fn the_source_verb_decides_not_the_translation() {
        let k = |s: &str| AnswerSpace::of(&criterion(Kind::Knowledge, s, "اذكر"));
        assert_eq!(k("List the main types of abuse."), AnswerSpace::Items(5));
        assert_eq!(k("Identify the laws…"), AnswerSpace::Items(5));
        assert_eq!(k("Define the term duty of care."), AnswerSpace::Short(3));
        assert_eq!(k("Describe the main duties…"), AnswerSpace::Extended(5));
        assert_eq!(k("Explain why…"), AnswerSpace::Extended(6));
        assert_eq!(k("{ -law } says…"), AnswerSpace::Extended(6));
        assert_eq!(k(""), AnswerSpace::Extended(6));
        let p = criterion(Kind::Performance, "List…", "");
        assert_eq!(AnswerSpace::of(&p), AnswerSpace::Observed);
        assert_eq!(AnswerSpace::Observed.lines(), 0);
    }

    #[test]
    fn scripts_with_marks_above_and_below_get_taller_lines() {
        assert!(line_height(Script::RightToLeft) > line_height(Script::Latin));
        assert!(line_height(Script::Indic) > line_height(Script::EastAsian));
    }
}
