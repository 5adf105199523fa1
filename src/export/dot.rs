//! DOT for Graphviz (`dot -Tsvg graph.dot > graph.svg`) of a view, written with dot-writer.
//!
//! dot-writer escapes nothing and never quotes ids, so every id and label is
//! quoted and escaped here; it panics on write errors, so it only ever writes
//! into memory.

use std::collections::{HashMap, HashSet};

use dot_writer::{Attributes, DotWriter, Scope};

use crate::actors::{Actor, ActorKind};
use crate::graph::ActorGraph;
use crate::relations::{Event, Modality, QuadClass};
use crate::view::{self, Aggregation, View, ViewEdge, ViewNode, ViewOptions};

/// Ships with every Graphviz install, so rendering never warns about a missing font.
const FONT: &str = "Helvetica";

/// Renders the whole graph as DOT, one edge per event: same graph, same bytes.
pub fn to_dot_bytes(graph: &ActorGraph) -> Vec<u8> {
    view_to_dot_bytes(&view::apply(graph, &ViewOptions::default()))
}

/// Above this many nodes or edges `dot`'s ranked layout turns into a long
/// smear (and takes seconds), and the force-directed `sfdp` (with
/// `overlap=prism` to push nodes apart) reads better.
pub const LARGE_GRAPH_NODES: usize = 40;
pub const LARGE_GRAPH_EDGES: usize = 100;

/// How a picture of a given size is drawn.
#[derive(Clone, Copy)]
struct Layout {
    /// sfdp, no clusters, no edge labels (they stay in the tooltips), and
    /// node text sized by weight so the main actors stand out.
    large: bool,
    /// The heaviest node weight, for scaling node text.
    max_weight: usize,
}

/// Renders a view as DOT.
///
/// People and government bodies are drawn in a cluster with their country, so
/// who belongs to whom is visible at a glance (after a roll-up they are inside
/// the country's node instead, listed in its tooltip). Edges are as thick as
/// the square root of their weight, so one heavy edge does not swamp the picture.
pub fn view_to_dot_bytes(view: &View<'_>) -> Vec<u8> {
    let large = view.nodes.len() > LARGE_GRAPH_NODES || view.edges.len() > LARGE_GRAPH_EDGES;
    let layout = Layout {
        large,
        max_weight: view.nodes.iter().map(|n| n.weight).max().unwrap_or(0),
    };
    let members = if large {
        // sfdp has no clusters; the legend and colours carry the grouping.
        HashMap::new()
    } else {
        country_members(view)
    };
    let mut clustered_countries = Vec::new();
    let mut bytes = Vec::new();
    {
        let mut writer = DotWriter::from(&mut bytes);
        writer.set_pretty_print(true);
        let mut digraph = writer.digraph();
        digraph.set("fontname", FONT, true);
        if large {
            digraph
                .set("layout", "sfdp", false)
                .set("overlap", "prism", false)
                .set("outputorder", "edgesfirst", false)
                .set("splines", "false", false)
                .set("K", "1.2", false);
        } else {
            digraph
                .set("rankdir", "LR", false)
                .set("overlap", "false", false)
                .set("splines", "true", false);
        }
        if let Some(legend) = legend(view) {
            digraph
                .set("labelloc", "b", false)
                .set("labeljust", "l", false)
                .set("label", &legend, false);
        }
        digraph
            .node_attributes()
            .set_font(FONT)
            .set("style", "filled", true);
        digraph
            .edge_attributes()
            .set_font(FONT)
            .set("fontsize", "10", false);

        for node in &view.nodes {
            let actor = node.actor;
            if let Some(inside) = members.get(actor.id.as_str()) {
                clustered_countries.push(actor.id.as_str());
                let mut cluster = digraph.cluster();
                // A cluster inherits the graph's label, which is the legend.
                cluster
                    .set("label", "", true)
                    .set("style", "rounded,filled", true)
                    .set("color", "#BBBBBB", true)
                    .set("fillcolor", "#F7F7F7", true);
                write_node(&mut cluster, node, layout);
                for member in inside {
                    write_node(&mut cluster, member, layout);
                }
            } else if !is_drawn_in_cluster(actor, &members) {
                write_node(&mut digraph, node, layout);
            }
        }
        for edge in &view.edges {
            write_edge(&mut digraph, edge, view.aggregation, layout);
        }
    }
    name_clusters(bytes, &clustered_countries)
}

/// The legend as an HTML-like graph label: only the kinds and quad classes the
/// picture shows. It is a label, not nodes, so it never joins the layout.
/// Every string in it is a constant of this file: nothing from the text.
fn legend(view: &View<'_>) -> Option<String> {
    if view.nodes.is_empty() {
        return None;
    }
    let mut kinds: Vec<ActorKind> = view.nodes.iter().map(|n| n.actor.kind).collect();
    kinds.sort();
    kinds.dedup();
    let mut quads: Vec<QuadClass> = view.edges.iter().map(|e| e.quad_class()).collect();
    quads.sort();
    quads.dedup();
    let mut rows = String::new();
    for kind in kinds {
        let (shape, fill) = node_look(kind);
        rows.push_str(&format!(
            "<TR><TD BGCOLOR=\"{fill}\">{}</TD><TD ALIGN=\"LEFT\">{shape}</TD></TR>",
            kind.as_str()
        ));
    }
    for quad in quads {
        rows.push_str(&format!(
            "<TR><TD><FONT COLOR=\"{}\"><B>&#8212;&#8212;&#8212;</B></FONT></TD><TD ALIGN=\"LEFT\">{}</TD></TR>",
            edge_colour(quad),
            quad.as_str().replace('_', " ")
        ));
    }
    if !view.edges.is_empty() {
        rows.push_str(
            "<TR><TD>- - -</TD><TD ALIGN=\"LEFT\">denied</TD></TR>\
             <TR><TD>&#183; &#183; &#183;</TD><TD ALIGN=\"LEFT\">possible or future</TD></TR>",
        );
        if view.aggregation != Aggregation::None {
            rows.push_str(
                "<TR><TD>&#215;N</TD><TD ALIGN=\"LEFT\">N events (thicker: more)</TD></TR>",
            );
        }
    }
    if let Some(note) = &view.note {
        let lines: Vec<String> = note
            .split("; ")
            .map(|line| quick_xml::escape::escape(line).into_owned())
            .collect();
        rows.push_str(&format!(
            "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">{}<BR ALIGN=\"LEFT\"/></TD></TR>",
            lines.join("<BR ALIGN=\"LEFT\"/>")
        ));
    }
    Some(format!(
        "<<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\"><TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>{rows}</TABLE>>"
    ))
}

/// Quotes and escapes a string for use as a DOT id or attribute value.
///
/// Graphviz reads `\\` as a backslash and `\n` as a line break in labels; a tab
/// becomes a space so words stay apart; any other control character is dropped,
/// as it would end up in the SVG as an invalid XML character.
/// `&` becomes `&amp;` because Graphviz decodes HTML entities in labels, and
/// "AT&amp;T" in the text should be drawn as written.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '&' => out.push_str("&amp;"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn quoted_id(id: &str) -> String {
    format!("\"{}\"", escape(id))
}

/// Members of each country that has any: people and government bodies whose
/// `country` is a country node of the view, in view order.
fn country_members<'v, 'g>(view: &'v View<'g>) -> HashMap<&'g str, Vec<&'v ViewNode<'g>>> {
    let countries: HashSet<&str> = view
        .nodes
        .iter()
        .filter(|node| node.actor.kind == ActorKind::Country)
        .map(|node| node.actor.id.as_str())
        .collect();
    let mut members: HashMap<&str, Vec<&ViewNode<'_>>> = HashMap::new();
    for node in &view.nodes {
        if let Some(country) = member_of(node.actor) {
            if let Some(&country) = countries.get(country) {
                members.entry(country).or_default().push(node);
            }
        }
    }
    members
}

/// The country an actor is drawn beside, if it is the kind that belongs to one.
fn member_of(actor: &Actor) -> Option<&str> {
    match actor.kind {
        ActorKind::Person | ActorKind::Government | ActorKind::Source => actor.country.as_deref(),
        ActorKind::Country | ActorKind::Organization | ActorKind::Group => None,
    }
}

fn is_drawn_in_cluster(actor: &Actor, members: &HashMap<&str, Vec<&ViewNode<'_>>>) -> bool {
    member_of(actor).is_some_and(|country| members.contains_key(country))
}

fn write_node(scope: &mut Scope<'_, '_>, node: &ViewNode<'_>, layout: Layout) {
    let actor = node.actor;
    let (shape, fill) = node_look(actor.kind);
    let mut label = node_label(actor);
    let mut attributes = scope.node_named(quoted_id(&actor.id));
    if !node.members.is_empty() {
        label.push_str(&format!("\n+{} folded in", node.members.len()));
        let names: Vec<&str> = node.members.iter().map(|m| m.label.as_str()).collect();
        attributes.set("tooltip", &escape(&names.join("\n")), true);
    }
    if layout.large && layout.max_weight > 0 {
        // 10pt for the lightest, 28pt for the heaviest, by square root.
        let share = (node.weight as f64 / layout.max_weight as f64).sqrt();
        attributes.set("fontsize", &format!("{:.0}", 10.0 + 18.0 * share), false);
    }
    attributes
        .set("label", &escape(&label), true)
        .set("shape", shape, false)
        .set("fillcolor", fill, true);
}

/// Shape and fill per kind, as in every drawn format (see [`super::style`]).
fn node_look(kind: ActorKind) -> (&'static str, &'static str) {
    let look = super::style::kind_look(kind);
    (look.dot_shape, look.fill)
}

/// A person's label says who they are: "Gitanas Nauseda" over "President, LTU".
fn node_label(actor: &Actor) -> String {
    if actor.kind != ActorKind::Person {
        return actor.label.clone();
    }
    let affiliation = actor.country.as_deref().or(actor.organization.as_deref());
    let details: Vec<&str> = [actor.role.as_deref(), affiliation]
        .into_iter()
        .flatten()
        .collect();
    if details.is_empty() {
        actor.label.clone()
    } else {
        format!("{}\n{}", actor.label, details.join(", "))
    }
}

fn write_edge(
    scope: &mut Scope<'_, '_>,
    edge: &ViewEdge<'_>,
    aggregation: Aggregation,
    layout: Layout,
) {
    let weight = edge.weight();
    let mut label = edge.label(aggregation).replace('_', " ");
    if weight > 1 {
        label.push_str(&format!(" ×{weight}"));
    }
    let mut attributes = scope
        .edge(quoted_id(edge.source), quoted_id(edge.target))
        .attributes();
    if layout.large {
        // sfdp places labels at the middle of straight edges: small and grey
        // enough not to hide the nodes, so the picture still says what happened.
        attributes
            .set("label", &escape(&label), true)
            .set("fontsize", "8", false)
            .set("fontcolor", "#555555", true);
    } else {
        attributes.set("label", &escape(&label), true);
    }
    attributes
        .set("color", edge_colour(edge.quad_class()), true)
        .set("tooltip", &escape(&edge_tooltip(edge)), true);
    if weight > 1 {
        attributes.set("penwidth", &pen_width(weight), false);
    }
    if let Some(style) = edge_style(edge) {
        attributes.set("style", style, true);
    }
}

/// Up to this many evidence sentences go into an edge's tooltip.
const TOOLTIP_SENTENCES: usize = 5;

/// The evidence sentences, one per line, and how many more there are.
fn edge_tooltip(edge: &ViewEdge<'_>) -> String {
    let mut lines: Vec<&str> = Vec::new();
    for event in &edge.events {
        if lines.len() == TOOLTIP_SENTENCES {
            break;
        }
        if !lines.contains(&event.evidence.text.as_str()) {
            lines.push(&event.evidence.text);
        }
    }
    let mut tooltip = lines.join("\n");
    let shown = edge.events.len().min(TOOLTIP_SENTENCES);
    if edge.events.len() > shown {
        tooltip.push_str(&format!("\n… and {} more", edge.events.len() - shown));
    }
    tooltip
}

/// 1 for one event, growing with the square root, at most 8.
fn pen_width(weight: usize) -> String {
    format!("{:.1}", (weight as f64).sqrt().min(8.0))
}

/// The quad class's colour, as in every drawn format (see [`super::style`]).
fn edge_colour(quad_class: QuadClass) -> &'static str {
    super::style::quad_colour(quad_class)
}

/// Dashed: the text says it did not happen (this wins over dotted).
/// Dotted: it might or will happen. Solid: it happened, as stated or reported.
/// An aggregated edge is dashed or dotted only when all its events are.
fn edge_style(edge: &ViewEdge<'_>) -> Option<&'static str> {
    if edge.negated() {
        return Some("dashed");
    }
    let possible =
        |event: &&Event| matches!(event.modality, Modality::Hypothetical | Modality::Future);
    edge.events.iter().all(possible).then_some("dotted")
}

/// Renames dot-writer's clusters from `cluster_0`, `cluster_1`, … (creation
/// order) to `"cluster_<ISO>"`, so a country's cluster keeps its name in the SVG
/// however the graph around it changes.
///
/// Only a line that *starts* with `subgraph cluster_` is touched, and dot-writer
/// alone can write one: every node and edge line starts with a quoted id, and
/// escaped strings never contain a raw newline.
fn name_clusters(dot: Vec<u8>, countries: &[&str]) -> Vec<u8> {
    if countries.is_empty() {
        return dot;
    }
    let text = match String::from_utf8(dot) {
        Ok(text) => text,
        Err(not_utf8) => return not_utf8.into_bytes(),
    };
    let mut out = String::with_capacity(text.len() + 8 * countries.len());
    for line in text.split_inclusive('\n') {
        let body = line.trim_start_matches(' ');
        let country = body
            .strip_prefix("subgraph cluster_")
            .and_then(|rest| rest.strip_suffix(" {\n"))
            .and_then(|number| number.parse::<usize>().ok())
            .and_then(|index| countries.get(index));
        match country {
            Some(country) => {
                out.push_str(&line[..line.len() - body.len()]);
                out.push_str("subgraph ");
                out.push_str(&quoted_id(&format!("cluster_{country}")));
                out.push_str(" {\n");
            }
            None => out.push_str(line),
        }
    }
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_handles_quotes_backslashes_newlines_and_controls() {
        assert_eq!(escape(r#""]; evil [label=""#), r#"\"]; evil [label=\""#);
        assert_eq!(escape("trailing\\"), "trailing\\\\");
        assert_eq!(escape("two\nlines\r"), "two\\nlines");
        assert_eq!(escape("tab\there\u{7}\u{9b}\u{0}"), "tab here");
        assert_eq!(escape("AT&T"), "AT&amp;T");
        assert_eq!(escape("Nausėda 🇱🇹 </script>"), "Nausėda 🇱🇹 </script>");
    }

    #[test]
    fn person_label_adds_role_and_country() {
        let mut person = Actor {
            id: "person:gitanas-nauseda".to_string(),
            label: "Gitanas Nauseda".to_string(),
            kind: ActorKind::Person,
            country: Some("LTU".to_string()),
            organization: None,
            role: Some("President".to_string()),
            sector: None,
            cameo: None,
            aliases: Vec::new(),
        };
        assert_eq!(node_label(&person), "Gitanas Nauseda\nPresident, LTU");
        person.role = None;
        assert_eq!(node_label(&person), "Gitanas Nauseda\nLTU");
        person.country = None;
        person.organization = Some("NATO".to_string());
        assert_eq!(node_label(&person), "Gitanas Nauseda\nNATO");
        person.organization = None;
        assert_eq!(node_label(&person), "Gitanas Nauseda");
    }

    #[test]
    fn name_clusters_renames_only_cluster_header_lines() {
        let dot = "digraph {\n  subgraph cluster_0 {\n    \"subgraph cluster_1 {\";\n  }\n  subgraph cluster_1 {\n  }\n}\n";
        let named = name_clusters(dot.as_bytes().to_vec(), &["LTU", "R\"US"]);
        assert_eq!(
            String::from_utf8(named).unwrap(),
            "digraph {\n  subgraph \"cluster_LTU\" {\n    \"subgraph cluster_1 {\";\n  }\n  subgraph \"cluster_R\\\"US\" {\n  }\n}\n"
        );
    }
}
