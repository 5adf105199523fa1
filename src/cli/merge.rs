//! `geokg merge`: the graphs of a corpus's shards into the graph of the whole corpus.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use geokg::export;
use geokg::ActorGraph;

use super::graph_source::{read_graph, write_output};

#[derive(Args, Debug)]
pub struct MergeArgs {
    /// Shard graphs in corpus order, written by `geokg extract --partial` (or `geokg merge --partial`); - reads one from stdin.
    #[arg(required = true)]
    pub graphs: Vec<PathBuf>,
    /// Output file (written whole or not at all); stdout when absent.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Keep the result partial (people not folded), to merge it again with other shards.
    #[arg(long)]
    pub partial: bool,
}

pub fn merge(args: MergeArgs) -> Result<()> {
    let mut merged = ActorGraph::new();
    for path in &args.graphs {
        let graph = read_graph(path)?;
        if !graph.is_partial() {
            eprintln!(
                "geokg: warning: {} was not written with --partial: its people are already folded, so the merge can differ from one run over the whole corpus",
                geokg::query::escape_for_terminal(&path.display().to_string(), true)
            );
        }
        merged.append(graph);
    }
    let merged = geokg::graph::merge::merge_graphs([merged], args.partial);
    write_output(args.output.as_deref(), &export::to_json_bytes(&merged))
}
