//! The seed story: the edges the core issue promises, and a golden file of the whole graph.

use std::path::Path;

use geokg::input::Document;
use geokg::{ActorGraph, Event, Extractor, Modality};

const SEED: &str = include_str!("../examples/lithuania-nato-russia.txt");
const GOLDEN: &str = "tests/golden/lithuania-nato-russia.json";

fn seed_graph() -> ActorGraph {
    let doc = Document {
        id: "lithuania-nato-russia".into(),
        text: SEED.into(),
        date: Some("2021-12-20".into()),
        ..Document::default()
    };
    Extractor::builtin().unwrap().extract_all(&[doc])
}

/// The country an actor stands for: its own id for a country, else its `country`.
fn country_of(graph: &ActorGraph, id: &str) -> String {
    let actor = graph.actor(id).unwrap_or_else(|| panic!("no node {id}"));
    actor.country.clone().unwrap_or_else(|| actor.id.clone())
}

fn edges<'g>(graph: &'g ActorGraph, from: &str, to: &str, cameo_root: &str) -> Vec<&'g Event> {
    graph
        .events()
        .filter(|e| {
            country_of(graph, &e.source) == from
                && country_of(graph, &e.target) == to
                && e.cameo.starts_with(cameo_root)
        })
        .collect()
}

#[test]
fn lithuania_calls_on_nato() {
    let g = seed_graph();
    let calls = edges(&g, "LTU", "NATO", "02");
    assert!(calls
        .iter()
        .any(|e| e.relation == "call on" && e.modality == Modality::Asserted));
    assert!(calls.iter().any(|e| e
        .evidence
        .text
        .starts_with("Lithuania called on NATO to deploy troops")));
}

#[test]
fn russia_demands_twice_and_moscow_accuses() {
    let g = seed_graph();
    let demands = edges(&g, "RUS", "NATO", "10");
    assert_eq!(demands.len(), 2, "{demands:#?}");
    assert!(demands.iter().all(
        |e| e.relation == "demand" && e.evidence.text.starts_with("Last week, Russia demanded")
    ));
    let accusations = edges(&g, "RUS", "NATO", "11");
    assert_eq!(accusations.len(), 1);
    assert_eq!(accusations[0].evidence.source_text, "Moscow");
    assert_eq!(accusations[0].source, "RUS");
}

#[test]
fn the_united_states_and_western_countries_threaten_russia() {
    let g = seed_graph();
    assert_eq!(edges(&g, "USA", "RUS", "13").len(), 1);
    let west = g.actor("western-countries").expect("group node");
    assert_eq!(west.kind, geokg::ActorKind::Group);
    assert_eq!(edges(&g, "western-countries", "RUS", "13").len(), 1);
}

#[test]
fn nauseda_is_one_person_however_named() {
    let g = seed_graph();
    let nauseda = g.actor("person:gitanas-nauseda").expect("Nauseda node");
    assert_eq!(nauseda.country.as_deref(), Some("LTU"));
    assert_eq!(nauseda.role.as_deref(), Some("President"));
    let about_nato: Vec<&Event> = g
        .events()
        .filter(|e| e.source == nauseda.id && e.target == "NATO" && e.cameo.starts_with("01"))
        .collect();
    let speakers: Vec<&str> = about_nato
        .iter()
        .map(|e| e.evidence.source_text.as_str())
        .collect();
    for written in ["Lithuanian President Gitanas Nauseda", "Nauseda", "he"] {
        assert!(
            speakers.contains(&written),
            "{written} not resolved: {speakers:?}"
        );
    }
    let other_names: Vec<&str> = g
        .events()
        .filter(|e| e.source == nauseda.id)
        .map(|e| e.evidence.source_text.as_str())
        .collect();
    assert!(
        other_names.contains(&"The Lithuanian president"),
        "{other_names:?}"
    );
    assert!(
        other_names.contains(&"the President of Lithuania"),
        "{other_names:?}"
    );
    assert!(about_nato
        .iter()
        .all(|e| e.quote.as_deref().is_some_and(|q| q.contains("NATO"))));
}

#[test]
fn zelensky_nuland_and_the_united_states_make_statements() {
    let g = seed_graph();
    assert!(
        !edges(&g, "UKR", "RUS", "01").is_empty(),
        "Zelensky about Russia"
    );
    let zelensky = g.actor("person:volodymyr-zelensky").unwrap();
    assert_eq!(zelensky.country.as_deref(), Some("UKR"));
    let nuland = g.actor("person:victoria-nuland").unwrap();
    assert_eq!(nuland.country.as_deref(), Some("USA"));
    for about in ["RUS", "UKR"] {
        assert!(g
            .events()
            .any(|e| e.source == nuland.id && e.target == about && e.cameo == "010"));
    }
    let invasion = edges(&g, "RUS", "UKR", "19");
    assert_eq!(invasion.len(), 1);
    assert_eq!(invasion[0].modality, Modality::Hypothetical);
    let us_about_moscow = edges(&g, "USA", "RUS", "01");
    assert!(us_about_moscow
        .iter()
        .any(|e| e.evidence.target_text == "Moscow" && e.source == "USA"));
}

#[test]
fn people_have_their_countries_and_non_actors_stay_out() {
    let g = seed_graph();
    let duda = g.actor("person:andrzej-duda").expect("Duda node");
    assert_eq!(duda.country.as_deref(), Some("POL"));
    let labels: Vec<&str> = g.actors().map(|a| a.label.as_str()).collect();
    for not_actor in [
        "Last",
        "First",
        "In October",
        "October",
        "Stara Huta",
        "Ivano-Frankivsk",
        "Eastern Europe",
    ] {
        assert!(
            !labels.iter().any(|l| l.contains(not_actor)),
            "{not_actor} became a node: {labels:?}"
        );
    }
}

#[test]
fn every_edge_carries_checkable_evidence() {
    let g = seed_graph();
    assert!(g.edge_count() > 10);
    for e in g.events() {
        assert_eq!(
            &SEED[e.evidence.span[0]..e.evidence.span[1]],
            e.evidence.text
        );
        assert_eq!(
            &SEED[e.evidence.source_span[0]..e.evidence.source_span[1]],
            e.evidence.source_text
        );
        assert_eq!(
            &SEED[e.evidence.target_span[0]..e.evidence.target_span[1]],
            e.evidence.target_text
        );
        assert!(e.evidence.text.contains(&e.evidence.trigger));
        assert_eq!(e.evidence.date.as_deref(), Some("2021-12-20"));
        assert_eq!(e.evidence.doc, "lithuania-nato-russia");
    }
}

/// The whole seed graph, byte for byte. After a deliberate change, regenerate with
/// `GEOKG_BLESS=1 cargo test seed`, and read the diff before committing it.
#[test]
fn golden_json() {
    let json = geokg::export::to_json_bytes(&seed_graph());
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(GOLDEN);
    if std::env::var_os("GEOKG_BLESS").is_some() {
        std::fs::write(&path, &json).unwrap();
    }
    let golden = std::fs::read(&path).expect("golden file (create it with GEOKG_BLESS=1)");
    assert!(
        golden == json,
        "seed graph differs from {GOLDEN}; if the change is intended, run GEOKG_BLESS=1 cargo test seed"
    );
}

/// The seed's DOT renders with the real Graphviz, without a single warning.
#[test]
#[ignore = "needs Graphviz (`dot`)"]
fn seed_dot_renders_cleanly_with_graphviz() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let dot = geokg::export::to_dot_bytes(&seed_graph());
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("Graphviz `dot` is not installed: apt-get install graphviz (CI installs it)");
    child.stdin.take().unwrap().write_all(&dot).unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stderr.is_empty(),
        "dot complained: {stderr}"
    );
    let svg = String::from_utf8_lossy(&out.stdout);
    assert!(svg.contains("Gitanas Nauseda") && svg.contains("call on"));
}

/// networkx reads the seed's JSON as a multigraph with every node and edge.
#[test]
#[ignore = "needs python3 with networkx"]
fn seed_json_loads_in_networkx() {
    let graph = seed_graph();
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), geokg::export::to_json_bytes(&graph)).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/py/load_node_link.py");
    let out = std::process::Command::new("python3")
        .arg(script)
        .arg(file.path())
        .output()
        .expect("python3 is not installed");
    assert!(
        out.status.success(),
        "networkx failed (pip install networkx): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["multigraph"], true);
    assert_eq!(summary["nodes"], graph.node_count());
    assert_eq!(summary["edges"], graph.edge_count());
}
