//! Names nobody listed: a statistical finder of person, organisation and place names.
//!
//! An averaged-perceptron sequence tagger (BIO tags over PER / ORG / LOC, the
//! best tag sequence found by Viterbi) over hashed features: the word, its shape
//! ("Xx", "X.X."), affixes, its neighbours, whether it opens the sentence, and the
//! word lists of `data/name_words.tsv` and `data/first_names.tsv` (titles,
//! honorifics, organisation and place words, months, days, first names, country
//! words), and, stored with the weights, what the training treebank and geokg's
//! own dictionaries (people, organisations, places) say of each word, and the
//! dictionaries' full names ([`Gazette`]: "San Francisco" a listed place).
//! It tells names from sentence-initial capitals, months and titles:
//! "Prime Minister Theresa May" gives the person "Theresa May".
//!
//! Only tokens with an upper-case letter are tagged (plus the lower-case
//! connectors "of", "bin", "de" … between two of them, and in a sentence written
//! without capitals, words the treebank mostly writes as proper nouns); every
//! other token is outside a name without a look at the weights, so a sentence
//! costs little more than its capitalised words. The weights (`data/names.bin`)
//! are trained by `tools/train_names.rs` on UD English EWT train and UNER EWT dev
//! (CC BY-SA 4.0; see `data/NOTICE`), quantised to 8 bits and decoded once.
//!
//! Rules over the tagger's spans (see [`NameFinder::find_with`]) add what the
//! web text it learnt from seldom shows: people after titles and first names,
//! organisations by their head words, the gazette's type for a name it lists
//! under one type and its names the tagger missed, one-word city names, places
//! in lower case after "in" or "to", US state codes after a place, an acronym in
//! brackets after a name, storm names dropped. Over a document ([`NameFinder::find_in_document`], [`DocNames`]):
//! names found earlier are found again where the tagger missed them, and take
//! the type the document gave them most.
//!
//! Entity F1 (`cargo run --release --example names_eval -- ../shared/data/ud`):
//! UNER EWT test PER 0.755, ORG 0.449, LOC 0.749; GUM test PER 0.564, ORG 0.300,
//! LOC 0.601. Speed: the weights of a sentence's features are looked up
//! together (their first slots loaded before any is compared, so memory
//! latency overlaps), and a word's own feature scores are cached per thread.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::OnceLock;

use crate::text::words::WordList;
use crate::text::Sentence;

/// The type of a name the finder found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    Person,
    Organization,
    Location,
}

impl EntityType {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PER",
            EntityType::Organization => "ORG",
            EntityType::Location => "LOC",
        }
    }
}

/// The gender a first name points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    Male,
    Female,
}

/// The gender of a first name ("Theresa" → Female, "Boris" → Male), from the US
/// Social Security Administration's baby-name counts (`data/first_names.tsv`).
/// `None` for a name that is not on the list or is given to both sexes
/// ("Jordan", "Kim"). Case is ignored.
pub fn first_name_gender(name: &str) -> Option<Gender> {
    match lists().first_names.get(&word_hash(name))? {
        NameGender::Male => Some(Gender::Male),
        NameGender::Female => Some(Gender::Female),
        NameGender::Ambiguous => None,
    }
}

/// Whether `name` is on the first-name list, whatever its gender.
pub fn is_first_name(name: &str) -> bool {
    lists().first_names.contains_key(&word_hash(name))
}

/// Whether `word` names a month (data/name_words.tsv's `month` list: "May",
/// "June", "Sept."). Case is ignored.
pub fn is_month(word: &str) -> bool {
    lists()
        .words
        .get(&word_hash(word))
        .is_some_and(|f| f & MONTH != 0)
}

/// Tags: O, then B and I for each entity type.
pub const N_TAGS: usize = 7;
/// Width of a weight row (N_TAGS padded).
pub const ROW: usize = 8;
pub const TAG_O: u8 = 0;

/// The tag `B-ty` (`inside` false) or `I-ty`.
pub fn tag(ty: EntityType, inside: bool) -> u8 {
    1 + 2 * (ty as u8) + u8::from(inside)
}

/// The entity type of a tag other than O.
pub fn tag_type(tag: u8) -> Option<EntityType> {
    match tag {
        1 | 2 => Some(EntityType::Person),
        3 | 4 => Some(EntityType::Organization),
        5 | 6 => Some(EntityType::Location),
        _ => None,
    }
}

fn is_inside(tag: u8) -> bool {
    tag != TAG_O && tag.is_multiple_of(2)
}

/// The name finder: weights of the perceptron, one row of `ROW` per hashed feature.
pub struct NameFinder {
    /// The number of hash bits of the dense table the weights were trained as.
    bits: u32,
    mask: u32,
    /// The non-zero rows in an open-addressing table: `keys[s]` is the dense
    /// index of the row `rows[s]` (`EMPTY`: none). The first slot of every
    /// feature of a sentence is loaded before any is compared, so that the
    /// processor waits for their memory once rather than once per feature.
    keys: Vec<u32>,
    rows: Vec<[i8; ROW]>,
    slot_mask: usize,
    vocab: Vocab,
    flags: WordFlags,
    /// The [`Gazette`] as an open-addressing table, and its number of entries.
    gazette: WordFlags,
    gazette_len: usize,
    /// Tells finders apart for the per-thread cache of word scores.
    id: usize,
}

fn next_id() -> usize {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

const EMPTY: u32 = u32::MAX;

/// Appends `n` as LEB128 (seven bits a byte, low first).
fn leb128(out: &mut Vec<u8>, mut n: usize) {
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// The open-addressing table of the non-zero rows of `weights`: keys, rows, mask.
fn slot_table(weights: Vec<(usize, [i8; ROW])>) -> (Vec<u32>, Vec<[i8; ROW]>, usize) {
    // Less than half full: a feature without weights (most of them) ends its
    // probe at the first or second slot.
    let size = (weights.len() * 2 + 1).next_power_of_two().max(16);
    let mask = size - 1;
    let mut keys = vec![EMPTY; size];
    let mut rows = vec![[0; ROW]; size];
    for (index, row) in weights {
        let mut at = slot_of(index as u32, mask);
        while keys[at] != EMPTY {
            at = (at + 1) & mask;
        }
        keys[at] = index as u32;
        rows[at] = row;
    }
    (keys, rows, mask)
}

/// The first slot of a dense row index (its bits are already a hash).
fn slot_of(index: u32, slot_mask: usize) -> usize {
    index as usize & slot_mask
}

/// Every word's list and vocabulary flags in one open-addressing table keyed by
/// the upper half of [`word_hash`] (`short_key`): one probe, mostly one cache
/// line, per word. A slot packs the key and the flags in one `u64` (0: empty).
pub struct WordFlags {
    slots: Vec<u64>,
    mask: usize,
}

/// The key of a word in [`WordFlags`] and [`Vocab`]: the upper half of its hash,
/// never 0. (Two of the 40,000 listed words sharing one is as unlikely as an
/// unlisted word hitting one: about one in 100,000.)
fn short_key(h: u64) -> u32 {
    ((h >> 32) as u32).max(1)
}

impl WordFlags {
    pub fn new(vocab: &Vocab) -> WordFlags {
        let lists = lists();
        let mut all: Vec<(u32, u32)> = lists
            .words
            .iter()
            .map(|(&h, &f)| (short_key(h), f))
            .collect();
        all.extend(
            vocab
                .0
                .iter()
                .map(|(&k, &f)| (k as u32, u32::from(f) << VOCAB_SHIFT)),
        );
        WordFlags::from_pairs(all)
    }

    /// The table of `(short_key, flags)` pairs; flags of one key are or-ed.
    fn from_pairs(mut all: Vec<(u32, u32)>) -> WordFlags {
        all.sort_unstable();
        let size = (all.len() * 2).next_power_of_two().max(16);
        let mut table = WordFlags {
            slots: vec![0; size],
            mask: size - 1,
        };
        for (k, f) in all {
            let mut at = k as usize & table.mask;
            while table.slots[at] != 0 && (table.slots[at] >> 32) as u32 != k {
                at = (at + 1) & table.mask;
            }
            table.slots[at] |= u64::from(k) << 32 | u64::from(f);
        }
        table
    }

    /// The first slot of hash `h`, to load it ahead of [`WordFlags::get`].
    fn first(&self, h: u64) -> u64 {
        self.slots[short_key(h) as usize & self.mask]
    }

    /// The flags of the word of hash `h`.
    fn get(&self, h: u64) -> u32 {
        let k = short_key(h);
        let mut at = k as usize & self.mask;
        loop {
            match self.slots[at] {
                0 => return 0,
                s if (s >> 32) as u32 == k => return s as u32,
                _ => at = (at + 1) & self.mask,
            }
        }
    }
}

/// What the training treebank (EWT train) says of a word, by its lower-case hash:
/// bits [`Vocab::LOWER`], [`Vocab::PROPN`], [`Vocab::MOSTLY_PROPN`], [`Vocab::CAPITAL_NOT_PROPN`];
/// and what geokg's own dictionaries say of it (the other bits).
#[derive(Default, Debug, Clone, PartialEq)]
pub struct Vocab(HashedMap<u8>);

impl Vocab {
    /// Written in lower case at least twice.
    pub const LOWER: u8 = 1;
    /// A proper noun at least once.
    pub const PROPN: u8 = 2;
    /// A proper noun at least twice and in at least half of its uses.
    pub const MOSTLY_PROPN: u8 = 4;
    /// Capitalised inside a sentence at least twice without being a proper noun.
    pub const CAPITAL_NOT_PROPN: u8 = 8;
    /// A word of a person's name after the first (`data/people.tsv`).
    pub const PERSON_NAME: u8 = 16;
    /// A word of an organisation's name (`data/organizations.tsv`, `imported_*.tsv`).
    pub const ORG_NAME: u8 = 32;
    /// The last word of an organisation's name of two words or more.
    pub const ORG_END: u8 = 64;
    /// A word of a place's name (`data/places.tsv`).
    pub const PLACE_NAME: u8 = 128;

    pub fn insert(&mut self, word: &str, flags: u8) {
        if flags != 0 {
            *self
                .0
                .entry(u64::from(short_key(word_hash(word))))
                .or_default() |= flags;
        }
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The full names of geokg's dictionaries (people, organisations, places,
/// countries), stored with the weights: each name's words chained by
/// `Gazette::chain` from `Gazette::START`, keyed like [`Vocab`]. A token that
/// opens or continues the longest name listed at its place has features saying so
/// ("San Francisco" a place, "Goldman Sachs" an organisation).
#[derive(Default, Debug, Clone, PartialEq)]
pub struct Gazette(HashedMap<u8>);

impl Gazette {
    /// Some longer name starts with these words.
    pub const PREFIX: u8 = 1;
    const START: u64 = 0x6761_7a65_7474_6521;

    /// The bit of a name of type `ty`.
    pub fn type_bit(ty: EntityType) -> u8 {
        2 << ty as u8
    }

    fn chain(h: u64, word: u64) -> u64 {
        mix(h, word) as u64 | u64::from(mix(word, h)) << 32
    }

    /// Lists the name of `words` (as tokenized) with type `ty`.
    pub fn insert(&mut self, words: &[&str], ty: EntityType) {
        let mut h = Gazette::START;
        for (k, w) in words.iter().enumerate() {
            h = Gazette::chain(h, word_hash(w));
            let bit = if k + 1 == words.len() {
                Gazette::type_bit(ty)
            } else {
                Gazette::PREFIX
            };
            *self.0.entry(u64::from(short_key(h))).or_default() |= bit;
        }
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Marks each token's place in the longest listed names, taken from the left
    /// (`gaz` bits: 1 << type opens a name, 8 << type continues one); a name
    /// starts at a token read as capitalised and has at most eight words.
    fn mark(&self, info: &mut [TokInfo]) {
        if !self.0.is_empty() {
            Gazette::mark_with(info, |h| {
                self.0.get(&u64::from(short_key(h))).copied().unwrap_or(0)
            });
        }
    }

    /// [`Gazette::mark`] with `bits(h)` the entry of chained hash `h` (0: none).
    fn mark_with(info: &mut [TokInfo], bits: impl Fn(u64) -> u8) {
        let n = info.len();
        let mut i = 0;
        while i < n {
            if !info[i].upper {
                i += 1;
                continue;
            }
            let mut h = Gazette::START;
            let mut best = (0, 0u8);
            for (k, tok) in info[i..n.min(i + 8)].iter().enumerate() {
                h = Gazette::chain(h, tok.lower);
                let bits = bits(h);
                if bits == 0 {
                    break;
                }
                if bits & !Gazette::PREFIX != 0 {
                    best = (k + 1, bits >> 1);
                }
                if bits & Gazette::PREFIX == 0 {
                    break;
                }
            }
            if best.0 == 0 {
                i += 1;
                continue;
            }
            info[i].gaz |= best.1;
            for t in &mut info[i + 1..i + best.0] {
                t.gaz |= best.1 << 3;
            }
            i += best.0;
        }
    }
}

/// Entries written by [`write_keyed`], in key order.
fn read_keyed<V>(
    bytes: &[u8],
    at: &mut usize,
    value: impl Fn(&[u8], &mut usize) -> Option<V>,
) -> Result<Vec<(u64, V)>, ModelError> {
    let err = |what: &str| ModelError(what.to_string());
    let entries = bytes
        .get(*at..*at + 4)
        .map(|b| u32::from_le_bytes(b.try_into().unwrap_or_default()))
        .ok_or_else(|| err("truncated"))?;
    *at += 4;
    let mut map = Vec::with_capacity(entries.min(1 << 24) as usize);
    let mut key = 0usize;
    for n in 0..entries {
        let gap = read_leb128(bytes, at)?;
        key += gap;
        if key > u32::MAX as usize || (n > 0 && gap == 0) {
            return Err(err("bad key"));
        }
        let v = value(bytes, at).ok_or_else(|| err("truncated entry"))?;
        map.push((key as u64, v));
    }
    Ok(map)
}

fn read_leb128(bytes: &[u8], at: &mut usize) -> Result<usize, ModelError> {
    let mut n = 0usize;
    let mut shift = 0;
    loop {
        let &b = bytes
            .get(*at)
            .ok_or_else(|| ModelError("truncated".to_string()))?;
        *at += 1;
        n |= usize::from(b & 0x7f) << shift;
        shift += 7;
        if b & 0x80 == 0 {
            return Ok(n);
        }
        if shift > 28 {
            return Err(ModelError("bad gap".to_string()));
        }
    }
}

fn write_keyed<V: Copy>(out: &mut Vec<u8>, map: &HashedMap<V>, value: impl Fn(&mut Vec<u8>, V)) {
    let mut entries: Vec<(u64, V)> = map.iter().map(|(&k, &v)| (k, v)).collect();
    entries.sort_unstable_by_key(|e| e.0);
    out.extend_from_slice(&(entries.len() as u32).to_le_bytes());
    let mut last = 0;
    for (k, v) in entries {
        leb128(out, (k - last) as usize);
        last = k;
        value(out, v);
    }
}

const MAGIC: &[u8; 4] = b"GKN2";

/// Why weights could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError(pub String);

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "bad name-finder weights: {}", self.0)
    }
}

impl std::error::Error for ModelError {}

/// The fingerprint of the word lists the features read: weights trained with
/// other lists would score other features.
pub fn lists_fingerprint() -> u64 {
    let mut h = Fnv::default();
    h.write(NAME_WORDS.as_bytes());
    h.write(FIRST_NAMES.as_bytes());
    h.write(NAME_PLACES.as_bytes());
    h.finish()
}

impl NameFinder {
    /// The finder with the weights built into geokg, decoded on first use.
    pub fn builtin() -> &'static NameFinder {
        static FINDER: OnceLock<NameFinder> = OnceLock::new();
        FINDER.get_or_init(|| {
            // The built-in weights are checked by a test; should they ever be bad,
            // the finder finds nothing rather than stopping the extraction.
            NameFinder::decode(include_bytes!("../../data/names.bin")).unwrap_or_else(|_| {
                let (keys, rows, slot_mask) = slot_table(Vec::new());
                NameFinder {
                    bits: 8,
                    mask: 0xff,
                    keys,
                    rows,
                    slot_mask,
                    flags: WordFlags::new(&Vocab::default()),
                    vocab: Vocab::default(),
                    gazette: WordFlags::from_pairs(Vec::new()),
                    gazette_len: 0,
                    id: next_id(),
                }
            })
        })
    }

    /// Decodes weights written by [`NameFinder::encode`].
    ///
    /// Layout: `GKN2`, the number of hash bits (u8), the lists fingerprint
    /// (u64 LE), the number of vocabulary entries (u32 LE) and each as the gap
    /// between its key (`short_key`, ascending) and the previous one (LEB128)
    /// and its flags (u8), the gazette's entries (u32 LE) in the same way, the
    /// number of rows (u32 LE), then
    /// per non-zero row the gap to
    /// the previous row's index (LEB128), a byte whose bit t says tag t has a
    /// weight, and those weights (i8).
    pub fn decode(bytes: &[u8]) -> Result<NameFinder, ModelError> {
        let err = |what: &str| ModelError(what.to_string());
        if bytes.len() < 13 || &bytes[..4] != MAGIC {
            return Err(err("no GKN2 header"));
        }
        let bits = bytes[4];
        if !(8..=24).contains(&bits) {
            return Err(err("hash bits out of range"));
        }
        let fingerprint = u64::from_le_bytes(bytes[5..13].try_into().unwrap_or_default());
        if fingerprint != lists_fingerprint() {
            return Err(err(
                "trained with other word lists (re-run tools/train_names.rs)",
            ));
        }
        let u32_at = |at: usize| {
            bytes
                .get(at..at + 4)
                .map(|b| u32::from_le_bytes(b.try_into().unwrap_or_default()))
                .ok_or_else(|| err("truncated"))
        };
        let mut at = 13;
        let one_byte = |b: &[u8], at: &mut usize| {
            let v = b.get(*at).copied();
            *at += 1;
            v
        };
        let vocab = Vocab(read_keyed(bytes, &mut at, one_byte)?.into_iter().collect());
        let gazette = read_keyed(bytes, &mut at, one_byte)?;
        let gazette_len = gazette.len();
        let gazette = WordFlags::from_pairs(
            gazette
                .into_iter()
                .map(|(k, b)| (k as u32, u32::from(b)))
                .collect(),
        );
        let rows = u32_at(at)?;
        at += 4;
        let size = 1usize << bits;
        let mut weights: Vec<(usize, [i8; ROW])> = Vec::new();
        let mut index = 0usize;
        for n in 0..rows {
            let gap = read_leb128(bytes, &mut at)?;
            index = if n == 0 { gap } else { index + gap };
            if index >= size || (n > 0 && gap == 0) {
                return Err(err("row out of range"));
            }
            let mut row = [0i8; ROW];
            let &present = bytes.get(at).ok_or_else(|| err("truncated"))?;
            at += 1;
            for (t, w) in row.iter_mut().enumerate().take(N_TAGS) {
                if present & (1 << t) != 0 {
                    *w = *bytes.get(at).ok_or_else(|| err("truncated"))? as i8;
                    at += 1;
                }
            }
            if row != [0; ROW] {
                weights.push((index, row));
            }
        }
        if at != bytes.len() {
            return Err(err("trailing bytes"));
        }
        let (keys, rows, slot_mask) = slot_table(weights);
        Ok(NameFinder {
            bits: u32::from(bits),
            mask: (size - 1) as u32,
            keys,
            rows,
            slot_mask,
            flags: WordFlags::new(&vocab),
            vocab,
            gazette,
            gazette_len,
            id: next_id(),
        })
    }

    /// Encodes quantised weights (`weights.len()` a power of two) in the layout
    /// [`NameFinder::decode`] reads.
    pub fn encode(weights: &[[i8; ROW]], vocab: &Vocab, gazette: &Gazette) -> Vec<u8> {
        let bits = weights.len().trailing_zeros() as u8;
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.push(bits);
        out.extend_from_slice(&lists_fingerprint().to_le_bytes());
        write_keyed(&mut out, &vocab.0, |out, f| out.push(f));
        write_keyed(&mut out, &gazette.0, |out, f| out.push(f));
        let rows = weights.iter().filter(|r| r.iter().any(|&w| w != 0)).count();
        out.extend_from_slice(&(rows as u32).to_le_bytes());
        let mut last = 0usize;
        let mut first = true;
        for (index, row) in weights.iter().enumerate() {
            if row.iter().all(|&w| w == 0) {
                continue;
            }
            let gap = if first { index } else { index - last };
            first = false;
            last = index;
            leb128(&mut out, gap);
            let present = row
                .iter()
                .enumerate()
                .fold(0u8, |m, (t, &w)| if w != 0 { m | (1 << t) } else { m });
            out.push(present);
            out.extend(row.iter().filter(|&&w| w != 0).map(|&w| w as u8));
        }
        out
    }

    /// Whether `word` is a title or honorific of `data/name_words.tsv` ("Gen.",
    /// "Sir", "Mr"), also when written without the full stop of the listed
    /// abbreviation ("Gen", "Sen", "Adm"): a word that stands before a name, not in it.
    pub fn is_title_word(&self, word: &str) -> bool {
        let titled = |w: &str| self.flags.get(word_hash(w)) & (TITLE | HONORIFIC) != 0;
        titled(word) || (!word.ends_with('.') && word.len() <= 4 && titled(&format!("{word}.")))
    }

    /// Whether `word` heads or closes a place's name ("Bridge", "Street",
    /// "Province"): the `loc` list of `data/name_words.tsv`.
    pub fn is_place_word(&self, word: &str) -> bool {
        self.flags.get(word_hash(word)) & LOC_WORD != 0
    }

    /// Whether `word` heads or closes an organisation's name ("AG", "Corp.",
    /// "University"): the `org` list of `data/name_words.tsv`.
    pub fn is_org_word(&self, word: &str) -> bool {
        self.flags.get(word_hash(word)) & ORG_WORD != 0
    }

    /// Whether `word` is a common word of English that is no name: the training
    /// treebank wrote it in lower case and never as a proper noun, and it is no
    /// first name ("Besides", "Although", "Unlike"; not "Bush", "Rice" or "Mark").
    pub fn is_common_word(&self, word: &str) -> bool {
        let flags = self.flags.get(word_hash(word));
        let vocab = (flags >> VOCAB_SHIFT) as u8;
        vocab & Vocab::LOWER != 0
            && vocab & (Vocab::PROPN | Vocab::MOSTLY_PROPN | Vocab::PERSON_NAME) == 0
            && flags & FIRST_NAME == 0
    }

    /// Whether `word`, written in lower case in a [caseless](is_caseless)
    /// sentence, may be a name: the training treebank wrote it as a proper noun
    /// in most of its uses ("chicago", "enron"; not "us" or "burger").
    fn is_lowercase_name(&self, word: &str) -> bool {
        is_lowercase_name(self.flags.get(word_hash(word)))
    }

    /// What the training treebank said of words, as stored with the weights.
    pub fn vocabulary(&self) -> &Vocab {
        &self.vocab
    }

    /// What the training treebank and geokg's dictionaries say of `word` (any case):
    /// the bits of [`Vocab`] (`Vocab::LOWER`: written in lower case at least twice).
    pub fn word_flags(&self, word: &str) -> u8 {
        (self.flags.get(word_hash(word)) >> VOCAB_SHIFT) as u8
    }

    /// The number of hash bits of the weight table.
    pub fn bits(&self) -> u32 {
        self.bits
    }

    /// The dense weight table, as trained (for tests and re-encoding).
    pub fn dense(&self) -> Vec<[i8; ROW]> {
        let mut w = vec![[0; ROW]; 1 << self.bits];
        for (&k, row) in self.keys.iter().zip(&self.rows) {
            if k != EMPTY {
                w[k as usize] = *row;
            }
        }
        w
    }

    /// Loads every feature's first slot (key and row) before any is compared:
    /// the loads do not wait for each other, and [`NameFinder::add_scores`]
    /// then finds them in cache.
    fn touch(&self, feats: &[u32]) {
        let mut touch = 0u32;
        for &f in feats {
            let at = slot_of(f & self.mask, self.slot_mask);
            touch ^= self.keys[at] ^ u32::from(self.rows[at][0] as u8);
        }
        std::hint::black_box(touch);
    }

    /// Adds the weights of `feats` to `scores`.
    fn add_scores(&self, feats: &[u32], scores: &mut [i32; ROW]) {
        for &f in feats {
            let key = f & self.mask;
            let mut at = slot_of(key, self.slot_mask);
            loop {
                let k = self.keys[at];
                if k == key {
                    for (s, &w) in scores.iter_mut().zip(&self.rows[at]) {
                        *s += i32::from(w);
                    }
                    break;
                }
                if k == EMPTY {
                    break;
                }
                at = (at + 1) & self.slot_mask;
            }
        }
    }

    /// Appends the names in `words` (one sentence) to `out` as token ranges.
    pub fn find(&self, words: &[&str], out: &mut Vec<(Range<usize>, EntityType)>) {
        self.find_with(words.len(), |i| words[i], out);
    }

    /// [`NameFinder::find`] over the tokens of a geokg sentence.
    pub fn find_in(&self, sentence: &Sentence, out: &mut Vec<(Range<usize>, EntityType)>) {
        self.find_with(sentence.len(), |i| sentence.word(i), out);
    }

    /// Tags `n` words, `word(i)` giving word `i`, into `tags` (one per word).
    pub fn tag_with<'w>(&self, n: usize, word: impl Fn(usize) -> &'w str, tags: &mut Vec<u8>) {
        tags.clear();
        tags.resize(n, TAG_O);
        SCRATCH.with(|s| {
            let mut s = s.borrow_mut();
            let Scratch {
                info,
                near,
                feats,
                counts,
                statics,
                cache,
                owner,
                back,
            } = &mut *s;
            // Features read two tokens either side of a tagged one, and a tagged
            // token is at most two from a capitalised one: other tokens need no info.
            // `near[i]`: bit 0 token i is read, bit 1 it has an upper-case letter.
            near.clear();
            near.resize(n, 0);
            let mut any = false;
            let caseless = is_caseless(n, &word);
            for i in 0..n {
                let w = word(i);
                if has_upper(w) || (caseless && self.is_lowercase_name(w)) {
                    for m in &mut near[i.saturating_sub(4)..(i + 5).min(n)] {
                        *m |= 1;
                    }
                    near[i] |= 2;
                    any = true;
                }
            }
            info.clear();
            if !any {
                return;
            }
            info.extend((0..n).map(|i| {
                if near[i] != 0 {
                    TokInfo::unflagged(word(i), near[i] & 2 != 0)
                } else {
                    TokInfo::FAR
                }
            }));
            // As in `add_scores`: all first slots are loaded before any is compared.
            let mut touch = 0u64;
            for (t, _) in info.iter().zip(near.iter()).filter(|(_, &near)| near != 0) {
                touch ^= self.flags.first(t.lower);
            }
            std::hint::black_box(touch);
            for (t, _) in info
                .iter_mut()
                .zip(near.iter())
                .filter(|(_, &near)| near != 0)
            {
                t.flags = self.flags.get(t.lower);
            }
            if self.gazette_len > 0 {
                Gazette::mark_with(info, |h| self.gazette.get(h) as u8);
            }
            // The scores of the features that do not depend on the previous tag, for
            // every token that may be tagged, all looked up together.
            feats.clear();
            let mut buf = [0u32; MAX_FEATURES];
            statics.clear();
            statics.resize(n, [0; ROW]);
            counts.clear();
            // The scores of a word's own features are kept per thread, by word:
            // news repeat their capitalised words.
            if *owner != self.id {
                *owner = self.id;
                cache.clear();
            }
            cache.resize(WORD_CACHE, (0, [0; ROW]));
            for i in 0..n {
                if allowed_tags(info, i, tag(EntityType::Person, false)) == 1 << TAG_O {
                    continue;
                }
                let w = word(i);
                let exact = exact_hash(w);
                let key = exact.max(1);
                let slot = exact as usize & (WORD_CACHE - 1);
                let kw = if cache[slot].0 == key {
                    for (s, &c) in statics[i].iter_mut().zip(&cache[slot].1) {
                        *s = i32::from(c);
                    }
                    0
                } else {
                    word_features(&info[i], w, exact, &mut buf, 0)
                };
                let k = context_features(info, i, &mut buf, kw);
                feats.extend_from_slice(&buf[..k]);
                counts.push((i, kw, k - kw, key));
            }
            self.touch(feats);
            let mut at = 0;
            for &(i, kw, kc, key) in counts.iter() {
                if kw > 0 {
                    let mut own = [0i32; ROW];
                    self.add_scores(&feats[at..at + kw], &mut own);
                    at += kw;
                    let mut short = [0i16; ROW];
                    if own.iter().all(|&x| i32::from(x as i16) == x) {
                        for (c, &x) in short.iter_mut().zip(&own) {
                            *c = x as i16;
                        }
                        cache[key as usize & (WORD_CACHE - 1)] = (key, short);
                    }
                    statics[i] = own;
                }
                self.add_scores(&feats[at..at + kc], &mut statics[i]);
                at += kc;
            }
            viterbi(info, tags, back, |i, prev| {
                let k2 = tag_features(info, i, prev, &mut buf);
                let mut scores = statics[i];
                self.add_scores(&buf[..k2], &mut scores);
                scores
            });
            person_rules(info, tags, &word);
        });
    }

    /// [`NameFinder::find_with`] for one sentence of a document whose earlier
    /// sentences' names `doc` remembers: a run of words found earlier as a
    /// person or organisation that the tagger left out here is added ("Google"
    /// after "Google users", "Nasrallah" after "Hassan Nasrallah"; see
    /// [`DocNames`]). The sentence's names are then remembered. Chosen by the
    /// blocked cross-validation of `tools/train_names.rs`.
    pub fn find_in_document<'w>(
        &self,
        n: usize,
        word: impl Fn(usize) -> &'w str,
        doc: &mut DocNames,
        out: &mut Vec<(Range<usize>, EntityType)>,
    ) {
        let first = out.len();
        self.find_with(n, &word, out);
        SCRATCH.with(|s| {
            let s = s.borrow();
            doc.agree_types(&s.info, &mut out[first..]);
            doc.add_repeated(&s.info, &word, out, first);
            doc.remember(&s.info, &out[first..]);
        });
    }

    /// Appends the names among `n` words to `out` (`word(i)` gives word `i`).
    ///
    /// After the tagger (with `person_rules`): `organization_rules`,
    /// `gazette_rules`, storm names and one word with a digit dropped, then
    /// `listed_names` for names the tagger left out, `lowercase_places`,
    /// `state_codes` and `acronyms`. Chosen by blocked
    /// cross-validation on UNER dev (`tools/train_names.rs`).
    pub fn find_with<'w>(
        &self,
        n: usize,
        word: impl Fn(usize) -> &'w str,
        out: &mut Vec<(Range<usize>, EntityType)>,
    ) {
        TAGS.with(|tags| {
            let mut tags = tags.borrow_mut();
            self.tag_with(n, &word, &mut tags);
            let first = out.len();
            spans(&tags, |i| is_connector(word(i)), out);
            self.organization_rules(n, &word, &mut out[first..]);
            SCRATCH.with(|s| NameFinder::gazette_rules(&s.borrow().info, &mut out[first..]));
            // "Hurricane Katrina", "Typhoon Haiyan": a storm's name names no actor,
            // whether the span holds the storm's word or starts after it ("Hurricane
            // Ivan" tagged "Ivan"); nor does one word with a digit ("SX40", "MH17").
            // Kept spans move up in order, in one pass.
            let mut kept = first;
            for k in first..out.len() {
                let range = out[k].0.clone();
                let storm = STORMS.contains(word(range.start))
                    || range.start >= 1 && STORMS.contains(word(range.start - 1));
                let digit =
                    range.len() == 1 && word(range.start).bytes().any(|b| b.is_ascii_digit());
                if !storm && !digit {
                    out.swap(kept, k);
                    kept += 1;
                }
            }
            out.truncate(kept);
            self.opening_common_noun(&word, &mut out[first..]);
            company_suffixes(
                n,
                &word,
                |w| self.word_flags(w) & Vocab::LOWER != 0,
                out,
                first,
            );
            SCRATCH.with(|s| self.listed_names(&s.borrow().info, &word, out, first));
            self.lowercase_places(n, &word, out, first);
            SCRATCH.with(|s| {
                let info = &s.borrow().info;
                state_codes(info, &word, |w| self.is_common_word(w), out, first);
            });
            self.head_of_name(n, &word, out, first);
            acronyms(n, &word, out, first);
            arabic_articles(&word, out, first);
            self.person_of_organization(&word, out, first);
        });
    }

    /// An organisation's name that ends in its head word goes on over "of" and the
    /// capitalised words after it ("the Department of State", "School of Industrial
    /// and Systems Engineering", "Association of Muslim Scholars"), taking in any
    /// name found there ("Department of Housing and Urban Development", whose last
    /// words the tagger may read as a place): connectors inside only between
    /// capitalised words, no "the" right after "of" ("the Bank of the West" is
    /// left as it is), and not a head word that also names a place ("City of New
    /// Orleans"), and only up to a person found there.
    fn head_of_name<'w>(
        &self,
        n: usize,
        word: impl Fn(usize) -> &'w str,
        out: &mut Vec<(Range<usize>, EntityType)>,
        first: usize,
    ) {
        let capital = |i: usize| word(i).starts_with(|c: char| c.is_uppercase());
        let mut kept = first;
        let mut k = first;
        while k < out.len() {
            let (range, ty) = out[k].clone();
            let head = word(range.end - 1);
            let of = range.end;
            if ty == EntityType::Organization
                && of + 1 < n
                && word(of) == "of"
                && capital(of + 1)
                && capital(range.end - 1)
                && self.is_org_word(head)
                && !self.is_place_word(head)
            {
                // A person found there ends it ("the Stock Exchange of Hong Kong
                // Ronald Li said").
                let person_at = |i: usize| {
                    out[k + 1..]
                        .iter()
                        .any(|f| f.0.start == i && f.1 == EntityType::Person)
                };
                let mut end = of + 1;
                loop {
                    if end < n && person_at(end) {
                        break;
                    } else if end < n && capital(end) {
                        end += 1;
                    } else if end + 1 < n && is_connector(word(end)) && capital(end + 1) {
                        end += 2;
                    } else {
                        break;
                    }
                }
                if end == of + 1 {
                    out.swap(kept, k);
                    kept += 1;
                    k += 1;
                    continue;
                }
                out[k].0.end = end;
                // Names found inside the new span are part of it; one that runs
                // past it is left as it was, and so is this span.
                let mut next = k + 1;
                while next < out.len() && out[next].0.end <= end {
                    next += 1;
                }
                if next < out.len() && out[next].0.start < end {
                    out[k].0.end = of;
                    next = k + 1;
                }
                out.swap(kept, k);
                kept += 1;
                k = next;
                continue;
            }
            out.swap(kept, k);
            kept += 1;
            k += 1;
        }
        out.truncate(kept);
    }

    /// An organisation's name that opens with a person's name and "of" ("Jane Hollis of
    /// Amnesty International", the first name left out or not) is the person and the
    /// organisation: the words before "of" are no organisation's or place's words,
    /// and a first name opens them or stands right before them.
    fn person_of_organization<'w>(
        &self,
        word: impl Fn(usize) -> &'w str,
        out: &mut Vec<(Range<usize>, EntityType)>,
        first: usize,
    ) {
        let end = out.len();
        for k in first..end {
            let (range, ty) = out[k].clone();
            if ty != EntityType::Organization || range.len() < 3 {
                continue;
            }
            let Some(of) = (range.start + 1..range.end - 1).find(|&i| word(i) == "of") else {
                continue;
            };
            let plain = (range.start..of).all(|i| {
                let w = word(i);
                w.starts_with(|c: char| c.is_uppercase())
                    && !self.is_org_word(w)
                    && !self.is_place_word(w)
                    && !self.is_title_word(w)
            });
            let covered = |i: usize| out[first..].iter().any(|f| f.0.contains(&i));
            let before = range.start >= 1
                && !covered(range.start - 1)
                && is_first_name(word(range.start - 1));
            if !plain || !(before || is_first_name(word(range.start)) && of > range.start + 1) {
                continue;
            }
            let person = range.start - usize::from(before)..of;
            let org = of + 1 + usize::from(word(of + 1).eq_ignore_ascii_case("the"))..range.end;
            if org.is_empty() {
                continue;
            }
            out[k] = (org, EntityType::Organization);
            out.push((person, EntityType::Person));
        }
        if out.len() > end {
            out[first..].sort_unstable_by_key(|f| f.0.start);
        }
    }

    /// A sentence's first word, capitalised only for being first, before "of" and a
    /// name is no part of it ("Shares of Acme Widgets Inc. fell" names "Acme Widgets
    /// Inc."): a common word of English that heads no organisation ("University of
    /// Oxford" keeps it) and no "the" after "of" ("Friends of the Earth").
    fn opening_common_noun<'w>(
        &self,
        word: impl Fn(usize) -> &'w str,
        found: &mut [(Range<usize>, EntityType)],
    ) {
        let Some((range, _)) = found.first_mut() else {
            return;
        };
        let first = word(0);
        if range.start == 0
            && range.len() > 2
            && word(1) == "of"
            && word(2).starts_with(|c: char| c.is_uppercase())
            && self.is_common_word(first)
            && !self.is_org_word(first)
            && !self.is_place_word(first)
        {
            range.start = 2;
        }
    }

    /// What the web text the weights learnt from seldom shows: a name that ends in a
    /// capitalised word that heads or closes an organisation's name ("Farrell
    /// Electric" aside, "Abacus Technologies", "First Union Securities", "Wiki Media
    /// Foundation") is an organisation, and such words right after a name belong to it
    /// ("Marvel Consultants Inc."), as do capitalised words up to such a word
    /// ("Kenya Wildlife Service"); so does such a word and "of" right before a
    /// name ("University of Oxford", "Bank of England", where the tagger may see only
    /// the place).
    fn organization_rules<'w>(
        &self,
        n: usize,
        word: impl Fn(usize) -> &'w str,
        found: &mut [(Range<usize>, EntityType)],
    ) {
        let org_word = |i: usize| {
            let w = word(i);
            w.starts_with(|c: char| c.is_uppercase()) && self.is_org_word(w)
        };
        for k in 0..found.len() {
            let limit = found.get(k + 1).map_or(n, |next| next.0.start);
            let floor = if k > 0 { found[k - 1].0.end } else { 0 };
            let (range, ty) = &mut found[k];
            let mut start = range.start;
            if start >= floor + 2 && word(start - 1) == "of" && org_word(start - 2) {
                start -= 2;
                while start > floor && org_word(start - 1) {
                    start -= 1;
                }
                range.start = start;
                *ty = EntityType::Organization;
            }
            let mut end = range.end;
            while end < limit && org_word(end) {
                end += 1;
            }
            // "Kenya Wildlife Service": capitalised words the tagger left
            // out after a name, up to an organisation's head word.
            if end == range.end {
                let mut j = end;
                while j < limit && j < end + 4 && word(j).starts_with(|c: char| c.is_uppercase()) {
                    j += 1;
                    if org_word(j - 1) {
                        end = j;
                    }
                }
            }
            if end > range.end || org_word(range.end - 1) {
                range.end = end;
                *ty = EntityType::Organization;
            }
        }
    }

    /// Names the gazette lists where the tagger found none, when it lists them
    /// under one type, organisation or place ("Xinhua reported", "fled to
    /// Mogadishu"): `info` as [`NameFinder::tag_with`] left it, `out[first..]` the
    /// names found, in order. A listed name starts with a capital and goes on over
    /// capitalised words and connectors; a name of one word that the treebank also
    /// writes in lower case is left out ("Is", "Let", "WHO" in capitals) unless it
    /// mostly writes it as a proper noun ("Google", also "google it"). So is a
    /// city's name of one word the tagger left out ("lives in Abbottabad").
    fn listed_names<'w>(
        &self,
        info: &[TokInfo],
        word: impl Fn(usize) -> &'w str,
        out: &mut Vec<(Range<usize>, EntityType)>,
        first: usize,
    ) {
        let end = out.len();
        let n = info.len();
        let mut next = first;
        let mut i = 0;
        while i < n {
            // The opening bits of the longest listed name at `i` (see `Gazette::mark`).
            let open = info[i].gaz & 0b111;
            if !info[i].upper || (open == 0 && info[i].flags & CITY == 0) {
                i += 1;
                continue;
            }
            while next < end && out[next].0.end <= i {
                next += 1;
            }
            let limit = if next < end { out[next].0.start } else { n };
            if limit <= i {
                i = out[next].0.end;
                continue;
            }
            // A city's name of one word (GeoNames) that is no common word, first
            // name, title or word of a listed person's name: "near Abbottabad".
            if open == 0
                && info[i].flags & CITY != 0
                && info[i].flags & (FIRST_NAME | TITLE | HONORIFIC | ORG_WORD | MONTH | DAY) == 0
                && (info[i].flags >> VOCAB_SHIFT) as u8
                    & (Vocab::LOWER | Vocab::PERSON_NAME | Vocab::CAPITAL_NOT_PROPN)
                    == 0
                && word(i).starts_with(|c: char| c.is_uppercase())
                && i < limit
            {
                out.push((i..i + 1, EntityType::Location));
                i += 1;
                continue;
            }
            if open == 0 {
                i += 1;
                continue;
            }
            let mut len = 1;
            while i + len < n && info[i + len].gaz & 0b111_000 != 0 {
                len += 1;
            }
            let ty = match open {
                2 => Some(EntityType::Organization),
                4 => Some(EntityType::Location),
                _ => None,
            };
            let written = |j: usize| {
                let w = word(j);
                w.starts_with(|c: char| c.is_uppercase()) || (j > i && is_connector(w))
            };
            let one_lower_word = len == 1
                && (info[i].flags >> VOCAB_SHIFT) as u8 & (Vocab::LOWER | Vocab::MOSTLY_PROPN)
                    == Vocab::LOWER;
            if let Some(ty) =
                ty.filter(|_| i + len <= limit && (i..i + len).all(written) && !one_lower_word)
            {
                out.push((i..i + len, ty));
            }
            i += len;
        }
        if out.len() > end {
            out[first..].sort_unstable_by_key(|f| f.0.start);
        }
    }

    /// A place written in lower case after "in", "from", "near" … ("living in
    /// malaysia", "flights to tampa bay"): the longest name the gazette lists as a
    /// place alone, of words in lower case, none a common word of the treebank
    /// unless the name has two words or more.
    fn lowercase_places<'w>(
        &self,
        n: usize,
        word: impl Fn(usize) -> &'w str,
        out: &mut Vec<(Range<usize>, EntityType)>,
        first: usize,
    ) {
        let end = out.len();
        let mut next = first;
        let loc = u32::from(Gazette::type_bit(EntityType::Location));
        let mut i = 1;
        while i < n {
            // Most words are none of these: their first letter tells, before a lookup.
            let before = word(i - 1);
            if !matches!(
                before.as_bytes().first(),
                Some(b'a' | b'f' | b'i' | b'n' | b't' | b'v')
            ) || !PLACE_PREPOSITIONS.contains(before)
            {
                i += 1;
                continue;
            }
            while next < end && out[next].0.end <= i {
                next += 1;
            }
            let limit = if next < end { out[next].0.start } else { n };
            let w = word(i);
            if i >= limit || !w.starts_with(|c: char| c.is_lowercase()) {
                i += 1;
                continue;
            }
            let mut h = Gazette::START;
            let mut best = 0;
            for j in i..limit.min(i + 4) {
                let wj = word(j);
                if !wj.starts_with(|c: char| c.is_lowercase()) {
                    break;
                }
                h = Gazette::chain(h, word_hash(wj));
                let bits = self.gazette.get(h);
                if bits == 0 {
                    break;
                }
                if bits & !u32::from(Gazette::PREFIX) == loc {
                    best = j + 1;
                }
                if bits & u32::from(Gazette::PREFIX) == 0 {
                    break;
                }
            }
            if best == i + 1 && self.is_common_word(w) || best == 0 {
                i += 1;
                continue;
            }
            out.push((i..best, EntityType::Location));
            i = best;
        }
        if out.len() > end {
            out[first..].sort_unstable_by_key(|f| f.0.start);
        }
    }

    /// A name the gazette lists under one type, organisation or place, takes that
    /// type: "United States" or "West Bank" read as an organisation, "Hamas" as a
    /// place or a person (a person listed nowhere as one keeps its type: "Jordan",
    /// "Georgia"). An organisation's or place's name of two words or more does not
    /// end in a day of the week ("Fallujah Wednesday"); a person's is left to the
    /// actor rules, which know a day is no name.
    fn gazette_rules(info: &[TokInfo], found: &mut [(Range<usize>, EntityType)]) {
        let flags = |i: usize| info.get(i).map_or(0, |t| t.flags);
        for (range, ty) in found.iter_mut() {
            if *ty != EntityType::Person && range.len() > 1 && flags(range.end - 1) & DAY != 0 {
                range.end -= 1;
            }
            // "San Jose", "Palo Alto": words of GeoNames cities' longer names only,
            // the first no first name.
            if *ty == EntityType::Person
                && (2..=3).contains(&range.len())
                && flags(range.start) & (FIRST_NAME | TITLE | HONORIFIC) == 0
                && range.clone().all(|i| flags(i) & CITY_PART != 0)
            {
                *ty = EntityType::Location;
            }
            let listed = listed_types(info, range.clone());
            if listed == 1 << EntityType::Location as u8 {
                *ty = EntityType::Location;
            } else if listed == 1 << EntityType::Organization as u8 {
                *ty = EntityType::Organization;
            }
        }
    }
}

/// The names found so far in one document, by their words in lower case: how
/// often each was found under each type, a person's surname counted as a name
/// of its own ("Hassan Nasrallah" … "Nasrallah"). Read and filled by
/// [`NameFinder::find_in_document`]; [`DocNames::clear`] between documents.
#[derive(Default, Debug, Clone)]
pub struct DocNames {
    names: HashedMap<[u16; 3]>,
    /// Chained hashes of the first words of names of two words or more.
    prefixes: HashedMap<()>,
}

impl DocNames {
    const START: u64 = 0x646f_636e_616d_6573;

    /// Forgets the document.
    pub fn clear(&mut self) {
        self.names.clear();
        self.prefixes.clear();
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    fn key(info: &[TokInfo], range: Range<usize>) -> u64 {
        range.fold(DocNames::START, |h, i| Gazette::chain(h, info[i].lower))
    }

    fn count(&mut self, key: u64, ty: EntityType) {
        let c = &mut self.names.entry(key).or_default()[ty as usize];
        *c = c.saturating_add(1);
    }

    /// Counts the names `found` of a sentence whose tokens are `info`.
    fn remember(&mut self, info: &[TokInfo], found: &[(Range<usize>, EntityType)]) {
        for (range, ty) in found {
            if range.end > info.len() || range.is_empty() {
                continue;
            }
            self.count(DocNames::key(info, range.clone()), *ty);
            let mut h = DocNames::START;
            for t in &info[range.start..range.end - 1] {
                h = Gazette::chain(h, t.lower);
                self.prefixes.insert(h, ());
            }
            // "John Smith" … "Smith": the surname of a person whose name opens
            // on a first name names them alone (not "Houston-based Conoco").
            if *ty == EntityType::Person
                && range.len() >= 2
                && info[range.start].flags & FIRST_NAME != 0
            {
                self.count(DocNames::key(info, range.end - 1..range.end), *ty);
            }
        }
    }

    /// The type the document found the words of chained hash `key` under most
    /// often (ties to the earlier type: person, organisation, place).
    fn majority(&self, key: u64) -> Option<EntityType> {
        let c = self.names.get(&key)?;
        [
            EntityType::Person,
            EntityType::Organization,
            EntityType::Location,
        ]
        .into_iter()
        .filter(|&t| c[t as usize] > 0)
        .max_by_key(|&t| (c[t as usize], 3 - t as u8))
    }

    /// A name of `found` that the document found at least twice under another
    /// type, and more often than under the tagger's, takes that type: "Allawi"
    /// tagged a place after two sentences named the person.
    fn agree_types(&self, info: &[TokInfo], found: &mut [(Range<usize>, EntityType)]) {
        if self.names.is_empty() {
            return;
        }
        for (range, ty) in found.iter_mut() {
            if range.end > info.len() {
                continue;
            }
            let key = DocNames::key(info, range.clone());
            if let (Some(best), Some(c)) = (self.majority(key), self.names.get(&key)) {
                if c[best as usize] >= 2 && c[best as usize] > c[*ty as usize] {
                    *ty = best;
                }
            }
        }
    }

    /// Adds to a sentence's names `out[first..]` (in order) the longest runs of
    /// words, starting with a capitalised one, that the document found earlier
    /// as a person or organisation, where the tagger found nothing: "Google" in
    /// "whether Google can survive" after "Google users" was tagged; "Nasrallah
    /// said" after "Hassan Nasrallah". A run of one word is no common word of
    /// the treebank ("Then", "Mercury" tagged once stays alone) and has two
    /// characters or more ("I"). Places are left to the tagger: a word found as a
    /// place once is as often a firm or a person elsewhere ("Jordan").
    fn add_repeated<'w>(
        &self,
        info: &[TokInfo],
        word: impl Fn(usize) -> &'w str,
        out: &mut Vec<(Range<usize>, EntityType)>,
        first: usize,
    ) {
        if self.names.is_empty() {
            return;
        }
        let n = info.len();
        let end = out.len();
        let mut next = first;
        let mut i = 0;
        while i < n {
            while next < end && out[next].0.end <= i {
                next += 1;
            }
            let limit = if next < end {
                out[next].0.start.max(i)
            } else {
                n
            };
            if i >= limit {
                i = out[next].0.end.max(i + 1);
                continue;
            }
            if !info[i].upper {
                i += 1;
                continue;
            }
            // The longest run from `i` the document found as a name.
            let mut h = DocNames::START;
            let mut best = None;
            for (j, t) in info.iter().enumerate().take(limit.min(i + 8)).skip(i) {
                h = Gazette::chain(h, t.lower);
                if t.upper {
                    if let Some(ty) = self.majority(h) {
                        best = Some((j + 1, ty));
                    }
                }
                if !self.prefixes.contains_key(&h) {
                    break;
                }
            }
            let Some((to, ty)) = best else {
                i += 1;
                continue;
            };
            let vocab = (info[i].flags >> VOCAB_SHIFT) as u8;
            let common = vocab & Vocab::LOWER != 0
                && vocab & (Vocab::PROPN | Vocab::MOSTLY_PROPN | Vocab::PERSON_NAME) == 0
                && info[i].flags & FIRST_NAME == 0;
            // "SOYBEANS" in a headline: a word of five letters or more in capitals.
            let shouted = (i..to).any(|j| {
                let w = word(j);
                w.len() >= 5 && !w.bytes().any(|b| b.is_ascii_lowercase())
            });
            let alone_bad = to == i + 1 && (common || word(i).chars().nth(1).is_none());
            if ty != EntityType::Location && !alone_bad && !shouted {
                out.push((i..to, ty));
            }
            i = to;
        }
        if out.len() > end {
            out[first..].sort_unstable_by_key(|f| f.0.start);
        }
    }
}

/// The types the gazette lists the words of `range` under as one name (bit
/// `1 << ty`; 0: none), as [`Gazette::mark`] left them in `info`: the longest
/// listed name at the range's start must end where the range does.
fn listed_types(info: &[TokInfo], range: Range<usize>) -> u8 {
    let open = info.get(range.start).map_or(0, |t| t.gaz & 0b111);
    let continued = |i: usize| info.get(i).is_some_and(|t| t.gaz & 0b111_000 != 0);
    if open != 0 && (range.start + 1..range.end).all(continued) && !continued(range.end) {
        open
    } else {
        0
    }
}

/// Rules over the tagger's output for what the training text (web text, few
/// news names) seldom shows: a capitalised first name right after a capitalised
/// title starts a person ("Prime Minister Theresa …"), a capitalised first name
/// right before a person's name belongs to it ("Chad Johnson"), and a person whose name
/// so far is one first name goes on over the next capitalised word that is no
/// title, day or connector ("Theresa May", "Boris Johnson"), also over a middle initial
/// written without its full stop ("George W Bush"); a first name and a
/// word of a dictionary person's name tagged as a place are a person ("Maria Lopez").
fn person_rules<'w>(info: &[TokInfo], tags: &mut [u8], word: impl Fn(usize) -> &'w str) {
    let per_b = tag(EntityType::Person, false);
    let per_i = tag(EntityType::Person, true);
    let plain_capitalised = |i: usize| plain_capitalised(word(i));
    for i in 1..info.len() {
        let (before, t) = (&info[i - 1], &info[i]);
        // "George W Bush": a person's middle initial written without its full stop
        // goes on into the name after it.
        if tag_type(tags[i]).is_some()
            && !is_inside(tags[i])
            && t.upper
            && tag_type(tags[i - 1]) == Some(EntityType::Person)
            && {
                let w = word(i - 1);
                w.len() == 1 && w.as_bytes()[0].is_ascii_uppercase()
            }
        {
            tags[i] = per_i;
            for tag in tags[i + 1..].iter_mut().take_while(|t| is_inside(**t)) {
                *tag = per_i;
            }
        }
        if tags[i] == TAG_O
            && t.upper
            && t.flags & FIRST_NAME != 0
            && before.upper
            && before.flags & (TITLE | HONORIFIC) != 0
            && tags[i - 1] == TAG_O
        {
            tags[i] = per_b;
        }
        // "Chad Johnson": a capitalised first name right before a person's name
        // opens it, whatever else the first name may be.
        if tags[i] == per_b
            && before.upper
            && before.flags & FIRST_NAME != 0
            && before.flags & (TITLE | HONORIFIC) == 0
            && !is_inside(tags[i - 1])
            && tag_type(tags[i - 1]) != Some(EntityType::Person)
        {
            tags[i - 1] = per_b;
            tags[i] = per_i;
        }
        // "Shintaro Abe": a capitalised word that neither the treebank nor any of
        // geokg's lists knows, right before a person's name, is a first name the
        // lists lack (not "Yesterday Abe", "Tokyo Abe", "AB Volvo" or "Boston-based
        // Spencer"), also when tagged as a name of its own ("Cezary" an
        // organisation before "Kulesza").
        if tags[i] == per_b
            && !is_inside(tags[i - 1])
            && before.upper
            && before.flags == 0
            && plain_capitalised(i - 1)
            && !is_inside(tags.get(i + 1).copied().unwrap_or(TAG_O))
        {
            tags[i - 1] = per_b;
            tags[i] = per_i;
        }
        // "Maria Lopez": a first name and a word of a dictionary person's name,
        // the two alone tagged as a place or organisation, make a person.
        if tags[i - 1] != per_b
            && tag_type(tags[i - 1]).is_some()
            && !is_inside(tags[i - 1])
            && tags[i] == tags[i - 1] + 1
            && !is_inside(tags.get(i + 1).copied().unwrap_or(TAG_O))
            && before.flags & FIRST_NAME != 0
            && t.flags & PERSON_NAME_WORD != 0
            && before.gaz
                & (Gazette::type_bit(EntityType::Location)
                    | Gazette::type_bit(EntityType::Organization))
                    >> 1
                == 0
        {
            tags[i - 1] = per_b;
            tags[i] = per_i;
        }
        if tags[i] != per_i
            && tags[i - 1] == per_b
            && before.flags & FIRST_NAME != 0
            && t.upper
            && t.flags & (TITLE | HONORIFIC | DAY | CONNECTOR | ORG_WORD) == 0
            && !is_inside(tags.get(i + 1).copied().unwrap_or(TAG_O))
        {
            tags[i] = per_i;
        }
    }
}

/// A company's legal form after a comma belongs to its name ("Acme Tools, Inc.",
/// "Lynx Holdings, Ltd."): the tagger, which reads no comma inside a name, finds
/// the form alone. Such a name runs from the name found before the comma, or from
/// the capitalised words there (at most four, not opening on a `common` word), to
/// the form, and is an organisation; a form with no name before it names nothing.
/// A form the tagger left out after a comma and a capitalised word is read the
/// same way ("the counterparty, CCNG, Inc.").
fn company_suffixes<'w>(
    n: usize,
    word: impl Fn(usize) -> &'w str,
    common: impl Fn(&str) -> bool,
    out: &mut Vec<(Range<usize>, EntityType)>,
    first: usize,
) {
    let end = out.len();
    for i in 2..n {
        if word(i - 1) == ","
            && LEGAL_FORMS.contains(word(i))
            && word(i - 2).starts_with(|c: char| c.is_uppercase())
            && !out[first..end].iter().any(|f| f.0.contains(&i))
        {
            out.push((i..i + 1, EntityType::Organization));
        }
    }
    if out.len() > end {
        out[first..].sort_unstable_by_key(|f| f.0.start);
    }
    // Kept spans move up in order, in one pass: `kept` is where the next one goes,
    // and `out[kept - 1]` the last kept, which a form after a comma may join.
    let mut kept = first;
    for k in first..out.len() {
        let start = out[k].0.start;
        if out[k].0.len() != 1
            || !LEGAL_FORMS.contains(word(start))
            || start < 2
            || word(start - 1) != ","
        {
            out.swap(kept, k);
            kept += 1;
            continue;
        }
        let before = start - 1;
        if kept > first && out[kept - 1].0.end == before {
            out[kept - 1] = (out[kept - 1].0.start..start + 1, EntityType::Organization);
            continue;
        }
        let floor = if kept > first { out[kept - 1].0.end } else { 0 };
        let mut from = before;
        while from > floor
            && before - from < 4
            && word(from - 1).starts_with(|c: char| c.is_uppercase())
        {
            from -= 1;
        }
        // "Meanwhile, N.V. Philips": a common word opens no name.
        while from < before && common(word(from)) {
            from += 1;
        }
        if from < before {
            out[kept] = (from..start + 1, EntityType::Organization);
            kept += 1;
        }
    }
    out.truncate(kept);
}

/// An acronym in brackets right after an organisation's or place's name ("the
/// Housing Authority of New Orleans (HANO)", "United Arab Emirates (UAE)") names
/// the same: it takes the name's type (and [`DocNames`] finds it again later). Not
/// after a person: "(R)", "(GOP)" tell a party.
fn acronyms<'w>(
    n: usize,
    word: impl Fn(usize) -> &'w str,
    out: &mut Vec<(Range<usize>, EntityType)>,
    first: usize,
) {
    let end = out.len();
    for k in first..end {
        let (range, ty) = out[k].clone();
        let e = range.end;
        if ty != EntityType::Person && e + 2 < n && word(e) == "(" && word(e + 2) == ")" {
            let a = word(e + 1);
            if a.len() >= 2
                && a.bytes().all(|b| b.is_ascii_uppercase())
                && !out[first..end].iter().any(|f| f.0.contains(&(e + 1)))
            {
                out.push((e + 1..e + 2, ty));
            }
        }
    }
    if out.len() > end {
        out[first..].sort_unstable_by_key(|f| f.0.start);
    }
}

/// An Arabic article split off by a hyphen, as tokenizers that split hyphens
/// write it ("al - Qaeda", "Muqtada al - Sadr", "az - Zaman"), belongs to the
/// name after it, and a name of its type right before the article is the same name: the
/// tagger reads the lower-case article and the lone hyphen as outside any name.
fn arabic_articles<'w>(
    word: impl Fn(usize) -> &'w str,
    out: &mut Vec<(Range<usize>, EntityType)>,
    first: usize,
) {
    let mut kept = first;
    for k in first..out.len() {
        let start = out[k].0.start;
        if start >= 2
            && word(start - 1) == "-"
            && ARABIC_ARTICLES.contains(word(start - 2))
            && (kept == first || out[kept - 1].0.end <= start - 2)
        {
            out[k].0.start = start - 2;
            if kept > first && out[kept - 1].0.end == start - 2 && out[kept - 1].1 == out[k].1 {
                out[kept - 1].0.end = out[k].0.end;
                continue;
            }
        }
        out.swap(kept, k);
        kept += 1;
    }
    out.truncate(kept);
}

/// A US state's code or abbreviation after a place ("Chillicothe, OH", "San
/// Rafael Ca", "Baltimore, Md."): a place of its own, as is the capitalised
/// word before the comma the tagger left out ("Lawrence, KS": both places). A
/// place that ends in the code ("San Rafael Ca") is two.
fn state_codes<'w>(
    info: &[TokInfo],
    word: impl Fn(usize) -> &'w str,
    common: impl Fn(&str) -> bool,
    out: &mut Vec<(Range<usize>, EntityType)>,
    first: usize,
) {
    let end = out.len();
    for k in first..end {
        let range = out[k].0.clone();
        if out[k].1 == EntityType::Location
            && range.len() >= 2
            && is_state_code(word(range.end - 1))
        {
            out[k].0.end -= 1;
            out.push((range.end - 1..range.end, EntityType::Location));
        }
    }
    let covered = |out: &[(Range<usize>, EntityType)], i: usize| {
        out[first..].iter().position(|f| f.0.contains(&i))
    };
    let capitalised = |i: usize| {
        let w = word(i);
        w.starts_with(|c: char| c.is_uppercase()) && !common(w)
    };
    for (j, t) in info.iter().enumerate().skip(1) {
        // A code has a capital: most tokens are passed over without a look.
        if !t.upper || !is_state_code(word(j)) {
            continue;
        }
        let comma = j >= 2 && word(j - 1) == ",";
        let before = if comma { j - 2 } else { j - 1 };
        let place_before = out[first..]
            .iter()
            .any(|f| f.1 == EntityType::Location && f.0.end == before + 1);
        match covered(out, j) {
            Some(c) if place_before && out[first + c].0.len() == 1 => {
                out[first + c].1 = EntityType::Location;
            }
            None if place_before => out.push((j..j + 1, EntityType::Location)),
            None if comma && covered(out, before).is_none() && capitalised(before) => {
                let mut from = before;
                while from > 0
                    && before - from < 2
                    && covered(out, from - 1).is_none()
                    && capitalised(from - 1)
                {
                    from -= 1;
                }
                out.push((from..before + 1, EntityType::Location));
                out.push((j..j + 1, EntityType::Location));
            }
            _ => {}
        }
    }
    if out.len() > end {
        out[first..].sort_unstable_by_key(|f| f.0.start);
    }
}

/// Whether `w` is written as a US state's code or abbreviation: "OH", "Ca",
/// "Calif.", not "oh", "Oh" or "In".
fn is_state_code(w: &str) -> bool {
    let b = w.as_bytes();
    b.first().is_some_and(u8::is_ascii_uppercase)
        && (b.len() != 2 || b[1].is_ascii_uppercase() || w == "Ca")
        && US_STATES.contains(w)
}

/// The codes and abbreviations of the US states and DC, as written after a
/// town ("OH", "Ca", "Calif.", "Mass").
static US_STATES: WordList = WordList::new(&[
    "AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA", "ID", "IL", "IN",
    "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE", "NH", "NJ",
    "NM", "NV", "NY", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VT", "WA",
    "WI", "WV", "WY", "Ala.", "Ariz.", "Ark.", "Ca", "Cal.", "Calif.", "Colo.", "Conn.", "D.C.",
    "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Kans.", "Ky.", "La.", "Mass", "Mass.", "Md.",
    "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "N.C.", "N.D.", "N.H.", "N.J.", "N.M.", "N.Y.",
    "Neb.", "Nev.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Tex.", "Va.", "Vt.",
    "Wash.", "Wis.", "Wyo.",
]);

/// Legal forms of companies, written after the name ("Inc.", "Ltd.", "GmbH").
static LEGAL_FORMS: WordList = WordList::new(&[
    "AG", "Co", "Co.", "Corp", "Corp.", "GmbH", "Inc", "Inc.", "L.L.C.", "L.P.", "LLC", "LP",
    "Ltd", "Ltd.", "N.V.", "PLC", "Plc", "S.A.",
]);

/// Prepositions before a place ("in", "from", "near", "to", "at"): a place
/// written in lower case after one is read ([`NameFinder::lowercase_places`]).
static PLACE_PREPOSITIONS: WordList = WordList::new(&[
    "at", "from", "in", "into", "near", "to", "visit", "visiting",
]);

/// Words that open a storm's name ("Hurricane Katrina", "Tropical Storm Alberto"):
/// such a name is no person, organisation or place.
/// Arabic's article as English spells it before a hyphen ("al-Qaeda", "ash-Sharq").
static ARABIC_ARTICLES: WordList = WordList::new(&[
    "ad", "al", "an", "ar", "as", "ash", "at", "az", "el", "ul", "ur", "us",
]);

static STORMS: WordList = WordList::new(&["Cyclone", "Hurricane", "Storm", "Tropical", "Typhoon"]);

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
    static TAGS: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

#[derive(Default)]
struct Scratch {
    info: Vec<TokInfo>,
    near: Vec<u8>,
    /// The static features of the tokens that may be tagged, one after another.
    feats: Vec<u32>,
    /// Each such token, its numbers of own and context features in `feats`
    /// (no own features when its word's scores were cached), and its cache key.
    counts: Vec<(usize, usize, usize, u64)>,
    statics: Vec<[i32; ROW]>,
    /// Word → the scores of its own features ([`WORD_CACHE`] slots by exact hash).
    cache: Vec<(u64, [i16; ROW])>,
    /// The finder whose scores `cache` holds (its id).
    owner: usize,
    /// Back pointers of [`viterbi`].
    back: Vec<[u8; ROW]>,
}

/// Slots of the per-thread cache of word scores (24 bytes each).
const WORD_CACHE: usize = 4096;

/// A word of three letters or more, the first a capital and the others lower-case
/// ASCII letters: "Shintaro", not "AB", "Boston-based" or "Echoing".
fn plain_capitalised(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 3
        && b[0].is_ascii_uppercase()
        && b[1..].iter().all(u8::is_ascii_lowercase)
        && !word.ends_with("ing")
        && !word.ends_with("ed")
}

/// The spans of a tag sequence; a name does not end on a connector ("Bank of").
pub fn spans(
    tags: &[u8],
    is_connector: impl Fn(usize) -> bool,
    out: &mut Vec<(Range<usize>, EntityType)>,
) {
    let mut i = 0;
    while i < tags.len() {
        let Some(ty) = tag_type(tags[i]) else {
            i += 1;
            continue;
        };
        let start = i;
        i += 1;
        while i < tags.len() && is_inside(tags[i]) && tag_type(tags[i]) == Some(ty) {
            i += 1;
        }
        let mut end = i;
        while end > start + 1 && is_connector(end - 1) {
            end -= 1;
        }
        out.push((start..end, ty));
    }
}

/// The best-scoring tag sequence of a sentence (Viterbi), into `tags`:
/// `scores(i, prev)` gives the scores of token `i`'s tags after tag `prev`, read
/// only for the tags [`allowed_tags`] lets follow `prev`; a token that may only
/// be outside a name adds nothing. `back` is scratch. Ties go to the lower tags.
pub fn viterbi<T>(
    info: &[TokInfo],
    tags: &mut [u8],
    back: &mut Vec<[u8; ROW]>,
    mut scores: impl FnMut(usize, u8) -> [T; ROW],
) where
    T: Copy + PartialOrd + std::ops::Add<Output = T> + Default,
{
    let n = info.len().min(tags.len());
    back.clear();
    back.resize(n, [TAG_O; ROW]);
    let mut best: [Option<T>; ROW] = [None; ROW];
    best[TAG_O as usize] = Some(T::default());
    // Only O reached: a token that may not start a name leaves it so.
    let mut only_o = true;
    for (i, back) in back.iter_mut().enumerate() {
        if only_o && !info[i].upper {
            continue;
        }
        let mut next: [Option<T>; ROW] = [None; ROW];
        for p in 0..N_TAGS as u8 {
            let Some(sp) = best[p as usize] else { continue };
            let allowed = allowed_tags(info, i, p);
            let mut offer = |t: u8, score: T| {
                let slot = &mut next[t as usize];
                if slot.is_none_or(|s| score > s) {
                    *slot = Some(score);
                    back[t as usize] = p;
                }
            };
            if allowed == 1 << TAG_O {
                offer(TAG_O, sp);
                continue;
            }
            let s = scores(i, p);
            for t in 0..N_TAGS as u8 {
                if allowed & (1 << t) != 0 {
                    offer(t, sp + s[t as usize]);
                }
            }
        }
        best = next;
        only_o = best[1..].iter().all(Option::is_none);
    }
    let mut t = TAG_O;
    let mut top: Option<T> = None;
    for (k, s) in best.iter().enumerate() {
        if let Some(s) = *s {
            if top.is_none_or(|b| s > b) {
                top = Some(s);
                t = k as u8;
            }
        }
    }
    for i in (0..n).rev() {
        tags[i] = t;
        t = back[i][t as usize];
    }
}

/// Whether a sentence is written without the capitals English gives names: its
/// first word with a letter starts in lower case ("which burger chain is as good
/// as in n out in the chicago area ?", "i love the script"). In such a sentence a
/// lower-case word the training treebank mostly wrote as a proper noun is read
/// as if capitalised ([`TokInfo::sentence`]).
pub fn is_caseless<'w>(n: usize, word: impl Fn(usize) -> &'w str) -> bool {
    (0..n)
        .map(&word)
        .find_map(|w| w.chars().find(|c| c.is_alphabetic()))
        .is_some_and(char::is_lowercase)
}

/// Whether flags of [`WordFlags`] make a lower-case word of a caseless sentence a
/// possible name (see [`NameFinder::is_lowercase_name`]).
fn is_lowercase_name(flags: u32) -> bool {
    (flags >> VOCAB_SHIFT) as u8 & Vocab::MOSTLY_PROPN != 0
}

/// The tags token `i` may take after `prev`: a word with an upper-case letter
/// may start or continue a name, a connector may only continue one that a
/// capitalised word follows, everything else is outside.
pub fn allowed_tags(info: &[TokInfo], i: usize, prev: u8) -> u8 {
    let t = &info[i];
    let continue_prev = if prev == TAG_O {
        0
    } else {
        let ty = tag_type(prev).unwrap_or(EntityType::Person);
        1u8 << tag(ty, true)
    };
    if t.upper {
        // O and every B, and I of the previous name's type.
        0b0010_1011 | continue_prev
    } else if t.flags & CONNECTOR != 0
        && continue_prev != 0
        && (info.get(i + 1).is_some_and(|n| n.upper)
            || (info.get(i + 1).is_some_and(|n| n.flags & CONNECTOR != 0)
                && info.get(i + 2).is_some_and(|n| n.upper)))
    {
        (1 << TAG_O) | continue_prev
    } else {
        1 << TAG_O
    }
}

/// What the features need of one token, computed once per sentence.
#[derive(Clone, Copy, Debug)]
pub struct TokInfo {
    lower: u64,
    shape: u64,
    flags: u32,
    /// Where the token stands in a name of the gazette (see [`Gazette::mark`]).
    gaz: u8,
    upper: bool,
    opener: bool,
}

impl TokInfo {
    /// A token too far from any capitalised word to be read.
    const FAR: TokInfo = TokInfo {
        lower: 0,
        shape: 0,
        flags: 0,
        gaz: 0,
        upper: false,
        opener: false,
    };

    /// `flags`: the word lists and what the training treebank says of words.
    pub fn new(word: &str, flags: &WordFlags) -> TokInfo {
        let mut t = TokInfo::unflagged(word, has_upper(word));
        t.flags = flags.get(t.lower);
        t
    }

    /// The infos of a sentence's `n` words as [`NameFinder::tag_with`] reads
    /// them: in a [caseless](is_caseless) sentence, a lower-case word that is
    /// mostly a proper noun counts as capitalised.
    pub fn sentence<'w>(
        n: usize,
        word: impl Fn(usize) -> &'w str,
        flags: &WordFlags,
        gazette: &Gazette,
    ) -> Vec<TokInfo> {
        let caseless = is_caseless(n, &word);
        let mut info: Vec<TokInfo> = (0..n)
            .map(|i| {
                let w = word(i);
                let t = TokInfo::new(w, flags);
                if caseless && !t.upper && is_lowercase_name(t.flags) {
                    let mut c = TokInfo::unflagged(w, true);
                    c.flags = t.flags;
                    c
                } else {
                    t
                }
            })
            .collect();
        gazette.mark(&mut info);
        info
    }

    /// [`TokInfo::new`] without the flags, which the caller looks up. A word
    /// without an upper-case letter read as capitalised (`upper`) has the shape
    /// of its capitalised spelling.
    fn unflagged(word: &str, upper: bool) -> TokInfo {
        let (lower, mut shape) = if word.is_ascii() {
            ascii_word_and_shape_hash(word.as_bytes())
        } else {
            (word_hash(word), shape_hash(word))
        };
        if upper && !has_upper(word) {
            let mut chars = word.chars();
            let capitalised: String = chars
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(chars)
                .collect();
            shape = shape_hash(&capitalised);
        }
        TokInfo {
            lower,
            shape,
            flags: 0,
            gaz: 0,
            upper,
            opener: matches!(
                word,
                "\"" | "“" | "'" | "‘" | "(" | "[" | ":" | "-" | "--" | "—" | "–" | "*" | "•"
            ),
        }
    }
}

/// Upper bound on the features of one token.
pub const MAX_FEATURES: usize = 80;

// Feature templates: each feature is `mix(template, value)`.
const F_BIAS: u64 = 1;
const F_WORD: u64 = 2;
const F_EXACT: u64 = 3;
const F_SHAPE: u64 = 4;
const F_PRE3: u64 = 5;
const F_SUF2: u64 = 6;
const F_SUF3: u64 = 7;
const F_SUF4: u64 = 8;
const F_WORD_M1: u64 = 9;
const F_WORD_P1: u64 = 10;
const F_WORD_M2: u64 = 11;
const F_WORD_P2: u64 = 12;
const F_SHAPE_M1: u64 = 13;
const F_SHAPE_P1: u64 = 14;
const F_SHAPE_3: u64 = 15;
const F_INITIAL_SHAPE: u64 = 16;
const F_INITIAL_WORD: u64 = 17;
const F_LIST: u64 = 18;
const F_LIST_M1: u64 = 19;
const F_LIST_P1: u64 = 20;
const F_BIGRAM_M1: u64 = 21;
const F_BIGRAM_P1: u64 = 22;
const F_LENGTH: u64 = 23;
const F_LIST_M2: u64 = 24;
const F_GAZ: u64 = 25;
const F_PREV: u64 = 30;
const F_PREV_WORD: u64 = 31;
const F_PREV_SHAPE: u64 = 32;

const BOUNDARY: u64 = 0x9e37_79b9_7f4a_7c15;

/// The features of token `i` that do not depend on earlier tags; returns their number.
pub fn static_features<'w>(
    info: &[TokInfo],
    word: &impl Fn(usize) -> &'w str,
    i: usize,
    out: &mut [u32; MAX_FEATURES],
) -> usize {
    let k = word_features(&info[i], word(i), exact_hash(word(i)), out, 0);
    context_features(info, i, out, k)
}

/// The features of a token that depend on its word alone (`exact` is
/// `exact_hash(w)`), written from `out[k]`; returns the new count.
fn word_features(
    t: &TokInfo,
    w: &str,
    exact: u64,
    out: &mut [u32; MAX_FEATURES],
    k: usize,
) -> usize {
    let mut k = k;
    let mut push = |template: u64, value: u64| {
        // Room is left for the tag features.
        if k + 3 < MAX_FEATURES {
            out[k] = mix(template, value);
            k += 1;
        }
    };
    push(F_BIAS, 0);
    push(F_WORD, t.lower);
    push(F_EXACT, exact);
    push(F_SHAPE, t.shape);
    let (pre3, suf2, suf3, suf4, chars) = affixes(w);
    push(F_PRE3, pre3);
    push(F_SUF2, suf2);
    push(F_SUF3, suf3);
    push(F_SUF4, suf4);
    push(F_LENGTH, chars.min(12) as u64);
    let mut f = t.flags;
    while f != 0 {
        push(F_LIST, u64::from(f.trailing_zeros()));
        f &= f - 1;
    }
    k
}

/// The features of token `i` that read its neighbours, written from `out[k]`;
/// returns the new count.
fn context_features(info: &[TokInfo], i: usize, out: &mut [u32; MAX_FEATURES], k: usize) -> usize {
    let t = &info[i];
    let at = |j: isize| -> Option<&TokInfo> { usize::try_from(j).ok().and_then(|j| info.get(j)) };
    let ii = i as isize;
    let lw = |j: isize| at(j).map_or(BOUNDARY, |t| t.lower);
    let sh = |j: isize| at(j).map_or(BOUNDARY, |t| t.shape);
    let initial = i == 0 || info[i - 1].opener;
    let mut k = k;
    let mut push = |template: u64, value: u64| {
        // Room is left for the tag features.
        if k + 3 < MAX_FEATURES {
            out[k] = mix(template, value);
            k += 1;
        }
    };
    push(F_WORD_M1, lw(ii - 1));
    push(F_WORD_P1, lw(ii + 1));
    push(F_WORD_M2, lw(ii - 2));
    push(F_WORD_P2, lw(ii + 2));
    push(F_SHAPE_M1, sh(ii - 1));
    push(F_SHAPE_P1, sh(ii + 1));
    push(
        F_SHAPE_3,
        sh(ii - 1)
            .wrapping_mul(31)
            .wrapping_add(t.shape)
            .wrapping_mul(31)
            .wrapping_add(sh(ii + 1)),
    );
    push(F_INITIAL_SHAPE, u64::from(initial) << 32 ^ t.shape);
    if initial {
        push(F_INITIAL_WORD, t.lower);
    }
    push(F_BIGRAM_M1, lw(ii - 1).rotate_left(17) ^ t.lower);
    push(F_BIGRAM_P1, t.lower.rotate_left(17) ^ lw(ii + 1));
    let mut g = t.gaz;
    while g != 0 {
        push(F_GAZ, u64::from(g.trailing_zeros()));
        g &= g - 1;
    }
    for (template, flags) in [
        (F_LIST_M1, at(ii - 1).map_or(0, |t| t.flags)),
        (F_LIST_P1, at(ii + 1).map_or(0, |t| t.flags)),
        (F_LIST_M2, at(ii - 2).map_or(0, |t| t.flags)),
    ] {
        let mut f = flags;
        while f != 0 {
            let bit = f.trailing_zeros();
            push(template, u64::from(bit));
            f &= f - 1;
        }
    }
    k
}

/// The features of token `i` that depend on the previous token's tag.
pub fn tag_features(info: &[TokInfo], i: usize, prev: u8, out: &mut [u32]) -> usize {
    let p = u64::from(prev);
    out[0] = mix(F_PREV, p);
    out[1] = mix(F_PREV_WORD, info[i].lower ^ p << 56);
    out[2] = mix(F_PREV_SHAPE, info[i].shape ^ p << 56);
    3
}

fn mix(template: u64, value: u64) -> u32 {
    let mut x = value ^ template.wrapping_mul(0xd6e8_feb8_6659_fd93);
    x ^= x >> 32;
    x = x.wrapping_mul(0xd6e8_feb8_6659_fd93);
    x ^= x >> 32;
    x = x.wrapping_mul(0xd6e8_feb8_6659_fd93);
    x ^= x >> 32;
    x as u32
}

/// FNV-1a over bytes; the hash of every word list key and feature value.
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

/// Hash of `word` in lower case (full Unicode lower-casing, no allocation).
pub fn word_hash(word: &str) -> u64 {
    let mut h = Fnv::default();
    if word.is_ascii() {
        for &b in word.as_bytes() {
            h.0 = (h.0 ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x0000_0100_0000_01b3);
        }
    } else {
        let mut buf = [0u8; 4];
        for c in word.chars().flat_map(char::to_lowercase) {
            h.write(c.encode_utf8(&mut buf).as_bytes());
        }
    }
    h.finish()
}

fn exact_hash(word: &str) -> u64 {
    let mut h = Fnv::default();
    h.write(word.as_bytes());
    h.finish() ^ 0x5555
}

/// Hashes of the lower-cased first three and last two, three and four
/// characters, and the number of characters.
fn affixes(word: &str) -> (u64, u64, u64, u64, usize) {
    let b = word.as_bytes();
    if word.is_ascii() && b.len() <= 32 {
        // The same hashes as below: ASCII lower-cases byte for byte.
        let hash = |s: &[u8]| {
            let mut h = Fnv::default();
            for &c in s {
                h.0 = (h.0 ^ u64::from(c.to_ascii_lowercase())).wrapping_mul(0x0000_0100_0000_01b3);
            }
            h.0
        };
        let n = b.len();
        let suf = |len: usize| hash(&b[n.saturating_sub(len)..]);
        return (hash(&b[..n.min(3)]), suf(2), suf(3), suf(4), n);
    }
    let mut chars = [' '; 32];
    let mut n = 0;
    for c in word.chars().flat_map(char::to_lowercase) {
        if n < chars.len() {
            chars[n] = c;
        } else {
            chars.copy_within(1.., 0);
            chars[chars.len() - 1] = c;
        }
        n += 1;
    }
    let kept = n.min(chars.len());
    let hash = |s: &[char]| {
        let mut h = Fnv::default();
        let mut buf = [0u8; 4];
        for c in s {
            h.write(c.encode_utf8(&mut buf).as_bytes());
        }
        h.finish()
    };
    // When the word is longer than the buffer the start is lost; it only
    // matters for the prefix, which then hashes the buffer's start.
    let pre = hash(&chars[..kept.min(3)]);
    let suf = |len: usize| hash(&chars[kept.saturating_sub(len)..kept]);
    (pre, suf(2), suf(3), suf(4), n)
}

/// [`word_hash`] and [`shape_hash`] of an ASCII word in one pass over its bytes.
fn ascii_word_and_shape_hash(word: &[u8]) -> (u64, u64) {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut lower = Fnv::default().0;
    let mut shape = Fnv::default().0;
    let mut last = 0u8;
    let mut classes = 0;
    for &c in word {
        lower = (lower ^ u64::from(c.to_ascii_lowercase())).wrapping_mul(PRIME);
        let class = match c {
            b'A'..=b'Z' => b'X',
            b'a'..=b'z' => b'x',
            b'0'..=b'9' => b'd',
            _ => c,
        };
        // At most eight classes, as in `shape_hash`.
        if class != last && classes < 8 {
            classes += 1;
            shape = (shape ^ u64::from(class)).wrapping_mul(PRIME);
            last = class;
        }
    }
    (lower, shape)
}

/// The shape of a word: each character's class (upper, lower, digit, or the
/// character itself), runs collapsed, at most eight classes kept.
fn shape_hash(word: &str) -> u64 {
    if word.is_ascii() {
        // The same hash as below, without Unicode classes.
        let mut h = Fnv::default();
        let mut last = 0u8;
        let mut n = 0;
        for &c in word.as_bytes() {
            let class = match c {
                b'A'..=b'Z' => b'X',
                b'a'..=b'z' => b'x',
                b'0'..=b'9' => b'd',
                _ => c,
            };
            if class != last {
                n += 1;
                if n > 8 {
                    break;
                }
                h.0 = (h.0 ^ u64::from(class)).wrapping_mul(0x0000_0100_0000_01b3);
                last = class;
            }
        }
        return h.0;
    }
    let mut h = Fnv::default();
    let mut last = '\0';
    let mut n = 0;
    for c in word.chars() {
        let class = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() || c.is_alphabetic() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if class != last {
            n += 1;
            if n > 8 {
                break;
            }
            let mut buf = [0u8; 4];
            h.write(class.encode_utf8(&mut buf).as_bytes());
            last = class;
        }
    }
    h.finish()
}

fn has_upper(word: &str) -> bool {
    for &b in word.as_bytes() {
        if b.is_ascii_uppercase() {
            return true;
        }
        if !b.is_ascii() {
            return word.chars().any(char::is_uppercase);
        }
    }
    false
}

fn is_connector(word: &str) -> bool {
    !has_upper(word)
        && lists()
            .words
            .get(&word_hash(word))
            .is_some_and(|f| f & CONNECTOR != 0)
}

const NAME_WORDS: &str = include_str!("../../data/name_words.tsv");
const FIRST_NAMES: &str = include_str!("../../data/first_names.tsv");
const NAME_PLACES: &str = include_str!("../../data/name_places.tsv");

/// List bits of [`TokInfo::flags`], in the order of `LIST_NAMES`.
const LIST_NAMES: [&str; 13] = [
    "title",
    "honorific",
    "org",
    "loc",
    "month",
    "day",
    "connector",
    "country",
    "demonym",
    "seat",
    "first_name",
    "city",
    "city_part",
];
const TITLE: u32 = 1;
const HONORIFIC: u32 = 1 << 1;
const ORG_WORD: u32 = 1 << 2;
const LOC_WORD: u32 = 1 << 3;
const MONTH: u32 = 1 << 4;
const DAY: u32 = 1 << 5;
const CONNECTOR: u32 = 1 << 6;
const FIRST_NAME: u32 = 1 << 10;
const CITY: u32 = 1 << 11;
const CITY_PART: u32 = 1 << 12;
const MALE: u32 = 1 << 13;
const FEMALE: u32 = 1 << 14;
/// [`Vocab`] flags sit above the list bits.
const VOCAB_SHIFT: u32 = 16;
const PERSON_NAME_WORD: u32 = (Vocab::PERSON_NAME as u32) << VOCAB_SHIFT;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NameGender {
    Male,
    Female,
    Ambiguous,
}

/// A hasher for keys that are already hashes.
#[derive(Default)]
struct Identity(u64);

impl Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, _: &[u8]) {
        unreachable!("only u64 keys")
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type HashedMap<V> = HashMap<u64, V, BuildHasherDefault<Identity>>;

struct Lists {
    words: HashedMap<u32>,
    first_names: HashedMap<NameGender>,
}

/// Problems in the built-in word lists, line by line (a test asserts there are none).
pub fn list_errors() -> Vec<String> {
    parse_lists().1
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| parse_lists().0)
}

fn parse_lists() -> (Lists, Vec<String>) {
    let mut errors = Vec::new();
    let mut words: HashedMap<u32> = HashedMap::default();
    for (n, line, file) in NAME_WORDS
        .lines()
        .enumerate()
        .map(|(n, l)| (n, l, "data/name_words.tsv"))
        .chain(
            NAME_PLACES
                .lines()
                .enumerate()
                .map(|(n, l)| (n, l, "data/name_places.tsv")),
        )
    {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(word), Some(list), None) = (cols.next(), cols.next(), cols.next()) else {
            errors.push(format!("{file}:{}: not word<TAB>list", n + 1));
            continue;
        };
        let Some(bit) = LIST_NAMES.iter().position(|&l| l == list) else {
            errors.push(format!("{file}:{}: unknown list {list:?}", n + 1));
            continue;
        };
        *words.entry(word_hash(word)).or_default() |= 1 << bit;
    }
    let mut first_names: HashedMap<NameGender> = HashedMap::default();
    for (n, line) in FIRST_NAMES.lines().enumerate() {
        let gender = match line.split_once('\t') {
            Some((name, "M")) => Some((name, NameGender::Male, MALE)),
            Some((name, "F")) => Some((name, NameGender::Female, FEMALE)),
            Some((name, "ambiguous")) => Some((name, NameGender::Ambiguous, 0)),
            _ => None,
        };
        let Some((name, gender, bit)) = gender else {
            errors.push(format!(
                "data/first_names.tsv:{}: not name<TAB>M|F|ambiguous",
                n + 1
            ));
            continue;
        };
        let h = word_hash(name);
        first_names.insert(h, gender);
        *words.entry(h).or_default() |= FIRST_NAME | bit;
    }
    (Lists { words, first_names }, errors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{split_sentences, tokenize, Token};

    /// The words of `text`, as geokg tokenizes it.
    fn words(text: &str) -> Vec<&str> {
        let mut tokens: Vec<Token> = Vec::new();
        tokenize(text, 0..text.len(), &mut tokens);
        tokens
            .iter()
            .map(|t| &text[t.start as usize..t.end as usize])
            .collect()
    }

    fn names(text: &str) -> Vec<(String, &'static str)> {
        let words = words(text);
        let mut out = Vec::new();
        NameFinder::builtin().find(&words, &mut out);
        out.into_iter()
            .map(|(r, ty)| (words[r].join(" "), ty.as_str()))
            .collect()
    }

    fn has(found: &[(String, &str)], name: &str, ty: &str) -> bool {
        found.iter().any(|(n, t)| n == name && *t == ty)
    }

    #[test]
    fn builtin_model_matches_its_lists() {
        assert_eq!(list_errors(), Vec::<String>::new());
        let model = NameFinder::decode(include_bytes!("../../data/names.bin"));
        assert!(model.is_ok(), "{:?}", model.err());
    }

    /// The names of a document's sentences, each read with the ones before it.
    fn document_names(sentences: &[&str]) -> Vec<Vec<(String, &'static str)>> {
        let mut doc = DocNames::default();
        sentences
            .iter()
            .map(|text| {
                let words = words(text);
                let mut out = Vec::new();
                NameFinder::builtin().find_in_document(
                    words.len(),
                    |i| words[i],
                    &mut doc,
                    &mut out,
                );
                out.into_iter()
                    .map(|(r, ty)| (words[r].join(" "), ty.as_str()))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_document_names_again_what_it_named_before() {
        let found = document_names(&[
            "Police said Marek Olszewski was arrested in Warsaw on Monday.",
            "Lawyers for Olszewski , a former banker , said he would appeal.",
        ]);
        assert!(has(&found[0], "Marek Olszewski", "PER"), "{found:?}");
        assert!(has(&found[1], "Olszewski", "PER"), "{found:?}");
    }

    #[test]
    fn places_in_lower_case_and_state_codes() {
        let found = names("She moved to malaysia last year .");
        assert!(has(&found, "malaysia", "LOC"), "{found:?}");
        let found = names("He grew up in Chillicothe , OH and studied law .");
        assert!(has(&found, "OH", "LOC"), "{found:?}");
        assert!(has(&found, "Chillicothe", "LOC"), "{found:?}");
        let found = names("Workers of the Tarvex Mining Corporation ( TMC ) went on strike .");
        assert!(has(&found, "TMC", "ORG"), "{found:?}");
        // Not a state's code in another case, nor without a place before it.
        let found = names("Oh , I was in a hurry .");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn head_words_take_their_of_phrase_and_legal_forms_their_name() {
        let found = names("Then the Department of State waived the fees .");
        assert!(has(&found, "Department of State", "ORG"), "{found:?}");
        let found = names(
            "The complaint was filed with the United States Department of Housing and Urban Development on Monday .",
        );
        assert!(
            has(
                &found,
                "United States Department of Housing and Urban Development",
                "ORG"
            ),
            "{found:?}"
        );
        // A person found after the place ends the name.
        let found = names(
            "Chairman of the Stock Exchange of Hong Kong Ronald Li said the plan was rejected .",
        );
        assert!(
            has(&found, "Stock Exchange of Hong Kong", "ORG"),
            "{found:?}"
        );
        assert!(has(&found, "Ronald Li", "PER"), "{found:?}");
        // A legal form the tagger left out after a comma and a name.
        let found = names("These agreements were forwarded to the counterparty , CCNG , Inc. .");
        assert!(has(&found, "CCNG , Inc.", "ORG"), "{found:?}");
    }

    #[test]
    fn rules_after_the_tagger() {
        let found = names("Shares of Norvale Robotics, Inc. rose after the deal.");
        assert!(has(&found, "Norvale Robotics , Inc.", "ORG"), "{found:?}");
        let found = names("Hurricane Delphine flooded the coast near Abbottabad.");
        assert!(
            !found.iter().any(|(n, _)| n.contains("Delphine")),
            "{found:?}"
        );
        // The tagger takes "Ivan" alone here; the storm's word before it still counts.
        let found = names("Hurricane Ivan devastated Grenada.");
        assert!(!found.iter().any(|(n, _)| n.contains("Ivan")), "{found:?}");
        let found = names("The firm moved its staff to the SX40 plant.");
        assert!(!found.iter().any(|(n, _)| n == "SX40"), "{found:?}");
        // Gold tokens that split hyphens: the article joins the name, and the
        // first name before it ("Muqtada al - Sadr" is one person).
        let words = [
            "Followers",
            "of",
            "Muqtada",
            "al",
            "-",
            "Sadr",
            "fought",
            "al",
            "-",
            "Qaeda",
            ".",
        ];
        let mut out = Vec::new();
        NameFinder::builtin().find(&words, &mut out);
        let found: Vec<(String, &str)> = out
            .into_iter()
            .map(|(r, ty)| (words[r].join(" "), ty.as_str()))
            .collect();
        assert!(has(&found, "Muqtada al - Sadr", "PER"), "{found:?}");
        assert!(found.iter().any(|(n, _)| n == "al - Qaeda"), "{found:?}");
        let found = names("Officials in Kenya met aid workers.");
        assert!(has(&found, "Kenya", "LOC"), "{found:?}");
    }

    #[test]
    fn a_title_is_not_part_of_the_name() {
        let found = names("Prime Minister Theresa May met the Irish leader in London on Tuesday.");
        assert!(has(&found, "Theresa May", "PER"), "{found:?}");
        assert!(has(&found, "London", "LOC"), "{found:?}");
        assert!(
            !found.iter().any(|(n, _)| n.contains("Minister")),
            "{found:?}"
        );
        assert!(
            !found.iter().any(|(n, _)| n.contains("Tuesday")),
            "{found:?}"
        );
    }

    #[test]
    fn sentence_initial_capitals_and_months_are_not_names() {
        let found = names("However, the talks resumed in May after a pause.");
        assert_eq!(found, Vec::<(String, &str)>::new());
        let found = names("Yesterday the company said it would hire more staff.");
        assert_eq!(found, Vec::<(String, &str)>::new());
    }

    #[test]
    fn people_organisations_and_places_are_typed() {
        let found = names(
            "Angela Merkel spoke to reporters at the University of Oxford after visiting Berlin.",
        );
        assert!(has(&found, "Angela Merkel", "PER"), "{found:?}");
        assert!(has(&found, "University of Oxford", "ORG"), "{found:?}");
        assert!(has(&found, "Berlin", "LOC"), "{found:?}");
        let found =
            names("Shares of Acme Widgets Inc. fell after the Ministry of Finance in Tokyo spoke.");
        assert!(has(&found, "Acme Widgets Inc.", "ORG"), "{found:?}");
        assert!(has(&found, "Tokyo", "LOC"), "{found:?}");
    }

    #[test]
    fn a_sentence_without_capitals_costs_nothing_and_finds_nothing() {
        let mut out = Vec::new();
        NameFinder::builtin().find(&["we", "met", "them", "there", "."], &mut out);
        assert!(out.is_empty());
        NameFinder::builtin().find(&[], &mut out);
        assert!(out.is_empty());
    }

    #[test]
    fn find_in_reads_a_geokg_sentence() {
        let doc = "Talks went on. Then John Smith flew to Paris.";
        let mut tokens = Vec::new();
        let sentences = split_sentences(doc);
        let span = sentences[1].clone();
        tokenize(doc, span.clone(), &mut tokens);
        let s = Sentence {
            doc,
            index: 1,
            span: (span.start, span.end),
            tokens: &tokens,
        };
        let mut out = Vec::new();
        NameFinder::builtin().find_in(&s, &mut out);
        let found: Vec<String> = out
            .iter()
            .map(|(r, _)| doc[s.byte_span(r.clone())].to_string())
            .collect();
        assert!(found.contains(&"John Smith".to_string()), "{found:?}");
        assert!(found.contains(&"Paris".to_string()), "{found:?}");
    }

    #[test]
    fn the_one_pass_ascii_hashes_equal_the_two_hashes() {
        for w in [
            "",
            "a",
            "Putin",
            "U.S.",
            "McDonald's",
            "1,000",
            "aB1-cD2.eF3/gH4",
            "--",
        ] {
            assert_eq!(
                ascii_word_and_shape_hash(w.as_bytes()),
                (word_hash(w), shape_hash(w)),
                "{w}"
            );
        }
    }

    #[test]
    fn first_names_have_a_gender_or_none() {
        assert_eq!(first_name_gender("Theresa"), Some(Gender::Female));
        assert_eq!(first_name_gender("BORIS"), Some(Gender::Male));
        assert_eq!(first_name_gender("angela"), Some(Gender::Female));
        assert_eq!(first_name_gender("Jordan"), None, "given to both sexes");
        assert!(is_first_name("Jordan"));
        assert_eq!(first_name_gender("Xqzzyv"), None);
        assert!(!is_first_name("Xqzzyv"));
        assert_eq!(first_name_gender(""), None);
    }

    #[test]
    fn decode_rejects_damaged_weights_without_panicking() {
        let good = include_bytes!("../../data/names.bin");
        assert!(NameFinder::decode(&good[..good.len() - 1]).is_err());
        assert!(NameFinder::decode(b"GKN2").is_err());
        let mut extra = good.to_vec();
        extra.push(0);
        assert!(NameFinder::decode(&extra).is_err());
        for cut in [0, 5, 16, 17, 40] {
            assert!(NameFinder::decode(&good[..cut.min(good.len())]).is_err());
        }
    }

    #[test]
    fn encode_and_decode_round_trip() {
        let mut w = vec![[0i8; ROW]; 256];
        w[3] = [1, -2, 0, 0, 5, 0, 0, 0];
        w[200] = [0, 0, 0, 0, 0, 0, -127, 0];
        let mut vocab = Vocab::default();
        vocab.insert("Paris", Vocab::PROPN);
        vocab.insert("the", Vocab::LOWER);
        let mut gazette = Gazette::default();
        gazette.insert(&["San", "Francisco"], EntityType::Location);
        let finder = NameFinder::decode(&NameFinder::encode(&w, &vocab, &gazette)).unwrap();
        assert_eq!(finder.dense(), w);
        assert_eq!(finder.vocabulary(), &vocab);
        assert_eq!(finder.gazette_len, gazette.len());
        let mut info: Vec<TokInfo> = ["in", "San", "Francisco"]
            .iter()
            .map(|w| TokInfo::new(w, &finder.flags))
            .collect();
        Gazette::mark_with(&mut info, |h| finder.gazette.get(h) as u8);
        let b = Gazette::type_bit(EntityType::Location) >> 1;
        assert_eq!([info[0].gaz, info[1].gaz, info[2].gaz], [0, b, b << 3]);
        assert_eq!(finder.bits(), 8);
    }
}
