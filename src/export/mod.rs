//! Export: node-link JSON (the public format), DOT and pictures, GraphML, Neo4j
//! CSV, Cytoscape.js JSON, GEXF, event lines, the CAMEO and Phoenix tables, the
//! edge list, and writing them out safely.

pub mod cytoscape;
pub mod dot;
pub mod events;
pub mod gexf;
pub mod graphml;
pub mod html;
pub mod json;
pub mod neo4j;
pub mod output;
pub mod style;

pub use dot::{to_dot_bytes, view_to_dot_bytes};
pub use json::{from_json_slice, to_json_bytes, JsonError};
pub use output::{
    remove_temp_files, render, render_view, run_graphviz, write_directory, write_file_atomically,
    write_file_atomically_with, write_stdout, ExportError, Format, Rendered,
};
