//! Finding where a JSON path lives in the file text.
//!
//! serde_json reports line and column only for syntax errors; semantic problems
//! (a duplicate id, an unknown term) are found on the parsed value and only know
//! their JSON path. This walks the original text once more to turn that path back
//! into a line and column, so every message can point into the file.

#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Segment {
    /// A member's key: nearly always a field name written in the program,
    /// borrowed, so a path is copied without copying its keys (validating a
    /// large framework makes several paths for each of its criteria).
    Key(Cow<'static, str>),
    Index(usize),
}

/// A path such as `outcomes[2].criteria[0].kind`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct JsonPath(pub Vec<Segment>);

impl JsonPath {
    pub fn root() -> Self {
        JsonPath(Vec::new())
    }

    pub fn key(&self, key: impl Into<Cow<'static, str>>) -> Self {
        let mut p = self.clone();
        p.0.push(Segment::Key(key.into()));
        p
    }

    pub fn index(&self, index: usize) -> Self {
        let mut p = self.clone();
        p.0.push(Segment::Index(index));
        p
    }

    pub fn join(&self, other: &JsonPath) -> Self {
        let mut p = self.clone();
        p.0.extend(other.0.iter().cloned());
        p
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                Segment::Key(k) if i == 0 => write!(f, "{}", crate::text::excerpt(k))?,
                Segment::Key(k) => write!(f, ".{}", crate::text::excerpt(k))?,
                Segment::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// Where a path points: the start of its value, or, when `key_only` is asked for,
/// the start of the key (for "unknown field" messages the key is what is wrong).
pub fn locate(text: &str, path: &JsonPath) -> Option<(usize, usize)> {
    Locator::default().locate(text, path, false)
}

/// Like [`locate`], but points at the key of the last segment.
pub fn locate_key(text: &str, path: &JsonPath) -> Option<(usize, usize)> {
    Locator::default().locate(text, path, true)
}

/// Finds many paths in one text quickly: the children of each container (their keys
/// and where their values start) are found once, when a path first goes through it,
/// and lines and columns come from an index of the text. A file with an error in each
/// of 20,000 operations is then read about once, not once per error; a minified file
/// on one line costs no more than one with many.
#[derive(Debug, Default)]
pub struct Locator {
    /// The text the index was made for (its address and length), so a locator never
    /// answers for another text.
    made_for: (usize, usize),
    lines: Option<Lines>,
    children: HashMap<usize, Vec<Child>>,
}

/// One member of an object (with the end of its key's token) or element of an array.
#[derive(Debug)]
struct Child {
    key_end: Option<usize>,
    key_at: usize,
    value_at: usize,
}

impl Child {
    /// Whether this member's key is `key`, compared after unescaping.
    fn has_key(&self, text: &str, key: &str) -> bool {
        let Some(end) = self.key_end else {
            return false;
        };
        let token = &text[self.key_at..end];
        let raw = &token[1..token.len() - 1];
        if raw.contains('\\') {
            serde_json::from_str::<String>(token).is_ok_and(|k| k == key)
        } else {
            raw == key
        }
    }
}

impl Locator {
    /// Where `path` points in `text` (its key's place with `at_key`).
    pub fn locate(&mut self, text: &str, path: &JsonPath, at_key: bool) -> Option<(usize, usize)> {
        let identity = (text.as_ptr() as usize, text.len());
        if self.made_for != identity {
            *self = Locator {
                made_for: identity,
                ..Locator::default()
            };
        }
        let mut scan = Scanner {
            bytes: text.as_bytes(),
            pos: 0,
        };
        scan.skip_ws();
        let mut at = scan.pos;
        let last = path.0.len();
        for (depth, seg) in path.0.iter().enumerate() {
            let children = self
                .children
                .entry(at)
                .or_insert_with(|| children(text.as_bytes(), at));
            let child = match seg {
                Segment::Key(key) => children.iter().find(|c| c.has_key(text, key))?,
                Segment::Index(n) => children.get(*n).filter(|c| c.key_end.is_none())?,
            };
            if at_key && depth + 1 == last && child.key_end.is_some() {
                at = child.key_at;
                break;
            }
            at = child.value_at;
        }
        let lines = self.lines.get_or_insert_with(|| Lines::new(text));
        Some(lines.line_col(text, at))
    }
}

/// The children of the object or array starting at `at`; none for a scalar.
fn children(bytes: &[u8], at: usize) -> Vec<Child> {
    let mut scan = Scanner { bytes, pos: at };
    let mut out = Vec::new();
    let Some(open) = scan.peek().filter(|b| matches!(b, b'{' | b'[')) else {
        return out;
    };
    let close = if open == b'{' { b'}' } else { b']' };
    scan.pos += 1;
    loop {
        scan.skip_ws();
        match scan.peek() {
            None => return out,
            Some(c) if c == close => return out,
            Some(b',') => {
                scan.pos += 1;
                continue;
            }
            _ => {}
        }
        let (key_end, key_at) = if open == b'{' {
            if scan.peek() != Some(b'"') {
                return out;
            }
            let key_at = scan.pos;
            if scan.skip_string().is_none() {
                return out;
            }
            let key_end = scan.pos;
            scan.skip_ws();
            if scan.peek() != Some(b':') {
                return out;
            }
            scan.pos += 1;
            scan.skip_ws();
            (Some(key_end), key_at)
        } else {
            (None, scan.pos)
        };
        out.push(Child {
            key_end,
            key_at,
            value_at: scan.pos,
        });
        if scan.skip_value().is_none() {
            return out;
        }
    }
}

/// Line starts and, every few kilobytes, how many characters a line has up to
/// there: a line and column is a binary search and a short count.
#[derive(Debug)]
struct Lines {
    starts: Vec<usize>,
    /// (byte offset, characters from its line's start to it), in order.
    marks: Vec<(usize, usize)>,
}

impl Lines {
    const MARK_EVERY: usize = 4096;

    fn new(text: &str) -> Lines {
        let mut starts = vec![0];
        let mut marks = Vec::new();
        let mut column = 0;
        let mut next_mark = Self::MARK_EVERY;
        for (i, c) in text.char_indices() {
            if i >= next_mark {
                marks.push((i, column));
                next_mark = i + Self::MARK_EVERY;
            }
            if c == '\n' {
                starts.push(i + 1);
                column = 0;
            } else {
                column += 1;
            }
        }
        Lines { starts, marks }
    }

    fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        let mark = self.marks.partition_point(|&(at, _)| at <= offset);
        let (from, counted) = match mark.checked_sub(1).map(|m| self.marks[m]) {
            Some((at, column)) if at >= start => (at, column),
            _ => (start, 0),
        };
        (line, counted + text[from..offset].chars().count() + 1)
    }
}

/// 1-based line and column (in characters) of a byte offset.
/// Line starts of a text, for many `line_col` lookups in one file: a lookup is a
/// binary search instead of a scan from the start.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { text, starts }
    }

    /// The same answer as [`line_col`].
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(self.text, offset.min(self.text.len()));
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        (line, self.text[start..offset].chars().count() + 1)
    }
}

pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// Positioned at an object, moves to the value of `key`; returns the key's offset.
    #[cfg(test)]
    fn find_key(&mut self, key: &str) -> Option<usize> {
        if self.peek()? != b'{' {
            return None;
        }
        self.pos += 1;
        loop {
            self.skip_ws();
            match self.peek()? {
                b'}' => return None,
                b',' => {
                    self.pos += 1;
                    continue;
                }
                b'"' => {}
                _ => return None,
            }
            let key_pos = self.pos;
            let name = self.string()?;
            self.skip_ws();
            if self.peek()? != b':' {
                return None;
            }
            self.pos += 1;
            self.skip_ws();
            if name == key {
                return Some(key_pos);
            }
            self.skip_value()?;
        }
    }

    /// Positioned at an array, moves to its `n`th element.
    #[cfg(test)]
    fn find_index(&mut self, n: usize) -> Option<()> {
        if self.peek()? != b'[' {
            return None;
        }
        self.pos += 1;
        let mut i = 0;
        loop {
            self.skip_ws();
            match self.peek()? {
                b']' => return None,
                b',' => {
                    self.pos += 1;
                    continue;
                }
                _ => {}
            }
            if i == n {
                return Some(());
            }
            self.skip_value()?;
            i += 1;
        }
    }

    /// Reads a string token and returns its unescaped content.
    #[cfg(test)]
    fn string(&mut self) -> Option<String> {
        let start = self.pos;
        self.skip_string()?;
        let raw = std::str::from_utf8(&self.bytes[start..self.pos]).ok()?;
        serde_json::from_str(raw).ok()
    }

    /// Moves past the string token that starts here.
    fn skip_string(&mut self) -> Option<()> {
        self.pos += 1;
        loop {
            match self.peek()? {
                b'\\' => self.pos += 2,
                b'"' => {
                    self.pos += 1;
                    return Some(());
                }
                _ => self.pos += 1,
            }
        }
    }

    fn skip_value(&mut self) -> Option<()> {
        self.skip_ws();
        match self.peek()? {
            b'"' => self.skip_string()?,
            open @ (b'{' | b'[') => {
                let close = if open == b'{' { b'}' } else { b']' };
                self.pos += 1;
                loop {
                    self.skip_ws();
                    match self.peek()? {
                        c if c == close => {
                            self.pos += 1;
                            break;
                        }
                        b',' | b':' => self.pos += 1,
                        _ => self.skip_value()?,
                    }
                }
            }
            _ => {
                while !matches!(
                    self.peek(),
                    None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                ) {
                    self.pos += 1;
                }
            }
        }
        Some(())
    }
}
