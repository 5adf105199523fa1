//! Queries over an actor graph: who said what about whom, which events link
//! which actors, and who sits at the centre of the network.
//!
//! Every query takes actors as the user writes them ([`resolve`]), returns
//! plain data in a deterministic order, and turns that data into a
//! [`Report`] that prints as a terminal table, JSON, CSV or TSV.

pub mod edges;
pub mod network;
pub mod rank;
pub mod report;
pub mod resolve;
pub mod said;
pub mod stats;

pub use edges::{edges, EdgeQuery};
pub use network::{neighbors, shortest_paths, Neighbor, Path};
pub use rank::{rank, Centrality, Ranked};
pub use report::{escape_for_terminal, Report, ReportFormat};
pub use resolve::{ActorIndex, ActorSet};
pub use said::{said, SaidQuery};
pub use stats::Stats;

/// What can go wrong in a query; all of it is the user's input.
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    #[error("no actor is called {name:?}{}", suggest(.suggestions))]
    UnknownActor {
        name: String,
        suggestions: Vec<String>,
    },
    #[error("{option}: {value:?} is not a date written YYYY-MM-DD")]
    BadDate { option: &'static str, value: String },
    #[error(
        "--quad: {0:?} is not a quad class (verbal_cooperation, material_cooperation, \
         verbal_conflict, material_conflict, or 1-4)"
    )]
    BadQuad(String),
    #[error("{name:?} ({}) is not in this graph", .ids.join(", "))]
    NotInGraph { name: String, ids: Vec<String> },
    #[error("cannot render the result: {0}")]
    Render(String),
}

fn suggest(suggestions: &[String]) -> String {
    if suggestions.is_empty() {
        String::new()
    } else {
        format!("; closest known names: {}", suggestions.join(", "))
    }
}

/// Checks a `--since`/`--until` value; dates in a graph compare as plain strings.
pub fn parse_date_option(option: &'static str, value: &str) -> Result<String, QueryError> {
    crate::input::parse_date(value).ok_or_else(|| QueryError::BadDate {
        option,
        value: value.to_string(),
    })
}
