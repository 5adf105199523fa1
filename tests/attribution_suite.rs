//! Attribution suite (issue 5): who said what about whom, and the statement edges.
//!
//! Cases live in tests/cases/attribution.txt. Every case is judged on its statements
//! (none expected when it has no `said:` line) and, where it has `edge:` lines, on its edges.

use crate::suite::{run_suite, ExpectationKind};

#[test]
fn attribution_cases() {
    let report = run_suite(
        "tests/cases/attribution.txt",
        &[ExpectationKind::Said, ExpectationKind::Edges],
    );
    report.print();
    assert!(
        report.cases >= 100,
        "only {} attribution cases",
        report.cases
    );
    report.assert_green();
}
