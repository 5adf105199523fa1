//! Relation suite (issue 4): the exact CAMEO-coded edges of wire-news sentences.
//!
//! Cases live in tests/cases/relations.txt; `xfail` lines there are the lead's worklist.

use crate::suite::{run_suite, ExpectationKind};

#[test]
fn relation_cases() {
    let report = run_suite("tests/cases/relations.txt", &[ExpectationKind::Edges]);
    report.print();
    assert!(report.cases >= 200, "only {} relation cases", report.cases);
    report.assert_green();
}
