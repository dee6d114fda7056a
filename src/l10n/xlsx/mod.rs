//! Translation spreadsheets, for translators without a CAT tool.
//!
//! The same units as XLIFF, one row each: a message's value (`id`) or one of its
//! attributes (`id.example-1`), with its English, the translation to fill in, a
//! note (what the text is, the country terms to keep, the previous translation
//! and English of stale text), its state, and the fingerprint of the English it
//! was exported from. A second sheet, `about`, says which edition and locales the
//! file is for.
//!
//! Import reads the sheet back into the same [`ImportedFile`] an XLIFF file
//! gives, so a spreadsheet goes through exactly the XLIFF import's checks and
//! merge: a changed English refused, placeholders checked, nothing else in the
//! `.ftl` files touched. Written with `rust_xlsxwriter`, read with `calamine`
//! (a different implementation, as a translator's spreadsheet program is).
//!
//! [`ImportedFile`]: super::xliff::ImportedFile

mod export;
pub(crate) mod read;

pub use export::export;
pub use read::read;

/// The sheet of units.
pub const SHEET: &str = "translations";
/// The sheet saying what the file is for.
pub const ABOUT: &str = "about";
/// What the `about` sheet's `format` row holds.
pub const FORMAT: &str = "carecert translation spreadsheet 1";

/// The columns of [`SHEET`], in order, as their header row names them.
pub const COLUMNS: [&str; 6] = [
    "id",
    "English",
    "translation",
    "note",
    "state",
    "fingerprint",
];

/// Whether `path` names a spreadsheet (by its extension), rather than XLIFF.
pub fn is_spreadsheet(path: &std::path::Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
}
