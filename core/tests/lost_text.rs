//! The reader's promise: every line of the minutes is read into a field or kept as unplaced
//! text with its span — the header's trailing words, header lines among the attendance,
//! lines however they end.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use regionrad::{minutes, ClockTime, Meeting, PathSegment};

/// Minutes with the given header lines and one item after them.
fn with_head(head: &str) -> String {
    format!("Referat\n\n{head}\n\nRR 1/22 Godkjenning av innkalling\n\nVedtak: Godkjent.\n")
}

fn unplaced(meeting: &Meeting) -> Vec<&str> {
    meeting.unplaced.iter().map(|u| u.text.as_str()).collect()
}

fn time(hour: u8, minute: u8) -> Option<ClockTime> {
    Some(ClockTime::new(hour, minute).unwrap())
}

#[test]
fn words_after_the_date_are_kept_with_their_span() {
    let text = with_head("Dato: 10.06.22 Viktig merknad");
    let meeting = minutes::read(&text, None).meeting;
    assert_eq!(meeting.date.to_string(), "2022-06-10");
    assert_eq!(unplaced(&meeting), ["Viktig merknad"]);
    let span = meeting.unplaced[0].span;
    // "Dato: 10.06.22 " is 15 characters: the words begin in column 16 of line 3.
    assert_eq!((span.start.line, span.start.column), (3, 16));
    assert_eq!((span.end.line, span.end.column), (3, 30));
}

#[test]
fn a_date_line_with_place_and_time_gives_all_three() {
    let meeting = minutes::read(&with_head("Dato: 10.06.22, Rådhuset, kl. 10-12"), None).meeting;
    assert_eq!(meeting.date.to_string(), "2022-06-10");
    assert_eq!(meeting.place.as_deref(), Some("Rådhuset"));
    assert_eq!(
        (meeting.start_time, meeting.end_time),
        (time(10, 0), time(12, 0))
    );
    assert!(meeting.unplaced.is_empty(), "{:?}", meeting.unplaced);
}

#[test]
fn words_after_the_time_are_kept() {
    let meeting = minutes::read(
        &with_head("Dato: 10.06.22\nTid: kl. 10.00–14.00 etter befaring"),
        None,
    )
    .meeting;
    assert_eq!(
        (meeting.start_time, meeting.end_time),
        (time(10, 0), time(14, 0))
    );
    assert_eq!(unplaced(&meeting), ["etter befaring"]);
}

#[test]
fn weekdays_and_clock_words_are_no_text_of_their_own() {
    let meeting = minutes::read(
        &with_head("Dato: torsdag 10. juni 2022 kl. 09.00\nSted: Rådhuset kl. 09-12"),
        None,
    )
    .meeting;
    assert_eq!(meeting.place.as_deref(), Some("Rådhuset"));
    assert_eq!(meeting.start_time, time(9, 0));
    assert!(meeting.unplaced.is_empty(), "{:?}", meeting.unplaced);
}

#[test]
fn words_on_the_body_line_that_are_not_the_body_are_kept() {
    let council: regionrad::Council = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../fixtures/councils/demo.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let body = &council.bodies[0];
    let text = with_head(&format!("Utvalg: {} og mer tekst\nDato: 10.06.22", body.id));
    let meeting = minutes::read(&text, Some(&council)).meeting;
    assert_eq!(meeting.body, body.id);
    assert_eq!(unplaced(&meeting), ["og mer tekst"]);
    // Without a council there is no field for words that are not the body's id.
    let meeting = minutes::read(&with_head("Utvalg: Regionrådet\nDato: 10.06.22"), None).meeting;
    assert_eq!(meeting.body, "rr");
    assert_eq!(unplaced(&meeting), ["Utvalg: Regionrådet"]);
}

#[test]
fn a_header_line_among_the_attendance_is_read_as_a_header_line() {
    let text =
        "Referat\n\nDato: 10.06.22\n\nTil stede:\nSted: Rådhuset\nOla Nordmann\nKari Hansen\n\n\
                RR 1/22 Godkjenning\n\nVedtak: Godkjent.\n";
    let meeting = minutes::read(text, None).meeting;
    assert_eq!(meeting.place.as_deref(), Some("Rådhuset"));
    let names: Vec<&str> = meeting.attendance.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Ola Nordmann", "Kari Hansen"]);
    assert!(meeting.unplaced.is_empty(), "{:?}", meeting.unplaced);
}

#[test]
fn a_tab_inside_a_prose_list_is_a_space() {
    let text = "Referat\n\nDato: 10.06.22\n\nTil stede: Ola Nordmann,\tKari Hansen\n\n\
                RR 1/22 Godkjenning\n\nVedtak: Godkjent.\n";
    let meeting = minutes::read(text, None).meeting;
    let names: Vec<&str> = meeting.attendance.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Ola Nordmann", "Kari Hansen"]);
}

#[test]
fn every_line_end_ends_a_line() {
    let lf = "Referat\n\nUtvalg: RR\nDato: 10.06.22\nSted: Rådhuset\n\nTil stede: Ola Nordmann\n\n\
              RR 1/22 Godkjenning\n\nVedtak: Godkjent.\n\nRR 2/22 Eventuelt\n\nVedtak: Ingen saker.";
    let want = minutes::read(lf, None).meeting;
    assert_eq!(want.agenda.len(), 2);
    assert_eq!(want.place.as_deref(), Some("Rådhuset"));
    for end in ["\r\n", "\r", "\u{2028}", "\u{2029}"] {
        let reading = minutes::read(&lf.replace('\n', end), None);
        assert_eq!(reading.meeting, want, "{end:?}");
        // Spans count the same lines: the place stands on line 5.
        let place = reading
            .spans
            .iter()
            .find(|s| s.path == [PathSegment::from("place")])
            .unwrap();
        assert_eq!(place.span.start.line, 5, "{end:?}");
    }
}

#[test]
fn a_free_text_with_other_line_ends_reads_back_as_written() {
    let text = "Referat\n\nDato: 10.06.22\n\nRR 1/22 Godkjenning\n\nVedtak: Godkjent.\n";
    let mut meeting = minutes::read(text, None).meeting;
    // A CR at the end stands right before the LF the writer ends the text with.
    for decision in ["\r", "Godkjent.\r", "a\r\nb", "a\u{2028}b\u{2029}c", "\r\r"] {
        meeting.agenda[0].decision.as_mut().unwrap().text = decision.to_owned();
        let written = minutes::write(&meeting, None, regionrad::Lang::Nb).unwrap();
        let back = minutes::read(&written, None).meeting;
        assert_eq!(back, meeting, "{decision:?}\n{written}");
    }
}
