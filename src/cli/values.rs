//! The values of the command line's enum options, kept out of the library.
//!
//! The library's option types ([`Format`], [`InputFormat`], …) know nothing of clap; each
//! has a twin here that derives `clap::ValueEnum` (its doc comments are the help text of
//! its values) and converts to it. Options keep the library type and parse through
//! [`parser`], e.g. `#[arg(long, value_parser = parser::<Format, FormatArg>(), default_value = "json")]`.

use clap::builder::{EnumValueParser, TypedValueParser};
use clap::ValueEnum;
use geokg::export::Format;
use geokg::input::InputFormat;
use geokg::query::{Centrality, ReportFormat};
use geokg::view::{Aggregation, Rollup};

/// A value parser that reads the values of `Cli` and hands on the library's `Lib`.
pub fn parser<Lib, Cli>() -> impl TypedValueParser<Value = Lib>
where
    Cli: ValueEnum + Clone + Send + Sync + 'static,
    Lib: From<Cli> + Clone + Send + Sync + 'static,
{
    EnumValueParser::<Cli>::new().map(Lib::from)
}

/// Declares the command-line twin of a library enum, with conversions both
/// ways: a variant added to one side only does not compile.
macro_rules! twin {
    ($(#[$meta:meta])* $cli:ident => $lib:ident { $($(#[$doc:meta])* $variant:ident,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
        pub enum $cli {
            $($(#[$doc])* $variant,)*
        }

        impl From<$cli> for $lib {
            fn from(value: $cli) -> Self {
                match value {
                    $($cli::$variant => $lib::$variant,)*
                }
            }
        }

        impl From<$lib> for $cli {
            fn from(value: $lib) -> Self {
                match value {
                    $($lib::$variant => $cli::$variant,)*
                }
            }
        }
    };
}

twin! {
    /// `--format` of `extract` and `export`: [`Format`].
    FormatArg => Format {
        /// Node-link JSON, the public format (networkx reads it).
        Json,
        /// Graphviz DOT.
        Dot,
        /// SVG drawn by the installed Graphviz (tooltips show the evidence on hover).
        Svg,
        /// PNG drawn by the installed Graphviz.
        Png,
        /// PDF drawn by the installed Graphviz.
        Pdf,
        /// GraphML with typed keys (Gephi, yEd, networkx.read_graphml).
        Graphml,
        /// nodes.csv and relationships.csv for `neo4j-admin database import` (needs -o DIR).
        Neo4j,
        /// Cytoscape.js JSON: {"elements": {"nodes": [...], "edges": [...]}}.
        Cytoscape,
        /// JSON Lines, one event per line (jq, pandas, Spark).
        Events,
        /// Tab-separated CAMEO event table (date, source, source root, target, ...).
        Cameo,
        /// One self-contained interactive HTML page (pan, zoom, search, filters, evidence).
        Html,
        /// GEXF 1.3 for Gephi: attributes, colours, and dates for its timeline.
        Gexf,
        /// Edge list CSV, one row per drawn edge (Gephi spreadsheet import, Kumu, Flourish).
        Csv,
        /// Phoenix/ICEWS-style event TSV without header: CAMEO actor codes, YYYYMMDD dates.
        Phoenix,
    }
}

twin! {
    /// `--input-format`: [`InputFormat`].
    InputFormatArg => InputFormat {
        /// `.jsonl` files are JSON Lines, `.csv` CSV, `.tsv` TSV, everything else (and stdin) plain text.
        Auto,
        /// Every input is one plain-text document.
        Text,
        /// Every input is JSON Lines.
        Jsonl,
        /// Every input is CSV, one document per record.
        Csv,
        /// Every input is TSV (tab-separated), one document per record.
        Tsv,
    }
}

twin! {
    /// `--by` of `top`: [`Centrality`].
    CentralityArg => Centrality {
        /// Events the actor takes part in, either side.
        Degree,
        /// Events with the actor as target.
        InDegree,
        /// Events with the actor as source.
        OutDegree,
        /// PageRank over actor links weighted by their number of events (damping 0.85).
        Pagerank,
        /// Share of shortest paths between other actors that pass through the actor
        /// (links undirected and unweighted; normalised as networkx does).
        Betweenness,
    }
}

twin! {
    /// `--format` of the queries: [`ReportFormat`].
    ReportFormatArg => ReportFormat {
        /// Aligned columns for a terminal; long texts are cut with "…".
        Table,
        /// A JSON array (an object for `stats`).
        Json,
        /// Comma-separated values with a header row (RFC 4180 quoting).
        Csv,
        /// Tab-separated values with a header row.
        Tsv,
    }
}

twin! {
    /// `--aggregate`: [`Aggregation`].
    AggregationArg => Aggregation {
        /// One edge per event (the multigraph as extracted).
        None,
        /// One edge per (source, target, relation), e.g. "call on".
        Relation,
        /// One edge per (source, target, CAMEO root category), e.g. "appeal".
        Category,
        /// One edge per (source, target, quad class).
        Quad,
    }
}

twin! {
    /// `--rollup`: [`Rollup`].
    RollupArg => Rollup {
        /// Every actor keeps its own node.
        None,
        /// People, government bodies and groups fold into their country's node;
        /// people and bodies of an organisation and of no country (NATO's
        /// Secretary-General) fold into the organisation's node.
        Country,
    }
}
