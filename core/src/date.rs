//! Calendar dates as the wire format and every API take them: `YYYY-MM-DD` exactly, the
//! full-date of RFC 3339 that JSON Schema's `format: date` names.
//!
//! chrono's own parser is more lenient than the schema (it takes `2021-2-5`, ` 2021-02-05`,
//! `+2021-02-05`), so a document the JSON Schema refuses would decode here; parsing by hand
//! keeps the two in step, and leaves chrono's general-purpose parser out of the WebAssembly
//! module.

use std::fmt;

use chrono::NaiveDate;

use crate::decode::{string, DecodeError, FromJson};
use crate::json::Node;

/// Parses a date written `YYYY-MM-DD`: four digits, two, two, with hyphens between, and
/// nothing around them.
///
/// ```
/// use chrono::NaiveDate;
/// use regionrad::date::{parse, DateError};
///
/// assert_eq!(parse("2021-11-05"), Ok(NaiveDate::from_ymd_opt(2021, 11, 5).unwrap()));
/// assert_eq!(parse("2021-11-5"), Err(DateError::NotYyyyMmDd));
/// assert_eq!(parse("2023-02-30"), Err(DateError::NoSuchDay));
/// ```
pub fn parse(text: &str) -> Result<NaiveDate, DateError> {
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && [0, 1, 2, 3, 5, 6, 8, 9]
            .iter()
            .all(|&i| bytes[i].is_ascii_digit());
    if !shaped {
        return Err(DateError::NotYyyyMmDd);
    }
    let number = |range: std::ops::Range<usize>| {
        bytes[range]
            .iter()
            .fold(0u32, |n, digit| n * 10 + u32::from(digit - b'0'))
    };
    // Four digits always fit an i32.
    let year = i32::try_from(number(0..4)).map_err(|_| DateError::NoSuchDay)?;
    NaiveDate::from_ymd_opt(year, number(5..7), number(8..10)).ok_or(DateError::NoSuchDay)
}

/// Why a text is not a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not written `YYYY-MM-DD`.
    NotYyyyMmDd,
    /// Written so, but no such day: `2023-02-30`, month 13.
    NoSuchDay,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DateError::NotYyyyMmDd => "not a date as YYYY-MM-DD",
            DateError::NoSuchDay => "no such day in the calendar",
        })
    }
}

impl std::error::Error for DateError {}

/// A date field of a document: a string as [`parse`] takes it.
impl FromJson for NaiveDate {
    fn from_json(node: &Node<'_>) -> Result<Self, DecodeError> {
        let text = string(node, "a date as YYYY-MM-DD")?;
        parse(text).map_err(|e| DecodeError::new(node, format!("{e}: `{text}`")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn takes_the_full_date_and_the_calendar_edges() {
        assert_eq!(parse("2021-11-05"), Ok(ymd(2021, 11, 5)));
        assert_eq!(parse("2024-02-29"), Ok(ymd(2024, 2, 29)));
        assert_eq!(parse("0000-01-01"), Ok(ymd(0, 1, 1)));
        assert_eq!(parse("9999-12-31"), Ok(ymd(9999, 12, 31)));
    }

    #[test]
    fn refuses_what_the_schema_refuses_though_chrono_would_take_it() {
        for text in [
            "2021-2-5",
            " 2021-02-05",
            "2021-02-05 ",
            "+2021-02-05",
            "-0001-01-01",
            "2021 -02-05",
            "12021-02-05",
            "20210205",
            "2021-02",
            "2021-02-05T00:00",
            "2021/02/05",
            "5.2.2021",
            "２０２１-02-05",
            "",
        ] {
            assert_eq!(parse(text), Err(DateError::NotYyyyMmDd), "{text:?}");
        }
    }

    #[test]
    fn refuses_days_that_do_not_exist() {
        for text in [
            "2023-02-29",
            "2023-02-30",
            "2021-13-01",
            "2021-00-10",
            "2021-04-31",
        ] {
            assert_eq!(parse(text), Err(DateError::NoSuchDay), "{text:?}");
        }
    }

    #[test]
    fn a_document_field_says_which_text_is_wrong() {
        use crate::decode::from_str;
        assert_eq!(
            from_str::<NaiveDate>(r#""2021-11-05""#),
            Ok(ymd(2021, 11, 5))
        );
        assert_eq!(from_str::<Option<NaiveDate>>("null"), Ok(None));
        let error = from_str::<NaiveDate>(r#""2021-2-5""#).unwrap_err();
        assert_eq!(error.message(), "not a date as YYYY-MM-DD: `2021-2-5`");
        let error = from_str::<NaiveDate>("20211105").unwrap_err();
        assert_eq!(
            error.message(),
            "invalid type: integer `20211105`, expected a date as YYYY-MM-DD"
        );
    }
}
