//! Reading a translation spreadsheet back: its `about` sheet for the languages,
//! its rows grouped into units, every problem of the file reported at once with
//! its sheet and cell.

use super::{ABOUT, COLUMNS, FORMAT, SHEET};
use crate::diag::{Code, Diagnostic};
use crate::l10n::xliff::{ImportedFile, ImportedSegment, ImportedUnit};
use calamine::{Data, Range, Reader, Xlsx};
use std::collections::HashMap;
use std::io::Cursor;

/// Reads the spreadsheet `bytes` (shown in messages as `shown`) into the units an
/// XLIFF file would give.
pub fn read(shown: &str, bytes: Vec<u8>) -> Result<ImportedFile, Vec<Diagnostic>> {
    let bad = |message: String, help: &str| {
        vec![
            Diagnostic::error(Code::BadSpreadsheet, message)
                .file(shown)
                .help(help),
        ]
    };
    if let Some(size) = unpacked_size(&bytes).filter(|s| *s > MAX_UNPACKED) {
        return Err(bad(
            format!("the spreadsheet unpacks to {size} bytes, over the limit of {MAX_UNPACKED}"),
            "export and import one edition or locale at a time",
        ));
    }
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| {
        bad(
            format!("the file is not an .xlsx spreadsheet ({e})"),
            "save it as an Excel 2007-365 workbook (.xlsx), or import the XLIFF file instead",
        )
    })?;
    let names = book.sheet_names();
    let sheet = |book: &mut Xlsx<_>, name: &str| -> Result<Range<Data>, Vec<Diagnostic>> {
        if !names.iter().any(|n| n == name) {
            return Err(bad(
                format!(
                    "the spreadsheet has no sheet named \"{name}\" (its sheets: {})",
                    names.join(", ")
                ),
                "import the spreadsheet `carecert l10n export --format xlsx` wrote, with its sheets as they were named",
            ));
        }
        book.worksheet_range(name).map_err(|e| {
            bad(
                format!("the sheet \"{name}\" could not be read: {e}"),
                "open and save the file again in your spreadsheet program, as .xlsx",
            )
        })
    };
    let about = sheet(&mut book, ABOUT)?;
    let units = sheet(&mut book, SHEET)?;
    let mut errors = Vec::new();
    let about = read_about(shown, &about, &mut errors);
    let units = read_units(shown, &units, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    let (src_lang, trg_lang, layers) = about;
    Ok(ImportedFile {
        src_lang,
        trg_lang,
        layers,
        units,
    })
}

/// How large a spreadsheet may be once unpacked: far beyond any edition's
/// translations, it keeps a small file that unpacks to gigabytes from being read.
pub(crate) const MAX_UNPACKED: u64 = 256 * 1024 * 1024;

/// The sum of the sizes the archive declares for its parts (`None` when it is not
/// a zip archive; the spreadsheet reader then says what is wrong). The
/// decompressor stops at the declared size, so a part cannot be larger.
pub(crate) fn unpacked_size(bytes: &[u8]) -> Option<u64> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        total = total.saturating_add(archive.by_index_raw(i).ok()?.size());
    }
    Some(total)
}

/// A cell as text. A number is written as the spreadsheet shows it (a
/// translator's `112` becomes a number cell); a date or an error cannot be a
/// translation.
fn text(cell: Option<&Data>) -> Result<String, String> {
    Ok(match cell {
        None | Some(Data::Empty) => String::new(),
        Some(Data::String(s)) => s.clone(),
        Some(Data::Int(i)) => i.to_string(),
        Some(Data::Float(f)) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Some(Data::Float(f)) => f.to_string(),
        Some(Data::Bool(b)) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Some(Data::Error(e)) => return Err(format!("the cell holds the error {e}")),
        Some(Data::DateTime(_) | Data::DateTimeIso(_) | Data::DurationIso(_)) => {
            return Err("the cell holds a date or time, not text".to_string());
        }
    })
}

/// The name of the cell at 0-based `row` and `col`: `C5`.
fn cell_name(row: u32, col: u32) -> String {
    let mut letters = String::new();
    let mut n = col + 1;
    while n > 0 {
        let r = (n - 1) % 26;
        letters.insert(0, (b'A' + r as u8) as char);
        n = (n - 1) / 26;
    }
    format!("{letters}{}", row + 1)
}

fn at(shown: &str, sheet: &str, row: u32, col: u32, message: String) -> Diagnostic {
    Diagnostic::error(Code::BadSpreadsheet, message)
        .file(shown)
        .at(Some((row as usize + 1, col as usize + 1)))
        .path(format!("{sheet}!{}", cell_name(row, col)))
}

/// The source and target locales and the layers, from the `about` sheet.
fn read_about(
    shown: &str,
    range: &Range<Data>,
    errors: &mut Vec<Diagnostic>,
) -> (String, String, Vec<String>) {
    let mut values: HashMap<String, (String, u32)> = HashMap::new();
    let (top, _) = range.start().unwrap_or((0, 0));
    for (i, row) in range.rows().enumerate() {
        let row_at = top + i as u32;
        let key = text(row.first()).unwrap_or_default();
        if let Ok(value) = text(row.get(1)) {
            values.insert(key.trim().to_string(), (value.trim().to_string(), row_at));
        }
    }
    let missing = |key: &str| {
        Diagnostic::error(
            Code::BadSpreadsheet,
            format!("the sheet \"{ABOUT}\" has no \"{key}\" row"),
        )
        .file(shown)
        .path(ABOUT)
        .help("import the spreadsheet `carecert l10n export --format xlsx` wrote, with its about sheet as it was")
    };
    match values.get("format") {
        Some((f, _)) if f == FORMAT => {}
        Some((f, row)) => errors.push(
            at(
                shown,
                ABOUT,
                *row,
                1,
                format!("the format is \"{f}\", expected \"{FORMAT}\""),
            )
            .help("export the spreadsheet again with this version of carecert"),
        ),
        None => errors.push(missing("format")),
    }
    let mut locale = |key: &str| match values.get(key) {
        Some((v, _)) => v.clone(),
        None => {
            errors.push(missing(key));
            String::new()
        }
    };
    let src = locale("source locale");
    let trg = locale("target locale");
    let layers = values
        .get("layers")
        .map(|(v, _)| v.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default();
    (src, trg, layers)
}

/// The rows of the units sheet, grouped by message in the order first seen (a
/// translator may have sorted them).
fn read_units(shown: &str, range: &Range<Data>, errors: &mut Vec<Diagnostic>) -> Vec<ImportedUnit> {
    let (top, left) = range.start().unwrap_or((0, 0));
    let mut rows = range.rows();
    let header: Vec<String> = rows
        .next()
        .map(|r| {
            r.iter()
                .map(|c| text(Some(c)).unwrap_or_default())
                .collect()
        })
        .unwrap_or_default();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let (Some(id_col), Some(trg_col), Some(fp_col)) =
        (column(COLUMNS[0]), column(COLUMNS[2]), column(COLUMNS[5]))
    else {
        errors.push(
            at(
                shown,
                SHEET,
                top,
                left,
                format!(
                    "the first row of the sheet \"{SHEET}\" does not name the columns {}",
                    COLUMNS.join(", ")
                ),
            )
            .help("keep the header row and the columns the export wrote; only fill in the translation column"),
        );
        return Vec::new();
    };
    let mut units: Vec<ImportedUnit> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for (i, row) in rows.enumerate() {
        let r = top + 1 + i as u32;
        let cell = |c: usize| (text(row.get(c)), left + c as u32);
        let mut read = |c: usize| match cell(c) {
            (Ok(t), _) => t.trim().to_string(),
            (Err(why), col) => {
                errors.push(
                    at(shown, SHEET, r, col, why)
                        .help("format the cell as text and type the translation again"),
                );
                String::new()
            }
        };
        let key = read(id_col);
        let target = collapse(&read(trg_col));
        let fingerprint = read(fp_col);
        if key.is_empty() {
            if !target.is_empty() {
                errors.push(
                    at(
                        shown,
                        SHEET,
                        r,
                        left + id_col as u32,
                        "a translation without an id".into(),
                    )
                    .help("put the row's id back as the export wrote it, or delete the row"),
                );
            }
            continue;
        }
        let (id, part) = match key.split_once('.') {
            Some((id, attribute)) => (id.to_string(), attribute.to_string()),
            None => (key.clone(), "value".to_string()),
        };
        let n = *index.entry(id.clone()).or_insert_with(|| {
            units.push(ImportedUnit {
                id: id.clone(),
                layer: String::new(),
                fingerprint: (!fingerprint.is_empty()).then(|| fingerprint.clone()),
                segments: Vec::new(),
                line: r as usize + 1,
                column: left as usize + 1,
            });
            units.len() - 1
        });
        let unit = &mut units[n];
        if unit.segments.iter().any(|s| s.id == part) {
            errors.push(
                at(
                    shown,
                    SHEET,
                    r,
                    left + id_col as u32,
                    format!("the id {key} is on two rows"),
                )
                .help("keep one row per id: delete the copy"),
            );
            continue;
        }
        unit.segments.push(ImportedSegment {
            id: part,
            target: (!target.is_empty()).then_some(target),
            line: r as usize + 1,
            column: left as usize + trg_col + 1,
        });
    }
    units
}

/// White space collapsed as XLIFF import does: a line break typed in a cell is a
/// space, as in the XLIFF target.
fn collapse(text: &str) -> String {
    text.split([' ', '\t', '\r', '\n'])
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_named_as_spreadsheets_name_them() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(4, 2), "C5");
        assert_eq!(cell_name(9, 26), "AA10");
    }
}
