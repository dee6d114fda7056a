//! The review page: one self-contained HTML file (inline CSS and script, no
//! external assets), so it works offline and as an e-mail attachment. It has a
//! summary by standard, inline word-level changes with the rationale beside each,
//! filters by change kind, a print stylesheet, and `lang`/`dir` for RTL and CJK.

use super::{code, grouped, why};
use crate::diff::{ChangeKind, Diff, WordOp};
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
.why { color: var(--muted); font-size: .9rem; }
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

pub fn render(diff: &Diff) -> String {
    let lang = &diff.locale;
    let dir = if is_rtl(lang) { "rtl" } else { "ltr" };
    // The page's own words (headings, kinds, rationales) are English; in a page
    // in another language they are marked so, and isolated so that numbers and
    // punctuation stay in place in a right-to-left page.
    let ui = if lang.split('-').next() == Some("en") {
        ""
    } else {
        " lang=\"en\" dir=\"ltr\""
    };
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
        "<p id=\"summary-line\"{ui}>{}</p>",
        esc(&diff.summary_line())
    );
    // Summary by standard.
    let _ = writeln!(
        out,
        "<section class=\"summary\"><table><thead><tr><th{ui}>Standard</th><th{ui}>Changes</th></tr></thead><tbody>"
    );
    for (standard, changes) in grouped(diff) {
        let name = if standard.is_empty() {
            "Terms"
        } else {
            standard
        };
        let _ = writeln!(
            out,
            "<tr><td{}>{}</td><td>{}</td></tr>",
            if standard.is_empty() { ui } else { "" },
            esc(name),
            changes.len()
        );
    }
    let _ = writeln!(out, "</tbody></table></section>");
    let _ = writeln!(
        out,
        "<form class=\"filters\" aria-label=\"Show changes of kind\">"
    );
    for kind in ChangeKind::ALL {
        let n = diff.changes.iter().filter(|c| c.kind == kind).count();
        if n > 0 {
            let value = serde_json::to_value(kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "<label><input type=\"checkbox\" value=\"{value}\" checked> <span{ui}>{} ({n})</span></label>",
                kind.as_str()
            );
        }
    }
    let _ = writeln!(
        out,
        "<span{ui}><span id=\"shown\">{}</span> shown</span></form>",
        diff.changes.len()
    );
    out.push_str(&super::decide::save_bar(diff, ui, esc));
    for (standard, changes) in grouped(diff) {
        let name = if standard.is_empty() {
            "Terms"
        } else {
            standard
        };
        let attrs = if standard.is_empty() { ui } else { "" };
        let _ = writeln!(out, "<section><h2{attrs}>{}</h2>", esc(name));
        for c in changes {
            let kind = serde_json::to_value(c.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "<div class=\"change\" data-kind=\"{kind}\" data-key=\"{}\" id=\"{}\">",
                esc(&c.key),
                esc(&c.id)
            );
            let _ = writeln!(
                out,
                "<div><div class=\"head\"><span{ui}>{} {}</span> <span class=\"code\" dir=\"ltr\">{}</span></div>",
                c.kind.as_str(),
                c.level,
                esc(&code(c))
            );
            let _ = write!(out, "<div class=\"text\">");
            match c.kind {
                ChangeKind::Added => {
                    let _ = write!(out, "<ins>{}</ins>", esc(c.new.as_deref().unwrap_or("")));
                }
                ChangeKind::Removed => {
                    let _ = write!(out, "<del>{}</del>", esc(c.old.as_deref().unwrap_or("")));
                }
                ChangeKind::Moved => {
                    let _ = write!(
                        out,
                        "<span{ui}>from <span class=\"code\">{}</span> to <span class=\"code\">{}</span></span>",
                        esc(c.from.as_deref().unwrap_or("?")),
                        esc(c.to.as_deref().unwrap_or("?"))
                    );
                }
                ChangeKind::KindChanged => {
                    let k = |k: Option<crate::model::Kind>| k.map_or("?", |k| k.as_str());
                    let _ = write!(
                        out,
                        "<span{ui}>{} → {}</span>",
                        k(c.old_kind),
                        k(c.new_kind)
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
            let _ = writeln!(out, "</div></div>");
            let _ = writeln!(
                out,
                "<div class=\"why\"{ui}>{}</div>\n{}\n</div>",
                why(c).map(|w| esc(&w)).unwrap_or_default(),
                super::decide::controls(c, ui, esc)
            );
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
