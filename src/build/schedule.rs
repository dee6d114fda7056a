//! Which pack is built where and when: the packs of a build, once each
//! edition is resolved and its translations read.
//!
//! Small packs build side by side in rayon's pool. A large framework's packs
//! (or a single pack) build one at a time, each on two lines of work that
//! take its files largest first; one of them also localises the next pack
//! and works out this one's warnings, which used to leave a core idle
//! between packs and at the end of the build.

use super::warnings;
use super::{BuildOptions, BuiltPack, stage::stage};
use crate::diag::Diagnostic;
use crate::edition::resolved::Resolved;
use crate::l10n::labels::Labels;
use crate::l10n::{self, Catalog, LocaleRoot, Localised};
use crate::pack;
use std::sync::Arc;

/// One edition's share of the work: its resolved text, its translations, the
/// locales it is built in and its drift warnings.
pub(super) type Job = (Arc<Resolved>, Catalog, Vec<String>, Vec<Diagnostic>);

/// A staged pack, or why it could not be.
pub(super) type Staged = Result<(pack::Staged, BuiltPack), Diagnostic>;

/// What building one pack needs besides the job: its locale's text and labels.
type Prepared = (Localised, Labels);

/// Stages every pack of `work` (a job's index and a locale), in `work`'s order.
#[allow(clippy::too_many_arguments)]
pub(super) fn stage_all(
    jobs: &[Job],
    work: &[(usize, String)],
    opts: &BuildOptions<'_>,
    root: &LocaleRoot,
    converter: Option<&crate::pdf::Converter>,
    large: bool,
    serial: bool,
) -> Vec<Staged> {
    use rayon::prelude::*;
    // Problems of the local folder as a whole, the same for every pack.
    let folder_problems = root.problems();
    // `alone`: nothing else is running (the first pack of a build waits for
    // it), so a large framework's text is localised on two threads.
    let prepare = |(i, locale): &(usize, String), alone: bool| -> Prepared {
        let (r, catalog, _, _) = &jobs[*i];
        // Independent, and each a good part of a small pack's time.
        let (mut l, labels) = both(
            || {
                if alone {
                    l10n::localise_on_two(r, locale, catalog)
                } else {
                    l10n::localise(r, locale, catalog)
                }
            },
            || Labels::load(root, locale, &r.source_locale),
        );
        l10n::with_labels(&mut l, &labels);
        (l, labels)
    };
    let warn = |i: usize, (l, labels): &Prepared| -> Vec<Diagnostic> {
        let (r, catalog, _, unapplied) = &jobs[i];
        let mut out = unapplied.clone();
        out.extend(warnings::translation_warnings(
            r,
            catalog,
            labels,
            l,
            &folder_problems,
        ));
        out
    };
    // The pack's directory; one that cannot be named was reported earlier.
    let dir = |(i, locale): &(usize, String)| pack::pack_dir(opts.out, &jobs[*i].0.id, locale).ok();
    let finish = |i: usize, staged: Staged, warnings: Vec<Diagnostic>| {
        staged.map(|(s, mut b)| {
            b.translations = jobs[i].1.folders().to_vec();
            b.warnings = warnings;
            (s, b)
        })
    };
    if !serial {
        return work
            .par_iter()
            .filter_map(|w| {
                let dir = dir(w)?;
                let p = prepare(w, false);
                let (staged, ()) = stage(&dir, &p.0, &p.1, opts, converter, large, || ());
                Some(finish(w.0, staged, warn(w.0, &p)))
            })
            .collect();
    }
    // One pack after another, the next one's text prepared beside this one's
    // documents. Only the text of two packs is held at once.
    let mut out = Vec::new();
    let mut next: Option<Prepared> = None;
    for (k, w) in work.iter().enumerate() {
        let Some(dir) = dir(w) else {
            continue;
        };
        let p = next.take().unwrap_or_else(|| prepare(w, true));
        let following = work[k + 1..].iter().find(|w| dir_ok(opts, jobs, w));
        let (staged, (warnings, prepared)) =
            stage(&dir, &p.0, &p.1, opts, converter, large, || {
                let prepared = following.map(|w| prepare(w, false));
                (warn(w.0, &p), prepared)
            });
        next = prepared;
        out.push(finish(w.0, staged, warnings));
        // What the pack leaves behind is freed on the other core.
        drop_later(p);
    }
    out
}

/// Whether the pack of `w` has a directory (else it is skipped).
fn dir_ok(opts: &BuildOptions<'_>, jobs: &[Job], (i, locale): &(usize, String)) -> bool {
    pack::pack_dir(opts.out, &jobs[*i].0.id, locale).is_ok()
}

/// Runs `a` and `b` at once: side by side in rayon's pool when called from
/// it (the packs of `build --all`), else `b` on a thread of its own, which
/// costs less to start than the pool.
pub(crate) fn both<A: Send, B: Send>(
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    if rayon::current_thread_index().is_some() {
        return rayon::join(a, b);
    }
    std::thread::scope(|s| {
        let b = s.spawn(b);
        let a = a();
        // A panic in `b` is a bug; it goes on as one.
        let b = b.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
        (a, b)
    })
}

/// Frees `value` on a thread of its own. A large framework's resolved
/// edition, catalogue and localised text are millions of small allocations,
/// and freeing them took a tenth of a 10k build's last thread (and 7 % of a
/// standards document built alone); nothing waits for it (a process that
/// ends first leaves it to the system).
pub(super) fn drop_later<T: Send + 'static>(value: T) {
    // When no thread can be started, the value is freed here, as it was.
    let _ = std::thread::Builder::new().spawn(move || drop(value));
}
