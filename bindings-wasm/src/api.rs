//! The binding's logic in plain Rust, so it is tested natively as well as in node.

#[cfg(any(feature = "forms", feature = "minutes", feature = "cost"))]
use regionrad::Lang;

/// Why a call was refused: misuse of the API, not a problem in the documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub code: ApiErrorCode,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiErrorCode {
    /// An argument is not what the function takes (a date, a language).
    InvalidArgument,
    /// The text given as a case number is not one.
    InvalidCaseNumber,
    /// Data that cannot be used as it is (a population file, invoices that fit no key).
    InvalidInput,
    /// The result could not be handed over; a defect of the binding.
    Internal,
}

impl ApiErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ApiErrorCode::InvalidArgument => "invalid_argument",
            ApiErrorCode::InvalidCaseNumber => "invalid_case_number",
            ApiErrorCode::InvalidInput => "invalid_input",
            ApiErrorCode::Internal => "internal",
        }
    }
}

impl ApiError {
    pub fn new(code: ApiErrorCode, message: &str) -> Self {
        ApiError {
            code,
            message: message.to_owned(),
        }
    }
}

/// A case number's parts, resolved against `meeting_date` (`YYYY-MM-DD`) when given.
/// The error of a text that is not a case number carries the parse error's kind and
/// position in `detail`.
#[cfg(feature = "forms")]
pub fn parse_case_number(
    text: &str,
    meeting_date: Option<&str>,
) -> Result<regionrad::CaseNumber, (ApiError, Option<regionrad::case_number::ParseError>)> {
    let date = match meeting_date {
        Some(date) => Some(parse_date("meetingDate", date).map_err(|e| (e, None))?),
        None => None,
    };
    let number: regionrad::CaseNumber =
        text.parse()
            .map_err(|error: regionrad::case_number::ParseError| {
                (
                    ApiError::new(ApiErrorCode::InvalidCaseNumber, &error.to_string()),
                    Some(error),
                )
            })?;
    Ok(match date {
        Some(date) => number.resolved(date),
        None => number,
    })
}

/// The next free number of `body` for a meeting on `date`, given the body's meetings
/// (JSON): a body the council lacks is misuse, a meeting that does not decode bad input.
#[cfg(feature = "forms")]
pub fn next_case_number(
    council: &regionrad::PreparedCouncil,
    meetings: &[String],
    body: &str,
    date: chrono::NaiveDate,
) -> Result<regionrad::CaseNumber, ApiError> {
    use regionrad::numbering::NextNumberError;
    let council = council.decoded().map_err(|f| {
        ApiError::new(
            ApiErrorCode::InvalidInput,
            &format!("council: {}", f.message),
        )
    })?;
    let meetings: Vec<&str> = meetings.iter().map(String::as_str).collect();
    regionrad::numbering::next_case_number_json(council, &meetings, body, date).map_err(|e| {
        let code = match e {
            NextNumberError::UnknownBody(_) => ApiErrorCode::InvalidArgument,
            NextNumberError::Document(_) => ApiErrorCode::InvalidInput,
        };
        ApiError::new(code, &e.to_string())
    })
}

#[cfg(any(feature = "forms", feature = "register"))]
pub fn parse_date(name: &str, text: &str) -> Result<chrono::NaiveDate, ApiError> {
    regionrad::date::parse(text).map_err(|_| {
        ApiError::new(
            ApiErrorCode::InvalidArgument,
            &format!("{name} must be a date as YYYY-MM-DD, not `{text}`"),
        )
    })
}

/// A budget split by the council's key (or `key`, a key given for the run), with messages
/// in `lang`.
#[cfg(feature = "cost")]
pub fn contributions(
    council: &str,
    budget: &str,
    population: &str,
    key: Option<&str>,
    lang: Option<&str>,
) -> Result<regionrad::cost::Apportioned, ApiError> {
    let lang = parse_lang(lang)?;
    let mut result = regionrad::cost::apportion_json(council, budget, population, key);
    result.report = result.report.localized(lang);
    Ok(result)
}

#[cfg(any(feature = "forms", feature = "minutes", feature = "cost"))]
fn parse_lang(lang: Option<&str>) -> Result<Lang, ApiError> {
    lang.unwrap_or("nb")
        .parse()
        .map_err(|e: String| ApiError::new(ApiErrorCode::InvalidArgument, &e))
}

/// The equal share of a two-part key fitted to invoiced amounts (a JSON list of
/// `{municipality, amount_ore, population}`).
#[cfg(feature = "cost")]
pub fn recover_equal_share(invoiced: &str) -> Result<regionrad::cost::Recovery, ApiError> {
    let invoiced: Vec<regionrad::cost::Invoiced> = regionrad::decode::from_str(invoiced)
        .map_err(|e| ApiError::new(ApiErrorCode::InvalidArgument, &format!("invoiced: {e}")))?;
    regionrad::cost::recover_equal_share(&invoiced)
        .map_err(|e| ApiError::new(ApiErrorCode::InvalidInput, &e))
}

/// A population table from SSB's JSON-stat 2.0 (`format` `"json-stat"`) or CSV (`"csv"`).
#[cfg(feature = "cost")]
pub fn parse_population(
    text: &str,
    format: &str,
) -> Result<regionrad::cost::PopulationTable, ApiError> {
    // A format we do not read is misuse; a file that does not read is bad input.
    let code = if matches!(format, "json-stat" | "csv") {
        ApiErrorCode::InvalidInput
    } else {
        ApiErrorCode::InvalidArgument
    };
    regionrad::cost::parse_population(text, format).map_err(|e| ApiError::new(code, &e))
}

/// `today` as an ISO date and `lang` as `nb`/`en` (default `nb`), then the core's report.
#[cfg(feature = "forms")]
pub fn validate(
    council: &regionrad::PreparedCouncil,
    meetings: &[String],
    today: &str,
    lang: Option<&str>,
) -> Result<regionrad::Report, ApiError> {
    let today = parse_date("today", today)?;
    let lang = parse_lang(lang)?;
    let meetings: Vec<&str> = meetings.iter().map(String::as_str).collect();
    Ok(council.validate_json(&meetings, today).localized(lang))
}

/// Minutes text read into a meeting, with the council (JSON) where given; the reader's
/// findings in `lang`.
#[cfg(feature = "minutes")]
pub fn read_minutes(
    text: &str,
    council: Option<&str>,
    lang: Option<&str>,
) -> Result<regionrad::minutes::Reading, ApiError> {
    regionrad::minutes::read_json(text, council, parse_lang(lang)?)
        .map_err(|e| ApiError::new(ApiErrorCode::InvalidInput, &e))
}

/// A meeting (JSON) written as clean minutes.
#[cfg(feature = "minutes")]
pub fn write_minutes(meeting: &str, lang: Option<&str>) -> Result<String, ApiError> {
    regionrad::minutes::write_json(meeting, parse_lang(lang)?)
        .map_err(|e| ApiError::new(ApiErrorCode::InvalidInput, &e))
}

#[cfg(all(test, feature = "forms", feature = "minutes"))]
mod tests {
    use super::*;

    const COUNCIL: &str = include_str!("../../fixtures/councils/trondelag-sorvest.json");

    fn prepared() -> regionrad::PreparedCouncil {
        regionrad::PreparedCouncil::from_json(COUNCIL)
    }
    const MEETING: &str = include_str!("../../fixtures/meetings/2021-11-05-kdu.json");

    #[test]
    fn validates_and_localizes() {
        let broken = MEETING.replace("\"remote\": true", "\"remote\": \"yes\"");
        let report = validate(&prepared(), &[broken], "2021-12-01", Some("en")).unwrap();
        assert_eq!(report.findings.len(), 1);
        assert_eq!(report.findings[0].code.as_str(), "input.invalid");
        assert!(report.findings[0].message.starts_with("Invalid input"));
        let clean = validate(&prepared(), &[MEETING.to_owned()], "2021-12-01", None).unwrap();
        assert!(clean.is_ok(), "{:?}", clean.findings);
    }

    #[test]
    fn parses_case_numbers_or_says_why_not() {
        let number = parse_case_number("KDU 5 /23", Some("2023-01-20")).unwrap();
        assert_eq!(number.to_string(), "KDU 5/2023");
        let (err, parse_error) = parse_case_number("12/", None).unwrap_err();
        assert_eq!(err.code.as_str(), "invalid_case_number");
        assert_eq!(parse_error.map(|e| e.kind.as_str()), Some("missing_year"));
        let (err, _) = parse_case_number("5/21", Some("5. mars")).unwrap_err();
        assert_eq!(err.code, ApiErrorCode::InvalidArgument);
    }

    #[test]
    fn reads_and_writes_minutes() {
        let text = "Referat\nDato: 20.01.23\n\nKDU 1/23 Godkjenning\n\nVedtak: Godkjent\n";
        let reading = read_minutes(text, Some(COUNCIL), Some("en")).unwrap();
        assert_eq!(reading.meeting.body, "kdu");
        let written = write_minutes(&regionrad::encode::to_string(&reading.meeting), None).unwrap();
        assert!(written.contains("KDU 1/23 Godkjenning"));
        let err = read_minutes(text, Some("{}"), None).unwrap_err();
        assert_eq!(err.code, ApiErrorCode::InvalidInput);
        assert!(err.message.starts_with("council: "));
        assert_eq!(
            write_minutes("[]", None).unwrap_err().code,
            ApiErrorCode::InvalidInput
        );
    }

    #[test]
    fn refuses_bad_arguments_with_a_code() {
        let err = validate(&prepared(), &[], "01.02.2023", None).unwrap_err();
        assert_eq!(err.code, ApiErrorCode::InvalidArgument);
        assert!(err.message.contains("YYYY-MM-DD"));
        let err = validate(&prepared(), &[], "2023-02-01", Some("sv")).unwrap_err();
        assert_eq!(err.code.as_str(), "invalid_argument");
    }
}
