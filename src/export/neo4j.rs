//! CSV files for `neo4j-admin database import full`.
//!
//! The header grammar is Neo4j's import format: `name:type` columns (`int`,
//! `double`, `boolean`, `string[]` arrays split on `;`), `:ID` for the node key,
//! `:LABEL` for `;`-separated labels, and `:START_ID`, `:END_ID`, `:TYPE` for
//! relationships. An empty field is a missing property. Relationship types are
//! the edge label in upper snake case (`CALL_ON`, `VERBAL_CONFLICT`), as Cypher
//! style has it. Multi-line text would need `--multiline-fields`, so line breaks
//! inside a sentence become spaces.

use crate::view::{View, ViewEdge, ViewNode};

pub const NODES_FILE: &str = "nodes.csv";
pub const RELATIONSHIPS_FILE: &str = "relationships.csv";

const NODE_HEADER: [&str; 10] = [
    "id:ID",
    "label",
    "kind",
    "country",
    "organization",
    "role",
    "sector",
    "weight:int",
    "members:string[]",
    ":LABEL",
];

const RELATIONSHIP_HEADER: [&str; 15] = [
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "relation",
    "cameo",
    "category",
    "quad_class",
    "goldstein:double",
    "negated:boolean",
    "modality",
    "weight:int",
    "doc",
    "sentence:int",
    "date",
    "text",
];

/// `nodes.csv` and `relationships.csv` of a view.
pub fn to_csv_files(view: &View<'_>) -> Vec<(&'static str, Vec<u8>)> {
    vec![
        (NODES_FILE, nodes_csv(view)),
        (RELATIONSHIPS_FILE, relationships_csv(view)),
    ]
}

fn nodes_csv(view: &View<'_>) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut ok = writer.write_record(NODE_HEADER).is_ok();
    for node in &view.nodes {
        ok &= writer.write_record(node_row(node)).is_ok();
    }
    finish(writer, ok)
}

fn node_row(node: &ViewNode<'_>) -> [String; 10] {
    let actor = node.actor;
    let optional = |value: &Option<String>| one_line(value.as_deref().unwrap_or(""));
    let members: Vec<String> = node.members.iter().map(|m| array_item(&m.id)).collect();
    [
        one_line(&actor.id),
        one_line(&actor.label),
        actor.kind.as_str().to_string(),
        optional(&actor.country),
        optional(&actor.organization),
        optional(&actor.role),
        optional(&actor.sector),
        node.weight.to_string(),
        members.join(";"),
        format!("Actor;{}", capitalised(actor.kind.as_str())),
    ]
}

fn relationships_csv(view: &View<'_>) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut ok = writer.write_record(RELATIONSHIP_HEADER).is_ok();
    for edge in &view.edges {
        ok &= writer.write_record(relationship_row(edge, view)).is_ok();
    }
    finish(writer, ok)
}

fn relationship_row(edge: &ViewEdge<'_>, view: &View<'_>) -> [String; 15] {
    let first = edge.first();
    let text = |value: Option<&str>| one_line(value.unwrap_or(""));
    [
        one_line(edge.source),
        one_line(edge.target),
        relationship_type(edge.label(view.aggregation)),
        text(edge.common(|e| e.relation.as_str())),
        text(edge.common(|e| e.cameo.as_str())),
        text(edge.common(|e| e.category.as_str())),
        edge.quad_class().as_str().to_string(),
        edge.goldstein().map(|g| g.to_string()).unwrap_or_default(),
        edge.negated().to_string(),
        edge.modality()
            .map(|m| format!("{m:?}").to_lowercase())
            .unwrap_or_default(),
        edge.weight().to_string(),
        one_line(&first.evidence.doc),
        first.evidence.sentence.to_string(),
        text(first.evidence.date.as_deref()),
        one_line(&first.evidence.text),
    ]
}

/// The csv crate writes into memory, which cannot fail; an error still yields
/// nothing rather than half a file.
fn finish(writer: csv::Writer<Vec<u8>>, ok: bool) -> Vec<u8> {
    match writer.into_inner() {
        Ok(bytes) if ok => bytes,
        _ => Vec::new(),
    }
}

/// `call on` → `CALL_ON`: letters and digits kept, anything else an underscore.
fn relationship_type(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    for c in label.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_uppercase());
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    let out = out.trim_matches('_').to_string();
    if out.is_empty() {
        "RELATED_TO".to_string()
    } else {
        out
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Line breaks become spaces: the import reads one record per line by default.
fn one_line(text: &str) -> String {
    text.replace(['\r', '\n'], " ")
}

/// An item of a `string[]` column cannot contain the array delimiter.
fn array_item(text: &str) -> String {
    one_line(text).replace(';', ",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relationship_types_are_upper_snake_case() {
        assert_eq!(relationship_type("call on"), "CALL_ON");
        assert_eq!(relationship_type("verbal_conflict"), "VERBAL_CONFLICT");
        assert_eq!(relationship_type("\"]; evil"), "EVIL");
        assert_eq!(relationship_type("—"), "RELATED_TO");
    }
}
