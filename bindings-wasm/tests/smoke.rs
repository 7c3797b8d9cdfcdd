//! Smoke tests inside WebAssembly (wasm-bindgen-test, run in node by
//! `wasm-bindgen-test-runner`): the exports work from wasm, and misuse is a thrown `Error`
//! with a `code`, not a panic.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use regionrad_wasm::{
    next_case_number, parse_case_number, read_minutes, register, validate, write_minutes,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const MEETING: &str = include_str!("../../fixtures/meetings/2023-01-20-kdu.json");
const COUNCIL: &str = include_str!("../../fixtures/councils/trondelag-sorvest.json");

fn council() -> JsValue {
    js_sys::JSON::parse(COUNCIL).unwrap()
}

fn get(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

#[wasm_bindgen_test]
fn validates_a_golden_meeting_against_its_council() {
    let council = council();
    let report = validate(
        council,
        js_sys::Array::of1(&JsValue::from_str(MEETING)).into(),
        "2023-02-01".into(),
        "en".into(),
    )
    .unwrap();
    let findings = js_sys::Array::from(&get(&report, "findings"));
    let codes: Vec<String> = findings
        .iter()
        .filter_map(|f| get(&f, "code").as_string())
        .collect();
    assert!(
        codes.contains(&"case_number.conflicting_titles".to_owned()),
        "{codes:?}"
    );
    assert!(
        codes.contains(&"reference.decision_after_meeting".to_owned()),
        "{codes:?}"
    );
}

#[wasm_bindgen_test]
fn bad_input_is_a_finding_not_a_panic() {
    let council = council();
    let report = validate(
        council,
        js_sys::Array::of1(&JsValue::from_str("{\"schema_version\": 1")).into(),
        "2023-02-01".into(),
        JsValue::UNDEFINED,
    )
    .unwrap();
    let first = js_sys::Array::from(&get(&report, "findings")).get(0);
    assert_eq!(
        get(&first, "code").as_string().as_deref(),
        Some("input.invalid")
    );
}

#[wasm_bindgen_test]
fn misuse_throws_an_error_with_a_code() {
    let error = parse_case_number("12/123".into(), JsValue::UNDEFINED).unwrap_err();
    assert!(error.is_instance_of::<js_sys::Error>());
    assert_eq!(
        get(&error, "code").as_string().as_deref(),
        Some("invalid_case_number")
    );
    assert_eq!(get(&error, "kind").as_string().as_deref(), Some("bad_year"));
    let council = council();
    let error = validate(
        council,
        js_sys::Array::new().into(),
        "1. februar 2023".into(),
        JsValue::UNDEFINED,
    )
    .unwrap_err();
    assert_eq!(
        get(&error, "code").as_string().as_deref(),
        Some("invalid_argument")
    );
}

#[wasm_bindgen_test]
fn reads_minutes_and_writes_them_back() {
    let text = include_str!("../../fixtures/minutes/au-2022-09-21-grouped.txt");
    let reading = read_minutes(text.into(), council(), JsValue::UNDEFINED).unwrap();
    let meeting = get(&reading, "meeting");
    assert_eq!(get(&meeting, "body").as_string().as_deref(), Some("au"));
    let written = write_minutes(meeting, JsValue::UNDEFINED, JsValue::NULL).unwrap();
    assert!(
        written.contains("AU 20/22 Budsjett 2023 (etter kl 1300)"),
        "{written}"
    );
    let error = read_minutes(text.into(), JsValue::from_str("[]"), JsValue::UNDEFINED).unwrap_err();
    assert_eq!(
        get(&error, "code").as_string().as_deref(),
        Some("invalid_input")
    );
}

#[wasm_bindgen_test]
fn proposes_the_next_number_and_lists_open_follow_ups() {
    let meetings: JsValue = js_sys::Array::of1(&JsValue::from_str(MEETING)).into();
    let next = next_case_number(
        council(),
        meetings.clone(),
        "kdu".into(),
        "2023-03-01".into(),
    )
    .unwrap();
    assert_eq!(
        get(&next, "canonical").as_string().as_deref(),
        Some("KDU 7/2023")
    );
    let error = next_case_number(
        council(),
        meetings.clone(),
        "styret".into(),
        "2023-03-01".into(),
    )
    .unwrap_err();
    assert_eq!(
        get(&error, "code").as_string().as_deref(),
        Some("invalid_argument")
    );
    let list = register(council(), meetings, "2023-06-01".into()).unwrap();
    assert_eq!(
        get(&list, "as_of").as_string().as_deref(),
        Some("2023-06-01")
    );
}
