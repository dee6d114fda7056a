//! Arbitrary bytes as an XLIFF file given to `carecert l10n import --dry-run`:
//! non-UTF-8 is refused before parsing (as the CLI does), the rest goes through
//! `l10n::xliff::read` and, when the languages fit, `xliff::plan` into a copy of
//! the project's locale files. Nothing is written; every planned file must still
//! parse as Fluent without errors.

#![no_main]

mod common;

use carecert::edition::resolved::Resolved;
use carecert::l10n::{ftl, xliff};
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;

fn resolved() -> &'static Resolved {
    static R: OnceLock<Resolved> = OnceLock::new();
    R.get_or_init(|| {
        let stack = carecert::edition::open(carecert::load::DEFAULT_FRAMEWORK, None).unwrap();
        stack.resolve().unwrap().resolved
    })
}

fn project() -> &'static PathBuf {
    static P: OnceLock<PathBuf> = OnceLock::new();
    P.get_or_init(|| {
        let p = common::scratch().join("project-locales");
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
        for entry in std::fs::read_dir(&src).unwrap() {
            let entry = entry.unwrap();
            if !entry.file_type().unwrap().is_dir() {
                continue;
            }
            for f in std::fs::read_dir(entry.path()).unwrap() {
                let f = f.unwrap();
                let rel = format!(
                    "{}/{}",
                    entry.file_name().to_string_lossy(),
                    f.file_name().to_string_lossy()
                );
                common::put(&p, &rel, &std::fs::read(f.path()).unwrap());
            }
        }
        p
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let file = match xliff::read("fuzz.xlf", text) {
        Ok(f) => f,
        Err(d) => {
            let _ = format!("{d:?}");
            return;
        }
    };
    let r = resolved();
    if file.src_lang != r.source_locale
        || !carecert::ids::is_locale(&file.trg_lang)
        || file.trg_lang == r.source_locale
    {
        return;
    }
    let project = project();
    let locale = file.trg_lang.clone();
    let targets =
        |layer: usize| xliff::target_file(r, layer, Some(project.as_path()), &[], &locale);
    let Ok(plan) = xliff::plan(r, &file, "fuzz.xlf", &targets, &mut |p: &std::path::Path| {
        xliff::read_target(p)
    }) else {
        return;
    };
    for w in &plan.writes {
        let parsed = ftl::parse(&w.path.display().to_string(), &w.text);
        assert!(
            parsed.errors.is_empty(),
            "the import planned an invalid Fluent file {}: {:?}\n{}",
            w.path.display(),
            parsed.errors,
            w.text
        );
    }
});
