//! Using geokg as a library: build the extractor once, read documents, merge
//! their graphs, query the result and write it out.
//!
//! Run with `cargo run --example library`.

use geokg::input::Document;
use geokg::{ActorGraph, Extractor};

fn main() -> Result<(), geokg::Error> {
    // Compiling the gazetteer and lexicon takes a few milliseconds: do it once.
    let extractor = Extractor::builtin()?;

    let stories = [
        (
            "seed",
            include_str!("lithuania-nato-russia.txt"),
            "2021-12-20",
        ),
        (
            "talks",
            "Poland urged the European Union to impose sanctions on Belarus. \
             \"We will not accept this,\" Polish Prime Minister Mateusz Morawiecki said.",
            "2021-11-10",
        ),
    ];

    let mut graph = ActorGraph::new();
    for (id, text, date) in stories {
        let doc = Document {
            id: id.to_string(),
            text: text.to_string(),
            date: Some(date.to_string()),
            ..Document::default()
        };
        // One document at a time; `Extractor::extract_all` does many in parallel.
        graph.add_extraction(extractor.extract(&doc));
    }

    println!(
        "{} actors, {} events",
        graph.node_count(),
        graph.edge_count()
    );
    for event in graph.events().filter(|e| e.source == "RUS") {
        println!(
            "{} -{}-> {}  [CAMEO {}, {:?}]  \"{}\"",
            event.source,
            event.relation,
            event.target,
            event.cameo,
            event.modality,
            event.evidence.text
        );
    }

    // The public node-link JSON, as `geokg extract` writes it.
    let json = geokg::export::to_json_bytes(&graph);
    println!("{} bytes of JSON", json.len());
    Ok(())
}
