//! Arbitrary bytes as one file of a framework directory — a standard, the
//! manifest or the terms file, chosen by the first byte — loaded the way
//! `carecert check DIR` loads it. Loading may refuse the input with diagnostics;
//! it must never panic. What loads is also resolved, checked, shown and
//! localised, since a framework that passes validation reaches all of those.

#![no_main]

mod common;

use carecert::l10n::{Catalog, localise};
use carecert::load::{Source, load_framework};
use libfuzzer_sys::fuzz_target;

const FILES: [&str; 3] = ["standards/01.json", "framework.json", "terms.json"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let dir = common::scratch().join("mini");
    // Put back the fixture, then replace one file with the input.
    for rel in FILES {
        let original = std::fs::read(common::fixtures().join("mini").join(rel)).unwrap();
        common::put(&dir, rel, &original);
    }
    common::put(&dir, FILES[pick as usize % FILES.len()], bytes);

    // Every diagnostic must render (it locates line and column in the input).
    let diagnostics = match load_framework(&Source::dir(&dir)) {
        Ok(_) => Vec::new(),
        Err(d) => d.0,
    };
    for d in &diagnostics {
        let _ = format!("{d:?}");
    }
    if !diagnostics.is_empty() {
        return;
    }
    let stack = match carecert::edition::open(dir.to_str().unwrap(), None) {
        Ok(s) => s,
        Err(_) => return,
    };
    let Ok(resolution) = stack.resolve() else {
        return;
    };
    let report = carecert::check::check(&stack, &resolution);
    let _ = carecert::check::summary(&report);
    let r = &resolution.resolved;
    let _ = carecert::show::tree(&carecert::show::view(r, None));
    let l = localise(r, "pt-BR", &Catalog::new());
    let xml =
        carecert::render::xml::render(&l, &carecert::render::xml::XmlOptions { generator: "fuzz" });
    common::assert_well_formed_xml("curriculum.xml", &xml);
});
