//! Input: plain text files, directories, JSON Lines, CSV/TSV and stdin become documents.
//!
//! Loading is forgiving about what a scraped corpus commonly contains (invalid UTF-8,
//! byte-order marks, CRLF, stray binary files) and reports each such repair through a
//! warning callback, so the caller decides how loud to be. Malformed JSON Lines, CSV and
//! TSV records stop the run unless [`InputOptions::skip_bad`] is set.

mod date;
mod delimited;
mod jsonl;
mod plain;
mod walk;

use std::fmt;
use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::{Path, PathBuf};

pub use date::parse_date;
pub use delimited::{ColumnRef, CsvColumns, CsvField};

use crate::Error;
use delimited::{read_delimited, CsvSource, MAX_RECORD_BYTES};
use jsonl::{read_jsonl, JsonlSource, MAX_LINE_BYTES};

/// One news document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    /// File stem for a text file; the `id` field (or `<stem>:<line>`) for JSON Lines;
    /// the id column (or `<stem>:<record>`) for CSV and TSV.
    pub id: String,
    pub text: String,
    /// YYYY-MM-DD.
    pub date: Option<String>,
    pub title: Option<String>,
    pub source: Option<String>,
}

/// How to read each input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InputFormat {
    /// `.jsonl` files are JSON Lines, `.csv` CSV, `.tsv` TSV, everything else (and stdin) plain text.
    #[default]
    Auto,
    /// Every input is one plain-text document.
    Text,
    /// Every input is JSON Lines.
    Jsonl,
    /// Every input is CSV, one document per record.
    Csv,
    /// Every input is TSV (tab-separated), one document per record.
    Tsv,
}

/// How one input is read, [`InputFormat::Auto`] resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Text,
    Jsonl,
    /// CSV or TSV, with this delimiter.
    Delimited(u8),
}

impl Kind {
    fn of(format: InputFormat, path: Option<&Path>) -> Kind {
        let extension = |ext| path.is_some_and(|path| walk::has_extension(path, ext));
        match format {
            InputFormat::Auto if extension("jsonl") => Kind::Jsonl,
            InputFormat::Auto if extension("csv") => Kind::Delimited(b','),
            InputFormat::Auto if extension("tsv") => Kind::Delimited(b'\t'),
            InputFormat::Auto | InputFormat::Text => Kind::Text,
            InputFormat::Jsonl => Kind::Jsonl,
            InputFormat::Csv => Kind::Delimited(b','),
            InputFormat::Tsv => Kind::Delimited(b'\t'),
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct InputOptions {
    pub format: InputFormat,
    /// Date (YYYY-MM-DD) of text documents and of JSON Lines, CSV and TSV records without one.
    pub date: Option<String>,
    /// Skip malformed JSON Lines, CSV and TSV records with a warning instead of failing.
    pub skip_bad: bool,
    /// Which CSV/TSV columns hold the text, title, date, id and source, where the
    /// header and the values should not decide.
    pub csv_columns: CsvColumns,
}

/// Something odd in the input that did not stop the run.
#[derive(Clone, Debug, PartialEq)]
pub enum InputWarning {
    /// Invalid UTF-8 was replaced with U+FFFD. `line` is set for JSON Lines, and `offset`
    /// is then counted from the start of that line, otherwise from the start of the file.
    LossyUtf8 {
        path: PathBuf,
        line: Option<usize>,
        offset: usize,
    },
    SkippedLine {
        path: PathBuf,
        line: usize,
        message: String,
    },
    /// With `skip_bad`, a bad CSV or TSV record: the line it starts on and its number.
    SkippedRecord {
        path: PathBuf,
        line: usize,
        record: usize,
        message: String,
    },
    /// Invalid UTF-8 in a CSV or TSV field was replaced with U+FFFD; `offset` is counted
    /// from the start of the field, `line` is where its record starts.
    LossyUtf8InField {
        path: PathBuf,
        line: usize,
        column: String,
        offset: usize,
    },
    SkippedFile {
        path: PathBuf,
        reason: String,
    },
    /// A folder given as input holds no `.txt` or `.jsonl` file.
    NoInputFiles {
        path: PathBuf,
    },
    /// With `skip_bad`, a record whose `date` cannot be read is kept without a date.
    UndatedRecord {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

impl fmt::Display for InputWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::LossyUtf8 {
                path,
                line: None,
                offset,
            } => write!(
                f,
                "warning: {}: invalid UTF-8 at byte {offset}, replaced with U+FFFD",
                path.display()
            ),
            Self::LossyUtf8 {
                path,
                line: Some(line),
                offset,
            } => write!(
                f,
                "warning: {}:{line}: invalid UTF-8 at byte {offset} of the line, replaced with U+FFFD",
                path.display()
            ),
            Self::SkippedLine {
                path,
                line,
                message,
            } => write!(
                f,
                "warning: {}:{line}: skipped line: {message}",
                path.display()
            ),
            Self::SkippedRecord {
                path,
                line,
                record,
                message,
            } => write!(
                f,
                "warning: {}:{line}: skipped record {record}: {message}",
                path.display()
            ),
            Self::LossyUtf8InField {
                path,
                line,
                column,
                offset,
            } => write!(
                f,
                "warning: {}:{line}: invalid UTF-8 at byte {offset} of column {column}, replaced with U+FFFD",
                path.display()
            ),
            Self::SkippedFile { path, reason } => {
                write!(f, "warning: {}: skipped: {reason}", path.display())
            }
            Self::NoInputFiles { path } => write!(
                f,
                "warning: {}: no .txt or .jsonl files in this folder",
                path.display()
            ),
            Self::UndatedRecord {
                path,
                line,
                message,
            } => write!(
                f,
                "warning: {}:{line}: {message}; the record is kept without a date",
                path.display()
            ),
        }
    }
}

/// The path that stands for standard input.
const STDIN_ARG: &str = "-";
/// How standard input is named in errors and warnings.
const STDIN_NAME: &str = "<stdin>";
/// Like git and grep: a NUL byte this early means the file is not text.
const BINARY_SNIFF_BYTES: usize = 8 * 1024;
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Loads every document of `inputs` in order: files, directories (walked recursively, in
/// sorted path order) and `-` for stdin.
pub fn load_documents(
    inputs: &[PathBuf],
    options: &InputOptions,
    on_warning: &mut dyn FnMut(InputWarning),
) -> Result<Vec<Document>, Error> {
    let mut documents = Vec::new();
    for_each_document::<Error>(inputs, options, on_warning, &mut |document| {
        documents.push(document);
        Ok(())
    })?;
    Ok(documents)
}

/// Reads `inputs` as [`load_documents`] does, handing each document to
/// `on_document` as soon as it is read, so a corpus never has to fit in memory.
/// An error from `on_document` stops the reading and is returned.
pub fn for_each_document<E: From<Error>>(
    inputs: &[PathBuf],
    options: &InputOptions,
    on_warning: &mut dyn FnMut(InputWarning),
    on_document: &mut dyn FnMut(Document) -> Result<(), E>,
) -> Result<(), E> {
    let mut stopped = None;
    let mut sink = |document| {
        on_document(document).map_err(|e| {
            stopped = Some(e);
            // Only a marker for the readers to unwind with: replaced below.
            Error::BadOption {
                option: String::new(),
                message: String::new(),
            }
        })
    };
    let result = read_all(inputs, options, on_warning, &mut sink);
    match stopped {
        Some(e) => Err(e),
        None => result.map_err(E::from),
    }
}

fn read_all(
    inputs: &[PathBuf],
    options: &InputOptions,
    on_warning: &mut dyn FnMut(InputWarning),
    sink: &mut dyn FnMut(Document) -> Result<(), Error>,
) -> Result<(), Error> {
    let default_date = match options.date.as_deref() {
        Some(raw) => Some(parse_date(raw).ok_or_else(|| invalid_date_option(raw))?),
        None => None,
    };
    let loader = Loader {
        options,
        default_date: default_date.as_deref(),
    };
    for input in inputs {
        if input.as_os_str() == STDIN_ARG {
            loader.load_stdin(sink, on_warning)?;
            continue;
        }
        let metadata = std::fs::metadata(input).map_err(|e| io_error(input, e))?;
        if metadata.is_dir() {
            let files = walk::input_files(input, options.skip_bad, on_warning)?;
            if files.is_empty() {
                on_warning(InputWarning::NoInputFiles {
                    path: input.clone(),
                });
            }
            for file in files {
                match loader.load_file(&file, sink, on_warning) {
                    // With --skip-bad one unreadable file costs only itself.
                    Err(Error::Io { path, source }) if options.skip_bad => {
                        on_warning(InputWarning::SkippedFile {
                            path,
                            reason: format!("cannot read it ({source})"),
                        })
                    }
                    result => result?,
                }
            }
        } else {
            loader.load_file(input, sink, on_warning)?;
        }
    }
    Ok(())
}

/// The options of one `load_documents` call, with the default date already validated.
struct Loader<'a> {
    options: &'a InputOptions,
    default_date: Option<&'a str>,
}

impl Loader<'_> {
    fn load_stdin(
        &self,
        sink: &mut dyn FnMut(Document) -> Result<(), Error>,
        on_warning: &mut dyn FnMut(InputWarning),
    ) -> Result<(), Error> {
        let kind = Kind::of(self.options.format, None);
        self.load_stream(
            Path::new(STDIN_NAME),
            "stdin",
            kind,
            io::stdin().lock(),
            sink,
            on_warning,
        )
    }

    fn load_file(
        &self,
        path: &Path,
        sink: &mut dyn FnMut(Document) -> Result<(), Error>,
        on_warning: &mut dyn FnMut(InputWarning),
    ) -> Result<(), Error> {
        let kind = Kind::of(self.options.format, Some(path));
        let file = File::open(path).map_err(|e| io_error(path, e))?;
        let stem = path
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.to_string_lossy().into_owned());
        self.load_stream(path, &stem, kind, file, sink, on_warning)
    }

    /// Reads one file or stream; `stem` becomes the id of a text document and the id
    /// prefix of JSON Lines, CSV and TSV records without one.
    fn load_stream(
        &self,
        path: &Path,
        stem: &str,
        kind: Kind,
        mut reader: impl Read,
        sink: &mut dyn FnMut(Document) -> Result<(), Error>,
        on_warning: &mut dyn FnMut(InputWarning),
    ) -> Result<(), Error> {
        let mut head = read_head(&mut reader).map_err(|e| io_error(path, e))?;
        if let Some(big_endian) = utf16_bom(&head) {
            // UTF-16 (Windows "Unicode" text): decoded to UTF-8, which spans count in.
            reader
                .read_to_end(&mut head)
                .map_err(|e| io_error(path, e))?;
            let (text, bad) = decode_utf16(&head[2..], big_endian);
            if let Some(offset) = bad {
                on_warning(InputWarning::LossyUtf8 {
                    path: path.to_path_buf(),
                    line: None,
                    offset: 2 + offset,
                });
            }
            return self.load_decoded(path, stem, kind, text.into_bytes(), sink, on_warning);
        }
        // A NUL early on means a binary file; JSON Lines are binary only if they do
        // not even start like JSON (one bad record must not cost the whole file).
        let binary = head.contains(&0)
            && !(kind == Kind::Jsonl
                && head
                    .strip_prefix(BOM)
                    .unwrap_or(&head)
                    .trim_ascii_start()
                    .starts_with(b"{"));
        if binary {
            on_warning(InputWarning::SkippedFile {
                path: path.to_path_buf(),
                reason: "binary file".to_string(),
            });
            return Ok(());
        }
        if let Kind::Delimited(_) = kind {
            // The byte-order mark is not part of the first column's name.
            let start = if head.starts_with(BOM) { BOM.len() } else { 0 };
            head.drain(..start);
        }
        let whole = io::Cursor::new(head).chain(reader);
        match kind {
            Kind::Jsonl => {
                let source = self.jsonl_source(path, stem);
                read_jsonl(&source, BufReader::new(whole), on_warning, sink)?;
            }
            Kind::Delimited(delimiter) => {
                let source = self.csv_source(path, stem, delimiter);
                read_delimited(&source, whole, on_warning, sink)?;
            }
            Kind::Text => {
                if let Some(document) = self.read_text(path, stem, whole, on_warning)? {
                    sink(document)?;
                }
            }
        }
        Ok(())
    }

    fn jsonl_source<'s>(&'s self, path: &'s Path, stem: &'s str) -> JsonlSource<'s> {
        JsonlSource {
            path,
            stem,
            default_date: self.default_date,
            skip_bad: self.options.skip_bad,
            max_line_bytes: MAX_LINE_BYTES,
        }
    }

    fn csv_source<'s>(&'s self, path: &'s Path, stem: &'s str, delimiter: u8) -> CsvSource<'s> {
        CsvSource {
            path,
            stem,
            delimiter,
            columns: &self.options.csv_columns,
            default_date: self.default_date,
            skip_bad: self.options.skip_bad,
            max_record_bytes: MAX_RECORD_BYTES,
        }
    }

    /// Loads text already decoded to UTF-8.
    fn load_decoded(
        &self,
        path: &Path,
        stem: &str,
        kind: Kind,
        bytes: Vec<u8>,
        sink: &mut dyn FnMut(Document) -> Result<(), Error>,
        on_warning: &mut dyn FnMut(InputWarning),
    ) -> Result<(), Error> {
        match kind {
            Kind::Jsonl => {
                let source = self.jsonl_source(path, stem);
                read_jsonl(&source, &bytes[..], on_warning, sink)?;
            }
            Kind::Delimited(delimiter) => {
                let source = self.csv_source(path, stem, delimiter);
                read_delimited(&source, &bytes[..], on_warning, sink)?;
            }
            Kind::Text => {
                if let Some(document) = self.read_text(path, stem, &bytes[..], on_warning)? {
                    sink(document)?;
                }
            }
        }
        Ok(())
    }

    /// The whole input as one document, or `None` if it holds no text at all.
    fn read_text(
        &self,
        path: &Path,
        stem: &str,
        mut reader: impl Read,
        on_warning: &mut dyn FnMut(InputWarning),
    ) -> Result<Option<Document>, Error> {
        let mut bytes = Vec::new();
        reader
            .read_to_end(&mut bytes)
            .map_err(|e| io_error(path, e))?;
        // A byte-order mark reads as three spaces, so that spans stay offsets
        // into the file: `file_bytes[span]` is the sentence.
        if bytes.starts_with(BOM) {
            bytes[..BOM.len()].fill(b' ');
        }
        let text = match std::str::from_utf8(&bytes) {
            Ok(_) => String::from_utf8(bytes).unwrap_or_default(),
            Err(e) => {
                on_warning(InputWarning::LossyUtf8 {
                    path: path.to_path_buf(),
                    line: None,
                    offset: e.valid_up_to(),
                });
                String::from_utf8_lossy(&bytes).into_owned()
            }
        };
        if text.trim().is_empty() {
            return Ok(None);
        }
        Ok(Some(Document {
            id: stem.to_string(),
            text,
            date: self.default_date.map(str::to_string),
            title: None,
            source: None,
        }))
    }
}

/// `Some(big_endian)` if `head` starts with a UTF-16 byte-order mark.
fn utf16_bom(head: &[u8]) -> Option<bool> {
    match head {
        [0xFF, 0xFE, ..] => Some(false),
        [0xFE, 0xFF, ..] => Some(true),
        _ => None,
    }
}

/// UTF-16 to a `String`, unpaired surrogates (and an odd last byte) replaced
/// with U+FFFD; also the byte offset of the first such fault.
fn decode_utf16(bytes: &[u8], big_endian: bool) -> (String, Option<usize>) {
    let units = bytes.chunks_exact(2).map(|pair| {
        let pair = [pair[0], pair[1]];
        if big_endian {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut first_bad = None;
    let mut offset = 0;
    for unit in char::decode_utf16(units) {
        match unit {
            Ok(c) => {
                text.push(c);
                offset += 2 * c.len_utf16();
            }
            Err(_) => {
                text.push(char::REPLACEMENT_CHARACTER);
                first_bad.get_or_insert(offset);
                offset += 2;
            }
        }
    }
    if bytes.len() % 2 == 1 {
        text.push(char::REPLACEMENT_CHARACTER);
        first_bad.get_or_insert(bytes.len() - 1);
    }
    (text, first_bad)
}

/// Up to the first [`BINARY_SNIFF_BYTES`] of `reader`; fewer only at end of input.
fn read_head(reader: &mut impl Read) -> io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(BINARY_SNIFF_BYTES);
    reader
        .take(BINARY_SNIFF_BYTES as u64)
        .read_to_end(&mut head)?;
    Ok(head)
}

fn invalid_date_option(raw: &str) -> Error {
    Error::BadOption {
        option: "--date".to_string(),
        message: format!("invalid date {raw:?}: expected a real calendar date as YYYY-MM-DD"),
    }
}

fn io_error(path: &Path, source: io::Error) -> Error {
    Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads `input` the way standard input is read.
    fn read_stdin(format: InputFormat, input: &[u8]) -> (Vec<Document>, Vec<InputWarning>) {
        let options = InputOptions {
            format,
            date: None,
            skip_bad: false,
            csv_columns: CsvColumns::default(),
        };
        let loader = Loader {
            options: &options,
            default_date: Some("2021-12-20"),
        };
        let (mut documents, mut warnings) = (Vec::new(), Vec::new());
        loader
            .load_stream(
                Path::new(STDIN_NAME),
                "stdin",
                Kind::of(format, None),
                input,
                &mut |d| {
                    documents.push(d);
                    Ok(())
                },
                &mut |w| warnings.push(w),
            )
            .unwrap();
        (documents, warnings)
    }

    #[test]
    fn stdin_text_is_one_document_named_stdin() {
        let (documents, _) = read_stdin(InputFormat::Auto, b"Lithuania called on NATO.\n");
        assert_eq!(documents.len(), 1);
        assert_eq!(documents[0].id, "stdin");
        assert_eq!(documents[0].date.as_deref(), Some("2021-12-20"));
    }

    #[test]
    fn stdin_jsonl_ids_fall_back_to_stdin_and_line() {
        let input = b"{\"id\": \"x\", \"text\": \"a\"}\n{\"text\": \"b\"}\n";
        let (documents, _) = read_stdin(InputFormat::Jsonl, input);
        let ids: Vec<_> = documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["x", "stdin:2"]);
    }

    #[test]
    fn stdin_csv_and_tsv_ids_fall_back_to_stdin_and_record() {
        let (documents, _) = read_stdin(InputFormat::Csv, b"text,id\n\"a, b\",x\nc,\n");
        let ids: Vec<_> = documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["x", "stdin:2"]);
        assert_eq!(documents[0].text, "a, b");
        let (documents, _) = read_stdin(InputFormat::Tsv, b"\xEF\xBB\xBFtext\ta, b\n");
        assert_eq!(documents.len(), 0, "a header alone");
        let (documents, _) = read_stdin(InputFormat::Auto, b"text,id\na,x\n");
        assert_eq!(documents[0].id, "stdin", "stdin is plain text unless told");
    }

    #[test]
    fn empty_stdin_gives_no_documents() {
        for format in [InputFormat::Auto, InputFormat::Jsonl, InputFormat::Csv] {
            let (documents, warnings) = read_stdin(format, b"");
            assert!(documents.is_empty() && warnings.is_empty());
        }
    }

    #[test]
    fn bom_reads_as_spaces_and_utf8_offsets_count_it() {
        let (documents, warnings) = read_stdin(InputFormat::Text, b"\xEF\xBB\xBFab\xffc");
        assert_eq!(documents[0].text, "   ab\u{FFFD}c");
        assert_eq!(
            warnings,
            [InputWarning::LossyUtf8 {
                path: PathBuf::from(STDIN_NAME),
                line: None,
                offset: 5,
            }]
        );
    }
}
