//! The case-number table in fixtures/case_numbers/: every form of the domain reference and
//! the edge cases, each with its expected parts or error. Node and Python run the same files.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use chrono::NaiveDate;
use regionrad::case_number::parse;
use serde_json::{json, Value};

/// What parsing `case["text"]` (resolved against `meeting_date` when given) gives, in the
/// fixtures' terms: the parts, or the error kind and position.
fn outcome(case: &Value) -> Value {
    let text = case["text"].as_str().unwrap();
    match parse(text) {
        Ok(number) => {
            let number = match case.get("meeting_date").and_then(Value::as_str) {
                Some(date) => number.resolved(date.parse::<NaiveDate>().unwrap()),
                None => number,
            };
            json!({ "expect": number })
        }
        Err(error) => {
            json!({ "error": { "kind": error.kind.as_str(), "position": error.position } })
        }
    }
}

fn run(file: &str, at_least: usize) {
    let table: Value = serde_json::from_str(&common::read(file)).unwrap();
    let cases = table["cases"].as_array().unwrap();
    assert!(cases.len() >= at_least, "{file}: {} cases", cases.len());
    let mut failures = Vec::new();
    for case in cases {
        let wanted = match (case.get("expect"), case.get("error")) {
            (Some(parts), None) => json!({ "expect": parts }),
            (None, Some(error)) => json!({ "error": error }),
            _ => panic!("{file}: a case needs `expect` or `error`: {case}"),
        };
        let got = outcome(case);
        if got != wanted {
            failures.push(format!("{:?}: wanted {wanted}, got {got}", case["text"]));
        }
    }
    assert!(failures.is_empty(), "{file}:\n{}", failures.join("\n"));
}

#[test]
fn every_form_of_the_domain_reference_parses() {
    run("case_numbers/forms.json", 20);
}

#[test]
fn edge_cases_give_their_parts_or_error() {
    run("case_numbers/edge_cases.json", 30);
}

#[test]
fn canonical_forms_parse_back_to_the_same_number() {
    for file in ["case_numbers/forms.json", "case_numbers/edge_cases.json"] {
        let table: Value = serde_json::from_str(&common::read(file)).unwrap();
        for case in table["cases"].as_array().unwrap() {
            let Some(canonical) = case["expect"]["canonical"].as_str() else {
                continue;
            };
            let again = parse(canonical).unwrap_or_else(|e| panic!("{canonical}: {e}"));
            assert_eq!(again.to_string(), canonical);
        }
    }
}

#[test]
fn parsing_is_linear_and_refuses_huge_input_at_once() {
    let huge = "1".repeat(1_000_000) + "/21";
    let error = parse(&huge).unwrap_err();
    assert_eq!(error.kind.as_str(), "too_long");
    let spaces = " ".repeat(1_000_000);
    assert_eq!(parse(&spaces).unwrap_err().kind.as_str(), "empty");
}

#[test]
fn errors_say_where_and_what_in_words() {
    let error = parse("KDU 12/123").unwrap_err();
    assert_eq!(
        error.to_string(),
        "not a case number: the year must have two or four digits (at character 8)"
    );
}

/// The shared vectors of the next free number (`fixtures/case_numbers/next.json`), as the
/// bindings' `nextCaseNumber` / `next_case_number` take them: the council decoded, the
/// meetings as JSON.
#[test]
fn the_next_free_number_is_one_past_the_highest_of_the_year() {
    let table: Value = serde_json::from_str(&common::read("case_numbers/next.json")).unwrap();
    let council = regionrad::decode_council(&common::document_text(&table["council"])).unwrap();
    let cases = table["cases"].as_array().unwrap();
    assert!(cases.len() >= 7);
    for case in cases {
        let meetings: Vec<String> = case["meetings"]
            .as_array()
            .unwrap()
            .iter()
            .map(common::document_text)
            .collect();
        let refs: Vec<&str> = meetings.iter().map(String::as_str).collect();
        let date = regionrad::parse_date("date", case["date"].as_str().unwrap()).unwrap();
        let got = common::next_number_json(&council, &refs, case["body"].as_str().unwrap(), date);
        let what = &case["description"];
        match (got, case.get("expect")) {
            (Ok(number), Some(expect)) => {
                let parts = serde_json::to_value(&number).unwrap();
                for (key, want) in expect.as_object().unwrap() {
                    assert_eq!(&parts[key], want, "{what}: {key}");
                }
            }
            (Err(error), None) => {
                assert_eq!(error.code().as_str(), case["error"], "{what}: {error}");
            }
            (got, _) => panic!("{what}: got {got:?}"),
        }
    }
}

/// A proposed number names its body again when it is read back, whatever letters the
/// body's prefix has: it is written in the form parsing keeps ("Straße" as "STRAßE", not
/// "STRASSE", which would name no body).
#[test]
fn a_proposed_number_read_back_names_its_body() {
    use regionrad::numbering::body_for_prefix;
    for prefix in ["KDU", "Kdu", "ØU", "øu", "Straße"] {
        let text = common::read("councils/trondelag-sorvest.json").replace(
            "\"case_prefix\": \"KDU\"",
            &format!("\"case_prefix\": \"{prefix}\""),
        );
        let council = regionrad::decode_council(&text).unwrap();
        let date = regionrad::parse_date("date", "2023-03-01").unwrap();
        let number = common::next_number_json(&council, &[], "kdu", date).unwrap();
        let read: regionrad::CaseNumber = number.to_string().parse().unwrap();
        let body = read.body.as_deref().unwrap();
        assert_eq!(
            body_for_prefix(&council, body).map(|b| b.id.as_str()),
            Some("kdu"),
            "{prefix}: proposed {number}"
        );
    }
}
