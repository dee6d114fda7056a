//! Every error code is explained in `docs/errors.md` and exercised by a test.
//!
//! The list of codes is `carecert::diag::Code::ALL`; a new code fails here until it
//! has a section in the documentation and a test that names it.

use carecert::diag::Code;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn every_code_has_exactly_one_section_in_errors_md() {
    let doc = std::fs::read_to_string(root().join("docs/errors.md")).unwrap();
    let mut headings: BTreeMap<&str, usize> = BTreeMap::new();
    for line in doc.lines() {
        if let Some(rest) = line.strip_prefix("### `") {
            let name = rest
                .strip_suffix('`')
                .unwrap_or_else(|| panic!("a code heading is exactly ### `code`, found {line:?}"));
            *headings.entry(name).or_default() += 1;
        }
    }
    let known: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    let missing: Vec<&str> = known
        .iter()
        .copied()
        .filter(|c| !headings.contains_key(c))
        .collect();
    let twice: Vec<&str> = headings
        .iter()
        .filter(|(_, n)| **n > 1)
        .map(|(c, _)| *c)
        .collect();
    let unknown: Vec<&str> = headings
        .keys()
        .copied()
        .filter(|c| !known.contains(c))
        .collect();
    assert!(
        missing.is_empty() && twice.is_empty() && unknown.is_empty(),
        "docs/errors.md: no section for {missing:?}; more than one for {twice:?}; sections for codes that do not exist: {unknown:?}"
    );
}

/// A test names a code when the code's text appears quoted, as a Rust string, in
/// a JSON fragment (`\"code\": \"x\"`) or in a bad-input case, or as the text
/// output shows it (`warning[x]: `).
#[test]
fn every_code_appears_in_a_test() {
    let mut texts = Vec::new();
    let mut files = Vec::new();
    walk(&root().join("tests"), &mut files);
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy();
        let in_catalogue = name == "case.json" && file.starts_with(root().join("tests/bad-inputs"));
        if (name.ends_with(".rs") && !file.ends_with("tests/testsuite/errors_doc.rs"))
            || in_catalogue
        {
            texts.push(std::fs::read_to_string(file).unwrap());
        }
    }
    // The unit tests inside the library and the binary.
    let mut sources = Vec::new();
    walk(&root().join("src"), &mut sources);
    for file in &sources {
        if file.extension().is_some_and(|e| e == "rs") && !file.ends_with("src/diag/code.rs") {
            let text = std::fs::read_to_string(file).unwrap();
            if let Some(at) = text.find("#[cfg(test)]") {
                texts.push(text[at..].to_string());
            }
        }
    }
    let untested: Vec<&str> = Code::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|code| {
            let plain = format!("\"{code}\"");
            let escaped = format!("\\\"{code}\\\"");
            let shown = format!("[{code}]: ");
            !texts
                .iter()
                .any(|t| t.contains(&plain) || t.contains(&escaped) || t.contains(&shown))
        })
        .collect();
    assert!(untested.is_empty(), "codes no test names: {untested:?}");
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let path = entry.path();
        if entry.file_type().unwrap().is_dir() {
            walk(&path, out);
        } else {
            out.push(path);
        }
    }
}
