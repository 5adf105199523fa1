//! Parsing of the TAB-separated data files that hold geokg's knowledge.
//!
//! Shared by the gazetteer and the lexicon so every data file, built in or
//! user-supplied, follows the same rules: `#` comments, blank lines ignored,
//! TAB-separated columns, `|`-separated lists, `-` for an empty value.

use crate::error::Error;

/// One non-comment line of a data file, split into columns.
pub struct Record<'a> {
    pub line: usize,
    pub columns: Vec<&'a str>,
}

/// Yields the records of `text`, checking that each has `expected` columns.
pub fn records<'a>(
    text: &'a str,
    origin: &'a str,
    expected: usize,
) -> impl Iterator<Item = Result<Record<'a>, Error>> + 'a {
    text.lines().enumerate().filter_map(move |(i, line)| {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            return None;
        }
        let columns = columns(line, expected);
        if columns.len() != expected {
            return Some(Err(Error::BadData {
                origin: origin.to_string(),
                line: i + 1,
                message: format!(
                    "expected {expected} TAB-separated columns, found {}",
                    columns.len()
                ),
            }));
        }
        Some(Ok(Record {
            line: i + 1,
            columns,
        }))
    })
}

/// The TAB-separated columns of `line`, trimmed. One pass over the bytes: the
/// built-in files hold 60,000 lines, and `str::split` searched each column's end
/// with a `memchr` call of its own.
fn columns(line: &str, expected: usize) -> Vec<&str> {
    let mut columns = Vec::with_capacity(expected);
    let mut start = 0;
    for (at, b) in line.bytes().enumerate() {
        if b == b'\t' {
            columns.push(line[start..at].trim());
            start = at + 1;
        }
    }
    columns.push(line[start..].trim());
    columns
}

/// Splits a `|`-separated column; `-` or an empty column is an empty list.
pub fn list(column: &str) -> impl Iterator<Item = &str> {
    let column = if column == "-" { "" } else { column };
    column.split('|').map(str::trim).filter(|s| !s.is_empty())
}

/// An optional single value: `-` or empty is `None`.
pub fn optional(column: &str) -> Option<String> {
    (!column.is_empty() && column != "-").then(|| column.to_string())
}
