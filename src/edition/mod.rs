//! Editions: loading the stack of layers, and resolving it into one tree with
//! provenance. See `docs/overlays.md` for the file format and the workflow.

pub mod apply;
pub mod certificate;
pub mod file;
pub mod partial;
pub mod rebase;
pub mod resolved;
pub mod scaffold;
pub mod stack;
mod tagged;
pub(crate) mod validate;
mod workspace;

use crate::diag::{Diagnostic, Diagnostics};
use crate::fingerprint::Fingerprint;
pub use apply::Drift;
use resolved::{Layer, LayerKind, Resolved};
pub use stack::{LoadedEdition, Stack, open};
pub(crate) use tagged::TAG;
use validate::validate;

/// A resolved edition with what resolution found on the way.
#[derive(Debug)]
pub struct Resolution {
    pub resolved: Resolved,
    /// Operations not applied because their base text changed.
    pub drift: Vec<Drift>,
    /// Warnings to report (drift among them), located in the edition files.
    pub warnings: Vec<Diagnostic>,
}

impl Stack {
    /// Applies every edition, base first. Errors in any layer (a missing target, a
    /// conflict, bad text) fail the whole resolution, reported together with any
    /// drift so one run shows everything.
    pub fn resolve(&self) -> Result<Resolution, Diagnostics> {
        let mut r = Resolved::from_framework(
            &self.framework.framework,
            self.framework.fingerprint.clone(),
        );
        if self.editions.len() > 1 {
            // An edition on an edition may meet codes the lower one renumbered.
            r.framework_codes = resolved::framework_codes(&self.framework.framework);
        }
        let mut errors = Vec::new();
        let mut warnings = Vec::new();
        let mut drift = Vec::new();
        for edition in &self.editions {
            errors.extend(validate(edition, &partial::Gaps::default()));
            errors.extend(edition.logo_error.clone());
            let applied = apply::apply(&mut r, &edition.file, &edition.doc);
            errors.extend(applied.errors);
            for (d, w) in applied.drift {
                drift.push(d);
                warnings.push(w);
            }
            let f = &edition.file;
            r.id = f.id.clone();
            r.name = f.name.clone();
            r.countries = match (&f.country, &f.region) {
                (Some(c), _) => vec![c.clone()],
                (None, Some(region)) => region.countries.clone(),
                (None, None) => Vec::new(),
            };
            r.locales = f.locales.iter().map(|l| l.0.clone()).collect();
            r.notices.extend(f.notices.iter().cloned());
            let layer = r.layers.len();
            r.notice_from
                .extend((0..f.notices.len()).map(|i| (layer, i)));
            r.author = f.author.clone();
            if f.fonts.is_some() {
                r.fonts = f.fonts.clone();
            }
            // The certificate's fields, each from the topmost layer that sets it.
            if f.issuer.is_some() {
                r.certificate.issuer = f.issuer.clone();
            }
            if let Some(logo) = &edition.logo {
                r.certificate.logo = Some(logo.clone());
            }
            if f.certificate_number.is_some() {
                r.certificate.number = f.certificate_number.clone();
            }
            r.layers.push(Layer {
                id: f.id.clone(),
                kind: LayerKind::Edition,
                source: edition.doc.shown.clone(),
                fingerprint: Fingerprint::of_bytes(edition.doc.text.as_bytes()),
                name: f.name.clone(),
            });
        }
        if !errors.is_empty() {
            errors.extend(warnings);
            let mut all = Diagnostics(errors);
            all.sort();
            return Err(all);
        }
        Ok(Resolution {
            resolved: r,
            drift,
            warnings,
        })
    }
}

impl Stack {
    /// The stack without its top edition: what that edition's operations were written
    /// against. A bare framework has nothing below it.
    pub fn below_top(&self) -> Option<Stack> {
        let (_, rest) = self.editions.split_last()?;
        Some(Stack {
            framework: self.framework.clone(),
            editions: rest.to_vec(),
        })
    }
}

/// Fills in the text each drifted operation was written against, from an older
/// resolution of its base (the one the edition declares, when `--base` replaced it).
pub fn attach_old_texts(drift: &mut [Drift], older: &Resolved) {
    let index = crate::lookup::Index::new(older);
    for d in drift {
        let Ok(at) = index.find(&d.target) else {
            continue;
        };
        let text = match older.node(at) {
            crate::lookup::Node::Standard(s) => &s.title,
            crate::lookup::Node::Outcome(o) => &o.title,
            crate::lookup::Node::Criterion(c) => &c.text,
        };
        let recorded = Fingerprint::parse(&d.recorded);
        if recorded.is_some_and(|r| Fingerprint::of(text).matches(&r)) {
            d.old_text = Some(text.clone());
        }
    }
}
