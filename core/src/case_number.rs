//! Case numbers (saksnummer) as minutes write them: `10/ 21`, `KDU 72/21`, `Sak 01/2017`,
//! `sak 06b/2016`, `PS 2015/100`, `rr sak 8/21`, `SR-sak 32/14`, `090/15.1`.
//!
//! One pass over the text, no regular expressions, no allocation but the body prefix.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};

/// The longest text taken as a case number; anything longer is refused before scanning.
pub const MAX_LEN: usize = 80;
/// The largest sequence number accepted.
pub const MAX_SEQUENCE: u32 = 99_999;
/// The largest dotted sub-item accepted (`090/15.1`).
pub const MAX_SUB_ITEM: u16 = 999;

/// The case-type series of archive systems: political, reference, delegated, question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Series {
    /// Politisk sak.
    Ps,
    /// Referatsak.
    Rs,
    /// Delegert sak.
    Ds,
    /// Forespørsel / spørsmål.
    Fo,
}

impl Series {
    pub fn as_str(self) -> &'static str {
        match self {
            Series::Ps => "PS",
            Series::Rs => "RS",
            Series::Ds => "DS",
            Series::Fo => "FO",
        }
    }

    /// The series an upper-cased word names.
    fn from_word(word: &str) -> Option<Series> {
        [Series::Ps, Series::Rs, Series::Ds, Series::Fo]
            .into_iter()
            .find(|s| word == s.as_str())
    }
}

/// The year part: four digits as written, or two digits not yet resolved to a century.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CaseYear {
    Full(u16),
    TwoDigit(u8),
}

impl CaseYear {
    /// The full year, resolving two digits to the year nearest `reference_year` (so `21`
    /// in a 2021 meeting is 2021 and `99` in a 2001 meeting is 1999; a tie goes back).
    pub fn resolve(self, reference_year: i32) -> i32 {
        match self {
            CaseYear::Full(year) => i32::from(year),
            CaseYear::TwoDigit(short) => {
                let century = reference_year.div_euclid(100) * 100;
                [century - 100, century, century + 100]
                    .into_iter()
                    .map(|c| c + i32::from(short))
                    .min_by_key(|candidate| ((candidate - reference_year).abs(), *candidate))
                    .unwrap_or(century + i32::from(short))
            }
        }
    }

    /// The full year when it is written with four digits.
    pub fn full(self) -> Option<u16> {
        match self {
            CaseYear::Full(year) => Some(year),
            CaseYear::TwoDigit(_) => None,
        }
    }
}

/// A parsed case number.
///
/// ```
/// use regionrad::case_number::{CaseNumber, CaseYear};
/// let n: CaseNumber = "KDU 5 /23".parse().unwrap();
/// assert_eq!((n.body.as_deref(), n.sequence, n.year), (Some("KDU"), 5, CaseYear::TwoDigit(23)));
/// assert_eq!(n.to_string(), "KDU 5/23");
///
/// let meeting = chrono::NaiveDate::from_ymd_opt(2023, 1, 20).unwrap();
/// assert_eq!(n.resolved(meeting).to_string(), "KDU 5/2023");
/// assert_eq!("sak 06b/2016".parse::<CaseNumber>().unwrap().to_string(), "6b/2016");
/// assert_eq!("PS 2015/100".parse::<CaseNumber>().unwrap().to_string(), "PS 100/2015");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CaseNumber {
    /// The body prefix, upper-cased ("KDU", "RR", "SR", "ASU").
    pub body: Option<String>,
    pub series: Option<Series>,
    /// The running number within body, year (and series), from 1.
    pub sequence: u32,
    /// A letter marking a sub-case (`06b`), lower-cased.
    pub suffix: Option<char>,
    pub year: CaseYear,
    /// A dotted sub-item after the year (`090/15.1`).
    pub sub_item: Option<u16>,
}

impl CaseNumber {
    /// The same number with a two-digit year resolved against the date of the meeting
    /// where it stands.
    pub fn resolved(&self, meeting_date: NaiveDate) -> CaseNumber {
        let year = self.year.resolve(meeting_date.year());
        CaseNumber {
            year: u16::try_from(year).map_or(self.year, CaseYear::Full),
            ..self.clone()
        }
    }

    /// The full year, resolving two digits against `meeting_date`.
    pub fn year_on(&self, meeting_date: NaiveDate) -> i32 {
        self.year.resolve(meeting_date.year())
    }
}

impl fmt::Display for CaseNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(body) = &self.body {
            // A prefix that would read as something else ("SAK", "PS", "A-SAK") is written
            // as its "-sak" form, which reads as the prefix itself.
            if prefix(body) == Prefix::Body(body.clone()) {
                write!(f, "{body} ")?;
            } else {
                write!(f, "{body}-sak ")?;
            }
        }
        if let Some(series) = self.series {
            write!(f, "{} ", series.as_str())?;
        }
        write!(f, "{}", self.sequence)?;
        if let Some(suffix) = self.suffix {
            write!(f, "{suffix}")?;
        }
        match self.year {
            CaseYear::Full(year) => write!(f, "/{year:04}")?,
            CaseYear::TwoDigit(year) => write!(f, "/{year:02}")?,
        }
        if let Some(sub) = self.sub_item {
            write!(f, ".{sub}")?;
        }
        Ok(())
    }
}

/// A case number as the bindings and the CLI give it: its parts, and the canonical text.
impl serde::Serialize for CaseNumber {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        struct Parts<'a> {
            body: Option<&'a str>,
            series: Option<Series>,
            sequence: u32,
            suffix: Option<char>,
            year: Option<u16>,
            two_digit_year: Option<u8>,
            sub_item: Option<u16>,
            canonical: String,
        }
        Parts {
            body: self.body.as_deref(),
            series: self.series,
            sequence: self.sequence,
            suffix: self.suffix,
            year: self.year.full(),
            two_digit_year: match self.year {
                CaseYear::TwoDigit(y) => Some(y),
                CaseYear::Full(_) => None,
            },
            sub_item: self.sub_item,
            canonical: self.to_string(),
        }
        .serialize(serializer)
    }
}

/// Why a text is not a case number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    Empty,
    TooLong,
    MissingNumber,
    MissingSlash,
    MissingSequence,
    MissingYear,
    BadYear,
    ZeroSequence,
    SequenceTooLarge,
    BadSubItem,
    TooManyPrefixes,
    UnexpectedCharacter,
}

impl ErrorKind {
    /// A stable snake_case id, used by the test vectors in every language.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Empty => "empty",
            ErrorKind::TooLong => "too_long",
            ErrorKind::MissingNumber => "missing_number",
            ErrorKind::MissingSlash => "missing_slash",
            ErrorKind::MissingSequence => "missing_sequence",
            ErrorKind::MissingYear => "missing_year",
            ErrorKind::BadYear => "bad_year",
            ErrorKind::ZeroSequence => "zero_sequence",
            ErrorKind::SequenceTooLarge => "sequence_too_large",
            ErrorKind::BadSubItem => "bad_sub_item",
            ErrorKind::TooManyPrefixes => "too_many_prefixes",
            ErrorKind::UnexpectedCharacter => "unexpected_character",
        }
    }
}

/// A text that is not a case number: what is wrong, and where (a character index).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub kind: ErrorKind,
    /// Character offset into the text as given (before trimming).
    pub position: usize,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            ErrorKind::Empty => "the text is empty".to_owned(),
            ErrorKind::TooLong => format!("the text is longer than {MAX_LEN} characters"),
            ErrorKind::MissingNumber => "there is no number".to_owned(),
            ErrorKind::MissingSlash => "the number has no `/` before the year".to_owned(),
            ErrorKind::MissingSequence => "there is no sequence number before `/`".to_owned(),
            ErrorKind::MissingYear => "there is no year after `/`".to_owned(),
            ErrorKind::BadYear => "the year must have two or four digits".to_owned(),
            ErrorKind::ZeroSequence => "sequence numbers start at 1".to_owned(),
            ErrorKind::SequenceTooLarge => format!("the sequence number is above {MAX_SEQUENCE}"),
            ErrorKind::BadSubItem => {
                format!("a sub-item after `.` is a number from 1 to {MAX_SUB_ITEM}")
            }
            ErrorKind::TooManyPrefixes => {
                "more than one body or series before the number".to_owned()
            }
            ErrorKind::UnexpectedCharacter => "unexpected character".to_owned(),
        };
        write!(
            f,
            "not a case number: {what} (at character {})",
            self.position + 1
        )
    }
}

impl std::error::Error for ParseError {}

/// A cursor over the characters of the text, counting characters for error positions.
struct Scanner<'a> {
    text: &'a str,
    byte: usize,
    char_index: usize,
}

impl<'a> Scanner<'a> {
    fn peek(&self) -> Option<char> {
        self.text[self.byte..].chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.byte += c.len_utf8();
        self.char_index += 1;
        Some(c)
    }

    fn skip_spaces(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.bump();
        }
    }

    fn error(&self, kind: ErrorKind) -> ParseError {
        ParseError {
            kind,
            position: self.char_index,
        }
    }

    /// ASCII digits from here: their value (saturating) and how many there were.
    fn digits(&mut self) -> (u64, usize) {
        let mut value: u64 = 0;
        let mut count = 0;
        while let Some(d) = self
            .peek()
            .and_then(|c| c.to_digit(10).filter(|_| c.is_ascii_digit()))
        {
            value = value.saturating_mul(10).saturating_add(u64::from(d));
            count += 1;
            self.bump();
        }
        (value, count)
    }

    /// A word of letters and inner hyphens ("KDU", "SR-sak").
    fn word(&mut self) -> &'a str {
        let start = self.byte;
        while self.peek().is_some_and(|c| c.is_alphabetic() || c == '-') {
            self.bump();
        }
        &self.text[start..self.byte]
    }
}

impl FromStr for CaseNumber {
    type Err = ParseError;

    fn from_str(text: &str) -> Result<Self, ParseError> {
        parse(text)
    }
}

/// `"SR-SAK"` → `"SR"`: the body named before "-sak" in an upper-cased word.
fn strip_sak(word: &str) -> Option<&str> {
    word.strip_suffix("-SAK")
}

/// What a word before the number says.
#[derive(Debug, PartialEq, Eq)]
enum Prefix {
    /// "sak": only the word for case.
    Case,
    Series(Series),
    /// A body's prefix, upper-cased.
    Body(String),
}

/// A word before the number: "X-sak" is X (a body, or "PS-sak" the series), "sak" says
/// nothing, PS/RS/DS/FO are series, any other word is a body's prefix. The word is
/// upper-cased before it is told apart, so that a body is never a word that, upper-cased
/// as bodies are kept, reads as "SAK" or a series ("ſak" is "SAK").
fn prefix(word: &str) -> Prefix {
    let word = prefix_form(word);
    let stem = strip_sak(&word).unwrap_or(&word);
    if stem == "SAK" {
        Prefix::Case
    } else if let Some(series) = Series::from_word(stem) {
        Prefix::Series(series)
    } else {
        Prefix::Body(stem.to_owned())
    }
}

/// A body prefix as case numbers keep it: upper case letter by letter, keeping a letter
/// whose capital is more than one character ("ǰ" → "J̌", "ß" → "SS"), so that the prefix
/// reads back as the same letters.
pub fn prefix_form(word: &str) -> String {
    word.chars().map(capital).collect()
}

/// Whether two prefixes are the same in any letter case: their [`prefix_form`]s are equal
/// ("rådet", "RÅDET" and "Rådet" are; `eq_ignore_ascii_case` would see "å" and "Å" as
/// different letters).
pub fn same_prefix(a: &str, b: &str) -> bool {
    a.chars().map(capital).eq(b.chars().map(capital))
}

/// A letter's capital where it is one character, else the letter itself.
fn capital(c: char) -> char {
    let mut capital = c.to_uppercase();
    match (capital.next(), capital.next()) {
        (Some(one), None) => one,
        _ => c,
    }
}

/// Parses a case number in any of the forms real minutes use.
pub fn parse(text: &str) -> Result<CaseNumber, ParseError> {
    let mut s = Scanner {
        text,
        byte: 0,
        char_index: 0,
    };
    s.skip_spaces();
    if s.peek().is_none() {
        return Err(s.error(ErrorKind::Empty));
    }
    if text.trim().chars().count() > MAX_LEN {
        return Err(s.error(ErrorKind::TooLong));
    }

    let mut body: Option<String> = None;
    let mut series: Option<Series> = None;
    // Words before the number (see `prefix`).
    while s.peek().is_some_and(char::is_alphabetic) {
        let at = s.error(ErrorKind::TooManyPrefixes);
        let body_word = match prefix(s.word()) {
            Prefix::Case => None,
            Prefix::Series(found) => {
                if series.replace(found).is_some() {
                    return Err(at);
                }
                None
            }
            Prefix::Body(stem) => Some(stem),
        };
        if let Some(name) = body_word {
            if name.is_empty() || name.starts_with('-') || name.ends_with('-') {
                return Err(ParseError {
                    kind: ErrorKind::UnexpectedCharacter,
                    ..at
                });
            }
            if body.replace(name).is_some() {
                return Err(at);
            }
        }
        match s.peek() {
            Some(c) if c.is_whitespace() => s.skip_spaces(),
            Some(c) if c.is_ascii_digit() || c == '/' => {
                return Err(s.error(ErrorKind::UnexpectedCharacter));
            }
            _ => {}
        }
    }
    match s.peek() {
        None => return Err(s.error(ErrorKind::MissingNumber)),
        Some('/') => return Err(s.error(ErrorKind::MissingSequence)),
        Some(c) if !c.is_ascii_digit() => return Err(s.error(ErrorKind::UnexpectedCharacter)),
        Some(_) => {}
    }

    let left_at = s.error(ErrorKind::ZeroSequence);
    let (left, left_digits) = s.digits();
    let suffix = match s.peek() {
        Some(c) if c.is_ascii_alphabetic() => {
            s.bump();
            if s.peek().is_some_and(char::is_alphabetic) {
                return Err(s.error(ErrorKind::UnexpectedCharacter));
            }
            Some(c.to_ascii_lowercase())
        }
        _ => None,
    };
    s.skip_spaces();
    match s.peek() {
        Some('/') => {
            s.bump();
        }
        None => return Err(s.error(ErrorKind::MissingSlash)),
        Some(_) => return Err(s.error(ErrorKind::UnexpectedCharacter)),
    }
    s.skip_spaces();
    let right_at = s.error(ErrorKind::BadYear);
    let (right, right_digits) = s.digits();
    if right_digits == 0 {
        return Err(match s.peek() {
            None => s.error(ErrorKind::MissingYear),
            Some(_) => s.error(ErrorKind::UnexpectedCharacter),
        });
    }
    if s.peek().is_some_and(|c| c.is_alphanumeric()) {
        return Err(s.error(ErrorKind::UnexpectedCharacter));
    }

    // Year-first (`PS 2015/100`): four digits on the left that read as a year, a sequence
    // on the right, and no letter suffix. Otherwise sequence first.
    let year_first = left_digits == 4
        && (1900..=2099).contains(&left)
        && right_digits != 4
        && right_digits != 2
        && suffix.is_none();
    let (sequence, sequence_at, year, year_digits, year_at) = if year_first {
        (right, right_at.clone(), left, left_digits, left_at.clone())
    } else {
        (left, left_at.clone(), right, right_digits, right_at.clone())
    };
    let year = match year_digits {
        2 => CaseYear::TwoDigit(year as u8),
        4 => CaseYear::Full(year as u16),
        _ => {
            return Err(ParseError {
                kind: ErrorKind::BadYear,
                ..year_at
            })
        }
    };
    if sequence == 0 {
        return Err(ParseError {
            kind: ErrorKind::ZeroSequence,
            ..sequence_at
        });
    }
    if sequence > u64::from(MAX_SEQUENCE) {
        return Err(ParseError {
            kind: ErrorKind::SequenceTooLarge,
            ..sequence_at
        });
    }

    let sub_item = if s.peek() == Some('.') {
        s.bump();
        let sub_at = s.error(ErrorKind::BadSubItem);
        let (sub, sub_digits) = s.digits();
        if sub_digits == 0 || sub == 0 || sub > u64::from(MAX_SUB_ITEM) {
            return Err(sub_at);
        }
        Some(sub as u16)
    } else {
        None
    };
    s.skip_spaces();
    if s.peek().is_some() {
        return Err(s.error(ErrorKind::UnexpectedCharacter));
    }
    Ok(CaseNumber {
        body,
        series,
        sequence: sequence as u32,
        suffix,
        year,
        sub_item,
    })
}
