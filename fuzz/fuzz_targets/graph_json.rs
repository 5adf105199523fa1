//! Any bytes as a saved graph: loading must not panic; a graph that loads
//! writes JSON that loads again to the same bytes.
#![no_main]

use geokg::export::{from_json_slice, to_json_bytes};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(graph) = from_json_slice(data) {
        let json = to_json_bytes(&graph);
        let again = from_json_slice(&json).expect("a written graph loads");
        assert_eq!(to_json_bytes(&again), json);
    }
});
