//! The limits of what is read (README, "Limits"): beyond each, a finding that names it, and
//! nothing read. The shared vectors in fixtures/vectors/input/ hold the small cases (too
//! deep, too many items, a text too long); these are the ones too large for a fixture file.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use chrono::NaiveDate;
use regionrad::limits::{MAX_DOCUMENT_BYTES, MAX_MEETINGS, MAX_MINUTES_BYTES};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 2, 1).unwrap()
}

#[test]
fn a_document_over_the_size_limit_is_not_read() {
    let council = common::read(common::COUNCIL);
    let meeting = common::read(common::SEED_MEETINGS[2]);
    // Padding after the document: valid JSON but for the size.
    let huge = format!("{meeting}{}", " ".repeat(MAX_DOCUMENT_BYTES));
    let report = common::validate_json(&council, &[&huge], today());
    assert_eq!(report.findings.len(), 1, "{:?}", report.findings);
    let f = &report.findings[0];
    assert_eq!((f.code.as_str(), f.meeting), ("input.too_large", Some(0)));
    assert_eq!(f.params["max"], MAX_DOCUMENT_BYTES);
    assert_eq!(f.params["bytes"], huge.len());
    // At the limit exactly it is read.
    let at_limit = format!(
        "{meeting}{}",
        " ".repeat(MAX_DOCUMENT_BYTES - meeting.len())
    );
    let report = common::validate_json(&council, &[&at_limit], today());
    assert!(report
        .findings
        .iter()
        .all(|f| f.code.as_str() != "input.too_large"));
}

#[test]
fn more_meetings_than_the_limit_are_not_read() {
    let council = common::read(common::COUNCIL);
    let meetings = vec!["{}"; MAX_MEETINGS + 1];
    let report = common::validate_json(&council, &meetings, today());
    assert_eq!(report.findings.len(), 1);
    let f = &report.findings[0];
    assert_eq!(f.code.as_str(), "input.too_many");
    assert_eq!(f.params["what"], "meetings");
    assert_eq!(f.params["count"], MAX_MEETINGS + 1);
    let err = common::register_json(&council, &meetings, today())
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("meetings: "), "{err}");
}

#[test]
fn minutes_over_the_size_limit_are_not_read() {
    let text = "x".repeat(MAX_MINUTES_BYTES + 1);
    let reading = regionrad::minutes::read(&text, None);
    let codes: Vec<&str> = reading.findings.iter().map(|f| f.code.as_str()).collect();
    assert_eq!(codes, vec!["input.too_large"]);
    assert!(reading.meeting.agenda.is_empty() && reading.meeting.unplaced.is_empty());
}
