//! CSV and TSV: one news record per row, read as a stream (a record at a time, after
//! the first [`SAMPLE_RECORDS`] that choose the columns of a file without a header).
//!
//! Which column holds what:
//! - a first row that names columns ([`TEXT_NAMES`], [`TITLE_NAMES`], …, case-insensitive)
//!   is a header, and the columns are taken by name;
//! - without a header (AG News: `"3","Title","Description"`), the text is the text-like
//!   column (most values of three words or more) whose values are longest on average over
//!   the first records, the title the next longest text-like column, the date a column
//!   whose values are all dates;
//! - [`CsvColumns`] (`--csv-columns text=3,title=2`) overrides either.
//!
//! Quoting follows RFC 4180 (`"a ""quoted"" word"`, line breaks and delimiters inside
//! quotes). A quote that is never closed, a quote inside a quoted field that is not
//! doubled, a row with another number of fields than the header (or the first row) and
//! an overlong record are bad records, named by file, line and record number.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::fmt;
use std::io::{self, Read};
use std::path::Path;
use std::rc::Rc;
use std::str::FromStr;

use super::date::parse_date_or_timestamp;
use super::jsonl::MAX_ID_BYTES;
use super::{Document, InputWarning};
use crate::Error;

/// Longest record accepted, in bytes: beyond any news article, and most likely a quote
/// that is never closed. It stops the file (where the next record starts is unknown).
pub(crate) const MAX_RECORD_BYTES: usize = 64 * 1024 * 1024;

/// Records read before choosing the columns of a file without a header.
const SAMPLE_RECORDS: usize = 64;

/// Header names of each field, in order of preference when several columns match.
const TEXT_NAMES: &[&str] = &["text", "body", "content", "article", "story", "description"];
const TITLE_NAMES: &[&str] = &["title", "headline"];
const DATE_NAMES: &[&str] = &["date", "published", "publish_date"];
const ID_NAMES: &[&str] = &["id", "doc_id"];
const SOURCE_NAMES: &[&str] = &["source", "publisher", "publication", "url"];

/// A header field longer than this is news, not a column name.
const MAX_HEADER_NAME_BYTES: usize = 64;

/// A document field that a column can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvField {
    Text,
    Title,
    Date,
    Id,
    Source,
}

impl CsvField {
    const ALL: [CsvField; 5] = [
        CsvField::Text,
        CsvField::Title,
        CsvField::Date,
        CsvField::Id,
        CsvField::Source,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CsvField::Text => "text",
            CsvField::Title => "title",
            CsvField::Date => "date",
            CsvField::Id => "id",
            CsvField::Source => "source",
        }
    }

    fn header_names(self) -> &'static [&'static str] {
        match self {
            CsvField::Text => TEXT_NAMES,
            CsvField::Title => TITLE_NAMES,
            CsvField::Date => DATE_NAMES,
            CsvField::Id => ID_NAMES,
            CsvField::Source => SOURCE_NAMES,
        }
    }

    fn slot(self) -> usize {
        self as usize
    }
}

/// A column named by the user: 1-based position or header name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ColumnRef {
    Index(usize),
    Name(String),
}

/// Which column fills which field, as the user gave it (`text=3,title=headline`);
/// fields left out are found as without it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CsvColumns {
    pub columns: Vec<(CsvField, ColumnRef)>,
}

impl CsvColumns {
    /// True when a column is given by name: the first row is then the header.
    fn names_columns(&self) -> bool {
        self.columns
            .iter()
            .any(|(_, column)| matches!(column, ColumnRef::Name(_)))
    }
}

impl FromStr for CsvColumns {
    type Err = String;

    /// `FIELD=COLUMN,...`: FIELD is text, title, date, id or source; COLUMN a 1-based
    /// position or a header name, e.g. `text=3,title=2` or `text=body,date=published`.
    fn from_str(spec: &str) -> Result<Self, String> {
        let mut columns: Vec<(CsvField, ColumnRef)> = Vec::new();
        for part in spec.split(',') {
            let Some((field, column)) = part.split_once('=') else {
                return Err(format!(
                    "{part:?} is not FIELD=COLUMN (e.g. text=3,title=2)"
                ));
            };
            let field = field.trim().to_ascii_lowercase();
            let Some(field) = CsvField::ALL.into_iter().find(|f| f.as_str() == field) else {
                return Err(format!(
                    "unknown field {field:?}: use text, title, date, id or source"
                ));
            };
            let column = column.trim();
            let column = match column.parse::<usize>() {
                Ok(0) => return Err("columns count from 1".to_string()),
                Ok(index) => ColumnRef::Index(index),
                Err(_) if column.is_empty() => {
                    return Err(format!("no column given for {}", field.as_str()))
                }
                Err(_) => ColumnRef::Name(column.to_string()),
            };
            if columns.iter().any(|(f, _)| *f == field) {
                return Err(format!("{} is given twice", field.as_str()));
            }
            columns.push((field, column));
        }
        Ok(CsvColumns { columns })
    }
}

/// Where the rows come from and what fills the gaps in a record.
pub(crate) struct CsvSource<'a> {
    /// Named in errors and warnings.
    pub path: &'a Path,
    /// Prefix of the id given to a record without one: `<stem>:<record>`.
    pub stem: &'a str,
    pub delimiter: u8,
    pub columns: &'a CsvColumns,
    /// Date of a record without one.
    pub default_date: Option<&'a str>,
    /// Turn a bad record into a warning instead of an error.
    pub skip_bad: bool,
    pub max_record_bytes: usize,
}

/// Reads every record of `reader`, handing each to `on_document` as it is read.
pub(crate) fn read_delimited<R: Read>(
    source: &CsvSource<'_>,
    reader: R,
    on_warning: &mut dyn FnMut(InputWarning),
    on_document: &mut dyn FnMut(Document) -> Result<(), Error>,
) -> Result<(), Error> {
    let events = Rc::new(RefCell::new(VecDeque::new()));
    let scanner = QuoteScanner::new(reader, source.delimiter, source.max_record_bytes, &events);
    let mut rows = Rows {
        reader: csv::ReaderBuilder::new()
            .delimiter(source.delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(scanner),
        events,
        path: source.path,
    };

    // The first row, and a sample to choose columns by when it is not a header.
    let Some(first) = rows.next()? else {
        return Ok(());
    };
    let is_header_row =
        first.fault.is_none() && (source.columns.names_columns() || is_header(&first.record));
    let mut pending = VecDeque::new();
    let mut header = None;
    if is_header_row {
        header = Some(first);
    } else {
        pending.push_back(first);
    }
    while pending.len() < SAMPLE_RECORDS {
        match rows.next()? {
            Some(row) => pending.push_back(row),
            None => break,
        }
    }
    let layout = Layout::choose(source, header.as_ref(), &pending)?;

    let mut number = 0;
    loop {
        let mut row = match pending.pop_front() {
            Some(row) => row,
            None => match rows.next()? {
                Some(row) => row,
                None => return Ok(()),
            },
        };
        // The header again: files joined with `cat`.
        if header.as_ref().is_some_and(|h| h.record == row.record) {
            continue;
        }
        number += 1;
        let mut bad_date = None;
        let read = match row.fault.take() {
            Some(fault) => Err(fault),
            None => layout.document(source, &row, number, &mut bad_date, on_warning),
        };
        match read {
            Ok(document) => {
                if let Some(message) = bad_date {
                    on_warning(InputWarning::UndatedRecord {
                        path: source.path.to_path_buf(),
                        line: row.line,
                        message,
                    });
                }
                on_document(document)?;
            }
            Err(Fault::Fatal(message)) => return Err(bad_record(source, &row, number, message)),
            Err(Fault::Bad(message)) if source.skip_bad => {
                on_warning(InputWarning::SkippedRecord {
                    path: source.path.to_path_buf(),
                    line: row.line,
                    record: number,
                    message,
                })
            }
            Err(Fault::Bad(message)) => return Err(bad_record(source, &row, number, message)),
        }
    }
}

fn bad_record(source: &CsvSource<'_>, row: &Row, record: usize, message: String) -> Error {
    Error::BadRecord {
        path: source.path.to_path_buf(),
        line: row.line,
        record,
        message,
    }
}

/// What is wrong with a record: `Bad` costs the record with `skip_bad`, `Fatal` the file.
#[derive(Clone, Debug, PartialEq)]
enum Fault {
    Bad(String),
    Fatal(String),
}

/// One row as read, with the line it starts on and what the quote scanner found in it.
struct Row {
    record: csv::ByteRecord,
    line: usize,
    fault: Option<Fault>,
}

/// The csv reader and what the scanner of its input saw, matched row by row.
struct Rows<'a, R: Read> {
    reader: csv::Reader<QuoteScanner<R>>,
    events: Rc<RefCell<VecDeque<ScanEvent>>>,
    path: &'a Path,
}

impl<R: Read> Rows<'_, R> {
    fn next(&mut self) -> Result<Option<Row>, Error> {
        let mut record = csv::ByteRecord::new();
        let read = self.reader.read_byte_record(&mut record).map_err(|e| {
            let source = match e.into_kind() {
                csv::ErrorKind::Io(e) => e,
                other => io::Error::new(io::ErrorKind::InvalidData, format!("{other:?}")),
            };
            Error::Io {
                path: self.path.to_path_buf(),
                source,
            }
        })?;
        if !read {
            return Ok(None);
        }
        // Everything the scanner saw before the end of this record belongs to it (or to
        // blank lines before it).
        let end = self.reader.position().byte();
        let (mut line, mut fault) = (None, None);
        let mut events = self.events.borrow_mut();
        while events.front().is_some_and(|e| e.offset < end) {
            match events.pop_front().map(|e| e.kind) {
                Some(ScanKind::RecordStart { line: at }) => {
                    line.get_or_insert(at);
                }
                // The first fault of a record is the one to fix first, unless a
                // later one stops the file.
                Some(ScanKind::Fault(found))
                    if fault.is_none() || matches!(found, Fault::Fatal(_)) =>
                {
                    fault = Some(found);
                }
                Some(ScanKind::Fault(_)) | None => {}
            }
        }
        let line = line.unwrap_or_else(|| self.reader.position().line()) as usize;
        Ok(Some(Row {
            record,
            line,
            fault,
        }))
    }
}

/// True when the first row names columns rather than holding news.
fn is_header(record: &csv::ByteRecord) -> bool {
    let fields: Vec<String> = record
        .iter()
        .map(|f| String::from_utf8_lossy(f).trim().to_ascii_lowercase())
        .collect();
    fields.iter().all(|f| f.len() <= MAX_HEADER_NAME_BYTES)
        && fields.iter().any(|f| {
            CsvField::ALL
                .iter()
                .any(|field| field.header_names().contains(&f.as_str()))
        })
}

/// The column (0-based) of each field, and the number of fields a record must have.
#[derive(Debug)]
struct Layout {
    columns: [Option<usize>; 5],
    width: usize,
    /// What set `width`, for messages: "the header", "the first record".
    reference: String,
    names: Vec<String>,
}

impl Layout {
    fn choose(
        source: &CsvSource<'_>,
        header: Option<&Row>,
        sample: &VecDeque<Row>,
    ) -> Result<Layout, Error> {
        let names: Vec<String> = match header {
            Some(row) => row
                .record
                .iter()
                .map(|f| String::from_utf8_lossy(f).trim().to_string())
                .collect(),
            None => Vec::new(),
        };
        // Without a header, the first record the scanner found no fault in sets the
        // number of fields (a quote left open in the first one must not set it).
        let (width, reference) = match header {
            Some(row) => (row.record.len(), "the header".to_string()),
            None => match sample.iter().position(|row| row.fault.is_none()) {
                Some(0) => (sample[0].record.len(), "the first record".to_string()),
                Some(k) => (sample[k].record.len(), format!("record {}", k + 1)),
                None => (
                    sample.front().map_or(0, |row| row.record.len()),
                    String::new(),
                ),
            },
        };
        let mut columns = [None; 5];
        let option_error = |message: String| Error::BadOption {
            option: "--csv-columns".to_string(),
            message: format!("{}: {message}", source.path.display()),
        };
        for (field, column) in &source.columns.columns {
            let index = match column {
                ColumnRef::Index(index) if *index <= width => index - 1,
                ColumnRef::Index(index) => {
                    return Err(option_error(format!(
                        "column {index} of {}: the records have {width} columns",
                        field.as_str()
                    )))
                }
                ColumnRef::Name(name) => names
                    .iter()
                    .position(|n| n.eq_ignore_ascii_case(name))
                    .ok_or_else(|| {
                        option_error(format!(
                            "no column named {name:?} in the header ({})",
                            names.join(", ")
                        ))
                    })?,
            };
            columns[field.slot()] = Some(index);
        }
        let given = |field: CsvField| source.columns.columns.iter().any(|(f, _)| *f == field);
        let taken = |columns: &[Option<usize>; 5], index: usize| columns.contains(&Some(index));
        if header.is_some() {
            for field in CsvField::ALL {
                if given(field) {
                    continue;
                }
                let found = field.header_names().iter().find_map(|wanted| {
                    names
                        .iter()
                        .position(|n| n.eq_ignore_ascii_case(wanted))
                        .filter(|&i| !taken(&columns, i))
                });
                columns[field.slot()] = found;
            }
        }
        // A header without a text column, and files without a header: the columns
        // are told apart by their values.
        let stats = ColumnStats::of(sample, width);
        let guess = |columns: &[Option<usize>; 5]| {
            stats
                .by_length()
                .into_iter()
                .filter(|&i| stats.text_like(i) && !taken(columns, i))
                .collect::<Vec<_>>()
        };
        if columns[CsvField::Text.slot()].is_none() {
            let text_like = guess(&columns);
            columns[CsvField::Text.slot()] = text_like
                .first()
                .copied()
                .or_else(|| stats.by_length().into_iter().find(|&i| !taken(&columns, i)));
        }
        if header.is_none() {
            if columns[CsvField::Title.slot()].is_none() && !given(CsvField::Title) {
                columns[CsvField::Title.slot()] = guess(&columns).first().copied();
            }
            if columns[CsvField::Date.slot()].is_none() && !given(CsvField::Date) {
                columns[CsvField::Date.slot()] =
                    (0..width).find(|&i| stats.all_dates(i) && !taken(&columns, i));
            }
        }
        Ok(Layout {
            columns,
            width,
            reference,
            names,
        })
    }

    /// How a column is named in messages: its header name, or its position.
    fn column_name(&self, index: usize) -> String {
        match self.names.get(index) {
            Some(name) if !name.is_empty() => format!("`{name}`"),
            _ => format!("{}", index + 1),
        }
    }

    fn document(
        &self,
        source: &CsvSource<'_>,
        row: &Row,
        number: usize,
        bad_date: &mut Option<String>,
        on_warning: &mut dyn FnMut(InputWarning),
    ) -> Result<Document, Fault> {
        if row.record.len() != self.width {
            return Err(Fault::Bad(format!(
                "{} fields where {} has {}",
                row.record.len(),
                self.reference,
                self.width
            )));
        }
        let mut field = |field: CsvField| -> Option<String> {
            let index = self.columns[field.slot()]?;
            let bytes = row.record.get(index)?;
            Some(match std::str::from_utf8(bytes) {
                Ok(text) => text.to_string(),
                Err(e) => {
                    on_warning(InputWarning::LossyUtf8InField {
                        path: source.path.to_path_buf(),
                        line: row.line,
                        column: self.column_name(index),
                        offset: e.valid_up_to(),
                    });
                    String::from_utf8_lossy(bytes).into_owned()
                }
            })
        };
        let text = field(CsvField::Text).unwrap_or_default();
        let title = field(CsvField::Title).filter(|t| !t.trim().is_empty());
        let source_name = field(CsvField::Source).filter(|s| !s.trim().is_empty());
        let id = match field(CsvField::Id) {
            Some(id) if !id.trim().is_empty() => id.trim().to_string(),
            _ => format!("{}:{number}", source.stem),
        };
        if id.len() > MAX_ID_BYTES {
            return Err(Fault::Bad(format!(
                "the id is {} bytes long, more than {MAX_ID_BYTES}",
                id.len()
            )));
        }
        let date = match field(CsvField::Date) {
            Some(raw) if !raw.trim().is_empty() => match parse_date_or_timestamp(raw.trim()) {
                Some(date) => Some(date),
                None => {
                    let index = self.columns[CsvField::Date.slot()].unwrap_or_default();
                    let message = format!(
                        "invalid date {raw:?} in column {}: expected YYYY-MM-DD or an ISO timestamp",
                        self.column_name(index)
                    );
                    if !source.skip_bad {
                        return Err(Fault::Bad(message));
                    }
                    *bad_date = Some(message);
                    None
                }
            },
            _ => source.default_date.map(str::to_string),
        };
        Ok(Document {
            id,
            text,
            date,
            title,
            source: source_name,
        })
    }
}

/// Average length and shape of each column's values over the sample.
struct ColumnStats {
    mean_bytes: Vec<f64>,
    /// Share of values of three words or more.
    wordy: Vec<f64>,
    /// Whether every non-empty value is a date (and one at least is not empty).
    dates: Vec<bool>,
}

impl ColumnStats {
    fn of(sample: &VecDeque<Row>, width: usize) -> ColumnStats {
        let rows: Vec<&csv::ByteRecord> = sample
            .iter()
            .filter(|row| row.fault.is_none() && row.record.len() == width)
            .map(|row| &row.record)
            .collect();
        let n = rows.len().max(1) as f64;
        let mut stats = ColumnStats {
            mean_bytes: vec![0.0; width],
            wordy: vec![0.0; width],
            dates: vec![!rows.is_empty(); width],
        };
        for record in rows {
            for (i, value) in record.iter().enumerate().take(width) {
                stats.mean_bytes[i] += value.len() as f64 / n;
                if value
                    .split(u8::is_ascii_whitespace)
                    .filter(|w| !w.is_empty())
                    .count()
                    >= 3
                {
                    stats.wordy[i] += 1.0 / n;
                }
                let value = String::from_utf8_lossy(value);
                let value = value.trim();
                if !value.is_empty() && parse_date_or_timestamp(value).is_none() {
                    stats.dates[i] = false;
                }
            }
        }
        stats
    }

    fn text_like(&self, column: usize) -> bool {
        self.wordy.get(column).is_some_and(|&share| share >= 0.5)
    }

    fn all_dates(&self, column: usize) -> bool {
        self.dates.get(column).copied().unwrap_or(false)
            && self.mean_bytes.get(column).is_some_and(|&m| m > 0.0)
    }

    /// Columns from the longest values on average to the shortest (ties: leftmost first).
    fn by_length(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.mean_bytes.len()).collect();
        order.sort_by(|&a, &b| {
            self.mean_bytes[b]
                .total_cmp(&self.mean_bytes[a])
                .then(a.cmp(&b))
        });
        order
    }
}

/// What the scanner saw at a byte offset of the input.
struct ScanEvent {
    offset: u64,
    kind: ScanKind,
}

enum ScanKind {
    /// A record starts here, on this 1-based line.
    RecordStart {
        line: u64,
    },
    Fault(Fault),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum QuoteState {
    /// After a line break outside quotes (or at the start): no record begun.
    BetweenRecords,
    StartOfField,
    Unquoted,
    Quoted,
    /// A quote in a quoted field: its end, or the first of a doubled quote.
    QuoteInQuoted,
}

/// Passes the input through to the csv reader, following RFC 4180 quoting on the way
/// to see where each record starts (the reader skips blank lines without counting them)
/// and to report what the reader accepts silently: a quote never closed (the field runs
/// to the end of the file), a lone quote inside a quoted field (`"say "no" now"`), and a
/// record longer than the limit (reading stops there, so memory stays bounded).
struct QuoteScanner<R> {
    inner: R,
    delimiter: u8,
    state: QuoteState,
    offset: u64,
    record_start: u64,
    /// 1-based line of `offset`, and of `record_start`.
    line: u64,
    record_line: u64,
    max_record_bytes: usize,
    stopped: bool,
    events: Rc<RefCell<VecDeque<ScanEvent>>>,
}

impl<R: Read> QuoteScanner<R> {
    fn new(
        inner: R,
        delimiter: u8,
        max_record_bytes: usize,
        events: &Rc<RefCell<VecDeque<ScanEvent>>>,
    ) -> Self {
        QuoteScanner {
            inner,
            delimiter,
            state: QuoteState::BetweenRecords,
            offset: 0,
            record_start: 0,
            line: 1,
            record_line: 1,
            max_record_bytes,
            stopped: false,
            events: Rc::clone(events),
        }
    }

    fn push(&self, offset: u64, kind: ScanKind) {
        self.events
            .borrow_mut()
            .push_back(ScanEvent { offset, kind });
    }

    fn scan(&mut self, bytes: &[u8]) {
        use QuoteState::*;
        for &b in bytes {
            if self.state == BetweenRecords && b != b'\n' && b != b'\r' {
                self.record_start = self.offset;
                self.record_line = self.line;
                self.push(self.offset, ScanKind::RecordStart { line: self.line });
                self.state = StartOfField;
            }
            if b == b'\n' {
                self.line += 1;
            }
            self.state = match (self.state, b) {
                (Quoted, b'"') => QuoteInQuoted,
                (Quoted, _) => Quoted,
                (QuoteInQuoted, b'"') => Quoted,
                (StartOfField, b'"') => Quoted,
                (BetweenRecords, _) => BetweenRecords,
                (_, b'\n' | b'\r') => BetweenRecords,
                (_, b) if b == self.delimiter => StartOfField,
                (QuoteInQuoted, _) => {
                    let message = format!(
                        "a quote inside a quoted field (line {}) is neither doubled nor the end of the field: a quote never closed, or one not written \"\"",
                        self.line
                    );
                    self.push(self.offset, ScanKind::Fault(Fault::Bad(message)));
                    Unquoted
                }
                _ => Unquoted,
            };
            self.offset += 1;
        }
    }
}

impl<R: Read> Read for QuoteScanner<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.stopped || buf.is_empty() {
            return Ok(0);
        }
        // Never hand on more than the record may still grow by, plus one byte to see it
        // overflow.
        let room = (self.max_record_bytes as u64 + 1)
            .saturating_sub(self.offset - self.record_start)
            .max(1);
        let limit = buf.len().min(usize::try_from(room).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..limit])?;
        if n == 0 {
            if self.state == QuoteState::Quoted {
                let message = format!(
                    "the quoted field that starts on line {} is never closed: it runs to the end of the file",
                    self.record_line
                );
                self.push(self.record_start, ScanKind::Fault(Fault::Bad(message)));
            }
            self.stopped = true;
            return Ok(0);
        }
        self.scan(&buf[..n]);
        if self.state != QuoteState::BetweenRecords
            && self.offset - self.record_start > self.max_record_bytes as u64
        {
            let message = format!(
                "record longer than {} bytes (a quote never closed?); the rest of the file is not read",
                self.max_record_bytes
            );
            self.push(self.record_start, ScanKind::Fault(Fault::Fatal(message)));
            self.stopped = true;
        }
        Ok(n)
    }
}

impl fmt::Display for CsvColumns {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, (field, column)) in self.columns.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            match column {
                ColumnRef::Index(index) => write!(f, "{}={index}", field.as_str())?,
                ColumnRef::Name(name) => write!(f, "{}={name}", field.as_str())?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn read(
        input: &[u8],
        skip_bad: bool,
        max_record_bytes: usize,
    ) -> (Result<Vec<Document>, Error>, Vec<InputWarning>) {
        let path = PathBuf::from("feed.csv");
        let columns = CsvColumns::default();
        let source = CsvSource {
            path: &path,
            stem: "feed",
            delimiter: b',',
            columns: &columns,
            default_date: None,
            skip_bad,
            max_record_bytes,
        };
        let (mut documents, mut warnings) = (Vec::new(), Vec::new());
        let result = read_delimited(&source, input, &mut |w| warnings.push(w), &mut |d| {
            documents.push(d);
            Ok(())
        });
        (result.map(|()| documents), warnings)
    }

    #[test]
    fn an_overlong_record_stops_the_file_even_with_skip_bad() {
        let input = format!(
            "id,text\na,short\nb,\"{}\"\nc,never read\n",
            "x".repeat(100)
        );
        for skip_bad in [false, true] {
            let (result, _) = read(input.as_bytes(), skip_bad, 64);
            assert_eq!(
                result.unwrap_err().to_string(),
                "feed.csv:3: record 2: record longer than 64 bytes (a quote never closed?); the rest of the file is not read"
            );
        }
        // At the limit, it is read.
        let (result, _) = read(input.as_bytes(), false, 200);
        assert_eq!(result.unwrap().len(), 3);
    }

    #[test]
    fn records_are_numbered_past_blank_lines_and_the_header_is_not_counted() {
        let (result, _) = read(
            b"\n\nid,text\n\n\"a\",\"one\ntwo\"\n\n\nb,three\n",
            false,
            1024,
        );
        let documents = result.unwrap();
        assert_eq!(documents.len(), 2);
        let (result, _) = read(
            b"id,text\n\"a\",\"one\ntwo\"\n\n\nb,three,extra\n",
            false,
            1024,
        );
        assert_eq!(
            result.unwrap_err().to_string(),
            "feed.csv:6: record 2: 3 fields where the header has 2"
        );
    }

    #[test]
    fn a_quote_left_open_in_the_first_record_does_not_set_the_number_of_fields() {
        let input = b"\"1\",\"T\",\"open\n\"2\",\"T\",\"b\"\n\"3\",\"T\",\"c\"\n\"4\",\"T\"\n";
        let (result, warnings) = read(input, true, 1024);
        assert_eq!(result.unwrap().len(), 1);
        let shown: Vec<String> = warnings.iter().map(|w| w.to_string()).collect();
        assert!(shown[0].starts_with("warning: feed.csv:1: skipped record 1: a quote"));
        assert_eq!(
            shown[1],
            "warning: feed.csv:4: skipped record 3: 2 fields where record 2 has 3"
        );
    }

    #[test]
    fn the_header_repeated_is_no_record() {
        let (result, warnings) = read(b"id,text\na,one\nid,text\nb,two\n", false, 1024);
        let ids: Vec<String> = result.unwrap().into_iter().map(|d| d.id).collect();
        assert_eq!(ids, ["a", "b"]);
        assert!(warnings.is_empty());
    }

    #[test]
    fn the_scanner_tells_closed_quotes_from_open_ones() {
        for (input, fault) in [
            (&b"a,\"x\"\"y\",\"\"\n"[..], false),
            (b"a,\"x\r\ny\"\r\n", false),
            (b"a,x\"y\"z\n", false),
            (b"a,\"x\"y\n", true),
            (b"a,\"xy\n", true),
        ] {
            let events = Rc::new(RefCell::new(VecDeque::new()));
            let mut scanner = QuoteScanner::new(input, b',', 1024, &events);
            io::copy(&mut scanner, &mut io::sink()).unwrap();
            let faults = events
                .borrow()
                .iter()
                .filter(|e| matches!(e.kind, ScanKind::Fault(_)))
                .count();
            assert_eq!(faults > 0, fault, "{}", String::from_utf8_lossy(input));
        }
    }
}
