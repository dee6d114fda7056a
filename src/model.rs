//! The framework as data: the shapes of the files an adaptation team edits.
//!
//! These types are the single source of truth for the file formats: the loader
//! deserialises into them, and the JSON Schemas in `schema/` are generated from them,
//! so an editor's autocompletion and our loader can never disagree.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Stable ids: what overlays and translations address. Kebab-case so they are valid
/// Fluent message identifiers too, and without dots so they can never look like a code.
pub const ID_PATTERN: &str = r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$";
/// The longest id of a framework or an edition, in characters. The id names the
/// pack's directory (`out/<id>/<locale>`, staged as a sibling with a suffix), and a
/// file name holds at most 255 bytes: a 300-character edition id passed `check` and
/// then failed `build` with "File name too long" and no place in the file.
pub const MAX_PACK_ID: usize = 64;
/// Term ids are Fluent term identifiers.
pub const TERM_ID_PATTERN: &str = r"^-[a-z][a-z0-9]*(-[a-z0-9]+)*$";
pub const STANDARD_CODE_PATTERN: &str = r"^[1-9][0-9]*$";
pub const OUTCOME_CODE_PATTERN: &str = r"^[1-9][0-9]*\.[1-9][0-9]*$";
pub const CRITERION_CODE_PATTERN: &str = r"^[1-9][0-9]*\.[1-9][0-9]*[a-z]$";
/// Any display code, with the insertion suffixes of nodes an edition adds (`8A`,
/// `1.4A`, `1.4bA`): capital letters not ending in `Z`, after any part.
pub const CODE_PATTERN: &str =
    r"^[1-9][0-9]*([A-Z]*[A-Y])?(\.[1-9][0-9]*([A-Z]*[A-Y])?([a-z]([A-Z]*[A-Y])?)?)?$";
/// ISO 3166-1 alpha-2, optionally with an ISO 3166-2 subdivision (`GB-ENG`).
pub const JURISDICTION_PATTERN: &str = r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$";
/// A BCP 47 tag as we accept it: language, optional script, optional region.
pub const LOCALE_PATTERN: &str = r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$";

/// `framework.json`: what the framework is, who owns the wording, and which files
/// hold its terms and standards (in display order).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "carecert framework manifest")]
pub struct FrameworkFile {
    /// Path or URL of this file's JSON Schema, for editors.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    #[schemars(pattern(ID_PATTERN), length(max = MAX_PACK_ID))]
    pub id: String,
    /// The revision of the framework, e.g. `2015`.
    #[schemars(length(min = 1))]
    pub version: String,
    #[schemars(length(min = 1))]
    pub title: String,
    /// The language the source text is written in.
    #[schemars(pattern(LOCALE_PATTERN))]
    pub source_locale: String,
    /// Where the framework applies; terms bound to it must be replaced by editions
    /// for other countries.
    #[schemars(pattern(JURISDICTION_PATTERN))]
    pub jurisdiction: String,
    #[schemars(length(min = 1))]
    pub publisher: String,
    /// Copyright, paraphrase and licence statements that every output must carry.
    #[schemars(length(min = 1))]
    pub notices: Vec<Notice>,
    /// Path of the terms file, relative to this file.
    pub terms: String,
    /// Paths of the standard files, relative to this file, in display order.
    #[schemars(length(min = 1))]
    pub standards: Vec<String>,
    /// What was verified against the official documents, and what remains uncertain.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Notice {
    pub kind: NoticeKind,
    #[schemars(length(min = 1))]
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum NoticeKind {
    Copyright,
    Paraphrase,
    Licence,
    Attribution,
    Disclaimer,
}

/// The fonts a document asks for. Noto families are the default because
/// LibreOffice ships or substitutes them everywhere and Word falls back
/// sensibly; an edition can name others.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Fonts {
    /// Latin text (headings and body).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latin: Option<String>,
    /// Chinese, Japanese or Korean text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub east_asian: Option<String>,
    /// Arabic, Hebrew, Devanagari and other complex scripts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complex: Option<String>,
}

/// The terms file: every country-specific word the source text refers to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "carecert terms")]
pub struct TermsFile {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub terms: Vec<Term>,
}

/// A Fluent term (`{ -regulator }`) with its English value and the jurisdiction it
/// belongs to, so the leak check knows which values a country edition must replace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Term {
    #[schemars(pattern(TERM_ID_PATTERN))]
    pub id: String,
    pub kind: TermKind,
    /// `null` for words that are not bound to a country.
    #[schemars(pattern(JURISDICTION_PATTERN))]
    pub jurisdiction: Option<String>,
    #[schemars(length(min = 1))]
    pub value: String,
    /// Why the term matters, for adaptation teams choosing a local equivalent.
    #[schemars(length(min = 1))]
    pub note: String,
    /// What the term is, for a learner: the standards document's glossary
    /// prints it beside the value (the note when there is none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1))]
    pub definition: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum TermKind {
    Law,
    Regulator,
    Body,
    Service,
    EmergencyNumber,
    Code,
    Guidance,
    Qualification,
    Word,
}

/// One standard file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "carecert standard")]
pub struct Standard {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    #[schemars(pattern(ID_PATTERN))]
    pub id: String,
    #[schemars(pattern(STANDARD_CODE_PATTERN))]
    pub code: String,
    #[schemars(length(min = 1))]
    pub title: String,
    /// The laws, codes, bodies and services a worker must know for this standard.
    #[serde(default)]
    pub references: Vec<Reference>,
    #[schemars(length(min = 1))]
    pub outcomes: Vec<Outcome>,
    /// What was checked against the official document for this standard.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub verification: Vec<Verification>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    #[schemars(pattern(TERM_ID_PATTERN))]
    pub term: String,
    #[schemars(length(min = 1))]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    #[schemars(pattern(ID_PATTERN))]
    pub id: String,
    #[schemars(pattern(OUTCOME_CODE_PATTERN))]
    pub code: String,
    #[schemars(length(min = 1))]
    pub title: String,
    #[schemars(length(min = 1))]
    pub criteria: Vec<Criterion>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    #[schemars(pattern(ID_PATTERN))]
    pub id: String,
    #[schemars(pattern(CRITERION_CODE_PATTERN))]
    pub code: String,
    pub kind: Kind,
    /// Source text; may contain term references such as `{ -regulator }`.
    #[schemars(length(min = 1))]
    pub text: String,
    /// "This could include…" items.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<String>,
    /// True where the official standard accepts evidence from a simulation
    /// (basic life support) instead of observation at work.
    #[serde(default, skip_serializing_if = "is_false")]
    pub simulation_allowed: bool,
    /// True where the official wording is not yet available and `text` is a
    /// placeholder saying so (Standard 16 of the 2025 revision).
    #[serde(default, skip_serializing_if = "is_false")]
    pub pending: bool,
    /// Sector-specific forms of the criterion (Standard 11).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<Variant>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Knowledge can be evidenced in writing or discussion; performance must be observed
/// in real work. The distinction drives the workbook and the assessor record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Knowledge,
    Performance,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Knowledge => "knowledge",
            Kind::Performance => "performance",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Variant {
    pub sector: Sector,
    pub kind: Kind,
    #[schemars(length(min = 1))]
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Sector {
    Health,
    SocialCare,
}

impl Sector {
    pub fn as_str(self) -> &'static str {
        match self {
            Sector::Health => "health",
            Sector::SocialCare => "social-care",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Verification {
    #[schemars(length(min = 1))]
    pub codes: Vec<String>,
    pub status: VerificationStatus,
    pub source: String,
    pub note: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum VerificationStatus {
    Verified,
    Corrected,
    Uncertain,
}

/// A loaded framework: the manifest, its terms and its standards, with the origin
/// kept for messages.
#[derive(Debug, Clone)]
pub struct Framework {
    pub manifest: FrameworkFile,
    pub terms: Vec<Term>,
    pub standards: Vec<Standard>,
    /// How to name this framework's files in messages (`standards/…` or `<embedded>/…`).
    pub origin: String,
}

impl Framework {
    pub fn term(&self, id: &str) -> Option<&Term> {
        self.terms.iter().find(|t| t.id == id)
    }

    pub fn criteria(&self) -> impl Iterator<Item = &Criterion> {
        self.standards
            .iter()
            .flat_map(|s| s.outcomes.iter())
            .flat_map(|o| o.criteria.iter())
    }
}
