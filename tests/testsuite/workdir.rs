//! A working directory away from the repository, for commands whose behaviour
//! depends on what the working directory holds (`./locales`, `examples/`).

use crate::{carecert, stdout_of};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Every file and directory under `root` with its bytes, to show that a command
/// changed nothing it was not asked to write.
pub fn tree(root: &Path) -> BTreeMap<PathBuf, Option<Vec<u8>>> {
    let mut out = BTreeMap::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let path = e.unwrap().path();
            let rel = path.strip_prefix(root).unwrap().to_path_buf();
            if path.is_dir() {
                out.insert(rel, None);
                dirs.push(path);
            } else {
                out.insert(rel, Some(std::fs::read(&path).unwrap()));
            }
        }
    }
    out
}

/// A working directory away from the repository, holding a copy of the example
/// editions and the repository's `carecert.toml` (which makes them the
/// workspace's): without a `locales` folder, only the built-in translations exist.
pub struct Workdir {
    dir: tempfile::TempDir,
}

impl Workdir {
    pub fn new() -> Workdir {
        let dir = tempfile::tempdir().unwrap();
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        crate::copy_dir(&repo.join("examples"), &dir.path().join("examples"));
        std::fs::copy(repo.join("carecert.toml"), dir.path().join("carecert.toml")).unwrap();
        Workdir { dir }
    }

    /// With a copy of the repository's `locales/` as `./locales`.
    pub fn with_repository_locales() -> Workdir {
        let w = Workdir::new();
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        crate::copy_dir(&repo.join("locales"), &w.path().join("locales"));
        w
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, rel: &str, text: &str) -> &Workdir {
        let path = self.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
        self
    }

    pub fn run(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        carecert().current_dir(self.path()).args(args).assert()
    }

    pub fn json(&self, args: &[&str]) -> Value {
        let a = self.run(&[args, &["--format", "json"]].concat());
        serde_json::from_str(&stdout_of(&a)).unwrap()
    }
}
