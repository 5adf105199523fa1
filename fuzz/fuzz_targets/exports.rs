//! Any bytes as a news document, then every export that needs no outside
//! program: none may panic, JSON must load back, and the exports stay
//! well-formed text.
#![no_main]

use std::sync::OnceLock;

use geokg::export::{from_json_slice, render_view, Format, Rendered};
use geokg::view::ViewOptions;
use geokg::{Document, Extractor};
use libfuzzer_sys::fuzz_target;

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| Extractor::builtin().expect("built-in data"))
}

const FORMATS: [Format; 8] = [
    Format::Json,
    Format::Dot,
    Format::Graphml,
    Format::Neo4j,
    Format::Cytoscape,
    Format::Events,
    Format::Cameo,
    Format::Html,
];

fuzz_target!(|data: &[u8]| {
    let doc = Document {
        id: String::from_utf8_lossy(data.get(..8).unwrap_or_default()).into_owned(),
        text: String::from_utf8_lossy(data).into_owned(),
        ..Document::default()
    };
    let graph = extractor().extract_all(std::slice::from_ref(&doc));
    for format in FORMATS {
        match render_view(&graph, &ViewOptions::default(), format).expect("no Graphviz needed") {
            Rendered::File(bytes) => {
                assert!(std::str::from_utf8(&bytes).is_ok(), "{format:?} is not UTF-8");
                if format == Format::Json {
                    from_json_slice(&bytes).expect("written JSON loads");
                }
                if matches!(format, Format::Cytoscape) {
                    serde_json::from_slice::<serde_json::Value>(&bytes).expect("Cytoscape JSON");
                }
            }
            Rendered::Directory(files) => {
                for (_, bytes) in files {
                    assert!(std::str::from_utf8(&bytes).is_ok());
                }
            }
        }
    }
});
