//! Scores geokg on every quality-suite file in tests/cases/ and prints one table.
//!
//! ```text
//! cargo run --release --example suite_report            # the table
//! cargo run --release --example suite_report -- --cases # plus every failing case, expected vs got
//! ```
//!
//! It shares the harness with the test suites (tests/suite.rs), so the figures here are
//! the figures the tests assert on; precision and recall count `xfail` cases too. Files
//! with numbered sections (`# 13. …`) also get precision and recall per section.

#[path = "../tests/suite.rs"]
mod suite;

use std::process::ExitCode;

use suite::{ExpectationKind, SuiteReport};

/// What each suite file is judged on; must match its suite module in tests/.
/// Files not listed are judged on their edges and actor sets.
fn kinds_for(file_name: &str) -> &'static [ExpectationKind] {
    match file_name {
        "attribution.txt" => &[ExpectationKind::Said, ExpectationKind::Edges],
        "actors.txt" => &[ExpectationKind::Actors],
        "relations.txt" => &[ExpectationKind::Edges],
        _ => &[ExpectationKind::Edges, ExpectationKind::Actors],
    }
}

fn main() -> ExitCode {
    let show_cases = std::env::args().skip(1).any(|arg| arg == "--cases");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(err) => {
            eprintln!("cannot read {}: {err}", dir.display());
            return ExitCode::FAILURE;
        }
    };
    let mut files: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".txt"))
        .collect();
    files.sort();
    let reports: Vec<SuiteReport> = files
        .iter()
        .map(|name| suite::run_suite(&format!("tests/cases/{name}"), kinds_for(name)))
        .collect();

    println!("{}", SuiteReport::summary_header());
    for report in &reports {
        println!("{}", report.summary_row());
    }
    // Per numbered section ("# 13. Frames with words between …"), for files that have them.
    for report in reports.iter().filter(|r| !r.groups.is_empty()) {
        println!("\n{} by group", report.path);
        println!("{}", suite::GroupReport::header());
        for group in &report.groups {
            println!("{}", group.row());
        }
    }
    let broken: Vec<&SuiteReport> = reports
        .iter()
        .filter(|r| !r.problems.is_empty() || !r.failed.is_empty() || !r.xpass.is_empty())
        .collect();
    if show_cases {
        for report in &reports {
            println!("\n{}", report.render(true));
        }
    } else if !broken.is_empty() {
        println!("\nNot green (run with --cases for expected vs got):");
        for report in &broken {
            println!(
                "  {}: {} failed, {} xpass, {} format problems",
                report.path,
                report.failed.len(),
                report.xpass.len(),
                report.problems.len()
            );
        }
    }
    if broken.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
