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

/// Issue 5 asks for speaker precision and recall: is the right actor credited with
/// speaking, whatever the content? Scored over (case, speaker) pairs, every case
/// counted (xfail ones too), with a floor so a regression fails the build.
#[test]
fn speaker_precision_and_recall() {
    use std::collections::BTreeSet;

    use crate::suite::parse_cases;
    use geokg::{Document, Extractor};

    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases/attribution.txt");
    let (cases, problems) = parse_cases(&std::fs::read_to_string(path).unwrap());
    assert!(problems.is_empty());
    let extractor = Extractor::builtin().unwrap();
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for case in &cases {
        let doc = Document {
            id: format!("case-{}", case.line),
            text: case.text.clone(),
            date: case.date.clone(),
            ..Document::default()
        };
        let got: BTreeSet<String> = extractor
            .extract(&doc)
            .statements
            .into_iter()
            .map(|s| s.speaker)
            .collect();
        let expected: BTreeSet<String> = case.said.iter().map(|s| s.speaker.clone()).collect();
        tp += got.intersection(&expected).count();
        fp += got.difference(&expected).count();
        fn_ += expected.difference(&got).count();
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    println!("speakers: tp {tp} fp {fp} fn {fn_}  precision {precision:.3}  recall {recall:.3}");
    assert!(
        precision >= 0.95 && recall >= 0.90,
        "speaker precision {precision:.3}, recall {recall:.3}"
    );
}
