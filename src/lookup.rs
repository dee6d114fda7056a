//! Finding a node by stable id or display code.
//!
//! Users type whichever they have in front of them: an overlay author copies an id,
//! a reviewer reads `1.2b` off a printed page. Both resolve through one index, built
//! once, so a lookup costs the same for 200 criteria or 100,000.

use crate::diag::{Code, Diagnostic, did_you_mean, suggest};
use crate::edition::resolved::{Resolved, ResolvedCriterion, ResolvedOutcome, ResolvedStandard};
use crate::ids;
use std::collections::HashMap;

/// Where a node sits: indexes into `standards`, `outcomes` and `criteria`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NodeRef {
    Standard(usize),
    Outcome(usize, usize),
    Criterion(usize, usize, usize),
}

/// A node borrowed from a resolved edition.
#[derive(Debug, Clone, Copy)]
pub enum Node<'a> {
    Standard(&'a ResolvedStandard),
    Outcome(&'a ResolvedOutcome),
    Criterion(&'a ResolvedCriterion),
}

impl Node<'_> {
    pub fn id(&self) -> &str {
        match self {
            Node::Standard(s) => &s.id,
            Node::Outcome(o) => &o.id,
            Node::Criterion(c) => &c.id,
        }
    }

    pub fn code(&self) -> &str {
        match self {
            Node::Standard(s) => &s.code,
            Node::Outcome(o) => &o.code,
            Node::Criterion(c) => &c.code,
        }
    }

    pub fn level(&self) -> &'static str {
        match self {
            Node::Standard(_) => "standard",
            Node::Outcome(_) => "outcome",
            Node::Criterion(_) => "criterion",
        }
    }
}

/// Ids and codes of one resolved edition, mapped to where their nodes are.
#[derive(Debug, Clone, Default)]
pub struct Index {
    by_id: HashMap<String, NodeRef>,
    by_code: HashMap<String, Vec<NodeRef>>,
}

impl Index {
    pub fn new(r: &Resolved) -> Index {
        let mut index = Index::default();
        for (si, s) in r.standards.iter().enumerate() {
            index.insert(&s.id, &s.code, NodeRef::Standard(si));
            for (oi, o) in s.outcomes.iter().enumerate() {
                index.insert(&o.id, &o.code, NodeRef::Outcome(si, oi));
                for (ci, c) in o.criteria.iter().enumerate() {
                    index.insert(&c.id, &c.code, NodeRef::Criterion(si, oi, ci));
                }
            }
        }
        index
    }

    fn insert(&mut self, id: &str, code: &str, at: NodeRef) {
        self.by_id.insert(id.to_string(), at);
        self.by_code.entry(code.to_string()).or_default().push(at);
    }

    /// Resolves an id or a display code (codes are matched case-insensitively).
    pub fn find(&self, query: &str) -> Result<NodeRef, Diagnostic> {
        if let Some(at) = self.by_id.get(query) {
            return Ok(*at);
        }
        let code = query.to_ascii_lowercase();
        match self.by_code.get(&code).map(Vec::as_slice) {
            Some([one]) => return Ok(*one),
            Some(many) if many.len() > 1 => {
                return Err(Diagnostic::error(
                    Code::AmbiguousCode,
                    format!("the code \"{query}\" names {} nodes", many.len()),
                )
                .help("use the stable id instead; `carecert show` lists ids beside codes"));
            }
            _ => {}
        }
        Err(unknown(query, self.by_id.keys(), self.by_code.keys()))
    }
}

/// "there is no node with the code …", with the nearest ids or codes as suggestions.
pub fn unknown<'a>(
    query: &str,
    ids: impl Iterator<Item = &'a String>,
    codes: impl Iterator<Item = &'a String>,
) -> Diagnostic {
    let code = query.to_ascii_lowercase();
    let is_code = ids::code_level(&code).is_some();
    let what = if is_code { "code" } else { "id" };
    let d = Diagnostic::error(
        Code::UnknownNode,
        format!("there is no standard, outcome or criterion with the {what} \"{query}\""),
    );
    let candidates: Vec<&str> = if is_code {
        codes.map(String::as_str).collect()
    } else {
        ids.map(String::as_str).collect()
    };
    match did_you_mean(&suggest(&code, candidates)) {
        Some(hint) => d.help(hint),
        None => d.help("run `carecert show` to list every id and code"),
    }
}

impl Resolved {
    pub fn node(&self, at: NodeRef) -> Node<'_> {
        match at {
            NodeRef::Standard(s) => Node::Standard(&self.standards[s]),
            NodeRef::Outcome(s, o) => Node::Outcome(&self.standards[s].outcomes[o]),
            NodeRef::Criterion(s, o, c) => {
                Node::Criterion(&self.standards[s].outcomes[o].criteria[c])
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edition;

    fn base() -> Resolved {
        edition::open("care-certificate-2015", None)
            .unwrap()
            .resolve()
            .unwrap()
            .resolved
    }

    #[test]
    fn ids_and_codes_find_the_same_node() {
        let r = base();
        let index = Index::new(&r);
        let by_code = index.find("15.1b").unwrap();
        let id = r.node(by_code).id().to_string();
        assert_eq!(index.find(&id).unwrap(), by_code);
        assert_eq!(index.find("15.1B").unwrap(), by_code);
        assert!(matches!(index.find("15").unwrap(), NodeRef::Standard(_)));
        assert!(matches!(
            index.find("15.1").unwrap(),
            NodeRef::Outcome(_, _)
        ));
    }

    #[test]
    fn unknown_code_suggests_neighbours() {
        let index = Index::new(&base());
        let err = index.find("15.1z").unwrap_err();
        assert_eq!(err.code, "unknown-node");
        assert!(err.message.contains("code \"15.1z\""), "{err}");
        assert!(err.help.unwrap().starts_with("did you mean \"15.1"));
    }

    /// Loading refuses duplicate codes and editions give added nodes free codes, so
    /// no input reaches this from the command line; the index still refuses to guess.
    #[test]
    fn a_code_two_nodes_share_is_ambiguous() {
        let mut r = base();
        let code = r.standards[0].outcomes[0].criteria[0].code.clone();
        r.standards[0].outcomes[0].criteria[1].code = code.clone();
        let err = Index::new(&r).find(&code).unwrap_err();
        assert_eq!(err.code.as_str(), "ambiguous-code");
        assert_eq!(err.message, format!("the code \"{code}\" names 2 nodes"));
        assert!(err.help.is_some());
    }

    #[test]
    fn unknown_id_suggests_similar_ids() {
        let index = Index::new(&base());
        let err = index.find("infection-hand-hygeine").unwrap_err();
        assert_eq!(
            err.help.as_deref(),
            Some("did you mean \"infection-hand-hygiene\"?")
        );
    }
}
