//! Integration tests: each drives the real `carecert` binary on real files.
//!
//! One module per feature. Fixtures live in `tests/fixtures/`; a test that needs a
//! broken input copies a fixture into a temporary directory and edits it there
//! (see [`Fixture`]), so every case says exactly what it changed.

mod bad_inputs;
mod build;
mod certificate;
mod check;
mod cli;
mod code_order;
mod diff;
mod docs;
mod docx;
mod docx_stream;
mod editions;
mod english_runs;
mod errors_doc;
mod every_problem;
mod everyday;
mod examples;
mod fuzz_regressions;
mod glossary;
mod golden;
mod import;
mod input_classes;
mod l10n;
mod l10n_xliff;
mod labels;
mod large;
mod layers;
mod load_errors;
mod operation_classes;
mod operations;
mod pdf;
mod published;
mod rebase;
mod rebase_decisions;
mod redline;
mod review;
mod show;
mod special_files;
mod why;
mod workbook;
mod workdir;
mod workspace;
mod xlsx;

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// Every command and subcommand, as its words on the command line (the tool
/// itself first); `everyday::the_command_list_is_complete` keeps it whole.
pub const COMMANDS: &[&[&str]] = &[
    &[],
    &["build"],
    &["show"],
    &["check"],
    &["diff"],
    &["review"],
    &["new"],
    &["init"],
    &["list"],
    &["l10n"],
    &["l10n", "status"],
    &["l10n", "template"],
    &["l10n", "export"],
    &["l10n", "import"],
    &["rebase"],
    &["verify"],
    &["completions"],
    &["man"],
];

/// Converts `files` to PDF in `outdir` with plain headless LibreOffice, as a
/// reader without Word prints them, in a user profile of its own under
/// `scratch` (tests run side by side, and two LibreOffices must not share
/// one). Stopped after 600 seconds; panics when LibreOffice fails.
pub fn soffice_to_pdf(scratch: &Path, outdir: &Path, files: &[PathBuf]) {
    let run = std::process::Command::new("timeout")
        .args(["-s", "KILL", "600", "soffice"])
        .arg(format!(
            "-env:UserInstallation=file://{}/profile",
            scratch.display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(outdir)
        .args(files)
        .output()
        .unwrap();
    assert!(run.status.success(), "soffice failed: {run:?}");
}

pub fn carecert() -> Command {
    let mut cmd = Command::cargo_bin("carecert").unwrap();
    cmd.env("NO_COLOR", "1");
    cmd
}

/// A copy of a fixture directory that a test may edit.
pub struct Fixture {
    dir: tempfile::TempDir,
    name: String,
}

impl Fixture {
    /// Copies all fixtures (editions name their bases by relative paths) and works
    /// in the one called `name`.
    pub fn copy(name: &str) -> Fixture {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&src, dir.path());
        Fixture {
            dir,
            name: name.to_string(),
        }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.path().join(&self.name)
    }

    /// The fixtures' common root, for tests that involve several of them.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn file(&self, rel: &str) -> PathBuf {
        self.path().join(rel)
    }

    /// The India fixture with its first operation written against another base
    /// text than its base has: the operation drifts.
    pub fn drifted() -> Fixture {
        Fixture::copy("mini-edition").edit(
            "edition.json",
            "\"fingerprint\": \"64593e0adad8\", \"rationale\": \"Indian",
            "\"fingerprint\": \"000000000000\", \"rationale\": \"Indian",
        )
    }

    /// Replaces the one occurrence of `from` in `rel` by `to`.
    pub fn edit(self, rel: &str, from: &str, to: &str) -> Fixture {
        let path = self.file(rel);
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            text.matches(from).count(),
            1,
            "{from:?} must occur once in {rel}"
        );
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
        self
    }

    pub fn write(self, rel: &str, bytes: &[u8]) -> Fixture {
        std::fs::write(self.file(rel), bytes).unwrap();
        self
    }

    /// Runs `carecert ARGS… DIR` with the fixture directory as the current directory,
    /// so messages name files as `standards/01.json`.
    pub fn run(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        let mut cmd = carecert();
        cmd.current_dir(self.path()).args(args);
        cmd.assert()
    }
}

fn copy_dir(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).unwrap();
    for entry in std::fs::read_dir(src).unwrap() {
        let entry = entry.unwrap();
        let to = dst.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &to);
        } else {
            std::fs::copy(entry.path(), to).unwrap();
        }
    }
}

pub fn stderr_of(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stderr).into_owned()
}

pub fn stdout_of(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stdout).into_owned()
}
