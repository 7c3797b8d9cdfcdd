//! The Popolo export in Rust: one person per council person however the minutes spell the
//! name, ids that tie the objects together, and a meeting of a body the council does not
//! have still exported (without a quorum, which needs the body's seats).
#![allow(clippy::unwrap_used)]

use regionrad::export::popolo::export;
use regionrad::{decode_council, decode_meeting};

fn council() -> regionrad::Council {
    decode_council(regionrad::bundled::TRONDELAG_SORVEST_COUNCIL).unwrap()
}

fn meeting(name: &str) -> regionrad::Meeting {
    let path = format!("{}/../fixtures/meetings/{name}", env!("CARGO_MANIFEST_DIR"));
    decode_meeting(&std::fs::read_to_string(path).unwrap(), 0).unwrap()
}

#[test]
fn a_name_in_the_minutes_is_the_council_person_it_matches() {
    let mut m = meeting("2021-11-05-kdu.json");
    // "Selstad" is an alias of Kirsti Selstad, of the council's staff.
    m.attendance[0].name = "Selstad".into();
    let popolo = export(&council(), &[m]);
    let attendee = &popolo.events[0].attendees[0];
    assert_eq!(attendee.name, "Kirsti Selstad");
    assert_eq!(attendee.id, "person/kirsti-selstad");
    let person = popolo.persons.iter().find(|p| p.id == attendee.id).unwrap();
    assert!(person.other_names.iter().any(|o| o.name == "Selstad"));
    assert_eq!(
        popolo
            .persons
            .iter()
            .filter(|p| p.name == "Kirsti Selstad")
            .count(),
        1
    );
}

#[test]
fn each_decided_item_is_a_motion_and_a_vote_event_of_its_meeting() {
    let m = meeting("2021-11-05-kdu.json");
    let decided = m.agenda.iter().filter(|i| i.decision.is_some()).count();
    let popolo = export(&council(), std::slice::from_ref(&m));
    assert_eq!(popolo.motions.len(), decided);
    assert_eq!(popolo.vote_events.len(), decided);
    let event = &popolo.events[0].id;
    assert_eq!(event, "trondelag-sorvest/kdu/2021-11-05");
    for (motion, vote) in popolo.motions.iter().zip(&popolo.vote_events) {
        assert_eq!(&motion.legislative_session_id, event);
        assert_eq!(vote.motion_id, motion.id);
        assert_eq!(vote.identifier, motion.identifier);
        // The body has its seats, so each item has its quorum.
        assert_eq!(vote.quorum.as_ref().map(|q| q.seats), Some(10));
    }
}

#[test]
fn a_meeting_of_a_body_the_council_lacks_is_exported_without_a_quorum() {
    let mut m = meeting("2021-11-05-kdu.json");
    m.body = "styret".into();
    let popolo = export(&council(), &[m]);
    assert_eq!(popolo.events[0].organization_id, "trondelag-sorvest/styret");
    // Named by the minutes' own heading.
    assert_eq!(popolo.events[0].name, "Referat KDU, Trøndelag sørvest");
    assert!(popolo.vote_events.iter().all(|v| v.quorum.is_none()));
}
