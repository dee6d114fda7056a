//! Writing a translation spreadsheet: the units XLIFF export would write, one
//! row per part.

use super::{ABOUT, COLUMNS, FORMAT, SHEET};
use crate::edition::resolved::Resolved;
use crate::l10n::catalog::{Catalog, Found};
use crate::l10n::status::{self, SourceMessage, source_messages};
use crate::l10n::xliff::ExportOptions;
use crate::l10n::{fallback_chain, language};
use crate::text;
use rust_xlsxwriter::{
    ExcelDateTime, Format, FormatBorder, ProtectionOptions, Workbook, XlsxError,
};
use std::collections::HashMap;

/// One row of the sheet.
struct Row {
    id: String,
    english: String,
    note: String,
    state: &'static str,
    fingerprint: String,
}

/// The spreadsheet's bytes and the number of messages in it. The same inputs
/// give the same bytes: the file's creation date is fixed, never the clock.
pub fn export(
    r: &Resolved,
    catalog: &Catalog,
    opts: &ExportOptions<'_>,
) -> Result<(Vec<u8>, usize), XlsxError> {
    let values: HashMap<&str, &str> = r
        .terms
        .iter()
        .map(|t| (t.id.as_str(), t.value.as_str()))
        .collect();
    let chain = fallback_chain(opts.locale, &r.source_locale);
    let source_language = language(&chain[0]) == language(&r.source_locale);
    let mut rows = Vec::new();
    let mut layers: Vec<&str> = Vec::new();
    let mut units = 0;
    let messages = source_messages(r);
    for m in &messages {
        let parts = status::parts(catalog, &chain, &r.source_locale, m);
        if !opts.all && !status::needs_translation(&parts, m, source_language) {
            continue;
        }
        units += 1;
        if !layers.contains(&m.layer_id.as_str()) {
            layers.push(&m.layer_id);
        }
        rows.extend(rows_of(m, catalog, &parts, &values));
    }
    // Messages come layer by layer, as in XLIFF: the framework's, then each edition's.
    let order: HashMap<&str, usize> = r
        .layers
        .iter()
        .enumerate()
        .map(|(i, l)| (l.id.as_str(), i))
        .collect();
    layers.sort_by_key(|l| order.get(l).copied().unwrap_or(usize::MAX));
    let mut book = Workbook::new();
    book.set_properties(
        &rust_xlsxwriter::DocProperties::new()
            .set_title(format!("{} → {}", r.name, opts.locale))
            .set_creation_datetime(&ExcelDateTime::from_ymd(1980, 1, 1)?),
    );
    write_units(&mut book, &rows)?;
    write_about(&mut book, r, opts.locale, &layers)?;
    Ok((book.save_to_buffer()?, units))
}

/// The rows of one message: its value, then each attribute.
fn rows_of(
    m: &SourceMessage,
    catalog: &Catalog,
    parts: &[(String, Option<Found<'_>>)],
    values: &HashMap<&str, &str>,
) -> Vec<Row> {
    let english: Vec<&str> = std::iter::once(m.value.as_str())
        .chain(m.attributes.iter().map(|(_, v)| v.as_str()))
        .collect();
    parts
        .iter()
        .zip(english)
        .map(|((key, found), english)| {
            let fresh = found.is_some_and(|f| {
                f.entry
                    .fingerprint
                    .as_deref()
                    .and_then(crate::fingerprint::Fingerprint::parse)
                    .is_some_and(|r| m.fingerprint.matches(&r))
            });
            let state = match found {
                None => "missing",
                Some(_) if fresh => "translated",
                Some(_) => "stale",
            };
            let mut note = vec![format!("{} {}", m.level, m.code)];
            let terms = text::term_refs(english);
            if !terms.is_empty() {
                let listed: Vec<String> = terms
                    .iter()
                    .map(|id| {
                        format!(
                            "{{ {id} }} (now \"{}\")",
                            values.get(id).copied().unwrap_or_default()
                        )
                    })
                    .collect();
                note.push(format!(
                    "keep {} exactly as written: carecert puts in the country's term",
                    listed.join(", ")
                ));
            }
            match found {
                Some(f) if fresh => note.push(format!("current translation: {}", f.entry.pattern)),
                Some(f) => {
                    note.push(format!("previous translation: {}", f.entry.pattern));
                    if let Some((_, old)) = catalog.origin(f.entry)
                        && let Some(english) = &old.source_text
                    {
                        note.push(format!("previous English: {english}"));
                    }
                }
                None => {}
            }
            Row {
                id: key.clone(),
                english: english.to_string(),
                note: note.join("\n"),
                state,
                fingerprint: m.fingerprint.to_string(),
            }
        })
        .collect()
}

fn write_units(book: &mut Workbook, rows: &[Row]) -> Result<(), XlsxError> {
    let header = Format::new()
        .set_bold()
        .set_border_bottom(FormatBorder::Thin);
    let wrap = Format::new()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top);
    // Only the translation column can be edited: the others are what the import
    // checks the translation against.
    let open = wrap.clone().set_unlocked();
    let sheet = book.add_worksheet();
    sheet.set_name(SHEET)?;
    for (c, (name, width)) in COLUMNS.iter().zip([34, 60, 60, 50, 10, 14]).enumerate() {
        sheet.write_string_with_format(0, c as u16, *name, &header)?;
        sheet.set_column_width(c as u16, width)?;
    }
    for (i, row) in rows.iter().enumerate() {
        let r = i as u32 + 1;
        sheet.write_string_with_format(r, 0, &row.id, &wrap)?;
        sheet.write_string_with_format(r, 1, &row.english, &wrap)?;
        // Empty, as XLIFF's targets: a row left as it was is not imported (and
        // so never refused); the translation a pack shows now is in the note.
        sheet.write_blank(r, 2, &open)?;
        sheet.write_string_with_format(r, 3, &row.note, &wrap)?;
        sheet.write_string_with_format(r, 4, row.state, &wrap)?;
        sheet.write_string_with_format(r, 5, &row.fingerprint, &wrap)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, rows.len() as u32, COLUMNS.len() as u16 - 1)?;
    let options = ProtectionOptions {
        format_columns: true,
        format_rows: true,
        use_autofilter: true,
        sort: true,
        ..ProtectionOptions::default()
    };
    sheet.protect_with_options(&options);
    Ok(())
}

fn write_about(
    book: &mut Workbook,
    r: &Resolved,
    locale: &str,
    layers: &[&str],
) -> Result<(), XlsxError> {
    let sheet = book.add_worksheet();
    sheet.set_name(ABOUT)?;
    let bold = Format::new().set_bold();
    let rows: [(&str, String); 6] = [
        ("format", FORMAT.to_string()),
        ("edition", r.id.clone()),
        ("source locale", r.source_locale.clone()),
        ("target locale", locale.to_string()),
        ("layers", layers.join(" ")),
        (
            "how to translate",
            format!(
                "Write each translation in column C of the sheet \"{SHEET}\", in {locale}. Keep every {{ -term }} placeholder as it is. Leave a row empty to skip it. Change nothing else: the import checks each row against the English it was exported from (column F), and refuses a row whose English has changed since."
            ),
        ),
    ];
    sheet.set_column_width(0, 18)?;
    sheet.set_column_width(1, 100)?;
    for (i, (key, value)) in rows.iter().enumerate() {
        sheet.write_string_with_format(i as u32, 0, *key, &bold)?;
        sheet.write_string(i as u32, 1, value)?;
    }
    Ok(())
}
