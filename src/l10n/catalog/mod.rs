//! The translations available to the localiser and to `l10n status`, from the
//! project's folders (a local one over the built-in copy, see [`folders`]) and
//! from each edition's own `locales/`.
//!
//! Message keys are stable ids, with Fluent attributes for parts of a node
//! (`role-main-duties.example-1`, `…health`, `<standard>.ref-care-act`). Each
//! part is looked up on its own, so a local file holding only a message's new
//! title leaves the built-in translations of its examples in use. Each
//! translation knows the layer its file belongs to: a part an edition rewrote is
//! only translated from that edition's files (or a layer above it), never from a
//! translation of the base text it replaced; a part it left alone keeps the
//! translation of the layer below (see `l10n::part_layer`). The names messages
//! `framework` and `edition` are looked up the same way, `edition` only in the
//! files of the edition it names ([`Catalog::find_exact`]).
//!
//! [`Catalog::find`] is the one lookup: `build`'s localiser and `l10n status`
//! both ask it, so what status counts as translated is what a pack shows.
//!
//! [`folders`]: super::folders

use super::fallback_chain;
pub use super::folders::LocaleRoot;
use super::folders::{Folder, read_dir_ftl};
use super::ftl::{self, FtlFile, FtlMessage};
use crate::diag::{Code, Diagnostic};
use crate::edition::Stack;
use std::collections::HashMap;
use std::path::PathBuf;

/// One translation of one part of a message.
#[derive(Debug, Clone)]
pub struct Entry {
    pub pattern: String,
    /// The `# source:` fingerprint of the message the part belongs to.
    pub fingerprint: Option<String>,
    /// Index of the layer the file belongs to (0 = the framework / project files).
    pub layer: usize,
    /// Where it was read: an index into [`Catalog::files`], and of the message
    /// in that file (`None` for translations added by [`Catalog::insert`]).
    pub from: Option<(usize, usize)>,
}

/// A translation as [`Catalog::find`] found it.
#[derive(Debug, Clone, Copy)]
pub struct Found<'a> {
    pub entry: &'a Entry,
    /// The locale of the chain it was found in.
    pub locale: &'a str,
}

#[derive(Debug, Clone, Default)]
pub struct Catalog {
    /// Per locale and key, best first: the highest layer, then the best folder.
    messages: HashMap<String, HashMap<String, Vec<Entry>>>,
    /// Per locale and term id, best first.
    terms: HashMap<String, HashMap<String, Vec<String>>>,
    /// The files read: locale, layer, file; for status and the XLIFF export.
    pub files: Vec<(String, usize, FtlFile)>,
    /// For each of `files`, whether it is the built-in copy's (kept beside
    /// `files` so that list keeps its shape for its readers).
    built_in: Vec<bool>,
    /// The folders translations were read from, best first, as reports name them.
    folders: Vec<String>,
    /// The framework whose `framework` message (its title and notices) counts:
    /// every framework's file defines one, and only its own names it.
    framework_id: String,
}

impl Catalog {
    pub fn new() -> Catalog {
        Catalog::default()
    }

    /// Loads every locale the stack's editions declare, `extra`, every prefix of
    /// those (`pt` of `pt-BR`, for the fallback chain) and the framework's source
    /// locale (whose `ui.ftl` labels every document), from the project's folders
    /// and from each edition's `locales/` directory.
    pub fn load(root: &LocaleRoot, stack: &Stack, extra: &[String]) -> Catalog {
        Catalog::load_with(root, stack, extra, false)
    }

    /// [`Catalog::load`] for building packs, without the built-in copy's files
    /// of the source locale. No pack shows a message from the source locale's
    /// files ([`Catalog::find`] skips it: its text is the source text itself),
    /// the built-in ones define no terms and have no problems (a test checks
    /// both), and a pack's labels are read by `Labels`. Parsing them again was
    /// 6 % of the work of building the base's standards document.
    pub fn load_for_packs(root: &LocaleRoot, stack: &Stack, extra: &[String]) -> Catalog {
        Catalog::load_with(root, stack, extra, true)
    }

    fn load_with(root: &LocaleRoot, stack: &Stack, extra: &[String], for_packs: bool) -> Catalog {
        let source = &stack.framework.framework.manifest.source_locale;
        let mut locales: Vec<String> = extra.to_vec();
        for e in &stack.editions {
            locales.extend(e.file.locales.iter().map(|l| l.0.clone()));
        }
        let mut all: Vec<String> = locales
            .iter()
            .flat_map(|l| fallback_chain(l, source))
            .collect();
        all.push(source.clone());
        all.sort();
        all.dedup();
        let mut c = Catalog::new();
        c.framework_id = stack.framework.framework.manifest.id.clone();
        let edition_dirs: Vec<PathBuf> = stack
            .editions
            .iter()
            .map(|e| e.dir.join("locales"))
            .collect();
        c.folders = edition_dirs
            .iter()
            .rev()
            .filter(|d| d.is_dir())
            .map(|d| d.display().to_string())
            .chain(root.names())
            .collect();
        let built_in = root.folders().iter().position(|f| *f == Folder::BuiltIn);
        for locale in &all {
            for f in root.checked_files(locale) {
                if for_packs && locale == source && Some(f.folder) == built_in {
                    continue;
                }
                let file = ftl::parse_checked(&f.shown, f.text);
                c.add(locale, 0, file, Some(f.folder) == built_in);
            }
            for (i, dir) in edition_dirs.iter().enumerate() {
                let dir = dir.join(locale);
                for (shown, text) in read_dir_ftl(&dir, &dir.display().to_string()) {
                    c.add(locale, i + 1, ftl::parse_checked(&shown, text), false);
                }
            }
        }
        c
    }

    /// The folders translations were read from, best first: the editions' own
    /// (top edition first) where they exist, then the project's.
    pub fn folders(&self) -> &[String] {
        &self.folders
    }

    /// Adds a file read from somewhere other than the built-in copy.
    pub fn add_file(&mut self, locale: &str, layer: usize, file: FtlFile) {
        self.add(locale, layer, file, false);
    }

    fn add(&mut self, locale: &str, layer: usize, mut file: FtlFile, built_in: bool) {
        self.note_repeats(locale, layer, &mut file);
        let index = self.files.len();
        let stem = std::path::Path::new(&file.shown)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("");
        // Another framework's file (the project's folder holds one per
        // framework) names that framework, not this one.
        let foreign_names =
            layer == 0 && !self.framework_id.is_empty() && stem != self.framework_id;
        for (n, m) in file.messages.iter().enumerate() {
            if foreign_names && m.id == super::FRAMEWORK_MESSAGE {
                continue;
            }
            let from = Some((index, n));
            if let Some(v) = &m.value {
                self.insert_at(locale, &m.id, v, m.fingerprint.clone(), layer, from);
            }
            for (attr, v) in &m.attributes {
                let key = format!("{}.{attr}", m.id);
                self.insert_at(locale, &key, v, m.fingerprint.clone(), layer, from);
            }
        }
        for t in &file.terms {
            self.insert_term(locale, &t.id, &t.value);
        }
        self.files.push((locale.to_string(), layer, file));
        self.built_in.push(built_in);
    }

    /// A message that another file of the same folder and locale defines too is an
    /// error in the later file: only one of the two can be used, and which would
    /// depend on the order the folder is listed in.
    fn note_repeats(&self, locale: &str, layer: usize, file: &mut FtlFile) {
        let folder = |shown: &str| shown.rfind('/').map_or("", |i| &shown[..i]).to_string();
        let here = folder(&file.shown);
        let mut repeats = Vec::new();
        for (l, lay, other) in &self.files {
            if l != locale || *lay != layer || folder(&other.shown) != here {
                continue;
            }
            // Indexed, not `other.message(id)` per message: a large
            // translation comes in several files of tens of thousands of
            // messages each, and searching one for each of the other's was
            // quadratic (a 100k build spent most of a minute here).
            let mut ids = std::collections::HashMap::with_capacity(other.messages.len());
            for o in &other.messages {
                ids.entry(o.id.as_str()).or_insert(o);
            }
            for m in &file.messages {
                if let Some(o) = ids.get(m.id.as_str()) {
                    repeats.push(
                        Diagnostic::error(
                            Code::DuplicateId,
                            format!(
                                "the message {} is defined in {} too (line {})",
                                m.id, other.shown, o.line
                            ),
                        )
                        .file(&file.shown)
                        .at(Some((m.line, m.column)))
                        .help("keep one definition; which of the two is used is not defined"),
                    );
                }
            }
        }
        file.errors.extend(repeats);
    }

    fn insert_at(
        &mut self,
        locale: &str,
        key: &str,
        pattern: &str,
        fingerprint: Option<String>,
        layer: usize,
        from: Option<(usize, usize)>,
    ) {
        let entries = self
            .messages
            .entry(locale.to_string())
            .or_default()
            .entry(key.to_string())
            .or_default();
        entries.push(Entry {
            pattern: pattern.to_string(),
            fingerprint,
            layer,
            from,
        });
        // Highest layer first: an edition's translation wins over the project's.
        // The sort is stable, so within a layer the folder read first (the local
        // one) stays ahead of the built-in copy.
        entries.sort_by_key(|e| std::cmp::Reverse(e.layer));
    }

    /// Adds a translation at the framework layer (for tests and tools).
    pub fn insert(&mut self, locale: &str, key: &str, pattern: &str) {
        self.insert_at(locale, key, pattern, None, 0, None);
    }

    /// Adds a term value for `locale`, after any it already has.
    pub fn insert_term(&mut self, locale: &str, id: &str, value: &str) {
        self.terms
            .entry(locale.to_string())
            .or_default()
            .entry(id.to_string())
            .or_default()
            .push(value.to_string());
    }

    /// The best translation of `key` in `locale` from a layer at or above
    /// `min_layer`.
    pub fn get(&self, locale: &str, key: &str, min_layer: usize) -> Option<&Entry> {
        self.entry(locale, key, |layer| layer >= min_layer)
    }

    /// The best translation of `key` in `locale` from a layer `keep` accepts.
    fn entry(&self, locale: &str, key: &str, keep: impl Fn(usize) -> bool) -> Option<&Entry> {
        self.messages
            .get(locale)?
            .get(key)?
            .iter()
            .find(|e| keep(e.layer))
    }

    /// The first locale of `chain` but `source` with a translation of `key`
    /// from a layer `keep` accepts: what [`Catalog::find`] and
    /// [`Catalog::find_exact`] share.
    fn find_in_chain<'a>(
        &'a self,
        chain: &'a [String],
        source: &str,
        key: &str,
        keep: impl Fn(usize) -> bool,
    ) -> Option<Found<'a>> {
        chain.iter().filter(|l| *l != source).find_map(|l| {
            self.entry(l, key, &keep).map(|entry| Found {
                entry,
                locale: l.as_str(),
            })
        })
    }

    /// The translation of one part of a message (`id`, `id.example-1`, …) that a
    /// pack in `chain[0]` shows: from the first locale of `chain` that has one
    /// (never `source`, whose text is the source text itself), from the highest
    /// layer at or above `min_layer` (the layer that last wrote the text), and
    /// within a layer from the best folder. `build` and `l10n status` both use
    /// this, so they cannot disagree.
    pub fn find<'a>(
        &'a self,
        chain: &'a [String],
        source: &str,
        key: &str,
        min_layer: usize,
    ) -> Option<Found<'a>> {
        self.find_in_chain(chain, source, key, |layer| layer >= min_layer)
    }

    /// Like [`Catalog::find`], but only from the files of `layer` itself: for
    /// the `edition` message, which each edition's own files define for that
    /// edition alone (a higher edition's `edition.notice-1` is its own notice).
    pub fn find_exact<'a>(
        &'a self,
        chain: &'a [String],
        source: &str,
        key: &str,
        layer: usize,
    ) -> Option<Found<'a>> {
        self.find_in_chain(chain, source, key, |l| l == layer)
    }

    /// Whether any locale of `chain` other than `source` has content
    /// translations (not only labels): a pack in it is translated, at least in
    /// part.
    pub fn has_content(&self, chain: &[String], source: &str) -> bool {
        chain.iter().filter(|l| *l != source).any(|l| {
            self.messages.get(l).is_some_and(|m| {
                m.keys()
                    .any(|k| !k.starts_with("label-") && !super::names::is_name_label(k))
            })
        })
    }

    /// The file and message an entry was read from.
    pub fn origin(&self, entry: &Entry) -> Option<(&FtlFile, &FtlMessage)> {
        let (f, m) = entry.from?;
        let file = &self.files.get(f)?.2;
        Some((file, file.messages.get(m)?))
    }

    /// Whether the `n`th of [`Catalog::files`] is the built-in copy's.
    pub fn is_built_in(&self, n: usize) -> bool {
        self.built_in.get(n).copied().unwrap_or(false)
    }

    /// The problems of the files read for these locales, in file order.
    pub fn problems(&self, chain: &[String]) -> Vec<Diagnostic> {
        let mut out: Vec<Diagnostic> = self
            .files
            .iter()
            .filter(|(locale, _, _)| chain.contains(locale))
            .flat_map(|(_, _, f)| f.errors.iter().cloned())
            .collect();
        out.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
        out.dedup();
        out
    }

    /// A term value along `chain`, with the locale it was found in: the first
    /// locale that has one, from the best folder.
    pub fn term(&self, chain: &[String], id: &str) -> Option<(String, String)> {
        chain.iter().find_map(|l| {
            self.terms
                .get(l)?
                .get(id)?
                .first()
                .map(|v| (v.clone(), l.clone()))
        })
    }
}

#[cfg(test)]
mod tests;
