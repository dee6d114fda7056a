//! Each stage of the pipeline on the 2015 base and on a synthetic framework of
//! 10,000 criteria: load, resolve, localise, every renderer, and diff; and an
//! edition with 20,000 problems, all reported.
//! `cargo bench --bench pipeline`; whole-process timings are in bench/compare.sh.

use carecert::edition::{self, Stack};
use carecert::l10n::labels::Labels;
use carecert::l10n::{self, Catalog, LocaleRoot, Localised};
use carecert::render::docx::{self, DocumentKind, DocxOptions};
use carecert::render::{case, xml};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use std::path::{Path, PathBuf};

struct Input {
    name: &'static str,
    /// What `edition::open` takes: an embedded name or a directory.
    arg: String,
    locales: LocaleRoot,
    locale: &'static str,
    _dir: Option<tempfile::TempDir>,
}

fn inputs() -> Vec<Input> {
    let dir = tempfile::tempdir().unwrap();
    for (rel, text) in carecert::synth::files(10_000) {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    vec![
        Input {
            name: "base-2015-ar",
            arg: "care-certificate-2015".into(),
            locales: LocaleRoot::Dir(root.join("locales")),
            locale: "ar",
            _dir: None,
        },
        Input {
            name: "synthetic-10k-fr",
            arg: dir.path().join("edition").display().to_string(),
            locales: LocaleRoot::Dir(dir.path().join("locales")),
            locale: carecert::synth::LOCALE,
            _dir: Some(dir),
        },
    ]
}

fn localised(input: &Input, stack: &Stack) -> Localised {
    let r = stack.resolve().unwrap().resolved;
    let catalog = Catalog::load(&input.locales, stack, &[input.locale.to_string()]);
    l10n::localise(&r, input.locale, &catalog)
}

fn stages(c: &mut Criterion) {
    for input in inputs() {
        let mut g = c.benchmark_group(input.name);
        g.sample_size(10);
        g.bench_function("load", |b| {
            b.iter(|| edition::open(&input.arg, None).unwrap())
        });
        let stack = edition::open(&input.arg, None).unwrap();
        g.bench_function("resolve", |b| b.iter(|| stack.resolve().unwrap()));
        let r = stack.resolve().unwrap().resolved;
        g.bench_function("localise", |b| {
            b.iter(|| {
                let catalog = Catalog::load(&input.locales, &stack, &[input.locale.to_string()]);
                l10n::localise(&r, input.locale, &catalog)
            })
        });
        let l = localised(&input, &stack);
        let labels = Labels::load(&input.locales, input.locale, &l.source_locale);
        g.bench_function("render/xml", |b| {
            b.iter(|| xml::render(&l, &xml::XmlOptions { generator: "bench" }))
        });
        g.bench_function("render/case", |b| {
            b.iter(|| {
                case::render(
                    &l,
                    &case::CaseOptions {
                        date_time: "2025-01-01T00:00:00Z",
                    },
                )
            })
        });
        let opts = DocxOptions {
            date: "2025-01-01T00:00:00Z",
            generator: "bench",
            contents_pages: None,
            issued: Some("2025-01-01T00:00:00Z"),
        };
        for kind in DocumentKind::ALL {
            g.bench_with_input(
                BenchmarkId::new("render/docx", kind.file_name()),
                &kind,
                |b, k| b.iter(|| docx::render(*k, &l, &labels, &opts)),
            );
        }
        // The framework against itself as edited: every change kind is in play.
        let base = edition::open(
            if input.name.starts_with("synthetic") {
                Path::new(&input.arg)
                    .parent()
                    .unwrap()
                    .join("framework")
                    .display()
                    .to_string()
            } else {
                input.arg.clone()
            }
            .as_str(),
            None,
        )
        .unwrap();
        let old = localised(&input, &base);
        g.bench_function("diff", |b| b.iter(|| carecert::diff::diff(&old, &l)));
        g.finish();
    }
}

/// An edition with 10,000 broken operations (a misspelt field in each) and
/// 10,000 unknown targets: every problem is placed (file, line, column) and
/// reported. Placing each by a scan from the start of the file once made this
/// take minutes.
fn many_errors(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for name in ["mini", "mini-edition"] {
        for entry in walk(&fixtures.join(name)) {
            let rel = entry.strip_prefix(&fixtures).unwrap();
            let to = dir.path().join(rel);
            std::fs::create_dir_all(to.parent().unwrap()).unwrap();
            std::fs::copy(&entry, &to).unwrap();
        }
    }
    let edition = dir.path().join("mini-edition/edition.json");
    let text = std::fs::read_to_string(&edition).unwrap();
    let ops: Vec<String> = (0..20_000)
        .map(|i| {
            if i % 2 == 0 {
                format!("{{ \"op\": \"retitle\", \"target\": \"1.1\", \"titel\": \"T{i}\", \"fingerprint\": \"79ef168e7d44\", \"rationale\": \"r\" }}")
            } else {
                format!("{{ \"op\": \"retitle\", \"target\": \"nowhere-{i}\", \"title\": \"T\", \"fingerprint\": \"79ef168e7d44\", \"rationale\": \"r\" }}")
            }
        })
        .collect();
    let text = text.replacen(
        "\"operations\": [",
        &format!("\"operations\": [\n{},", ops.join(",\n")),
        1,
    );
    std::fs::write(&edition, text).unwrap();
    let arg = edition.parent().unwrap().display().to_string();
    let mut g = c.benchmark_group("errors");
    g.sample_size(10);
    g.bench_function("20k-problems-in-one-edition", |b| {
        b.iter(|| {
            let errors = edition::open(&arg, None).unwrap_err();
            assert_eq!(errors.0.len(), 20_000);
            errors.to_string().len()
        })
    });
    g.finish();
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

criterion_group!(benches, stages, many_errors);
criterion_main!(benches);
