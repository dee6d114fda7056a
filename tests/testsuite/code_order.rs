//! Every document of every example pack lists standards, outcomes and criteria in
//! code order, and no glossary prints a term twice.
//!
//! The codes are read back out of what a reader gets: the `code` attributes of
//! curriculum.xml, the CASE items, the JSON diff, and the paragraphs of the Word
//! documents (a heading or cell that starts with a code, after an optional label
//! such as "Standard"). Code order is [`carecert::ids::compare_codes`], which knows
//! the insertion codes of added nodes (`8` < `8A` < `9`).

use crate::carecert;
use carecert::ids::{compare_codes, parent_code};
use carecert::render::docx::package::unzip;
use regex_lite::Regex;
use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every example edition built once, in every locale it is published in.
fn packs() -> &'static Vec<PathBuf> {
    static PACKS: OnceLock<(tempfile::TempDir, Vec<PathBuf>)> = OnceLock::new();
    &PACKS
        .get_or_init(|| {
            let out = tempfile::tempdir().unwrap();
            carecert()
                .current_dir(root())
                .args(["build", "--all", "--quiet", "--out"])
                .arg(out.path())
                .env("SOURCE_DATE_EPOCH", "1764028800")
                .assert()
                .success();
            let mut packs = Vec::new();
            for edition in std::fs::read_dir(out.path()).unwrap() {
                for locale in std::fs::read_dir(edition.unwrap().path()).unwrap() {
                    let p = locale.unwrap().path();
                    if p.join("curriculum.xml").is_file() {
                        packs.push(p);
                    }
                }
            }
            packs.sort();
            (out, packs)
        })
        .1
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Each node of curriculum.xml in document order: (level, code, title).
fn xml_nodes(pack: &Path) -> Vec<(String, String, String)> {
    let xml = std::fs::read_to_string(pack.join("curriculum.xml")).unwrap();
    let node = Regex::new(r#"<(standard|outcome|criterion) id="[^"]*" code="([^"]*)""#).unwrap();
    let title = Regex::new(r"<title[^>]*>([^<]*)</title>").unwrap();
    node.captures_iter(&xml)
        .map(|c| {
            let after = &xml[c.get(0).unwrap().end()..];
            let t = match &c[1] {
                "criterion" => String::new(),
                _ => title
                    .captures(after)
                    .map(|t| unescape(&t[1]))
                    .unwrap_or_default(),
            };
            (c[1].to_string(), c[2].to_string(), t)
        })
        .collect()
}

/// The first pair of `codes` that is not in strictly increasing code order.
fn out_of_order<S: AsRef<str>>(codes: &[S]) -> Option<String> {
    codes.windows(2).find_map(|w| {
        let (a, b) = (w[0].as_ref(), w[1].as_ref());
        (compare_codes(a, b) != Ordering::Less).then(|| format!("{a} is listed before {b}"))
    })
}

#[test]
fn the_xml_and_case_list_nodes_in_code_order() {
    for pack in packs() {
        let codes: Vec<String> = xml_nodes(pack).into_iter().map(|(_, c, _)| c).collect();
        assert!(codes.len() > 200, "{}", pack.display());
        if let Some(e) = out_of_order(&codes) {
            panic!("{}/curriculum.xml: {e}", pack.display());
        }
        let case: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(pack.join("case.json")).unwrap())
                .unwrap();
        let codes: Vec<&str> = case["CFItems"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|i| i["humanCodingScheme"].as_str())
            .collect();
        if let Some(e) = out_of_order(&codes) {
            panic!("{}/case.json: {e}", pack.display());
        }
    }
}

/// The codes a Word document shows, in document order, grouped by paragraph
/// style and parent: a workbook lists an outcome's knowledge criteria as
/// activities and its performance criteria in an observation table, each in code
/// order. A standard's or outcome's code counts where its title follows (so
/// "19 criteria" in a summary table is not standard 19); the contents field is
/// left out (it repeats the headings).
fn docx_codes(
    path: &Path,
    nodes: &HashMap<String, (String, String)>,
) -> BTreeMap<(String, String), Vec<String>> {
    let parts = unzip(&std::fs::read(path).unwrap()).unwrap();
    let body = parts
        .into_iter()
        .find(|(n, _)| n == "word/document.xml")
        .map(|(_, b)| String::from_utf8(b).unwrap())
        .unwrap();
    let para = Regex::new(r"(?s)<w:p[ >].*?</w:p>").unwrap();
    let text = Regex::new(r"<w:t(?: [^>]*)?>([^<]*)</w:t>").unwrap();
    let style = Regex::new(r#"<w:pStyle w:val="([^"]*)""#).unwrap();
    let lead =
        Regex::new(r"^(?:\S+ )?([0-9]+[A-Z]*(?:\.[0-9]+[A-Z]*(?:[a-z][A-Z]*)?)?)(?:[\s:：]|$)")
            .unwrap();
    let mut groups: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for p in para.find_iter(&body) {
        let p = p.as_str();
        let s = style.captures(p).map_or("", |c| c.get(1).unwrap().as_str());
        if s.starts_with("TOC") {
            continue;
        }
        let t: String = text.captures_iter(p).map(|c| unescape(&c[1])).collect();
        let Some(code) = lead.captures(t.trim()).map(|c| c[1].to_string()) else {
            continue;
        };
        let Some((level, title)) = nodes.get(&code) else {
            continue;
        };
        if level != "criterion" && !t.contains(title.as_str()) {
            continue;
        }
        let parent = parent_code(&code).unwrap_or_default().to_string();
        groups
            .entry((format!("{level} {s}"), parent))
            .or_default()
            .push(code);
    }
    groups
}

#[test]
fn every_word_document_lists_nodes_in_code_order() {
    for pack in packs() {
        let nodes: HashMap<String, (String, String)> = xml_nodes(pack)
            .into_iter()
            .map(|(level, code, title)| (code, (level, title)))
            .collect();
        for doc in [
            "standards.docx",
            "learner-workbook.docx",
            "assessor-record.docx",
        ] {
            let groups = docx_codes(&pack.join(doc), &nodes);
            let listed: usize = groups.values().map(Vec::len).sum();
            assert!(
                listed > 100,
                "{}/{doc}: only {listed} codes found",
                pack.display()
            );
            for ((what, parent), codes) in &groups {
                // Country notes are bullets, one per change: a node changed by two
                // operations has two bullets in a row.
                let mut codes = codes.clone();
                if what.contains("ListBullet") {
                    codes.dedup();
                }
                if let Some(e) = out_of_order(&codes) {
                    panic!("{}/{doc}: {what} under \"{parent}\": {e}", pack.display());
                }
            }
        }
    }
}

#[test]
fn every_example_diff_lists_changes_in_code_order() {
    for edition in ["brazil", "china", "gulf", "india", "saudi-arabia"] {
        let out = crate::stdout_of(
            &carecert()
                .current_dir(root())
                .args(["diff", "care-certificate-2015"])
                .arg(format!("examples/editions/{edition}"))
                .args(["--format", "json"])
                .assert(),
        );
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let mut codes: Vec<&str> = v["changes"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|c| c["new_code"].as_str())
            .collect();
        codes.dedup();
        assert!(codes.len() > 3, "{edition}");
        if let Some(e) = out_of_order(&codes) {
            panic!("diff of {edition}: {e}");
        }
    }
}

/// A glossary row per printed value: several terms may print the same words
/// (Brazil's inclusion law stands for three of them).
#[test]
fn no_glossary_prints_a_term_twice() {
    let para = Regex::new(r"(?s)<w:tr[ >].*?</w:tr>").unwrap();
    let cell = Regex::new(r"(?s)<w:tc>.*?</w:tc>").unwrap();
    let text = Regex::new(r"<w:t(?: [^>]*)?>([^<]*)</w:t>").unwrap();
    let mut checked = 0;
    for pack in packs() {
        let parts = unzip(&std::fs::read(pack.join("standards.docx")).unwrap()).unwrap();
        let body = parts
            .into_iter()
            .find(|(n, _)| n == "word/document.xml")
            .map(|(_, b)| String::from_utf8(b).unwrap())
            .unwrap();
        // The glossary is the last table of the document.
        let last = body.rfind("<w:tbl>").unwrap();
        let mut seen = std::collections::HashSet::new();
        for row in para.find_iter(&body[last..]).skip(1) {
            let first = cell.find(row.as_str()).unwrap().as_str();
            let term: String = text.captures_iter(first).map(|c| unescape(&c[1])).collect();
            assert!(
                seen.insert(term.clone()),
                "{}: the glossary prints \"{term}\" twice",
                pack.display()
            );
        }
        assert!(
            seen.len() > 10,
            "{}: {} glossary rows",
            pack.display(),
            seen.len()
        );
        checked += 1;
    }
    assert!(checked >= 7, "{checked} packs");
}

/// A standard's "must know" list names each law or body once, however many of
/// the base's terms an edition gives that name.
#[test]
fn no_must_know_list_names_a_law_twice() {
    for edition in ["brazil", "china", "gulf", "india", "saudi-arabia"] {
        let out = crate::stdout_of(
            &carecert()
                .current_dir(root())
                .arg("show")
                .arg(format!("examples/editions/{edition}"))
                .assert()
                .success(),
        );
        for line in out.lines().filter_map(|l| l.strip_prefix("  must know: ")) {
            let names: Vec<&str> = line.split("; ").collect();
            for n in &names {
                assert_eq!(
                    names.iter().filter(|m| *m == n).count(),
                    1,
                    "{edition}: \"{n}\" twice in: {line}"
                );
            }
        }
    }
}

/// China's standard added after 8 is `8A` on the 2015 base and on the 2025
/// revision alike, where it sits beside the revision's own Standard 16 (learning
/// disability and autism) instead of taking its number.
#[test]
fn an_added_standard_never_takes_a_number_the_revision_uses() {
    let codes = |base: Option<&str>| -> Vec<String> {
        let mut cmd = carecert();
        cmd.current_dir(root())
            .args(["show", "examples/editions/china", "--format", "json"]);
        if let Some(b) = base {
            cmd.args(["--base", b]);
        }
        let v: serde_json::Value =
            serde_json::from_str(&crate::stdout_of(&cmd.assert().success())).unwrap();
        v["standards"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                format!(
                    "{} {}",
                    s["code"].as_str().unwrap(),
                    s["id"].as_str().unwrap()
                )
            })
            .collect()
    };
    let on_2015 = codes(None);
    assert!(
        on_2015.contains(&"8A china-daily-living-support".to_string()),
        "{on_2015:?}"
    );
    let on_2025 = codes(Some("examples/revisions/care-certificate-2025-known"));
    assert!(
        on_2025.contains(&"8A china-daily-living-support".to_string()),
        "{on_2025:?}"
    );
    assert!(
        on_2025.contains(&"16 awareness-of-learning-disability-and-autism".to_string()),
        "{on_2025:?}"
    );
    let only: Vec<&str> = on_2025
        .iter()
        .map(|s| s.split(' ').next().unwrap())
        .collect();
    assert_eq!(out_of_order(&only), None);
}
