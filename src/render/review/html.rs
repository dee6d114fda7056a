//! The review page: one self-contained HTML file (inline CSS and script, no
//! external assets), so it works offline and as an e-mail attachment. It has a
//! summary by standard, inline word-level changes with the rationale beside each,
//! filters by change kind, a print stylesheet, and `lang`/`dir` for RTL and CJK.

use super::{Item, Say, code, codes, grouped, items};
use crate::diff::{Change, ChangeKind, Diff, WordOp};
use std::fmt::Write as _;

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Right-to-left scripts by language subtag.
pub fn is_rtl(locale: &str) -> bool {
    matches!(
        locale.split('-').next().unwrap_or(""),
        "ar" | "he" | "fa" | "ur" | "ps" | "sd" | "yi" | "dv"
    )
}

const STYLE: &str = "
:root { --del: #b3261e; --ins: #1b6e20; --muted: #5f6368; }
body { font-family: 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans CJK SC', 'Noto Sans Devanagari', system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.5; color: #202124; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
.summary table { border-collapse: collapse; } .summary td, .summary th { border: 1px solid #ddd; padding: .25rem .6rem; text-align: start; }
.filters { margin: 1rem 0; display: flex; flex-wrap: wrap; gap: .75rem; }
.change { display: grid; grid-template-columns: 1fr 18rem; gap: 1rem; border-inline-start: 4px solid #ddd; padding: .4rem .8rem; margin: .6rem 0; }
.change[data-kind=added] { border-color: var(--ins); } .change[data-kind=removed] { border-color: var(--del); }
.head { font-weight: 600; } .code { font-family: monospace; unicode-bidi: isolate; }
del { color: var(--del); background: #fce8e6; } ins { color: var(--ins); background: #e6f4ea; text-decoration: none; }
.why { color: var(--muted); font-size: .9rem; overflow-wrap: anywhere; }
.change > div { min-width: 0; }
.hidden { display: none; }
@media print { .filters { display: none; } .change { break-inside: avoid; grid-template-columns: 1fr 14rem; } body { margin: 0; max-width: none; } }
";

const SCRIPT: &str = "
document.querySelectorAll('.filters input').forEach(function (box) {
  box.addEventListener('change', function () {
    document.querySelectorAll('.change[data-kind=\"' + box.value + '\"]').forEach(function (el) {
      el.classList.toggle('hidden', !box.checked);
    });
    var shown = document.querySelectorAll('.change:not(.hidden)').length;
    document.getElementById('shown').textContent = shown;
  });
});
";

pub fn render(diff: &Diff, say: &Say<'_>) -> String {
    let lang = &diff.locale;
    let dir = if is_rtl(lang) { "rtl" } else { "ltr" };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">",
        esc(lang)
    );
    let _ = writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    );
    let _ = writeln!(
        out,
        "<title>{} → {}</title>\n<style>{STYLE}{}</style>\n</head>\n<body>",
        esc(&diff.old.name),
        esc(&diff.new.name),
        super::decide::STYLE
    );
    let _ = writeln!(
        out,
        "<h1>{} → {}</h1>",
        esc(&diff.old.name),
        esc(&diff.new.name)
    );
    let _ = writeln!(
        out,
        "<p id=\"summary-line\">{}</p>",
        esc(&say.summary(diff))
    );
    // Summary by standard.
    let _ = writeln!(
        out,
        "<section class=\"summary\"><table><thead><tr><th>{}</th><th>{}</th></tr></thead><tbody>",
        esc(&say.label("review-standard")),
        esc(&say.label("review-changes"))
    );
    for (standard, changes) in grouped(diff) {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td></tr>",
            esc(&say.heading(standard)),
            items(&changes).len()
        );
    }
    let _ = writeln!(out, "</tbody></table></section>");
    let _ = writeln!(
        out,
        "<form class=\"filters\" aria-label=\"{}\">",
        esc(&say.label("review-show-kinds"))
    );
    let mut shown = 0;
    for kind in ChangeKind::ALL {
        let n: usize = grouped(diff)
            .iter()
            .flat_map(|(_, changes)| items(changes))
            .filter(|i| i.first().kind == kind)
            .count();
        shown += n;
        if n > 0 {
            let _ = writeln!(
                out,
                "<label><input type=\"checkbox\" value=\"{}\" checked> <span>{} ({n})</span></label>",
                kind_value(kind),
                esc(&say.kind(kind))
            );
        }
    }
    let shown_label = say
        .labels
        .get("review-shown", &[("count", shown as i64)])
        .text;
    // The count is a number the script updates: marked where the label put it.
    let shown_html = esc(&shown_label).replacen(
        &shown.to_string(),
        &format!("<span id=\"shown\">{shown}</span>"),
        1,
    );
    let _ = writeln!(out, "<span>{shown_html}</span></form>");
    out.push_str(&super::decide::save_bar(diff, say, esc));
    for (standard, changes) in grouped(diff) {
        let _ = writeln!(out, "<section><h2>{}</h2>", esc(&say.heading(standard)));
        for item in items(&changes) {
            change(&mut out, say, &item);
        }
        let _ = writeln!(out, "</section>");
    }
    let _ = writeln!(
        out,
        "<script>{SCRIPT}{}</script>\n</body>\n</html>",
        super::decide::SCRIPT
    );
    out
}

/// A change kind as the filters and `data-kind` name it (`text-changed`).
fn kind_value(kind: ChangeKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// One change (or one group of renumberings): what changed, and why beside it.
fn change(out: &mut String, say: &Say<'_>, item: &Item<'_>) {
    let c = item.first();
    let ids: Vec<&str> = item.changes().iter().map(|c| c.id.as_str()).collect();
    // A group of renumberings is decided as one: its decision applies to every key.
    let keys: Vec<&str> = item.changes().iter().map(|c| c.key.as_str()).collect();
    let _ = writeln!(
        out,
        "<div class=\"change\" data-kind=\"{}\" id=\"{}\" data-ids=\"{}\" data-key=\"{}\" data-keys=\"{}\">",
        kind_value(c.kind),
        esc(&c.id),
        esc(&ids.join(" ")),
        esc(&c.key),
        esc(&keys.join(" "))
    );
    let subject = match item {
        Item::Renumbered(group) => format!(
            "<span class=\"code\" dir=\"ltr\">{}</span>",
            esc(&codes(group))
        ),
        Item::One(c) if c.term_kind.is_some() => esc(&say.subject(c)),
        Item::One(c) => format!(
            "{} <span class=\"code\" dir=\"ltr\">{}</span>",
            esc(&say.level(c.level)),
            esc(&code(c))
        ),
    };
    let _ = writeln!(
        out,
        "<div><div class=\"head\">{}: {subject}</div>",
        esc(&say.kind(c.kind))
    );
    let _ = write!(out, "<div class=\"text\">");
    if let Item::One(c) = item {
        body(out, say, c);
    }
    let _ = writeln!(out, "</div></div>");
    // Each reason takes its direction from its own words: an English rationale
    // or source in an Arabic page reads left to right, in its place.
    let why: String = say
        .why(c)
        .iter()
        .map(|w| format!("<div dir=\"auto\">{}</div>", esc(w)))
        .collect();
    let _ = writeln!(
        out,
        "<div class=\"why\">{why}</div>\n{}\n</div>",
        super::decide::controls(c, say, esc)
    );
}

fn body(out: &mut String, say: &Say<'_>, c: &Change) {
    match c.kind {
        ChangeKind::Added => {
            let _ = write!(out, "<ins>{}</ins>", esc(c.new.as_deref().unwrap_or("")));
        }
        ChangeKind::Removed => {
            let _ = write!(out, "<del>{}</del>", esc(c.old.as_deref().unwrap_or("")));
        }
        ChangeKind::Moved => out.push_str(&esc(&say.moved(c))),
        ChangeKind::KindChanged => {
            let _ = write!(
                out,
                "{} → {}",
                esc(&say.criterion_kind(c.old_kind)),
                esc(&say.criterion_kind(c.new_kind))
            );
        }
        ChangeKind::ExamplesChanged => {
            let _ = write!(
                out,
                "<del>{}</del> <ins>{}</ins>",
                esc(&c.old_examples.as_deref().unwrap_or_default().join("; ")),
                esc(&c.new_examples.as_deref().unwrap_or_default().join("; "))
            );
        }
        _ => {
            for w in &c.words {
                match w.op {
                    WordOp::Equal => out.push_str(&esc(&w.text)),
                    WordOp::Delete => {
                        let _ = write!(out, "<del>{}</del>", esc(&w.text));
                    }
                    WordOp::Insert => {
                        let _ = write!(out, "<ins>{}</ins>", esc(&w.text));
                    }
                }
            }
        }
    }
}
