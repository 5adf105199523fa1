//! Measures the name finder (`geokg::actors::NameFinder`): entity-level precision,
//! recall and F1 for PER, ORG and LOC, and its speed.
//!
//! ```sh
//! cargo run --release --example names_eval -- ../shared/data/ud [../shared/data/reuters21578.jsonl]
//! ```
//!
//! - **UNER EWT test** (`uner_en_ewt-test.iob2`): the gold tokens are given to the
//!   finder; a found name counts when its tokens and type equal a gold entity's.
//! - **GUM test** (`en_gum-ud-test.conllu`, MISC `Entity=`): GUM types every mention;
//!   `person` → PER, `organization` → ORG, `place` → LOC, other types are not scored
//!   (a name the finder finds there counts as a false positive). Only named mentions
//!   are gold: the mention's head (its one token whose syntactic head lies outside the
//!   mention) must be a PROPN, and the gold name is the run of tokens around that
//!   head, inside the mention, that are PROPN (or capitalised adjectives, verbs or
//!   numbers: "United Nations", "General Motors", "Norton I") or are "of", "the",
//!   "and", "&", "de" or "'s"-less connectors standing between two of them
//!   ("University of Chicago");
//!   so "the United States" is scored as "United States" and "President Obama" as
//!   "President Obama" when GUM tags "President" PROPN. Nested mentions each count.
//!   `GUM_SPLIT=dev` scores GUM dev instead, and with `-v` lists its errors (the
//!   errors of the two test sets are for nobody to read: UNER test's are listed
//!   with `-v` only because earlier sessions did, see `tools/train_names.rs`).
//! - **Speed** (optional JSON Lines file with a `text` field, e.g. Reuters-21578):
//!   geokg's sentence splitter and tokenizer alone, then with the finder on every
//!   sentence; the finder's MB/s is text bytes over the difference.

#[path = "../tools/ud.rs"]
mod ud;

use std::ops::Range;
use std::time::Instant;

use geokg::actors::names::{DocNames, EntityType, NameFinder};
use geokg::text::{split_sentences, tokenize, Sentence, Token};
use ud::Counts;

fn main() {
    if let Err(e) = real_main() {
        eprintln!("names_eval: {e}");
        std::process::exit(1);
    }
}

fn real_main() -> Result<(), String> {
    let verbose = std::env::args().any(|a| a == "-v");
    let mut args = std::env::args().skip(1).filter(|a| a != "-v");
    let dir = args
        .next()
        .ok_or("usage: names_eval [-v] UD_DIR [TEXT.jsonl]")?;
    let finder = NameFinder::builtin();

    let uner = ud::read_iob2(&format!("{dir}/uner_en_ewt-test.iob2"))?;
    let mut counts = [Counts::default(); 3];
    let mut found = Vec::new();
    // Each document's names agree (see `NameFinder::find_in_document`).
    let mut doc = (String::new(), DocNames::default());
    for s in &uner {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        found.clear();
        if doc.0 != s.doc {
            doc.0.clone_from(&s.doc);
            doc.1.clear();
        }
        finder.find_in_document(words.len(), |i| words[i], &mut doc.1, &mut found);
        ud::score(&s.entities, &found, &mut counts);
        if verbose && std::env::var_os("GUM_SPLIT").is_none() {
            print_errors(&words, &s.entities, &found);
        }
    }
    print!(
        "{}",
        ud::report(
            &format!("UNER EWT test ({} sentences, gold tokens)", uner.len()),
            &counts
        )
    );

    // `GUM_SPLIT=dev`: GUM dev instead, whose errors may be read (`-v`) without
    // looking at a test split.
    let split = std::env::var("GUM_SPLIT").unwrap_or_else(|_| "test".to_string());
    let gum = ud::read_conllu(&format!("{dir}/en_gum-ud-{split}.conllu"))?;
    let mut counts = [Counts::default(); 3];
    for s in &gum {
        let gold = gum_names(s);
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        found.clear();
        if doc.0 != s.doc {
            doc.0.clone_from(&s.doc);
            doc.1.clear();
        }
        finder.find_in_document(words.len(), |i| words[i], &mut doc.1, &mut found);
        ud::score(&gold, &found, &mut counts);
        if verbose && split != "test" {
            print_errors(&words, &gold, &found);
        }
    }
    print!(
        "{}",
        ud::report(
            &format!("GUM {split} ({} sentences, named mentions)", gum.len()),
            &counts
        )
    );

    if let Some(path) = args.next() {
        speed(finder, &path)?;
    }
    Ok(())
}

/// With `-v`: each gold name the finder missed or typed otherwise ("miss ORG [Apple]
/// got LOC [Apple]") and each name it found that is no gold name ("extra …"), on stderr.
fn print_errors(
    words: &[&str],
    gold: &[(Range<usize>, EntityType)],
    found: &[(Range<usize>, EntityType)],
) {
    let text = |r: &Range<usize>| words[r.clone()].join(" ");
    for g in gold.iter().filter(|g| !found.contains(g)) {
        let got = found
            .iter()
            .find(|f| f.0.start < g.0.end && g.0.start < f.0.end);
        let got = got.map_or("nothing".to_string(), |f| {
            format!("{} [{}]", f.1.as_str(), text(&f.0))
        });
        eprintln!(
            "miss {} [{}] got {got} | {}",
            g.1.as_str(),
            text(&g.0),
            words.join(" ")
        );
    }
    for f in found.iter().filter(|f| {
        !gold
            .iter()
            .any(|g| g.0.start < f.0.end && f.0.start < g.0.end)
    }) {
        eprintln!(
            "extra {} [{}] | {}",
            f.1.as_str(),
            text(&f.0),
            words.join(" ")
        );
    }
}

/// The named person / organisation / place mentions of a GUM sentence (see the module doc).
fn gum_names(s: &ud::Conllu) -> Vec<(Range<usize>, EntityType)> {
    let mentions = ud::gum_mentions(s);
    let mut out = Vec::new();
    for (_, span, ty) in mentions {
        let ty = match ty.as_str() {
            "person" => EntityType::Person,
            "organization" => EntityType::Organization,
            "place" => EntityType::Location,
            _ => continue,
        };
        let inside = |h: usize| h > span.start && h <= span.end; // heads are 1-based
        let Some(head) = span.clone().find(|&t| !inside(s.heads[t])) else {
            continue;
        };
        if s.upos[head] != "PROPN" {
            continue;
        }
        // A capitalised word that the treebank tags otherwise is part of a name
        // too ("United" in "United Nations", "General Motors", "European Union"),
        // except a determiner ("The") or a pronoun.
        let propn = |t: usize| {
            s.upos[t] == "PROPN"
                || (s.words[t].chars().next().is_some_and(char::is_uppercase)
                    && matches!(s.upos[t].as_str(), "ADJ" | "VERB" | "NUM"))
        };
        let connector = |t: usize| {
            matches!(
                s.words[t].as_str(),
                "of" | "the" | "and" | "&" | "de" | "for" | "on"
            )
        };
        let (mut a, mut z) = (head, head + 1);
        loop {
            if a > span.start && propn(a - 1) {
                a -= 1;
            } else if a > span.start + 1 && connector(a - 1) && propn(a - 2) {
                a -= 2;
            } else {
                break;
            }
        }
        loop {
            if z < span.end && propn(z) {
                z += 1;
            } else if z + 1 < span.end && connector(z) && propn(z + 1) {
                z += 2;
            } else {
                break;
            }
        }
        let name = (a..z, ty);
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

fn speed(finder: &NameFinder, path: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut docs = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
            docs.push(t.to_string());
        }
    }
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut tokens: Vec<Token> = Vec::new();
    let mut found: Vec<(Range<usize>, EntityType)> = Vec::new();
    let mut run = |with_finder: bool| {
        let start = Clock::now();
        let mut names = 0usize;
        for doc in &docs {
            for (index, span) in split_sentences(doc).into_iter().enumerate() {
                tokens.clear();
                tokenize(doc, span.clone(), &mut tokens);
                if with_finder {
                    let s = Sentence {
                        doc,
                        index,
                        span: (span.start, span.end),
                        tokens: &tokens,
                    };
                    found.clear();
                    finder.find_in(&s, &mut found);
                    names += found.len();
                }
            }
        }
        (start.elapsed(), names)
    };
    run(true); // warm up: weights decoded, caches filled
    let (base, _) = run(false);
    let (with, names) = run(true);
    let mb = bytes as f64 / 1e6;
    println!(
        "Speed on {path}: {} documents, {mb:.1} MB, {names} names ({} time of this thread)\n  split+tokenize {:.2} s ({:.1} MB/s); with the finder {:.2} s; finder alone {:.1} MB/s",
        docs.len(),
        Clock::now().kind(),
        base,
        mb / base,
        with,
        mb / (with - base).max(1e-9)
    );
    Ok(())
}

/// CPU time of this thread where Linux tells it (`/proc/thread-self/schedstat`),
/// else wall time: on a shared machine wall time counts the other processes too.
enum Clock {
    Cpu(u64),
    Wall(Instant),
}

impl Clock {
    fn cpu_ns() -> Option<u64> {
        std::fs::read_to_string("/proc/thread-self/schedstat")
            .ok()?
            .split_whitespace()
            .next()?
            .parse()
            .ok()
    }

    fn now() -> Clock {
        Clock::cpu_ns().map_or_else(|| Clock::Wall(Instant::now()), Clock::Cpu)
    }

    fn kind(&self) -> &'static str {
        match self {
            Clock::Cpu(_) => "CPU",
            Clock::Wall(_) => "wall",
        }
    }

    fn elapsed(&self) -> f64 {
        match self {
            Clock::Cpu(start) => Clock::cpu_ns().map_or(0.0, |now| (now - start) as f64 / 1e9),
            Clock::Wall(start) => start.elapsed().as_secs_f64(),
        }
    }
}
