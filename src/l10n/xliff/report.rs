//! What an import did, for the text and JSON reports.

use serde::Serialize;

/// What an import did (or, with `--dry-run`, would do).
#[derive(Debug, Clone, Default, Serialize)]
pub struct ImportReport {
    pub locale: String,
    pub imported: Vec<String>,
    /// Units refused, with the reason.
    pub refused: Vec<Refusal>,
    /// Units without a translation yet.
    pub untranslated: Vec<String>,
    /// Messages imported in part over a translation of older English: the parts
    /// the import did not carry still translate that English, so the message
    /// keeps its old `# source:` fingerprint and stays stale.
    pub still_stale: Vec<StillStale>,
    /// Files written (or that would be).
    pub files: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Refusal {
    pub id: String,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct StillStale {
    pub id: String,
    /// The parts imported (`value`, `example-1`, `ref-…`).
    pub imported: Vec<String>,
    /// The parts kept from the file, made from older English.
    pub stale: Vec<String>,
}

impl StillStale {
    /// `value imported; 7 attributes still translate older English`.
    pub fn summary(&self) -> String {
        format!(
            "{} imported; {} still translate{} older English",
            parts_phrase(&self.imported),
            parts_phrase(&self.stale),
            if self.stale.len() == 1 { "s" } else { "" }
        )
    }
}

/// `value`, `2 attributes`, `the value and 1 attribute`.
fn parts_phrase(parts: &[String]) -> String {
    let value = parts.iter().any(|p| p == "value");
    let n = parts.len() - usize::from(value);
    let attributes = format!("{n} attribute{}", if n == 1 { "" } else { "s" });
    match (value, n) {
        (true, 0) => "value".into(),
        (true, _) => format!("value and {attributes}"),
        (false, _) => attributes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_counts_parts() {
        let s = StillStale {
            id: "x".into(),
            imported: vec!["value".into()],
            stale: (1..=7).map(|i| format!("ref-{i}")).collect(),
        };
        assert_eq!(
            s.summary(),
            "value imported; 7 attributes still translate older English"
        );
        let s = StillStale {
            id: "x".into(),
            imported: vec!["example-1".into()],
            stale: vec!["value".into()],
        };
        assert_eq!(
            s.summary(),
            "1 attribute imported; value still translates older English"
        );
    }
}
