//! What an import reads out of an XLIFF file: its languages, layers and units.

/// A unit read back from XLIFF.
#[derive(Debug, Clone)]
pub struct ImportedUnit {
    pub id: String,
    /// The `id` of the `<file>` it is in: the layer it was exported from.
    pub layer: String,
    pub fingerprint: Option<String>,
    pub segments: Vec<ImportedSegment>,
    pub line: usize,
    pub column: usize,
}

/// A segment: one part of a message (`value`, `example-1`, `ref-…`).
#[derive(Debug, Clone)]
pub struct ImportedSegment {
    pub id: String,
    /// The target in source-text form, white space collapsed; `None` without one.
    pub target: Option<String>,
    pub line: usize,
    pub column: usize,
}

impl ImportedUnit {
    /// The parts that carry a translation: segments whose target has text. A
    /// target of spaces alone is untranslated, as an empty one is: imported, it
    /// erased the message's translation and left it without a value.
    pub fn translated(&self) -> impl Iterator<Item = (&str, &str)> {
        self.segments.iter().filter_map(|s| {
            s.target
                .as_deref()
                .filter(|t| !t.trim().is_empty())
                .map(|t| (s.id.as_str(), t))
        })
    }
}

#[derive(Debug, Clone)]
pub struct ImportedFile {
    pub src_lang: String,
    pub trg_lang: String,
    /// The `<file>` ids: the layers (framework or editions) the units came from.
    pub layers: Vec<String>,
    pub units: Vec<ImportedUnit>,
}
