//! A writer that gathers a renderer's many small writes into chunks.
//!
//! serde_json and quick-xml write each token on its own: a 10k framework's
//! CASE package was ten million writes, each a call through `dyn Write` into
//! the pack's buffered, hashing file. Gathered here first, a token is a copy
//! into a vector the compiler sees whole, and the file gets one write per
//! chunk. The bytes written are the same.

use std::io::{self, Write};

/// How much is gathered before it is passed on.
const CHUNK: usize = 1 << 16;

pub struct Chunked<'a> {
    buf: Vec<u8>,
    out: &'a mut dyn Write,
}

impl<'a> Chunked<'a> {
    pub fn new(out: &'a mut dyn Write) -> Chunked<'a> {
        Chunked {
            buf: Vec::with_capacity(CHUNK + CHUNK / 4),
            out,
        }
    }

    /// Passes on what is left. Without it the last chunk is lost, so every
    /// renderer ends with it.
    pub fn finish(mut self) -> io::Result<()> {
        self.pass_on()
    }

    #[cold]
    fn pass_on(&mut self) -> io::Result<()> {
        self.out.write_all(&self.buf)?;
        self.buf.clear();
        Ok(())
    }
}

impl Write for Chunked<'_> {
    #[inline]
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.write_all(bytes)?;
        Ok(bytes.len())
    }

    #[inline]
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.buf.extend_from_slice(bytes);
        if self.buf.len() >= CHUNK {
            self.pass_on()?;
        }
        Ok(())
    }

    /// Nothing is passed on before a chunk is full or the end: a renderer's
    /// flushes are not the file's.
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever the writes, what comes out is what went in, in order.
        #[test]
        fn chunks_pass_on_every_byte_in_order(writes in proptest::collection::vec(
            proptest::collection::vec(any::<u8>(), 0..40_000), 0..12)) {
            let mut out = Vec::new();
            let mut c = Chunked::new(&mut out);
            for w in &writes {
                c.write_all(w).unwrap();
                c.flush().unwrap();
            }
            c.finish().unwrap();
            prop_assert_eq!(out, writes.concat());
        }
    }
}
