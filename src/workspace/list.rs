//! `list`: every framework and edition of a workspace, with its base, its locales
//! and the packs last built from it, each current or stale.
//!
//! A pack's `manifest.json` records the fingerprint of every layer it was built
//! from (the framework and each edition on it). A pack is **stale** when one of
//! those differs from the layer's files now, or the stack changed (a new base);
//! it is current otherwise. Translations are not in the manifest, so a changed
//! `.ftl` file does not make a pack stale.

use super::Workspace;
use crate::diag::Diagnostic;
use crate::edition::{self, resolved::LayerKind};
use crate::load::Source;
use crate::pack;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// What `list` reports.
#[derive(Debug, Clone, Serialize)]
pub struct Listing {
    pub workspace: Summary,
    pub frameworks: Vec<Entry>,
    pub editions: Vec<Entry>,
}

/// Where the workspace's files are, as the command shows them.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub root: String,
    /// The `carecert.toml` read, or null when the working directory is the
    /// workspace by default.
    pub config: Option<String>,
    pub editions: Vec<String>,
    pub frameworks: Vec<String>,
    pub locales: String,
    pub out: String,
}

/// One framework or edition.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// The id in its file (the folder's name when it does not load).
    pub id: String,
    pub name: Option<String>,
    /// Its folder, or `null` for a framework built into carecert.
    pub path: Option<String>,
    /// An edition's `base`, as written in its file; `null` for a framework.
    pub base: Option<String>,
    /// The locales it declares.
    pub locales: Vec<String>,
    /// The packs under the output folder built from it, by locale.
    pub packs: Vec<PackState>,
    /// Locales it declares with no pack yet.
    pub not_built: Vec<String>,
    /// Why it does not load (then nothing else is known of it).
    pub errors: Vec<Diagnostic>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PackState {
    pub locale: String,
    pub dir: String,
    pub state: State,
    /// The layers whose files changed since the pack was built (or that were
    /// added to or left the stack), base first.
    pub changed: Vec<String>,
    /// The carecert version that built it.
    pub tool_version: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    Current,
    Stale,
    /// Its manifest could not be read: build it again.
    Unreadable,
}

/// Lists the workspace: the frameworks built into carecert, then its own, then its
/// editions, each loaded and resolved.
pub fn list(ws: &Workspace) -> Listing {
    let mut frameworks: Vec<Entry> = Source::embedded_names()
        .into_iter()
        .map(|name| entry(ws, name, None))
        .collect();
    frameworks.extend(ws.framework_dirs().iter().map(|d| {
        let shown = d.display().to_string();
        entry(ws, &shown, Some(shown.clone()))
    }));
    let mut editions: Vec<Entry> = ws
        .edition_dirs()
        .iter()
        .map(|d| {
            let shown = d.display().to_string();
            entry(ws, &shown, Some(shown.clone()))
        })
        .collect();
    mark_shared_ids(&frameworks, &mut editions);
    let show = |p: &Path| p.display().to_string();
    Listing {
        workspace: Summary {
            root: show(&ws.root),
            config: ws.config.as_deref().map(show),
            editions: ws.editions.iter().map(|p| show(p)).collect(),
            frameworks: ws.frameworks.iter().map(|p| show(p)).collect(),
            locales: show(&ws.locales),
            out: show(&ws.out),
        },
        frameworks,
        editions,
    }
}

/// An edition whose id another framework or edition has: their packs are the
/// same folders, so neither's can be told apart (and `build` refuses the pair).
fn mark_shared_ids(frameworks: &[Entry], editions: &mut [Entry]) {
    let places: Vec<(String, String)> = frameworks
        .iter()
        .chain(editions.iter())
        .filter(|e| e.errors.is_empty())
        .map(|e| {
            (
                e.id.clone(),
                e.path.clone().unwrap_or_else(|| "built in".into()),
            )
        })
        .collect();
    for e in editions.iter_mut().filter(|e| e.errors.is_empty()) {
        let here = e.path.clone().unwrap_or_default();
        let others: Vec<&str> = places
            .iter()
            .filter(|(id, path)| *id == e.id && *path != here)
            .map(|(_, path)| path.as_str())
            .collect();
        if !others.is_empty() {
            e.errors.push(
                Diagnostic::error(
                    crate::diag::Code::DuplicateId,
                    format!(
                        "{here} has the id \"{}\", as {} has: their packs are the same folders",
                        e.id,
                        others.join(" and ")
                    ),
                )
                .help("give each edition its own id in its edition.json (its folder's name is a good choice)"),
            );
        }
    }
}

fn entry(ws: &Workspace, arg: &str, path: Option<String>) -> Entry {
    let folder_name = Path::new(arg)
        .file_name()
        .map_or(arg.to_string(), |n| n.to_string_lossy().into_owned());
    let failed = |errors: Vec<Diagnostic>| Entry {
        id: folder_name.clone(),
        name: None,
        path: path.clone(),
        base: None,
        locales: Vec::new(),
        packs: Vec::new(),
        not_built: Vec::new(),
        errors,
    };
    let stack = match edition::open(arg, None) {
        Ok(s) => s,
        Err(e) => return failed(e.0),
    };
    let r = match stack.resolve() {
        Ok(r) => r.resolved,
        Err(e) => return failed(e.0),
    };
    let current: Vec<(String, &'static str, String)> = r
        .layers
        .iter()
        .map(|l| {
            let kind = match l.kind {
                LayerKind::Framework => "framework",
                LayerKind::Edition => "edition",
            };
            (l.id.clone(), kind, l.fingerprint.to_string())
        })
        .collect();
    let packs = packs_of(&ws.out.join(&r.id), &current);
    let not_built = r
        .locales
        .iter()
        .filter(|l| !packs.iter().any(|p| &p.locale == *l))
        .cloned()
        .collect();
    Entry {
        id: r.id.clone(),
        name: Some(r.name.clone()),
        path,
        base: stack.editions.last().map(|e| e.file.base.clone()),
        locales: r.locales.clone(),
        packs,
        not_built,
        errors: Vec::new(),
    }
}

/// The packs in `dir` (one folder per locale holding a `manifest.json`), each
/// compared with the layers as they are now.
fn packs_of(dir: &Path, current: &[(String, &str, String)]) -> Vec<PackState> {
    let mut locales: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| std::fs::symlink_metadata(p.join(pack::MANIFEST)).is_ok())
        .collect();
    locales.sort();
    locales
        .iter()
        .map(|p| {
            let locale = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let dir = p.display().to_string();
            match pack::read_manifest(p) {
                Err(_) => PackState {
                    locale,
                    dir,
                    state: State::Unreadable,
                    changed: Vec::new(),
                    tool_version: None,
                },
                Ok(m) => {
                    let changed = changed_layers(&m.layers, current);
                    PackState {
                        locale,
                        dir,
                        state: if changed.is_empty() {
                            State::Current
                        } else {
                            State::Stale
                        },
                        changed,
                        tool_version: Some(m.tool_version),
                    }
                }
            }
        })
        .collect()
}

/// The layers that differ between a manifest and the stack as it is now, base
/// first: a changed fingerprint, or a layer only one of them has.
fn changed_layers(
    built: &[pack::ManifestLayer],
    current: &[(String, &str, String)],
) -> Vec<String> {
    let mut changed: Vec<String> = Vec::new();
    for (id, kind, fingerprint) in current {
        let same = built
            .iter()
            .any(|b| &b.id == id && b.kind == *kind && &b.fingerprint == fingerprint);
        if !same {
            changed.push(id.clone());
        }
    }
    for b in built {
        if !current.iter().any(|(id, _, _)| *id == b.id) && !changed.contains(&b.id) {
            changed.push(b.id.clone());
        }
    }
    changed
}

/// Whether the listing has an entry that does not load.
pub fn has_errors(l: &Listing) -> bool {
    l.frameworks
        .iter()
        .chain(&l.editions)
        .any(|e| !e.errors.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layer(id: &str, kind: &str, fp: &str) -> pack::ManifestLayer {
        pack::ManifestLayer {
            id: id.into(),
            kind: kind.into(),
            fingerprint: fp.into(),
        }
    }

    #[test]
    fn a_pack_is_stale_when_a_layer_changed_or_the_stack_did() {
        let now = vec![
            ("base".to_string(), "framework", "a".to_string()),
            ("kenya".to_string(), "edition", "b".to_string()),
        ];
        let same = [
            layer("base", "framework", "a"),
            layer("kenya", "edition", "b"),
        ];
        assert!(changed_layers(&same, &now).is_empty());
        let edited = [
            layer("base", "framework", "a"),
            layer("kenya", "edition", "x"),
        ];
        assert_eq!(changed_layers(&edited, &now), vec!["kenya"]);
        let rebased = [
            layer("old", "framework", "a"),
            layer("kenya", "edition", "b"),
        ];
        assert_eq!(changed_layers(&rebased, &now), vec!["base", "old"]);
    }
}
