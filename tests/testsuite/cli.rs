//! Completions and man pages come from the same definition as `--help`.

use crate::{COMMANDS, carecert, stderr_of, stdout_of};

#[test]
fn completion_scripts_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = stdout_of(&carecert().args(["completions", shell]).assert().success());
        assert!(
            out.contains("build") && out.contains("--documents"),
            "{shell}"
        );
    }
    let bash = stdout_of(&carecert().args(["completions", "bash"]).assert().success());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("carecert.bash");
    std::fs::write(&path, bash).unwrap();
    // The script parses as bash, when bash is there to ask.
    if let Ok(status) = std::process::Command::new("bash")
        .arg("-n")
        .arg(&path)
        .status()
    {
        assert!(status.success());
    }
}

#[test]
fn man_pages_for_the_tool_and_each_command() {
    let top = stdout_of(&carecert().arg("man").assert().success());
    assert!(
        top.starts_with(".ie \\n(.g .ds Aq \\(aq") || top.contains(".TH carecert"),
        "{top}"
    );
    for cmd in [
        "build", "diff", "l10n", "check", "show", "rebase", "new", "verify",
    ] {
        let page = stdout_of(&carecert().args(["man", cmd]).assert().success());
        assert!(page.contains(&format!(".TH carecert-{cmd}")), "{cmd}");
    }
    let page = stdout_of(
        &carecert()
            .args(["man", "l10n", "status"])
            .assert()
            .success(),
    );
    assert!(page.contains(".TH carecert-l10n-status"));
    let err = stderr_of(&carecert().args(["man", "l10n", "stauts"]).assert().code(2));
    assert!(err.contains("did you mean \"status\"?"), "{err}");
    let err = stderr_of(&carecert().args(["man", "buidl"]).assert().code(2));
    assert_eq!(
        err,
        "error[unknown-command]: no command \"buidl\"\n  help: did you mean \"build\"?\n"
    );
}

/// Every page renders with groff without a warning (`-ww` turns them all on), when
/// groff is there to ask; CI installs it.
#[test]
fn man_pages_render_without_warnings() {
    for words in COMMANDS {
        let page = carecert().arg("man").args(*words).output().unwrap().stdout;
        let Ok(mut groff) = std::process::Command::new("groff")
            .args(["-man", "-Tutf8", "-ww", "-z"])
            .stdin(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
        else {
            return;
        };
        use std::io::Write;
        groff.stdin.take().unwrap().write_all(&page).unwrap();
        let out = groff.wait_with_output().unwrap();
        assert!(out.status.success(), "{words:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{words:?}");
    }
}

/// Errors of commands that have no JSON output (`man`, `dev synth`, a Word
/// redline), so their code is not printed: each is checked by its message and help
/// line, and named by the code docs/errors.md lists it under.
#[test]
fn errors_printed_only_as_text() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("keep.txt"), "x").unwrap();
    let cases: &[(&str, &[&str], &str, &str)] = &[
        (
            "unknown-command",
            &["man", "chek"],
            "error[unknown-command]: no command \"chek\"",
            "help: did you mean \"check\"?",
        ),
        (
            "docx-needs-out",
            &[
                "diff",
                "care-certificate-2015",
                "care-certificate-2015",
                "--format",
                "docx",
            ],
            "error[docx-needs-out]: a Word redline is not written to the terminal",
            "help: add --out review.docx",
        ),
        (
            "out-not-empty",
            &["dev", "synth", "--criteria", "1", "--out", "."],
            "error[out-not-empty]: . exists and is not empty",
            "help: name a new directory",
        ),
    ];
    for (code, args, message, help) in cases {
        let assert = carecert()
            .current_dir(dir.path())
            .args(*args)
            .assert()
            .code(2);
        let err = stderr_of(&assert);
        assert!(err.starts_with(message), "{code}: {err}");
        assert!(err.contains(help), "{code}: {err}");
        assert!(stdout_of(&assert).is_empty(), "{code}");
    }
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "nothing was written");
}

/// stdout that cannot be written (a full disk) is an error, exit 2, reported in
/// the format asked for.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_output_failed() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("carecert"))
        .args(["show", "--format", "json"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(v["errors"][0]["code"], "output-failed", "{v}");
    assert!(v["errors"][0]["help"].is_string(), "{v}");
}
