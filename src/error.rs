//! Typed errors of the library; the CLI adds context with anyhow.
//!
//! A message never repeats its `#[source]`: callers that show an error print
//! the chain (anyhow's `{:#}`), which gives each cause once.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    BadJsonLine {
        path: PathBuf,
        line: usize,
        message: String,
    },
    /// A bad CSV or TSV record: the line it starts on, and its number (the header
    /// not counted).
    #[error("{path}:{line}: record {record}: {message}")]
    BadRecord {
        path: PathBuf,
        line: usize,
        record: usize,
        message: String,
    },
    #[error("{path}: not a geokg graph: {message}")]
    BadGraph { path: PathBuf, message: String },
    #[error("{origin}:{line}: {message}")]
    BadData {
        origin: String,
        line: usize,
        message: String,
    },
    #[error("{option}: {message}")]
    BadOption { option: String, message: String },
}
