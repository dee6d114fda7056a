//! Something other than a file where carecert reads one: named pipes, a socket,
//! links to devices, at every read. Each is refused before it is opened, so none can
//! make carecert wait or read for ever.

#![cfg(unix)]

use crate::Fixture;
use crate::input_classes::{JSON_FILES, refused};

fn fifo(path: &std::path::Path) {
    if path.exists() {
        std::fs::remove_file(path).unwrap();
    }
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(made.success());
}

#[test]
fn a_named_pipe_at_any_json_file_is_refused_without_waiting() {
    for (fixture, file) in JSON_FILES.iter().chain(&[("mini", "standards/02.json")]) {
        let f = Fixture::copy(fixture);
        fifo(&f.file(file));
        let err = refused(&f, &["check", "."]);
        assert!(err.contains("error[not-a-file]: "), "{file}: {err}");
        assert!(
            err.contains("is a named pipe (FIFO), not a file"),
            "{file}: {err}"
        );
        assert!(
            err.contains(file.rsplit('/').next().unwrap()),
            "{file}: {err}"
        );
    }
}

#[test]
fn a_socket_where_terms_json_belongs_is_refused() {
    let f = Fixture::copy("mini");
    std::fs::remove_file(f.file("terms.json")).unwrap();
    let _listener = std::os::unix::net::UnixListener::bind(f.file("terms.json")).unwrap();
    let err = refused(&f, &["check", "."]);
    assert_eq!(
        err,
        "error[not-a-file]: framework.json:11:12 at terms: the listed file \"terms.json\" is a socket, not a file\n  help: carecert reads only regular files (or links to them); put the file itself here\n"
    );
}

#[test]
fn links_to_devices_are_refused_as_devices() {
    for device in ["/dev/zero", "/dev/urandom", "/dev/null"] {
        let f = Fixture::copy("mini-edition");
        std::fs::remove_file(f.file("edition.json")).unwrap();
        std::os::unix::fs::symlink(device, f.file("edition.json")).unwrap();
        let err = refused(&f, &["check", "."]);
        assert_eq!(
            err.lines().next().unwrap(),
            "error[not-a-file]: edition.json: this is a character device, not a file",
            "{device}"
        );
    }
}

#[test]
fn a_named_pipe_where_a_directory_is_named() {
    let f = Fixture::copy("mini-edition");
    fifo(&f.root().join("pipe"));
    for args in [
        vec!["check", "../pipe"],
        vec!["show", "../pipe"],
        vec!["check", ".", "--base", "../pipe"],
        vec!["rebase", ".", "--onto", "../pipe"],
        vec!["diff", "../pipe", "."],
    ] {
        let err = refused(&f, &args);
        assert!(err.contains("pipe"), "{args:?}: {err}");
    }
}

#[test]
fn a_named_pipe_as_the_xliff_to_import_or_its_target() {
    let f = Fixture::copy("mini");
    fifo(&f.root().join("in.xlf"));
    let err = refused(
        &f,
        &[
            "l10n",
            "import",
            "../in.xlf",
            ".",
            "--locales-dir",
            "../locales",
        ],
    );
    assert_eq!(
        err.lines().next().unwrap(),
        "error[not-a-file]: ../in.xlf: this is a named pipe (FIFO), not a file"
    );
    assert!(!f.root().join("locales").exists());
}

#[test]
fn verify_reports_a_file_whose_name_is_not_utf8() {
    use std::os::unix::ffi::OsStrExt;
    let f = Fixture::copy("mini");
    f.run(&["build", ".", "--out", "../out", "--outputs", "xml"])
        .success();
    let pack = f.root().join("out/mini/en-GB");
    let name = std::ffi::OsStr::from_bytes(b"extra-\xff.xml");
    std::fs::write(pack.join(name), "x").unwrap();
    let out = crate::stdout_of(&f.run(&["verify", "../out/mini/en-GB"]).code(1));
    assert!(
        out.contains("not in the manifest: extra-\u{FFFD}.xml"),
        "{out}"
    );
}
