//! A workspace: the folder a team keeps its editions in, as cargo's is the folder
//! with `Cargo.toml`.
//!
//! The nearest `carecert.toml` (in the working directory or above it) says where
//! the workspace's editions, frameworks, translations and packs are; without one,
//! the working directory is the workspace and the defaults apply (`editions/`,
//! `frameworks/`, `locales/`, `out/`). Every path in the file is relative to the
//! file's folder, so a command run in a subfolder finds the same things. Nothing
//! here writes, except [`init`], which creates a workspace.

mod config;
pub mod list;

use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::edition::file::EDITION_FILE;
use std::path::{Path, PathBuf};

pub use config::Config;

/// The workspace's settings file.
pub const CONFIG: &str = "carecert.toml";

/// Where a workspace's files are, each path as a command shows it: relative to
/// the working directory (`editions`, or `../editions` from a subfolder).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Workspace {
    /// The workspace folder: `.` or the way up to it (`../..`).
    pub root: PathBuf,
    /// The `carecert.toml` read, or `None` when the working directory is the
    /// workspace by default.
    pub config: Option<PathBuf>,
    /// Folders whose subfolders are editions (each holding `edition.json`).
    pub editions: Vec<PathBuf>,
    /// Folders whose subfolders are frameworks (each holding `framework.json`).
    pub frameworks: Vec<PathBuf>,
    /// The translations folder, layered over the built-in copy when it exists.
    pub locales: PathBuf,
    /// Where `build` writes packs and `list` looks for them.
    pub out: PathBuf,
}

impl Workspace {
    /// The workspace the working directory belongs to.
    pub fn discover() -> Result<Workspace, Diagnostics> {
        let here = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
        Workspace::discover_from(&here)
    }

    /// The workspace of `dir` (an absolute path): the nearest folder at or above
    /// it holding `carecert.toml`, else `dir` itself with the defaults. Paths are
    /// shown relative to `dir`.
    pub fn discover_from(dir: &Path) -> Result<Workspace, Diagnostics> {
        let mut up = PathBuf::from(".");
        for (levels, ancestor) in dir.ancestors().enumerate() {
            let file = ancestor.join(CONFIG);
            // Whatever is there claims the folder: a directory named
            // carecert.toml is reported, not passed over.
            if std::fs::symlink_metadata(&file).is_ok() {
                if levels > 0 {
                    up = (0..levels).map(|_| "..").collect();
                }
                let shown = up.join(CONFIG);
                let shown = if levels == 0 {
                    PathBuf::from(CONFIG)
                } else {
                    shown
                };
                let config = Config::read(&file, &shown.display().to_string())?;
                return Ok(Workspace::from_config(up, Some(shown), config));
            }
        }
        Ok(Workspace::from_config(
            PathBuf::from("."),
            None,
            Config::default(),
        ))
    }

    fn from_config(root: PathBuf, file: Option<PathBuf>, c: Config) -> Workspace {
        let at = |rel: &str| -> PathBuf {
            if root == Path::new(".") || Path::new(rel).is_absolute() {
                PathBuf::from(rel)
            } else {
                root.join(rel)
            }
        };
        Workspace {
            editions: c.editions().iter().map(|e| at(e)).collect(),
            frameworks: c.frameworks().iter().map(|f| at(f)).collect(),
            locales: at(c.locales()),
            out: at(c.out()),
            root: root.clone(),
            config: file,
        }
    }

    /// The translations folder, when it exists (else only the built-in copy is read).
    pub fn locales_dir(&self) -> Option<&Path> {
        self.locales.is_dir().then_some(self.locales.as_path())
    }

    /// Every edition of the workspace: the subfolders of its edition folders
    /// holding an `edition.json` (whatever it is: one that is not a file is
    /// reported when it is opened, not passed over), sorted within each folder.
    pub fn edition_dirs(&self) -> Vec<PathBuf> {
        self.editions
            .iter()
            .flat_map(|d| subfolders_with(d, EDITION_FILE))
            .collect()
    }

    /// Whether the edition folder `dir` is one the workspace finds: directly
    /// inside one of its edition folders.
    pub fn holds_edition(&self, dir: &Path) -> bool {
        let real = |p: &Path| p.canonicalize().ok();
        let parent = dir
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let Some(parent) = real(parent) else {
            return false;
        };
        self.editions
            .iter()
            .any(|e| real(e).as_ref() == Some(&parent))
    }

    /// Every framework folder of the workspace, found the same way.
    pub fn framework_dirs(&self) -> Vec<PathBuf> {
        self.frameworks
            .iter()
            .flat_map(|d| subfolders_with(d, crate::load::MANIFEST))
            .collect()
    }

    /// Every locale that exists here, for completing `--locale`: those the
    /// translations have a folder for (the workspace's and the built-in copy's)
    /// and those the workspace's editions declare, sorted. Reads each
    /// `edition.json` for its `locales` only; one that does not parse adds none.
    pub fn known_locales(&self) -> Vec<String> {
        use crate::l10n::LocaleRoot;
        let mut out = match self.locales_dir() {
            Some(dir) => LocaleRoot::Layered(dir.to_path_buf()).locales(),
            None => LocaleRoot::Embedded.locales(),
        };
        for dir in self.edition_dirs() {
            let Ok(text) = std::fs::read_to_string(dir.join(EDITION_FILE)) else {
                continue;
            };
            let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) else {
                continue;
            };
            out.extend(
                v["locales"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|l| l.as_str().map(str::to_string)),
            );
        }
        out.retain(|l| crate::ids::is_locale(l));
        out.sort();
        out.dedup();
        out
    }

    /// The edition folders in words, for messages: `editions` or `editions and
    /// examples/editions`.
    pub fn describe_editions(&self) -> String {
        let names: Vec<String> = self
            .editions
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        match names.as_slice() {
            [] => "no folders (carecert.toml lists none)".to_string(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        }
    }

    /// The error `build --all` gives when the workspace has no editions.
    pub fn no_editions(&self) -> Diagnostic {
        let help = match &self.config {
            Some(file) => format!(
                "create one with `carecert new {}/NAME --country CC --locale LOCALE`, list the folders that hold editions in {} (`editions = [\"editions\"]`), or name the editions to build",
                self.editions
                    .first()
                    .map_or("editions".to_string(), |p| p.display().to_string()),
                file.display()
            ),
            None => "create one with `carecert new editions/NAME --country CC --locale LOCALE`, run where your carecert.toml is (`carecert init` creates one), or name the editions to build".to_string(),
        };
        Diagnostic::error(
            Code::NoEditions,
            format!("no editions found under {}", self.describe_editions()),
        )
        .help(help)
    }
}

/// `name` in `dir`, shown without a leading `./`.
pub fn under(dir: &Path, name: &str) -> PathBuf {
    if dir == Path::new(".") {
        PathBuf::from(name)
    } else {
        dir.join(name)
    }
}

/// The subfolders of `dir` holding `file`, sorted by name.
fn subfolders_with(dir: &Path, file: &str) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| std::fs::symlink_metadata(p.join(file)).is_ok())
        .collect();
    dirs.sort();
    dirs
}

/// The `carecert.toml` that `init` writes: every setting at its default, each
/// with a comment, so a team sees what it can change.
pub const INITIAL_CONFIG: &str = r#"# A carecert workspace: carecert finds its editions, frameworks, translations and
# packs from here. Paths are relative to this file's folder.

# Folders whose subfolders are editions (each with an edition.json).
editions = ["editions"]
# Folders whose subfolders are frameworks or revisions (each with a framework.json).
frameworks = ["frameworks"]
# Translations (Fluent .ftl files, one folder per locale), over the built-in copy.
locales = "locales"
# Where `carecert build` writes packs.
out = "out"
"#;

/// Creates a workspace in `dir` (made if missing): `carecert.toml` and an empty
/// `editions/` folder. Refuses a folder that already has a `carecert.toml`.
pub fn init(dir: &Path) -> Result<PathBuf, Diagnostic> {
    let file = under(dir, CONFIG);
    let shown = file.display().to_string();
    if std::fs::symlink_metadata(&file).is_ok() {
        return Err(Diagnostic::error(
            Code::Exists,
            format!("{shown} already exists: {} is a workspace", dir.display()),
        )
        .help("edit that file, or name another folder"));
    }
    let failed = |e: std::io::Error| {
        Diagnostic::error(Code::WriteFailed, format!("could not create {shown}: {e}"))
            .help("check that the folder can be written to")
    };
    std::fs::create_dir_all(under(dir, "editions")).map_err(failed)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(failed)?;
    std::io::Write::write_all(&mut tmp, INITIAL_CONFIG.as_bytes()).map_err(failed)?;
    tmp.persist_noclobber(&file).map_err(|e| failed(e.error))?;
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_file_the_working_directory_is_the_workspace() {
        let dir = tempfile::tempdir().unwrap();
        let ws = Workspace::discover_from(dir.path()).unwrap();
        assert_eq!(ws.root, PathBuf::from("."));
        assert_eq!(ws.config, None);
        assert_eq!(ws.editions, vec![PathBuf::from("editions")]);
        assert_eq!(ws.out, PathBuf::from("out"));
    }

    #[test]
    fn a_subfolder_finds_the_file_above_it_and_paths_lead_back_up() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(CONFIG),
            "editions = [\"editions\", \"examples/editions\"]\nout = \"packs\"\n",
        )
        .unwrap();
        let sub = dir.path().join("editions/kenya");
        std::fs::create_dir_all(&sub).unwrap();
        let ws = Workspace::discover_from(&sub).unwrap();
        assert_eq!(ws.root, PathBuf::from("../.."));
        assert_eq!(ws.config, Some(PathBuf::from("../../carecert.toml")));
        assert_eq!(
            ws.editions,
            vec![
                PathBuf::from("../../editions"),
                PathBuf::from("../../examples/editions")
            ]
        );
        assert_eq!(ws.out, PathBuf::from("../../packs"));
        assert_eq!(ws.locales, PathBuf::from("../../locales"));
    }

    #[test]
    fn init_writes_a_file_that_reads_back_as_the_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let made = init(&dir.path().join("team")).unwrap();
        assert!(made.ends_with("team/carecert.toml"));
        assert!(dir.path().join("team/editions").is_dir());
        let ws = Workspace::discover_from(&dir.path().join("team")).unwrap();
        assert_eq!(
            ws,
            Workspace::from_config(
                PathBuf::from("."),
                Some(PathBuf::from(CONFIG)),
                Config::default()
            )
        );
        let again = init(&dir.path().join("team")).unwrap_err();
        assert_eq!(again.code, Code::Exists);
    }
}
