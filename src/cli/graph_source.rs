//! Where a command gets its graph, and where it writes output: shared by every subcommand.

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use anyhow::{Context, Result};
use clap::Args;
use geokg::export;
use geokg::input::{self, CsvColumns, InputFormat, InputOptions};
use geokg::query::escape_for_terminal;
use geokg::{ActorGraph, Extractor};

use super::values::{parser, InputFormatArg};

/// How to read news text into a graph.
#[derive(Args, Debug, Clone)]
pub struct ReadArgs {
    /// How to read the inputs.
    #[arg(long, value_parser = parser::<InputFormat, InputFormatArg>(), default_value = "auto")]
    pub input_format: InputFormat,
    /// CSV/TSV: which column holds the text, title, date, id or source, by 1-based position or header name, e.g. text=3,title=2 (by default a header names them, or the longest column is the text).
    #[arg(long, value_name = "FIELD=COLUMN,...", value_parser = |spec: &str| spec.parse::<CsvColumns>())]
    pub csv_columns: Option<CsvColumns>,
    /// Date (YYYY-MM-DD) of plain-text documents and of JSON Lines, CSV and TSV records without one.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// Skip malformed JSON Lines, CSV and TSV records with a warning instead of stopping (a bad date only loses the date).
    #[arg(long)]
    pub skip_bad: bool,
    /// Your own actors, aliases and people (JSON; see README), added to the built-in gazetteer.
    #[arg(long, value_name = "FILE")]
    pub actors: Vec<PathBuf>,
    /// Your own verb lexicon rows (TSV in the layout of data/lexicon.tsv).
    #[arg(long, value_name = "FILE")]
    pub lexicon: Vec<PathBuf>,
    /// Worker threads (default: all cores); the output is the same for any count.
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
    /// No summary line on stderr (it is only printed when stderr is a terminal).
    #[arg(long)]
    pub quiet: bool,
}

/// Reads and extracts news text into one graph (people folded).
pub fn extract_graph(inputs: &[PathBuf], args: &ReadArgs) -> Result<ActorGraph> {
    extract_graph_as(inputs, args, false)
}

/// Reads and extracts news text into one graph, batch after batch: memory
/// holds the graph and one batch of documents, never the whole input. A
/// `partial` graph (a shard's, for `geokg merge`) keeps its people unfolded.
pub fn extract_graph_as(inputs: &[PathBuf], args: &ReadArgs, partial: bool) -> Result<ActorGraph> {
    let mut graph = ActorGraph::new();
    let started = std::time::Instant::now();
    let totals = stream_extractions(inputs, args, &mut |extractions| {
        for extraction in extractions {
            graph.add_extraction(extraction);
        }
        Ok(())
    })?;
    if partial {
        graph.set_partial(true);
    } else {
        graph.fold_people();
    }
    if totals.chatty {
        eprintln!("geokg: {}", summary(&graph, &totals, started.elapsed()));
    }
    Ok(graph)
}

/// A batch is extracted once it holds this much text (or [`BATCH_DOCUMENTS`]):
/// large enough to keep every thread busy, small next to a corpus.
const BATCH_BYTES: usize = 8 << 20;
const BATCH_DOCUMENTS: usize = 4096;

/// What [`stream_extractions`] read.
pub struct Totals {
    pub documents: usize,
    pub bytes: usize,
    /// Whether a summary line belongs on stderr (a terminal, no --quiet).
    pub chatty: bool,
}

/// Reads the inputs in batches of documents, extracts each batch in parallel
/// and hands its extractions, in input order, to `on_batch`: the same
/// sequence whatever the thread count or batch size.
pub fn stream_extractions(
    inputs: &[PathBuf],
    args: &ReadArgs,
    on_batch: &mut dyn FnMut(Vec<geokg::DocumentExtraction>) -> Result<()>,
) -> Result<Totals> {
    if let Some(threads) = args.threads {
        let threads = capped_threads(threads);
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build_global()
            .context("cannot start the worker threads")?;
    }
    let options = InputOptions {
        format: args.input_format,
        date: args.date.clone(),
        skip_bad: args.skip_bad,
        csv_columns: args.csv_columns.clone().unwrap_or_default(),
    };
    let extractor = build_extractor(args)?;
    let chatty = !args.quiet && std::io::stderr().is_terminal();
    let progress = Progress::new();
    let done = |doc: &geokg::input::Document| {
        if chatty {
            progress.done(doc);
        }
    };
    let mut totals = Totals {
        documents: 0,
        bytes: 0,
        chatty,
    };
    let mut batch: Vec<geokg::input::Document> = Vec::new();
    let mut batch_bytes = 0;
    let mut flush = |batch: &mut Vec<geokg::input::Document>| -> Result<()> {
        let extractions = extractor.extract_batch(batch, &done);
        batch.clear();
        on_batch(extractions)
    };
    input::for_each_document::<anyhow::Error>(
        inputs,
        &options,
        &mut |w| {
            let warning = w.to_string();
            eprintln!("geokg: {}", escape_for_terminal(&warning, true));
        },
        &mut |doc| {
            totals.documents += 1;
            totals.bytes += doc.text.len();
            batch_bytes += doc.text.len();
            batch.push(doc);
            if batch_bytes >= BATCH_BYTES || batch.len() >= BATCH_DOCUMENTS {
                batch_bytes = 0;
                flush(&mut batch)?;
            }
            Ok(())
        },
    )?;
    if !batch.is_empty() {
        flush(&mut batch)?;
    }
    // Freeing the gazetteer's and lexicon's many small allocations takes longer than
    // building a small graph; the process ends soon and returns the memory at once.
    std::mem::forget(extractor);
    if chatty {
        progress.clear();
    }
    Ok(totals)
}

/// A progress line on stderr (a terminal), redrawn at most ten times a second:
/// `geokg: 312 documents, 0.8 MB, 2.1 MB/s`.
struct Progress {
    started: std::time::Instant,
    done_documents: AtomicUsize,
    done_bytes: AtomicUsize,
    /// Milliseconds since `started` of the last redraw (0: none yet).
    drawn_at: AtomicU64,
}

impl Progress {
    fn new() -> Self {
        Progress {
            started: std::time::Instant::now(),
            done_documents: AtomicUsize::new(0),
            done_bytes: AtomicUsize::new(0),
            drawn_at: AtomicU64::new(0),
        }
    }

    fn done(&self, doc: &geokg::input::Document) {
        let documents = self.done_documents.fetch_add(1, Ordering::Relaxed) + 1;
        let bytes = self.done_bytes.fetch_add(doc.text.len(), Ordering::Relaxed) + doc.text.len();
        let now = self.started.elapsed().as_millis() as u64;
        let last = self.drawn_at.load(Ordering::Relaxed);
        // One thread wins each tenth of a second; the others skip drawing.
        if now >= last + 100
            && self
                .drawn_at
                .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
                .is_ok()
        {
            let mb = |b: usize| b as f64 / 1e6;
            eprint!(
                "\rgeokg: {documents} documents, {:.1} MB, {:.1} MB/s\x1b[K",
                mb(bytes),
                mb(bytes) / (now as f64 / 1000.0).max(1e-3)
            );
        }
    }

    /// Erases the progress line, if one was drawn.
    fn clear(&self) {
        if self.drawn_at.load(Ordering::Relaxed) > 0 {
            eprint!("\r\x1b[K");
        }
    }
}

/// `672 documents, 1.6 MB of text in 0.41 s (3.9 MB/s): 705 actors, 2128 events, 2071 statements`
fn summary(graph: &ActorGraph, totals: &Totals, elapsed: std::time::Duration) -> String {
    let (documents, mb) = (totals.documents, totals.bytes as f64 / 1e6);
    let seconds = elapsed.as_secs_f64();
    format!(
        "{documents} documents, {mb:.1} MB of text in {seconds:.2} s ({:.1} MB/s): {} actors, {} events, {} statements",
        mb / seconds.max(1e-9),
        graph.node_count(),
        graph.edge_count(),
        graph.statements().len()
    )
}

/// Most worker threads per core `-j` may ask for: more only costs memory.
const MAX_THREADS_PER_CORE: usize = 4;

/// `-j N` within 1 and [`MAX_THREADS_PER_CORE`] times the cores, with a warning when cut.
fn capped_threads(asked: usize) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let most = cores * MAX_THREADS_PER_CORE;
    if asked > most {
        eprintln!(
            "geokg: warning: -j {asked} is more than {MAX_THREADS_PER_CORE} threads per core; using {most} ({cores} cores)"
        );
        return most;
    }
    asked.max(1)
}

/// The built-in gazetteer and lexicon, extended with the user's files.
fn build_extractor(args: &ReadArgs) -> Result<Extractor> {
    let (mut gazetteer, mut lexicon) =
        Extractor::builtin_parts().context("geokg's built-in data is broken")?;
    for path in &args.actors {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        gazetteer.add_user_actors(&text, &path.display().to_string())?;
    }
    for path in &args.lexicon {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        lexicon.add_entries(&text, &path.display().to_string())?;
    }
    Ok(Extractor::new(gazetteer.build()?, lexicon))
}

/// Reads a graph saved by `geokg extract --format json`; `-` reads it from stdin.
pub fn read_graph(path: &Path) -> Result<ActorGraph> {
    let (bytes, name) = read_bytes(path)?;
    export::from_json_slice(&bytes).with_context(|| format!("{name} is not a geokg graph"))
}

/// A file's bytes, or stdin's for `-`, and the name to give it in messages.
pub fn read_bytes(path: &Path) -> Result<(Vec<u8>, String)> {
    Ok(if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .context("cannot read the graph from stdin")?;
        (bytes, "<stdin>".to_string())
    } else {
        let bytes =
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        (bytes, path.display().to_string())
    })
}

/// Writes bytes to `-o FILE` (whole or not at all) or to stdout (a closed pipe is fine).
pub fn write_output(output: Option<&Path>, bytes: &[u8]) -> Result<()> {
    match output {
        Some(path) => export::write_file_atomically(path, bytes)?,
        None => export::write_stdout(bytes).context("cannot write to stdout")?,
    }
    Ok(())
}

/// [`write_output`] for output made as it is written.
pub fn write_output_with(
    output: Option<&Path>,
    write: &mut dyn FnMut(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<()> {
    match output {
        Some(path) => export::write_file_atomically_with(path, write)?,
        None => write_stdout_with(write).context("cannot write to stdout")?,
    }
    Ok(())
}

/// Writes to stdout as `write` goes (a closed pipe is fine, as for [`write_output`]).
pub fn write_stdout_with(
    write: &mut dyn FnMut(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    use std::io::Write;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        result => result,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_counts_documents_text_and_the_graph() {
        let graph = ActorGraph::new();
        let totals = Totals {
            documents: 3,
            bytes: 2_500_000,
            chatty: true,
        };
        let line = summary(&graph, &totals, std::time::Duration::from_millis(500));
        assert_eq!(
            line,
            "3 documents, 2.5 MB of text in 0.50 s (5.0 MB/s): 0 actors, 0 events, 0 statements"
        );
    }
}
