//! JSON Schemas for the input files, generated from the model types so editors
//! validate and autocomplete exactly what the loader accepts.

use crate::edition::file::EditionFile;
use crate::model::{FrameworkFile, Standard, TermsFile};
use crate::review::record::ReviewsFile;
use schemars::schema_for;

/// `(file name under schema/, schema text)` for every shipped schema.
pub fn all() -> Vec<(&'static str, String)> {
    let pretty = |v: schemars::Schema| {
        let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
        s.push('\n');
        s
    };
    vec![
        ("edition.schema.json", pretty(schema_for!(EditionFile))),
        ("framework.schema.json", pretty(schema_for!(FrameworkFile))),
        ("reviews.schema.json", pretty(schema_for!(ReviewsFile))),
        ("standard.schema.json", pretty(schema_for!(Standard))),
        ("terms.schema.json", pretty(schema_for!(TermsFile))),
    ]
}
