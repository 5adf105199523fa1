//! The actor suite (issue 3): hand-written wire-news texts and the exact node ids
//! geokg must produce for each, in `tests/cases/actors.txt`.
//!
//! Cases geokg gets wrong today carry `xfail:` with the reason, so the suite stays
//! green while still noticing both regressions and fixes (an `xfail` that passes fails
//! the suite until its line is removed).

use crate::suite::{run_suite, ExpectationKind};

const CASES: &str = "tests/cases/actors.txt";

/// The issue asks for at least 150 sentences; a truncated file must not pass quietly.
const MIN_CASES: usize = 150;

#[test]
fn actor_suite_is_green() {
    let report = run_suite(CASES, &[ExpectationKind::Actors]);
    report.print();
    assert!(
        report.cases >= MIN_CASES,
        "{CASES} holds {} cases, issue 3 asks for at least {MIN_CASES}",
        report.cases
    );
    report.assert_green();
}

/// Every case states its actors: a case without an `actors:` line would be judged on
/// nothing (statements only) and pass without testing what this suite is for.
#[test]
fn every_actor_case_has_an_actors_line() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(CASES);
    let input = std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
    let (cases, problems) = crate::suite::parse_cases(&input);
    assert!(problems.is_empty(), "format problems: {problems:?}");
    assert!(!cases.is_empty(), "{CASES} holds no case");
    let without: Vec<usize> = cases
        .iter()
        .filter(|c| c.actors.is_none())
        .map(|c| c.line)
        .collect();
    assert!(
        without.is_empty(),
        "cases without `actors:` at lines {without:?}"
    );
}
