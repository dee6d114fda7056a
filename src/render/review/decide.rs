//! The review page's decision controls: agree / reject / query buttons and a
//! comment box on each change, and a "save decisions" button that downloads a
//! small JSON file (`review::decisions`) for `carecert review` to read back.
//! All inline, no network: the page stays one self-contained file. Decisions
//! are also kept in the browser's local storage, per diff, so a reload does not
//! lose them.

use super::say::Say;
use crate::diff::{Change, Diff};
use std::fmt::Write as _;

pub const STYLE: &str = "
.decide { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: .4rem; align-items: flex-start; }
.decide button { border: 1px solid #bbb; background: #fff; border-radius: 4px; padding: .15rem .6rem; cursor: pointer; font: inherit; font-size: .9rem; }
.decide button[aria-pressed=true][data-decision=accepted] { background: #e6f4ea; border-color: var(--ins); }
.decide button[aria-pressed=true][data-decision=rejected] { background: #fce8e6; border-color: var(--del); }
.decide button[aria-pressed=true][data-decision=query] { background: #fef7e0; border-color: #b06000; }
.decide textarea { flex: 1 1 16rem; min-height: 1.8rem; font: inherit; font-size: .9rem; }
.save { position: sticky; top: 0; background: #fff; padding: .5rem 0; display: flex; gap: .75rem; align-items: center; flex-wrap: wrap; z-index: 1; }
@media print { .decide button, .save { display: none; } }
";

/// The bar with the reviewer's name and the save button, carrying what the
/// page shows (edition, base, locale, fingerprint) for the saved file.
pub fn save_bar(diff: &Diff, say: &Say<'_>, esc: fn(&str) -> String) -> String {
    format!(
        "<form class=\"save\" id=\"decisions\" data-edition=\"{}\" data-base=\"{}\" data-locale=\"{}\" data-fingerprint=\"{}\">\
<label>{} <input type=\"text\" id=\"reviewer\" autocomplete=\"name\"></label> \
<button type=\"button\" id=\"save-decisions\">{}</button> \
<span>{}</span></form>\n",
        esc(&diff.new.id),
        esc(&diff.old.id),
        esc(&diff.locale),
        esc(&diff.fingerprint()),
        esc(&say.label("review-reviewer")),
        esc(&say.label("review-save-decisions")),
        // The count is a number the script updates: marked where the label put it.
        esc(&say.labels.get("review-decided", &[("count", 0)]).text).replacen(
            "0",
            "<span id=\"decided\">0</span>",
            1
        ),
    )
}

/// The controls of one change.
pub fn controls(c: &Change, say: &Say<'_>, esc: fn(&str) -> String) -> String {
    let mut out = String::new();
    let _ = write!(out, "<div class=\"decide\">");
    for (value, label) in [
        ("accepted", "review-agree"),
        ("rejected", "review-reject"),
        ("query", "review-query"),
    ] {
        let _ = write!(
            out,
            "<button type=\"button\" data-decision=\"{value}\" aria-pressed=\"false\">{}</button>",
            esc(&say.label(label))
        );
    }
    let comment = esc(&say.label("review-comment"));
    let _ = write!(
        out,
        "<textarea aria-label=\"{comment} {}\" placeholder=\"{comment}\"></textarea></div>",
        esc(&c.key)
    );
    out
}

pub const SCRIPT: &str = r#"
(function () {
  var form = document.getElementById('decisions');
  if (!form) return;
  var store = 'carecert-review:' + form.dataset.fingerprint;
  function changes() { return Array.prototype.slice.call(document.querySelectorAll('.change[data-key]')); }
  function decisionOf(el) {
    var on = el.querySelector('.decide button[aria-pressed=true]');
    return on ? on.dataset.decision : 'pending';
  }
  function collect() {
    var out = [];
    changes().forEach(function (el) {
      var d = decisionOf(el);
      var c = el.querySelector('.decide textarea').value.trim();
      if (d === 'pending' && !c) return;
      (el.dataset.keys || el.dataset.key).split(' ').forEach(function (k) {
        out.push(c ? { key: k, decision: d, comment: c } : { key: k, decision: d });
      });
    });
    return out;
  }
  function count() {
    document.getElementById('decided').textContent = changes().filter(function (el) { return decisionOf(el) !== 'pending'; }).length;
  }
  function remember() {
    try { localStorage.setItem(store, JSON.stringify({ reviewer: document.getElementById('reviewer').value, decisions: collect() })); } catch (e) {}
    count();
  }
  changes().forEach(function (el) {
    el.querySelectorAll('.decide button').forEach(function (b) {
      b.addEventListener('click', function () {
        var was = b.getAttribute('aria-pressed') === 'true';
        el.querySelectorAll('.decide button').forEach(function (o) { o.setAttribute('aria-pressed', 'false'); });
        b.setAttribute('aria-pressed', was ? 'false' : 'true');
        remember();
      });
    });
    el.querySelector('.decide textarea').addEventListener('input', remember);
  });
  document.getElementById('reviewer').addEventListener('input', remember);
  try {
    var saved = JSON.parse(localStorage.getItem(store) || 'null');
    if (saved) {
      document.getElementById('reviewer').value = saved.reviewer || '';
      saved.decisions.forEach(function (d) {
        var el = document.querySelector('.change[data-key="' + (window.CSS && CSS.escape ? CSS.escape(d.key) : d.key) + '"]');
        if (!el) return;
        var b = el.querySelector('.decide button[data-decision="' + d.decision + '"]');
        if (b) b.setAttribute('aria-pressed', 'true');
        if (d.comment) el.querySelector('.decide textarea').value = d.comment;
      });
    }
  } catch (e) {}
  count();
  document.getElementById('save-decisions').addEventListener('click', function () {
    var file = {
      format: 'carecert review decisions 1',
      edition: form.dataset.edition,
      base: form.dataset.base,
      locale: form.dataset.locale,
      fingerprint: form.dataset.fingerprint,
      reviewer: document.getElementById('reviewer').value.trim() || null,
      decisions: collect()
    };
    var blob = new Blob([JSON.stringify(file, null, 2) + '\n'], { type: 'application/json' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = form.dataset.edition + '-decisions.json';
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
  });
})();
"#;
