//! The actor multigraph: one node per canonical actor, one edge per event.

use std::collections::HashMap;

use petgraph::graph::{EdgeIndex, Graph, NodeIndex};

use crate::actors::Actor;
use crate::extract::DocumentExtraction;
use crate::relations::{Event, Statement};

/// A directed multigraph of actors and events.
///
/// Node and edge order is insertion order, so graphs built from the same
/// documents in the same order are identical, whatever the thread count.
#[derive(Clone, Debug, Default)]
pub struct ActorGraph {
    graph: Graph<Actor, Event>,
    by_id: HashMap<String, NodeIndex>,
    statements: Vec<Statement>,
    documents: usize,
}

impl ActorGraph {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds an actor, or fills in what the graph's existing node with that id lacks.
    pub fn add_actor(&mut self, actor: &Actor) -> NodeIndex {
        if let Some(&ix) = self.by_id.get(&actor.id) {
            self.graph[ix].absorb(actor);
            return ix;
        }
        let ix = self.graph.add_node(actor.clone());
        self.by_id.insert(actor.id.clone(), ix);
        ix
    }

    /// Adds an event; returns `None` when an endpoint is not a known actor.
    pub fn add_event(&mut self, event: Event) -> Option<EdgeIndex> {
        let s = *self.by_id.get(&event.source)?;
        let t = *self.by_id.get(&event.target)?;
        Some(self.graph.add_edge(s, t, event))
    }

    /// Adds one document's actors and events.
    pub fn add_extraction(&mut self, extraction: DocumentExtraction) {
        for actor in &extraction.actors {
            self.add_actor(actor);
        }
        for event in extraction.events {
            self.add_event(event);
        }
        self.statements.extend(extraction.statements);
        self.documents += 1;
    }

    /// Merges another graph into this one (its nodes by id, all its edges).
    pub fn merge(&mut self, other: &ActorGraph) {
        for actor in other.actors() {
            self.add_actor(actor);
        }
        for event in other.events() {
            self.add_event(event.clone());
        }
        self.statements.extend(other.statements.iter().cloned());
        self.documents += other.documents;
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.by_id.get(id).map(|&ix| &self.graph[ix])
    }

    /// Actors in insertion order.
    pub fn actors(&self) -> impl Iterator<Item = &Actor> {
        self.graph.node_weights()
    }

    /// Events in insertion order.
    pub fn events(&self) -> impl Iterator<Item = &Event> {
        self.graph.edge_weights()
    }

    /// Adds a statement; its speaker should be an actor of the graph.
    pub fn add_statement(&mut self, statement: Statement) {
        self.statements.push(statement);
    }

    /// Statements in document order.
    pub fn statements(&self) -> &[Statement] {
        &self.statements
    }

    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// How many documents went into the graph.
    pub fn documents(&self) -> usize {
        self.documents
    }

    pub fn set_documents(&mut self, documents: usize) {
        self.documents = documents;
    }

    /// The underlying petgraph graph, for algorithms.
    pub fn petgraph(&self) -> &Graph<Actor, Event> {
        &self.graph
    }

    pub fn node_index(&self, id: &str) -> Option<NodeIndex> {
        self.by_id.get(id).copied()
    }
}
