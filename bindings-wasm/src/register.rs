//! The `register` module: the register of open follow-ups (restanseliste) across a
//! council's meetings.

use wasm_bindgen::prelude::*;

use crate::api;
use crate::args::{
    document_text, document_texts, invalid_input, string_arg, to_js_error, to_plain_object,
};

/// The register of open follow-ups (restanseliste) as of `asOf` (`"YYYY-MM-DD"`), grouped by
/// who follows up and by body, overdue first. Throws `invalid_input` when a document does
/// not decode (use `validate` for the findings).
#[wasm_bindgen]
pub fn register(council: JsValue, meetings: JsValue, as_of: JsValue) -> Result<JsValue, JsValue> {
    let as_of = api::parse_date("asOf", &string_arg(&as_of, "asOf")?).map_err(to_js_error)?;
    let meetings = document_texts(&meetings, "meetings")?;
    let refs: Vec<&str> = meetings.iter().map(String::as_str).collect();
    let list = regionrad::followup::register_json(&document_text(&council)?, &refs, as_of)
        .map_err(|e| invalid_input(&e))?;
    to_plain_object(&list)
}
