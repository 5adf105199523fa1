//! Merging the graphs of a corpus's shards into the graph of the whole corpus.
//!
//! A corpus too big for one run is cut into shards (consecutive runs of its
//! documents: files, JSON Lines partitions), each extracted on its own. A
//! graph is a sequence of documents' extractions, so appending shard graphs in
//! corpus order gives what one run adds up before its whole-corpus step,
//! [`ActorGraph::fold_people`] (which needs every person of the corpus: in one
//! shard "Varnell" may fold into "John Varnell", in the whole corpus also
//! "Mary Varnell" is there and nobody folds). So shards are written *partial*
//! (unfolded, `geokg extract --partial`), appending is associative, and
//! folding the union once at the end gives the single run's graph, byte for
//! byte, whatever the grouping of the merges.

use super::{people_folds, ActorGraph};

use std::collections::HashMap;

impl ActorGraph {
    /// True for a graph whose people are not folded yet: a shard to merge.
    pub fn is_partial(&self) -> bool {
        self.partial
    }

    /// Marks the graph as a shard whose people are not folded yet (written
    /// with `"partial": true`); [`ActorGraph::fold_people`] clears the mark.
    pub fn set_partial(&mut self, partial: bool) {
        self.partial = partial;
    }

    /// Appends a graph of the documents that follow this graph's: its nodes
    /// by id (a node seen before absorbs what the new one adds), then its
    /// edges and statements in order. Appending partial graphs in corpus
    /// order, then folding people, gives the graph of one run.
    pub fn append(&mut self, other: ActorGraph) {
        let (nodes, edges) = other.graph.into_nodes_edges();
        for node in &nodes {
            self.add_actor(&node.weight);
        }
        for edge in edges {
            self.add_event(edge.weight);
        }
        self.statements.extend(other.statements);
        self.documents += other.documents;
        self.partial |= other.partial;
    }

    /// Which person ids [`ActorGraph::fold_people`] would fold into which:
    /// for a caller that has streamed events out before the last document
    /// was read, and maps their ends afterwards.
    pub fn people_folds(&self) -> HashMap<String, String> {
        people_folds(self.actors())
    }
}

/// Merges shard graphs given in corpus order: appended, then people folded
/// unless `partial` (a merge of some shards that will be merged again).
pub fn merge_graphs(graphs: impl IntoIterator<Item = ActorGraph>, partial: bool) -> ActorGraph {
    let mut merged = ActorGraph::new();
    for graph in graphs {
        merged.append(graph);
    }
    if partial {
        merged.set_partial(true);
    } else {
        merged.fold_people();
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Document, Extractor};

    fn doc(id: &str, text: &str) -> Document {
        Document {
            id: id.to_string(),
            text: text.to_string(),
            ..Document::default()
        }
    }

    fn shard(extractor: &Extractor, docs: &[Document]) -> ActorGraph {
        let mut graph = ActorGraph::new();
        for extraction in extractor.extract_batch(docs, &|_| {}) {
            graph.add_extraction(extraction);
        }
        graph.set_partial(true);
        graph
    }

    /// In the first shard alone "Varnell" would fold into "John Varnell"; the
    /// second shard names another Varnell, so in the whole corpus nobody folds.
    #[test]
    fn folding_waits_for_the_whole_corpus() {
        let extractor = Extractor::builtin().unwrap();
        let docs = [
            doc("a", "Mr. Varnell criticised Moscow on Monday."),
            doc("b", "U.S. Senator John Varnell accused Libya of terrorism."),
            doc("c", "U.S. Senator Mary Varnell criticised Iran."),
        ];
        let whole = extractor.extract_all(&docs);
        let merged = merge_graphs(
            [shard(&extractor, &docs[..2]), shard(&extractor, &docs[2..])],
            false,
        );
        let json = crate::export::json::to_json_bytes;
        assert_eq!(
            String::from_utf8(json(&merged)).unwrap(),
            String::from_utf8(json(&whole)).unwrap()
        );
        assert!(!merged.is_partial());
        let mut first = shard(&extractor, &docs[..2]);
        first.fold_people();
        assert!(first.actor("person:varnell").is_none(), "folds alone");
        assert!(whole.actor("person:varnell").is_some(), "does not fold");
    }
}
