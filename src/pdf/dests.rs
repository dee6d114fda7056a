//! Reading back, from the PDF LibreOffice wrote, the page each heading landed on.
//!
//! The DOCX writer puts a bookmark `_Toc00001`, `_Toc00002`, … on every heading
//! the contents list. LibreOffice exports bookmarks as named destinations (a
//! `/Dests` dictionary in the catalog, each name with its page object), so the
//! page of heading n is the position of its page object in the page tree. This
//! reads only that: the cross-reference table, the catalog, the page tree and
//! the destinations, all plain dictionaries in LibreOffice's output.

use std::collections::HashMap;

/// The page (from 1) of each heading bookmark `_Toc00001`…, in bookmark order;
/// `None` when the PDF has no such destinations or cannot be read this way.
pub fn heading_pages(pdf: &[u8]) -> Option<Vec<u32>> {
    let objects = Objects::read(pdf)?;
    let root = first_ref(after(objects.trailer, b"/Root")?)?;
    let catalog = objects.get(root)?;
    let pages_root = first_ref(after(catalog, b"/Pages")?)?;
    let dests = objects.get(first_ref(after(catalog, b"/Dests")?)?)?;
    let mut order = Vec::new();
    objects.collect_pages(pages_root, &mut order, 0)?;
    let page_of: HashMap<u32, u32> = order
        .iter()
        .enumerate()
        .map(|(i, obj)| (*obj, i as u32 + 1))
        .collect();
    let mut found: Vec<(u32, u32)> = Vec::new();
    for (name, target) in destinations(dests) {
        let Some(at) = name.rfind("Toc") else {
            continue;
        };
        let Ok(n) = name[at + 3..].parse::<u32>() else {
            continue;
        };
        found.push((n, *page_of.get(&target)?));
    }
    found.sort();
    // Every bookmark from 1 to the last, each once.
    let contiguous = found
        .iter()
        .enumerate()
        .all(|(i, (n, _))| *n == i as u32 + 1);
    (contiguous && !found.is_empty()).then(|| found.into_iter().map(|(_, p)| p).collect())
}

/// The objects of a PDF with a classic cross-reference table, by number.
struct Objects<'a> {
    pdf: &'a [u8],
    offsets: HashMap<u32, usize>,
    trailer: &'a [u8],
}

impl<'a> Objects<'a> {
    fn read(pdf: &'a [u8]) -> Option<Objects<'a>> {
        let start = rfind(pdf, b"startxref")?;
        let offset: usize = number(&pdf[start + 9..])?.0 as usize;
        let mut at = offset + skip_space(pdf.get(offset..)?);
        if !pdf.get(at..)?.starts_with(b"xref") {
            return None;
        }
        at += 4;
        let mut offsets = HashMap::new();
        loop {
            at += skip_space(pdf.get(at..)?);
            if pdf.get(at..)?.starts_with(b"trailer") {
                break;
            }
            let (first, used) = number(&pdf[at..])?;
            at += used;
            let (count, used) = number(&pdf[at..])?;
            at += used;
            at += skip_space(pdf.get(at..)?);
            for i in 0..count {
                let entry = pdf.get(at..at + 20)?;
                if entry[17] == b'n' {
                    let off = std::str::from_utf8(&entry[..10]).ok()?.parse().ok()?;
                    offsets.insert(first + i, off);
                }
                at += 20;
            }
        }
        let trailer = &pdf[at..start];
        Some(Objects {
            pdf,
            offsets,
            trailer,
        })
    }

    /// An object's body, from after `N 0 obj` to `endobj`.
    fn get(&self, n: u32) -> Option<&'a [u8]> {
        let from = *self.offsets.get(&n)?;
        let rest = self.pdf.get(from..)?;
        let body = find(rest, b"obj")? + 3;
        let end = find(rest, b"endobj")?;
        rest.get(body..end)
    }

    /// The page objects under `node`, in order; nested page trees are walked.
    fn collect_pages(&self, node: u32, out: &mut Vec<u32>, depth: u32) -> Option<()> {
        if depth > 32 {
            return None;
        }
        let body = self.get(node)?;
        if find(body, b"/Type/Pages").is_some() || find(body, b"/Type /Pages").is_some() {
            let kids = after(body, b"/Kids")?;
            let end = find(kids, b"]")?;
            for kid in refs(&kids[..end]) {
                self.collect_pages(kid, out, depth + 1)?;
            }
        } else {
            out.push(node);
        }
        Some(())
    }
}

/// The entries of a destinations dictionary: each name with the object number
/// of the page its array starts with.
fn destinations(dict: &[u8]) -> Vec<(String, u32)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(slash) = find(&dict[at..], b"/") {
        let start = at + slash + 1;
        let len = dict[start..]
            .iter()
            .position(|b| b" \r\n\t[/<(>".contains(b))
            .unwrap_or(dict.len() - start);
        let name = String::from_utf8_lossy(&dict[start..start + len]).into_owned();
        let mut next = start + len;
        next += skip_space(&dict[next..]);
        if dict.get(next) == Some(&b'[') {
            let Some(close) = find(&dict[next..], b"]") else {
                break;
            };
            if let Some(page) = refs(&dict[next + 1..next + close]).first() {
                out.push((name, *page));
            }
            at = next + close + 1;
        } else {
            at = next;
        }
    }
    out
}

/// Every `N G R` reference in `text`, in order.
fn refs(text: &[u8]) -> Vec<u32> {
    let words: Vec<&[u8]> = text
        .split(|b| b.is_ascii_whitespace() || *b == b'[' || *b == b']' || *b == b'/')
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(3)
        .filter(|w| w[2] == b"R" && is_digits(w[0]) && is_digits(w[1]))
        .filter_map(|w| std::str::from_utf8(w[0]).ok()?.parse().ok())
        .collect()
}

fn first_ref(text: &[u8]) -> Option<u32> {
    let end = text
        .iter()
        .position(|b| *b == b'R')
        .map_or(text.len(), |p| p + 1);
    refs(&text[..end]).first().copied()
}

fn is_digits(w: &[u8]) -> bool {
    !w.is_empty() && w.iter().all(u8::is_ascii_digit)
}

/// What follows `key` in `text`.
fn after<'t>(text: &'t [u8], key: &[u8]) -> Option<&'t [u8]> {
    let at = find(text, key)? + key.len();
    Some(&text[at..])
}

/// A decimal number after optional white space, and how many bytes it took.
fn number(text: &[u8]) -> Option<(u32, usize)> {
    let start = skip_space(text);
    let len = text[start..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let n = std::str::from_utf8(&text[start..start + len])
        .ok()?
        .parse()
        .ok()?;
    Some((n, start + len))
}

fn skip_space(text: &[u8]) -> usize {
    text.iter().take_while(|b| b.is_ascii_whitespace()).count()
}

pub(super) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PDF shaped as LibreOffice writes one: two pages under one page tree,
    /// destinations in the catalog, a classic cross-reference table.
    fn sample() -> Vec<u8> {
        let bodies = [
            "<</Type/Catalog/Pages 2 0 R/Dests 5 0 R>>",
            "<</Type/Pages/Kids[ 3 0 R 4 0 R ]/Count 2>>",
            "<</Type/Page/Parent 2 0 R>>",
            "<</Type/Page/Parent 2 0 R>>",
            "<</5FToc00002[4 0 R/XYZ 56.7 700 0]\n/5FToc00001[3 0 R/XYZ 56.7 785 0]\n/other[3 0 R/Fit]>>",
        ];
        let mut pdf = b"%PDF-1.6\n".to_vec();
        let mut offsets = Vec::new();
        for (i, b) in bodies.iter().enumerate() {
            offsets.push(pdf.len());
            pdf.extend(format!("{} 0 obj\n{b}\nendobj\n\n", i + 1).bytes());
        }
        let xref = pdf.len();
        pdf.extend(format!("xref\n0 {}\n0000000000 65535 f \n", bodies.len() + 1).bytes());
        for o in offsets {
            pdf.extend(format!("{o:010} 00000 n \n").bytes());
        }
        pdf.extend(format!("trailer\n<</Size 6/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n").bytes());
        pdf
    }

    #[test]
    fn pages_of_the_heading_bookmarks() {
        assert_eq!(heading_pages(&sample()), Some(vec![1, 2]));
    }

    #[test]
    fn not_a_pdf_is_none() {
        assert_eq!(heading_pages(b"hello"), None);
        assert_eq!(heading_pages(b""), None);
    }
}
