//! Completions and man pages come from the same definition as `--help`.

use crate::{carecert, stderr_of, stdout_of};

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
        "error: no command \"buidl\"\n  help: did you mean \"build\"?\n"
    );
}

/// Every page renders with groff without a warning (`-ww` turns them all on), when
/// groff is there to ask; CI installs it.
#[test]
fn man_pages_render_without_warnings() {
    let pages: &[&[&str]] = &[
        &[],
        &["build"],
        &["show"],
        &["check"],
        &["diff"],
        &["new"],
        &["l10n"],
        &["l10n", "status"],
        &["l10n", "template"],
        &["l10n", "export"],
        &["l10n", "import"],
        &["rebase"],
        &["verify"],
        &["completions"],
        &["man"],
    ];
    for words in pages {
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
