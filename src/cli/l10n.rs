//! `carecert l10n`: translation status, the reference template, XLIFF.

use super::output::{Ui, render};
use super::{Failure, Format, Status, io_failure, print, print_json};
use carecert::diag::{Code, Diagnostic};
use carecert::edition;
use carecert::l10n::status::{self, LocaleStatus};
use carecert::l10n::{Catalog, LocaleRoot, template};
use carecert::load::DEFAULT_FRAMEWORK;
use clap::{Args, Subcommand};
use std::path::PathBuf;

/// Translation status, the reference template, and XLIFF for translators
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carecert l10n status\n  carecert l10n export --locale pt-BR --out pt-BR.xlf\n  carecert l10n import pt-BR.xlf"
)]
pub struct L10nArgs {
    #[command(subcommand)]
    pub command: L10nCommand,
}

#[derive(Debug, Subcommand)]
pub enum L10nCommand {
    Status(StatusArgs),
    Template(TemplateArgs),
    Export(ExportArgs),
    Import(ImportArgs),
}

/// Write an XLIFF 2.0 file of what is missing or stale in a locale
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carecert l10n export --locale pt-BR --out pt-BR.xlf\n  carecert l10n export examples/editions/brazil --locale pt-BR --out brazil.xlf --all"
)]
pub struct ExportArgs {
    /// A framework or edition directory (default: the embedded 2015 base)
    #[arg(value_name = "EDITION")]
    pub edition: Option<String>,
    /// The target locale
    #[arg(long, value_name = "LOCALE")]
    pub locale: String,
    /// The XLIFF file to write
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Export every message, not only missing and stale ones
    #[arg(long)]
    pub all: bool,
    /// The project's translations (default: ./locales if present, else the built-in copy)
    #[arg(long, value_name = "DIR")]
    pub locales_dir: Option<PathBuf>,
    /// Output format of the report
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// Merge a translated XLIFF file back into the .ftl files
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carecert l10n import pt-BR.xlf\n  carecert l10n import brazil.xlf examples/editions/brazil"
)]
pub struct ImportArgs {
    /// The translated XLIFF file
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The framework or edition it was exported from (default: the embedded 2015 base)
    #[arg(value_name = "EDITION")]
    pub edition: Option<String>,
    /// The project's translations to write into (default: ./locales)
    #[arg(long, value_name = "DIR")]
    pub locales_dir: Option<PathBuf>,
    /// Report what would be imported without writing
    #[arg(long)]
    pub dry_run: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// Per locale: missing, stale, obsolete and broken translations
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carecert l10n status                             every project locale, for the 2015 base\n  carecert l10n status examples/editions/brazil --locale pt-BR\n  carecert l10n status --require-complete --format json"
)]
pub struct StatusArgs {
    /// A framework or edition directory (default: the embedded 2015 base)
    #[arg(value_name = "EDITION")]
    pub edition: Option<String>,
    /// Locales to report (default: the edition's, or every project locale)
    #[arg(long = "locale", value_name = "LOCALE")]
    pub locales: Vec<String>,
    /// Exit 1 when anything is missing or stale, not only on errors
    #[arg(long)]
    pub require_complete: bool,
    /// The project's translations (default: ./locales if present, else the built-in copy)
    #[arg(long, value_name = "DIR")]
    pub locales_dir: Option<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// Write the en-GB reference .ftl files (for compare-locales and translators)
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carecert l10n template --out l10n-reference\n  compare-locales l10n.toml . pt-BR zh-CN ar hi"
)]
pub struct TemplateArgs {
    /// A framework or edition directory (default: the embedded 2015 base)
    #[arg(value_name = "EDITION")]
    pub edition: Option<String>,
    /// Directory to write `<source-locale>/<layer>.ftl` and `ui.ftl` into
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// The project's translations (default: ./locales if present, else the built-in copy)
    #[arg(long, value_name = "DIR")]
    pub locales_dir: Option<PathBuf>,
    /// Output format of the report
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub fn run(args: L10nArgs, ui: &Ui) -> Result<Status, Failure> {
    match args.command {
        L10nCommand::Status(a) => run_status(a, ui),
        L10nCommand::Template(a) => run_template(a, ui),
        L10nCommand::Export(a) => run_export(a, ui),
        L10nCommand::Import(a) => run_import(a, ui),
    }
}

fn run_status(args: StatusArgs, ui: &Ui) -> Result<Status, Failure> {
    let format = args.format;
    let stack = edition::open(args.edition.as_deref().unwrap_or(DEFAULT_FRAMEWORK), None)
        .map_err(|d| Failure::new(d, format))?;
    let r = stack
        .resolve()
        .map_err(|d| Failure::new(d, format))?
        .resolved;
    let root = LocaleRoot::choose(args.locales_dir.as_deref());
    let mut locales = args.locales.clone();
    if locales.is_empty() {
        locales = if stack.editions.is_empty() {
            root.locales()
        } else {
            r.locales.clone()
        };
        locales.retain(|l| l != &r.source_locale);
    }
    for l in &locales {
        if !carecert::ids::is_locale(l) {
            return Err(Failure::new(
                Diagnostic::error(
                    Code::BadLocale,
                    format!("\"{l}\" is not a BCP 47 locale tag"),
                )
                .help(carecert::ids::locale_help(
                    l,
                    "write a tag such as pt-BR, zh-CN, ar or hi",
                )),
                format,
            ));
        }
    }
    let catalog = Catalog::load(&root, &stack, &locales);
    let report: Vec<LocaleStatus> = locales
        .iter()
        .map(|l| status::status(&r, &catalog, &root, l))
        .collect();
    match format {
        Format::Json => print_json(&serde_json::json!({ "edition": r.id, "locales": report })),
        Format::Text => print(&describe(&report, ui, args.require_complete)),
    }
    .map_err(|e| io_failure(e, format))?;
    let failing = report
        .iter()
        .any(|s| s.has_errors() || (args.require_complete && !s.is_complete()));
    Ok(if failing {
        Status::Findings
    } else {
        Status::Clean
    })
}

/// With `--quiet`, only the locales that fail: those with errors, and with
/// `--require-complete` those with anything missing or stale.
fn describe(report: &[LocaleStatus], ui: &Ui, require_complete: bool) -> String {
    let mut out = String::new();
    for s in report {
        let fails = s.has_errors() || (require_complete && !s.is_complete());
        if ui.quiet && !fails {
            continue;
        }
        out.push_str(&format!(
            "{}: {}/{} messages translated, {} missing, {} stale, {} obsolete, {} labels missing, {} errors\n",
            s.locale,
            s.translated,
            s.messages,
            s.missing.len(),
            s.stale.len(),
            s.obsolete.len(),
            s.labels_missing.len(),
            s.errors.len()
        ));
        for e in &s.errors {
            let text = render(e, ui.color_stdout);
            out.push_str(&format!("  {}\n", text.replace('\n', "\n  ")));
        }
        for st in &s.stale {
            out.push_str(&format!(
                "  stale: {} ({}) at {}:{}\n",
                st.code, st.id, st.file, st.line
            ));
            match &st.old {
                Some(old) => out.push_str(&format!(
                    "    English changed: {}\n",
                    carecert::check::word_diff(old, &st.new)
                )),
                None => out.push_str(&format!("    English now: {}\n", st.new)),
            }
        }
        let show = |label: &str, items: &[String], out: &mut String| {
            if items.is_empty() {
                return;
            }
            let head: Vec<&str> = items.iter().take(8).map(String::as_str).collect();
            let more = if items.len() > 8 {
                format!(" … and {} more", items.len() - 8)
            } else {
                String::new()
            };
            out.push_str(&format!("  {label}: {}{more}\n", head.join(", ")));
        };
        show("missing", &s.missing, &mut out);
        show("obsolete", &s.obsolete, &mut out);
        show("labels missing", &s.labels_missing, &mut out);
    }
    out
}

fn run_template(args: TemplateArgs, ui: &Ui) -> Result<Status, Failure> {
    let format = args.format;
    let stack = edition::open(args.edition.as_deref().unwrap_or(DEFAULT_FRAMEWORK), None)
        .map_err(|d| Failure::new(d, format))?;
    let r = stack
        .resolve()
        .map_err(|d| Failure::new(d, format))?
        .resolved;
    let root = LocaleRoot::choose(args.locales_dir.as_deref());
    let dir = args.out.join(&r.source_locale);
    let write_err = |e: std::io::Error| {
        Failure::new(
            Diagnostic::error(
                Code::WriteFailed,
                format!("could not write into {}: {e}", dir.display()),
            )
            .help("check that the path is not a directory and that its directory exists and is writable"),
            format,
        )
    };
    std::fs::create_dir_all(&dir).map_err(write_err)?;
    let mut files = template::template(&r);
    for (name, text) in root.files(&r.source_locale) {
        let file_name = name.rsplit('/').next().unwrap_or(&name).to_string();
        files.push((file_name, text));
    }
    let mut written = Vec::new();
    for (name, text) in &files {
        let path = dir.join(name);
        carecert::edition::rebase::write_atomically(&path, text).map_err(write_err)?;
        written.push(path.display().to_string());
    }
    match format {
        Format::Json => {
            print_json(&serde_json::json!({ "locale": r.source_locale, "files": written }))
        }
        Format::Text => {
            let lines: String = written.iter().map(|p| format!("wrote {p}\n")).collect();
            ui.status(&lines)
        }
    }
    .map_err(|e| io_failure(e, format))?;
    Ok(Status::Clean)
}

fn run_export(args: ExportArgs, ui: &Ui) -> Result<Status, Failure> {
    let format = args.format;
    let fail = |d: Diagnostic| Failure::new(d, format);
    if !carecert::ids::is_locale(&args.locale) {
        return Err(fail(
            Diagnostic::error(
                Code::BadLocale,
                format!("\"{}\" is not a BCP 47 locale tag", args.locale),
            )
            .help(carecert::ids::locale_help(
                &args.locale,
                "write a tag such as pt-BR, zh-CN, ar or hi",
            )),
        ));
    }
    let stack = edition::open(args.edition.as_deref().unwrap_or(DEFAULT_FRAMEWORK), None)
        .map_err(|d| Failure::new(d, format))?;
    let r = stack
        .resolve()
        .map_err(|d| Failure::new(d, format))?
        .resolved;
    if args.locale == r.source_locale {
        return Err(fail(
            Diagnostic::error(
                Code::BadLocale,
                format!("{} is the source locale", args.locale),
            )
            .help("export a target locale, such as pt-BR"),
        ));
    }
    let root = LocaleRoot::choose(args.locales_dir.as_deref());
    let catalog = Catalog::load(&root, &stack, std::slice::from_ref(&args.locale));
    let opts = carecert::l10n::xliff::ExportOptions {
        locale: &args.locale,
        all: args.all,
    };
    let (bytes, units) = carecert::l10n::xliff::export(&r, &catalog, &opts);
    let text = String::from_utf8_lossy(&bytes).into_owned();
    carecert::edition::rebase::write_atomically(&args.out, &text).map_err(|e| {
        fail(
            Diagnostic::error(
                Code::WriteFailed,
                format!("could not write {}: {e}", args.out.display()),
            )
            .help("check that the path is not a directory and that its directory exists and is writable"),
        )
    })?;
    match format {
        Format::Json => print_json(&serde_json::json!({
            "file": args.out.display().to_string(),
            "locale": args.locale,
            "units": units,
        })),
        Format::Text => ui.status(&format!(
            "wrote {} ({units} units for {})\n",
            args.out.display(),
            args.locale
        )),
    }
    .map_err(|e| io_failure(e, format))?;
    Ok(Status::Clean)
}

fn run_import(args: ImportArgs, ui: &Ui) -> Result<Status, Failure> {
    use carecert::l10n::xliff;
    let format = args.format;
    let fail = |d: Diagnostic| Failure::new(d, format);
    let shown = args.file.display().to_string();
    let limit = carecert::load::source::MAX_FILE_BYTES;
    if std::fs::metadata(&args.file).is_ok_and(|m| m.len() > limit) {
        return Err(fail(
            Diagnostic::error(
                Code::FileTooLarge,
                format!("the file is over the limit of {limit} bytes"),
            )
            .file(&shown)
            .help("export and import one edition or locale at a time"),
        ));
    }
    let bytes = std::fs::read(&args.file).map_err(|e| {
        fail(
            Diagnostic::error(Code::FileUnreadable, format!("could not read {shown}: {e}"))
                .help("give the path of the XLIFF file the translator returned"),
        )
    })?;
    let text = String::from_utf8(bytes).map_err(|_| {
        fail(
            Diagnostic::error(Code::NotUtf8, "the file is not valid UTF-8")
                .file(&shown)
                .help("save the XLIFF file as UTF-8"),
        )
    })?;
    let file = xliff::read(&shown, &text).map_err(fail)?;
    let stack = edition::open(args.edition.as_deref().unwrap_or(DEFAULT_FRAMEWORK), None)
        .map_err(|d| Failure::new(d, format))?;
    let r = stack
        .resolve()
        .map_err(|d| Failure::new(d, format))?
        .resolved;
    if file.src_lang != r.source_locale {
        return Err(fail(
            Diagnostic::error(
                Code::WrongLocale,
                format!(
                    "the file's source language is \"{}\", and this edition's is {}",
                    file.src_lang, r.source_locale
                ),
            )
            .file(&shown)
            .help("import the file into the edition it was exported from"),
        ));
    }
    if !carecert::ids::is_locale(&file.trg_lang) || file.trg_lang == r.source_locale {
        return Err(fail(
            Diagnostic::error(
                Code::WrongLocale,
                format!(
                    "the file's target language \"{}\" is not a locale to translate into",
                    file.trg_lang
                ),
            )
            .file(&shown)
            .help("set trgLang to the locale the translation is in, such as pt-BR"),
        ));
    }
    // A file exported from an edition names its layers; imported anywhere else,
    // every unit would be refused for a reason that hides this one.
    if let Some(other) = file
        .layers
        .iter()
        .find(|l| !r.layers.iter().any(|layer| &layer.id == *l))
    {
        let given = args.edition.as_deref().unwrap_or(DEFAULT_FRAMEWORK);
        return Err(fail(
            Diagnostic::error(
                Code::WrongEdition,
                format!(
                    "the file was exported from {other}, which {given} does not include"
                ),
            )
            .file(&shown)
            .help(format!(
                "import it into the edition it came from: carecert l10n import {shown} EDITION-DIR (the directory of {other})"
            )),
        ));
    }
    if !stack.editions.is_empty() && !r.locales.iter().any(|l| l == &file.trg_lang) {
        return Err(fail(
            Diagnostic::error(
                Code::WrongLocale,
                format!("the edition {} is not published in {}", r.id, file.trg_lang),
            )
            .file(&shown)
            .help(format!("its locales are {}", r.locales.join(", "))),
        ));
    }
    let project = args.locales_dir.clone().or_else(|| {
        std::path::Path::new("locales")
            .is_dir()
            .then(|| PathBuf::from("locales"))
    });
    let dirs: Vec<PathBuf> = stack.editions.iter().map(|e| e.dir.clone()).collect();
    let locale = file.trg_lang.clone();
    let targets = |layer: usize| xliff::target_file(&r, layer, project.as_deref(), &dirs, &locale);
    let (report, writes) = xliff::merge(&r, &file, &targets);
    if !args.dry_run {
        for (path, text) in &writes {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(|e| {
                    fail(
                        Diagnostic::error(
                            Code::WriteFailed,
                            format!("could not create {}: {e}", parent.display()),
                        )
                        .help("check that the path is not a directory and that its directory exists and is writable"),
                    )
                })?;
            }
            carecert::edition::rebase::write_atomically(path, text).map_err(|e| {
                fail(
                    Diagnostic::error(
                        Code::WriteFailed,
                        format!("could not write {}: {e}", path.display()),
                    )
                    .help("check that the path is not a directory and that its directory exists and is writable"),
                )
            })?;
        }
    }
    match format {
        Format::Json => print_json(&report),
        Format::Text => {
            let mut out = String::new();
            for r in &report.refused {
                out.push_str(&format!("refused {}: {}\n", r.id, r.reason));
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
