//! Operations on existing content: remove, replace-text, retitle, change-kind,
//! set-examples and move. Their target is already found and checked
//! (`target.rs`); what is left is the change and what it brings (new text, a new
//! parent, anchors).

use super::Applier;
use super::target::moved_note;
use crate::diag::Code;
use crate::edition::resolved::{Provenance, Removal, Resolved};
use crate::edition::workspace::{Level, Workspace, place};
use crate::fingerprint::Fingerprint;
use crate::ids::CodeLevel;
use crate::l10n::status::{criterion_fingerprint, outcome_fingerprint, standard_fingerprint};
use crate::load::JsonPath;
use crate::model::Kind;

/// The children list of a parent (by id) in the workspace, if it exists.
type Siblings = for<'w> fn(&'w mut Workspace, &str) -> Option<&'w mut Vec<String>>;

/// The provenance of a rewrite, remembering the translatable message as it was.
fn before(prov: Provenance, fingerprint: Fingerprint) -> Provenance {
    Provenance {
        before: Some(fingerprint),
        ..prov
    }
}

impl Applier<'_> {
    pub(super) fn remove(&mut self, ws: &mut Workspace, i: usize, id: String, prov: Provenance) {
        let (code, history) = (ws.code_of(&id), ws.history_of(&id));
        let (_, text) = ws.fingerprint_and_text(&id);
        ws.remove(&id, i);
        self.out.removed.push(Removal {
            id,
            code,
            text,
            history,
            provenance: prov,
        });
    }

    pub(super) fn replace_text(
        &mut self,
        ws: &mut Workspace,
        r: &Resolved,
        at: &JsonPath,
        id: &str,
        new: &str,
        prov: Provenance,
    ) {
        self.text(r, &at.key("text"), new);
        if let Some((c, _)) = ws.criteria.get_mut(id) {
            let prov = before(prov, criterion_fingerprint(c));
            c.text = new.to_string();
            c.history.push(prov.clone());
            c.provenance = prov;
        }
    }

    pub(super) fn retitle(
        &mut self,
        ws: &mut Workspace,
        r: &Resolved,
        at: &JsonPath,
        id: &str,
        title: &str,
        prov: Provenance,
    ) {
        self.text(r, &at.key("title"), title);
        let mut prov = prov;
        if let Some((s, _)) = ws.standards.get_mut(id) {
            prov = before(prov, standard_fingerprint(s));
            s.title = title.to_string();
        } else if let Some((o, _, _)) = ws.outcomes.get_mut(id) {
            prov = before(prov, outcome_fingerprint(o));
            o.title = title.to_string();
        }
        ws.set_provenance(id, prov);
    }

    pub(super) fn change_kind(
        &mut self,
        ws: &mut Workspace,
        at: &JsonPath,
        id: &str,
        kind: Kind,
        prov: Provenance,
    ) {
        if let Some((c, _)) = ws.criteria.get_mut(id) {
            if c.kind == kind {
                self.error(
                    Code::NoChange,
                    &at.key("kind"),
                    format!("{} is already {}", c.code, kind.as_str()),
                    "remove the operation",
                );
            }
            c.kind = kind;
            c.history.push(prov.clone());
            c.provenance = prov;
        }
    }

    pub(super) fn set_examples(
        &mut self,
        ws: &mut Workspace,
        r: &Resolved,
        at: &JsonPath,
        id: &str,
        examples: &[String],
        prov: Provenance,
    ) {
        for (k, e) in examples.iter().enumerate() {
            self.text(r, &at.key("examples").index(k), e);
        }
        if let Some((c, _)) = ws.criteria.get_mut(id) {
            let prov = before(prov, criterion_fingerprint(c));
            c.examples = examples.to_vec();
            c.history.push(prov.clone());
            c.provenance = prov;
        }
    }

    /// Moves an outcome to another standard, or a criterion to another outcome.
    pub(super) fn move_node(
        &mut self,
        ws: &mut Workspace,
        (at, i): (&JsonPath, usize),
        (id, level): (&str, Level),
        to: &str,
        (after, before): (Option<&str>, Option<&str>),
        prov: Provenance,
    ) {
        let wanted = if level == Level::Criterion {
            Level::Outcome
        } else {
            Level::Standard
        };
        let Some(parent) = self.parent(ws, at, to, wanted) else {
            return;
        };
        let anchors = self.anchors(ws, at, after, before);
        let Some((after, before)) = anchors else {
            return;
        };
        if let Some(word) = [("after", &after), ("before", &before)]
            .into_iter()
            .find_map(|(word, anchor)| (anchor.as_deref() == Some(id)).then_some(word))
        {
            self.error(
                Code::AnchorNotSibling,
                &at.key(word),
                format!("\"{id}\" is placed {word} itself"),
                "place the node after or before one of its new siblings",
            );
            return;
        }
        self.placed(i, id, (after.as_deref(), before.as_deref()));
        // Detach, then attach under the new parent.
        if level == Level::Criterion {
            let old = ws
                .criteria
                .get(id)
                .map(|(_, p)| p.clone())
                .unwrap_or_default();
            if let Some((_, _, sib)) = ws.outcomes.get_mut(&old) {
                sib.retain(|x| *x != id);
            }
            let siblings: Siblings = |ws, p| ws.outcomes.get_mut(p).map(|(_, _, s)| s);
            if !self.attach(ws, (&parent, siblings), id, (&after, &before), at, to) {
                return;
            }
            ws.moved.insert(id.to_string(), (i, parent.clone()));
            if let Some((c, p)) = ws.criteria.get_mut(id) {
                *p = parent.clone();
                c.history.push(prov.clone());
                c.provenance = prov;
            }
            self.recode_moved(ws, at, id, &parent);
        } else {
            let old = ws
                .outcomes
                .get(id)
                .map(|(_, p, _)| p.clone())
                .unwrap_or_default();
            if let Some((_, sib)) = ws.standards.get_mut(&old) {
                sib.retain(|x| *x != id);
            }
            let siblings: Siblings = |ws, p| ws.standards.get_mut(p).map(|(_, s)| s);
            if !self.attach(ws, (&parent, siblings), id, (&after, &before), at, to) {
                return;
            }
            ws.moved.insert(id.to_string(), (i, parent.clone()));
            if let Some((o, p, _)) = ws.outcomes.get_mut(id) {
                *p = parent.clone();
                o.history.push(prov.clone());
                o.provenance = prov;
            }
            self.recode_moved(ws, at, id, &parent);
        }
    }

    /// Gives a moved node the code of a node added where it now is (`2.1aA`
    /// after 2.1a), and its criteria codes under it, so code order stays
    /// document order. Its old codes still name it for the rest of this layer's
    /// operations (they are written against the base) and are not given to
    /// anything else.
    fn recode_moved(&mut self, ws: &mut Workspace, at: &JsonPath, id: &str, parent: &str) {
        let (siblings, level, pcode) = match ws.level_of(id) {
            Some(Level::Criterion) => match ws.outcomes.get(parent) {
                Some((o, _, sib)) => (sib.clone(), CodeLevel::Criterion, o.code.clone()),
                None => return,
            },
            _ => match ws.standards.get(parent) {
                Some((s, sib)) => (sib.clone(), CodeLevel::Outcome, s.code.clone()),
                None => return,
            },
        };
        let pos = siblings.iter().position(|x| x == id).unwrap_or_default();
        let Some(code) =
            self.placed_code(ws, at, (None, level, Some(&pcode)), (&siblings, pos, false))
        else {
            return;
        };
        let old = ws.code_of(id);
        let mut renamed = vec![(id.to_string(), code.clone())];
        if let Some((_, _, criteria)) = ws.outcomes.get(id) {
            for cid in criteria {
                let c = ws.code_of(cid);
                if let Some(rest) = c.strip_prefix(&old) {
                    renamed.push((cid.clone(), format!("{code}{rest}")));
                }
            }
        }
        for (node, new) in renamed {
            ws.codes.insert(new.clone(), node.clone());
            if let Some((c, _)) = ws.criteria.get_mut(&node) {
                c.code = new;
            } else if let Some((o, _, _)) = ws.outcomes.get_mut(&node) {
                o.code = new;
            }
        }
    }
    /// Puts a moved node among its new siblings, or reports the anchor that is
    /// not one of them; false when it could not be placed.
    fn attach(
        &mut self,
        ws: &mut Workspace,
        (parent, siblings): (&str, Siblings),
        id: &str,
        (after, before): (&Option<String>, &Option<String>),
        at: &JsonPath,
        to: &str,
    ) -> bool {
        let Some(sib) = siblings(ws, parent) else {
            return false;
        };
        let Err(a) = place(sib, id.to_string(), after.as_deref(), before.as_deref()) else {
            return true;
        };
        if !self.anchor_named_by_undecoded(ws, &a) {
            self.error(
                Code::AnchorNotSibling,
                at,
                format!("\"{a}\" is not in \"{to}\"{}", moved_note(ws, &a)),
                "place the node after or before one of its new siblings",
            );
        }
        false
    }
}
