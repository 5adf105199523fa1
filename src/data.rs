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
        if trim(line).is_empty() || line.starts_with('#') {
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
            columns.push(trim(&line[start..at]));
            start = at + 1;
        }
    }
    columns.push(trim(&line[start..]));
    columns
}

/// `value.trim()`, answered from its first and last bytes where those are ASCII and
/// no white space, as in nearly every column and list item of the data files.
fn trim(value: &str) -> &str {
    let kept = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii() && !char::from(b).is_whitespace());
    let bytes = value.as_bytes();
    if kept(bytes.first()) && kept(bytes.last()) {
        value
    } else {
        value.trim()
    }
}

/// Splits a `|`-separated column; `-` or an empty column is an empty list.
pub fn list(column: &str) -> impl Iterator<Item = &str> {
    let column = if column == "-" { "" } else { column };
    // `column.split('|')`, one pass over the bytes: the items are short, and the
    // `memchr` call per item of `str::split` cost more than the search.
    let mut rest = Some(column);
    std::iter::from_fn(move || {
        let current = rest?;
        match current.bytes().position(|b| b == b'|') {
            Some(at) => {
                rest = Some(&current[at + 1..]);
                Some(&current[..at])
            }
            None => {
                rest = None;
                Some(current)
            }
        }
    })
    .map(trim)
    .filter(|s| !s.is_empty())
}

/// An optional single value: `-` or empty is `None`.
pub fn optional(column: &str) -> Option<String> {
    (!column.is_empty() && column != "-").then(|| column.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_splits_as_str_split_does() {
        for column in ["", "-", "a", "a|b", "|a||b|", " a | b ", "|", "é|ü"] {
            let split: Vec<&str> = if column == "-" { "" } else { column }
                .split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect();
            assert_eq!(list(column).collect::<Vec<_>>(), split, "{column:?}");
        }
    }

    #[test]
    fn trim_answers_as_str_trim() {
        for value in [
            "", " ", "a", " a", "a ", "\ta\t", "NATO", "\u{b}x", "x\u{b}", "\u{a0}x", "x\u{a0}",
            "\u{85}x", "é", " é ", "a|b",
        ] {
            assert_eq!(trim(value), value.trim(), "{value:?}");
        }
    }
}
