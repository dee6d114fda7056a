//! `carecert l10n import`: a translated XLIFF file or spreadsheet merged back into
//! the `.ftl` files.

use crate::cli::output::Ui;
use crate::cli::{Failure, Format, Status, io_failure, print, print_json};
use carecert::diag::{Code, Diagnostic, Diagnostics};
use carecert::edition;
use carecert::load::DEFAULT_FRAMEWORK;
use clap::Args;
use std::path::{Path, PathBuf};

/// Merge a translated XLIFF file or spreadsheet back into the .ftl files
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carecert l10n import pt-BR.xlf\n  carecert l10n import brazil.xlf examples/editions/brazil\n  carecert l10n import pt-BR.xlsx                 a spreadsheet from l10n export --format xlsx"
)]
pub struct ImportArgs {
    /// The translated XLIFF file (.xlf) or spreadsheet (.xlsx)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The framework or edition it was exported from (default: the embedded 2015 base)
    #[arg(value_name = "EDITION")]
    pub edition: Option<String>,
    /// The project's translations to write into (default: the workspace's, ./locales)
    #[arg(long, value_name = "DIR")]
    pub locales_dir: Option<PathBuf>,
    /// Report what would be imported without writing
    #[arg(long)]
    pub dry_run: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub fn run(args: ImportArgs, ui: &Ui) -> Result<Status, Failure> {
    use carecert::l10n::xliff;
    let format = args.format;
    let fail = |d: Vec<Diagnostic>| Failure::new(Diagnostics(d), format);
    let shown = args.file.display().to_string();
    let bytes = read_bytes(&args.file, &shown).map_err(|d| fail(vec![d]))?;
    // A spreadsheet is a zip archive; XLIFF is text. The content decides, so a
    // spreadsheet saved under another name is still read as one.
    let file =
        if bytes.starts_with(b"PK\x03\x04") || carecert::l10n::xlsx::is_spreadsheet(&args.file) {
            carecert::l10n::xlsx::read(&shown, bytes).map_err(fail)?
        } else {
            let text = decode_xliff(bytes, &shown).map_err(|d| fail(vec![d]))?;
            xliff::read(&shown, &text).map_err(fail)?
        };
    let given = args.edition.as_deref().unwrap_or(DEFAULT_FRAMEWORK);
    let stack = edition::open(given, None).map_err(|d| Failure::new(d, format))?;
    let r = stack
        .resolve()
        .map_err(|d| Failure::new(d, format))?
        .resolved;
    let published = (!stack.editions.is_empty()).then_some(r.locales.as_slice());
    let misfits = xliff::check_fits(&r, &file, &shown, given, published);
    if !misfits.is_empty() {
        return Err(fail(misfits));
    }
    let ws = crate::cli::workspace(format)?;
    let project = args
        .locales_dir
        .clone()
        .or_else(|| ws.locales_dir().map(Path::to_path_buf));
    let dirs: Vec<PathBuf> = stack.editions.iter().map(|e| e.dir.clone()).collect();
    let locale = file.trg_lang.clone();
    let targets = |layer: usize| xliff::target_file(&r, layer, project.as_deref(), &dirs, &locale);
    let plan = xliff::plan(&r, &file, &shown, &targets, &mut |p: &Path| {
        xliff::read_target(p)
    })
    .map_err(fail)?;
    // A --locales-dir that does not exist is most often a typo: say so rather
    // than create a new tree the other commands would not look in.
    if let Some(dir) = &args.locales_dir
        && !dir.is_dir()
        && plan.writes.iter().any(|w| w.path.starts_with(dir))
    {
        return Err(fail(vec![
            Diagnostic::error(
                Code::NoLocalesDir,
                format!("the locales directory {} does not exist", dir.display()),
            )
            .help(format!(
                "create it (mkdir -p {}), or pass the directory that holds your locale folders",
                dir.display()
            )),
        ]));
    }
    if !args.dry_run {
        xliff::write_all(&plan.writes).map_err(|d| fail(vec![d]))?;
    }
    let report = &plan.report;
    match format {
        Format::Json => print_json(report),
        Format::Text => {
            let mut out = String::new();
            for r in &report.refused {
                out.push_str(&format!("refused {}: {}\n", r.id, r.reason));
            }
            for s in &report.still_stale {
                out.push_str(&format!(
                    "still stale {}: {}; export again to update them\n",
                    s.id,
                    s.summary()
                ));
            }
            if !ui.quiet {
                let verb = if args.dry_run {
                    "would import"
                } else {
                    "imported"
                };
                let n = report.imported.len();
                let units = if n == 1 { "unit" } else { "units" };
                let into = if report.files.is_empty() {
                    String::new()
                } else {
                    format!(" into {}", report.files.join(", "))
                };
                out.push_str(&format!(
                    "{verb} {n} {units}{into}; {} refused, {} untranslated\n",
                    report.refused.len(),
                    report.untranslated.len()
                ));
            }
            print(&out)
        }
    }
    .map_err(|e| io_failure(e, format))?;
    Ok(if report.refused.is_empty() {
        Status::Clean
    } else {
        Status::Findings
    })
}

/// The file's bytes: at most 16 MiB, and a regular file.
fn read_bytes(path: &Path, shown: &str) -> Result<Vec<u8>, Diagnostic> {
    use carecert::load::source::{MAX_FILE_BYTES as LIMIT, ReadError, read_regular};
    read_regular(path, LIMIT).map_err(|e| match e {
        ReadError::TooLarge(_) => Diagnostic::error(
            Code::FileTooLarge,
            format!("the file is over the limit of {LIMIT} bytes"),
        )
        .file(shown)
        .help("export and import one edition or locale at a time"),
        // A named pipe or a device would be read forever.
        ReadError::NotAFile(kind) => kind.diagnostic(shown),
        e => Diagnostic::error(Code::FileUnreadable, format!("could not read {shown}: {e}"))
            .help("give the path of the XLIFF file or spreadsheet the translator returned"),
    })
}

/// The XLIFF file as text: UTF-8 (a byte order mark is XML's own and allowed).
fn decode_xliff(bytes: Vec<u8>, shown: &str) -> Result<String, Diagnostic> {
    String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
            return Diagnostic::error(Code::NotUtf8, "the file is UTF-16, not UTF-8")
                .file(shown)
                .help("save the XLIFF file as UTF-8 (the CAT tool's export or save-as settings)");
        }
        let at = e.utf8_error().valid_up_to();
        let valid = String::from_utf8_lossy(&bytes[..at]).into_owned();
        Diagnostic::error(
            Code::NotUtf8,
            format!(
                "the file is not valid UTF-8 (invalid byte 0x{:02X})",
                bytes.get(at).copied().unwrap_or(0)
            ),
        )
        .file(shown)
        .at(Some(carecert::load::locate::line_col(&valid, valid.len())))
        .help("save the XLIFF file as UTF-8")
    })
}
