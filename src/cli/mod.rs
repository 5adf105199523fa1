//! The command-line front end: one module per subcommand, all thin over the library.

pub mod extract;
pub mod graph_source;
pub mod query;
