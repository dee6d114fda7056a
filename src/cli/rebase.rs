//! `carecert rebase`: move an edition onto a revised base.

use super::output::Ui;
use super::{Failure, Format, Status, io_failure, print, print_json};
use carecert::check::word_diff;
use carecert::edition::rebase::{self, Acceptance, Plan, Status as StepStatus};
use clap::Args;

/// Move an edition onto a new base, reviewing drifted and vanished targets
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carecert rebase examples/editions/india --onto examples/revisions/care-certificate-2025-known\n  carecert rebase examples/editions/india --onto NEW --accept-all-unchanged --accept 4 --accept 7=capacity-meaning --write\n  carecert rebase examples/editions/india --onto NEW --keep -learning-disability-training=\"Indian employers use the same training\"\n\nWithout --write nothing is changed (a dry run). Accept an operation by its index,\nits target id or code; `N=ID` picks a successor for a vanished target. Every value\nmust name something the dry run lists, once; otherwise nothing is accepted or\nwritten (exit 2). --write refuses to write an edition that would not load on the\nnew base."
)]
pub struct RebaseArgs {
    /// The edition directory
    #[arg(value_name = "EDITION")]
    pub edition: String,
    /// The new base: a framework or edition directory, or an embedded framework name
    #[arg(long, value_name = "BASE")]
    pub onto: String,
    /// Accept an operation (index, target id or code; `N=ID` chooses a successor)
    #[arg(long, value_name = "OP", allow_hyphen_values = true)]
    pub accept: Vec<String>,
    /// Accept every operation whose target text is unchanged in the new base
    #[arg(long)]
    pub accept_all_unchanged: bool,
    /// Keep England's value of a new term of the revision, with the reason
    /// (`TERM=RATIONALE`); --write adds it to the edition's "keep"
    #[arg(long, value_name = "TERM=RATIONALE", allow_hyphen_values = true)]
    pub keep: Vec<String>,
    /// Write the accepted changes and the new base into edition.json
    #[arg(long)]
    pub write: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub fn run(args: RebaseArgs, ui: &Ui) -> Result<Status, Failure> {
    let format = args.format;
    let accept = Acceptance {
        items: args.accept.clone(),
        all_unchanged: args.accept_all_unchanged,
        keep: args.keep.clone(),
    };
    let mut plan =
        rebase::plan(&args.edition, &args.onto, &accept).map_err(|d| Failure::new(d, format))?;
    if args.write {
        rebase::write(&args.edition, &args.onto, &mut plan).map_err(|d| Failure::new(d, format))?;
    }
    match format {
        Format::Json => print_json(&plan),
        Format::Text => print(&describe(&plan, ui.quiet)),
    }
    .map_err(|e| io_failure(e, format))?;
    Ok(if plan.open_steps() == 0 {
        Status::Clean
    } else {
        Status::Findings
    })
}

fn describe(plan: &Plan, quiet: bool) -> String {
    let mut out = format!(
        "rebase {} from {} onto {}\n",
        plan.edition, plan.from, plan.onto
    );
    for s in &plan.steps {
        let code = match (&s.old_code, &s.new_code) {
            (Some(a), Some(b)) if a != b => format!("{a} → {b}"),
            (Some(a), _) => a.clone(),
            (None, Some(b)) => b.clone(),
            (None, None) => s.reference.clone(),
        };
        let id = s.id.as_deref().unwrap_or(&s.reference);
        let status = match s.status {
            StepStatus::Unchanged => "unchanged",
            StepStatus::Drifted => "drifted",
            StepStatus::Vanished => "vanished",
        };
        let mark = if s.accepted {
            " [accepted]"
        } else if s.needs_rewrite {
            " (the code changed: accept to rewrite it to the stable id)"
        } else {
            ""
        };
        out.push_str(&format!(
            "  operations[{}] {} {} {code} ({id}): {status}{mark}\n",
            s.operation, s.op, s.field
        ));
        if s.status == StepStatus::Drifted {
            if let (Some(old), Some(new)) = (&s.old_text, &s.new_text) {
                out.push_str(&format!("      base text: {}\n", word_diff(old, new)));
            }
            out.push_str(&format!(
                "      accept with --accept {}: fingerprint {} → {}\n",
                s.operation,
                s.recorded.as_deref().unwrap_or("-"),
                s.new_fingerprint.as_deref().unwrap_or("-")
            ));
        }
        if s.status == StepStatus::Vanished {
            if let Some(old) = &s.old_text {
                out.push_str(&format!("      was: {old}\n"));
            }
            if s.successors.is_empty() {
                out.push_str(
                    "      no successor found: remove the operation, or point it at new content\n",
                );
            }
            for (k, c) in s.successors.iter().enumerate() {
                out.push_str(&format!(
                    "      successor {}: {} ({}), {}% similar: {}\n",
                    k + 1,
                    c.code,
                    c.id,
                    c.similarity,
                    c.text
                ));
            }
            if let Some(first) = s.successors.first() {
                out.push_str(&format!(
                    "      accept with --accept {}={}\n",
                    s.operation, first.id
                ));
            }
        }
        if let Some(r) = &s.rewrite {
            out.push_str(&format!(
                "      writes {} = \"{}\"{}\n",
                s.field,
                r.reference,
                r.fingerprint
                    .as_deref()
                    .map(|f| format!(", fingerprint {f}"))
                    .unwrap_or_default()
            ));
        }
    }
    for t in &plan.new_terms {
        match &t.kept {
            Some(rationale) => out.push_str(&format!(
                "  new term {} ({} value \"{}\"): kept with the rationale \"{rationale}\" [kept]\n",
                t.id, t.jurisdiction, t.value
            )),
            None => out.push_str(&format!(
                "  new term {} ({} value \"{}\"): give it a value in \"terms\", or keep it with a rationale in \"keep\" (--keep {}=\"why\")\n",
                t.id, t.jurisdiction, t.value, t.id
            )),
        }
    }
    if quiet {
        return out;
    }
    out.push_str(&format!(
        "{} unchanged, {} drifted, {} vanished; {} still to decide\n",
        plan.count(StepStatus::Unchanged),
        plan.count(StepStatus::Drifted),
        plan.count(StepStatus::Vanished),
        plan.open_steps()
    ));
    let kept = plan.new_terms.iter().any(|t| t.kept.is_some());
    out.push_str(if plan.written && kept {
        "edition.json written (base, accepted operations and kept terms)\n"
    } else if plan.written {
        "edition.json written (base and accepted operations)\n"
    } else {
        "nothing written (dry run; add --write to apply the accepted changes)\n"
    });
    out
}
