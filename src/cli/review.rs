//! `carecert review`: read a reviewer's returned file (Word redline, the review
//! page's decisions file, or the review spreadsheet) and report each change's
//! decision; `--write` records them beside the edition.

use super::{Failure, Format, Status, io_failure, print};
use carecert::diag::{Code, Diagnostic};
use carecert::diff;
use carecert::edition;
use carecert::l10n::labels::Labels;
use carecert::l10n::{self, Catalog, LocaleRoot};
use carecert::render::docx;
use carecert::review::{self, FileKind, Identity, record, report};
use clap::{Args, ValueEnum};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReviewFormat {
    Text,
    Markdown,
    Json,
}

/// Read a reviewer's decisions back: accepted, rejected, queried or pending, with comments
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carecert review returned.docx --edition examples/editions/india\n  carecert review decisions.json --edition examples/editions/india --format json\n  carecert review review.xlsx --edition examples/editions/india --write\n\nReads a Word redline (.docx) saved by Word or LibreOffice, the file the HTML\nreview page saves (.json), or the review spreadsheet (.xlsx)."
)]
pub struct ReviewArgs {
    /// The returned file: .docx, .json (from the review page) or .xlsx
    #[arg(value_name = "FILE", required_unless_present = "answer")]
    pub file: Option<PathBuf>,
    /// The edition the file reviews (needed for a .docx and for --write)
    #[arg(long, value_name = "DIR")]
    pub edition: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = ReviewFormat::Text)]
    pub format: ReviewFormat,
    /// Record the decisions in the edition's reviews.json, for `check`
    #[arg(long)]
    pub write: bool,
    /// Answer a rejected or queried change in the edition's reviews.json (KEY=TEXT)
    #[arg(long, value_name = "KEY=TEXT", conflicts_with_all = ["file", "write"])]
    pub answer: Option<String>,
    /// A folder of translations, layered over the built-in ones (default: ./locales if present)
    #[arg(long, value_name = "DIR")]
    pub locales_dir: Option<PathBuf>,
}

fn usage(message: String, help: &str, format: Format) -> Failure {
    Failure::new(
        Diagnostic::error(Code::BadUsage, message).help(help),
        format,
    )
}

/// What the diff of the edition is now, as the returned file saw it.
struct Current {
    old: l10n::Localised,
    new: l10n::Localised,
    diff: diff::Diff,
    dir: Option<PathBuf>,
}

pub fn run(args: ReviewArgs, _ui: &super::output::Ui) -> Result<Status, Failure> {
    let format = if args.format == ReviewFormat::Json {
        Format::Json
    } else {
        Format::Text
    };
    let fail = |d: carecert::diag::Diagnostics| Failure::new(d, format);
    if let Some(answer) = &args.answer {
        return answer_one(&args, answer, format);
    }
    let Some(file) = args.file.clone() else {
        return Err(usage(
            "give the returned file, or --answer KEY=TEXT".into(),
            "carecert review FILE --edition DIR",
            format,
        ));
    };
    let shown = file.display().to_string();
    let Some(kind) = FileKind::of(&file) else {
        return Err(usage(
            format!("{shown}: carecert reads back a .docx, .json or .xlsx file"),
            "give the Word redline, the decisions file the review page saved, or the review spreadsheet",
            format,
        ));
    };
    if args.edition.is_none() && (args.write || kind == FileKind::Docx) {
        return Err(usage(
            "the edition is needed to read a Word redline and to record decisions".into(),
            "add --edition DIR, the edition the file reviews",
            format,
        ));
    }
    let bytes = read(&file, &shown).map_err(|d| fail(d.into()))?;
    let root = LocaleRoot::choose(args.locales_dir.as_deref());
    let (answer, current) = match kind {
        FileKind::Docx => {
            let reading = review::docx::read(&shown, bytes)
                .map_err(|d| fail(carecert::diag::Diagnostics(d)))?;
            let Some(identity) = review::docx::identity(&reading) else {
                return Err(fail(
                    Diagnostic::error(
                        Code::BadReviewFile,
                        "the document has no carecert-edition and carecert-base properties: it is not a redline carecert wrote",
                    )
                    .file(&shown)
                    .help("give the redline `carecert diff --format docx` wrote, as the reviewer saved it")
                    .into(),
                ));
            };
            let current = current(&args, &identity, &root, format)?.expect("checked above");
            let original = redline(&current, &root);
            let original = review::docx::read("the redline", original)
                .map_err(|d| fail(carecert::diag::Diagnostics(d)))?;
            let answer = review::docx::decisions(&reading, &original, &current.diff);
            (answer, Some(current))
        }
        FileKind::Xlsx => {
            let answer = review::xlsx::read(&shown, bytes)
                .map_err(|d| fail(carecert::diag::Diagnostics(d)))?;
            let current = current(&args, &answer.identity, &root, format)?;
            (answer, current)
        }
        FileKind::Decisions => {
            let answer = review::decisions::read(&shown, &bytes)
                .map_err(|d| fail(carecert::diag::Diagnostics(d)))?;
            let current = current(&args, &answer.identity, &root, format)?;
            (answer, current)
        }
    };
    let name = file
        .file_name()
        .map_or(shown.clone(), |n| n.to_string_lossy().into_owned());
    let report = report::report(&name, answer, current.as_ref().map(|c| &c.diff));
    if args.write
        && let Some(dir) = current.as_ref().and_then(|c| c.dir.as_deref())
    {
        write_record(dir, &report, format)?;
    }
    let out = match args.format {
        ReviewFormat::Text => report::text(&report),
        ReviewFormat::Markdown => report::markdown(&report),
        ReviewFormat::Json => {
            let mut s = serde_json::to_string_pretty(&report).unwrap_or_default();
            s.push('\n');
            s
        }
    };
    print(&out).map_err(|e| io_failure(e, format))?;
    Ok(Status::Clean)
}

/// Opens the edition of `--edition`, checks that the file reviews it against
/// one of its bases, and diffs it as the file was written.
fn current(
    args: &ReviewArgs,
    identity: &Identity,
    root: &LocaleRoot,
    format: Format,
) -> Result<Option<Current>, Failure> {
    let Some(arg) = &args.edition else {
        return Ok(None);
    };
    let fail = |d: carecert::diag::Diagnostics| Failure::new(d, format);
    let refuse = |message: String, help: String| {
        Failure::new(
            Diagnostic::error(Code::ReviewOtherEdition, message)
                .file(
                    args.file
                        .as_deref()
                        .map(|f| f.display().to_string())
                        .unwrap_or_default(),
                )
                .help(help),
            format,
        )
    };
    let stack = edition::open(arg, None).map_err(fail)?;
    let resolved = stack.resolve().map_err(fail)?.resolved;
    if resolved.id != identity.edition {
        return Err(refuse(
            format!(
                "the file reviews the edition \"{}\", not \"{}\" ({arg})",
                identity.edition, resolved.id
            ),
            format!("give --edition the directory of \"{}\"", identity.edition),
        ));
    }
    let below: Vec<&str> = resolved
        .layers
        .iter()
        .filter(|l| l.id != resolved.id)
        .map(|l| l.id.as_str())
        .collect();
    let Some(base) = resolved
        .layers
        .iter()
        .find(|l| l.id == identity.base && l.id != resolved.id)
    else {
        return Err(refuse(
            format!(
                "the file reviews \"{}\" against the base \"{}\", but the edition is now built on {}",
                identity.edition,
                identity.base,
                if below.is_empty() {
                    "nothing".to_string()
                } else {
                    below.join(", ")
                }
            ),
            "send the reviewer a new file from `carecert diff` against the edition's base".into(),
        ));
    };
    let locale = identity
        .locale
        .clone()
        .unwrap_or_else(|| resolved.source_locale.clone());
    // A layer's source is a path as the user gave it, or an embedded
    // framework's name followed by " (embedded)".
    let source = base
        .source
        .strip_suffix(" (embedded)")
        .unwrap_or(&base.source);
    let base_stack = edition::open(source, None).map_err(fail)?;
    let base_resolved = base_stack.resolve().map_err(fail)?.resolved;
    let localise = |stack: &edition::Stack, r: &edition::resolved::Resolved| {
        let catalog = Catalog::load(root, stack, std::slice::from_ref(&locale));
        l10n::localise(r, &locale, &catalog)
    };
    let old = localise(&base_stack, &base_resolved);
    let new = localise(&stack, &resolved);
    let diff = diff::diff(&old, &new);
    let dir = stack.editions.last().map(|e| e.dir.clone());
    Ok(Some(Current {
        old,
        new,
        diff,
        dir,
    }))
}

/// The redline of the diff as carecert writes it now: what each change's text
/// reads with its revisions accepted or rejected.
fn redline(c: &Current, root: &LocaleRoot) -> Vec<u8> {
    let labels = Labels::load(root, &c.new.locale, &c.new.source_locale);
    docx::redline_bytes(
        &c.old,
        &c.new,
        &c.diff,
        &labels,
        &docx::redline::RedlineOptions {
            author: "carecert",
            date: None,
        },
    )
}

fn write_record(dir: &Path, report: &report::Report, format: Format) -> Result<(), Failure> {
    let existing = record::load(dir).map_err(|d| Failure::new(d, format))?;
    let merged = record::merge(existing, report);
    let path = dir.join(record::FILE);
    carecert::edition::rebase::write_atomically(&path, record::to_bytes(&merged)).map_err(|e| {
        Failure::new(
            Diagnostic::error(
                Code::WriteFailed,
                format!("could not write {}: {e}", path.display()),
            )
            .help("check that the edition's directory is writable"),
            format,
        )
    })
}

/// The returned file's bytes, refused when it is not a regular file or is
/// larger than any review file.
fn read(path: &Path, shown: &str) -> Result<Vec<u8>, Diagnostic> {
    use carecert::load::source::{MAX_FILE_BYTES, ReadError, read_regular};
    read_regular(path, MAX_FILE_BYTES).map_err(|e| match e {
        ReadError::NotAFile(kind) => kind.diagnostic(shown),
        ReadError::TooLarge(_) => Diagnostic::error(Code::FileTooLarge, e.to_string())
            .file(shown)
            .help("give the file the reviewer returned; review files are far smaller"),
        ReadError::Io(ref io) if io.kind() == std::io::ErrorKind::NotFound => {
            Diagnostic::error(Code::FileNotFound, "no such file")
                .file(shown)
                .help("check the path of the returned file")
        }
        e => Diagnostic::error(Code::FileUnreadable, format!("cannot read it: {e}"))
            .file(shown)
            .help("check the file's permissions"),
    })
}

/// `--answer KEY=TEXT`: the team's answer to a rejected or queried change, in
/// the edition's reviews.json; `check` no longer lists it.
fn answer_one(args: &ReviewArgs, answer: &str, format: Format) -> Result<Status, Failure> {
    let Some(arg) = &args.edition else {
        return Err(usage(
            "--answer needs the edition whose reviews.json it answers in".into(),
            "add --edition DIR",
            format,
        ));
    };
    let Some((key, text)) = answer
        .split_once('=')
        .filter(|(k, t)| !k.trim().is_empty() && !t.trim().is_empty())
    else {
        return Err(usage(
            format!("--answer \"{answer}\" is not KEY=TEXT"),
            "write --answer 'added:india-family-caregivers=Kept: families share the care at home'",
            format,
        ));
    };
    let stack = edition::open(arg, None).map_err(|d| Failure::new(d, format))?;
    let Some(dir) = stack.editions.last().map(|e| e.dir.clone()) else {
        return Err(usage(
            format!("{arg} is a framework; reviews are recorded for editions"),
            "give --edition an edition's directory",
            format,
        ));
    };
    let path = dir.join(record::FILE);
    let mut file = record::load(&dir)
        .map_err(|d| Failure::new(d, format))?
        .unwrap_or_default();
    let Some(entry) = file.reviews.iter_mut().find(|e| e.key == key.trim()) else {
        return Err(Failure::new(
            Diagnostic::error(
                Code::BadUsage,
                format!(
                    "{} records no decision on \"{}\"",
                    path.display(),
                    key.trim()
                ),
            )
            .help("`carecert check` lists the open ones with their keys"),
            format,
        ));
    };
    entry.answer = Some(text.trim().to_string());
    carecert::edition::rebase::write_atomically(&path, record::to_bytes(&file)).map_err(|e| {
        Failure::new(
            Diagnostic::error(
                Code::WriteFailed,
                format!("could not write {}: {e}", path.display()),
            )
            .help("check that the edition's directory is writable"),
            format,
        )
    })?;
    Ok(Status::Clean)
}
