//! The default framework is compiled into the binary (see `load::source`); rebuild
//! whenever a file under `standards/` changes, is added or is removed.

fn main() {
    println!("cargo:rerun-if-changed=standards");
}
