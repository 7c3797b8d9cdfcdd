//! The writer's promise: minutes it writes read back as the meeting it was given, or it
//! refuses with an error naming the field — a value that would begin lines of its own, or
//! anything else that would read back otherwise — never minutes that lose or add items or
//! people.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use regionrad::{minutes, Error, Lang, Meeting};

/// A meeting of one item with a decision, two members and a place, read from minutes.
fn meeting() -> Meeting {
    let text = "Referat\n\nUtvalg: RR\nDato: 10.06.22\nSted: Rådhuset\n\n\
                Til stede: Ola Nordmann, Kari Hansen\n\n\
                RR 1/22 Godkjenning av innkalling\n\nVedtak: Godkjent.\n";
    let meeting = minutes::read(text, None).meeting;
    assert_eq!((meeting.agenda.len(), meeting.attendance.len()), (1, 2));
    meeting
}

/// The message of the error `write` gives, in both languages, with its code checked.
fn refusal(meeting: &Meeting, lang: Lang) -> String {
    match minutes::write(meeting, None, lang) {
        Err(e @ Error::InvalidInput(_)) => e.to_string(),
        other => panic!("not refused: {:.300}", format!("{other:?}")),
    }
}

/// Sets one field of a meeting to a value.
type SetField = fn(&mut Meeting, String);

#[test]
fn a_line_break_in_a_one_line_field_is_refused_with_the_field() {
    let cases: [(&str, SetField); 5] = [
        ("title", |m, v| m.title = Some(v)),
        ("place", |m, v| m.place = Some(v)),
        ("attendance[1].name", |m, v| m.attendance[1].name = v),
        ("agenda[0].title", |m, v| m.agenda[0].title = v),
        ("agenda[0].case_officers[0]", |m, v| {
            m.agenda[0].case_officers = vec![v]
        }),
    ];
    // Each of these, written on one line, would begin a line that reads as an item or a person.
    for end in ["\n", "\r\n", "\r", "\u{2028}", "\u{2029}"] {
        for (field, set) in cases {
            let mut changed = meeting();
            set(&mut changed, format!("Noe{end}RR 2/22 Innskutt sak"));
            for lang in [Lang::Nb, Lang::En] {
                let message = refusal(&changed, lang);
                assert!(
                    message.starts_with(&format!("meeting: {field} ")),
                    "{end:?} {message}"
                );
            }
            assert!(
                refusal(&changed, Lang::En).contains("line break"),
                "{field}"
            );
        }
    }
}

#[test]
fn a_tab_in_a_cell_of_the_attendance_table_is_refused() {
    let mut changed = meeting();
    changed.attendance[0].name = "Ola\tNordmann".to_owned();
    let message = refusal(&changed, Lang::En);
    assert!(
        message.starts_with("meeting: attendance[0].name "),
        "{message}"
    );
    // Outside the table a tab is only a character of the text.
    let mut changed = meeting();
    changed.agenda[0].title = "Godkjenning\tav innkalling".to_owned();
    let written = minutes::write(&changed, None, Lang::Nb).unwrap();
    assert_eq!(minutes::read(&written, None).meeting, changed);
}

#[test]
fn a_title_that_reads_as_a_fence_is_refused_not_written_wrong() {
    // With a fenced decision after it, a title of backticks paired with the decision's
    // fence: the minutes read back with no date and no items.
    let mut changed = meeting();
    changed.title = Some("```".to_owned());
    changed.agenda[0].decision.as_mut().unwrap().text = "Vedtak:\nGodkjent.".to_owned();
    let message = refusal(&changed, Lang::Nb);
    assert!(message.starts_with("meeting: title "), "{message}");
    assert!(message.contains("leses tilbake likt"), "{message}");
}

#[test]
fn what_is_written_reads_back_as_it() {
    let mut changed = meeting();
    changed.agenda[0].decision.as_mut().unwrap().text = "Vedtak:\n```\nGodkjent.".to_owned();
    changed.place = Some("Rådhuset, møterom ```".to_owned());
    let written = minutes::write(&changed, None, Lang::Nb).unwrap();
    assert_eq!(minutes::read(&written, None).meeting, changed);
}

#[test]
fn a_meeting_beyond_the_limits_is_refused_for_them() {
    // The reader stops at the longest text it takes, so such a text cannot read back.
    let mut changed = meeting();
    changed.agenda[0].decision.as_mut().unwrap().text =
        "a".repeat(regionrad::limits::MAX_TEXT_CHARS + 1);
    let message = refusal(&changed, Lang::Nb);
    assert!(message.contains("lengre enn 100000 tegn"), "{message}");
}

#[test]
fn nynorsk_minutes_are_refused_not_written_in_bokmal() {
    let meeting = minutes::read("KDU 1/23 Budsjett\n\nVedtak: Vedtatt.\n", None).meeting;
    let refused = minutes::write(&meeting, None, Lang::Nn).unwrap_err();
    assert_eq!(refused.code(), regionrad::ErrorCode::InvalidArgument);
    assert!(minutes::write(&meeting, None, Lang::Nb).is_ok());
}
