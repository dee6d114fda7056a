use super::*;

fn file(shown: &str, text: &str) -> FtlFile {
    ftl::parse(shown, text)
}

/// A local file with only a new title leaves the built-in examples in use,
/// and its title wins over the built-in one.
#[test]
fn each_part_is_looked_up_on_its_own() {
    let mut c = Catalog::new();
    c.add(
        "hi",
        0,
        file("locales/hi/x.ftl", "# source: aaa\nc = नया\n"),
        false,
    );
    c.add(
        "hi",
        0,
        file(
            "<embedded>/locales/hi/x.ftl",
            "# source: bbb\nc = पुराना\n    .example-1 = एक\n-t = टी\n",
        ),
        true,
    );
    c.insert_term("hi", "-t", "later");
    let chain = fallback_chain("hi-IN", "en-GB");
    let value = c.find(&chain, "en-GB", "c", 0).unwrap();
    assert_eq!((value.entry.pattern.as_str(), value.locale), ("नया", "hi"));
    assert_eq!(value.entry.fingerprint.as_deref(), Some("aaa"));
    let example = c.find(&chain, "en-GB", "c.example-1", 0).unwrap();
    assert_eq!(example.entry.pattern, "एक");
    assert_eq!(example.entry.fingerprint.as_deref(), Some("bbb"));
    assert!(c.is_built_in(c.origin(example.entry).map(|_| 1).unwrap()));
    assert_eq!(c.term(&chain, "-t"), Some(("टी".into(), "hi".into())));
    assert!(c.find(&chain, "en-GB", "c.example-2", 0).is_none());
}

/// What `load_for_packs` leaves out could change no pack: the built-in
/// files of the source locale define no term and have no problem.
#[test]
fn the_built_in_source_files_are_nothing_a_pack_shows() {
    let root = LocaleRoot::open(None, true).unwrap();
    let stack = crate::edition::open(crate::load::source::DEFAULT_FRAMEWORK, None).unwrap();
    let all = Catalog::load(&root, &stack, &[]);
    let source = &stack.framework.framework.manifest.source_locale;
    let read: Vec<&FtlFile> = all
        .files
        .iter()
        .enumerate()
        .filter(|(n, (l, _, _))| l == source && all.is_built_in(*n))
        .map(|(_, (_, _, f))| f)
        .collect();
    assert!(read.len() >= 2, "{}", read.len());
    for f in read {
        assert_eq!((f.terms.len(), f.errors.len()), (0, 0), "{}", f.shown);
    }
    let packs = Catalog::load_for_packs(&root, &stack, &[]);
    let built_in_source = |c: &Catalog| {
        (c.files.iter().enumerate())
            .filter(|(n, (l, _, _))| l == source && c.is_built_in(*n))
            .count()
    };
    assert_eq!(built_in_source(&packs), 0);
    assert_eq!(packs.files.len() + built_in_source(&all), all.files.len());
    assert_eq!(packs.folders(), all.folders());
}

#[test]
fn the_source_locale_is_never_a_translation() {
    let mut c = Catalog::new();
    c.insert("en-GB", "c", "English");
    c.insert("en", "c", "Also English");
    let chain = fallback_chain("en-IN", "en-GB");
    assert_eq!(c.find(&chain, "en-GB", "c", 0).unwrap().locale, "en");
    assert!(c.find(&["en-GB".to_string()], "en-GB", "c", 0).is_none());
}
