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
    let err = stderr_of(&carecert().args(["man", "buidl"]).assert().code(2));
    assert_eq!(
        err,
        "error: no command \"buidl\"\n  help: did you mean \"build\"?\n"
    );
}
