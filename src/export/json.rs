//! Node-link JSON: the public graph format.
//!
//! The layout is networkx's node-link format (`networkx.node_link_graph(data,
//! edges="edges")` loads it), with geokg's own actor and event fields as node and
//! edge attributes. Other tools depend on it, so field names and order are part of
//! the interface and the output is byte-deterministic.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::actors::Actor;
use crate::graph::ActorGraph;
use crate::relations::{Event, Evidence, Modality, QuadClass, Statement};

/// Why bytes could not be read as a geokg graph.
#[derive(Debug, thiserror::Error)]
pub enum JsonError {
    /// Not JSON at all, or JSON cut short.
    #[error("not JSON")]
    Syntax {
        line: usize,
        column: usize,
        #[source]
        source: serde_json::Error,
    },
    /// JSON, but the top level is not a node-link graph (no `nodes` list, …).
    #[error("not a node-link graph")]
    Layout {
        line: usize,
        column: usize,
        #[source]
        source: serde_json::Error,
    },
    #[error("node {index}")]
    Node {
        index: usize,
        #[source]
        source: serde_json::Error,
    },
    #[error("node {index}: id {id:?} is already used by node {first}")]
    DuplicateNode {
        index: usize,
        first: usize,
        id: String,
    },
    #[error("edge {index}")]
    Edge {
        index: usize,
        #[source]
        source: serde_json::Error,
    },
    #[error("statement {index}")]
    Statement {
        index: usize,
        #[source]
        source: serde_json::Error,
    },
    #[error("edge {index}: {end} {id:?} is not a node")]
    UnknownEndpoint {
        index: usize,
        end: &'static str,
        id: String,
    },
    /// Well-formed, but a value no geokg graph can hold (a statement by no
    /// node, a date `2021-13-45`, `goldstein: 1e308`, `"directed": false`).
    #[error("{item}: {message}")]
    Invalid { item: String, message: String },
}

/// Writes the graph as [`to_json_bytes`] gives it, as it goes: a large graph's
/// JSON never has to be held in memory whole.
pub fn write_json(graph: &ActorGraph, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    use std::io::Write;
    let document = NodeLinkOut {
        directed: true,
        multigraph: true,
        graph: GraphAttributes {
            generator: crate::GENERATOR,
            documents: graph.documents(),
            partial: graph.is_partial(),
        },
        nodes: graph.actors().collect(),
        edges: keyed_edges(graph),
        statements: graph.statements(),
    };
    // serde_json writes a few bytes at a time: into a buffer of known type
    // (inlined copies), not through `dyn Write` call by call.
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, out);
    write_pretty(&mut buffered, &document)?;
    buffered.write_all(b"\n")?;
    buffered.flush()
}

/// Serialises a graph as pretty-printed node-link JSON, ending with a newline.
pub fn to_json_bytes(graph: &ActorGraph) -> Vec<u8> {
    let document = NodeLinkOut {
        directed: true,
        multigraph: true,
        graph: GraphAttributes {
            generator: crate::GENERATOR,
            documents: graph.documents(),
            partial: graph.is_partial(),
        },
        nodes: graph.actors().collect(),
        edges: keyed_edges(graph),
        statements: graph.statements(),
    };
    let mut bytes = Vec::new();
    // Serialising plain structs of strings, numbers and enums into memory
    // cannot fail; falling back to an empty buffer keeps this function total.
    if write_pretty(&mut bytes, &document).is_err() {
        bytes.clear();
    }
    bytes.push(b'\n');
    bytes
}

/// Writes `value` as `serde_json::to_writer_pretty` does (two spaces an indent),
/// byte for byte, through [`Pretty`].
fn write_pretty<W: std::io::Write, T: Serialize + ?Sized>(
    out: &mut W,
    value: &T,
) -> Result<(), serde_json::Error> {
    let mut serializer = serde_json::Serializer::with_formatter(out, Pretty::default());
    value.serialize(&mut serializer)
}

/// The most indentation [`Pretty`] writes in one piece; deeper levels (which
/// geokg's graphs never reach) are written in more.
const INDENT_PIECE: usize = 32;

/// A comma, a line break and [`INDENT_PIECE`] levels of two spaces: what opens
/// every line of pretty JSON, cut to length.
static LINE_START: [u8; 2 + 2 * INDENT_PIECE] = {
    let mut bytes = [b' '; 2 + 2 * INDENT_PIECE];
    bytes[0] = b',';
    bytes[1] = b'\n';
    bytes
};

/// serde_json's `PrettyFormatter` with two spaces an indent, writing each
/// line's break and indentation at once instead of an indent at a time: a graph's
/// JSON is half a million short lines ("      \"sentence\": 8,"), and writing them
/// was a tenth of `geokg extract`. The output is the same, byte for byte.
#[derive(Default)]
struct Pretty {
    current_indent: usize,
    has_value: bool,
}

impl Pretty {
    /// A line break (after a comma unless `first`) and the current indentation.
    fn new_line<W: ?Sized + std::io::Write>(
        &self,
        writer: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        let from = usize::from(first);
        let levels = self.current_indent.min(INDENT_PIECE);
        writer.write_all(&LINE_START[from..2 + 2 * levels])?;
        for _ in levels..self.current_indent {
            writer.write_all(b"  ")?;
        }
        Ok(())
    }

    /// An array or object opens: one level deeper, nothing in it yet.
    #[inline]
    fn open<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        bracket: &[u8],
    ) -> std::io::Result<()> {
        self.current_indent += 1;
        self.has_value = false;
        writer.write_all(bracket)
    }

    /// An array or object closes, on a line of its own unless it is empty.
    #[inline]
    fn close<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        bracket: &[u8],
    ) -> std::io::Result<()> {
        self.current_indent -= 1;
        if self.has_value {
            self.new_line(writer, true)?;
        }
        writer.write_all(bracket)
    }
}

impl serde_json::ser::Formatter for Pretty {
    #[inline]
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.open(writer, b"[")
    }

    #[inline]
    fn end_array<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.close(writer, b"]")
    }

    #[inline]
    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.new_line(writer, first)
    }

    #[inline]
    fn end_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        _writer: &mut W,
    ) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    #[inline]
    fn begin_object<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.open(writer, b"{")
    }

    #[inline]
    fn end_object<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.close(writer, b"}")
    }

    #[inline]
    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.new_line(writer, first)
    }

    #[inline]
    fn begin_object_value<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
    ) -> std::io::Result<()> {
        writer.write_all(b": ")
    }

    #[inline]
    fn end_object_value<W: ?Sized + std::io::Write>(
        &mut self,
        _writer: &mut W,
    ) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// Reads node-link JSON back into a graph.
///
/// Unknown fields are ignored so that files from newer versions still load;
/// `key` is recomputed from edge order rather than trusted; `directed` and
/// `multigraph` are ignored because a geokg graph is always both.
pub fn from_json_slice(bytes: &[u8]) -> Result<ActorGraph, JsonError> {
    // The typed parse is several times faster; only when it fails is the file
    // read again value by value, to say which node or edge is wrong.
    match serde_json::from_slice::<TypedNodeLinkIn>(bytes) {
        Ok(document) => {
            check_kind(document.directed, document.multigraph)?;
            document.into_graph()
        }
        // The slow path reads nodes and edges through `Value`, where a repeated
        // key silently keeps its last value: refuse it here.
        Err(source) if source.to_string().starts_with("duplicate field") => {
            Err(JsonError::Layout {
                line: source.line(),
                column: source.column(),
                source,
            })
        }
        Err(_) => from_json_values(bytes),
    }
}

/// geokg graphs are directed multigraphs; a reader must not silently make
/// an undirected graph directed.
fn check_kind(directed: bool, multigraph: bool) -> Result<(), JsonError> {
    for (field, value) in [("directed", directed), ("multigraph", multigraph)] {
        if !value {
            return Err(JsonError::Invalid {
                item: "graph".to_string(),
                message: format!("\"{field}\": false, but a geokg graph is a directed multigraph"),
            });
        }
    }
    Ok(())
}

/// Checks the values of an edge that its type does not.
fn check_event(index: usize, event: &Event) -> Result<(), JsonError> {
    let invalid = |message: String| JsonError::Invalid {
        item: format!("edge {index}"),
        message,
    };
    if let Some(g) = event.goldstein {
        if !(-10.0..=10.0).contains(&g) {
            return Err(invalid(format!("goldstein {g} is outside -10 to 10")));
        }
    }
    check_date(event.evidence.date.as_deref()).map_err(invalid)
}

fn check_date(date: Option<&str>) -> Result<(), String> {
    match date {
        Some(date) if crate::input::parse_date(date).is_none() => Err(format!(
            "date {date:?} is not a real date written YYYY-MM-DD"
        )),
        _ => Ok(()),
    }
}

/// The slow path: every node and edge checked on its own, for precise errors.
fn from_json_values(bytes: &[u8]) -> Result<ActorGraph, JsonError> {
    let document: NodeLinkIn = serde_json::from_slice(bytes).map_err(|source| {
        let (line, column) = (source.line(), source.column());
        if source.is_data() {
            JsonError::Layout {
                line,
                column,
                source,
            }
        } else {
            JsonError::Syntax {
                line,
                column,
                source,
            }
        }
    })?;

    check_kind(document.directed, document.multigraph)?;
    let nodes = document.nodes.into_iter().enumerate().map(|(index, node)| {
        Actor::deserialize(node).map_err(|source| JsonError::Node { index, source })
    });
    let edges = document.edges.into_iter().enumerate().map(|(index, edge)| {
        Event::deserialize(edge).map_err(|source| JsonError::Edge { index, source })
    });
    let statements = document
        .statements
        .into_iter()
        .enumerate()
        .map(|(index, statement)| {
            Statement::deserialize(statement)
                .map_err(|source| JsonError::Statement { index, source })
        });
    build_graph(nodes, edges, statements, &document.graph)
}

/// Assembles a graph, refusing a repeated node id or an edge to a missing node.
fn build_graph(
    nodes: impl Iterator<Item = Result<Actor, JsonError>>,
    edges: impl Iterator<Item = Result<Event, JsonError>>,
    statements: impl Iterator<Item = Result<Statement, JsonError>>,
    attributes: &GraphAttributesIn,
) -> Result<ActorGraph, JsonError> {
    let mut graph = ActorGraph::new();
    let mut first_index: HashMap<String, usize> = HashMap::new();
    for (index, actor) in nodes.enumerate() {
        let actor = actor?;
        if let Some(&first) = first_index.get(&actor.id) {
            return Err(JsonError::DuplicateNode {
                index,
                first,
                id: actor.id,
            });
        }
        first_index.insert(actor.id.clone(), index);
        graph.add_actor(&actor);
    }
    for (index, event) in edges.enumerate() {
        let event = event?;
        for (end, id) in [("source", &event.source), ("target", &event.target)] {
            if graph.actor(id).is_none() {
                return Err(JsonError::UnknownEndpoint {
                    index,
                    end,
                    id: id.clone(),
                });
            }
        }
        check_event(index, &event)?;
        graph.add_event(event);
    }
    for (index, statement) in statements.enumerate() {
        let statement = statement?;
        let invalid = |message: String| JsonError::Invalid {
            item: format!("statement {index}"),
            message,
        };
        for (field, id) in std::iter::once(("speaker", &statement.speaker))
            .chain(statement.about.iter().map(|id| ("about", id)))
        {
            if graph.actor(id).is_none() {
                return Err(invalid(format!("{field} {id:?} is not a node")));
            }
        }
        check_date(statement.date.as_deref()).map_err(invalid)?;
        graph.add_statement(statement);
    }
    graph.set_documents(attributes.documents);
    graph.set_partial(attributes.partial);
    Ok(graph)
}

#[derive(Serialize)]
struct NodeLinkOut<'a> {
    directed: bool,
    multigraph: bool,
    graph: GraphAttributes,
    nodes: Vec<&'a Actor>,
    edges: Vec<EdgeOut<'a>>,
    statements: &'a [Statement],
}

#[derive(Serialize)]
struct GraphAttributes {
    generator: &'static str,
    documents: usize,
    /// A shard's graph, people not folded yet: for `geokg merge`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    partial: bool,
}

/// Graph attributes as read; networkx writes `"graph": {}`, hence the defaults.
#[derive(Deserialize, Default)]
struct GraphAttributesIn {
    #[serde(default)]
    documents: usize,
    #[serde(default)]
    partial: bool,
}

/// `directed` and `multigraph` may be left out: they can only be true.
fn yes() -> bool {
    true
}

/// The reading side: nodes and edges stay raw JSON values until each is
/// checked on its own, so an error can name the node or edge it is in.
#[derive(Deserialize)]
struct NodeLinkIn {
    #[serde(default = "yes")]
    directed: bool,
    #[serde(default = "yes")]
    multigraph: bool,
    #[serde(default)]
    graph: GraphAttributesIn,
    nodes: Vec<Value>,
    edges: Vec<Value>,
    /// Added after the first release; older files have none.
    #[serde(default)]
    statements: Vec<Value>,
}

/// A whole graph parsed straight into typed values (the fast path).
#[derive(Deserialize)]
struct TypedNodeLinkIn {
    #[serde(default = "yes")]
    directed: bool,
    #[serde(default = "yes")]
    multigraph: bool,
    #[serde(default)]
    graph: GraphAttributesIn,
    nodes: Vec<Actor>,
    edges: Vec<FlatEdgeIn>,
    #[serde(default)]
    statements: Vec<Statement>,
}

impl TypedNodeLinkIn {
    fn into_graph(self) -> Result<ActorGraph, JsonError> {
        build_graph(
            self.nodes.into_iter().map(Ok),
            self.edges.into_iter().map(|e| Ok(e.into_event())),
            self.statements.into_iter().map(Ok),
            &self.graph,
        )
    }
}

/// An edge as read on the fast path: `Event` with its evidence inline, because
/// serde's `flatten` buffers every field and is slow on large graphs.
#[derive(Deserialize)]
struct FlatEdgeIn {
    source: String,
    target: String,
    relation: String,
    cameo: String,
    category: String,
    quad_class: QuadClass,
    #[serde(default)]
    goldstein: Option<f64>,
    #[serde(default)]
    plover: Option<String>,
    negated: bool,
    modality: Modality,
    #[serde(default)]
    quote: Option<String>,
    #[serde(default)]
    statement: Option<String>,
    doc: String,
    sentence: usize,
    text: String,
    span: [usize; 2],
    trigger: String,
    source_text: String,
    source_span: [usize; 2],
    target_text: String,
    target_span: [usize; 2],
    #[serde(default)]
    date: Option<String>,
}

impl FlatEdgeIn {
    fn into_event(self) -> Event {
        Event {
            source: self.source,
            target: self.target,
            relation: self.relation,
            cameo: self.cameo,
            category: self.category,
            quad_class: self.quad_class,
            goldstein: self.goldstein,
            plover: self.plover,
            negated: self.negated,
            modality: self.modality,
            quote: self.quote,
            statement: self.statement,
            evidence: Evidence {
                doc: self.doc,
                sentence: self.sentence,
                text: self.text,
                span: self.span,
                trigger: self.trigger,
                source_text: self.source_text,
                source_span: self.source_span,
                target_text: self.target_text,
                target_span: self.target_span,
                date: self.date,
            },
        }
    }
}

/// An `Event` as written to JSON: the event's own fields with `key` after `target`.
///
/// serde cannot insert a field into the middle of a derived struct, so this
/// mirrors `Event` (and its `Evidence`) field by field; [`EdgeOut::new`] destructures both without
/// `..`, so a field added to `Event` fails to compile here until it is added.
#[derive(Serialize)]
struct EdgeOut<'a> {
    source: &'a str,
    target: &'a str,
    /// Index of this edge among the edges with the same (source, target) pair,
    /// which is how networkx tells parallel edges of a multigraph apart.
    key: usize,
    relation: &'a str,
    cameo: &'a str,
    category: &'a str,
    quad_class: QuadClass,
    #[serde(skip_serializing_if = "Option::is_none")]
    goldstein: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    plover: Option<&'a str>,
    negated: bool,
    modality: Modality,
    #[serde(skip_serializing_if = "Option::is_none")]
    quote: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    statement: Option<&'a str>,
    // The evidence's fields inline: serde's `flatten` would write the edge
    // through a map serializer, field by field, which is slower.
    doc: &'a str,
    sentence: usize,
    text: &'a str,
    span: [usize; 2],
    trigger: &'a str,
    source_text: &'a str,
    source_span: [usize; 2],
    target_text: &'a str,
    target_span: [usize; 2],
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
}

impl<'a> EdgeOut<'a> {
    fn new(event: &'a Event, key: usize) -> Self {
        let Event {
            source,
            target,
            relation,
            cameo,
            category,
            quad_class,
            goldstein,
            plover,
            negated,
            modality,
            quote,
            statement,
            evidence:
                Evidence {
                    doc,
                    sentence,
                    text,
                    span,
                    trigger,
                    source_text,
                    source_span,
                    target_text,
                    target_span,
                    date,
                },
        } = event;
        EdgeOut {
            source,
            target,
            key,
            relation,
            cameo,
            category,
            quad_class: *quad_class,
            goldstein: *goldstein,
            plover: plover.as_deref(),
            negated: *negated,
            modality: *modality,
            quote: quote.as_deref(),
            statement: statement.as_deref(),
            doc,
            sentence: *sentence,
            text,
            span: *span,
            trigger,
            source_text,
            source_span: *source_span,
            target_text,
            target_span: *target_span,
            date: date.as_deref(),
        }
    }
}

/// Edges in graph order, each with its key among the edges of its (source, target) pair.
fn keyed_edges(graph: &ActorGraph) -> Vec<EdgeOut<'_>> {
    let mut seen: HashMap<(&str, &str), usize> = HashMap::new();
    graph
        .events()
        .map(|event| {
            let count = seen
                .entry((event.source.as_str(), event.target.as_str()))
                .or_insert(0);
            let key = *count;
            *count += 1;
            EdgeOut::new(event, key)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::ActorKind;

    #[test]
    fn the_pretty_formatter_writes_what_serde_json_s_does() {
        let mut deep = serde_json::json!([1, {"a": [], "b": {}}]);
        for level in 0..40 {
            deep = serde_json::json!({"level": level, "next": [deep, "x\"y", null, 2.5, {}]});
        }
        let mut ours = Vec::new();
        write_pretty(&mut ours, &deep).unwrap();
        assert_eq!(ours, serde_json::to_vec_pretty(&deep).unwrap());
    }

    fn actor(id: &str) -> Actor {
        Actor {
            id: id.to_string(),
            label: id.to_string(),
            kind: ActorKind::Country,
            country: Some(id.to_string()),
            organization: None,
            role: None,
            sector: None,
            cameo: None,
            aliases: Vec::new(),
        }
    }

    fn event(source: &str, target: &str, relation: &str) -> Event {
        Event {
            source: source.to_string(),
            target: target.to_string(),
            relation: relation.to_string(),
            cameo: "020".to_string(),
            category: "appeal".to_string(),
            quad_class: QuadClass::VerbalCooperation,
            goldstein: Some(3.0),
            plover: None,
            negated: false,
            modality: Modality::Asserted,
            quote: Some("q".to_string()),
            statement: Some("s1".to_string()),
            evidence: Evidence {
                doc: "d".to_string(),
                sentence: 0,
                text: "t".to_string(),
                span: [0, 1],
                trigger: "called on".to_string(),
                source_text: source.to_string(),
                source_span: [0, 1],
                target_text: target.to_string(),
                target_span: [0, 1],
                date: None,
            },
        }
    }

    /// The hand-written mirror must serialise exactly the fields `Event` does.
    #[test]
    fn edge_out_has_the_event_fields_plus_key() {
        let mut with_options = event("A", "B", "call on");
        with_options.plover = Some("APPEAL".to_string());
        with_options.evidence.date = Some("2021-12-20".to_string());
        for e in [event("A", "B", "call on"), with_options] {
            let mut expected = serde_json::to_value(&e).unwrap();
            expected
                .as_object_mut()
                .unwrap()
                .insert("key".to_string(), Value::from(7));
            assert_eq!(serde_json::to_value(EdgeOut::new(&e, 7)).unwrap(), expected);
        }
    }

    #[test]
    fn keys_number_parallel_edges_per_ordered_pair() {
        let mut graph = ActorGraph::new();
        for id in ["A", "B"] {
            graph.add_actor(&actor(id));
        }
        for (s, t) in [("A", "B"), ("B", "A"), ("A", "B"), ("A", "B"), ("B", "A")] {
            graph.add_event(event(s, t, "say"));
        }
        let keys: Vec<usize> = keyed_edges(&graph).iter().map(|e| e.key).collect();
        assert_eq!(keys, [0, 0, 1, 2, 1]);
    }
}
