//! Misuse of the API: an argument that is not what a function takes, a document a function
//! cannot answer without that does not decode, a case number that is not one. Problems in
//! the documents themselves are findings in a report, never errors.

use crate::case_number::ParseError;
use crate::findings::Finding;
use crate::i18n::Lang;

/// Why a call was refused. Each kind has a stable [`ErrorCode`], which the bindings carry
/// over as they are: `RegionradError.code` in JavaScript, the `RegionradError` subclass and
/// its `.code` in Python.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An argument is not what the function takes: a date, a language, a format, a body the
    /// council does not have.
    #[error("{0}")]
    InvalidArgument(String),
    /// A document the answer needs does not decode, or data cannot be used as it is (a
    /// population file that is not one, invoices that fit no key).
    #[error("{0}")]
    InvalidInput(String),
    /// The text given as a case number is not one; the parse error says why and where.
    #[error(transparent)]
    InvalidCaseNumber(#[from] ParseError),
}

/// The stable code of an [`Error`]'s kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorCode {
    InvalidArgument,
    InvalidInput,
    InvalidCaseNumber,
}

impl ErrorCode {
    /// Every code, for the bindings' tests that map each one.
    pub const ALL: [ErrorCode; 3] = [
        ErrorCode::InvalidArgument,
        ErrorCode::InvalidInput,
        ErrorCode::InvalidCaseNumber,
    ];

    /// The code as it crosses every boundary: `"invalid_argument"`, …
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidArgument => "invalid_argument",
            ErrorCode::InvalidInput => "invalid_input",
            ErrorCode::InvalidCaseNumber => "invalid_case_number",
        }
    }
}

impl Error {
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::InvalidArgument(_) => ErrorCode::InvalidArgument,
            Error::InvalidInput(_) => ErrorCode::InvalidInput,
            Error::InvalidCaseNumber(_) => ErrorCode::InvalidCaseNumber,
        }
    }

    /// A document that did not decode where the answer needs it, said in one line in
    /// `lang` with what the caller calls it: "council: …", "meetings\[2\]: …".
    pub fn document(name: &str, finding: Finding, lang: Lang) -> Self {
        Error::InvalidInput(crate::document::described(name, finding, lang))
    }
}

/// A date argument written `YYYY-MM-DD`, as every date in the wire format is; `name` is the
/// argument's name, for the error.
///
/// # Errors
/// [`Error::InvalidArgument`] naming the argument, when `text` is not such a date.
///
/// ```
/// let today = regionrad::parse_date("today", "2023-02-01").unwrap();
/// assert_eq!(today.to_string(), "2023-02-01");
/// let error = regionrad::parse_date("today", "1. februar 2023").unwrap_err();
/// assert_eq!(error.code().as_str(), "invalid_argument");
/// assert_eq!(error.to_string(), "today must be a date as YYYY-MM-DD, not `1. februar 2023`");
/// ```
pub fn parse_date(name: &str, text: &str) -> Result<chrono::NaiveDate, Error> {
    crate::strict::date_from_text(text).map_err(|_| {
        Error::InvalidArgument(format!("{name} must be a date as YYYY-MM-DD, not `{text}`"))
    })
}

/// A language argument: `nb` or `en`.
///
/// # Errors
/// [`Error::InvalidArgument`] for any other text.
pub fn parse_lang(text: &str) -> Result<Lang, Error> {
    text.parse().map_err(Error::InvalidArgument)
}
