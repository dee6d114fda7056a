//! A resolved edition's standards, localised: one after another, or for a
//! large framework in two runs side by side.

use super::Localiser;
use crate::edition::resolved::{Resolved, ResolvedStandard};
use crate::l10n::{
    LocalCriterion, LocalOutcome, LocalReference, LocalStandard, LocalText, LocalVariant, Part,
    example_key, language, part_layer, reference_key,
};

/// From how many criteria the standards are localised on two threads: below
/// it a thread costs more than it saves.
const PARALLEL_CRITERIA: usize = 5_000;

impl Localiser<'_> {
    /// Every standard of `r`, in order; with `parallel` and a large
    /// framework, its standards in two runs of about as many criteria each,
    /// the counts of both added up.
    pub(super) fn standards(&mut self, r: &Resolved, parallel: bool) -> Vec<LocalStandard> {
        let criteria =
            |s: &ResolvedStandard| -> usize { s.outcomes.iter().map(|o| o.criteria.len()).sum() };
        let total: usize = r.standards.iter().map(criteria).sum();
        if !parallel || total < PARALLEL_CRITERIA {
            return r.standards.iter().map(|s| self.standard(r, s)).collect();
        }
        // Where the first half of the criteria ends.
        let mut seen = 0;
        let half = r
            .standards
            .iter()
            .position(|s| {
                seen += criteria(s);
                seen * 2 >= total
            })
            .map_or(r.standards.len(), |i| i + 1);
        let (first, second) = r.standards.split_at(half);
        let mut other = Localiser {
            fallbacks: 0,
            texts: 0,
            ..self.clone()
        };
        let (mut out, rest) = std::thread::scope(|scope| {
            let rest = scope.spawn(|| {
                second
                    .iter()
                    .map(|s| other.standard(r, s))
                    .collect::<Vec<_>>()
            });
            let out: Vec<_> = first.iter().map(|s| self.standard(r, s)).collect();
            // A panic on the other thread is a bug; it goes on as one.
            let rest = rest.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
            (out, rest)
        });
        out.extend(rest);
        self.fallbacks += other.fallbacks;
        self.texts += other.texts;
        out
    }

    fn standard(&mut self, r: &Resolved, s: &ResolvedStandard) -> LocalStandard {
        let layer_of =
            |history: &[crate::edition::resolved::Provenance], part| part_layer(r, history, part);
        LocalStandard {
            id: s.id.clone(),
            code: s.code.clone(),
            title: self.text(&s.id, &s.title, layer_of(&s.history, Part::Value)),
            references: s
                .references
                .iter()
                .map(|reference| {
                    let (value, lang) = self
                        .terms
                        .get(reference.term.as_str())
                        .cloned()
                        .unwrap_or_default();
                    let fallback = language(&lang) != language(self.locale);
                    self.texts += 1;
                    self.fallbacks += usize::from(fallback);
                    LocalReference {
                        term: reference.term.clone(),
                        text: LocalText {
                            text: value,
                            fallback,
                            lang,
                            ..Default::default()
                        },
                        note: self.text(
                            &reference_key(&s.id, &reference.term),
                            &reference.note,
                            layer_of(&s.history, Part::Fixed),
                        ),
                    }
                })
                .collect(),
            provenance: self.provenance(&s.provenance),
            history: self.history(&s.history),
            outcomes: s
                .outcomes
                .iter()
                .map(|o| LocalOutcome {
                    id: o.id.clone(),
                    code: o.code.clone(),
                    title: self.text(&o.id, &o.title, layer_of(&o.history, Part::Value)),
                    provenance: self.provenance(&o.provenance),
                    history: self.history(&o.history),
                    criteria: o
                        .criteria
                        .iter()
                        .map(|c| LocalCriterion {
                            id: c.id.clone(),
                            code: c.code.clone(),
                            kind: c.kind,
                            text: self.text(&c.id, &c.text, layer_of(&c.history, Part::Value)),
                            source_text: c.text.clone(),
                            examples: c
                                .examples
                                .iter()
                                .enumerate()
                                .map(|(i, e)| {
                                    self.text(
                                        &example_key(&c.id, i),
                                        e,
                                        layer_of(&c.history, Part::Examples),
                                    )
                                })
                                .collect(),
                            simulation_allowed: c.simulation_allowed,
                            pending: c.pending,
                            variants: c
                                .variants
                                .iter()
                                .map(|v| LocalVariant {
                                    sector: v.sector,
                                    kind: v.kind,
                                    text: self.text(
                                        &format!("{}.{}", c.id, v.sector.as_str()),
                                        &v.text,
                                        layer_of(&c.history, Part::Fixed),
                                    ),
                                })
                                .collect(),
                            provenance: self.provenance(&c.provenance),
                            history: self.history(&c.history),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}
