//! Decoding with repairs: a part that does not decode is reported, then dropped
//! (an unknown key) or left at a default (a field of the wrong type), and the rest
//! decoded again, so the next problem shows too. A missing field that a dropped
//! unknown key was meant to be is not reported a second time.

use super::Gaps;
use crate::diag::Diagnostic;
use crate::edition::file::EditionFile;
use crate::load::JsonPath;
use crate::load::json::{self, JsonFile};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// The value a required field of the shell is left at when it is missing or does
/// not decode; None for an optional field (it is left out instead).
fn placeholder(field: &str) -> Option<Value> {
    match field {
        "id" | "name" | "base" => Some(Value::String(String::new())),
        "locales" => Some(Value::Array(Vec::new())),
        _ => None,
    }
}

/// One item that did not decode: its problems are reported and it is left out.
/// An unknown key is dropped and the item decoded again, so two typos in one item
/// are both reported; any other problem ends the item.
pub(super) fn report_item<T: DeserializeOwned>(
    file: &JsonFile,
    item: &Value,
    at: &JsonPath,
    errors: &mut Vec<Diagnostic>,
) {
    let mut value = item.clone();
    let mut dropped: Vec<String> = Vec::new();
    // Each round removes one key, so this ends; the bound is a second guard.
    for _ in 0..64 {
        let Some(failure) = first_failure::<T>(&value) else {
            // Without its unknown keys it decodes; it is still left out, as its
            // author meant something else.
            return;
        };
        let follow_on = failure
            .missing
            .as_deref()
            .is_some_and(|m| is_renamed(m, &dropped));
        if !follow_on && let Err(e) = json::decode::<T>(file, &value, at) {
            errors.push(e);
        }
        match failure.unknown {
            Some(key_path) if remove_at(&mut value, &key_path) => {
                dropped.extend(key_path.last().cloned());
            }
            _ => return,
        }
    }
}

/// The shell: a field that fails is reported, then removed (optional fields) or
/// set to a placeholder (required ones), and the shell decoded again. An unknown
/// key is dropped; a required field it was meant to be is then not reported
/// missing as well.
pub(super) fn decode_shell(
    file: &JsonFile,
    shell: Map<String, Value>,
    errors: &mut Vec<Diagnostic>,
    gaps: &mut Gaps,
) -> Option<EditionFile> {
    let root = JsonPath::root();
    let mut shell = Value::Object(shell);
    let mut dropped: Vec<String> = Vec::new();
    // Each round drops a key or settles a field for good, so this ends; the bound
    // is a second guard.
    for _ in 0..64 {
        let Some(failure) = first_failure::<EditionFile>(&shell) else {
            return json::decode::<EditionFile>(file, &shell, &root).ok();
        };
        let follow_on = failure
            .missing
            .as_deref()
            .is_some_and(|m| is_renamed(m, &dropped));
        if !follow_on && let Err(e) = json::decode::<EditionFile>(file, &shell, &root) {
            errors.push(e);
        }
        if let Some(key_path) = &failure.unknown
            && remove_at(&mut shell, key_path)
        {
            dropped.extend(key_path.last().cloned());
            continue;
        }
        let field = match (failure.path.first(), &failure.missing) {
            (Some(field), _) => field.clone(),
            // A required field missing from the shell itself.
            (None, Some(missing)) => missing.clone(),
            (None, None) => return None,
        };
        let object = shell.as_object_mut()?;
        match placeholder(&field) {
            Some(value) => {
                object.insert(field.clone(), value);
            }
            None if object.remove(&field).is_some() => {}
            // Neither required nor present: nothing left to settle.
            None => return None,
        }
        gaps.fields.push(field);
    }
    None
}

/// Where decoding `value` as `T` first fails.
struct Failure {
    /// The keys down to the failing value (indexes as their decimal text).
    path: Vec<String>,
    /// For an unknown key: the path to it.
    unknown: Option<Vec<String>>,
    /// For a missing field: its name.
    missing: Option<String>,
}

fn first_failure<T: DeserializeOwned>(value: &Value) -> Option<Failure> {
    use serde_path_to_error::Segment as S;
    let e = serde_path_to_error::deserialize::<_, T>(value).err()?;
    let path: Vec<String> = e
        .path()
        .iter()
        .filter_map(|seg| match seg {
            S::Seq { index } => Some(index.to_string()),
            S::Map { key } => Some(key.clone()),
            S::Enum { .. } | S::Unknown => None,
        })
        .collect();
    let raw = e.inner().to_string();
    let quoted = raw.split('`').nth(1).map(str::to_string);
    let unknown = (raw.starts_with("unknown field") && !path.is_empty()).then(|| path.clone());
    let missing = if raw.starts_with("missing field") {
        quoted
    } else {
        None
    };
    Some(Failure {
        path,
        unknown,
        missing,
    })
}

/// Whether a missing field is the one a dropped unknown key was meant to be
/// (`"titel"` for `"title"`): its error would repeat the unknown key's.
fn is_renamed(missing: &str, dropped: &[String]) -> bool {
    dropped
        .iter()
        .any(|d| !crate::diag::suggest(d, [missing]).is_empty())
}

/// Removes the key at `path` (keys and decimal indexes) from `value`.
fn remove_at(value: &mut Value, path: &[String]) -> bool {
    let Some((last, parents)) = path.split_last() else {
        return false;
    };
    let mut at = value;
    for seg in parents {
        let next = match at {
            Value::Object(map) => map.get_mut(seg),
            Value::Array(list) => seg.parse::<usize>().ok().and_then(|i| list.get_mut(i)),
            _ => None,
        };
        let Some(next) = next else {
            return false;
        };
        at = next;
    }
    at.as_object_mut()
        .is_some_and(|map| map.remove(last).is_some())
}
