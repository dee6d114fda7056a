//! The nodes of a localised edition flattened by id, for matching OLD and NEW.

use crate::edition::resolved::Provenance;
use crate::l10n::Localised;
use crate::model::Kind;
use std::collections::HashMap;

/// What a node is, flattened for matching.
pub(super) struct Flat<'a> {
    pub(super) level: &'static str,
    pub(super) code: &'a str,
    pub(super) parent: Option<(&'a str, &'a str)>,
    pub(super) standard: String,
    pub(super) text: &'a str,
    pub(super) kind: Option<Kind>,
    pub(super) examples: Vec<&'a str>,
    pub(super) provenance: &'a Provenance,
    pub(super) history: &'a [Provenance],
    pub(super) order: usize,
}

pub(super) fn flatten(l: &Localised) -> (Vec<String>, HashMap<&str, Flat<'_>>) {
    let mut order = Vec::new();
    let mut map = HashMap::new();
    for s in &l.standards {
        let group = format!("{} {}", s.code, s.title.text);
        order.push(s.id.clone());
        map.insert(
            s.id.as_str(),
            Flat {
                level: "standard",
                code: &s.code,
                parent: None,
                standard: group.clone(),
                text: &s.title.text,
                kind: None,
                examples: Vec::new(),
                provenance: &s.provenance,
                history: &s.history,
                order: order.len(),
            },
        );
        for o in &s.outcomes {
            order.push(o.id.clone());
            map.insert(
                o.id.as_str(),
                Flat {
                    level: "outcome",
                    code: &o.code,
                    parent: Some((s.id.as_str(), s.code.as_str())),
                    standard: group.clone(),
                    text: &o.title.text,
                    kind: None,
                    examples: Vec::new(),
                    provenance: &o.provenance,
                    history: &o.history,
                    order: order.len(),
                },
            );
            for c in &o.criteria {
                order.push(c.id.clone());
                map.insert(
                    c.id.as_str(),
                    Flat {
                        level: "criterion",
                        code: &c.code,
                        parent: Some((o.id.as_str(), o.code.as_str())),
                        standard: group.clone(),
                        text: &c.text.text,
                        kind: Some(c.kind),
                        examples: c.examples.iter().map(|e| e.text.as_str()).collect(),
                        provenance: &c.provenance,
                        history: &c.history,
                        order: order.len(),
                    },
                );
            }
        }
    }
    (order, map)
}
