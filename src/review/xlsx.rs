//! The review spreadsheet, for reviewers who live in Excel: one row per change
//! (its key, code, kind, before, after and why) with an empty decision column,
//! which offers accepted / rejected / query, and a comment column; an `about`
//! sheet says which edition, base and diff it shows. Written with
//! `rust_xlsxwriter` and read back with `calamine`, as the translation
//! spreadsheets are.

use super::{
    Answer, Decision, Identity, PROP_BASE, PROP_EDITION, PROP_FINGERPRINT, PROP_LOCALE, Remark,
    Returned,
};
use crate::diag::{Code, Diagnostic};
use crate::diff::{Change, ChangeKind, Diff};
use calamine::{Data, Reader, Xlsx};
use rust_xlsxwriter::{
    DataValidation, ExcelDateTime, Format, FormatAlign, FormatBorder, ProtectionOptions, Workbook,
    XlsxError,
};
use std::collections::HashMap;
use std::io::Cursor;

/// The sheet of changes.
pub const SHEET: &str = "review";
/// The sheet saying what the file shows.
pub const ABOUT: &str = "about";
/// What the `about` sheet's `format` row holds.
pub const FORMAT: &str = "carecert review spreadsheet 1";
/// The columns of [`SHEET`], as its header row names them.
pub const COLUMNS: [&str; 8] = [
    "key", "code", "change", "before", "after", "why", "decision", "comment",
];
const DECISION: u16 = 6;
const COMMENT: u16 = 7;

/// Before and after of a change, as text a cell can hold.
fn before_after(c: &Change) -> (String, String) {
    let list = |l: &Option<Vec<String>>| l.as_deref().unwrap_or_default().join("\n");
    let kind = |k: Option<crate::model::Kind>| k.map_or("", |k| k.as_str()).to_string();
    match c.kind {
        ChangeKind::Moved => (
            c.from.clone().unwrap_or_default(),
            c.to.clone().unwrap_or_default(),
        ),
        ChangeKind::KindChanged => (kind(c.old_kind), kind(c.new_kind)),
        ChangeKind::ExamplesChanged => (list(&c.old_examples), list(&c.new_examples)),
        ChangeKind::Renumbered => (
            c.old_code.clone().unwrap_or_default(),
            c.new_code.clone().unwrap_or_default(),
        ),
        _ => (
            c.old.clone().unwrap_or_default(),
            c.new.clone().unwrap_or_default(),
        ),
    }
}

/// The spreadsheet's bytes; the same diff gives the same bytes.
pub fn write(diff: &Diff, say: &crate::render::review::say::Say<'_>) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    book.set_properties(
        &rust_xlsxwriter::DocProperties::new()
            .set_title(format!("{} → {}", diff.old.name, diff.new.name))
            .set_creation_datetime(&ExcelDateTime::from_ymd(1980, 1, 1)?),
    );
    let header = Format::new()
        .set_bold()
        .set_border_bottom(FormatBorder::Thin);
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let open = wrap.clone().set_unlocked();
    let sheet = book.add_worksheet();
    sheet.set_name(SHEET)?;
    for (c, (name, width)) in COLUMNS
        .iter()
        .zip([30, 10, 16, 50, 50, 40, 12, 40])
        .enumerate()
    {
        sheet.write_string_with_format(0, c as u16, *name, &header)?;
        sheet.set_column_width(c as u16, width)?;
    }
    for (i, c) in diff.changes.iter().enumerate() {
        let r = i as u32 + 1;
        let (before, after) = before_after(c);
        let why = say.why(c).join("\n");
        let cells = [
            c.key.clone(),
            crate::render::review::code(c),
            say.kind(c.kind),
            before,
            after,
            why,
        ];
        for (col, value) in cells.iter().enumerate() {
            sheet.write_string_with_format(r, col as u16, value, &wrap)?;
        }
        sheet.write_blank(r, DECISION, &open)?;
        sheet.write_blank(r, COMMENT, &open)?;
    }
    let last = diff.changes.len().max(1) as u32;
    let choices = DataValidation::new()
        .allow_list_strings(&["accepted", "rejected", "query"])?
        .set_error_title("Decision")?
        .set_error_message("Choose accepted, rejected or query, or leave the cell empty.")?;
    sheet.add_data_validation(1, DECISION, last, DECISION, &choices)?;
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, last, COLUMNS.len() as u16 - 1)?;
    // Only the decision and comment can be edited: the rest is what they are on.
    sheet.protect_with_options(&ProtectionOptions {
        format_columns: true,
        format_rows: true,
        use_autofilter: true,
        sort: true,
        ..ProtectionOptions::default()
    });
    let about = book.add_worksheet();
    about.set_name(ABOUT)?;
    let bold = Format::new().set_bold();
    let rows: [(&str, String); 6] = [
        ("format", FORMAT.to_string()),
        (PROP_EDITION, diff.new.id.clone()),
        (PROP_BASE, diff.old.id.clone()),
        (PROP_LOCALE, diff.locale.clone()),
        (PROP_FINGERPRINT, diff.fingerprint()),
        (
            "how to review",
            format!(
                "On the sheet \"{SHEET}\", choose a decision for each change (accepted, rejected or query) and write any comment beside it. Change nothing else; send the file back as .xlsx."
            ),
        ),
    ];
    about.set_column_width(0, 22)?;
    about.set_column_width(1, 100)?;
    for (i, (key, value)) in rows.iter().enumerate() {
        about.write_string_with_format(i as u32, 0, *key, &bold)?;
        about.write_string(i as u32, 1, value)?;
    }
    book.save_to_buffer()
}

fn text(cell: Option<&Data>) -> String {
    match cell {
        None | Some(Data::Empty) => String::new(),
        Some(Data::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

fn at(shown: &str, sheet: &str, row: u32, col: u16, message: String) -> Diagnostic {
    let column = (b'A' + col as u8) as char;
    Diagnostic::error(Code::BadReviewFile, message)
        .file(shown)
        .path(format!("{sheet}!{column}{}", row + 1))
}

/// Reads a returned review spreadsheet; every bad cell is reported at once.
pub fn read(shown: &str, bytes: Vec<u8>) -> Result<Answer, Vec<Diagnostic>> {
    use crate::l10n::xlsx::read::{MAX_UNPACKED, unpacked_size};
    let bad = |message: String, help: &str| {
        vec![
            Diagnostic::error(Code::BadReviewFile, message)
                .file(shown)
                .help(help),
        ]
    };
    if unpacked_size(&bytes).is_some_and(|s| s > MAX_UNPACKED) {
        return Err(bad(
            format!("the spreadsheet unpacks to more than {MAX_UNPACKED} bytes"),
            "give the review spreadsheet `carecert diff --format xlsx` wrote",
        ));
    }
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| {
        bad(
            format!("the file is not an .xlsx spreadsheet ({e})"),
            "save it as an Excel workbook (.xlsx)",
        )
    })?;
    let mut sheet = |name: &str| {
        book.worksheet_range(name).map_err(|e| {
            bad(
                format!("the spreadsheet has no readable sheet \"{name}\" ({e})"),
                "give the review spreadsheet `carecert diff --format xlsx` wrote, with its sheets as they were named",
            )
        })
    };
    let about = sheet(ABOUT)?;
    let rows = sheet(SHEET)?;
    let mut errors = Vec::new();
    let mut values: HashMap<String, String> = HashMap::new();
    for row in about.rows() {
        values.insert(
            text(row.first()).trim().to_string(),
            text(row.get(1)).trim().to_string(),
        );
    }
    let mut need = |key: &str| match values.get(key).filter(|v| !v.is_empty()) {
        Some(v) => v.clone(),
        None => {
            errors.push(
                Diagnostic::error(
                    Code::BadReviewFile,
                    format!("the sheet \"{ABOUT}\" has no \"{key}\" row"),
                )
                .file(shown)
                .help("give the review spreadsheet `carecert diff --format xlsx` wrote"),
            );
            String::new()
        }
    };
    let format = need("format");
    let identity = Identity {
        edition: need(PROP_EDITION),
        base: need(PROP_BASE),
        locale: values.get(PROP_LOCALE).cloned(),
        fingerprint: values.get(PROP_FINGERPRINT).cloned(),
    };
    if !format.is_empty() && format != FORMAT {
        errors.push(at(
            shown,
            ABOUT,
            0,
            1,
            format!("the format is \"{format}\", expected \"{FORMAT}\""),
        ));
    }
    let (top, left) = rows.start().unwrap_or((0, 0));
    let mut decisions = Vec::new();
    for (i, row) in rows.rows().enumerate() {
        let r = top + i as u32;
        let cell = |col: u16| text(row.get((col as u32).saturating_sub(left) as usize));
        if r == 0 {
            for (col, name) in COLUMNS.iter().enumerate() {
                if cell(col as u16).trim() != *name {
                    errors.push(at(
                        shown,
                        SHEET,
                        r,
                        col as u16,
                        format!(
                            "the header is \"{}\", expected \"{name}\"",
                            cell(col as u16)
                        ),
                    ));
                }
            }
            continue;
        }
        let key = cell(0);
        if key.trim().is_empty() {
            continue;
        }
        let Some(decision) = Decision::parse(&cell(DECISION)) else {
            errors.push(
                at(
                    shown,
                    SHEET,
                    r,
                    DECISION,
                    format!(
                        "the decision is \"{}\", expected accepted, rejected or query (or empty)",
                        cell(DECISION)
                    ),
                )
                .help("choose accepted, rejected or query from the cell's list"),
            );
            continue;
        };
        let comment = cell(COMMENT);
        decisions.push(Returned {
            key: key.trim().to_string(),
            decision,
            comments: (!comment.trim().is_empty())
                .then(|| Remark {
                    author: None,
                    text: comment.trim().to_string(),
                })
                .into_iter()
                .collect(),
            note: None,
        });
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Answer {
        format: "xlsx",
        identity,
        decisions,
        general: Vec::new(),
    })
}
