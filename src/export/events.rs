//! Event tables: JSON Lines (one event per line) and the CAMEO TSV.
//!
//! Both list events, not drawn edges: a view's filters and roll-up decide which
//! events appear, but each row keeps the event's own source and target (the
//! country columns say whose side they are on), in graph order.

use std::collections::HashSet;

use crate::graph::ActorGraph;
use crate::relations::Event;
use crate::view::View;

/// The CAMEO table's columns, in the order event-data users know.
pub const CAMEO_HEADER: [&str; 11] = [
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
    "sentence",
];

/// One JSON object per line, with the fields of a JSON edge (without `key`).
pub fn to_json_lines(graph: &ActorGraph, view: &View<'_>) -> Vec<u8> {
    let mut out = Vec::new();
    for event in events_in_graph_order(graph, view) {
        if serde_json::to_writer(&mut out, event).is_ok() {
            out.push(b'\n');
        }
    }
    out
}

/// Tab-separated, with a header; tabs and line breaks inside a sentence become
/// spaces, so every row is one line with 11 fields. `sentence` is the sentence
/// text; `root` is the two-digit CAMEO root; `*_root` is the actor's country.
pub fn to_cameo_tsv(graph: &ActorGraph, view: &View<'_>) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b'\t')
        .from_writer(Vec::new());
    let mut ok = writer.write_record(CAMEO_HEADER).is_ok();
    let root_of = |id: &str| {
        graph
            .actor(id)
            .and_then(|actor| actor.country.as_deref())
            .unwrap_or("")
            .to_string()
    };
    for event in events_in_graph_order(graph, view) {
        let row = [
            event.evidence.date.clone().unwrap_or_default(),
            one_line(&event.source),
            one_line(&root_of(&event.source)),
            one_line(&event.target),
            one_line(&root_of(&event.target)),
            event.cameo.clone(),
            event.cameo.chars().take(2).collect(),
            event.quad_class.as_str().to_string(),
            event.goldstein.map(|g| g.to_string()).unwrap_or_default(),
            one_line(&event.evidence.doc),
            one_line(&event.evidence.text),
        ];
        ok &= writer.write_record(&row).is_ok();
    }
    match writer.into_inner() {
        Ok(bytes) if ok => bytes,
        _ => Vec::new(),
    }
}

/// The view's events in the order the graph holds them (a view lists them by edge).
fn events_in_graph_order<'g>(
    graph: &'g ActorGraph,
    view: &View<'g>,
) -> impl Iterator<Item = &'g Event> {
    let kept: HashSet<*const Event> = view
        .edges
        .iter()
        .flat_map(|edge| edge.events.iter().map(|&event| event as *const Event))
        .collect();
    graph
        .events()
        .filter(move |&event| kept.contains(&(event as *const Event)))
}

fn one_line(text: &str) -> String {
    text.replace(['\t', '\r', '\n'], " ")
}
