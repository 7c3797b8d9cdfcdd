//! What every export shares: arguments checked in Rust, documents as JSON text, results as
//! plain objects, and errors as `RegionradError`s with a `.code`.

use wasm_bindgen::JsValue;

use regionrad::{Error, Report, Severity};

/// A document as JSON text: strings are taken as they are, anything else is encoded with
/// `JSON.stringify` so that every binding decodes through the same strict decoder.
pub fn document_text(value: &JsValue) -> Result<String, JsValue> {
    if let Some(text) = value.as_string() {
        return Ok(text);
    }
    let encoded = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| invalid_argument("a document must be JSON text or a plain object"))?;
    Ok(encoded)
}

/// A document that may be left out (`undefined` or `null`).
pub fn optional_document_text(value: &JsValue) -> Result<Option<String>, JsValue> {
    if value.is_null() || value.is_undefined() {
        return Ok(None);
    }
    document_text(value).map(Some)
}

/// A list of documents (a JS array) as JSON texts, refused at its first bad entry.
pub fn document_texts(value: &JsValue, name: &str) -> Result<Vec<String>, JsValue> {
    list_arg(value, name)?.iter().map(document_text).collect()
}

// Arguments are taken as `JsValue` and checked here: the generated glue passes a string,
// number or list parameter on unchecked, and a wrong type there (`true` for a date) would
// corrupt the module's memory instead of throwing.

/// A string argument, or `invalid_argument` naming it.
pub fn string_arg(value: &JsValue, name: &str) -> Result<String, JsValue> {
    value
        .as_string()
        .ok_or_else(|| invalid_argument(&format!("{name} must be a string")))
}

/// A string argument that may be left out (`undefined` or `null`).
pub fn optional_string_arg(value: &JsValue, name: &str) -> Result<Option<String>, JsValue> {
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

/// A `RegionradError` with code `invalid_argument`: an argument that is not what the
/// function takes.
pub fn invalid_argument(message: &str) -> JsValue {
    to_js_error(&Error::InvalidArgument(message.to_owned()))
}

/// A result as plain JS objects, by way of JSON text: the wire format exactly as Rust and
/// Python see it (map keys such as years become strings).
pub fn to_plain_object<T: serde::Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    serde_json::to_string(value)
        .ok()
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .ok_or_else(|| js_error("internal", "the result could not be handed over"))
}

/// The core's error as an `Error` named `RegionradError` with its stable `.code`; a case
/// number that is not one also says why (`kind`) and where (`position`, 0-based character).
pub fn to_js_error(error: &Error) -> JsValue {
    let js = js_error(error.code().as_str(), &error.to_string());
    if let Error::InvalidCaseNumber(parse_error) = error {
        // Setting a property on a fresh Error object cannot fail.
        let _ = js_sys::Reflect::set(&js, &"kind".into(), &parse_error.kind.as_str().into());
        let _ = js_sys::Reflect::set(
            &js,
            &"position".into(),
            &(parse_error.position as f64).into(),
        );
    }
    js
}

/// A `RegionradError` with code `validation_failed` and the report's `findings`: an answer
/// the documents do not allow (a split whose key lacks a parameter), as Python raises
/// `ValidationError`, with the same message.
pub fn validation_failed(report: &Report) -> JsValue {
    let errors: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    let message = match errors.first() {
        Some(first) => {
            let at = regionrad::format_path(&first.path);
            format!(
                "{} error(s), first {} at {}: {}",
                errors.len(),
                first.code,
                if at.is_empty() { "(root)" } else { &at },
                first.message
            )
        }
        None => "no answer from these documents".to_owned(),
    };
    let js = js_error("validation_failed", &message);
    if let Ok(findings) = to_plain_object(&report.findings) {
        let _ = js_sys::Reflect::set(&js, &"findings".into(), &findings);
    }
    js
}

/// An `Error` named `RegionradError` with `code`: the core's codes, `validation_failed` for
/// documents that allow no answer, and `internal` for a defect of the binding itself.
fn js_error(code: &str, message: &str) -> JsValue {
    let js = js_sys::Error::new(message);
    js.set_name("RegionradError");
    let _ = js_sys::Reflect::set(&js, &"code".into(), &code.into());
    js.into()
}
