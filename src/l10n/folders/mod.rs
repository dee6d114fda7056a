//! Where the project's translations are read from: an ordered list of folders.
//!
//! A local folder (`--locales-dir DIR`, or `./locales` when the working directory
//! has one) comes first and the copy of the repository's `locales/` built into
//! the binary last. The local folder is layered over the built-in copy, never
//! instead of it: each message, attribute, term and label is looked up in one
//! folder after the other, so a local file that holds a few new translations
//! (what `l10n import` writes, or what a translator is working on) changes those
//! and hides nothing else. An edition's own `locales/` is read by the catalog,
//! above these folders, for the text the edition wrote.

mod problems;
mod read;

use crate::diag::{Code, Diagnostic};
pub use read::read_dir_ftl;
use read::{EMBEDDED, embedded_files};
use std::path::{Path, PathBuf};

/// How the built-in folder is named in messages and reports.
pub const BUILT_IN: &str = "<embedded>/locales";

/// One folder of translations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Folder {
    /// A directory on disk; `shown` is how messages name it.
    Dir { path: PathBuf, shown: String },
    /// The copy of `locales/` compiled into the binary.
    BuiltIn,
}

impl Folder {
    /// The folder as messages name it: `locales`, `../my-locales`, `<embedded>/locales`.
    pub fn shown(&self) -> &str {
        match self {
            Folder::Dir { shown, .. } => shown,
            Folder::BuiltIn => BUILT_IN,
        }
    }
}

/// One `.ftl` file of a folder, or why it cannot be read.
#[derive(Debug, Clone)]
pub struct FolderFile {
    /// Index of its folder in [`LocaleRoot::folders`], best first.
    pub folder: usize,
    pub shown: String,
    pub text: Result<String, Diagnostic>,
}

/// The project's translation folders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocaleRoot {
    /// Only this directory (`--no-built-in-translations`; tools and tests).
    Dir(PathBuf),
    /// Only the copy built into the binary.
    Embedded,
    /// This directory over the built-in copy: what commands read by default.
    Layered(PathBuf),
}

impl LocaleRoot {
    /// `dir` if given, else `./locales` when it is a directory, over the built-in
    /// copy. Does not check `dir`; commands use [`LocaleRoot::open`].
    pub fn choose(dir: Option<&Path>) -> LocaleRoot {
        match dir {
            Some(d) => LocaleRoot::Layered(d.to_path_buf()),
            None if Path::new("locales").is_dir() => LocaleRoot::Layered(PathBuf::from("locales")),
            None => LocaleRoot::Embedded,
        }
    }

    /// What a command reads: `dir` (which must be a readable directory) or
    /// `./locales`, over the built-in copy unless `built_in` is false.
    pub fn open(dir: Option<&Path>, built_in: bool) -> Result<LocaleRoot, Diagnostic> {
        if let Some(d) = dir {
            check_dir(d)?;
        }
        match (LocaleRoot::choose(dir), built_in) {
            (root, true) => Ok(root),
            (LocaleRoot::Layered(d), false) => Ok(LocaleRoot::Dir(d)),
            _ => Err(Diagnostic::error(
                Code::BadUsage,
                "--no-built-in-translations leaves no translations to read",
            )
            .help("name a folder with --locales-dir DIR, or run where ./locales is")),
        }
    }

    /// The folders, best first.
    pub fn folders(&self) -> Vec<Folder> {
        match self {
            LocaleRoot::Dir(d) => vec![dir_folder(d)],
            LocaleRoot::Embedded => vec![Folder::BuiltIn],
            LocaleRoot::Layered(d) => vec![dir_folder(d), Folder::BuiltIn],
        }
    }

    /// Whether the built-in copy is one of the folders.
    pub fn has_built_in(&self) -> bool {
        !matches!(self, LocaleRoot::Dir(_))
    }

    /// The folders as they are named in reports, best first.
    pub fn names(&self) -> Vec<String> {
        self.folders()
            .iter()
            .map(|f| f.shown().to_string())
            .collect()
    }

    /// The folders in words, best first, after `over` (an edition's own
    /// folders): `./locales over the built-in copy`.
    pub fn describe(&self, over: &[String]) -> String {
        let mut words: Vec<String> = over.to_vec();
        words.extend(self.folders().iter().map(|f| match f {
            // `locales` alone might be read as a word, not a folder.
            Folder::Dir { shown, .. }
                if Path::new(shown).is_relative() && !shown.starts_with('.') =>
            {
                format!("./{shown}")
            }
            Folder::Dir { shown, .. } => shown.clone(),
            Folder::BuiltIn => "the built-in copy".to_string(),
        }));
        let mut text = words.join(" over ");
        if !self.has_built_in() {
            text.push_str(" (not the built-in copy)");
        }
        text
    }

    /// Every `.ftl` file for `locale`, folder by folder (best first), each folder's
    /// sorted by name, with the reason a file cannot be read where it cannot (not
    /// UTF-8, too large, a link out of the locales directory, not a file).
    pub fn checked_files(&self, locale: &str) -> Vec<FolderFile> {
        let mut out = Vec::new();
        for (i, folder) in self.folders().iter().enumerate() {
            let mut files = match folder {
                Folder::Dir { path, shown } => {
                    read_dir_ftl(&path.join(locale), &format!("{shown}/{locale}"))
                }
                Folder::BuiltIn => embedded_files(locale),
            };
            files.sort_by(|a, b| a.0.cmp(&b.0));
            out.extend(files.into_iter().map(|(shown, text)| FolderFile {
                folder: i,
                shown,
                text,
            }));
        }
        out
    }

    /// The readable `.ftl` files for `locale`, best folder first.
    pub fn files(&self, locale: &str) -> Vec<FolderFile> {
        self.checked_files(locale)
            .into_iter()
            .filter(|f| f.text.is_ok())
            .collect()
    }

    /// The source-language files (`ui.ftl` and friends) for `source`, each file
    /// name once, from the best folder that has it, for `l10n template`.
    pub fn source_files(&self, source: &str) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        let mut folders = self.checked_files(source);
        if !self.has_built_in() {
            folders.extend(LocaleRoot::Embedded.checked_files(source));
        }
        for f in folders {
            let name = f.shown.rsplit('/').next().unwrap_or(&f.shown).to_string();
            if let Ok(text) = f.text
                && !out.iter().any(|(n, _)| *n == name)
            {
                out.push((name, text));
            }
        }
        out.sort();
        out
    }

    /// The locales some folder has a folder for, sorted.
    pub fn locales(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for folder in &self.folders() {
            match folder {
                Folder::Dir { path, .. } => out.extend(
                    std::fs::read_dir(path)
                        .into_iter()
                        .flatten()
                        .filter_map(|e| e.ok())
                        .filter(|e| e.path().is_dir())
                        .filter_map(|e| e.file_name().into_string().ok()),
                ),
                Folder::BuiltIn => out.extend(
                    EMBEDDED
                        .dirs()
                        .filter_map(|d| d.path().to_str().map(str::to_string)),
                ),
            }
        }
        out.retain(|l| crate::ids::is_locale(l));
        out.sort();
        out.dedup();
        out
    }
}

/// Refuses a `--locales-dir` that is missing, a file, or unreadable: a typo
/// there would otherwise read no translations at all without a word.
fn check_dir(d: &Path) -> Result<(), Diagnostic> {
    let shown = d.display().to_string();
    let unreadable = |e: std::io::Error| {
        Diagnostic::error(
            Code::FileUnreadable,
            format!("cannot read the locales directory {shown}: {e}"),
        )
        .help("check the directory's permissions")
    };
    match std::fs::metadata(d) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Diagnostic::error(
            Code::FileNotFound,
            format!("the locales directory {shown} does not exist"),
        )
        .help("give the directory that holds one folder per locale (pt-BR/, hi/, …), or create it first")),
        Err(e) => Err(unreadable(e)),
        Ok(m) if !m.is_dir() => Err(Diagnostic::error(
            Code::FileUnreadable,
            format!("the locales directory {shown} is a file"),
        )
        .help("give the directory that holds one folder per locale (pt-BR/, hi/, …)")),
        Ok(_) => std::fs::read_dir(d).map(|_| ()).map_err(unreadable),
    }
}

impl From<Folder> for LocaleRoot {
    /// That folder alone.
    fn from(f: Folder) -> LocaleRoot {
        match f {
            Folder::Dir { path, .. } => LocaleRoot::Dir(path),
            Folder::BuiltIn => LocaleRoot::Embedded,
        }
    }
}

fn dir_folder(dir: &Path) -> Folder {
    Folder::Dir {
        path: dir.to_path_buf(),
        shown: dir.display().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_local_folder_is_layered_over_the_built_in_copy() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("pt-BR")).unwrap();
        std::fs::write(dir.path().join("pt-BR/new.ftl"), "x = y\n").unwrap();
        let root = LocaleRoot::Layered(dir.path().to_path_buf());
        let files = root.checked_files("pt-BR");
        assert_eq!(files[0].folder, 0);
        assert!(files[0].shown.ends_with("pt-BR/new.ftl"));
        assert!(files[1..].iter().all(|f| f.folder == 1), "{files:?}");
        assert!(
            files
                .iter()
                .any(|f| f.shown == "<embedded>/locales/pt-BR/ui.ftl")
        );
        assert_eq!(
            LocaleRoot::Dir(dir.path().to_path_buf())
                .checked_files("pt-BR")
                .len(),
            1
        );
    }

    #[test]
    fn descriptions_say_which_folders_are_read() {
        assert_eq!(LocaleRoot::Embedded.describe(&[]), "the built-in copy");
        assert_eq!(
            LocaleRoot::Layered("locales".into()).describe(&["ed/locales".into()]),
            "ed/locales over ./locales over the built-in copy"
        );
        assert_eq!(
            LocaleRoot::Dir("../mine".into()).describe(&[]),
            "../mine (not the built-in copy)"
        );
    }
}
