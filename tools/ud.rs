//! Readers for the Universal Dependencies files the name finder is trained and
//! measured on, and entity-level scoring. Included by `tools/train_names.rs`
//! and `examples/names_eval.rs` with `#[path]`.

#![allow(dead_code)]

use std::ops::Range;

use geokg::actors::names::{tag, EntityType, TAG_O};

/// One sentence: words, their UPOS (empty when the file has none), and BIO tags
/// (`None` when the file has no entity annotation).
pub struct Sent {
    /// The `# newdoc id` the sentence belongs to (empty when the file has none).
    pub doc: String,
    pub words: Vec<String>,
    pub upos: Vec<String>,
    pub tags: Option<Vec<u8>>,
    /// Gold entities (token range, type), when the file has them.
    pub entities: Vec<(Range<usize>, EntityType)>,
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))
}

/// UNER `.iob2`: `index<TAB>word<TAB>tag<TAB>…`, sentences separated by blank lines.
pub fn read_iob2(path: &str) -> Result<Vec<Sent>, String> {
    let text = read(path)?;
    let mut out = Vec::new();
    let mut words = Vec::new();
    let mut tags = Vec::new();
    let mut doc = String::new();
    let flush = |words: &mut Vec<String>, tags: &mut Vec<u8>, doc: &str, out: &mut Vec<Sent>| {
        if !words.is_empty() {
            let t = std::mem::take(tags);
            let entities = entities_of(&t);
            out.push(Sent {
                doc: doc.to_string(),
                words: std::mem::take(words),
                upos: Vec::new(),
                tags: Some(t),
                entities,
            });
        }
    };
    for (n, line) in text.lines().enumerate() {
        if let Some(id) = line.strip_prefix("# newdoc id = ") {
            doc = id.trim().to_string();
        }
        if line.starts_with('#') {
            continue;
        }
        if line.trim().is_empty() {
            flush(&mut words, &mut tags, &doc, &mut out);
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 3 {
            return Err(format!("{path}:{}: fewer than 3 columns", n + 1));
        }
        let t = parse_tag(cols[2]).ok_or_else(|| format!("{path}:{}: tag {:?}", n + 1, cols[2]))?;
        words.push(cols[1].to_string());
        tags.push(t);
    }
    flush(&mut words, &mut tags, &doc, &mut out);
    Ok(out)
}

/// A UNER tag; types other than PER/ORG/LOC (none in UNER EWT) would be outside.
pub fn parse_tag(s: &str) -> Option<u8> {
    if s == "O" {
        return Some(TAG_O);
    }
    let (bi, ty) = s.split_once('-')?;
    let ty = match ty {
        "PER" => EntityType::Person,
        "ORG" => EntityType::Organization,
        "LOC" => EntityType::Location,
        _ => return Some(TAG_O),
    };
    match bi {
        "B" => Some(tag(ty, false)),
        "I" => Some(tag(ty, true)),
        _ => None,
    }
}

/// The entities of a BIO sequence; an I after O or after another type opens one.
pub fn entities_of(tags: &[u8]) -> Vec<(Range<usize>, EntityType)> {
    let mut out = Vec::new();
    geokg::actors::names::spans(tags, |_| false, &mut out);
    out
}

/// One CoNLL-U sentence (multi-word token lines and empty nodes skipped).
#[derive(Default)]
pub struct Conllu {
    /// The `# newdoc id` the sentence belongs to.
    pub doc: String,
    pub words: Vec<String>,
    pub upos: Vec<String>,
    /// 1-based head of each word, 0 for the root.
    pub heads: Vec<usize>,
    pub misc: Vec<String>,
}

/// A CoNLL-U file's sentences.
pub fn read_conllu(path: &str) -> Result<Vec<Conllu>, String> {
    let text = read(path)?;
    let mut out = Vec::new();
    let mut doc = String::new();
    let mut s = Conllu::default();
    for (n, line) in text.lines().enumerate() {
        if let Some(id) = line.strip_prefix("# newdoc id = ") {
            doc = id.trim().to_string();
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        if line.trim().is_empty() {
            if !s.words.is_empty() {
                s.doc = doc.clone();
                out.push(std::mem::take(&mut s));
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(format!("{path}:{}: {} columns, not 10", n + 1, cols.len()));
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            continue;
        }
        let head = cols[6]
            .parse()
            .map_err(|_| format!("{path}:{}: head {:?}", n + 1, cols[6]))?;
        s.words.push(cols[1].to_string());
        s.upos.push(cols[3].to_string());
        s.heads.push(head);
        s.misc.push(cols[9].to_string());
    }
    if !s.words.is_empty() {
        s.doc = doc;
        out.push(s);
    }
    Ok(out)
}

/// The mentions of one GUM sentence from MISC `Entity=`: (chain id, token range,
/// entity type). `(3-person-…` opens a mention of chain 3, `3)` closes it, and
/// `(3-person-…)` is a one-token mention.
pub fn gum_mentions(s: &Conllu) -> Vec<(String, Range<usize>, String)> {
    let mut open: Vec<(String, usize, String)> = Vec::new();
    let mut out = Vec::new();
    for (i, misc) in s.misc.iter().enumerate() {
        let Some(entity) = misc.split('|').find_map(|f| f.strip_prefix("Entity=")) else {
            continue;
        };
        let b = entity.as_bytes();
        let mut k = 0;
        while k < b.len() {
            if b[k] == b'(' {
                let end = entity[k + 1..]
                    .find(['(', ')'])
                    .map_or(b.len(), |e| k + 1 + e);
                let fields: Vec<&str> = entity[k + 1..end].split('-').collect();
                let id = fields.first().copied().unwrap_or("").to_string();
                let ty = fields.get(1).copied().unwrap_or("").to_string();
                if b.get(end) == Some(&b')') {
                    out.push((id, i..i + 1, ty));
                    k = end + 1;
                } else {
                    open.push((id, i, ty));
                    k = end;
                }
            } else {
                let end = entity[k..].find(')').map_or(b.len(), |e| k + e);
                let id = &entity[k..end];
                if let Some(p) = open.iter().rposition(|o| o.0 == id) {
                    let (id, start, ty) = open.remove(p);
                    out.push((id, start..i + 1, ty));
                }
                k = end + 1;
            }
        }
    }
    out
}

/// Entity-level counts for one type: true positives, predicted, gold.
#[derive(Default, Clone, Copy)]
pub struct Counts {
    pub tp: usize,
    pub pred: usize,
    pub gold: usize,
}

impl Counts {
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = self.tp as f64 / self.pred.max(1) as f64;
        let r = self.tp as f64 / self.gold.max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
}

pub const TYPES: [EntityType; 3] = [
    EntityType::Person,
    EntityType::Organization,
    EntityType::Location,
];

/// Adds one sentence's exact-match counts (span and type) to `counts` (PER, ORG, LOC).
pub fn score(
    gold: &[(Range<usize>, EntityType)],
    pred: &[(Range<usize>, EntityType)],
    counts: &mut [Counts; 3],
) {
    for (k, ty) in TYPES.iter().enumerate() {
        counts[k].gold += gold.iter().filter(|e| e.1 == *ty).count();
        counts[k].pred += pred.iter().filter(|e| e.1 == *ty).count();
        counts[k].tp += pred
            .iter()
            .filter(|e| e.1 == *ty && gold.contains(e))
            .count();
    }
}

pub fn report(title: &str, counts: &[Counts; 3]) -> String {
    let mut s = format!("{title}\n  type   P      R      F1     gold  pred\n");
    let mut all = Counts::default();
    for (k, ty) in TYPES.iter().enumerate() {
        let (p, r, f) = counts[k].prf();
        s += &format!(
            "  {}    {p:.3}  {r:.3}  {f:.3}  {:5} {:5}\n",
            ty.as_str(),
            counts[k].gold,
            counts[k].pred
        );
        all.tp += counts[k].tp;
        all.pred += counts[k].pred;
        all.gold += counts[k].gold;
    }
    let (p, r, f) = all.prf();
    s += &format!(
        "  all    {p:.3}  {r:.3}  {f:.3}  {:5} {:5}\n",
        all.gold, all.pred
    );
    s
}
