//! Measures pronoun resolution: how often geokg resolves he / him / his / she / her
//! to the person GUM's gold coreference says it is.
//!
//! ```sh
//! cargo run --release --example coref_eval -- ../shared/data/ud/en_gum-ud-test.conllu
//! ```
//!
//! Each GUM document's text is rebuilt from its tokens (a space between tokens unless
//! MISC says `SpaceAfter=No`, a blank line between sentences) and run through
//! `Extractor::builtin()`. GUM's MISC `Entity=` marks every mention with a chain id.
//! A pronoun counts when GUM makes it a one-token mention whose chain also holds a
//! *named person*: a `person` mention with a PROPN token; the name is its PROPN tokens
//! ("Barack Obama"). For each such pronoun, geokg's pronoun mention at the same bytes
//! is **right** when the resolved actor's label equals one of the chain's names or its
//! last word (the surname) is a word of one; **wrong** when it resolves to anything
//! else; **unresolved** when geokg has no mention there. Pronouns whose chain names no
//! person are counted apart, with how many geokg resolved anyway.

#[path = "../tools/ud.rs"]
mod ud;

use std::collections::{BTreeMap, HashMap};

use geokg::actors::MentionKind;
use geokg::{Document, Extractor};

fn main() {
    if let Err(e) = real_main() {
        eprintln!("coref_eval: {e}");
        std::process::exit(1);
    }
}

const PRONOUNS: [&str; 5] = ["he", "him", "his", "she", "her"];

#[derive(Default)]
struct Tally {
    pronouns: usize,
    with_named_person: usize,
    right: usize,
    wrong: usize,
    unresolved: usize,
    no_name_resolved: usize,
    /// Every pronoun mention geokg made, wherever it is.
    geokg_pronouns: usize,
    /// Pronouns whose named person geokg found as an actor of the document (named,
    /// not only by pronouns), and how many of those it resolved right / wrong.
    findable: usize,
    findable_right: usize,
    findable_wrong: usize,
}

/// The sentence's words with the one at `at` in brackets.
fn marked(s: &ud::Conllu, at: usize) -> String {
    let words: Vec<String> = s
        .words
        .iter()
        .enumerate()
        .map(|(k, w)| if k == at { format!("[{w}]") } else { w.clone() })
        .collect();
    words.join(" ")
}

fn real_main() -> Result<(), String> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: coref_eval en_gum-ud-test.conllu [-v]")?;
    let verbose = std::env::args().any(|a| a == "-v");
    let sents = ud::read_conllu(&path)?;
    let extractor = Extractor::builtin().map_err(|e| e.to_string())?;
    let mut docs: Vec<(String, Vec<&ud::Conllu>)> = Vec::new();
    for s in &sents {
        match docs.last_mut() {
            Some((id, list)) if *id == s.doc => list.push(s),
            _ => docs.push((s.doc.clone(), vec![s])),
        }
    }
    let mut tally = Tally::default();
    let mut per_pronoun: BTreeMap<String, [usize; 3]> = BTreeMap::new();
    for (id, doc_sents) in &docs {
        // Text, and each token's byte span.
        let mut text = String::new();
        let mut spans: Vec<Vec<(usize, usize)>> = Vec::new();
        for s in doc_sents {
            let mut row = Vec::new();
            for (w, misc) in s.words.iter().zip(&s.misc) {
                let start = text.len();
                text.push_str(w);
                row.push((start, text.len()));
                if !misc.split('|').any(|f| f == "SpaceAfter=No") {
                    text.push(' ');
                }
            }
            text.push_str("\n\n");
            spans.push(row);
        }
        // Gold mentions: chain id → (sentence, token range, type).
        let mut chains: HashMap<String, Vec<(usize, std::ops::Range<usize>, String)>> =
            HashMap::new();
        for (k, s) in doc_sents.iter().enumerate() {
            for (id, range, ty) in ud::gum_mentions(s) {
                chains.entry(id).or_default().push((k, range, ty));
            }
        }
        let names_of = |chain: &str| -> Vec<String> {
            chains.get(chain).map_or_else(Vec::new, |ms| {
                ms.iter()
                    .filter(|(_, _, ty)| ty == "person")
                    .filter_map(|(k, r, _)| {
                        let s = doc_sents[*k];
                        let words: Vec<&str> = r
                            .clone()
                            .filter(|&t| s.upos[t] == "PROPN")
                            .map(|t| s.words[t].as_str())
                            .collect();
                        (!words.is_empty()).then(|| words.join(" "))
                    })
                    .collect()
            })
        };
        let doc = Document {
            id: id.clone(),
            text: text.clone(),
            ..Document::default()
        };
        let extraction = extractor.extract(&doc);
        let resolved: HashMap<[usize; 2], &str> = extraction
            .mentions
            .iter()
            .filter(|m| matches!(m.kind, MentionKind::Pronoun | MentionKind::Possessive))
            .map(|m| (m.span, m.actor.as_str()))
            .collect();
        tally.geokg_pronouns += resolved.len();
        let label = |actor: &str| {
            extraction
                .actors
                .iter()
                .find(|a| a.id == actor)
                .map_or(actor.to_string(), |a| a.label.clone())
        };
        let matches = |names: &[String], l: &str| {
            let surname = l.split_whitespace().last().unwrap_or("");
            names.iter().any(|n| {
                n.eq_ignore_ascii_case(l)
                    || n.split_whitespace()
                        .any(|w| w.eq_ignore_ascii_case(surname))
            })
        };
        // The labels of the people geokg names (not only by a pronoun) in the document.
        let named_people: Vec<String> = extraction
            .mentions
            .iter()
            .filter(|m| !matches!(m.kind, MentionKind::Pronoun | MentionKind::Possessive))
            .filter(|m| m.actor.starts_with("person:"))
            .map(|m| label(&m.actor))
            .collect();
        // Verbose lines, in the document's order.
        let mut lines: Vec<((usize, usize), String)> = Vec::new();
        for (chain, ms) in &chains {
            for (k, r, _) in ms {
                if r.len() != 1 {
                    continue;
                }
                let s = doc_sents[*k];
                let word = s.words[r.start].to_lowercase();
                if !PRONOUNS.contains(&word.as_str()) {
                    continue;
                }
                tally.pronouns += 1;
                let (a, z) = spans[*k][r.start];
                let got = resolved.get(&[a, z]).copied();
                let names = names_of(chain);
                if names.is_empty() {
                    tally.no_name_resolved += usize::from(got.is_some());
                    continue;
                }
                tally.with_named_person += 1;
                let findable = named_people.iter().any(|l| matches(&names, l));
                tally.findable += usize::from(findable);
                let entry = per_pronoun.entry(word.clone()).or_default();
                match got {
                    None => {
                        tally.unresolved += 1;
                        entry[2] += 1;
                        if verbose {
                            lines.push((
                                (*k, r.start),
                                format!(
                                    "{id}#{k}: {word} unresolved{}; gold {:?} in: {}",
                                    if findable { "" } else { " (person not found)" },
                                    names.first(),
                                    marked(s, r.start)
                                ),
                            ));
                        }
                    }
                    Some(actor) => {
                        let l = label(actor);
                        if matches(&names, &l) {
                            tally.right += 1;
                            tally.findable_right += usize::from(findable);
                            entry[0] += 1;
                        } else {
                            tally.wrong += 1;
                            tally.findable_wrong += usize::from(findable);
                            entry[1] += 1;
                            if verbose {
                                lines.push((
                                    (*k, r.start),
                                    format!(
                                        "{id}#{k}: {word} → {l} ({actor}); gold {:?} in: {}",
                                        names.first(),
                                        marked(s, r.start)
                                    ),
                                ));
                            }
                        }
                    }
                }
            }
        }
        lines.sort();
        for (_, line) in lines {
            eprintln!("{line}");
        }
    }

    let t = &tally;
    let resolved = t.right + t.wrong;
    println!(
        "{}: {} documents, {} he/him/his/she/her mentions, {} in a chain that names a person",
        std::path::Path::new(&path)
            .file_name()
            .map_or(path.clone(), |n| n.to_string_lossy().into_owned()),
        docs.len(),
        t.pronouns,
        t.with_named_person
    );
    println!(
        "  resolved {resolved}: right {} ({:.3} of resolved, {:.3} of all {}), wrong {}; unresolved {}",
        t.right,
        t.right as f64 / resolved.max(1) as f64,
        t.right as f64 / t.with_named_person.max(1) as f64,
        t.with_named_person,
        t.wrong,
        t.unresolved
    );
    println!(
        "  pronouns whose chain names no person: {}, of which geokg resolved {}",
        t.pronouns - t.with_named_person,
        t.no_name_resolved
    );
    println!("  pronoun mentions geokg made in all: {}", t.geokg_pronouns);
    println!(
        "  pronouns whose person geokg names as an actor: {}; resolved {}: right {} ({:.3} of resolved)",
        t.findable,
        t.findable_right + t.findable_wrong,
        t.findable_right,
        t.findable_right as f64 / (t.findable_right + t.findable_wrong).max(1) as f64
    );
    println!("  by pronoun (right / wrong / unresolved; accuracy of resolved):");
    let line = |name: &str, [r, w, u]: [usize; 3]| {
        let acc = r as f64 / (r + w).max(1) as f64;
        println!("    {name:12} {r:4} {w:4} {u:4}   {acc:.3}");
    };
    for (p, counts) in &per_pronoun {
        line(p, *counts);
    }
    let sum = |forms: &[&str]| {
        let mut total = [0; 3];
        for (p, c) in &per_pronoun {
            if forms.contains(&p.as_str()) {
                for k in 0..3 {
                    total[k] += c[k];
                }
            }
        }
        total
    };
    line("he/she", sum(&["he", "she"]));
    line("him/his/her", sum(&["him", "his", "her"]));
    Ok(())
}
