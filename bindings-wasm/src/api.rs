//! The binding's logic in plain Rust, so it is tested natively as well as in node.

use regionrad::{Lang, Report};

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
    /// The result could not be handed over; a defect of the binding.
    Internal,
}

impl ApiErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ApiErrorCode::InvalidArgument => "invalid_argument",
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

/// `today` as an ISO date and `lang` as `nb`/`en` (default `nb`), then the core's report.
pub fn validate(
    council: &str,
    meetings: &[String],
    today: &str,
    lang: Option<&str>,
) -> Result<Report, ApiError> {
    let today: chrono::NaiveDate = today.parse().map_err(|_| {
        ApiError::new(
            ApiErrorCode::InvalidArgument,
            &format!("today must be a date as YYYY-MM-DD, not `{today}`"),
        )
    })?;
    let lang: Lang = lang
        .unwrap_or("nb")
        .parse()
        .map_err(|e: String| ApiError::new(ApiErrorCode::InvalidArgument, &e))?;
    let meetings: Vec<&str> = meetings.iter().map(String::as_str).collect();
    Ok(regionrad::validate_json(council, &meetings, today).localized(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    const COUNCIL: &str = include_str!("../../fixtures/councils/trondelag-sorvest.json");
    const MEETING: &str = include_str!("../../fixtures/meetings/2023-01-20-kdu.json");

    #[test]
    fn validates_and_localizes() {
        let broken = MEETING.replace("\"remote\": true", "\"remote\": \"yes\"");
        let report = validate(COUNCIL, &[broken], "2023-02-01", Some("en")).unwrap();
        assert_eq!(report.findings.len(), 1);
        assert_eq!(report.findings[0].code.as_str(), "input.invalid");
        assert!(report.findings[0].message.starts_with("Invalid input"));
        let clean = validate(COUNCIL, &[MEETING.to_owned()], "2023-02-01", None).unwrap();
        assert!(clean.findings.is_empty());
    }

    #[test]
    fn refuses_bad_arguments_with_a_code() {
        let err = validate(COUNCIL, &[], "01.02.2023", None).unwrap_err();
        assert_eq!(err.code, ApiErrorCode::InvalidArgument);
        assert!(err.message.contains("YYYY-MM-DD"));
        let err = validate(COUNCIL, &[], "2023-02-01", Some("sv")).unwrap_err();
        assert_eq!(err.code.as_str(), "invalid_argument");
    }
}
