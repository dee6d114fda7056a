//! Arbitrary bytes as an `edition.json` whose base is the mini fixture, opened
//! and resolved the way `carecert check EDITION` does. Opening or resolving may
//! refuse the edition; nothing may panic. A resolved edition is checked and
//! rendered to XML.

#![no_main]

mod common;

use carecert::l10n::{Catalog, localise};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dir = common::scratch().join("mini-edition");
    common::put(&dir, "edition.json", data);
    let stack = match carecert::edition::open(dir.to_str().unwrap(), None) {
        Ok(s) => s,
        Err(d) => {
            for d in &d.0 {
                let _ = format!("{d:?}");
            }
            return;
        }
    };
    let resolution = match stack.resolve() {
        Ok(r) => r,
        Err(d) => {
            for d in &d.0 {
                let _ = format!("{d:?}");
            }
            return;
        }
    };
    let report = carecert::check::check(&stack, &resolution);
    let _ = carecert::check::summary(&report);
    let r = &resolution.resolved;
    let _ = carecert::show::tree(&carecert::show::view(r, None));
    for locale in r.locales.iter().take(2) {
        let l = localise(r, locale, &Catalog::new());
        let xml = carecert::render::xml::render(
            &l,
            &carecert::render::xml::XmlOptions { generator: "fuzz" },
        );
        common::assert_well_formed_xml("curriculum.xml", &xml);
    }
});
