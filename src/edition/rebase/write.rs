//! Writing the rebased edition: the new base and the accepted rewrites, in the
//! file's own key order, replaced atomically.

use super::Plan;
use crate::diag::{Code, Diagnostic};
use serde_json::Value;
use std::path::{Component, Path, PathBuf};

/// How edition.json should name `onto`: an embedded name as is, a directory
/// relative to the edition.
pub(super) fn base_reference(edition_dir: &Path, onto: &str) -> String {
    let path = Path::new(onto);
    if !path.exists() {
        return onto.to_string();
    }
    match (edition_dir.canonicalize(), path.canonicalize()) {
        (Ok(from), Ok(to)) => relative(&from, &to).to_string_lossy().replace('\\', "/"),
        _ => onto.to_string(),
    }
}

/// `to` relative to the directory `from` (both absolute).
pub fn relative(from: &Path, to: &Path) -> PathBuf {
    let from: Vec<Component> = from.components().collect();
    let to: Vec<Component> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..from.len() {
        out.push("..");
    }
    for c in &to[common..] {
        out.push(c.as_os_str());
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

/// The edition file's text with the accepted rewrites and the new base applied,
/// keeping its key order; None when there is nothing to change.
pub fn rewritten(original: &str, plan: &Plan) -> Result<String, Diagnostic> {
    let mut value: Value = serde_json::from_str(original).map_err(|e| {
        Diagnostic::error(
            Code::InvalidJson,
            format!("edition.json could not be re-read: {e}"),
        )
    })?;
    value["base"] = Value::String(plan.new_base.clone());
    for step in plan.steps.iter().filter(|s| s.accepted) {
        let Some(rewrite) = &step.rewrite else {
            continue;
        };
        let op = &mut value["operations"][step.operation];
        op[step.field] = Value::String(rewrite.reference.clone());
        if step.field == "target"
            && let Some(fp) = &rewrite.fingerprint
        {
            op["fingerprint"] = Value::String(fp.clone());
        }
    }
    let mut text = serde_json::to_string_pretty(&value)
        .map_err(|e| Diagnostic::error(Code::OutputFailed, e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Writes `text` to `path` atomically: a temporary file beside it, then a rename,
/// so a failure leaves the old file as it was.
pub fn write_atomically(path: &Path, text: impl AsRef<[u8]>) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = std::fs::write(&tmp, text).and_then(|()| std::fs::rename(&tmp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        assert_eq!(
            relative(Path::new("/a/b/c"), Path::new("/a/d")),
            PathBuf::from("../../d")
        );
        assert_eq!(
            relative(Path::new("/a"), Path::new("/a/x/y")),
            PathBuf::from("x/y")
        );
    }
}
