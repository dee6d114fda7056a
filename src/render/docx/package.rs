//! The OPC package: parts zipped in a fixed order with fixed times, so the same
//! document is the same bytes on every run and every machine.

use std::io::{self, Cursor, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// A part's name inside the package and its bytes.
pub type Part = (String, Vec<u8>);

/// A package being zipped in memory. Parts are written into it as they are
/// produced, so only the compressed bytes are held, never a large part whole.
pub struct Package {
    zip: ZipWriter<Cursor<Vec<u8>>>,
    options: SimpleFileOptions,
}

/// The deflate level of every part. Level 2 (zlib-rs's fast matcher) compresses
/// WordprocessingML twice as fast as the default level 6, for files about a
/// quarter larger (the standards document of the 2015 base: 26.5 KB at level
/// 6, 32 KB at level 2). Compression was most of the time of a document: a
/// ministry rebuilding dozens of packs waits for it, while a quarter more of a
/// file that is already a tenth of its text costs nobody anything.
pub const LEVEL: i64 = 2;

impl Default for Package {
    fn default() -> Package {
        Package {
            zip: ZipWriter::new(Cursor::new(Vec::new())),
            options: SimpleFileOptions::default()
                .compression_method(CompressionMethod::Deflated)
                .compression_level(Some(LEVEL))
                .last_modified_time(DateTime::default())
                .unix_permissions(0o644),
        }
    }
}

impl Package {
    /// Adds the part `name`, with what `write` writes into it.
    pub fn part(
        &mut self,
        name: &str,
        write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    ) -> io::Result<()> {
        self.zip.start_file(name, self.options)?;
        let mut ahead = Ahead {
            buf: Vec::new(),
            out: &mut self.zip,
        };
        write(&mut ahead)?;
        ahead.out.write_all(&ahead.buf)
    }

    pub fn finish(self) -> io::Result<Vec<u8>> {
        Ok(self.zip.finish()?.into_inner())
    }
}

/// The most input one call of the compressor can take before it stops for a
/// full output buffer: 32 KiB of output (flate2's buffer) at deflate's best
/// ratio of 1032:1 is 33.8 MB, plus a block (16K symbols of 258 bytes) and the
/// window.
const AHEAD: usize = 40 << 20;
/// How much more than `AHEAD` is gathered before the compressor is fed.
const FEED: usize = 8 << 20;
/// A part growing past this gets its whole buffer reserved at once.
const RESERVE_OVER: usize = 1 << 16;

/// Keeps at least `AHEAD` bytes in hand whenever it feeds the compressor.
///
/// zlib-rs at level 6 compressed differently when its input ran dry in the
/// middle of a part than when it stopped for a full output buffer, so feeding a
/// part in small pieces changed the compressed bytes; at level 2 the test below
/// sees no difference, but no documentation promises it. Given a whole part at
/// once, as parts were before they were streamed, it only ever stops for
/// output; with `AHEAD` bytes in hand it cannot run dry either, so the package
/// is byte for byte what it was, while a part of 140 MB (the workbook at
/// 100,000 criteria) needs under 50 MB here. Parts under `AHEAD + FEED` go in
/// whole, exactly as before. Never flushes: a flush would end a deflate block.
struct Ahead<'a, W: Write> {
    buf: Vec<u8>,
    out: &'a mut W,
}

impl<W: Write> Write for Ahead<'_, W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        if self.buf.len() + bytes.len() > RESERVE_OVER && self.buf.capacity() < AHEAD + FEED {
            // Room for all this buffer ever holds, reserved once: memory not
            // written is never touched, while growing by doubling would copy
            // the part again and again into fresh pages (each a page fault).
            self.buf.reserve_exact(AHEAD + FEED - self.buf.len());
        }
        self.buf.extend_from_slice(bytes);
        if self.buf.len() >= AHEAD + FEED {
            let mut fed = 0;
            while self.buf.len() - fed > AHEAD {
                match self.out.write(&self.buf[fed..])? {
                    0 => return Err(io::ErrorKind::WriteZero.into()),
                    n => fed += n,
                }
            }
            self.buf.drain(..fed);
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The parts of a DOCX (or any zip), in stored order, for tests and the
/// structure checks.
pub fn unzip(bytes: &[u8]) -> Result<Vec<Part>, zip::result::ZipError> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))?;
    let mut parts = Vec::new();
    for i in 0..archive.len() {
        let mut f = archive.by_index(i)?;
        let mut buf = Vec::new();
        f.read_to_end(&mut buf)?;
        let name = f.name()?.to_string();
        parts.push((name, buf));
    }
    Ok(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A part well over `AHEAD + FEED`, compressible but not trivially so.
    fn big_part() -> Vec<u8> {
        let mut out = Vec::new();
        let mut n: u32 = 1;
        while out.len() < AHEAD + 3 * FEED {
            n = n.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            out.extend_from_slice(format!("<w:p><w:t>{}</w:t></w:p>", n % 9973).as_bytes());
        }
        out
    }

    /// The part as it was zipped before parts were streamed: in one write.
    fn zipped_whole(part: &[u8]) -> Vec<u8> {
        let mut p = Package::default();
        p.zip.start_file("a.xml", p.options).unwrap();
        p.zip.write_all(part).unwrap();
        p.finish().unwrap()
    }

    #[test]
    fn a_part_written_in_pieces_zips_to_the_bytes_of_the_whole_part() {
        let part = big_part();
        let whole = zipped_whole(&part);
        // Pieces straight into the compressor gave other bytes at level 6
        // (`deflate_medium`); at level 2 they happen not to, but nothing
        // promises that, so parts are still fed as they would be whole.
        let mut pieces = Package::default();
        pieces
            .part("a.xml", |w| {
                part.chunks(1 << 16).try_for_each(|c| w.write_all(c))
            })
            .unwrap();
        let pieces = pieces.finish().unwrap();
        assert!(pieces == whole, "the compressed part changed");
        assert_eq!(unzip(&pieces).unwrap()[0].1, part);
    }
}
