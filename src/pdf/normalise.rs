//! Making LibreOffice's PDF reproducible: the same inputs, the same bytes.
//!
//! Two conversions of one DOCX differ only in the document's dates
//! (`/CreationDate`, `/ModDate`: the clock), its `/ID` and LibreOffice's
//! `/DocChecksum` in the trailer (hashes that include the clock). Each is overwritten in place with a value of the same length (the
//! build date; a hash of the rest of the file), so every offset in the
//! cross-reference table stays right and the file needs no rewriting.

use super::dests::find;
use sha2::{Digest, Sha256};

/// Rewrites the dates to `date` (RFC 3339, the build's) and the identifiers to
/// a hash of the file, in place.
pub fn normalise(pdf: &mut [u8], date: &str) {
    let digits: String = date.chars().filter(char::is_ascii_digit).take(14).collect();
    let digits = format!("{digits:0<14}");
    for key in [&b"/CreationDate("[..], b"/ModDate("] {
        for at in all(pdf, key) {
            let start = at + key.len();
            let Some(len) = pdf[start..].iter().position(|b| *b == b')') else {
                continue;
            };
            let replacement = pdf_date(&digits, &pdf[start..start + len]);
            pdf[start..start + len].copy_from_slice(&replacement);
        }
    }
    // The identifiers last, over the file with its dates already fixed.
    let mut ids: Vec<(usize, usize)> = all(pdf, b"/ID")
        .into_iter()
        .flat_map(|at| hex_strings(pdf, at + 3))
        .collect();
    ids.extend(
        all(pdf, b"/DocChecksum")
            .into_iter()
            .filter_map(|at| hex_name(pdf, at + b"/DocChecksum".len())),
    );
    for (start, len) in &ids {
        pdf[*start..start + len].fill(b'0');
    }
    let hash: String = Sha256::digest(&*pdf)
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect();
    for (start, len) in ids {
        for (i, b) in pdf[start..start + len].iter_mut().enumerate() {
            *b = hash.as_bytes()[i % hash.len()];
        }
    }
}

/// A date of the same length as `old`: `D:` and the build's digits, then
/// whatever zone marks `old` had, with its digits zeroed (UTC).
fn pdf_date(digits: &str, old: &[u8]) -> Vec<u8> {
    let mut new = Vec::with_capacity(old.len());
    let head = format!("D:{digits}");
    for (i, b) in old.iter().enumerate() {
        new.push(match head.as_bytes().get(i) {
            Some(d) if i < 2 || b.is_ascii_digit() => *d,
            _ if b.is_ascii_digit() => b'0',
            _ if *b == b'-' => b'+',
            _ => *b,
        });
    }
    new
}

/// The `<hex>` strings of the array that starts after `at` (`/ID [<…><…>]`).
fn hex_strings(pdf: &[u8], at: usize) -> Vec<(usize, usize)> {
    let Some(close) = pdf.get(at..).and_then(|r| find(r, b"]")) else {
        return Vec::new();
    };
    let array = &pdf[at..at + close];
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(open) = array[i..].iter().position(|b| *b == b'<') {
        let start = i + open + 1;
        let Some(len) = array[start..].iter().position(|b| *b == b'>') else {
            break;
        };
        if array[start..start + len].iter().all(u8::is_ascii_hexdigit) {
            out.push((at + start, len));
        }
        i = start + len + 1;
    }
    out
}

/// The hex digits of the name after `at` (`/DocChecksum /…`).
fn hex_name(pdf: &[u8], at: usize) -> Option<(usize, usize)> {
    let rest = pdf.get(at..)?;
    let slash = rest.iter().position(|b| !b.is_ascii_whitespace())?;
    if rest[slash] != b'/' {
        return None;
    }
    let start = at + slash + 1;
    let len = pdf[start..]
        .iter()
        .take_while(|b| b.is_ascii_hexdigit())
        .count();
    (len > 0).then_some((start, len))
}

fn all(hay: &[u8], needle: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = hay.get(from..).and_then(|h| find(h, needle)) {
        out.push(from + at);
        from += at + needle.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_ids_become_the_builds() {
        let one = b"<</CreationDate(D:20261203075103Z')/ModDate(D:20261203075103+01'00')>>\ntrailer\n<</ID [ <7C488C8C> <7C488C8C> ]\n/DocChecksum /564B3600\n>>".to_vec();
        let mut two = one.clone();
        two[20] = b'9';
        let sum = one.len() - 10;
        two[sum] = b'7';
        let (mut a, mut b) = (one.clone(), two);
        normalise(&mut a, "2025-11-25T00:00:00Z");
        normalise(&mut b, "2025-11-25T00:00:00Z");
        assert_eq!(a, b);
        assert_eq!(a.len(), one.len());
        let text = String::from_utf8(a).unwrap();
        assert!(text.contains("/CreationDate(D:20251125000000Z')"), "{text}");
        assert!(text.contains("/ModDate(D:20251125000000+00'00')"), "{text}");
        assert!(!text.contains("7C488C8C"), "{text}");
        assert!(!text.contains("564B3600"), "{text}");
    }
}
