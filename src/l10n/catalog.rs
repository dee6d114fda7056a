//! The translations available to the localiser, from the project's `locales/`
//! and from each edition's own `locales/`.
//!
//! Message keys are stable ids, with Fluent attributes for parts of a node
//! (`role-main-duties.example-1`, `…health`, `<standard>.ref-care-act`). Each
//! translation knows the layer its file belongs to: a node an edition changed is
//! only translated from that edition's files (or a layer above it), never from a
//! translation of the base text it replaced.

use super::ftl::{self, FtlFile};
use crate::diag::{Code, Diagnostic};
use crate::edition::Stack;
use crate::load::source::{MAX_FILE_BYTES, ReadError, read_regular};
use include_dir::{Dir, include_dir};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// Where the project's translations come from.
#[derive(Debug, Clone)]
pub enum LocaleRoot {
    Dir(PathBuf),
    /// The copy of `locales/` compiled into the binary.
    Embedded,
}

impl LocaleRoot {
    /// `dir` if given; else `./locales` when it exists (working in the repository);
    /// else the embedded copy.
    pub fn choose(dir: Option<&Path>) -> LocaleRoot {
        match dir {
            Some(d) => LocaleRoot::Dir(d.to_path_buf()),
            None if Path::new("locales").is_dir() => LocaleRoot::Dir(PathBuf::from("locales")),
            None => LocaleRoot::Embedded,
        }
    }

    /// `(shown name, text)` of every readable `.ftl` file for `locale`, sorted by
    /// name. Files that cannot be used are left out here and reported by
    /// [`LocaleRoot::checked_files`], which `l10n status` reads.
    pub fn files(&self, locale: &str) -> Vec<(String, String)> {
        self.checked_files(locale)
            .into_iter()
            .filter_map(|(shown, text)| text.ok().map(|t| (shown, t)))
            .collect()
    }

    /// Every `.ftl` file for `locale`, with the reason it cannot be read where it
    /// cannot (not UTF-8, too large, a link out of the locales directory).
    pub fn checked_files(&self, locale: &str) -> Vec<(String, Result<String, Diagnostic>)> {
        let mut out = Vec::new();
        match self {
            LocaleRoot::Dir(root) => out.extend(read_dir_ftl(
                &root.join(locale),
                &format!("{}/{locale}", root.display()),
            )),
            LocaleRoot::Embedded => {
                if let Some(dir) = EMBEDDED.get_dir(locale) {
                    for f in dir.files() {
                        let name = f.path().display().to_string();
                        if name.ends_with(".ftl")
                            && let Some(text) = f.contents_utf8()
                        {
                            out.push((format!("<embedded>/locales/{name}"), Ok(text.to_string())));
                        }
                    }
                }
            }
        }
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out
    }

    /// The source labels (`ui.ftl` and friends) for `source`: from this root, or
    /// from the built-in copy when this root has none.
    pub fn source_files(&self, source: &str) -> Vec<(String, String)> {
        let files = self.files(source);
        if files.is_empty() {
            LocaleRoot::Embedded.files(source)
        } else {
            files
        }
    }

    /// The locales it has translations for.
    pub fn locales(&self) -> Vec<String> {
        let mut out: Vec<String> = match self {
            LocaleRoot::Dir(root) => std::fs::read_dir(root)
                .into_iter()
                .flatten()
                .filter_map(|e| e.ok())
                .filter(|e| e.path().is_dir())
                .filter_map(|e| e.file_name().into_string().ok())
                .collect(),
            LocaleRoot::Embedded => EMBEDDED
                .dirs()
                .filter_map(|d| d.path().to_str().map(str::to_string))
                .collect(),
        };
        out.retain(|l| crate::ids::is_locale(l));
        out.sort();
        out
    }
}

fn read_dir_ftl(dir: &Path, shown: &str) -> Vec<(String, Result<String, Diagnostic>)> {
    let mut out = Vec::new();
    let inside = dir.canonicalize().ok();
    for entry in std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
    {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let shown = format!("{shown}/{name}");
        let refuse = |msg: String, help: &str| {
            Err(Diagnostic::error(Code::BadFtlFile, msg)
                .file(&shown)
                .help(help))
        };
        let real = path.canonicalize().ok();
        // A link to nothing has no real path: reading it says so.
        let text = if real
            .as_ref()
            .zip(inside.as_ref())
            .is_some_and(|(r, d)| !r.starts_with(d))
        {
            refuse(
                "the file is a link that resolves outside the locales directory".into(),
                "copy the translation into the locales directory instead of linking to it",
            )
        } else {
            match read_regular(&path, MAX_FILE_BYTES) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(t) => Ok(t),
                    Err(e) => {
                        let at = e.utf8_error().valid_up_to();
                        let valid = String::from_utf8_lossy(&e.as_bytes()[..at]).into_owned();
                        let byte = e.as_bytes().get(at).copied().unwrap_or(0);
                        Err(Diagnostic::error(
                            Code::NotUtf8,
                            format!("the file is not valid UTF-8 (invalid byte 0x{byte:02X})"),
                        )
                        .file(&shown)
                        .at(Some(crate::load::locate::line_col(&valid, valid.len())))
                        .help("save the file as UTF-8"))
                    }
                },
                Err(ReadError::TooLarge(_)) => refuse(
                    format!("the file is over the limit of {MAX_FILE_BYTES} bytes"),
                    "split the translation into several .ftl files",
                ),
                Err(ReadError::NotAFile(kind)) => Err(kind.diagnostic(&shown)),
                Err(e) => refuse(
                    format!("cannot read the file: {e}"),
                    "check the file's permissions",
                ),
            }
        };
        out.push((shown, text));
    }
    out
}

/// One translation of one key.
#[derive(Debug, Clone)]
pub struct Entry {
    pub pattern: String,
    pub fingerprint: Option<String>,
    /// Index of the layer the file belongs to (0 = the framework / project files).
    pub layer: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Catalog {
    messages: HashMap<String, HashMap<String, Vec<Entry>>>,
    terms: HashMap<String, HashMap<String, String>>,
    /// The files read, per locale and layer, for status.
    pub files: Vec<(String, usize, FtlFile)>,
}

impl Catalog {
    pub fn new() -> Catalog {
        Catalog::default()
    }

    /// Loads every locale the stack's editions declare (and `extra`) from the project
    /// root and from each edition's `locales/` directory.
    pub fn load(root: &LocaleRoot, stack: &Stack, extra: &[String]) -> Catalog {
        let mut locales: Vec<String> = extra.to_vec();
        for e in &stack.editions {
            locales.extend(e.file.locales.iter().map(|l| l.0.clone()));
        }
        // Every prefix of each locale too (pt-BR → pt), for the fallback chain.
        let mut all = Vec::new();
        for l in &locales {
            let mut parts: Vec<&str> = l.split('-').collect();
            while !parts.is_empty() {
                all.push(parts.join("-"));
                parts.pop();
            }
        }
        all.sort();
        all.dedup();
        let mut c = Catalog::new();
        for locale in &all {
            for (shown, text) in root.checked_files(locale) {
                c.add_file(locale, 0, ftl::parse_checked(&shown, text));
            }
            for (i, e) in stack.editions.iter().enumerate() {
                let dir = e.dir.join("locales").join(locale);
                for (shown, text) in read_dir_ftl(&dir, &dir.display().to_string()) {
                    c.add_file(locale, i + 1, ftl::parse_checked(&shown, text));
                }
            }
        }
        c
    }

    pub fn add_file(&mut self, locale: &str, layer: usize, file: FtlFile) {
        for m in &file.messages {
            if let Some(v) = &m.value {
                self.insert_at(locale, &m.id, v, m.fingerprint.clone(), layer);
            }
            for (attr, v) in &m.attributes {
                self.insert_at(
                    locale,
                    &format!("{}.{attr}", m.id),
                    v,
                    m.fingerprint.clone(),
                    layer,
                );
            }
        }
        for t in &file.terms {
            self.insert_term(locale, &t.id, &t.value);
        }
        self.files.push((locale.to_string(), layer, file));
    }

    fn insert_at(
        &mut self,
        locale: &str,
        key: &str,
        pattern: &str,
        fingerprint: Option<String>,
        layer: usize,
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
        });
        // Highest layer first: an edition's translation wins over the project's.
        entries.sort_by_key(|e| std::cmp::Reverse(e.layer));
    }

    /// Adds a translation at the framework layer (for tests and tools).
    pub fn insert(&mut self, locale: &str, key: &str, pattern: &str) {
        self.insert_at(locale, key, pattern, None, 0);
    }

    pub fn insert_term(&mut self, locale: &str, id: &str, value: &str) {
        self.terms
            .entry(locale.to_string())
            .or_default()
            .insert(id.to_string(), value.to_string());
    }

    /// The best translation of `key` in `locale` from a layer at or above
    /// `min_layer`.
    pub fn get(&self, locale: &str, key: &str, min_layer: usize) -> Option<&Entry> {
        self.messages
            .get(locale)?
            .get(key)?
            .iter()
            .find(|e| e.layer >= min_layer)
    }

    /// A term value along `chain`, with the locale it was found in.
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

    pub fn term(&self, chain: &[String], id: &str) -> Option<(String, String)> {
        chain
            .iter()
            .find_map(|l| self.terms.get(l)?.get(id).map(|v| (v.clone(), l.clone())))
    }
}
