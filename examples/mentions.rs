//! Prints the actor mentions and edges geokg finds in each line of standard input, one
//! document per line: a quick look at how a sentence reads.
//!
//! ```text
//! echo "Police in Kabul arrested two Pakistani diplomats." | cargo run --release --example mentions
//! ```
//!
//! `--names` also prints, under each sentence, the spans the statistical name finder
//! tags (PER/ORG/LOC) before any dictionary or rule looks at them.

use std::io::BufRead;

use geokg::actors::names::NameFinder;
use geokg::text::{split_sentences, tokenize, Sentence};
use geokg::{Document, Extractor};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let extractor = Extractor::builtin()?;
    let names = std::env::args().any(|a| a == "--names");
    let mut found = Vec::new();
    for (n, line) in std::io::stdin().lock().lines().enumerate() {
        let text = line?;
        if text.trim().is_empty() {
            continue;
        }
        let doc = Document {
            id: format!("line-{}", n + 1),
            text,
            ..Document::default()
        };
        let extraction = extractor.extract(&doc);
        println!("{}", doc.text);
        if names {
            for (index, span) in split_sentences(&doc.text).into_iter().enumerate() {
                let mut tokens = Vec::new();
                tokenize(&doc.text, span.clone(), &mut tokens);
                let sentence = Sentence {
                    doc: &doc.text,
                    index,
                    span: (span.start, span.end),
                    tokens: &tokens,
                };
                found.clear();
                NameFinder::builtin().find_in(&sentence, &mut found);
                for (range, kind) in &found {
                    let bytes = sentence.byte_span(range.clone());
                    println!("  finder {kind:?} \"{}\"", &doc.text[bytes]);
                }
            }
        }
        for m in &extraction.mentions {
            let words = &doc.text[m.span[0]..m.span[1]];
            println!("  {:?} \"{words}\" -> {}", m.kind, m.actor);
        }
        for e in &extraction.events {
            let side = |s: [usize; 2]| &doc.text[s[0]..s[1]];
            println!(
                "  edge \"{}\" -[{} {}]-> \"{}\"",
                side(e.evidence.source_span),
                e.relation,
                e.cameo,
                side(e.evidence.target_span)
            );
        }
    }
    Ok(())
}
