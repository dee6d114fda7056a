//! `carecert list`: the workspace's frameworks and editions, and their packs.

use super::output::Ui;
use super::{Failure, Format, Status, io_failure, print, print_json};
use carecert::workspace::list::{self, Entry, Listing, State};
use clap::Args;

/// List the workspace's frameworks and editions: base, locales, last-built packs
#[derive(Debug, Args)]
#[command(
    long_about = "List the workspace's frameworks and editions: each one's base and locales, \
        and the packs last built from it, current or stale.\n\n\
        The workspace is the folder of the nearest carecert.toml (in the working directory \
        or above it), else the working directory. A pack is stale when the files of a layer \
        it was built from (the framework or an edition) changed since, or the edition has a \
        new base. Exits 1 when a framework or edition does not load, or two share an id.",
    after_help = "Examples:\n  carecert list\n  carecert list --format json"
)]
pub struct ListArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub fn run(args: ListArgs, _ui: &Ui) -> Result<Status, Failure> {
    let format = args.format;
    let ws = super::workspace(format)?;
    let listing = list::list(&ws);
    match format {
        Format::Json => print_json(&listing),
        Format::Text => print(&text(&listing)),
    }
    .map_err(|e| io_failure(e, format))?;
    Ok(if list::has_errors(&listing) {
        Status::Findings
    } else {
        Status::Clean
    })
}

fn text(l: &Listing) -> String {
    let w = &l.workspace;
    let mut out = match &w.config {
        Some(file) => format!("workspace {} ({file})", w.root),
        None => format!(
            "workspace {} (no carecert.toml: the working directory)",
            w.root
        ),
    };
    out.push_str(&format!(
        ": editions in {}; frameworks in {}; packs in {}\n",
        or_none(&w.editions),
        or_none(&w.frameworks),
        w.out
    ));
    for e in &l.frameworks {
        entry(&mut out, "framework", e);
    }
    for e in &l.editions {
        entry(&mut out, "edition", e);
    }
    if l.editions.is_empty() {
        out.push_str(&format!(
            "no editions yet: `carecert new {}/NAME --country CC --locale LOCALE` creates one\n",
            w.editions.first().map_or("editions", String::as_str)
        ));
    }
    out
}

fn or_none(dirs: &[String]) -> String {
    if dirs.is_empty() {
        "none".to_string()
    } else {
        dirs.join(", ")
    }
}

fn entry(out: &mut String, kind: &str, e: &Entry) {
    let place = e.path.as_deref().unwrap_or("built in");
    if let Some(d) = e
        .errors
        .iter()
        .find(|d| d.code == carecert::diag::Code::DuplicateId)
    {
        out.push_str(&format!("{kind} {} ({place}): {}\n", e.id, d.message));
        return;
    }
    if !e.errors.is_empty() {
        let n = e.errors.len();
        out.push_str(&format!(
            "{kind} {} ({place}): does not load, {n} {} (`carecert check {place}` shows {})\n",
            e.id,
            if n == 1 { "error" } else { "errors" },
            if n == 1 { "it" } else { "them" }
        ));
        return;
    }
    let base = e
        .base
        .as_deref()
        .map(|b| format!("base {b}, "))
        .unwrap_or_default();
    out.push_str(&format!(
        "{kind} {} ({place}): {base}locales {}\n",
        e.id,
        e.locales.join(", ")
    ));
    for p in &e.packs {
        let state = match p.state {
            State::Current => "current".to_string(),
            State::Stale => format!("stale ({} changed since)", p.changed.join(", ")),
            State::Unreadable => "unreadable manifest (build it again)".to_string(),
        };
        out.push_str(&format!("  {}: {state}\n", p.dir));
    }
    if !e.not_built.is_empty() {
        out.push_str(&format!("  not built: {}\n", e.not_built.join(", ")));
    }
}
