//! carecert: the English Care Certificate as structured data, adapted for other
//! countries.
//!
//! The pipeline, each stage a module with one job and data flowing one way:
//!
//! ```text
//! standards/<framework>/ ──load──▶ Framework ──show/check──▶ views and reports
//! ```
//!
//! `load` reads JSON through a [`load::Source`] (a directory, or the framework
//! compiled into the binary) and returns every problem as a [`diag::Diagnostic`]
//! naming file, line, column and JSON path. Nothing here prints or exits; the
//! binary does that.

// Diagnostics are deliberately rich (file, position, path, help); they travel only on
// the failure path, so their size costs nothing where it matters.
#![allow(clippy::result_large_err)]

pub mod build;
pub mod check;
pub mod diag;
pub mod diff;
pub mod edition;
pub mod fingerprint;
pub mod ids;
pub mod l10n;
pub mod load;
pub mod lookup;
pub mod model;
pub mod pack;
pub mod render;
pub mod schema;
pub mod show;
pub mod synth;
pub mod text;
pub mod workspace;
