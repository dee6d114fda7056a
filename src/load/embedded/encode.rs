//! The compact form of a JSON value that `build.rs` writes for each embedded
//! framework and `load::embedded` reads: a tag byte, then the value. Shared by
//! the build script (through `#[path]`) and the tests, so both write the same
//! bytes.
//!
//! | tag | value |
//! |---|---|
//! | 0, 1, 2 | null, false, true |
//! | 3, 4, 5 | u64, i64, f64: 8 bytes, little-endian |
//! | 6 | string: u32 length, UTF-8 bytes |
//! | 7 | array: u32 count, the values |
//! | 8 | object: u32 count, then each key (u32 length, bytes) and value |
//!
//! Lengths and counts are little-endian. A format of our own rather than a
//! crate's: it is thirty lines each way, and it holds no pointers, so the
//! binary needs no relocation for it at start-up.

pub const NULL: u8 = 0;
pub const FALSE: u8 = 1;
pub const TRUE: u8 = 2;
pub const U64: u8 = 3;
pub const I64: u8 = 4;
pub const F64: u8 = 5;
pub const STR: u8 = 6;
pub const ARR: u8 = 7;
pub const OBJ: u8 = 8;

/// Appends `value` to `out`; None if a string or collection is too long for
/// a u32 length. (The library itself only reads the form, except in tests.)
#[allow(dead_code)]
pub fn encode(value: &serde_json::Value, out: &mut Vec<u8>) -> Option<()> {
    use serde_json::Value;
    let len = |n: usize, out: &mut Vec<u8>| -> Option<()> {
        out.extend_from_slice(&u32::try_from(n).ok()?.to_le_bytes());
        Some(())
    };
    match value {
        Value::Null => out.push(NULL),
        Value::Bool(false) => out.push(FALSE),
        Value::Bool(true) => out.push(TRUE),
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                out.push(U64);
                out.extend_from_slice(&u.to_le_bytes());
            } else if let Some(i) = n.as_i64() {
                out.push(I64);
                out.extend_from_slice(&i.to_le_bytes());
            } else {
                out.push(F64);
                out.extend_from_slice(&n.as_f64().unwrap_or_default().to_le_bytes());
            }
        }
        Value::String(s) => {
            out.push(STR);
            len(s.len(), out)?;
            out.extend_from_slice(s.as_bytes());
        }
        Value::Array(items) => {
            out.push(ARR);
            len(items.len(), out)?;
            for item in items {
                encode(item, out)?;
            }
        }
        Value::Object(map) => {
            out.push(OBJ);
            len(map.len(), out)?;
            for (key, item) in map {
                len(key.len(), out)?;
                out.extend_from_slice(key.as_bytes());
                encode(item, out)?;
            }
        }
    }
    Some(())
}
