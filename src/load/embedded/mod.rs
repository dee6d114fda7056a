//! The frameworks compiled into the binary, loaded without parsing or validating
//! JSON at run time.
//!
//! Every command that uses the embedded 2015 base (most of them) once spent about
//! 8 ms reading its JSON text, checking it and hashing it, though it cannot change
//! after the binary is built. `build.rs` now writes each embedded framework's
//! JSON values in a compact binary form ([`encode`]) with the fingerprint of its
//! files, and [`load`] decodes the model types straight from that form with
//! serde, so no text is parsed and nothing is re-checked. The form holds no
//! pointers: it costs the binary no relocation at start-up, and commands that
//! do not load the base do not touch it. The files' texts are compiled in too,
//! and borrowed rather than copied, so anything that points into them works as
//! before at no cost until it is used.
//!
//! What makes skipping the checks safe is the test below: it loads every embedded
//! framework through the full loader (every error reported, as for a framework on
//! disk), requires `check` to find nothing, and requires the compact form to give
//! exactly the same framework, documents and fingerprint. Frameworks read from disk never
//! come here; only a [`Source::Embedded`] does.

pub(super) mod encode;

use super::json::Document;
use super::source::Source;
use super::{Documents, Loaded, MANIFEST};
use crate::fingerprint::Fingerprint;
use crate::model::{Framework, FrameworkFile, Standard, TermsFile};
use serde::de::value::{BorrowedBytesDeserializer, BorrowedStrDeserializer, Error};
use serde::de::{self, Deserialize, DeserializeOwned, DeserializeSeed, Visitor};

/// A framework as `build.rs` wrote it: its files in the order the manifest lists
/// them (manifest, terms, standards), each as its path, its text and where its
/// value starts in `blob`.
pub struct Embedded {
    pub name: &'static str,
    /// `Fingerprint::of_bytes` over the files' texts, in that order.
    pub fingerprint: &'static str,
    pub files: &'static [(&'static str, &'static str, usize)],
    pub blob: &'static [u8],
}

include!(concat!(env!("OUT_DIR"), "/embedded_frameworks.rs"));

/// The embedded framework `source` names, decoded from its compact form; None
/// for a source on disk, or when the form cannot be used (then the caller
/// loads the JSON text with the full loader, which reports whatever is wrong).
pub fn load(source: &Source) -> Option<Loaded> {
    let Source::Embedded { name, .. } = source else {
        return None;
    };
    let embedded = FRAMEWORKS.iter().find(|f| f.name == name)?;
    let [(manifest_rel, _, manifest), (_, _, terms), standards @ ..] = embedded.files else {
        return None;
    };
    if *manifest_rel != MANIFEST {
        return None;
    }
    let manifest: FrameworkFile = decode(embedded.blob, *manifest)?;
    let terms: TermsFile = decode(embedded.blob, *terms)?;
    let listed = std::iter::once(&manifest.terms).chain(&manifest.standards);
    if !listed.eq(embedded.files[1..].iter().map(|(rel, _, _)| *rel)) {
        return None;
    }
    let standards = standards
        .iter()
        .map(|(_, _, at)| decode::<Standard>(embedded.blob, *at))
        .collect::<Option<Vec<_>>>()?;
    let mut documents = embedded
        .files
        .iter()
        .map(|(rel, text, _)| Document::new(source.display(rel), *text));
    let documents = Documents {
        manifest: documents.next()?,
        terms: documents.next()?,
        standards: documents.collect(),
    };
    Some(Loaded {
        framework: Framework {
            manifest,
            terms: terms.terms,
            standards,
            origin: source.describe(),
        },
        documents,
        fingerprint: Fingerprint::parse(embedded.fingerprint)?,
        checked_at_build: true,
    })
}

/// The value that starts at `at` in `blob`, as a `T`.
fn decode<T: DeserializeOwned>(blob: &'static [u8], at: usize) -> Option<T> {
    let mut reader = Reader { blob, at };
    T::deserialize(Value(&mut reader)).ok()
}

/// A position in the compact form.
struct Reader {
    blob: &'static [u8],
    at: usize,
}

impl Reader {
    fn bytes(&mut self, n: usize) -> Result<&'static [u8], Error> {
        let blob = self.blob;
        let end = self.at.checked_add(n).filter(|end| *end <= blob.len());
        let end = end.ok_or_else(|| de::Error::custom("the compact form ends early"))?;
        let bytes = &blob[self.at..end];
        self.at = end;
        Ok(bytes)
    }

    fn tag(&self) -> Result<u8, Error> {
        self.blob
            .get(self.at)
            .copied()
            .ok_or_else(|| de::Error::custom("the compact form ends early"))
    }

    fn eight(&mut self) -> Result<[u8; 8], Error> {
        let mut b = [0; 8];
        b.copy_from_slice(self.bytes(8)?);
        Ok(b)
    }

    fn len(&mut self) -> Result<usize, Error> {
        let mut b = [0; 4];
        b.copy_from_slice(self.bytes(4)?);
        Ok(u32::from_le_bytes(b) as usize)
    }

    fn str(&mut self) -> Result<&'static str, Error> {
        let n = self.len()?;
        std::str::from_utf8(self.bytes(n)?).map_err(de::Error::custom)
    }
}

/// Reads one value as serde reads JSON: `null` is `None`, a string names a
/// unit enum variant, an object is a struct or a map.
struct Value<'r>(&'r mut Reader);

impl<'de> de::Deserializer<'de> for Value<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let r = self.0;
        let tag = r.tag()?;
        r.at += 1;
        match tag {
            encode::NULL => visitor.visit_unit(),
            encode::FALSE => visitor.visit_bool(false),
            encode::TRUE => visitor.visit_bool(true),
            encode::U64 => visitor.visit_u64(u64::from_le_bytes(r.eight()?)),
            encode::I64 => visitor.visit_i64(i64::from_le_bytes(r.eight()?)),
            encode::F64 => visitor.visit_f64(f64::from_le_bytes(r.eight()?)),
            encode::STR => visitor.visit_borrowed_str(r.str()?),
            encode::ARR => {
                let left = r.len()?;
                let mut items = Items {
                    r,
                    left,
                    map: false,
                };
                let value = visitor.visit_seq(&mut items)?;
                items.finish()?;
                Ok(value)
            }
            encode::OBJ => {
                let left = r.len()?;
                let mut items = Items { r, left, map: true };
                let value = visitor.visit_map(&mut items)?;
                items.finish()?;
                Ok(value)
            }
            _ => Err(de::Error::custom("an unknown tag in the compact form")),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.0.tag()? == encode::NULL {
            self.0.at += 1;
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        if self.0.tag()? != encode::STR {
            return Err(de::Error::custom("expected a string naming a variant"));
        }
        self.0.at += 1;
        visitor.visit_enum(BorrowedStrDeserializer::new(self.0.str()?))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct
        identifier ignored_any
    }
}

/// The items of an array, or the entries of an object, still to be read.
struct Items<'r> {
    r: &'r mut Reader,
    left: usize,
    /// An object's entries (each a key, then a value).
    map: bool,
}

impl Items<'_> {
    /// Reads past whatever the visitor left unread, so the next value starts
    /// where it should.
    fn finish(&mut self) -> Result<(), Error> {
        while self.left > 0 {
            self.left -= 1;
            if self.map {
                let n = self.r.len()?;
                self.r.bytes(n)?;
            }
            de::IgnoredAny::deserialize(Value(self.r))?;
        }
        Ok(())
    }
}

impl<'de> de::SeqAccess<'de> for Items<'_> {
    type Error = Error;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, Error> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        seed.deserialize(Value(self.r)).map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.left)
    }
}

impl<'de> de::MapAccess<'de> for Items<'_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        // As bytes: a struct's fields are found by their bytes (serde's derive
        // reads them so), and a `String` key checks its UTF-8 itself.
        let n = self.r.len()?;
        let key = self.r.bytes(n)?;
        seed.deserialize(BorrowedBytesDeserializer::new(key))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(Value(self.r))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.left)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edition::Stack;

    /// The build-time check of the embedded frameworks: each loads through the
    /// full loader without an error, `check` finds nothing in it, and the compact form
    /// `build.rs` wrote gives the very same framework, texts and fingerprint.
    #[test]
    fn embedded_frameworks_are_valid_and_clean() {
        let names = Source::embedded_names();
        assert!(!names.is_empty());
        for name in names {
            let source = Source::embedded(name).unwrap();
            let full = match super::super::load_and_validate(&source) {
                Ok(full) => full,
                Err(problems) => panic!("the embedded {name} has problems: {problems:#?}"),
            };
            assert!(!full.checked_at_build);
            let stack = Stack {
                framework: full.clone(),
                editions: Vec::new(),
            };
            let resolution = stack.resolve().unwrap();
            let report = crate::check::check(&stack, &resolution);
            assert!(
                report.findings.is_empty(),
                "check finds problems in the embedded {name}: {:#?}",
                report.findings
            );

            let fast = load(&source)
                .unwrap_or_else(|| panic!("build.rs wrote no usable compact form for {name}"));
            assert!(fast.checked_at_build);
            assert_eq!(fast.framework.manifest, full.framework.manifest);
            assert_eq!(fast.framework.terms, full.framework.terms);
            assert_eq!(fast.framework.standards, full.framework.standards);
            assert_eq!(fast.framework.origin, full.framework.origin);
            assert_eq!(fast.fingerprint, full.fingerprint);
            let docs = |l: &Loaded| -> Vec<(String, String)> {
                std::iter::once(&l.documents.manifest)
                    .chain([&l.documents.terms])
                    .chain(&l.documents.standards)
                    .map(|d| (d.shown.clone(), d.text.to_string()))
                    .collect()
            };
            assert_eq!(docs(&fast), docs(&full));
        }
    }

    #[test]
    fn disk_frameworks_never_use_the_compact_form() {
        let dir = Source::dir(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/standards/care-certificate-2015"
        ));
        assert!(load(&dir).is_none());
        let loaded = super::super::load_framework(&dir).unwrap();
        assert!(!loaded.checked_at_build);
    }

    /// `json` in the compact form, leaked so it lives as long as the binary's.
    fn compact(json: &str) -> &'static [u8] {
        let mut out = Vec::new();
        encode::encode(&serde_json::from_str(json).unwrap(), &mut out).unwrap();
        out.leak()
    }

    #[test]
    fn the_compact_form_decodes_as_json_does() {
        let json = r#"{ "id": "-x", "kind": "law", "jurisdiction": null, "value": "v\u00e9", "note": "n" }"#;
        let term: crate::model::Term = decode(compact(json), 0).unwrap();
        assert_eq!(term, serde_json::from_str(json).unwrap());
        let json = r#"{ "id": "a", "code": "1.1a", "kind": "knowledge", "text": "t",
            "examples": ["e", "f"], "simulation_allowed": true,
            "variants": [{ "sector": "health", "kind": "performance", "text": "v" }] }"#;
        let c: crate::model::Criterion = decode(compact(json), 0).unwrap();
        assert_eq!(c, serde_json::from_str(json).unwrap());
        // Numbers of every kind, and values after a collection, are read in place.
        let n: Vec<(u64, i64, f64)> = decode(compact("[[1, -2, 2.5], [3, -4, 0.25]]"), 0).unwrap();
        assert_eq!(n, vec![(1, -2, 2.5), (3, -4, 0.25)]);
        // What serde_json refuses, the compact form refuses too.
        let unknown = r#"{ "id": "-x", "kind": "law", "jurisdiction": null, "value": "v", "note": "n", "extra": 1 }"#;
        assert!(decode::<crate::model::Term>(compact(unknown), 0).is_none());
        assert!(decode::<crate::model::TermKind>(compact(r#""lawx""#), 0).is_none());
        let map: std::collections::BTreeMap<String, Vec<u8>> =
            decode(compact(r#"{ "b": [1], "a": [2, 3] }"#), 0).unwrap();
        assert_eq!(map.get("a"), Some(&vec![2, 3]));
        // A form cut short is an error, not a panic.
        let whole = compact(r#"{ "a": [1, 2, 3] }"#);
        for end in 0..whole.len() {
            let cut: &'static [u8] = whole[..end].to_vec().leak();
            assert!(decode::<std::collections::BTreeMap<String, Vec<u8>>>(cut, 0).is_none());
        }
    }
}
