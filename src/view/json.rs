//! Node-link JSON of a view (the canonical graph JSON is `export::json`).
//!
//! Without aggregation every edge is an event with the canonical fields, so a
//! filtered or rolled-up graph loads back with `export::from_json_slice`. With
//! aggregation an edge carries the fields its events share, the mean Goldstein
//! score, `weight` (number of events), `first_date` and `last_date` and
//! `evidence` (where each event was read), written from the edge's
//! [`super::summary::EdgeSummary`] as a streamed aggregation writes it.
//! Nodes gain `members` (ids folded in by a roll-up) and `weight` (events on their edges).

use std::borrow::Cow;
use std::collections::HashSet;

use serde::Serialize;

use super::summary::{EdgeSummary, SummaryOut};
use super::{Aggregation, View, ViewEdge, ViewNode};
use crate::actors::Actor;
use crate::graph::ActorGraph;
use crate::relations::{Event, Statement};

/// Serialises the view as pretty-printed node-link JSON, ending with a newline.
pub fn to_json_bytes(graph: &ActorGraph, view: &View<'_>) -> Vec<u8> {
    let shown: HashSet<&str> = view
        .nodes
        .iter()
        .flat_map(|node| std::iter::once(node.actor).chain(node.members.iter().copied()))
        .map(|actor| actor.id.as_str())
        .collect();
    // An aggregated edge is written from the summary of its events, as a
    // streamed aggregation (`extract --aggregate ... --evidence N`) writes it.
    let summaries: Vec<Option<EdgeSummary>> = view
        .edges
        .iter()
        .map(|edge| (view.aggregation != Aggregation::None).then(|| edge.summary()))
        .collect();
    let document = Document {
        directed: true,
        multigraph: true,
        graph: Attributes {
            generator: crate::GENERATOR,
            documents: view.documents,
            aggregate: view.aggregation.as_str(),
        },
        nodes: view.nodes.iter().map(NodeOut::new).collect(),
        edges: view
            .edges
            .iter()
            .zip(&summaries)
            .map(|(edge, summary)| match summary {
                Some(summary) => {
                    EdgeOut::Aggregated(Box::new(SummaryOut::new(summary, edge.key, false)))
                }
                None => EdgeOut::event(edge),
            })
            .collect(),
        statements: graph
            .statements()
            .iter()
            .filter(|statement| shown.contains(statement.speaker.as_str()))
            .collect(),
    };
    let mut bytes = serde_json::to_vec_pretty(&document).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

#[derive(Serialize)]
struct Document<'a> {
    directed: bool,
    multigraph: bool,
    graph: Attributes,
    nodes: Vec<NodeOut<'a>>,
    edges: Vec<EdgeOut<'a>>,
    statements: Vec<&'a Statement>,
}

#[derive(Serialize)]
struct Attributes {
    generator: &'static str,
    documents: usize,
    aggregate: &'static str,
}

/// A view node as JSON: the actor's fields plus its weight and who was folded
/// into it. Shared with the Cytoscape.js export.
#[derive(Serialize)]
pub(crate) struct NodeOut<'a> {
    #[serde(flatten)]
    actor: &'a Actor,
    weight: usize,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    members: Vec<&'a str>,
}

impl<'a> NodeOut<'a> {
    pub(crate) fn new(node: &ViewNode<'a>) -> Self {
        NodeOut {
            actor: node.actor,
            weight: node.weight,
            members: node.members.iter().map(|m| m.id.as_str()).collect(),
        }
    }
}

#[derive(Serialize)]
#[serde(untagged)]
enum EdgeOut<'a> {
    /// Boxed, as the other: both are large, and one edge is written at a time.
    Event(Box<EventEdge<'a>>),
    Aggregated(Box<SummaryOut<'a>>),
}

/// An unaggregated edge: the event as in the canonical JSON, with its key;
/// after a roll-up its ends are the nodes it is drawn between.
#[derive(Serialize)]
struct EventEdge<'a> {
    key: usize,
    #[serde(flatten)]
    event: Cow<'a, Event>,
}

/// Enough to find the sentence again: document, sentence index, text, date.
#[derive(Serialize)]
pub(crate) struct EvidenceOut<'a> {
    pub doc: &'a str,
    pub sentence: usize,
    pub text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<&'a str>,
}

impl<'a> EvidenceOut<'a> {
    pub(crate) fn of(event: &'a Event) -> Self {
        EvidenceOut {
            doc: &event.evidence.doc,
            sentence: event.evidence.sentence,
            text: &event.evidence.text,
            date: event.evidence.date.as_deref(),
        }
    }
}

impl<'a> EdgeOut<'a> {
    /// An edge of an unaggregated view: its one event.
    fn event(edge: &ViewEdge<'a>) -> Self {
        let event = edge.first();
        let event = if event.source == edge.source && event.target == edge.target {
            Cow::Borrowed(event)
        } else {
            let mut moved = event.clone();
            moved.source = edge.source.to_string();
            moved.target = edge.target.to_string();
            Cow::Owned(moved)
        };
        EdgeOut::Event(Box::new(EventEdge {
            key: edge.key,
            event,
        }))
    }
}
