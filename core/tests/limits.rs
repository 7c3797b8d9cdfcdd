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

/// The codes and paths of a reading's findings that are not about unplaced text.
fn limit_findings(reading: &regionrad::minutes::Reading) -> Vec<(String, String)> {
    reading
        .findings
        .iter()
        .filter(|f| f.code.as_str().starts_with("input."))
        .map(|f| (f.code.as_str().to_owned(), regionrad::format_path(&f.path)))
        .collect()
}

/// What the reader gives is a document the front doors take: it never goes beyond the
/// limits they hold decoded meetings to.
fn is_within_limits(meeting: &regionrad::Meeting) -> bool {
    regionrad::document::within_limits(meeting.clone(), 0).is_ok()
}

#[test]
fn the_reader_stops_at_the_longest_text_it_takes() {
    use regionrad::limits::MAX_TEXT_CHARS;
    // 800 000 characters on the first line: the title, cut at the limit.
    let title = "Å".repeat(800_000);
    let text = format!("{title}\n\nDato: 10.06.22\n\nRR 1/22 Godkjenning\n\nVedtak: Godkjent.\n");
    let reading = regionrad::minutes::read(&text, None);
    let got = reading.meeting.title.as_deref().unwrap();
    assert_eq!(got.chars().count(), MAX_TEXT_CHARS);
    assert!(title.starts_with(got));
    assert_eq!(
        limit_findings(&reading),
        [("input.text_too_long".to_owned(), "title".to_owned())]
    );
    assert_eq!(reading.meeting.agenda.len(), 1);
    assert!(is_within_limits(&reading.meeting));
}

#[test]
fn the_reader_stops_at_the_most_items_and_attendees_it_takes() {
    use regionrad::limits::{MAX_ATTENDEES, MAX_ITEMS};
    let mut text = String::from("Referat\n\nDato: 10.06.22\n\nTil stede:\n");
    for n in 1..=MAX_ATTENDEES + 5 {
        text.push_str(&format!("Person Nummer{n}\n"));
    }
    text.push('\n');
    for n in 1..=MAX_ITEMS + 200 {
        text.push_str(&format!("RR {n}/22 Sak {n}\n\nVedtak: Vedtatt.\n\n"));
    }
    let reading = regionrad::minutes::read(&text, None);
    let meeting = &reading.meeting;
    assert_eq!(
        (meeting.agenda.len(), meeting.attendance.len()),
        (MAX_ITEMS, MAX_ATTENDEES)
    );
    // The first ones are kept, in order.
    assert_eq!(
        meeting.agenda[MAX_ITEMS - 1].number.as_deref(),
        Some("RR 1000/22")
    );
    assert_eq!(meeting.attendance[0].name, "Person Nummer1");
    let too_many: Vec<_> = reading
        .findings
        .iter()
        .filter(|f| f.code.as_str() == "input.too_many")
        .map(|f| {
            (
                regionrad::format_path(&f.path),
                f.params["count"].to_string(),
            )
        })
        .collect();
    assert_eq!(
        too_many,
        [
            ("agenda".to_owned(), (MAX_ITEMS + 200).to_string()),
            ("attendance".to_owned(), (MAX_ATTENDEES + 5).to_string())
        ]
    );
    // No span or finding points at an item or attendee that is not there.
    let beyond = |path: &[regionrad::PathSegment]| match path {
        [regionrad::PathSegment::Field(list), regionrad::PathSegment::Index(i), ..] => {
            (list == "agenda" && *i >= MAX_ITEMS) || (list == "attendance" && *i >= MAX_ATTENDEES)
        }
        _ => false,
    };
    assert!(!reading.spans.iter().any(|s| beyond(&s.path)));
    assert!(!reading.findings.iter().any(|f| beyond(&f.path)));
    assert!(is_within_limits(meeting));
}
