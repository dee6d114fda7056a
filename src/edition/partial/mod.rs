//! An `edition.json` that does not decode whole is still read as far as it goes,
//! so one run reports every problem of the file, as cargo does, instead of one
//! per run.
//!
//! Every operation, term and kept term is decoded on its own; those that decode
//! are kept with their index in the file, so `operations[7]` is still called
//! `operations[7]` when `operations[3]` failed. The fields around them (the
//! "shell": id, country, locales, base…) are decoded too, and a field that fails is
//! left at a default and remembered, so that checks on it stay quiet instead of
//! piling follow-on errors onto the real one. What the undecoded items would have
//! added (ids, codes, terms) is remembered as well: an operation adding a criterion
//! to an outcome that a broken operation adds is not told that the outcome is
//! missing.

mod repair;

use super::apply::apply_partial;
use super::file::{EditionFile, EditionTerm, KeptTerm, Operation};
use super::{LoadedEdition, Stack};
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::load::JsonPath;
use crate::load::json::{self, JsonFile};
use repair::{decode_shell, report_item};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use std::collections::HashSet;

/// The collections of `edition.json` decoded item by item.
const COLLECTIONS: [&str; 3] = ["operations", "terms", "keep"];

/// An edition file decoded as far as it goes.
#[derive(Debug)]
pub struct Partial {
    /// The edition with every item that decoded, or None when not even the shell
    /// is a JSON object.
    pub edition: Option<EditionFile>,
    /// Every problem decoding found, each at its place.
    pub errors: Vec<Diagnostic>,
    pub gaps: Gaps,
}

/// What of an edition file did not decode, for the stages after decoding: where
/// each kept item was in the file, and what to stay quiet about.
#[derive(Debug, Clone, Default)]
pub struct Gaps {
    /// For each kept operation, its index in the file's `operations`.
    pub operations: Vec<usize>,
    /// For each kept term, its index in the file's `terms`.
    pub terms: Vec<usize>,
    /// For each kept entry of `keep`, its index in the file.
    pub keep: Vec<usize>,
    /// Top-level fields left at a default because they were missing or did not
    /// decode (their own error is reported).
    pub fields: Vec<String>,
    /// Ids and codes that undecoded operations add.
    pub added: HashSet<String>,
    /// The parents (`to`, as written) undecoded operations add into; `None` for an
    /// undecoded add-standard. A code that would be numbered under one of them
    /// may be one the broken operation would have created.
    pub added_into: Vec<Option<String>>,
    /// Every id or code undecoded operations name (targets, parents, anchors).
    pub named: HashSet<String>,
    /// Ids of terms whose entries did not decode.
    pub term_ids: HashSet<String>,
}

impl Gaps {
    /// Whether a problem found later is about a field that was left at a default:
    /// the field's own error already explains it.
    pub fn hides(&self, d: &Diagnostic) -> bool {
        let path = d.path.as_deref().unwrap_or("");
        let under = |field: &str| {
            path == field
                || path.starts_with(&format!("{field}."))
                || path.starts_with(&format!("{field}["))
        };
        if self.fields.iter().any(|f| under(f)) {
            return true;
        }
        // "missing country", or "country and region", when one of them broke.
        let place = self.fields.iter().any(|f| f == "country" || f == "region");
        place && path.is_empty() && matches!(d.code, Code::MissingField | Code::CountryAndRegion)
    }

    /// The index in the file of the `position`-th kept operation.
    pub fn operation_index(&self, position: usize) -> usize {
        self.operations.get(position).copied().unwrap_or(position)
    }

    /// The index in the file of the `position`-th kept term.
    pub fn term_index(&self, position: usize) -> usize {
        self.terms.get(position).copied().unwrap_or(position)
    }

    /// The index in the file of the `position`-th kept entry of `keep`.
    pub fn keep_index(&self, position: usize) -> usize {
        self.keep.get(position).copied().unwrap_or(position)
    }
}

/// Decodes `file` as far as it goes.
pub fn decode(file: &JsonFile) -> Partial {
    let root = JsonPath::root();
    if let Ok(edition) = json::decode::<EditionFile>(file, &file.value, &root) {
        let gaps = Gaps {
            operations: (0..edition.operations.len()).collect(),
            terms: (0..edition.terms.len()).collect(),
            keep: (0..edition.keep.len()).collect(),
            ..Gaps::default()
        };
        return Partial {
            edition: Some(edition),
            errors: Vec::new(),
            gaps,
        };
    }
    let mut errors = Vec::new();
    let mut gaps = Gaps::default();
    let Some(object) = file.value.as_object() else {
        // Not an object: nothing to read item by item.
        let found = match &file.value {
            Value::Array(_) => "an array",
            Value::String(_) => "a string",
            Value::Number(_) => "a number",
            Value::Bool(_) => "a boolean",
            _ => "null",
        };
        errors.push(
            file.error_at(
                Code::WrongType,
                &root,
                format!("expected a JSON object, found {found}"),
            )
            .help("an edition is one object { … } with the fields docs/formats.md lists"),
        );
        return Partial {
            edition: None,
            errors,
            gaps,
        };
    };
    let mut found = Found {
        errors: &mut errors,
        gaps: &mut gaps,
    };
    let operations = items::<Operation>(file, object, "operations", &mut found);
    let terms = items::<EditionTerm>(file, object, "terms", &mut found);
    let keep = items::<KeptTerm>(file, object, "keep", &mut found);
    let mut shell = object.clone();
    for field in COLLECTIONS {
        if shell.get(field).is_some_and(Value::is_array) {
            shell.insert(field.to_string(), Value::Array(Vec::new()));
        }
    }
    let edition = decode_shell(file, shell, &mut errors, &mut gaps).map(|mut e| {
        e.operations = operations;
        e.terms = terms;
        e.keep = keep;
        e
    });
    Partial {
        edition,
        errors,
        gaps,
    }
}

/// Where decoding items puts what it finds.
struct Found<'a> {
    errors: &'a mut Vec<Diagnostic>,
    gaps: &'a mut Gaps,
}

/// Decodes each item of the array `field` on its own; returns those that decode
/// and records the index of each, and what the others would have named.
fn items<T: DeserializeOwned>(
    file: &JsonFile,
    object: &Map<String, Value>,
    field: &'static str,
    found: &mut Found<'_>,
) -> Vec<T> {
    let gaps = &mut *found.gaps;
    let Some(list) = object.get(field).and_then(Value::as_array) else {
        return Vec::new();
    };
    let mut kept = Vec::new();
    for (i, item) in list.iter().enumerate() {
        let at = JsonPath::root().key(field).index(i);
        // Decoded plainly first: a located diagnostic costs a read of the file.
        let decoded = match T::deserialize(item) {
            Ok(v) => Some(v),
            Err(_) => {
                report_item::<T>(file, item, &at, found.errors);
                None
            }
        };
        match decoded {
            Some(v) => {
                kept.push(v);
                match field {
                    "operations" => gaps.operations.push(i),
                    "terms" => gaps.terms.push(i),
                    _ => gaps.keep.push(i),
                }
            }
            None if field == "operations" => remember_operation(item, gaps),
            None if field == "terms" => {
                if let Some(id) = item.get("id").and_then(Value::as_str) {
                    gaps.term_ids.insert(id.to_string());
                }
            }
            None => {}
        }
    }
    kept
}

/// Records what an operation that did not decode would have added or named, so
/// later operations that rely on it are not given misleading errors.
fn remember_operation(op: &Value, gaps: &mut Gaps) {
    let kind = op.get("op").and_then(Value::as_str).unwrap_or_default();
    let to = op.get("to").and_then(Value::as_str).map(str::to_string);
    match kind {
        "add-standard" => gaps.added_into.push(None),
        "add-outcome" | "add-criterion" => gaps.added_into.push(to),
        _ => {}
    }
    collect_names(op, gaps, kind.starts_with("add-"));
}

/// Every id and code in `value`: `id` and `code` of added nodes into `added`, and
/// every reference (`target`, `to`, `after`, `before`) into `named`.
fn collect_names(value: &Value, gaps: &mut Gaps, adds: bool) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                if let Some(s) = v.as_str() {
                    match key.as_str() {
                        "id" | "code" if adds => {
                            gaps.added.insert(s.to_string());
                            gaps.added.insert(s.to_ascii_lowercase());
                        }
                        "target" | "to" | "after" | "before" => {
                            gaps.named.insert(s.to_string());
                            gaps.named.insert(s.to_ascii_lowercase());
                        }
                        _ => {}
                    }
                }
                collect_names(v, gaps, adds);
            }
        }
        Value::Array(list) => list.iter().for_each(|v| collect_names(v, gaps, adds)),
        _ => {}
    }
}

/// Every problem of an edition file that did not decode whole: the decoding
/// errors, then what validating and applying the rest finds (on `base`, the stack
/// below it, when that could be loaded), each once, in file order.
pub fn report(
    edition: Option<&LoadedEdition>,
    mut errors: Vec<Diagnostic>,
    gaps: &Gaps,
    base: Option<Result<Stack, Diagnostics>>,
) -> Diagnostics {
    if let Some(edition) = edition {
        errors.extend(
            super::validate(edition, gaps)
                .into_iter()
                .filter(|d| !gaps.hides(d)),
        );
        let below = base.map(|stack| {
            let stack = stack?;
            let mut below = stack.resolve()?;
            // An edition below may have renumbered: keep the framework's codes to
            // explain one.
            if !stack.editions.is_empty() && below.resolved.framework_codes.is_empty() {
                below.resolved.framework_codes =
                    super::resolved::framework_codes(&stack.framework.framework);
            }
            Ok::<_, Diagnostics>(below)
        });
        match below {
            Some(Ok(mut below)) => {
                let applied = apply_partial(&mut below.resolved, &edition.file, &edition.doc, gaps);
                errors.extend(applied.errors.into_iter().filter(|d| !gaps.hides(d)));
                errors.extend(applied.drift.into_iter().map(|(_, warning)| warning));
            }
            Some(Err(below)) => errors.extend(below.0),
            None => {}
        }
    }
    // The same problem can come twice (a base that is itself reported): once.
    let mut seen: HashSet<String> = HashSet::new();
    errors.retain(|d| seen.insert(d.to_string()));
    let mut all = Diagnostics(errors);
    all.sort();
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(text: &str) -> Partial {
        let file = json::parse("edition.json".into(), text.as_bytes().to_vec()).unwrap();
        decode(&file)
    }

    const SHELL: &str =
        r#""id": "e", "name": "E", "country": "IN", "locales": ["en-IN"], "base": "../mini""#;

    #[test]
    fn kept_operations_keep_their_index_in_the_file() {
        let p = decoded(&format!(
            r#"{{ {SHELL}, "operations": [
              {{ "op": "remove", "target": "1.1a", "fingerprint": "64593e0adad8", "rationale": "r" }},
              {{ "op": "retitel", "target": "1.1", "title": "T", "rationale": "r" }},
              {{ "op": "remove", "target": "2.1a", "fingerprint": "0f1e3cf2ddec", "rationale": "r" }}
            ] }}"#
        ));
        assert_eq!(p.errors.len(), 1);
        assert_eq!(p.edition.unwrap().operations.len(), 2);
        assert_eq!(p.gaps.operations, [0, 2]);
        assert_eq!(p.gaps.operation_index(1), 2);
    }

    #[test]
    fn a_broken_add_remembers_what_it_would_add() {
        let p = decoded(&format!(
            r#"{{ {SHELL}, "operations": [
              {{ "op": "add-outcome", "to": "2", "outcome": {{ "id": "o", "code": "2.5", "title": "T", "criteria": [ {{ "id": "c", "kind": "knowlege", "text": "x" }} ] }}, "rationale": "r" }}
            ] }}"#
        ));
        assert_eq!(p.errors.len(), 1);
        for name in ["o", "2.5", "c"] {
            assert!(p.gaps.added.contains(name), "{name}");
        }
        assert_eq!(p.gaps.added_into, [Some("2".to_string())]);
    }

    #[test]
    fn broken_shell_fields_are_left_at_a_default_and_remembered() {
        let p = decoded(
            r#"{ "id": "e", "nmae": "E", "country": 5, "locales": "en", "operations": [] }"#,
        );
        let codes: Vec<&str> = p.errors.iter().map(|e| e.code.as_str()).collect();
        // The misspelt name once (not also "missing name"), the country, the
        // locales, the missing base.
        assert_eq!(
            codes,
            ["unknown-field", "wrong-type", "wrong-type", "missing-field"]
        );
        let e = p.edition.unwrap();
        assert_eq!((e.name.as_str(), e.base.as_str()), ("", ""));
        assert!(e.locales.is_empty() && e.country.is_none());
        assert_eq!(p.gaps.fields, ["country", "locales", "name", "base"]);
    }

    #[test]
    fn hides_only_what_a_defaulted_field_explains() {
        let gaps = Gaps {
            fields: vec!["locales".into(), "country".into()],
            ..Gaps::default()
        };
        let at = |code, path: &str| Diagnostic::error(code, "m").path(path);
        assert!(gaps.hides(&at(Code::EmptyList, "locales")));
        assert!(gaps.hides(&at(Code::BadLocale, "locales[0]")));
        assert!(gaps.hides(&at(Code::MissingField, "")));
        assert!(!gaps.hides(&at(Code::BadLocale, "localesx")));
        assert!(!gaps.hides(&at(Code::MissingTarget, "operations[0].target")));
    }
}
