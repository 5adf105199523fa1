//! Export: node-link JSON (the public format) and DOT, and writing them out safely.

pub mod dot;
pub mod json;
pub mod output;

pub use dot::to_dot_bytes;
pub use json::{from_json_slice, to_json_bytes, JsonError};
pub use output::{render, write_file_atomically, write_stdout, Format};
