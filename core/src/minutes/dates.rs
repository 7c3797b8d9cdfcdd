//! Dates and times as Norwegian minutes write them: "5. mars 2021", "12.februar", "3 mars",
//! "20.01.23", "25.11. 2023"; "kl. 1000 – 1330", "0900-1100", "etter kl 1100".

use chrono::{Datelike, NaiveDate};

use crate::clock_time::ClockTime;

const MONTHS: [&str; 12] = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];

/// The Norwegian name of a month, 1-based.
pub(crate) fn month_name(month: u32) -> &'static str {
    MONTHS
        .get(month.saturating_sub(1) as usize)
        .copied()
        .unwrap_or("")
}

/// A date found in text; the year is absent where the text leaves it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FoundDate {
    /// Byte range in the text searched.
    pub start: usize,
    pub end: usize,
    pub day: u32,
    pub month: u32,
    pub year: Option<i32>,
}

/// Which year a date without one means, seen from the meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Towards {
    /// A decision already taken: the latest such date on or before the meeting.
    Past,
    /// A deadline: the first such date on or after the meeting.
    Future,
}

impl FoundDate {
    /// The date, with a missing year taken from `anchor` in the direction given.
    pub(super) fn resolve(&self, anchor: NaiveDate, towards: Towards) -> Option<NaiveDate> {
        self.resolved(anchor, towards)
            .filter(|d| crate::limits::YEARS.contains(&d.year()))
    }

    fn resolved(&self, anchor: NaiveDate, towards: Towards) -> Option<NaiveDate> {
        if let Some(year) = self.year {
            return NaiveDate::from_ymd_opt(year, self.month, self.day);
        }
        let same = NaiveDate::from_ymd_opt(anchor.year(), self.month, self.day);
        match (towards, same) {
            (Towards::Past, Some(d)) if d <= anchor => Some(d),
            (Towards::Past, _) => NaiveDate::from_ymd_opt(anchor.year() - 1, self.month, self.day),
            (Towards::Future, Some(d)) if d >= anchor => Some(d),
            (Towards::Future, _) => {
                NaiveDate::from_ymd_opt(anchor.year() + 1, self.month, self.day)
            }
        }
    }
}

fn two_or_four_digit_year(digits: &str) -> Option<i32> {
    let n: i32 = digits.parse().ok()?;
    match digits.len() {
        2 => Some(if n < 70 { 2000 + n } else { 1900 + n }),
        4 => Some(n),
        _ => None,
    }
}

/// The run of ASCII digits starting at byte `at`.
fn digits_at(text: &str, at: usize) -> &str {
    let rest = text.get(at..).unwrap_or("");
    let len = rest.bytes().take_while(u8::is_ascii_digit).count();
    &rest[..len]
}

fn month_at(text: &str, at: usize) -> Option<(u32, usize)> {
    let rest = text.get(at..)?;
    let word_len = rest
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    let word = rest[..word_len].to_lowercase();
    if word.len() < 3 {
        return None;
    }
    let month = MONTHS.iter().position(|m| {
        *m == word || (word.len() == 3 && m.starts_with(&word) && rest[word_len..].starts_with('.'))
    })?;
    let mut end = at + word_len;
    if word.len() == 3 && text[end..].starts_with('.') {
        end += 1;
    }
    Some((u32::try_from(month + 1).ok()?, end))
}

/// Every date in `text`, in order. Linear in the text.
pub(crate) fn find_dates(text: &str) -> Vec<FoundDate> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let starts_run =
            bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric());
        if !starts_run {
            i += 1;
            continue;
        }
        let day_digits = digits_at(text, i);
        let after = i + day_digits.len();
        if let Some(found) = date_at(text, i, day_digits, after) {
            i = found.end;
            out.push(found);
        } else {
            i = after;
        }
    }
    out
}

fn date_at(text: &str, start: usize, day_digits: &str, after: usize) -> Option<FoundDate> {
    if day_digits.is_empty() || day_digits.len() > 2 {
        return None;
    }
    let day: u32 = day_digits.parse().ok()?;
    let bytes = text.as_bytes();
    let mut at = after;
    let dotted = bytes.get(at) == Some(&b'.');
    if dotted {
        at += 1;
    }
    // "12.februar", "5. mars", "3 mars"
    let word_at = at + text[at..].len() - text[at..].trim_start_matches(' ').len();
    if word_at - at <= 1 {
        if let Some((month, end)) = month_at(text, word_at) {
            let (year, end) = year_after(text, end);
            return valid(start, end, day, month, year);
        }
    }
    if !dotted {
        return None;
    }
    // "20.01.23", "07.10.21", "25.11. 2023", "01.01.2023"
    let month_digits = digits_at(text, at);
    if month_digits.is_empty() || month_digits.len() > 2 {
        return None;
    }
    let month: u32 = month_digits.parse().ok()?;
    let mut end = at + month_digits.len();
    if bytes.get(end) != Some(&b'.') {
        return None;
    }
    end += 1;
    let mut year_at = end;
    if bytes.get(year_at) == Some(&b' ') {
        year_at += 1;
    }
    let year_digits = digits_at(text, year_at);
    match two_or_four_digit_year(year_digits) {
        Some(year) if year_digits.len() == 4 || year_at == end => {
            valid(start, year_at + year_digits.len(), day, month, Some(year))
        }
        _ => valid(start, end, day, month, None),
    }
}

fn year_after(text: &str, end: usize) -> (Option<i32>, usize) {
    let at = end + usize::from(text.as_bytes().get(end) == Some(&b' '));
    let digits = digits_at(text, at);
    if digits.len() == 4 {
        (digits.parse().ok(), at + 4)
    } else {
        (None, end)
    }
}

fn valid(start: usize, end: usize, day: u32, month: u32, year: Option<i32>) -> Option<FoundDate> {
    // A year the documents cannot hold ("01.01.0000") is no date to read.
    if year.is_some_and(|y| !crate::limits::YEARS.contains(&y)) {
        return None;
    }
    let check_year = year.unwrap_or(2000); // a leap year, so "29. februar" passes
    NaiveDate::from_ymd_opt(check_year, month, day)?;
    Some(FoundDate {
        start,
        end,
        day,
        month,
        year,
    })
}

/// The first date in `text` that gives its year, or any date resolved against `anchor`.
#[cfg(test)]
fn first_date(text: &str, anchor: Option<NaiveDate>, towards: Towards) -> Option<NaiveDate> {
    let found = find_dates(text);
    let first = found.first()?;
    match anchor {
        Some(anchor) => first.resolve(anchor, towards),
        None => first
            .year
            .and_then(|y| NaiveDate::from_ymd_opt(y, first.month, first.day)),
    }
}

/// A time of day written "1000", "10:00", "10.00" or "10".
fn time_at(text: &str, at: usize) -> Option<(ClockTime, usize)> {
    let digits = digits_at(text, at);
    let end = at + digits.len();
    let bytes = text.as_bytes();
    match digits.len() {
        4 => {
            let hour = digits[..2].parse().ok()?;
            let minute = digits[2..].parse().ok()?;
            Some((ClockTime::new(hour, minute)?, end))
        }
        1 | 2 => {
            let hour: u8 = digits.parse().ok()?;
            if matches!(bytes.get(end), Some(b':' | b'.')) {
                let minutes = digits_at(text, end + 1);
                if minutes.len() == 2 {
                    let minute = minutes.parse().ok()?;
                    return Some((ClockTime::new(hour, minute)?, end + 3));
                }
            }
            Some((ClockTime::new(hour, 0)?, end))
        }
        _ => None,
    }
}

/// A time range "kl. 1000 – 1330", "0900-1100", "10:00–13:30": start, end (if given) and the
/// byte range it takes.
pub(crate) fn find_time_range(text: &str) -> Option<(ClockTime, Option<ClockTime>, usize, usize)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let starts_run =
            bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric());
        let digits = digits_at(text, i);
        // A lone number of one or two digits is a time only after "kl".
        let after_kl = text[..i].trim_end().to_lowercase().ends_with("kl")
            || text[..i].trim_end().to_lowercase().ends_with("kl.");
        let colon = has_colon(text, i + digits.len());
        let candidate = digits.len() == 4 || (digits.len() <= 2 && (after_kl || colon));
        if starts_run && candidate {
            if let Some((start, end_at)) = time_at(text, i) {
                let rest = &text[end_at..];
                let trimmed = rest.trim_start();
                let dash = ["-", "–", "—"].iter().find(|d| trimmed.starts_with(**d));
                if let Some(dash) = dash {
                    let after_dash = end_at + (rest.len() - trimmed.len()) + dash.len();
                    let spaces = text[after_dash..].len() - text[after_dash..].trim_start().len();
                    if let Some((finish, finish_end)) = time_at(text, after_dash + spaces) {
                        return Some((start, Some(finish), i, finish_end));
                    }
                }
                // A lone four-digit number is a year unless "kl" says it is a time.
                if after_kl || colon {
                    return Some((start, None, i, end_at));
                }
            }
        }
        i += digits.len().max(1);
        while i < bytes.len() && !text.is_char_boundary(i) {
            i += 1;
        }
    }
    None
}

fn has_colon(text: &str, at: usize) -> bool {
    text.as_bytes().get(at) == Some(&b':') && digits_at(text, at + 1).len() == 2
}

/// "etter kl 1100" / "fra kl. 12.30": the time an item or a person starts.
pub(crate) fn after_time(text: &str) -> Option<(ClockTime, usize, usize)> {
    let lower = super::text::lower(text);
    let at = ["etter kl", "fra kl"].iter().find_map(|w| lower.find(w))?;
    let (time, _, start, end) = find_time_range(&text[at..])?;
    Some((time, at + start, at + end))
}

/// A date written the way minutes write it: "5. mars 2021".
pub(crate) fn written(date: NaiveDate) -> String {
    format!(
        "{}. {} {}",
        date.day(),
        month_name(date.month()),
        date.year()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_forms_of_the_seeds_are_read() {
        let anchor = d(2021, 3, 5);
        let cases = [
            ("Dato: 5. mars 2021", d(2021, 3, 5)),
            ("Vedtak regionrådet 12.februar – sak 7/21", d(2021, 2, 12)),
            ("Godkjenning av innkalling 20.01.23", d(2023, 1, 20)),
            ("Vedtak Regionrådet 25.11. 2023", d(2023, 11, 25)),
            ("(ASU) 07.10.21, sak 36/21", d(2021, 10, 7)),
            ("Søknadsfrist er 1.mars 2023", d(2023, 3, 1)),
            ("behandles i KDU 3 mars", d(2021, 3, 3)),
            ("fra 01.01.2023 til", d(2023, 1, 1)),
        ];
        for (text, want) in cases {
            assert_eq!(
                first_date(text, Some(anchor), Towards::Past),
                Some(want),
                "{text}"
            );
        }
    }

    #[test]
    fn a_missing_year_points_the_right_way() {
        let found = find_dates("3. desember")[0];
        assert_eq!(
            found.resolve(d(2021, 11, 5), Towards::Future),
            Some(d(2021, 12, 3))
        );
        assert_eq!(
            found.resolve(d(2021, 11, 5), Towards::Past),
            Some(d(2020, 12, 3))
        );
    }

    #[test]
    fn numbers_that_are_not_dates_are_left() {
        assert!(find_dates("Midtre-Gauldal: 18/2 og § 18-2, 31.13.21").is_empty());
        assert!(find_dates("30. februar 2021").is_empty());
    }

    #[test]
    fn time_ranges() {
        let t = |h, m| ClockTime::new(h, m).unwrap();
        assert_eq!(
            find_time_range("kl. 1000 – 1330").map(|r| (r.0, r.1)),
            Some((t(10, 0), Some(t(13, 30))))
        );
        assert_eq!(
            find_time_range("Teams 0900-1100").map(|r| (r.0, r.1)),
            Some((t(9, 0), Some(t(11, 0))))
        );
        assert_eq!(
            find_time_range("10:00–13:30").map(|r| (r.0, r.1)),
            Some((t(10, 0), Some(t(13, 30))))
        );
        assert_eq!(after_time("(etter kl 1230)").map(|r| r.0), Some(t(12, 30)));
        // `Ⱥ` is a byte longer in lower case: the offset found is still one in the text.
        let long_lower = "ȺȺȺȺȺȺȺȺȺȺȺȺ etter kl 1230";
        assert_eq!(after_time(long_lower), Some((t(12, 30), 34, 38)));
        assert_eq!(find_time_range("5. mars 2021"), None);
    }
}
