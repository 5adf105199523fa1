//! Any bytes as a news document: extraction must not panic, and what it
//! returns must hold the documented limits (spans inside the text, sentence
//! and name caps, events per sentence).
#![no_main]

use std::collections::HashMap;
use std::sync::OnceLock;

use geokg::extract::{MAX_EVENTS_PER_SENTENCE, MAX_NAME_BYTES};
use geokg::{Document, Extractor};
use libfuzzer_sys::fuzz_target;

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| Extractor::builtin().expect("built-in data"))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let doc = Document {
        id: "fuzz".to_string(),
        text,
        ..Document::default()
    };
    let extraction = extractor().extract(&doc);
    let mut per_sentence: HashMap<usize, usize> = HashMap::new();
    for event in &extraction.events {
        let e = &event.evidence;
        assert_eq!(&doc.text[e.span[0]..e.span[1]], e.text);
        assert_eq!(&doc.text[e.source_span[0]..e.source_span[1]], e.source_text);
        assert_eq!(&doc.text[e.target_span[0]..e.target_span[1]], e.target_text);
        assert!(e.text.len() <= 16 * 1024 + 4);
        *per_sentence.entry(e.sentence).or_default() += 1;
    }
    assert!(per_sentence.values().all(|&n| n <= MAX_EVENTS_PER_SENTENCE));
    for actor in &extraction.actors {
        assert!(actor.id.len() <= MAX_NAME_BYTES && actor.label.len() <= MAX_NAME_BYTES);
    }
    for mention in &extraction.mentions {
        assert!(doc.text.get(mention.span[0]..mention.span[1]).is_some());
    }
});
