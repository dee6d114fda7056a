//! Keys written twice in one JSON object.
//!
//! JSON parsers keep the last of two equal keys, so an operation whose `"target"` is
//! written twice silently means something else than its first line says. Such files
//! are refused, with both places.
//!
//! Finding them costs nothing on the common path: [`parse`] builds the value with
//! its own visitor, which notices a repeated key when inserting it into its object
//! (keys are compared after unescaping, so `"t\u0061rget"` repeats `"target"`).
//! Only then does [`find`] walk the text once more to say where each one is.

use super::locate::{JsonPath, Segment};
use serde::de::{DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::borrow::Cow;
use std::cell::Cell;
use std::collections::HashMap;
use std::fmt;

/// Parses `text` as serde_json does (with its limit of 128 levels of nesting), and
/// says whether any object has a key more than once.
pub fn parse(text: &str) -> Result<(Value, bool), serde_json::Error> {
    let repeated = Cell::new(false);
    let mut de = serde_json::Deserializer::from_str(text);
    let value = ValueSeed {
        repeated: &repeated,
    }
    .deserialize(&mut de)?;
    de.end()?;
    Ok((value, repeated.get()))
}

/// A key found again in the object that already has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repeated {
    /// The path of the member, ending with the key.
    pub path: JsonPath,
    pub key: String,
    /// Byte offsets of the opening quote of this occurrence and of the first one.
    pub at: usize,
    pub first: usize,
    /// How many times the object has the key in all.
    pub times: usize,
}

/// Every repeated key of `text`, which must be valid JSON, in file order.
pub fn find(text: &str) -> Vec<Repeated> {
    let bytes = text.as_bytes();
    let mut found: Vec<Repeated> = Vec::new();
    let mut stack: Vec<Frame<'_>> = Vec::new();
    let mut pos = 0;
    while pos < bytes.len() {
        match bytes[pos] {
            b'{' => {
                stack.push(Frame::Object {
                    keys: Keys::default(),
                    current: None,
                    expect_key: true,
                    first_found: found.len(),
                });
                pos += 1;
            }
            b'[' => {
                stack.push(Frame::Array { index: 0 });
                pos += 1;
            }
            b'}' | b']' => {
                if let Some(Frame::Object {
                    keys, first_found, ..
                }) = stack.pop()
                {
                    // Each report says how many times its key appears in the object.
                    for r in &mut found[first_found..] {
                        if r.path.0.len() == stack.len() + 1 {
                            r.times = keys.count(r.first);
                        }
                    }
                }
                pos += 1;
            }
            b',' => {
                match stack.last_mut() {
                    Some(Frame::Array { index }) => *index += 1,
                    Some(Frame::Object { expect_key, .. }) => *expect_key = true,
                    None => {}
                }
                pos += 1;
            }
            b'"' => {
                let start = pos;
                pos = string_end(bytes, pos);
                let is_key = matches!(
                    stack.last(),
                    Some(Frame::Object {
                        expect_key: true,
                        ..
                    })
                );
                if is_key {
                    let key = unescape(&text[start..pos]);
                    let first = match stack.last_mut() {
                        Some(Frame::Object {
                            keys,
                            current,
                            expect_key,
                            ..
                        }) => {
                            *expect_key = false;
                            let first = keys.insert(key.clone(), start);
                            *current = Some(key);
                            first
                        }
                        _ => None,
                    };
                    if let Some(first) = first {
                        let path = path_of(&stack);
                        let key = match path.0.last() {
                            Some(Segment::Key(k)) => k.to_string(),
                            _ => String::new(),
                        };
                        found.push(Repeated {
                            path,
                            key,
                            at: start,
                            first,
                            times: 2,
                        });
                    }
                }
            }
            _ => pos += 1,
        }
    }
    found
}

/// The path to the value being read: each object's current key, each array's index.
fn path_of(stack: &[Frame<'_>]) -> JsonPath {
    JsonPath(
        stack
            .iter()
            .map(|frame| match frame {
                Frame::Object { current, .. } => {
                    Segment::Key(current.as_deref().unwrap_or_default().to_string().into())
                }
                Frame::Array { index } => Segment::Index(*index),
            })
            .collect(),
    )
}

enum Frame<'t> {
    Object {
        keys: Keys<'t>,
        /// The key whose value is being read.
        current: Option<Cow<'t, str>>,
        expect_key: bool,
        /// How many repeats were found before this object opened.
        first_found: usize,
    },
    Array {
        index: usize,
    },
}

/// The keys of one object, with the offset of each first occurrence. Objects are
/// small, so a list is searched; past a few dozen keys a map takes over, so that
/// an object of a million keys is still read in one pass.
#[derive(Default)]
struct Keys<'t> {
    list: Vec<(Cow<'t, str>, usize)>,
    index: Option<HashMap<Cow<'t, str>, usize>>,
    /// Occurrences beyond the first, by the offset of the first.
    again: HashMap<usize, usize>,
}

impl<'t> Keys<'t> {
    const LIST_MAX: usize = 32;

    /// Records `key` at `offset`; returns the offset of its first occurrence when
    /// the object already has it.
    fn insert(&mut self, key: Cow<'t, str>, offset: usize) -> Option<usize> {
        let first = match &mut self.index {
            Some(index) => match index.get(&key) {
                Some(&first) => Some(first),
                None => {
                    index.insert(key, offset);
                    None
                }
            },
            None => match self.list.iter().find(|(k, _)| *k == key) {
                Some(&(_, first)) => Some(first),
                None => {
                    self.list.push((key, offset));
                    if self.list.len() > Self::LIST_MAX {
                        self.index = Some(self.list.drain(..).collect());
                    }
                    None
                }
            },
        };
        if let Some(first) = first {
            *self.again.entry(first).or_default() += 1;
        }
        first
    }

    /// How many times the key first seen at `first` appears.
    fn count(&self, first: usize) -> usize {
        1 + self.again.get(&first).copied().unwrap_or(0)
    }
}

/// The offset just past the string token starting at `start` (its opening quote).
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut pos = start + 1;
    while pos < bytes.len() {
        match bytes[pos] {
            b'\\' => pos += 2,
            b'"' => return pos + 1,
            _ => pos += 1,
        }
    }
    bytes.len()
}

/// A string token's content, unescaped only when it has escapes.
fn unescape(token: &str) -> Cow<'_, str> {
    let inner = &token[1..token.len().saturating_sub(1).max(1)];
    if !inner.contains('\\') {
        return Cow::Borrowed(inner);
    }
    match serde_json::from_str::<String>(token) {
        Ok(s) => Cow::Owned(s),
        Err(_) => Cow::Borrowed(inner),
    }
}

/// Builds a [`Value`] as serde_json's own implementation does, and notes when an
/// object receives a key it already has.
#[derive(Clone, Copy)]
struct ValueSeed<'a> {
    repeated: &'a Cell<bool>,
}

impl<'de> DeserializeSeed<'de> for ValueSeed<'_> {
    type Value = Value;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ValueSeed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = seq.next_element_seed(self)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(self)?;
            if object.insert(key, value).is_some() {
                self.repeated.set(true);
            }
        }
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_serde_json() {
        for text in [
            "null",
            "[1, -2, 3.5, 1e300, \"x\", true, {}]",
            "{\"a\": {\"b\": [null, {\"c\": \"d\\u00e9\"}]}, \"e\": 18446744073709551615}",
        ] {
            let (value, repeated) = parse(text).unwrap();
            assert_eq!(value, serde_json::from_str::<Value>(text).unwrap());
            assert!(!repeated);
        }
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        let ours = parse(&deep).unwrap_err().to_string();
        let theirs = serde_json::from_str::<Value>(&deep)
            .unwrap_err()
            .to_string();
        assert_eq!(ours, theirs);
        assert!(parse("{} x").is_err());
    }

    #[test]
    fn finds_repeats_with_both_places() {
        let text = "{\"ops\": [{\"target\": \"a\", \"t\\u0061rget\": \"b\"}, {\"x\": 1}],\n \"x\": [{\"x\": 2}], \"ops\": 3, \"ops\": 4}";
        assert!(parse(text).unwrap().1);
        let found = find(text);
        let shown: Vec<(String, &str, usize, usize, usize)> = found
            .iter()
            .map(|r| (r.path.to_string(), r.key.as_str(), r.at, r.first, r.times))
            .collect();
        let at = |needle: &str, nth: usize| text.match_indices(needle).nth(nth).unwrap().0;
        assert_eq!(
            shown,
            vec![
                (
                    "ops[0].target".to_string(),
                    "target",
                    at("\"t\\u0061rget\"", 0),
                    at("\"target\"", 0),
                    2
                ),
                ("ops".to_string(), "ops", at("\"ops\"", 1), 1, 3),
                ("ops".to_string(), "ops", at("\"ops\"", 2), 1, 3),
            ]
        );
    }

    #[test]
    fn keys_differing_in_case_or_inside_values_are_not_repeats() {
        let text =
            "{\"Target\": \"target\", \"target\": {\"Target\": 1}, \"a\": \"{\\\"a\\\": 1}\"}";
        assert!(!parse(text).unwrap().1);
        assert!(find(text).is_empty());
    }

    #[test]
    fn a_large_object_is_searched_by_map() {
        let mut text = String::from("{");
        for i in 0..10_000 {
            text.push_str(&format!("\"k{i}\": {i},"));
        }
        text.push_str("\"k5\": 0}");
        let found = find(&text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].path.to_string(), "k5");
        assert_eq!(found[0].times, 2);
    }
}
