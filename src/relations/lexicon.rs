//! The verb lexicon: inflected forms → CAMEO-coded predicates with their frames.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::data::{list, optional, records};
use crate::error::Error;
use crate::relations::QuadClass;

pub const LEXICON: &str = include_str!("../../data/lexicon.tsv");
pub const CAMEO: &str = include_str!("../../data/cameo.tsv");
pub const NOMINALS: &str = include_str!("../../data/nominals.tsv");
/// Rows imported from PETRARCH-2's CAMEO verb dictionary by tools/import_cameo.rs:
/// verbs and patterns data/lexicon.tsv lacks.
pub const CAMEO_VERBS: &str = include_str!("../../data/cameo_verbs.tsv");

/// One item of a frame: what must follow the verb for the entry to apply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FrameItem {
    /// `_`: the target actor.
    Target,
    /// `that`: a complement clause whose subject is the target.
    That,
    /// `say`: reported content; every actor in it is a target.
    Say,
    /// A literal word ("on", "talks", "sanctions").
    Word(String),
    /// `...`: an object phrase of a few words before the next literal word
    /// ("sent 100 armoured vehicles and a team of medics to _").
    Gap,
    /// `.` after `_`: the target ends the object, no second object follows
    /// ("called Erdogan on Monday" is a call; "called Putin a killer" is not).
    End,
    /// `~` before `_`: whichever preposition introduces the target, as CAMEO's
    /// patterns leave it open ("rushed aid to Haiti", "imposed sanctions on Iran"
    /// for `aid ~ _`, `sanctions ~ _`).
    AnyPreposition,
}

/// One lexicon row: a verb in one frame with its CAMEO coding.
#[derive(Clone, Debug)]
pub struct VerbEntry {
    pub lemma: String,
    pub frame: Vec<FrameItem>,
    pub relation: String,
    pub cameo: String,
    pub category: String,
    pub quad_class: QuadClass,
    pub goldstein: Option<f64>,
    pub plover: Option<String>,
    /// The event goes both ways ("Russia and China held talks").
    pub reciprocal: bool,
}

impl VerbEntry {
    pub fn is_speech(&self) -> bool {
        self.frame.contains(&FrameItem::Say)
    }

    /// How much a frame asks of the text: its items without gaps. A frame that
    /// asks more is tried first ("sent tanks to _" before "sent ... to _").
    pub fn specificity(&self) -> usize {
        self.frame.iter().filter(|f| **f != FrameItem::Gap).count()
    }
}

/// Which inflection a word form is; one form can be several ("held").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Inflection(u8);

impl Inflection {
    pub const BASE: u8 = 1;
    pub const THIRD_SINGULAR: u8 = 2;
    pub const PAST: u8 = 4;
    pub const PARTICIPLE: u8 = 8;
    pub const GERUND: u8 = 16;

    pub fn has(self, flag: u8) -> bool {
        self.0 & flag != 0
    }

    /// Whether the form is nothing but `flag` ("arming" is only a gerund).
    pub fn is_only(self, flag: u8) -> bool {
        self.0 == flag
    }
}

/// A CAMEO code's name and Goldstein weight.
#[derive(Clone, Debug)]
struct CameoCode {
    name: String,
    goldstein: Option<f64>,
}

/// FxHash, the hasher of rustc: a rotate, a xor and a multiply per eight bytes.
///
/// The clause analysis looks every lower-case word of every sentence up twice
/// (verb forms, event nouns); with std's SipHash, hashing those short words cost
/// more than the look-ups themselves. The keys are our own data files, not input an
/// attacker chooses, so SipHash's protection against crafted collisions buys nothing.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct WordHasher {
    hash: u64,
}

impl WordHasher {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(short_word(rest));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Up to eight bytes as one number, without a variable-length copy: two reads
/// that overlap when there are fewer than eight (and the length, to tell "ab"
/// from "aab").
fn short_word(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    let (low, high) = if n >= 4 {
        let read = |at: usize| {
            let mut four = [0; 4];
            four.copy_from_slice(&bytes[at..at + 4]);
            u64::from(u32::from_le_bytes(four))
        };
        (read(0), read(n - 4))
    } else if n > 0 {
        let first = u64::from(bytes[0]);
        (
            first | u64::from(bytes[n / 2]) << 8,
            u64::from(bytes[n - 1]),
        )
    } else {
        (0, 0)
    };
    low | ((high << 32) ^ ((n as u64) << 59))
}

/// A `HashMap` keyed by words, hashed with [`WordHasher`].
pub(crate) type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// What the lexicon knows of a lower-case word.
#[derive(Clone, Debug, Default)]
struct LexiconWord {
    /// The entries of the verb forms it is, with their inflections, longest frames first.
    forms: Vec<(usize, Inflection)>,
    /// As an event noun, the entry whose coding it shares ("invasion" → invade).
    nominal: Option<usize>,
}

/// The compiled verb lexicon.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    entries: Vec<VerbEntry>,
    /// The intent and threat twins of entries (see [`Lexicon::intent`] and
    /// [`Lexicon::threat`]), numbered after `entries`: twin `k` is entry
    /// `entries.len() + k`.
    twins: Vec<VerbEntry>,
    /// Entry → the index of its intent twin, if CAMEO has an intent code for it.
    intent_of: Vec<Option<usize>>,
    /// Entry → the index of its threat twin, if CAMEO has a threat code for it.
    threat_of: Vec<Option<usize>>,
    /// Entry → the index of its refusal twin, if CAMEO has a refusal code for it.
    refusal_of: Vec<Option<usize>>,
    /// Entry → the index of its "consider" twin (014), for cooperation and conflict.
    considered_of: Vec<Option<usize>>,
    /// Lower-case word → what it is: verb forms and event nouns in one map, as the
    /// clause analysis asks both of nearly every word ([`Lexicon::word`]).
    words: WordMap<String, LexiconWord>,
    cameo: WordMap<String, CameoCode>,
    /// The entries imported from CAMEO's verb dictionary (data/cameo_verbs.tsv): a
    /// verb's frames from geokg's own rows and a user's are tried before these.
    imported: std::ops::Range<usize>,
}

/// CAMEO's "express intent to …" (root 03) code for a cooperative code (roots
/// 04-08): meet or negotiate (036), mediate (039), diplomatic cooperation (032),
/// material cooperation (031x), aid (033x), reform (034) and yielding (035x).
pub fn intent_code(code: &str) -> Option<&'static str> {
    Some(match code {
        "045" => "039",
        c if c.starts_with("04") => "036",
        "057" => "030",
        c if c.starts_with("05") => "032",
        "061" => "0311",
        "062" => "0312",
        "063" => "0313",
        "064" => "0314",
        c if c.starts_with("06") => "031",
        "071" => "0331",
        "072" => "0332",
        "073" => "0333",
        "074" => "0334",
        c if c.starts_with("07") => "033",
        "081" => "0351",
        "082" => "0352",
        "083" => "034",
        c if c.starts_with("084") => "0353",
        "085" => "0354",
        "086" => "0355",
        c if c.starts_with("087") => "0356",
        c if c.starts_with("08") => "035",
        // "offered to send troops to Jordan": military protection offered (0334).
        c if c.starts_with("15") => "0334",
        _ => return None,
    })
}

/// CAMEO's "threaten" (root 13) code for a conflict an actor announces as its own
/// (roots 15-20 and the sanctions and cuts of 16): force (138), sanctions (1312),
/// reduced or broken relations (1313).
pub fn threat_code(code: &str) -> Option<&'static str> {
    Some(match code {
        c if c.starts_with("163") => "1312",
        c if c.starts_with("16") => "1313",
        c if c.starts_with("15")
            || c.starts_with("17")
            || c.starts_with("18")
            || c.starts_with("19")
            || c.starts_with("20") =>
        {
            "138"
        }
        _ => return None,
    })
}

/// CAMEO's "reject" (root 12) code for a cooperation an actor refuses ("refused to
/// meet", "declined to lift sanctions", "will not release the hostages"): reject a
/// meeting or negotiation (125), mediation (126), a settlement (127), material
/// cooperation (121x), aid (122x), political reform (123x), yielding (124x), anything
/// else of roots 03-05 (120).
pub fn refusal_code(code: &str) -> Option<&'static str> {
    Some(match code {
        "045" => "126",
        c if c.starts_with("04") => "125",
        "057" => "127",
        c if c.starts_with("03") || c.starts_with("05") => "120",
        "061" => "1211",
        "062" => "1212",
        c if c.starts_with("06") => "121",
        "071" => "1221",
        "072" => "1222",
        "073" => "1223",
        "074" => "1224",
        c if c.starts_with("07") => "122",
        c if c.starts_with("081") => "1241",
        "082" => "1242",
        "0831" => "1231",
        "0832" => "1232",
        "0833" => "1233",
        "0834" => "1234",
        c if c.starts_with("083") => "123",
        c if c.starts_with("084") => "1243",
        "085" => "1244",
        c if c.starts_with("086") => "1245",
        c if c.starts_with("087") => "1246",
        c if c.starts_with("08") => "124",
        _ => return None,
    })
}

/// CAMEO's "consider policy option" (014) for any event of roots 03-20 an actor
/// weighs ("is considering sending aid to Nepal", "mulls imposing sanctions on Iran").
pub fn considered_code(code: &str) -> Option<&'static str> {
    let root: u32 = code.get(..2)?.parse().ok()?;
    (3..=20).contains(&root).then_some("014")
}

/// The quad class of a CAMEO root, as ICEWS counts it.
pub fn quad_class(root: u32) -> QuadClass {
    match root {
        1..=5 => QuadClass::VerbalCooperation,
        6..=8 => QuadClass::MaterialCooperation,
        9..=13 => QuadClass::VerbalConflict,
        _ => QuadClass::MaterialConflict,
    }
}

impl Lexicon {
    /// The built-in lexicon and CAMEO table.
    pub fn builtin() -> Result<Self, Error> {
        let mut lexicon = Lexicon::default();
        lexicon.add_cameo(CAMEO, "data/cameo.tsv")?;
        lexicon.add_rows(LEXICON, "data/lexicon.tsv")?;
        let start = lexicon.entries.len();
        lexicon.add_rows(CAMEO_VERBS, "data/cameo_verbs.tsv")?;
        lexicon.imported = start..lexicon.entries.len();
        lexicon.index();
        lexicon.add_nominals(NOMINALS, "data/nominals.tsv")?;
        Ok(lexicon)
    }

    /// `code name goldstein`
    pub fn add_cameo(&mut self, text: &str, origin: &str) -> Result<(), Error> {
        for record in records(text, origin, 3) {
            let record = record?;
            let c = &record.columns;
            let goldstein = match optional(c[2]) {
                None => None,
                Some(g) => Some(g.parse::<f64>().map_err(|_| Error::BadData {
                    origin: origin.to_string(),
                    line: record.line,
                    message: format!("goldstein {g:?} is not a number"),
                })?),
            };
            self.cameo.insert(
                c[0].to_string(),
                CameoCode {
                    name: c[1].to_string(),
                    goldstein,
                },
            );
        }
        Ok(())
    }

    /// `lemma frame relation cameo plover forms flags`
    pub fn add_entries(&mut self, text: &str, origin: &str) -> Result<(), Error> {
        self.add_rows(text, origin)?;
        self.index();
        Ok(())
    }

    /// The rows of one lexicon file, before [`Lexicon::index`] orders the frames.
    fn add_rows(&mut self, text: &str, origin: &str) -> Result<(), Error> {
        for record in records(text, origin, 7) {
            let record = record?;
            let c = &record.columns;
            let bad = |message: String| Error::BadData {
                origin: origin.to_string(),
                line: record.line,
                message,
            };
            let lemma = c[0];
            if lemma.is_empty() || lemma == "-" {
                return Err(bad("the lemma is empty".into()));
            }
            if !lemma
                .chars()
                .all(|ch| ch.is_alphabetic() || ch == '-' || ch == '\'')
            {
                return Err(bad(format!(
                    "lemma {lemma:?} is not one word: a phrase's later words go in the frame \
                     (`crack down on` is lemma `crack`, frame `down on _`)"
                )));
            }
            if optional(c[2]).is_none() {
                return Err(bad("the relation is empty".into()));
            }
            if c[2].chars().any(char::is_control) || c[2].len() > 64 {
                return Err(bad(format!(
                    "relation {:?} must be at most 64 bytes without control characters",
                    c[2]
                )));
            }
            let frame: Vec<FrameItem> = c[1]
                .split_whitespace()
                .map(|w| match w {
                    "_" => FrameItem::Target,
                    "that" => FrameItem::That,
                    "say" => FrameItem::Say,
                    "..." => FrameItem::Gap,
                    "." => FrameItem::End,
                    "~" => FrameItem::AnyPreposition,
                    w => FrameItem::Word(w.to_lowercase()),
                })
                .collect();
            let gap_without_word = frame.iter().enumerate().any(|(k, f)| {
                *f == FrameItem::Gap && !matches!(frame.get(k + 1), Some(FrameItem::Word(_)))
            });
            let end_misplaced = frame.iter().enumerate().any(|(k, f)| {
                *f == FrameItem::End
                    && (k + 1 != frame.len() || k == 0 || frame[k - 1] != FrameItem::Target)
            });
            let any_misplaced = frame.iter().enumerate().any(|(k, f)| {
                *f == FrameItem::AnyPreposition && frame.get(k + 1) != Some(&FrameItem::Target)
            });
            if any_misplaced {
                return Err(bad(format!(
                    "frame {:?}: `~` (any preposition) must come right before `_`",
                    c[1]
                )));
            }
            if end_misplaced {
                return Err(bad(format!(
                    "frame {:?}: `.` may only end a frame, right after `_`",
                    c[1]
                )));
            }
            if gap_without_word {
                return Err(bad(format!(
                    "frame {:?}: `...` must be followed by a literal word",
                    c[1]
                )));
            }
            if !frame
                .iter()
                .any(|f| matches!(f, FrameItem::Target | FrameItem::That | FrameItem::Say))
            {
                return Err(bad(format!("frame {:?} has no `_`, `that` or `say`", c[1])));
            }
            let code = c[3];
            let root: u32 = code
                .get(..2)
                .and_then(|r| r.parse().ok())
                .filter(|r| (1..=20).contains(r))
                .ok_or_else(|| bad(format!("CAMEO code {code:?} has no root 01-20")))?;
            if !self.cameo.contains_key(code) {
                return Err(bad(format!(
                    "CAMEO code {code:?} is not in geokg's CAMEO table (data/cameo.tsv)"
                )));
            }
            let root_code = format!("{root:02}");
            let category = self
                .cameo
                .get(&root_code)
                .map(|r| r.name.clone())
                .unwrap_or(root_code);
            let goldstein = self
                .cameo
                .get(code)
                .or_else(|| self.cameo.get(&format!("{}0", &code[..2])))
                .and_then(|r| r.goldstein);
            let entry = VerbEntry {
                lemma: c[0].to_lowercase(),
                frame,
                relation: c[2].to_string(),
                cameo: code.to_string(),
                category,
                quad_class: quad_class(root),
                goldstein,
                plover: optional(c[4]),
                reciprocal: list(c[6]).any(|f| f == "reciprocal"),
            };
            let forms: Vec<&str> = list(c[5]).collect();
            let forms = if forms.len() == 4 {
                forms.iter().map(|f| f.to_lowercase()).collect()
            } else if forms.is_empty() {
                regular_forms(&entry.lemma)
            } else {
                return Err(bad(
                    "forms must be 4 (3sg|past|participle|gerund) or -".into()
                ));
            };
            // A user row for a lemma and frame geokg has replaces geokg's coding.
            // Every entry is listed under its lemma, so the earlier row is found there.
            let same = self
                .lookup(&entry.lemma)
                .iter()
                .map(|&(e, _)| e)
                .find(|&e| {
                    self.entries[e].lemma == entry.lemma && self.entries[e].frame == entry.frame
                });
            if let Some(existing) = same {
                self.entries[existing] = entry;
                continue;
            }
            let ix = self.entries.len();
            let flags = [
                Inflection::THIRD_SINGULAR,
                Inflection::PAST,
                Inflection::PARTICIPLE,
                Inflection::GERUND,
            ];
            self.add_form(&entry.lemma, ix, Inflection::BASE);
            for (form, flag) in forms.iter().zip(flags) {
                self.add_form(form, ix, flag);
            }
            self.entries.push(entry);
        }
        Ok(())
    }

    /// Orders every form's frames and rebuilds the twins, after the rows of one or
    /// more files were added.
    fn index(&mut self) {
        // Longer frames first, so "threaten _ with" is tried before "threaten _";
        // geokg's own rows before the imported ones, whatever their length.
        let (entries, imported) = (&self.entries, &self.imported);
        for list in self.words.values_mut().map(|w| &mut w.forms) {
            list.sort_by_key(|&(e, _)| {
                (
                    imported.contains(&e),
                    std::cmp::Reverse(entries[e].specificity()),
                    e,
                )
            });
        }
        self.build_intents();
    }

    /// Rebuilds the intent and threat twins of every entry (after each lexicon
    /// file, since a user row may replace a built-in one).
    fn build_intents(&mut self) {
        self.twins.clear();
        self.intent_of.clear();
        self.threat_of.clear();
        self.refusal_of.clear();
        self.considered_of.clear();
        for e in 0..self.entries.len() {
            let intent = self.twin(e, intent_code, "03", Some("AGREE"));
            self.intent_of.push(intent);
            let threat = self.twin(e, threat_code, "13", Some("THREATEN"));
            self.threat_of.push(threat);
            let refusal = self.twin(e, refusal_code, "12", Some("REJECT"));
            self.refusal_of.push(refusal);
            let considered = self.twin(e, considered_code, "01", None);
            self.considered_of.push(considered);
        }
    }

    /// Entry `e` recoded under `root` by `code_of`, added to the twins.
    fn twin(
        &mut self,
        e: usize,
        code_of: fn(&str) -> Option<&'static str>,
        root: &str,
        plover: Option<&str>,
    ) -> Option<usize> {
        let entry = &self.entries[e];
        let code = code_of(&entry.cameo)?;
        let mut twin = entry.clone();
        twin.cameo = code.to_string();
        twin.category = self
            .cameo
            .get(root)
            .map_or_else(|| root.to_string(), |r| r.name.clone());
        twin.quad_class = quad_class(root.parse().unwrap_or(0));
        twin.goldstein = self
            .cameo
            .get(code)
            .or_else(|| self.cameo.get(&format!("{root}0")))
            .and_then(|r| r.goldstein);
        twin.plover = plover.map(str::to_string);
        self.twins.push(twin);
        Some(self.entries.len() + self.twins.len() - 1)
    }

    /// The entry that codes entry `e` as a threat, CAMEO's root 13: an actor that
    /// says it will attack ("Turkey said it will launch an operation against the
    /// PKK") threatens force (138); one that says it will impose sanctions or cut
    /// ties threatens them (1312, 1313). `e` itself when the entry is no conflict.
    pub fn threat(&self, e: usize) -> usize {
        self.threat_of.get(e).copied().flatten().unwrap_or(e)
    }

    /// The entry that codes entry `e` as an announced intention, CAMEO's root 03:
    /// "offered to hand over the suspects to Britain" is an intent to yield (035),
    /// "agreed to send troops" an intent to cooperate militarily (0312). The twin
    /// keeps the relation ("hand over"); its code, category, quad class, Goldstein
    /// weight and PLOVER type (AGREE) are the intent's. `e` itself when the entry is
    /// no cooperation (roots 04-08).
    pub fn intent(&self, e: usize) -> usize {
        self.intent_of.get(e).copied().flatten().unwrap_or(e)
    }

    /// The entry that codes entry `e` as a refusal, CAMEO's root 12: "refused to
    /// meet Israel" rejects a meeting (125), "will not lift the ban on" refuses to
    /// ease sanctions (1241). The twin keeps the relation (the event stays
    /// `negated`); its code, category, quad class, Goldstein weight and PLOVER type
    /// (REJECT) are the refusal's. `e` itself when the entry is no cooperation.
    pub fn refusal(&self, e: usize) -> usize {
        self.refusal_of.get(e).copied().flatten().unwrap_or(e)
    }

    /// The entry that codes entry `e` as an option its source weighs, CAMEO's 014
    /// ("is considering sending aid to"); `e` itself for statements and appeals.
    pub fn considered(&self, e: usize) -> usize {
        self.considered_of.get(e).copied().flatten().unwrap_or(e)
    }

    /// `noun lemma relation`, after the entries they point to.
    pub fn add_nominals(&mut self, text: &str, origin: &str) -> Result<(), Error> {
        for record in records(text, origin, 3) {
            let record = record?;
            let c = &record.columns;
            let entry = self
                .entries
                .iter()
                .position(|e| e.lemma == c[1] && e.relation == c[2])
                .ok_or_else(|| Error::BadData {
                    origin: origin.to_string(),
                    line: record.line,
                    message: format!("no lexicon row for {:?} with relation {:?}", c[1], c[2]),
                })?;
            self.words.entry(c[0].to_lowercase()).or_default().nominal = Some(entry);
        }
        Ok(())
    }

    /// The entry an event noun shares its coding with.
    #[inline]
    pub fn nominal(&self, noun: &str) -> Option<usize> {
        self.words.get(noun).and_then(|w| w.nominal)
    }

    /// [`Lexicon::nominal`] and [`Lexicon::lookup`] of one lower-case word, with one
    /// look-up: `word("attacks")` is no event noun, and the forms of "attack".
    #[inline]
    pub fn word(&self, lower: &str) -> (Option<usize>, &[(usize, Inflection)]) {
        match self.words.get(lower) {
            Some(w) => (w.nominal, &w.forms),
            None => (None, &[]),
        }
    }

    fn add_form(&mut self, form: &str, entry: usize, flag: u8) {
        if !self.words.contains_key(form) {
            self.words.insert(form.to_string(), LexiconWord::default());
        }
        let Some(list) = self.words.get_mut(form).map(|w| &mut w.forms) else {
            return;
        };
        match list.iter_mut().find(|(e, _)| *e == entry) {
            Some((_, inflection)) => inflection.0 |= flag,
            None => list.push((entry, Inflection(flag))),
        }
    }

    /// Entries whose verb has the lower-case `form`.
    #[inline]
    pub fn lookup(&self, form: &str) -> &[(usize, Inflection)] {
        self.words.get(form).map_or(&[], |w| w.forms.as_slice())
    }

    /// The entry of verb `form` whose frame is the bare target ("accuse _"): the
    /// relation derived events are coded with.
    pub fn bare_target(&self, form: &str) -> Option<usize> {
        self.lookup(form)
            .iter()
            .map(|&(e, _)| e)
            .find(|&e| self.entry(e).frame == [FrameItem::Target])
    }

    /// Entry `ix`: a lexicon row, or past them a twin ([`Lexicon::intent`],
    /// [`Lexicon::threat`]).
    pub fn entry(&self, ix: usize) -> &VerbEntry {
        match self.entries.get(ix) {
            Some(entry) => entry,
            None => &self.twins[ix - self.entries.len()],
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Regular English inflections, for user entries that give no forms.
fn regular_forms(lemma: &str) -> Vec<String> {
    let (third, past, gerund) = if let Some(stem) = lemma.strip_suffix('e') {
        (
            format!("{lemma}s"),
            format!("{lemma}d"),
            format!("{stem}ing"),
        )
    } else if let Some(stem) = lemma
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'i', 'o', 'u']))
    {
        (
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{lemma}ing"),
        )
    } else if lemma.ends_with(['s', 'x', 'z']) || lemma.ends_with("sh") || lemma.ends_with("ch") {
        (
            format!("{lemma}es"),
            format!("{lemma}ed"),
            format!("{lemma}ing"),
        )
    } else {
        (
            format!("{lemma}s"),
            format!("{lemma}ed"),
            format!("{lemma}ing"),
        )
    };
    vec![third, past.clone(), past, gerund]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_inflections() {
        assert_eq!(regular_forms("urge"), ["urges", "urged", "urged", "urging"]);
        assert_eq!(
            regular_forms("deny"),
            ["denies", "denied", "denied", "denying"]
        );
        assert_eq!(
            regular_forms("push"),
            ["pushes", "pushed", "pushed", "pushing"]
        );
    }

    #[test]
    fn entries_are_found_by_any_form() {
        let mut l = Lexicon::default();
        l.add_cameo("10\tdemand\t-5.0\n100\tdemand\t-5.0\n", "t")
            .unwrap();
        l.add_entries(
            "hold\ttalks with _\thold talks\t100\t-\tholds|held|held|holding\treciprocal\n",
            "t",
        )
        .unwrap();
        let hits = l.lookup("held");
        assert_eq!(hits.len(), 1);
        assert!(hits[0].1.has(Inflection::PAST) && hits[0].1.has(Inflection::PARTICIPLE));
        let e = l.entry(hits[0].0);
        assert_eq!(e.category, "demand");
        assert_eq!(e.goldstein, Some(-5.0));
        assert!(e.reciprocal);
        assert_eq!(e.quad_class, QuadClass::VerbalConflict);
    }

    #[test]
    fn a_later_row_for_the_same_lemma_and_frame_replaces_the_coding() {
        let mut l = Lexicon::default();
        l.add_cameo(
            "03\tintend\t-\n036\tmeet\t-\n04\tconsult\t-\n040\tconsult\t-\n",
            "t",
        )
        .unwrap();
        let forms = "meets|met|met|meeting";
        l.add_entries(
            &format!("meet\twith _\tmeet\t040\t-\t{forms}\t-\nmeet\t_\tmeet\t040\t-\t{forms}\t-\n"),
            "t",
        )
        .unwrap();
        l.add_entries(
            &format!("meet\twith _\tpromise to meet\t036\t-\t{forms}\t-\n"),
            "user.tsv",
        )
        .unwrap();
        assert_eq!(l.len(), 2);
        let codes: Vec<&str> = l
            .lookup("met")
            .iter()
            .map(|&(e, _)| l.entry(e).cameo.as_str())
            .collect();
        // Longest frame first: "with _" (now the user's coding), then "_".
        assert_eq!(codes, ["036", "040"]);
    }

    #[test]
    fn a_gap_must_end_in_a_word_and_counts_for_nothing_in_the_order() {
        let mut l = Lexicon::default();
        l.add_cameo("07\taid\t-\n070\taid\t-\n", "t").unwrap();
        let forms = "sends|sent|sent|sending";
        l.add_entries(
            &format!("send\t... to _\tsend aid\t070\t-\t{forms}\t-\nsend\ttanks to _\tsend tanks\t070\t-\t{forms}\t-\n"),
            "t",
        )
        .unwrap();
        let frames: Vec<&str> = l
            .lookup("sent")
            .iter()
            .map(|&(e, _)| l.entry(e).relation.as_str())
            .collect();
        // Both frames have three items; the one without a gap asks more of the text.
        assert_eq!(frames, ["send tanks", "send aid"]);
        let err = l
            .add_entries(
                &format!("send\tto _ ...\tsend\t070\t-\t{forms}\t-\n"),
                "mine.tsv",
            )
            .unwrap_err();
        assert!(err.to_string().contains("`...` must be followed"), "{err}");
    }

    #[test]
    fn any_preposition_must_come_right_before_the_target() {
        let mut l = Lexicon::default();
        l.add_cameo(
            "07	aid	-
070	aid	-
",
            "t",
        )
        .unwrap();
        l.add_entries(
            "rush	aid ~ _	rush aid	070	AID	-	-
",
            "t",
        )
        .unwrap();
        let entry = l.entry(l.lookup("rushed")[0].0);
        assert_eq!(
            entry.frame,
            [
                FrameItem::Word("aid".into()),
                FrameItem::AnyPreposition,
                FrameItem::Target
            ]
        );
        let err = l
            .add_entries(
                "rush	~ aid _	rush aid	070	AID	-	-
",
                "mine.tsv",
            )
            .unwrap_err();
        assert!(err.to_string().contains("mine.tsv"), "{err}");
        assert!(err.to_string().contains("`~`"), "{err}");
    }

    #[test]
    fn a_verbs_own_frames_come_before_the_imported_ones() {
        let mut l = Lexicon::default();
        l.add_cameo("07\taid\t-\n070\taid\t-\n072\tarms\t-\n", "t")
            .unwrap();
        let forms = "sends|sent|sent|sending";
        l.add_rows(&format!("send\t_\tsend\t070\tAID\t{forms}\t-\n"), "own")
            .unwrap();
        let start = l.entries.len();
        l.add_rows(
            &format!("send\tarms ~ _\tsend arms\t072\tAID\t{forms}\t-\n"),
            "imported",
        )
        .unwrap();
        l.imported = start..l.entries.len();
        l.index();
        let relations: Vec<&str> = l
            .lookup("sent")
            .iter()
            .map(|&(e, _)| l.entry(e).relation.as_str())
            .collect();
        // The imported frame asks more of the text, but geokg's own row goes first.
        assert_eq!(relations, ["send", "send arms"]);
        // The built-in lexicon has verbs only CAMEO's dictionary gives.
        let builtin = Lexicon::builtin().unwrap();
        let evacuated = builtin.lookup("evacuated");
        assert!(!evacuated.is_empty());
        assert!(evacuated
            .iter()
            .all(|&(e, _)| builtin.imported.contains(&e)));
    }

    #[test]
    fn bad_rows_name_their_line() {
        let mut l = Lexicon::default();
        let err = l
            .add_entries("# c\nsay\tquickly\tsay\t010\t-\t-\t-\n", "mine.tsv")
            .unwrap_err();
        assert!(err.to_string().starts_with("mine.tsv:2:"), "{err}");
    }
}
