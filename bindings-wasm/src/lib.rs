//! WebAssembly binding: the core's rules for browsers and node. It only translates: JSON
//! documents (or plain objects) in, plain-object reports out, misuse thrown as `Error`s with
//! a `.code`. No rule lives here.

use wasm_bindgen::prelude::*;

mod api;

pub use api::{ApiError, ApiErrorCode};

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
    let council = regionrad::PreparedCouncil::from_json(&document_text(&council)?);
    report(&council, &meetings, &today, &lang)
}

/// A council decoded and checked once, for validating many meetings against it — a form
/// that validates on every keystroke. `validate`, `validateField` and `quorumStatus` give
/// exactly what the functions of those names give with the same council, without decoding
/// and checking it again each time. A council that does not decode still validates: its findings come first
/// in every report. `free()` releases it at once; otherwise the garbage collector does.
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
            council: regionrad::PreparedCouncil::from_json(&document_text(&council)?),
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
        let items = regionrad::quorum::presence_prepared(&self.council, &document_text(&meeting)?)
            .map_err(|e| invalid_input(&e))?;
        to_plain_object(&items)
    }
}

/// The report of `validate`, for a council decoded once or for this call.
fn report(
    council: &regionrad::PreparedCouncil,
    meetings: &JsValue,
    today: &JsValue,
    lang: &JsValue,
) -> Result<JsValue, JsValue> {
    let meetings = document_texts(&list_arg(meetings, "meetings")?)?;
    let today = string_arg(today, "today")?;
    let lang = optional_string_arg(lang, "lang")?;
    let report = api::validate(council, &meetings, &today, lang.as_deref()).map_err(to_js_error)?;
    to_plain_object(&report)
}

/// Reads minutes text (exported from Word or PDF) into a meeting: `{meeting, findings,
/// spans}`. With `council` (JSON text or a plain object) names resolve to its body, members
/// and municipalities; pass `null` to read without. What the reader could not place is in
/// `meeting.unplaced` and reported as `minutes.unplaced`; `spans` say where each value
/// stands in the text. Throws `invalid_input` when the council does not decode.
#[wasm_bindgen(js_name = readMinutes)]
pub fn read_minutes(text: JsValue, council: JsValue, lang: JsValue) -> Result<JsValue, JsValue> {
    let text = string_arg(&text, "text")?;
    let lang = optional_string_arg(&lang, "lang")?;
    let council = if council.is_null() || council.is_undefined() {
        None
    } else {
        Some(document_text(&council)?)
    };
    let reading =
        api::read_minutes(&text, council.as_deref(), lang.as_deref()).map_err(to_js_error)?;
    to_plain_object(&reading)
}

/// Writes a meeting (JSON text or a plain object) as clean minutes, in bokmål (`"nb"`, read
/// back by `readMinutes`) or with English headings (`"en"`). Throws `invalid_input` when the
/// meeting does not decode.
#[wasm_bindgen(js_name = writeMinutes)]
pub fn write_minutes(meeting: JsValue, lang: JsValue) -> Result<String, JsValue> {
    let lang = optional_string_arg(&lang, "lang")?;
    api::write_minutes(&document_text(&meeting)?, lang.as_deref()).map_err(to_js_error)
}

/// The meeting (JSON text or a plain object) with e-mail addresses and phone numbers taken
/// out, for publishing under offentleglova. Throws `invalid_input` when it does not decode.
#[wasm_bindgen(js_name = redactMeeting)]
pub fn redact_meeting(meeting: JsValue) -> Result<JsValue, JsValue> {
    let redacted = regionrad::redact::redact_json(&document_text(&meeting)?, regionrad::Lang::En)
        .map_err(|e| invalid_input(&e))?;
    to_plain_object(&redacted)
}

/// Parses a case number (`"KDU 5 /23"`, `"rr sak 8/21"`, `"PS 2015/100"`) into its parts and
/// canonical form, resolving a two-digit year against `meetingDate` (`"YYYY-MM-DD"`) when
/// given. Text that is not a case number throws a `RegionradError` with code
/// `invalid_case_number`, and `kind` and `position` (0-based character) saying why.
#[wasm_bindgen(js_name = parseCaseNumber)]
pub fn parse_case_number(text: JsValue, meeting_date: JsValue) -> Result<JsValue, JsValue> {
    let text = string_arg(&text, "text")?;
    let meeting_date = optional_string_arg(&meeting_date, "meetingDate")?;
    match api::parse_case_number(&text, meeting_date.as_deref()) {
        Ok(number) => to_plain_object(&number),
        Err((error, parse_error)) => {
            let js = to_js_error(error);
            if let Some(parse_error) = parse_error {
                let _ =
                    js_sys::Reflect::set(&js, &"kind".into(), &parse_error.kind.as_str().into());
                let _ = js_sys::Reflect::set(
                    &js,
                    &"position".into(),
                    &(parse_error.position as f64).into(),
                );
            }
            Err(js)
        }
    }
}

/// Splits a budget between the council's municipalities by its cost key, or by `key` (a
/// key given for this run). Documents may be JSON text or plain objects. Returns
/// `{apportionment, report: {findings}}`; `apportionment` is null when a finding is an error
/// (a key parameter missing, a population figure missing, …).
#[wasm_bindgen]
pub fn contributions(
    council: JsValue,
    budget: JsValue,
    population: JsValue,
    key: JsValue,
    lang: JsValue,
) -> Result<JsValue, JsValue> {
    let lang = optional_string_arg(&lang, "lang")?;
    let key = if key.is_null() || key.is_undefined() {
        None
    } else {
        Some(document_text(&key)?)
    };
    let result = api::contributions(
        &document_text(&council)?,
        &document_text(&budget)?,
        &document_text(&population)?,
        key.as_deref(),
        lang.as_deref(),
    )
    .map_err(to_js_error)?;
    to_plain_object(&result)
}

/// Fits a two-part key's equal share to invoiced amounts: a list of
/// `{municipality, amount_ore, population}`. Throws `invalid_input` when no key can be fitted.
#[wasm_bindgen(js_name = recoverEqualShare)]
pub fn recover_equal_share(invoiced: JsValue) -> Result<JsValue, JsValue> {
    let fit = api::recover_equal_share(&document_text(&invoiced)?).map_err(to_js_error)?;
    to_plain_object(&fit)
}

/// Reads SSB population figures: `format` is `"json-stat"` (JSON-stat 2.0) or `"csv"`.
#[wasm_bindgen(js_name = parsePopulation)]
pub fn parse_population(text: JsValue, format: JsValue) -> Result<JsValue, JsValue> {
    let text = string_arg(&text, "text")?;
    let format = string_arg(&format, "format")?;
    let table = api::parse_population(&text, &format).map_err(to_js_error)?;
    to_plain_object(&table)
}

/// Lines up apportionments side by side: `[{label, apportionment}]`, each apportionment as
/// `contributions` returned it. Each row has a municipality's totals and differences from
/// the first scenario (null where it does not take part).
#[wasm_bindgen(js_name = compareScenarios)]
pub fn compare_scenarios(scenarios: JsValue) -> Result<JsValue, JsValue> {
    let comparison = regionrad::cost::compare_json(&document_text(&scenarios)?)
        .map_err(|e| invalid_argument(&format!("scenarios: {e}")))?;
    to_plain_object(&comparison)
}

/// Øre as kroner the Norwegian way: `kr 1 234 567,89`.
#[wasm_bindgen(js_name = formatKroner)]
pub fn format_kroner(ore: JsValue) -> Result<String, JsValue> {
    let ore = ore.as_f64().unwrap_or(f64::NAN);
    if !ore.is_finite() || ore.fract() != 0.0 || ore.abs() > 9_007_199_254_740_991.0 {
        return Err(invalid_argument(
            "øre must be a whole number within JavaScript's safe integers",
        ));
    }
    Ok(regionrad::cost::format_kroner(ore as i64))
}

/// Who counted for each agenda item of a meeting: voting members present, those present for
/// an unspecified part, those absent and those disqualified. Throws `invalid_input` when a
/// document does not decode or the body is unknown (use `validate` for the findings).
#[wasm_bindgen(js_name = quorumStatus)]
pub fn quorum_status(council: JsValue, meeting: JsValue) -> Result<JsValue, JsValue> {
    let items =
        regionrad::quorum::presence_json(&document_text(&council)?, &document_text(&meeting)?)
            .map_err(|e| invalid_input(&e))?;
    to_plain_object(&items)
}

/// The register of open follow-ups (restanseliste) as of `asOf` (`"YYYY-MM-DD"`), grouped by
/// who follows up and by body, overdue first. Throws `invalid_input` when a document does
/// not decode (use `validate` for the findings).
#[wasm_bindgen]
pub fn register(council: JsValue, meetings: JsValue, as_of: JsValue) -> Result<JsValue, JsValue> {
    let as_of = api::parse_date("asOf", &string_arg(&as_of, "asOf")?).map_err(to_js_error)?;
    let meetings = document_texts(&list_arg(&meetings, "meetings")?)?;
    let refs: Vec<&str> = meetings.iter().map(String::as_str).collect();
    let list = regionrad::followup::register_json(&document_text(&council)?, &refs, as_of)
        .map_err(|e| invalid_input(&e))?;
    to_plain_object(&list)
}

/// The bundled council: Interkommunalt politisk råd Trøndelag sørvest – Lakseregionen.
#[wasm_bindgen(js_name = bundledCouncil)]
pub fn bundled_council() -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(regionrad::bundled::TRONDELAG_SORVEST_COUNCIL)
}

/// The bundled population table of its municipalities (SSB 07459, 2021–2024).
#[wasm_bindgen(js_name = bundledPopulation)]
pub fn bundled_population() -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(regionrad::bundled::TRONDELAG_SORVEST_POPULATION)
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
    let council = regionrad::PreparedCouncil::from_json(&document_text(&council)?);
    field_report(&council, &meeting, &path, &today, &lang)
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
    let path: Vec<regionrad::PathSegment> = regionrad::decode::from_str(&document_text(path)?)
        .map_err(|_| invalid_argument("path must be a list of field names and indices"))?;
    let report = api::validate(council, &[document_text(meeting)?], &today, lang.as_deref())
        .map_err(to_js_error)?;
    to_plain_object(&report.under(regionrad::Document::Meeting, Some(0), &path))
}

/// The version of the wire format (`schema_version`) this build reads and writes.
#[wasm_bindgen(js_name = schemaVersion)]
pub fn schema_version() -> u32 {
    regionrad::SCHEMA_VERSION
}

/// A document as JSON text: strings are taken as they are, anything else is encoded with
/// `JSON.stringify` so that every binding decodes through the same strict decoder.
fn document_text(value: &JsValue) -> Result<String, JsValue> {
    if let Some(text) = value.as_string() {
        return Ok(text);
    }
    let encoded = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| invalid_argument("a document must be JSON text or a plain object"))?;
    Ok(encoded)
}

/// Each of a list of documents as JSON text, refusing the list at its first bad entry.
fn document_texts(values: &[JsValue]) -> Result<Vec<String>, JsValue> {
    values.iter().map(document_text).collect()
}

// Arguments are taken as `JsValue` and checked here: the generated glue passes a string,
// number or list parameter on unchecked, and a wrong type there (`true` for a date) would
// corrupt the module's memory instead of throwing.

/// A string argument, or `invalid_argument` naming it.
fn string_arg(value: &JsValue, name: &str) -> Result<String, JsValue> {
    value
        .as_string()
        .ok_or_else(|| invalid_argument(&format!("{name} must be a string")))
}

/// A string argument that may be left out (`undefined` or `null`).
fn optional_string_arg(value: &JsValue, name: &str) -> Result<Option<String>, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    string_arg(value, name).map(Some)
}

/// A list argument (a JS array), or `invalid_argument` naming it.
fn list_arg(value: &JsValue, name: &str) -> Result<Vec<JsValue>, JsValue> {
    if !js_sys::Array::is_array(value) {
        return Err(invalid_argument(&format!("{name} must be a list")));
    }
    Ok(js_sys::Array::from(value).to_vec())
}

/// A `RegionradError` with code `invalid_input`: a document that does not decode where an
/// answer needs it.
fn invalid_input(message: &str) -> JsValue {
    to_js_error(ApiError::new(ApiErrorCode::InvalidInput, message))
}

/// A `RegionradError` with code `invalid_argument`: an argument that is not what the
/// function takes.
fn invalid_argument(message: &str) -> JsValue {
    to_js_error(ApiError::new(ApiErrorCode::InvalidArgument, message))
}

/// A result as plain JS objects, by way of JSON text: the wire format exactly as Rust and
/// Python see it (map keys such as years become strings), with one encoder in the binary.
fn to_plain_object<T: regionrad::encode::ToJson + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(&regionrad::encode::to_string(value)).map_err(|_| {
        to_js_error(ApiError::new(
            ApiErrorCode::Internal,
            "the result is not valid JSON",
        ))
    })
}

/// An `Error` named `RegionradError` with a stable `.code`.
fn to_js_error(error: ApiError) -> JsValue {
    let js = js_sys::Error::new(&error.message);
    js.set_name("RegionradError");
    // Setting a property on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&js, &"code".into(), &error.code.as_str().into());
    js.into()
}
