//! Synthetic frameworks of any size, for measuring how carecert scales.
//!
//! `carecert dev synth --criteria N` writes a framework (10 outcomes of 10
//! criteria per standard, terms referenced from the texts), an edition over it that
//! uses every operation kind in proportion to its size, and a complete translation
//! of the framework, all valid, so load, resolve, localise, render and diff can be
//! timed at 1k, 10k or 100k criteria.

use crate::fingerprint::Fingerprint;
use serde_json::{Value, json};

const OUTCOMES: usize = 10;
const CRITERIA: usize = 10;
const TERMS: usize = 20;
/// One operation of each kind per this many criteria.
const OPS_EVERY: usize = 200;
/// The translation's locale.
pub const LOCALE: &str = "fr";
pub const FRAMEWORK_ID: &str = "synthetic";

/// Files to write, relative to the output directory.
pub fn files(criteria: usize) -> Vec<(String, String)> {
    let standards = criteria.div_ceil(OUTCOMES * CRITERIA).max(1);
    let mut files = Vec::new();
    let mut ftl = String::from("### A complete synthetic translation.\n\n");
    let mut standard_files = Vec::new();
    let mut made = 0;
    for s in 1..=standards {
        let mut outcomes = Vec::new();
        for o in 1..=OUTCOMES {
            let mut list = Vec::new();
            for c in 0..CRITERIA {
                if made == criteria {
                    break;
                }
                made += 1;
                let id = format!("s{s}-o{o}-c{c}");
                let text = format!(
                    "Explain how the {{ -term-{} }} shapes task {made} in area {s}.{o}.",
                    made % TERMS
                );
                let examples: Vec<String> = if c % 4 == 0 {
                    vec![format!("example {made} one"), format!("example {made} two")]
                } else {
                    Vec::new()
                };
                let attrs: Vec<(String, String)> = examples
                    .iter()
                    .enumerate()
                    .map(|(i, e)| (format!("example-{}", i + 1), e.clone()))
                    .collect();
                translate(&mut ftl, &id, &text, &attrs);
                let mut criterion = json!({
                    "id": id,
                    "code": format!("{s}.{o}{}", (b'a' + c as u8) as char),
                    "kind": if c % 3 == 2 { "performance" } else { "knowledge" },
                    "text": text,
                });
                if !examples.is_empty() {
                    criterion["examples"] = json!(examples);
                }
                list.push(criterion);
            }
            if list.is_empty() {
                break;
            }
            let id = format!("s{s}-o{o}");
            let title = format!("Outcome {o} of area {s}");
            translate(&mut ftl, &id, &title, &[]);
            outcomes.push(
                json!({ "id": id, "code": format!("{s}.{o}"), "title": title, "criteria": list }),
            );
        }
        let id = format!("s{s}");
        let title = format!("Area of practice {s}");
        let note = "Know what it does.";
        translate(
            &mut ftl,
            &id,
            &title,
            &[(format!("ref-term-{}", s % TERMS), note.to_string())],
        );
        let standard = json!({
            "id": id,
            "code": s.to_string(),
            "title": title,
            "references": [{ "term": format!("-term-{}", s % TERMS), "note": note }],
            "outcomes": outcomes,
        });
        let name = format!("standards/{s:05}.json");
        files.push((format!("framework/{name}"), pretty(&standard)));
        standard_files.push(name);
    }
    let terms: Vec<Value> = (0..TERMS)
        .map(|t| {
            json!({ "id": format!("-term-{t}"), "kind": "body", "jurisdiction": "GB", "value": format!("Body {t}"), "note": "A synthetic body." })
        })
        .collect();
    files.push((
        "framework/terms.json".into(),
        pretty(&json!({ "terms": terms })),
    ));
    files.push((
        "framework/framework.json".into(),
        pretty(&json!({
            "id": FRAMEWORK_ID,
            "version": "1",
            "title": format!("Synthetic framework, {criteria} criteria"),
            "source_locale": "en-GB",
            "jurisdiction": "GB-ENG",
            "publisher": "carecert benchmarks",
            "notices": [{ "kind": "copyright", "text": "Generated test data." }],
            "terms": "terms.json",
            "standards": standard_files,
        })),
    ));
    for (i, part) in split_ftl(&ftl).into_iter().enumerate() {
        let name = match i {
            0 => format!("locales/{LOCALE}/{FRAMEWORK_ID}.ftl"),
            n => format!("locales/{LOCALE}/{FRAMEWORK_ID}-{}.ftl", n + 1),
        };
        files.push((name, part));
    }
    files.push(("edition/edition.json".into(), pretty(&edition(made))));
    files
}

/// The translation in files of at most `FTL_PART` bytes, cut between messages:
/// every input file is held to 16 MiB, and 100,000 criteria make about 24.
fn split_ftl(ftl: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    for message in ftl.split_inclusive("\n\n") {
        let last = parts
            .last_mut()
            .filter(|p| p.len() + message.len() <= FTL_PART);
        match last {
            Some(p) => p.push_str(message),
            None => parts.push(message.to_string()),
        }
    }
    parts.retain(|p| !p.is_empty());
    parts
}

const FTL_PART: usize = 4 << 20;

/// One message of the translation, with its source fingerprint as `l10n status`
/// expects. The "translation" wraps the English in guillemets and keeps placeables.
fn translate(ftl: &mut String, id: &str, text: &str, attrs: &[(String, String)]) {
    ftl.push_str(&format!(
        "# source: {}\n# en-GB: {text}\n{id} = « {text} »\n",
        crate::l10n::status::message_fingerprint(text, attrs)
    ));
    for (k, v) in attrs {
        ftl.push_str(&format!("    .{k} = « {v} »\n"));
    }
    ftl.push('\n');
}

/// An edition with every operation kind, one of each per `OPS_EVERY` criteria.
fn edition(criteria: usize) -> Value {
    let mut ops = Vec::new();
    let text_of = |n: usize| {
        format!(
            "Explain how the {{ -term-{} }} shapes task {n} in area",
            n % TERMS
        )
    };
    let blocks = (criteria / OPS_EVERY).max(1);
    for b in 0..blocks {
        // The b-th block's standards: two per block (each standard has 100 criteria).
        let s = 2 * b + 1;
        if s * OUTCOMES * CRITERIA > criteria {
            break;
        }
        let n = |o: usize, c: usize| (s - 1) * OUTCOMES * CRITERIA + (o - 1) * CRITERIA + c + 1;
        let fp = |o: usize, c: usize| {
            Fingerprint::of(&format!("{} {s}.{o}.", text_of(n(o, c)))).to_string()
        };
        ops.push(json!({ "op": "replace-text", "target": format!("s{s}-o1-c0"), "text": "Describe the { -term-1 } in your own words.", "fingerprint": fp(1, 0), "rationale": "Local wording." }));
        ops.push(json!({ "op": "retitle", "target": format!("s{s}-o2"), "title": format!("Adapted outcome 2 of area {s}"), "fingerprint": Fingerprint::of(&format!("Outcome 2 of area {s}")).to_string(), "rationale": "Clearer title." }));
        ops.push(json!({ "op": "change-kind", "target": format!("s{s}-o3-c1"), "kind": "performance", "fingerprint": fp(3, 1), "rationale": "Observed at work here." }));
        ops.push(json!({ "op": "set-examples", "target": format!("s{s}-o4-c0"), "examples": ["a local example"], "fingerprint": fp(4, 0), "rationale": "Local practice." }));
        ops.push(json!({ "op": "add-criterion", "to": format!("s{s}-o5"), "criterion": { "id": format!("s{s}-local"), "kind": "knowledge", "text": "Explain a local rule." }, "rationale": "A local rule." }));
        ops.push(json!({ "op": "add-outcome", "to": format!("s{s}"), "outcome": { "id": format!("s{s}-local-outcome"), "title": "A local outcome", "criteria": [{ "id": format!("s{s}-local-outcome-c"), "kind": "performance", "text": "Do the local task." }] }, "rationale": "Local need." }));
        ops.push(json!({ "op": "move", "target": format!("s{s}-o6-c1"), "to": format!("s{}-o1", s + 1), "fingerprint": fp(6, 1), "rationale": "Fits better there." }));
        ops.push(json!({ "op": "remove", "target": format!("s{s}-o7-c2"), "fingerprint": fp(7, 2), "rationale": "Not relevant here." }));
        ops.push(json!({ "op": "add-standard", "standard": { "id": format!("s{s}-local-standard"), "title": "A local standard", "outcomes": [{ "id": format!("s{s}-local-standard-o"), "title": "A local outcome", "criteria": [{ "id": format!("s{s}-local-standard-c"), "kind": "knowledge", "text": "Explain the local standard." }] }] }, "rationale": "Local need." }));
    }
    let terms: Vec<Value> = (0..TERMS)
        .map(|t| json!({ "id": format!("-term-{t}"), "jurisdiction": "FR", "value": format!("Organisme {t}") }))
        .collect();
    json!({
        "id": "synthetic-edition",
        "name": "Synthetic edition",
        "country": "FR",
        "locales": ["en-GB", LOCALE],
        "base": "../framework",
        "terms": terms,
        "operations": ops,
    })
}

fn pretty(v: &Value) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_translation_is_split_between_messages_under_the_file_limit() {
        let message = "# source: 000000000000\nid = « text »\n\n";
        let n = (3 * FTL_PART) / message.len();
        let ftl = message.repeat(n);
        let parts = split_ftl(&ftl);
        let per_part = FTL_PART / message.len();
        assert_eq!(parts.len(), n.div_ceil(per_part));
        assert!(
            parts
                .iter()
                .all(|p| p.len() <= FTL_PART && p.ends_with("\n\n"))
        );
        assert_eq!(parts.concat(), ftl);
    }
}
