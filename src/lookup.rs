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
        match ids::find_code(&self.by_code, query).map(Vec::as_slice) {
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
    let canonical = ids::code_spellings(query)
        .into_iter()
        .find(|c| ids::code_level(c).is_some());
    // Ids start with a letter, so anything starting with a digit was meant as a code.
    let is_code = canonical.is_some() || query.starts_with(|c: char| c.is_ascii_digit());
    let what = if is_code { "code" } else { "id" };
    let d = Diagnostic::error(
        Code::UnknownNode,
        format!("there is no standard, outcome or criterion with the {what} \"{query}\""),
    );
    let hint = if is_code {
        let codes: Vec<&str> = codes.map(String::as_str).collect();
        canonical
            .and_then(|code| inserted_near(&code, &codes))
            .or_else(|| did_you_mean(&suggest(&query.to_ascii_lowercase(), codes)))
    } else {
        did_you_mean(&suggest(query, ids.map(String::as_str)))
    };
    match hint {
        Some(hint) => d.help(hint),
        None => d.help("run `carecert show` to list every id and code"),
    }
}

/// For a code of an added node's shape (`8B`, `1.4bB`): the codes inserted at
/// the same place (`8A`), else the code they follow (`8`). Too short for
/// spelling distance to find them.
fn inserted_near(code: &str, codes: &[&str]) -> Option<String> {
    let stem = code.trim_end_matches(|c: char| c.is_ascii_uppercase());
    if stem.len() == code.len() {
        return None;
    }
    let mut near: Vec<&str> = codes
        .iter()
        .copied()
        .filter(|c| c.len() > stem.len() && c.starts_with(stem))
        .filter(|c| c[stem.len()..].bytes().all(|b| b.is_ascii_uppercase()))
        .collect();
    near.sort_by(|a, b| ids::compare_codes(a, b));
    near.truncate(3);
    if near.is_empty() && codes.contains(&stem) {
        near.push(stem);
    }
    did_you_mean(&near)
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

    #[test]
    fn an_unknown_inserted_code_suggests_the_insertions_at_its_place() {
        let codes: Vec<String> = ["8", "8A", "8B", "9", "1.4b", "1.4bA"]
            .map(String::from)
            .to_vec();
        let help = |q: &str| {
            unknown(q, std::iter::empty(), codes.iter())
                .help
                .unwrap_or_default()
        };
        assert_eq!(help("8C"), "did you mean \"8A\" or \"8B\"?");
        assert_eq!(help("8c"), "did you mean \"8A\" or \"8B\"?");
        assert_eq!(help("1.4bB"), "did you mean \"1.4bA\"?");
        assert_eq!(help("9A"), "did you mean \"9\"?");
        // Insertion letters never end in Z: not a code, but meant as one.
        let err = unknown("8Z", std::iter::empty(), codes.iter());
        assert!(err.message.contains("the code \"8Z\""), "{err}");
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
