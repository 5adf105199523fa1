//! `geokg extract` and `geokg export`: text to graph, graph to other formats,
//! through the view options every format shares.

use std::io::{IsTerminal, Seek, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clap::Args;
use geokg::actors::Gazetteer;
use geokg::export::{self, Format, Rendered};
use geokg::query::edges::parse_quad;
use geokg::query::ActorIndex;
use geokg::view::{Aggregation, Ego, Rollup, ViewOptions};
use geokg::{ActorGraph, ActorKind};

use super::graph_source::{
    extract_graph, extract_graph_as, read_graph, stream_extractions, write_output,
    write_output_with, ReadArgs,
};
use super::values::{parser, AggregationArg, FormatArg, RollupArg};

#[derive(Args, Debug)]
pub struct ExtractArgs {
    /// Text files, JSON Lines files (.jsonl), CSV or TSV files (.csv, .tsv), directories (searched for *.txt and *.jsonl), or - for stdin.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub view: ViewArgs,
    #[command(flatten)]
    pub read: ReadArgs,
    /// Write a shard's graph for `geokg merge`: people are not folded ("Reagan" into "Ronald Reagan"), as that needs the whole corpus (JSON only).
    #[arg(long)]
    pub partial: bool,
    /// With --aggregate: build the aggregated graph as documents stream by, keeping the evidence of the first N events per edge and no statement list (JSON only).
    #[arg(long, value_name = "N", requires = "aggregate")]
    pub evidence: Option<usize>,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// A graph written by `geokg extract --format json`, or - for stdin.
    pub graph: PathBuf,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub view: ViewArgs,
}

#[derive(Args, Debug)]
pub struct OutputArgs {
    /// Output format (svg, png and pdf run Graphviz's `dot`; neo4j needs -o DIR).
    #[arg(long, short = 'f', value_parser = parser::<Format, FormatArg>(), default_value = "json")]
    pub format: Format,
    /// Output file (written whole or not at all), or directory for neo4j; stdout when absent.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// What part of the graph to show and how to group it; see README "Views and formats".
#[derive(Args, Debug, Default, Clone)]
#[command(next_help_heading = "View")]
pub struct ViewArgs {
    /// One edge per (source, target, relation|category|quad) with a weight; default: relation for pictures, none otherwise.
    #[arg(long, value_name = "BY", value_parser = parser::<Aggregation, AggregationArg>())]
    pub aggregate: Option<Aggregation>,
    /// Fold people, bodies and groups into their country (and organisation members into it).
    #[arg(long, value_parser = parser::<Rollup, RollupArg>(), default_value = "none")]
    pub rollup: Rollup,
    /// Keep edges touching this actor (id or name; repeatable).
    #[arg(long, value_name = "ACTOR")]
    pub actor: Vec<String>,
    /// Keep the actors within --depth hops of this one.
    #[arg(long, value_name = "ACTOR")]
    pub ego: Option<String>,
    /// Hops from --ego.
    #[arg(long, value_name = "N", default_value_t = 1, requires = "ego")]
    pub depth: usize,
    /// Keep actors of this kind: country, organization, government, person, group (repeatable).
    #[arg(long, value_name = "KIND", value_parser = parse_kind)]
    pub kind: Vec<ActorKind>,
    /// Keep events of this CAMEO root category, e.g. appeal, threaten (repeatable).
    #[arg(long, value_name = "CATEGORY")]
    pub category: Vec<String>,
    /// Keep events of this quad class: 1-4 or e.g. "verbal conflict" (repeatable).
    #[arg(long, value_name = "QUAD", value_parser = |text: &str| parse_quad(text).map_err(|e| e.to_string()))]
    pub quad: Vec<geokg::QuadClass>,
    /// Drop edges with fewer events.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_weight: usize,
    /// Keep the N actors with most events and the edges among them.
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,
    /// Keep events on or after this date.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub since: Option<String>,
    /// Keep events on or before this date.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub until: Option<String>,
    /// Leave out events of this CAMEO root category, e.g. make_public_statement (repeatable).
    #[arg(long, value_name = "CATEGORY")]
    pub exclude_category: Vec<String>,
    /// Leave out plain statements ("said", "according to"): --exclude-category make_public_statement.
    #[arg(long)]
    pub no_statements: bool,
    /// Draw actors without any edge in the view too (pictures and the page leave them out).
    #[arg(long)]
    pub keep_isolated: bool,
    /// Pictures draw at most N edges: statements go first, then the least connected actors (0: no cap).
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_EDGES)]
    pub max_edges: usize,
}

impl ViewArgs {
    /// True when no option narrows, folds or groups the graph (the picture
    /// options `--keep-isolated` and `--max-edges` aside).
    pub fn is_plain(&self) -> bool {
        self.aggregate.is_none_or(|a| a == Aggregation::None)
            && self.rollup == Rollup::None
            && self.actor.is_empty()
            && self.ego.is_none()
            && self.kind.is_empty()
            && self.category.is_empty()
            && self.quad.is_empty()
            && self.min_weight <= 1
            && self.top.is_none()
            && self.since.is_none()
            && self.until.is_none()
            && self.exclude_category.is_empty()
            && !self.no_statements
    }
}

/// Pictures of more edges than this are unreadable (and slow to lay out).
pub const DEFAULT_MAX_EDGES: usize = 300;

pub fn extract(args: ExtractArgs) -> Result<()> {
    if let Some(keep) = args.evidence {
        return stream_aggregate(&args, keep);
    }
    if args.partial {
        if args.output.format != Format::Json || !args.view.is_plain() {
            bail!("--partial writes a shard's whole graph for `geokg merge`: only with --format json and no view options");
        }
        let graph = extract_graph_as(&args.inputs, &args.read, true)?;
        let written = write(&graph, &args.view, &args.output);
        std::mem::forget(graph);
        return written;
    }
    if args.output.format == Format::Events && args.view.is_plain() {
        return stream_events(&args);
    }
    let graph = extract_graph(&args.inputs, &args.read)?;
    let written = write(&graph, &args.view, &args.output);
    // Freeing every event's strings one by one takes longer than the JSON's
    // last megabytes: the process ends now and returns the memory at once.
    std::mem::forget(graph);
    written
}

/// `--aggregate A --evidence N`: the aggregated graph built as documents are
/// read, memory bounded by its edges (see `geokg::view::summary`).
fn stream_aggregate(args: &ExtractArgs, keep: usize) -> Result<()> {
    let aggregation = args.view.aggregate.unwrap_or_default();
    let others_plain = ViewArgs {
        aggregate: None,
        ..args.view.clone()
    }
    .is_plain();
    if args.output.format != Format::Json || aggregation == Aggregation::None || !others_plain {
        bail!("--evidence builds an aggregated graph as it reads: only with --format json, --aggregate relation|category|quad and no other view option");
    }
    let mut graph = geokg::view::summary::Aggregator::new(aggregation, keep);
    stream_extractions(&args.inputs, &args.read, &mut |extractions| {
        for extraction in extractions {
            graph.add_extraction(extraction);
        }
        Ok(())
    })?;
    if !args.partial {
        graph.fold_people();
    }
    write_output(
        args.output.output.as_deref(),
        &graph.to_json_bytes(args.partial),
    )
}

/// `--format events` written as documents are read: memory holds one batch
/// and the corpus's actors, never its events. Events go to a spool file with
/// the ids each document gives; once the whole corpus is read and people can
/// be folded, the spool is copied to the output with folded ids, so the
/// output is the events of the folded graph, as from any other format.
fn stream_events(args: &ExtractArgs) -> Result<()> {
    let mut spool = std::io::BufWriter::new(
        tempfile::tempfile().context("cannot create a temporary file for the events")?,
    );
    let mut actors = ActorGraph::new();
    stream_extractions(&args.inputs, &args.read, &mut |extractions| {
        for extraction in extractions {
            for actor in &extraction.actors {
                actors.add_actor(actor);
            }
            for event in &extraction.events {
                export::events::write_event_line(&mut spool, event)
                    .context("cannot write the events to a temporary file")?;
            }
        }
        Ok(())
    })?;
    let folds = actors.people_folds();
    let mut spool = spool
        .into_inner()
        .map_err(|e| e.into_error())
        .context("cannot write the events to a temporary file")?;
    spool
        .seek(std::io::SeekFrom::Start(0))
        .context("cannot read back the events' temporary file")?;
    let mut copy = |out: &mut dyn Write| {
        let input = std::io::BufReader::new(&spool);
        export::events::copy_event_lines_folded(input, out, &folds)
    };
    write_output_with(args.output.output.as_deref(), &mut copy)
}

pub fn export(args: ExportArgs) -> Result<()> {
    let graph = read_graph(&args.graph)?;
    write(&graph, &args.view, &args.output)
}

fn write(graph: &ActorGraph, view: &ViewArgs, output: &OutputArgs) -> Result<()> {
    let format = output.format;
    if format.writes_directory() && output.output.is_none() {
        bail!(
            "--format neo4j writes nodes.csv and relationships.csv: give a directory with -o DIR"
        );
    }
    refuse_binary_to_terminal(
        format,
        output.output.is_none() && std::io::stdout().is_terminal(),
    )?;
    let options = view_options(graph, view, format)?;
    if format == Format::Json && options.is_identity() {
        // The whole graph's JSON, written as it is made.
        return write_output_with(output.output.as_deref(), &mut |out| {
            export::json::write_json(graph, out)
        });
    }
    if options.max_edges.is_some() {
        // Say on stderr what the picture's legend says.
        if let Some(note) = geokg::view::apply(graph, &options).note {
            eprintln!("geokg: warning: {note}");
        }
    }
    match export::render_view(graph, &options, format)? {
        Rendered::File(bytes) => write_output(output.output.as_deref(), &bytes),
        Rendered::Directory(files) => {
            let dir = output.output.as_deref().unwrap_or(Path::new("."));
            export::write_directory(dir, &files)?;
            Ok(())
        }
    }
}

/// PNG and PDF bytes on a terminal are noise (and can upset it): ask for a file.
fn refuse_binary_to_terminal(format: Format, stdout_is_terminal: bool) -> Result<()> {
    if stdout_is_terminal && matches!(format, Format::Png | Format::Pdf) {
        let name = format!("{format:?}").to_lowercase();
        bail!(
            "--format {name} writes a binary picture: give a file with -o FILE.{name}, or redirect stdout"
        );
    }
    Ok(())
}

/// Maps the flags onto the library's options, resolving actor names to ids.
fn view_options(graph: &ActorGraph, args: &ViewArgs, format: Format) -> Result<ViewOptions> {
    let mut resolver = Resolver::new(graph);
    let mut actors = Vec::new();
    for name in &args.actor {
        actors.extend(resolver.ids(name)?);
    }
    let ego = match &args.ego {
        Some(name) => Some(Ego {
            actors: resolver.ids(name)?,
            depth: args.depth,
        }),
        None => None,
    };
    let mut exclude_categories = args.exclude_category.clone();
    if args.no_statements {
        exclude_categories.push(geokg::view::STATEMENT_CATEGORY.to_string());
    }
    Ok(ViewOptions {
        aggregate: args
            .aggregate
            .unwrap_or_else(|| format.default_aggregation()),
        rollup: args.rollup,
        actors,
        ego,
        kinds: args.kind.clone(),
        categories: args.category.clone(),
        quads: args.quad.clone(),
        min_weight: args.min_weight,
        top: args.top,
        since: args.since.clone(),
        until: args.until.clone(),
        exclude_categories,
        drop_isolated: format.is_drawn() && !args.keep_isolated,
        max_edges: (format.is_picture() && args.max_edges > 0).then_some(args.max_edges),
    })
}

/// Node ids as given are used as they are; anything else goes through the
/// name index (built on first need: it loads the gazetteer).
struct Resolver<'g> {
    graph: &'g ActorGraph,
    index: Option<ActorIndex>,
}

impl<'g> Resolver<'g> {
    fn new(graph: &'g ActorGraph) -> Self {
        Resolver { graph, index: None }
    }

    fn ids(&mut self, name: &str) -> Result<Vec<String>> {
        if self.graph.actor(name).is_some() {
            return Ok(vec![name.to_string()]);
        }
        if self.index.is_none() {
            let gazetteer = Gazetteer::builtin().context("geokg's built-in data is broken")?;
            self.index = Some(ActorIndex::new(self.graph, Some(&gazetteer)));
        }
        let index = self.index.as_ref().context("no actor index")?;
        Ok(index.resolve(name)?.into_iter().collect())
    }
}

fn parse_kind(text: &str) -> Result<ActorKind, String> {
    let kinds = [
        ActorKind::Country,
        ActorKind::Organization,
        ActorKind::Government,
        ActorKind::Person,
        ActorKind::Group,
        ActorKind::Source,
    ];
    let wanted = text
        .trim()
        .to_lowercase()
        .replace("organisation", "organization");
    kinds
        .into_iter()
        .find(|kind| kind.as_str() == wanted)
        .ok_or_else(|| {
            format!("unknown kind {text:?}: use country, organization, government, person, group or source")
        })
}

/// `YYYY-MM-DD`, compared as text with the events' dates.
fn parse_date(text: &str) -> Result<String, String> {
    let bytes = text.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
    if shape_ok {
        Ok(text.to_string())
    } else {
        Err(format!("{text:?} is not a date in the form YYYY-MM-DD"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_pictures_are_refused_on_a_terminal_only() {
        for format in [Format::Png, Format::Pdf] {
            let message = refuse_binary_to_terminal(format, true)
                .unwrap_err()
                .to_string();
            assert!(message.contains("-o FILE"), "{message}");
            assert!(refuse_binary_to_terminal(format, false).is_ok());
        }
        for format in [Format::Svg, Format::Dot, Format::Json, Format::Html] {
            assert!(refuse_binary_to_terminal(format, true).is_ok());
        }
    }
}
