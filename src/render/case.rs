//! `case.json`: a 1EdTech CASE 1.1 CFPackage, so the edition can be loaded into
//! competency-framework systems (OpenSALT and others).
//!
//! Identifiers are UUID v5 derived from stable ids, so a rebuild gives the same
//! package and a system that imported it once recognises every item again. An
//! edition's items point back to the base framework's items: `exactMatchOf` where
//! the edition kept the content, `isRelatedTo` where it changed it.

use crate::edition::resolved::{LayerKind, Provenance};
use crate::l10n::Localised;
use serde_json::{Value, json};
use uuid::Uuid;

pub struct CaseOptions<'a> {
    /// `lastChangeDateTime` for every record (from SOURCE_DATE_EPOCH or --date).
    pub date_time: &'a str,
}

fn namespace() -> Uuid {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, b"urn:carecert")
}

/// The identifier of a node of `layer` in `locale`.
pub fn item_uuid(layer: &str, locale: &str, id: &str) -> Uuid {
    Uuid::new_v5(&namespace(), format!("{layer}/{locale}/{id}").as_bytes())
}

fn uri(id: &Uuid) -> String {
    format!("urn:uuid:{id}")
}

fn link(title: &str, id: &Uuid) -> Value {
    json!({ "title": title, "identifier": id.to_string(), "uri": uri(id) })
}

struct Package<'a> {
    l: &'a Localised,
    date: &'a str,
    /// The framework at the bottom, whose English items an edition derives from.
    base_layer: Option<(&'a str, &'a str)>,
    items: Vec<Value>,
    associations: Vec<Value>,
}

impl Package<'_> {
    fn item(
        &mut self,
        id: &str,
        code: &str,
        kind: &str,
        statement: &str,
        notes: Option<String>,
        position: usize,
    ) -> Uuid {
        let identifier = item_uuid(&self.l.id, &self.l.locale, id);
        let mut item = json!({
            "identifier": identifier.to_string(),
            "fullStatement": statement,
            "CFItemType": kind,
            "uri": uri(&identifier),
            "humanCodingScheme": code,
            "listEnumeration": position.to_string(),
            "language": self.l.locale,
            "lastChangeDateTime": self.date,
        });
        if let Some(notes) = notes {
            item["notes"] = Value::String(notes);
        }
        self.items.push(item);
        identifier
    }

    fn associate(
        &mut self,
        kind: &str,
        from: (&str, &Uuid),
        to: (&str, &Uuid),
        sequence: Option<usize>,
    ) {
        let identifier = Uuid::new_v5(
            &namespace(),
            format!("{kind}/{}/{}", from.1, to.1).as_bytes(),
        );
        let mut a = json!({
            "identifier": identifier.to_string(),
            "associationType": kind,
            "uri": uri(&identifier),
            "originNodeURI": link(from.0, from.1),
            "destinationNodeURI": link(to.0, to.1),
            "lastChangeDateTime": self.date,
        });
        if let Some(n) = sequence {
            a["sequenceNumber"] = json!(n);
        }
        self.associations.push(a);
    }

    /// Links an edition's item to the framework item it derives from.
    fn derive(&mut self, title: &str, item: &Uuid, id: &str, p: &Provenance) {
        let Some((layer, locale)) = self.base_layer else {
            return;
        };
        let added = p.op.is_some_and(|op| op.starts_with("add-"));
        if added {
            return;
        }
        let base = item_uuid(layer, locale, id);
        let kind = if p.layer == layer {
            "exactMatchOf"
        } else {
            "isRelatedTo"
        };
        self.associate(kind, (title, item), (title, &base), None);
    }
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
    let doc_id = item_uuid(&l.id, &l.locale, "document");
    let framework = l.layers.first().filter(|f| f.kind == LayerKind::Framework);
    let base_layer = framework
        .filter(|_| l.layers.len() > 1)
        .map(|f| (f.id.as_str(), l.source_locale.as_str()));
    let mut p = Package {
        l,
        date: opts.date_time,
        base_layer,
        items: Vec::new(),
        associations: Vec::new(),
    };
    let notices: Vec<&str> = l.notices.iter().map(|n| n.text.as_str()).collect();
    let document = json!({
        "identifier": doc_id.to_string(),
        "uri": uri(&doc_id),
        "creator": l.framework.publisher,
        "title": l.name,
        "lastChangeDateTime": opts.date_time,
        "caseVersion": "1.1",
        "publisher": l.framework.publisher,
        "description": format!("{} ({}), resolved from {}", l.name, l.locale, l.layers.iter().map(|x| x.id.as_str()).collect::<Vec<_>>().join(" → ")),
        "language": l.locale,
        "version": l.framework.version,
        "adoptionStatus": "Draft",
        "notes": notices.join("\n"),
    });
    let doc_title = l.name.as_str();
    for (si, s) in l.standards.iter().enumerate() {
        let sid = p.item(
            &s.id,
            &s.code,
            "Standard",
            &s.title.text,
            provenance_note(&s.provenance),
            si + 1,
        );
        p.associate(
            "isChildOf",
            (&s.title.text, &sid),
            (doc_title, &doc_id),
            Some(si + 1),
        );
        p.derive(&s.title.text, &sid, &s.id, &s.provenance);
        for (oi, o) in s.outcomes.iter().enumerate() {
            let oid = p.item(
                &o.id,
                &o.code,
                "Learning Outcome",
                &o.title.text,
                provenance_note(&o.provenance),
                oi + 1,
            );
            p.associate(
                "isChildOf",
                (&o.title.text, &oid),
                (&s.title.text, &sid),
                Some(oi + 1),
            );
            p.derive(&o.title.text, &oid, &o.id, &o.provenance);
            for (ci, c) in o.criteria.iter().enumerate() {
                let mut statement = c.text.text.clone();
                if !c.examples.is_empty() {
                    let items: Vec<&str> = c.examples.iter().map(|e| e.text.as_str()).collect();
                    statement.push_str(&format!(" ({})", items.join("; ")));
                }
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
                let cid = p.item(
                    &c.id,
                    &c.code,
                    "Assessment Criterion",
                    &statement,
                    Some(notes.join("\n")),
                    ci + 1,
                );
                p.associate(
                    "isChildOf",
                    (&c.text.text, &cid),
                    (&o.title.text, &oid),
                    Some(ci + 1),
                );
                p.derive(&c.text.text, &cid, &c.id, &c.provenance);
            }
        }
    }
    let package = json!({
        "CFDocument": document,
        "CFItems": p.items,
        "CFAssociations": p.associations,
    });
    let mut out = serde_json::to_vec_pretty(&package).unwrap_or_default();
    out.push(b'\n');
    out
}
