//! Builds `data/cameo_verbs.tsv`, the verb rows geokg imports from PETRARCH-2's CAMEO
//! verb dictionary (CAMEO.2.0.txt, MIT, Open Event Data Alliance).
//!
//! ```text
//! cargo run --release --example import_cameo -- /work/shared/data
//! ```
//!
//! Input (under the directory given): `phoenix/CAMEO.2.0.txt`, the CAMEO.2.0 verb
//! dictionary (its synonym sets and verb patterns; its transformations are not read);
//! `ud/en_ewt-ud-train.conllu` (CC BY-SA 4.0; only counted, nothing of it is written),
//! whose verb counts tell common verbs; and the project's hand files `data/lexicon.tsv`
//! (whose lemmas and frames win) and `data/cameo.tsv` (the codes geokg knows).
//!
//! Output: `data/cameo_verbs.tsv` (overwritten; re-running gives a byte-identical file) in
//! the format of `data/lexicon.tsv`, and on standard output a report: the conflicts with
//! geokg's own rows (geokg keeps its coding) and what could not be expressed, by reason.
//!
//! What becomes a row:
//! - a verb of a group with a code of its own (`--- CIRCULATE [010] ---`), or a verb with
//!   its own code (`CONSULT [040:040]`), gets the frame `_` (the verb's object is the
//!   target) — unless geokg has the lemma at all (geokg's frames for its verbs stand),
//!   the code is a plain statement (root 01: geokg's reporting verbs make those from
//!   what is said, a statement's object is no target), or the verb is common, used
//!   [`COMMON_VERB`] times or more as a verb in the English Web Treebank ("see", "need",
//!   "lead", "face", "plan": WordNet put them in CAMEO's groups for one of their many
//!   senses, and an object of theirs is seldom what the group's code says);
//! - a pattern after the verb (`- * SANCTIONS [163]`, `- * (TO) [042]`,
//!   `- * DEAL (WITH) [057]`) gets its words as literals, for the verb its comment names
//!   (CAMEO notes there the verb each pattern was found with: `- * AID [070] # RUSH` is
//!   for "rush", not for its synonyms "hasten" or "race"); the target follows the
//!   pattern's last preposition (`(TO)` → `to _`), or, where the pattern names none, any
//!   preposition (`sanctions ~ _`: "imposed sanctions on Iran"). A `+` in a pattern is the
//!   target itself. Synonym sets (`&FOOD`) of up to [`MAX_SET`] one-word members are
//!   written out, one row per member. Only the verbs that get a row above get their
//!   patterns (for speed: see the end of `convert`).
//!
//! What is left out (counted in the report): patterns with words before the verb
//! (`- &MILITARY * [154]`) or a source (`$`), multi-word verbs (`+WIND_UP`), codes with no
//! source side (`[:173]`), codes CAMEO gives that geokg's CAMEO table lacks and whose
//! three-digit parent it also lacks, larger synonym sets, and markers geokg's frames
//! cannot say (`^`, `%`, `|`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

/// A verb the English Web Treebank uses this often (training part, 204,000 words) is
/// too common for its CAMEO group's code to stand for it without pattern words.
const COMMON_VERB: usize = 20;
/// Verbs geokg's clause analysis reads as governing another verb ("wants to hold
/// talks", "plans to attack", "decided to send"; the lists SKIPPABLE and
/// MODAL_HYPOTHETICAL in src/relations/clause.rs): a row of theirs would take the
/// governed verb's event ("want talks"), so none is imported.
const GOVERNORS: &[&str] = &[
    "want",
    "plan",
    "decide",
    "intend",
    "hope",
    "seek",
    "try",
    "attempt",
    "need",
    "prepare",
    "ready",
    "continue",
    "begin",
    "start",
    "expect",
    "contemplate",
    "consider",
    "mean",
    "aim",
    "strive",
    "endeavor",
    "endeavour",
    "determine",
    "resolve",
    "wish",
    "desire",
    "appear",
    "seem",
    "tend",
    "fail",
    "manage",
    "get",
    "keep",
    "remain",
];
/// Verbs of CAMEO's force groups (roots 18-20) whose news sense is no force: WordNet
/// put them with "defeat" or "attack" ("China overtook the US as the largest
/// economy", "the summit was overshadowed by"); and verbs of place or quantity CAMEO
/// codes as occupation (192) or cooperation ("reside", "inhabit", "match").
const OTHER_SENSE: &[&str] = &[
    "best",
    "blow",
    "circle",
    "conflict",
    "dominate",
    "explode",
    "hang",
    "inhabit",
    "master",
    "match",
    "overcome",
    "overshadow",
    "overtake",
    "pit",
    "quarrel",
    "reside",
    "ring",
    "ruin",
    "shatter",
    "struggle",
    "surmount",
    "affect",
    "impact",
    "involve",
    "concern",
    "relate",
    "tend",
    "value",
    "respect",
    "prefer",
    "deal",
    "handle",
    "direct",
    "found",
    "bind",
    "attach",
    "fill",
    "clear",
    "check",
    "table",
    "mine",
    "stock",
    "bill",
    "catch",
    "brave",
    "cable",
    "approach",
    "depart",
    "gather",
    "assemble",
    "differ",
    "doubt",
];
/// Synonym sets with more members than this are not written out.
const MAX_SET: usize = 6;
/// Most rows one lemma gets from patterns: every row is a frame tried at each of the
/// verb's occurrences, so a verb with a hundred patterns would cost speed everywhere.
const MAX_PATTERNS_PER_LEMMA: usize = 12;

const HEADER: &str =
    "# Verb rows imported from PETRARCH-2's CAMEO verb dictionary (CAMEO.2.0.txt, MIT,
# Open Event Data Alliance) by tools/import_cameo.rs: verbs and patterns geokg's own
# data/lexicon.tsv lacks. Generated: do not edit, re-run
#   cargo run --release --example import_cameo -- PATH/phoenix/CAMEO.2.0.txt
# Format: that of data/lexicon.tsv (lemma frame relation cameo plover forms flags).
#
# lemma\tframe\trelation\tcameo\tplover\tforms\tflags
";

fn main() -> Result<()> {
    let Some(input) = std::env::args().nth(1).map(PathBuf::from) else {
        bail!("usage: cargo run --release --example import_cameo -- SHARED_DATA_DIR");
    };
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let read = |path: &Path| -> Result<String> {
        let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    };
    let cameo_path = input.join("phoenix/CAMEO.2.0.txt");
    let dictionary = read(&cameo_path)?;
    let common = common_verbs(&read(&input.join("ud/en_ewt-ud-train.conllu"))?);
    let hand = Hand::parse(
        &read(&data.join("lexicon.tsv"))?,
        &read(&data.join("cameo.tsv"))?,
    );
    let parsed = parse(&dictionary).with_context(|| format!("parsing {}", cameo_path.display()))?;
    let mut report = Report::default();
    let rows = convert(&parsed, &hand, &common, &mut report);
    let mut out = String::from(HEADER);
    for row in &rows {
        out.push_str(row);
        out.push('\n');
    }
    let path = data.join("cameo_verbs.tsv");
    std::fs::write(&path, out).with_context(|| format!("writing {}", path.display()))?;
    println!("wrote {} rows to {}", rows.len(), path.display());
    report.print();
    Ok(())
}

/// The lemmas the treebank tags VERB at least [`COMMON_VERB`] times.
fn common_verbs(conllu: &str) -> BTreeSet<String> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for line in conllu.lines().filter(|l| !l.starts_with('#')) {
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() == 10 && c[3] == "VERB" {
            *counts.entry(c[2].to_lowercase()).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter(|&(_, n)| n >= COMMON_VERB)
        .map(|(lemma, _)| lemma)
        .collect()
}

/// What geokg's hand files say.
struct Hand {
    /// Lemmas geokg reads as reporting verbs (a `say` frame): geokg makes the events
    /// of what they report from the content ("announced a package of aid to").
    reporting: BTreeSet<String>,
    /// lemma → (frames, forms column).
    lemmas: BTreeMap<String, (BTreeMap<String, String>, String)>,
    /// The codes of data/cameo.tsv.
    codes: BTreeSet<String>,
    /// CAMEO code → the PLOVER type geokg's rows give it most often.
    plover: BTreeMap<String, String>,
}

impl Hand {
    fn parse(lexicon: &str, cameo: &str) -> Hand {
        let mut lemmas: BTreeMap<String, (BTreeMap<String, String>, String)> = BTreeMap::new();
        let mut votes: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
        let mut reporting = BTreeSet::new();
        for line in lexicon.lines().filter(|l| !l.starts_with('#')) {
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() != 7 {
                continue;
            }
            let entry = lemmas
                .entry(c[0].to_string())
                .or_insert_with(|| (BTreeMap::new(), c[5].to_string()));
            entry.0.insert(c[1].to_string(), c[3].to_string());
            if c[1] == "say" {
                reporting.insert(c[0].to_string());
            }
            for key in [c[3].to_string(), c[3][..2].to_string()] {
                *votes
                    .entry(key)
                    .or_default()
                    .entry(c[4].to_string())
                    .or_default() += 1;
            }
        }
        let plover = votes
            .into_iter()
            .map(|(code, v)| {
                let best = v.iter().max_by_key(|(p, n)| (**n, std::cmp::Reverse(*p)));
                (code, best.map(|(p, _)| p.clone()).unwrap_or_default())
            })
            .collect();
        let codes = cameo
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').next())
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect();
        Hand {
            reporting,
            lemmas,
            codes,
            plover,
        }
    }

    /// The PLOVER type of `code`: that of geokg's rows with the code, else of its root.
    fn plover_of(&self, code: &str) -> String {
        self.plover
            .get(code)
            .or_else(|| self.plover.get(&code[..2]))
            .cloned()
            .unwrap_or_else(|| "-".to_string())
    }
}

/// One verb of a group: its lemma, irregular forms and own code.
struct Verb {
    word: String,
    forms: Vec<String>,
    code: Option<String>,
}

/// One pattern: the words before and after the verb (`*`), and its code.
struct Pattern {
    before: Vec<String>,
    after: String,
    code: String,
    /// The words of the pattern's comment: the verb (any form) it was found with.
    comment: Vec<String>,
    line: usize,
}

struct Group {
    code: String,
    verbs: Vec<Verb>,
    patterns: Vec<Pattern>,
}

struct Parsed {
    sets: BTreeMap<String, Vec<String>>,
    groups: Vec<Group>,
}

fn strip_comment(line: &str) -> &str {
    line.split('#').next().unwrap_or("").trim()
}

fn parse(text: &str) -> Result<Parsed> {
    let mut sets: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut groups: Vec<Group> = Vec::new();
    let mut current_set: Option<String> = None;
    let mut in_verbs = false;
    for (n, raw) in text.lines().enumerate() {
        let line_no = n + 1;
        if raw.contains("####### VERB PATTERNS") {
            in_verbs = true;
            continue;
        }
        if raw.contains("######## TRANSFORMATIONS") {
            break;
        }
        let line = strip_comment(raw);
        if line.is_empty() {
            continue;
        }
        if !in_verbs {
            if let Some(name) = line.strip_prefix('&') {
                current_set = Some(name.to_string());
                sets.entry(name.to_string()).or_default();
            } else if let (Some(word), Some(set)) = (line.strip_prefix('+'), &current_set) {
                sets.get_mut(set).unwrap().push(word.to_string());
            }
            continue;
        }
        if let Some(rest) = line.strip_prefix("---") {
            let code = rest
                .split('[')
                .nth(1)
                .and_then(|r| r.split(']').next())
                .with_context(|| format!("line {line_no}: a group header without [code]"))?;
            groups.push(Group {
                code: code.trim().to_string(),
                verbs: Vec::new(),
                patterns: Vec::new(),
            });
            continue;
        }
        let Some(group) = groups.last_mut() else {
            bail!("line {line_no}: a verb or pattern before the first group");
        };
        if let Some(rest) = line.strip_prefix('-') {
            let comment = raw
                .split_once('#')
                .map(|(_, c)| {
                    c.split_whitespace()
                        .map(|w| w.trim_start_matches('+').to_lowercase())
                        .collect()
                })
                .unwrap_or_default();
            let (body, code) = match (rest.rfind('['), rest.rfind(']')) {
                (Some(a), Some(b)) if a < b => (&rest[..a], rest[a + 1..b].trim()),
                _ => bail!("line {line_no}: a pattern without [code]"),
            };
            let Some((before, after)) = body.split_once('*') else {
                bail!("line {line_no}: a pattern without `*`");
            };
            group.patterns.push(Pattern {
                before: before.split_whitespace().map(str::to_string).collect(),
                after: after.trim().to_string(),
                code: code.to_string(),
                comment,
                line: line_no,
            });
            continue;
        }
        // A verb: WORD {FORMS} [code]
        let (head, code) = match (line.find('['), line.find(']')) {
            (Some(a), Some(b)) if a < b => (&line[..a], Some(line[a + 1..b].trim().to_string())),
            _ => (line, None),
        };
        let (word, forms) = match (head.find('{'), head.find('}')) {
            (Some(a), Some(b)) if a < b => (
                head[..a].trim(),
                head[a + 1..b]
                    .split_whitespace()
                    .map(str::to_string)
                    .collect(),
            ),
            _ => (head.trim(), Vec::new()),
        };
        group.verbs.push(Verb {
            word: word.to_string(),
            forms,
            code,
        });
    }
    if groups.is_empty() {
        bail!("no verb patterns found (no `####### VERB PATTERNS` section)");
    }
    Ok(Parsed { sets, groups })
}

#[derive(Default)]
struct Report {
    conflicts: Vec<String>,
    left_out: BTreeMap<&'static str, usize>,
    coarsened: BTreeMap<String, String>,
    verbs_added: usize,
    patterns_added: usize,
}

impl Report {
    fn skip(&mut self, why: &'static str) {
        *self.left_out.entry(why).or_default() += 1;
    }

    fn print(&self) {
        println!(
            "{} verbs with their own code and {} pattern rows added",
            self.verbs_added, self.patterns_added
        );
        println!("\nleft out, by reason:");
        for (why, n) in &self.left_out {
            println!("  {n:5}  {why}");
        }
        println!("\ncodes geokg's data/cameo.tsv lacks, written as their parent:");
        for (code, parent) in &self.coarsened {
            println!("  {code} -> {parent}");
        }
        println!(
            "\nconflicts with geokg's own rows (geokg's coding kept): {}",
            self.conflicts.len()
        );
        for c in &self.conflicts {
            println!("  {c}");
        }
    }
}

/// The source side of a CAMEO code (`042:043` → `042`), as a code geokg knows: the
/// code itself or its three-digit parent.
fn usable_code(code: &str, hand: &Hand, report: &mut Report) -> Option<String> {
    let code = code.split(':').next().unwrap_or("").trim();
    if code.is_empty() || code.starts_with('-') || !code.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if hand.codes.contains(code) {
        return Some(code.to_string());
    }
    let parent = code.get(..3)?;
    if code.len() == 4 && hand.codes.contains(parent) {
        report
            .coarsened
            .insert(code.to_string(), parent.to_string());
        return Some(parent.to_string());
    }
    None
}

/// The four forms (3sg|past|participle|gerund) of a verb, from CAMEO's irregular forms
/// where it lists them ("WRITES WRITING WROTE WRITTEN": the first form that is neither a
/// gerund nor a third person is the past, a second one the participle) and the regular
/// rules otherwise.
fn forms(lemma: &str, listed: &[String]) -> String {
    let (mut third, past, mut gerund) = regular(lemma);
    let mut pasts = Vec::new();
    for f in listed {
        let f = f.trim_start_matches('+').to_lowercase();
        if f.ends_with("ing") {
            gerund = f;
        } else if f.ends_with('s') {
            third = f;
        } else {
            pasts.push(f);
        }
    }
    let past_form = pasts.first().cloned().unwrap_or(past);
    let participle = pasts.get(1).cloned().unwrap_or_else(|| past_form.clone());
    format!("{third}|{past_form}|{participle}|{gerund}")
}

fn regular(lemma: &str) -> (String, String, String) {
    let consonant_y = lemma.len() > 1
        && lemma.ends_with('y')
        && !matches!(
            lemma.as_bytes()[lemma.len() - 2],
            b'a' | b'e' | b'i' | b'o' | b'u'
        );
    if consonant_y {
        let stem = &lemma[..lemma.len() - 1];
        return (
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{lemma}ing"),
        );
    }
    if let Some(stem) = lemma.strip_suffix('e') {
        let gerund = if lemma.ends_with("ee") {
            format!("{lemma}ing")
        } else {
            format!("{stem}ing")
        };
        return (format!("{lemma}s"), format!("{lemma}d"), gerund);
    }
    let sibilant = ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|s| lemma.ends_with(s));
    let third = if sibilant {
        format!("{lemma}es")
    } else {
        format!("{lemma}s")
    };
    (third, format!("{lemma}ed"), format!("{lemma}ing"))
}

/// The frames a pattern's words after the verb stand for, or why it has none.
fn frames_of(
    after: &str,
    sets: &BTreeMap<String, Vec<String>>,
) -> Result<Vec<Vec<String>>, &'static str> {
    let mut alternatives: Vec<Vec<String>> = vec![Vec::new()];
    let mut has_target = false;
    let mut last_preposition = false;
    let tokens = after
        .replace(['(', ')', '{', '}'], " ")
        .split_whitespace()
        .map(str::to_string)
        .collect::<Vec<_>>();
    let in_phrase = after.contains('(');
    if tokens.is_empty() {
        return Err("a pattern with no words after the verb");
    }
    for t in &tokens {
        if t == "+" {
            for a in &mut alternatives {
                a.push("_".to_string());
            }
            has_target = true;
            continue;
        }
        if t.contains(['$', '^', '%', '|', '=', '~', '/']) {
            return Err("a marker geokg's frames cannot say ($ ^ % | /)");
        }
        let words: Vec<String> = if let Some(name) = t.strip_prefix('&') {
            let Some(members) = sets.get(name) else {
                return Err("a synonym set the dictionary does not define");
            };
            if members.len() > MAX_SET || members.iter().any(|m| m.contains('_')) {
                return Err("a synonym set too large or with phrases");
            }
            members.iter().map(|m| m.to_lowercase()).collect()
        } else {
            vec![t.trim_end_matches('_').to_lowercase()]
        };
        if words
            .iter()
            .any(|w| w.is_empty() || !w.chars().all(|c| c.is_ascii_lowercase()))
        {
            return Err("a word geokg's frames cannot say (hyphen, underscore, digit)");
        }
        last_preposition = words.len() == 1 && PREPOSITIONS.contains(&words[0].as_str());
        alternatives = alternatives
            .into_iter()
            .flat_map(|a| {
                words.iter().map(move |w| {
                    let mut a = a.clone();
                    a.push(w.clone());
                    a
                })
            })
            .collect();
    }
    if has_target {
        if alternatives
            .iter()
            .any(|a| a.first().is_some_and(|f| f == "_") && a.len() > 1)
        {
            return Err("a target before the pattern's words");
        }
        return Ok(alternatives);
    }
    for a in &mut alternatives {
        if !(last_preposition && in_phrase) {
            a.push("~".to_string());
        }
        a.push("_".to_string());
    }
    Ok(alternatives)
}

/// Prepositions a pattern's last word may be, so the target follows it.
const PREPOSITIONS: &[&str] = &[
    "on", "with", "to", "from", "for", "against", "into", "in", "near", "at", "over", "about",
    "toward", "towards", "across", "inside", "of", "by", "upon", "onto",
];

fn convert(
    parsed: &Parsed,
    hand: &Hand,
    common: &BTreeSet<String>,
    report: &mut Report,
) -> Vec<String> {
    let mut rows: BTreeMap<(String, String), String> = BTreeMap::new();
    let mut per_lemma: BTreeMap<String, usize> = BTreeMap::new();
    for group in &parsed.groups {
        let mut lemmas = Vec::new();
        for verb in &group.verbs {
            let word = verb.word.to_lowercase();
            if word.starts_with('+') || word.contains('_') {
                report.skip("a multi-word verb");
                continue;
            }
            if !word.chars().all(|c| c.is_ascii_lowercase()) {
                report.skip("a verb that is not one plain word");
                continue;
            }
            if hand.reporting.contains(&word) {
                report.skip("a verb geokg reads as reporting (say, announce …)");
                continue;
            }
            if GOVERNORS.contains(&word.as_str()) {
                report.skip("a verb that governs another (want, plan, decide …)");
                continue;
            }
            let own = hand.lemmas.get(&word);
            let forms = own.map_or_else(|| forms(&word, &verb.forms), |(_, f)| f.clone());
            lemmas.push((word.clone(), forms.clone()));
            let code = verb.code.as_deref().unwrap_or(&group.code);
            let Some(code) = usable_code(code, hand, report) else {
                continue;
            };
            if let Some((frames, _)) = own {
                match frames.get("_") {
                    Some(theirs) if *theirs != code => report
                        .conflicts
                        .push(format!("{word} _: CAMEO {code}, geokg {theirs}")),
                    _ => report.skip("a verb geokg has: its frames stand"),
                }
                continue;
            }
            if code.starts_with("01") {
                report.skip("a verb whose code is a plain statement (root 01)");
                continue;
            }
            if OTHER_SENSE.contains(&word.as_str()) {
                report.skip("a verb whose news sense is not its group's (overtake, match …)");
                continue;
            }
            if common.contains(&word) {
                report.skip("a common verb without pattern words");
                continue;
            }
            let row = format!(
                "{word}\t_\t{word}\t{code}\t{}\t{forms}\t-",
                hand.plover_of(&code)
            );
            if rows.insert((word.clone(), "_".to_string()), row).is_none() {
                report.verbs_added += 1;
            }
        }
        for pattern in &group.patterns {
            if !pattern.before.is_empty() {
                report.skip("a pattern with words before the verb");
                continue;
            }
            let Some(code) = usable_code(&pattern.code, hand, report) else {
                report.skip("a pattern whose code has no source side or geokg lacks");
                continue;
            };
            let frames = match frames_of(&pattern.after, &parsed.sets) {
                Ok(f) => f,
                Err(why) => {
                    report.skip(why);
                    continue;
                }
            };
            // A pattern goes with the verb its comment names ("# RUSH", "# WROTE"),
            // the verb it was written for, not every synonym of the group.
            let found_with: Vec<&(String, String)> = lemmas
                .iter()
                .filter(|(lemma, forms)| {
                    pattern
                        .comment
                        .iter()
                        .any(|w| w == lemma || forms.split('|').any(|f| f == w))
                })
                .collect();
            if found_with.is_empty() {
                report.skip("a pattern whose comment names no verb of its group");
                continue;
            }
            for (lemma, forms) in found_with {
                for frame in &frames {
                    let frame_text = frame.join(" ");
                    if let Some(theirs) =
                        hand.lemmas.get(lemma).and_then(|(f, _)| f.get(&frame_text))
                    {
                        if *theirs != code {
                            report.conflicts.push(format!(
                                "{lemma} {frame_text}: CAMEO {code} (line {}), geokg {theirs}",
                                pattern.line
                            ));
                        }
                        continue;
                    }
                    let key = (lemma.clone(), frame_text.clone());
                    if rows.contains_key(&key) {
                        report.skip("a pattern repeating an earlier one for the verb");
                        continue;
                    }
                    let count = per_lemma.entry(lemma.clone()).or_default();
                    if *count >= MAX_PATTERNS_PER_LEMMA {
                        report.skip("a pattern past the most one verb gets");
                        continue;
                    }
                    *count += 1;
                    let words: Vec<&str> = frame
                        .iter()
                        .map(String::as_str)
                        .filter(|w| *w != "_" && *w != "~" && !PREPOSITIONS.contains(w))
                        .collect();
                    let relation = if words.is_empty() {
                        lemma.clone()
                    } else {
                        format!("{lemma} {}", words.join(" "))
                    };
                    let row = format!(
                        "{lemma}\t{frame_text}\t{relation}\t{code}\t{}\t{forms}\t-",
                        hand.plover_of(&code)
                    );
                    rows.insert(key, row);
                    report.patterns_added += 1;
                }
            }
        }
    }
    // Patterns only for the verbs this import adds with a code of their own: a
    // pattern row for any other verb makes that word a verb where geokg saw none, or
    // adds frames to try at every occurrence of one of geokg's verbs (measured on
    // Reuters: all patterns cost 9% more instructions, those of the verbs geokg
    // lacks 2.4%, those of the verbs added here 0.3%).
    let added: BTreeSet<String> = rows
        .keys()
        .filter(|(_, frame)| frame == "_")
        .map(|(lemma, _)| lemma.clone())
        .collect();
    let before = rows.len();
    rows.retain(|(lemma, frame), _| frame == "_" || added.contains(lemma));
    report.patterns_added -= before - rows.len();
    for _ in rows.len()..before {
        report.skip("a pattern for a verb this import adds no code for (speed)");
    }
    // In the order of the keys (lemma, frame): the rows of a lemma stay together.
    rows.into_values().collect()
}
