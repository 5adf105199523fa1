//! Exporters against the tools that read their output: geokg itself, networkx
//! and Graphviz. The graph is built by hand, with the strings that break naive
//! DOT and JSON writers.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output};

use geokg::export::{from_json_slice, render, to_dot_bytes, to_json_bytes, Format, JsonError};
use geokg::{Actor, ActorGraph, ActorKind, Event, Evidence, Modality, QuadClass};

const EVIL_ID: &str = r#""]; evil [label=""#;

fn actor(id: &str, label: &str, kind: ActorKind, country: Option<&str>) -> Actor {
    Actor {
        id: id.to_string(),
        label: label.to_string(),
        kind,
        country: country.map(str::to_string),
        organization: None,
        role: None,
        sector: None,
        cameo: None,
        aliases: Vec::new(),
    }
}

fn event(source: &str, target: &str, relation: &str, quad_class: QuadClass, text: &str) -> Event {
    Event {
        source: source.to_string(),
        target: target.to_string(),
        relation: relation.to_string(),
        cameo: "020".to_string(),
        category: "appeal".to_string(),
        quad_class,
        goldstein: Some(3.0),
        plover: None,
        negated: false,
        modality: Modality::Asserted,
        quote: None,
        statement: None,
        evidence: Evidence {
            doc: "seed".to_string(),
            sentence: 2,
            text: text.to_string(),
            span: [100, 180],
            trigger: "called on".to_string(),
            source_text: source.to_string(),
            source_span: [100, 109],
            target_text: target.to_string(),
            target_span: [118, 122],
            date: Some("2021-12-20".to_string()),
        },
    }
}

/// Two countries with members (clusters), one without, an organisation, a
/// person whose country is not in the graph, and hostile strings everywhere.
fn sample_graph() -> ActorGraph {
    let mut graph = ActorGraph::new();
    let mut nauseda = actor(
        "person:gitanas-nauseda",
        "Gitanas Nausėda",
        ActorKind::Person,
        Some("LTU"),
    );
    nauseda.role = Some("President".to_string());
    let mut kremlin = actor("Kremlin", "the Kremlin", ActorKind::Government, Some("RUS"));
    kremlin.sector = Some("GOV".to_string());
    let mut stoltenberg = actor(
        "person:jens-stoltenberg",
        "Jens Stoltenberg",
        ActorKind::Person,
        None,
    );
    stoltenberg.organization = Some("NATO".to_string());
    stoltenberg.role = Some("Secretary-General".to_string());
    let mut envoy = actor(
        "person:back\\slash",
        "Envoy with trailing backslash\\",
        ActorKind::Person,
        Some("USA"),
    );
    envoy.role = Some("Envoy\nat large".to_string());
    for actor in [
        actor("LTU", "Lithuania", ActorKind::Country, Some("LTU")),
        actor("NATO", "NATO", ActorKind::Organization, None),
        actor("RUS", "Russia", ActorKind::Country, Some("RUS")),
        nauseda,
        kremlin,
        stoltenberg,
        envoy,
        actor("U.S.", "U.S.", ActorKind::Country, Some("U.S.")),
        actor(EVIL_ID, EVIL_ID, ActorKind::Group, None),
        actor(
            "</script>",
            "</script> 🛰️ AT&T",
            ActorKind::Organization,
            None,
        ),
    ] {
        graph.add_actor(&actor);
    }

    let call_on = event(
        "LTU",
        "NATO",
        "call on",
        QuadClass::VerbalCooperation,
        "Lithuania called on NATO to act.",
    );
    let mut again = call_on.clone();
    again.evidence.sentence = 7;
    again.quote = Some("\"Act now,\" he said.".to_string());
    again.statement = Some("seed:7".to_string());
    let mut denied = event(
        "RUS",
        "NATO",
        "demand",
        QuadClass::VerbalConflict,
        "Russia did not demand anything.",
    );
    denied.negated = true;
    denied.goldstein = Some(-5.0);
    denied.plover = Some("DEMAND".to_string());
    let mut threat = event(
        EVIL_ID,
        "</script>",
        "attack",
        QuadClass::MaterialConflict,
        "A \"quoted\" line\nwith a newline, a tab\tand a trailing backslash\\",
    );
    threat.modality = Modality::Future;
    let mut visit = event(
        "person:gitanas-nauseda",
        "U.S.",
        "visit",
        QuadClass::MaterialCooperation,
        "Nausėda may visit the U.S. & meet AT&amp;T.",
    );
    visit.modality = Modality::Hypothetical;
    visit.evidence.date = None;
    for event in [
        call_on,
        event(
            "NATO",
            "LTU",
            "reassure",
            QuadClass::VerbalCooperation,
            "NATO reassured Lithuania.",
        ),
        again,
        denied,
        threat,
        visit,
        event(
            "Kremlin",
            "person:back\\slash",
            "criticize",
            QuadClass::VerbalConflict,
            "The Kremlin criticised the envoy.",
        ),
    ] {
        assert!(
            graph.add_event(event).is_some(),
            "fixture edge to a missing node"
        );
    }
    graph.set_documents(3);
    graph
}

fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).expect("export output is UTF-8")
}

/// Runs a command that a test needs; a missing program fails the test with how to install it.
fn run(command: &mut Command, install_hint: &str) -> Output {
    match command.output() {
        Ok(output) => output,
        Err(err) => panic!("cannot run {command:?} ({err}): {install_hint}"),
    }
}

// ---------------------------------------------------------------- JSON

#[test]
fn json_round_trip_is_byte_identical_and_equal() {
    let graph = sample_graph();
    let bytes = to_json_bytes(&graph);
    let back = from_json_slice(&bytes).expect("geokg reads its own output");

    assert_eq!(to_json_bytes(&back), bytes);
    assert_eq!(back.documents(), 3);
    assert_eq!(
        back.actors().collect::<Vec<_>>(),
        graph.actors().collect::<Vec<_>>()
    );
    assert_eq!(
        back.events().collect::<Vec<_>>(),
        graph.events().collect::<Vec<_>>()
    );
}

#[test]
fn json_layout_matches_the_public_format() {
    let bytes = to_json_bytes(&sample_graph());
    let json = text(&bytes);
    assert!(json.ends_with("}\n"));
    assert!(
        json.starts_with("{\n  \"directed\": true,\n  \"multigraph\": true,\n  \"graph\": {\n    \"generator\": \"geokg "),
        "unexpected start:\n{}",
        &json[..120.min(json.len())]
    );

    let value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(value["graph"]["generator"], geokg::GENERATOR);
    assert_eq!(value["graph"]["documents"], 3);
    let top: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        top,
        [
            "directed",
            "edges",
            "graph",
            "multigraph",
            "nodes",
            "statements"
        ],
        "top-level keys (serde_json sorts them)"
    );

    let nodes = value["nodes"].as_array().unwrap();
    assert_eq!(nodes[0]["id"], "LTU");
    assert_eq!(nodes[0]["kind"], "country");
    assert!(nodes[1].get("country").is_none(), "None must be omitted");

    let edges = value["edges"].as_array().unwrap();
    let keys: Vec<_> = edges
        .iter()
        .map(|e| {
            (
                e["source"].as_str().unwrap(),
                e["target"].as_str().unwrap(),
                e["key"].as_u64().unwrap(),
            )
        })
        .collect();
    // LTU→NATO twice (keys 0, 1); NATO→LTU is another pair and starts at 0.
    assert_eq!(
        &keys[..3],
        &[("LTU", "NATO", 0), ("NATO", "LTU", 0), ("LTU", "NATO", 1)]
    );
    assert_eq!(edges[3]["goldstein"], -5.0);
    assert_eq!(edges[3]["span"], serde_json::json!([100, 180]));

    // Field order: `key` right after `target`, evidence flattened at the end.
    let first_edge = &json[json.find("\"edges\"").unwrap()..];
    let order: Vec<usize> = [
        "\"source\"",
        "\"target\"",
        "\"key\"",
        "\"relation\"",
        "\"modality\"",
        "\"doc\"",
        "\"date\"",
    ]
    .iter()
    .map(|field| first_edge.find(field).unwrap())
    .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "field order: {order:?}"
    );
}

#[test]
fn json_reading_ignores_unknown_fields_and_recomputes_keys() {
    let graph = sample_graph();
    let mut value: serde_json::Value = serde_json::from_slice(&to_json_bytes(&graph)).unwrap();
    value["provenance"] = serde_json::json!([{"id": "from a newer version"}]);
    value["graph"]["confidence"] = serde_json::json!(0.9);
    value["nodes"][0]["wikidata"] = serde_json::json!("Q37");
    for edge in value["edges"].as_array_mut().unwrap() {
        edge["key"] = serde_json::json!(99);
        edge["score"] = serde_json::json!(1.5);
    }
    let back = from_json_slice(&serde_json::to_vec(&value).unwrap()).unwrap();
    assert_eq!(to_json_bytes(&back), to_json_bytes(&graph));
}

#[test]
fn json_reads_an_empty_graph_and_a_graph_without_attributes() {
    let empty = ActorGraph::new();
    let back = from_json_slice(&to_json_bytes(&empty)).unwrap();
    assert_eq!(
        (back.node_count(), back.edge_count(), back.documents()),
        (0, 0, 0)
    );

    // networkx's own node_link_data writes `"graph": {}`.
    let minimal = br#"{"graph": {}, "nodes": [{"id": "LTU", "label": "Lithuania", "kind": "country"}], "edges": []}"#;
    let back = from_json_slice(minimal).unwrap();
    assert_eq!(back.actor("LTU").unwrap().label, "Lithuania");
}

#[test]
fn json_syntax_errors_name_line_and_column() {
    let broken = b"{\n  \"nodes\": [\n    {\"id\": \"LTU\",, }\n  ]\n}\n";
    match from_json_slice(broken) {
        Err(err @ JsonError::Syntax { line, column, .. }) => {
            assert_eq!((line, column), (3, 18));
            let message = err.to_string();
            assert!(message.contains("line 3 column 18"), "{message}");
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
    for not_json in [&b""[..], b"\xff\xfe", b"nodes: []", b"{\"nodes\": ["] {
        assert!(
            matches!(from_json_slice(not_json), Err(JsonError::Syntax { .. })),
            "{not_json:?}"
        );
    }
}

#[test]
fn json_shape_errors_name_the_node_or_edge() {
    let err = from_json_slice(br#"{"nodes": 5, "edges": []}"#).unwrap_err();
    assert!(matches!(err, JsonError::Layout { line: 1, .. }), "{err:?}");
    let err = from_json_slice(br#"[1, 2]"#).unwrap_err();
    assert!(matches!(err, JsonError::Layout { .. }), "{err:?}");

    let mut value: serde_json::Value =
        serde_json::from_slice(&to_json_bytes(&sample_graph())).unwrap();
    let bad = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut copy = value.clone();
        edit(&mut copy);
        from_json_slice(&serde_json::to_vec(&copy).unwrap())
            .map(|_| ())
            .unwrap_err()
            .to_string()
    };

    let message = bad(&|v| v["nodes"][1]["kind"] = serde_json::json!(5));
    assert!(message.starts_with("node 1: "), "{message}");
    let message = bad(&|v| {
        v["nodes"][2].as_object_mut().unwrap().remove("label");
    });
    assert!(
        message.starts_with("node 2: ") && message.contains("label"),
        "{message}"
    );
    let message = bad(&|v| v["nodes"][3]["id"] = serde_json::json!("LTU"));
    assert!(
        message.contains("node 3") && message.contains("node 0"),
        "{message}"
    );

    let message = bad(&|v| v["edges"][4]["negated"] = serde_json::json!("no"));
    assert!(message.starts_with("edge 4: "), "{message}");
    let message = bad(&|v| v["edges"][1]["span"] = serde_json::json!([1]));
    assert!(message.starts_with("edge 1: "), "{message}");
    let message = bad(&|v| {
        v["edges"][0].as_object_mut().unwrap().remove("trigger");
    });
    assert!(
        message.starts_with("edge 0: ") && message.contains("trigger"),
        "{message}"
    );

    let message = bad(&|v| v["edges"][2]["target"] = serde_json::json!("ATLANTIS"));
    assert_eq!(message, "edge 2: target \"ATLANTIS\" is not a node");
    let message = bad(&|v| v["edges"][5]["source"] = serde_json::json!("ATLANTIS"));
    assert_eq!(message, "edge 5: source \"ATLANTIS\" is not a node");

    value["edges"] = serde_json::json!([]);
    assert!(from_json_slice(&serde_json::to_vec(&value).unwrap()).is_ok());
}

#[test]
fn json_reading_never_panics_on_truncated_input() {
    let bytes = to_json_bytes(&sample_graph());
    for end in 0..bytes.len() - 1 {
        assert!(
            from_json_slice(&bytes[..end]).is_err(),
            "prefix of {end} bytes accepted"
        );
    }
}

#[test]
fn networkx_loads_the_json() {
    let import = run(
        Command::new("python3").args(["-c", "import networkx"]),
        "install python3",
    );
    assert!(
        import.status.success(),
        "python3 cannot import networkx: run `pip install networkx` (CI installs it)\n{}",
        String::from_utf8_lossy(&import.stderr)
    );

    let graph = sample_graph();
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(&to_json_bytes(&graph)).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/py/load_node_link.py");
    let output = run(
        Command::new("python3").arg(&script).arg(file.path()),
        "install python3",
    );
    assert!(
        output.status.success(),
        "networkx failed on geokg's JSON:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let summary: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(summary["directed"], true);
    assert_eq!(summary["multigraph"], true);
    assert_eq!(summary["nodes"], graph.node_count());
    assert_eq!(summary["edges"], graph.edge_count());
    assert_eq!(summary["documents"], 3);
    assert_eq!(
        summary["node_labels"]["person:gitanas-nauseda"],
        "Gitanas Nausėda"
    );
    assert_eq!(summary["node_labels"][EVIL_ID], EVIL_ID);

    let mut edges: Vec<String> = summary["edges_list"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e.to_string())
        .collect();
    edges.sort();
    assert!(edges.contains(&r#"["LTU","NATO",0,"call on","verbal_cooperation"]"#.to_string()));
    assert!(edges.contains(&r#"["LTU","NATO",1,"call on","verbal_cooperation"]"#.to_string()));
    assert!(edges.contains(&r#"["RUS","NATO",0,"demand","verbal_conflict"]"#.to_string()));
}

// ---------------------------------------------------------------- DOT

/// Renders DOT with the real Graphviz; any warning on stderr fails the test.
fn render_svg(dot: &[u8]) -> String {
    let mut child = match Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(err) => panic!(
            "cannot run Graphviz `dot` ({err}): install graphviz (apt-get install graphviz; CI installs it)"
        ),
    };
    child.stdin.take().unwrap().write_all(dot).unwrap();
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "dot failed: {stderr}\n{}",
        text(dot)
    );
    assert!(stderr.is_empty(), "dot warned: {stderr}\n{}", text(dot));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn graphviz_renders_the_dot_without_warnings() {
    let graph = sample_graph();
    let dot = to_dot_bytes(&graph);
    let svg = render_svg(&dot);

    // Every actor is one node, however hostile its id; every event one edge.
    assert_eq!(
        svg.matches("class=\"node\"").count(),
        graph.node_count(),
        "{svg}"
    );
    assert_eq!(svg.matches("class=\"edge\"").count(), graph.edge_count());
    assert_eq!(svg.matches("class=\"cluster\"").count(), 2);
    assert!(svg.contains("<title>cluster_LTU</title>"));
    assert!(svg.contains("<title>cluster_RUS</title>"));

    // Labels arrive as written (XML-escaped by Graphviz, never interpreted).
    for label in [
        "&quot;]; evil [label=&quot;",
        "&lt;/script&gt; 🛰️ AT&amp;T",
        ">Gitanas Nausėda<",
        ">President, LTU<",
        ">Envoy with trailing backslash\\<",
        ">Envoy<",
        ">at large, USA<",
        ">U.S.<",
        ">call on<",
    ] {
        assert!(svg.contains(label), "SVG lacks {label:?}:\n{svg}");
    }
    // Tooltips carry the evidence sentence.
    assert!(svg.contains("xlink:title=\"Russia did not demand anything.\""));
    assert!(
        svg.contains("Nausėda may visit the U.S. &amp; meet AT&amp;amp;T."),
        "{svg}"
    );
    assert!(svg.contains(
        "xlink:title=\"A &quot;quoted&quot; line&#10;with a newline, a tab and a trailing backslash\\\""
    ), "{svg}");
}

#[test]
fn dot_groups_members_with_their_country() {
    let dot = String::from_utf8(to_dot_bytes(&sample_graph())).unwrap();
    let cluster = |iso: &str| {
        let start = dot
            .find(&format!("subgraph \"cluster_{iso}\" {{"))
            .unwrap_or_else(|| panic!("no cluster for {iso}:\n{dot}"));
        let end = start + dot[start..].find("\n  }\n").unwrap();
        &dot[start..end]
    };
    let ltu = cluster("LTU");
    assert!(ltu.contains("\"LTU\" [") && ltu.contains("\"person:gitanas-nauseda\" ["));
    let rus = cluster("RUS");
    assert!(rus.contains("\"RUS\" [") && rus.contains("\"Kremlin\" ["));
    assert!(!rus.contains("\"LTU\" ["));
    // No members: no cluster. A member whose country is not a node stays outside.
    assert!(!dot.contains("cluster_U.S."));
    assert!(!dot.contains("cluster_USA"));
    assert_eq!(dot.matches("subgraph").count(), 2);
    assert!(dot.contains("\n  \"person:back\\\\slash\" ["), "{dot}");
}

#[test]
fn dot_styles_encode_kind_and_event() {
    let dot = String::from_utf8(to_dot_bytes(&sample_graph())).unwrap();
    for setting in [
        "rankdir=LR;",
        "fontname=\"Helvetica\";",
        "overlap=false;",
        "splines=true;",
    ] {
        assert!(dot.contains(setting), "missing {setting}:\n{dot}");
    }
    let line = |needle: &str| {
        dot.lines()
            .find(|line| line.contains(needle))
            .unwrap_or_else(|| panic!("no line with {needle}:\n{dot}"))
    };
    assert!(line("\"NATO\" [label").contains("shape=hexagon"));
    assert!(line("\"LTU\" [label").contains("shape=box"));
    assert!(
        line("\"person:gitanas-nauseda\" [").contains("label=\"Gitanas Nausėda\\nPresident, LTU\"")
    );

    let denied = line("\"RUS\" -> \"NATO\"");
    assert!(
        denied.contains("style=\"dashed\"") && denied.contains("label=\"demand\""),
        "{denied}"
    );
    let hypothetical = line("\"person:gitanas-nauseda\" -> \"U.S.\"");
    assert!(hypothetical.contains("style=\"dotted\""), "{hypothetical}");
    let asserted = line("\"NATO\" -> \"LTU\"");
    assert!(!asserted.contains("style="), "{asserted}");
    let colours: Vec<&str> = [
        "\"NATO\" -> \"LTU\"",
        "\"RUS\" -> \"NATO\"",
        "\"Kremlin\" ->",
        "-> \"</script>\"",
    ]
    .iter()
    .map(|needle| {
        let line = line(needle);
        let start = line.find("color=\"").unwrap() + 7;
        &line[start..start + 7]
    })
    .collect();
    assert_eq!(colours, ["#0072B2", "#E69F00", "#E69F00", "#D55E00"]);
}

#[test]
fn dot_is_deterministic_and_handles_an_empty_graph() {
    let graph = sample_graph();
    assert_eq!(to_dot_bytes(&graph), to_dot_bytes(&graph.clone()));
    assert_eq!(render(&graph, Format::Dot), to_dot_bytes(&graph));
    assert_eq!(render(&graph, Format::Json), to_json_bytes(&graph));

    let empty = ActorGraph::new();
    let svg = render_svg(&to_dot_bytes(&empty));
    assert!(!svg.contains("class=\"node\""));
}
