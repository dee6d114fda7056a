//! The default framework and the project's translations are compiled into the
//! binary (see `load::source` and `l10n::catalog`); rebuild whenever a file under
//! `standards/` or `locales/` changes, is added or is removed.

fn main() {
    println!("cargo:rerun-if-changed=standards");
    println!("cargo:rerun-if-changed=locales");
}
