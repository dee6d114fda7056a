use super::*;
use crate::l10n::localise;
use proptest::prelude::*;
use std::sync::OnceLock;

fn india() -> &'static Resolved {
    static INDIA: OnceLock<Resolved> = OnceLock::new();
    INDIA.get_or_init(|| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/editions/india");
        let stack = crate::edition::open(dir, None).unwrap();
        stack.resolve().unwrap().resolved
    })
}

fn brazil() -> &'static Resolved {
    static BRAZIL: OnceLock<Resolved> = OnceLock::new();
    BRAZIL.get_or_init(|| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/editions/brazil");
        let stack = crate::edition::open(dir, None).unwrap();
        stack.resolve().unwrap().resolved
    })
}

/// Brazil retitles standard 10: the base's translations of its notes on
/// references are kept (they translate English the retitle left alone), the
/// base's translation of the old title is not, and a note translated from
/// older English is stale, never current.
#[test]
fn a_retitle_keeps_the_translations_of_the_parts_it_left_alone() {
    let r = brazil();
    let sources = source_messages(r);
    let m = sources.iter().find(|m| m.code == "10").unwrap();
    assert_eq!(m.layer, 1);
    assert!(m.part_layers[1..].iter().all(|l| *l == 0), "{m:?}");
    let base = &m.earlier[0].1;
    assert_ne!(base, &m.fingerprint);
    let (_, note) = m.parts()[1].clone();
    let attr = m.attributes[0].0.clone();
    let body = |fp: &str| format!("# source: {fp}\n{} = velho\n    .{attr} = nota\n", m.id);
    let chain = fallback_chain("pt-BR", "en-GB");
    for (fp, fresh) in [(base.to_string(), true), ("000000000000".into(), false)] {
        let mut c = Catalog::new();
        c.add_file("pt-BR", 0, ftl::parse("pt-BR/x.ftl", &body(&fp)));
        let parts = parts(&c, &chain, "en-GB", m);
        assert!(parts[0].1.is_none(), "the old title is not the new one's");
        assert_eq!(parts[1].1.map(|f| f.entry.pattern.as_str()), Some("nota"));
        assert_eq!(stale_part(m, &parts).is_none(), fresh, "{fp} for {note}");
        let st = status(r, &c, &LocaleRoot::Embedded, "pt-BR");
        assert_eq!(st.stale.iter().any(|s| s.id == m.id), !fresh);
        assert_eq!(st.missing.contains(&m.id), fresh);
    }
    // The edition's own translation of the whole message, from the English
    // as it is now, is current.
    let mut c = Catalog::new();
    c.add_file(
        "pt-BR",
        1,
        ftl::parse("br/pt-BR/x.ftl", &body(m.fingerprint.as_str())),
    );
    let parts = parts(&c, &chain, "en-GB", m);
    assert!(parts[..2].iter().all(|(_, f)| f.is_some()));
    assert!(stale_part(m, &parts).is_none());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    /// Whatever parts are translated, and in which locale of the chain,
    /// status counts exactly the fallbacks the localiser makes, and every
    /// message is translated, missing or stale.
    #[test]
    fn status_counts_the_fallbacks_a_pack_has(
        picks in proptest::collection::vec((0usize..2000, 0usize..4), 0..300),
        stale in proptest::collection::vec(0usize..2000, 0..5),
    ) {
        let r = india();
        let sources = source_messages(r);
        let keys: Vec<(String, String)> = sources
            .iter()
            .flat_map(|m| m.parts().into_iter().map(|(k, _)| (k, m.fingerprint.to_string())))
            .collect();
        let mut files = Vec::new();
        for (k, l) in picks {
            let (key, fp) = &keys[k % keys.len()];
            let fp = if stale.contains(&k) { "000000000000" } else { fp.as_str() };
            let (id, attr) = key.split_once('.').map_or((key.as_str(), None), |(i, a)| (i, Some(a)));
            let body = match attr {
                None => format!("{id} = x\n"),
                Some(a) => format!("{id} =\n    .{a} = x\n"),
            };
            files.push((["hi-IN", "hi", "en", "hi"][l], format!("# source: {fp}\n{body}")));
        }
        let mut c = Catalog::new();
        for (n, (locale, text)) in files.iter().enumerate() {
            c.add_file(locale, 0, ftl::parse(&format!("{locale}/{n}.ftl"), text));
        }
        for locale in ["hi-IN", "en-IN"] {
            let st = status(r, &c, &LocaleRoot::Embedded, locale);
            let mut l = localise(r, locale, &c);
            let labels = Labels::load(&LocaleRoot::Embedded, locale, "en-GB");
            crate::l10n::with_labels(&mut l, &labels);
            prop_assert_eq!(st.fallbacks, l.fallbacks, "{}", locale);
            prop_assert_eq!(
                st.translated + st.missing.len() + st.stale.len(),
                st.messages
            );
        }
    }
}
