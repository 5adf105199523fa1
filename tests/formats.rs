//! Every export format against the real tool that reads it: networkx for
//! GraphML, python's csv for Neo4j's import files and the CAMEO table, the
//! cytoscape npm package for Cytoscape.js JSON, Graphviz for DOT and pictures.
//! The fixture carries `</script><script>alert(1)</script>` and `"]; evil [label="`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use geokg::export::{render_view, Format, Rendered};
use geokg::view::{Aggregation, ViewOptions};
use geokg::{Actor, ActorGraph, ActorKind};

use crate::views::{fixture, DOT_BREAKER, SCRIPT};

fn manifest(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn file(graph: &ActorGraph, options: &ViewOptions, format: Format) -> Vec<u8> {
    match render_view(graph, options, format).unwrap() {
        Rendered::File(bytes) => bytes,
        Rendered::Directory(_) => panic!("{format:?} is one file"),
    }
}

fn by_relation() -> ViewOptions {
    ViewOptions {
        aggregate: Aggregation::Relation,
        ..ViewOptions::default()
    }
}

fn temp_file(bytes: &[u8], suffix: &str) -> tempfile::NamedTempFile {
    let mut file = tempfile::Builder::new().suffix(suffix).tempfile().unwrap();
    file.write_all(bytes).unwrap();
    file
}

/// Runs a consumer script and parses the JSON it prints.
fn consumer(command: &mut Command, install_hint: &str) -> serde_json::Value {
    let output: Output = command
        .output()
        .unwrap_or_else(|err| panic!("cannot run {command:?} ({err}): {install_hint}"));
    assert!(
        output.status.success(),
        "{command:?} failed ({install_hint}):\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

// ------------------------------------------------------------- GraphML

#[test]
fn networkx_reads_the_graphml_with_typed_attributes() {
    let graph = fixture();
    let graphml = file(&graph, &by_relation(), Format::Graphml);
    let text = String::from_utf8(graphml.clone()).unwrap();
    assert!(text.contains(r#"<key id="e_weight" for="edge" attr.name="weight" attr.type="int"/>"#));
    assert!(!text.contains(SCRIPT), "raw markup in GraphML");

    let input = temp_file(&graphml, ".graphml");
    let summary = consumer(
        Command::new("python3")
            .arg(manifest("tests/py/read_graphml.py"))
            .arg(input.path()),
        "pip install networkx (CI installs it)",
    );
    assert_eq!(summary["nodes"], 8);
    assert_eq!(summary["edges"], 8);
    assert_eq!(summary["total_weight"], 9);
    assert_eq!(summary["edge_weight_types"], serde_json::json!(["int"]));
    assert_eq!(summary["node_weight_types"], serde_json::json!(["int"]));
    assert_eq!(summary["negated_types"], serde_json::json!(["bool"]));
    assert_eq!(summary["goldstein_types"], serde_json::json!(["float"]));
    // The hostile strings come back exactly as written.
    assert_eq!(summary["labels"][DOT_BREAKER], SCRIPT);
    assert_eq!(summary["labels"]["person:nauseda"], "Gitanas Nausėda");
    let evidence = summary["evidence"].as_array().unwrap();
    assert!(evidence.contains(&serde_json::json!(
        "Lithuania called on NATO.\nVilnius again called on NATO."
    )));
    assert!(evidence.contains(&serde_json::json!(format!(
        "{DOT_BREAKER} {SCRIPT} attacked Ukraine."
    ))));
}

// ---------------------------------------------------------- Neo4j CSV

/// A header field in Neo4j's import grammar: `name`, `name:type`, `name:type[]`,
/// `name:ID`, or one of the bare `:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`.
fn is_neo4j_header_field(field: &str) -> bool {
    const TYPES: [&str; 9] = [
        "int", "long", "float", "double", "boolean", "byte", "short", "char", "string",
    ];
    match field.split_once(':') {
        None => !field.is_empty() && field.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
        Some(("", special)) => ["ID", "LABEL", "START_ID", "END_ID", "TYPE"].contains(&special),
        Some((name, kind)) => {
            name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                && (kind == "ID" || TYPES.contains(&kind.trim_end_matches("[]")))
        }
    }
}

#[test]
fn neo4j_files_follow_the_import_header_grammar_and_link_up() {
    let graph = fixture();
    let files = match render_view(&graph, &by_relation(), Format::Neo4j).unwrap() {
        Rendered::Directory(files) => files,
        Rendered::File(_) => panic!("neo4j is a directory"),
    };
    let names: Vec<&str> = files.iter().map(|(name, _)| *name).collect();
    assert_eq!(names, ["nodes.csv", "relationships.csv"]);
    let dir = tempfile::tempdir().unwrap();
    geokg::export::write_directory(dir.path(), &files).unwrap();

    let summary = consumer(
        Command::new("python3")
            .arg(manifest("tests/py/read_neo4j_csv.py"))
            .arg(dir.path()),
        "install python3",
    );
    for header in ["node_header", "relationship_header"] {
        for field in summary[header].as_array().unwrap() {
            let field = field.as_str().unwrap();
            assert!(is_neo4j_header_field(field), "{header}: {field:?}");
        }
    }
    let node_header = summary["node_header"].as_array().unwrap();
    assert!(node_header.contains(&"id:ID".into()) && node_header.contains(&":LABEL".into()));
    assert_eq!(
        summary["relationship_header"].as_array().unwrap()[..3],
        [":START_ID", ":END_ID", ":TYPE"]
    );
    assert!(summary["relationship_header"]
        .as_array()
        .unwrap()
        .contains(&"weight:int".into()));
    assert_eq!(summary["nodes"], 8);
    assert_eq!(summary["unique_ids"], 8);
    assert_eq!(summary["relationships"], 8);
    assert_eq!(summary["dangling"], serde_json::json!([]));
    assert_eq!(summary["ragged"], serde_json::json!([]));
    assert!(summary["types"]
        .as_array()
        .unwrap()
        .contains(&"CALL_ON".into()));
    assert!(summary["labels"]
        .as_array()
        .unwrap()
        .contains(&"Actor;Country".into()));
}

#[test]
fn the_header_grammar_check_rejects_what_neo4j_rejects() {
    for bad in ["id:Id", ":NAME", "weight:integer", "two words", ""] {
        assert!(!is_neo4j_header_field(bad), "{bad:?}");
    }
    for good in ["id:ID", ":LABEL", "members:string[]", "weight:int", "label"] {
        assert!(is_neo4j_header_field(good), "{good:?}");
    }
}

// --------------------------------------------------------- Cytoscape.js

#[test]
fn the_cytoscape_package_loads_the_elements() {
    let module = manifest("tests/cytoscape/node_modules/cytoscape");
    assert!(
        module.exists(),
        "the cytoscape npm package is missing: run `npm ci` in tests/cytoscape (CI does)"
    );
    let graph = fixture();
    let input = temp_file(&file(&graph, &by_relation(), Format::Cytoscape), ".json");
    let summary = consumer(
        Command::new("node")
            .arg(manifest("tests/cytoscape/load_cytoscape.js"))
            .arg(input.path()),
        "install nodejs (CI does)",
    );
    assert_eq!(summary["nodes"], 8);
    assert_eq!(summary["edges"], 8);
    assert_eq!(summary["total_weight"], 9);
    assert_eq!(summary["dangling"], 0);
    assert_eq!(summary["labels"][DOT_BREAKER], SCRIPT);
    assert!(summary["evidence"]
        .as_array()
        .unwrap()
        .contains(&"Vilnius again called on NATO.".into()));
}

// ------------------------------------------------ event lines and CAMEO

#[test]
fn python_reads_the_event_lines_and_the_cameo_table() {
    let graph = fixture();
    let options = ViewOptions::default();
    let events = temp_file(&file(&graph, &options, Format::Events), ".jsonl");
    let cameo = temp_file(&file(&graph, &options, Format::Cameo), ".tsv");
    let summary = consumer(
        Command::new("python3")
            .arg(manifest("tests/py/read_events.py"))
            .arg(events.path())
            .arg(cameo.path()),
        "install python3",
    );
    assert_eq!(summary["events"], 9);
    assert_eq!(summary["rows"], 9);
    assert_eq!(
        summary["columns"],
        serde_json::json!([
            "date",
            "source",
            "source_root",
            "target",
            "target_root",
            "cameo",
            "root",
            "quad_class",
            "goldstein",
            "doc",
            "sentence"
        ])
    );
    assert_eq!(summary["pairs_agree"], true);
    assert_eq!(
        summary["roots"],
        serde_json::json!(["01", "02", "11", "13", "15"])
    );
    // The Kremlin's and Nausėda's rows name their countries; actors of none leave it empty.
    assert_eq!(
        summary["source_roots"],
        serde_json::json!(["", "LTU", "RUS"])
    );
    let sentences = summary["sentences"].as_array().unwrap();
    assert!(sentences.contains(&format!("{DOT_BREAKER} {SCRIPT} attacked Ukraine.").into()));
    // Event lines carry the JSON edge fields.
    let keys = summary["event_keys"].as_array().unwrap();
    for key in [
        "source",
        "target",
        "relation",
        "cameo",
        "quad_class",
        "doc",
        "text",
        "span",
    ] {
        assert!(keys.contains(&key.into()), "events lack {key}");
    }
}

#[test]
fn filters_choose_the_events_of_the_event_formats() {
    let graph = fixture();
    let options = ViewOptions {
        actors: vec!["UKR".to_string()],
        aggregate: Aggregation::Quad,
        ..ViewOptions::default()
    };
    let lines = file(&graph, &options, Format::Events);
    let targets: Vec<String> = lines
        .split(|&b| b == b'\n')
        .filter(|line| !line.is_empty())
        .map(|line| {
            serde_json::from_slice::<serde_json::Value>(line).unwrap()["target"].to_string()
        })
        .collect();
    assert_eq!(targets, ["\"UKR\"", "\"UKR\"", "\"UKR\""]);
}

// ---------------------------------------------------- DOT and pictures

fn graphviz(dot: &[u8]) -> String {
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("Graphviz `dot` is not installed: apt-get install graphviz (CI installs it)");
    child.stdin.take().unwrap().write_all(dot).unwrap();
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success() && stderr.is_empty(),
        "dot: {stderr}"
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn aggregated_dot_draws_weights_legend_and_hostile_text_as_text() {
    let graph = fixture();
    let dot = file(&graph, &by_relation(), Format::Dot);
    let text = String::from_utf8(dot.clone()).unwrap();
    let call_on = text
        .lines()
        .find(|l| l.contains("\"LTU\" -> \"NATO\""))
        .unwrap();
    assert!(
        call_on.contains("label=\"call on ×2\"") && call_on.contains("penwidth=1.4"),
        "{call_on}"
    );
    assert!(
        call_on.contains("tooltip=\"Lithuania called on NATO.\\nVilnius again called on NATO.\"")
    );

    let svg = graphviz(&dot);
    assert_eq!(svg.matches("class=\"node\"").count(), 8);
    assert_eq!(svg.matches("class=\"edge\"").count(), 8);
    assert!(svg.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!svg.contains("<script>"));
    assert!(svg.contains("&quot;]; evil [label=&quot;"));
    // The legend names the kinds and quad classes drawn, and nothing else.
    for entry in [
        ">Legend<",
        ">country<",
        ">group<",
        ">verbal cooperation<",
        ">material conflict<",
    ] {
        assert!(svg.contains(entry), "legend lacks {entry}");
    }
    assert!(!svg.contains(">material cooperation<"));
}

#[test]
fn large_views_switch_to_sfdp_and_still_render() {
    let mut graph = ActorGraph::new();
    let base = fixture();
    for i in 0..50 {
        graph.add_actor(&Actor {
            id: format!("C{i}"),
            label: format!("Country {i}"),
            kind: ActorKind::Country,
            country: None,
            organization: None,
            role: None,
            sector: None,
            cameo: None,
            aliases: Vec::new(),
        });
    }
    let template = base.events().next().unwrap().clone();
    for i in 0..50 {
        let mut event = template.clone();
        event.source = format!("C{i}");
        event.target = format!("C{}", (i * 7 + 1) % 50);
        graph.add_event(event);
    }
    let dot = String::from_utf8(file(&graph, &by_relation(), Format::Dot)).unwrap();
    assert!(
        dot.contains("layout=sfdp;") && dot.contains("overlap=prism;"),
        "{dot}"
    );
    assert!(!dot.contains("rankdir"));
    let svg = graphviz(dot.as_bytes());
    assert_eq!(svg.matches("class=\"node\"").count(), 50);

    let small = String::from_utf8(file(&fixture(), &by_relation(), Format::Dot)).unwrap();
    assert!(small.contains("rankdir=LR;") && !small.contains("sfdp"));
}

fn geokg() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("geokg").unwrap()
}

#[test]
fn svg_png_and_pdf_come_from_graphviz() {
    let dir = tempfile::tempdir().unwrap();
    let graph = dir.path().join("g.json");
    std::fs::write(&graph, geokg::export::to_json_bytes(&fixture())).unwrap();
    for (format, magic) in [
        ("svg", &b"<?xml"[..]),
        ("png", b"\x89PNG"),
        ("pdf", b"%PDF"),
    ] {
        let output = geokg()
            .arg("export")
            .arg(&graph)
            .args(["--format", format])
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(
            output.stdout.starts_with(magic),
            "{format} output is not {format}"
        );
    }
}

#[test]
fn a_missing_graphviz_is_reported_with_the_fix() {
    let dir = tempfile::tempdir().unwrap();
    let graph = dir.path().join("g.json");
    std::fs::write(&graph, geokg::export::to_json_bytes(&fixture())).unwrap();
    let output = geokg()
        .arg("export")
        .arg(&graph)
        .args(["--format", "svg"])
        .env("PATH", dir.path())
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("install Graphviz: apt-get install graphviz"),
        "{stderr}"
    );
}

#[test]
fn neo4j_needs_an_output_directory_and_writes_both_files() {
    let dir = tempfile::tempdir().unwrap();
    let graph = dir.path().join("g.json");
    std::fs::write(&graph, geokg::export::to_json_bytes(&fixture())).unwrap();
    let no_dir = geokg()
        .arg("export")
        .arg(&graph)
        .args(["--format", "neo4j"])
        .output()
        .unwrap();
    assert!(!no_dir.status.success());
    assert!(String::from_utf8_lossy(&no_dir.stderr).contains("-o DIR"));

    let out = dir.path().join("import");
    geokg()
        .arg("export")
        .arg(&graph)
        .args(["--format", "neo4j", "-o"])
        .arg(&out)
        .assert()
        .success();
    let nodes = std::fs::read_to_string(out.join("nodes.csv")).unwrap();
    assert_eq!(nodes.lines().count(), 9);
    assert!(out.join("relationships.csv").exists());
}
