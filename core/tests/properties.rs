//! Properties over documents changed at random (10 000 cases each; `PROPTEST_CASES` to try
//! fewer): every document type that decodes encodes to JSON that decodes to the same value,
//! and encodes the same again; validation gives the same findings twice, and the same
//! findings whatever the order of the meetings, the municipalities and the members;
//! minutes written from a meeting read back as that meeting, whatever its free texts hold.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::fmt::Debug;

use chrono::NaiveDate;
use common::mutation::{any_json, config, edited, mutated, permutation, reordered};
use proptest::prelude::*;
use regionrad::cost::{Budget, PopulationTable};
use regionrad::minutes::{self, Reading};
use regionrad::{Council, Meeting, PathSegment, Report};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 2, 1).unwrap()
}

/// Encoded, decoded and encoded again: the same value, and the same text both times.
fn round_trips<T: Serialize + DeserializeOwned + PartialEq + Debug>(
    value: &T,
) -> Result<(), TestCaseError> {
    let text = serde_json::to_string(value).unwrap();
    let again: T =
        serde_json::from_str(&text).map_err(|e| TestCaseError::fail(format!("{e}: {text}")))?;
    prop_assert_eq!(&again, value);
    prop_assert_eq!(serde_json::to_string(&again).unwrap(), text);
    Ok(())
}

const COUNCILS: [&str; 2] = [
    "councils/trondelag-sorvest.json",
    "councils/ekommune-sunnmore.json",
];

/// The budget of a cost vector, as a document of its own.
fn budget_text() -> String {
    let case: Value =
        serde_json::from_str(&common::read("cost/trondelag-30-70-2023.json")).unwrap();
    case["budget"].to_string()
}

/// The council with its municipalities and each body's members in another order, and the
/// maps from new indices back to the old.
struct Shuffled {
    council: Council,
    municipalities: Vec<usize>,
    members: Vec<Vec<usize>>,
}

fn shuffle_council(council: &Council, seed: u64) -> Shuffled {
    let mut shuffled = council.clone();
    let municipalities = permutation(council.municipalities.len(), seed);
    shuffled.municipalities = reordered(&council.municipalities, &municipalities);
    let mut members = Vec::new();
    for (i, body) in shuffled.bodies.iter_mut().enumerate() {
        let order = permutation(body.members.len(), seed.rotate_left(i as u32 + 1));
        body.members = reordered(&body.members, &order);
        members.push(order);
    }
    Shuffled {
        council: shuffled,
        municipalities,
        members,
    }
}

/// A report's findings with the indices of shuffled lists mapped back to the original
/// order, as sorted JSON: comparable with the report of the original order.
fn in_original_order(report: &Report, meetings: &[usize], shuffled: &Shuffled) -> Vec<String> {
    let mut findings: Vec<String> = report
        .findings
        .iter()
        .map(|f| {
            let mut f = f.clone();
            f.meeting = f.meeting.map(|m| meetings[m]);
            // The one param that is a meeting's index.
            if let Some(first) = f.params.get_mut("first_meeting") {
                *first = regionrad::Param::from(
                    meetings[usize::try_from(first.as_i64().unwrap()).unwrap()],
                );
            }
            if f.document == regionrad::Document::Council {
                original_path(&mut f.path, shuffled);
            }
            serde_json::to_string(&f).unwrap()
        })
        .collect();
    findings.sort();
    findings
}

fn original_path(path: &mut [PathSegment], shuffled: &Shuffled) {
    let key = |s: &PathSegment| match s {
        PathSegment::Field(k) => Some(k.clone()),
        PathSegment::Index(_) => None,
    };
    match path {
        [first, PathSegment::Index(i), ..] if key(first).as_deref() == Some("municipalities") => {
            *i = shuffled.municipalities[*i];
        }
        [first, PathSegment::Index(b), members, PathSegment::Index(i), ..]
            if key(first).as_deref() == Some("bodies")
                && key(members).as_deref() == Some("members") =>
        {
            *i = shuffled.members[*b][*i];
        }
        _ => {}
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn councils_round_trip(pick in any::<usize>(), value in any_json(), which in 0usize..2) {
        let text = mutated(COUNCILS[which], pick, value);
        if let Ok(council) = regionrad::decode_council(&text) {
            round_trips(&council)?;
        }
    }

    #[test]
    fn meetings_round_trip(pick in any::<usize>(), value in any_json(), which in 0usize..3) {
        let text = mutated(common::SEED_MEETINGS[which], pick, value);
        if let Ok(meeting) = regionrad::decode_meeting(&text, 0) {
            round_trips(&meeting)?;
        }
    }

    #[test]
    fn budgets_and_population_tables_round_trip(pick in any::<usize>(), value in any_json()) {
        let population = mutated("population/ssb-07459-trondelag-sorvest.json", pick, value.clone());
        if let Ok(table) = serde_json::from_str::<PopulationTable>(&population) {
            round_trips(&table)?;
        }
        let mut budget: Value = serde_json::from_str(&budget_text()).unwrap();
        let mut all = Vec::new();
        common::mutation::places(&budget, Vec::new(), &mut all);
        common::mutation::replace(&mut budget, &all[pick % all.len()], value);
        if let Ok(budget) = serde_json::from_value::<Budget>(budget) {
            round_trips(&budget)?;
        }
    }

    #[test]
    fn reports_and_readings_round_trip(pick in any::<usize>(), value in any_json(), edits in prop::collection::vec((any::<usize>(), any::<char>()), 1..8)) {
        let council = common::read(common::COUNCIL);
        let meeting = mutated(common::SEED_MEETINGS[pick % 3], pick, value);
        round_trips(&common::validate_json(&council, &[&meeting], today()))?;
        let text = edited(&common::read("minutes/au-2022-09-21-grouped.txt"), &edits);
        let council: Council = serde_json::from_str(&council).unwrap();
        let reading: Reading = minutes::read(&text, Some(&council));
        round_trips(&reading)?;
    }

    #[test]
    fn validation_is_the_same_twice_and_in_any_order(pick in any::<usize>(), value in any_json(), which in 0usize..3, seed in any::<u64>()) {
        let council = regionrad::decode_council(&common::read(common::COUNCIL)).unwrap();
        // The seed meetings, one of them changed where the change still decodes.
        let mut meetings: Vec<Meeting> = common::SEED_MEETINGS
            .iter()
            .enumerate()
            .map(|(i, f)| regionrad::decode_meeting(&common::read(f), i).unwrap())
            .collect();
        if let Ok(changed) = regionrad::decode_meeting(&mutated(common::SEED_MEETINGS[which], pick, value), which) {
            meetings[which] = changed;
        }
        let first = regionrad::validate(&council, &meetings, today());
        prop_assert_eq!(&regionrad::validate(&council, &meetings, today()), &first);

        let order = permutation(meetings.len(), seed);
        let shuffled = shuffle_council(&council, seed);
        let report = regionrad::validate(&shuffled.council, &reordered(&meetings, &order), today());
        let identity = Shuffled {
            council: council.clone(),
            municipalities: (0..council.municipalities.len()).collect(),
            members: council.bodies.iter().map(|b| (0..b.members.len()).collect()).collect(),
        };
        let got = in_original_order(&report, &order, &shuffled);
        let want = in_original_order(&first, &(0..meetings.len()).collect::<Vec<_>>(), &identity);
        let only = |a: &[String], b: &[String]| a.iter().filter(|f| !b.contains(f)).cloned().collect::<Vec<_>>();
        prop_assert!(
            got == want,
            "in order {:?}: found only then {:#?}\nnot found then {:#?}",
            order,
            only(&got, &want),
            only(&want, &got)
        );
    }

    #[test]
    fn minutes_written_from_a_meeting_read_back_as_it(pick in any::<usize>(), words in "[A-ZÆØÅ][a-zæøå]{1,9}( [a-zæøå]{1,9}){0,6}", which in 0usize..3) {
        // A seed meeting with one of its free texts (what a secretary writes in their own
        // words) in other words.
        let (council, doc) = seed_with_text(which, pick, words, |path| {
            path.last().and_then(Value::as_str).is_some_and(|k| FREE_TEXT.contains(&k))
        });
        let Ok(meeting) = serde_json::from_value::<Meeting>(doc) else { return Ok(()) };
        // Plain words in a field are always written.
        let written = minutes::write(&meeting, Some(&council), regionrad::Lang::Nb).unwrap();
        let diffs = read_back_differences(&meeting, &written, &council);
        prop_assert!(diffs.is_empty(), "{}\n--- written ---\n{}", diffs.join("\n"), written);
    }

    #[test]
    fn free_text_of_any_form_reads_back_as_written(pick in any::<usize>(), text in free_text(), which in 0usize..3) {
        // A seed meeting with one of the texts of its items replaced by lines that read as
        // structure (labels, headings, record lines, table rows, fences), markup, blank
        // lines and spaces: what a secretary pastes in.
        let (council, doc) = seed_with_text(which, pick, text, |path| {
            path.first() == Some(&Value::from("agenda"))
                // Not the words a follow-up's due date was read from.
                && !path.contains(&Value::from("follow_ups"))
                && path.last().and_then(Value::as_str).is_some_and(|k| ITEM_TEXT.contains(&k))
        });
        let meeting: Meeting = serde_json::from_value(doc).unwrap();
        // Free text of an item can hold anything: fenced, it is always written.
        let written = minutes::write(&meeting, Some(&council), regionrad::Lang::Nb).unwrap();
        let diffs = read_back_differences(&meeting, &written, &council);
        prop_assert!(diffs.is_empty(), "{}\n--- written ---\n{}", diffs.join("\n"), written);
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_text_in_any_field_is_written_to_read_back_or_refused(pick in any::<usize>(), text in broken_text(), which in 0usize..3) {
        // Any text field of a seed meeting — a title, a name, a place, a case officer — set
        // to text with line breaks, tabs, fences and lines that read as structure.
        // Not the council's id, which minutes do not carry (the council read with gives it).
        let (council, doc) = seed_with_text(which, pick, text, |path| {
            path != [Value::from("council")]
        });
        let Ok(meeting) = serde_json::from_value::<Meeting>(doc) else { return Ok(()) };
        match minutes::write(&meeting, Some(&council), regionrad::Lang::Nb) {
            Ok(written) => {
                let diffs = read_back_differences(&meeting, &written, &council);
                prop_assert!(diffs.is_empty(), "{}\n--- written ---\n{}", diffs.join("\n"), written);
            }
            Err(e) => {
                let message = e.to_string();
                prop_assert!(message.starts_with("meeting: "), "{}", message);
            }
        }
    }
}

/// The bundled council, and seed meeting `which` with one of its strings that `takes`
/// (by path; the `pick`th, round) set to `text`.
fn seed_with_text(
    which: usize,
    pick: usize,
    text: String,
    takes: impl Fn(&[Value]) -> bool,
) -> (Council, Value) {
    let council: Council = serde_json::from_str(&common::read(common::COUNCIL)).unwrap();
    let mut doc: Value = serde_json::from_str(&common::read(common::SEED_MEETINGS[which])).unwrap();
    let mut all = Vec::new();
    common::mutation::places(&doc, Vec::new(), &mut all);
    let texts: Vec<_> = all
        .into_iter()
        .filter(|p| matches!(pointer(&doc, p), Some(Value::String(_))))
        .filter(|p| takes(p))
        .collect();
    common::mutation::replace(&mut doc, &texts[pick % texts.len()], Value::from(text));
    (council, doc)
}

/// Where the meeting read back from `written` (with `council`) differs from `meeting`, as
/// "path: expected ≠ got" lines. What minutes do not carry is not compared: the body is
/// written in capitals, and unplaced text stands at new lines.
fn read_back_differences(meeting: &Meeting, written: &str, council: &Council) -> Vec<String> {
    let mut back = minutes::read(written, Some(council)).meeting;
    if back.body.to_lowercase() == meeting.body.to_lowercase() {
        back.body.clone_from(&meeting.body);
    }
    for (block, before) in back.unplaced.iter_mut().zip(&meeting.unplaced) {
        block.span = before.span;
    }
    let mut diffs = Vec::new();
    let value = |m: &Meeting| serde_json::to_value(m).unwrap();
    common::differences("", &value(meeting), &value(&back), &mut diffs);
    diffs
}

/// Text of lines that read as structure and lines of anything, parted by any line end, a
/// tab or a space.
fn broken_text() -> impl Strategy<Value = String> {
    let part = prop_oneof![free_text(), "[^\n]{0,8}"];
    let separator = prop_oneof![
        Just("\n"),
        Just("\r\n"),
        Just("\r"),
        Just("\u{2028}"),
        Just("\u{2029}"),
        Just("\t"),
        Just(" "),
    ];
    prop::collection::vec((part, separator), 1..4).prop_map(|parts| {
        parts
            .into_iter()
            .map(|(text, separator)| text + separator)
            .collect()
    })
}

/// The texts of an item that may run over lines and paragraphs.
const ITEM_TEXT: [&str; 5] = [
    "text",
    "introduction",
    "background",
    "assessment",
    "discussion",
];

/// Free text made of lines that read as the structure of minutes, and lines of anything.
fn free_text() -> impl Strategy<Value = String> {
    let structure = prop_oneof![
        Just("Vedtak:"),
        Just("Vedtak i saken: godkjent"),
        Just("Bakgrunn:"),
        Just("Saksbehandler: Kari Frøseth"),
        Just("Saken legges fram uten innstilling."),
        Just("Oppfølging sak KDU 3/21"),
        Just("Oppfølgingspunkter:"),
        Just("Referanser:"),
        Just("Votering: enstemmig"),
        Just("Saker til behandling:"),
        Just("Tekst fra originalen som ikke er plassert:"),
        Just("KDU 99/21 Ny sak"),
        Just("Sak: Eventuelt"),
        Just("- et punkt"),
        Just("a) et punkt"),
        Just("Medlemmer:\tx"),
        Just("Til stede: Ola Nordmann"),
        Just("```"),
        Just("---"),
        Just("## **Overskrift**"),
        Just(""),
        Just("  innrykket  "),
        // Line ends other than LF, at the end of a text and inside a line.
        Just("\r"),
        Just("slutt\r"),
        Just("linje\r\nlinje"),
        Just("skilt\u{2028}linje\u{2029}avsnitt"),
    ];
    let line = prop_oneof![
        structure.prop_map(str::to_owned),
        "[^\n]{0,16}",
        "[A-ZÆØÅ][a-zæøå]{1,9}( [a-zæøå]{1,9}){0,4}\\.?",
    ];
    prop::collection::vec(line, 1..6).prop_map(|lines| lines.join("\n"))
}

/// The fields of a meeting that hold free text.
const FREE_TEXT: [&str; 7] = [
    "title",
    "text",
    "introduction",
    "background",
    "assessment",
    "discussion",
    "place",
];

/// The value at a path of steps.
fn pointer<'v>(doc: &'v Value, path: &[Value]) -> Option<&'v Value> {
    path.iter().try_fold(doc, |at, step| match step {
        Value::String(k) => at.get(k.as_str()),
        i => at.get(i.as_u64()? as usize),
    })
}
