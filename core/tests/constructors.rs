//! The document types are `#[non_exhaustive]`: code outside the crate builds them with their
//! constructors and sets the optional fields it needs. What it builds is a document the
//! library reads back as the same value, and checks like any other.
#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use regionrad::cost::{apportion, Budget, KeySource, PopulationRow, PopulationTable, Settlement};
use regionrad::{
    decode_council, decode_meeting, AgendaItem, Attendance, AttendanceStatus, Body, BodyKind,
    Capacity, Council, Decision, DecisionKind, Meeting, Member, Municipality, PreparedCouncil,
    Represents, Role,
};

fn council() -> Council {
    let orkland = "5059".parse().unwrap();
    let mut council = Council::new("demo", "Demo-rådet");
    council.municipalities = vec![Municipality::new(orkland, "Orkland")];
    let mut board = Body::new("au", "Arbeidsutvalget", BodyKind::Elected, 1);
    board.members = vec![Member::new(
        "Kari Nordmann",
        Represents::Municipality(orkland),
        Role::Mayor,
        true,
    )];
    council.bodies = vec![board];
    council.cost_keys = vec![regionrad::cost::CostKey::two_part(
        "likt",
        "1".parse().unwrap(),
        regionrad::cost::PopulationYear::BudgetYear,
    )
    .unwrap()];
    council
}

fn meeting() -> Meeting {
    let date = NaiveDate::from_ymd_opt(2023, 3, 1).unwrap();
    let mut meeting = Meeting::new("demo", "au", date);
    // What kommuneloven § 11-4 asks the minutes to say: where, when, and how it was decided.
    meeting.place = Some("Orkanger".into());
    meeting.start_time = Some("10:00".parse().unwrap());
    meeting.attendance = vec![Attendance::new(
        "Kari Nordmann",
        Capacity::Member,
        AttendanceStatus::Present,
    )];
    let mut item = AgendaItem::new("Budsjett 2024");
    item.number = Some("1/2023".into());
    let mut decision = Decision::new(DecisionKind::Substantive, "Budsjettet vedtas.");
    decision.unanimous = Some(true);
    item.decision = Some(decision);
    meeting.agenda = vec![item];
    meeting
}

#[test]
fn documents_built_with_constructors_read_back_as_themselves() {
    let council = council();
    assert_eq!(
        decode_council(&serde_json::to_string(&council).unwrap()),
        Ok(council.clone())
    );
    let meeting = meeting();
    let read = decode_meeting(&serde_json::to_string(&meeting).unwrap(), 0).unwrap();
    assert_eq!(read, meeting);
}

#[test]
fn documents_built_with_constructors_are_checked_like_any_other() {
    let council = PreparedCouncil::from_decoded(Ok(council()));
    let today = NaiveDate::from_ymd_opt(2023, 4, 1).unwrap();
    let report = council.validate_decoded([Ok(meeting())], today);
    assert!(report.is_ok(), "{report}");

    // The one member absent: the body of one seat cannot decide (kommuneloven § 11-9).
    let mut absent = meeting();
    absent.attendance[0].status = AttendanceStatus::AbsentWithNotice;
    let report = council.validate_decoded([Ok(absent)], today);
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.code.as_str() == "quorum.not_met"),
        "{report}"
    );
}

#[test]
fn a_budget_built_with_constructors_is_split() {
    let orkland = "5059".parse().unwrap();
    let mut budget = Budget::new("demo", 2023, 100_000);
    budget.settled = vec![Settlement::new("Tilskudd", 40_000, None)];
    let population =
        PopulationTable::new(vec![PopulationRow::new(orkland, [(2023, 18_690)].into())]);
    let split = apportion(&council(), &budget, &population, KeySource::Council);
    let split = split.apportionment.unwrap();
    // External funding comes off before the key; the one municipality pays the rest.
    assert_eq!(split.by_key_ore, 60_000);
    assert_eq!(split.contributions[0].total_ore, 60_000);
}
