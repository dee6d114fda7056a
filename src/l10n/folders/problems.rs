//! What is wrong with a local translations folder as a whole: what would
//! otherwise be skipped without a word.

use super::{Folder, LocaleRoot};
use crate::diag::{Code, Diagnostic};
use std::path::{Path, PathBuf};

impl LocaleRoot {
    /// What is wrong with the local folders as a whole, so that translations are
    /// not read without a word: a folder that cannot be read, a folder of `.ftl`
    /// files not named for a locale (`pt_BR`), a `.ftl` file outside any locale
    /// folder, a file where a locale's folder belongs. Other files (a README) and
    /// hidden entries are left alone.
    pub fn problems(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for folder in &self.folders() {
            let Folder::Dir { path, shown } = folder else {
                continue;
            };
            let entries = match std::fs::read_dir(path) {
                Ok(entries) => entries,
                Err(e) => {
                    out.push(
                        Diagnostic::error(
                            Code::BadLocaleFolder,
                            format!("cannot read the locales directory: {e}"),
                        )
                        .file(shown.as_str())
                        .help("check the directory's permissions; its translations are not used until then"),
                    );
                    continue;
                }
            };
            let mut names: Vec<(String, PathBuf)> = entries
                .filter_map(|e| e.ok())
                .filter_map(|e| e.file_name().into_string().ok().map(|n| (n, e.path())))
                .filter(|(n, _)| !n.starts_with('.'))
                .collect();
            names.sort();
            for (name, path) in names {
                let at = format!("{shown}/{name}");
                let problem = |msg: String, help: String| {
                    Diagnostic::error(Code::BadLocaleFolder, msg)
                        .file(at.as_str())
                        .help(help)
                };
                let is_locale = crate::ids::is_locale(&name);
                if path.is_dir() {
                    if is_locale {
                        if let Err(e) = std::fs::read_dir(&path) {
                            out.push(problem(
                                format!("cannot read the folder: {e}"),
                                "check the folder's permissions; its translations are not used until then".into(),
                            ));
                        }
                    } else if holds_ftl(&path) {
                        out.push(problem(
                            format!("the folder's name \"{name}\" is not a locale tag, so its translations are not read"),
                            crate::ids::locale_correction(&name)
                                .map(|fixed| format!("rename the folder to {shown}/{fixed}"))
                                .unwrap_or_else(|| format!("name the folder for its locale, such as {shown}/pt-BR")),
                        ));
                    }
                } else if name.ends_with(".ftl") {
                    let stem = name.trim_end_matches(".ftl");
                    out.push(problem(
                        "the file is not in a locale's folder, so it is not read".into(),
                        if crate::ids::is_locale(stem) {
                            format!("move it into {shown}/{stem}/")
                        } else {
                            format!("move it into the folder of its locale, such as {shown}/pt-BR/")
                        },
                    ));
                } else if is_locale {
                    out.push(problem(
                        "this is a file where the folder of the locale's translations belongs"
                            .into(),
                        format!("make {at} a folder holding the locale's .ftl files"),
                    ));
                }
            }
        }
        out
    }
}

fn holds_ftl(dir: &Path) -> bool {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
        .any(|e| e.path().extension().is_some_and(|x| x == "ftl"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_not_named_for_a_locale_are_problems() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir_all(d.join("pt_BR")).unwrap();
        std::fs::write(d.join("pt_BR/x.ftl"), "x = y\n").unwrap();
        std::fs::create_dir_all(d.join("notes")).unwrap();
        std::fs::write(d.join("hi.ftl"), "x = y\n").unwrap();
        std::fs::write(d.join("ar"), "").unwrap();
        std::fs::write(d.join("README.md"), "").unwrap();
        let root = LocaleRoot::Dir(d.to_path_buf());
        let problems = root.problems();
        let shown: Vec<String> = problems
            .iter()
            .map(|p| {
                format!(
                    "{} {}",
                    p.file.as_deref().unwrap_or(""),
                    p.help.as_deref().unwrap_or("")
                )
            })
            .collect();
        assert_eq!(problems.len(), 3, "{shown:?}");
        assert!(shown[0].contains("/ar make "), "{shown:?}");
        assert!(
            shown[1].contains("/hi.ftl") && shown[1].ends_with("/hi/"),
            "{shown:?}"
        );
        assert!(
            shown[2].contains("/pt_BR") && shown[2].ends_with("/pt-BR"),
            "{shown:?}"
        );
        assert!(problems.iter().all(|p| p.code == Code::BadLocaleFolder));
    }
}
