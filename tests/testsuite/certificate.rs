//! The certificate and the assessor record as printed: the certificate framed,
//! with the edition's logo only when it names one, its number, issue date and
//! issuer; the assessor record's sign-off blocks held together. Where
//! LibreOffice is installed, every example pack's certificate is one page and
//! no sign-off statement is on another page than its signatures.

use crate::carecert;
use carecert::render::docx::package::unzip;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every example edition's packs, certificate and assessor record only.
fn packs() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        carecert()
            .current_dir(repo())
            .args(["build", "--all", "-q", "--outputs", "docx"])
            .args(["--documents", "certificate,assessor-record", "--out"])
            .arg(dir.path())
            .env("SOURCE_DATE_EPOCH", "1764028800")
            .assert()
            .success();
        dir
    })
    .path()
}

fn documents(name: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for edition in std::fs::read_dir(packs()).unwrap() {
        for locale in std::fs::read_dir(edition.unwrap().path()).unwrap() {
            let path = locale.unwrap().path().join(name);
            if path.exists() {
                out.push(path);
            }
        }
    }
    out.sort();
    assert!(!out.is_empty(), "no {name} built");
    out
}

fn part(docx: &Path, name: &str) -> Option<Vec<u8>> {
    let bytes = std::fs::read(docx).unwrap();
    unzip(&bytes)
        .unwrap()
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, b)| b)
}

fn document_xml(docx: &Path) -> String {
    String::from_utf8(part(docx, "word/document.xml").unwrap()).unwrap()
}

#[test]
fn every_certificate_is_framed_and_has_a_logo_only_when_its_edition_names_one() {
    for cert in documents("certificate.docx") {
        let xml = document_xml(&cert);
        assert!(xml.contains("<w:pgBorders"), "{}: no frame", cert.display());
        let saudi = cert.to_string_lossy().contains("saudi-arabia");
        let logo = part(&cert, "word/media/image1.png");
        assert_eq!(logo.is_some(), saudi, "{}: logo part", cert.display());
        assert_eq!(xml.contains("<w:drawing>"), saudi, "{}", cert.display());
        if let Some(logo) = logo {
            let shipped =
                std::fs::read(repo().join("examples/editions/saudi-arabia/logo.png")).unwrap();
            assert_eq!(logo, shipped);
            let types = String::from_utf8(part(&cert, "[Content_Types].xml").unwrap()).unwrap();
            assert!(types.contains(r#"Extension="png" ContentType="image/png""#));
        }
        // No empty "Logo" box any more.
        assert!(!xml.contains(">Logo<"), "{}", cert.display());
    }
}

#[test]
fn certificates_carry_number_date_and_issuer() {
    let pack = packs().join("saudi-arabia");
    let ar = document_xml(&pack.join("ar-SA/certificate.docx"));
    assert!(
        ar.contains("SA-2025-__________"),
        "the number from the pattern"
    );
    assert!(ar.contains("25/11/2025"), "the issue date");
    assert!(
        ar.contains("أكاديمية الرياض لمهارات الرعاية"),
        "the issuer in Arabic"
    );
    let en = document_xml(&pack.join("en/certificate.docx"));
    assert!(en.contains("Riyadh Care Skills Academy"));
    let india = document_xml(&packs().join("india/hi-IN/certificate.docx"));
    assert!(india.contains("IN/CC/2025/__________"));
    assert!(india.contains("सेहत देखभाल कौशल संस्थान"));
    // An edition without the fields gets lines to write on, not made-up values.
    let brazil = document_xml(&packs().join("brazil/pt-BR/certificate.docx"));
    assert!(!brazil.contains("__________"));
    assert!(brazil.contains("Número do certificado"));
    assert!(brazil.contains("Nome legível"));
}

#[test]
fn sign_off_statements_keep_with_their_signatures() {
    for record in documents("assessor-record.docx") {
        let xml = document_xml(&record);
        // Every table row that holds a learner or assessor signature label
        // but the last of its block keeps with the next.
        let rows: Vec<&str> = xml.split("<w:tr>").skip(1).collect();
        let sign_rows = rows.iter().filter(|r| r.contains("w:cantSplit")).count();
        assert_eq!(
            sign_rows,
            rows.len(),
            "{}: a row may split",
            record.display()
        );
        let kept_statements = xml
            .split("<w:p>")
            .filter(|p| p.contains("<w:keepNext/>") && !p.contains("w:pStyle"))
            .count();
        assert!(
            kept_statements > 10,
            "{}: sign-off statements without keep-with-next",
            record.display()
        );
        assert!(xml.contains("<w:tblHeader/>"), "{}", record.display());
    }
}

/// The page count of a PDF, from pdfinfo.
fn pages(pdf: &Path) -> usize {
    let out = Command::new("pdfinfo").arg(pdf).output().unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap()
}

/// Each page's text, from pdftotext.
fn page_texts(pdf: &Path) -> Vec<String> {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .split('\u{c}')
        .map(squeeze)
        .collect()
}

/// Text without spaces or bidi embeddings: pdftotext breaks Arabic words at
/// a shadda and wraps right-to-left runs in embeddings.
fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !('\u{202A}'..='\u{202E}').contains(c))
        .collect()
}

fn tools_found() -> bool {
    let required = std::env::var_os("CARECERT_REQUIRE_SOFFICE").is_some();
    let found = ["soffice", "pdfinfo", "pdftotext"].iter().all(|t| {
        Command::new(t)
            .arg(if *t == "soffice" { "--version" } else { "-v" })
            .output()
            .is_ok()
    });
    if !found {
        assert!(
            !required,
            "CARECERT_REQUIRE_SOFFICE is set and soffice or poppler is missing"
        );
        eprintln!("skipped: no soffice, pdfinfo or pdftotext on PATH");
    }
    found
}

/// Converts `docs` to PDF in one LibreOffice run; returns the PDFs.
fn to_pdf(docs: &[PathBuf]) -> Vec<PathBuf> {
    let out = tempfile::tempdir().unwrap().keep();
    let mut staged = Vec::new();
    for (i, d) in docs.iter().enumerate() {
        let to = out.join(format!("doc{i}.docx"));
        std::fs::copy(d, &to).unwrap();
        staged.push(to);
    }
    crate::soffice_to_pdf(&out, &out, &staged);
    staged.iter().map(|d| d.with_extension("pdf")).collect()
}

#[test]
fn every_certificate_prints_on_one_page_and_no_sign_off_is_split() {
    if !tools_found() {
        return;
    }
    let certs = documents("certificate.docx");
    for (docx, pdf) in certs.iter().zip(to_pdf(&certs)) {
        assert_eq!(pages(&pdf), 1, "{} is not one page", docx.display());
    }
    let records = documents("assessor-record.docx");
    for (docx, pdf) in records.iter().zip(to_pdf(&records)) {
        let xml = document_xml(docx);
        // The label of the second signature row, which ends each block.
        let labels = [
            "Assessor signature",
            "توقيع المقيّم",
            "मूल्यांकनकर्ता के हस्ताक्षर",
            "Assinatura do(a) avaliador(a)",
            "考核员签名",
        ];
        let Some(label) = labels.iter().find(|l| xml.contains(*l)) else {
            continue;
        };
        let texts = page_texts(&pdf);
        if *label == "Assessor signature" {
            let all = texts.join(" ");
            assert!(
                all.matches(&squeeze(label)).count() > 10,
                "{}: no sign-off found",
                docx.display()
            );
        }
        for (n, page) in texts.iter().enumerate() {
            if *label == "Assessor signature" {
                assert_eq!(
                    page.matches(&squeeze("The learner has met every criterion"))
                        .count(),
                    page.matches(&squeeze(label)).count(),
                    "{} page {}: a sign-off statement apart from its signatures",
                    docx.display(),
                    n + 1
                );
            }
            // A page that holds a block's last signature row holds the
            // learner's row above it too, and so the statement.
            let last = page.matches(&squeeze(label)).count();
            let learner_rows = page.matches(&squeeze("Learner signature")).count()
                + page.matches(&squeeze("توقيع المتعلم")).count()
                + page.matches(&squeeze("शिक्षार्थी के हस्ताक्षर")).count()
                + page
                    .matches(&squeeze("Assinatura do(a) participante"))
                    .count()
                + page.matches(&squeeze("学员签名")).count();
            assert_eq!(
                last,
                learner_rows,
                "{} page {}: a sign-off block split",
                docx.display(),
                n + 1
            );
        }
    }
}
