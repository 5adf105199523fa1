//! The quality-suite harness: runs geokg over hand-written cases and scores it.
//!
//! A case file (format: /work/briefs/cases.md, files under `tests/cases/`) holds short
//! wire-news texts and what geokg should read from each. A suite module calls
//!
//! ```ignore
//! let report = suite::run_suite("tests/cases/relations.txt", &[ExpectationKind::Edges]);
//! report.print();
//! report.assert_green();
//! ```
//!
//! Public API (kept stable for every suite module and `examples/suite_report.rs`):
//! - [`run_suite`]`(path, kinds) -> SuiteReport`: parses the file, extracts each case's
//!   text with `Extractor::builtin()` as one document (`id = "case-<line>"`, the case's
//!   `date:`), compares the expectation kinds the suite asks for, and counts.
//! - [`SuiteReport`]: `cases`, `passed`, `failed`, `xfail`, `tp`/`fp`/`fn_`,
//!   `precision()`, `recall()`, `f1()`, `print()` (table + failing cases with expected
//!   vs got) and `assert_green()` (every plain case passes, every `xfail` case still fails,
//!   the file parses).
//! - [`ExpectationKind`]: `Edges`, `Actors`, `Said`.
//!
//! Which expectations a case is judged on, per kind the suite asks for:
//! - `Edges`: when the case has `edge:` lines or `no edges`; the expected set is then
//!   compared with ALL edges geokg produced for the text.
//! - `Actors`: when the case has an `actors:` line.
//! - `Said`: always; a case without `said:` lines expects no statement at all, so a
//!   suite can hold negative cases ("no reported speech here").
//!
//! Precision and recall count every case, `xfail` ones included: they measure geokg,
//! not the worklist.
#![allow(dead_code)]

use std::collections::BTreeSet;
use std::fmt;

use geokg::{Document, DocumentExtraction, Extractor, Modality};

/// A kind of expectation a suite judges.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExpectationKind {
    Edges,
    Actors,
    Said,
}

/// One edge as the case format writes it: `SRC -[relation]-> TGT {flags}`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct EdgeKey {
    pub source: String,
    pub relation: String,
    pub target: String,
    /// `asserted`, `reported`, `hypothetical` or `future`.
    pub modality: &'static str,
    pub negated: bool,
}

impl fmt::Display for EdgeKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} -[{}]-> {}", self.source, self.relation, self.target)?;
        let mut flags = Vec::new();
        if self.modality != "asserted" {
            flags.push(self.modality);
        }
        if self.negated {
            flags.push("negated");
        }
        if !flags.is_empty() {
            write!(f, " {{{}}}", flags.join(","))?;
        }
        Ok(())
    }
}

/// One statement as the case format writes it: `SPEAKER | CONTENT | ABOUT...`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct SaidKey {
    pub speaker: String,
    pub content: String,
    pub about: BTreeSet<String>,
}

impl fmt::Display for SaidKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let about: Vec<&str> = self.about.iter().map(String::as_str).collect();
        write!(
            f,
            "{} | {} | {}",
            self.speaker,
            self.content,
            about.join(" ")
        )
    }
}

/// One case of a case file.
#[derive(Clone, Debug, Default)]
pub struct Case {
    /// 1-based line of the `text:` line; names the case (`case-<line>`).
    pub line: usize,
    pub text: String,
    pub date: Option<String>,
    pub edges: BTreeSet<EdgeKey>,
    /// `true` when the case judges edges (`edge:` lines or `no edges`).
    pub judges_edges: bool,
    pub no_edges: bool,
    pub actors: Option<BTreeSet<String>>,
    pub said: BTreeSet<SaidKey>,
    pub xfail: Option<String>,
    /// The numbered section the case sits in (`# 13. Frames with words between …`),
    /// as `13. Frames with words between …`; `None` before the first section.
    pub group: Option<String>,
}

/// A line of a case file the harness cannot read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatProblem {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for FormatProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Parses a case file; problems are collected rather than fatal so one typo
/// does not hide the rest of the suite.
pub fn parse_cases(input: &str) -> (Vec<Case>, Vec<FormatProblem>) {
    let mut cases = Vec::new();
    let mut problems = Vec::new();
    let mut current: Option<Case> = None;
    let mut group: Option<String> = None;
    for (index, raw) in input.lines().enumerate() {
        let line = index + 1;
        let trimmed = raw.trim();
        if let Some(comment) = trimmed.strip_prefix('#') {
            if let Some(name) = section_name(comment) {
                group = Some(name);
            }
            continue;
        }
        if trimmed.is_empty() {
            cases.extend(current.take());
            continue;
        }
        let problem = |message: String| FormatProblem { line, message };
        let (key, value) = match trimmed.split_once(':') {
            Some((k, v)) => (k.trim(), v.trim()),
            None if trimmed == "no edges" => ("no edges", ""),
            None => {
                problems.push(problem(format!("not a `key: value` line: {trimmed}")));
                continue;
            }
        };
        if key == "text" {
            if let Some(case) = current.take() {
                problems.push(problem(format!(
                    "second `text:` in the case of line {}; separate cases by a blank line",
                    case.line
                )));
                cases.push(case);
            }
            current = Some(Case {
                line,
                text: value.to_string(),
                group: group.clone(),
                ..Case::default()
            });
            continue;
        }
        let Some(case) = current.as_mut() else {
            problems.push(problem(format!("`{key}` before the case's `text:` line")));
            continue;
        };
        let outcome = match key {
            "text+" => {
                case.text.push(' ');
                case.text.push_str(value);
                Ok(())
            }
            "date" => {
                case.date = Some(value.to_string());
                Ok(())
            }
            "edge" => parse_edge(value).map(|edge| {
                case.judges_edges = true;
                case.edges.insert(edge);
            }),
            "no edges" => {
                case.judges_edges = true;
                case.no_edges = true;
                Ok(())
            }
            "actors" => {
                let ids = match value {
                    "none" => BTreeSet::new(),
                    _ => value.split_whitespace().map(str::to_string).collect(),
                };
                case.actors = Some(ids);
                Ok(())
            }
            "said" => parse_said(value).map(|said| {
                case.said.insert(said);
            }),
            "xfail" if value.is_empty() => Err("`xfail:` needs a reason".to_string()),
            "xfail" => {
                case.xfail = Some(value.to_string());
                Ok(())
            }
            other => Err(format!("unknown key `{other}`")),
        };
        if let Err(message) = outcome {
            problems.push(problem(message));
        }
    }
    cases.extend(current);
    for case in &cases {
        if case.no_edges && !case.edges.is_empty() {
            problems.push(FormatProblem {
                line: case.line,
                message: "`no edges` and `edge:` lines in one case".to_string(),
            });
        }
    }
    (cases, problems)
}

/// A section header's name: `# 13. Frames with words between` gives `13. Frames with
/// words between`, `# --- Sector agents (data/agents.tsv) -----` gives `Sector agents
/// (data/agents.tsv)`; any other comment (a rule of dashes too) gives `None`.
fn section_name(comment: &str) -> Option<String> {
    let comment = comment.trim();
    if let Some(rest) = comment.strip_prefix("---") {
        let name = rest.trim_matches(|c: char| c == '-' || c.is_whitespace());
        return (!name.is_empty()).then(|| name.to_string());
    }
    let digits = comment.bytes().take_while(u8::is_ascii_digit).count();
    let rest = comment[digits..].strip_prefix(". ")?;
    (digits > 0 && !rest.trim().is_empty()).then(|| comment.to_string())
}

/// Parses `SRC -[relation]-> TGT {flag,flag}`.
fn parse_edge(value: &str) -> Result<EdgeKey, String> {
    let bad = || format!("edge must read `SRC -[relation]-> TGT {{flags}}`, got `{value}`");
    let (source, rest) = value.split_once("-[").ok_or_else(bad)?;
    let (relation, rest) = rest.split_once("]->").ok_or_else(bad)?;
    let (target, flags) = match rest.split_once('{') {
        Some((target, flags)) => (target, flags.strip_suffix('}').ok_or_else(bad)?),
        None => (rest, ""),
    };
    let (source, relation, target) = (source.trim(), relation.trim(), target.trim());
    if source.is_empty() || relation.is_empty() || target.is_empty() || target.contains(' ') {
        return Err(bad());
    }
    let mut modality = "asserted";
    let mut negated = false;
    for flag in flags.split(',').map(str::trim).filter(|f| !f.is_empty()) {
        match flag {
            "negated" => negated = true,
            "hypothetical" | "reported" | "future" if modality == "asserted" => {
                modality = match flag {
                    "hypothetical" => "hypothetical",
                    "reported" => "reported",
                    _ => "future",
                }
            }
            "hypothetical" | "reported" | "future" => {
                return Err(format!("two modality flags in `{value}`"))
            }
            other => return Err(format!("unknown edge flag `{other}`")),
        }
    }
    Ok(EdgeKey {
        source: source.to_string(),
        relation: relation.to_string(),
        target: target.to_string(),
        modality,
        negated,
    })
}

/// Parses `SPEAKER | CONTENT | ABOUT ABOUT`.
fn parse_said(value: &str) -> Result<SaidKey, String> {
    let mut parts = value.splitn(3, '|');
    let (Some(speaker), Some(content), Some(about)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err(format!(
            "said must read `SPEAKER | CONTENT | ABOUT...`, got `{value}`"
        ));
    };
    let speaker = speaker.trim();
    if speaker.is_empty() || speaker.contains(' ') {
        return Err(format!("bad speaker id in `{value}`"));
    }
    Ok(SaidKey {
        speaker: speaker.to_string(),
        content: content.trim().to_string(),
        about: about.split_whitespace().map(str::to_string).collect(),
    })
}

fn modality_name(modality: Modality) -> &'static str {
    match modality {
        Modality::Asserted => "asserted",
        Modality::Reported => "reported",
        Modality::Hypothetical => "hypothetical",
        Modality::Future => "future",
    }
}

/// What geokg read from a case's text, in the case format's terms.
#[derive(Clone, Debug, Default)]
pub struct Got {
    pub edges: BTreeSet<EdgeKey>,
    pub actors: BTreeSet<String>,
    pub said: BTreeSet<SaidKey>,
}

impl Got {
    fn from_extraction(extraction: &DocumentExtraction) -> Self {
        let edges = extraction
            .events
            .iter()
            .map(|e| EdgeKey {
                source: e.source.clone(),
                relation: e.relation.clone(),
                target: e.target.clone(),
                modality: modality_name(e.modality),
                negated: e.negated,
            })
            .collect();
        let actors = extraction.actors.iter().map(|a| a.id.clone()).collect();
        let said = extraction
            .statements
            .iter()
            .map(|s| SaidKey {
                speaker: s.speaker.clone(),
                content: s.content.trim().to_string(),
                about: s.about.iter().cloned().collect(),
            })
            .collect();
        Self {
            edges,
            actors,
            said,
        }
    }
}

/// Expected vs got for one kind of one case, as printable lines.
#[derive(Clone, Debug, Default)]
pub struct Mismatch {
    pub kind: &'static str,
    pub missing: Vec<String>,
    pub extra: Vec<String>,
}

/// A case whose outcome the suite reports: a failure, or an `xfail` that now passes.
#[derive(Clone, Debug)]
pub struct CaseOutcome {
    pub line: usize,
    pub text: String,
    pub xfail: Option<String>,
    pub mismatches: Vec<Mismatch>,
}

/// Counts and failing cases of one suite file.
#[derive(Clone, Debug, Default)]
pub struct SuiteReport {
    pub path: String,
    pub cases: usize,
    pub passed: usize,
    /// Cases without `xfail` that fail: these break the suite.
    pub failed: Vec<CaseOutcome>,
    /// Cases marked `xfail` that still fail, as expected.
    pub xfail: Vec<CaseOutcome>,
    /// Cases marked `xfail` that now pass: remove their `xfail` line.
    pub xpass: Vec<CaseOutcome>,
    pub problems: Vec<FormatProblem>,
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    /// The same counts per numbered section of the file, in file order.
    pub groups: Vec<GroupReport>,
}

/// Counts of one numbered section of a case file.
#[derive(Clone, Debug, Default)]
pub struct GroupReport {
    pub name: String,
    pub cases: usize,
    pub passed: usize,
    pub xfail: usize,
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl GroupReport {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// One row of the per-group table: cases, passed, xfail, precision, recall, name.
    pub fn row(&self) -> String {
        let name: String = self.name.chars().take(70).collect();
        format!(
            "  {:>5} {:>6} {:>5} {:>9.3} {:>6.3}  {name}",
            self.cases,
            self.passed,
            self.xfail,
            self.precision(),
            self.recall()
        )
    }

    pub fn header() -> String {
        format!(
            "  {:>5} {:>6} {:>5} {:>9} {:>6}  group",
            "cases", "passed", "xfail", "precision", "recall"
        )
    }
}

impl SuiteReport {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// One row of the summary table.
    pub fn summary_row(&self) -> String {
        format!(
            "{:<32} {:>5} {:>6} {:>6} {:>5} {:>5} {:>9.3} {:>6.3} {:>6.3}",
            self.path,
            self.cases,
            self.passed,
            self.failed.len(),
            self.xfail.len(),
            self.xpass.len(),
            self.precision(),
            self.recall(),
            self.f1()
        )
    }

    pub fn summary_header() -> String {
        format!(
            "{:<32} {:>5} {:>6} {:>6} {:>5} {:>5} {:>9} {:>6} {:>6}",
            "suite", "cases", "passed", "failed", "xfail", "xpass", "precision", "recall", "F1"
        )
    }

    /// The table, then every case that needs attention with expected vs got.
    pub fn render(&self, with_xfail: bool) -> String {
        let mut out = String::new();
        out.push_str(&Self::summary_header());
        out.push('\n');
        out.push_str(&self.summary_row());
        out.push_str(&format!(
            "\n(tp {}, fp {}, fn {})\n",
            self.tp, self.fp, self.fn_
        ));
        if !self.groups.is_empty() {
            out.push_str(&GroupReport::header());
            out.push('\n');
            for group in &self.groups {
                out.push_str(&group.row());
                out.push('\n');
            }
        }
        for problem in &self.problems {
            out.push_str(&format!("FORMAT {}: {problem}\n", self.path));
        }
        let mut section = |title: &str, outcomes: &[CaseOutcome]| {
            for outcome in outcomes {
                out.push_str(&format!(
                    "\n{title} {}:{}: {}\n",
                    self.path, outcome.line, outcome.text
                ));
                if let Some(reason) = &outcome.xfail {
                    out.push_str(&format!("  xfail: {reason}\n"));
                }
                for mismatch in &outcome.mismatches {
                    for line in &mismatch.missing {
                        out.push_str(&format!("  missing {}: {line}\n", mismatch.kind));
                    }
                    for line in &mismatch.extra {
                        out.push_str(&format!("  extra   {}: {line}\n", mismatch.kind));
                    }
                }
            }
        };
        section("FAIL", &self.failed);
        section("XPASS (remove the xfail line)", &self.xpass);
        if with_xfail {
            section("XFAIL", &self.xfail);
        }
        out
    }

    pub fn print(&self) {
        println!("{}", self.render(true));
    }

    /// Fails the test unless the file parses, every plain case passes and every
    /// `xfail` case still fails.
    pub fn assert_green(&self) {
        assert!(
            self.problems.is_empty() && self.failed.is_empty() && self.xpass.is_empty(),
            "suite {} is not green:\n{}",
            self.path,
            self.render(false)
        );
    }
}

fn ratio(numerator: usize, denominator: usize) -> f64 {
    if denominator == 0 {
        1.0
    } else {
        numerator as f64 / denominator as f64
    }
}

/// Compares two sets; adds true/false positives and false negatives to the report.
fn compare<T: Ord + fmt::Display>(
    kind: &'static str,
    expected: &BTreeSet<T>,
    got: &BTreeSet<T>,
    report: &mut SuiteReport,
) -> Option<Mismatch> {
    let tp = expected.intersection(got).count();
    let missing: Vec<String> = expected.difference(got).map(ToString::to_string).collect();
    let extra: Vec<String> = got.difference(expected).map(ToString::to_string).collect();
    report.tp += tp;
    report.fn_ += missing.len();
    report.fp += extra.len();
    if missing.is_empty() && extra.is_empty() {
        None
    } else {
        Some(Mismatch {
            kind,
            missing,
            extra,
        })
    }
}

/// Runs one case through `extractor` and returns what differs from its expectations.
pub fn judge_case(
    extractor: &Extractor,
    case: &Case,
    kinds: &[ExpectationKind],
    report: &mut SuiteReport,
) -> Vec<Mismatch> {
    let doc = Document {
        id: format!("case-{}", case.line),
        text: case.text.clone(),
        date: case.date.clone(),
        ..Document::default()
    };
    let got = Got::from_extraction(&extractor.extract(&doc));
    let mut mismatches = Vec::new();
    for kind in kinds {
        let mismatch = match kind {
            ExpectationKind::Edges if case.judges_edges => {
                compare("edge", &case.edges, &got.edges, report)
            }
            ExpectationKind::Actors => match &case.actors {
                Some(expected) => compare("actor", expected, &got.actors, report),
                None => None,
            },
            ExpectationKind::Said => compare("said", &case.said, &got.said, report),
            ExpectationKind::Edges => None,
        };
        mismatches.extend(mismatch);
    }
    mismatches
}

/// Runs every case of a case file (path relative to the crate root) and scores it.
pub fn run_suite(path: &str, kinds: &[ExpectationKind]) -> SuiteReport {
    let mut report = SuiteReport {
        path: path.to_string(),
        ..SuiteReport::default()
    };
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let input = match std::fs::read_to_string(&full) {
        Ok(input) => input,
        Err(err) => {
            report.problems.push(FormatProblem {
                line: 0,
                message: format!("cannot read {}: {err}", full.display()),
            });
            return report;
        }
    };
    let (cases, problems) = parse_cases(&input);
    report.problems = problems;
    let extractor = match Extractor::builtin() {
        Ok(extractor) => extractor,
        Err(err) => {
            report.problems.push(FormatProblem {
                line: 0,
                message: format!("geokg's built-in data does not load: {err}"),
            });
            return report;
        }
    };
    for case in &cases {
        report.cases += 1;
        let before = (report.tp, report.fp, report.fn_);
        let mismatches = judge_case(&extractor, case, kinds, &mut report);
        if let Some(name) = &case.group {
            if report.groups.last().is_none_or(|g| &g.name != name) {
                report.groups.push(GroupReport {
                    name: name.clone(),
                    ..GroupReport::default()
                });
            }
            if let Some(group) = report.groups.last_mut() {
                group.cases += 1;
                group.passed += usize::from(mismatches.is_empty() && case.xfail.is_none());
                group.xfail += usize::from(case.xfail.is_some());
                group.tp += report.tp - before.0;
                group.fp += report.fp - before.1;
                group.fn_ += report.fn_ - before.2;
            }
        }
        let outcome = CaseOutcome {
            line: case.line,
            text: case.text.clone(),
            xfail: case.xfail.clone(),
            mismatches,
        };
        match (outcome.mismatches.is_empty(), case.xfail.is_some()) {
            (true, false) => report.passed += 1,
            (true, true) => report.xpass.push(outcome),
            (false, false) => report.failed.push(outcome),
            (false, true) => report.xfail.push(outcome),
        }
    }
    report
}

#[test]
fn parses_every_line_kind_of_the_format() {
    let input =
        "# comment\n\ntext: Russia attacked Ukraine.\ntext+: It said so.\ndate: 2022-02-24\n\
                 edge: RUS -[attack]-> UKR {hypothetical,negated}\n\
                 actors: RUS UKR\nsaid: RUS | It said so. |\nxfail: not yet\n\n\n\
                 text: Nothing here.\nno edges\nactors: none\n";
    let (cases, problems) = parse_cases(input);
    assert_eq!(problems, vec![]);
    assert_eq!(cases.len(), 2);
    let first = &cases[0];
    assert_eq!(first.line, 3);
    assert_eq!(first.text, "Russia attacked Ukraine. It said so.");
    assert_eq!(first.date.as_deref(), Some("2022-02-24"));
    let edge = first.edges.iter().next().map(ToString::to_string);
    assert_eq!(
        edge.as_deref(),
        Some("RUS -[attack]-> UKR {hypothetical,negated}")
    );
    assert_eq!(first.said.iter().next().map(|s| s.about.len()), Some(0));
    assert_eq!(first.xfail.as_deref(), Some("not yet"));
    assert!(cases[1].judges_edges && cases[1].edges.is_empty());
    assert_eq!(cases[1].actors, Some(BTreeSet::new()));
    assert_eq!(first.group, None);
}

#[test]
fn cases_belong_to_the_numbered_section_above_them() {
    let input = "# intro\n\ntext: a\nno edges\n\n# ----\n# 2. Second group\n#    more words\n\n\
                 text: b\nno edges\n\n# 10. Tenth\ntext: c\nno edges\n\n\
                 # --- Named group (item 1) ------\ntext: d\nno edges\n";
    let (cases, problems) = parse_cases(input);
    assert_eq!(problems, vec![]);
    let groups: Vec<Option<&str>> = cases.iter().map(|c| c.group.as_deref()).collect();
    assert_eq!(
        groups,
        vec![
            None,
            Some("2. Second group"),
            Some("10. Tenth"),
            Some("Named group (item 1)")
        ]
    );
}

#[test]
fn reports_malformed_lines_with_their_line_number() {
    let input = "edge: A -[x]-> B\n\ntext: t\nedge: A -> B\nedge: A -[x]-> B {maybe}\nwhat\n";
    let (cases, problems) = parse_cases(input);
    assert_eq!(cases.len(), 1);
    let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, vec![1, 4, 5, 6]);
}

#[test]
fn scores_missing_and_extra_edges() {
    let mut report = SuiteReport::default();
    let expected: BTreeSet<_> = [parse_edge("RUS -[attack]-> UKR"), parse_edge("A -[b]-> C")]
        .into_iter()
        .collect::<Result<_, _>>()
        .unwrap_or_default();
    let got: BTreeSet<_> = [parse_edge("RUS -[attack]-> UKR"), parse_edge("X -[y]-> Z")]
        .into_iter()
        .collect::<Result<_, _>>()
        .unwrap_or_default();
    let mismatch = compare("edge", &expected, &got, &mut report);
    assert_eq!((report.tp, report.fp, report.fn_), (1, 1, 1));
    let mismatch = mismatch.expect("the sets differ");
    assert_eq!(mismatch.missing, vec!["A -[b]-> C".to_string()]);
    assert_eq!(mismatch.extra, vec!["X -[y]-> Z".to_string()]);
    assert!((report.f1() - 0.5).abs() < 1e-9);
}
