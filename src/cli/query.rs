//! `geokg said | edges | neighbors | path | top | stats`: questions about a graph.
//!
//! Each command loads a graph (saved, or extracted from text on the spot),
//! resolves the actor names it was given, runs one query of
//! [`geokg::query`] and prints the result.

use std::collections::BTreeSet;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::{ArgAction, Args};
use geokg::actors::Gazetteer;
use geokg::query::{
    self, edges::parse_quad, network, rank, ActorIndex, ActorSet, Centrality, EdgeQuery,
    QueryError, ReportFormat, SaidQuery, Stats,
};
use geokg::ActorGraph;
use petgraph::graph::NodeIndex;

use super::graph_source::{extract_graph, read_graph, write_output, ReadArgs};
use super::values::{parser, CentralityArg, ReportFormatArg};

/// Where the graph comes from: a saved graph, or news text extracted on the fly.
#[derive(Args, Debug)]
pub struct GraphArgs {
    /// A graph saved by `geokg extract` (instead of news text inputs), or - for stdin.
    #[arg(
        long,
        short = 'g',
        value_name = "GRAPH.json",
        conflicts_with = "inputs"
    )]
    pub graph: Option<PathBuf>,
    /// News text to extract first: text, JSON Lines, CSV or TSV files, directories, or - for stdin.
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub read: ReadArgs,
    /// Print to stderr how long loading the graph and answering took.
    #[arg(long)]
    pub timings: bool,
}

/// How to match actors named on the command line.
#[derive(Args, Debug, Clone, Copy)]
pub struct MatchArgs {
    /// A country also matches its people, ministries and forces, and an organisation
    /// its officials (`--include-members false`: only the named actors).
    #[arg(long, action = ArgAction::Set, default_value_t = true, value_name = "BOOL")]
    pub include_members: bool,
}

const ACTOR_HELP: &str = "\
ACTOR is an id (LTU, person:gitanas-nauseda) or any name, alias, adjective or \
seat geokg knows (Lithuania, lithuanian, Vilnius, Nauseda), in any case, with or \
without diacritics.";

#[derive(Args, Debug)]
#[command(after_help = ACTOR_HELP)]
pub struct SaidArgs {
    /// Only statements by this speaker (and, by default, its members).
    #[arg(long, value_name = "ACTOR")]
    pub by: Option<String>,
    /// Only statements whose content mentions this actor (or, by default, its members).
    #[arg(long, value_name = "ACTOR")]
    pub about: Option<String>,
    /// Only statements dated on or after this day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<String>,
    /// Only statements dated on or before this day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub until: Option<String>,
    /// Only what was said (`speech`) or only beliefs (`belief`: believes, thinks,
    /// hopes, expects, fears).
    #[arg(long, value_enum)]
    pub kind: Option<SaidKind>,
    #[arg(long, short = 'f', value_parser = parser::<ReportFormat, ReportFormatArg>(), default_value = "table")]
    pub format: ReportFormat,
    #[command(flatten)]
    pub matching: MatchArgs,
    #[command(flatten)]
    pub source: GraphArgs,
}

/// `said --kind`: [`geokg::StatementKind`] for the command line.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum SaidKind {
    Speech,
    Belief,
}

impl From<SaidKind> for geokg::StatementKind {
    fn from(kind: SaidKind) -> Self {
        match kind {
            SaidKind::Speech => geokg::StatementKind::Speech,
            SaidKind::Belief => geokg::StatementKind::Belief,
        }
    }
}

#[derive(Args, Debug)]
#[command(after_help = ACTOR_HELP)]
pub struct EdgesArgs {
    /// Only events with this source (and, by default, its members).
    #[arg(long, value_name = "ACTOR")]
    pub from: Option<String>,
    /// Only events with this target (and, by default, its members).
    #[arg(long, value_name = "ACTOR")]
    pub to: Option<String>,
    /// Only this relation ("call on", "accuse").
    #[arg(long, short = 'r')]
    pub relation: Option<String>,
    /// Only this CAMEO category ("appeal", "threaten").
    #[arg(long, short = 'c')]
    pub category: Option<String>,
    /// Only this quad class: verbal_cooperation, material_cooperation,
    /// verbal_conflict, material_conflict (or 1-4).
    #[arg(long, short = 'q')]
    pub quad: Option<String>,
    #[arg(long, short = 'f', value_parser = parser::<ReportFormat, ReportFormatArg>(), default_value = "table")]
    pub format: ReportFormat,
    #[command(flatten)]
    pub matching: MatchArgs,
    #[command(flatten)]
    pub source: GraphArgs,
}

#[derive(Args, Debug)]
#[command(after_help = ACTOR_HELP)]
pub struct NeighborsArgs {
    /// The actor to start from.
    pub actor: String,
    /// How many links away to look.
    #[arg(long, short = 'd', default_value_t = 1)]
    pub depth: usize,
    #[arg(long, short = 'f', value_parser = parser::<ReportFormat, ReportFormatArg>(), default_value = "table")]
    pub format: ReportFormat,
    #[command(flatten)]
    pub source: GraphArgs,
}

#[derive(Args, Debug)]
#[command(after_help = ACTOR_HELP)]
pub struct PathArgs {
    /// Where paths start.
    pub from: String,
    /// Where paths end.
    pub to: String,
    /// Follow events only from source to target.
    #[arg(long)]
    pub directed: bool,
    /// Print at most this many paths.
    #[arg(long, short = 'n', default_value_t = 10)]
    pub max: usize,
    /// `table` prints each path as a line with one evidence sentence per hop.
    #[arg(long, short = 'f', value_parser = parser::<ReportFormat, ReportFormatArg>(), default_value = "table")]
    pub format: ReportFormat,
    #[command(flatten)]
    pub source: GraphArgs,
}

#[derive(Args, Debug)]
pub struct TopArgs {
    /// The measure to rank by.
    #[arg(long, value_parser = parser::<Centrality, CentralityArg>(), default_value = "degree")]
    pub by: Centrality,
    /// How many actors to list.
    #[arg(short = 'n', long = "number", default_value_t = 10)]
    pub n: usize,
    #[arg(long, short = 'f', value_parser = parser::<ReportFormat, ReportFormatArg>(), default_value = "table")]
    pub format: ReportFormat,
    #[command(flatten)]
    pub source: GraphArgs,
}

#[derive(Args, Debug)]
pub struct StatsArgs {
    #[arg(long, short = 'f', value_parser = parser::<ReportFormat, ReportFormatArg>(), default_value = "table")]
    pub format: ReportFormat,
    #[command(flatten)]
    pub source: GraphArgs,
}

/// Measures load and query time for `--timings`.
struct Clock {
    enabled: bool,
    start: Instant,
    loaded: Option<Instant>,
}

impl Clock {
    fn start(args: &GraphArgs) -> Self {
        Clock {
            enabled: args.timings,
            start: Instant::now(),
            loaded: None,
        }
    }

    fn loaded(&mut self) {
        self.loaded = Some(Instant::now());
    }

    fn report(&self) {
        if let (true, Some(loaded)) = (self.enabled, self.loaded) {
            eprintln!(
                "geokg: load {:.3}s, query {:.3}s",
                (loaded - self.start).as_secs_f64(),
                loaded.elapsed().as_secs_f64()
            );
        }
    }
}

fn load(args: &GraphArgs) -> Result<ActorGraph> {
    match &args.graph {
        Some(path) => read_graph(path),
        None if args.inputs.is_empty() => {
            bail!("give news text to read, or a saved graph with -g GRAPH.json")
        }
        None => extract_graph(&args.inputs, &args.read),
    }
}

/// Graph names plus every name the built-in gazetteer knows.
fn actor_index(graph: &ActorGraph) -> Result<ActorIndex> {
    let gazetteer = Gazetteer::builtin().context("geokg's built-in data is broken")?;
    Ok(ActorIndex::new(graph, Some(&gazetteer)))
}

fn actor_set(
    index: &ActorIndex,
    graph: &ActorGraph,
    name: Option<&str>,
    matching: MatchArgs,
) -> Result<Option<ActorSet>> {
    let Some(name) = name else { return Ok(None) };
    let ids = index.resolve(name)?;
    Ok(Some(ActorSet::new(graph, &ids, matching.include_members)))
}

/// The graph's nodes a name stands for; a known actor absent from the graph is an error.
fn nodes(index: &ActorIndex, graph: &ActorGraph, name: &str) -> Result<Vec<NodeIndex>> {
    let ids: BTreeSet<String> = index.resolve(name)?;
    let found: Vec<NodeIndex> = ids.iter().filter_map(|id| graph.node_index(id)).collect();
    if found.is_empty() {
        return Err(QueryError::NotInGraph {
            name: name.to_string(),
            ids: ids.into_iter().collect(),
        }
        .into());
    }
    Ok(found)
}

fn print(report: &query::Report, format: ReportFormat) -> Result<()> {
    write_output(None, &report.render_fitted(format, terminal_width())?)
}

pub fn said(args: SaidArgs) -> Result<()> {
    let since = args
        .since
        .as_deref()
        .map(|d| query::parse_date_option("--since", d))
        .transpose()?;
    let until = args
        .until
        .as_deref()
        .map(|d| query::parse_date_option("--until", d))
        .transpose()?;
    let mut clock = Clock::start(&args.source);
    let graph = load(&args.source)?;
    clock.loaded();
    let index = actor_index(&graph)?;
    let query = SaidQuery {
        by: actor_set(&index, &graph, args.by.as_deref(), args.matching)?,
        about: actor_set(&index, &graph, args.about.as_deref(), args.matching)?,
        since,
        until,
        kind: args.kind.map(Into::into),
    };
    let found = query::said(&graph, &query);
    let report = query::said::report(&graph, &found, args.format);
    clock.report();
    print(&report, args.format)
}

pub fn edges(args: EdgesArgs) -> Result<()> {
    let quad = args.quad.as_deref().map(parse_quad).transpose()?;
    let mut clock = Clock::start(&args.source);
    let graph = load(&args.source)?;
    clock.loaded();
    let index = actor_index(&graph)?;
    let query = EdgeQuery {
        from: actor_set(&index, &graph, args.from.as_deref(), args.matching)?,
        to: actor_set(&index, &graph, args.to.as_deref(), args.matching)?,
        relation: args.relation,
        category: args.category,
        quad,
    };
    let found = query::edges(&graph, &query);
    let report = query::edges::report(&graph, &found, args.format);
    clock.report();
    print(&report, args.format)
}

pub fn neighbors(args: NeighborsArgs) -> Result<()> {
    let mut clock = Clock::start(&args.source);
    let graph = load(&args.source)?;
    clock.loaded();
    let start = nodes(&actor_index(&graph)?, &graph, &args.actor)?;
    let collapsed = network::Collapsed::new(&graph);
    let found = query::neighbors(&graph, &collapsed, &start, args.depth);
    let report = network::neighbors_report(&found, args.format);
    clock.report();
    print(&report, args.format)
}

pub fn path(args: PathArgs) -> Result<()> {
    let mut clock = Clock::start(&args.source);
    let graph = load(&args.source)?;
    clock.loaded();
    let index = actor_index(&graph)?;
    let from = nodes(&index, &graph, &args.from)?;
    let to = nodes(&index, &graph, &args.to)?;
    let collapsed = network::Collapsed::new(&graph);
    let paths = query::shortest_paths(&graph, &collapsed, &from, &to, args.directed, args.max);
    let bytes = match args.format {
        ReportFormat::Table if paths.is_empty() => {
            let message = format!("no path from {} to {}", args.from, args.to);
            format!("{}\n", query::escape_for_terminal(&message, false)).into_bytes()
        }
        ReportFormat::Table => network::paths_text(&graph, &paths).into_bytes(),
        format => network::paths_report(&graph, &paths).render(format)?,
    };
    clock.report();
    write_output(None, &bytes)
}

pub fn top(args: TopArgs) -> Result<()> {
    let mut clock = Clock::start(&args.source);
    let graph = load(&args.source)?;
    clock.loaded();
    let ranked = query::rank(&graph, args.by, args.n);
    let report = rank::report(&ranked, args.by, args.format);
    clock.report();
    print(&report, args.format)
}

pub fn stats(args: StatsArgs) -> Result<()> {
    let mut clock = Clock::start(&args.source);
    let graph = load(&args.source)?;
    clock.loaded();
    let report = Stats::of(&graph).report();
    clock.report();
    print(&report, args.format)
}

/// The width of the terminal stdout writes to; none when it is a pipe or a file
/// (then tables keep their full width, the same bytes every time).
fn terminal_width() -> Option<usize> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    terminal_size::terminal_size().map(|(width, _)| usize::from(width.0))
}
