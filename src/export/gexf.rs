//! GEXF 1.3, Gephi's own format: typed node and edge attributes, `viz`
//! colours and sizes in the visual language of the other pictures, and dates,
//! so Gephi's timeline plays the events in order.
//!
//! The graph is `mode="dynamic"` with `timeformat="date"`. An edge starts on
//! the date of its first event and ends on the date of its last (one date for
//! an unaggregated event); a node starts with its first dated event. Undated
//! edges and nodes carry no dates and are always shown. Parallel edges (one per
//! event, or one per relation) carry the relation or class as their `kind`, as
//! GEXF 1.3 asks of parallel edges.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::graphml::xml;
use super::style::{kind_look, quad_colour, rgb};
use crate::relations::Modality;
use crate::view::{View, ViewEdge};

/// (id, class, title, type) of every attribute, in the order they are declared.
const ATTRIBUTES: [(&str, &str, &str, &str); 17] = [
    ("kind", "node", "kind", "string"),
    ("country", "node", "country", "string"),
    ("organization", "node", "organization", "string"),
    ("role", "node", "role", "string"),
    ("sector", "node", "sector", "string"),
    ("weight", "node", "weight", "integer"),
    ("members", "node", "members", "string"),
    ("relation", "edge", "relation", "string"),
    ("cameo", "edge", "cameo", "string"),
    ("category", "edge", "category", "string"),
    ("quad_class", "edge", "quad_class", "string"),
    ("goldstein", "edge", "goldstein", "double"),
    ("negated", "edge", "negated", "boolean"),
    ("modality", "edge", "modality", "string"),
    ("doc", "edge", "doc", "string"),
    ("evidence", "edge", "evidence", "string"),
    ("events", "edge", "events", "integer"),
];

/// Renders a view as GEXF 1.3 (UTF-8, ending with a newline).
pub fn to_gexf_bytes(view: &View<'_>) -> Vec<u8> {
    let mut out = String::with_capacity(512 + 500 * (view.nodes.len() + view.edges.len()));
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" \
         version=\"1.3\">\n",
    );
    let _ = writeln!(
        out,
        "  <meta>\n    <creator>geokg {}</creator>\n    <description>{} documents</description>\n  </meta>",
        env!("CARGO_PKG_VERSION"),
        view.documents
    );
    out.push_str("  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n");
    for class in ["node", "edge"] {
        let _ = writeln!(out, "    <attributes class=\"{class}\">");
        for (id, _, title, kind) in ATTRIBUTES.iter().filter(|a| a.1 == class) {
            let _ = writeln!(
                out,
                "      <attribute id=\"{id}\" title=\"{title}\" type=\"{kind}\"/>"
            );
        }
        out.push_str("    </attributes>\n");
    }

    // A node appears with its first dated event.
    let mut first_date: HashMap<&str, &str> = HashMap::new();
    for edge in &view.edges {
        if let Some((start, _)) = date_range(edge) {
            for end in [edge.source, edge.target] {
                let entry = first_date.entry(end).or_insert(start);
                if start < *entry {
                    *entry = start;
                }
            }
        }
    }
    let max_weight = view
        .nodes
        .iter()
        .map(|n| n.weight)
        .max()
        .unwrap_or(0)
        .max(1);

    out.push_str("    <nodes>\n");
    for node in &view.nodes {
        let actor = node.actor;
        let _ = write!(
            out,
            "      <node id=\"{}\" label=\"{}\"",
            xml(&actor.id),
            xml(&actor.label)
        );
        if let Some(start) = first_date.get(actor.id.as_str()) {
            let _ = write!(out, " start=\"{start}\"");
        }
        out.push_str(">\n        <attvalues>\n");
        attvalue(&mut out, "kind", Some(actor.kind.as_str()));
        attvalue(&mut out, "country", actor.country.as_deref());
        attvalue(&mut out, "organization", actor.organization.as_deref());
        attvalue(&mut out, "role", actor.role.as_deref());
        attvalue(&mut out, "sector", actor.sector.as_deref());
        attvalue(&mut out, "weight", Some(&node.weight.to_string()));
        if !node.members.is_empty() {
            let members: Vec<&str> = node.members.iter().map(|m| m.id.as_str()).collect();
            attvalue(&mut out, "members", Some(&members.join(" ")));
        }
        out.push_str("        </attvalues>\n");
        let (r, g, b) = rgb(kind_look(actor.kind).fill);
        // Size grows with the square root of the events, 4 to 24.
        let size = 4.0 + 20.0 * (node.weight as f64 / max_weight as f64).sqrt();
        let _ = writeln!(
            out,
            "        <viz:color r=\"{r}\" g=\"{g}\" b=\"{b}\"/>\n        <viz:size value=\"{size:.1}\"/>\n      </node>"
        );
    }
    out.push_str("    </nodes>\n    <edges>\n");
    for (index, edge) in view.edges.iter().enumerate() {
        write_edge(&mut out, index, edge, view);
    }
    out.push_str("    </edges>\n  </graph>\n</gexf>\n");
    out.into_bytes()
}

fn write_edge(out: &mut String, index: usize, edge: &ViewEdge<'_>, view: &View<'_>) {
    let label = edge.label(view.aggregation);
    let _ = write!(
        out,
        "      <edge id=\"{index}\" source=\"{}\" target=\"{}\" label=\"{}\" kind=\"{}\" weight=\"{}\"",
        xml(edge.source),
        xml(edge.target),
        xml(label),
        xml(label),
        edge.weight()
    );
    if let Some((start, end)) = date_range(edge) {
        let _ = write!(out, " start=\"{start}\" end=\"{end}\"");
    }
    out.push_str(">\n        <attvalues>\n");
    attvalue(out, "relation", edge.common(|e| e.relation.as_str()));
    attvalue(out, "cameo", edge.common(|e| e.cameo.as_str()));
    attvalue(out, "category", edge.common(|e| e.category.as_str()));
    attvalue(out, "quad_class", Some(edge.quad_class().as_str()));
    if let Some(goldstein) = edge.goldstein() {
        attvalue(out, "goldstein", Some(&goldstein.to_string()));
    }
    attvalue(
        out,
        "negated",
        Some(if edge.negated() { "true" } else { "false" }),
    );
    attvalue(out, "modality", edge.modality().map(modality_name));
    attvalue(out, "doc", Some(&edge.first().evidence.doc));
    let sentences: Vec<&str> = edge
        .events
        .iter()
        .map(|e| e.evidence.text.as_str())
        .collect();
    attvalue(out, "evidence", Some(&sentences.join("\n")));
    attvalue(out, "events", Some(&edge.weight().to_string()));
    out.push_str("        </attvalues>\n");
    let (r, g, b) = rgb(quad_colour(edge.quad_class()));
    let _ = writeln!(
        out,
        "        <viz:color r=\"{r}\" g=\"{g}\" b=\"{b}\"/>\n      </edge>"
    );
}

/// The first and last date of an edge's dated events.
fn date_range<'g>(edge: &ViewEdge<'g>) -> Option<(&'g str, &'g str)> {
    let mut dates = edge
        .events
        .iter()
        .filter_map(|e| e.evidence.date.as_deref());
    let first = dates.next()?;
    let (start, end) = dates.fold((first, first), |(lo, hi), d| (lo.min(d), hi.max(d)));
    Some((start, end))
}

fn modality_name(modality: Modality) -> &'static str {
    match modality {
        Modality::Asserted => "asserted",
        Modality::Reported => "reported",
        Modality::Hypothetical => "hypothetical",
        Modality::Future => "future",
    }
}

fn attvalue(out: &mut String, id: &str, value: Option<&str>) {
    if let Some(value) = value {
        let _ = writeln!(
            out,
            "          <attvalue for=\"{id}\" value=\"{}\"/>",
            xml(value)
        );
    }
}
