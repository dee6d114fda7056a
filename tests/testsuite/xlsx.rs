//! Translation spreadsheets: `l10n export --format xlsx` and `l10n import F.xlsx`.
//!
//! A translator's spreadsheet program reads the file and writes a new one; the
//! tests do the same, with another library (calamine reads, rust_xlsxwriter
//! writes a fresh workbook) and with LibreOffice. The import must give the same
//! `.ftl` bytes as the XLIFF route, and refuse what XLIFF refuses.

use crate::{carecert, stderr_of, stdout_of};
use calamine::{Data, Reader, Xlsx};
use std::path::Path;

const HI: &str = "locales/hi/care-certificate-2015.ftl";

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    crate::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"),
        &dir.path().join("locales"),
    );
    dir
}

fn run(dir: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    carecert().current_dir(dir).args(args).assert()
}

fn export_all(dir: &Path, file: &str) {
    let mut args = vec!["l10n", "export", "--locale", "hi", "--all", "--out", file];
    if file.ends_with(".xlsx") {
        args.extend(["--format", "xlsx"]);
    }
    run(dir, &args).success();
}

/// Every cell of every sheet, as text, sheet by sheet.
fn cells(path: &Path) -> Vec<(String, Vec<Vec<String>>)> {
    let mut book: Xlsx<_> = calamine::open_workbook(path).unwrap();
    book.sheet_names()
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).unwrap();
            let rows = range
                .rows()
                .map(|r| {
                    r.iter()
                        .map(|c| match c {
                            Data::Empty => String::new(),
                            other => other.to_string(),
                        })
                        .collect()
                })
                .collect();
            (name, rows)
        })
        .collect()
}

/// What a translator's program does: reads the workbook, types `edits` (row id,
/// column, text) into the units sheet, and saves a new workbook.
fn retype(path: &Path, edits: &[(&str, usize, &str)]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    for (name, mut rows) in cells(path) {
        for (id, col, text) in edits.iter().filter(|_| name == "translations") {
            let row = rows
                .iter_mut()
                .find(|r| r.first().is_some_and(|c| c == id))
                .unwrap_or_else(|| panic!("no row {id}"));
            row[*col] = text.to_string();
        }
        let sheet = book.add_worksheet();
        sheet.set_name(&name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, value) in row.iter().enumerate() {
                if !value.is_empty() {
                    sheet.write_string(r as u32, c as u16, value).unwrap();
                }
            }
        }
    }
    book.save(path).unwrap();
}

/// The id and English of the first unit whose English has a term placeholder.
fn a_row_with_a_term(path: &Path) -> (String, String) {
    let (_, rows) = cells(path).into_iter().next().unwrap();
    rows.into_iter()
        .skip(1)
        .find(|r| r[1].contains("{ -"))
        .map(|r| (r[0].clone(), r[1].clone()))
        .unwrap()
}

/// One title typed into the sheet imports as the same change to the same line
/// of the same file as through XLIFF, and nothing else changes.
#[test]
fn a_translators_sheet_imports_as_xliff_does() {
    let title = "अपनी भूमिका समझें";
    let sheet = project();
    export_all(sheet.path(), "hi.xlsx");
    retype(
        &sheet.path().join("hi.xlsx"),
        &[("understand-your-role", 2, title)],
    );
    let a = run(sheet.path(), &["l10n", "import", "hi.xlsx"]).success();
    assert_eq!(
        stdout_of(&a),
        format!("imported 1 unit into {HI}; 0 refused, 274 untranslated\n")
    );

    let xliff = project();
    export_all(xliff.path(), "hi.xlf");
    let xlf = std::fs::read_to_string(xliff.path().join("hi.xlf")).unwrap();
    let at = xlf.find("<unit id=\"understand-your-role\"").unwrap();
    let end = at + xlf[at..].find("</source>").unwrap() + "</source>".len();
    let xlf = format!("{}<target>{title}</target>{}", &xlf[..end], &xlf[end..]);
    std::fs::write(xliff.path().join("hi.xlf"), xlf).unwrap();
    run(xliff.path(), &["l10n", "import", "hi.xlf"]).success();

    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |d: &Path| std::fs::read_to_string(d.join(HI)).unwrap();
    assert_eq!(read(sheet.path()), read(xliff.path()));
    assert_ne!(read(sheet.path()), read(repo));
    let changed = read(repo)
        .lines()
        .zip(read(sheet.path()).lines())
        .filter(|(a, b)| a != b)
        .count();
    assert_eq!(changed, 1);
}

/// A changed English (another fingerprint) and a translation without the
/// English's term placeholder are refused, as in XLIFF; nothing is written.
#[test]
fn a_changed_english_and_a_lost_placeholder_are_refused() {
    let dir = project();
    export_all(dir.path(), "hi.xlsx");
    let path = dir.path().join("hi.xlsx");
    let (with_term, _) = a_row_with_a_term(&path);
    retype(
        &path,
        &[
            ("understand-your-role", 2, "अपनी भूमिका समझें"),
            ("understand-your-role", 5, "0123456789ab"),
            (&with_term, 2, "कोई शब्द नहीं"),
        ],
    );
    let before = std::fs::read(dir.path().join(HI)).unwrap();
    let a = run(dir.path(), &["l10n", "import", "hi.xlsx"]).code(1);
    let out = stdout_of(&a);
    assert!(
        out.contains("refused understand-your-role: the English changed since the export (exported 0123456789ab, now "),
        "{out}"
    );
    let term_id = with_term.split('.').next().unwrap();
    assert!(
        out.lines()
            .any(|l| l.starts_with(&format!("refused {term_id}: ")) && l.contains("-")),
        "{out}"
    );
    assert!(
        out.ends_with("imported 0 units; 2 refused, 273 untranslated\n"),
        "{out}"
    );
    assert_eq!(std::fs::read(dir.path().join(HI)).unwrap(), before);
}

/// The same inputs give the same bytes; a file that is not a spreadsheet, or
/// lost its header, is refused with the sheet and cell.
#[test]
fn export_is_reproducible_and_a_broken_sheet_is_placed() {
    let dir = project();
    export_all(dir.path(), "a.xlsx");
    export_all(dir.path(), "b.xlsx");
    let a = std::fs::read(dir.path().join("a.xlsx")).unwrap();
    assert_eq!(a, std::fs::read(dir.path().join("b.xlsx")).unwrap());
    retype(&dir.path().join("a.xlsx"), &[("id", 0, "key")]);
    let a = run(dir.path(), &["l10n", "import", "a.xlsx"]).code(2);
    assert!(stderr_of(&a).starts_with(
        "error[bad-spreadsheet]: a.xlsx:1:1 at translations!A1: the first row of the sheet \"translations\" does not name the columns id, English, translation, note, state, fingerprint\n"
    ), "{}", stderr_of(&a));
    let a = run(
        dir.path(),
        &[
            "l10n", "export", "--locale", "hi", "--format", "xlsx", "--out", "hi.xlf",
        ],
    )
    .code(2);
    assert!(stderr_of(&a).starts_with(
        "error[bad-usage]: --format xlsx writes a spreadsheet, and hi.xlf does not end in .xlsx\n"
    ));
}

/// LibreOffice opens the exported sheet, a cell is typed into, and LibreOffice
/// saves it as XLSX again: the import takes it. The cell is typed into
/// LibreOffice's flat XML form of the sheet (xlsx → fods → xlsx), since a
/// headless LibreOffice has no keyboard. Skipped where `soffice` (with Calc) is
/// missing, unless CARECERT_REQUIRE_SOFFICE is set, as CI sets it.
#[test]
fn a_libreoffice_round_trip_imports() {
    let required = std::env::var_os("CARECERT_REQUIRE_SOFFICE").is_some();
    let found = std::process::Command::new("soffice")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            !required,
            "CARECERT_REQUIRE_SOFFICE is set and soffice is missing"
        );
        eprintln!("skipped: no soffice on PATH");
        return;
    }
    let dir = project();
    export_all(dir.path(), "hi.xlsx");
    let profile = dir.path().join("profile");
    let soffice = |to: &str, file: &str, out: &str| {
        let status = std::process::Command::new("timeout")
            .args(["-s", "KILL", "180", "soffice"])
            .arg(format!(
                "-env:UserInstallation=file://{}",
                profile.display()
            ))
            .args(["--headless", "--convert-to", to, "--outdir", out, file])
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert!(
            dir.path()
                .join(out)
                .join(
                    Path::new(file)
                        .with_extension(to.split(':').next().unwrap())
                        .file_name()
                        .unwrap()
                )
                .is_file(),
            "soffice --convert-to {to} {file}: {}{}",
            String::from_utf8_lossy(&status.stdout),
            String::from_utf8_lossy(&status.stderr)
        );
    };
    soffice("fods", "hi.xlsx", "flat");
    let flat = dir.path().join("flat/hi.fods");
    let xml = std::fs::read_to_string(&flat).unwrap();
    // The row's third cell, empty as exported, gets the text.
    let row = xml.find("<text:p>understand-your-role</text:p>").unwrap();
    let mut at = row;
    for _ in 0..2 {
        at += xml[at..].find("</table:table-cell>").unwrap() + "</table:table-cell>".len();
    }
    let start = at + xml[at..].find("<table:table-cell").unwrap();
    let end = start + xml[start..].find("/>").unwrap();
    let cell = &xml[start..end];
    assert!(
        !cell.contains('>'),
        "the translation cell is not empty: {cell}"
    );
    let typed = format!(
        "{cell} office:value-type=\"string\"><text:p>अपनी भूमिका समझें</text:p></table:table-cell>"
    );
    let xml = format!("{}{typed}{}", &xml[..start], &xml[end + 2..]);
    std::fs::write(&flat, xml).unwrap();
    soffice("xlsx:Calc MS Excel 2007 XML", "flat/hi.fods", "saved");
    let a = run(dir.path(), &["l10n", "import", "saved/hi.xlsx"]).success();
    assert_eq!(
        stdout_of(&a),
        format!("imported 1 unit into {HI}; 0 refused, 274 untranslated\n")
    );
    assert!(
        std::fs::read_to_string(dir.path().join(HI))
            .unwrap()
            .contains("अपनी भूमिका समझें")
    );
}
