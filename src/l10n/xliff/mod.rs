//! XLIFF 2.0 for translators working in CAT tools.
//!
//! Export writes one unit per message (a segment for the value and one per
//! attribute), with term references as placeholders the tool protects, and for a
//! stale translation the previous translation and the old English as notes. Import
//! merges translated units back into the right `.ftl` file, refusing any unit whose
//! English changed since it was exported.
//!
//! One module per stage: [`export`] writes the file; [`read`] reads one back,
//! checking it as a whole (with [`xml`]'s rules); [`merge`] plans the new text
//! of every `.ftl` file the import changes (each part passing [`checks`]), and
//! [`report`]s what it did; [`files`] reads those files and writes them all or
//! none.

mod checks;
mod export;
mod files;
mod merge;
mod read;
mod report;
mod xml;

pub use export::{ExportOptions, export};
pub use files::{read_target, write_all};
pub use merge::{ImportPlan, PlannedWrite, ReadTarget, check_fits, plan, target_file};
pub use read::{ImportedFile, ImportedSegment, ImportedUnit, read};
pub use report::{ImportReport, Refusal, StillStale};

pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";
