//! The actor multigraph: one node per canonical actor, one edge per event.

pub mod merge;

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

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
    /// People not folded yet: a shard's graph, to merge (see [`merge`]).
    partial: bool,
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

    /// One person, one node: a person whose name is a shorter or variant form of
    /// exactly one other person's name ("Reagan", "President Reagan" and "Ronald
    /// Reagan"; "Zelensky" and "Zelenskyy") is folded into that person, unless their
    /// countries differ (a historical state and its successor do not differ: the
    /// Soviet Union's "Mikhael Gorbachev" and Russia's "Mikhail Gorbachev", see
    /// `data/successor_states.tsv`). Events and statements follow the folded nodes.
    ///
    /// The result depends only on the graph's set of people, not on document order
    /// or thread count.
    pub fn fold_people(&mut self) {
        self.partial = false;
        let folds = people_folds(self.actors());
        if folds.is_empty() {
            return;
        }
        // Nodes, events and statements are moved, not copied: a graph holds one
        // sentence's text per event.
        let ActorGraph {
            graph,
            by_id,
            statements,
            documents,
            partial: _,
        } = std::mem::take(self);
        let (nodes, edges) = graph.into_nodes_edges();
        self.graph = Graph::with_capacity(nodes.len(), edges.len());
        self.by_id.reserve(nodes.len());
        self.statements.reserve(statements.len());
        for actor in nodes.iter().map(|n| &n.weight) {
            if let Some(target) = folds.get(&actor.id) {
                // Added in place of the target if the target comes later.
                let mut merged = by_id
                    .get(target)
                    .map_or_else(|| actor.clone(), |&ix| nodes[ix.index()].weight.clone());
                merged.absorb(actor);
                self.add_actor(&merged);
            } else {
                self.add_actor(actor);
            }
        }
        let fold = |id: &mut String| {
            if let Some(target) = folds.get(id.as_str()) {
                id.clone_from(target);
            }
        };
        for edge in edges {
            let mut event = edge.weight;
            fold(&mut event.source);
            fold(&mut event.target);
            self.add_event(event);
        }
        for mut statement in statements {
            fold(&mut statement.speaker);
            let mut about: Vec<String> = Vec::with_capacity(statement.about.len());
            for mut a in std::mem::take(&mut statement.about) {
                fold(&mut a);
                if !about.contains(&a) {
                    about.push(a);
                }
            }
            statement.about = about;
            self.statements.push(statement);
        }
        self.documents = documents;
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

/// A person's name words for folding: the id's words after `person:`, with a
/// doubled final "y" made single ("zelenskyy" → "zelensky").
fn name_words(id: &str) -> Option<Vec<String>> {
    let slug = id.strip_prefix("person:")?;
    Some(
        slug.split('-')
            .filter(|w| !w.is_empty())
            .map(|w| {
                w.strip_suffix("yy")
                    .map_or_else(|| w.to_string(), |s| format!("{s}y"))
            })
            .collect(),
    )
}

/// Whether two names of as many words are spellings of one name: every word the
/// same, or off by one letter in a word of four letters or more ("Mikhail" and
/// "Mikhael" Gorbachev).
fn same_name(a: &[String], b: &[String]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(x, y)| {
            x == y || (x.len() >= 4 && y.len() >= 4 && strsim::levenshtein(x, y) <= 1)
        })
}

/// Whether `short` is `long` with some words left out, in order.
fn is_subsequence(short: &[String], long: &[String]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|w| rest.any(|l| l == w))
}

/// `data/successor_states.tsv`: which historical state each state succeeded.
const SUCCESSOR_STATES: &str = include_str!("../../data/successor_states.tsv");

/// The (historical state, successor) pairs of `data/successor_states.tsv`.
fn successor_pairs() -> Result<Vec<(&'static str, &'static str)>, crate::error::Error> {
    let mut pairs = Vec::new();
    for record in crate::data::records(SUCCESSOR_STATES, "data/successor_states.tsv", 2) {
        let record = record?;
        for successor in crate::data::list(record.columns[1]) {
            pairs.push((record.columns[0], successor));
        }
    }
    Ok(pairs)
}

/// Whether two country ids can be one person's: the same, or a historical state
/// and a state that succeeded it (SUN and RUS, YUG and SRB).
fn same_state(a: &str, b: &str) -> bool {
    static PAIRS: OnceLock<HashSet<(&'static str, &'static str)>> = OnceLock::new();
    // The built-in file is checked by a test; were it bad, only equal ids would match.
    let pairs = PAIRS.get_or_init(|| successor_pairs().unwrap_or_default().into_iter().collect());
    a == b || pairs.contains(&(a, b)) || pairs.contains(&(b, a))
}

/// Which person ids fold into which (see [`ActorGraph::fold_people`]).
fn people_folds<'a>(actors: impl Iterator<Item = &'a Actor>) -> HashMap<String, String> {
    let people: Vec<(&Actor, Vec<String>)> = actors
        .filter(|a| a.kind == crate::actors::ActorKind::Person)
        .filter_map(|a| Some((a, name_words(&a.id)?)))
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let compatible = |a: &Actor, b: &Actor| match (&a.country, &b.country) {
        (Some(x), Some(y)) => same_state(x, y),
        _ => true,
    };
    // People are compared only with those of the same last name word.
    let mut by_last: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, (_, words)) in people.iter().enumerate() {
        by_last
            .entry(words[words.len() - 1].as_str())
            .or_default()
            .push(i);
    }
    let mut folds = HashMap::new();
    for (i, (p, words)) in people.iter().enumerate() {
        let group = &by_last[words[words.len() - 1].as_str()];
        // Same words, other spelling: the first-inserted node is kept.
        if let Some(&j) = group
            .iter()
            .take_while(|&&j| j < i)
            .find(|&&j| same_name(&people[j].1, words) && compatible(p, people[j].0))
        {
            folds.insert(p.id.clone(), people[j].0.id.clone());
            continue;
        }
        let longer: Vec<usize> = group
            .iter()
            .copied()
            .filter(|&j| {
                let (q, w) = &people[j];
                w.len() > words.len() && is_subsequence(words, w) && compatible(p, q)
            })
            .collect();
        // The one fullest name that every longer candidate is a form of.
        let fullest = longer.iter().find(|&&m| {
            longer
                .iter()
                .all(|&j| is_subsequence(&people[j].1, &people[m].1))
        });
        if let Some(&m) = fullest {
            folds.insert(p.id.clone(), people[m].0.id.clone());
        }
    }
    // Follow chains ("Reagan" → "Ronald Reagan" → "Ronald Wilson Reagan").
    let keys: Vec<String> = folds.keys().cloned().collect();
    for key in keys {
        let mut target = folds[&key].clone();
        let mut hops = 0;
        while let Some(next) = folds.get(&target) {
            if hops > folds.len() || *next == key {
                break;
            }
            target = next.clone();
            hops += 1;
        }
        folds.insert(key, target);
    }
    folds
}

#[cfg(test)]
mod tests {
    use crate::{Document, Extractor};

    fn graph(texts: &[&str]) -> super::ActorGraph {
        let docs: Vec<Document> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Document {
                id: format!("d{i}"),
                text: t.to_string(),
                date: None,
                title: None,
                source: None,
            })
            .collect();
        Extractor::builtin().unwrap().extract_all(&docs)
    }

    fn people(g: &super::ActorGraph) -> Vec<String> {
        let mut ids: Vec<String> = g
            .actors()
            .filter(|a| a.id.starts_with("person:"))
            .map(|a| a.id.clone())
            .collect();
        ids.sort();
        ids
    }

    #[test]
    fn one_person_is_one_node_across_documents() {
        let g = graph(&[
            "Mr. Reagan criticised Moscow on Monday.",
            "U.S. President Ronald Reagan accused Libya of terrorism.",
            "Ukrainian President Volodymyr Zelensky thanked Poland.",
            "Ukrainian President Volodymyr Zelenskyy thanked Germany.",
        ]);
        assert_eq!(
            people(&g),
            ["person:ronald-reagan", "person:volodymyr-zelensky"]
        );
        // The folded node's events follow it.
        let reagan = g
            .events()
            .filter(|e| e.source == "person:ronald-reagan")
            .count();
        assert_eq!(reagan, 2, "{:?}", g.events().collect::<Vec<_>>());
    }

    /// A person of a historical state and of its successor is one person:
    /// "Soviet leader Mikhael Gorbachev" and "Russian leader Mikhail Gorbachev".
    #[test]
    fn a_state_and_its_successor_are_one_person_s_country() {
        let g = graph(&[
            "Soviet leader Mikhael Gorbachev criticised Washington.",
            "Russian leader Mikhail Gorbachev accused NATO of aggression.",
        ]);
        let people = people(&g);
        assert!(
            people.contains(&"person:mikhael-gorbachev".to_string())
                != people.contains(&"person:mikhail-gorbachev".to_string()),
            "{people:?}"
        );
        // Countries that are not predecessor and successor still keep people apart.
        assert!(!super::same_state("FRA", "ITA"));
        assert!(super::same_state("SUN", "RUS") && super::same_state("DEU", "DDR"));
    }

    /// Every state of data/successor_states.tsv is a country of data/countries.tsv.
    #[test]
    fn successor_states_are_countries() {
        let gazetteer = crate::actors::gazetteer::Gazetteer::builtin().unwrap();
        let pairs = super::successor_pairs().unwrap();
        assert!(pairs.len() >= 4);
        for (old, new) in pairs {
            for id in [old, new] {
                let actor = gazetteer.lookup(id).map(|ix| gazetteer.actor(ix));
                assert!(
                    actor.is_some_and(|a| a.kind == crate::actors::ActorKind::Country),
                    "{id} is no country of data/countries.tsv"
                );
            }
        }
    }

    #[test]
    fn a_surname_of_two_people_stays_its_own_node() {
        let g = graph(&[
            "British Prime Minister John Major met Mr. Smith.",
            "U.S. Senator John Smith criticised Iran.",
            "U.S. Senator Adam Smith criticised Iraq.",
        ]);
        assert!(people(&g).contains(&"person:smith".to_string()));
    }
}
