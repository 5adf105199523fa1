//! One result, four renderings: an aligned table for people, JSON, CSV and TSV for tools.

use serde_json::Value;

use super::QueryError;

/// How a query prints its result.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ReportFormat {
    /// Aligned columns for a terminal; long texts are cut with "…".
    #[default]
    Table,
    /// A JSON array (an object for `stats`).
    Json,
    /// Comma-separated values with a header row (RFC 4180 quoting).
    Csv,
    /// Tab-separated values with a header row.
    Tsv,
}

/// A column of a report; `max_width` cuts long cells in table mode only.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    pub name: &'static str,
    pub max_width: Option<usize>,
}

impl Column {
    pub const fn new(name: &'static str) -> Self {
        Column {
            name,
            max_width: None,
        }
    }

    pub const fn cut(name: &'static str, max_width: usize) -> Self {
        Column {
            name,
            max_width: Some(max_width),
        }
    }
}

/// A query result ready to print: rows of text for table/CSV/TSV, a JSON value for JSON.
///
/// The JSON is built from the typed records rather than the rows, so tools get
/// numbers as numbers and lists as lists.
#[derive(Clone, Debug)]
pub struct Report {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<String>>,
    pub json: Value,
}

/// Cut columns are never narrowed below this to fit a terminal.
const MIN_CUT_WIDTH: usize = 12;

impl Report {
    pub fn render(&self, format: ReportFormat) -> Result<Vec<u8>, QueryError> {
        self.render_fitted(format, None)
    }

    /// Like [`Report::render`], but a table narrows its cut columns (the long
    /// texts) so that its lines fit in `width` characters where they can.
    pub fn render_fitted(
        &self,
        format: ReportFormat,
        width: Option<usize>,
    ) -> Result<Vec<u8>, QueryError> {
        match format {
            ReportFormat::Table => Ok(self.table(width).into_bytes()),
            ReportFormat::Json => {
                let mut bytes = serde_json::to_vec_pretty(&self.json)
                    .map_err(|e| QueryError::Render(e.to_string()))?;
                bytes.push(b'\n');
                Ok(bytes)
            }
            ReportFormat::Csv => self.delimited(b','),
            ReportFormat::Tsv => self.delimited(b'\t'),
        }
    }

    fn table(&self, line_width: Option<usize>) -> String {
        let mut limits: Vec<Option<usize>> = self.columns.iter().map(|c| c.max_width).collect();
        let (mut cells, mut widths) = self.cells(&limits);
        if let Some(line_width) = line_width {
            let total = |widths: &[usize]| {
                widths.iter().sum::<usize>() + 2 * widths.len().saturating_sub(1)
            };
            let mut excess = total(&widths).saturating_sub(line_width);
            while excess > 0 {
                // Narrow the widest cut column that can still give.
                let Some(i) = (0..widths.len())
                    .filter(|&i| limits[i].is_some() && widths[i] > MIN_CUT_WIDTH)
                    .max_by_key(|&i| (widths[i], std::cmp::Reverse(i)))
                else {
                    break;
                };
                let give = excess.min(widths[i] - MIN_CUT_WIDTH);
                widths[i] -= give;
                limits[i] = Some(widths[i]);
                excess -= give;
            }
            (cells, widths) = self.cells(&limits);
        }
        let mut out = String::new();
        let header: Vec<String> = self.columns.iter().map(|c| c.name.to_string()).collect();
        push_line(&mut out, &header, &widths);
        let rule: Vec<String> = widths.iter().map(|&w| "-".repeat(w)).collect();
        push_line(&mut out, &rule, &widths);
        for row in &cells {
            push_line(&mut out, row, &widths);
        }
        out
    }

    /// The cells cut to `limits`, and each column's width.
    fn cells(&self, limits: &[Option<usize>]) -> (Vec<Vec<String>>, Vec<usize>) {
        let cells: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|row| {
                row.iter()
                    .zip(limits)
                    .map(|(cell, &limit)| table_cell(cell, limit))
                    .collect()
            })
            .collect();
        let mut widths: Vec<usize> = self.columns.iter().map(|c| c.name.len()).collect();
        for row in &cells {
            for (width, cell) in widths.iter_mut().zip(row) {
                *width = (*width).max(cell.chars().count());
            }
        }
        (cells, widths)
    }

    fn delimited(&self, delimiter: u8) -> Result<Vec<u8>, QueryError> {
        let csv_error = |e: csv::Error| QueryError::Render(e.to_string());
        let mut writer = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .from_writer(Vec::new());
        writer
            .write_record(self.columns.iter().map(|c| c.name))
            .map_err(csv_error)?;
        for row in &self.rows {
            writer
                .write_record(row.iter().map(|cell| defuse_formula(cell).into_owned()))
                .map_err(csv_error)?;
        }
        writer
            .into_inner()
            .map_err(|e| QueryError::Render(e.error().to_string()))
    }
}

/// A cell a spreadsheet will not run as a formula: one that starts with `=`,
/// `+`, `-`, `@`, a tab or a carriage return gets a leading `'` (OWASP's
/// advice), unless it is a plain number such as `-5.0`.
pub fn defuse_formula(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && cell.parse::<f64>().map_or(true, |n| !n.is_finite()) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// Text safe to print on a terminal: control characters (ESC, BEL, NUL, C1
/// controls, and also tabs and line breaks unless `keep_newlines`), bidi
/// overrides and the Unicode line separators are shown escaped as `\u{1b}`,
/// so news text or a file name cannot move the cursor, set the window title
/// or clear the screen.
pub fn escape_for_terminal(text: &str, keep_newlines: bool) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| {
        (c.is_control() && !(keep_newlines && c == '\n'))
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Pads every cell but the last, so lines carry no trailing spaces.
fn push_line(out: &mut String, cells: &[String], widths: &[usize]) {
    let last = cells.len().saturating_sub(1);
    for (i, (cell, &width)) in cells.iter().zip(widths).enumerate() {
        out.push_str(cell);
        if i < last {
            let pad = width.saturating_sub(cell.chars().count()) + 2;
            out.extend(std::iter::repeat_n(' ', pad));
        }
    }
    out.push('\n');
}

/// One line per cell, cut to `max_width` characters with a final "…".
fn table_cell(text: &str, max_width: Option<usize>) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let flat = escape_for_terminal(&flat, false).into_owned();
    match max_width {
        Some(max) if flat.chars().count() > max => {
            let mut cut: String = flat.chars().take(max.saturating_sub(1)).collect();
            cut.truncate(cut.trim_end().len());
            cut.push('…');
            cut
        }
        _ => flat,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> Report {
        Report {
            columns: vec![Column::new("who"), Column::cut("quote", 10)],
            rows: vec![
                vec!["Nauseda".into(), "NATO must respond, \"now\"".into()],
                vec!["US".into(), "short".into()],
            ],
            json: Value::Null,
        }
    }

    #[test]
    fn table_aligns_and_cuts_long_cells() {
        let out = String::from_utf8(report().render(ReportFormat::Table).unwrap()).unwrap();
        assert_eq!(
            out,
            "who      quote\n-------  ----------\nNauseda  NATO must…\nUS       short\n"
        );
    }

    #[test]
    fn a_table_narrows_its_long_texts_to_fit_a_terminal() {
        let report = Report {
            columns: vec![Column::new("who"), Column::cut("quote", 70)],
            rows: vec![vec![
                "Nauseda".into(),
                "NATO must respond not only by deploying its troops to the eastern flank".into(),
            ]],
            json: Value::Null,
        };
        let wide = String::from_utf8(report.render(ReportFormat::Table).unwrap()).unwrap();
        assert_eq!(wide.lines().map(|l| l.chars().count()).max(), Some(9 + 70));
        let fitted = report.render_fitted(ReportFormat::Table, Some(40)).unwrap();
        let fitted = String::from_utf8(fitted).unwrap();
        for line in fitted.lines() {
            assert!(line.chars().count() <= 40, "{line:?}");
        }
        assert!(
            fitted.contains("Nauseda  NATO must respond not only by…"),
            "{fitted}"
        );
        // Never below the minimum: a too-narrow terminal gets short cells, not none.
        let narrow = report.render_fitted(ReportFormat::Table, Some(5)).unwrap();
        let narrow = String::from_utf8(narrow).unwrap();
        assert!(
            narrow.lines().nth(2).unwrap().ends_with("NATO must r…"),
            "{narrow}"
        );
    }

    #[test]
    fn csv_quotes_per_rfc_4180_and_never_cuts() {
        let out = String::from_utf8(report().render(ReportFormat::Csv).unwrap()).unwrap();
        assert_eq!(
            out,
            "who,quote\nNauseda,\"NATO must respond, \"\"now\"\"\"\nUS,short\n"
        );
    }

    #[test]
    fn table_cells_show_control_characters_escaped() {
        let report = Report {
            columns: vec![Column::new("said")],
            rows: vec![vec![
                "\u{1b}]0;PWNED\u{7}\u{1b}[2J ok\u{0}\u{9b}\u{202e}".into()
            ]],
            json: Value::Null,
        };
        let out = String::from_utf8(report.render(ReportFormat::Table).unwrap()).unwrap();
        let shown = "\\u{1b}]0;PWNED\\u{7}\\u{1b}[2J ok\\u{0}\\u{9b}\\u{202e}";
        assert_eq!(out, format!("said\n{}\n{shown}\n", "-".repeat(shown.len())));
        assert!(!out.contains('\u{1b}'));
    }

    #[test]
    fn csv_and_tsv_cells_cannot_start_a_formula() {
        let report = Report {
            columns: vec![Column::new("who"), Column::new("goldstein")],
            rows: vec![
                vec!["=cmd|' /C calc'!A0".into(), "-5.0".into()],
                vec!["@SUM(A1)".into(), "+3".into()],
                vec!["-1+2".into(), "-inf".into()],
            ],
            json: Value::Null,
        };
        let out = String::from_utf8(report.render(ReportFormat::Tsv).unwrap()).unwrap();
        assert_eq!(
            out,
            "who\tgoldstein\n'=cmd|' /C calc'!A0\t-5.0\n'@SUM(A1)\t+3\n'-1+2\t'-inf\n"
        );
        let csv = String::from_utf8(report.render(ReportFormat::Csv).unwrap()).unwrap();
        assert!(csv.contains("\n'=cmd|' /C calc'!A0,-5.0\n"), "{csv}");
    }

    #[test]
    fn tsv_uses_tabs() {
        let out = String::from_utf8(report().render(ReportFormat::Tsv).unwrap()).unwrap();
        assert!(out.starts_with("who\tquote\nNauseda\t"), "{out}");
    }
}
