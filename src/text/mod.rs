//! Text: sentences and tokens as byte spans into the document, never copies.

pub mod sentences;
pub mod tokens;

pub use sentences::split_sentences;
pub use tokens::{tokenize, Token, TokenKind};

use std::ops::Range;

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
    pub fn is(&self, i: usize, word: &str) -> bool {
        i < self.tokens.len() && self.word(i).eq_ignore_ascii_case(word)
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
