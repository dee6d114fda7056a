//! XLIFF 2.0 for translators working in CAT tools.
//!
//! Export writes one unit per message (a segment for the value and one per
//! attribute), with term references as placeholders the tool protects, and for a
//! stale translation the previous translation and the old English as notes. Import
//! merges translated units back into the right `.ftl` file, refusing any unit whose
//! English changed since it was exported.
//!
//! One module per stage: [`export`] writes the file, [`read`] reads one back,
//! [`merge`] plans the `.ftl` files an import writes.

mod export;
mod merge;
mod read;

pub use export::{ExportOptions, export};
pub use merge::{ImportReport, Refusal, merge, replace_entry, target_file};
pub use read::{ImportedFile, ImportedUnit, read};

pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";
