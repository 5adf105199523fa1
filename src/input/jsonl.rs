//! JSON Lines: one news record per line, read as a stream so a large corpus never has to
//! fit in memory as one string.

use std::borrow::Cow;
use std::io::{BufRead, Read};
use std::path::Path;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use super::date::parse_date_or_timestamp;
use super::plain;
use super::{Document, InputWarning};
use crate::Error;

/// Longest line accepted. A longer one is far beyond any news article and most likely a
/// broken file; refusing it keeps memory bounded.
pub(crate) const MAX_LINE_BYTES: usize = 64 * 1024 * 1024;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Where the lines come from and what fills the gaps in a record.
pub(crate) struct JsonlSource<'a> {
    /// Named in errors and warnings.
    pub path: &'a Path,
    /// Prefix of the id given to a record without one: `<stem>:<line>`.
    pub stem: &'a str,
    /// Date of a record without a `date` field.
    pub default_date: Option<&'a str>,
    /// Turn a bad line into a warning instead of an error.
    pub skip_bad: bool,
    pub max_line_bytes: usize,
}

/// Reads every record of `reader`, handing each to `on_document` as it is read;
/// blank lines are skipped silently.
pub(crate) fn read_jsonl<R: BufRead>(
    source: &JsonlSource<'_>,
    mut reader: R,
    on_warning: &mut dyn FnMut(InputWarning),
    on_document: &mut dyn FnMut(Document) -> Result<(), Error>,
) -> Result<(), Error> {
    let mut buffer = Vec::new();
    let mut scratch = String::new();
    let mut bad_date = None;
    for line_number in 1.. {
        buffer.clear();
        let limit = source.max_line_bytes.saturating_add(1) as u64;
        let read = (&mut reader)
            .take(limit)
            .read_until(b'\n', &mut buffer)
            .map_err(|e| io_error(source.path, e))?;
        if read == 0 {
            break;
        }
        let parsed = if buffer.len() > source.max_line_bytes && buffer.last() != Some(&b'\n') {
            discard_rest_of_line(&mut reader).map_err(|e| io_error(source.path, e))?;
            Err(format!("line longer than {} bytes", source.max_line_bytes))
        } else {
            let line = line_content(&buffer, line_number == 1);
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let text = decode_line(source.path, line_number, line, on_warning);
            parse_record(source, line_number, &text, &mut scratch, &mut bad_date)
        };
        let undated = bad_date.take();
        match parsed {
            Ok(document) => {
                if let Some(message) = undated {
                    on_warning(InputWarning::UndatedRecord {
                        path: source.path.to_path_buf(),
                        line: line_number,
                        message,
                    });
                }
                on_document(document)?
            }
            Err(message) if source.skip_bad => on_warning(InputWarning::SkippedLine {
                path: source.path.to_path_buf(),
                line: line_number,
                message,
            }),
            Err(message) => {
                return Err(Error::BadJsonLine {
                    path: source.path.to_path_buf(),
                    line: line_number,
                    message,
                })
            }
        }
    }
    Ok(())
}

/// The line without its `\n` / `\r\n` ending, and without a byte-order mark on the first line.
fn line_content(raw: &[u8], first_line: bool) -> &[u8] {
    let line = raw.strip_suffix(b"\n").unwrap_or(raw);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    match first_line {
        true => line.strip_prefix(BOM).unwrap_or(line),
        false => line,
    }
}

/// Skips to just past the next newline without keeping the bytes.
fn discard_rest_of_line<R: BufRead>(reader: &mut R) -> std::io::Result<()> {
    loop {
        let available = reader.fill_buf()?;
        if available.is_empty() {
            return Ok(());
        }
        match available.iter().position(|&b| b == b'\n') {
            Some(newline) => {
                reader.consume(newline + 1);
                return Ok(());
            }
            None => {
                let len = available.len();
                reader.consume(len);
            }
        }
    }
}

/// Invalid UTF-8 is replaced rather than fatal: one bad byte in a scraped article should
/// not cost the whole record, and serde_json parses the repaired line.
fn decode_line<'l>(
    path: &Path,
    line_number: usize,
    line: &'l [u8],
    on_warning: &mut dyn FnMut(InputWarning),
) -> Cow<'l, str> {
    // `from_utf8` checks a word at a time; `from_utf8_lossy` only pays off on bad bytes.
    match std::str::from_utf8(line) {
        Ok(text) => Cow::Borrowed(text),
        Err(e) => {
            on_warning(InputWarning::LossyUtf8 {
                path: path.to_path_buf(),
                line: Some(line_number),
                offset: e.valid_up_to(),
            });
            Cow::Owned(String::from_utf8_lossy(line).into_owned())
        }
    }
}

/// One record, or the reason the line is bad.
///
/// The common shape (an object whose `id`, `date`, `title` and `source` are strings or
/// null, each field once) is read straight into the document: by hand ([`plain`]) when
/// it holds no numbers, otherwise by serde_json. Anything else goes through a
/// `serde_json::Value`, which accepts exactly the same records and names the problem
/// when there is one.
fn parse_record(
    source: &JsonlSource<'_>,
    line_number: usize,
    line: &str,
    scratch: &mut String,
    bad_date: &mut Option<String>,
) -> Result<Document, String> {
    match plain::parse(line, scratch) {
        Some(record) => record.into_document(source, line_number, bad_date),
        None => parse_with_serde(source, line_number, line, bad_date),
    }
}

/// Any record serde_json reads: the common shape through a visitor that keeps only
/// the fields a document needs, anything else through a `Value`.
pub(super) fn parse_with_serde(
    source: &JsonlSource<'_>,
    line_number: usize,
    line: &str,
    bad_date: &mut Option<String>,
) -> Result<Document, String> {
    match serde_json::from_str::<PlainRecord>(line) {
        Ok(record) => record.into_document(source, line_number, bad_date),
        Err(e) if e.to_string().starts_with(REPEATED) => {
            let message = e.to_string();
            let field = message.split(" at line ").next().unwrap_or(REPEATED);
            Err(format!("{field}: which value is meant cannot be known"))
        }
        Err(_) => parse_any_record(source, line_number, line, bad_date),
    }
}

/// How a field that appears twice in a record is reported.
const REPEATED: &str = "repeated field";

/// Longest record `id`, in bytes: ids name documents in every output.
pub(crate) const MAX_ID_BYTES: usize = 256;

fn check_id(id: String) -> Result<String, String> {
    if id.len() > MAX_ID_BYTES {
        Err(format!(
            "`id` is {} bytes long, more than {MAX_ID_BYTES}",
            id.len()
        ))
    } else {
        Ok(id)
    }
}

/// A record in the common shape, strings borrowed from the line where they hold no escapes.
pub(super) struct PlainRecord<'l> {
    pub text: String,
    pub id: Option<BorrowedStr<'l>>,
    pub date: Option<BorrowedStr<'l>>,
    pub title: Option<String>,
    pub source: Option<String>,
}

impl PlainRecord<'_> {
    pub(super) fn into_document(
        self,
        source: &JsonlSource<'_>,
        line_number: usize,
        bad_date: &mut Option<String>,
    ) -> Result<Document, String> {
        let id = match self.id {
            Some(BorrowedStr(id)) if !id.is_empty() => id.into_owned(),
            _ => format!("{}:{line_number}", source.stem),
        };
        Ok(Document {
            id: check_id(id)?,
            text: self.text,
            date: record_date(self.date.as_ref().map(|d| d.0.as_ref()), source, bad_date)?,
            title: self.title,
            source: self.source,
        })
    }
}

impl<'de> Deserialize<'de> for PlainRecord<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(PlainRecordVisitor)
    }
}

struct PlainRecordVisitor;

impl<'de> Visitor<'de> for PlainRecordVisitor {
    type Value = PlainRecord<'de>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut text = None;
        let mut id = None;
        let mut date = None;
        let mut title = None;
        let mut source = None;
        while let Some(field) = map.next_key::<Field>()? {
            // A repeated field is a bad record: which one is meant cannot be known.
            match field {
                Field::Text => set_once(&mut text, "text", map.next_value::<String>()?)?,
                Field::Id => {
                    set_once(&mut id, "id", map.next_value::<Option<BorrowedStr<'de>>>()?)?
                }
                Field::Date => set_once(
                    &mut date,
                    "date",
                    map.next_value::<Option<BorrowedStr<'de>>>()?,
                )?,
                Field::Title => set_once(&mut title, "title", map.next_value::<Option<String>>()?)?,
                Field::Source => {
                    set_once(&mut source, "source", map.next_value::<Option<String>>()?)?
                }
                Field::Other => {
                    map.next_value::<CheckedValue>()?;
                }
            }
        }
        Ok(PlainRecord {
            text: text.ok_or_else(|| de::Error::missing_field("text"))?,
            id: id.flatten(),
            date: date.flatten(),
            title: title.flatten(),
            source: source.flatten(),
        })
    }
}

/// A record whose fields of [`Field`] each appear at most once.
struct FieldsOnce;

impl<'de> Deserialize<'de> for FieldsOnce {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(FieldsOnce)
    }
}

impl<'de> Visitor<'de> for FieldsOnce {
    type Value = FieldsOnce;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut seen = [None; 5];
        while let Some(field) = map.next_key::<Field>()? {
            map.next_value::<CheckedValue>()?;
            let (slot, name) = match field {
                Field::Text => (0, "text"),
                Field::Id => (1, "id"),
                Field::Date => (2, "date"),
                Field::Title => (3, "title"),
                Field::Source => (4, "source"),
                Field::Other => continue,
            };
            set_once(&mut seen[slot], name, ())?;
        }
        Ok(FieldsOnce)
    }
}

/// The record fields [`PlainRecord`] reads; the others are only checked.
enum Field {
    Text,
    Id,
    Date,
    Title,
    Source,
    Other,
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(FieldVisitor)
    }
}

struct FieldVisitor;

impl Visitor<'_> for FieldVisitor {
    type Value = Field;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E>(self, name: &str) -> Result<Field, E> {
        Ok(match name {
            "text" => Field::Text,
            "id" => Field::Id,
            "date" => Field::Date,
            "title" => Field::Title,
            "source" => Field::Source,
            _ => Field::Other,
        })
    }
}

/// A string that borrows from the line when it holds no escapes (serde's own
/// `Cow<str>` always copies).
pub(super) struct BorrowedStr<'l>(pub Cow<'l, str>);

impl<'de> Deserialize<'de> for BorrowedStr<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(BorrowedStrVisitor)
    }
}

struct BorrowedStrVisitor;

impl<'de> Visitor<'de> for BorrowedStrVisitor {
    type Value = BorrowedStr<'de>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Self::Value, E> {
        Ok(BorrowedStr(Cow::Borrowed(s)))
    }

    fn visit_str<E>(self, s: &str) -> Result<Self::Value, E> {
        Ok(BorrowedStr(Cow::Owned(s.to_string())))
    }
}

fn set_once<T, E: de::Error>(slot: &mut Option<T>, name: &str, value: T) -> Result<(), E> {
    match slot {
        Some(_) => Err(E::custom(format!("{REPEATED} `{name}`"))),
        None => {
            *slot = Some(value);
            Ok(())
        }
    }
}

/// Any JSON value, checked the way `serde_json::Value` checks it (numbers in range,
/// nesting depth) but kept nowhere: unknown fields must not turn a record the `Value`
/// path rejects into one the fast path accepts.
struct CheckedValue;

impl<'de> Deserialize<'de> for CheckedValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(CheckedValue)
    }
}

impl<'de> Visitor<'de> for CheckedValue {
    type Value = CheckedValue;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self, E> {
        Ok(self)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Self, E> {
        Ok(self)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Self, E> {
        Ok(self)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Self, E> {
        Ok(self)
    }

    fn visit_str<E>(self, _: &str) -> Result<Self, E> {
        Ok(self)
    }

    fn visit_unit<E>(self) -> Result<Self, E> {
        Ok(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self, A::Error> {
        while seq.next_element::<CheckedValue>()?.is_some() {}
        Ok(self)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self, A::Error> {
        while map.next_entry::<CheckedKey, CheckedValue>()?.is_some() {}
        Ok(self)
    }
}

/// An object key, read without keeping it.
struct CheckedKey;

impl<'de> Deserialize<'de> for CheckedKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_str(CheckedValue)
            .map(|_| CheckedKey)
    }
}

/// One record of any shape, or the reason the line is bad.
fn parse_any_record(
    source: &JsonlSource<'_>,
    line_number: usize,
    line: &str,
    bad_date: &mut Option<String>,
) -> Result<Document, String> {
    let value: Value = serde_json::from_str(line).map_err(|e| json_message(&e))?;
    if value.is_object() {
        if let Err(e) = serde_json::from_str::<FieldsOnce>(line) {
            let message = e.to_string();
            let field = message.split(" at line ").next().unwrap_or(REPEATED);
            return Err(format!("{field}: which value is meant cannot be known"));
        }
    }
    let Value::Object(record) = value else {
        return Err(format!("expected a JSON object, found {}", kind(&value)));
    };
    let text = match record.get("text") {
        Some(Value::String(text)) => text.clone(),
        Some(other) => return Err(format!("`text` must be a string, found {}", kind(other))),
        None => return Err("missing field `text`".to_string()),
    };
    let id = match record.get("id") {
        Some(Value::String(id)) if !id.is_empty() => id.clone(),
        Some(Value::Number(id)) => id.to_string(),
        None | Some(Value::Null) | Some(Value::String(_)) => {
            format!("{}:{line_number}", source.stem)
        }
        Some(other) => {
            return Err(format!(
                "`id` must be a string or a number, found {}",
                kind(other)
            ))
        }
    };
    let date = record_date(
        optional_string(&record, "date")?.as_deref(),
        source,
        bad_date,
    )?;
    Ok(Document {
        id: check_id(id)?,
        text,
        date,
        title: optional_string(&record, "title")?,
        source: optional_string(&record, "source")?,
    })
}

/// The record's date as YYYY-MM-DD, or the source's default date when it has none.
///
/// An unreadable date is an error, or with `skip_bad` no date at all: the
/// record is kept and the reason goes to `bad_date` for a warning (one bad
/// field should not cost the whole article).
fn record_date(
    raw: Option<&str>,
    source: &JsonlSource<'_>,
    bad_date: &mut Option<String>,
) -> Result<Option<String>, String> {
    match raw {
        Some(raw) => match parse_date_or_timestamp(raw) {
            Some(date) => Ok(Some(date)),
            None => {
                let message =
                    format!("invalid `date` {raw:?}: expected YYYY-MM-DD or an ISO timestamp");
                if !source.skip_bad {
                    return Err(message);
                }
                *bad_date = Some(message);
                Ok(None)
            }
        },
        None => Ok(source.default_date.map(str::to_string)),
    }
}

/// A field that may be absent or null, but is a string when present.
fn optional_string(record: &Map<String, Value>, field: &str) -> Result<Option<String>, String> {
    match record.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(format!("`{field}` must be a string, found {}", kind(other))),
    }
}

/// serde_json's message, with its "line 1" dropped: the line is already in the error and a
/// single-line parse always says 1.
fn json_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let message = match full.rfind(" at line ") {
        Some(at) if e.line() > 0 => &full[..at],
        _ => full.as_str(),
    };
    match e.line() {
        0 => format!("invalid JSON: {message}"),
        _ => format!("invalid JSON: {message} at column {}", e.column()),
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn io_error(path: &Path, source: std::io::Error) -> Error {
    Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn source(path: &Path) -> JsonlSource<'_> {
        JsonlSource {
            path,
            stem: "feed",
            default_date: Some("2020-01-01"),
            skip_bad: false,
            max_line_bytes: MAX_LINE_BYTES,
        }
    }

    fn read(
        source: &JsonlSource<'_>,
        input: &[u8],
    ) -> (Result<Vec<Document>, Error>, Vec<InputWarning>) {
        let mut warnings = Vec::new();
        let mut documents = Vec::new();
        let result = read_jsonl(source, input, &mut |w| warnings.push(w), &mut |d| {
            documents.push(d);
            Ok(())
        });
        (result.map(|()| documents), warnings)
    }

    #[test]
    fn reads_fields_and_fills_gaps() {
        let path = PathBuf::from("feed.jsonl");
        let input = concat!(
            "{\"id\":\"a\",\"text\":\"One.\",\"date\":\"2021-12-20\",\"title\":\"T\",\"source\":\"S\",\"extra\":[1]}\n",
            "{\"text\":\"Two.\"}\n",
            "{\"id\":7,\"text\":\"Three.\",\"date\":null,\"title\":null}\n",
        );
        let (result, warnings) = read(&source(&path), input.as_bytes());
        let documents = result.unwrap();
        assert!(warnings.is_empty());
        assert_eq!(
            documents[0],
            Document {
                id: "a".into(),
                text: "One.".into(),
                date: Some("2021-12-20".into()),
                title: Some("T".into()),
                source: Some("S".into()),
            }
        );
        assert_eq!(documents[1].id, "feed:2");
        assert_eq!(documents[1].date.as_deref(), Some("2020-01-01"));
        assert_eq!(documents[2].id, "7");
        assert_eq!(documents[2].date.as_deref(), Some("2020-01-01"));
        assert_eq!(documents[2].title, None);
    }

    #[test]
    fn a_repeated_field_is_a_bad_record() {
        let path = PathBuf::from("feed.jsonl");
        for input in [
            "{\"text\":\"first\",\"id\":\"a\",\"text\":\"second\"}\n",
            "{\"text\":\"t\",\"id\":\"a\",\"id\":\"b\"}\n",
            "{\"text\":\"t\",\"id\":1,\"id\":2}\n",
        ] {
            let (result, _) = read(&source(&path), input.as_bytes());
            let err = result.unwrap_err().to_string();
            assert!(err.contains("repeated field"), "{input}: {err}");
        }
    }

    #[test]
    fn unusual_records_read_as_the_common_ones_do() {
        let path = PathBuf::from("feed.jsonl");
        let input = concat!(
            "{\"text\":\"second\",\"id\":\"a\",\"extra\":1,\"extra\":2}\n",
            // Escaped field names and values.
            "{\"te\\u0078t\":\"x\\ny\",\"id\":\"b\\\"c\",\"date\":\"1987-02-26T15:01:01\"}\n",
            // Unknown fields of every kind are ignored.
            "{\"topics\":[\"grain\",{\"k\":[1,-2,3.5e3,true,null]}],\"id\":\"\",\"text\":\"t\"}\n",
        );
        let (result, warnings) = read(&source(&path), input.as_bytes());
        let documents = result.unwrap();
        assert!(warnings.is_empty());
        assert_eq!(
            (documents[0].id.as_str(), documents[0].text.as_str()),
            ("a", "second")
        );
        assert_eq!(
            (documents[1].id.as_str(), documents[1].text.as_str()),
            ("b\"c", "x\ny")
        );
        assert_eq!(documents[1].date.as_deref(), Some("1987-02-26"));
        assert_eq!(
            (documents[2].id.as_str(), documents[2].text.as_str()),
            ("feed:3", "t")
        );
    }

    #[test]
    fn unknown_fields_are_checked_like_known_ones() {
        let path = PathBuf::from("feed.jsonl");
        for (line, expected) in [
            ("{\"text\": \"x\", \"n\": 1e400}", "number out of range"),
            ("[\"x\"]", "expected a JSON object, found an array"),
            ("{\"text\": \"x\"} {}", "trailing characters"),
        ] {
            let (result, _) = read(&source(&path), line.as_bytes());
            let message = result.unwrap_err().to_string();
            assert!(message.contains(expected), "{line}: {message}");
        }
    }

    #[test]
    fn each_kind_of_bad_record_names_its_problem() {
        let path = PathBuf::from("feed.jsonl");
        for (line, expected) in [
            (
                "{\"text\": \"x\",}",
                "invalid JSON: trailing comma at column 14",
            ),
            ("[1, 2]", "expected a JSON object, found an array"),
            ("{\"id\": \"x\"}", "missing field `text`"),
            ("{\"text\": 5}", "`text` must be a string, found a number"),
            (
                "{\"text\": \"x\", \"id\": true}",
                "`id` must be a string or a number",
            ),
            (
                "{\"text\": \"x\", \"date\": \"2021-02-30\"}",
                "invalid `date` \"2021-02-30\"",
            ),
            (
                "{\"text\": \"x\", \"title\": [\"t\"]}",
                "`title` must be a string, found an array",
            ),
        ] {
            let (result, _) = read(&source(&path), line.as_bytes());
            let message = result.unwrap_err().to_string();
            assert!(message.starts_with("feed.jsonl:1: "), "{message}");
            assert!(message.contains(expected), "{line}: {message}");
        }
    }

    #[test]
    fn overlong_line_is_bad_and_reading_resumes_after_it() {
        let path = PathBuf::from("feed.jsonl");
        let mut small = source(&path);
        small.max_line_bytes = 32;
        small.skip_bad = true;
        let long = format!("{{\"text\": \"{}\"}}\n", "x".repeat(100));
        let input = format!("{long}{{\"text\": \"ok\"}}\n{long}");
        let (result, warnings) = read(&small, input.as_bytes());
        let documents = result.unwrap();
        assert_eq!(documents.len(), 1);
        assert_eq!(documents[0].id, "feed:2");
        assert_eq!(warnings.len(), 2);
        assert!(
            matches!(&warnings[0], InputWarning::SkippedLine { line: 1, message, .. }
            if message == "line longer than 32 bytes")
        );
        assert!(matches!(
            &warnings[1],
            InputWarning::SkippedLine { line: 3, .. }
        ));

        small.skip_bad = false;
        let (result, _) = read(&small, input.as_bytes());
        assert_eq!(
            result.unwrap_err().to_string(),
            "feed.jsonl:1: line longer than 32 bytes"
        );
    }

    #[test]
    fn a_line_of_exactly_the_limit_is_accepted() {
        let path = PathBuf::from("feed.jsonl");
        let line = "{\"text\": \"abcdefghijklmnopqrst\"}";
        let mut exact = source(&path);
        exact.max_line_bytes = line.len();
        for input in [format!("{line}\n"), line.to_string()] {
            let (result, _) = read(&exact, input.as_bytes());
            assert_eq!(result.unwrap()[0].text, "abcdefghijklmnopqrst");
        }
    }

    #[test]
    fn bom_only_counts_on_the_first_line() {
        let path = PathBuf::from("feed.jsonl");
        let input = b"\xEF\xBB\xBF{\"text\":\"a\"}\n\xEF\xBB\xBF{\"text\":\"b\"}\n";
        let (result, _) = read(&source(&path), input);
        let message = result.unwrap_err().to_string();
        assert!(
            message.starts_with("feed.jsonl:2: invalid JSON"),
            "{message}"
        );
    }

    #[test]
    fn whitespace_only_lines_are_blank() {
        let path = PathBuf::from("feed.jsonl");
        let input = " \t\r\n\n{\"text\":\"a\"}\r\n   \n";
        let (result, warnings) = read(&source(&path), input.as_bytes());
        let documents = result.unwrap();
        assert_eq!(documents.len(), 1);
        assert_eq!(documents[0].id, "feed:3");
        assert!(warnings.is_empty());
    }
}
