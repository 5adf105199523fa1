//! Views on a hand-built graph: every option against the edges it must keep,
//! and the CLI's view flags on the seed story.

use assert_cmd::Command;
use geokg::export::{from_json_slice, render_view, Format, Rendered};
use geokg::view::{self, Aggregation, Ego, Rollup, View, ViewOptions};
use geokg::{Actor, ActorGraph, ActorKind, Event, Evidence, Modality, QuadClass};

pub const SCRIPT: &str = "</script><script>alert(1)</script>";
pub const DOT_BREAKER: &str = r#""]; evil [label=""#;

fn actor(id: &str, label: &str, kind: ActorKind) -> Actor {
    Actor {
        id: id.to_string(),
        label: label.to_string(),
        kind,
        country: None,
        organization: None,
        role: None,
        sector: None,
        cameo: None,
        aliases: Vec::new(),
    }
}

fn event(
    source: &str,
    target: &str,
    relation: &str,
    (cameo, category, quad_class): (&str, &str, QuadClass),
    date: Option<&str>,
    text: &str,
) -> Event {
    Event {
        source: source.to_string(),
        target: target.to_string(),
        relation: relation.to_string(),
        cameo: cameo.to_string(),
        category: category.to_string(),
        quad_class,
        goldstein: Some(if quad_class == QuadClass::VerbalCooperation {
            3.0
        } else {
            -5.0
        }),
        plover: None,
        negated: false,
        modality: Modality::Asserted,
        quote: None,
        statement: None,
        evidence: Evidence {
            doc: "fixture".to_string(),
            sentence: 0,
            text: text.to_string(),
            span: [0, text.len()],
            trigger: relation.to_string(),
            source_text: source.to_string(),
            source_span: [0, 1],
            target_text: target.to_string(),
            target_span: [0, 1],
            date: date.map(str::to_string),
        },
    }
}

const APPEAL: (&str, &str, QuadClass) = ("020", "appeal", QuadClass::VerbalCooperation);
const STATEMENT: (&str, &str, QuadClass) =
    ("010", "make_public_statement", QuadClass::VerbalCooperation);
const DEMAND: (&str, &str, QuadClass) = ("112", "demand", QuadClass::VerbalConflict);
const THREATEN: (&str, &str, QuadClass) = ("130", "threaten", QuadClass::VerbalConflict);
const FORCE: (&str, &str, QuadClass) =
    ("150", "exhibit_force_posture", QuadClass::MaterialConflict);

/// Eight actors, nine events. Nauseda belongs to Lithuania, the Kremlin to
/// Russia, Stoltenberg to NATO (and no country); the group's label and one
/// sentence are the strings that break naive HTML and DOT writers.
pub fn fixture() -> ActorGraph {
    let mut graph = ActorGraph::new();
    let mut nauseda = actor("person:nauseda", "Gitanas Nausėda", ActorKind::Person);
    nauseda.country = Some("LTU".to_string());
    nauseda.role = Some("President".to_string());
    let mut kremlin = actor("Kremlin", "the Kremlin", ActorKind::Government);
    kremlin.country = Some("RUS".to_string());
    let mut stoltenberg = actor("person:stoltenberg", "Jens Stoltenberg", ActorKind::Person);
    stoltenberg.organization = Some("NATO".to_string());
    for a in [
        actor("LTU", "Lithuania", ActorKind::Country),
        actor("RUS", "Russia", ActorKind::Country),
        actor("UKR", "Ukraine", ActorKind::Country),
        actor("NATO", "NATO", ActorKind::Organization),
        nauseda,
        kremlin,
        stoltenberg,
        actor(DOT_BREAKER, SCRIPT, ActorKind::Group),
    ] {
        graph.add_actor(&a);
    }
    for e in [
        event(
            "LTU",
            "NATO",
            "call on",
            APPEAL,
            Some("2021-12-01"),
            "Lithuania called on NATO.",
        ),
        event(
            "LTU",
            "NATO",
            "call on",
            APPEAL,
            Some("2021-12-05"),
            "Vilnius again called on NATO.",
        ),
        event(
            "person:nauseda",
            "NATO",
            "say",
            STATEMENT,
            Some("2021-12-05"),
            "Nausėda said NATO must act.",
        ),
        event(
            "person:nauseda",
            "LTU",
            "say",
            STATEMENT,
            Some("2021-12-06"),
            "Nausėda spoke of Lithuania.",
        ),
        event(
            "RUS",
            "NATO",
            "demand",
            DEMAND,
            Some("2021-12-17"),
            "Russia demanded guarantees from NATO.",
        ),
        event(
            "Kremlin",
            "UKR",
            "threaten",
            THREATEN,
            Some("2021-12-10"),
            "The Kremlin threatened Ukraine.",
        ),
        event(
            "RUS",
            "UKR",
            "mass troops",
            FORCE,
            Some("2021-11-20"),
            "Russia massed troops near Ukraine.",
        ),
        event(
            "person:stoltenberg",
            "RUS",
            "warn",
            THREATEN,
            Some("2021-12-18"),
            "Stoltenberg warned Russia.",
        ),
        event(
            DOT_BREAKER,
            "UKR",
            "attack",
            FORCE,
            None,
            &format!("{DOT_BREAKER} {SCRIPT} attacked Ukraine."),
        ),
    ] {
        assert!(
            graph.add_event(e).is_some(),
            "fixture edge to a missing node"
        );
    }
    graph.set_documents(1);
    graph
}

/// The fixture with a document that speaks (issue 11's `source` kind): a NATO
/// report of no country, saying something about Russia.
pub fn fixture_with_source() -> ActorGraph {
    let mut graph = fixture();
    let mut report = actor("source:nato-report", "NATO report", ActorKind::Source);
    report.organization = Some("NATO".to_string());
    report.cameo = Some("IGOWSTNAT".to_string());
    graph.add_actor(&report);
    let said = event(
        "source:nato-report",
        "RUS",
        "say",
        STATEMENT,
        Some("2021-12-19"),
        "A NATO report said Russia had massed troops.",
    );
    assert!(graph.add_event(said).is_some());
    graph
}

fn node_ids<'g>(view: &View<'g>) -> Vec<&'g str> {
    view.nodes.iter().map(|n| n.actor.id.as_str()).collect()
}

/// (source, target, label, weight) of every edge.
fn edges(view: &View<'_>) -> Vec<(String, String, String, usize)> {
    view.edges
        .iter()
        .map(|e| {
            (
                e.source.to_string(),
                e.target.to_string(),
                e.label(view.aggregation).to_string(),
                e.weight(),
            )
        })
        .collect()
}

fn edge(source: &str, target: &str, label: &str, weight: usize) -> (String, String, String, usize) {
    (
        source.to_string(),
        target.to_string(),
        label.to_string(),
        weight,
    )
}

#[test]
fn the_default_view_is_the_whole_graph() {
    let graph = fixture();
    let view = view::apply(&graph, &ViewOptions::default());
    assert_eq!(view.nodes.len(), 8);
    assert_eq!(view.edges.len(), 9);
    assert!(view.edges.iter().all(|e| e.weight() == 1));
    // Keys number parallel edges per pair, as in the canonical JSON.
    let keys: Vec<usize> = view.edges.iter().map(|e| e.key).collect();
    assert_eq!(keys, [0, 1, 0, 0, 0, 0, 0, 0, 0]);
}

#[test]
fn aggregation_counts_events_and_keeps_their_evidence() {
    let graph = fixture();
    let by_relation = view::apply(
        &graph,
        &ViewOptions {
            aggregate: Aggregation::Relation,
            ..ViewOptions::default()
        },
    );
    assert_eq!(by_relation.edges.len(), 8);
    let call_on = &by_relation.edges[0];
    assert_eq!(edges(&by_relation)[0], edge("LTU", "NATO", "call on", 2));
    let sentences: Vec<&str> = call_on
        .events
        .iter()
        .map(|e| e.evidence.text.as_str())
        .collect();
    assert_eq!(
        sentences,
        ["Lithuania called on NATO.", "Vilnius again called on NATO."]
    );
    assert_eq!(call_on.goldstein(), Some(3.0));

    // Russia → Ukraine: a threat by the Kremlin is another pair; by quad class
    // after a roll-up, the threat and the troops are two classes, one edge each.
    let by_quad = view::apply(
        &graph,
        &ViewOptions {
            aggregate: Aggregation::Quad,
            rollup: Rollup::Country,
            ..ViewOptions::default()
        },
    );
    let rus_ukr: Vec<_> = edges(&by_quad)
        .into_iter()
        .filter(|(s, t, _, _)| s == "RUS" && t == "UKR")
        .collect();
    assert_eq!(
        rus_ukr,
        [
            edge("RUS", "UKR", "verbal_conflict", 1),
            edge("RUS", "UKR", "material_conflict", 1)
        ]
    );
    // Lithuania → NATO: two appeals and Nausėda's statement, all verbal cooperation.
    assert!(edges(&by_quad).contains(&edge("LTU", "NATO", "verbal_cooperation", 3)));
}

#[test]
fn rollup_folds_members_into_their_country_or_organisation() {
    let graph = fixture();
    let view = view::apply(
        &graph,
        &ViewOptions {
            rollup: Rollup::Country,
            ..ViewOptions::default()
        },
    );
    assert_eq!(node_ids(&view), ["LTU", "RUS", "UKR", "NATO", DOT_BREAKER]);
    let members = |id: &str| -> Vec<&str> {
        let node = view.nodes.iter().find(|n| n.actor.id == id).unwrap();
        node.members.iter().map(|m| m.id.as_str()).collect()
    };
    assert_eq!(members("LTU"), ["person:nauseda"]);
    assert_eq!(members("RUS"), ["Kremlin"]);
    assert_eq!(members("NATO"), ["person:stoltenberg"]);
    // "Nausėda spoke of Lithuania" would be a loop on Lithuania: dropped.
    assert_eq!(view.edges.len(), 8);
    assert!(view.edges.iter().all(|e| e.source != e.target));
    assert!(edges(&view).contains(&edge("NATO", "RUS", "warn", 1)));
}

#[test]
fn actor_and_ego_filters_keep_the_neighbourhood() {
    let graph = fixture();
    let touching_ukraine = view::apply(
        &graph,
        &ViewOptions {
            actors: vec!["UKR".to_string()],
            ..ViewOptions::default()
        },
    );
    assert_eq!(touching_ukraine.edges.len(), 3);
    assert_eq!(
        node_ids(&touching_ukraine),
        ["RUS", "UKR", "Kremlin", DOT_BREAKER]
    );

    let ego = |depth| {
        view::apply(
            &graph,
            &ViewOptions {
                ego: Some(Ego {
                    actors: vec!["LTU".to_string()],
                    depth,
                }),
                ..ViewOptions::default()
            },
        )
    };
    let one = ego(1);
    assert_eq!(node_ids(&one), ["LTU", "NATO", "person:nauseda"]);
    assert_eq!(one.edges.len(), 4);
    let two = ego(2);
    // Russia is two hops away through NATO; Stoltenberg, who only warned
    // Russia, is three.
    assert_eq!(node_ids(&two), ["LTU", "RUS", "NATO", "person:nauseda"]);
    assert_eq!(two.edges.len(), 5);

    // A member asked for after a roll-up stands for its country.
    let rolled = view::apply(
        &graph,
        &ViewOptions {
            rollup: Rollup::Country,
            actors: vec!["Kremlin".to_string()],
            ..ViewOptions::default()
        },
    );
    assert!(rolled
        .edges
        .iter()
        .all(|e| e.source == "RUS" || e.target == "RUS"));
    assert_eq!(rolled.edges.len(), 4);
}

#[test]
fn kind_category_quad_and_date_filters() {
    let graph = fixture();
    let countries = view::apply(
        &graph,
        &ViewOptions {
            kinds: vec![ActorKind::Country],
            ..ViewOptions::default()
        },
    );
    assert_eq!(node_ids(&countries), ["LTU", "RUS", "UKR"]);
    assert_eq!(edges(&countries), [edge("RUS", "UKR", "mass troops", 1)]);

    let material = view::apply(
        &graph,
        &ViewOptions {
            quads: vec![QuadClass::MaterialConflict],
            ..ViewOptions::default()
        },
    );
    assert_eq!(
        edges(&material),
        [
            edge("RUS", "UKR", "mass troops", 1),
            edge(DOT_BREAKER, "UKR", "attack", 1)
        ]
    );

    let threats = view::apply(
        &graph,
        &ViewOptions {
            categories: vec!["threaten".to_string()],
            ..ViewOptions::default()
        },
    );
    assert_eq!(threats.edges.len(), 2);

    // Inclusive bounds; the undated attack drops out.
    let week = view::apply(
        &graph,
        &ViewOptions {
            since: Some("2021-12-05".to_string()),
            until: Some("2021-12-10".to_string()),
            ..ViewOptions::default()
        },
    );
    let dates: Vec<&str> = week
        .edges
        .iter()
        .map(|e| e.first().evidence.date.as_deref().unwrap())
        .collect();
    assert_eq!(
        dates,
        ["2021-12-05", "2021-12-05", "2021-12-06", "2021-12-10"]
    );
}

#[test]
fn min_weight_and_top_keep_the_heaviest() {
    let graph = fixture();
    let heavy = view::apply(
        &graph,
        &ViewOptions {
            aggregate: Aggregation::Relation,
            min_weight: 2,
            ..ViewOptions::default()
        },
    );
    assert_eq!(edges(&heavy), [edge("LTU", "NATO", "call on", 2)]);
    assert_eq!(node_ids(&heavy), ["LTU", "NATO"]);

    // --min-weight means the same whatever the aggregation (the default of
    // data formats is none): the events of heavy relations pass, one edge each.
    let unaggregated = view::apply(
        &graph,
        &ViewOptions {
            min_weight: 2,
            ..ViewOptions::default()
        },
    );
    assert_eq!(
        edges(&unaggregated),
        [
            edge("LTU", "NATO", "call on", 1),
            edge("LTU", "NATO", "call on", 1)
        ]
    );
    assert_eq!(node_ids(&unaggregated), node_ids(&heavy));

    // NATO has 4 events; Lithuania, Russia and Ukraine 3 each: the tie goes
    // to the first in graph order.
    let top = view::apply(
        &graph,
        &ViewOptions {
            top: Some(2),
            ..ViewOptions::default()
        },
    );
    assert_eq!(node_ids(&top), ["LTU", "NATO"]);
    assert_eq!(top.edges.len(), 2);
    assert_eq!(top.nodes[1].weight, 2);
}

#[test]
fn view_json_adds_weight_evidence_and_members() {
    let graph = fixture();
    let render = |options: &ViewOptions| match render_view(&graph, options, Format::Json).unwrap() {
        Rendered::File(bytes) => bytes,
        Rendered::Directory(_) => panic!("JSON is one file"),
    };
    let aggregated: serde_json::Value = serde_json::from_slice(&render(&ViewOptions {
        aggregate: Aggregation::Relation,
        ..ViewOptions::default()
    }))
    .unwrap();
    let first = &aggregated["edges"][0];
    assert_eq!(first["weight"], 2);
    assert_eq!(first["relation"], "call on");
    assert_eq!(
        first["evidence"][1]["text"],
        "Vilnius again called on NATO."
    );
    assert_eq!(aggregated["graph"]["aggregate"], "relation");

    // Unaggregated, a rolled-up view is still a geokg graph: it loads back.
    let rolled = render(&ViewOptions {
        rollup: Rollup::Country,
        ..ViewOptions::default()
    });
    let value: serde_json::Value = serde_json::from_slice(&rolled).unwrap();
    assert_eq!(value["nodes"][0]["members"][0], "person:nauseda");
    let back = from_json_slice(&rolled).unwrap();
    assert_eq!((back.node_count(), back.edge_count()), (5, 8));
    assert_eq!(back.events().next().unwrap().source, "LTU");
}

// ------------------------------------------------------------------ CLI

fn geokg() -> Command {
    Command::cargo_bin("geokg").unwrap()
}

fn seed_json() -> Vec<u8> {
    let output = geokg()
        .args([
            "extract",
            "examples/lithuania-nato-russia.txt",
            "--date",
            "2021-12-20",
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    output.stdout
}

#[test]
fn cli_json_without_view_options_is_the_golden_graph() {
    let golden = std::fs::read("tests/golden/lithuania-nato-russia.json").unwrap();
    assert!(seed_json() == golden, "canonical JSON changed");
}

#[test]
fn cli_view_flags_resolve_names_and_filter() {
    let dir = tempfile::tempdir().unwrap();
    let graph = dir.path().join("seed.json");
    std::fs::write(&graph, seed_json()).unwrap();
    let output = geokg()
        .arg("export")
        .arg(&graph)
        .args(["--ego", "Lithuania", "--depth", "1", "--aggregate", "quad"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let view: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let edges = view["edges"].as_array().unwrap();
    assert!(!edges.is_empty());
    assert!(edges.iter().all(|e| e["weight"].as_u64().unwrap() >= 1));
    let nodes: Vec<&str> = view["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert!(
        nodes.contains(&"LTU") && nodes.contains(&"NATO"),
        "{nodes:?}"
    );

    // Unknown names and malformed dates are errors that say what is wrong.
    let unknown = geokg()
        .arg("export")
        .arg(&graph)
        .args(["--actor", "Atlantis"])
        .output()
        .unwrap();
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("Atlantis"));
    let bad_date = geokg()
        .arg("export")
        .arg(&graph)
        .args(["--since", "20 Dec"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&bad_date.stderr).contains("YYYY-MM-DD"));
}

#[test]
fn statements_and_categories_can_be_left_out() {
    let graph = fixture();
    let without = view::apply(
        &graph,
        &ViewOptions {
            exclude_categories: vec![view::STATEMENT_CATEGORY.to_string()],
            ..ViewOptions::default()
        },
    );
    assert_eq!(without.edges.len(), 7, "the two 'say' events are gone");
    assert!(without
        .edges
        .iter()
        .all(|e| e.first().category != view::STATEMENT_CATEGORY));
    // Nausėda said things and did nothing else: he is gone too.
    assert!(!node_ids(&without).contains(&"person:nauseda"));
}

#[test]
fn isolated_actors_are_left_out_on_request() {
    let mut graph = fixture();
    graph.add_actor(&actor("FIN", "Finland", ActorKind::Country));
    let all = view::apply(&graph, &ViewOptions::default());
    assert!(node_ids(&all).contains(&"FIN"));
    let drawn = view::apply(
        &graph,
        &ViewOptions {
            drop_isolated: true,
            ..ViewOptions::default()
        },
    );
    assert!(!node_ids(&drawn).contains(&"FIN"));
    assert_eq!(drawn.nodes.len(), all.nodes.len() - 1);
    assert_eq!(drawn.edges.len(), all.edges.len());
}

#[test]
fn a_cap_on_edges_drops_statements_then_the_least_connected_and_says_so() {
    let graph = fixture();
    let capped = |max: usize| {
        view::apply(
            &graph,
            &ViewOptions {
                max_edges: Some(max),
                ..ViewOptions::default()
            },
        )
    };
    // Under the cap nothing changes and nothing is said.
    let whole = capped(9);
    assert_eq!((whole.edges.len(), whole.note.is_none()), (9, true));
    // Statements go first: 7 events remain.
    let seven = capped(7);
    assert_eq!(seven.edges.len(), 7);
    assert!(seven.note.as_deref().unwrap().contains("2 statement edges"));
    // Then the most connected actors whose edges fit.
    let three = capped(3);
    assert!(three.edges.len() <= 3 && !three.edges.is_empty());
    let note = three.note.as_deref().unwrap();
    assert!(note.contains("most connected of"), "{note}");
    assert!(note.starts_with(&format!("{} of 9 edges drawn", three.edges.len())));
    let ids = node_ids(&three);
    for edge in &three.edges {
        assert!(ids.contains(&edge.source) && ids.contains(&edge.target));
    }
    // Asking for statements keeps them through the cap.
    let said = view::apply(
        &graph,
        &ViewOptions {
            categories: vec![view::STATEMENT_CATEGORY.to_string()],
            max_edges: Some(1),
            ..ViewOptions::default()
        },
    );
    assert!(said
        .edges
        .iter()
        .all(|e| e.first().category == view::STATEMENT_CATEGORY));
    assert_eq!(said.edges.len(), 1);
}
