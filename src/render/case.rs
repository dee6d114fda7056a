//! `case.json`: a 1EdTech CASE 1.1 CFPackage, so the edition can be loaded into
//! competency-framework systems (OpenSALT and others).
//!
//! Identifiers are UUID v5 derived from stable ids, so a rebuild gives the same
//! package and a system that imported it once recognises every item again. An
//! edition's items point back to the base framework's items: `exactMatchOf` where
//! the edition kept the content, `isRelatedTo` where it changed it.

use crate::edition::resolved::{LayerKind, Provenance};
use crate::l10n::{LocalCriterion, Localised};
use serde::Serialize;
use serde::ser::SerializeSeq;
use serde_json::{Value, json};
use std::cell::RefCell;
use std::io::Write as _;
use uuid::Uuid;

pub struct CaseOptions<'a> {
    /// `lastChangeDateTime` for every record (from SOURCE_DATE_EPOCH or --date).
    pub date_time: &'a str,
}

/// The namespace of every identifier: a SHA-1 of its own, computed once rather
/// than again for each of the several identifiers each item needs.
fn namespace() -> Uuid {
    static NAMESPACE: std::sync::OnceLock<Uuid> = std::sync::OnceLock::new();
    *NAMESPACE.get_or_init(|| Uuid::new_v5(&Uuid::NAMESPACE_URL, b"urn:carecert"))
}

/// The identifier of a node of `layer` in `locale`.
pub fn item_uuid(layer: &str, locale: &str, id: &str) -> Uuid {
    Uuid::new_v5(&namespace(), format!("{layer}/{locale}/{id}").as_bytes())
}

fn uri(id: &Uuid) -> String {
    format!("urn:uuid:{id}")
}

/// An identifier as the package writes it (hyphenated, lower case), or, with
/// `urn`, its URI: written straight into the JSON, not made into a `String`
/// first, as a 10k framework's package has over 100,000 of each.
struct Written {
    id: Uuid,
    urn: bool,
}

impl Serialize for Written {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let id = self.id.hyphenated();
        if self.urn {
            s.collect_str(&format_args!("urn:uuid:{id}"))
        } else {
            s.collect_str(&id)
        }
    }
}

fn written(id: &Uuid) -> Written {
    Written {
        id: *id,
        urn: false,
    }
}

fn urn(id: &Uuid) -> Written {
    Written { id: *id, urn: true }
}

/// A CFItem, with its fields in the order the package has always had. Typed
/// rather than a `serde_json::Value` tree: at 100,000 criteria the tree alone
/// took gigabytes. Serialised as soon as it is made, never collected.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Item<'a> {
    identifier: Written,
    full_statement: String,
    #[serde(rename = "CFItemType")]
    cf_item_type: &'static str,
    uri: Written,
    human_coding_scheme: &'a str,
    list_enumeration: String,
    language: &'a str,
    last_change_date_time: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    notes: Option<String>,
}

#[derive(Serialize)]
struct Link<'a> {
    title: &'a str,
    identifier: Written,
    uri: Written,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Association<'a> {
    identifier: Written,
    association_type: &'static str,
    uri: Written,
    #[serde(rename = "originNodeURI")]
    origin_node_uri: Link<'a>,
    #[serde(rename = "destinationNodeURI")]
    destination_node_uri: Link<'a>,
    last_change_date_time: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    sequence_number: Option<usize>,
}

#[derive(Serialize)]
struct CasePackage<'a> {
    #[serde(rename = "CFDocument")]
    document: Value,
    #[serde(rename = "CFItems")]
    items: Records<'a>,
    #[serde(rename = "CFAssociations")]
    associations: Records<'a>,
}

fn link<'a>(title: &'a str, id: &Uuid) -> Link<'a> {
    Link {
        title,
        identifier: written(id),
        uri: urn(id),
    }
}

/// Which of the package's two lists a walk of the edition writes.
#[derive(Clone, Copy, PartialEq)]
enum List {
    Items,
    Associations,
}

/// One of the package's lists, made while it is serialised: the edition is
/// walked once for the items and once for the associations (identifiers are
/// derived, so both walks agree), and neither list is ever held in memory.
struct Records<'a> {
    l: &'a Localised,
    date: &'a str,
    /// The framework at the bottom, whose English items an edition derives from.
    base_layer: Option<(&'a str, &'a str)>,
    doc_id: Uuid,
    list: List,
    /// Every item's identifier, in walk order: the walk for the items works
    /// them out (a SHA-1 each), the walk for the associations reads them.
    ids: &'a RefCell<Vec<Uuid>>,
}

impl Serialize for Records<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut walk = Walk {
            r: self,
            seq: serializer.serialize_seq(None)?,
            items: 0,
        };
        walk.edition()?;
        walk.seq.end()
    }
}

struct Walk<'r, 'a, S> {
    r: &'r Records<'a>,
    seq: S,
    /// How many items the walk has passed.
    items: usize,
}

impl<'a, S: SerializeSeq> Walk<'_, 'a, S> {
    /// The item's identifier; the item itself only when writing items.
    fn item(
        &mut self,
        id: &str,
        code: &'a str,
        kind: &'static str,
        statement: impl FnOnce() -> String,
        notes: impl FnOnce() -> Option<String>,
        position: usize,
    ) -> Result<Uuid, S::Error> {
        let l = self.r.l;
        let known = self.r.ids.borrow().get(self.items).copied();
        self.items += 1;
        let identifier = known.unwrap_or_else(|| item_uuid(&l.id, &l.locale, id));
        if self.r.list == List::Items {
            self.r.ids.borrow_mut().push(identifier);
            self.seq.serialize_element(&Item {
                identifier: written(&identifier),
                full_statement: statement(),
                cf_item_type: kind,
                uri: urn(&identifier),
                human_coding_scheme: code,
                list_enumeration: position.to_string(),
                language: &l.locale,
                last_change_date_time: self.r.date,
                notes: notes(),
            })?;
        }
        Ok(identifier)
    }

    fn associate(
        &mut self,
        kind: &'static str,
        from: (&'a str, &Uuid),
        to: (&'a str, &Uuid),
        sequence: Option<usize>,
    ) -> Result<(), S::Error> {
        if self.r.list != List::Associations {
            return Ok(());
        }
        // "kind/from/to" on the stack: a kind and two identifiers fit.
        let mut name = [0u8; 160];
        let mut w = std::io::Cursor::new(&mut name[..]);
        let identifier = match write!(w, "{kind}/{}/{}", from.1, to.1) {
            Ok(()) => {
                let len = w.position() as usize;
                Uuid::new_v5(&namespace(), &name[..len])
            }
            Err(_) => Uuid::new_v5(
                &namespace(),
                format!("{kind}/{}/{}", from.1, to.1).as_bytes(),
            ),
        };
        self.seq.serialize_element(&Association {
            identifier: written(&identifier),
            association_type: kind,
            uri: urn(&identifier),
            origin_node_uri: link(from.0, from.1),
            destination_node_uri: link(to.0, to.1),
            last_change_date_time: self.r.date,
            sequence_number: sequence,
        })
    }

    fn derive(
        &mut self,
        title: &'a str,
        item: &Uuid,
        id: &str,
        p: &Provenance,
    ) -> Result<(), S::Error> {
        let Some((layer, locale)) = self.r.base_layer else {
            return Ok(());
        };
        let added = p.op.is_some_and(|op| op.starts_with("add-"));
        if added {
            return Ok(());
        }
        let base = item_uuid(layer, locale, id);
        let kind = if p.layer == layer {
            "exactMatchOf"
        } else {
            "isRelatedTo"
        };
        self.associate(kind, (title, item), (title, &base), None)
    }

    /// Standards, outcomes and criteria in order, each followed by its links.
    fn edition(&mut self) -> Result<(), S::Error> {
        let l = self.r.l;
        let doc_id = self.r.doc_id;
        let doc_title = l.name.text.as_str();
        for (si, s) in l.standards.iter().enumerate() {
            let sid = self.item(
                &s.id,
                &s.code,
                "Standard",
                || s.title.text.clone(),
                || provenance_note(&s.provenance),
                si + 1,
            )?;
            self.associate(
                "isChildOf",
                (&s.title.text, &sid),
                (doc_title, &doc_id),
                Some(si + 1),
            )?;
            self.derive(&s.title.text, &sid, &s.id, &s.provenance)?;
            for (oi, o) in s.outcomes.iter().enumerate() {
                let oid = self.item(
                    &o.id,
                    &o.code,
                    "Learning Outcome",
                    || o.title.text.clone(),
                    || provenance_note(&o.provenance),
                    oi + 1,
                )?;
                self.associate(
                    "isChildOf",
                    (&o.title.text, &oid),
                    (&s.title.text, &sid),
                    Some(oi + 1),
                )?;
                self.derive(&o.title.text, &oid, &o.id, &o.provenance)?;
                for (ci, c) in o.criteria.iter().enumerate() {
                    let cid = self.item(
                        &c.id,
                        &c.code,
                        "Assessment Criterion",
                        || criterion_statement(c),
                        || Some(criterion_notes(c)),
                        ci + 1,
                    )?;
                    self.associate(
                        "isChildOf",
                        (&c.text.text, &cid),
                        (&o.title.text, &oid),
                        Some(ci + 1),
                    )?;
                    self.derive(&c.text.text, &cid, &c.id, &c.provenance)?;
                }
            }
        }
        Ok(())
    }
}

fn criterion_statement(c: &LocalCriterion) -> String {
    let mut statement = c.text.text.clone();
    if !c.examples.is_empty() {
        let items: Vec<&str> = c.examples.iter().map(|e| e.text.as_str()).collect();
        statement.push_str(&format!(" ({})", items.join("; ")));
    }
    statement
}

fn criterion_notes(c: &LocalCriterion) -> String {
    let mut notes = vec![format!("kind: {}", c.kind.as_str())];
    if c.simulation_allowed {
        notes.push("may be evidenced in a simulation".into());
    }
    if c.pending {
        notes.push("official wording pending".into());
    }
    for v in &c.variants {
        notes.push(format!(
            "{} ({}): {}",
            v.sector.as_str(),
            v.kind.as_str(),
            v.text.text
        ));
    }
    notes.extend(provenance_note(&c.provenance));
    notes.join("\n")
}

fn provenance_note(p: &Provenance) -> Option<String> {
    let op = p.op?;
    Some(match &p.rationale {
        Some(r) => format!(
            "{} (edition {}, operation {}): {r}",
            op,
            p.layer,
            p.operation.unwrap_or(0)
        ),
        None => format!("{} (edition {})", op, p.layer),
    })
}

pub fn render(l: &Localised, opts: &CaseOptions<'_>) -> Vec<u8> {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = render_to(l, opts, &mut out);
    out
}

/// Writes the package straight into `out`: at 100,000 criteria it is 200 MB of
/// JSON, which a build should not hold in memory.
pub fn render_to(
    l: &Localised,
    opts: &CaseOptions<'_>,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let doc_id = item_uuid(&l.id, &l.locale, "document");
    let framework = l.layers.first().filter(|f| f.kind == LayerKind::Framework);
    let base_layer = framework
        .filter(|_| l.layers.len() > 1)
        .map(|f| (f.id.as_str(), l.source_locale.as_str()));
    let notices: Vec<&str> = l.notices.iter().map(|n| n.text.text.as_str()).collect();
    let document = json!({
        "identifier": doc_id.to_string(),
        "uri": uri(&doc_id),
        "creator": l.framework.publisher,
        "title": l.name.text,
        "lastChangeDateTime": opts.date_time,
        "caseVersion": "1.1",
        "publisher": l.framework.publisher,
        "description": format!("{} ({}), resolved from {}", l.name.text, l.locale, l.layers.iter().map(|x| x.id.as_str()).collect::<Vec<_>>().join(" → ")),
        "language": l.locale,
        "version": l.framework.version,
        "adoptionStatus": "Draft",
        "notes": notices.join("\n"),
    });
    let ids = RefCell::new(Vec::new());
    let records = |list| Records {
        l,
        date: opts.date_time,
        base_layer,
        doc_id,
        list,
        ids: &ids,
    };
    let package = CasePackage {
        document,
        items: records(List::Items),
        associations: records(List::Associations),
    };
    let mut w = super::chunked::Chunked::new(out);
    serde_json::to_writer_pretty(&mut w, &package)?;
    w.write_all(b"\n")?;
    w.finish()
}
