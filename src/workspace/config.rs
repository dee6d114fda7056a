//! Reading `carecert.toml`: four optional settings, every problem of the file
//! reported with its line and column, an unknown key with the closest known one.

use crate::diag::{Code, Diagnostic, Diagnostics};
use serde::Deserialize;
use std::path::Path;

const KEYS: &[&str] = &["editions", "frameworks", "locales", "out"];

/// The settings of a workspace, as written; a setting left out takes its default.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    editions: Option<Vec<String>>,
    frameworks: Option<Vec<String>>,
    locales: Option<String>,
    out: Option<String>,
}

impl Config {
    pub fn editions(&self) -> Vec<&str> {
        match &self.editions {
            Some(v) => v.iter().map(String::as_str).collect(),
            None => vec!["editions"],
        }
    }

    pub fn frameworks(&self) -> Vec<&str> {
        match &self.frameworks {
            Some(v) => v.iter().map(String::as_str).collect(),
            None => vec!["frameworks"],
        }
    }

    pub fn locales(&self) -> &str {
        self.locales.as_deref().unwrap_or("locales")
    }

    pub fn out(&self) -> &str {
        self.out.as_deref().unwrap_or("out")
    }

    /// Reads the file at `path`, shown in messages as `shown`.
    pub fn read(path: &Path, shown: &str) -> Result<Config, Diagnostics> {
        use crate::load::source::{MAX_FILE_BYTES, ReadError, read_regular};
        let bytes = read_regular(path, MAX_FILE_BYTES).map_err(|e| match e {
            ReadError::NotAFile(kind) => kind.diagnostic(shown),
            e => Diagnostic::error(Code::FileUnreadable, format!("could not read {shown}: {e}"))
                .help("make carecert.toml a readable file, or remove it"),
        })?;
        let text = String::from_utf8(bytes).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            Diagnostic::error(Code::NotUtf8, "the file is not UTF-8")
                .file(shown)
                .at(Some(line_column(
                    &String::from_utf8_lossy(&e.into_bytes()[..at]),
                    at,
                )))
                .help("save carecert.toml as UTF-8")
        })?;
        Config::parse(&text, shown)
    }

    /// Parses the text of a `carecert.toml`.
    pub fn parse(text: &str, shown: &str) -> Result<Config, Diagnostics> {
        let config: Config = toml::from_str(text).map_err(|e| {
            let position = e.span().map(|s| line_column(text, s.start));
            let message = e.message().trim().to_string();
            let (code, message, help) = explain(&message);
            Diagnostic::error(code, message)
                .file(shown)
                .at(position)
                .help(help)
        })?;
        let mut problems = Vec::new();
        let lists = [
            ("editions", &config.editions),
            ("frameworks", &config.frameworks),
        ];
        for (key, list) in lists {
            for (i, p) in list.iter().flatten().enumerate() {
                if p.trim().is_empty() {
                    problems.push(empty_path(text, shown, &format!("{key}[{i}]")));
                }
            }
        }
        for (key, value) in [("locales", &config.locales), ("out", &config.out)] {
            if value.as_deref().is_some_and(|v| v.trim().is_empty()) {
                problems.push(empty_path(text, shown, key));
            }
        }
        // In file order, as every other file's problems.
        problems.sort_by_key(|d| d.line);
        if problems.is_empty() {
            Ok(config)
        } else {
            Err(Diagnostics(problems))
        }
    }
}

fn empty_path(text: &str, shown: &str, key: &str) -> Diagnostic {
    let name = key.split('[').next().unwrap_or(key);
    let line = text
        .lines()
        .position(|l| l.trim_start().starts_with(name))
        .map(|i| (i + 1, 1));
    Diagnostic::error(Code::BadWorkspace, format!("{key} is an empty path"))
        .file(shown)
        .at(line)
        .path(key)
        .help("write a folder relative to carecert.toml, such as \"editions\"; leave the setting out for its default")
}

/// The code, message and help for a parser's message.
fn explain(message: &str) -> (Code, String, String) {
    let known = format!(
        "the settings are {}",
        KEYS.iter()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let name = rest.split('`').next().unwrap_or_default();
        let help =
            match crate::diag::did_you_mean(&crate::diag::suggest(name, KEYS.iter().copied())) {
                Some(dym) => format!("{dym} ({known})"),
                None => known,
            };
        return (
            Code::UnknownField,
            format!("unknown setting \"{name}\""),
            help,
        );
    }
    (
        Code::BadWorkspace,
        message.replace('\n', " "),
        format!(
            "write `editions = [\"editions\"]`, `frameworks = [\"frameworks\"]`, `locales = \"locales\"`, `out = \"out\"` (each optional); {known}"
        ),
    )
}

/// The 1-based line and column (in characters) of byte `at` of `text`.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_setting_is_optional() {
        let c = Config::parse("", "carecert.toml").unwrap();
        assert_eq!(c.editions(), vec!["editions"]);
        assert_eq!(c.out(), "out");
        let c = Config::parse("editions = []\nout = \"packs\"\n", "carecert.toml").unwrap();
        assert!(c.editions().is_empty());
        assert_eq!(c.out(), "packs");
    }

    #[test]
    fn an_unknown_key_names_the_closest_and_its_place() {
        let e = Config::parse("out = \"out\"\neditons = [\"x\"]\n", "carecert.toml").unwrap_err();
        let d = &e.0[0];
        assert_eq!(d.code, Code::UnknownField);
        assert_eq!((d.line, d.column), (Some(2), Some(1)));
        assert_eq!(d.message, "unknown setting \"editons\"");
        assert!(
            d.help
                .as_deref()
                .unwrap()
                .starts_with("did you mean \"editions\"?")
        );
    }

    #[test]
    fn a_wrong_type_and_bad_syntax_are_placed() {
        let e = Config::parse("editions = \"editions\"\n", "carecert.toml").unwrap_err();
        assert_eq!(e.0[0].code, Code::BadWorkspace);
        assert_eq!(e.0[0].line, Some(1));
        let e = Config::parse("out = \"out\nx", "carecert.toml").unwrap_err();
        assert_eq!(e.0[0].code, Code::BadWorkspace);
        let e = Config::parse("out = \"\"\nlocales = \" \"\n", "carecert.toml").unwrap_err();
        assert_eq!(e.0.len(), 2);
        assert_eq!(e.0[1].line, Some(2));
    }
}
