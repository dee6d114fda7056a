//! Applying one edition layer's terms and operations to the resolved base.
//!
//! The tree is taken apart into a [`Workspace`], so every operation finds its target
//! in constant time and only touches its parent's child list; the tree is put back
//! together once at the end. Applying m operations to n nodes costs O(n + m·k), k
//! being the largest family of siblings.
//!
//! One stage per file: `terms` (term values and kept terms), `operation` (what every
//! operation is checked for, and the dispatch), `target` (finding targets, parents
//! and anchors, and saying why one is not there), `change` (operations on existing
//! content), `add` (added standards, outcomes and criteria), `content` (what an
//! added node brings: ids, codes, texts), `conflicts`
//! (operations that would lose each other's work) and `renumber`.

mod add;
mod change;
mod conflicts;
mod content;
mod operation;
mod renumber;
mod target;
mod terms;

use super::file::{EditionFile, Numbering, Operation};
use super::partial::Gaps;
use super::resolved::{Provenance, Resolved};
use super::workspace::Workspace;
use crate::diag::{Code, Diagnostic};
use crate::fingerprint::Fingerprint;
use crate::load::{Document, JsonPath};
use crate::text;
use conflicts::Claims;

/// An operation not applied because the base text changed since it was written.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Drift {
    pub layer: String,
    pub operation: usize,
    pub op: &'static str,
    pub target: String,
    pub code: String,
    pub recorded: String,
    pub current: Fingerprint,
    pub current_text: String,
    /// The text the operation was written against, when an older base is at hand.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_text: Option<String>,
}

/// What applying a layer produced besides the new tree.
#[derive(Debug, Default)]
pub struct Applied {
    pub errors: Vec<Diagnostic>,
    pub removed: Vec<super::resolved::Removal>,
    pub drift: Vec<(Drift, Diagnostic)>,
}

/// Applies `edition` on top of `r` (the resolved base).
pub fn apply(r: &mut Resolved, edition: &EditionFile, doc: &Document) -> Applied {
    apply_partial(r, edition, doc, &Gaps::default())
}

/// Applies what decoded of an edition file that did not decode whole (`gaps` says
/// where each item was in the file and what to stay quiet about), to report every
/// problem the file has in one run. With empty `gaps` this is [`apply`].
pub fn apply_partial(
    r: &mut Resolved,
    edition: &EditionFile,
    doc: &Document,
    gaps: &Gaps,
) -> Applied {
    let mut applier = Applier {
        layer: edition.id.clone(),
        doc,
        gaps,
        out: Applied::default(),
        claims: Claims::default(),
        suggested: 0,
    };
    applier.terms(r, edition);
    let mut ws = Workspace::new(r);
    for (position, op) in edition.operations.iter().enumerate() {
        applier.operation(&mut ws, r, gaps.operation_index(position), op);
    }
    if !ws.framework_codes.is_empty() {
        r.framework_codes = std::mem::take(&mut ws.framework_codes);
    }
    r.removed_by = std::mem::take(&mut ws.removed_below);
    for (id, removed) in &ws.removed {
        r.removed_by
            .insert(id.clone(), (edition.id.clone(), removed.by));
    }
    r.standards = ws.into_tree();
    r.removed.extend(std::mem::take(&mut applier.out.removed));
    if edition.numbering == Numbering::Renumber {
        applier.renumber(r);
    }
    applier.out
}

struct Applier<'d> {
    layer: String,
    doc: &'d Document,
    /// What of the file did not decode (empty when it all did).
    gaps: &'d Gaps,
    out: Applied,
    /// What each operation did to which node, to find conflicting operations.
    claims: Claims,
    /// How many missing targets got "did you mean" suggestions; each compares
    /// with every id, so only the first [`MAX_SUGGESTED`] do.
    suggested: usize,
}

/// Missing targets of one layer that get suggestions; the rest get the plain help.
const MAX_SUGGESTED: usize = 50;

impl Applier<'_> {
    fn at(&self, i: usize) -> JsonPath {
        JsonPath::root().key("operations").index(i)
    }

    fn error(&mut self, code: Code, path: &JsonPath, message: String, help: impl Into<String>) {
        let d = self.doc.error_at(code, path, message).help(help);
        self.out.errors.push(d);
    }

    fn provenance(&self, i: usize, op: &Operation) -> Provenance {
        Provenance {
            layer: self.layer.clone(),
            operation: Some(i),
            op: Some(op.name()),
            rationale: Some(op.rationale().to_string()),
            before: None,
            rationale_lang: None,
        }
    }

    /// Checks new text from the edition: valid source text whose terms exist.
    pub(super) fn text(&mut self, r: &Resolved, path: &JsonPath, value: &str) {
        match text::parse(value) {
            Err(e) => {
                // A position in an empty text says nothing.
                let message = if value.trim().is_empty() {
                    e.message
                } else {
                    format!("{} (at character {})", e.message, e.offset + 1)
                };
                self.error(Code::BadText, path, message, e.help)
            }
            Ok(pieces) => {
                for p in pieces {
                    // A term whose entry did not decode has its own error.
                    if let text::Piece::Term(id) = p
                        && r.term(id).is_none()
                        && !self.gaps.term_ids.contains(id)
                    {
                        let known: Vec<&str> = r.terms.iter().map(|t| t.id.as_str()).collect();
                        let help = crate::diag::did_you_mean(&crate::diag::suggest(id, known))
                            .unwrap_or_else(|| "define it in the edition's \"terms\"".into());
                        self.error(
                            Code::UnknownTerm,
                            path,
                            format!("the term \"{id}\" is not defined"),
                            help,
                        );
                    }
                }
            }
        }
    }
}

/// "a standard", "an outcome": the article a level's name takes.
fn a(name: &str) -> String {
    if name.starts_with(['a', 'e', 'i', 'o', 'u']) {
        format!("an {name}")
    } else {
        format!("a {name}")
    }
}
