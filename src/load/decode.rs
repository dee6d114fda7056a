//! Turning a parsed JSON value into typed values, with every problem reported
//! against the file, line, column and JSON path, in an author's words rather than
//! serde's.
//!
//! A typed deserialisation stops at the first error. To report all problems in a
//! file, a failed standard is decoded again piece by piece (the shell of the
//! standard, each reference, each outcome, each criterion), each against its own
//! path, so one typo does not hide the next.

use super::json::JsonFile;
use super::locate::{JsonPath, Segment};
use crate::diag::{Code, Diagnostic, did_you_mean, suggest};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Decodes `value` (found at `at` in `file`) into `T`, reporting the first problem.
pub fn decode<T: DeserializeOwned>(
    file: &JsonFile,
    value: &Value,
    at: &JsonPath,
) -> Result<T, Diagnostic> {
    // Most files are right: they are read without tracking the path, which
    // only an error needs.
    if let Ok(v) = T::deserialize(value) {
        return Ok(v);
    }
    let e = match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(v) => return Ok(v),
        Err(e) => e,
    };
    // Read again with every tag first, so the error is found where it is.
    let e = match tags_first(value) {
        Some(ordered) => match serde_path_to_error::deserialize::<_, T>(&ordered) {
            Err(again) => again,
            Ok(_) => e,
        },
        None => e,
    };
    let inner = convert_path(e.path());
    Err(describe_serde_error(
        file,
        &at.join(&inner),
        &e.inner().to_string(),
    ))
}

/// Keys that name the kind of their object: the `"op"` of an edition operation.
/// Such an object is read in place only when its tag is its first key (see
/// `edition::tagged`); otherwise an error inside it knows only the object.
const TAG_KEYS: &[&str] = &[crate::edition::TAG];

/// `value` with each object's tag moved to the front, when some object had it
/// elsewhere. Only a failed decode pays for this.
fn tags_first(value: &Value) -> Option<Value> {
    fn reorder(value: &Value, changed: &mut bool) -> Value {
        match value {
            Value::Array(items) => {
                Value::Array(items.iter().map(|v| reorder(v, changed)).collect())
            }
            Value::Object(object) => {
                let mut ordered = serde_json::Map::new();
                for tag in TAG_KEYS {
                    if let Some(v) = object.get(*tag) {
                        *changed |= object.keys().next().is_some_and(|first| first != tag);
                        ordered.insert(tag.to_string(), reorder(v, changed));
                    }
                }
                for (key, v) in object {
                    if !ordered.contains_key(key) {
                        ordered.insert(key.clone(), reorder(v, changed));
                    }
                }
                Value::Object(ordered)
            }
            other => other.clone(),
        }
    }
    let mut changed = false;
    let ordered = reorder(value, &mut changed);
    changed.then_some(ordered)
}

/// Decodes one item of a child collection, pushing its problems.
pub type DecodeChild<'a> = dyn Fn(&JsonFile, &Value, &JsonPath, &mut Vec<Diagnostic>) + 'a;

/// Decodes a value of a nested shape and reports every problem: when the whole
/// fails, each `(field, decode_child)` collection is decoded item by item and the
/// parent is decoded with those collections emptied.
pub fn decode_all<T: DeserializeOwned>(
    file: &JsonFile,
    value: &Value,
    at: &JsonPath,
    children: &[(&'static str, &DecodeChild<'_>)],
    errors: &mut Vec<Diagnostic>,
) -> Option<T> {
    let first = match decode::<T>(file, value, at) {
        Ok(v) => return Some(v),
        Err(e) if children.is_empty() => {
            errors.push(e);
            return None;
        }
        Err(e) => e,
    };
    let before = errors.len();
    let mut shell = value.clone();
    for (field, decode_child) in children {
        if let Some(items) = value.get(*field).and_then(Value::as_array) {
            for (i, item) in items.iter().enumerate() {
                decode_child(file, item, &at.key(*field).index(i), errors);
            }
            shell[*field] = Value::Array(Vec::new());
        }
    }
    if let Err(e) = decode::<T>(file, &shell, at) {
        errors.push(e);
    }
    if errors.len() == before {
        // The pieces decode on their own; report what failed for the whole.
        errors.push(first);
    }
    None
}

fn convert_path(path: &serde_path_to_error::Path) -> JsonPath {
    use serde_path_to_error::Segment as S;
    JsonPath(
        path.iter()
            .filter_map(|seg| match seg {
                S::Seq { index } => Some(Segment::Index(*index)),
                S::Map { key } => Some(Segment::Key(key.clone().into())),
                S::Enum { variant } => Some(Segment::Key(variant.clone().into())),
                S::Unknown => None,
            })
            .collect(),
    )
}

/// Rewrites serde's messages into ours: what was expected, what was found, and a fix.
fn describe_serde_error(file: &JsonFile, path: &JsonPath, raw: &str) -> Diagnostic {
    let quoted = backticked(raw);
    if raw.starts_with("unknown variant") {
        let found = quoted.first().cloned().unwrap_or_default();
        let allowed: Vec<&str> = quoted.iter().skip(1).map(String::as_str).collect();
        let mut d = file.error_at(
            Code::UnknownValue,
            path,
            format!(
                "expected {}, found \"{}\"",
                one_of(&allowed),
                crate::text::excerpt(&found)
            ),
        );
        if let Some(help) = did_you_mean(&suggest(&found, allowed.iter().copied())) {
            d = d.help(help);
        }
        return d;
    }
    if raw.starts_with("unknown field") {
        // serde_path_to_error already ends the path with the unknown key, which is
        // exact even when the key holds a backtick.
        let key_path = path.clone();
        let found = match key_path.0.last() {
            Some(Segment::Key(key)) => key.to_string(),
            _ => quoted.first().cloned().unwrap_or_default(),
        };
        let allowed: Vec<&str> = serde_allowed(raw);
        let help = did_you_mean(&suggest(&found, allowed.iter().copied()))
            .or_else(|| did_you_mean(&lookalike(&found, &allowed)))
            .unwrap_or_else(|| {
                if allowed.is_empty() {
                    "remove the field".to_string()
                } else {
                    format!(
                        "remove the field; allowed fields here are {}",
                        allowed.join(", ")
                    )
                }
            });
        let help = crate::text::with_non_ascii(&found, &help);
        return Diagnostic::error(
            Code::UnknownField,
            format!("unknown field \"{}\"", crate::text::excerpt(&found)),
        )
        .file(&file.shown)
        .at(file.key_position(&key_path))
        .path(&key_path)
        .help(help);
    }
    if raw.starts_with("missing field") {
        let field = quoted.first().cloned().unwrap_or_default();
        return file
            .error_at(
                Code::MissingField,
                path,
                format!("missing field \"{field}\""),
            )
            .help(format!(
                "add \"{field}\" to this object (see docs/formats.md)"
            ));
    }
    if let Some((found, expected)) = raw
        .strip_prefix("invalid type: ")
        .and_then(|rest| rest.split_once(", expected "))
    {
        // serde's words for types, in an author's: a unit-only enum is "string or
        // map" to serde and a string to an author; a Rust type name means nothing to
        // an author, it is an object.
        let names;
        let (expected, help) = match expected {
            "string or map" | "a string" => ("a string", "write the value in double quotes"),
            e if e.starts_with("struct ") || e == "a map" => (
                "a JSON object",
                "write { … } with the fields docs/formats.md lists for this file",
            ),
            "a boolean" => ("true or false", "write true or false, without quotes"),
            "a sequence" => (
                "a list",
                "write the items between [ and ], separated by commas",
            ),
            "u8" | "u16" | "u32" | "u64" | "usize" => (
                "a whole number",
                "write a number without quotes, sign or fraction",
            ),
            e if e.starts_with("one of ") => {
                let quoted = backticked(e);
                names = one_of(&quoted.iter().map(String::as_str).collect::<Vec<_>>());
                (names.as_str(), "write one of these names, in double quotes")
            }
            other => (other, "docs/formats.md gives the type of every field"),
        };
        let found = match found {
            "map" => "an object".to_string(),
            "sequence" => "a list".to_string(),
            other => crate::text::excerpt(&other.replace('`', "")).into_owned(),
        };
        return file
            .error_at(
                Code::WrongType,
                path,
                format!("expected {expected}, found {found}"),
            )
            .help(help);
    }
    // An array where an object belongs: serde reads it as a tuple of fields.
    if raw.starts_with("invalid length ") && raw.contains("expected struct ") {
        return file
            .error_at(
                Code::WrongType,
                path,
                "expected a JSON object, found an array",
            )
            .help("write { … } with the fields docs/formats.md lists for this file");
    }
    if let Some(rest) = raw.strip_prefix("invalid length ") {
        return file
            .error_at(
                Code::WrongLength,
                path,
                format!("wrong number of items: {rest}"),
            )
            .help("write { … } with the fields docs/formats.md lists for this file");
    }
    file.error_at(Code::InvalidValue, path, raw.to_string())
}

fn one_of(allowed: &[&str]) -> String {
    let quoted: Vec<String> = allowed.iter().map(|a| format!("\"{a}\"")).collect();
    match quoted.len() {
        0 => "nothing".to_string(),
        1 => quoted[0].clone(),
        2 => format!("{} or {}", quoted[0], quoted[1]),
        n => format!("one of {} or {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// The allowed key that a key matches except where it has non-ASCII letters: a
/// Cyrillic "і" or "а" looks like a Latin one and is not.
fn lookalike<'a>(found: &str, allowed: &[&'a str]) -> Vec<&'a str> {
    let chars: Vec<char> = found.chars().collect();
    let matches = |name: &str| {
        name.chars().count() == chars.len()
            && name
                .chars()
                .zip(&chars)
                .all(|(a, &b)| a == b || (!b.is_ascii() && a.is_ascii_alphabetic()))
    };
    allowed
        .iter()
        .copied()
        .filter(|n| matches(n))
        .take(1)
        .collect()
}

/// The fields serde lists after "expected" (`` expected `a`, `b` ``, or `` one of
/// `a`, `b` ``), read from the end of the message, whatever the unknown key held.
fn serde_allowed(raw: &str) -> Vec<&str> {
    let Some(at) = raw.rfind(", expected ") else {
        return Vec::new();
    };
    raw[at..]
        .split('`')
        .enumerate()
        .filter(|(i, _)| i % 2 == 1)
        .map(|(_, s)| s)
        .collect()
}

/// The `` `quoted` `` words of a serde message, in order.
fn backticked(raw: &str) -> Vec<String> {
    raw.split('`')
        .enumerate()
        .filter(|(i, _)| i % 2 == 1)
        .map(|(_, s)| s.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Criterion;

    fn file(text: &str) -> JsonFile {
        crate::load::json::parse("f.json".into(), text.as_bytes().to_vec()).unwrap()
    }

    #[test]
    fn unknown_variant_names_expected_values_and_suggests() {
        let f = file(
            "{\n \"id\": \"a\", \"code\": \"1.1a\",\n \"kind\": \"perfomance\", \"text\": \"x\"}",
        );
        let err = decode::<Criterion>(&f, &f.value, &JsonPath::root()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "error[unknown-value]: f.json:3:10 at kind: expected \"knowledge\" or \"performance\", found \"perfomance\"\n  help: did you mean \"performance\"?"
        );
    }

    #[test]
    fn a_lookalike_letter_in_a_key_is_named() {
        let f = file("{\"іd\": \"a\"}");
        let err = decode::<Criterion>(&f, &f.value, &JsonPath::root()).unwrap_err();
        assert_eq!(
            err.help.as_deref(),
            Some("\"і\" (U+0456) is not an ASCII letter; did you mean \"id\"?")
        );
    }

    #[test]
    fn unknown_field_points_at_the_key() {
        let f =
            file("{\"id\": \"a\", \"code\": \"1.1a\", \"kind\": \"knowledge\",\n  \"txt\": \"x\"}");
        let err = decode::<Criterion>(&f, &f.value, &JsonPath::root().key("x")).unwrap_err();
        assert_eq!(err.code, "unknown-field", "{err}");
        assert!(err.help.as_deref().unwrap().contains("\"text\""), "{err}");
    }

    /// The fallback for a serde message no rule above rewrites. The file formats
    /// have no field whose type could produce one, so no input reaches it from the
    /// command line; serde's own words are kept rather than lost.
    #[test]
    fn other_serde_errors_keep_their_words() {
        let f = file("{\"a\": 1}");
        let err = describe_serde_error(&f, &JsonPath::root().key("a"), "some other problem");
        assert_eq!(err.code.as_str(), "invalid-value");
        assert_eq!(err.message, "some other problem");
        assert_eq!(err.path.as_deref(), Some("a"));
    }
}
