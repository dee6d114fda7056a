//! Reading one JSON file: its bytes, checked as UTF-8 without a byte order mark, and
//! parsed, with every problem reported against the file, line and column.
//!
//! Turning the parsed value into typed values is [`super::decode`]'s job; its
//! functions are re-exported here, so a loader needs only this module.

pub use super::decode::{DecodeChild, decode, decode_all};
use super::duplicates;
use super::locate::{JsonPath, LineIndex, Locator, line_col};
use super::source::{MAX_FILE_BYTES, ReadError, Source};
use crate::diag::{Code, Diagnostic, Diagnostics};
use serde_json::Value;
use std::sync::{Arc, Mutex};

/// A file's name as shown in messages and its text, kept after loading so later
/// stages (check, resolve) can point into it.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub shown: String,
    /// Borrowed for an embedded file (no copy is made of what is in the binary).
    pub text: std::borrow::Cow<'static, str>,
    /// Finds paths in `text`; shared by clones, and kept so that a file with
    /// thousands of problems is read about once to place them all.
    pub locator: Arc<Mutex<Locator>>,
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
    pub fn new(shown: String, text: impl Into<std::borrow::Cow<'static, str>>) -> Document {
        Document {
            shown,
            text: text.into(),
            locator: Arc::default(),
        }
    }

    /// An error located at `path` in this file.
    pub fn error_at(&self, code: Code, path: &JsonPath, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(code, message)
            .file(&self.shown)
            .at(self.position(path))
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
            .at(self.position(path))
            .path(path)
    }

    /// The line and column where the value at `path` starts.
    pub fn position(&self, path: &JsonPath) -> Option<(usize, usize)> {
        self.find(path, false)
    }

    /// The line and column of the key that ends `path`.
    pub fn key_position(&self, path: &JsonPath) -> Option<(usize, usize)> {
        self.find(path, true)
    }

    fn find(&self, path: &JsonPath, at_key: bool) -> Option<(usize, usize)> {
        match self.locator.lock() {
            Ok(mut locator) => locator.locate(&self.text, path, at_key),
            // A panic elsewhere left the index half-made: find the path afresh.
            Err(_) => Locator::default().locate(&self.text, path, at_key),
        }
    }
}

/// Reads and parses `rel` from `source`.
pub fn read(source: &Source, rel: &str) -> Result<JsonFile, Diagnostics> {
    let bytes = read_bytes(source, rel)?;
    parse(source.display(rel), bytes)
}

/// Reads `rel` from `source`: a regular file inside it, within the size limit.
pub fn read_bytes(source: &Source, rel: &str) -> Result<Vec<u8>, Diagnostic> {
    source.read(rel).map_err(|e| read_error(source, rel, e))
}

/// Why `rel` could not be read from `source`, as an error naming the file.
pub fn read_error(source: &Source, rel: &str, e: ReadError) -> Diagnostic {
    let shown = source.display(rel);
    match e {
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
        ReadError::NotAFile(kind) => kind.diagnostic(&shown),
        ReadError::Io(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Diagnostic::error(Code::FileNotFound, "the file does not exist").file(&shown)
        }
        ReadError::Io(e) => Diagnostic::error(
            Code::FileUnreadable,
            format!("the file could not be read: {e}"),
        )
        .file(&shown)
        .help("check that the file is readable by you (its permissions and its directory's)"),
    }
}

/// Parses bytes already read; `shown` names them in messages. A file with a key
/// written twice in one object is refused with every such key: which of the two
/// values was meant cannot be known, so its content is not checked further.
pub fn parse(shown: String, bytes: Vec<u8>) -> Result<JsonFile, Diagnostics> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Err(Diagnostic::error(
            Code::ByteOrderMark,
            "the file starts with a byte order mark (BOM)",
        )
        .file(&shown)
        .at(Some((1, 1)))
        .help("save the file as UTF-8 without a BOM")
        .into());
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
            .help("save the file as UTF-8")
            .into());
        }
    };
    let value: Value = match duplicates::parse(&text) {
        Ok((value, false)) => value,
        Ok((_, true)) => return Err(repeated_keys(&shown, &text)),
        Err(e) => {
            let message = strip_position(&e.to_string());
            return Err(
                Diagnostic::error(Code::InvalidJson, format!("invalid JSON: {message}"))
                    .file(&shown)
                    .at(Some(syntax_position(&text, e.line(), e.column())))
                    .help(json_syntax_help(&e))
                    .into(),
            );
        }
    };
    Ok(JsonFile {
        doc: Document::new(shown, text),
        value,
    })
}
/// One error for each key written again in its object.
fn repeated_keys(shown: &str, text: &str) -> Diagnostics {
    let lines = LineIndex::new(text);
    Diagnostics(
        duplicates::find(text)
            .into_iter()
            .map(|r| {
                let (line, column) = lines.line_col(r.first);
                let times = match r.times {
                    2 => "twice".to_string(),
                    n => format!("{n} times"),
                };
                Diagnostic::error(
                    Code::DuplicateKey,
                    format!(
                        "the key \"{}\" appears {times} in this object (first at {line}:{column})",
                        crate::text::excerpt(&r.key)
                    ),
                )
                .file(shown)
                .at(Some(lines.line_col(r.at)))
                .path(&r.path)
                .help("keep the one you mean and remove the other: only the last would count")
            })
            .collect(),
    )
}

/// serde_json appends " at line L column C"; we report the position separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}

/// serde_json counts a syntax error's column in bytes; messages count characters.
fn syntax_position(text: &str, line: usize, byte_column: usize) -> (usize, usize) {
    let line = line.max(1);
    let Some(start) = text
        .split_inclusive('\n')
        .take(line - 1)
        .map(str::len)
        .reduce(|a, b| a + b)
        .or((line == 1).then_some(0))
    else {
        return (line, byte_column.max(1));
    };
    if byte_column == 0 {
        return (line, 1);
    }
    LineIndex::new(text).line_col(start + byte_column - 1)
}

fn json_syntax_help(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let message = e.to_string();
    let help = if e.classify() == Category::Eof {
        "the file ends too early: close every { and [ and finish the last value"
    } else if message.starts_with("recursion limit exceeded") {
        "the arrays and objects nest too deeply (over 128 levels); carecert files never nest that deep"
    } else if message.starts_with("number out of range") {
        "write a smaller number; the numbers in carecert's files are small, and codes are strings"
    } else if message.starts_with("invalid number") {
        "write the number without leading zeros, a + sign or a trailing dot, or put text in double quotes"
    } else if message.contains("surrogate")
        || message.contains("hex escape")
        || message.starts_with("invalid unicode code point")
    {
        "a \\uD800–\\uDBFF escape must be followed by a \\uDC00–\\uDFFF escape; write the character itself instead"
    } else if message.starts_with("control character") {
        "a JSON string cannot hold a raw tab, line break or other control character: write the text on one line"
    } else if message.starts_with("invalid escape") {
        "inside a string, \\ starts an escape: write \\\\ for a backslash"
    } else if message.starts_with("key must be a string") {
        "write every key in double quotes, and no comma after the last member"
    } else if message.starts_with("trailing characters") {
        "the file goes on after its last } or ]: remove what follows"
    } else if message.starts_with("expected ident") || message.starts_with("expected value") {
        "write a value here: text in double quotes, a number, true, false or null (in lowercase), [ … ] or { … }"
    } else {
        "check for a missing comma or quote, or a trailing comma, just before this position"
    };
    help.into()
}
#[cfg(test)]
mod tests {
    use super::*;

    /// The one problem of a file that has one.
    fn only(errors: Diagnostics) -> Diagnostic {
        assert_eq!(errors.0.len(), 1, "{errors}");
        errors.0.into_iter().next().unwrap()
    }

    #[test]
    fn syntax_errors_have_positions_and_help() {
        let err = only(parse("f.json".into(), b"{\n  \"a\": 1,\n}".to_vec()).unwrap_err());
        assert_eq!((err.line, err.column), (Some(3), Some(1)));
        assert!(
            err.message.starts_with("invalid JSON: trailing comma"),
            "{err}"
        );
    }

    #[test]
    fn syntax_error_columns_count_characters() {
        let text = "{\"a\": \"ééé\", x}";
        let err = only(parse("f.json".into(), text.as_bytes().to_vec()).unwrap_err());
        assert_eq!((err.line, err.column), (Some(1), Some(14)), "{err}");
        let text = "{\n  \"é\": [\n    \"ü\" \"x\"]}";
        let err = only(parse("f.json".into(), text.as_bytes().to_vec()).unwrap_err());
        assert_eq!((err.line, err.column), (Some(3), Some(9)), "{err}");
    }

    #[test]
    fn syntax_errors_get_a_help_for_their_kind() {
        for (text, help) in [
            ("{\"a\": 1e999}", "write a smaller number"),
            ("{\"a\": \"\\ud800\"}", "escape must be followed by"),
            ("{\"a\": \"x\ty\"}", "cannot hold a raw tab"),
            ("{\"a\": \"\\q\"}", "starts an escape"),
            ("{\"a\": 1} x", "remove what follows"),
            ("{\"a\": True}", "true, false or null (in lowercase)"),
            ("{\"a\": tru}", "true, false or null (in lowercase)"),
            ("{a: 1}", "write every key in double quotes"),
            ("{\"a\": 01}", "without leading zeros"),
        ] {
            let err = only(parse("f.json".into(), text.as_bytes().to_vec()).unwrap_err());
            assert!(err.help.as_deref().unwrap().contains(help), "{text}: {err}");
        }
    }

    #[test]
    fn bom_and_invalid_utf8_are_refused() {
        let err = only(parse("f.json".into(), b"\xEF\xBB\xBF{}".to_vec()).unwrap_err());
        assert_eq!(err.code, "byte-order-mark");
        let err = only(parse("f.json".into(), b"{\n \"a\": \"\xff\"}".to_vec()).unwrap_err());
        assert_eq!(
            (err.code.as_str(), err.line, err.column),
            ("not-utf8", Some(2), Some(8))
        );
    }

    #[test]
    fn every_repeated_key_is_refused_with_both_places() {
        let text = "{\n  \"id\": \"a\",\n  \"ops\": [ { \"target\": \"1.1a\", \"target\": \"1.1b\" } ],\n  \"id\": \"b\", \"id\": \"c\"\n}";
        let errors = parse("e.json".into(), text.as_bytes().to_vec()).unwrap_err();
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        let help =
            "\n  help: keep the one you mean and remove the other: only the last would count";
        assert_eq!(
            shown,
            vec![
                format!(
                    "error[duplicate-key]: e.json:3:32 at ops[0].target: the key \"target\" appears twice in this object (first at 3:14){help}"
                ),
                format!(
                    "error[duplicate-key]: e.json:4:3 at id: the key \"id\" appears 3 times in this object (first at 2:3){help}"
                ),
                format!(
                    "error[duplicate-key]: e.json:4:14 at id: the key \"id\" appears 3 times in this object (first at 2:3){help}"
                ),
            ]
        );
    }
}
