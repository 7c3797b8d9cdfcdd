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
    report_json(
        &regionrad::PreparedCouncil::from_json(council),
        meetings,
        today,
        lang,
    )
}

/// The report of `validate` as JSON text, for a council decoded once or for this call.
fn report_json(
    council: &regionrad::PreparedCouncil,
    meetings: &[String],
    today: &str,
    lang: &str,
) -> Result<String, String> {
    let today = parse_date("today", today)?;
    let lang: regionrad::Lang = lang.parse()?;
    let meetings: Vec<&str> = meetings.iter().map(String::as_str).collect();
    let report = council.validate_json(&meetings, today).localized(lang);
    Ok(regionrad::encode::to_string(&report))
}

/// A council (JSON text) decoded and checked once; `validate` and `presence` are the
/// functions of those names with this council.
#[pyclass(name = "PreparedCouncil", module = "regionrad._native", frozen)]
struct PreparedCouncil {
    council: regionrad::PreparedCouncil,
}

#[pymethods]
impl PreparedCouncil {
    #[new]
    fn new(council: &str) -> Self {
        PreparedCouncil {
            council: regionrad::PreparedCouncil::from_json(council),
        }
    }

    /// As `validate(council, meetings, today, lang)`.
    #[pyo3(signature = (meetings, today, lang = "nb"))]
    fn validate(&self, meetings: Vec<String>, today: &str, lang: &str) -> PyResult<String> {
        report_json(&self.council, &meetings, today, lang).map_err(PyValueError::new_err)
    }

    /// As `presence(council, meeting)`.
    fn presence(&self, meeting: &str) -> PyResult<String> {
        let items = regionrad::quorum::presence_prepared(&self.council, meeting)
            .map_err(PyValueError::new_err)?;
        to_json(&items)
    }

    /// As `next_case_number(council, meetings, body, date)`.
    fn next_case_number(&self, meetings: Vec<String>, body: &str, date: &str) -> PyResult<String> {
        next_number_json(&self.council, &meetings, body, date).map_err(PyValueError::new_err)
    }
}

/// The next free case number of `body` for a meeting on `date` (`YYYY-MM-DD`), given the
/// body's meetings (JSON texts): its parts as JSON. Raises `ValueError` for a body the
/// council lacks, a document that does not decode or a bad date.
#[pyfunction]
fn next_case_number(
    council: &str,
    meetings: Vec<String>,
    body: &str,
    date: &str,
) -> PyResult<String> {
    let council = regionrad::PreparedCouncil::from_json(council);
    next_number_json(&council, &meetings, body, date).map_err(PyValueError::new_err)
}

fn next_number_json(
    council: &regionrad::PreparedCouncil,
    meetings: &[String],
    body: &str,
    date: &str,
) -> Result<String, String> {
    let date = parse_date("date", date)?;
    let council = council
        .decoded()
        .map_err(|f| format!("council: {}", f.message))?;
    let meetings: Vec<&str> = meetings.iter().map(String::as_str).collect();
    regionrad::numbering::next_case_number_json(council, &meetings, body, date)
        .map(|number| regionrad::encode::to_string(&number))
        .map_err(|e| e.to_string())
}

/// Parses a case number into its parts (JSON text), resolving a two-digit year against
/// `meeting_date` (`YYYY-MM-DD`) when given. Returns `{"number": {...}}` or
/// `{"error": {"kind", "position", "message"}}`; raises `ValueError` for a bad date.
#[pyfunction]
#[pyo3(signature = (text, meeting_date = None))]
fn parse_case_number(text: &str, meeting_date: Option<&str>) -> PyResult<String> {
    parse_case_number_to_json(text, meeting_date).map_err(PyValueError::new_err)
}

fn parse_case_number_to_json(text: &str, meeting_date: Option<&str>) -> Result<String, String> {
    let date = meeting_date
        .map(|date| parse_date("meeting_date", date))
        .transpose()?;
    let outcome = match text.parse::<regionrad::CaseNumber>() {
        Ok(number) => {
            let number = date.map_or_else(|| number.clone(), |d| number.resolved(d));
            serde_json::json!({ "number": number })
        }
        Err(error) => serde_json::json!({ "error": {
            "kind": error.kind.as_str(),
            "position": error.position,
            "message": error.to_string(),
        }}),
    };
    Ok(outcome.to_string())
}

/// Splits a budget by the council's key (or `key`, JSON of a key for this run). Returns
/// JSON `{"apportionment": ... | null, "report": {"findings": [...]}}`.
#[pyfunction]
#[pyo3(signature = (council, budget, population, key = None, lang = "nb"))]
fn contributions(
    council: &str,
    budget: &str,
    population: &str,
    key: Option<&str>,
    lang: &str,
) -> PyResult<String> {
    let lang: regionrad::Lang = lang.parse().map_err(PyValueError::new_err)?;
    let mut result = regionrad::cost::apportion_json(council, budget, population, key);
    result.report = result.report.localized(lang);
    to_json(&result)
}

/// Fits a two-part key to invoiced amounts (JSON list). Returns JSON of the fit; raises
/// `ValueError` when no key can be fitted.
#[pyfunction]
fn recover_equal_share(invoiced: &str) -> PyResult<String> {
    let invoiced: Vec<regionrad::cost::Invoiced> = regionrad::decode::from_str(invoiced)
        .map_err(|e| PyValueError::new_err(format!("invoiced: {e}")))?;
    let fit = regionrad::cost::recover_equal_share(&invoiced).map_err(PyValueError::new_err)?;
    to_json(&fit)
}

/// Reads SSB population figures (`format` "json-stat" or "csv") into the table format, as JSON.
#[pyfunction]
fn parse_population(text: &str, format: &str) -> PyResult<String> {
    let table = regionrad::cost::parse_population(text, format).map_err(PyValueError::new_err)?;
    to_json(&table)
}

/// Lines up apportionments side by side (JSON `[{"label", "apportionment"}]`); JSON out.
#[pyfunction]
fn compare(scenarios: &str) -> PyResult<String> {
    let comparison = regionrad::cost::compare_json(scenarios).map_err(PyValueError::new_err)?;
    to_json(&comparison)
}

/// Who counted for each agenda item (JSON list); raises `ValueError` when a document does not
/// decode or the body is unknown.
#[pyfunction]
fn presence(council: &str, meeting: &str) -> PyResult<String> {
    let items =
        regionrad::quorum::presence_json(council, meeting).map_err(PyValueError::new_err)?;
    to_json(&items)
}

/// The register of open follow-ups as of `as_of` (YYYY-MM-DD), as JSON; raises `ValueError`
/// when a document does not decode.
#[pyfunction]
fn register(council: &str, meetings: Vec<String>, as_of: &str) -> PyResult<String> {
    let as_of = parse_date("as_of", as_of).map_err(PyValueError::new_err)?;
    let refs: Vec<&str> = meetings.iter().map(String::as_str).collect();
    let list =
        regionrad::followup::register_json(council, &refs, as_of).map_err(PyValueError::new_err)?;
    to_json(&list)
}

/// Minutes text read into a meeting, with the council (JSON) where given: the reading (meeting,
/// findings in `lang`, spans) as JSON. Raises `ValueError` when the council does not decode.
#[pyfunction]
#[pyo3(signature = (text, council=None, lang="nb"))]
fn read_minutes(text: &str, council: Option<&str>, lang: &str) -> PyResult<String> {
    let lang: regionrad::Lang = lang.parse().map_err(PyValueError::new_err)?;
    to_json(&regionrad::minutes::read_json(text, council, lang).map_err(PyValueError::new_err)?)
}

/// A meeting (JSON) written as clean minutes; raises `ValueError` when it does not decode.
#[pyfunction]
#[pyo3(signature = (meeting, lang="nb"))]
fn write_minutes(meeting: &str, lang: &str) -> PyResult<String> {
    let lang: regionrad::Lang = lang.parse().map_err(PyValueError::new_err)?;
    regionrad::minutes::write_json(meeting, lang).map_err(PyValueError::new_err)
}

/// A meeting (JSON) with e-mail addresses and phone numbers taken out, as JSON; raises
/// `ValueError` when it does not decode.
#[pyfunction]
fn redact_meeting(meeting: &str) -> PyResult<String> {
    to_json(
        &regionrad::redact::redact_json(meeting, regionrad::Lang::En)
            .map_err(PyValueError::new_err)?,
    )
}

/// A date argument as `YYYY-MM-DD`; the error names the argument as Python callers spell it.
fn parse_date(name: &str, text: &str) -> Result<chrono::NaiveDate, String> {
    regionrad::date::parse(text)
        .map_err(|_| format!("{name} must be a date as YYYY-MM-DD, not {text:?}"))
}

/// A result as JSON text for the Python layer.
fn to_json<T: regionrad::encode::ToJson + ?Sized>(value: &T) -> PyResult<String> {
    Ok(regionrad::encode::to_string(value))
}

#[pymodule]
fn _native(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(validate, module)?)?;
    module.add_class::<PreparedCouncil>()?;
    module.add_function(wrap_pyfunction!(parse_case_number, module)?)?;
    module.add_function(wrap_pyfunction!(next_case_number, module)?)?;
    module.add_function(wrap_pyfunction!(contributions, module)?)?;
    module.add_function(wrap_pyfunction!(recover_equal_share, module)?)?;
    module.add_function(wrap_pyfunction!(parse_population, module)?)?;
    module.add_function(wrap_pyfunction!(compare, module)?)?;
    module.add_function(wrap_pyfunction!(presence, module)?)?;
    module.add_function(wrap_pyfunction!(register, module)?)?;
    module.add_function(wrap_pyfunction!(read_minutes, module)?)?;
    module.add_function(wrap_pyfunction!(write_minutes, module)?)?;
    module.add_function(wrap_pyfunction!(redact_meeting, module)?)?;
    module.add("SCHEMA_VERSION", regionrad::SCHEMA_VERSION)?;
    module.add(
        "BUNDLED_COUNCIL",
        regionrad::bundled::TRONDELAG_SORVEST_COUNCIL,
    )?;
    module.add(
        "BUNDLED_POPULATION",
        regionrad::bundled::TRONDELAG_SORVEST_POPULATION,
    )?;
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
    fn parses_case_numbers_into_parts_or_error() {
        let ok: serde_json::Value = serde_json::from_str(
            &super::parse_case_number_to_json("rr sak 8/21", Some("2021-03-05")).unwrap(),
        )
        .unwrap();
        assert_eq!(ok["number"]["canonical"], "RR 8/2021");
        let err: serde_json::Value =
            serde_json::from_str(&super::parse_case_number_to_json("/21", None).unwrap()).unwrap();
        assert_eq!(err["error"]["kind"], "missing_sequence");
        assert!(super::parse_case_number_to_json("8/21", Some("5.3.21")).is_err());
    }

    #[test]
    fn refuses_arguments_that_are_not_a_date_or_language() {
        let err = validate_to_json(COUNCIL, &[], "5. mars 2021", "nb").unwrap_err();
        assert!(err.contains("YYYY-MM-DD"), "{err}");
        assert!(validate_to_json(COUNCIL, &[], "2021-03-05", "de").is_err());
    }
}
