//! The minutes reader and writer against the seeds and the golden meetings: each seed reads
//! equal to its golden meeting field by field, writing and reading back gives the same
//! meeting, and validation of the read seeds finds the defects the text has. Tests that
//! need `../shared/seeds` skip, saying so, where it is absent.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{differences, read, COUNCIL, SEED_MEETINGS};
use regionrad::{minutes, Council, Lang, Meeting};
use serde_json::Value;

/// The seed each golden meeting was written from.
const SEEDS: [(&str, &str); 3] = [
    ("000_d878fcb9e3f002b8.txt", "meetings/2021-03-05-kdu.json"),
    ("002_5bf35c0e7693fa5c.txt", "meetings/2021-11-05-kdu.json"),
    ("001_05375f09446a7c27.txt", "meetings/2023-01-20-kdu.json"),
];

fn council() -> Council {
    serde_json::from_str(&read(COUNCIL)).unwrap()
}

/// The meeting written as minutes and read back, with the written text. Unplaced text is
/// written last, so it comes back at new lines: its text must be the same, and its spans are
/// taken from `meeting` so that the two compare.
fn written_and_read(meeting: &Meeting, council: Option<&Council>, name: &str) -> (Meeting, String) {
    let written = minutes::write(meeting, council, Lang::Nb).unwrap();
    let mut back = minutes::read(&written, council).meeting;
    for (block, before) in back.unplaced.iter_mut().zip(&meeting.unplaced) {
        assert_eq!(block.text, before.text, "{name}");
        block.span = before.span;
    }
    (back, written)
}

fn meeting_differences(what: &str, want: &Meeting, got: &Meeting) -> Vec<String> {
    let mut diffs = Vec::new();
    differences(
        "",
        &serde_json::to_value(want).unwrap(),
        &serde_json::to_value(got).unwrap(),
        &mut diffs,
    );
    if !diffs.is_empty() {
        diffs.insert(0, format!("{what}: {} differences", diffs.len()));
    }
    diffs
}

#[test]
fn each_seed_reads_as_its_golden_meeting() {
    let Some(dir) = common::seeds_dir() else {
        eprintln!("skipped: ../shared/seeds is not here");
        return;
    };
    let council = council();
    let mut all = Vec::new();
    for (seed, golden) in SEEDS {
        let text = std::fs::read_to_string(dir.join(seed)).unwrap();
        let reading = minutes::read(&text, Some(&council));
        let want: Meeting = serde_json::from_str(&read(golden)).unwrap();
        all.extend(meeting_differences(seed, &want, &reading.meeting));
        let codes: Vec<String> = reading
            .findings
            .iter()
            .map(|f| format!("{} {}", f.code, f.message))
            .collect();
        if !codes.is_empty() {
            all.push(format!("{seed}: findings {codes:?}"));
        }
    }
    assert!(all.is_empty(), "{}", all.join("\n"));
}

#[test]
fn every_fixture_meeting_survives_write_then_read() {
    let council = council();
    for file in SEED_MEETINGS {
        let meeting: Meeting = serde_json::from_str(&read(file)).unwrap();
        let written = minutes::write(&meeting, Some(&council), Lang::Nb).unwrap();
        let reading = minutes::read(&written, Some(&council));
        let diffs = meeting_differences(file, &meeting, &reading.meeting);
        assert!(
            diffs.is_empty(),
            "{}\n--- written ---\n{written}",
            diffs.join("\n")
        );
        assert!(
            reading.findings.is_empty(),
            "{file}: {:?}",
            reading.findings
        );
        // Writing is deterministic: the same meeting gives the same text.
        assert_eq!(
            minutes::write(&reading.meeting, Some(&council), Lang::Nb).unwrap(),
            written
        );
    }
}

/// The defects the text of the seeds really has, found by validating what was read: the
/// 2023 minutes use KDU 46/22 for two cases and cite a regional council decision dated after
/// the meeting; KDU cases 18–71/21 are in none of the three. No other error.
#[test]
fn validating_the_read_seeds_finds_the_real_defects_and_no_false_errors() {
    let Some(dir) = common::seeds_dir() else {
        eprintln!("skipped: ../shared/seeds is not here");
        return;
    };
    let council = council();
    let meetings: Vec<Meeting> = SEEDS
        .iter()
        .map(|(seed, _)| {
            let text = std::fs::read_to_string(dir.join(seed)).unwrap();
            minutes::read(&text, Some(&council)).meeting
        })
        .collect();
    let today = chrono::NaiveDate::from_ymd_opt(2023, 2, 1).unwrap();
    let report = regionrad::validate(&council, &meetings, today);
    let errors: Vec<(Option<usize>, &str)> = report
        .findings
        .iter()
        .filter(|f| f.severity == regionrad::Severity::Error)
        .map(|f| (f.meeting, f.code.as_str()))
        .collect();
    assert_eq!(
        errors,
        vec![
            (Some(2), "reference.decision_after_meeting"),
            (Some(2), "case_number.conflicting_titles"),
        ]
    );
    let gap = report
        .findings
        .iter()
        .find(|f| f.code.as_str() == "case_number.gap")
        .unwrap();
    assert_eq!(gap.params["missing"], "18–71");
}

#[test]
fn every_value_read_points_back_at_its_text() {
    let text = "Møte i KDU\n\nDato: 5. mars 2021\nSted: Teams\nTidspunkt: kl. 1000 – 1330\n\n\
                Til stede: Ola Nordmann, Kari Hansen\n\n\
                KDU 1/21 Godkjenning av innkalling\n\nVedtak: Innkalling godkjent\n";
    let reading = minutes::read(text, None);
    let span = |path: &str| {
        reading
            .spans
            .iter()
            .find(|s| regionrad::format_path(&s.path) == path)
            .map(|s| (s.span.start.line, s.span.start.column, s.span.end.column))
            .unwrap_or_else(|| panic!("no span for {path}: {:?}", reading.spans))
    };
    assert_eq!(span("date"), (3, 7, 19));
    assert_eq!(span("place"), (4, 7, 12));
    assert_eq!(span("start_time"), (5, 16, 27));
    assert_eq!(span("attendance[1].name"), (7, 26, 37));
    assert_eq!(span("agenda[0].number"), (9, 1, 9));
    assert_eq!(span("agenda[0].decision.text"), (11, 1, 28));
}

#[test]
fn text_that_fits_nowhere_is_kept_and_reported() {
    let text = "Referat\nDato: 20.01.23\nMøteleder: Ola Nordmann\n\nKDU 1/23 Orientering\n\nVedtak: Tatt til orientering\n";
    let reading = minutes::read(text, None);
    let unplaced = &reading.meeting.unplaced;
    assert_eq!(unplaced.len(), 1);
    assert_eq!(unplaced[0].text, "Møteleder: Ola Nordmann");
    assert_eq!(unplaced[0].span.start.line, 3);
    let finding = &reading.findings[0];
    assert_eq!(finding.code.as_str(), "minutes.unplaced");
    assert_eq!(regionrad::format_path(&finding.path), "unplaced[0]");
    assert_eq!(finding.span, Some(unplaced[0].span));
    // Written back, the text is still there, and reads as unplaced again.
    let again = minutes::read(
        &minutes::write(&reading.meeting, None, Lang::Nb).unwrap(),
        None,
    );
    assert!(again
        .meeting
        .unplaced
        .iter()
        .any(|u| u.text == "Møteleder: Ola Nordmann"));
}

#[test]
fn names_with_letters_whose_lower_case_is_longer_read_whole() {
    // `Ⱥ` is two bytes, its lower case three: a word found in the lowered text must be cut
    // from the text at the same place (the property tests found the reader cutting it
    // inside a character).
    let text = "Møte i KDU 5. mars 2021\n\nTil stede: ȺPer Hansen for Ola Øie, Kari Nordmann\n\nKDU 1/21 Budsjett\n\nVedtak: Vedtatt.\n";
    let reading = minutes::read(text, None);
    let people: Vec<(&str, Option<&str>)> = reading
        .meeting
        .attendance
        .iter()
        .map(|a| (a.name.as_str(), a.substitute_for.as_deref()))
        .collect();
    assert_eq!(
        people,
        [("ȺPer Hansen", Some("Ola Øie")), ("Kari Nordmann", None)]
    );
}

#[test]
fn what_cannot_be_read_is_said_not_guessed() {
    let reading = minutes::read("Noen notater uten dato\n\nIngen saker her.", None);
    let codes: Vec<&str> = reading.findings.iter().map(|f| f.code.as_str()).collect();
    assert!(codes.contains(&"minutes.date_not_found"), "{codes:?}");
    assert!(codes.contains(&"minutes.body_not_found"), "{codes:?}");
    assert!(codes.contains(&"minutes.no_items"), "{codes:?}");
    assert!(codes.contains(&"minutes.unplaced"), "{codes:?}");
}

#[test]
fn without_a_council_the_body_comes_from_the_case_numbers() {
    let Some(dir) = common::seeds_dir() else {
        eprintln!("skipped: ../shared/seeds is not here");
        return;
    };
    let text = std::fs::read_to_string(dir.join("001_05375f09446a7c27.txt")).unwrap();
    let meeting = minutes::read(&text, None).meeting;
    assert_eq!(meeting.council, "");
    assert_eq!(meeting.body, "kdu");
    assert_eq!(meeting.agenda.len(), 6);
    assert_eq!(meeting.attendance.len(), 11);
    assert!(meeting
        .attendance
        .iter()
        .all(|a| a.municipality.is_none() && a.capacity == regionrad::Capacity::Member));
}

/// The shared minutes vectors of `fixtures/minutes/`, which node and Python run too.
#[test]
fn minutes_vectors_read_as_expected_and_survive_write_then_read() {
    let files = common::json_files("minutes");
    assert!(files.len() >= 3);
    for file in files {
        let case: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        // The minutes are text, not JSON: `{"$ref": file}` names a file under fixtures/.
        let text = read(case["text"]["$ref"].as_str().unwrap());
        let council: Option<Council> = match &case["council"] {
            Value::Null => None,
            spec => Some(serde_json::from_str(&common::document_text(spec)).unwrap()),
        };
        let reading = minutes::read(&text, council.as_ref());
        let want: Meeting = serde_json::from_value(case["expect"]["meeting"].clone()).unwrap();
        let name = file.display().to_string();
        let diffs = meeting_differences(&name, &want, &reading.meeting);
        assert!(diffs.is_empty(), "{}", diffs.join("\n"));
        let found: Vec<Value> = reading
            .findings
            .iter()
            .map(|f| serde_json::json!({"code": f.code.as_str(), "path": f.path}))
            .collect();
        assert_eq!(Value::Array(found), case["expect"]["findings"], "{name}");
        // Written and read again: the same meeting, unplaced text kept (at new lines).
        let (back, _) = written_and_read(&reading.meeting, council.as_ref(), &name);
        let diffs =
            meeting_differences(&format!("{name} written and read"), &reading.meeting, &back);
        assert!(diffs.is_empty(), "{}", diffs.join("\n"));
    }
}

#[test]
fn lettered_points_are_points_and_extracts_have_spans() {
    let text = "Referat\nDato: 3. mars 2023\n\nKDU 7/23 Diverse orienteringer\n\na) Møteplan\n\nPlanen tas til orientering.\n\nb) Lønnspolitikk\n\nSaken behandles i KDU 14. april.\n\nKDU 8/23 Budsjett\n\nVedtak:\n\nSekretariatet følger opp innen 1. mai, jf. KDU 46/22.\n";
    let reading = minutes::read(text, None);
    let item = &reading.meeting.agenda[0];
    let titles: Vec<&str> = item.sub_items.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, vec!["Møteplan", "Lønnspolitikk"]);
    assert_eq!(item.sub_items[1].follow_ups.len(), 1);
    let span = |path: &str| {
        reading
            .spans
            .iter()
            .find(|s| regionrad::format_path(&s.path) == path)
            .map(|s| (s.span.start.line, s.span.start.column))
    };
    assert_eq!(span("agenda[0].sub_items[1].follow_ups[0]"), Some((12, 1)));
    assert_eq!(span("agenda[1].follow_ups[0]"), Some((18, 1)));
    assert_eq!(span("agenda[1].references[0]"), Some((18, 44)));
}

/// Every meeting of the validation vectors that decodes — votes, closed items, written
/// procedure, substitutes, presence of every kind — written and read back with its council
/// is the same meeting.
#[test]
fn every_vector_meeting_survives_write_then_read() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for area in std::fs::read_dir(common::fixtures().join("vectors")).unwrap() {
        let area = area.unwrap().path();
        let name = area.file_name().unwrap().to_string_lossy().to_string();
        for file in common::json_files(&format!("vectors/{name}")) {
            let case: Value =
                serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
            let council: Option<Council> = case
                .get("council")
                .and_then(|spec| serde_json::from_str(&common::document_text(spec)).ok());
            let Some(council) = council else { continue };
            for (i, text) in common::document_texts(&case["meetings"]).iter().enumerate() {
                let Ok(meeting) = serde_json::from_str::<Meeting>(text) else {
                    continue;
                };
                // What text cannot say: another council's or body's meeting, another format
                // version, a place of blanks; and what the library does not take (beyond
                // its limits), which the writer refuses.
                let blank_place = meeting
                    .place
                    .as_deref()
                    .is_some_and(|p| p.trim().is_empty());
                if meeting.council != council.id
                    || council.body(&meeting.body).is_none()
                    || meeting.schema_version != regionrad::SCHEMA_VERSION
                    || blank_place
                    || regionrad::document::within_limits(meeting.clone(), 0).is_err()
                {
                    continue;
                }
                let written = minutes::write(&meeting, Some(&council), Lang::Nb).unwrap();
                let back = minutes::read(&written, Some(&council)).meeting;
                let what = format!("{} meeting {i}", file.display());
                let diffs = meeting_differences(&what, &meeting, &back);
                if !diffs.is_empty() {
                    failures.push(format!("{}\n--- written ---\n{written}", diffs.join("\n")));
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 50, "{checked}");
    assert!(
        failures.is_empty(),
        "{} of {checked} differ:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// Published minutes carry no e-mail address or phone number: the golden meeting with its
/// attendance's addresses, written redacted, has none, and reads back with none.
#[test]
fn redacted_minutes_carry_no_addresses_or_numbers() {
    let council = council();
    for file in SEED_MEETINGS {
        let meeting: Meeting = serde_json::from_str(&read(file)).unwrap();
        let redaction = regionrad::redact::redact_meeting(&meeting);
        let addresses = meeting.attendance.iter().filter(|a| a.email.is_some());
        assert!(redaction.counts.emails >= addresses.count(), "{file}");
        let redacted = redaction.meeting;
        let json = serde_json::to_string(&redacted).unwrap();
        assert!(!json.contains('@'), "{file}");
        let again = regionrad::redact::redact_meeting(&redacted);
        assert_eq!(again.meeting, redacted, "{file}: not idempotent");
        assert!(again.withheld.is_empty(), "{file}");
        // Only addresses went: the same people, items and decisions.
        assert_eq!(redacted.agenda, meeting.agenda, "{file}");
        assert_eq!(redacted.attendance.len(), meeting.attendance.len());
        let written = minutes::write(&redacted, Some(&council), Lang::Nb).unwrap();
        assert!(!written.contains('@'));
        assert_eq!(minutes::read(&written, Some(&council)).meeting, redacted);
    }
}

/// Minutes the fuzzer mangled into forms the writer once got wrong (`fixtures/fuzz/
/// read_minutes/round-trip-*.txt`): a date line that cannot be read (the reader's stand-in
/// date was written as 1 January 1970), a range whose start cannot be read, a range of one
/// day, an introduction that begins like an item heading, free text with lines that read as
/// section labels (now fenced), a follow-up due at the next meeting of no named body, a case
/// officer ending in "og", an item whose number does not continue the agenda after an item
/// written as "Sak: …" (written so too now), an attendee whose name reads as a case number
/// (written in the table, it opened the agenda), "Forfall: ." followed by a fence (read as
/// a guest with no name and the fence for a title), an attendee whose name reads as a group
/// heading ("Sekretariatet …:", written as a row with the other cells filled, it became
/// the heading of the rows after it), a date range whose start cannot be read before another
/// date line (the range's end was kept), a follow-up whose action has emphasis marks (from a
/// fenced decision; its record line was read without them), unplaced texts with fences in
/// them (written as they were, their fences paired with each other's), bodies given by no
/// prefix of the first heading (written, another heading came first), an attendee with a
/// comma and nothing after it (an empty title), a title with a run of spaces in a list per
/// municipality (a table cell reads it with one), a point with nothing in it ("- **", a sub-
/// item without a title, written as a "-" that read as text). Each is written and read back
/// as the same meeting.
#[test]
fn minutes_the_fuzzer_found_survive_write_then_read() {
    let council = council();
    let dir = common::fixtures().join("fuzz/read_minutes");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("round-trip-")
        })
        .collect();
    files.sort();
    assert_eq!(files.len(), 19, "{files:?}");
    for file in files {
        let text = String::from_utf8_lossy(&std::fs::read(&file).unwrap()).into_owned();
        let reading = minutes::read(&text, Some(&council));
        let name = file.display().to_string();
        let (back, written) = written_and_read(&reading.meeting, Some(&council), &name);
        let diffs = meeting_differences(&name, &reading.meeting, &back);
        assert!(
            diffs.is_empty(),
            "{}\n--- written ---\n{written}",
            diffs.join("\n")
        );
    }
}

/// Text without a readable date reads with the stand-in date and `minutes.date_not_found`;
/// written, it has no date line (not "1. januar 1970"), and reads back the same.
#[test]
fn minutes_without_a_date_are_written_without_one() {
    let text = "Referat\nUtvalg: KDU\n\nKDU 1/23 Godkjenning\n\nVedtak: Godkjent.\n";
    let reading = minutes::read(text, Some(&council()));
    assert_eq!(reading.meeting.date, minutes::date_not_found());
    let codes: Vec<&str> = reading.findings.iter().map(|f| f.code.as_str()).collect();
    assert!(codes.contains(&"minutes.date_not_found"), "{codes:?}");
    let written = minutes::write(&reading.meeting, Some(&council()), Lang::Nb).unwrap();
    assert!(!written.contains("Dato"), "{written}");
    assert_eq!(
        minutes::read(&written, Some(&council())).meeting,
        reading.meeting
    );
}

/// "Dato: 22.–22. september 2022" is one day: no end date, as a single date reads.
#[test]
fn a_range_of_one_day_is_one_date() {
    let text = "Referat\nUtvalg: KDU\nDato: 22.–22. september 2022\n\nKDU 1/22 Godkjenning\n\nVedtak: Godkjent.\n";
    let meeting = minutes::read(text, Some(&council())).meeting;
    assert_eq!(meeting.date.to_string(), "2022-09-22");
    assert_eq!(meeting.end_date, None);
}

/// Unplaced texts come back as they were, each on its own, whatever is in them: a blank
/// line, a fence (which could pair with a fence in another text), a fenced block, a line
/// the reader would trim. Those are written fenced; the others as they are.
#[test]
fn unplaced_texts_of_any_form_come_back_each_as_it_was() {
    use regionrad::findings::{Span, TextPosition};
    use regionrad::UnplacedText;
    let council = council();
    let mut meeting: Meeting = serde_json::from_str(&read(SEED_MEETINGS[0])).unwrap();
    let texts = [
        "Et avsnitt\n\nog et til",
        "Før\n```",
        "Vanlig tekst som ikke passet noe sted",
        "```\nEn blokk\n```",
        "  innrykket",
        "```\netter",
    ];
    meeting.unplaced = texts
        .iter()
        .map(|t| UnplacedText {
            text: (*t).to_owned(),
            span: Span {
                start: TextPosition { line: 1, column: 1 },
                end: TextPosition { line: 1, column: 1 },
            },
        })
        .collect();
    let written = minutes::write(&meeting, Some(&council), Lang::Nb).unwrap();
    let back = minutes::read(&written, Some(&council)).meeting;
    let read: Vec<&str> = back.unplaced.iter().map(|u| u.text.as_str()).collect();
    assert_eq!(read, texts, "--- written ---\n{written}");
    // A text that reads back as written is written so, not fenced.
    assert!(written.contains("\n\nVanlig tekst som ikke passet noe sted\n"));
}

/// Without "Utvalg:" or a body in the heading, the body is the first of the item headings'
/// prefixes that names one: "Sak 1/22" has no prefix, "Bakgr 2/22" names no body, "AU 3/22"
/// names the working committee (the first heading gave no body, and written, the minutes
/// began with another and read as its body's).
#[test]
fn the_body_is_the_first_prefix_among_the_headings_that_names_one() {
    let text = "Referat\nDato: 20. mai 2022\n\nSak 1/22 Godkjenning\n\nVedtak: Godkjent.\n\n\
                Bakgr 2/22 Orientering\n\nVedtak: Tatt til orientering.\n\n\
                AU 3/22 Budsjett\n\nVedtak: Vedtatt.\n";
    let meeting = minutes::read(text, Some(&council())).meeting;
    assert_eq!(meeting.body, "au");
}

/// A title reads the same in every form of the list: spaces run together as in a table
/// cell ("ordfører  –  dag 1" in a list per municipality kept both spaces, and written in
/// the table read back with one).
#[test]
fn titles_read_alike_in_every_form_of_the_list() {
    let text = "Referat\nUtvalg: AU\nDato: 21. september 2022\n\nFrøya kommune:\n\
                Kristin F. Strømskag, ordfører\u{2007} og  leder\n\nAU 20/22 Budsjett\n\nVedtak: Vedtatt.\n";
    let meeting = minutes::read(text, Some(&council())).meeting;
    assert_eq!(
        meeting.attendance[0].title.as_deref(),
        Some("ordfører og leder")
    );
}

/// Nothing after a comma, or nothing in brackets, is no title and no note: an empty title
/// would not be written, and the person would read back without one (found by fuzzing).
#[test]
fn nothing_after_a_comma_or_in_brackets_is_no_title_or_note() {
    let text = "Referat\nUtvalg: AU\nDato: 21. september 2022\n\nFrøya kommune:\n\
                Kristin F. Strømskag,\nOrkland kommune:\nOddbjørn Bang ()\n\
                Hitra kommune:\nOle L. Haugen, ordfører ( )\n\nAU 20/22 Budsjett\n\nVedtak: Vedtatt.\n";
    let meeting = minutes::read(text, Some(&council())).meeting;
    let read: Vec<_> = meeting
        .attendance
        .iter()
        .map(|a| (a.name.as_str(), a.title.as_deref(), a.note.as_deref()))
        .collect();
    assert_eq!(
        read,
        [
            ("Kristin F. Strømskag", None, None),
            ("Oddbjørn Bang", None, None),
            ("Ole L. Haugen", Some("ordfører"), None),
        ]
    );
}

/// A range whose start cannot be read is no date: a later date line gives the date, and
/// the range's end is not taken with it (it was: a meeting from 3 March 2023 to 22
/// September 2022, whose minutes, written, read the items as of the wrong year).
#[test]
fn a_range_without_a_readable_start_gives_no_end_to_a_later_date() {
    let text = "Referat\nUtvalg: KDU\nDato: 42.–22. september 2022\nDato: 3. mars 2023\n\n\
                KDU 7/23 Godkjenning\n\nVedtak: Godkjent.\n";
    let meeting = minutes::read(text, Some(&council())).meeting;
    assert_eq!(meeting.date.to_string(), "2023-03-03");
    assert_eq!(meeting.end_date, None);
    assert_eq!(meeting.agenda.len(), 1);
}

/// Whether a meeting was remote is read from its place ("Teams"); where the place does not
/// say it, the writer says it on a record line, both ways.
#[test]
fn remote_meetings_whose_place_does_not_say_so_keep_it() {
    let council = council();
    let mut meeting: Meeting = serde_json::from_str(&read(SEED_MEETINGS[0])).unwrap();
    for (place, remote, line) in [
        ("Rådhuset", true, Some("Møteform: fjernmøte")),
        ("Teams", false, Some("Møteform: fysisk møte")),
        ("Teams", true, None),
        ("Rådhuset", false, None),
    ] {
        meeting.place = Some(place.into());
        meeting.remote = remote;
        let written = minutes::write(&meeting, Some(&council), Lang::Nb).unwrap();
        assert_eq!(
            written.lines().find(|l| l.starts_with("Møteform")),
            line,
            "{place}"
        );
        let back = minutes::read(&written, Some(&council)).meeting;
        assert_eq!((back.place.as_deref(), back.remote), (Some(place), remote));
    }
}

/// Free text that would read as the structure of minutes — a section label, a record line,
/// an item heading, the agenda's or the unplaced text's heading, markup, blank lines, a
/// fence — is written between fences in every place an item has free text, and reads back as
/// it is. The fixture meetings (real minutes) are written without a fence.
#[test]
fn free_text_that_reads_as_structure_is_fenced_and_kept() {
    let council = council();
    for file in SEED_MEETINGS {
        let meeting: Meeting = serde_json::from_str(&read(file)).unwrap();
        assert!(
            !minutes::write(&meeting, Some(&council), Lang::Nb)
                .unwrap()
                .contains("```"),
            "{file}"
        );
    }
    // 2021-03-05 has an item with points, and points with decisions.
    let meeting: Meeting = serde_json::from_str(&read(SEED_MEETINGS[0])).unwrap();
    let with_decision = meeting
        .agenda
        .iter()
        .position(|i| i.decision.is_some() && i.sub_items.is_empty())
        .unwrap();
    let with_points = meeting
        .agenda
        .iter()
        .position(|i| i.sub_items.iter().any(|s| s.decision.is_some()))
        .unwrap();
    let point = meeting.agenda[with_points]
        .sub_items
        .iter()
        .position(|s| s.decision.is_some())
        .unwrap();
    type Place = (&'static str, Box<dyn Fn(&mut Meeting, String)>);
    let places: Vec<Place> = vec![
        (
            "introduction",
            Box::new(move |m, t| m.agenda[with_decision].introduction = Some(t)),
        ),
        (
            "background",
            Box::new(move |m, t| m.agenda[with_decision].background = Some(t)),
        ),
        (
            "assessment",
            Box::new(move |m, t| m.agenda[with_decision].assessment = Some(t)),
        ),
        (
            "discussion",
            Box::new(move |m, t| m.agenda[with_decision].discussion = Some(t)),
        ),
        (
            "proposal",
            Box::new(move |m, t| {
                m.agenda[with_decision].proposal = Some(regionrad::Proposal::Text { text: t })
            }),
        ),
        (
            "decision",
            Box::new(move |m, t| {
                m.agenda[with_decision].decision.as_mut().unwrap().text = t;
            }),
        ),
        (
            "point text",
            Box::new(move |m, t| m.agenda[with_points].sub_items[point].text = Some(t)),
        ),
        (
            "point decision",
            Box::new(move |m, t| {
                let sub = &mut m.agenda[with_points].sub_items[point];
                sub.decision.as_mut().unwrap().text = t;
            }),
        ),
    ];
    // Each text, and whether it is fenced wherever it stands (the cleaner would change it);
    // the others are fenced where they stand as structure.
    let texts = [
        ("Saken gjelder:\nVedtak:\nikke et vedtak", false),
        ("Vedtak:\nikke et vedtak", false),
        ("Saksbehandler: Kari Frøseth", false),
        ("Votering: enstemmig\nReferanser:", false),
        ("Saker til behandling:", false),
        ("Tekst fra originalen som ikke er plassert:\nnoe", false),
        ("- et punkt\n\nVedtak i saken: noe annet", false),
        ("  innrykk\n\n\n**fet** og ## ikke overskrift", true),
        ("```\nkode\n```", true),
        ("", true),
    ];
    let mut fenced = 0;
    for (place, set) in &places {
        for (text, always) in texts {
            let mut changed = meeting.clone();
            set(&mut changed, text.to_owned());
            let written = minutes::write(&changed, Some(&council), Lang::Nb).unwrap();
            let back = minutes::read(&written, Some(&council)).meeting;
            let what = format!("{place} {text:?}");
            let diffs = meeting_differences(&what, &changed, &back);
            assert!(
                diffs.is_empty(),
                "{}\n--- written ---\n{written}",
                diffs.join("\n")
            );
            let is_fenced = written.contains("```\n");
            assert!(is_fenced || !always, "{what}: not fenced");
            fenced += usize::from(is_fenced && !always);
        }
    }
    // Without fences, most of the structure-like texts would not have read back.
    assert!(fenced >= 20, "{fenced}");
}

/// A fenced block in text read from elsewhere (a Markdown export) is kept as it is, in the
/// field it stands in; a fence that nothing closes is an ordinary line.
#[test]
fn fenced_blocks_in_minutes_are_read_as_they_are() {
    let text = "Utvalg: KDU\nDato: 20.01.23\n\nKDU 1/23 Budsjett\n\nVedtak:\n\n\
                ```\nBudsjettet vedtas.\n\n  Bakgrunn: som i fjor\n```\n\n\
                KDU 2/23 Eventuelt\n\n```\nåpen\n";
    let reading = minutes::read(text, None);
    let agenda = &reading.meeting.agenda;
    assert_eq!(agenda.len(), 2);
    assert_eq!(
        agenda[0].decision.as_ref().unwrap().text,
        "Budsjettet vedtas.\n\n  Bakgrunn: som i fjor"
    );
    assert_eq!(agenda[0].background, None);
    assert_eq!(agenda[1].introduction.as_deref(), Some("```\nåpen"));
    // The decision's text spans its label and the block, to the closing fence.
    let span = reading
        .spans
        .iter()
        .find(|s| s.path == ["agenda".into(), 0.into(), "decision".into(), "text".into()])
        .unwrap()
        .span;
    assert_eq!((span.start.line, span.end.line), (6, 12));
}

/// Items whose decisions each hold a line that reads as the next item's heading: written
/// plainly, every one would split in two. The writer reads its minutes back a few rounds at
/// most, fencing what reads differently, and the whole meeting reads back as it is.
#[test]
fn many_items_whose_texts_read_as_headings_are_all_kept() {
    let mut text = String::from("Utvalg: KDU\nDato: 3. mars 2023\n\n");
    for n in 1..=40 {
        text.push_str(&format!("KDU {n}/23 Sak {n}\n\nVedtak: Vedtatt.\n\n"));
    }
    let mut meeting = minutes::read(&text, None).meeting;
    assert_eq!(meeting.agenda.len(), 40);
    for (n, item) in meeting.agenda.iter_mut().enumerate() {
        let next = n + 2;
        item.decision.as_mut().unwrap().text = format!("Vedtatt.\n\nKDU {next}/23 Sak {next}");
    }
    let written = minutes::write(&meeting, None, Lang::Nb).unwrap();
    let back = minutes::read(&written, None).meeting;
    let diffs = meeting_differences("forty items", &meeting, &back);
    // Every decision in fences: an opening and a closing line each.
    assert_eq!(written.matches("```\n").count(), 80);
    assert!(
        diffs.is_empty(),
        "{}\n--- written ---\n{written}",
        diffs.join("\n")
    );
}

/// An item's number that would not head an item where it stands (another year, out of the
/// agenda's sequence) is written on a record line under "Sak: title", and reads back.
#[test]
fn a_number_out_of_the_agendas_sequence_is_written_on_a_record_line() {
    let text = "Utvalg: RR\nDato: 10.06.22\n\nRR 11/22 Regnskap\n\nVedtak: Godkjent.\n\n\
                RR 12/22 Valg\n\nVedtak: Valgt.\n";
    let mut meeting = minutes::read(text, None).meeting;
    meeting.agenda[1].number = Some("13/21".to_owned());
    let written = minutes::write(&meeting, None, Lang::Nb).unwrap();
    assert!(
        written.contains("Sak: Valg\n\nSaksnummer: 13/21"),
        "{written}"
    );
    assert_eq!(minutes::read(&written, None).meeting, meeting);
}

/// A row of the attendance table whose name reads as a case number in the meeting's year
/// ("Kri 12/22") is a row, not the first item: the agenda opens at its own heading.
#[test]
fn a_table_row_named_like_a_case_number_does_not_open_the_agenda() {
    let text = "Referat\nUtvalg: AU\nDato: 21.09.22\n\nNavn\tKommunenr.\tOrganisasjon\tMøtt\n\
                Kri 12/22\t5014\t–\tx\n\nSaker til behandling:\n\nAU 20/22 Budsjett 2023\n\n\
                Vedtak: Godkjent.\n";
    let meeting = minutes::read(text, Some(&council())).meeting;
    assert_eq!(meeting.attendance.len(), 1, "{:?}", meeting.attendance);
    assert_eq!(meeting.attendance[0].name, "Kri 12/22");
    assert_eq!(meeting.agenda.len(), 1, "{:?}", meeting.agenda);
    assert_eq!(
        meeting.agenda[0].number.as_ref().map(|n| n.to_string()),
        Some("AU 20/22".to_owned())
    );
}

/// A date whose year no document can hold ("01.01.0000") is not read as the meeting's date:
/// the reader says it found none, rather than hand on a meeting no binding can take.
#[test]
fn a_date_of_year_zero_is_not_read() {
    let reading = minutes::read(
        "Referat\n\nDato: 01.01.0000\n\nKDU 1/23 Orientering\n\nVedtak: Tatt til orientering.\n",
        None,
    );
    let codes: Vec<&str> = reading.findings.iter().map(|f| f.code.as_str()).collect();
    assert!(codes.contains(&"minutes.date_not_found"), "{codes:?}");
    assert!(
        chrono::Datelike::year(&reading.meeting.date) >= 1,
        "{}",
        reading.meeting.date
    );
}

/// Minutes that say only in words how the meeting was held: by written procedure in the
/// heading and a line of the head (nynorsk here), or remotely under kommunelova § 11-7.
#[test]
fn written_procedure_and_remote_meetings_said_in_words() {
    let written = "Protokoll frå skriftleg handsaming i arbeidsutvalet\n\n\
                   Saka vart handsama per e-post med frist 12. mai 2021.\n\n\
                   Sak 5/21 Uttale til regional plan\n\n\
                   Vedtak: Arbeidsutvalet sluttar seg til uttalen.\n";
    let meeting = regionrad::minutes::read(written, None).meeting;
    assert_eq!(meeting.procedure, regionrad::Procedure::Written);
    // Dated by the deadline the text gives, the only date in its head.
    assert_eq!(meeting.date.to_string(), "2021-05-12");
    assert_eq!(
        meeting.title.as_deref(),
        Some("Protokoll frå skriftleg handsaming i arbeidsutvalet")
    );
    // The line's words are kept, not taken for the procedure alone.
    assert!(meeting
        .unplaced
        .iter()
        .any(|u| u.text.contains("handsama per e-post med frist")));
    assert!(!meeting.remote);

    let remote = "Møte i arbeidsutvalget 10. juni 2022\n\n\
                  Fjernmøte jf. kommunelova § 11-7\n\n\
                  Sak 12/22 Budsjett\n\n\
                  Vedtak: Vedtatt.\n";
    let meeting = regionrad::minutes::read(remote, None).meeting;
    assert!(meeting.remote);
    assert_eq!(meeting.procedure, regionrad::Procedure::Meeting);

    // A notice sent by e-post says nothing of how the items were dealt with.
    let notice = "Møte i arbeidsutvalget 3. mars 2022\n\nInnkallingen ble sendt per e-post.\n\n\
                  Sak 1/22 Budsjett\n\nVedtak: Vedtatt.\n";
    assert_eq!(
        regionrad::minutes::read(notice, None).meeting.procedure,
        regionrad::Procedure::Meeting
    );

    // Each written back reads as the same meeting.
    for text in [written, remote, notice] {
        let meeting = regionrad::minutes::read(text, None).meeting;
        let (back, minutes) = written_and_read(&meeting, None, text);
        assert_eq!(back, meeting, "{minutes}");
    }
}

/// A heading that reads as written procedure or as a remote meeting, of a meeting that was
/// neither: the minutes written say so on a line of their own, and read back the same.
#[test]
fn a_heading_that_says_otherwise_is_corrected_by_a_record_line() {
    let text = "Møte i arbeidsutvalget 3. mars 2022\n\nSted: Rådhuset\n\nSak 1/22 Budsjett\n\nVedtak: Vedtatt.\n";
    let mut meeting = regionrad::minutes::read(text, None).meeting;
    meeting.title = Some("Skriftlig behandling og fjernmøte i AU".into());
    let written = regionrad::minutes::write(&meeting, None, regionrad::Lang::Nb).unwrap();
    assert!(written.contains("Behandlingsmåte: i møte\n"), "{written}");
    assert!(written.contains("Møteform: fysisk møte\n"), "{written}");
    assert_eq!(regionrad::minutes::read(&written, None).meeting, meeting);
}
