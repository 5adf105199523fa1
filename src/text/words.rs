//! Fixed word lists the clause and mention rules test tokens against.
//!
//! The rules ask "is token `i` one of these words?" at nearly every token, and
//! some lists have a hundred words. A [`WordList`] answers with one hash and one
//! or two probes instead of a scan of the list.

use std::sync::OnceLock;

/// Words tested ignoring ASCII case; a word that does not start with an ASCII
/// character never matches, nor one longer than 32 bytes.
pub struct WordList {
    words: &'static [&'static str],
    /// Open addressing: slot → index + 1 into `words`, 0 for empty.
    table: OnceLock<Table>,
}

struct Table {
    /// Lower-cased first byte → the lengths (as bits) of the words it starts: most
    /// tokens are turned away by this alone, before any hashing.
    shapes: [u32; 128],
    slots: Box<[u16]>,
}

/// Longest word a list may hold, in bytes (longer list words never match).
const MAX_LEN: usize = 32;

impl WordList {
    pub const fn new(words: &'static [&'static str]) -> Self {
        WordList {
            words,
            table: OnceLock::new(),
        }
    }

    /// The words, in the order given.
    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }

    /// Whether `word` is in the list, ignoring ASCII case.
    #[inline(always)]
    pub fn contains(&self, word: &str) -> bool {
        self.find(word).is_some()
    }

    /// The listed word that `word` is, ignoring ASCII case (the first listed, if
    /// two differ in case only): `find("COMMUNIQUE")` of a list holding
    /// "communique" is `Some("communique")`.
    ///
    /// Inlined up to the first letter and length, which turn most words away:
    /// a call for each of the millions of look-ups cost more than the look-ups.
    #[inline(always)]
    pub fn find(&self, word: &str) -> Option<&'static str> {
        let bytes = word.as_bytes();
        let &first = bytes.first()?;
        if bytes.len() > MAX_LEN || !first.is_ascii() {
            return None;
        }
        let table = self.table.get_or_init(|| self.build());
        if table.shapes[usize::from(first.to_ascii_lowercase())] & (1 << (bytes.len() - 1)) == 0 {
            return None;
        }
        self.probe(table, bytes)
    }

    /// [`WordList::find`] past its first-letter-and-length test: the hashed look-up.
    #[inline(never)]
    fn probe(&self, table: &Table, bytes: &[u8]) -> Option<&'static str> {
        let mask = table.slots.len() - 1;
        let mut at = hash(bytes) as usize & mask;
        loop {
            match table.slots[at] {
                0 => return None,
                ix => {
                    // Words are inserted in list order, so the first listed of two
                    // that match is met first on the probe sequence.
                    let listed = self.words[ix as usize - 1];
                    if listed.as_bytes().eq_ignore_ascii_case(bytes) {
                        return Some(listed);
                    }
                }
            }
            at = (at + 1) & mask;
        }
    }

    fn build(&self) -> Table {
        let size = (self.words.len() * 4).next_power_of_two().max(8);
        let mut table = vec![0u16; size].into_boxed_slice();
        let mut shapes = [0u32; 128];
        for (ix, word) in self.words.iter().enumerate() {
            let bytes = word.as_bytes();
            // A token never holds a space; the rest would never match.
            debug_assert!(
                bytes.first().is_some_and(u8::is_ascii)
                    && bytes.len() <= MAX_LEN
                    && !bytes.contains(&b' '),
                "word list entry {word:?} can never match a token"
            );
            let Some(&first) = bytes.first() else {
                continue;
            };
            if bytes.len() > MAX_LEN || !first.is_ascii() {
                continue;
            }
            shapes[first.to_ascii_lowercase() as usize] |= 1 << (bytes.len() - 1);
            let mut at = hash(bytes) as usize & (size - 1);
            while table[at] != 0 {
                at = (at + 1) & (size - 1);
            }
            table[at] = u16::try_from(ix + 1).expect("a word list holds fewer than 65,535 words");
        }
        Table {
            shapes,
            slots: table,
        }
    }
}

/// [`folded_hash`] with its high bits mixed into the low ones, which index the table.
#[inline]
fn hash(bytes: &[u8]) -> u64 {
    let h = folded_hash(bytes);
    h ^ (h >> 29)
}

/// A hash of `bytes` that ignores ASCII case, eight bytes at a time: `| 0x20` on
/// every byte makes an upper-case ASCII letter its lower-case one and leaves every
/// other byte as it is or maps it as it maps the same byte elsewhere, so two words
/// equal but for ASCII case hash alike. The last bytes are read as two reads that
/// overlap (the length is hashed too). Its high bits are the well-mixed ones.
#[inline]
pub(crate) fn folded_hash(bytes: &[u8]) -> u64 {
    const FOLD: u64 = u64::from_le_bytes([0x20; 8]);
    const MIX: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut h: u64 = 0x9e37_79b9_7f4a_7c15 ^ bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        h = (h.rotate_left(5) ^ (word | FOLD)).wrapping_mul(MIX);
    }
    let rest = chunks.remainder();
    let n = rest.len();
    if n > 0 {
        let read4 = |at: usize| {
            u64::from(u32::from_le_bytes(
                rest[at..at + 4].try_into().unwrap_or_default(),
            ))
        };
        let word = if n >= 4 {
            read4(0) | read4(n - 4) << 32
        } else {
            u64::from(rest[0]) | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1]) << 16
        };
        h = (h.rotate_left(5) ^ (word | FOLD)).wrapping_mul(MIX);
    }
    h
}

/// What [`crate::relations`] and [`crate::actors`] rules test a token against:
/// a hashed [`WordList`] or a short literal list.
pub trait Words {
    fn has(&self, word: &str) -> bool;
}

impl Words for WordList {
    #[inline]
    fn has(&self, word: &str) -> bool {
        self.contains(word)
    }
}

impl Words for [&str] {
    #[inline]
    fn has(&self, word: &str) -> bool {
        self.iter().any(|w| w.eq_ignore_ascii_case(word))
    }
}

impl<T: Words + ?Sized> Words for &T {
    #[inline]
    fn has(&self, word: &str) -> bool {
        (**self).has(word)
    }
}

impl<const N: usize> Words for [&str; N] {
    #[inline]
    fn has(&self, word: &str) -> bool {
        self.iter().any(|w| w.eq_ignore_ascii_case(word))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static LIST: WordList = WordList::new(&["also", "already", "n't", "Would", "x"]);

    #[test]
    fn a_word_list_finds_its_words_in_any_case_and_nothing_else() {
        for w in ["also", "ALSO", "Already", "n't", "would", "WOULD", "x", "X"] {
            assert!(LIST.contains(w), "{w}");
        }
        for w in ["", "als", "alsoo", "wouldn't", "y", "é", &"a".repeat(40)] {
            assert!(!LIST.contains(w), "{w}");
        }
    }

    static MANY: WordList = WordList::new(&[
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
        "did", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "'ll",
        "wo", "ca", "not", "n't", "never", "to", "later", "earlier", "first", "today",
    ]);

    #[test]
    fn a_word_list_answers_as_a_scan_of_its_words_would() {
        let words = MANY.words();
        let probes = [
            "the", "Is", "BEEN", "may-be", "To", "tod", "todays", "N'T", "w", "",
        ];
        for probe in words.iter().copied().chain(probes) {
            let scan = words.iter().any(|w| w.eq_ignore_ascii_case(probe));
            assert_eq!(MANY.contains(probe), scan, "{probe}");
            let first = words
                .iter()
                .find(|w| w.eq_ignore_ascii_case(probe))
                .copied();
            assert_eq!(MANY.find(probe), first, "{probe}");
            assert_eq!(words.has(probe), scan, "{probe}");
        }
    }
}
