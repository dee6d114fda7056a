//! Inputs found by the fuzz targets in `fuzz/` (see docs/reliability-fuzzing.md),
//! each reduced to the one edit that mattered.
//!
//! Text that reaches a pack as an XML attribute or element must be free of control
//! characters: XML 1.0 cannot carry U+0000–U+0008 and the like, so a pack built from
//! such text is a file no XML reader opens. The loaders refuse it up front, with a
//! located error, as they already did for criteria and notices.

use crate::{Fixture, stderr_of};

fn check_fails(fixture: Fixture) -> String {
    let assert = fixture.run(&["check", "."]).code(2).stdout("");
    stderr_of(&assert)
}

#[test]
fn control_character_in_framework_title_is_refused() {
    // pipeline: a framework titled "\u0004\u0000" loaded cleanly and was written
    // into curriculum.xml's title attribute.
    let err = check_fails(Fixture::copy("mini").edit(
        "framework.json",
        "\"title\": \"Mini framework\"",
        "\"title\": \"Mini\\u0004 framework\"",
    ));
    assert!(
        err.starts_with(
            "error[bad-text]: framework.json:4:12 at title: \"title\" contains the control character U+0004\n"
        ),
        "{err}"
    );
}

#[test]
fn control_character_in_framework_publisher_is_refused() {
    let err = check_fails(Fixture::copy("mini").edit(
        "framework.json",
        "\"publisher\": \"carecert tests\"",
        "\"publisher\": \"carecert\\u0000tests\"",
    ));
    assert!(
        err.contains("at publisher: \"publisher\" contains the control character U+0000"),
        "{err}"
    );
}

#[test]
fn control_character_in_edition_name_is_refused() {
    let err = check_fails(Fixture::copy("mini-edition").edit(
        "edition.json",
        "\"name\": \"Mini framework, India edition\"",
        "\"name\": \"Mini framework,\\u001b India edition\"",
    ));
    assert!(
        err.contains("at name: the name contains the control character U+001B"),
        "{err}"
    );
}

#[test]
fn control_character_in_rationale_is_refused() {
    let err = check_fails(Fixture::copy("mini-edition").edit(
        "edition.json",
        "\"rationale\": \"Indian states inspect on visits.\"",
        "\"rationale\": \"Indian states\\u0007 inspect on visits.\"",
    ));
    assert!(
        err.contains(
            "at operations[0].rationale: the rationale contains the control character U+0007"
        ),
        "{err}"
    );
}
