//! `edition.json`: a country (or regional) edition as a stack of operations on a base.
//!
//! The base is a framework or another edition, so editions stack (a Saudi edition on
//! a Gulf regional edition on the 2015 framework). Every operation says why it was
//! made, and every operation on existing content records the fingerprint of the base
//! text it was written against, so a revised base is noticed instead of overwritten.

use super::tagged::operations;
use crate::model::{
    CODE_PATTERN, Fonts, ID_PATTERN, JURISDICTION_PATTERN, Kind, LOCALE_PATTERN, Notice, Reference,
    TERM_ID_PATTERN, TermKind, Variant,
};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const EDITION_FILE: &str = "edition.json";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "carecert edition")]
pub struct EditionFile {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    #[schemars(pattern(ID_PATTERN), length(max = crate::model::MAX_PACK_ID))]
    pub id: String,
    #[schemars(length(min = 1))]
    pub name: String,
    /// ISO 3166-1 alpha-2 country code; leave out for a regional edition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(r"^[A-Z]{2}$"))]
    pub country: Option<String>,
    /// For a regional edition: the region and the countries it covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<Region>,
    /// The locales the edition is published in, the first being the main one.
    #[schemars(length(min = 1))]
    pub locales: Vec<Locale>,
    /// A framework directory, an embedded framework name, or another edition's
    /// directory, relative to this file.
    #[schemars(length(min = 1))]
    pub base: String,
    /// Who is named as the author of this edition's changes (in redlines).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Attribution, licence and translation notices added to the base's.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notices: Vec<Notice>,
    /// Fonts for the pack's documents, where the Noto defaults will not do.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fonts: Option<Fonts>,
    /// The awarding body or employer that issues the certificate, printed on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<super::certificate::Issuer>,
    /// A PNG or JPEG image printed at the head of the certificate, relative to
    /// this file's directory (at most 1 MiB and 4000 pixels on a side).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1))]
    pub logo: Option<String>,
    /// How certificate numbers are written: text with the placeholders
    /// `{year}` (year of issue), `{country}` (the edition's country code) and
    /// `{serial}` (the learner's number, written in by hand), like
    /// "SA-{year}-{serial}".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(r"\{serial\}"), length(max = 48))]
    pub certificate_number: Option<String>,
    /// Whether display codes keep the base's numbers or are renumbered after changes.
    #[serde(default)]
    pub numbering: Numbering,
    /// Term values for this edition (replacing the base's) and terms of its own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<EditionTerm>,
    /// Jurisdiction-bound base terms deliberately kept, with the reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keep: Vec<KeptTerm>,
    /// Applied in order, after the base is resolved.
    #[serde(default)]
    pub operations: Vec<Operation>,
    /// Sources and remarks for reviewers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct Locale(#[schemars(pattern(LOCALE_PATTERN))] pub String);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Region {
    #[schemars(length(min = 1))]
    pub name: String,
    /// ISO 3166-1 alpha-2 codes of the countries covered.
    #[schemars(length(min = 1))]
    pub countries: Vec<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Numbering {
    /// Keep the base's codes; an added node takes the code before it plus a capital
    /// letter (`8A` after 8).
    #[default]
    Keep,
    /// Number standards, outcomes and criteria by position after all operations.
    Renumber,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EditionTerm {
    #[schemars(pattern(TERM_ID_PATTERN))]
    pub id: String,
    /// Required for a new term; a replaced term keeps the base's kind when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<TermKind>,
    /// Where this value applies (ISO 3166), or null when it is not country-bound.
    #[schemars(pattern(JURISDICTION_PATTERN))]
    pub jurisdiction: Option<String>,
    /// The value in the source language. Empty means "to be filled in": `check`
    /// reports it.
    pub value: String,
    /// Values per locale, where they differ from `value`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub values: BTreeMap<String, String>,
    /// Why the term matters, for adaptation teams. A replaced term keeps the
    /// base's when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// What the term is, for a learner, in the source language: the
    /// glossary prints it beside the value. Not inherited: a replaced term
    /// names something else, so the base's definition does not carry over.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition: Option<String>,
    /// The definition per locale, for glossaries in other languages.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub definitions: BTreeMap<String, String>,
    /// Where the fact was checked (law text, gazette, official portal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KeptTerm {
    #[schemars(pattern(TERM_ID_PATTERN))]
    pub term: String,
    #[schemars(length(min = 1))]
    pub rationale: String,
}

operations! {
    /// One change to the base. `target` and `to` take a stable id or a display code of
    /// the base; `after`/`before` place added or moved nodes (at the end when absent).
    #[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
    #[serde(tag = "op", deny_unknown_fields)]
    #[schemars(transform = fingerprint_is_required)]
    pub enum Operation {
        AddStandard = "add-standard" {
            standard: NewStandard,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            after: Option<String>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            before: Option<String>,
            rationale: String,
        },
        AddOutcome = "add-outcome" {
            to: String,
            outcome: NewOutcome,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            after: Option<String>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            before: Option<String>,
            rationale: String,
        },
        AddCriterion = "add-criterion" {
            to: String,
            criterion: NewCriterion,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            after: Option<String>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            before: Option<String>,
            rationale: String,
        },
        Remove = "remove" {
            target: String,
            #[serde(default)]
            fingerprint: String,
            rationale: String,
        },
        ReplaceText = "replace-text" {
            target: String,
            text: String,
            #[serde(default)]
            fingerprint: String,
            rationale: String,
        },
        Retitle = "retitle" {
            target: String,
            title: String,
            #[serde(default)]
            fingerprint: String,
            rationale: String,
        },
        ChangeKind = "change-kind" {
            target: String,
            kind: Kind,
            #[serde(default)]
            fingerprint: String,
            rationale: String,
        },
        Move = "move" {
            target: String,
            to: String,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            after: Option<String>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            before: Option<String>,
            #[serde(default)]
            fingerprint: String,
            rationale: String,
        },
        SetExamples = "set-examples" {
            target: String,
            examples: Vec<String>,
            #[serde(default)]
            fingerprint: String,
            rationale: String,
        },
    }
}

/// `fingerprint` may be left out when loading only so that `check` can answer
/// with the fingerprint to write; in the schema, as for authors, it is required.
fn fingerprint_is_required(schema: &mut schemars::Schema) {
    let Some(variants) = schema.get_mut("oneOf").and_then(|v| v.as_array_mut()) else {
        return;
    };
    for variant in variants {
        let Some(fingerprint) = variant.pointer_mut("/properties/fingerprint") else {
            continue;
        };
        if let Some(field) = fingerprint.as_object_mut() {
            field.remove("default");
        }
        if let Some(required) = variant.get_mut("required").and_then(|r| r.as_array_mut()) {
            let at = required.len().saturating_sub(1);
            required.insert(at, "fingerprint".into());
        }
    }
}

impl Operation {
    pub fn rationale(&self) -> &str {
        match self {
            Operation::AddStandard { rationale, .. }
            | Operation::AddOutcome { rationale, .. }
            | Operation::AddCriterion { rationale, .. }
            | Operation::Remove { rationale, .. }
            | Operation::ReplaceText { rationale, .. }
            | Operation::Retitle { rationale, .. }
            | Operation::ChangeKind { rationale, .. }
            | Operation::Move { rationale, .. }
            | Operation::SetExamples { rationale, .. } => rationale,
        }
    }

    /// The existing node the operation changes, with the fingerprint recorded for it.
    pub fn target(&self) -> Option<(&str, &str)> {
        match self {
            Operation::Remove {
                target,
                fingerprint,
                ..
            }
            | Operation::ReplaceText {
                target,
                fingerprint,
                ..
            }
            | Operation::Retitle {
                target,
                fingerprint,
                ..
            }
            | Operation::ChangeKind {
                target,
                fingerprint,
                ..
            }
            | Operation::Move {
                target,
                fingerprint,
                ..
            }
            | Operation::SetExamples {
                target,
                fingerprint,
                ..
            } => Some((target, fingerprint)),
            _ => None,
        }
    }

    /// Placement of an added or moved node.
    pub fn placement(&self) -> (Option<&str>, Option<&str>) {
        match self {
            Operation::AddStandard { after, before, .. }
            | Operation::AddOutcome { after, before, .. }
            | Operation::AddCriterion { after, before, .. }
            | Operation::Move { after, before, .. } => (after.as_deref(), before.as_deref()),
            _ => (None, None),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewStandard {
    #[schemars(pattern(ID_PATTERN))]
    pub id: String,
    /// Usually left out: with `numbering: keep` an added node takes the code before
    /// it plus a capital letter (`8A` after 8). A given code must be such a code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(CODE_PATTERN))]
    pub code: Option<String>,
    pub title: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
    #[schemars(length(min = 1))]
    pub outcomes: Vec<NewOutcome>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewOutcome {
    #[schemars(pattern(ID_PATTERN))]
    pub id: String,
    /// Usually left out: numbered like an added standard (`1.4A` after 1.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(CODE_PATTERN))]
    pub code: Option<String>,
    pub title: String,
    #[schemars(length(min = 1))]
    pub criteria: Vec<NewCriterion>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCriterion {
    #[schemars(pattern(ID_PATTERN))]
    pub id: String,
    /// Usually left out: numbered like an added standard (`1.4bA` after 1.4b).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(CODE_PATTERN))]
    pub code: Option<String>,
    pub kind: Kind,
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub simulation_allowed: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub pending: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<Variant>,
}
