//! WebAssembly binding: the core's rules for browsers and node. It only translates: JSON
//! documents (or plain objects) in, plain-object reports out, misuse thrown as `Error`s with
//! a `.code`. No rule lives here.
//!
//! The package is four modules, each its own `.wasm`, so that a page downloads only what it
//! uses: `forms` (the package's main entry: a meeting checked as it is filled in, case
//! numbers, presence per item, the meeting redacted for publishing), `minutes` (minutes
//! text read and written), `cost` (contributions and the tools around them) and `register`
//! (the open follow-ups across meetings). Each is built with its cargo feature alone; the default
//! builds all four, for the tests. The bundled council and population table are data, not
//! code: the npm package has them as a JavaScript module of their own (`regionrad/bundled`).

// A module built alone uses only some of what the modules share.
#![cfg_attr(
    not(all(
        feature = "forms",
        feature = "minutes",
        feature = "cost",
        feature = "register",
        feature = "opendata"
    )),
    allow(dead_code, unused_imports)
)]

mod api;
mod args;
#[cfg(feature = "cost")]
mod cost;
#[cfg(feature = "forms")]
mod forms;
#[cfg(feature = "minutes")]
mod minutes;
#[cfg(feature = "opendata")]
mod opendata;
#[cfg(feature = "register")]
mod register;

#[cfg(feature = "cost")]
pub use cost::*;
#[cfg(feature = "forms")]
pub use forms::*;
#[cfg(feature = "minutes")]
pub use minutes::*;
#[cfg(feature = "opendata")]
pub use opendata::*;
#[cfg(feature = "register")]
pub use register::*;

use wasm_bindgen::prelude::*;

// talc instead of dlmalloc: 7 KB less code in every module, and faster.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The version of the wire format (`schema_version`) this build reads and writes.
#[wasm_bindgen(js_name = schemaVersion)]
pub fn schema_version() -> u32 {
    regionrad::SCHEMA_VERSION
}

/// The `code` of every `RegionradError` the library itself gives: each kind of its error,
/// the same as in Rust and Python. (`internal`, a defect of this binding, is not one.)
#[wasm_bindgen(js_name = errorCodes)]
pub fn error_codes() -> Vec<String> {
    regionrad::ErrorCode::ALL
        .iter()
        .map(|code| code.as_str().to_owned())
        .collect()
}
