//! Python binding, module `regionrad._native`. It only translates: documents in as JSON text
//! or as Python objects (read by serde as strictly as the text would be, [`input`]), answers
//! out as Python objects of the wire format, misuse raised as the `regionrad` exception of
//! its code. The Pythonic layer (dates, result classes, tables) is `python/regionrad`.
//!
//! The core's work runs with the GIL released (`Python::detach`), so that other threads run
//! meanwhile: decoding JSON text, and the answer's work. Reading Python objects and making
//! the answer's objects hold it; so does `validate`'s work, for it reads each meeting as
//! the rules ask for it.

mod input;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};
use regionrad::document::{Decoded, Source};
use regionrad::{Error, Lang};
use serde::de::DeserializeOwned;

use crate::input::{Input, Nesting, Text};

/// The `regionrad` exception of an error's code, with its message (and, for a case number
/// that is not one, why and where).
fn raise(py: Python<'_>, error: &Error) -> PyErr {
    let raised = (|| -> PyResult<PyErr> {
        let errors = py.import("regionrad._errors")?;
        let class = errors.getattr(exception_class(error.code()))?;
        let exception = match error {
            Error::InvalidCaseNumber(parse) => {
                class.call1((error.to_string(), parse.kind.as_str(), parse.position))?
            }
            _ => class.call1((error.to_string(),))?,
        };
        Ok(PyErr::from_value(exception))
    })();
    raised.unwrap_or_else(|e| e)
}

/// The Python exception class of each code, one each.
fn exception_class(code: regionrad::ErrorCode) -> &'static str {
    match code {
        regionrad::ErrorCode::InvalidArgument => "InvalidArgumentError",
        regionrad::ErrorCode::InvalidInput => "InvalidInputError",
        regionrad::ErrorCode::InvalidCaseNumber => "CaseNumberError",
        // A code newer than this binding is still an input error.
        _ => "InvalidInputError",
    }
}

/// Each code with its exception class, for the tests that hold the two languages together.
#[pyfunction]
fn error_classes() -> Vec<(&'static str, &'static str)> {
    regionrad::ErrorCode::ALL
        .iter()
        .map(|code| (code.as_str(), exception_class(*code)))
        .collect()
}

fn argument(py: Python<'_>, message: String) -> PyErr {
    raise(py, &Error::InvalidArgument(message))
}

/// A document as JSON text (`str`, or UTF-8 `bytes`) or as a Python object, decoded as
/// `T`; only an argument that is neither raises.
fn document<T: DeserializeOwned + regionrad::document::WireDocument + Send>(
    document: &Bound<'_, PyAny>,
    source: Source,
) -> PyResult<Decoded<T>> {
    decoded(
        document,
        source,
        |text| regionrad::document::decode(text, source),
        |object, nesting| {
            regionrad::document::decode_from(|| Input::new(object.clone(), nesting), source)
        },
    )
}

/// A meeting document, the `index`th of those given, held to the meeting limits.
fn meeting(document: &Bound<'_, PyAny>, index: usize) -> PyResult<Decoded<regionrad::Meeting>> {
    decoded(
        document,
        Source::Meeting(index),
        |text| regionrad::decode_meeting(text, index),
        |object, nesting| {
            regionrad::document::decode_meeting_from(|| Input::new(object.clone(), nesting), index)
        },
    )
}

fn decoded<T: Send>(
    document: &Bound<'_, PyAny>,
    source: Source,
    from_text: impl FnOnce(&str) -> Decoded<T> + Send,
    from_object: impl FnOnce(&Bound<'_, PyAny>, &Nesting) -> Decoded<T>,
) -> PyResult<Decoded<T>> {
    let py = document.py();
    // JSON text is decoded without the GIL; Python objects are read with it.
    if let Ok(text) = document.cast::<PyString>() {
        let text = crate::input::text_of(text)?;
        return Ok(py.detach(|| from_text(&text)));
    }
    if let Ok(bytes) = document.cast::<PyBytes>() {
        let text = std::str::from_utf8(bytes.as_bytes())
            .map_err(|e| argument(py, format!("{} is not UTF-8: {e}", name(source))))?;
        return Ok(py.detach(|| from_text(text)));
    }
    // Nesting too deep is found where a reading reaches it: the decoding itself, or the
    // version probe of a document that did not decode, which reads every field.
    let nesting = Nesting::default();
    let decoded = from_object(document, &nesting);
    if nesting.too_deep() {
        return Ok(Err(regionrad::document::too_deep(source)));
    }
    Ok(decoded)
}

/// What a document is called in an error about the argument.
fn name(source: Source) -> String {
    match source {
        Source::Council => "council".to_owned(),
        Source::Meeting(index) => format!("meetings[{index}]"),
        Source::Budget => "budget".to_owned(),
        Source::Population => "population".to_owned(),
        Source::Key => "key".to_owned(),
    }
}

/// `answer` of the meetings given, each decoded at its index only when the core asks for it,
/// so that more than it reads at once are refused unread. An argument that is no document
/// at all stops the call: its error is raised, whatever the answer.
fn with_meetings<R>(
    list: &[Bound<'_, PyAny>],
    answer: impl FnOnce(&mut dyn ExactSizeIterator<Item = Decoded<regionrad::Meeting>>) -> R,
) -> PyResult<R> {
    let mut refused = None;
    let mut decoded = list.iter().enumerate().map(|(index, m)| {
        meeting(m, index).unwrap_or_else(|error| {
            refused.get_or_insert(error);
            // A stand-in: what the core makes of it is never handed out.
            Err(Source::Meeting(index).finding(regionrad::Code::InputInvalid, Vec::new()))
        })
    });
    let answer = answer(&mut decoded);
    drop(decoded);
    match refused {
        Some(error) => Err(error),
        None => Ok(answer),
    }
}

/// A document an answer cannot do without: decoded, or raised as `InvalidInputError`.
fn required<T>(py: Python<'_>, decoded: Decoded<T>, what: &str) -> PyResult<T> {
    decoded.map_err(|finding| raise(py, &Error::document(what, finding, Lang::Nb)))
}

/// The prepared council as decoded, or raised as `InvalidInputError`.
fn council_of<'c>(
    py: Python<'_>,
    council: &'c regionrad::PreparedCouncil,
) -> PyResult<&'c regionrad::Council> {
    council
        .decoded()
        .map_err(|finding| raise(py, &Error::document("council", finding.clone(), Lang::Nb)))
}

fn lang(py: Python<'_>, text: &str) -> PyResult<Lang> {
    regionrad::parse_lang(text).map_err(|e| raise(py, &e))
}

fn date(py: Python<'_>, name: &str, text: &str) -> PyResult<chrono::NaiveDate> {
    regionrad::parse_date(name, text).map_err(|e| raise(py, &e))
}

/// An answer as Python objects of the wire format.
fn to_python<T: serde::Serialize + ?Sized>(py: Python<'_>, value: &T) -> PyResult<Py<PyAny>> {
    Ok(pythonize::pythonize(py, value)
        .map_err(|e| PyValueError::new_err(e.to_string()))?
        .unbind())
}

/// A council decoded and checked once; `validate`, `validate_field`, `presence` and
/// `next_case_number` are the functions of those names with this council.
#[pyclass(name = "PreparedCouncil", module = "regionrad._native", frozen)]
struct PreparedCouncil {
    council: regionrad::PreparedCouncil,
}

#[pymethods]
impl PreparedCouncil {
    #[new]
    fn new(council: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(PreparedCouncil {
            council: prepared(council)?,
        })
    }

    /// As `validate(council, meetings, today, lang)`.
    #[pyo3(signature = (meetings, today, lang = "nb"))]
    fn validate(
        &self,
        py: Python<'_>,
        meetings: Vec<Bound<'_, PyAny>>,
        today: Text,
        lang: &str,
    ) -> PyResult<Py<PyAny>> {
        report(py, &self.council, &meetings, &today, lang)
    }

    /// As `validate_field(council, meeting, path, today, lang)`.
    #[pyo3(signature = (meeting, path, today, lang = "nb"))]
    fn validate_field(
        &self,
        py: Python<'_>,
        meeting: Bound<'_, PyAny>,
        path: &Bound<'_, PyAny>,
        today: Text,
        lang: &str,
    ) -> PyResult<Py<PyAny>> {
        field_report(py, &self.council, meeting, path, &today, lang)
    }

    /// As `presence(council, meeting)`.
    fn presence(&self, py: Python<'_>, meeting: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        presence_of(py, &self.council, meeting)
    }

    /// As `next_case_number(council, meetings, body, date)`.
    fn next_case_number(
        &self,
        py: Python<'_>,
        meetings: Vec<Bound<'_, PyAny>>,
        body: Text,
        date: Text,
    ) -> PyResult<Py<PyAny>> {
        next_number(py, &self.council, &meetings, &body, &date)
    }
}

fn prepared(council: &Bound<'_, PyAny>) -> PyResult<regionrad::PreparedCouncil> {
    Ok(regionrad::PreparedCouncil::from_decoded(document(
        council,
        Source::Council,
    )?))
}

/// Validates a council and its meetings as of `today` (`YYYY-MM-DD`), with messages in
/// `lang`. Returns the report; bad documents are findings, never exceptions.
#[pyfunction]
#[pyo3(signature = (council, meetings, today, lang = "nb"))]
fn validate(
    py: Python<'_>,
    council: &Bound<'_, PyAny>,
    meetings: Vec<Bound<'_, PyAny>>,
    today: Text,
    lang: &str,
) -> PyResult<Py<PyAny>> {
    report(py, &prepared(council)?, &meetings, &today, lang)
}

fn report(
    py: Python<'_>,
    council: &regionrad::PreparedCouncil,
    meetings: &[Bound<'_, PyAny>],
    today: &str,
    lang_code: &str,
) -> PyResult<Py<PyAny>> {
    let today = date(py, "today", today)?;
    let lang = lang(py, lang_code)?;
    let report = with_meetings(meetings, |m| council.validate_decoded(m, today))?;
    to_python(py, &report.localized(lang))
}

/// The findings about one field of a meeting (`path`, a list of field names and indices)
/// and what lies under it, as of `today`, in `lang`. The whole meeting is checked: a field
/// can be wrong because of another.
#[pyfunction]
#[pyo3(signature = (council, meeting, path, today, lang = "nb"))]
fn validate_field(
    py: Python<'_>,
    council: &Bound<'_, PyAny>,
    meeting: Bound<'_, PyAny>,
    path: &Bound<'_, PyAny>,
    today: Text,
    lang: &str,
) -> PyResult<Py<PyAny>> {
    field_report(py, &prepared(council)?, meeting, path, &today, lang)
}

/// The findings of `validate_field`, for a council decoded once or for this call: the
/// core's report of the meeting, at and under `path` (`Report::under`, as in JavaScript).
fn field_report(
    py: Python<'_>,
    council: &regionrad::PreparedCouncil,
    meeting: Bound<'_, PyAny>,
    path: &Bound<'_, PyAny>,
    today: &str,
    lang_code: &str,
) -> PyResult<Py<PyAny>> {
    let path: Vec<regionrad::PathSegment> = records(py, path, "path")?;
    let today = date(py, "today", today)?;
    let lang = lang(py, lang_code)?;
    let report = with_meetings(std::slice::from_ref(&meeting), |m| {
        council.validate_decoded(m, today)
    })?;
    let field = report.under(regionrad::Document::Meeting, Some(0), &path);
    to_python(py, &field.localized(lang))
}

/// The next free case number of `body` for a meeting on `date`, given the body's meetings.
#[pyfunction]
fn next_case_number(
    py: Python<'_>,
    council: &Bound<'_, PyAny>,
    meetings: Vec<Bound<'_, PyAny>>,
    body: Text,
    date: Text,
) -> PyResult<Py<PyAny>> {
    next_number(py, &prepared(council)?, &meetings, &body, &date)
}

fn next_number(
    py: Python<'_>,
    council: &regionrad::PreparedCouncil,
    meetings: &[Bound<'_, PyAny>],
    body: &str,
    on: &str,
) -> PyResult<Py<PyAny>> {
    let on = date(py, "date", on)?;
    let council = council_of(py, council)?;
    let meetings = with_meetings(meetings, |m| {
        regionrad::document::every_meeting(m, Lang::Nb)
    })?
    .map_err(|e| raise(py, &e))?;
    let number = py
        .detach(|| regionrad::numbering::next_number_of(council, &meetings, body, on))
        .map_err(|e| raise(py, &e))?;
    to_python(py, &number)
}

/// A case number's parts, resolving a two-digit year against `meeting_date` when given;
/// raises `CaseNumberError` for text that is not one.
#[pyfunction]
#[pyo3(signature = (text, meeting_date = None))]
fn parse_case_number(
    py: Python<'_>,
    text: Text,
    meeting_date: Option<Text>,
) -> PyResult<Py<PyAny>> {
    let meeting_date = meeting_date
        .as_deref()
        .map(|d| date(py, "meeting_date", d))
        .transpose()?;
    let number: regionrad::CaseNumber = text
        .parse()
        .map_err(|e: regionrad::case_number::ParseError| raise(py, &e.into()))?;
    let number = match meeting_date {
        Some(d) => number.resolved(d),
        None => number,
    };
    to_python(py, &number)
}

/// Splits a budget by the council's key (or `key`, a key for this run): `{"apportionment":
/// ... | None, "report": {"findings": [...]}}`.
#[pyfunction]
#[pyo3(signature = (council, budget, population, key = None, lang = "nb"))]
fn contributions(
    py: Python<'_>,
    council: &Bound<'_, PyAny>,
    budget: &Bound<'_, PyAny>,
    population: &Bound<'_, PyAny>,
    key: Option<&Bound<'_, PyAny>>,
    lang: &str,
) -> PyResult<Py<PyAny>> {
    let lang = self::lang(py, lang)?;
    let documents = (
        document(council, Source::Council)?,
        document(budget, Source::Budget)?,
        document(population, Source::Population)?,
        key.map(|key| document(key, Source::Key)).transpose()?,
    );
    let mut result = py.detach(|| {
        let (council, budget, population, key) = documents;
        regionrad::cost::apportion_decoded(council, budget, population, key)
    });
    result.report = result.report.localized(lang);
    to_python(py, &result)
}

/// A key prepared once for a council's participants in a budget year: many splits of it
/// cost a native call each, and return whole øre only. Made by `prepare`, which says why it
/// cannot be made instead.
#[pyclass(name = "PreparedKey", module = "regionrad._native", frozen)]
struct PreparedKey {
    key: regionrad::cost::PreparedKey,
}

#[pymethods]
impl PreparedKey {
    /// `(PreparedKey, findings)`, or `(None, report)` when the key cannot split for that
    /// year: as `contributions` with the council's key (named `key_name`, else its first)
    /// or `key`.
    #[staticmethod]
    #[pyo3(signature = (council, population, year, key = None, key_name = None, lang = "nb"))]
    fn prepare(
        py: Python<'_>,
        council: &Bound<'_, PyAny>,
        population: &Bound<'_, PyAny>,
        year: i32,
        key: Option<&Bound<'_, PyAny>>,
        key_name: Option<Text>,
        lang: &str,
    ) -> PyResult<(Option<PreparedKey>, Py<PyAny>)> {
        let lang = self::lang(py, lang)?;
        let documents = (
            document(council, Source::Council)?,
            document(population, Source::Population)?,
            key.map(|key| document(key, Source::Key)).transpose()?,
        );
        let prepared = py.detach(|| {
            let (council, population, key) = documents;
            regionrad::cost::PreparedKey::from_decoded(
                council,
                population,
                year,
                key,
                key_name.as_deref(),
            )
        });
        match prepared {
            Ok(key) => {
                let findings = regionrad::Report::new(key.findings().to_vec()).localized(lang);
                Ok((Some(PreparedKey { key }), to_python(py, &findings)?))
            }
            Err(report) => Ok((None, to_python(py, &report.localized(lang))?)),
        }
    }

    /// The participants' codes, in the order of every split's shares.
    fn municipalities(&self) -> Vec<String> {
        self.key
            .municipalities()
            .map(|code| code.as_str().to_owned())
            .collect()
    }

    /// Each participant's share of `total_ore` (a list of int øre), or the report of why it
    /// cannot be split (a dict), in `lang`.
    #[pyo3(signature = (total_ore, lang = "nb"))]
    fn split(&self, py: Python<'_>, total_ore: i64, lang: &str) -> PyResult<Py<PyAny>> {
        match self.key.split_ore(total_ore) {
            Ok(shares) => Ok(shares.into_pyobject(py)?.into_any().unbind()),
            Err(report) => to_python(py, &report.localized(self::lang(py, lang)?)),
        }
    }

    /// `total_ore` split once for each equal fraction (text: "3/10", "0.3"), the population
    /// part taking the rest: one list of int øre, or one report dict, per fraction.
    #[pyo3(signature = (total_ore, equal_fractions, lang = "nb"))]
    fn sweep_equal(
        &self,
        py: Python<'_>,
        total_ore: i64,
        equal_fractions: Vec<Text>,
        lang: &str,
    ) -> PyResult<Vec<Py<PyAny>>> {
        let lang = self::lang(py, lang)?;
        let fractions: Vec<regionrad::cost::Fraction> = equal_fractions
            .iter()
            .map(|text| {
                text.parse()
                    .map_err(|e: String| argument(py, format!("equal_fractions: {e}")))
            })
            .collect::<PyResult<_>>()?;
        let swept = py
            .detach(|| self.key.sweep_equal(total_ore, &fractions))
            .map_err(|e| raise(py, &e))?;
        swept
            .into_iter()
            .map(|split| match split {
                Ok(shares) => Ok(shares.into_pyobject(py)?.into_any().unbind()),
                Err(report) => to_python(py, &report.localized(lang)),
            })
            .collect()
    }
}

/// A list argument that is not a document: read as its type, or raised as misuse.
fn records<T: DeserializeOwned>(
    py: Python<'_>,
    records: &Bound<'_, PyAny>,
    what: &str,
) -> PyResult<T> {
    let nesting = Nesting::default();
    serde_path_to_error::deserialize(Input::new(records.clone(), &nesting))
        .map_err(|e| argument(py, format!("{what}: {e}")))
}

/// Fits a two-part key to invoiced amounts (a list of `{municipality, amount_ore,
/// population}`).
#[pyfunction]
fn recover_equal_share(py: Python<'_>, invoiced: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
    let invoiced: Vec<regionrad::cost::Invoiced> = records(py, invoiced, "invoiced")?;
    let fit = regionrad::cost::recover_equal_share(&invoiced).map_err(|e| raise(py, &e))?;
    to_python(py, &fit)
}

/// An amount in kroner as people write it ("kr 1 234 567,89", "2400000") in whole øre.
#[pyfunction]
fn parse_kroner(py: Python<'_>, text: Text) -> PyResult<i64> {
    regionrad::cost::parse_kroner(&text).map_err(|e| raise(py, &e))
}

/// Whole øre as kroner in `lang`'s way: `kr 1 234,56`, `NOK 1,234.56`.
#[pyfunction]
fn format_kroner(py: Python<'_>, ore: i64, lang: &str) -> PyResult<String> {
    Ok(regionrad::i18n::numbers::kroner(ore, self::lang(py, lang)?))
}

/// A decimal written with a point (`"18615"`, `"8.559"`) in `lang`'s way.
#[pyfunction]
fn format_decimal(py: Python<'_>, text: Text, lang: &str) -> PyResult<String> {
    Ok(regionrad::i18n::numbers::decimal(
        &text,
        self::lang(py, lang)?,
    ))
}

/// A percentage given as a decimal with a point (`"8.559"`) in `lang`'s way: `8,559 %`.
#[pyfunction]
fn format_percent(py: Python<'_>, text: Text, lang: &str) -> PyResult<String> {
    Ok(regionrad::i18n::numbers::percent(
        &text,
        self::lang(py, lang)?,
    ))
}

/// Reads SSB population figures (`format` "json-stat" or "csv") into the table format.
#[pyfunction]
fn parse_population(py: Python<'_>, text: Text, format: Text) -> PyResult<Py<PyAny>> {
    let table = regionrad::cost::parse_population(&text, &format).map_err(|e| raise(py, &e))?;
    to_python(py, &table)
}

/// Lines up apportionments side by side (`[{"label", "apportionment"}]`).
#[pyfunction]
fn compare(py: Python<'_>, scenarios: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
    let scenarios: Vec<regionrad::cost::Scenario> = records(py, scenarios, "scenarios")?;
    to_python(py, &regionrad::cost::compare_scenarios(&scenarios))
}

/// Who counted for each agenda item; raises `InvalidInputError` when a document does not
/// decode or the body is unknown.
#[pyfunction]
fn presence(
    py: Python<'_>,
    council: &Bound<'_, PyAny>,
    meeting: &Bound<'_, PyAny>,
) -> PyResult<Py<PyAny>> {
    presence_of(py, &prepared(council)?, meeting)
}

fn presence_of(
    py: Python<'_>,
    council: &regionrad::PreparedCouncil,
    meeting: &Bound<'_, PyAny>,
) -> PyResult<Py<PyAny>> {
    let council = council_of(py, council)?;
    let meeting = required(py, self::meeting(meeting, 0)?, "meeting")?;
    let items = py
        .detach(|| regionrad::quorum::presence(council, &meeting))
        .map_err(|e| raise(py, &e))?;
    to_python(py, &items)
}

/// The register of open follow-ups as of `as_of` (`YYYY-MM-DD`); raises `InvalidInputError`
/// when a document does not decode.
#[pyfunction]
fn register(
    py: Python<'_>,
    council: &Bound<'_, PyAny>,
    meetings: Vec<Bound<'_, PyAny>>,
    as_of: Text,
) -> PyResult<Py<PyAny>> {
    let as_of = date(py, "as_of", &as_of)?;
    let council = required(py, document(council, Source::Council)?, "council")?;
    let meetings = with_meetings(&meetings, |m| {
        regionrad::document::every_meeting(m, Lang::Nb)
    })?
    .map_err(|e| raise(py, &e))?;
    let register = py.detach(|| regionrad::followup::register(&council, &meetings, as_of));
    to_python(py, &register)
}

/// The council and its meetings as Popolo: organizations, persons, memberships, events,
/// motions and vote events. Raises `InvalidInputError` when a document does not decode.
#[pyfunction]
fn export_popolo(
    py: Python<'_>,
    council: &Bound<'_, PyAny>,
    meetings: Vec<Bound<'_, PyAny>>,
) -> PyResult<Py<PyAny>> {
    let council = required(py, document(council, Source::Council)?, "council")?;
    let meetings = with_meetings(&meetings, |m| {
        regionrad::document::every_meeting(m, Lang::Nb)
    })?
    .map_err(|e| raise(py, &e))?;
    let popolo = py.detach(|| regionrad::export::popolo::export(&council, &meetings));
    to_python(py, &popolo)
}

/// Minutes text read into a meeting, with the council where given: the reading (meeting,
/// findings in `lang`, spans). Raises `InvalidInputError` when the council does not decode.
#[pyfunction]
#[pyo3(signature = (text, council=None, lang="nb"))]
fn read_minutes(
    py: Python<'_>,
    text: Text,
    council: Option<&Bound<'_, PyAny>>,
    lang: &str,
) -> PyResult<Py<PyAny>> {
    let lang = self::lang(py, lang)?;
    let council = council
        .map(|c| {
            document(c, Source::Council)?
                .map_err(|finding| raise(py, &Error::document("council", finding, lang)))
        })
        .transpose()?;
    let reading = py.detach(|| regionrad::minutes::read_in(&text, council.as_ref(), lang));
    to_python(py, &reading)
}

/// A meeting written as clean minutes; raises `InvalidInputError` when it does not decode
/// or cannot be written so that it reads back.
#[pyfunction]
#[pyo3(signature = (meeting, council=None, lang="nb"))]
fn write_minutes(
    py: Python<'_>,
    meeting: &Bound<'_, PyAny>,
    council: Option<&Bound<'_, PyAny>>,
    lang: &str,
) -> PyResult<String> {
    let lang = self::lang(py, lang)?;
    let meeting = self::meeting(meeting, 0)?
        .map_err(|finding| raise(py, &Error::document("meeting", finding, lang)))?;
    let council = council
        .map(|c| {
            document(c, Source::Council)?
                .map_err(|finding| raise(py, &Error::document("council", finding, lang)))
        })
        .transpose()?;
    py.detach(|| regionrad::minutes::write(&meeting, council.as_ref(), lang))
        .map_err(|e| raise(py, &e))
}

/// A meeting made fit to publish, with what was withheld where; raises `InvalidInputError`
/// when it does not decode.
#[pyfunction]
fn redact_meeting(py: Python<'_>, meeting: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
    let meeting = self::meeting(meeting, 0)?
        .map_err(|finding| raise(py, &Error::document("meeting", finding, Lang::En)))?;
    let redaction = py.detach(|| regionrad::redact::redact_meeting(&meeting));
    to_python(py, &redaction)
}

#[pymodule]
fn _native(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(validate, module)?)?;
    module.add_function(wrap_pyfunction!(validate_field, module)?)?;
    module.add_class::<PreparedCouncil>()?;
    module.add_class::<PreparedKey>()?;
    module.add_function(wrap_pyfunction!(parse_case_number, module)?)?;
    module.add_function(wrap_pyfunction!(next_case_number, module)?)?;
    module.add_function(wrap_pyfunction!(contributions, module)?)?;
    module.add_function(wrap_pyfunction!(recover_equal_share, module)?)?;
    module.add_function(wrap_pyfunction!(parse_population, module)?)?;
    module.add_function(wrap_pyfunction!(parse_kroner, module)?)?;
    module.add_function(wrap_pyfunction!(format_kroner, module)?)?;
    module.add_function(wrap_pyfunction!(format_decimal, module)?)?;
    module.add_function(wrap_pyfunction!(format_percent, module)?)?;
    module.add_function(wrap_pyfunction!(compare, module)?)?;
    module.add_function(wrap_pyfunction!(presence, module)?)?;
    module.add_function(wrap_pyfunction!(register, module)?)?;
    module.add_function(wrap_pyfunction!(export_popolo, module)?)?;
    module.add_function(wrap_pyfunction!(read_minutes, module)?)?;
    module.add_function(wrap_pyfunction!(write_minutes, module)?)?;
    module.add_function(wrap_pyfunction!(redact_meeting, module)?)?;
    module.add_function(wrap_pyfunction!(error_classes, module)?)?;
    module.add("SCHEMA_VERSION", regionrad::SCHEMA_VERSION)?;
    module.add("MAX_DOCUMENT_BYTES", regionrad::limits::MAX_DOCUMENT_BYTES)?;
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
