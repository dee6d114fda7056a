//! The frameworks compiled into the binary, loaded without parsing or validating
//! JSON at run time.
//!
//! Every command that uses the embedded 2015 base (most of them) once spent about
//! 8 ms reading its JSON text, checking it and hashing it, though it cannot change
//! after the binary is built. `build.rs` now turns each embedded framework into a
//! static tree of its JSON values ([`Node`]) with the fingerprint of its files, and
//! [`load`] decodes the model types straight from that tree with serde, so no text
//! is parsed and nothing is re-checked. The files' texts are compiled in too,
//! and borrowed rather than copied, so anything that points into them works as
//! before at no cost until it is used.
//!
//! What makes skipping the checks safe is the test below: it loads every embedded
//! framework through the full loader (every error reported, as for a framework on
//! disk), requires `check` to find nothing, and requires the tree to give exactly
//! the same framework, documents and fingerprint. Frameworks read from disk never
//! come here; only a [`Source::Embedded`] does.

use super::json::Document;
use super::source::Source;
use super::{Documents, Loaded, MANIFEST};
use crate::fingerprint::Fingerprint;
use crate::model::{Framework, FrameworkFile, Standard, TermsFile};
use serde::de::value::{Error, MapDeserializer, SeqDeserializer};
use serde::de::{self, DeserializeOwned, IntoDeserializer, Visitor};

/// A framework as `build.rs` wrote it: its files in the order the manifest lists
/// them (manifest, terms, standards), each as its path, its text and its JSON
/// value.
pub struct Embedded {
    pub name: &'static str,
    /// `Fingerprint::of_bytes` over the files' texts, in that order.
    pub fingerprint: &'static str,
    pub files: &'static [(&'static str, &'static str, Node)],
}

/// A JSON value held as static data. Every kind of JSON value has a variant,
/// though today's frameworks use only some of them.
#[allow(dead_code)]
#[derive(Debug)]
pub enum Node {
    Null,
    Bool(bool),
    U64(u64),
    I64(i64),
    F64(f64),
    Str(&'static str),
    Arr(&'static [Node]),
    Obj(&'static [(&'static str, Node)]),
}

include!(concat!(env!("OUT_DIR"), "/embedded_frameworks.rs"));

/// The embedded framework `source` names, decoded from its tree; None for a
/// source on disk, or when the tree cannot be used (then the caller loads the
/// JSON text with the full loader, which reports whatever is wrong).
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
    let manifest: FrameworkFile = decode(manifest)?;
    let terms: TermsFile = decode(terms)?;
    let listed = std::iter::once(&manifest.terms).chain(&manifest.standards);
    if !listed.eq(embedded.files[1..].iter().map(|(rel, _, _)| *rel)) {
        return None;
    }
    let standards = standards
        .iter()
        .map(|(_, _, node)| decode::<Standard>(node))
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

fn decode<T: DeserializeOwned>(node: &'static Node) -> Option<T> {
    T::deserialize(NodeDe(node)).ok()
}

/// Reads a [`Node`] as serde reads JSON: `null` is `None`, a string names a
/// unit enum variant, an object is a struct or a map.
#[derive(Clone, Copy)]
struct NodeDe(&'static Node);

impl<'de> IntoDeserializer<'de, Error> for NodeDe {
    type Deserializer = NodeDe;
    fn into_deserializer(self) -> NodeDe {
        self
    }
}

impl<'de> de::Deserializer<'de> for NodeDe {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Node::Null => visitor.visit_unit(),
            Node::Bool(b) => visitor.visit_bool(*b),
            Node::U64(n) => visitor.visit_u64(*n),
            Node::I64(n) => visitor.visit_i64(*n),
            Node::F64(n) => visitor.visit_f64(*n),
            Node::Str(s) => visitor.visit_borrowed_str(s),
            Node::Arr(items) => {
                let mut seq = SeqDeserializer::new(items.iter().map(NodeDe));
                let value = visitor.visit_seq(&mut seq)?;
                seq.end()?;
                Ok(value)
            }
            Node::Obj(entries) => {
                let mut map = MapDeserializer::new(entries.iter().map(|(k, v)| (*k, NodeDe(v))));
                let value = visitor.visit_map(&mut map)?;
                map.end()?;
                Ok(value)
            }
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Node::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.0 {
            Node::Str(s) => visitor.visit_enum(de::value::BorrowedStrDeserializer::new(s)),
            _ => Err(de::Error::custom("expected a string naming a variant")),
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edition::Stack;

    /// The build-time check of the embedded frameworks: each loads through the
    /// full loader without an error, `check` finds nothing in it, and the tree
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

            let fast =
                load(&source).unwrap_or_else(|| panic!("build.rs wrote no usable tree for {name}"));
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
    fn disk_frameworks_never_use_a_tree() {
        let dir = Source::dir(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/standards/care-certificate-2015"
        ));
        assert!(load(&dir).is_none());
        let loaded = super::super::load_framework(&dir).unwrap();
        assert!(!loaded.checked_at_build);
    }

    #[test]
    fn nodes_decode_as_json_does() {
        static TREE: Node = Node::Obj(&[
            ("id", Node::Str("x")),
            ("kind", Node::Str("law")),
            ("jurisdiction", Node::Null),
            ("value", Node::Str("v")),
            ("note", Node::Str("n")),
        ]);
        let term: crate::model::Term = decode(&TREE).unwrap();
        assert_eq!(term.jurisdiction, None);
        assert_eq!(term.kind, crate::model::TermKind::Law);
        static UNKNOWN: Node = Node::Obj(&[("id", Node::Str("x")), ("extra", Node::U64(1))]);
        assert!(decode::<crate::model::Term>(&UNKNOWN).is_none());
        static BAD_KIND: Node = Node::Str("lawx");
        assert!(decode::<crate::model::TermKind>(&BAD_KIND).is_none());
    }
}
