//! The whole build on a generated framework: a few standards, outcomes and
//! criteria with arbitrary Unicode text (ids and codes derived from positions,
//! so they are valid), terms, references and translations. The framework is
//! written as JSON and loaded (so validation runs as for a user's files), then
//! resolved, localised and rendered to XML, CASE and every Word document.
//! Every XML output — `curriculum.xml` and each XML part of each DOCX — must be
//! well-formed, and `case.json` must be JSON.

#![no_main]

mod common;

use arbitrary::Arbitrary;
use carecert::l10n::catalog::{Catalog, LocaleRoot};
use carecert::l10n::labels::Labels;
use carecert::l10n::{example_key, localise, reference_key};
use carecert::render::docx::{DocumentKind, DocxOptions};
use libfuzzer_sys::fuzz_target;
use serde_json::{Value, json};

const LOCALES: [&str; 6] = ["en-GB", "pt-BR", "ar", "zh-CN", "hi-IN", "ja"];

#[derive(Debug, Arbitrary)]
struct Input {
    title: String,
    notice: String,
    locale: u8,
    terms: Vec<(String, String)>,
    standards: Vec<Std>,
    translations: Vec<(u16, String)>,
    term_translations: Vec<(u8, String)>,
}

#[derive(Debug, Arbitrary)]
struct Std {
    title: String,
    references: Vec<(u8, String)>,
    outcomes: Vec<Out>,
}

#[derive(Debug, Arbitrary)]
struct Out {
    title: String,
    criteria: Vec<Crit>,
}

#[derive(Debug, Arbitrary)]
struct Crit {
    performance: bool,
    simulation_allowed: bool,
    text: String,
    /// Appends `{ -term-N }` to the text.
    term: Option<u8>,
    examples: Vec<String>,
}

/// Keeps generated text usable: the loader refuses empty text, so give it some.
fn text(s: &str) -> String {
    if s.trim().is_empty() {
        "x".to_string()
    } else {
        s.to_string()
    }
}

fn build(input: &Input, dir: &std::path::Path) -> Vec<String> {
    let mut keys = Vec::new();
    let terms: Vec<Value> = input
        .terms
        .iter()
        .take(4)
        .enumerate()
        .map(|(i, (value, note))| {
            json!({"id": format!("-term-{i}"), "kind": "service", "value": text(value), "note": note})
        })
        .collect();
    let n_terms = terms.len();
    let term_ref = |t: u8| format!("-term-{}", t as usize % n_terms.max(1));
    let mut files = Vec::new();
    for (s, st) in input.standards.iter().take(3).enumerate() {
        let sid = format!("standard-{s}");
        keys.push(sid.clone());
        let references: Vec<Value> = if n_terms == 0 {
            Vec::new()
        } else {
            let mut seen = std::collections::BTreeMap::new();
            for (t, note) in st.references.iter().take(2) {
                seen.entry(term_ref(*t)).or_insert_with(|| note.clone());
            }
            seen.into_iter()
                .map(|(term, note)| {
                    keys.push(reference_key(&sid, &term));
                    json!({"term": term, "note": text(&note)})
                })
                .collect()
        };
        let mut outcomes = Vec::new();
        for (o, out) in st.outcomes.iter().take(3).enumerate() {
            let oid = format!("outcome-{s}-{o}");
            keys.push(oid.clone());
            let mut criteria = Vec::new();
            for (c, cr) in out.criteria.iter().take(4).enumerate() {
                let cid = format!("criterion-{s}-{o}-{c}");
                keys.push(cid.clone());
                let mut t = text(&cr.text);
                if let (Some(n), true) = (cr.term, n_terms > 0) {
                    t.push_str(&format!(" {{ {} }}", term_ref(n)));
                }
                let examples: Vec<String> = cr.examples.iter().take(3).map(|e| text(e)).collect();
                for i in 0..examples.len() {
                    keys.push(example_key(&cid, i));
                }
                criteria.push(json!({
                    "id": cid,
                    "code": format!("{}.{}{}", s + 1, o + 1, (b'a' + c as u8) as char),
                    "kind": if cr.performance { "performance" } else { "knowledge" },
                    "text": t,
                    "examples": examples,
                    "simulation_allowed": cr.simulation_allowed,
                }));
            }
            outcomes.push(json!({
                "id": oid,
                "code": format!("{}.{}", s + 1, o + 1),
                "title": text(&out.title),
                "criteria": criteria,
            }));
        }
        let rel = format!("standards/{:02}.json", s + 1);
        common::put(
            dir,
            &rel,
            &serde_json::to_vec(&json!({
                "id": sid,
                "code": (s + 1).to_string(),
                "title": text(&st.title),
                "references": references,
                "outcomes": outcomes,
            }))
            .unwrap(),
        );
        files.push(rel);
    }
    common::put(
        dir,
        "terms.json",
        &serde_json::to_vec(&json!({ "terms": terms })).unwrap(),
    );
    common::put(
        dir,
        "framework.json",
        &serde_json::to_vec(&json!({
            "id": "fuzz",
            "version": "1",
            "title": text(&input.title),
            "source_locale": "en-GB",
            "jurisdiction": "GB-ENG",
            "publisher": "fuzz",
            "notices": [{"kind": "copyright", "text": text(&input.notice)}],
            "terms": "terms.json",
            "standards": files,
        }))
        .unwrap(),
    );
    keys
}

fuzz_target!(|input: Input| {
    let dir = common::scratch().join("pipeline");
    let _ = std::fs::remove_dir_all(&dir);
    let keys = build(&input, &dir);
    let stack = match carecert::edition::open(dir.to_str().unwrap(), None) {
        Ok(s) => s,
        // Generated text may still be refused (a stray brace, a control
        // character); that is the loader doing its job.
        Err(_) => return,
    };
    let Ok(resolution) = stack.resolve() else {
        return;
    };
    let r = resolution.resolved;
    let locale = LOCALES[input.locale as usize % LOCALES.len()];
    let mut catalog = Catalog::new();
    if !keys.is_empty() {
        for (k, pattern) in input.translations.iter().take(8) {
            catalog.insert(locale, &keys[*k as usize % keys.len()], pattern);
        }
    }
    for (t, value) in input.term_translations.iter().take(4) {
        catalog.insert_term(locale, &format!("-term-{}", t % 4), value);
    }
    let l = localise(&r, locale, &catalog);

    let xml =
        carecert::render::xml::render(&l, &carecert::render::xml::XmlOptions { generator: "fuzz" });
    common::assert_well_formed_xml("curriculum.xml", &xml);

    let case = carecert::render::case::render(
        &l,
        &carecert::render::case::CaseOptions {
            date_time: "2026-11-25T00:00:00Z",
        },
    );
    serde_json::from_slice::<Value>(&case).expect("case.json is JSON");

    let labels = Labels::load(&LocaleRoot::Embedded, locale, &r.source_locale);
    let opts = DocxOptions {
        date: "2026-11-25T00:00:00Z",
        generator: "fuzz",
        contents_pages: None,
        issued: Some("2026-11-25T00:00:00Z"),
    };
    for kind in DocumentKind::ALL {
        let bytes = carecert::render::docx::render(kind, &l, &labels, &opts);
        common::assert_docx_parts_well_formed(kind.file_name(), &bytes);
    }
});
