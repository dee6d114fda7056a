//! Reading one JSON file and turning it into typed values, with every problem
//! reported against the file, line, column and JSON path.
//!
//! A typed deserialisation stops at the first error. To report all problems in a
//! file, a failed standard is decoded again piece by piece (the shell of the
//! standard, each reference, each outcome, each criterion), each against its own
//! path, so one typo does not hide the next.

use super::locate::{JsonPath, Segment, line_col, locate, locate_key};
use super::source::{MAX_FILE_BYTES, ReadError, Source};
use crate::diag::{Code, Diagnostic, did_you_mean, suggest};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// A file's name as shown in messages and its text, kept after loading so later
/// stages (check, resolve) can point into it.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub shown: String,
    pub text: String,
}

/// A JSON file as read: the document and the parsed value.
#[derive(Debug, Clone)]
pub struct JsonFile {
    pub doc: Document,
    pub value: Value,
}

impl std::ops::Deref for JsonFile {
    type Target = Document;
    fn deref(&self) -> &Document {
        &self.doc
    }
}

impl Document {
    /// An error located at `path` in this file.
    pub fn error_at(&self, code: Code, path: &JsonPath, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(code, message)
            .file(&self.shown)
            .at(locate(&self.text, path))
            .path(path)
    }

    pub fn warning_at(
        &self,
        code: Code,
        path: &JsonPath,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic::warning(code, message)
            .file(&self.shown)
            .at(locate(&self.text, path))
            .path(path)
    }

    pub fn position(&self, path: &JsonPath) -> Option<(usize, usize)> {
        locate(&self.text, path)
    }
}

/// Reads and parses `rel` from `source`.
pub fn read(source: &Source, rel: &str) -> Result<JsonFile, Diagnostic> {
    let shown = source.display(rel);
    let bytes = source.read(rel).map_err(|e| match e {
        ReadError::OutsideRoot => Diagnostic::error(
            Code::PathOutsideRoot,
            format!("\"{rel}\" points outside the framework directory"),
        )
        .file(&shown)
        .help("list files by a relative path inside the framework directory, without `..`"),
        ReadError::TooLarge(len) => Diagnostic::error(
            Code::FileTooLarge,
            format!("the file is {len} bytes, over the limit of {MAX_FILE_BYTES} bytes"),
        )
        .file(&shown)
        .help("split the content into several files"),
        ReadError::Io(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Diagnostic::error(Code::FileNotFound, "the file does not exist").file(&shown)
        }
        ReadError::Io(e) => Diagnostic::error(
            Code::FileUnreadable,
            format!("the file could not be read: {e}"),
        )
        .file(&shown)
        .help("check that the file is readable (permissions, or a directory in its place)"),
    })?;
    parse(shown, bytes)
}

/// Parses bytes already read; `shown` names them in messages.
pub fn parse(shown: String, bytes: Vec<u8>) -> Result<JsonFile, Diagnostic> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Err(Diagnostic::error(
            Code::ByteOrderMark,
            "the file starts with a byte order mark (BOM)",
        )
        .file(&shown)
        .at(Some((1, 1)))
        .help("save the file as UTF-8 without a BOM"));
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let bad = e.utf8_error().valid_up_to();
            let valid = String::from_utf8_lossy(&e.as_bytes()[..bad]).into_owned();
            return Err(Diagnostic::error(
                Code::NotUtf8,
                format!(
                    "the file is not valid UTF-8 (invalid byte 0x{:02X})",
                    e.as_bytes()[bad]
                ),
            )
            .file(&shown)
            .at(Some(line_col(&valid, valid.len())))
            .help("save the file as UTF-8"));
        }
    };
    let value: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            let message = strip_position(&e.to_string());
            return Err(
                Diagnostic::error(Code::InvalidJson, format!("invalid JSON: {message}"))
                    .file(&shown)
                    .at(Some((e.line().max(1), e.column().max(1))))
                    .help(json_syntax_help(&e)),
            );
        }
    };
    Ok(JsonFile {
        doc: Document { shown, text },
        value,
    })
}

/// Decodes `value` (found at `at` in `file`) into `T`, reporting the first problem.
pub fn decode<T: DeserializeOwned>(
    file: &JsonFile,
    value: &Value,
    at: &JsonPath,
) -> Result<T, Diagnostic> {
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(v) => Ok(v),
        Err(e) => {
            let inner = convert_path(e.path());
            Err(describe_serde_error(
                file,
                &at.join(&inner),
                &e.inner().to_string(),
            ))
        }
    }
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
    children: &[(&str, &DecodeChild<'_>)],
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
                decode_child(file, item, &at.key(field).index(i), errors);
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
                S::Map { key } => Some(Segment::Key(key.clone())),
                S::Enum { variant } => Some(Segment::Key(variant.clone())),
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
            format!("expected {}, found \"{found}\"", one_of(&allowed)),
        );
        if let Some(help) = did_you_mean(&suggest(&found, allowed.iter().copied())) {
            d = d.help(help);
        }
        return d;
    }
    if raw.starts_with("unknown field") {
        let found = quoted.first().cloned().unwrap_or_default();
        let allowed: Vec<&str> = quoted.iter().skip(1).map(String::as_str).collect();
        // serde_path_to_error already ends the path with the unknown key.
        let key_path = path.clone();
        let help = did_you_mean(&suggest(&found, allowed.iter().copied())).unwrap_or_else(|| {
            if allowed.is_empty() {
                "remove the field".to_string()
            } else {
                format!(
                    "remove the field; allowed fields here are {}",
                    allowed.join(", ")
                )
            }
        });
        return Diagnostic::error(Code::UnknownField, format!("unknown field \"{found}\""))
            .file(&file.shown)
            .at(locate_key(&file.text, &key_path))
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
        {
            // serde describes a unit-only enum as "string or map"; to an author it is
            // a string.
            let expected = match expected {
                "string or map" => "a string",
                // A Rust type name means nothing to an author: it is an object.
                e if e.starts_with("struct ") => "a JSON object",
                other => other,
            };
            let mut d = file.error_at(
                Code::WrongType,
                path,
                format!("expected {expected}, found {}", found.replace('`', "")),
            );
            if expected == "a JSON object" {
                d = d.help("write { … } with the fields docs/formats.md lists for this file");
            } else if expected == "a string" {
                d = d.help("write the value in double quotes");
            }
            return d;
        }
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

/// The `` `quoted` `` words of a serde message, in order.
fn backticked(raw: &str) -> Vec<String> {
    raw.split('`')
        .enumerate()
        .filter(|(i, _)| i % 2 == 1)
        .map(|(_, s)| s.to_string())
        .collect()
}

/// serde_json appends " at line L column C"; we report the position separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}

fn json_syntax_help(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    match e.classify() {
        Category::Eof => {
            "the file ends too early: close every { and [ and finish the last value".into()
        }
        _ if e.to_string().starts_with("recursion limit exceeded") => {
            "the arrays and objects nest too deeply (over 128 levels); carecert files never nest that deep"
                .into()
        }
        _ => "check for a missing comma or quote, or a trailing comma, just before this position"
            .into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Criterion;

    fn file(text: &str) -> JsonFile {
        parse("f.json".into(), text.as_bytes().to_vec()).unwrap()
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
    fn unknown_field_points_at_the_key() {
        let f =
            file("{\"id\": \"a\", \"code\": \"1.1a\", \"kind\": \"knowledge\",\n  \"txt\": \"x\"}");
        let err = decode::<Criterion>(&f, &f.value, &JsonPath::root().key("x")).unwrap_err();
        assert_eq!(err.code, "unknown-field", "{err}");
        assert!(err.help.as_deref().unwrap().contains("\"text\""), "{err}");
    }

    #[test]
    fn syntax_errors_have_positions_and_help() {
        let err = parse("f.json".into(), b"{\n  \"a\": 1,\n}".to_vec()).unwrap_err();
        assert_eq!((err.line, err.column), (Some(3), Some(1)));
        assert!(
            err.message.starts_with("invalid JSON: trailing comma"),
            "{err}"
        );
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

    #[test]
    fn bom_and_invalid_utf8_are_refused() {
        let err = parse("f.json".into(), b"\xEF\xBB\xBF{}".to_vec()).unwrap_err();
        assert_eq!(err.code, "byte-order-mark");
        let err = parse("f.json".into(), b"{\n \"a\": \"\xff\"}".to_vec()).unwrap_err();
        assert_eq!(
            (err.code.as_str(), err.line, err.column),
            ("not-utf8", Some(2), Some(8))
        );
    }
}
