//! Golden files for rendered output: the diff JSON shape, and the `word/document.xml`
//! of the redline, the standards document and the workbook (with the whole file's
//! SHA-256), on the small fixtures. A failure shows what changed; regenerate with
//! `CARECERT_BLESS=1 cargo test --test testsuite golden` and review the diff.

use crate::{Fixture, carecert, stdout_of};
use carecert::render::docx::package::unzip;
use sha2::{Digest, Sha256};
use std::path::Path;

pub fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("CARECERT_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!("no {name}; run CARECERT_BLESS=1 cargo test --test testsuite golden")
    });
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "{name} differs from line {}:\n  golden: {:?}\n  actual: {:?}\nregenerate with CARECERT_BLESS=1 cargo test --test testsuite golden if the change is intended",
            first + 1,
            expected.lines().nth(first),
            actual.lines().nth(first)
        );
    }
}

/// `document.xml` with one element per line, so a golden diff is readable, after
/// the SHA-256 of the whole DOCX.
fn docx_snapshot(bytes: &[u8]) -> String {
    let sha = Sha256::digest(bytes);
    let hex: String = sha.iter().map(|b| format!("{b:02x}")).collect();
    let parts = unzip(bytes).unwrap();
    let doc = parts
        .iter()
        .find(|(n, _)| n == "word/document.xml")
        .unwrap();
    let xml = String::from_utf8(doc.1.clone()).unwrap();
    format!(
        "sha256 {hex}\n{}\n",
        xml.replace("><w:p>", ">\n<w:p>")
            .replace("><w:tbl>", ">\n<w:tbl>")
    )
}

#[test]
fn diff_json_shape() {
    let f = Fixture::copy("mini-edition");
    let out = stdout_of(
        &f.run(&["diff", "../mini", ".", "--format", "json"])
            .success(),
    );
    golden("diff-mini-edition.json", &out);
}

#[test]
fn redline_document() {
    let f = Fixture::copy("mini-edition");
    f.run(&[
        "diff",
        "../mini",
        ".",
        "--format",
        "docx",
        "--out",
        "../r.docx",
        "--date",
        "2025-01-02",
    ])
    .success();
    golden(
        "redline-mini-edition.xml",
        &docx_snapshot(&std::fs::read(f.root().join("r.docx")).unwrap()),
    );
}

#[test]
fn standards_document() {
    let f = Fixture::copy("mini-edition");
    carecert()
        .current_dir(f.path())
        .env("SOURCE_DATE_EPOCH", "1764028800")
        .args([
            "build",
            ".",
            "--out",
            "../out",
            "--locale",
            "en-IN",
            "--documents",
            "standards",
        ])
        .assert()
        .success();
    let bytes = std::fs::read(f.root().join("out/mini-india/en-IN/standards.docx")).unwrap();
    golden("standards-mini-edition.xml", &docx_snapshot(&bytes));
}

/// The workbook of the small edition: activities with their ruled lines,
/// observation tables, and each standard's declaration, feedback and sign-off.
#[test]
fn workbook_document() {
    let f = Fixture::copy("mini-edition");
    carecert()
        .current_dir(f.path())
        .env("SOURCE_DATE_EPOCH", "1764028800")
        .args([
            "build",
            ".",
            "--out",
            "../out",
            "--locale",
            "en-IN",
            "--documents",
            "workbook",
        ])
        .assert()
        .success();
    let bytes = std::fs::read(f.root().join("out/mini-india/en-IN/learner-workbook.docx")).unwrap();
    golden("workbook-mini-edition.xml", &docx_snapshot(&bytes));
}
