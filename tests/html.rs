//! The interactive page in a real browser: Debian's headless Chromium, driven by
//! `tests/js/check_page.mjs` (playwright-core), loads the page from a file,
//! clicks an arrow, searches, and reports what it saw as JSON.
//!
//! CI installs Chromium and the script's packages (`.ci/run`); on a machine
//! without them these tests fail and say what to install, never pass untested.

use std::path::{Path, PathBuf};
use std::process::Command;

use geokg::export::{render, Format};
use geokg::{
    Actor, ActorGraph, ActorKind, CharSpans, Direct, Event, Evidence, Modality, QuadClass,
    Statement, StatementKind,
};
use serde_json::Value;

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/lithuania-nato-russia.txt"
);
const SCRIPT_TAGS: &str = "</script><script>alert(1)</script>";
const DOT_BREAKER: &str = r#""]; evil [label=""#;

fn js_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/js")
}

/// Fails with what to install when the browser tooling is missing.
fn require_browser_tools() {
    match Command::new("node").arg("--version").output() {
        Ok(output) if output.status.success() => {}
        Ok(output) => panic!(
            "`node --version` failed ({}): install Node.js (apt-get install -y nodejs npm)",
            output.status
        ),
        Err(err) => {
            panic!("cannot run `node` ({err}): install Node.js (apt-get install -y nodejs npm)")
        }
    }
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_string());
    assert!(
        Path::new(&chromium).exists(),
        "no Chromium at {chromium}: install it with `apt-get install -y chromium` (bash .ci/run does)"
    );
    assert!(
        js_dir().join("node_modules/playwright-core").exists(),
        "playwright-core is not installed: run `npm ci` in tests/js (bash .ci/run does)"
    );
}

/// Opens `page` in headless Chromium and returns the checker's report.
fn check_page(page: &Path, args: &[&str]) -> Value {
    require_browser_tools();
    let output = Command::new("node")
        .arg(js_dir().join("check_page.mjs"))
        .arg(page)
        .args(args)
        .output()
        .expect("cannot run node");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "check_page.mjs failed: {stderr}");
    serde_json::from_slice(&output.stdout).unwrap_or_else(|err| {
        panic!(
            "check_page.mjs printed no JSON ({err}): {}\n{stderr}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

/// No console error, no script error, no dialog, and no request but the page itself.
fn assert_clean(report: &Value) {
    for key in [
        "consoleErrors",
        "pageErrors",
        "dialogs",
        "failedRequests",
        "blockedRequests",
    ] {
        assert_eq!(report[key], Value::Array(vec![]), "{key}: {report:#}");
    }
    assert_eq!(
        report["requests"].as_array().map(Vec::len),
        Some(1),
        "{report:#}"
    );
}

fn geokg(args: &[&str]) {
    let status = Command::new(env!("CARGO_BIN_EXE_geokg"))
        .args(args)
        .status()
        .expect("cannot run geokg");
    assert!(status.success(), "geokg {args:?} failed");
}

fn text(value: &Value) -> &str {
    value.as_str().unwrap_or_default()
}

/// The numbers of an SVG transform: `translate(x,y) scale(s)` gives `[x, y, s]`.
fn numbers(transform: &Value) -> Vec<f64> {
    text(transform)
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
        .filter_map(|part| part.parse().ok())
        .collect()
}

fn assert_near(actual: f64, expected: f64, what: &str) {
    assert!(
        (actual - expected).abs() < 0.5,
        "{what}: {actual} is not {expected}"
    );
}

#[test]
#[ignore = "needs Node.js, `npm ci` in tests/js and Chromium at /usr/bin/chromium"]
fn seed_page_loads_clean_and_shows_evidence_and_search_results() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("seed.html");
    let json = dir.path().join("seed.json");
    geokg(&[
        "extract",
        SEED,
        "--format",
        "html",
        "-o",
        page.to_str().unwrap(),
    ]);
    geokg(&["extract", SEED, "-o", json.to_str().unwrap()]);
    let graph = geokg::export::from_json_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert!(
        graph.node_count() > 5 && graph.edge_count() > 5,
        "the seed graph is too small"
    );

    let report = check_page(
        &page,
        &["--pan-zoom", "--click-edge", "--search", "Nauseda"],
    );
    assert_clean(&report);
    // One element per actor with an event: the page leaves isolated actors out.
    assert!(
        linked_actors(&graph) < graph.node_count(),
        "the seed has isolated actors"
    );
    assert_eq!(report["nodeElements"], linked_actors(&graph), "{report:#}");

    // The wheel zooms in, dragging the background moves the view by the mouse's
    // path (60, 40), dragging a node moves that node only (by the path over the scale).
    let moves = &report["panZoom"];
    let [before, zoomed, panned] = ["before", "zoomed", "panned"].map(|k| numbers(&moves[k]));
    assert!(
        zoomed[2] > before[2] * 1.2,
        "the wheel did not zoom in: {moves:#}"
    );
    assert_near(panned[0] - zoomed[0], 60.0, "pan x");
    assert_near(panned[1] - zoomed[1], 40.0, "pan y");
    assert_eq!(moves["viewAfterNodeDrag"], moves["panned"]);
    let node = &moves["draggedNode"];
    let (from, to) = (numbers(&node["before"]), numbers(&node["after"]));
    assert_near((to[0] - from[0]) * panned[2], 40.0, "node drag x");
    assert_near((to[1] - from[1]) * panned[2], 30.0, "node drag y");

    // The clicked arrow's panel holds the sentence of every event it stands for.
    let click = &report["edgeClick"];
    assert_eq!(click["clicked"], true, "{click:#}");
    let (source, target) = (text(&click["source"]), text(&click["target"]));
    let sentences: Vec<&str> = graph
        .events()
        .filter(|e| e.source == source && e.target == target)
        .map(|e| e.evidence.text.as_str())
        .collect();
    assert!(
        !sentences.is_empty(),
        "clicked {source} -> {target}, which has no event"
    );
    for sentence in sentences {
        assert!(
            text(&click["details"]).contains(sentence),
            "panel lacks {sentence:?}: {click:#}"
        );
    }

    // "Nauseda" finds the president; his panel lists what he said.
    let nauseda = graph
        .actors()
        .find(|a| a.label.contains("Nauseda"))
        .expect("the seed has Nauseda");
    let search = &report["search"];
    assert_eq!(text(&search["selected"]), nauseda.id, "{search:#}");
    assert_eq!(text(&search["heading"]), nauseda.label);
    let said = graph
        .statements()
        .iter()
        .find(|s| s.speaker == nauseda.id)
        .expect("Nauseda makes statements in the seed");
    assert!(
        text(&search["details"]).contains(&said.content),
        "panel lacks the statement {:?}",
        said.content
    );
}

#[test]
fn export_of_a_saved_graph_writes_the_same_page() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    geokg(&[
        "extract",
        SEED,
        "--format",
        "html",
        "-o",
        &path("direct.html"),
    ]);
    geokg(&["extract", SEED, "-o", &path("graph.json")]);
    geokg(&[
        "export",
        &path("graph.json"),
        "--format",
        "html",
        "-o",
        &path("exported.html"),
    ]);
    assert_eq!(
        std::fs::read(path("direct.html")).unwrap(),
        std::fs::read(path("exported.html")).unwrap()
    );
}

fn hostile_graph() -> ActorGraph {
    let hostile = format!("{SCRIPT_TAGS} & {DOT_BREAKER}");
    let mut graph = ActorGraph::new();
    for (id, label) in [(SCRIPT_TAGS, SCRIPT_TAGS), (DOT_BREAKER, DOT_BREAKER)] {
        graph.add_actor(&Actor {
            id: id.to_string(),
            label: label.to_string(),
            kind: ActorKind::Person,
            country: Some(DOT_BREAKER.to_string()),
            organization: None,
            role: Some(SCRIPT_TAGS.to_string()),
            sector: None,
            cameo: None,
            aliases: Vec::new(),
        });
    }
    graph.add_event(Event {
        source: SCRIPT_TAGS.to_string(),
        target: DOT_BREAKER.to_string(),
        relation: "say".to_string(),
        cameo: "010".to_string(),
        category: "make_public_statement".to_string(),
        quad_class: QuadClass::VerbalCooperation,
        goldstein: Some(0.0),
        plover: None,
        negated: false,
        modality: Modality::Asserted,
        quote: Some(hostile.clone()),
        statement: Some("doc:0:0".to_string()),
        evidence: Evidence {
            doc: hostile.clone(),
            sentence: 0,
            text: format!("He said {hostile}."),
            span: [0, 10],
            trigger: "said".to_string(),
            source_text: "He".to_string(),
            source_span: [0, 2],
            target_text: DOT_BREAKER.to_string(),
            target_span: [3, 4],
            date: Some("2021-12-20".to_string()),
        },
    });
    graph.add_statement(Statement {
        id: "doc:0:0".to_string(),
        speaker: SCRIPT_TAGS.to_string(),
        relation: "say".to_string(),
        cameo: "010".to_string(),
        direct: Direct::Quoted,
        kind: StatementKind::Speech,
        content: hostile.clone(),
        about: vec![DOT_BREAKER.to_string()],
        doc: hostile,
        sentence: 0,
        text: "t".to_string(),
        span: [0, 1],
        trigger: "said".to_string(),
        speaker_text: "He".to_string(),
        speaker_span: [0, 2],
        content_span: [3, 4],
        date: None,
        cue_span: [0, 1],
        content_spans: vec![[3, 4]],
        char_spans: CharSpans::default(),
        speaker_resolved: true,
        antecedent_text: Some("He".to_string()),
        antecedent_span: Some([0, 2]),
        parent: None,
        continues: None,
    });
    graph
}

#[test]
#[ignore = "needs Node.js, `npm ci` in tests/js and Chromium at /usr/bin/chromium"]
fn hostile_text_shows_as_text_and_runs_nothing() {
    let graph = hostile_graph();
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("hostile.html");
    std::fs::write(&page, render(&graph, Format::Html)).unwrap();

    let report = check_page(&page, &["--click-edge", "--search", "evil"]);
    assert_clean(&report);
    assert_eq!(report["scriptElements"], 2, "a script element was injected");
    assert_eq!(report["nodeElements"], 2);

    let click = &report["edgeClick"];
    assert_eq!(click["clicked"], true, "{click:#}");
    assert_eq!(text(&click["source"]), SCRIPT_TAGS);
    assert_eq!(text(&click["target"]), DOT_BREAKER);
    let details = text(&click["details"]);
    let hostile = format!("{SCRIPT_TAGS} & {DOT_BREAKER}");
    assert!(
        details.contains(&format!("He said {hostile}.")),
        "{details}"
    );
    assert!(
        details.contains(&format!("{SCRIPT_TAGS} \u{2014}say\u{2192} {DOT_BREAKER}")),
        "{details}"
    );

    let search = &report["search"];
    assert_eq!(text(&search["selected"]), DOT_BREAKER, "{search:#}");
    assert_eq!(text(&search["heading"]), DOT_BREAKER);
}

#[test]
#[ignore = "needs Node.js, `npm ci` in tests/js and Chromium at /usr/bin/chromium"]
fn filters_draw_only_the_events_that_pass() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("seed.html");
    let json = dir.path().join("seed.json");
    let dated = ["--date", "2021-12-20"];
    geokg(
        &[
            &["extract", SEED],
            &dated[..],
            &["--format", "html", "-o", page.to_str().unwrap()],
        ]
        .concat(),
    );
    geokg(
        &[
            &["extract", SEED],
            &dated[..],
            &["-o", json.to_str().unwrap()],
        ]
        .concat(),
    );
    let graph = geokg::export::from_json_slice(&std::fs::read(&json).unwrap()).unwrap();

    // Without verbal cooperation: one arrow per pair that has another kind of event.
    let report = check_page(
        &page,
        &["--uncheck", "Verbal cooperation", "--since", "2021-12-20"],
    );
    assert_clean(&report);
    let mut expected: Vec<(String, String)> = graph
        .events()
        .filter(|e| e.quad_class != QuadClass::VerbalCooperation)
        .map(|e| (e.source.clone(), e.target.clone()))
        .collect();
    expected.sort();
    expected.dedup();
    let mut drawn: Vec<(String, String)> = report["filtered"]["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|pair| (text(&pair[0]).to_string(), text(&pair[1]).to_string()))
        .collect();
    drawn.sort();
    assert!(!expected.is_empty() && expected.len() < graph.edge_count());
    assert_eq!(drawn, expected);

    // Every event is dated 2021-12-20: from 2022 on nothing is left.
    let report = check_page(&page, &["--since", "2022-01-01"]);
    assert_clean(&report);
    assert_eq!(report["filtered"]["edgeElements"], 0);
    assert_eq!(report["filtered"]["fadedNodes"], linked_actors(&graph));
}

/// Actors with at least one event: the ones the page draws.
fn linked_actors(graph: &geokg::ActorGraph) -> usize {
    let ends: std::collections::HashSet<&str> = graph
        .events()
        .flat_map(|e| [e.source.as_str(), e.target.as_str()])
        .collect();
    ends.len()
}
