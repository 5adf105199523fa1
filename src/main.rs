//! The `geokg` command line: parses arguments and calls the library.

mod cli;

use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{CommandFactory, Parser, Subcommand};

use cli::extract::{ExportArgs, ExtractArgs};
use geokg::query::escape_for_terminal;

const EXAMPLES: &str = "\
Examples:
  geokg extract examples/lithuania-nato-russia.txt --date 2021-12-20
  geokg extract news/ --format dot -o graphs/news.dot
  geokg extract corpus.jsonl --skip-bad -o graph.json
  geokg extract ag_news_test.csv --csv-columns text=3,title=2 --date 2004-08-20 -o graph.json
  cat story.txt | geokg extract - --format dot | dot -Tsvg > story.svg
  geokg export graph.json --format dot -o graph.dot
  geokg extract part1.jsonl --partial -o 1.json && geokg extract part2.jsonl --partial -o 2.json
  geokg merge 1.json 2.json -o graph.json";

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
    /// Merge shard graphs (from `extract --partial`) into the graph of the whole corpus.
    Merge(cli::merge::MergeArgs),
    /// Who said what about whom: statements by speaker, subject and date.
    Said(cli::query::SaidArgs),
    /// Events by source, target, relation, category or quad class.
    Edges(cli::query::EdgesArgs),
    /// Actors linked to an actor, with the relations that link them.
    Neighbors(cli::query::NeighborsArgs),
    /// Shortest paths between two actors, with evidence for every hop.
    Path(cli::query::PathArgs),
    /// The most central actors by degree, PageRank or betweenness.
    Top(cli::query::TopArgs),
    /// Counts of actors, edges, statements and documents, and the date range.
    Stats(cli::query::StatsArgs),
    /// Print a shell completion script, e.g. `geokg completions bash > ~/.local/share/bash-completion/completions/geokg`.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `geokg man > geokg.1 && man ./geokg.1`.
    Man,
}

fn main() -> ExitCode {
    cli::remove_temp_files_on_signals();
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // File names and news text in a message must not drive the terminal.
            let message = format!("{err:#}");
            eprintln!("geokg: error: {}", escape_for_terminal(&message, true));
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Extract(args) => cli::extract::extract(args),
        Command::Export(args) => cli::extract::export(args),
        Command::Merge(args) => cli::merge::merge(args),
        Command::Said(args) => cli::query::said(args),
        Command::Edges(args) => cli::query::edges(args),
        Command::Neighbors(args) => cli::query::neighbors(args),
        Command::Path(args) => cli::query::path(args),
        Command::Top(args) => cli::query::top(args),
        Command::Stats(args) => cli::query::stats(args),
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "geokg", &mut out);
            geokg::export::write_stdout(&out).context("cannot write to stdout")
        }
        Command::Man => {
            let mut out = Vec::new();
            clap_mangen::Man::new(Cli::command())
                .render(&mut out)
                .context("cannot render the manual page")?;
            geokg::export::write_stdout(&out).context("cannot write to stdout")
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
