//! Text: sentences and tokens as byte spans into the document, never copies.

pub mod sentences;
#[cfg(test)]
pub(crate) mod test_support;
pub mod tokens;
pub mod words;

pub use sentences::split_sentences;
pub use tokens::{tokenize, Token, TokenKind};
pub use words::{WordList, Words};

use std::ops::Range;

/// `range` clamped to `text` and shrunk to char boundaries, if anything is left:
/// the scanners take any range a caller gives and never panic on it.
pub(crate) fn char_range(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let mut end = range.end.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut start = range.start.min(end);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    (start < end).then_some(start..end)
}

/// A sentence of a document with its tokens: the unit every later stage reads.
#[derive(Clone, Copy, Debug)]
pub struct Sentence<'a> {
    /// The whole document; spans index into it.
    pub doc: &'a str,
    /// 0-based sentence number in the document.
    pub index: usize,
    pub span: (usize, usize),
    pub tokens: &'a [Token],
}

impl<'a> Sentence<'a> {
    pub fn text(&self) -> &'a str {
        &self.doc[self.span.0..self.span.1]
    }

    /// The text of token `i`; past the sentence's end, the empty string (as
    /// [`Sentence::is`] and [`Sentence::kind`] answer "no" there), so a rule that looks
    /// one word ahead of the last never panics.
    pub fn word(&self, i: usize) -> &'a str {
        match self.tokens.get(i) {
            Some(t) => &self.doc[t.start as usize..t.end as usize],
            None => "",
        }
    }

    /// Byte span covering tokens `range` (which must be non-empty).
    pub fn byte_span(&self, range: Range<usize>) -> Range<usize> {
        self.tokens[range.start].start as usize..self.tokens[range.end - 1].end as usize
    }

    /// Whether token `i` is `word`, ignoring ASCII case.
    ///
    /// Clause analysis asks this for many words at every token, so the lengths are
    /// compared before any text is.
    pub fn is(&self, i: usize, word: &str) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        let (start, end) = (t.start as usize, t.end as usize);
        end.wrapping_sub(start) == word.len()
            && self
                .doc
                .as_bytes()
                .get(start..end)
                .is_some_and(|w| w.eq_ignore_ascii_case(word.as_bytes()))
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }
}

/// Number words, lower case: "four", "dozens", "thousands". Shared by the mention
/// stage ("four Russian diplomats") and the clause analysis ("killed 15 …").
pub const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "scores",
    "tens",
];

/// [`NUMBER_WORDS`], [`QUANTIFIERS`] and [`COUNTING_NOUNS`] hashed, for
/// [`quantity_end`]; the slices stay for [`QUANTITY_WORD_SHAPES`], made at compile time.
static NUMBER_WORD_LIST: WordList = WordList::new(NUMBER_WORDS);
static QUANTIFIER_LIST: WordList = WordList::new(QUANTIFIERS);
static COUNTING_NOUN_LIST: WordList = WordList::new(COUNTING_NOUNS);

/// Words that open a quantity: "at least 20", "more than 200", "some 300".
const QUANTITY_OPENERS: &[&[&str]] = &[
    &["at", "least"],
    &["at", "most"],
    &["more", "than"],
    &["less", "than"],
    &["fewer", "than"],
    &["up", "to"],
    &["as", "many", "as"],
    &["an", "estimated"],
    &["about"],
    &["around"],
    &["nearly"],
    &["almost"],
    &["some"],
    &["over"],
    &["roughly"],
    &["approximately"],
    &["another"],
];

/// The first words of [`QUANTITY_OPENERS`], read off it at compile time and hashed:
/// a word that is none of them opens no quantity, without a try of each opener.
static OPENER_FIRST_WORDS: WordList = WordList::new(&OPENER_FIRSTS);
const OPENER_FIRSTS: [&str; QUANTITY_OPENERS.len()] = {
    let mut firsts = [""; QUANTITY_OPENERS.len()];
    let mut k = 0;
    while k < firsts.len() {
        firsts[k] = QUANTITY_OPENERS[k][0];
        k += 1;
    }
    firsts
};

/// Quantifiers that count like a number: "several Russian diplomats".
const QUANTIFIERS: &[&str] = &["several", "many", "numerous", "few"];

/// Nouns that count what follows their "of" without a number before them: "a
/// handful of", "a group of"; the plural number words ("dozens of") are in
/// [`NUMBER_WORDS`].
const COUNTING_NOUNS: &[&str] = &["number", "lot", "group", "handful", "couple", "batch"];

/// For each lower-case first letter, the lengths (as bits) of the words a quantity
/// can start with, read off the lists at compile time: most words are turned away
/// by one table look-up before any list is compared.
const QUANTITY_WORD_SHAPES: [u32; 128] = {
    const fn add(table: &mut [u32; 128], word: &str) {
        let bytes = word.as_bytes();
        if bytes.len() < 32 {
            table[bytes[0] as usize] |= 1 << bytes.len();
        }
    }
    const fn add_all(table: &mut [u32; 128], words: &[&str]) {
        let mut k = 0;
        while k < words.len() {
            add(table, words[k]);
            k += 1;
        }
    }
    let mut table = [0; 128];
    let mut k = 0;
    while k < QUANTITY_OPENERS.len() {
        add(&mut table, QUANTITY_OPENERS[k][0]);
        k += 1;
    }
    add_all(&mut table, NUMBER_WORDS);
    add_all(&mut table, QUANTIFIERS);
    add_all(&mut table, COUNTING_NOUNS);
    table
};

/// Whether `word` can start a quantity (after an optional "the"): a digit, or the
/// first letter and length of a listed word, in any case.
fn may_start_quantity(word: &str) -> bool {
    word.as_bytes().first().is_some_and(|&b| {
        b.is_ascii_digit()
            || (b.is_ascii()
                && word.len() < 32
                && QUANTITY_WORD_SHAPES[b.to_ascii_lowercase() as usize] & (1 << word.len()) != 0)
    })
}

/// Where a quantity starting at token `i` ends, if one starts there: "15", "four",
/// "at least 20", "more than 200", "dozens of", "five dozen", "several", "the four",
/// "a handful of" (from "handful"). The one reading of quantities shared by the
/// mention stage ("15 Afghan Army trainees" is one mention) and the clause analysis
/// ("killed at least 20 Hamas militants" reaches its target). "Two of the …" is no
/// quantity of what follows: `None`.
pub fn quantity_end(s: &Sentence, i: usize) -> Option<usize> {
    let mut j = i;
    if s.is(j, "the") {
        j += 1;
    }
    if j >= s.len() || !may_start_quantity(s.word(j)) {
        return None;
    }
    let opener = match OPENER_FIRST_WORDS.contains(s.word(j)) {
        true => QUANTITY_OPENERS
            .iter()
            .find(|o| o.iter().enumerate().all(|(k, w)| s.is(j + k, w))),
        false => None,
    };
    if let Some(opener) = opener {
        j += opener.len();
    }
    let counted = j;
    while j < s.len() {
        let w = s.word(j);
        let number = s.kind(j) == Some(TokenKind::Number)
            && w.bytes()
                .all(|b| b.is_ascii_digit() || b == b',' || b == b'.');
        let counted_word = || {
            may_start_quantity(w) && (NUMBER_WORD_LIST.contains(w) || QUANTIFIER_LIST.contains(w))
        };
        if !(number || counted_word()) {
            break;
        }
        j += 1;
    }
    if j == counted {
        // "a handful of", "a number of": a counting noun needs its "of".
        let noun = j == i && COUNTING_NOUN_LIST.contains(s.word(j)) && s.is(j + 1, "of");
        if !noun || s.is(j + 2, "the") {
            return None;
        }
        return Some(j + 2);
    }
    // "dozens of", "hundreds of", "thousands of".
    if s.is(j, "of") {
        if s.is(j + 1, "the") {
            return None;
        }
        j += 1;
    }
    Some(j)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_compares_a_token_with_a_word_ignoring_ascii_case_only() {
        let doc = "Skip. NATO’s Nausėda said";
        let mut tokens = Vec::new();
        tokenize(doc, 6..doc.len(), &mut tokens);
        let s = Sentence {
            doc,
            index: 1,
            span: (6, doc.len()),
            tokens: &tokens,
        };
        assert!(s.is(0, "nato") && s.is(0, "NATO"));
        assert!(s.is(1, "’S") && s.is(2, "NAUSėDA"));
        assert!(!s.is(2, "NAUSĖDA"), "only ASCII case is ignored");
        assert!(!s.is(0, "NAT") && !s.is(0, "NATOS") && !s.is(3, "say"));
        assert!(!s.is(4, "said") && !s.is(usize::MAX, ""));
    }

    #[test]
    fn the_quantity_gate_lets_every_listed_word_through_and_few_others() {
        let listed = QUANTITY_OPENERS
            .iter()
            .map(|o| o[0])
            .chain(NUMBER_WORDS.iter().copied())
            .chain(QUANTIFIERS.iter().copied())
            .chain(COUNTING_NOUNS.iter().copied());
        for word in listed {
            assert!(may_start_quantity(word), "{word}");
            let capitalised = word[..1].to_uppercase() + &word[1..];
            assert!(may_start_quantity(&capitalised), "{capitalised}");
        }
        for word in ["15", "1,200", "3.5"] {
            assert!(may_start_quantity(word), "{word}");
        }
        for word in ["government", "Russia", "president", "", "é"] {
            assert!(!may_start_quantity(word), "{word}");
        }
    }

    #[test]
    fn quantity_end_reads_numbers_openers_and_counting_nouns() {
        let end_of = |doc: &str| {
            let mut tokens = Vec::new();
            tokenize(doc, 0..doc.len(), &mut tokens);
            let s = Sentence {
                doc,
                index: 0,
                span: (0, doc.len()),
                tokens: &tokens,
            };
            quantity_end(&s, 0).map(|end| s.word(end).to_string())
        };
        assert_eq!(end_of("15 Afghan soldiers").as_deref(), Some("Afghan"));
        assert_eq!(
            end_of("At least 20 Hamas militants").as_deref(),
            Some("Hamas")
        );
        assert_eq!(end_of("more than 1,200 people").as_deref(), Some("people"));
        assert_eq!(
            end_of("dozens of Polish citizens").as_deref(),
            Some("Polish")
        );
        assert_eq!(
            end_of("five dozen Somali traders").as_deref(),
            Some("Somali")
        );
        assert_eq!(end_of("the four diplomats").as_deref(), Some("diplomats"));
        assert_eq!(
            end_of("several Russian diplomats").as_deref(),
            Some("Russian")
        );
        assert_eq!(
            end_of("handful of French citizens").as_deref(),
            Some("French")
        );
        assert_eq!(end_of("two of the soldiers"), None);
        assert_eq!(end_of("some soldiers"), None);
        assert_eq!(end_of("the soldiers"), None);
        assert_eq!(end_of("group said"), None);
        assert_eq!(end_of("5th fleet"), None);
    }
}
