//! The interactive page: one self-contained HTML file that draws the graph.
//!
//! Everything the page needs is inside the file (style, script and data), so it
//! opens offline from `file://` and can be mailed or archived as one file. The
//! script is plain JavaScript written for this page (`html/graph.js`): a small
//! force-directed layout drawn in SVG, with pan, zoom, search, filters and an
//! evidence panel. It draws a [`View`], so roll-ups and filters given on the
//! command line shape the page as they shape every other export.
//!
//! Safety: the data sits in `<script type="application/json">`, where an HTML
//! parser ends the element at the first `</script` whatever the JSON means. So
//! every `<`, `>` and `&` in it is written as a JSON `\u` escape, and so are
//! U+2028/U+2029 (line terminators to older JavaScript parsers); the page script
//! then puts every string into the DOM with `textContent`, never as markup.

use std::collections::HashSet;

use serde::Serialize;

use crate::actors::Actor;
use crate::graph::ActorGraph;
use crate::relations::{Event, Statement};
use crate::view::{self, View, ViewOptions};

/// Beyond this many actors a force layout in the browser turns into a hairball
/// and gets slow, so the page shows the most connected ones and says so.
pub const MAX_PAGE_NODES: usize = 300;

const TEMPLATE: &str = include_str!("html/page.html");
const STYLE: &str = include_str!("html/style.css");
const SCRIPT: &str = include_str!("html/graph.js");

/// Renders the whole graph as a self-contained interactive HTML page.
pub fn to_html_bytes(graph: &ActorGraph) -> Vec<u8> {
    view_to_html_bytes(graph, &view::apply(graph, &ViewOptions::default()))
}

/// Renders a view (rolled up, filtered) as a self-contained interactive HTML page.
///
/// The page groups events per pair of actors itself and lists each event's
/// evidence, so the view's aggregation does not change what it shows.
pub fn view_to_html_bytes(graph: &ActorGraph, view: &View<'_>) -> Vec<u8> {
    let data = page_data(graph, view, MAX_PAGE_NODES);
    fill_template(
        TEMPLATE,
        &[
            ("{{style}}", STYLE),
            ("{{data}}", &escape_json_for_script(&data)),
            ("{{script}}", SCRIPT),
        ],
    )
    .into_bytes()
}

/// What the page script reads from `#geokg-data`.
#[derive(Serialize)]
struct PageData<'a> {
    generator: &'static str,
    documents: usize,
    /// Size of the view before the page kept only its most connected actors.
    total: Totals,
    max_nodes: usize,
    nodes: Vec<PageNode<'a>>,
    events: Vec<PageEvent<'a>>,
    statements: Vec<&'a Statement>,
}

#[derive(Serialize)]
struct Totals {
    nodes: usize,
    events: usize,
}

#[derive(Serialize)]
struct PageNode<'a> {
    #[serde(flatten)]
    actor: &'a Actor,
    /// Actors a roll-up folded into this node: the page names them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    members: Vec<&'a Actor>,
}

/// One event, drawn between the view's nodes `from` and `to`; after a roll-up
/// these differ from the event's own `source` and `target`.
#[derive(Serialize)]
struct PageEvent<'a> {
    from: &'a str,
    to: &'a str,
    #[serde(flatten)]
    event: &'a Event,
}

/// The page's JSON: the view's nodes (at most `max_nodes`, the most connected),
/// every event of the view between them, and the statements of their speakers.
fn page_data(graph: &ActorGraph, view: &View<'_>, max_nodes: usize) -> String {
    let shown = most_connected(view, max_nodes);
    let nodes: Vec<PageNode<'_>> = shown
        .iter()
        .map(|&ix| PageNode {
            actor: view.nodes[ix].actor,
            members: view.nodes[ix].members.clone(),
        })
        .collect();
    let node_ids: HashSet<&str> = nodes.iter().map(|n| n.actor.id.as_str()).collect();
    let speakers: HashSet<&str> = nodes
        .iter()
        .flat_map(|n| std::iter::once(n.actor).chain(n.members.iter().copied()))
        .map(|actor| actor.id.as_str())
        .collect();
    let events = view
        .edges
        .iter()
        .filter(|edge| node_ids.contains(edge.source) && node_ids.contains(edge.target))
        .flat_map(|edge| {
            edge.events.iter().map(move |&event| PageEvent {
                from: edge.source,
                to: edge.target,
                event,
            })
        })
        .collect();
    let data = PageData {
        generator: crate::GENERATOR,
        documents: view.documents,
        total: Totals {
            nodes: view.nodes.len(),
            events: view.edges.iter().map(|edge| edge.weight()).sum(),
        },
        max_nodes,
        nodes,
        events,
        statements: graph
            .statements()
            .iter()
            .filter(|statement| speakers.contains(statement.speaker.as_str()))
            .collect(),
    };
    // Plain structs of strings and numbers serialise into memory without
    // error; an empty object would still give a page that loads.
    serde_json::to_string(&data).unwrap_or_else(|_| "{}".to_string())
}

/// Indices into `view.nodes` of the `max_nodes` nodes with most events, in view order.
///
/// Ties go to the node that comes first, so the same view always gives the same
/// page. Once the view is cut, actors without events (speakers of statements
/// about nobody) are left out too: they would only fill rows under the drawing.
fn most_connected(view: &View<'_>, max_nodes: usize) -> Vec<usize> {
    let mut ranked: Vec<usize> = (0..view.nodes.len()).collect();
    if ranked.len() > max_nodes {
        ranked.retain(|&ix| view.nodes[ix].weight > 0);
        ranked.sort_by_key(|&ix| (std::cmp::Reverse(view.nodes[ix].weight), ix));
        ranked.truncate(max_nodes);
        ranked.sort_unstable();
    }
    ranked
}

/// Makes JSON text safe to place inside an HTML `<script>` element.
///
/// The characters replaced only ever occur inside JSON strings, where the
/// `\uXXXX` form means the same character, so the JSON parses to the same value.
pub fn escape_json_for_script(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + json.len() / 16);
    for ch in json.chars() {
        match ch {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            _ => out.push(ch),
        }
    }
    out
}

/// Replaces each marker, in order, at its first place in the template.
///
/// Only the template is searched, never the text already inserted, so a
/// marker-like string inside the data stays as it is.
fn fill_template(template: &str, parts: &[(&str, &str)]) -> String {
    let extra: usize = parts.iter().map(|(_, value)| value.len()).sum();
    let mut out = String::with_capacity(template.len() + extra);
    let mut rest = template;
    for (marker, value) in parts {
        if let Some((before, after)) = rest.split_once(marker) {
            out.push_str(before);
            out.push_str(value);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::{Actor, ActorKind};
    use crate::relations::{Event, Evidence, Modality, QuadClass};

    fn actor(id: &str) -> Actor {
        Actor {
            id: id.to_string(),
            label: id.to_string(),
            kind: ActorKind::Country,
            country: None,
            organization: None,
            role: None,
            sector: None,
            cameo: None,
            aliases: Vec::new(),
        }
    }

    fn event(source: &str, target: &str, text: &str) -> Event {
        Event {
            source: source.to_string(),
            target: target.to_string(),
            relation: "call on".to_string(),
            cameo: "020".to_string(),
            category: "appeal".to_string(),
            quad_class: QuadClass::VerbalCooperation,
            goldstein: None,
            plover: None,
            negated: false,
            modality: Modality::Asserted,
            quote: None,
            statement: None,
            evidence: Evidence {
                doc: "d".to_string(),
                sentence: 0,
                text: text.to_string(),
                span: [0, 1],
                trigger: "t".to_string(),
                source_text: source.to_string(),
                source_span: [0, 1],
                target_text: target.to_string(),
                target_span: [0, 1],
                date: None,
            },
        }
    }

    /// The text between the data element's opening tag and the next `</script`.
    fn embedded_data(page: &str) -> &str {
        let open = r#"<script type="application/json" id="geokg-data">"#;
        let start = page.find(open).expect("no data element") + open.len();
        let len = page[start..].find("</script").expect("data never closed");
        &page[start..start + len]
    }

    const HOSTILE: &str =
        "</script><script>alert(1)</script> & \"]; evil [label=\" \u{2028}\u{2029} <!-- {{script}}";

    #[test]
    fn hostile_text_cannot_close_the_data_element_and_round_trips() {
        let mut graph = ActorGraph::new();
        graph.add_actor(&actor(HOSTILE));
        graph.add_actor(&actor("B"));
        graph.add_event(event(HOSTILE, "B", HOSTILE));
        let page = String::from_utf8(to_html_bytes(&graph)).unwrap();

        let data = embedded_data(&page);
        for forbidden in ['<', '>', '&', '\u{2028}', '\u{2029}'] {
            assert!(
                !data.contains(forbidden),
                "{forbidden:?} left raw in the data"
            );
        }
        let value: serde_json::Value = serde_json::from_str(data).unwrap();
        assert_eq!(value["nodes"][0]["label"], HOSTILE);
        assert_eq!(value["events"][0]["text"], HOSTILE);
        // Exactly the page's two script elements: data and code.
        assert_eq!(page.matches("<script").count(), 2);
    }

    #[test]
    fn page_is_self_contained() {
        let mut graph = ActorGraph::new();
        graph.add_actor(&actor("A"));
        let page = String::from_utf8(to_html_bytes(&graph)).unwrap();
        assert!(page.starts_with("<!DOCTYPE html>"));
        for marker in ["{{style}}", "{{data}}", "{{script}}"] {
            assert!(!page.contains(marker), "{marker} not filled in");
        }
        for external in ["src=", "href=\"http", "@import", "url(http"] {
            assert!(!page.contains(external), "page loads something: {external}");
        }
    }

    #[test]
    fn large_graphs_keep_the_most_connected_actors() {
        let mut graph = ActorGraph::new();
        for id in ["hub", "a", "b", "c", "lonely", "alone"] {
            graph.add_actor(&actor(id));
        }
        for (s, t) in [("hub", "a"), ("b", "hub"), ("hub", "c"), ("a", "b")] {
            graph.add_event(event(s, t, "x"));
        }
        let view = view::apply(&graph, &ViewOptions::default());
        // hub has 3 events, a and b 2 each, c 1, lonely and alone none; view order is kept.
        assert_eq!(most_connected(&view, 3), [0, 1, 2]);
        assert_eq!(most_connected(&view, 9), [0, 1, 2, 3, 4, 5]);
        // A cut view leaves out actors without events, even with room to spare.
        assert_eq!(most_connected(&view, 5), [0, 1, 2, 3]);

        let data: serde_json::Value = serde_json::from_str(&page_data(&graph, &view, 3)).unwrap();
        assert_eq!(data["total"]["nodes"], 6);
        assert_eq!(data["total"]["events"], 4);
        let ids: Vec<&str> = data["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids, ["hub", "a", "b"]);
        // Only the events among the kept actors: hub→c is left out.
        assert_eq!(data["events"].as_array().unwrap().len(), 3);
    }

    #[test]
    fn rolled_up_events_are_drawn_between_the_view_nodes() {
        let mut graph = ActorGraph::new();
        graph.add_actor(&actor("LTU"));
        graph.add_actor(&actor("NATO"));
        let mut president = actor("person:nauseda");
        president.kind = ActorKind::Person;
        president.country = Some("LTU".to_string());
        graph.add_actor(&president);
        graph.add_event(event("person:nauseda", "NATO", "x"));
        let options = ViewOptions {
            rollup: view::Rollup::Country,
            ..ViewOptions::default()
        };
        let view = view::apply(&graph, &options);
        let data: serde_json::Value = serde_json::from_str(&page_data(&graph, &view, 9)).unwrap();
        let event = &data["events"][0];
        assert_eq!(
            (&event["from"], &event["to"]),
            (&"LTU".into(), &"NATO".into())
        );
        assert_eq!(event["source"], "person:nauseda");
        assert_eq!(data["nodes"][0]["members"][0]["id"], "person:nauseda");
    }

    #[test]
    fn template_markers_fill_in_order_without_rescanning_values() {
        let filled = fill_template("a{{x}}b{{y}}c", &[("{{x}}", "{{y}}"), ("{{y}}", "Y")]);
        assert_eq!(filled, "a{{y}}bYc");
    }
}
