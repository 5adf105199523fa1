//! Corpus scale: shard graphs merge into the graph of one run, whatever the
//! cut and the grouping; streamed outputs equal the whole-graph ones.

use std::path::Path;

use assert_cmd::cargo::CommandCargoExt;
use geokg::export::{from_json_slice, to_json_bytes};
use geokg::graph::merge::merge_graphs;
use geokg::view::summary::Aggregator;
use geokg::view::{Aggregation, ViewOptions};
use geokg::{ActorGraph, Document, DocumentExtraction, Extractor};

/// SplitMix64: a small seeded generator, the same sequence on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Sentences naming people some of which fold into others across documents
/// ("Varnell" into "John Varnell" unless "Mary Varnell" is in the corpus too).
const PEOPLE: &[&str] = &[
    "Mr. Varnell criticised Moscow on Monday.",
    "U.S. Senator John Varnell accused Libya of terrorism.",
    "U.S. Senator Mary Varnell criticised Iran.",
    "Ukrainian President Volodymyr Zelensky thanked Poland.",
    "Ukrainian President Volodymyr Zelenskyy thanked Germany.",
    "Mr. Stubb warned Russia against provocations.",
];

/// Paragraphs of the project's own examples.
fn paragraphs() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut texts = vec![std::fs::read_to_string(root.join("lithuania-nato-russia.txt")).unwrap()];
    let mut files: Vec<_> = std::fs::read_dir(root.join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    texts.extend(files.iter().map(|f| std::fs::read_to_string(f).unwrap()));
    texts
        .iter()
        .flat_map(|t| t.split("\n\n"))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// `n` documents of 1 to 4 example paragraphs and now and then a sentence of [`PEOPLE`].
fn corpus(seed: u64, n: usize) -> Vec<Document> {
    let pool = paragraphs();
    let mut rng = Rng(seed);
    (0..n)
        .map(|i| {
            let mut parts: Vec<&str> = (0..1 + rng.below(4))
                .map(|_| pool[rng.below(pool.len())].as_str())
                .collect();
            if rng.below(3) == 0 {
                parts.insert(rng.below(parts.len() + 1), PEOPLE[rng.below(PEOPLE.len())]);
            }
            let date = match rng.below(4) {
                0 => None,
                d => Some(format!("2024-0{d}-1{}", rng.below(10))),
            };
            Document {
                id: format!("g{seed}-{i}"),
                text: parts.join("\n\n"),
                date,
                ..Document::default()
            }
        })
        .collect()
}

/// A shard's graph as `geokg extract --partial` writes and `geokg merge` reads it.
fn shard(extractions: &[DocumentExtraction]) -> ActorGraph {
    let mut graph = ActorGraph::new();
    for extraction in extractions {
        graph.add_extraction(extraction.clone());
    }
    graph.set_partial(true);
    through_json(&graph)
}

fn through_json(graph: &ActorGraph) -> ActorGraph {
    from_json_slice(&to_json_bytes(graph)).unwrap()
}

#[test]
fn merging_random_shardings_in_random_groupings_gives_the_single_run() {
    let extractor = Extractor::builtin().unwrap();
    let docs = corpus(7, 60);
    let whole = to_json_bytes(&extractor.extract_all(&docs));
    // Extraction is per document: each is read once, shards reuse the results.
    let extractions = extractor.extract_batch(&docs, &|_| {});
    let mut unfolded = ActorGraph::new();
    for extraction in &extractions {
        unfolded.add_extraction(extraction.clone());
    }
    assert!(
        !unfolded.people_folds().is_empty(),
        "the corpus must make people fold"
    );
    let mut shards_folding_otherwise = 0;
    let mut rng = Rng(2024);
    for round in 0..24 {
        // Cut points: 1 to 8 shards of consecutive documents, empty ones allowed.
        let mut cuts: Vec<usize> = (0..rng.below(8))
            .map(|_| rng.below(docs.len() + 1))
            .collect();
        cuts.extend([0, docs.len()]);
        cuts.sort_unstable();
        let mut parts: Vec<ActorGraph> = cuts
            .windows(2)
            .map(|w| shard(&extractions[w[0]..w[1]]))
            .collect();
        for part in &parts {
            let mut alone = part.clone();
            alone.fold_people();
            let folded_alone = part.people_folds();
            if folded_alone
                .iter()
                .any(|(from, to)| unfolded.people_folds().get(from) != Some(to))
            {
                shards_folding_otherwise += 1;
            }
        }
        // Merge neighbours in random order, each result a partial graph again.
        while parts.len() > 1 {
            let i = rng.below(parts.len() - 1);
            let right = parts.remove(i + 1);
            let left = std::mem::take(&mut parts[i]);
            parts[i] = through_json(&merge_graphs([left, right], true));
        }
        let merged = merge_graphs(parts, false);
        assert!(
            to_json_bytes(&merged) == whole,
            "round {round}: cuts {cuts:?} give another graph"
        );
    }
    assert!(
        shards_folding_otherwise > 0,
        "no shard folds people otherwise than the whole corpus: the test proves nothing"
    );
}

fn geokg() -> std::process::Command {
    std::process::Command::cargo_bin("geokg").unwrap()
}

fn run(command: &mut std::process::Command) -> Vec<u8> {
    let out = command.output().unwrap();
    assert!(
        out.status.success(),
        "{command:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn write_jsonl(path: &Path, docs: &[Document]) {
    let mut text = String::new();
    for d in docs {
        let record = serde_json::json!({"id": d.id, "text": d.text, "date": d.date});
        text.push_str(&record.to_string());
        text.push('\n');
    }
    std::fs::write(path, text).unwrap();
}

#[test]
fn geokg_merge_of_partial_shards_equals_one_extract_run() {
    let dir = tempfile::tempdir().unwrap();
    let docs = corpus(11, 40);
    let whole = dir.path().join("whole.jsonl");
    write_jsonl(&whole, &docs);
    let one_run = run(geokg().args(["extract", "--quiet", "-j2"]).arg(&whole));
    let mut shards = Vec::new();
    for (k, range) in [0..9, 9..10, 10..31, 31..40].into_iter().enumerate() {
        let input = dir.path().join(format!("part{k}.jsonl"));
        write_jsonl(&input, &docs[range]);
        let output = dir.path().join(format!("part{k}.json"));
        let threads = if k % 2 == 0 { "-j1" } else { "-j2" };
        run(geokg()
            .args(["extract", "--quiet", "--partial", threads])
            .arg(&input)
            .arg("-o")
            .arg(&output));
        shards.push(output);
    }
    let merged = run(geokg().arg("merge").args(&shards));
    assert!(merged == one_run, "merge of four shards differs");
    // ((0 1) (2 3)) through partial merges, one shard from stdin.
    let left = dir.path().join("left.json");
    run(geokg()
        .args(["merge", "--partial", "-o"])
        .arg(&left)
        .args(&shards[..2]));
    let right = run(geokg().args(["merge", "--partial"]).args(&shards[2..]));
    let mut last = geokg();
    last.arg("merge").arg(&left).arg("-");
    last.stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped());
    let mut child = last.spawn().unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), &right).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert!(out.stdout == one_run, "grouped merge differs");
}

#[test]
fn partial_is_only_for_whole_json_graphs() {
    let out = geokg()
        .args(["extract", "--partial", "--format", "events"])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/news.jsonl"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--partial"));
}

#[test]
fn streamed_events_are_those_of_the_folded_graph() {
    let dir = tempfile::tempdir().unwrap();
    let docs = corpus(5, 30);
    let input = dir.path().join("corpus.jsonl");
    write_jsonl(&input, &docs);
    let graph = dir.path().join("graph.json");
    run(geokg()
        .args(["extract", "--quiet", "-j1"])
        .arg(&input)
        .arg("-o")
        .arg(&graph));
    let from_graph = run(geokg()
        .arg("export")
        .arg(&graph)
        .args(["--format", "events"]));
    let streamed = run(geokg()
        .args(["extract", "--quiet", "-j2", "--format", "events"])
        .arg(&input));
    assert!(streamed == from_graph, "streamed events differ");
    let text = String::from_utf8(streamed).unwrap();
    assert!(
        text.contains("\"source\":\"person:volodymyr-zelensky\"")
            && !text.contains("person:volodymyr-zelenskyy\""),
        "Zelenskyy is not folded into Zelensky"
    );
}

/// `.ci/run` installs PySpark and a Java runtime; `scale/spark_extract.py`
/// then runs in local mode over 10,000 generated documents in 4 partitions.
#[test]
#[ignore = "needs pyspark and java"]
fn the_spark_recipe_equals_one_extract_run() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl");
    write_jsonl(&input, &corpus(3, 10_000));
    let one_run = run(geokg().args(["extract", "--quiet"]).arg(&input));
    let output = dir.path().join("spark.json");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bin = assert_cmd::cargo::cargo_bin("geokg");
    run(std::process::Command::new("python3")
        .arg(root.join("scale/spark_extract.py"))
        .args(["--master", "local[2]", "--partitions", "4", "--geokg"])
        .arg(&bin)
        .arg(&input)
        .arg("-o")
        .arg(&output)
        .args(["--", "-j1"]));
    let spark = std::fs::read(&output).unwrap();
    let graph: serde_json::Value = serde_json::from_slice(&spark).unwrap();
    assert_eq!(graph["graph"]["documents"], 10_000);
    assert!(
        spark == one_run,
        "the Spark recipe's graph differs from one run's"
    );
}

fn aggregated_shard(
    extractions: &[DocumentExtraction],
    aggregation: Aggregation,
    keep: usize,
) -> Aggregator {
    let mut graph = Aggregator::new(aggregation, keep);
    for extraction in extractions {
        graph.add_extraction(extraction.clone());
    }
    Aggregator::from_json_slice(&graph.to_json_bytes(true)).unwrap()
}

#[test]
fn aggregated_shards_merge_into_the_single_runs_aggregated_graph() {
    let extractor = Extractor::builtin().unwrap();
    let docs = corpus(13, 60);
    let extractions = extractor.extract_batch(&docs, &|_| {});
    let mut rng = Rng(99);
    for (round, aggregation) in [
        Aggregation::Relation,
        Aggregation::Category,
        Aggregation::Quad,
    ]
    .into_iter()
    .cycle()
    .take(12)
    .enumerate()
    {
        let keep = [1, 2, 5, 1000][round % 4];
        let mut whole = aggregated_shard(&extractions, aggregation, keep);
        whole.fold_people();
        let whole = whole.to_json_bytes(false);
        let mut cuts: Vec<usize> = (0..rng.below(8))
            .map(|_| rng.below(docs.len() + 1))
            .collect();
        cuts.extend([0, docs.len()]);
        cuts.sort_unstable();
        let mut parts: Vec<Aggregator> = cuts
            .windows(2)
            .map(|w| aggregated_shard(&extractions[w[0]..w[1]], aggregation, keep))
            .collect();
        while parts.len() > 1 {
            let i = rng.below(parts.len() - 1);
            let right = parts.remove(i + 1);
            parts[i].append(right);
            parts[i] = Aggregator::from_json_slice(&parts[i].to_json_bytes(true)).unwrap();
        }
        let mut merged = parts.pop().unwrap();
        merged.fold_people();
        assert!(
            merged.to_json_bytes(false) == whole,
            "round {round} ({aggregation:?}, {keep} samples): cuts {cuts:?} give another graph"
        );
    }
}

/// With room for every sample, the streamed aggregation is the aggregated view
/// of the whole graph (which also lists statements).
#[test]
fn the_streamed_aggregation_is_the_aggregated_view() {
    let extractor = Extractor::builtin().unwrap();
    let docs = corpus(17, 50);
    let graph = extractor.extract_all(&docs);
    for aggregation in [
        Aggregation::Relation,
        Aggregation::Category,
        Aggregation::Quad,
    ] {
        let options = ViewOptions {
            aggregate: aggregation,
            ..ViewOptions::default()
        };
        let view = geokg::view::apply(&graph, &options);
        let from_view: serde_json::Value =
            serde_json::from_slice(&geokg::view::json::to_json_bytes(&graph, &view)).unwrap();
        let mut streamed = Aggregator::new(aggregation, usize::MAX);
        for extraction in extractor.extract_batch(&docs, &|_| {}) {
            streamed.add_extraction(extraction);
        }
        streamed.fold_people();
        let streamed: serde_json::Value =
            serde_json::from_slice(&streamed.to_json_bytes(false)).unwrap();
        assert_eq!(streamed["nodes"], from_view["nodes"]);
        assert_eq!(streamed["edges"], from_view["edges"]);
        assert!(from_view["edges"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["weight"].as_u64() > Some(1) && e["first_date"] != e["last_date"]));
    }
}

#[test]
fn geokg_merge_of_aggregated_shards_equals_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let docs = corpus(19, 30);
    let whole = dir.path().join("whole.jsonl");
    write_jsonl(&whole, &docs);
    let aggregate = ["--aggregate", "category", "--evidence", "2"];
    let one_run = run(geokg()
        .args(["extract", "--quiet"])
        .args(aggregate)
        .arg(&whole));
    let mut shards = Vec::new();
    for (k, range) in [0..13, 13..14, 14..30].into_iter().enumerate() {
        let input = dir.path().join(format!("part{k}.jsonl"));
        write_jsonl(&input, &docs[range]);
        let output = dir.path().join(format!("part{k}.json"));
        run(geokg()
            .args(["extract", "--quiet", "--partial"])
            .args(aggregate)
            .arg(&input)
            .arg("-o")
            .arg(&output));
        shards.push(output);
    }
    let merged = run(geokg().arg("merge").args(&shards));
    assert!(merged == one_run, "merge of aggregated shards differs");
    // A full graph and an aggregated one do not merge.
    let full = dir.path().join("full.json");
    run(geokg()
        .args(["extract", "--quiet", "--partial"])
        .arg(&whole)
        .arg("-o")
        .arg(&full));
    let out = geokg()
        .arg("merge")
        .arg(&shards[0])
        .arg(&full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}
