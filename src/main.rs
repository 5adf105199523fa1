//! The `geokg` command line: parses arguments and calls the library.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};
use geokg::export::{self, Format};
use geokg::input::{self, InputFormat, InputOptions};
use geokg::{ActorGraph, Extractor};

const EXAMPLES: &str = "\
Examples:
  geokg extract examples/lithuania-nato-russia.txt --date 2021-12-20
  geokg extract news/ --format dot -o graphs/news.dot
  geokg extract corpus.jsonl --skip-bad -o graph.json
  cat story.txt | geokg extract - --format dot | dot -Tsvg > story.svg
  geokg export graph.json --format dot -o graph.dot";

/// Turn news text into a knowledge graph of geopolitical actors.
#[derive(Parser, Debug)]
#[command(version, about, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Read news text and write its actor graph.
    #[command(after_help = EXAMPLES)]
    Extract(ExtractArgs),
    /// Convert a saved graph (geokg JSON) to another format.
    #[command(after_help = EXAMPLES)]
    Export(ExportArgs),
}

#[derive(Args, Debug)]
struct ExtractArgs {
    /// Text files, JSON Lines files (.jsonl), directories (searched for *.txt and *.jsonl), or - for stdin.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    #[command(flatten)]
    output: OutputArgs,
    /// How to read the inputs.
    #[arg(long, value_enum, default_value_t = InputFormat::Auto)]
    input_format: InputFormat,
    /// Date (YYYY-MM-DD) of plain-text documents and of JSON Lines records without one.
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,
    /// Skip malformed JSON Lines records with a warning instead of stopping.
    #[arg(long)]
    skip_bad: bool,
    /// Worker threads (default: all cores); the output is the same for any count.
    #[arg(long, short = 'j')]
    threads: Option<usize>,
}

#[derive(Args, Debug)]
struct ExportArgs {
    /// A graph written by `geokg extract --format json`.
    graph: PathBuf,
    #[command(flatten)]
    output: OutputArgs,
}

#[derive(Args, Debug)]
struct OutputArgs {
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Output file (written whole or not at all); stdout when absent.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("geokg: error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Extract(args) => extract(args),
        Command::Export(args) => {
            let graph = read_graph(&args.graph)?;
            write(&graph, &args.output)
        }
    }
}

fn extract(args: ExtractArgs) -> Result<()> {
    if let Some(threads) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads.max(1))
            .build_global()
            .context("cannot start the worker threads")?;
    }
    let options = InputOptions {
        format: args.input_format,
        date: args.date,
        skip_bad: args.skip_bad,
    };
    let docs = input::load_documents(&args.inputs, &options, &mut |w| eprintln!("geokg: {w}"))?;
    let extractor = Extractor::builtin().context("geokg's built-in data is broken")?;
    let graph = extractor.extract_all(&docs);
    write(&graph, &args.output)
}

fn read_graph(path: &Path) -> Result<ActorGraph> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    export::from_json_slice(&bytes)
        .with_context(|| format!("{} is not a geokg graph", path.display()))
}

fn write(graph: &ActorGraph, output: &OutputArgs) -> Result<()> {
    let bytes = export::render(graph, output.format);
    match &output.output {
        Some(path) => export::write_file_atomically(path, &bytes)?,
        None => export::write_stdout(&bytes).context("cannot write to stdout")?,
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
