//! The `opendata` module: a council and its meetings written as a published open-data
//! standard (Popolo).

use wasm_bindgen::prelude::*;

use crate::api;
use crate::args::{document_text, document_texts, to_js_error, to_plain_object};

/// The council and its meetings as Popolo: `{organizations, persons, memberships, events,
/// motions, vote_events}`, with what Popolo has no property for in properties flagged `+`.
/// Throws `invalid_input` when a document does not decode.
#[wasm_bindgen(js_name = exportPopolo)]
pub fn export_popolo(council: JsValue, meetings: JsValue) -> Result<JsValue, JsValue> {
    let meetings = document_texts(&meetings, "meetings")?;
    let popolo =
        api::export_popolo(&document_text(&council)?, &meetings).map_err(|e| to_js_error(&e))?;
    to_plain_object(&popolo)
}
