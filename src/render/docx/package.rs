//! The OPC package: parts zipped in a fixed order with fixed times, so the same
//! document is the same bytes on every run and every machine.

use std::io::{self, Cursor, Write};
use std::sync::mpsc::{SyncSender, sync_channel};
use std::thread::JoinHandle;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// A part's name inside the package and its bytes.
pub type Part = (String, Vec<u8>);

/// A package being zipped in memory. Parts are written into it as they are
/// produced, so only the compressed bytes are held, never a large part whole.
/// The compressor runs on the writer's thread ([`Package::default`]) or on a
/// thread of its own ([`Package::beside`]).
pub struct Package {
    compressor: Compressor,
}

enum Compressor {
    Here(Box<Zip>),
    /// The zip is on another thread; the pieces of each part go to it over a
    /// bounded channel, so a large part is still never held whole.
    Beside {
        pieces: SyncSender<Piece>,
        done: JoinHandle<io::Result<Vec<u8>>>,
    },
}

/// What the writer's thread sends the compressor's.
enum Piece {
    Start(String),
    Bytes(Vec<u8>),
}

/// The deflate level of every part. Level 1 (zlib-rs's `deflate_quick`: one
/// hash probe, fixed Huffman codes) takes two fifths fewer instructions than
/// level 2 (`deflate_fast`) on WordprocessingML (in time, a fifth less), for
/// files about a third larger than level 2's (the standards
/// document of the 2015 base: 26.5 KB at level 6, 34.6 KB at level 2, 44.6 KB
/// at level 1). Compression was the largest single cost of a pack: a
/// ministry rebuilding dozens of packs waits for it, while a third more of a
/// file that is already a tenth of its text costs nobody anything.
pub const LEVEL: i64 = 1;

/// The zip writer and the options every part is stored with.
struct Zip {
    zip: ZipWriter<Cursor<Vec<u8>>>,
    options: SimpleFileOptions,
}

impl Zip {
    fn new() -> Zip {
        Zip {
            zip: ZipWriter::new(Cursor::new(Vec::new())),
            options: SimpleFileOptions::default()
                .compression_method(CompressionMethod::Deflated)
                .compression_level(Some(LEVEL))
                .last_modified_time(DateTime::default())
                .unix_permissions(0o644),
        }
    }

    fn start(&mut self, name: &str) -> io::Result<()> {
        Ok(self.zip.start_file(name, self.options)?)
    }

    fn finish(self) -> io::Result<Vec<u8>> {
        Ok(self.zip.finish()?.into_inner())
    }
}

impl Default for Package {
    fn default() -> Package {
        Package {
            compressor: Compressor::Here(Box::new(Zip::new())),
        }
    }
}

/// Pieces in flight to the compressor's thread: with the document's pieces of
/// 64 KiB, at most a few hundred KiB wait, whatever the size of the part.
const PIECES_IN_FLIGHT: usize = 4;

impl Package {
    /// A package whose compressor runs on a thread of its own, beside the
    /// thread writing the parts. For a document built alone (nothing else
    /// of the pack to write): deflate was a seventh of its time, and the
    /// second core was idle. The bytes are the same as [`Package::default`]'s:
    /// the other thread is handed each write as it was made (tested below).
    pub fn beside() -> Package {
        let (pieces, received) = sync_channel::<Piece>(PIECES_IN_FLIGHT);
        let done = std::thread::spawn(move || {
            let mut zip = Zip::new();
            for piece in received {
                match piece {
                    Piece::Start(name) => zip.start(&name)?,
                    Piece::Bytes(bytes) => zip.zip.write_all(&bytes)?,
                }
            }
            zip.finish()
        });
        Package {
            compressor: Compressor::Beside { pieces, done },
        }
    }

    /// Adds the part `name`, with what `write` writes into it. The bytes go to
    /// the compressor as they are written, so a part is never held whole.
    pub fn part(
        &mut self,
        name: &str,
        write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    ) -> io::Result<()> {
        match &mut self.compressor {
            Compressor::Here(zip) => {
                zip.start(name)?;
                write(&mut Unflushed(&mut zip.zip))
            }
            Compressor::Beside { pieces, .. } => {
                send(pieces, Piece::Start(name.to_string()))?;
                write(&mut Sending(pieces))
            }
        }
    }

    pub fn finish(self) -> io::Result<Vec<u8>> {
        match self.compressor {
            Compressor::Here(zip) => zip.finish(),
            Compressor::Beside { pieces, done } => {
                // Closing the channel ends the compressor's loop.
                drop(pieces);
                done.join()
                    .map_err(|_| io::Error::other("the compressor's thread panicked"))?
            }
        }
    }
}

/// Sends a piece to the compressor's thread. It only stops receiving when it
/// failed, and then `finish` reports its error.
fn send(pieces: &SyncSender<Piece>, piece: Piece) -> io::Result<()> {
    pieces
        .send(piece)
        .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the compressor stopped"))
}

/// A part's bytes on their way to the compressor's thread. Flushes are
/// ignored, as in [`Unflushed`].
struct Sending<'a>(&'a SyncSender<Piece>);

impl Write for Sending<'_> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        if !bytes.is_empty() {
            send(self.0, Piece::Bytes(bytes.to_vec()))?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Passes a part's bytes on to the compressor, but never a flush: a flush
/// would end a deflate block early and add bytes.
///
/// The same part written in the same pieces always compresses to the same
/// bytes, and the writers cut their parts where the content says (the
/// document every 64 KiB of XML, at the end of a block), so a package is the
/// same on every run. At level 6 (`deflate_medium`) zlib-rs gave other bytes
/// for a part fed in pieces than for the part fed whole, and parts were held
/// whole (up to 48 MiB) to keep the files as they had been; at level 2
/// (`deflate_fast`, whose blocks end only when its symbol buffer fills) the
/// test below found no difference, and at level 1 (`deflate_quick`) it finds
/// none for pieces of 64 KiB, though pieces of 1,000 bytes give other bytes
/// (see the next test).
struct Unflushed<'a, W: Write>(&'a mut W);

impl<W: Write> Write for Unflushed<'_, W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.write(bytes)
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

    /// A part of 64 MiB, compressible but not trivially so.
    fn big_part() -> Vec<u8> {
        let mut out = Vec::new();
        let mut n: u32 = 1;
        while out.len() < 64 << 20 {
            n = n.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            out.extend_from_slice(format!("<w:p><w:t>{}</w:t></w:p>", n % 9973).as_bytes());
        }
        out
    }

    /// The part zipped in one write.
    fn zipped_whole(part: &[u8]) -> Vec<u8> {
        let mut zip = Zip::new();
        zip.start("a.xml").unwrap();
        zip.zip.write_all(part).unwrap();
        zip.finish().unwrap()
    }

    #[test]
    fn a_part_written_in_pieces_zips_to_the_bytes_of_the_whole_part() {
        let part = big_part();
        let whole = zipped_whole(&part);
        let mut pieces = Package::default();
        pieces
            .part("a.xml", |w| {
                part.chunks(1 << 16).try_for_each(|c| {
                    w.write_all(c)?;
                    // Flushes are ignored: they would end a block.
                    w.flush()
                })
            })
            .unwrap();
        let pieces = pieces.finish().unwrap();
        assert!(pieces == whole, "the compressed part changed");
        assert_eq!(unzip(&pieces).unwrap()[0].1, part);
    }

    /// The package zipped on another thread is the package zipped here: the
    /// same parts, in the same order, in the same writes of uneven sizes (at
    /// level 1 the bytes can depend on where a part is cut when the pieces
    /// are small, so the writers cut where the content says, and the other
    /// thread is handed each write as it was made).
    #[test]
    fn a_package_zipped_beside_is_the_package_zipped_here() {
        let big = big_part();
        let parts: [(&str, &[u8]); 3] = [
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", &big[..3 << 20]),
            ("word/styles.xml", b"<w:styles/>"),
        ];
        let uneven = |bytes: &[u8], w: &mut dyn Write| {
            let mut n: usize = 7;
            let mut rest = bytes;
            while !rest.is_empty() {
                n = (n * 7919 + 13) % 100_000;
                let (piece, after) = rest.split_at((n + 1).min(rest.len()));
                w.write_all(piece)?;
                rest = after;
            }
            Ok(())
        };
        let mut here = Package::default();
        let mut beside = Package::beside();
        for (name, bytes) in parts {
            here.part(name, |w| uneven(bytes, w)).unwrap();
            beside.part(name, |w| uneven(bytes, w)).unwrap();
        }
        let (here, beside) = (here.finish().unwrap(), beside.finish().unwrap());
        assert!(here == beside, "the package zipped beside differs");
        assert_eq!(unzip(&beside).unwrap()[1].1, &big[..3 << 20]);
    }
}
