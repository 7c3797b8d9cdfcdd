//! The shared test vectors in `fixtures/vectors/`: the same files run in Rust, node and
//! Python, each comparing code, document, meeting, path and the params it names.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;

use chrono::NaiveDate;
use serde_json::Value;

fn run(file: &Path) -> Result<(), String> {
    let case: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    let council = common::document_text(&case["council"]);
    let meetings = common::document_texts(&case["meetings"]);
    let refs: Vec<&str> = meetings.iter().map(String::as_str).collect();
    let today: NaiveDate = case["today"].as_str().unwrap().parse().unwrap();
    let report = serde_json::to_value(common::validate_json(&council, &refs, today)).unwrap();
    common::findings_match(&case["expect"]["findings"], &report["findings"])
        .map_err(|message| format!("{}: {}\n{message}", file.display(), case["description"]))
}

#[test]
fn every_vector_gives_exactly_the_expected_findings() {
    let areas = std::fs::read_dir(common::fixtures().join("vectors")).unwrap();
    let mut areas: Vec<String> = areas
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    areas.sort();
    let mut count = 0;
    let mut failures = Vec::new();
    for area in areas {
        for file in common::json_files(&format!("vectors/{area}")) {
            count += 1;
            if let Err(message) = run(&file) {
                failures.push(message);
            }
        }
    }
    assert!(count >= 60, "only {count} vectors found");
    assert!(
        failures.is_empty(),
        "{} of {count} vectors failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A council prepared once gives, for every vector and however often it is used, the report
/// that validating with the council's JSON gives, and the same presence per item.
#[test]
fn a_prepared_council_gives_the_same_reports_every_time() {
    let mut checked = 0;
    for area in std::fs::read_dir(common::fixtures().join("vectors")).unwrap() {
        let area = area.unwrap().file_name().into_string().unwrap();
        for file in common::json_files(&format!("vectors/{area}")) {
            let case: Value =
                serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
            let council = common::document_text(&case["council"]);
            let meetings = common::document_texts(&case["meetings"]);
            let refs: Vec<&str> = meetings.iter().map(String::as_str).collect();
            let today: NaiveDate = case["today"].as_str().unwrap().parse().unwrap();
            let prepared = common::prepared(&council);
            let fresh = common::validate_json(&council, &refs, today);
            for _ in 0..2 {
                assert_eq!(
                    prepared.validate_decoded(common::decoded_meetings(&refs), today),
                    fresh,
                    "{}",
                    file.display()
                );
            }
            // Decoded meetings give the same as `validate` with the decoded council.
            if let (Some(decoded), Ok(meetings)) = (
                prepared.council(),
                refs.iter()
                    .map(|m| serde_json::from_str::<regionrad::Meeting>(m))
                    .collect::<Result<Vec<_>, _>>(),
            ) {
                assert_eq!(
                    prepared.validate(&meetings, today),
                    regionrad::validate(decoded, &meetings, today),
                    "{}",
                    file.display()
                );
                checked += 1;
            }
        }
    }
    assert!(checked >= 60, "{checked}");
}
