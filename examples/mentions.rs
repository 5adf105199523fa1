//! Prints the actor mentions and edges geokg finds in each line of standard input, one
//! document per line: a quick look at how a sentence reads.
//!
//! ```text
//! echo "Police in Kabul arrested two Pakistani diplomats." | cargo run --release --example mentions
//! ```

use std::io::BufRead;

use geokg::{Document, Extractor};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let extractor = Extractor::builtin()?;
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
