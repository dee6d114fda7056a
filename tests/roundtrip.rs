//! Any text a framework may hold comes back unchanged from every output: the pack
//! XML, the Word document and an XLIFF round trip. Texts mix Latin, Arabic, Hebrew,
//! Devanagari, CJK, combining marks, emoji and the XML specials `<>&"'`.
//!
//! The one documented normalisation is at load, not on output: control characters
//! (and U+FFFE/U+FFFF) are refused with an error naming the file, line and column,
//! because XML 1.0 cannot carry most of them; `load_refuses_control_characters`
//! checks that. Braces are Fluent syntax in source text and are left out here.

use carecert::edition;
use carecert::l10n::labels::Labels;
use carecert::l10n::xliff::{self, ExportOptions};
use carecert::l10n::{self, Catalog, LocaleRoot};
use carecert::render::docx::{self, DocumentKind, DocxOptions, package::unzip};
use carecert::render::xml::{self, XmlOptions};
use proptest::prelude::*;
use quick_xml::events::Event;
use std::path::Path;

const ORIGINAL: &str = "Describe what the { -regulator } does.";

fn any_text() -> impl Strategy<Value = String> {
    let chars = prop_oneof![
        prop::char::range(' ', '~').prop_filter("no Fluent braces", |c| *c != '{' && *c != '}'),
        prop::char::range('\u{0600}', '\u{06FF}'),
        prop::char::range('\u{05D0}', '\u{05EA}'),
        prop::char::range('\u{0900}', '\u{097F}'),
        prop::char::range('\u{4E00}', '\u{4FFF}'),
        prop::char::range('\u{0300}', '\u{036F}'),
        prop::char::range('\u{1F600}', '\u{1F64F}'),
        Just('<'),
        Just('&'),
        Just('"'),
        Just('\''),
        Just('>'),
    ];
    // Starts and ends with a letter: surrounding blanks are not part of a text.
    prop::collection::vec(chars, 0..60)
        .prop_map(|cs| format!("A{}Z", cs.into_iter().collect::<String>()))
}

/// The mini fixture with criterion 1.1a's text replaced.
fn framework_with(text: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini");
    for rel in [
        "framework.json",
        "terms.json",
        "standards/01.json",
        "standards/02.json",
    ] {
        let to = dir.path().join(rel);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        let mut content = std::fs::read_to_string(src.join(rel)).unwrap();
        if rel == "standards/01.json" {
            let quoted = serde_json::to_string(text).unwrap();
            content = content.replace(&format!("\"{ORIGINAL}\""), &quoted);
        }
        std::fs::write(to, content).unwrap();
    }
    dir
}

/// Every text node of an XML document, unescaped, one string per element.
fn xml_texts(bytes: &[u8], element: &str) -> Vec<String> {
    let mut reader = quick_xml::Reader::from_reader(bytes);
    let mut buf = Vec::new();
    let mut out = Vec::new();
    let mut inside = false;
    loop {
        match reader.read_event_into(&mut buf).unwrap() {
            Event::Start(e) if e.name().as_ref() == element => {
                inside = true;
                out.push(String::new());
            }
            Event::End(e) if e.name().as_ref() == element => inside = false,
            Event::Text(t) if inside => out.last_mut().unwrap().push_str(&t.xml10_content()),
            Event::GeneralRef(r) if inside => {
                let c = match r.as_ref() {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    "apos" => '\'',
                    _ => r.resolve_char_ref().unwrap().unwrap(),
                };
                out.last_mut().unwrap().push(c);
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    out
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn any_text_survives_xml_docx_and_xliff(text in any_text()) {
        let dir = framework_with(&text);
        let stack = edition::open(&dir.path().display().to_string(), None).unwrap();
        let r = stack.resolve().unwrap().resolved;
        let locales = tempfile::tempdir().unwrap();
        let root = LocaleRoot::Dir(locales.path().to_path_buf());
        let catalog = Catalog::load(&root, &stack, &["en-GB".to_string()]);
        let l = l10n::localise(&r, "en-GB", &catalog);

        let pack = xml::render(&l, &XmlOptions { generator: "test" });
        prop_assert!(xml_texts(&pack, "text").contains(&text));

        let labels = Labels::load(&root, "en-GB", "en-GB");
        let opts = DocxOptions { date: "2025-01-01T00:00:00Z", generator: "test", contents_pages: None, issued: None };
        let bytes = docx::render(DocumentKind::Standards, &l, &labels, &opts);
        let parts = unzip(&bytes).unwrap();
        let document = &parts.iter().find(|(n, _)| n == "word/document.xml").unwrap().1;
        prop_assert!(xml_texts(document, "w:t").contains(&text));

        // A translator's target with the same text comes back as written.
        let (xlf, _) = xliff::export(&r, &catalog, &ExportOptions { locale: "fr", all: true });
        let xlf = String::from_utf8(xlf).unwrap();
        let unit = xlf.find("<unit id=\"first-knowledge\"").unwrap();
        let end = unit + xlf[unit..].find("</source>").unwrap() + "</source>".len();
        let with_target = format!("{}<target>{}</target>{}", &xlf[..end], escape(&text), &xlf[end..]);
        let file = xliff::read("t.xlf", &with_target).unwrap();
        let u = file.units.iter().find(|u| u.id == "first-knowledge").unwrap();
        prop_assert_eq!(u.segments[0].target.as_deref(), Some(text.as_str()));
    }
}

#[test]
fn load_refuses_control_characters() {
    let dir = framework_with("Call\u{7}for help");
    let Err(err) = edition::open(&dir.path().display().to_string(), None) else {
        panic!("a control character must be refused");
    };
    let d = &err.0[0];
    assert_eq!(
        d.file.as_deref().map(|f| f.ends_with("standards/01.json")),
        Some(true)
    );
    assert!(
        d.line.is_some() && d.path.as_deref() == Some("outcomes[0].criteria[0].text"),
        "{d:?}"
    );
    assert!(d.message.contains("U+0007"), "{}", d.message);
}
