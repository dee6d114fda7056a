//! carecert: the English Care Certificate as structured data, adapted for other
//! countries.
//!
//! The pipeline, each stage a module with one job and data flowing one way
//! (`docs/architecture.md` has the whole map):
//!
//! ```text
//! framework + edition.json ──load──▶ Stack ──resolve──▶ Resolved ──localise──▶ Localised ──render──▶ bytes ──pack──▶ out/<edition>/<locale>/
//!                                       (edition)   │    (l10n, .ftl files)         │   (render)           (build, pack)
//!                                                   └──check──▶ findings            └──diff──▶ Diff ──review──▶ text, HTML, Word redline
//! ```
//!
//! [`load`] reads JSON through a [`load::Source`] (a directory, or the framework
//! compiled into the binary); [`edition`] stacks editions on it and applies their
//! operations; [`l10n`] looks every text up in the translations (and exchanges them
//! as XLIFF or spreadsheets); [`render`] turns a localised edition into files
//! without reading any; [`pdf`] turns the Word documents into PDF through
//! LibreOffice; [`build`] and [`pack`] write them atomically with a
//! manifest. [`workspace`] says where a team's editions, translations and packs
//! are. Every problem is a [`diag::Diagnostic`] naming file, line, column and JSON
//! path. Nothing here prints or exits; the binary does that.

// Diagnostics are deliberately rich (file, position, path, help); they travel only on
// the failure path, so their size costs nothing where it matters.
#![allow(clippy::result_large_err)]

pub mod build;
pub mod check;
pub mod codes;
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
pub mod pdf;
pub mod render;
pub mod review;
pub mod schema;
pub mod show;
pub mod synth;
pub mod text;
pub mod workspace;
