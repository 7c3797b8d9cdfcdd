//! The `minutes` module: minutes text read into a meeting document, and a meeting written as
//! clean minutes.

use wasm_bindgen::prelude::*;

use crate::api;
use crate::args::{
    document_text, optional_document_text, optional_string_arg, string_arg, to_js_error,
    to_plain_object,
};

/// Reads minutes text (exported from Word or PDF) into a meeting: `{meeting, findings,
/// spans}`. With `council` (JSON text or a plain object) names resolve to its body, members
/// and municipalities; pass `null` to read without. What the reader could not place is in
/// `meeting.unplaced` and reported as `minutes.unplaced`; `spans` say where each value
/// stands in the text. Throws `invalid_input` when the council does not decode.
#[wasm_bindgen(js_name = readMinutes)]
pub fn read_minutes(text: JsValue, council: JsValue, lang: JsValue) -> Result<JsValue, JsValue> {
    let text = string_arg(&text, "text")?;
    let lang = optional_string_arg(&lang, "lang")?;
    let council = optional_document_text(&council)?;
    let reading = api::read_minutes(&text, council.as_deref(), lang.as_deref())
        .map_err(|e| to_js_error(&e))?;
    to_plain_object(&reading)
}

/// Writes a meeting (JSON text or a plain object) as clean minutes, in bokmål (`"nb"`, read
/// back by `readMinutes` with the same `council`, or `null`) or with English headings
/// (`"en"`). Throws `invalid_input` when the meeting or the council does not decode, or when
/// the meeting cannot be written so that it reads back (`input.line_break_in_line`: a line
/// break in a title, place or name; `input.not_written_back`), naming the field.
#[wasm_bindgen(js_name = writeMinutes)]
pub fn write_minutes(meeting: JsValue, lang: JsValue, council: JsValue) -> Result<String, JsValue> {
    let lang = optional_string_arg(&lang, "lang")?;
    let council = optional_document_text(&council)?;
    api::write_minutes(
        &document_text(&meeting)?,
        council.as_deref(),
        lang.as_deref(),
    )
    .map_err(|e| to_js_error(&e))
}
