//! Each stage of the pipeline on the 2015 base and on a synthetic framework of
//! 10,000 criteria: load, resolve, localise, every renderer, and diff.
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

criterion_group!(benches, stages);
criterion_main!(benches);
