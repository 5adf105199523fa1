//! `geokg extract` and `geokg export`: text to graph, graph to other formats.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use geokg::export::{self, Format};

use super::graph_source::{extract_graph, read_graph, write_output, ReadArgs};

#[derive(Args, Debug)]
pub struct ExtractArgs {
    /// Text files, JSON Lines files (.jsonl), directories (searched for *.txt and *.jsonl), or - for stdin.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub read: ReadArgs,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// A graph written by `geokg extract --format json`.
    pub graph: PathBuf,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Args, Debug)]
pub struct OutputArgs {
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Json)]
    pub format: Format,
    /// Output file (written whole or not at all); stdout when absent.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn extract(args: ExtractArgs) -> Result<()> {
    let graph = extract_graph(&args.inputs, &args.read)?;
    write_output(
        args.output.output.as_deref(),
        &export::render(&graph, args.output.format),
    )
}

pub fn export(args: ExportArgs) -> Result<()> {
    let graph = read_graph(&args.graph)?;
    write_output(
        args.output.output.as_deref(),
        &export::render(&graph, args.output.format),
    )
}
