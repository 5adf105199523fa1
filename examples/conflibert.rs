//! Measures geokg against ConfliBERT's CAMEO development set: real news sentences with
//! gold source and target actor spans and a five-way event class.
//!
//! ```text
//! cargo run --release --example conflibert -- ../shared/data/conflibert_cameo_dev.jsonl
//! cargo run --release --example conflibert -- --all-misses ../shared/data/conflibert_cameo_dev.jsonl
//! ```
//!
//! `--all-misses` lists every actor miss (in file order) in place of the sample of 20;
//! everything else prints as without it.
//!
//! The file is an argument because it must never be copied into this repository (its
//! sentences belong to their outlets). Each line is one JSON object with `id`, `text`,
//! `actors` (`{role: source|target|reciprocal, text, span: [start, end)}`, offsets in
//! *characters*, converted here to the byte offsets geokg reports) and `penta_class`
//! (0..=4, or null when the class is unknown). Every line is read as one document.
//!
//! What it prints:
//!
//! 1. **Actor coverage**: the share of gold actor spans overlapped by a geokg mention that
//!    can act (any [`geokg::MentionSpan`] except a bare adjective, plus every edge end and
//!    statement speaker), with a fixed-seed sample of 20 misses.
//! 2. **Edge agreement**, over sentences whose gold has a source side and a target side:
//!    the share with a geokg edge whose source span overlaps a gold source and whose
//!    target span overlaps a gold target (a `reciprocal` span counts as both, and may hold
//!    both ends: "Russia and China held talks"), and the share where that edge's class
//!    also matches `penta_class` (over sentences with a known class); the same two
//!    shares among the sentences where geokg found both a gold source and a gold target
//!    (issue 10's measure). `CONFLIBERT_EDGE_MISSES=FILE` dumps those sentences' misses.
//! 3. **Error types**, one per scorable sentence, the first that applies: no edge at all
//!    (split by whether geokg found both gold actors), no edge from a gold source, an edge
//!    from a gold source to a wrong target, the right pair with a wrong class.
//!
//! The class of a geokg edge comes from the root (first two digits) of its CAMEO code,
//! not from [`geokg::QuadClass`], because ConfliBERT keeps statements and appeals apart
//! from verbal cooperation:
//!
//! | penta_class | meaning              | CAMEO roots |
//! |-------------|----------------------|-------------|
//! | 0           | statement / appeal   | 01–02 (make public statement, appeal) |
//! | 1           | verbal cooperation   | 03–05 (intend to cooperate, consult, diplomatic cooperation) |
//! | 2           | material cooperation | 06–08 (material cooperation, aid, yield) |
//! | 3           | verbal conflict      | 09–13 (investigate, demand, disapprove, reject, threaten) and 16 (reduce relations) |
//! | 4           | material conflict    | 14–15, 17–20 (protest, posture, coerce … mass violence) |
//!
//! Root 16 (cut aid, suspend visits, impose sanctions, expel diplomats) is verbal
//! conflict in this set: of the dev sentences where geokg's right-pair edge had root 16,
//! the gold class was 3 in 29 of 30 (the table "gold class … by CAMEO root" shows this
//! for every root).
//!
//! This is a measurement, not a test: it asserts nothing and tunes nothing.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use geokg::actors::MentionKind;
use geokg::{Document, DocumentExtraction, Extractor};
use serde::Deserialize;

/// How many misses the coverage section shows.
const MISS_SAMPLE: usize = 20;
/// Seed of the miss sample, so two runs print the same misses.
const SAMPLE_SEED: u64 = 0x0067_656f_6b67;

#[derive(Debug, thiserror::Error)]
enum MeasureError {
    #[error(
        "usage: cargo run --release --example conflibert -- [--all-misses] PATH/conflibert_cameo_dev.jsonl"
    )]
    Usage,
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}: not a ConfliBERT record: {source}")]
    Record {
        path: PathBuf,
        line: usize,
        source: serde_json::Error,
    },
    #[error(transparent)]
    Geokg(#[from] geokg::Error),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Role {
    Source,
    Target,
    Reciprocal,
}

impl Role {
    fn as_str(self) -> &'static str {
        match self {
            Role::Source => "source",
            Role::Target => "target",
            Role::Reciprocal => "reciprocal",
        }
    }

    fn can_be_source(self) -> bool {
        matches!(self, Role::Source | Role::Reciprocal)
    }

    fn can_be_target(self) -> bool {
        matches!(self, Role::Target | Role::Reciprocal)
    }
}

#[derive(Debug, Deserialize)]
struct GoldActor {
    role: Role,
    text: String,
    /// `[start, end)` in characters.
    span: [usize; 2],
}

#[derive(Debug, Deserialize)]
struct Record {
    id: String,
    text: String,
    actors: Vec<GoldActor>,
    penta_class: Option<u8>,
}

/// A gold actor with its span in bytes, the unit geokg reports.
struct Gold<'a> {
    actor: &'a GoldActor,
    bytes: [usize; 2],
}

/// Half-open spans share at least one byte.
fn overlaps(a: [usize; 2], b: [usize; 2]) -> bool {
    a[0] < b[1] && b[0] < a[1]
}

/// Character offsets to byte offsets; `None` for a span outside the text.
fn char_span_to_bytes(text: &str, span: [usize; 2]) -> Option<[usize; 2]> {
    let byte_at = |chars: usize| {
        text.char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(text.len()))
            .nth(chars)
    };
    let (start, end) = (byte_at(span[0])?, byte_at(span[1])?);
    (start < end).then_some([start, end])
}

/// The ConfliBERT class of a CAMEO code, from its two-digit root (table in the module doc).
fn penta_class_of_cameo(cameo: &str) -> Option<u8> {
    let root: u8 = cameo.get(..2)?.parse().ok()?;
    match root {
        1..=2 => Some(0),
        3..=5 => Some(1),
        6..=8 => Some(2),
        9..=13 | 16 => Some(3),
        14 | 15 | 17..=20 => Some(4),
        _ => None,
    }
}

/// Every place geokg names an actor that can act, as byte spans: not a bare
/// adjective, nor a place named as a scene ("in Bangkok") unless an event has it.
fn actor_spans(extraction: &DocumentExtraction) -> Vec<[usize; 2]> {
    let mentions = extraction
        .mentions
        .iter()
        .filter(|m| !matches!(m.kind, MentionKind::Adjective | MentionKind::Scene))
        .map(|m| m.span);
    let edge_ends = extraction
        .events
        .iter()
        .flat_map(|e| [e.evidence.source_span, e.evidence.target_span]);
    let speakers = extraction.statements.iter().map(|s| s.speaker_span);
    mentions.chain(edge_ends).chain(speakers).collect()
}

/// What went wrong in a sentence, the first that applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum EdgeError {
    NoEdgeActorsMissed,
    NoEdgeActorsFound,
    WrongSource,
    WrongTarget,
    WrongClass,
}

impl fmt::Display for EdgeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            EdgeError::NoEdgeActorsMissed => {
                "no edge at all; geokg misses the gold source or target actor"
            }
            EdgeError::NoEdgeActorsFound => {
                "no edge at all; geokg finds both gold actors (relation missed)"
            }
            EdgeError::WrongSource => "edges, none from a gold source (wrong source)",
            EdgeError::WrongTarget => "edge from a gold source to a wrong target",
            EdgeError::WrongClass => "right source and target, wrong class",
        })
    }
}

/// How one scorable sentence came out.
struct EdgeOutcome {
    /// CAMEO roots of the edges with the gold source and target.
    roots: Vec<u8>,
    pair: bool,
    class: Option<bool>,
    error: Option<EdgeError>,
}

/// Judges geokg's edges for one sentence with a gold source side and target side.
///
/// An edge's side names a gold actor where its span overlaps the gold span, or where
/// its node is the node geokg reads in the gold span: "Salva Kiir pardoned him" names
/// Peter Biar Ajak, named before, by the pronoun.
fn judge_edges(record: &Record, gold: &[Gold], extraction: &DocumentExtraction) -> EdgeOutcome {
    let named_in = |node: &str, g: &Gold| {
        extraction.mentions.iter().any(|m| {
            m.actor == node
                && !matches!(m.kind, MentionKind::Adjective | MentionKind::Scene)
                && overlaps(m.span, g.bytes)
        })
    };
    let side =
        |span: [usize; 2], node: &str, g: &Gold| overlaps(span, g.bytes) || named_in(node, g);
    let is_source =
        |span: [usize; 2], g: &Gold| g.actor.role.can_be_source() && overlaps(span, g.bytes);
    let pair_matches = |e: &geokg::Event| {
        gold.iter().enumerate().any(|(i, s)| {
            s.actor.role.can_be_source()
                && side(e.evidence.source_span, &e.source, s)
                && gold.iter().enumerate().any(|(j, t)| {
                    t.actor.role.can_be_target()
                        && side(e.evidence.target_span, &e.target, t)
                        && (i != j || t.actor.role == Role::Reciprocal)
                })
        })
    };
    let matching: Vec<_> = extraction
        .events
        .iter()
        .filter(|e| pair_matches(e))
        .collect();
    let class = record.penta_class.map(|gold_class| {
        matching
            .iter()
            .any(|e| penta_class_of_cameo(&e.cameo) == Some(gold_class))
    });
    let pair = !matching.is_empty();
    let mut roots: Vec<u8> = matching
        .iter()
        .filter_map(|e| e.cameo.get(..2)?.parse().ok())
        .collect();
    roots.sort_unstable();
    roots.dedup();
    let error = if extraction.events.is_empty() {
        let spans = actor_spans(extraction);
        let found = |side: fn(Role) -> bool| {
            gold.iter()
                .filter(|g| side(g.actor.role))
                .any(|g| spans.iter().any(|&s| overlaps(s, g.bytes)))
        };
        if found(Role::can_be_source) && found(Role::can_be_target) {
            Some(EdgeError::NoEdgeActorsFound)
        } else {
            Some(EdgeError::NoEdgeActorsMissed)
        }
    } else if !pair {
        let from_source = extraction
            .events
            .iter()
            .any(|e| gold.iter().any(|g| is_source(e.evidence.source_span, g)));
        Some(if from_source {
            EdgeError::WrongTarget
        } else {
            EdgeError::WrongSource
        })
    } else if class == Some(false) {
        Some(EdgeError::WrongClass)
    } else {
        None
    };
    EdgeOutcome {
        roots,
        pair,
        class,
        error,
    }
}

/// A gold span no geokg mention overlaps.
struct Miss<'a> {
    id: &'a str,
    role: Role,
    actor: &'a str,
    sentence: &'a str,
    /// Only a bare country adjective overlaps the gold span ("Croatian experts").
    adjective: bool,
}

/// splitmix64: a fixed, dependency-free generator for a reproducible sample.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// `count` distinct indices below `len`, by a partial Fisher–Yates shuffle.
    fn sample(&mut self, len: usize, count: usize) -> Vec<usize> {
        let mut indices: Vec<usize> = (0..len).collect();
        for i in 0..count.min(len) {
            let remaining = (len - i) as u64;
            let j = i + (self.next() % remaining) as usize;
            indices.swap(i, j);
        }
        indices.truncate(count.min(len));
        indices
    }
}

#[derive(Default)]
struct Tally {
    gold_spans: usize,
    covered: usize,
    covered_by_role: BTreeMap<&'static str, (usize, usize)>,
    adjective_only: usize,
    bad_spans: usize,
    sentences: usize,
    scorable: usize,
    pair: usize,
    with_class: usize,
    pair_and_class: usize,
    /// Scorable sentences where geokg found a gold source side and a gold target side.
    both_found: usize,
    both_found_pair: usize,
    both_found_with_class: usize,
    both_found_pair_and_class: usize,
    /// (CAMEO root of a right-pair edge, gold penta class) → sentences.
    root_vs_gold: BTreeMap<(u8, u8), usize>,
    errors: BTreeMap<EdgeError, usize>,
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "n/a".to_string()
    } else {
        format!("{:.1}%", 100.0 * part as f64 / whole as f64)
    }
}

fn read_records(path: &Path) -> Result<Vec<Record>, MeasureError> {
    let input = std::fs::read_to_string(path).map_err(|source| MeasureError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    input
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| {
            serde_json::from_str(line).map_err(|source| MeasureError::Record {
                path: path.to_path_buf(),
                line: index + 1,
                source,
            })
        })
        .collect()
}

fn run() -> Result<(), MeasureError> {
    let mut all_misses = false;
    let mut paths = Vec::new();
    for arg in std::env::args_os().skip(1) {
        if arg == "--all-misses" {
            all_misses = true;
        } else {
            paths.push(arg);
        }
    }
    let [path] = <[_; 1]>::try_from(paths).map_err(|_| MeasureError::Usage)?;
    let path = PathBuf::from(path);
    let records = read_records(&path)?;
    let extractor = Extractor::builtin()?;

    let mut tally = Tally::default();
    let mut misses = Vec::new();
    let mut edge_misses = Vec::new();
    for record in &records {
        tally.sentences += 1;
        let doc = Document {
            id: record.id.clone(),
            text: record.text.clone(),
            ..Document::default()
        };
        let extraction = extractor.extract(&doc);
        let spans = actor_spans(&extraction);
        let mut gold = Vec::new();
        for actor in &record.actors {
            let Some(bytes) = char_span_to_bytes(&record.text, actor.span) else {
                tally.bad_spans += 1;
                continue;
            };
            gold.push(Gold { actor, bytes });
        }
        for g in &gold {
            tally.gold_spans += 1;
            let by_role = tally
                .covered_by_role
                .entry(g.actor.role.as_str())
                .or_default();
            by_role.1 += 1;
            if spans.iter().any(|&s| overlaps(s, g.bytes)) {
                tally.covered += 1;
                by_role.0 += 1;
                continue;
            }
            let adjective = extraction
                .mentions
                .iter()
                .any(|m| m.kind == MentionKind::Adjective && overlaps(m.span, g.bytes));
            if adjective {
                tally.adjective_only += 1;
            }
            misses.push(Miss {
                id: &record.id,
                role: g.actor.role,
                actor: &g.actor.text,
                sentence: &record.text,
                adjective,
            });
        }
        let has_source = gold.iter().any(|g| g.actor.role.can_be_source());
        let has_target = gold.iter().any(|g| g.actor.role.can_be_target());
        if !(has_source && has_target) {
            continue;
        }
        tally.scorable += 1;
        let outcome = judge_edges(record, &gold, &extraction);
        tally.pair += usize::from(outcome.pair);
        if let Some(gold_class) = record.penta_class {
            for &root in &outcome.roots {
                *tally.root_vs_gold.entry((root, gold_class)).or_default() += 1;
            }
        }
        if let Some(class_ok) = outcome.class {
            tally.with_class += 1;
            tally.pair_and_class += usize::from(outcome.pair && class_ok);
        }
        let found = |side: fn(Role) -> bool| {
            gold.iter()
                .filter(|g| side(g.actor.role))
                .any(|g| spans.iter().any(|&s| overlaps(s, g.bytes)))
        };
        if found(Role::can_be_source) && found(Role::can_be_target) {
            tally.both_found += 1;
            tally.both_found_pair += usize::from(outcome.pair);
            if let Some(class_ok) = outcome.class {
                tally.both_found_with_class += 1;
                tally.both_found_pair_and_class += usize::from(outcome.pair && class_ok);
            }
            if outcome.error.is_some() {
                edge_misses.push(edge_miss_line(record, &extraction, outcome.error));
            }
        }
        if let Some(error) = outcome.error {
            *tally.errors.entry(error).or_default() += 1;
        }
    }
    print_report(&path, &tally, &misses, all_misses);
    // `CONFLIBERT_EDGE_MISSES=FILE` writes every sentence where geokg found both gold
    // actors but not the gold edge (or its class): error, gold, geokg's edges, sentence.
    if let Some(out) = std::env::var_os("CONFLIBERT_EDGE_MISSES") {
        if let Err(e) = std::fs::write(&out, edge_misses.concat()) {
            eprintln!("cannot write {}: {e}", Path::new(&out).display());
        }
    }
    Ok(())
}

/// One TSV line for the edge-miss dump: id, error, gold class, gold actors, geokg edges,
/// sentence.
fn edge_miss_line(
    record: &Record,
    extraction: &DocumentExtraction,
    error: Option<EdgeError>,
) -> String {
    let gold: Vec<String> = record
        .actors
        .iter()
        .map(|a| format!("{}={}", a.role.as_str(), a.text))
        .collect();
    let edges: Vec<String> = extraction
        .events
        .iter()
        .map(|e| {
            format!(
                "{}-[{} {}]->{}",
                &record.text[e.evidence.source_span[0]..e.evidence.source_span[1]],
                e.relation,
                e.cameo,
                &record.text[e.evidence.target_span[0]..e.evidence.target_span[1]]
            )
        })
        .collect();
    format!(
        "{}\t{:?}\t{}\t{}\t{}\t{}\n",
        record.id,
        error,
        record
            .penta_class
            .map_or("-".to_string(), |c| c.to_string()),
        gold.join(" | "),
        edges.join(" | "),
        record.text
    )
}

fn print_report(path: &Path, tally: &Tally, misses: &[Miss], all_misses: bool) {
    println!(
        "geokg on {} ({} sentences)",
        path.display(),
        tally.sentences
    );
    println!();
    println!("1. Actor coverage");
    println!(
        "   gold actor spans resolved to a geokg actor: {} / {} = {}",
        tally.covered,
        tally.gold_spans,
        percent(tally.covered, tally.gold_spans)
    );
    for (role, (covered, all)) in &tally.covered_by_role {
        println!(
            "     {role:<10} {covered:>5} / {all:<5} = {}",
            percent(*covered, *all)
        );
    }
    println!(
        "   misses overlapped only by a bare country adjective: {}",
        tally.adjective_only
    );
    if tally.bad_spans > 0 {
        println!(
            "   gold spans outside their text (skipped): {}",
            tally.bad_spans
        );
    }
    println!(
        "   sample of {} misses (seed {SAMPLE_SEED:#x}):",
        MISS_SAMPLE.min(misses.len())
    );
    // `CONFLIBERT_MISSES=FILE` writes every miss (id, role, gold text, sentence) as TSV,
    // for reading the misses by kind; the printed sample stays the same.
    if let Some(path) = std::env::var_os("CONFLIBERT_MISSES") {
        let all: String = misses
            .iter()
            .map(|m| {
                format!(
                    "{}\t{}\t{}\t{}\n",
                    m.id,
                    m.role.as_str(),
                    m.actor,
                    m.sentence
                )
            })
            .collect();
        if let Err(e) = std::fs::write(&path, all) {
            eprintln!("cannot write {}: {e}", Path::new(&path).display());
        }
    }
    let mut rng = SplitMix64(SAMPLE_SEED);
    let mut sample = rng.sample(misses.len(), MISS_SAMPLE);
    sample.sort_unstable();
    if all_misses {
        println!("   all {} misses (--all-misses):", misses.len());
        sample = (0..misses.len()).collect();
    }
    for miss in sample.iter().filter_map(|&i| misses.get(i)) {
        println!(
            "   - {} [{}] \"{}\"{}",
            miss.id,
            miss.role.as_str(),
            miss.actor,
            if miss.adjective {
                " (only a bare adjective)"
            } else {
                ""
            }
        );
        println!("       {}", miss.sentence);
    }
    println!();
    println!("2. Edge agreement");
    println!(
        "   sentences with a gold source side and target side: {} of {}",
        tally.scorable, tally.sentences
    );
    println!(
        "   geokg edge with the gold source and target: {} / {} = {}",
        tally.pair,
        tally.scorable,
        percent(tally.pair, tally.scorable)
    );
    println!(
        "   ... and the gold class (sentences with a known class): {} / {} = {}",
        tally.pair_and_class,
        tally.with_class,
        percent(tally.pair_and_class, tally.with_class)
    );
    println!(
        "   among sentences where geokg finds both gold actors: right edge {} / {} = {}, \
         with the gold class {} / {} = {}",
        tally.both_found_pair,
        tally.both_found,
        percent(tally.both_found_pair, tally.both_found),
        tally.both_found_pair_and_class,
        tally.both_found_with_class,
        percent(tally.both_found_pair_and_class, tally.both_found_with_class)
    );
    println!("   gold class of the sentences by CAMEO root of geokg's right-pair edge:");
    println!("     root    0    1    2    3    4");
    let roots: std::collections::BTreeSet<u8> = tally.root_vs_gold.keys().map(|k| k.0).collect();
    for root in roots {
        let counts: Vec<String> = (0..5)
            .map(|g| format!("{:>4}", tally.root_vs_gold.get(&(root, g)).unwrap_or(&0)))
            .collect();
        println!("     {root:02}   {}", counts.join(" "));
    }
    println!();
    println!("3. Error types (one per scorable sentence, commonest first)");
    let mut errors: Vec<_> = tally.errors.iter().collect();
    errors.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (error, count) in errors {
        println!(
            "   {count:>5}  ({})  {error}",
            percent(*count, tally.scorable)
        );
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("conflibert: {err}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn character_spans_become_byte_spans() {
        let text = "Côte d'Ivoire and Türkiye";
        assert_eq!(char_span_to_bytes(text, [0, 13]), Some([0, 14]));
        assert_eq!(char_span_to_bytes(text, [18, 25]), Some([19, 27]));
        assert_eq!(char_span_to_bytes(text, [20, 40]), None);
    }

    #[test]
    fn cameo_roots_map_to_penta_classes() {
        let classes: Vec<_> = [
            "010", "020", "036", "057", "061", "112", "130", "145", "190", "204", "x",
        ]
        .iter()
        .map(|c| penta_class_of_cameo(c))
        .collect();
        assert_eq!(
            classes,
            [
                Some(0),
                Some(0),
                Some(1),
                Some(1),
                Some(2),
                Some(3),
                Some(3),
                Some(4),
                Some(4),
                Some(4),
                None
            ]
        );
    }

    #[test]
    fn the_sample_is_reproducible_and_distinct() {
        let first = SplitMix64(7).sample(100, 20);
        assert_eq!(first, SplitMix64(7).sample(100, 20));
        let mut sorted = first.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 20);
        assert_eq!(SplitMix64(7).sample(3, 20).len(), 3);
    }
}
