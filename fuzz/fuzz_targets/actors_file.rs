//! Any text as a user's `--actors` file: an error or a gazetteer, never a panic.
#![no_main]

use geokg::actors::gazetteer::GazetteerBuilder;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut builder = GazetteerBuilder::with_builtin_data().expect("built-in data");
    if builder.add_user_actors(text, "fuzz.json").is_ok() {
        let _ = builder.build();
    }
});
