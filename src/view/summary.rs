//! Aggregated graphs built while documents stream by, and merged from shards.
//!
//! `geokg extract --aggregate relation --evidence N` keeps one [`EdgeSummary`]
//! per (source, target, relation | category | quad class): the number of
//! events, what they share, the first and last date and the first N events'
//! evidence. Memory grows with the number of distinct edges, not with the
//! corpus. The JSON is the aggregated view's ([`super::json`]), without the
//! statement list (which grows with the corpus).
//!
//! Every part of a summary merges exactly and associatively (counts, an
//! integer Goldstein sum, the earliest N samples by event number), so the
//! summaries of a corpus's shards, appended in corpus order and folded once
//! ([`crate::ActorGraph::fold_people`]), give the one run's, byte for byte.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::Aggregation;
use crate::actors::Actor;
use crate::extract::DocumentExtraction;
use crate::graph::ActorGraph;
use crate::relations::{Event, Modality, QuadClass};

/// A field every event of an edge shares, or `Mixed` when two differ.
#[derive(Clone, Debug, PartialEq)]
pub enum Common<T> {
    One(T),
    Mixed,
}

impl<T: PartialEq> Common<T> {
    fn of(value: Option<T>) -> Self {
        value.map_or(Common::Mixed, Common::One)
    }

    fn join(&mut self, other: Common<T>) {
        if let Common::One(mine) = self {
            if !matches!(other, Common::One(theirs) if theirs == *mine) {
                *self = Common::Mixed;
            }
        }
    }

    pub fn get(&self) -> Option<&T> {
        match self {
            Common::One(value) => Some(value),
            Common::Mixed => None,
        }
    }
}

/// Goldstein scores are summed in thousandths, as integers, so that a sum
/// does not depend on the order or grouping of its terms (scores have one
/// decimal; a user's lexicon may give up to three).
pub fn goldstein_milli(score: f64) -> i64 {
    (score * 1000.0).round() as i64
}

/// The mean of scores summed with [`goldstein_milli`].
pub fn mean_goldstein(milli: i64, count: u64) -> Option<f64> {
    (count > 0).then(|| milli as f64 / (count as f64 * 1000.0))
}

/// Where one event of an aggregated edge was read.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sample {
    /// The event's number in corpus order; written in partial graphs only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<u64>,
    pub doc: String,
    pub sentence: usize,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// The events of one aggregated edge, summed up.
#[derive(Clone, Debug, PartialEq)]
pub struct EdgeSummary {
    pub source: String,
    pub target: String,
    pub relation: Common<String>,
    pub cameo: Common<String>,
    pub category: Common<String>,
    pub quad_class: Common<QuadClass>,
    pub modality: Common<Modality>,
    /// Sum of the Goldstein scores ([`goldstein_milli`]) of the `goldstein_count` events that have one.
    pub goldstein_milli: i64,
    pub goldstein_count: u64,
    /// True when every event is negated.
    pub negated: bool,
    pub weight: u64,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    /// Number of the edge's first event in corpus order.
    pub first_event: u64,
    /// The evidence of the first events, by event number (as many as the graph keeps).
    pub evidence: Vec<Sample>,
}

impl EdgeSummary {
    /// The summary of one event, the `number`-th of the corpus.
    pub fn of_event(event: &Event, number: u64) -> Self {
        let e = &event.evidence;
        EdgeSummary {
            source: event.source.clone(),
            target: event.target.clone(),
            relation: Common::One(event.relation.clone()),
            cameo: Common::One(event.cameo.clone()),
            category: Common::One(event.category.clone()),
            quad_class: Common::One(event.quad_class),
            modality: Common::One(event.modality),
            goldstein_milli: event.goldstein.map_or(0, goldstein_milli),
            goldstein_count: u64::from(event.goldstein.is_some()),
            negated: event.negated,
            weight: 1,
            first_date: e.date.clone(),
            last_date: e.date.clone(),
            first_event: number,
            evidence: vec![Sample {
                event: Some(number),
                doc: e.doc.clone(),
                sentence: e.sentence,
                text: e.text.clone(),
                date: e.date.clone(),
            }],
        }
    }

    /// Adds the events of another summary of the same edge (earlier or
    /// later ones), keeping the first `keep` samples.
    pub fn join(&mut self, other: EdgeSummary, keep: usize) {
        self.relation.join(other.relation);
        self.cameo.join(other.cameo);
        self.category.join(other.category);
        self.quad_class.join(other.quad_class);
        self.modality.join(other.modality);
        self.goldstein_milli += other.goldstein_milli;
        self.goldstein_count += other.goldstein_count;
        self.negated &= other.negated;
        self.weight += other.weight;
        self.first_date = min_date(self.first_date.take(), other.first_date, false);
        self.last_date = min_date(self.last_date.take(), other.last_date, true);
        self.first_event = self.first_event.min(other.first_event);
        let after = match (self.evidence.last(), other.evidence.first()) {
            (Some(mine), Some(theirs)) => mine.event <= theirs.event,
            _ => true,
        };
        if after {
            // The usual case, events in corpus order: no sorting.
            let room = keep.saturating_sub(self.evidence.len());
            self.evidence.extend(other.evidence.into_iter().take(room));
        } else {
            self.evidence.extend(other.evidence);
            self.evidence.sort_by_key(|s| s.event);
            self.evidence.truncate(keep);
        }
    }

    pub fn goldstein(&self) -> Option<f64> {
        mean_goldstein(self.goldstein_milli, self.goldstein_count)
    }
}

/// The earlier of two dates (`later`: the later), a missing one ignored.
fn min_date(a: Option<String>, b: Option<String>, later: bool) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if (a <= b) != later { a } else { b }),
        (a, b) => a.or(b),
    }
}

/// An aggregated graph under construction (or read back from a shard's JSON).
#[derive(Clone, Debug)]
pub struct Aggregator {
    aggregation: Aggregation,
    /// Samples kept per edge.
    keep: usize,
    /// The actors, in the order first seen; people not folded yet.
    actors: ActorGraph,
    edges: Vec<EdgeSummary>,
    index: HashMap<String, usize>,
    /// Events so far: the next event's number.
    events: u64,
    key: String,
}

impl Aggregator {
    /// An empty graph aggregated by `aggregation` (not `None`), keeping `keep` samples per edge.
    pub fn new(aggregation: Aggregation, keep: usize) -> Self {
        Aggregator {
            aggregation,
            keep,
            actors: ActorGraph::new(),
            edges: Vec::new(),
            index: HashMap::new(),
            events: 0,
            key: String::new(),
        }
    }

    pub fn aggregation(&self) -> Aggregation {
        self.aggregation
    }

    pub fn keep(&self) -> usize {
        self.keep
    }

    pub fn documents(&self) -> usize {
        self.actors.documents()
    }

    /// Adds one document's actors and events (its statements are not kept).
    pub fn add_extraction(&mut self, extraction: DocumentExtraction) {
        for actor in &extraction.actors {
            self.actors.add_actor(actor);
        }
        for event in &extraction.events {
            let summary = EdgeSummary::of_event(event, self.events);
            self.events += 1;
            self.add(summary);
        }
        self.actors.set_documents(self.actors.documents() + 1);
    }

    fn label<'s>(&self, summary: &'s EdgeSummary) -> &'s str {
        let label = match self.aggregation {
            Aggregation::None | Aggregation::Relation => summary.relation.get(),
            Aggregation::Category => summary.category.get(),
            Aggregation::Quad => return summary.quad_class.get().map_or("", |q| q.as_str()),
        };
        label.map_or("", String::as_str)
    }

    fn add(&mut self, summary: EdgeSummary) {
        let mut key = std::mem::take(&mut self.key);
        key.clear();
        for part in [&summary.source, &summary.target] {
            key.push_str(part);
            key.push('\0');
        }
        key.push_str(self.label(&summary));
        match self.index.get(key.as_str()) {
            Some(&ix) => self.edges[ix].join(summary, self.keep),
            None => {
                self.index.insert(key.clone(), self.edges.len());
                let mut summary = summary;
                summary.evidence.truncate(self.keep);
                self.edges.push(summary);
            }
        }
        self.key = key;
    }

    /// Appends the graph of the documents that follow this one's (a shard's,
    /// people not folded), aggregated the same way.
    pub fn append(&mut self, other: Aggregator) {
        let (offset, other_events) = (self.events, other.events);
        self.actors.append(other.actors);
        self.keep = self.keep.min(other.keep);
        for mut summary in other.edges {
            summary.first_event += offset;
            for sample in &mut summary.evidence {
                sample.event = sample.event.map(|n| n + offset);
            }
            self.add(summary);
        }
        self.events = offset + other_events;
    }

    /// Folds people as [`ActorGraph::fold_people`] does, merging the edges
    /// that come to join the same nodes; call once, after the last document.
    pub fn fold_people(&mut self) {
        let folds = self.actors.people_folds();
        self.actors.fold_people();
        if folds.is_empty() {
            return;
        }
        let edges = std::mem::take(&mut self.edges);
        self.index.clear();
        // In order of first event, so a merged edge keeps the earliest one's place.
        for mut summary in edges {
            for end in [&mut summary.source, &mut summary.target] {
                if let Some(to) = folds.get(end.as_str()) {
                    end.clone_from(to);
                }
            }
            self.add(summary);
        }
    }

    /// The aggregated graph as JSON: the aggregated view's layout (nodes with
    /// their weight, edges with what their events share, `weight`,
    /// `first_date`, `last_date` and `evidence`), without statements. A
    /// `partial` graph also numbers its events, for `geokg merge`.
    pub fn to_json_bytes(&self, partial: bool) -> Vec<u8> {
        let pg = self.actors.petgraph();
        let mut weights: HashMap<&str, u64> = HashMap::new();
        for edge in &self.edges {
            *weights.entry(edge.source.as_str()).or_default() += edge.weight;
            if edge.target != edge.source {
                *weights.entry(edge.target.as_str()).or_default() += edge.weight;
            }
        }
        let mut keys: HashMap<(&str, &str), usize> = HashMap::new();
        let document = GraphOut {
            directed: true,
            multigraph: true,
            graph: AttributesOut {
                generator: crate::GENERATOR,
                documents: self.actors.documents(),
                aggregate: self.aggregation.as_str(),
                evidence: self.keep,
                partial,
                events: partial.then_some(self.events),
            },
            nodes: pg
                .node_weights()
                .map(|actor| NodeOut {
                    actor,
                    weight: weights.get(actor.id.as_str()).copied().unwrap_or(0),
                })
                .collect(),
            edges: self
                .edges
                .iter()
                .map(|edge| {
                    let key = keys.entry((&edge.source, &edge.target)).or_insert(0);
                    *key += 1;
                    SummaryOut::new(edge, *key - 1, partial)
                })
                .collect(),
        };
        let mut bytes = serde_json::to_vec_pretty(&document).unwrap_or_default();
        bytes.push(b'\n');
        bytes
    }

    /// Reads a graph written by [`Aggregator::to_json_bytes`] with `partial`.
    pub fn from_json_slice(bytes: &[u8]) -> Result<Self, String> {
        let graph: GraphIn = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
        if !graph.graph.partial {
            return Err(
                "an aggregated graph that is not partial: write shards with --partial".to_string(),
            );
        }
        let aggregation = match graph.graph.aggregate.as_str() {
            "relation" => Aggregation::Relation,
            "category" => Aggregation::Category,
            "quad" => Aggregation::Quad,
            other => return Err(format!("unknown aggregation {other:?}")),
        };
        let mut aggregator = Aggregator::new(aggregation, graph.graph.evidence);
        for actor in &graph.nodes {
            aggregator.actors.add_actor(actor);
        }
        aggregator.actors.set_documents(graph.graph.documents);
        for (index, edge) in graph.edges.into_iter().enumerate() {
            for end in [&edge.source, &edge.target] {
                if aggregator.actors.actor(end).is_none() {
                    return Err(format!("edge {index}: {end:?} is not a node"));
                }
            }
            if edge.evidence.iter().any(|s| s.event.is_none()) {
                return Err(format!("edge {index}: evidence without its event number"));
            }
            aggregator.add(edge.into_summary());
        }
        aggregator.events = graph.graph.events;
        Ok(aggregator)
    }
}

#[derive(Serialize)]
struct GraphOut<'a> {
    directed: bool,
    multigraph: bool,
    graph: AttributesOut,
    nodes: Vec<NodeOut<'a>>,
    edges: Vec<SummaryOut<'a>>,
}

#[derive(Serialize)]
struct AttributesOut {
    generator: &'static str,
    documents: usize,
    aggregate: &'static str,
    /// Samples kept per edge.
    evidence: usize,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    partial: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    events: Option<u64>,
}

#[derive(Serialize)]
struct NodeOut<'a> {
    #[serde(flatten)]
    actor: &'a Actor,
    weight: u64,
}

/// An aggregated edge as JSON; the view's aggregated edges are written with it too.
#[derive(Serialize)]
pub(crate) struct SummaryOut<'a> {
    source: &'a str,
    target: &'a str,
    key: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    relation: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cameo: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    category: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    quad_class: Option<QuadClass>,
    #[serde(skip_serializing_if = "Option::is_none")]
    goldstein: Option<f64>,
    negated: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    modality: Option<Modality>,
    weight: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    first_date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_date: Option<&'a str>,
    /// Partial graphs only: what an exact merge needs.
    #[serde(skip_serializing_if = "Option::is_none")]
    first_event: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    goldstein_milli: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    goldstein_count: Option<u64>,
    evidence: Vec<SampleOut<'a>>,
}

#[derive(Serialize)]
struct SampleOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    event: Option<u64>,
    doc: &'a str,
    sentence: usize,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
}

impl<'a> SummaryOut<'a> {
    pub(crate) fn new(edge: &'a EdgeSummary, key: usize, partial: bool) -> Self {
        SummaryOut {
            source: &edge.source,
            target: &edge.target,
            key,
            relation: edge.relation.get().map(String::as_str),
            cameo: edge.cameo.get().map(String::as_str),
            category: edge.category.get().map(String::as_str),
            quad_class: edge.quad_class.get().copied(),
            goldstein: edge.goldstein(),
            negated: edge.negated,
            modality: edge.modality.get().copied(),
            weight: edge.weight,
            first_date: edge.first_date.as_deref(),
            last_date: edge.last_date.as_deref(),
            first_event: partial.then_some(edge.first_event),
            goldstein_milli: partial.then_some(edge.goldstein_milli),
            goldstein_count: partial.then_some(edge.goldstein_count),
            evidence: edge
                .evidence
                .iter()
                .map(|s| SampleOut {
                    event: s.event.filter(|_| partial),
                    doc: &s.doc,
                    sentence: s.sentence,
                    text: &s.text,
                    date: s.date.as_deref(),
                })
                .collect(),
        }
    }
}

#[derive(Deserialize)]
struct GraphIn {
    graph: AttributesIn,
    nodes: Vec<Actor>,
    edges: Vec<SummaryIn>,
}

#[derive(Deserialize)]
struct AttributesIn {
    #[serde(default)]
    documents: usize,
    aggregate: String,
    evidence: usize,
    #[serde(default)]
    partial: bool,
    #[serde(default)]
    events: u64,
}

#[derive(Deserialize)]
struct SummaryIn {
    source: String,
    target: String,
    relation: Option<String>,
    cameo: Option<String>,
    category: Option<String>,
    quad_class: Option<QuadClass>,
    negated: bool,
    modality: Option<Modality>,
    weight: u64,
    first_date: Option<String>,
    last_date: Option<String>,
    first_event: u64,
    goldstein_milli: i64,
    goldstein_count: u64,
    evidence: Vec<Sample>,
}

impl SummaryIn {
    fn into_summary(self) -> EdgeSummary {
        EdgeSummary {
            source: self.source,
            target: self.target,
            relation: Common::of(self.relation),
            cameo: Common::of(self.cameo),
            category: Common::of(self.category),
            quad_class: Common::of(self.quad_class),
            modality: Common::of(self.modality),
            goldstein_milli: self.goldstein_milli,
            goldstein_count: self.goldstein_count,
            negated: self.negated,
            weight: self.weight,
            first_date: self.first_date,
            last_date: self.last_date,
            first_event: self.first_event,
            evidence: self.evidence,
        }
    }
}
