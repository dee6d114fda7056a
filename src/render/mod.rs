//! Renderers: pure functions from a localised edition (and options) to bytes.
//! They read no files and no clock; the pack stage writes what they return.

pub mod case;
mod chunked;
pub mod docx;
pub mod review;
pub mod xml;
