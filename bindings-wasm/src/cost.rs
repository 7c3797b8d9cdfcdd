//! The `cost` module: a budget split between the council's municipalities by its key, and
//! the tools around it — population figures from SSB, a two-part key recovered from what
//! was invoiced, scenarios side by side, øre as kroner.

use wasm_bindgen::prelude::*;

use crate::api;
use crate::args::{
    document_text, invalid_argument, optional_document_text, optional_string_arg, string_arg,
    to_js_error, to_plain_object,
};

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
    let key = optional_document_text(&key)?;
    let result = api::contributions(
        &document_text(&council)?,
        &document_text(&budget)?,
        &document_text(&population)?,
        key.as_deref(),
        lang.as_deref(),
    )
    .map_err(|e| to_js_error(&e))?;
    to_plain_object(&result)
}

/// Fits a two-part key's equal share to invoiced amounts: a list of
/// `{municipality, amount_ore, population}`. Throws `invalid_input` when no key can be fitted.
#[wasm_bindgen(js_name = recoverEqualShare)]
pub fn recover_equal_share(invoiced: JsValue) -> Result<JsValue, JsValue> {
    let fit = api::recover_equal_share(&document_text(&invoiced)?).map_err(|e| to_js_error(&e))?;
    to_plain_object(&fit)
}

/// Reads SSB population figures: `format` is `"json-stat"` (JSON-stat 2.0) or `"csv"`.
#[wasm_bindgen(js_name = parsePopulation)]
pub fn parse_population(text: JsValue, format: JsValue) -> Result<JsValue, JsValue> {
    let text = string_arg(&text, "text")?;
    let format = string_arg(&format, "format")?;
    let table = regionrad::cost::parse_population(&text, &format).map_err(|e| to_js_error(&e))?;
    to_plain_object(&table)
}

/// Lines up apportionments side by side: `[{label, apportionment}]`, each apportionment as
/// `contributions` returned it. Each row has a municipality's totals and differences from
/// the first scenario (null where it does not take part).
#[wasm_bindgen(js_name = compareScenarios)]
pub fn compare_scenarios(scenarios: JsValue) -> Result<JsValue, JsValue> {
    let comparison = api::compare(&document_text(&scenarios)?).map_err(|e| to_js_error(&e))?;
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

/// An amount in kroner as people write it (`"kr 1 234 567,89"`, `"2400000"`,
/// `"2 400 000,50"`) in whole øre, as the core reads amounts. Throws `invalid_argument` for
/// text that is not an amount (more than two decimals, `"2,4 mill"`) or one beyond
/// JavaScript's safe integers.
#[wasm_bindgen(js_name = parseKroner)]
pub fn parse_kroner(text: JsValue) -> Result<f64, JsValue> {
    let text = string_arg(&text, "text")?;
    let ore = regionrad::cost::parse_kroner(&text).map_err(|e| to_js_error(&e))?;
    if ore.unsigned_abs() > regionrad::cost::MAX_AMOUNT_ORE.unsigned_abs() {
        return Err(invalid_argument(&format!(
            "{text:?} is beyond the largest amount the library takes (JavaScript's safe integers)"
        )));
    }
    // Within 2^53, so exact as a JavaScript number.
    Ok(ore as f64)
}
