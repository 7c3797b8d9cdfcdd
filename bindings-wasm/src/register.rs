//! The `register` module: the register of open follow-ups (restanseliste) across a
//! council's meetings.

use wasm_bindgen::prelude::*;

use crate::api;
use crate::args::{document_text, document_texts, string_arg, to_js_error, to_plain_object};

/// The register of open follow-ups (restanseliste) as of `asOf` (`"YYYY-MM-DD"`), grouped by
/// who follows up and by body, overdue first. Throws `invalid_input` when a document does
/// not decode (use `validate` for the findings).
#[wasm_bindgen]
pub fn register(council: JsValue, meetings: JsValue, as_of: JsValue) -> Result<JsValue, JsValue> {
    let as_of =
        regionrad::parse_date("asOf", &string_arg(&as_of, "asOf")?).map_err(|e| to_js_error(&e))?;
    let meetings = document_texts(&meetings, "meetings")?;
    let list =
        api::register(&document_text(&council)?, &meetings, as_of).map_err(|e| to_js_error(&e))?;
    to_plain_object(&list)
}
