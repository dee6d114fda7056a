//! Reading an operation where it is, so that an error inside it keeps its path.
//!
//! serde's internally tagged enums (`{"op": "retitle", …}`) read the whole object
//! into a buffer before they know the variant, and decode the variant from that
//! buffer. An error inside it then has lost its place: a misspelt `"titel"` was
//! reported at the operation's first line, not at the key. Here the operations are
//! declared once ([`operations!`]), which also declares the same variants as an
//! externally tagged enum; when `op` is the object's first key, that enum reads the
//! rest of the object in place, and every error keeps its exact path. When `op`
//! comes later, the object is read whole and read again with `op` first (the
//! loader repeats a failed decode that way, see `load::decode`).

use serde::de::value::StrDeserializer;
use serde::de::{self, DeserializeSeed, EnumAccess, IntoDeserializer, MapAccess, VariantAccess};
use serde::forward_to_deserialize_any;
use std::fmt;

/// The key that names an operation's kind.
pub const TAG: &str = "op";

/// Declares `Operation` from one list of variants, each with the name `op` gives it,
/// and generates: `OPERATION_NAMES`, `Operation::name`, and a `Deserialize` that
/// reads the variant's fields in place (see the module comment).
macro_rules! operations {
    (
        $(#[$enum_meta:meta])*
        pub enum Operation {
            $(
                $variant:ident = $name:literal {
                    $( $(#[$field_meta:meta])* $field:ident : $ty:ty, )*
                },
            )*
        }
    ) => {
        $(#[$enum_meta])*
        pub enum Operation {
            $(
                #[serde(rename = $name)]
                $variant { $( $(#[$field_meta])* $field: $ty, )* },
            )*
        }

        /// Every operation's name, as `op` spells it.
        pub const OPERATION_NAMES: &[&str] = &[$($name),*];

        impl Operation {
            /// The name used in files and messages (`replace-text`).
            pub fn name(&self) -> &'static str {
                match self {
                    $( Operation::$variant { .. } => $name, )*
                }
            }
        }

        /// The same variants, tagged from outside: what reads an operation's fields
        /// once its `op` is known.
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        enum Fields {
            $(
                #[serde(rename = $name)]
                $variant { $( $(#[$field_meta])* $field: $ty, )* },
            )*
        }

        impl From<Fields> for Operation {
            fn from(fields: Fields) -> Operation {
                match fields {
                    $( Fields::$variant { $($field),* } => Operation::$variant { $($field),* }, )*
                }
            }
        }

        impl<'de> Deserialize<'de> for Operation {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct Visit;
                impl<'de> serde::de::Visitor<'de> for Visit {
                    type Value = Operation;

                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str("a JSON object")
                    }

                    fn visit_map<A: serde::de::MapAccess<'de>>(
                        self,
                        map: A,
                    ) -> Result<Operation, A::Error> {
                        $crate::edition::tagged::read(
                            map,
                            OPERATION_NAMES,
                            |rest| Fields::deserialize(rest).map(Operation::from),
                            |whole| Operation::deserialize(whole),
                        )
                    }
                }
                d.deserialize_map(Visit)
            }
        }
    };
}
pub(crate) use operations;

/// Reads a tagged object from `map`: when the tag comes first, its value (one of
/// `names`) and then the rest in place with `read_rest`; otherwise the whole object,
/// read again with `read_whole` after moving the tag first.
pub fn read<'de, A, T>(
    mut map: A,
    names: &'static [&'static str],
    read_rest: impl FnOnce(Rest<A>) -> Result<T, A::Error>,
    read_whole: impl FnOnce(serde_json::Value) -> Result<T, serde_json::Error>,
) -> Result<T, A::Error>
where
    A: MapAccess<'de>,
{
    let Some(first) = map.next_key::<String>()? else {
        return Err(de::Error::missing_field(TAG));
    };
    if first == TAG {
        let name = map.next_value_seed(Name(names))?;
        return read_rest(Rest { name, map });
    }
    let mut object = serde_json::Map::new();
    object.insert(first, map.next_value()?);
    while let Some((key, value)) = map.next_entry::<String, serde_json::Value>()? {
        object.insert(key, value);
    }
    let Some(tag) = object.shift_remove(TAG) else {
        return Err(de::Error::missing_field(TAG));
    };
    let mut ordered = serde_json::Map::new();
    ordered.insert(TAG.to_string(), tag);
    ordered.extend(object);
    read_whole(serde_json::Value::Object(ordered)).map_err(de::Error::custom)
}

/// The tag's value: one of the names, or an error at the tag saying which are known.
struct Name(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for Name {
    type Value = String;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> de::Visitor<'de> for Name {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let quoted: Vec<String> = self.0.iter().map(|n| format!("`{n}`")).collect();
        write!(f, "one of {}", quoted.join(", "))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        if self.0.contains(&v) {
            Ok(v.to_string())
        } else {
            Err(E::unknown_variant(v, self.0))
        }
    }
}

/// The rest of a tagged object, as an externally tagged enum sees it: the variant is
/// the tag's value, and its fields are the object's remaining entries.
pub struct Rest<M> {
    name: String,
    map: M,
}

impl<'de, M: MapAccess<'de>> serde::Deserializer<'de> for Rest<M> {
    type Error = M::Error;

    fn deserialize_any<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, M::Error> {
        visitor.visit_enum(self)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

impl<'de, M: MapAccess<'de>> EnumAccess<'de> for Rest<M> {
    type Error = M::Error;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), M::Error> {
        let name: StrDeserializer<'_, M::Error> = self.name.as_str().into_deserializer();
        let variant = seed.deserialize(name)?;
        Ok((variant, self))
    }
}

impl<'de, M: MapAccess<'de>> VariantAccess<'de> for Rest<M> {
    type Error = M::Error;

    fn unit_variant(self) -> Result<(), M::Error> {
        Err(de::Error::custom("an operation has fields"))
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, _: T) -> Result<T::Value, M::Error> {
        Err(de::Error::custom("an operation has named fields"))
    }

    fn tuple_variant<V: de::Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value, M::Error> {
        Err(de::Error::custom("an operation has named fields"))
    }

    fn struct_variant<V: de::Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, M::Error> {
        visitor.visit_map(self.map)
    }
}

#[cfg(test)]
mod tests {
    use crate::edition::file::{EditionFile, OPERATION_NAMES, Operation};
    use serde_json::Value;

    fn fixture_operations() -> Vec<Value> {
        let text = include_str!("../../tests/fixtures/mini-edition/edition.json");
        let value: Value = serde_json::from_str(text).unwrap();
        value["operations"].as_array().unwrap().clone()
    }

    /// The two declarations the macro makes cannot drift apart: every kind of
    /// operation reads back what it writes, whatever the order of its keys.
    #[test]
    fn every_operation_reads_back_in_any_key_order() {
        let ops = fixture_operations();
        let mut kinds: Vec<&str> = Vec::new();
        for op in &ops {
            let read: Operation = serde_json::from_value(op.clone()).unwrap();
            kinds.push(read.name());
            let written = serde_json::to_value(&read).unwrap();
            assert_eq!(serde_json::from_value::<Operation>(written).unwrap(), read);
            let reversed: serde_json::Map<String, Value> = op
                .as_object()
                .unwrap()
                .iter()
                .rev()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            let again: Operation = serde_json::from_value(Value::Object(reversed)).unwrap();
            assert_eq!(again, read);
        }
        kinds.sort_unstable();
        let mut all = OPERATION_NAMES.to_vec();
        all.sort_unstable();
        assert_eq!(kinds, all, "the fixture has every kind of operation");
    }

    #[test]
    fn an_error_inside_an_operation_keeps_its_path() {
        let text =
            r#"{"operations": [{"op": "retitle", "target": "x", "titel": "y", "rationale": "z"}]}"#;
        let mut de = serde_json::Deserializer::from_str(text);
        let err = serde_path_to_error::deserialize::<_, PartialEdition>(&mut de).unwrap_err();
        assert_eq!(err.path().to_string(), "operations[0].titel");
        assert!(err.inner().to_string().starts_with("unknown field `titel`"));
        let text = r#"{"operations": [{"op": "retitel"}]}"#;
        let mut de = serde_json::Deserializer::from_str(text);
        let err = serde_path_to_error::deserialize::<_, PartialEdition>(&mut de).unwrap_err();
        assert_eq!(err.path().to_string(), "operations[0].op");
        let text = r#"{"operations": [{"target": "x"}]}"#;
        let err = serde_json::from_str::<PartialEdition>(text).unwrap_err();
        assert!(err.to_string().starts_with("missing field `op`"), "{err}");
    }

    #[derive(Debug, serde::Deserialize)]
    struct PartialEdition {
        #[allow(dead_code)]
        operations: Vec<Operation>,
    }

    #[test]
    fn an_edition_file_still_reads_whole() {
        let text = include_str!("../../tests/fixtures/mini-edition/edition.json");
        let edition: EditionFile = serde_json::from_str(text).unwrap();
        assert_eq!(edition.operations.len(), fixture_operations().len());
    }
}
