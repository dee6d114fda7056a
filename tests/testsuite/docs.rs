//! The commands in the README and the guides are run, so the documentation cannot
//! drift from the tool.
//!
//! Every ```` ```console ```` block is a session: each `$ ` line is a command (a
//! trailing `\` continues it on the next line, which may show the `> ` prompt),
//! and the lines up to the next `$ ` are what it prints, stdout and stderr
//! together as a terminal shows them. In the expected text, a line `...` stands
//! for any number of lines and `[..]` for any part of a line; a command with no
//! lines after it has its output unchecked. A command must exit 0 unless its
//! comment says otherwise (`# … exits 1`). Blocks marked ```` ```console no-run ````
//! (installing, cloning, running the tests) are not run.
//!
//! Each file runs in its own scratch copy of the repository's examples,
//! translations and fixtures, with `carecert` on `PATH` (`cargo run --release --`
//! is read as `carecert`), commands in order, so a guide can build on its earlier
//! steps. The guide to making an edition runs as a team would: in an empty
//! folder, `kenya-team`, beside that copy of the repository (`../carecert`).

use std::path::{Path, PathBuf};
use std::process::Command;

struct Step {
    file: String,
    line: usize,
    command: String,
    expected: Vec<String>,
    exit: i32,
}

fn steps(file: &str, text: &str) -> Vec<Step> {
    let mut out: Vec<Step> = Vec::new();
    // The indentation of the open fence (a block inside a list item), or None.
    let mut fence: Option<usize> = None;
    let mut runs = false;
    // Output lines belong to a command of the same block.
    let mut in_session = false;
    let mut lines = text.lines().enumerate();
    while let Some((i, raw)) = lines.next() {
        let trimmed = raw.trim_start();
        if let Some(info) = trimmed.strip_prefix("```") {
            if fence.take().is_none() {
                fence = Some(raw.len() - trimmed.len());
                let words: Vec<&str> = info.split_whitespace().collect();
                runs = words.first() == Some(&"console") && !words.contains(&"no-run");
                in_session = false;
            }
            continue;
        }
        let Some(indent) = fence.filter(|_| runs) else {
            continue;
        };
        let line = dedent(raw, indent);
        if let Some(command) = line.strip_prefix("$ ") {
            let mut command = command.to_string();
            while command.ends_with('\\') {
                command.pop();
                match lines.next() {
                    // A continuation line may show the shell's `> ` prompt.
                    Some((_, next)) => {
                        let next = dedent(next, indent);
                        command.push_str(next.strip_prefix("> ").unwrap_or(next));
                    }
                    None => break,
                }
            }
            let exit = expected_exit(&command);
            in_session = true;
            out.push(Step {
                file: file.to_string(),
                line: i + 1,
                command: command.replace("cargo run --release --", "carecert"),
                expected: Vec::new(),
                exit,
            });
        } else if let Some(step) = out.last_mut().filter(|_| in_session) {
            step.expected.push(line.trim_end().to_string());
        }
    }
    out
}

/// A line of a fenced block without the fence's own indentation.
fn dedent(line: &str, indent: usize) -> &str {
    let spaces = line.len() - line.trim_start_matches(' ').len();
    &line[spaces.min(indent)..]
}

/// `# … exits 1` in a command's comment says which status it ends with
/// (`exit 1 if …` describes a rule and is not read).
fn expected_exit(command: &str) -> i32 {
    let Some((_, comment)) = command.split_once(" # ") else {
        return 0;
    };
    let words: Vec<&str> = comment.split_whitespace().collect();
    words
        .windows(2)
        .find(|w| w[0] == "exits")
        .and_then(|w| w[1].trim_end_matches([',', ';', ')']).parse().ok())
        .unwrap_or(0)
}

/// Whether `actual` matches the expected lines, with `...` and `[..]`.
fn matches(expected: &[String], actual: &[&str]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((first, rest)) if first == "..." => {
            (0..=actual.len()).any(|skip| matches(rest, &actual[skip..]))
        }
        Some((first, rest)) => {
            !actual.is_empty() && line_matches(first, actual[0]) && matches(rest, &actual[1..])
        }
    }
}

fn line_matches(pattern: &str, line: &str) -> bool {
    let line = line.trim_end();
    let parts: Vec<&str> = pattern.split("[..]").collect();
    if parts.len() == 1 {
        return pattern == line;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !line.starts_with(first) || !line[first.len()..].ends_with(last) {
        return false;
    }
    let mut rest = &line[first.len()..line.len() - last.len()];
    for part in &parts[1..parts.len() - 1] {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    true
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A scratch directory holding `carecert/`, a copy of what the documents'
/// commands refer to, and `home/`.
fn sandbox() -> tempfile::TempDir {
    let top = tempfile::tempdir().unwrap();
    let dir = top.path().join("carecert");
    for sub in [
        "examples",
        "locales",
        "tests/fixtures",
        "standards",
        "schema",
        "carecert.toml",
    ] {
        let from = repo().join(sub);
        if from.is_dir() {
            crate::copy_dir(&from, &dir.join(sub));
        } else if from.is_file() {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::copy(&from, dir.join(sub)).unwrap();
        }
    }
    std::fs::create_dir_all(top.path().join("home")).unwrap();
    top
}

/// Where a document's commands run.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    /// In the copy of the repository.
    Repository,
    /// In an empty folder beside it.
    OutsideIt,
}

fn run_document(rel: &str, place: Place) {
    let text = std::fs::read_to_string(repo().join(rel)).unwrap();
    let steps = steps(rel, &text);
    assert!(!steps.is_empty(), "{rel} has no console commands to run");
    run_steps(&steps, place);
}

fn run_steps(steps: &[Step], place: Place) {
    let sandbox = sandbox();
    let cwd = match place {
        Place::Repository => sandbox.path().join("carecert"),
        Place::OutsideIt => {
            let team = sandbox.path().join("kenya-team");
            std::fs::create_dir_all(&team).unwrap();
            team
        }
    };
    let bin = Path::new(env!("CARGO_BIN_EXE_carecert"));
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for step in steps {
        let output = Command::new("sh")
            .arg("-c")
            // stderr joins stdout as on a terminal; a newline keeps a trailing
            // comment in the command from swallowing the redirection.
            .arg(format!("exec 2>&1\n{}", step.command))
            .current_dir(&cwd)
            .env("PATH", &path)
            .env("HOME", sandbox.path().join("home"))
            .env("NO_COLOR", "1")
            .env_remove("SOURCE_DATE_EPOCH")
            .output()
            .unwrap();
        let actual = String::from_utf8_lossy(&output.stdout);
        let lines: Vec<&str> = actual.lines().collect();
        let code = output.status.code().unwrap_or(-1);
        let place = format!("{}:{}: $ {}", step.file, step.line, step.command);
        assert_eq!(
            code, step.exit,
            "{place}\nexited {code}, the document says {}; it printed:\n{actual}",
            step.exit
        );
        if !step.expected.is_empty() {
            // Blank lines at the end of a block are layout, not output.
            let mut expected = step.expected.clone();
            while expected.last().is_some_and(|l| l.is_empty()) {
                expected.pop();
            }
            assert!(
                matches(&expected, &lines),
                "{place}\nthe document shows:\n{}\nthe command printed:\n{actual}",
                expected.join("\n")
            );
        }
    }
}

#[test]
fn readme() {
    run_document("README.md", Place::Repository);
}

#[test]
fn making_an_edition() {
    run_document("docs/making-an-edition.md", Place::OutsideIt);
}

#[test]
fn translating() {
    run_document("docs/translating.md", Place::Repository);
}

#[test]
fn reviewing() {
    run_document("docs/reviewing.md", Place::Repository);
}

/// The guides have tests of their own; any other page's sessions run here.
#[test]
fn every_other_document() {
    let guides = ["making-an-edition.md", "translating.md", "reviewing.md"];
    let mut pages: Vec<PathBuf> = std::fs::read_dir(repo().join("docs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .filter(|p| !guides.iter().any(|g| p.ends_with(g)))
        .collect();
    pages.sort();
    for page in pages {
        let rel = format!("docs/{}", page.file_name().unwrap().to_string_lossy());
        let steps = steps(&rel, &std::fs::read_to_string(&page).unwrap());
        if !steps.is_empty() {
            run_steps(&steps, Place::Repository);
        }
    }
}

#[test]
fn the_runner_reads_sessions_as_written() {
    let text = "```console no-run\n$ cargo test\n```\n\
        ```console\n$ carecert check \\\n  x   # findings: exits 1\nwarning: a\n...\nok [..] criteria\n\n```\n";
    let s = steps("t.md", text);
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].command, "carecert check   x   # findings: exits 1");
    assert_eq!(s[0].exit, 1);
    let actual = ["warning: a", "x", "y", "ok 3 criteria"];
    let mut expected = s[0].expected.clone();
    expected.pop();
    assert!(matches(&expected, &actual));
    assert!(!matches(&expected, &actual[..3]));
    assert!(line_matches("[..]b[..]", "abc"));
    let nested = "1. Run:\n\n   ```console\n   $ carecert show \\\n       1.2\n   [K] x\n   ```\n";
    let s = steps("t.md", nested);
    assert_eq!(s[0].command, "carecert show     1.2");
    assert_eq!(s[0].expected, ["[K] x"]);
    assert!(!line_matches("a[..]c", "ab"));
}
