//! Cytoscape.js JSON: `cy.add(json.elements)` or `cytoscape({elements})` loads it.
//!
//! Nodes and edges share one id space in Cytoscape, so edges are named
//! `edge:<n>` (no actor id has that shape). Aggregated edges carry `weight`
//! and the evidence list, ready for a style such as `width: mapData(weight, ...)`.

use serde::Serialize;

use crate::view::json::{EvidenceOut, NodeOut};
use crate::view::{View, ViewEdge};

/// Renders a view as Cytoscape.js JSON, ending with a newline.
pub fn to_cytoscape_bytes(view: &View<'_>) -> Vec<u8> {
    let document = Document {
        elements: Elements {
            nodes: view
                .nodes
                .iter()
                .map(NodeOut::new)
                .map(Element::of)
                .collect(),
            edges: view
                .edges
                .iter()
                .enumerate()
                .map(|(index, edge)| Element::of(EdgeData::new(index, edge, view)))
                .collect(),
        },
    };
    let mut bytes = serde_json::to_vec_pretty(&document).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

#[derive(Serialize)]
struct Document<'a> {
    elements: Elements<'a>,
}

#[derive(Serialize)]
struct Elements<'a> {
    nodes: Vec<Element<NodeOut<'a>>>,
    edges: Vec<Element<EdgeData<'a>>>,
}

#[derive(Serialize)]
struct Element<T> {
    data: T,
}

impl<T> Element<T> {
    fn of(data: T) -> Self {
        Element { data }
    }
}

#[derive(Serialize)]
struct EdgeData<'a> {
    id: String,
    source: &'a str,
    target: &'a str,
    label: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    relation: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cameo: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    category: Option<&'a str>,
    quad_class: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    goldstein: Option<f64>,
    negated: bool,
    weight: usize,
    evidence: Vec<EvidenceOut<'a>>,
}

impl<'a> EdgeData<'a> {
    fn new(index: usize, edge: &ViewEdge<'a>, view: &View<'a>) -> Self {
        EdgeData {
            id: format!("edge:{index}"),
            source: edge.source,
            target: edge.target,
            label: edge.label(view.aggregation),
            relation: edge.common(|e| e.relation.as_str()),
            cameo: edge.common(|e| e.cameo.as_str()),
            category: edge.common(|e| e.category.as_str()),
            quad_class: edge.quad_class().as_str(),
            goldstein: edge.goldstein(),
            negated: edge.negated(),
            weight: edge.weight(),
            evidence: edge.events.iter().map(|e| EvidenceOut::of(e)).collect(),
        }
    }
}
