//! Diagnostics are data: each names the file, the position, the JSON path, what was
//! wrong and how to fix it. The library returns them; only the CLI prints them.

mod code;

pub use code::Code;
use serde::Serialize;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable identifier for the kind of problem (`unknown-term`, `duplicate-id`, …),
    /// so scripts and `docs/errors.md` can refer to it.
    pub code: Code,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            file: None,
            line: None,
            column: None,
            path: None,
            message: message.into(),
            help: None,
        }
    }

    pub fn warning(code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message)
        }
    }

    /// The same problem, where it does not stop the command.
    pub fn as_warning(self) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..self
        }
    }

    pub fn file(mut self, file: impl Into<String>) -> Self {
        self.file = Some(file.into());
        self
    }

    pub fn at(mut self, position: Option<(usize, usize)>) -> Self {
        if let Some((line, column)) = position {
            self.line = Some(line);
            self.column = Some(column);
        }
        self
    }

    pub fn path(mut self, path: impl fmt::Display) -> Self {
        let path = path.to_string();
        if !path.is_empty() {
            self.path = Some(path);
        }
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:column at path`, the part of the message that says where.
    pub fn location(&self) -> Option<String> {
        let mut out = String::new();
        if let Some(file) = &self.file {
            out.push_str(file);
            if let (Some(line), Some(column)) = (self.line, self.column) {
                out.push_str(&format!(":{line}:{column}"));
            }
        }
        if let Some(path) = &self.path {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str("at ");
            out.push_str(path);
        }
        (!out.is_empty()).then_some(out)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        // The code, as cargo shows its error numbers, is what docs/errors.md and
        // the JSON output use. Values quoted from a file may hold control or bidi
        // characters; they are shown escaped, so they cannot act on the terminal.
        let visible = crate::text::visible;
        let message = visible(&self.message);
        match self.location() {
            Some(location) => write!(
                f,
                "{label}[{}]: {}: {message}",
                self.code,
                visible(&location)
            )?,
            None => write!(f, "{label}[{}]: {message}", self.code)?,
        }
        if let Some(help) = &self.help {
            write!(f, "\n  help: {}", visible(help))?;
        }
        Ok(())
    }
}

/// A failed operation's whole list of problems, in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.0.iter()
    }

    /// Orders by file and position so the output reads top to bottom; the sort is
    /// stable, so problems without a position keep the order they were found in.
    pub fn sort(&mut self) {
        self.0
            .sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Diagnostics(vec![d])
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

/// The closest candidates to a mistyped name, best first, for "did you mean".
pub fn suggest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    // Names whose lengths differ by more than 40% cannot score 0.6; leaving them out
    // first keeps a hostile 5 MB name from costing a quadratic comparison.
    let len = wrong.chars().count();
    let mut scored: Vec<(f64, &str)> = candidates
        .into_iter()
        .filter(|c| {
            let other = c.chars().count();
            len.abs_diff(other) * 10 <= len.max(other) * 4
        })
        .map(|c| (strsim::normalized_damerau_levenshtein(wrong, c), c))
        .filter(|(score, _)| *score >= 0.6)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.dedup_by(|a, b| a.1 == b.1);
    // Only offer the candidates about as close as the best one.
    let best = scored.first().map_or(0.0, |s| s.0);
    scored
        .into_iter()
        .take_while(|(score, _)| *score >= best - 0.1)
        .take(3)
        .map(|(_, c)| c)
        .collect()
}

/// `did you mean "x"?` / `did you mean "x", "y" or "z"?`, or None.
pub fn did_you_mean(suggestions: &[&str]) -> Option<String> {
    let quoted: Vec<String> = suggestions.iter().map(|s| format!("\"{s}\"")).collect();
    match quoted.len() {
        0 => None,
        1 => Some(format!("did you mean {}?", quoted[0])),
        n => Some(format!(
            "did you mean {} or {}?",
            quoted[..n - 1].join(", "),
            quoted[n - 1]
        )),
    }
}
