//! An edition's findings: drifted operations, England's terms or words still in
//! another country's edition, and terms left to fill in.

use super::*;

pub(super) fn edition_findings(stack: &Stack, r: &Resolved) -> Vec<Diagnostic> {
    // Only called for editions; a framework has no edition findings.
    let Some(top) = stack.editions.last() else {
        return Vec::new();
    };
    let doc = &top.doc;
    let mut findings = Vec::new();
    let used = used_terms(r);
    let kept: HashSet<&str> = r.kept.iter().map(|k| k.term.as_str()).collect();
    let term_path = |id: &str| {
        top.file
            .terms
            .iter()
            .position(|t| t.id == id)
            .map(|i| JsonPath::root().key("terms").index(i).key("value"))
            .unwrap_or_else(|| JsonPath::root().key("terms"))
    };
    for t in &r.terms {
        if !used.contains(t.id.as_str()) {
            continue;
        }
        if t.value.trim().is_empty() {
            findings.push(
                doc.warning_at(
                    Code::UnfilledTerm,
                    &term_path(&t.id),
                    format!("the term \"{}\" has no value yet", t.id),
                )
                .help(match &t.base {
                    Some(b) => {
                        let place = b.jurisdiction.as_deref().unwrap_or("England");
                        // `carecert new` writes the base value into the note; say it once.
                        let scaffolded = format!("Replaces \"{}\" ({place}). ", b.value);
                        let why = t.note.strip_prefix(&scaffolded).unwrap_or(&t.note);
                        format!(
                            "write the local equivalent of \"{}\" ({place}): {why}",
                            b.value
                        )
                    }
                    None => format!("write the value ({})", t.note),
                }),
            );
            continue;
        }
        let country = t.jurisdiction.as_deref().and_then(|j| j.split('-').next());
        let foreign = country.is_some_and(|c| !r.countries.iter().any(|x| x == c));
        if foreign && !kept.contains(t.id.as_str()) {
            findings.push(
                doc.warning_at(Code::ForeignTerm, &JsonPath::root().key("terms"), format!(
                    "the term \"{}\" still has the {} value \"{}\"",
                    t.id,
                    t.jurisdiction.as_deref().unwrap_or_default(),
                    t.value
                ))
                .help(format!(
                    "add {{ \"id\": \"{}\", \"jurisdiction\": \"{}\", \"value\": \"…\" }} to \"terms\", or keep it with {{ \"term\": \"{}\", \"rationale\": \"…\" }} in \"keep\"",
                    t.id,
                    r.countries.first().map(String::as_str).unwrap_or("XX"),
                    t.id
                )),
            );
        }
    }
    findings.extend(untranslated::untranslated_terms(stack, r, &term_path));
    // Text an edition wrote that names a base term's English value literally.
    let base_values: Vec<(&str, Vec<&str>)> = stack
        .framework
        .framework
        .terms
        .iter()
        .filter(|t| t.jurisdiction.is_some())
        .map(|t| (t.id.as_str(), literal_forms(&t.value)))
        .collect();
    for edition in &stack.editions {
        for (i, op) in edition.file.operations.iter().enumerate() {
            let at = JsonPath::root().key("operations").index(i);
            for (path, text) in op_texts(op, &at) {
                let lower = text.to_lowercase();
                for (id, forms) in &base_values {
                    if let Some(form) = forms
                        .iter()
                        .find(|f| contains_word(&lower, &f.to_lowercase()))
                    {
                        findings.push(
                            edition
                                .doc
                                .warning_at(Code::LiteralTerm, &path, format!("the text names \"{form}\", the base value of {id}, literally"))
                                .help(format!("write {{ {id} }} so each edition's own value is used")),
                        );
                    }
                }
            }
        }
    }
    findings
}

/// The forms of a term value worth searching for: the value, the part before a
/// parenthesis, and the abbreviation inside it (`Care Quality Commission (CQC)`).
fn literal_forms(value: &str) -> Vec<&str> {
    let mut forms = vec![value];
    if let Some((head, rest)) = value.split_once(" (") {
        forms.push(head.trim());
        if let Some(abbr) = rest.strip_suffix(')')
            && abbr.len() >= 3
        {
            forms.push(abbr);
        }
    }
    forms.retain(|f| f.chars().count() >= 3);
    forms
}

/// `needle` in `hay` at word boundaries, so "CQC" does not match "CQCs".
fn contains_word(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, m)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + m.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The texts an operation brings in, with their paths.
fn op_texts<'a>(
    op: &'a crate::edition::file::Operation,
    at: &JsonPath,
) -> Vec<(JsonPath, &'a str)> {
    use crate::edition::file::{NewCriterion, NewOutcome, Operation};
    fn criterion<'a>(c: &'a NewCriterion, at: &JsonPath, out: &mut Vec<(JsonPath, &'a str)>) {
        out.push((at.key("text"), &c.text));
        for (i, e) in c.examples.iter().enumerate() {
            out.push((at.key("examples").index(i), e));
        }
        for (i, v) in c.variants.iter().enumerate() {
            out.push((at.key("variants").index(i).key("text"), &v.text));
        }
    }
    fn outcome<'a>(o: &'a NewOutcome, at: &JsonPath, out: &mut Vec<(JsonPath, &'a str)>) {
        out.push((at.key("title"), &o.title));
        for (i, c) in o.criteria.iter().enumerate() {
            criterion(c, &at.key("criteria").index(i), out);
        }
    }
    let mut out = Vec::new();
    match op {
        Operation::AddStandard { standard, .. } => {
            let at = at.key("standard");
            out.push((at.key("title"), standard.title.as_str()));
            for (i, o) in standard.outcomes.iter().enumerate() {
                outcome(o, &at.key("outcomes").index(i), &mut out);
            }
        }
        Operation::AddOutcome { outcome: o, .. } => outcome(o, &at.key("outcome"), &mut out),
        Operation::AddCriterion { criterion: c, .. } => {
            criterion(c, &at.key("criterion"), &mut out)
        }
        Operation::ReplaceText { text, .. } => out.push((at.key("text"), text)),
        Operation::Retitle { title, .. } => out.push((at.key("title"), title)),
        Operation::SetExamples { examples, .. } => {
            for (i, e) in examples.iter().enumerate() {
                out.push((at.key("examples").index(i), e));
            }
        }
        Operation::Remove { .. } | Operation::ChangeKind { .. } | Operation::Move { .. } => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_forms_split_abbreviations() {
        assert_eq!(
            literal_forms("Care Quality Commission (CQC)"),
            vec![
                "Care Quality Commission (CQC)",
                "Care Quality Commission",
                "CQC"
            ]
        );
        assert!(contains_word("tell the cqc now", "cqc"));
        assert!(!contains_word("the cqcs", "cqc"));
    }
}
