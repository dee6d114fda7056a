//! Writing the rebased edition: the new base and the accepted rewrites, in the
//! file's own key order, replaced atomically.

use super::{Plan, Status, explain_missing_targets};
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::edition::file::EDITION_FILE;
use crate::edition::{Stack, open, partial};
use crate::load::json;
use serde_json::{Map, Value};
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

/// The edition file's text with the new base, the accepted rewrites and the kept
/// terms, keeping its key order.
pub fn rewritten(original: &str, plan: &Plan) -> Result<String, Diagnostic> {
    let changed = || {
        Diagnostic::error(
            Code::WriteFailed,
            "edition.json changed while rebase was reading it; nothing was written",
        )
        .help("run the rebase again")
    };
    let mut value: Value = serde_json::from_str(original).map_err(|_| changed())?;
    let Some(object) = value.as_object_mut() else {
        return Err(changed());
    };
    object.insert("base".into(), Value::String(plan.new_base.clone()));
    for step in plan.steps.iter().filter(|s| s.accepted) {
        let Some(rewrite) = &step.rewrite else {
            continue;
        };
        let Some(op) = object
            .get_mut("operations")
            .and_then(|ops| ops.get_mut(step.operation))
            .and_then(Value::as_object_mut)
        else {
            return Err(changed());
        };
        op.insert(
            step.field.to_string(),
            Value::String(rewrite.reference.clone()),
        );
        if step.field == "target"
            && let Some(fp) = &rewrite.fingerprint
        {
            op.insert("fingerprint".into(), Value::String(fp.clone()));
        }
    }
    let kept: Vec<Value> = plan
        .new_terms
        .iter()
        .filter_map(|t| {
            let rationale = t.kept.as_ref()?;
            Some(serde_json::json!({ "term": t.id, "rationale": rationale }))
        })
        .collect();
    if !kept.is_empty() {
        match object.get_mut("keep").and_then(Value::as_array_mut) {
            Some(list) => list.extend(kept),
            None => insert_before(object, "operations", "keep", Value::Array(kept)),
        }
    }
    let mut text = serde_json::to_string_pretty(&value)
        .map_err(|e| Diagnostic::error(Code::OutputFailed, e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Inserts `key` before `before` (at the end when `before` is absent), so a new
/// field lands where an author would put it.
fn insert_before(object: &mut Map<String, Value>, before: &str, key: &str, value: Value) {
    let mut rest = Map::new();
    let mut found = false;
    for (k, v) in std::mem::take(object) {
        if k == before {
            found = true;
        }
        if found {
            rest.insert(k, v);
        } else {
            object.insert(k, v);
        }
    }
    object.insert(key.to_string(), value);
    object.extend(rest);
}

/// Writes the rebased edition over its `edition.json`, or nothing at all: the
/// new file is first resolved, in memory, on the new base, and refused when it
/// would not load there (a vanished reference left unaccepted, say), with each
/// problem shown where it is in the file now.
pub fn write(edition_dir: &str, onto: &str, plan: &mut Plan) -> Result<(), Diagnostics> {
    let moved = open(edition_dir, Some(onto))?;
    let Some(top) = moved.editions.last() else {
        return Err(Diagnostic::error(
            Code::NotAnEdition,
            format!("\"{edition_dir}\" is a framework, not an edition"),
        )
        .into());
    };
    if top.doc.text != plan.planned_on {
        return Err(Diagnostic::error(
            Code::WriteFailed,
            "edition.json changed while rebase was reading it; nothing was written",
        )
        .file(&top.doc.shown)
        .help("run the rebase again")
        .into());
    }
    let text = rewritten(&top.doc.text, plan)?;
    verify(&moved, &text, plan, (edition_dir, onto))?;
    let path = top.dir.join(EDITION_FILE);
    write_atomically(&path, &text).map_err(|e| {
        Diagnostic::error(
            Code::WriteFailed,
            format!("could not write {}: {e}", path.display()),
        )
        .help(
            "check that the path is not a directory and that its directory exists and is writable",
        )
    })?;
    plan.written = true;
    Ok(())
}

/// Resolves the rewritten edition on the new base; its errors, if any, refuse
/// the write.
fn verify(
    moved: &Stack,
    text: &str,
    plan: &Plan,
    (edition_dir, onto): (&str, &str),
) -> Result<(), Diagnostics> {
    let mut stack = moved.clone();
    let Some(top) = stack.editions.last_mut() else {
        return Ok(());
    };
    let shown = top.doc.shown.clone();
    let broken = |why: String| {
        Diagnostics::from(
            Diagnostic::error(Code::RebaseWouldBreak, why)
                .file(&shown)
                .help("nothing was written; this is a bug in carecert, please report it"),
        )
    };
    let parsed = json::parse(shown.clone(), text.as_bytes().to_vec()).map_err(|d| {
        broken(format!(
            "the rewritten edition.json does not parse: {}",
            d.0.first().map(|d| d.message.as_str()).unwrap_or_default()
        ))
    })?;
    let decoded = partial::decode(&parsed);
    let Some(edition) = decoded.edition.filter(|_| decoded.errors.is_empty()) else {
        return Err(broken("the rewritten edition.json does not decode".into()));
    };
    // The file as it is on disk stays the document, so every problem is shown
    // where it is now (the paths are the same in both).
    top.file = edition;
    let Err(mut errors) = stack.resolve() else {
        return Ok(());
    };
    explain_missing_targets(&mut errors, plan, edition_dir, onto);
    let count = errors.iter().filter(|d| d.is_error()).count();
    let undecided: Vec<String> = plan
        .steps
        .iter()
        .filter(|s| !s.accepted && (s.status == Status::Vanished || s.needs_rewrite))
        .map(|s| {
            let how = match s.status {
                Status::Vanished => format!("vanished: --accept {}=ID", s.operation),
                _ => format!("its code changed: --accept {}", s.operation),
            };
            format!(
                "operations[{}] {} {} ({how})",
                s.operation, s.field, s.reference
            )
        })
        .collect();
    let help = match undecided.as_slice() {
        [] => "change the operations the errors name, then run the rebase again".to_string(),
        u => format!(
            "decide these first, or change the operations in edition.json: {}",
            u.join("; ")
        ),
    };
    errors.push(
        Diagnostic::error(
            Code::RebaseWouldBreak,
            format!(
                "nothing was written: on the new base the rewritten edition would have {}",
                if count == 1 {
                    "1 error (above)".to_string()
                } else {
                    format!("{count} errors (above)")
                }
            ),
        )
        .file(shown)
        .help(help),
    );
    Err(errors)
}

/// Writes `text` to `path` atomically: a temporary file beside it, then a rename,
/// so a failure leaves the old file as it was.
///
/// Only a regular file (or a link to one) is written over, or a path where nothing
/// is. The rename replaces whatever is at the path: `--out /dev/null` run as root
/// turned the device into a regular file, and a named pipe or socket was swapped
/// for a file just as silently. Anything else is an error, and nothing is written.
pub fn write_atomically(path: &Path, text: impl AsRef<[u8]>) -> std::io::Result<()> {
    use crate::load::source::{ReadError, check_regular};
    if let Err(ReadError::NotAFile(kind)) = check_regular(path) {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("the path {}", kind.phrase()),
        ));
    }
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

    #[cfg(unix)]
    #[test]
    fn only_a_file_is_written_over() {
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().unwrap();
        let pipe = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo").arg(&pipe).status();
        assert!(made.unwrap().success());
        let e = write_atomically(&pipe, "x").unwrap_err();
        assert_eq!(e.to_string(), "the path is a named pipe (FIFO), not a file");
        assert!(
            std::fs::symlink_metadata(&pipe)
                .unwrap()
                .file_type()
                .is_fifo()
        );
        let e = write_atomically(dir.path(), "x").unwrap_err();
        assert_eq!(e.to_string(), "the path is a directory, not a file");
        let file = dir.path().join("f.txt");
        write_atomically(&file, "old").unwrap();
        write_atomically(&file, "new").unwrap();
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "new");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 2, "no temporary file is left");
    }

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
