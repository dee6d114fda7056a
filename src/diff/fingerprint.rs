//! A diff's fingerprint: what a review file was written from. A reviewer's file
//! whose fingerprint differs from the diff of the edition now was written before
//! the edition (or its base) changed; its decisions are still read, by key, and
//! those on changes the diff no longer has are reported stale.

use super::Diff;
use sha2::{Digest, Sha256};

impl Diff {
    /// `sha256:` and the first 16 hex digits of the SHA-256 of both sides' ids and
    /// every change's key, old and new text, in order.
    pub fn fingerprint(&self) -> String {
        let mut h = Sha256::new();
        for part in [&self.old.id, &self.new.id, &self.locale] {
            h.update(part.as_bytes());
            h.update([0]);
        }
        for c in &self.changes {
            for part in [Some(&c.key), c.old.as_ref(), c.new.as_ref()] {
                h.update(part.map_or(&[1u8][..], |s| s.as_bytes()));
                h.update([0]);
            }
        }
        let digest = h.finalize();
        let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
        format!("sha256:{hex}")
    }
}
