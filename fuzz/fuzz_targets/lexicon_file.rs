//! Any text as a user's `--lexicon` file: an error or a lexicon that
//! extraction can use, never a panic.
#![no_main]

use geokg::actors::gazetteer::GazetteerBuilder;
use geokg::relations::Lexicon;
use geokg::{Document, Extractor};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut lexicon = Lexicon::builtin().expect("built-in data");
    if lexicon.add_entries(text, "fuzz.tsv").is_err() {
        return;
    }
    let gazetteer = GazetteerBuilder::with_builtin_data()
        .and_then(GazetteerBuilder::build)
        .expect("built-in data");
    let extractor = Extractor::new(gazetteer, lexicon);
    let doc = Document {
        id: "fuzz".to_string(),
        text: "Russia accused NATO of aggression. \"We will respond,\" Putin said.".to_string(),
        ..Document::default()
    };
    let _ = extractor.extract(&doc);
});
