//! Abbreviation- and quotation-aware sentence splitting.
//!
//! One forward pass over the bytes. Only a handful of bytes can end a sentence
//! (`.` `!` `?` and a blank line) or change the quotation state (`"` and the
//! lead bytes of the curly quotes), so everything else is skipped cheaply; the
//! few decisions look a bounded distance backwards (the word before a period)
//! or forwards (closing quotes, white space and the next word).

use std::ops::Range;
use std::sync::LazyLock;

use super::tokens::is_space;

/// Abbreviations whose period is not a sentence end. Shared with the tokenizer,
/// which keeps their period inside the word. Case matters: "No." is an
/// abbreviation, "no." ends "He said no."
#[rustfmt::skip]
pub(crate) const ABBREVIATIONS: &[&str] = &[
    // Titles and ranks.
    "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Sgt",
    "Cpl", "Pvt", "Brig", "Adm", "Cmdr", "Gov", "Sen", "Sens", "Rep", "Reps", "Pres", "Amb", "Hon",
    "Rev", "Fr",
    // Places.
    "St", "Ste", "Mt", "Ft", "Ave", "Blvd", "Rd", "Univ",
    // Numbers.
    "No", "Nos",
    // Months ("May" is never abbreviated).
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    // Companies and names.
    "Inc", "Corp", "Co", "Ltd", "Bros", "Jr", "Sr",
    // Common words.
    "vs", "etc", "approx", "est", "dept",
];

/// Whether `word` (without its period) is one of [`ABBREVIATIONS`]. The tokenizer
/// asks at every period, so the words are compared as integers: a binary search
/// over the abbreviations packed into `u64`s.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    static SORTED: LazyLock<Vec<u64>> = LazyLock::new(|| {
        let mut sorted: Vec<u64> = ABBREVIATIONS.iter().filter_map(|a| packed(a)).collect();
        sorted.sort_unstable();
        sorted
    });
    packed(word).is_some_and(|key| SORTED.binary_search(&key).is_ok())
}

/// A word of up to seven bytes as one integer: the bytes, zero-padded, and the length.
fn packed(word: &str) -> Option<u64> {
    let bytes = word.as_bytes();
    if bytes.len() > 7 {
        return None;
    }
    let mut key = [0; 8];
    key[..bytes.len()].copy_from_slice(bytes);
    key[7] = bytes.len() as u8;
    Some(u64::from_le_bytes(key))
}

/// Abbreviations that end names and so often end sentences too ("… of Apple
/// Inc. The company said"): they end one before a [`SENTENCE_OPENERS`] word.
const NAME_FINAL_ABBREVIATIONS: &[&str] = &["Inc", "Corp", "Co", "Ltd", "Bros", "Jr", "Sr"];

/// Words that almost only appear capitalised at the start of a sentence; after
/// "U.S." or "p.m." they tell a sentence end from "U.S. Army" or "5 p.m. Monday".
#[rustfmt::skip]
const SENTENCE_OPENERS: &[&str] = &[
    "The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "At", "A", "An",
    "This", "That", "These", "Those", "There", "His", "Her", "Its", "Their", "Our", "After",
    "Before", "When", "While", "However", "Meanwhile", "Also", "Officials", "If", "As", "Last",
    "Earlier", "Later",
];

/// A sentence longer than this is cut at the next white space, so text without
/// punctuation (tables, lists, a broken scrape) still yields bounded sentences.
const SOFT_MAX_SENTENCE_BYTES: usize = 4096;

/// A sentence that stays without white space this long (base64, a URL dump) is
/// cut at the next character boundary.
const HARD_MAX_SENTENCE_BYTES: usize = 4 * SOFT_MAX_SENTENCE_BYTES;

/// Longest word looked at when deciding whether a period ends an abbreviation.
const MAX_ABBREVIATION_BYTES: usize = 16;

/// Splits `text` into sentence byte ranges, trimmed of surrounding white space.
///
/// Ranges are in order, non-overlapping, non-empty and on char boundaries.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    Splitter::new(text).run()
}

/// What a double quotation mark does, judged from the mark and its neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum QuoteMark {
    Opening,
    Closing,
    /// A straight quote between two words or two spaces: it toggles.
    Ambiguous,
}

/// What a period follows, which decides whether it can end a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum WordBeforePeriod {
    /// An ordinary word, a number or nothing: the period ends the sentence.
    Plain,
    /// "U.S.", "a.m.", "W.": ends only before a sentence-opening word.
    DottedOrInitial,
    /// "Inc.", "Jr.": ends only before a sentence-opening word.
    NameFinal,
    /// "Mr.", "Gen.", "Jan.": never ends the sentence.
    Abbreviation,
}

/// The bytes the splitter acts on: the sentence-final marks, the newline, the straight
/// double quote and the lead bytes of the curly quotes and guillemets.
static ACTS: [bool; 256] = {
    let mut table = [false; 256];
    let bytes = [b'\n', b'.', b'!', b'?', b'"', 0xE2, 0xC2];
    let mut k = 0;
    while k < bytes.len() {
        table[bytes[k] as usize] = true;
        k += 1;
    }
    table
};

/// The first byte of `bytes` from `i` on that may be one [`ACTS`] lists (every
/// non-ASCII byte is taken for one), or the end of `bytes`.
///
/// Eight bytes at a time, with the zero-byte test on the word XOR each byte looked
/// for: its lowest hit is exact, and so is the lowest of all of them.
fn next_act(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    let has = |word: u64, b: u8| {
        let x = word ^ (ONES * u64::from(b));
        x.wrapping_sub(ONES) & !x & HIGHS
    };
    while let Some(chunk) = bytes.get(i..i + 8) {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let found = (word & HIGHS)
            | has(word, b'\n')
            | has(word, b'.')
            | has(word, b'!')
            | has(word, b'?')
            | has(word, b'"');
        if found != 0 {
            return i + (found.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(|&b| !ACTS[usize::from(b)]) {
        i += 1;
    }
    i
}

struct Splitter<'a> {
    text: &'a str,
    bytes: &'a [u8],
    sentences: Vec<Range<usize>>,
    /// Start of the current sentence, possibly still before leading white space.
    start: usize,
    /// Inside a double quotation: sentence-final punctuation does not count.
    in_quote: bool,
}

impl<'a> Splitter<'a> {
    fn new(text: &'a str) -> Self {
        Splitter {
            text,
            bytes: text.as_bytes(),
            // News sentences average ~130 bytes.
            sentences: Vec::with_capacity(text.len() / 128 + 1),
            start: 0,
            in_quote: false,
        }
    }

    fn run(mut self) -> Vec<Range<usize>> {
        let len = self.bytes.len();
        let mut i = 0;
        while i < len {
            if i - self.start > SOFT_MAX_SENTENCE_BYTES {
                if self.cut_long_sentence(i) {
                    // `i` is unchanged: the byte there has not been looked at yet.
                    continue;
                }
            } else {
                // Skip the bytes that do nothing, up to where the length check is due.
                let due = len.min(self.start + SOFT_MAX_SENTENCE_BYTES + 1);
                i = next_act(self.bytes.get(..due).unwrap_or_default(), i);
                if i == due {
                    continue;
                }
            }
            match self.bytes[i] {
                b'\n' => {
                    if let Some(next_line) = self.blank_line_after(i) {
                        self.end_sentence(i);
                        self.start = next_line;
                        self.in_quote = false;
                        i = next_line;
                        continue;
                    }
                    if self.bullet_line_after(i) {
                        self.end_sentence(i);
                        self.start = i;
                    }
                }
                b'.' | b'!' | b'?' => {
                    if let Some((end, in_quote)) = self.sentence_end_at(i) {
                        self.end_sentence(end);
                        self.start = end;
                        self.in_quote = in_quote;
                        i = end;
                        continue;
                    }
                }
                b'"' | 0xE2 | 0xC2 => {
                    if let Some((mark, len)) = self.quote_mark_at(i) {
                        let opens = match mark {
                            QuoteMark::Opening => true,
                            QuoteMark::Closing => false,
                            QuoteMark::Ambiguous => !self.in_quote,
                        };
                        self.in_quote = opens && self.quote_closes_later(i + len);
                        i += len;
                        continue;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        self.end_sentence(len);
        self.sentences
    }

    /// Pushes `text[start..end]` trimmed, unless only white space is left.
    fn end_sentence(&mut self, end: usize) {
        let Some(raw) = self.text.get(self.start..end) else {
            return;
        };
        let trimmed = raw.trim_start_matches(is_space);
        let first = self.start + (raw.len() - trimmed.len());
        let trimmed = trimmed.trim_end_matches(is_space);
        if !trimmed.is_empty() {
            self.sentences.push(first..first + trimmed.len());
        }
    }

    /// The safety valve for over-long sentences; true if it cut one at `i`.
    fn cut_long_sentence(&mut self, i: usize) -> bool {
        if !self.text.is_char_boundary(i) {
            return false;
        }
        // Leading white space does not count towards the length.
        let leading = self
            .text
            .get(self.start..i)
            .map_or(0, |s| s.len() - s.trim_start_matches(is_space).len());
        self.start += leading;
        let length = i - self.start;
        let at_space = self
            .text
            .get(i..)
            .and_then(|s| s.chars().next())
            .is_some_and(is_space);
        if length > HARD_MAX_SENTENCE_BYTES || (length > SOFT_MAX_SENTENCE_BYTES && at_space) {
            self.end_sentence(i);
            self.start = i;
            return true;
        }
        false
    }

    /// If the newline at `i` starts a blank line (newline, spaces/tabs, newline),
    /// the position of the second newline.
    fn blank_line_after(&self, i: usize) -> Option<usize> {
        let mut j = i + 1;
        while let Some(b' ' | b'\t' | b'\r') = self.bytes.get(j) {
            j += 1;
        }
        (self.bytes.get(j) == Some(&b'\n')).then_some(j)
    }

    /// A line that starts with a list bullet (`- `, `* `, `• `) starts a sentence.
    fn bullet_line_after(&self, i: usize) -> bool {
        let rest = self.text.get(i + 1..).unwrap_or_default();
        let rest = rest.trim_start_matches([' ', '\t']);
        ["- ", "* ", "• ", "-\t", "*\t", "•\t"]
            .iter()
            .any(|bullet| rest.starts_with(bullet))
    }

    /// The double quotation mark at `i`, if any, and its length in bytes.
    fn quote_mark_at(&self, i: usize) -> Option<(QuoteMark, usize)> {
        let c = self.text.get(i..).and_then(|s| s.chars().next())?;
        let mark = match c {
            '“' | '„' | '«' => QuoteMark::Opening,
            '”' | '»' => QuoteMark::Closing,
            '"' => self.straight_quote_role(i),
            _ => return None,
        };
        Some((mark, c.len_utf8()))
    }

    /// A straight quote opens before a word after white space or an opening
    /// bracket, and closes after a word before white space or punctuation; so
    /// an inch mark (`12" pipe`) cannot swallow a paragraph.
    fn straight_quote_role(&self, i: usize) -> QuoteMark {
        let before = self.text.get(..i).and_then(|s| s.chars().next_back());
        let after = self.text.get(i + 1..).and_then(|s| s.chars().next());
        let space_before = match before {
            None => true,
            Some(c) => is_space(c) || matches!(c, '(' | '[' | '{' | '—' | '–'),
        };
        let space_after = match after {
            None => true,
            Some(c) => is_space(c) || (c.is_ascii_punctuation() && c != '"'),
        };
        match (space_before, space_after) {
            (true, false) => QuoteMark::Opening,
            (false, true) => QuoteMark::Closing,
            _ => QuoteMark::Ambiguous,
        }
    }

    /// Whether a quotation opened right before `from` is closed in the same
    /// paragraph. Multi-paragraph quotations and scrapes that dropped the
    /// closing mark leave it open; those sentences then split as usual
    /// instead of swallowing the rest of the paragraph. Stops at the next
    /// quotation mark, so all these look-aheads together read the text once.
    fn quote_closes_later(&self, from: usize) -> bool {
        let mut i = from;
        while let Some(&b) = self.bytes.get(i) {
            match b {
                b'\n' if self.blank_line_after(i).is_some() => return false,
                b'"' | 0xE2 | 0xC2 => {
                    if let Some((mark, _)) = self.quote_mark_at(i) {
                        return mark != QuoteMark::Opening;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        false
    }

    /// Whether the `.`, `!` or `?` at `p` ends a sentence; if so, where the
    /// sentence ends (after closing quotes and brackets) and the quotation
    /// state after it.
    fn sentence_end_at(&self, p: usize) -> Option<(usize, bool)> {
        let mut end = p + 1;
        let mut in_quote = self.in_quote;
        while let Some(c) = self.text.get(end..).and_then(|s| s.chars().next()) {
            // A run of closing marks cannot carry a sentence past the hard cap:
            // the rest of the run is left to the long-sentence valve.
            if end - self.start >= HARD_MAX_SENTENCE_BYTES {
                break;
            }
            match c {
                '"' | '”' | '»' => in_quote = false,
                '’' | '\'' | ')' | ']' => {}
                _ => break,
            }
            end += c.len_utf8();
        }
        let rest = self.text.get(end..)?;
        let closed_quote = self.in_quote && !in_quote;
        if closed_quote && rest.chars().next().is_some_and(char::is_uppercase) {
            // Scraped text often drops the space: `…peace."Such resolve…`.
            return Some((end, in_quote));
        }
        let mut after = rest.char_indices().skip_while(|&(_, c)| is_space(c));
        let Some((offset, next)) = after.next() else {
            // Only white space (or nothing) follows: the end of the text.
            return Some((end, in_quote));
        };
        if offset == 0 || in_quote || !can_start_sentence(next) {
            return None;
        }
        if self.bytes[p] != b'.' {
            // '"Is it in our interest to act?" Mr. Obama said.': the question is
            // what the attribution after it reports; one sentence.
            let quoted = end > p + 1 && !self.text[p + 1..end].ends_with([')', ']']);
            if quoted && attribution_follows(&rest[offset..]) {
                return None;
            }
            return Some((end, in_quote));
        }
        let next_word_opens = || starts_with_opener(&rest[offset..]);
        let ends = match self.word_before_period(p) {
            WordBeforePeriod::Plain => true,
            WordBeforePeriod::Abbreviation => false,
            WordBeforePeriod::NameFinal => next_word_opens(),
            WordBeforePeriod::DottedOrInitial => {
                // "A. A. Milne": a one-letter opener after an initial is a name.
                next_word_opens() && !starts_with_single_letter(&rest[offset..])
            }
        };
        ends.then_some((end, in_quote))
    }

    /// Classifies the ASCII word (letters, digits, inner periods) that ends
    /// right before the period at `p`.
    fn word_before_period(&self, p: usize) -> WordBeforePeriod {
        let mut start = p;
        while start > 0
            && p - start <= MAX_ABBREVIATION_BYTES
            && (self.bytes[start - 1].is_ascii_alphanumeric() || self.bytes[start - 1] == b'.')
        {
            start -= 1;
        }
        let plain =
            start > 0 && (self.bytes[start - 1] >= 0x80 || p - start > MAX_ABBREVIATION_BYTES);
        let Some(word) = self.text.get(start..p).filter(|_| !plain) else {
            return WordBeforePeriod::Plain;
        };
        classify_word_before_period(word)
    }
}

fn classify_word_before_period(word: &str) -> WordBeforePeriod {
    if word.is_empty() || word.ends_with('.') || word.starts_with('.') {
        // A lone period or an ellipsis.
        return WordBeforePeriod::Plain;
    }
    if word.contains('.') {
        let dotted = word.split('.').all(|part| {
            (1..=2).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphabetic())
        });
        return if dotted {
            WordBeforePeriod::DottedOrInitial
        } else {
            WordBeforePeriod::Plain
        };
    }
    if word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase() {
        return WordBeforePeriod::DottedOrInitial;
    }
    if NAME_FINAL_ABBREVIATIONS.contains(&word) {
        return WordBeforePeriod::NameFinal;
    }
    // "etc." usually ends its sentence, so it does not block an end.
    if word != "etc" && is_abbreviation(word) {
        return WordBeforePeriod::Abbreviation;
    }
    WordBeforePeriod::Plain
}

/// Reporting verbs that close an attribution after a quoted question or exclamation.
const ATTRIBUTION_VERBS: &[&str] = &[
    "said",
    "says",
    "asked",
    "asks",
    "added",
    "adds",
    "told",
    "wrote",
    "writes",
    "replied",
    "shouted",
    "tweeted",
    "wondered",
    "demanded",
    "declared",
    "exclaimed",
    "cried",
    "yelled",
];

/// Whether `s` opens with an attribution: a reporting verb within the first nine
/// words ("Mr. Obama said", "European Commission President Ursula von der Leyen
/// said"), with no sentence end before it.
fn attribution_follows(s: &str) -> bool {
    for word in s.split_whitespace().take(9) {
        let bare = word.trim_end_matches([',', '.', ':', ';']);
        if ATTRIBUTION_VERBS.contains(&bare) {
            return true;
        }
        // "Mr." and "U.S." may come before the verb; a word that ends a sentence may not.
        let stop = word.ends_with(['.', '!', '?', ':', ';', '"', '”']);
        if stop && !(bare.len() <= 4 && bare.starts_with(|c: char| c.is_ascii_uppercase())) {
            return false;
        }
    }
    false
}

/// Upper-case letter, digit, or opening quote/bracket. Letters of scripts
/// without case (Chinese, Arabic, Hebrew) count as upper-case: there the
/// punctuation and the space are the only signal.
fn can_start_sentence(c: char) -> bool {
    c.is_uppercase()
        || (c.is_alphabetic() && !c.is_lowercase())
        || c.is_ascii_digit()
        || matches!(c, '"' | '“' | '„' | '\'' | '‘' | '«' | '(' | '[')
}

/// The first word of `s`, after any opening quotes or brackets.
fn first_word(s: &str) -> &str {
    let s = s.trim_start_matches(['"', '“', '„', '\'', '‘', '«', '(', '[']);
    let len = s
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(s.len());
    &s[..len]
}

fn starts_with_opener(s: &str) -> bool {
    SENTENCE_OPENERS.contains(&first_word(s))
}

fn starts_with_single_letter(s: &str) -> bool {
    first_word(s).len() == 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::test_support::{each_byte_placement, random_texts, run_while};

    const SEED: &str = include_str!("../../examples/lithuania-nato-russia.txt");

    fn sentences(text: &str) -> Vec<&str> {
        split_sentences(text)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn a_quoted_question_before_its_attribution_stays_in_the_sentence() {
        assert_eq!(
            sentences(
                "\"Is it in our interest to act?\" Mr. Obama said at a summit. \"Why?\" \
                 Nobody knows. ''Now!'' shouted Jane Doe."
            ),
            [
                "\"Is it in our interest to act?\" Mr. Obama said at a summit.",
                "\"Why?\"",
                "Nobody knows.",
                "''Now!'' shouted Jane Doe."
            ]
        );
    }

    #[test]
    fn places_abbreviated_with_ste_do_not_end_a_sentence() {
        assert_eq!(
            sentences("GM will upgrade its plant in Ste. Therese, Quebec. Output will rise."),
            [
                "GM will upgrade its plant in Ste. Therese, Quebec.",
                "Output will rise."
            ]
        );
    }

    /// Every invariant of the output, for any input.
    fn check_invariants(text: &str) {
        let ranges = split_sentences(text);
        let mut previous_end = 0;
        for r in &ranges {
            assert!(r.start < r.end, "empty range {r:?}");
            assert!(r.start >= previous_end, "overlap or disorder at {r:?}");
            assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            let s = &text[r.clone()];
            assert_eq!(s, s.trim_matches(is_space), "untrimmed {s:?}");
            previous_end = r.end;
        }
        // Nothing but white space is left out.
        let mut covered = String::new();
        let mut last = 0;
        for r in &ranges {
            covered.push_str(&text[last..r.start]);
            last = r.end;
        }
        covered.push_str(&text[last..]);
        assert!(covered.chars().all(is_space), "dropped text: {covered:?}");
    }

    #[test]
    fn next_act_stops_where_a_byte_by_byte_test_stops() {
        each_byte_placement(b"The talks in Riga, with 5 states", |slice, start, case| {
            let found = next_act(slice, start);
            // Any non-ASCII byte may stop it too, but never a byte it skipped.
            let expected = run_while(slice, start, |b| !ACTS[usize::from(b)]);
            assert!(found <= expected, "{case}");
            assert!(found == expected || slice[found] >= 0x80, "{case}");
        });
    }

    #[test]
    fn empty_and_blank_texts_have_no_sentences() {
        assert!(split_sentences("").is_empty());
        assert!(split_sentences(" \n\t\r\n  \u{a0}").is_empty());
    }

    #[test]
    fn text_without_final_punctuation_is_one_sentence() {
        assert_eq!(
            sentences("  Lithuania calls on NATO  "),
            ["Lithuania calls on NATO"]
        );
    }

    #[test]
    fn splits_on_period_question_and_exclamation_marks() {
        assert_eq!(
            sentences("NATO met. Will it act? It must! 2022 was hard."),
            ["NATO met.", "Will it act?", "It must!", "2022 was hard."]
        );
    }

    #[test]
    fn no_split_before_lower_case() {
        assert_eq!(
            sentences("It was 5.5 percent. and more."),
            ["It was 5.5 percent. and more."]
        );
        assert_eq!(sentences("Why? asked nobody."), ["Why? asked nobody."]);
    }

    #[test]
    fn titles_do_not_end_sentences() {
        for title in [
            "Mr.", "Mrs.", "Dr.", "Gen.", "Sen.", "Prof.", "Adm.", "Lt.", "St.",
        ] {
            let text = format!("They met {title} Smith. He left.");
            assert_eq!(sentences(&text).len(), 2, "{text}");
        }
    }

    #[test]
    fn months_and_numbers_do_not_end_sentences() {
        assert_eq!(
            sentences("On Jan. 5 talks began. By Sept. 30 they ended. It was No. 10 Downing St. Mr. Lee came."),
            [
                "On Jan. 5 talks began.",
                "By Sept. 30 they ended.",
                "It was No. 10 Downing St. Mr. Lee came."
            ]
        );
    }

    #[test]
    fn dotted_acronym_before_a_name_does_not_end() {
        assert_eq!(
            sentences(
                "The U.S. Army and the U.N. Security Council met in Washington, D.C. Tuesday."
            ),
            ["The U.S. Army and the U.N. Security Council met in Washington, D.C. Tuesday."]
        );
    }

    #[test]
    fn dotted_acronym_before_an_opener_ends() {
        assert_eq!(
            sentences("Troops arrived in the U.S. The president said so."),
            ["Troops arrived in the U.S.", "The president said so."]
        );
    }

    #[test]
    fn time_before_an_opener_ends() {
        assert_eq!(
            sentences(
                "The talks began at 5 p.m. Officials said little. At 9 a.m. Monday they resumed."
            ),
            [
                "The talks began at 5 p.m.",
                "Officials said little.",
                "At 9 a.m. Monday they resumed."
            ]
        );
    }

    #[test]
    fn latin_abbreviations_do_not_end() {
        assert_eq!(
            sentences("Some states, e.g. Poland, agreed, i.e. Warsaw did. Others did not."),
            [
                "Some states, e.g. Poland, agreed, i.e. Warsaw did.",
                "Others did not."
            ]
        );
    }

    #[test]
    fn initials_do_not_end() {
        assert_eq!(
            sentences("President George W. Bush met J. Smith and A. A. Milne. They talked."),
            [
                "President George W. Bush met J. Smith and A. A. Milne.",
                "They talked."
            ]
        );
    }

    #[test]
    fn single_letter_before_an_opener_ends() {
        assert_eq!(
            sentences("They chose plan B. The plan failed."),
            ["They chose plan B.", "The plan failed."]
        );
    }

    #[test]
    fn company_suffix_ends_only_before_an_opener() {
        assert_eq!(
            sentences("It sued Apple Inc. The court agreed. Acme Co. Ltd. Board members quit."),
            [
                "It sued Apple Inc.",
                "The court agreed.",
                "Acme Co. Ltd. Board members quit."
            ]
        );
    }

    #[test]
    fn every_listed_abbreviation_is_found_and_only_in_its_case() {
        for word in ABBREVIATIONS {
            assert!(is_abbreviation(word), "{word}");
        }
        for word in ["no", "NO", "Mister", "", "M", "Sept.", "Mr\0", "Messrs and"] {
            assert!(!is_abbreviation(word), "{word}");
        }
    }

    #[test]
    fn etc_can_end_a_sentence() {
        assert_eq!(
            sentences("They sent tanks, guns, etc. Russia objected."),
            ["They sent tanks, guns, etc.", "Russia objected."]
        );
    }

    #[test]
    fn quotation_spanning_sentences_is_one_sentence_with_its_attribution() {
        let text = "\"NATO must respond. We should act,\" said Gitanas Nauseda. Russia objected.";
        assert_eq!(
            sentences(text),
            [
                "\"NATO must respond. We should act,\" said Gitanas Nauseda.",
                "Russia objected."
            ]
        );
    }

    #[test]
    fn closing_quote_after_punctuation_ends_the_sentence() {
        assert_eq!(
            sentences("He said: \"We will act.\" Russia objected. \"Why?\" he asked. Nobody knew."),
            [
                "He said: \"We will act.\"",
                "Russia objected.",
                "\"Why?\" he asked.",
                "Nobody knew."
            ]
        );
    }

    #[test]
    fn closing_quote_glued_to_the_next_sentence_ends_it() {
        assert_eq!(
            sentences("He said \"we must act.\"The council agreed. It read \"Stop.\"x"),
            [
                "He said \"we must act.\"",
                "The council agreed.",
                "It read \"Stop.\"x"
            ]
        );
    }

    #[test]
    fn curly_and_guillemet_quotes_are_tracked() {
        assert_eq!(
            sentences("“Stop. Now,” he said. «Never. Ever,» she said. Done."),
            ["“Stop. Now,” he said.", "«Never. Ever,» she said.", "Done."]
        );
    }

    #[test]
    fn single_quotes_are_not_tracked() {
        assert_eq!(
            sentences("He called it 'a disgrace. We will respond.' Moscow denied it."),
            [
                "He called it 'a disgrace.",
                "We will respond.'",
                "Moscow denied it."
            ]
        );
    }

    #[test]
    fn an_inch_mark_does_not_open_a_quotation() {
        assert_eq!(
            sentences("They fired 12\" shells. Kyiv said so."),
            ["They fired 12\" shells.", "Kyiv said so."]
        );
    }

    #[test]
    fn paragraph_break_resets_an_open_quotation() {
        // The first paragraph of a multi-paragraph quotation has no closing
        // mark, so it holds no attribution: its sentences split as usual.
        assert_eq!(
            sentences("He said: \"We will act. Now.\n\n\"Later we rest,\" he said. Then we go."),
            [
                "He said: \"We will act.",
                "Now.",
                "\"Later we rest,\" he said.",
                "Then we go."
            ]
        );
    }

    #[test]
    fn unclosed_quotation_does_not_swallow_the_paragraph() {
        assert_eq!(
            sentences("\"We act now. \"We rest later. The council met on Monday. It agreed."),
            [
                "\"We act now.",
                "\"We rest later.",
                "The council met on Monday.",
                "It agreed."
            ]
        );
    }

    #[test]
    fn free_standing_quote_mark_closes_an_open_quotation() {
        assert_eq!(
            sentences("\"We waited. Nothing came... \" she recalled. Then she left."),
            [
                "\"We waited. Nothing came... \" she recalled.",
                "Then she left."
            ]
        );
    }

    #[test]
    fn bulleted_lines_are_sentences() {
        assert_eq!(
            sentences(
                "Winners:\n- Best film - Vera Drake\n  * Best actor - Jamie Foxx\n• Best song"
            ),
            [
                "Winners:",
                "- Best film - Vera Drake",
                "* Best actor - Jamie Foxx",
                "• Best song"
            ]
        );
    }

    #[test]
    fn headline_followed_by_blank_line_is_a_sentence() {
        assert_eq!(
            sentences("NATO warns Russia\n \t\nMoscow denied it. Kyiv did not."),
            ["NATO warns Russia", "Moscow denied it.", "Kyiv did not."]
        );
    }

    #[test]
    fn hard_wrapped_lines_join() {
        assert_eq!(
            sentences("Lithuania called on\nNATO to deploy troops.\nThe alliance\nagreed."),
            [
                "Lithuania called on\nNATO to deploy troops.",
                "The alliance\nagreed."
            ]
        );
    }

    #[test]
    fn crlf_line_endings() {
        assert_eq!(
            sentences("Headline here\r\n\r\nFirst one\r\nwraps. Second.\r\n"),
            ["Headline here", "First one\r\nwraps.", "Second."]
        );
    }

    #[test]
    fn closing_brackets_stay_with_the_sentence() {
        assert_eq!(
            sentences("NATO met (in Riga.) Russia objected. (Kyiv did not.) Fine."),
            [
                "NATO met (in Riga.)",
                "Russia objected.",
                "(Kyiv did not.)",
                "Fine."
            ]
        );
    }

    #[test]
    fn ellipsis_and_numbers() {
        assert_eq!(
            sentences("Wait... Then it came. It cost 2.5 bn. 100,000 fled."),
            [
                "Wait...",
                "Then it came.",
                "It cost 2.5 bn.",
                "100,000 fled."
            ]
        );
    }

    #[test]
    fn long_unpunctuated_line_is_cut_after_4_kib() {
        let text = "word ".repeat(3000); // 15,000 bytes
        let ranges = split_sentences(&text);
        check_invariants(&text);
        assert_eq!(ranges.len(), 4);
        for r in &ranges[..3] {
            assert!(r.len() > SOFT_MAX_SENTENCE_BYTES && r.len() < SOFT_MAX_SENTENCE_BYTES + 6);
            assert!(text[r.clone()].ends_with("word"));
        }
    }

    #[test]
    fn huge_line_without_any_space_is_cut_too() {
        let text = "é".repeat(50_000);
        check_invariants(&text);
        let ranges = split_sentences(&text);
        assert!(ranges.len() >= 3);
        assert!(ranges
            .iter()
            .all(|r| r.len() <= HARD_MAX_SENTENCE_BYTES + 4));
    }

    #[test]
    fn ten_megabyte_line_does_not_panic() {
        let text = "x ".repeat(5 * 1024 * 1024);
        let ranges = split_sentences(&text);
        assert!(ranges.len() > 2000);
        check_invariants(&text);
    }

    #[test]
    fn non_ascii_text_keeps_char_boundaries() {
        let text = "Эрдоган сказал. Ördek geldi! 北约开会。 Nause\u{301}da spoke. 🇱🇹 Done… Ok? É.";
        check_invariants(text);
        assert_eq!(
            sentences(text),
            [
                "Эрдоган сказал.",
                "Ördek geldi!",
                "北约开会。 Nause\u{301}da spoke. 🇱🇹 Done… Ok?",
                "É."
            ]
        );
    }

    #[test]
    fn non_breaking_space_counts_as_white_space() {
        assert_eq!(sentences("One.\u{a0}Two.\u{a0}"), ["One.", "Two."]);
    }

    #[test]
    fn awkward_inputs_keep_invariants() {
        let inputs = [
            ".",
            "..",
            "?!",
            "\"",
            "“",
            "”",
            "\n\n\n",
            "a.\n\nb",
            ". A",
            "\" . \" A",
            "U.S.",
            "Mr.",
            "x.\"",
            "A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q. The end.",
            "\u{0}\u{7}.\u{1b} X",
            "e\u{301}.\u{301} A",
            "👍🏽. 👍🏽! 👨‍👩‍👧?",
            "a\r\rb. C",
            "»« «» „“",
            "\u{feff}Start. End.",
            "...\"...\"... A",
        ];
        for text in inputs {
            check_invariants(text);
        }
    }

    #[test]
    fn random_texts_keep_invariants() {
        for text in random_texts(5000) {
            check_invariants(&text);
        }
    }

    #[test]
    fn seed_article() {
        let s = sentences(SEED);
        assert_eq!(s.len(), 17, "{s:#?}");
        assert_eq!(
            s[0],
            "Lithuania calls on NATO to strengthen its military potential near Russia's borders"
        );
        assert!(
            s[1].starts_with("Lithuania called on NATO") && s[1].ends_with("Ukrainian borders.")
        );
        assert!(s[2].starts_with("\"NATO must respond"));
        assert!(s[2].ends_with("Ivano-Frankivsk region."));
        assert!(s[5].starts_with("\"First of all, NATO must respond"));
        assert!(s[5].ends_with(",\" he said."));
        assert!(s[7].starts_with("\"We should not discuss"));
        assert!(s[7].ends_with("the President of Lithuania concluded."));
        assert!(s[10].starts_with("US Under Secretary of State Victoria Nuland"));
        assert!(s[12].starts_with("Moscow constantly denies"));
        assert_eq!(s[16], "Lithuania, NATO, Russia");
        check_invariants(SEED);
    }
}
