//! A tokenizer that writes byte spans into a reusable buffer.
//!
//! One forward pass; the only allocation is growing the caller's `out`, so a
//! caller that reuses one buffer per thread tokenizes without allocating.

use std::ops::Range;

use super::sentences::is_abbreviation;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters and digits, joined across inner hyphens and apostrophes
    /// (`Ivano-Frankivsk`, `d'Ivoire`); abbreviations keep their period (`U.S.`).
    Word,
    /// Starts with a digit: `1987`, `100,000`, `2.5`, `5th`.
    Number,
    /// Any other visible character, one per token.
    Punct,
    /// A double or single quotation mark that is not an apostrophe.
    Quote,
    /// `'s` after a word, or a bare `'` after a plural (`countries'`).
    Possessive,
}

/// A token: a byte span of the document and what sort of token it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub kind: TokenKind,
}

/// Appends the tokens of `text[range]` to `out`, with spans into `text`.
///
/// A range that is reversed, out of bounds or off char boundaries is shrunk to
/// the char boundaries inside it; text beyond `u32::MAX` bytes is not
/// tokenized (spans are `u32`).
pub fn tokenize(text: &str, range: Range<usize>, out: &mut Vec<Token>) {
    let Some(range) = usable_range(text, range) else {
        return;
    };
    // News text has a token every five or six bytes: one allocation instead of a
    // doubling series when a caller's buffer is new or too small.
    out.reserve(range.len() / 4);
    let mut tokenizer = Tokenizer {
        text,
        bytes: text.as_bytes(),
        end: range.end,
        out,
        in_single_quote: false,
    };
    tokenizer.run(range.start);
}

/// White space for tokens and sentences: Unicode white space plus the invisible
/// characters that never belong to a word (zero-width space, word joiner, BOM).
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// Characters that continue a word without being alphanumeric: combining
/// marks (decomposed "é"), zero-width (non-)joiners (Persian, Indic scripts)
/// and variation selectors.
fn is_word_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{200C}'
        | '\u{200D}')
}

/// `u8::is_ascii_alphanumeric` as one load from a table rather than three range
/// tests: for the loops that run over every byte of a word.
#[inline(always)]
pub(crate) fn is_ascii_alphanumeric(b: u8) -> bool {
    IS_ASCII_ALPHANUMERIC[usize::from(b)]
}

/// The end of the run of ASCII letters and digits in `bytes` from `i`.
///
/// Eight bytes at a time: a loop that tests byte by byte mispredicts the end of
/// nearly every word, this one mostly decides a whole word with one branch.
#[inline(always)]
pub(crate) fn ascii_alphanumeric_run(bytes: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let not_alphanumeric = !ascii_alphanumeric_mask(word) & HIGHS;
        if not_alphanumeric != 0 {
            return i + (not_alphanumeric.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(|&b| is_ascii_alphanumeric(b)) {
        i += 1;
    }
    i
}

const ONES: u64 = u64::from_le_bytes([0x01; 8]);
const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);

/// The high bit of each byte of the result is set where that byte of `word` is an
/// ASCII letter or digit.
#[inline(always)]
fn ascii_alphanumeric_mask(word: u64) -> u64 {
    // `| 0x20` maps upper-case letters onto lower-case ones and nothing else onto them.
    let folded = word | (ONES * 0x20);
    let alphanumeric = in_range(word, b'0', b'9') | in_range(folded, b'a', b'z');
    alphanumeric & !word & HIGHS
}

/// The high bit of each byte is set where the byte's low seven bits lie in `lo..=hi`:
/// with the high bits cleared, adding `0x80 - lo` to a byte carries into its high bit
/// exactly when it is at least `lo`, and never into the next byte.
#[inline(always)]
fn in_range(word: u64, lo: u8, hi: u8) -> u64 {
    let low7 = word & !HIGHS;
    let at_least_lo = low7 + ONES * u64::from(0x80 - lo);
    let above_hi = low7 + ONES * u64::from(0x7F - hi);
    at_least_lo & !above_hi & HIGHS
}

static IS_ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '„' | '‹' | '›' | '‚')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// `range` clamped to `text` and to `u32` offsets, shrunk to char boundaries.
fn usable_range(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    super::char_range(text, range.start..range.end.min(u32::MAX as usize))
}

struct Tokenizer<'a, 'o> {
    text: &'a str,
    bytes: &'a [u8],
    /// End of the range being tokenized; no token and no look-ahead crosses it.
    end: usize,
    out: &'o mut Vec<Token>,
    /// After an opening `'` or `‘`: a trailing `s'` closes it rather than
    /// being a plural possessive ("the 'hawks' said").
    in_single_quote: bool,
}

impl Tokenizer<'_, '_> {
    fn run(&mut self, start: usize) {
        let mut i = start;
        while let Some(&b) = self.bytes.get(i).filter(|_| i < self.end) {
            // ASCII first, by byte; the chars beyond ASCII are decoded.
            i = match b {
                b' ' => i + 1,
                b'0'..=b'9' => self.number(i),
                b'a'..=b'z' | b'A'..=b'Z' => self.word(i),
                _ => match self.char_at(i) {
                    Some(c) if c.is_alphanumeric() => self.word(i),
                    Some(c) if is_space(c) => i + c.len_utf8(),
                    Some(c) => self.mark(i, c),
                    None => break,
                },
            };
        }
    }

    /// Punctuation or a quotation mark at `i`; returns the end of its token.
    fn mark(&mut self, i: usize, c: char) -> usize {
        // HTML entities of scraped text: "&quot;" is a quotation mark, "&amp;" one
        // mark (the clause rules read it as "and").
        if c == '&' {
            let rest = self.text.get(i..self.end).unwrap_or_default();
            let quote = [
                "&quot;", "&ldquo;", "&rdquo;", "&#34;", "&#8220;", "&#8221;",
            ]
            .iter()
            .find(|e| rest.starts_with(**e));
            if let Some(e) = quote {
                self.push(i, i + e.len(), TokenKind::Quote);
                return i + e.len();
            }
            if rest.starts_with("&amp;") {
                self.push(i, i + 5, TokenKind::Punct);
                return i + 5;
            }
        }
        let end = i + c.len_utf8();
        // Typewriter quotation marks of NYT copy: ''Hopefully,'' and ``so''.
        if matches!(c, '\'' | '`') && self.byte_at(end) == Some(c as u8) {
            self.push(i, end + 1, TokenKind::Quote);
            return end + 1;
        }
        let kind = if is_quote(c) {
            TokenKind::Quote
        } else if matches!(c, '\'' | '‘' | '’') {
            self.in_single_quote = self.opens_single_quote(i, end);
            TokenKind::Quote
        } else {
            TokenKind::Punct
        };
        self.push(i, end, kind);
        end
    }

    /// The char at byte `i`, if `i` is inside the range.
    #[inline(always)]
    fn char_at(&self, i: usize) -> Option<char> {
        if i >= self.end {
            return None;
        }
        match self.bytes.get(i) {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            _ => self.text.get(i..self.end)?.chars().next(),
        }
    }

    fn is_word_char_at(&self, i: usize) -> bool {
        self.char_at(i).is_some_and(char::is_alphanumeric)
    }

    #[inline(always)]
    fn byte_at(&self, i: usize) -> Option<u8> {
        if i < self.end {
            self.bytes.get(i).copied()
        } else {
            None
        }
    }

    #[inline(always)]
    fn push(&mut self, start: usize, end: usize, kind: TokenKind) {
        // `usable_range` keeps every offset within u32.
        self.out.push(Token {
            start: start as u32,
            end: end as u32,
            kind,
        });
    }

    /// A quote mark before a word, not after one, opens a quotation.
    fn opens_single_quote(&self, i: usize, after: usize) -> bool {
        let before = self.text.get(..i).and_then(|s| s.chars().next_back());
        !before.is_some_and(char::is_alphanumeric) && self.is_word_char_at(after)
    }

    /// `100,000`, `2.5`, `1987`, `5th`, `10m`.
    fn number(&mut self, start: usize) -> usize {
        let mut i = start;
        loop {
            while self.byte_at(i).is_some_and(|b| b.is_ascii_digit()) {
                i += 1;
            }
            let separator = matches!(self.byte_at(i), Some(b',' | b'.'));
            if separator && self.byte_at(i + 1).is_some_and(|b| b.is_ascii_digit()) {
                i += 1;
            } else {
                break;
            }
        }
        i = self.alphanumeric_run(i);
        self.push(start, i, TokenKind::Number);
        self.possessive(i)
    }

    /// End of the run of word characters starting at `i`.
    #[inline(always)]
    fn alphanumeric_run(&self, mut i: usize) -> usize {
        loop {
            // ASCII letters and digits a byte at a time, the rest a char at a time.
            i = ascii_alphanumeric_run(self.bytes.get(..self.end).unwrap_or_default(), i);
            match self.char_at(i) {
                Some(c) if !c.is_ascii() && (c.is_alphanumeric() || is_word_mark(c)) => {
                    i += c.len_utf8();
                }
                _ => return i,
            }
        }
    }

    /// A word starting at `start`, with its hyphen and apostrophe joins, an
    /// abbreviation's period, and a following possessive or `n't`.
    #[inline(always)]
    fn word(&mut self, start: usize) -> usize {
        let i = self.alphanumeric_run(start);
        match self.byte_at(i) {
            // Most words end at a space or a punctuation mark that joins nothing.
            // "&#39;s" and AG News' " #39;s" are possessives too (see `possessive`).
            Some(b)
                if b.is_ascii()
                    && !matches!(b, b'-' | b'\'' | b'.' | b'&')
                    && !(b == b' ' && self.byte_at(i + 1) == Some(b'#')) =>
            {
                self.push(start, i, TokenKind::Word);
                i
            }
            _ => self.joined_word(start, i),
        }
    }

    /// The rest of [`Tokenizer::word`], from the end `i` of its first run of word
    /// characters.
    #[inline(never)]
    fn joined_word(&mut self, start: usize, mut i: usize) -> usize {
        while let Some(c) = self.char_at(i) {
            let after = i + c.len_utf8();
            if is_hyphen(c) && self.is_word_char_at(after) {
                // Ivano-Frankivsk, Secretary-General, al-Qaeda.
                i = self.alphanumeric_run(after);
            } else if is_apostrophe(c) {
                if self.is_possessive_s(after) {
                    break;
                }
                let last = self.bytes[i - 1];
                let next = self.char_at(after);
                if matches!(last, b'n' | b'N')
                    && matches!(next, Some('t' | 'T'))
                    && !self.is_word_char_at(after + 1)
                    && i - 1 > start
                {
                    // didn't → did + n't.
                    self.push(start, i - 1, TokenKind::Word);
                    self.push(i - 1, after + 1, TokenKind::Word);
                    return after + 1;
                }
                let last = self.text.get(..i).and_then(|s| s.chars().next_back());
                if last.is_some_and(char::is_alphabetic) && next.is_some_and(char::is_alphabetic) {
                    // d'Ivoire, O'Brien.
                    i = self.alphanumeric_run(after);
                } else {
                    break;
                }
            } else {
                if c == '.' {
                    i = self.abbreviation_end(start, i);
                }
                break;
            }
        }
        self.push(start, i, TokenKind::Word);
        self.possessive(i)
    }

    /// An apostrophe written as an HTML entity right after a word ("Russia&#39;s",
    /// "&apos;", "&rsquo;"), or as AG News writes it, a space and the entity without
    /// its ampersand ("Sudan #39;s"): where it starts and ends.
    fn apostrophe_entity(&self, i: usize) -> Option<(usize, usize)> {
        let start = match self.byte_at(i)? {
            b'&' => i,
            b' ' if self.byte_at(i + 1) == Some(b'#') => i + 1,
            _ => return None,
        };
        let rest = self.text.get(start..self.end)?;
        let entities: &[&str] = if start == i {
            &["&#39;", "&#039;", "&apos;", "&rsquo;", "&#8217;"]
        } else {
            &["#39;"]
        };
        let entity = entities.iter().find(|e| rest.starts_with(**e))?;
        Some((start, start + entity.len()))
    }

    /// Whether the apostrophe ending right before `after` is a possessive `'s`.
    fn is_possessive_s(&self, after: usize) -> bool {
        matches!(self.byte_at(after), Some(b's' | b'S')) && !self.is_word_char_at(after + 1)
    }

    /// Emits a possessive (`'s`, or `'` after a plural in `s`) at `i`, right
    /// after a word; returns where tokenizing goes on.
    #[inline(always)]
    fn possessive(&mut self, i: usize) -> usize {
        let (i, after) = match self.char_at(i).filter(|&c| is_apostrophe(c)) {
            Some(c) => {
                let after = i + c.len_utf8();
                // "missiles''": a doubled apostrophe closes a quotation (see `mark`).
                if c == '\'' && self.byte_at(after) == Some(b'\'') {
                    return i;
                }
                (i, after)
            }
            None => match self.apostrophe_entity(i) {
                Some(span) => span,
                None => return i,
            },
        };
        if self.is_possessive_s(after) {
            self.push(i, after + 1, TokenKind::Possessive);
            return after + 1;
        }
        let plural = i > 0 && matches!(self.bytes[i - 1], b's' | b'S');
        if plural && !self.in_single_quote && !self.is_word_char_at(after) {
            self.push(i, after, TokenKind::Possessive);
            return after;
        }
        i
    }

    /// Where the word `text[start..dot]` ends given the period at `dot`: after
    /// the period for abbreviations, dotted acronyms and initials, else at it.
    fn abbreviation_end(&self, start: usize, dot: usize) -> usize {
        let word = self.text.get(start..dot).unwrap_or_default();
        let is_segment =
            |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic());
        if is_segment(word) {
            // U.S., a.m., Ph.D.: letter groups each followed by a period.
            let mut next = dot + 1;
            let mut segments = 1;
            loop {
                let mut j = next;
                while self.byte_at(j).is_some_and(|b| b.is_ascii_alphabetic()) && j - next < 3 {
                    j += 1;
                }
                if (1..=2).contains(&(j - next)) && self.byte_at(j) == Some(b'.') {
                    segments += 1;
                    next = j + 1;
                } else {
                    break;
                }
            }
            if segments >= 2 {
                return next;
            }
        }
        let mut chars = word.chars();
        let initial = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
        if initial || is_abbreviation(word) {
            dot + 1
        } else {
            dot
        }
    }
}

#[cfg(test)]
mod tests {
    use super::TokenKind::{Number, Possessive, Punct, Quote, Word};
    use super::*;
    use crate::text::split_sentences;
    use crate::text::test_support::{each_byte_placement, random_texts, run_while};

    const SEED: &str = include_str!("../../examples/lithuania-nato-russia.txt");

    fn tokens(text: &str) -> Vec<(&str, TokenKind)> {
        let mut out = Vec::new();
        tokenize(text, 0..text.len(), &mut out);
        check_invariants(text, 0..text.len(), &out);
        out.iter()
            .map(|t| (&text[t.start as usize..t.end as usize], t.kind))
            .collect()
    }

    fn texts(text: &str) -> Vec<&str> {
        tokens(text).into_iter().map(|(s, _)| s).collect()
    }

    /// Tokens are in order, non-empty, non-overlapping, on char boundaries,
    /// inside the range, and cover every non-space char of it.
    fn check_invariants(text: &str, range: Range<usize>, out: &[Token]) {
        let mut covered = vec![false; text.len()];
        let mut previous_end = range.start;
        // Tokens of earlier ranges may precede in `out`.
        for t in out.iter().filter(|t| t.start as usize >= range.start) {
            let (start, end) = (t.start as usize, t.end as usize);
            assert!(start < end, "empty token {t:?}");
            assert!(start >= previous_end, "overlap or disorder at {t:?}");
            assert!(end <= range.end, "token {t:?} beyond {range:?}");
            assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
            covered[start..end].fill(true);
            previous_end = end;
        }
        for (i, c) in text[range.clone()].char_indices() {
            if !is_space(c) {
                let at = range.start + i;
                assert!(covered[at], "{c:?} at {at} not covered in {text:?}");
            }
        }
    }

    #[test]
    fn alphanumeric_runs_end_where_a_byte_by_byte_test_ends_them() {
        each_byte_placement(b"abcdefghijklmnopqrstuvwxyzAZ09az", |slice, start, case| {
            assert_eq!(
                ascii_alphanumeric_run(slice, start),
                run_while(slice, start, |b| b.is_ascii_alphanumeric()),
                "{case}"
            );
        });
    }

    #[test]
    fn empty_and_white_space_give_no_tokens() {
        assert!(tokens("").is_empty());
        assert!(tokens(" \t\r\n\u{a0}\u{feff}\u{200b}").is_empty());
    }

    #[test]
    fn words_and_a_final_period() {
        assert_eq!(
            tokens("NATO met in Riga."),
            [
                ("NATO", Word),
                ("met", Word),
                ("in", Word),
                ("Riga", Word),
                (".", Punct)
            ]
        );
    }

    #[test]
    fn spans_are_absolute_offsets_into_the_text() {
        let text = "Skip this. Lithuania calls, NATO.";
        let mut out = vec![Token {
            start: 0,
            end: 4,
            kind: Word,
        }];
        tokenize(text, 11..text.len(), &mut out);
        assert_eq!(
            out[0],
            Token {
                start: 0,
                end: 4,
                kind: Word
            },
            "appends, keeps old tokens"
        );
        assert_eq!(
            out[1..],
            [
                Token {
                    start: 11,
                    end: 20,
                    kind: Word
                },
                Token {
                    start: 21,
                    end: 26,
                    kind: Word
                },
                Token {
                    start: 26,
                    end: 27,
                    kind: Punct
                },
                Token {
                    start: 28,
                    end: 32,
                    kind: Word
                },
                Token {
                    start: 32,
                    end: 33,
                    kind: Punct
                },
            ]
        );
    }

    #[test]
    fn non_ascii_words() {
        assert_eq!(
            texts("Nausėda, Erdoğan, Côte, Ελλάδα, Україна, 北约, Nause\u{301}da."),
            [
                "Nausėda",
                ",",
                "Erdoğan",
                ",",
                "Côte",
                ",",
                "Ελλάδα",
                ",",
                "Україна",
                ",",
                "北约",
                ",",
                "Nause\u{301}da",
                "."
            ]
        );
    }

    #[test]
    fn hyphen_joins_words_inside_but_not_at_edges() {
        assert_eq!(
            texts("Ivano-Frankivsk, Secretary-General al-Qaeda F-16 anti- -war NATO - Russia a--b"),
            [
                "Ivano-Frankivsk",
                ",",
                "Secretary-General",
                "al-Qaeda",
                "F-16",
                "anti",
                "-",
                "-",
                "war",
                "NATO",
                "-",
                "Russia",
                "a",
                "-",
                "-",
                "b"
            ]
        );
    }

    #[test]
    fn apostrophe_between_letters_joins() {
        assert_eq!(
            tokens("Côte d'Ivoire and d’Ivoire met O'Brien."),
            [
                ("Côte", Word),
                ("d'Ivoire", Word),
                ("and", Word),
                ("d’Ivoire", Word),
                ("met", Word),
                ("O'Brien", Word),
                (".", Punct)
            ]
        );
    }

    #[test]
    fn html_entities_of_scraped_text_are_apostrophes_quotes_and_ampersands() {
        assert_eq!(
            tokens("Russia&#39;s army, Sudan #39;s war &quot;ended&quot; &amp; don&#39;t"),
            [
                ("Russia", Word),
                ("&#39;s", Possessive),
                ("army", Word),
                (",", Punct),
                ("Sudan", Word),
                ("#39;s", Possessive),
                ("war", Word),
                ("&quot;", Quote),
                ("ended", Word),
                ("&quot;", Quote),
                ("&amp;", Punct),
                ("don", Word),
                ("&", Punct),
                ("#", Punct),
                ("39", Number),
                (";", Punct),
                ("t", Word)
            ]
        );
        // An entity that is no apostrophe, or one cut off, is plain punctuation.
        assert_eq!(
            tokens("Chad&#36; Chad&#3"),
            [
                ("Chad", Word),
                ("&", Punct),
                ("#", Punct),
                ("36", Number),
                (";", Punct),
                ("Chad", Word),
                ("&", Punct),
                ("#", Punct),
                ("3", Number)
            ]
        );
    }

    #[test]
    fn possessive_s_is_split_off() {
        assert_eq!(
            tokens("Russia's and Russia’s RUSSIA'S Ivano-Frankivsk's"),
            [
                ("Russia", Word),
                ("'s", Possessive),
                ("and", Word),
                ("Russia", Word),
                ("’s", Possessive),
                ("RUSSIA", Word),
                ("'S", Possessive),
                ("Ivano-Frankivsk", Word),
                ("'s", Possessive)
            ]
        );
    }

    #[test]
    fn plural_possessive_apostrophe() {
        assert_eq!(
            tokens("the countries' leaders and Baltic States’ troops"),
            [
                ("the", Word),
                ("countries", Word),
                ("'", Possessive),
                ("leaders", Word),
                ("and", Word),
                ("Baltic", Word),
                ("States", Word),
                ("’", Possessive),
                ("troops", Word)
            ]
        );
    }

    #[test]
    fn doubled_single_quotes_are_one_quotation_mark() {
        assert_eq!(
            tokens("''Hopefully,'' he said of the missiles'' ``so''"),
            [
                ("''", Quote),
                ("Hopefully", Word),
                (",", Punct),
                ("''", Quote),
                ("he", Word),
                ("said", Word),
                ("of", Word),
                ("the", Word),
                ("missiles", Word),
                ("''", Quote),
                ("``", Quote),
                ("so", Word),
                ("''", Quote)
            ]
        );
    }

    #[test]
    fn single_quotation_marks_are_quotes() {
        assert_eq!(
            tokens("the 'hawks' said ‘no’ 'tis"),
            [
                ("the", Word),
                ("'", Quote),
                ("hawks", Word),
                ("'", Quote),
                ("said", Word),
                ("‘", Quote),
                ("no", Word),
                ("’", Quote),
                ("'", Quote),
                ("tis", Word)
            ]
        );
    }

    #[test]
    fn negative_contractions_split_before_n_t() {
        assert_eq!(
            texts("didn't don't won't can't Don’t DIDN'T n't"),
            [
                "did", "n't", "do", "n't", "wo", "n't", "ca", "n't", "Do", "n’t", "DID", "N'T",
                "n't"
            ]
        );
        assert!(tokens("didn't").iter().all(|&(_, k)| k == Word));
    }

    #[test]
    fn other_contractions_stay_one_word() {
        assert_eq!(texts("we're I'm they've"), ["we're", "I'm", "they've"]);
    }

    #[test]
    fn dotted_acronyms_keep_their_periods() {
        assert_eq!(
            texts("U.S. and U.N. in D.C. at 5 p.m., e.g. Ph.D. U.S.A."),
            [
                "U.S.", "and", "U.N.", "in", "D.C.", "at", "5", "p.m.", ",", "e.g.", "Ph.D.",
                "U.S.A."
            ]
        );
    }

    #[test]
    fn dotted_acronym_at_sentence_end_keeps_its_period() {
        assert_eq!(
            tokens("troops in the U.S."),
            [
                ("troops", Word),
                ("in", Word),
                ("the", Word),
                ("U.S.", Word)
            ]
        );
    }

    #[test]
    fn listed_abbreviations_keep_their_periods() {
        assert_eq!(
            texts("Mr. Lee, Gen. Milley, Jan. 5, St. Petersburg, No. 10, Sept. 1 etc."),
            [
                "Mr.",
                "Lee",
                ",",
                "Gen.",
                "Milley",
                ",",
                "Jan.",
                "5",
                ",",
                "St.",
                "Petersburg",
                ",",
                "No.",
                "10",
                ",",
                "Sept.",
                "1",
                "etc."
            ]
        );
    }

    #[test]
    fn abbreviations_are_case_sensitive() {
        assert_eq!(texts("He said no."), ["He", "said", "no", "."]);
    }

    #[test]
    fn initials_keep_their_periods() {
        assert_eq!(
            texts("George W. Bush and J. R. R. Tolkien"),
            ["George", "W.", "Bush", "and", "J.", "R.", "R.", "Tolkien"]
        );
    }

    #[test]
    fn possessive_after_an_acronym() {
        assert_eq!(
            tokens("the U.S.'s aid"),
            [
                ("the", Word),
                ("U.S.", Word),
                ("'s", Possessive),
                ("aid", Word)
            ]
        );
    }

    #[test]
    fn numbers() {
        assert_eq!(
            tokens("100,000 troops, 2.5 bn, in 1987, the 5th, 10m; 2022."),
            [
                ("100,000", Number),
                ("troops", Word),
                (",", Punct),
                ("2.5", Number),
                ("bn", Word),
                (",", Punct),
                ("in", Word),
                ("1987", Number),
                (",", Punct),
                ("the", Word),
                ("5th", Number),
                (",", Punct),
                ("10m", Number),
                (";", Punct),
                ("2022", Number),
                (".", Punct)
            ]
        );
    }

    #[test]
    fn number_separators_need_digits_on_both_sides() {
        assert_eq!(
            texts("1,000, 3. 4.x 1990s' G7"),
            ["1,000", ",", "3", ".", "4", ".", "x", "1990s", "'", "G7"]
        );
        assert_eq!(tokens("1990s'")[1].1, Possessive);
        assert_eq!(tokens("G7")[0].1, Word);
    }

    #[test]
    fn double_quotes_of_every_style() {
        assert_eq!(
            tokens("\"a\" “b” «c» „d“"),
            [
                ("\"", Quote),
                ("a", Word),
                ("\"", Quote),
                ("“", Quote),
                ("b", Word),
                ("”", Quote),
                ("«", Quote),
                ("c", Word),
                ("»", Quote),
                ("„", Quote),
                ("d", Word),
                ("“", Quote)
            ]
        );
    }

    #[test]
    fn punctuation_is_one_token_per_char() {
        assert_eq!(
            tokens("(a); b: $5 — c...!?"),
            [
                ("(", Punct),
                ("a", Word),
                (")", Punct),
                (";", Punct),
                ("b", Word),
                (":", Punct),
                ("$", Punct),
                ("5", Number),
                ("—", Punct),
                ("c", Word),
                (".", Punct),
                (".", Punct),
                (".", Punct),
                ("!", Punct),
                ("?", Punct)
            ]
        );
    }

    #[test]
    fn emoji_and_control_characters_are_punct() {
        assert_eq!(
            tokens("🇱🇹\u{7}x👍🏽"),
            [
                ("🇱", Punct),
                ("🇹", Punct),
                ("\u{7}", Punct),
                ("x", Word),
                ("👍", Punct),
                ("🏽", Punct)
            ]
        );
    }

    #[test]
    fn look_ahead_stops_at_the_range_end() {
        let text = "Russia's U.S. didn't";
        let mut out = Vec::new();
        tokenize(text, 0..7, &mut out); // "Russia'"
        check_invariants(text, 0..7, &out);
        assert_eq!(out.len(), 2);
        assert_eq!((out[0].kind, out[1].kind), (Word, Quote));
        out.clear();
        tokenize(text, 9..12, &mut out); // "U.S"
        assert_eq!(
            out[0],
            Token {
                start: 9,
                end: 11,
                kind: Word
            }
        );
        out.clear();
        tokenize(text, 14..18, &mut out); // "didn"
        assert_eq!(
            out,
            [Token {
                start: 14,
                end: 18,
                kind: Word
            }]
        );
    }

    #[test]
    fn bad_ranges_do_not_panic() {
        let text = "Nausėda 🇱🇹 spoke";
        let mut out = Vec::new();
        for range in [
            0..1000,
            Range { start: 50, end: 10 },
            6..7,
            7..8,
            9..11,
            1000..2000,
            0..0,
        ] {
            out.clear();
            tokenize(text, range.clone(), &mut out);
            let end = range.end.min(text.len());
            for t in &out {
                assert!(
                    t.start as usize >= range.start && t.end as usize <= end,
                    "{range:?}"
                );
                assert!(
                    text.is_char_boundary(t.start as usize)
                        && text.is_char_boundary(t.end as usize)
                );
            }
        }
        out.clear();
        tokenize(text, 5..11, &mut out); // from inside "ė" to inside "🇱"
        assert_eq!(
            out,
            [Token {
                start: 6,
                end: 8,
                kind: Word
            }]
        );
    }

    #[test]
    fn awkward_inputs_keep_invariants() {
        let inputs = [
            "'",
            "’s",
            "'s",
            "s'",
            "-",
            "a-",
            "-a",
            "a'",
            "n't",
            "'n't",
            ".",
            "A.",
            "a.b.",
            "1.",
            "1,",
            ",1",
            "1..2",
            "U.S.-led",
            "x\u{301}\u{301}",
            "\u{301}x",
            "a\u{200d}b",
            "👨‍👩‍👧",
            "\u{0}\u{1b}[0m",
            "﻿BOM",
            "e\u{301}'s",
            "9'",
            "O''Brien",
            "'''",
        ];
        for text in inputs {
            tokens(text);
        }
    }

    #[test]
    fn random_texts_keep_invariants() {
        let mut out = Vec::new();
        for text in random_texts(5000) {
            out.clear();
            tokenize(&text, 0..text.len(), &mut out);
            check_invariants(&text, 0..text.len(), &out);
            out.clear();
            for sentence in split_sentences(&text) {
                tokenize(&text, sentence.clone(), &mut out);
                check_invariants(&text, sentence, &out);
            }
        }
    }

    #[test]
    fn seed_article_tokens() {
        let all = tokens(SEED);
        assert!(all.contains(&("Ivano-Frankivsk", Word)));
        assert!(all.contains(&("100,000", Number)));
        assert!(all.contains(&("’s", Possessive)));
        assert!(all
            .windows(2)
            .any(|w| w == [("Russia", Word), ("'s", Possessive)]));
        assert_eq!(all.iter().filter(|&&(_, k)| k == Quote).count(), 6);
        assert_eq!(all.last(), Some(&("Russia", Word)));
    }

    #[test]
    fn tokens_per_sentence_equal_tokens_of_the_whole_text() {
        let mut whole = Vec::new();
        tokenize(SEED, 0..SEED.len(), &mut whole);
        let mut per_sentence = Vec::new();
        for sentence in split_sentences(SEED) {
            tokenize(SEED, sentence.clone(), &mut per_sentence);
            check_invariants(SEED, sentence, &per_sentence);
        }
        assert_eq!(whole, per_sentence);
    }
}
