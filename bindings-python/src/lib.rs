//! Python binding, module `regionrad._native`. It only translates: JSON text in, JSON text
//! out; the Pythonic layer (dates, exceptions, result classes) is `python/regionrad`.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

/// Validates a council and its meetings (JSON text each) as of `today` (`YYYY-MM-DD`), with
/// messages in `lang` (`nb` or `en`). Returns the report as JSON text. Raises `ValueError`
/// for arguments that are not a date or a language; bad documents are findings.
#[pyfunction]
#[pyo3(signature = (council, meetings, today, lang = "nb"))]
fn validate(council: &str, meetings: Vec<String>, today: &str, lang: &str) -> PyResult<String> {
    validate_to_json(council, &meetings, today, lang).map_err(PyValueError::new_err)
}

fn validate_to_json(
    council: &str,
    meetings: &[String],
    today: &str,
    lang: &str,
) -> Result<String, String> {
    let today: chrono::NaiveDate = today
        .parse()
        .map_err(|_| format!("today must be a date as YYYY-MM-DD, not {today:?}"))?;
    let lang: regionrad::Lang = lang.parse()?;
    let meetings: Vec<&str> = meetings.iter().map(String::as_str).collect();
    let report = regionrad::validate_json(council, &meetings, today).localized(lang);
    serde_json::to_string(&report).map_err(|e| format!("could not encode the report: {e}"))
}

#[pymodule]
fn _native(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(validate, module)?)?;
    module.add("SCHEMA_VERSION", regionrad::SCHEMA_VERSION)?;
    module.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::validate_to_json;

    const COUNCIL: &str = include_str!("../../fixtures/councils/trondelag-sorvest.json");
    const MEETING: &str = include_str!("../../fixtures/meetings/2021-03-05-kdu.json");

    #[test]
    fn reports_as_json_in_the_asked_language() {
        let late = MEETING.replace("\"date\": \"2021-03-05\"", "\"date\": \"2021-03-06\"");
        let json = validate_to_json(COUNCIL, &[late], "2021-03-05", "en").unwrap();
        let report: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(report["findings"][0]["code"], "meeting.date_after_today");
        assert_eq!(
            report["findings"][0]["message"],
            "The meeting date 2021-03-06 is after today, 2021-03-05"
        );
    }

    #[test]
    fn refuses_arguments_that_are_not_a_date_or_language() {
        let err = validate_to_json(COUNCIL, &[], "5. mars 2021", "nb").unwrap_err();
        assert!(err.contains("YYYY-MM-DD"), "{err}");
        assert!(validate_to_json(COUNCIL, &[], "2021-03-05", "de").is_err());
    }
}
