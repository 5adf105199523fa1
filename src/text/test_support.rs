//! What the byte scanners' unit tests share (here, in input/ and in actors/): a
//! seeded pseudo-random source, random texts over the characters that matter to
//! the splitter and tokenizer, and an exhaustive comparison with a byte-by-byte
//! reference.

use std::fmt;

/// xorshift64: deterministic, so a failing case fails again; no dependency needed.
pub(crate) struct XorShift(u64);

impl XorShift {
    pub(crate) fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number below `n`.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// `count` texts of up to 59 characters over sentence ends, quotes, apostrophes,
/// hyphens, white space of every kind and non-ASCII letters.
pub(crate) fn random_texts(count: usize) -> impl Iterator<Item = String> {
    const ALPHABET: &[char] = &[
        'a', 'Z', 'M', 'r', 'U', 'S', 's', 'n', 't', '1', '.', '.', '!', '?', ',', '"', '“', '”',
        '«', '»', '\'', '’', '-', '(', ')', ' ', ' ', '\n', '\r', '\t', '\u{a0}', 'é', '\u{301}',
        '北', '🇱', '\u{feff}', '\u{200d}',
    ];
    let mut rng = XorShift::new(0x9E37_79B9_7F4A_7C15);
    (0..count).map(move |_| {
        let len = rng.below(60);
        (0..len)
            .map(|_| ALPHABET[rng.below(ALPHABET.len())])
            .collect()
    })
}

/// Where a scanner was tried: which byte replaced which of `base`, and the slice.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Placement {
    byte: u8,
    at: usize,
    start: usize,
    end: usize,
}

impl fmt::Display for Placement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:#x} at {}, {}..{}",
            self.byte, self.at, self.start, self.end
        )
    }
}

/// Calls `check(slice, start, placement)` with every byte value at each of the
/// first 20 offsets of `base` and every `start..end` within it: runs of every
/// length across eight-byte chunk ends and slice ends.
pub(crate) fn each_byte_placement(base: &[u8; 32], mut check: impl FnMut(&[u8], usize, Placement)) {
    for byte in 0..=255u8 {
        for at in 0..20 {
            let mut bytes = *base;
            bytes[at] = byte;
            for start in 0..bytes.len() {
                for end in start..=bytes.len() {
                    let placement = Placement {
                        byte,
                        at,
                        start,
                        end,
                    };
                    check(&bytes[..end], start, placement);
                }
            }
        }
    }
}

/// The byte-by-byte reference: where the run of bytes that `keep` from `start` ends.
pub(crate) fn run_while(bytes: &[u8], mut start: usize, keep: impl Fn(u8) -> bool) -> usize {
    while bytes.get(start).is_some_and(|&b| keep(b)) {
        start += 1;
    }
    start
}
