//! The bad-input catalogue: every case in `tests/bad-inputs/` (see its README.md).
//!
//! Each case copies a fixture, breaks it as its `case.json` says, runs one command
//! and checks that carecert refuses the input cleanly: the exact exit code, the
//! expected fragments on stderr (file, location, what was expected), nothing on
//! stdout, and not one file created, changed or removed under the fixtures' root.

use crate::{Fixture, carecert};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// No case may run longer than this: a hang is a failure, not a stuck test run.
const TIMEOUT: Duration = Duration::from_secs(120);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    description: String,
    fixture: String,
    command: Vec<String>,
    #[serde(default)]
    env: BTreeMap<String, String>,
    #[serde(default)]
    remove: Vec<String>,
    #[serde(default)]
    edits: Vec<Edit>,
    #[serde(default)]
    files: BTreeMap<String, String>,
    #[serde(default)]
    hex: BTreeMap<String, String>,
    #[serde(default)]
    generated: BTreeMap<String, Generated>,
    #[serde(default)]
    outside: BTreeMap<String, String>,
    #[serde(default)]
    symlinks: BTreeMap<String, String>,
    #[serde(default)]
    fifos: Vec<String>,
    exit: i32,
    #[serde(default)]
    stderr_contains: Vec<String>,
    #[serde(default)]
    stderr_lacks: Vec<String>,
    #[serde(default)]
    stdout_contains: Vec<String>,
    #[serde(default)]
    outputs: Vec<String>,
    #[serde(default)]
    outputs_must_not_exist: Vec<String>,
    #[serde(default)]
    known_bug: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Edit {
    file: String,
    from: String,
    to: String,
}

/// `prefix`, then `repeat` written `times` times, then `suffix`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Generated {
    #[serde(default)]
    prefix: String,
    repeat: String,
    times: usize,
    #[serde(default)]
    suffix: String,
}

/// What a file tree held: path (relative to the root) → contents, or the target of
/// a symbolic link, or a directory.
pub(crate) type Snapshot = BTreeMap<PathBuf, Entry>;

#[derive(Debug, PartialEq)]
pub(crate) enum Entry {
    File(Vec<u8>),
    Link(PathBuf),
    Dir,
    /// A named pipe, socket or device: never opened, since that could block.
    Special,
}

pub(crate) fn snapshot(root: &Path) -> Snapshot {
    let mut out = Snapshot::new();
    walk(root, root, &mut out);
    out
}

fn walk(root: &Path, dir: &Path, out: &mut Snapshot) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let rel = path.strip_prefix(root).unwrap().to_path_buf();
        let meta = std::fs::symlink_metadata(&path).unwrap();
        if meta.file_type().is_symlink() {
            out.insert(rel, Entry::Link(std::fs::read_link(&path).unwrap()));
        } else if meta.is_dir() {
            out.insert(rel, Entry::Dir);
            walk(root, &path, out);
        } else if !meta.is_file() {
            out.insert(rel, Entry::Special);
        } else {
            out.insert(rel, Entry::File(std::fs::read(&path).unwrap()));
        }
    }
}

fn decode_hex(s: &str) -> Vec<u8> {
    let digits: Vec<u8> = s.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    assert!(digits.len().is_multiple_of(2), "odd number of hex digits");
    digits
        .chunks(2)
        .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).unwrap(), 16).unwrap())
        .collect()
}

/// Lexically joins `rel` to `base` (`..` pops a component), for naming outputs.
fn resolve(base: &Path, rel: &str) -> PathBuf {
    let mut out = base.to_path_buf();
    for part in Path::new(rel).components() {
        match part {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

fn write(path: &Path, bytes: &[u8]) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(path, bytes).unwrap();
}

/// Prepares and runs one case; returns the problems found (empty when it passes).
fn run_case(dir: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(dir.join("case.json")).unwrap();
    let case: Case = match serde_json::from_str(&text) {
        Ok(case) => case,
        Err(e) => return vec![format!("case.json does not parse: {e}")],
    };
    let fixture = Fixture::copy(&case.fixture);
    let outside = tempfile::tempdir().unwrap();
    for rel in &case.remove {
        std::fs::remove_file(fixture.file(rel)).unwrap();
    }
    let mut fixture = fixture;
    for e in &case.edits {
        fixture = fixture.edit(&e.file, &e.from, &e.to);
    }
    for (rel, contents) in &case.files {
        write(&fixture.file(rel), contents.as_bytes());
    }
    for (rel, hex) in &case.hex {
        write(&fixture.file(rel), &decode_hex(hex));
    }
    for (rel, g) in &case.generated {
        let mut s = String::with_capacity(g.prefix.len() + g.repeat.len() * g.times);
        s.push_str(&g.prefix);
        for _ in 0..g.times {
            s.push_str(&g.repeat);
        }
        s.push_str(&g.suffix);
        write(&fixture.file(rel), s.as_bytes());
    }
    for (name, contents) in &case.outside {
        write(&outside.path().join(name), contents.as_bytes());
    }
    for (link, target) in &case.symlinks {
        let target = match target.strip_prefix("outside:") {
            Some(name) => outside.path().join(name),
            None => PathBuf::from(target),
        };
        let link = fixture.file(link);
        if std::fs::symlink_metadata(&link).is_ok() {
            std::fs::remove_file(&link).unwrap();
        }
        symlink(&target, &link);
    }
    for rel in &case.fifos {
        let path = fixture.file(rel);
        if std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir()) {
            std::fs::remove_dir_all(&path).unwrap();
        } else if std::fs::symlink_metadata(&path).is_ok() {
            std::fs::remove_file(&path).unwrap();
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        let made = std::process::Command::new("mkfifo")
            .arg(&path)
            .status()
            .unwrap();
        assert!(made.success(), "mkfifo {}", path.display());
    }

    let before = snapshot(fixture.root());
    let mut cmd = carecert();
    cmd.current_dir(fixture.path())
        .args(&case.command)
        .timeout(TIMEOUT);
    for (k, v) in &case.env {
        cmd.env(k, v);
    }
    let output = cmd.output().unwrap();
    let after = snapshot(fixture.root());
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();

    let mut problems = Vec::new();
    match output.status.code() {
        Some(code) if code == case.exit => {}
        Some(code) => problems.push(format!("exit code {code}, expected {}", case.exit)),
        None => problems.push(format!(
            "no exit code (killed, or no answer within {TIMEOUT:?})"
        )),
    }
    for want in &case.stderr_contains {
        if !stderr.contains(want.as_str()) {
            problems.push(format!("stderr lacks {want:?}"));
        }
    }
    for unwanted in &case.stderr_lacks {
        if stderr.contains(unwanted.as_str()) {
            problems.push(format!("stderr has {unwanted:?}"));
        }
    }
    for want in &case.stdout_contains {
        if !stdout.contains(want.as_str()) {
            problems.push(format!("stdout lacks {want:?}"));
        }
    }
    if case.stdout_contains.is_empty() && !stdout.is_empty() {
        problems.push("stdout is not empty".into());
    }
    if stderr.contains("panicked") || stderr.contains("RUST_BACKTRACE") {
        problems.push("the program panicked".into());
    }
    let expected: Vec<PathBuf> = case
        .outputs
        .iter()
        .map(|rel| {
            resolve(&fixture.path(), rel)
                .strip_prefix(fixture.root())
                .unwrap()
                .to_path_buf()
        })
        .collect();
    let allowed = |p: &Path| expected.iter().any(|e| p.starts_with(e));
    for (path, entry) in &after {
        match before.get(path) {
            None if !allowed(path) => problems.push(format!("created {}", path.display())),
            Some(old) if old != entry && !allowed(path) => {
                problems.push(format!("changed {}", path.display()))
            }
            _ => {}
        }
    }
    for path in before.keys() {
        if !after.contains_key(path) && !allowed(path) {
            problems.push(format!("removed {}", path.display()));
        }
    }
    for rel in &case.outputs_must_not_exist {
        if std::fs::symlink_metadata(resolve(&fixture.path(), rel)).is_ok() {
            problems.push(format!("{rel} exists"));
        }
    }
    for rel in &case.outputs {
        if std::fs::symlink_metadata(resolve(&fixture.path(), rel)).is_err() {
            problems.push(format!("the expected output {rel} was not written"));
        }
    }
    if !problems.is_empty() {
        problems.push(format!(
            "(it: {})\n--- stderr:\n{stderr}--- stdout:\n{stdout}---",
            case.description
        ));
    }
    if let Some(bug) = &case.known_bug {
        println!(
            "known bug, not asserted: {}: {bug}",
            dir.file_name().unwrap().to_string_lossy()
        );
        return Vec::new();
    }
    problems
}

#[cfg(unix)]
fn symlink(target: &Path, link: &Path) {
    std::os::unix::fs::symlink(target, link).unwrap();
}

#[cfg(not(unix))]
fn symlink(_target: &Path, _link: &Path) {
    panic!("the symlink cases need a Unix file system");
}

#[test]
fn every_bad_input_is_refused_cleanly() {
    let catalogue = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-inputs");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&catalogue)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("case.json").is_file())
        .filter(|p| {
            let name = p.to_string_lossy();
            cfg!(unix) || !(name.contains("symlink") || name.contains("fifo"))
        })
        .collect();
    cases.sort();
    assert!(cases.len() >= 40, "only {} cases", cases.len());
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|dir| {
            let problems = run_case(dir);
            let name = dir.file_name().unwrap().to_string_lossy().into_owned();
            (!problems.is_empty()).then(|| format!("case {name}:\n  {}", problems.join("\n  ")))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} bad-input cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}
