//! The `forms` module (the package's main entry): a meeting checked against its council as
//! a form is filled in, field by field; case numbers parsed and proposed; who counted for
//! each item; the meeting redacted before it is published.

use wasm_bindgen::prelude::*;

use crate::api;
use crate::args::{
    document_text, document_texts, invalid_argument, optional_string_arg, string_arg, to_js_error,
    to_plain_object,
};

/// Validates a council and its meetings as of `today` (`"YYYY-MM-DD"`), with messages in
/// `lang` (`"nb"`, the default, or `"en"`). Documents may be JSON text or plain objects.
/// Returns `{findings: [...]}`; bad documents are findings, never exceptions.
#[wasm_bindgen]
pub fn validate(
    council: JsValue,
    meetings: JsValue,
    today: JsValue,
    lang: JsValue,
) -> Result<JsValue, JsValue> {
    report(&prepared(&council)?, &meetings, &today, &lang)
}

/// A council decoded and checked once, for validating many meetings against it — a form
/// that validates on every keystroke. `validate`, `validateField`, `quorumStatus` and
/// `nextCaseNumber` give exactly what the functions of those names give with the same
/// council, without decoding and checking it again each time. A council that does not
/// decode still validates: its findings come first in every report. `free()` releases it at
/// once; otherwise the garbage collector does.
#[wasm_bindgen(js_name = PreparedCouncil)]
pub struct PreparedCouncil {
    council: regionrad::PreparedCouncil,
}

#[wasm_bindgen(js_class = PreparedCouncil)]
impl PreparedCouncil {
    /// Decodes and checks `council` (JSON text or a plain object).
    #[wasm_bindgen(constructor)]
    pub fn new(council: JsValue) -> Result<PreparedCouncil, JsValue> {
        Ok(PreparedCouncil {
            council: prepared(&council)?,
        })
    }

    /// As `validate(council, meetings, today, lang)`.
    pub fn validate(
        &self,
        meetings: JsValue,
        today: JsValue,
        lang: JsValue,
    ) -> Result<JsValue, JsValue> {
        report(&self.council, &meetings, &today, &lang)
    }

    /// As `validateField(council, meeting, path, today, lang)`.
    #[wasm_bindgen(js_name = validateField)]
    pub fn validate_field(
        &self,
        meeting: JsValue,
        path: JsValue,
        today: JsValue,
        lang: JsValue,
    ) -> Result<JsValue, JsValue> {
        field_report(&self.council, &meeting, &path, &today, &lang)
    }

    /// As `quorumStatus(council, meeting)`.
    #[wasm_bindgen(js_name = quorumStatus)]
    pub fn quorum_status(&self, meeting: JsValue) -> Result<JsValue, JsValue> {
        presence(&self.council, &meeting)
    }

    /// As `nextCaseNumber(council, meetings, body, date)`.
    #[wasm_bindgen(js_name = nextCaseNumber)]
    pub fn next_case_number(
        &self,
        meetings: JsValue,
        body: JsValue,
        date: JsValue,
    ) -> Result<JsValue, JsValue> {
        next_number(&self.council, &meetings, &body, &date)
    }
}

/// The report of `validate`, for a council decoded once or for this call.
fn report(
    council: &regionrad::PreparedCouncil,
    meetings: &JsValue,
    today: &JsValue,
    lang: &JsValue,
) -> Result<JsValue, JsValue> {
    let meetings = document_texts(meetings, "meetings")?;
    let today = string_arg(today, "today")?;
    let lang = optional_string_arg(lang, "lang")?;
    let report =
        api::validate(council, &meetings, &today, lang.as_deref()).map_err(|e| to_js_error(&e))?;
    to_plain_object(&report)
}

/// The findings about one field of a meeting (`path`, e.g. `["agenda", 2, "number"]`) and
/// what lies under it, for checking as the user types. The whole meeting is checked: a field
/// can be wrong because of another.
#[wasm_bindgen(js_name = validateField)]
pub fn validate_field(
    council: JsValue,
    meeting: JsValue,
    path: JsValue,
    today: JsValue,
    lang: JsValue,
) -> Result<JsValue, JsValue> {
    field_report(&prepared(&council)?, &meeting, &path, &today, &lang)
}

/// The findings of `validateField`, for a council decoded once or for this call.
fn field_report(
    council: &regionrad::PreparedCouncil,
    meeting: &JsValue,
    path: &JsValue,
    today: &JsValue,
    lang: &JsValue,
) -> Result<JsValue, JsValue> {
    let today = string_arg(today, "today")?;
    let lang = optional_string_arg(lang, "lang")?;
    let path: Vec<regionrad::PathSegment> = serde_json::from_str(&document_text(path)?)
        .map_err(|_| invalid_argument("path must be a list of field names and indices"))?;
    let report = api::validate(council, &[document_text(meeting)?], &today, lang.as_deref())
        .map_err(|e| to_js_error(&e))?;
    to_plain_object(&report.under(regionrad::Document::Meeting, Some(0), &path))
}

/// Parses a case number (`"KDU 5 /23"`, `"rr sak 8/21"`, `"PS 2015/100"`) into its parts and
/// canonical form, resolving a two-digit year against `meetingDate` (`"YYYY-MM-DD"`) when
/// given. Text that is not a case number throws a `RegionradError` with code
/// `invalid_case_number`, and `kind` and `position` (0-based character) saying why.
#[wasm_bindgen(js_name = parseCaseNumber)]
pub fn parse_case_number(text: JsValue, meeting_date: JsValue) -> Result<JsValue, JsValue> {
    let text = string_arg(&text, "text")?;
    let meeting_date = optional_string_arg(&meeting_date, "meetingDate")?;
    let number =
        api::parse_case_number(&text, meeting_date.as_deref()).map_err(|e| to_js_error(&e))?;
    to_plain_object(&number)
}

/// The next free case number of the council's body `body` (its id, `"kdu"`) for a meeting on
/// `date` (`"YYYY-MM-DD"`), given the body's meetings so far (JSON text or plain objects):
/// one past the highest number used that year, with the body's prefix. Returns the parts as
/// `parseCaseNumber` does. Throws `invalid_argument` for a body the council does not have,
/// `invalid_input` when a document does not decode.
#[wasm_bindgen(js_name = nextCaseNumber)]
pub fn next_case_number(
    council: JsValue,
    meetings: JsValue,
    body: JsValue,
    date: JsValue,
) -> Result<JsValue, JsValue> {
    next_number(&prepared(&council)?, &meetings, &body, &date)
}

/// The number of `nextCaseNumber`, for a council decoded once or for this call.
fn next_number(
    council: &regionrad::PreparedCouncil,
    meetings: &JsValue,
    body: &JsValue,
    date: &JsValue,
) -> Result<JsValue, JsValue> {
    let meetings = document_texts(meetings, "meetings")?;
    let body = string_arg(body, "body")?;
    let date =
        regionrad::parse_date("date", &string_arg(date, "date")?).map_err(|e| to_js_error(&e))?;
    let number =
        api::next_case_number(council, &meetings, &body, date).map_err(|e| to_js_error(&e))?;
    to_plain_object(&number)
}

/// Who counted for each agenda item of a meeting: voting members present, those present for
/// an unspecified part, those absent and those disqualified. Throws `invalid_input` when a
/// document does not decode or the body is unknown (use `validate` for the findings).
#[wasm_bindgen(js_name = quorumStatus)]
pub fn quorum_status(council: JsValue, meeting: JsValue) -> Result<JsValue, JsValue> {
    presence(&prepared(&council)?, &meeting)
}

/// The answer of `quorumStatus`, for a council decoded once or for this call.
fn presence(council: &regionrad::PreparedCouncil, meeting: &JsValue) -> Result<JsValue, JsValue> {
    let items = api::presence(council, &document_text(meeting)?).map_err(|e| to_js_error(&e))?;
    to_plain_object(&items)
}

/// A council given as JSON text or a plain object, decoded and checked.
fn prepared(council: &JsValue) -> Result<regionrad::PreparedCouncil, JsValue> {
    let decoded = regionrad::decode_council(&document_text(council)?);
    Ok(regionrad::PreparedCouncil::from_decoded(decoded))
}

/// The meeting (JSON text or a plain object) made fit to publish under offentleglova, with
/// what was withheld where (see `regionrad::redact`). Throws `invalid_input` when it does not
/// decode.
#[wasm_bindgen(js_name = redactMeeting)]
pub fn redact_meeting(meeting: JsValue) -> Result<JsValue, JsValue> {
    let meeting = api::meeting(&document_text(&meeting)?, regionrad::Lang::En)
        .map_err(|e| to_js_error(&e))?;
    to_plain_object(&regionrad::redact::redact_meeting(&meeting))
}
