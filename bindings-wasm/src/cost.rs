//! The `cost` module: a budget split between the council's municipalities by its key, and
//! the tools around it — population figures from SSB, a two-part key recovered from what
//! was invoiced, scenarios side by side, øre as kroner.

use wasm_bindgen::prelude::*;

use crate::api;
use crate::args::{
    document_text, invalid_argument, optional_document_text, optional_string_arg, string_arg,
    to_js_error, to_plain_object, validation_failed,
};
use regionrad::i18n::numbers;

/// Splits a budget between the council's municipalities by its cost key, or by `key` (a
/// key given for this run). Documents may be JSON text or plain objects. Returns
/// `{apportionment, report: {findings}}` (warnings and infos in the report). When the split
/// cannot be made (a key parameter missing, a population figure missing, …) it throws a
/// `RegionradError` with code `validation_failed` and the `findings`, as Python raises
/// `ValidationError`.
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
    if result.apportionment.is_none() {
        return Err(validation_failed(&result.report));
    }
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

/// Øre as kroner the way `lang` writes them: `kr 1 234 567,89` in bokmål (the default),
/// `NOK 1,234,567.89` in English.
#[wasm_bindgen(js_name = formatKroner)]
pub fn format_kroner(ore: JsValue, lang: JsValue) -> Result<String, JsValue> {
    let lang = language(&lang)?;
    let ore = ore.as_f64().unwrap_or(f64::NAN);
    if !ore.is_finite() || ore.fract() != 0.0 || ore.abs() > 9_007_199_254_740_991.0 {
        return Err(invalid_argument(
            "øre must be a whole number within JavaScript's safe integers",
        ));
    }
    Ok(numbers::kroner(ore as i64, lang))
}

/// A share as the wire format gives it (`share_percent`, "8.559") the way `lang` writes a
/// percentage: `8,559 %` in bokmål (the default), `8.559%` in English.
#[wasm_bindgen(js_name = formatPercent)]
pub fn format_percent(share: JsValue, lang: JsValue) -> Result<String, JsValue> {
    let lang = language(&lang)?;
    let share = string_arg(&share, "share")?;
    if !numbers::is_decimal(&share) {
        return Err(invalid_argument(&format!(
            "{share:?} is not a decimal such as \"8.559\""
        )));
    }
    Ok(numbers::percent(&share, lang))
}

fn language(lang: &JsValue) -> Result<regionrad::Lang, JsValue> {
    let lang = optional_string_arg(lang, "lang")?;
    api::parse_lang(lang.as_deref()).map_err(|e| to_js_error(&e))
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
