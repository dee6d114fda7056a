//! Arbitrary bytes as a translation file. Parsed directly with
//! `l10n::ftl::parse`, and as `locales/pt-BR/ui.ftl` of a project: loaded into a
//! catalog, reported by `l10n status`, used to localise the mini fixture and as
//! the labels of a rendered certificate.

#![no_main]

mod common;

use carecert::l10n::catalog::{Catalog, LocaleRoot};
use carecert::l10n::labels::Labels;
use carecert::l10n::{ftl, localise, status};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn stack() -> &'static carecert::edition::Stack {
    static STACK: OnceLock<carecert::edition::Stack> = OnceLock::new();
    STACK.get_or_init(|| {
        let dir = common::scratch().join("mini-edition");
        carecert::edition::open(dir.to_str().unwrap(), None).expect("fixture opens")
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let file = ftl::parse("fuzz.ftl", &text);
    for d in &file.errors {
        let _ = format!("{d:?}");
    }

    let stack = stack();
    let r = stack.resolve().expect("fixture resolves").resolved;
    let root_dir = common::scratch().join("fuzz-locales");
    common::put(&root_dir, "pt-BR/ui.ftl", data);
    let root = LocaleRoot::Dir(root_dir);
    let catalog = Catalog::load(&root, stack, &["pt-BR".to_string()]);
    let st = status::status(&r, &catalog, &root, "pt-BR");
    let _ = (st.has_errors(), st.is_complete());

    let mut direct = Catalog::new();
    direct.add_file("pt-BR", 1, file);
    for c in [&catalog, &direct] {
        let l = localise(&r, "pt-BR", c);
        let xml = carecert::render::xml::render(
            &l,
            &carecert::render::xml::XmlOptions { generator: "fuzz" },
        );
        common::assert_well_formed_xml("curriculum.xml", &xml);
    }
    let l = localise(&r, "pt-BR", &catalog);
    let labels = Labels::load(&root, "pt-BR", &r.source_locale);
    let docx = carecert::render::docx::render(
        carecert::render::docx::DocumentKind::Certificate,
        &l,
        &labels,
        &carecert::render::docx::DocxOptions {
            date: "2026-11-25T00:00:00Z",
            generator: "fuzz",
            contents_pages: None,
            issued: None,
        },
    );
    common::assert_docx_parts_well_formed("certificate.docx", &docx);
});
