//! A team's own workspace: `init` (and `new --workspace`), editions found where
//! `carecert.toml` says, `build --all` building them, and `list` telling current
//! packs from stale ones.

use crate::workdir::tree;
use crate::{carecert, stderr_of, stdout_of};
use std::path::Path;

fn run(dir: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    carecert().current_dir(dir).args(args).assert()
}

fn json(dir: &Path, args: &[&str]) -> serde_json::Value {
    let a = run(dir, &[args, &["--format", "json"]].concat());
    serde_json::from_str(&stdout_of(&a)).unwrap()
}

/// From an empty folder: a workspace, an edition, its packs, then an edit makes
/// them stale, and building again makes them current.
#[test]
fn a_new_workspace_builds_and_lists_its_own_editions() {
    let dir = tempfile::tempdir().unwrap();
    let a = run(dir.path(), &["init", "team"]).success();
    assert_eq!(
        stdout_of(&a),
        "created team/carecert.toml and team/editions/\nnext: cd team && carecert new editions/NAME --country CC --locale LOCALE\n"
    );
    let team = dir.path().join("team");
    let a = run(&team, &["build", "--all"]).code(2);
    assert!(
        stderr_of(&a).starts_with("error[no-editions]: no editions found under editions\n"),
        "{}",
        stderr_of(&a)
    );
    run(
        &team,
        &[
            "new",
            "editions/kenya",
            "--country",
            "KE",
            "--locale",
            "en-KE",
        ],
    )
    .success();
    let a = run(&team, &["list"]).success();
    assert_eq!(
        stdout_of(&a),
        "workspace . (carecert.toml): editions in editions; frameworks in frameworks; packs in out\n\
         framework care-certificate-2015 (built in): locales en-GB\n  not built: en-GB\n\
         edition kenya (editions/kenya): base care-certificate-2015, locales en-KE\n  not built: en-KE\n"
    );
    let a = run(&team, &["build", "--all", "--outputs", "xml"]).success();
    assert!(
        stdout_of(&a).contains("built out/kenya/en-KE (1 file and a manifest, 0 fallbacks)"),
        "{}",
        stdout_of(&a)
    );
    let l = json(&team, &["list"]);
    let pack = &l["editions"][0]["packs"][0];
    assert_eq!(pack["state"], "current", "{l}");
    assert_eq!(pack["dir"], "out/kenya/en-KE");
    assert_eq!(l["editions"][0]["not_built"], serde_json::json!([]));

    // An edit to the edition makes its pack stale, and names the layer.
    let file = team.join("editions/kenya/edition.json");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replacen("\"value\": \"\"", "\"value\": \"112\"", 1),
    )
    .unwrap();
    let a = run(&team, &["list"]).success();
    assert!(
        stdout_of(&a).contains("  out/kenya/en-KE: stale (kenya changed since)\n"),
        "{}",
        stdout_of(&a)
    );
    run(&team, &["build", "--all", "--outputs", "xml", "--quiet"]).success();
    assert_eq!(
        json(&team, &["list"])["editions"][0]["packs"][0]["state"],
        "current"
    );

    // From a folder inside the workspace, the same workspace, its paths leading back up.
    let a = run(&team.join("editions/kenya"), &["list"]).success();
    assert!(stdout_of(&a).starts_with(
        "workspace ../.. (../../carecert.toml): editions in ../../editions; frameworks in ../../frameworks; packs in ../../out\n"
    ));
    assert!(stdout_of(&a).contains("  ../../out/kenya/en-KE: current\n"));
}

/// `new --workspace` is `init`; neither overwrites a workspace.
#[test]
fn new_workspace_is_init_and_neither_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    run(dir.path(), &["new", "--workspace", "w"]).success();
    assert!(dir.path().join("w/carecert.toml").is_file());
    let before = tree(dir.path());
    for args in [&["init", "w"][..], &["new", "--workspace", "w"]] {
        let a = run(dir.path(), args).code(2);
        assert!(
            stderr_of(&a)
                .starts_with("error[exists]: w/carecert.toml already exists: w is a workspace\n")
        );
    }
    assert_eq!(tree(dir.path()), before);
    // An edition needs its country and locales; a workspace does not.
    run(dir.path(), &["new", "editions/x"]).code(2);
}

/// Without carecert.toml the working directory is the workspace; the examples
/// stay reachable by path, and the repository's own carecert.toml lists them.
#[test]
fn the_examples_are_the_repository_workspace_and_reachable_by_path() {
    let dir = tempfile::tempdir().unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    crate::copy_dir(&repo.join("examples"), &dir.path().join("examples"));
    let l = json(dir.path(), &["list"]);
    assert_eq!(l["workspace"]["config"], serde_json::Value::Null);
    assert_eq!(l["editions"], serde_json::json!([]));
    run(
        dir.path(),
        &[
            "build",
            "examples/editions/gulf",
            "--outputs",
            "xml",
            "--quiet",
        ],
    )
    .success();
    std::fs::copy(repo.join("carecert.toml"), dir.path().join("carecert.toml")).unwrap();
    let l = json(dir.path(), &["list"]);
    let ids: Vec<&str> = l["editions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["brazil", "china", "gulf", "india", "saudi-arabia"]);
    assert_eq!(l["frameworks"][1]["id"], "care-certificate-2025-known");
    assert_eq!(l["editions"][2]["packs"][0]["state"], "current");
    assert_eq!(l["editions"][4]["base"], "../gulf");
}

/// An edition that does not load is listed with its errors, and `list` exits 1.
#[test]
fn an_edition_that_does_not_load_is_a_finding() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("editions/broken")).unwrap();
    std::fs::write(dir.path().join("editions/broken/edition.json"), "{").unwrap();
    let a = run(dir.path(), &["list"]).code(1);
    assert!(stdout_of(&a).contains(
        "edition broken (editions/broken): does not load, 1 error (`carecert check editions/broken` shows it)\n"
    ));
}

/// Bash completes `--locale` with the locales that exist where the user is: the
/// translations' and the workspace's editions', not file names.
#[test]
fn bash_completes_locales_that_exist() {
    let dir = tempfile::tempdir().unwrap();
    run(dir.path(), &["init"]).success();
    run(
        dir.path(),
        &[
            "new",
            "editions/kenya",
            "--country",
            "KE",
            "--locale",
            "en-KE",
            "--locale",
            "sw-KE",
        ],
    )
    .success();
    std::fs::write(dir.path().join("sw-notes.txt"), "a file to not offer").unwrap();
    let script = stdout_of(&run(dir.path(), &["completions", "bash"]).success());
    std::fs::write(dir.path().join("completion.bash"), script).unwrap();
    let bin = Path::new(env!("CARGO_BIN_EXE_carecert"));
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(
            "source ./completion.bash; COMP_WORDS=(carecert build --locale sw); COMP_CWORD=3; \
             _carecert carecert sw --locale; printf '%s\\n' \"${COMPREPLY[@]}\"",
        )
        .current_dir(dir.path())
        .env("PATH", path)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "sw-KE\n",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `new` says when the edition it made is where `build --all` will not look.
#[test]
fn new_says_when_an_edition_is_outside_the_workspace() {
    let dir = tempfile::tempdir().unwrap();
    run(dir.path(), &["init"]).success();
    let args = |d: &'static str| ["new", d, "--country", "KE", "--locale", "en-KE"];
    let inside = stdout_of(&run(dir.path(), &args("editions/kenya")).success());
    assert!(!inside.contains("note:"), "{inside}");
    let outside = stdout_of(&run(dir.path(), &args("drafts/kenya")).success());
    assert!(outside.ends_with(
        "note: `build --all` and `list` do not see it: the workspace's editions are under editions (add its folder to `editions` in carecert.toml)\n"
    ), "{outside}");
}

/// A copied edition folder keeps its id: `list` says the two share their packs
/// (exit 1), and `build --all` refuses the pair before writing anything.
#[test]
fn two_editions_with_one_id_are_named_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    run(dir.path(), &["init"]).success();
    run(
        dir.path(),
        &[
            "new",
            "editions/kenya",
            "--country",
            "KE",
            "--locale",
            "en-KE",
        ],
    )
    .success();
    std::fs::create_dir_all(dir.path().join("editions/kenya2")).unwrap();
    std::fs::copy(
        dir.path().join("editions/kenya/edition.json"),
        dir.path().join("editions/kenya2/edition.json"),
    )
    .unwrap();
    let a = run(dir.path(), &["list"]).code(1);
    assert!(stdout_of(&a).contains(
        "edition kenya (editions/kenya2): editions/kenya2 has the id \"kenya\", as editions/kenya has: their packs are the same folders\n"
    ), "{}", stdout_of(&a));
    let a = run(dir.path(), &["build", "--all"]).code(2);
    assert!(stderr_of(&a).starts_with(
        "error[duplicate-id]: editions/kenya2/edition.json:2:9 at id: the id \"kenya\" is also the id of editions/kenya; both would be built into the same pack directories\n"
    ), "{}", stderr_of(&a));
    assert!(!dir.path().join("out").exists());
}

/// Several editions are read side by side; their errors still come in the
/// order the editions were named, every one of them, and nothing is written.
#[test]
fn the_errors_of_several_editions_come_in_the_order_they_were_named() {
    let f = crate::Fixture::copy("mini-edition")
        .edit("edition.json", "\"name\":", "\"title\":")
        .edit(
            "edition.json",
            "\"target\": \"2.1a\"",
            "\"target\": \"2.9z\"",
        );
    let region = f.root().join("mini-on-region/edition.json");
    let text = std::fs::read_to_string(&region).unwrap();
    std::fs::write(
        &region,
        text.replacen("\"locales\":", "\"locale_list\":", 1),
    )
    .unwrap();
    let before = tree(f.root());
    let edition = [
        "error[missing-field]: mini-edition/edition.json:1:1: missing field \"name\"",
        "error[unknown-field]: mini-edition/edition.json:3:3 at title: unknown field \"title\"",
        "error[missing-target]: mini-edition/edition.json:25:33 at operations[8].target: there is no standard, outcome or criterion with the code \"2.9z\" in the base",
    ];
    let region = "error[unknown-field]: mini-on-region/edition.json:5:3 at locale_list: unknown field \"locale_list\"";
    for (args, expected) in [
        (
            ["mini-edition", "mini-on-region"],
            [&edition[..], &[region]].concat(),
        ),
        (
            ["mini-on-region", "mini-edition"],
            [&[region][..], &edition[..]].concat(),
        ),
    ] {
        let a = run(f.root(), &["build", args[0], args[1], "--out", "out"]).code(2);
        let errors: Vec<String> = stderr_of(&a)
            .lines()
            .filter(|l| l.starts_with("error"))
            .map(str::to_string)
            .collect();
        assert_eq!(errors, expected, "{args:?}");
        assert_eq!(tree(f.root()), before, "{args:?}");
    }
}
