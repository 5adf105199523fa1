//! The common JSON Lines record read by hand: an object whose `text` is a string,
//! whose `id`, `date`, `title` and `source` are strings or null, and whose other
//! fields hold strings, arrays, objects, booleans or null.
//!
//! Reading a news corpus is mostly copying article text out of JSON strings; serde_json
//! spends a third of its time on everything around that (field names, ignored fields,
//! buffers it grows for every line). Anything this reader does not know for certain (a number, an escaped field name, a repeated
//! field, a surrogate escape, deep nesting, a syntax error) makes it give up, and
//! serde_json reads the line instead, so the two always agree.

use std::borrow::Cow;

use super::jsonl::{BorrowedStr, PlainRecord};

/// Nesting deeper than this is left to serde_json and its own limit.
const MAX_DEPTH: usize = 32;

/// The record on `line`, or `None` to have serde_json read it. `scratch` is reused
/// from line to line for strings with escapes.
pub(super) fn parse<'l>(line: &'l str, scratch: &mut String) -> Option<PlainRecord<'l>> {
    let mut r = Reader {
        line,
        bytes: line.as_bytes(),
        at: 0,
        scratch,
    };
    r.record()
}

struct Reader<'l, 's> {
    line: &'l str,
    bytes: &'l [u8],
    at: usize,
    scratch: &'s mut String,
}

impl<'l> Reader<'l, '_> {
    fn record(&mut self) -> Option<PlainRecord<'l>> {
        let (mut text, mut id, mut date, mut title, mut source) = (None, None, None, None, None);
        self.expect(b'{')?;
        if !self.eat(b'}') {
            loop {
                let key = self.string()?;
                self.expect(b':')?;
                match key {
                    Cow::Borrowed("text") => set_once(&mut text, self.owned_string()?)?,
                    Cow::Borrowed("id") => set_once(&mut id, self.optional_string()?)?,
                    Cow::Borrowed("date") => set_once(&mut date, self.optional_string()?)?,
                    Cow::Borrowed("title") => {
                        set_once(&mut title, self.optional_string()?.map(own))?
                    }
                    Cow::Borrowed("source") => {
                        set_once(&mut source, self.optional_string()?.map(own))?
                    }
                    // A field name with escapes may spell a known one: serde_json decides.
                    Cow::Owned(_) => return None,
                    Cow::Borrowed(_) => self.skip_value(1)?,
                }
                if self.eat(b'}') {
                    break;
                }
                self.expect(b',')?;
            }
        }
        self.skip_white_space();
        (self.at == self.bytes.len()).then_some(())?;
        Some(PlainRecord {
            text: text?,
            id: id.flatten().map(BorrowedStr),
            date: date.flatten().map(BorrowedStr),
            title: title.flatten(),
            source: source.flatten(),
        })
    }

    fn skip_white_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    /// Skips white space; consumes `b` if it comes next.
    fn eat(&mut self, b: u8) -> bool {
        self.skip_white_space();
        let found = self.bytes.get(self.at) == Some(&b);
        self.at += usize::from(found);
        found
    }

    fn expect(&mut self, b: u8) -> Option<()> {
        self.eat(b).then_some(())
    }

    fn eat_word(&mut self, word: &[u8]) -> Option<()> {
        let found = self.bytes.get(self.at..)?.starts_with(word);
        self.at += word.len();
        found.then_some(())
    }

    /// A string or null.
    fn optional_string(&mut self) -> Option<Option<Cow<'l, str>>> {
        self.skip_white_space();
        if self.bytes.get(self.at) == Some(&b'n') {
            self.eat_word(b"null")?;
            return Some(None);
        }
        self.string().map(Some)
    }

    fn owned_string(&mut self) -> Option<String> {
        self.string().map(own)
    }

    /// A string, borrowed from the line unless it holds escapes.
    fn string(&mut self) -> Option<Cow<'l, str>> {
        Some(match self.scan_string()? {
            Some(start) => Cow::Borrowed(self.line.get(start..self.at - 1)?),
            None => Cow::Owned(self.scratch.clone()),
        })
    }

    /// Checks the string that comes next and moves past it. Returns where its content
    /// starts if it holds no escapes; otherwise the content is in `scratch`.
    fn scan_string(&mut self) -> Option<Option<usize>> {
        self.expect(b'"')?;
        let start = self.at;
        self.at = special_byte(self.bytes, start);
        if self.bytes.get(self.at) == Some(&b'"') {
            self.at += 1;
            return Some(Some(start));
        }
        self.scratch.clear();
        self.scratch.push_str(self.line.get(start..self.at)?);
        loop {
            match *self.bytes.get(self.at)? {
                b'"' => {
                    self.at += 1;
                    return Some(None);
                }
                b'\\' => {
                    let c = self.escape()?;
                    self.scratch.push(c);
                }
                // A control character, which JSON strings may not hold.
                _ => return None,
            }
            let from = self.at;
            self.at = special_byte(self.bytes, from);
            self.scratch.push_str(self.line.get(from..self.at)?);
        }
    }

    /// The char an escape at the current backslash stands for.
    fn escape(&mut self) -> Option<char> {
        let kind = *self.bytes.get(self.at + 1)?;
        self.at += 2;
        Some(match kind {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let hex = self.line.get(self.at..self.at + 4)?;
                // `from_str_radix` would also take a sign.
                if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return None;
                }
                self.at += 4;
                // Surrogates (pairs or lone) are left to serde_json.
                char::from_u32(u32::from_str_radix(hex, 16).ok()?)?
            }
            _ => return None,
        })
    }

    /// Skips a value that is not a number, checking it as serde_json would.
    fn skip_value(&mut self, depth: usize) -> Option<()> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip_white_space();
        match *self.bytes.get(self.at)? {
            b'"' => self.scan_string().map(drop),
            b'n' => self.eat_word(b"null"),
            b't' => self.eat_word(b"true"),
            b'f' => self.eat_word(b"false"),
            b'[' => {
                self.at += 1;
                if self.eat(b']') {
                    return Some(());
                }
                loop {
                    self.skip_value(depth + 1)?;
                    if self.eat(b']') {
                        return Some(());
                    }
                    self.expect(b',')?;
                }
            }
            b'{' => {
                self.at += 1;
                if self.eat(b'}') {
                    return Some(());
                }
                loop {
                    self.scan_string()?;
                    self.expect(b':')?;
                    self.skip_value(depth + 1)?;
                    if self.eat(b'}') {
                        return Some(());
                    }
                    self.expect(b',')?;
                }
            }
            _ => None,
        }
    }
}

fn own(s: Cow<'_, str>) -> String {
    s.into_owned()
}

/// A repeated field is left to serde_json (through `Value`, the last one wins).
fn set_once<T>(slot: &mut Option<T>, value: T) -> Option<()> {
    slot.is_none().then(|| *slot = Some(value))
}

/// The first byte from `i` on that ends a run of plain string content: a quote, a
/// backslash or a control character; or the end of `bytes`.
///
/// Eight bytes at a time: the zero-byte test on the word XOR the quote and on the
/// word XOR the backslash, and the less-than test for control characters. Each
/// test's lowest hit is exact, so the lowest of all of them is.
fn special_byte(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    let below = |word: u64, n: u8| word.wrapping_sub(ONES * u64::from(n)) & !word & HIGHS;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let found = below(word ^ (ONES * u64::from(b'"')), 1)
            | below(word ^ (ONES * u64::from(b'\\')), 1)
            | below(word, 0x20);
        if found != 0 {
            return i + (found.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while bytes
        .get(i)
        .is_some_and(|&b| b != b'"' && b != b'\\' && b >= 0x20)
    {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::input::jsonl::{parse_with_serde, JsonlSource, MAX_LINE_BYTES};
    use crate::text::test_support::{each_byte_placement, run_while, XorShift};

    fn source() -> JsonlSource<'static> {
        JsonlSource {
            path: Path::new("feed.jsonl"),
            stem: "feed",
            default_date: Some("2020-01-01"),
            skip_bad: false,
            max_line_bytes: MAX_LINE_BYTES,
        }
    }

    /// Reads `line` by hand if it can; checks that serde_json reads it the same.
    fn read_both(line: &str) -> Option<Result<crate::input::Document, String>> {
        let record = parse(line, &mut String::new())?;
        let by_hand = record.into_document(&source(), 7, &mut None);
        assert_eq!(
            by_hand,
            parse_with_serde(&source(), 7, line, &mut None),
            "{line}"
        );
        Some(by_hand)
    }

    #[test]
    fn reads_the_common_shape() {
        let line = concat!(
            r#" { "id" : "r-1", "title": "T \"q\"", "date": "1987-02-26T15:01:01","#,
            r#""places": ["usa", {"a": [true, false, null]}], "x": {}, "y": [],"#,
            r#""text": "A\nb \u00e9\u2019 \\ \/ \b\f\r\t é 北", "source": null } "#,
        );
        let document = read_both(line).unwrap().unwrap();
        assert_eq!(document.id, "r-1");
        assert_eq!(document.title.as_deref(), Some("T \"q\""));
        assert_eq!(document.date.as_deref(), Some("1987-02-26"));
        assert_eq!(document.text, "A\nb é’ \\ / \u{8}\u{c}\r\t é 北");
        assert_eq!(document.source, None);
        let bare = read_both(r#"{"text":"x","id":""}"#).unwrap().unwrap();
        assert_eq!(bare.id, "feed:7");
        assert_eq!(bare.date.as_deref(), Some("2020-01-01"));
    }

    #[test]
    fn leaves_to_serde_json_what_it_is_not_sure_of() {
        for line in [
            r#"{"text": "x", "n": 1}"#,
            r#"{"text": "x", "id": 7}"#,
            r#"{"text": "x", "text": "y"}"#,
            r#"{"te\u0078t": "x"}"#,
            r#"{"text": "\ud83d\ude00"}"#,
            r#"{"text": "\ud83d"}"#,
            "{\"text\": \"a\u{1}b\"}",
            r#"{"text": "x",}"#,
            r#"{"text": "x"} x"#,
            r#"{"text": "x", "a": nul}"#,
            r#"{"text": "\x"}"#,
            r#"{"text": "\u00g1"}"#,
            r#"{"text": "\u+0a1"}"#,
            r#"{"text": null}"#,
            r#"{"id": "x"}"#,
            r#"["x"]"#,
            r#"{"text": "x", "a": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"#,
            r#"{"text": "unterminated}"#,
            "",
        ] {
            assert!(parse(line, &mut String::new()).is_none(), "{line}");
        }
    }

    /// Deterministic pseudo-random records (xorshift; no dependency needed) from
    /// pieces that matter to the rules: every field in every JSON form, escapes,
    /// white space, repeats and syntax errors.
    fn random_lines(count: usize) -> Vec<String> {
        let mut rng = XorShift::new(0x2545_F491_4F6C_DD1D);
        let mut next = move |n: usize| rng.below(n);
        const KEYS: &[&str] = &[
            "text", "id", "date", "title", "source", "places", "topics", "x", "",
        ];
        const STRINGS: &[&str] = &[
            r#""""#,
            r#""plain text""#,
            r#""line\nbreak""#,
            r#""q \" b \\ s \/""#,
            r#""\u00e9\u2019\u0000\uFFFF""#,
            r#""\ud83d\ude00""#,
            r#""é 北 🇱🇹""#,
            r#""1987-02-26""#,
            r#""2021-02-30""#,
            r#""1987-02-26T15:01:01""#,
            "\"tab\there\"",
            r#""bad \q""#,
        ];
        const OTHERS: &[&str] = &[
            "null",
            "true",
            "false",
            "1",
            "-2.5e3",
            "1e400",
            "[]",
            "{}",
            r#"["a", ["b"]]"#,
            r#"{"k": "v", "n": null}"#,
            r#"{"k" "v"}"#,
            "[1,]",
            "nul",
        ];
        const SPACE: &[&str] = &["", "", " ", "  ", "\t", "\r"];
        (0..count)
            .map(|_| {
                let mut line = String::from(SPACE[next(SPACE.len())]);
                line.push('{');
                let with_text = next(4) > 0;
                if with_text {
                    line.push_str(&format!("\"text\": {}", STRINGS[next(STRINGS.len())]));
                }
                for k in 0..next(6) {
                    if k > 0 || with_text {
                        line.push_str(SPACE[next(SPACE.len())]);
                        line.push(',');
                    }
                    line.push_str(SPACE[next(SPACE.len())]);
                    line.push_str(&format!("\"{}\"", KEYS[next(KEYS.len())]));
                    line.push_str(SPACE[next(SPACE.len())]);
                    line.push(':');
                    line.push_str(SPACE[next(SPACE.len())]);
                    if next(3) > 0 {
                        line.push_str(STRINGS[next(STRINGS.len())]);
                    } else {
                        line.push_str(OTHERS[next(OTHERS.len())]);
                    }
                }
                line.push_str(SPACE[next(SPACE.len())]);
                line.push('}');
                if next(20) == 0 {
                    line.push_str(" x");
                }
                line
            })
            .collect()
    }

    #[test]
    fn whatever_it_reads_serde_json_reads_the_same() {
        let mut read = 0;
        for line in random_lines(20_000) {
            if read_both(&line).is_some() {
                read += 1;
            }
        }
        assert!(read > 2_000, "only {read} of 20,000 lines read by hand");
    }

    #[test]
    fn special_byte_stops_where_a_byte_by_byte_test_stops() {
        each_byte_placement(b"The talks in Riga, with 5 states", |slice, start, case| {
            assert_eq!(
                special_byte(slice, start),
                run_while(slice, start, |b| b != b'"' && b != b'\\' && b >= 0x20),
                "{case}"
            );
        });
    }
}
