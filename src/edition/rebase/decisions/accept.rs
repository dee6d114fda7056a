//! `--accept` values: which steps each names, and the successor chosen for a
//! vanished node.

use super::{Context, all_ids, article, ranges};
use crate::diag::{Code, Diagnostic, did_you_mean, suggest};
use crate::edition::rebase::Status;

impl Context<'_> {
    /// The steps one `--accept` value decides, each with the successor chosen;
    /// None (with the errors pushed) when the value names no proposal.
    pub(super) fn accept(
        &self,
        raw: &str,
        errors: &mut Vec<Diagnostic>,
    ) -> Option<Vec<(usize, Option<String>)>> {
        let value = raw.trim();
        let value = value.strip_prefix('#').unwrap_or(value);
        let (key, choice) = match value.split_once('=') {
            Some((k, c)) => (k.trim(), Some(c.trim())),
            None => (value, None),
        };
        let matched = match self.steps_named(raw, key) {
            Ok(m) => m,
            Err(e) => {
                errors.push(e);
                return None;
            }
        };
        let vanished: Vec<usize> = matched
            .iter()
            .copied()
            .filter(|k| self.steps[*k].status == Status::Vanished)
            .collect();
        let mut out: Vec<(usize, Option<String>)> = matched.iter().map(|k| (*k, None)).collect();
        match choice {
            Some("") => {
                errors.push(
                    Diagnostic::error(
                        Code::BadSuccessor,
                        format!("--accept {raw}: no successor is named after \"=\""),
                    )
                    .help(self.successor_help(&vanished)),
                );
                return None;
            }
            Some(id) => {
                if vanished.len() > 1 {
                    let refs: Vec<String> = vanished
                        .iter()
                        .map(|k| format!("{} {}", self.steps[*k].field, self.steps[*k].reference))
                        .collect();
                    let each: Vec<String> = vanished
                        .iter()
                        .map(|k| format!("--accept {}=ID", self.steps[*k].reference))
                        .collect();
                    errors.push(
                        Diagnostic::error(
                            Code::BadSuccessor,
                            format!(
                                "--accept {raw}: {} vanished references ({}) match, and one successor cannot stand for all of them",
                                vanished.len(),
                                refs.join(", ")
                            ),
                        )
                        .help(format!("choose a successor for each by its reference: {}", each.join(" "))),
                    );
                    return None;
                }
                let checked = match vanished.first() {
                    Some(k) => self.successor(raw, *k, id),
                    None => self.same_node(raw, &matched, id),
                };
                match checked {
                    Ok(Some((k, successor))) => {
                        if let Some(slot) = out.iter_mut().find(|(s, _)| *s == k) {
                            slot.1 = Some(successor);
                        }
                    }
                    Ok(None) => {}
                    Err(e) => {
                        errors.push(e);
                        return None;
                    }
                }
            }
            None => {
                // A vanished node is accepted with the first proposal: there must be one.
                for k in &vanished {
                    let s = &self.steps[*k];
                    if s.successors.is_empty() {
                        errors.push(
                            Diagnostic::error(
                                Code::BadSuccessor,
                                format!(
                                    "--accept {raw}: the {} of operations[{}] ({}) vanished from the new base, and rebase found no successor to accept",
                                    s.field, s.operation, s.reference
                                ),
                            )
                            .help(format!(
                                "choose one with --accept {}=ID (any {} of the new base), or remove the operation from edition.json",
                                s.operation,
                                s.old_level.unwrap_or("node")
                            )),
                        );
                        return None;
                    }
                }
            }
        }
        Some(out)
    }

    /// The steps `key` names: an operation index, or a reference (as written, or
    /// the node's old id or code).
    fn steps_named(&self, raw: &str, key: &str) -> Result<Vec<usize>, Diagnostic> {
        let unknown = |message: String| {
            Diagnostic::error(Code::UnknownProposal, message).help(self.proposals_help(raw))
        };
        if key.is_empty() {
            return Err(unknown(format!(
                "--accept \"{raw}\": an empty value names no operation"
            )));
        }
        if key.bytes().all(|b| b.is_ascii_digit()) {
            let count = self.operations.len();
            let Some(n) = key.parse::<usize>().ok().filter(|n| *n < count) else {
                let has = match count {
                    0 => "it has no operations".to_string(),
                    1 => "it has one, operations[0]".to_string(),
                    n => format!("it has {n}, operations[0] to operations[{}]", n - 1),
                };
                return Err(unknown(format!(
                    "--accept {raw}: the edition has no operations[{key}] ({has})"
                )));
            };
            let matched: Vec<usize> = (0..self.steps.len())
                .filter(|k| self.steps[*k].operation == n)
                .collect();
            if matched.is_empty() {
                return Err(unknown(format!(
                    "--accept {raw}: operations[{n}] ({}) names no base content, so there is nothing in it to accept",
                    self.operations[n].name()
                )));
            }
            return Ok(matched);
        }
        if key.starts_with('-') && key[1..].bytes().all(|b| b.is_ascii_digit()) && key.len() > 1 {
            return Err(unknown(format!(
                "--accept {raw}: operations are numbered from 0; there is no operations[{key}]"
            )));
        }
        let matched: Vec<usize> = (0..self.steps.len())
            .filter(|k| {
                let s = &self.steps[*k];
                s.reference == key
                    || s.reference.eq_ignore_ascii_case(key)
                        && crate::ids::code_spellings(key)
                            .iter()
                            .any(|c| crate::ids::code_level(c).is_some())
                    || s.id.as_deref() == Some(key)
                    || s.old_code
                        .as_deref()
                        .is_some_and(|c| c.eq_ignore_ascii_case(key))
            })
            .collect();
        if !matched.is_empty() {
            return Ok(matched);
        }
        if self.new_terms.iter().any(|t| t.id == key) {
            return Err(Diagnostic::error(
                Code::UnknownProposal,
                format!("--accept {raw}: {key} is a new term, and a term is not accepted"),
            )
            .help(format!(
                "keep England's value with --keep {key}=\"why\", or give the term a value in \"terms\""
            )));
        }
        Err(unknown(format!(
            "--accept {raw}: no operation of the edition refers to \"{key}\""
        )))
    }

    /// `--accept N=ID` for the vanished step `k`: ID must be a node of the new base
    /// of the vanished node's level. Returns the successor's id.
    fn successor(
        &self,
        raw: &str,
        k: usize,
        id: &str,
    ) -> Result<Option<(usize, String)>, Diagnostic> {
        let (new, index) = self.new;
        let s = &self.steps[k];
        let node = match index.find(id) {
            Ok(at) => new.node(at),
            Err(_) => {
                let ids: Vec<&str> = all_ids(new);
                let help = match did_you_mean(&suggest(id, ids)) {
                    Some(h) => format!("{h} Otherwise {}", self.successor_help(&[k])),
                    None => self.successor_help(&[k]),
                };
                return Err(Diagnostic::error(
                    Code::BadSuccessor,
                    format!(
                        "--accept {raw}: the new base has no standard, outcome or criterion \"{id}\""
                    ),
                )
                .help(help));
            }
        };
        if let Some(level) = s.old_level
            && node.level() != level
        {
            return Err(Diagnostic::error(
                Code::BadSuccessor,
                format!(
                    "--accept {raw}: \"{id}\" is {} in the new base, and the {} of operations[{}] was {}",
                    article(node.level()),
                    s.field,
                    s.operation,
                    article(level)
                ),
            )
            .help(format!("choose {}: {}", article(level), self.successor_help(&[k]))));
        }
        Ok(Some((k, node.id().to_string())))
    }

    /// `--accept N=ID` where nothing of N vanished: ID may only name the node the
    /// reference already names.
    fn same_node(
        &self,
        raw: &str,
        matched: &[usize],
        id: &str,
    ) -> Result<Option<(usize, String)>, Diagnostic> {
        let (_, index) = self.new;
        let target = index.find(id).ok();
        let same = matched.iter().any(|k| {
            let s = &self.steps[*k];
            let node = s.id.as_deref().unwrap_or(&s.reference);
            target.is_some() && index.find(node).ok() == target
        });
        if same {
            return Ok(None);
        }
        let s = &self.steps[matched[0]];
        Err(Diagnostic::error(
            Code::BadSuccessor,
            format!(
                "--accept {raw}: operations[{}] refers to a node the new base still has ({}, {}), so there is no successor to choose",
                s.operation,
                s.id.as_deref().unwrap_or(&s.reference),
                s.new_code.as_deref().unwrap_or("-"),
            ),
        )
        .help(format!(
            "accept it as it is with --accept {}; to point it elsewhere, edit the operation in edition.json",
            raw.split('=').next().unwrap_or(raw).trim()
        )))
    }

    /// The proposals an `--accept` value may name.
    fn proposals_help(&self, raw: &str) -> String {
        let mut operations: Vec<usize> = self.steps.iter().map(|s| s.operation).collect();
        operations.dedup();
        let mut help = if operations.is_empty() {
            "this rebase has nothing to accept: no operation refers to base content".to_string()
        } else {
            let mut references: Vec<&str> = Vec::new();
            for s in self.steps {
                for r in [Some(s.reference.as_str()), s.id.as_deref()]
                    .into_iter()
                    .flatten()
                {
                    if !references.contains(&r) {
                        references.push(r);
                    }
                }
            }
            let key = raw.split('=').next().unwrap_or(raw).trim();
            let mean = did_you_mean(&suggest(key, references.iter().copied()))
                .map(|h| format!("{h} "))
                .unwrap_or_default();
            const SHOWN: usize = 10;
            let more = references.len().saturating_sub(SHOWN);
            references.truncate(SHOWN);
            let mut listed = references.join(", ");
            if more > 0 {
                listed.push_str(&format!(" and {more} more"));
            }
            format!(
                "{mean}accept an operation by its number ({}) or by a reference it makes ({listed}); the dry run lists them all",
                ranges(&operations)
            )
        };
        if raw.starts_with("--") {
            help.push_str(" (a value starting with -- looks like an option: is the value of --accept missing?)");
        }
        help
    }

    /// How to choose a successor for the vanished steps, with their proposals.
    fn successor_help(&self, vanished: &[usize]) -> String {
        let proposals: Vec<String> = vanished
            .iter()
            .flat_map(|k| &self.steps[*k].successors)
            .map(|s| format!("{} ({})", s.id, s.code))
            .collect();
        let n = vanished
            .first()
            .map_or("N".to_string(), |k| self.steps[*k].operation.to_string());
        match proposals.as_slice() {
            [] => format!(
                "write --accept {n}=ID with the id of the node the operation should point at"
            ),
            p => format!(
                "write --accept {n}=ID with the node the operation should point at; rebase proposes {}",
                p.join(", ")
            ),
        }
    }
}
