//! GraphML with typed keys, for Gephi, yEd and `networkx.read_graphml`.
//!
//! Every attribute is declared once as a `<key>` with its type (`string`, `int`,
//! `double`, `boolean`), so tools read weights as numbers, not text. A value
//! that is absent is left out rather than written empty. Aggregated edges carry
//! their evidence sentences joined by newlines.

use std::fmt::Write as _;

use crate::actors::Actor;
use crate::view::{View, ViewEdge, ViewNode};

/// (id, for, name, type) of every key, in the order they are declared.
const KEYS: [(&str, &str, &str, &str); 19] = [
    ("n_label", "node", "label", "string"),
    ("n_kind", "node", "kind", "string"),
    ("n_country", "node", "country", "string"),
    ("n_organization", "node", "organization", "string"),
    ("n_role", "node", "role", "string"),
    ("n_sector", "node", "sector", "string"),
    ("n_weight", "node", "weight", "int"),
    ("n_members", "node", "members", "string"),
    ("e_label", "edge", "label", "string"),
    ("e_relation", "edge", "relation", "string"),
    ("e_cameo", "edge", "cameo", "string"),
    ("e_category", "edge", "category", "string"),
    ("e_quad_class", "edge", "quad_class", "string"),
    ("e_goldstein", "edge", "goldstein", "double"),
    ("e_negated", "edge", "negated", "boolean"),
    ("e_weight", "edge", "weight", "int"),
    ("e_doc", "edge", "doc", "string"),
    ("e_date", "edge", "date", "string"),
    ("e_evidence", "edge", "evidence", "string"),
];

/// Renders a view as GraphML (UTF-8, ending with a newline).
pub fn to_graphml_bytes(view: &View<'_>) -> Vec<u8> {
    let mut out = String::with_capacity(256 + 400 * (view.nodes.len() + view.edges.len()));
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for (id, domain, name, kind) in KEYS {
        let _ = writeln!(
            out,
            "  <key id=\"{id}\" for=\"{domain}\" attr.name=\"{name}\" attr.type=\"{kind}\"/>"
        );
    }
    out.push_str("  <graph id=\"geokg\" edgedefault=\"directed\">\n");
    for node in &view.nodes {
        write_node(&mut out, node);
    }
    for (index, edge) in view.edges.iter().enumerate() {
        write_edge(&mut out, index, edge, view);
    }
    out.push_str("  </graph>\n</graphml>\n");
    out.into_bytes()
}

fn write_node(out: &mut String, node: &ViewNode<'_>) {
    let actor: &Actor = node.actor;
    let _ = writeln!(out, "    <node id=\"{}\">", xml(&actor.id));
    data(out, "n_label", Some(&actor.label));
    data(out, "n_kind", Some(actor.kind.as_str()));
    data(out, "n_country", actor.country.as_deref());
    data(out, "n_organization", actor.organization.as_deref());
    data(out, "n_role", actor.role.as_deref());
    data(out, "n_sector", actor.sector.as_deref());
    data(out, "n_weight", Some(&node.weight.to_string()));
    if !node.members.is_empty() {
        let members: Vec<&str> = node.members.iter().map(|m| m.id.as_str()).collect();
        data(out, "n_members", Some(&members.join(" ")));
    }
    out.push_str("    </node>\n");
}

fn write_edge(out: &mut String, index: usize, edge: &ViewEdge<'_>, view: &View<'_>) {
    let _ = writeln!(
        out,
        "    <edge id=\"e{index}\" source=\"{}\" target=\"{}\">",
        xml(edge.source),
        xml(edge.target)
    );
    let first = edge.first();
    data(out, "e_label", Some(edge.label(view.aggregation)));
    data(out, "e_relation", edge.common(|e| e.relation.as_str()));
    data(out, "e_cameo", edge.common(|e| e.cameo.as_str()));
    data(out, "e_category", edge.common(|e| e.category.as_str()));
    data(out, "e_quad_class", Some(edge.quad_class().as_str()));
    if let Some(goldstein) = edge.goldstein() {
        data(out, "e_goldstein", Some(&goldstein.to_string()));
    }
    data(
        out,
        "e_negated",
        Some(if edge.negated() { "true" } else { "false" }),
    );
    data(out, "e_weight", Some(&edge.weight().to_string()));
    data(out, "e_doc", Some(&first.evidence.doc));
    data(out, "e_date", first.evidence.date.as_deref());
    let sentences: Vec<&str> = edge
        .events
        .iter()
        .map(|e| e.evidence.text.as_str())
        .collect();
    data(out, "e_evidence", Some(&sentences.join("\n")));
    out.push_str("    </edge>\n");
}

fn data(out: &mut String, key: &str, value: Option<&str>) {
    if let Some(value) = value {
        let _ = writeln!(out, "      <data key=\"{key}\">{}</data>", xml(value));
    }
}

/// Escapes text for XML content and attribute values.
///
/// quick-xml escapes the five markup characters; characters XML 1.0 forbids
/// outright (most C0 controls, U+FFFE, U+FFFF) are dropped first, since no
/// escape makes them legal and a parser would reject the whole file.
pub(crate) fn xml(text: &str) -> String {
    let allowed: String = text
        .chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
        })
        .collect();
    quick_xml::escape::escape(allowed.as_str()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escapes_markup_and_drops_forbidden_characters() {
        assert_eq!(
            xml("</script><script>alert(1)</script>"),
            "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(xml(r#""]; evil [label=""#), "&quot;]; evil [label=&quot;");
        assert_eq!(xml("a\u{7}b\u{0}\tc\u{FFFF}"), "ab\tc");
        assert_eq!(xml("AT&T 'x'"), "AT&amp;T &apos;x&apos;");
    }
}
