//! DOT for Graphviz (`dot -Tsvg graph.dot > graph.svg`), written with dot-writer.
//!
//! dot-writer escapes nothing and never quotes ids, so every id and label is
//! quoted and escaped here; it panics on write errors, so it only ever writes
//! into memory.

use std::collections::{HashMap, HashSet};

use dot_writer::{Attributes, DotWriter, Scope};

use crate::actors::{Actor, ActorKind};
use crate::graph::ActorGraph;
use crate::relations::{Event, Modality, QuadClass};

/// Ships with every Graphviz install, so rendering never warns about a missing font.
const FONT: &str = "Helvetica";

/// Renders the graph as DOT: same graph, same bytes.
///
/// People and government bodies are drawn in a cluster with their country, so
/// who belongs to whom is visible at a glance.
pub fn to_dot_bytes(graph: &ActorGraph) -> Vec<u8> {
    let members = country_members(graph);
    let mut clustered_countries = Vec::new();
    let mut bytes = Vec::new();
    {
        let mut writer = DotWriter::from(&mut bytes);
        writer.set_pretty_print(true);
        let mut digraph = writer.digraph();
        digraph
            .set("rankdir", "LR", false)
            .set("fontname", FONT, true)
            .set("overlap", "false", false)
            .set("splines", "true", false);
        digraph
            .node_attributes()
            .set_font(FONT)
            .set("style", "filled", true);
        digraph
            .edge_attributes()
            .set_font(FONT)
            .set("fontsize", "10", false);

        for actor in graph.actors() {
            if let Some(inside) = members.get(actor.id.as_str()) {
                clustered_countries.push(actor.id.as_str());
                let mut cluster = digraph.cluster();
                cluster
                    .set("style", "rounded,filled", true)
                    .set("color", "#BBBBBB", true)
                    .set("fillcolor", "#F7F7F7", true);
                write_node(&mut cluster, actor);
                for member in inside {
                    write_node(&mut cluster, member);
                }
            } else if !is_drawn_in_cluster(actor, &members) {
                write_node(&mut digraph, actor);
            }
        }
        for event in graph.events() {
            write_edge(&mut digraph, event);
        }
    }
    name_clusters(bytes, &clustered_countries)
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
/// `country` is a country node of the graph, in graph order.
fn country_members(graph: &ActorGraph) -> HashMap<&str, Vec<&Actor>> {
    let countries: HashSet<&str> = graph
        .actors()
        .filter(|actor| actor.kind == ActorKind::Country)
        .map(|actor| actor.id.as_str())
        .collect();
    let mut members: HashMap<&str, Vec<&Actor>> = HashMap::new();
    for actor in graph.actors() {
        if let Some(country) = member_of(actor) {
            if countries.contains(country) {
                members.entry(country).or_default().push(actor);
            }
        }
    }
    members
}

/// The country an actor is drawn beside, if it is the kind that belongs to one.
fn member_of(actor: &Actor) -> Option<&str> {
    match actor.kind {
        ActorKind::Person | ActorKind::Government => actor.country.as_deref(),
        ActorKind::Country | ActorKind::Organization | ActorKind::Group => None,
    }
}

fn is_drawn_in_cluster(actor: &Actor, members: &HashMap<&str, Vec<&Actor>>) -> bool {
    member_of(actor).is_some_and(|country| members.contains_key(country))
}

fn write_node(scope: &mut Scope<'_, '_>, actor: &Actor) {
    let (shape, fill) = node_look(actor.kind);
    scope
        .node_named(quoted_id(&actor.id))
        .set("label", &escape(&node_label(actor)), true)
        .set("shape", shape, false)
        .set("fillcolor", fill, true);
}

/// Shape and fill per kind: tints of the Okabe–Ito palette (colour-blind safe,
/// black text stays legible), and a distinct shape so colour is never the only cue.
fn node_look(kind: ActorKind) -> (&'static str, &'static str) {
    match kind {
        ActorKind::Country => ("box", "#ABDAF4"),
        ActorKind::Organization => ("hexagon", "#F8F1A1"),
        ActorKind::Government => ("house", "#80CFB9"),
        ActorKind::Person => ("ellipse", "#F3CF80"),
        ActorKind::Group => ("octagon", "#E6BCD3"),
    }
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

fn write_edge(scope: &mut Scope<'_, '_>, event: &Event) {
    let mut attributes = scope
        .edge(quoted_id(&event.source), quoted_id(&event.target))
        .attributes();
    attributes
        .set("label", &escape(&event.relation), true)
        .set("color", edge_colour(event.quad_class), true)
        .set("tooltip", &escape(&event.evidence.text), true);
    if let Some(style) = edge_style(event) {
        attributes.set("style", style, true);
    }
}

/// Okabe–Ito hues: blues and greens for cooperation, orange and vermillion for conflict.
fn edge_colour(quad_class: QuadClass) -> &'static str {
    match quad_class {
        QuadClass::VerbalCooperation => "#0072B2",
        QuadClass::MaterialCooperation => "#009E73",
        QuadClass::VerbalConflict => "#E69F00",
        QuadClass::MaterialConflict => "#D55E00",
    }
}

/// Dashed: the text says it did not happen (this wins over dotted).
/// Dotted: it might or will happen. Solid: it happened, as stated or reported.
fn edge_style(event: &Event) -> Option<&'static str> {
    if event.negated {
        return Some("dashed");
    }
    match event.modality {
        Modality::Hypothetical | Modality::Future => Some("dotted"),
        Modality::Asserted | Modality::Reported => None,
    }
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
