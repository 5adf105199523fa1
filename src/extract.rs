//! Ties the per-document stages together: text → actors → relations.

use crate::actors::Actor;
use crate::input::Document;
use crate::relations::Event;

/// Everything read from one document, ready to add to an [`crate::ActorGraph`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocumentExtraction {
    pub doc: String,
    /// Every actor that an event touches, once each.
    pub actors: Vec<Actor>,
    pub events: Vec<Event>,
}

/// Holds the compiled gazetteer and lexicon; build once, call per document.
pub struct Extractor {}

impl Extractor {
    pub fn extract(&self, doc: &Document) -> DocumentExtraction {
        let _ = doc;
        todo!()
    }
}
