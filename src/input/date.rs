//! Calendar dates as the graph stores them: `YYYY-MM-DD`, checked without a date crate.

/// Returns `s` if it is a real calendar date written `YYYY-MM-DD` (year 0001–9999).
///
/// Strict on purpose: `20211220`, `2021-2-3` or a trailing space are rejected, so every
/// date in a graph sorts and compares as a plain string.
pub fn parse_date(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let year = digits(&bytes[0..4])?;
    let month = digits(&bytes[5..7])?;
    let day = digits(&bytes[8..10])?;
    let valid = year >= 1 && (1..=12).contains(&month) && day >= 1 && day <= days_in(year, month);
    valid.then(|| s.to_string())
}

/// Accepts a date, or an ISO-like timestamp (`1987-02-26T15:01:01`, `1987-02-26 15:01:01`,
/// with any time part after the separator) and keeps only the date: the graph has no use
/// for the time of day.
pub(crate) fn parse_date_or_timestamp(s: &str) -> Option<String> {
    match s.as_bytes().get(10) {
        None => parse_date(s),
        Some(b'T' | b' ') if is_time(s.get(11..)?) => parse_date(s.get(..10)?),
        Some(_) => None,
    }
}

/// `HH:MM`, then optionally `:SS` (60 for a leap second) and `.fraction`, then
/// optionally `Z` or an offset `±HH:MM` / `±HHMM`: a real time of day, so
/// `25:99:99` is not taken for one.
fn is_time(s: &str) -> bool {
    let b = s.as_bytes();
    let two = |at: usize, max: u32| b.get(at..at + 2).and_then(digits).is_some_and(|n| n <= max);
    if !(two(0, 23) && b.get(2) == Some(&b':') && two(3, 59)) {
        return false;
    }
    let mut i = 5;
    if b.get(i) == Some(&b':') {
        if !two(i + 1, 60) {
            return false;
        }
        i += 3;
        if b.get(i) == Some(&b'.') {
            let fraction = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            if fraction == 0 {
                return false;
            }
            i += 1 + fraction;
        }
    }
    match &b[i..] {
        [] | [b'Z'] => true,
        [b'+' | b'-', rest @ ..] => {
            let offset = |h: &[u8], m: &[u8]| {
                digits(h).is_some_and(|h| h <= 23) && digits(m).is_some_and(|m| m <= 59)
            };
            match rest {
                [h1, h2, b':', m1, m2] => offset(&[*h1, *h2], &[*m1, *m2]),
                [h1, h2, m1, m2] => offset(&[*h1, *h2], &[*m1, *m2]),
                [h1, h2] => offset(&[*h1, *h2], b"00"),
                _ => false,
            }
        }
        _ => false,
    }
}

fn digits(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0u32, |value, &b| {
        b.is_ascii_digit().then(|| value * 10 + u32::from(b - b'0'))
    })
}

fn days_in(year: u32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn is_leap(year: u32) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_real_dates() {
        assert_eq!(parse_date("2021-12-20").as_deref(), Some("2021-12-20"));
        assert_eq!(parse_date("2024-02-29").as_deref(), Some("2024-02-29"));
        assert_eq!(parse_date("2000-02-29").as_deref(), Some("2000-02-29"));
        assert_eq!(parse_date("0001-01-01").as_deref(), Some("0001-01-01"));
    }

    #[test]
    fn rejects_impossible_or_misshapen_dates() {
        for bad in [
            "2021-13-01",
            "2021-02-30",
            "2023-02-29",
            "1900-02-29",
            "2021-04-31",
            "2021-00-10",
            "2021-01-00",
            "0000-01-01",
            "20211220",
            "",
            "2021-1-01",
            "2021/12/20",
            "2021-12-20 ",
            "+021-12-20",
            "2021-12-2x",
            "２０２１-12-20",
        ] {
            assert_eq!(parse_date(bad), None, "{bad:?} must be rejected");
        }
    }

    #[test]
    fn timestamps_keep_only_the_date() {
        assert_eq!(
            parse_date_or_timestamp("1987-02-26T15:01:01").as_deref(),
            Some("1987-02-26")
        );
        assert_eq!(
            parse_date_or_timestamp("1987-02-26 15:01:01.12").as_deref(),
            Some("1987-02-26")
        );
        assert_eq!(
            parse_date_or_timestamp("1987-02-26").as_deref(),
            Some("1987-02-26")
        );
        assert_eq!(parse_date_or_timestamp("1987-02-30T00:00:00"), None);
        for good in [
            "2021-12-20T23:59:60Z",
            "2021-12-20T10:00",
            "2021-12-20 10:00:00.123+02:00",
            "2021-12-20T10:00:00-0530",
        ] {
            assert_eq!(
                parse_date_or_timestamp(good).as_deref(),
                Some("2021-12-20"),
                "{good}"
            );
        }
        for bad in [
            "2021-12-20T25:99:99Z",
            "2021-12-20T24:00",
            "2021-12-20T10:60",
            "2021-12-20T10:00:61",
            "2021-12-20T10:00:00.",
            "2021-12-20T10:00:00+25:00",
            "2021-12-20T",
            "2021-12-20T10",
            "2021-12-20Tnoon",
        ] {
            assert_eq!(parse_date_or_timestamp(bad), None, "{bad}");
        }
        assert_eq!(parse_date_or_timestamp("31-MAR-1987 605:12:19.12"), None);
        assert_eq!(parse_date_or_timestamp("1987-02-26X"), None);
        // A multi-byte character straddling byte 10 must not panic.
        assert_eq!(parse_date_or_timestamp("1987-02-2é"), None);
    }
}
