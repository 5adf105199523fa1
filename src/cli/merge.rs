//! `geokg merge`: the graphs of a corpus's shards into the graph of the whole corpus.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::Args;
use geokg::export;
use geokg::query::escape_for_terminal;
use geokg::view::summary::Aggregator;
use geokg::ActorGraph;

use super::graph_source::{read_bytes, write_output, write_output_with};

#[derive(Args, Debug)]
pub struct MergeArgs {
    /// Shard graphs in corpus order, written with `geokg extract --partial` (full or --aggregate); - reads one from stdin.
    #[arg(required = true)]
    pub graphs: Vec<PathBuf>,
    /// Output file (written whole or not at all); stdout when absent.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Keep the result partial (people not folded), to merge it again with other shards.
    #[arg(long)]
    pub partial: bool,
}

/// The shards merged so far: full graphs or aggregated ones, not both.
enum Merged {
    Full(ActorGraph),
    Aggregated(Aggregator),
}

pub fn merge(args: MergeArgs) -> Result<()> {
    let mut merged: Option<Merged> = None;
    for path in &args.graphs {
        let (bytes, name) = read_bytes(path)?;
        let name = escape_for_terminal(&name, true);
        let shard = if is_aggregated(&bytes) {
            let graph = Aggregator::from_json_slice(&bytes)
                .map_err(|message| anyhow::anyhow!(message))
                .with_context(|| format!("{name} is not a partial aggregated geokg graph"))?;
            Merged::Aggregated(graph)
        } else {
            let graph = export::from_json_slice(&bytes)
                .with_context(|| format!("{name} is not a geokg graph"))?;
            if !graph.is_partial() {
                eprintln!(
                    "geokg: warning: {name} was not written with --partial: its people are already folded, so the merge can differ from one run over the whole corpus"
                );
            }
            Merged::Full(graph)
        };
        merged = Some(match (merged, shard) {
            (None, shard) => shard,
            (Some(Merged::Full(mut all)), Merged::Full(graph)) => {
                all.append(graph);
                Merged::Full(all)
            }
            (Some(Merged::Aggregated(mut all)), Merged::Aggregated(graph)) => {
                if graph.aggregation() != all.aggregation() {
                    bail!(
                        "{name} is aggregated by {}, the graphs before it by {}",
                        graph.aggregation().as_str(),
                        all.aggregation().as_str()
                    );
                }
                all.append(graph);
                Merged::Aggregated(all)
            }
            _ => bail!("{name}: full and aggregated graphs do not merge"),
        });
    }
    let bytes = match merged {
        Some(Merged::Full(graph)) => {
            let graph = geokg::graph::merge::merge_graphs([graph], args.partial);
            return write_output_with(args.output.as_deref(), &mut |out| {
                export::json::write_json(&graph, out)
            });
        }
        Some(Merged::Aggregated(mut graph)) => {
            if !args.partial {
                graph.fold_people();
            }
            graph.to_json_bytes(args.partial)
        }
        None => bail!("no graph to merge"),
    };
    write_output(args.output.as_deref(), &bytes)
}

/// Whether a graph's attributes name an aggregation (`"aggregate": "relation"`).
fn is_aggregated(bytes: &[u8]) -> bool {
    #[derive(serde::Deserialize)]
    struct Head {
        #[serde(default)]
        graph: Attributes,
    }
    #[derive(serde::Deserialize, Default)]
    struct Attributes {
        #[serde(default)]
        aggregate: Option<String>,
    }
    serde_json::from_slice::<Head>(bytes)
        .ok()
        .and_then(|head| head.graph.aggregate)
        .is_some_and(|a| a != "none")
}
