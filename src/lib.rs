//! geokg turns news text into a knowledge graph of geopolitical actors.
//!
//! The crate is a pipeline; each stage is one module, in the order data flows:
//!
//! 1. [`input`]: files, directories, JSON Lines and stdin become [`input::Document`]s.
//! 2. [`text`]: a document is split into sentences and tokens (byte spans, no copies).
//! 3. [`actors`]: one pass over the text, trying the gazetteer's name trie at each
//!    word start, finds countries, organisations, seats of government and groups;
//!    titles find people; a small coreference step resolves "Nauseda", "the
//!    Lithuanian president" and "he".
//! 4. [`relations`]: a shallow clause analysis over the verb lexicon turns
//!    sentences into CAMEO-coded source → target events.
//! 5. [`graph`]: events from many documents merge into one petgraph multigraph.
//! 6. [`export`]: the graph is written as node-link JSON (the public format) or DOT.
//!
//! [`extract::Extractor`] ties stages 2–4 together: build it once, call it per document.

// `cargo doc` stays free of warnings: a link to a private item is a build error.
#![deny(rustdoc::private_intra_doc_links, rustdoc::broken_intra_doc_links)]

pub mod actors;
pub mod data;
pub mod error;
pub mod export;
pub mod extract;
pub mod graph;
pub mod input;
pub mod query;
pub mod relations;
pub mod text;
pub mod view;

pub use actors::{Actor, ActorKind};
pub use error::Error;
pub use extract::{DocumentExtraction, Extractor, MentionSpan};
pub use graph::ActorGraph;
pub use input::Document;
pub use relations::{
    CharSpans, Direct, Event, Evidence, Modality, QuadClass, Statement, StatementKind,
};

/// The `generator` string written into every graph.
pub const GENERATOR: &str = concat!("geokg ", env!("CARGO_PKG_VERSION"));

/// Compiles the Rust examples in README.md, so the documentation cannot rot.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
