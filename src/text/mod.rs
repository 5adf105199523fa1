//! Text: sentences and tokens as byte spans into the document, never copies.

pub mod sentences;
#[cfg(test)]
pub(crate) mod test_support;
pub mod tokens;

pub use sentences::split_sentences;
pub use tokens::{tokenize, Token, TokenKind};

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

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        let t = self.tokens[i];
        &self.doc[t.start as usize..t.end as usize]
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
}
