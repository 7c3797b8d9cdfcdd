//! No input makes the library panic: arbitrary text into every parser, and fixture documents
//! with random edits (bytes and JSON values) into validation, apportionment and the register.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::mutation::{any_json, config, edited, mutated, places, replace};

use chrono::NaiveDate;
use proptest::prelude::*;
use serde_json::Value;

const TODAY: &str = "2023-02-01";

proptest! {
    #![proptest_config(config())]

    #[test]
    fn text_parsers_never_panic(text in "\\PC{0,60}") {
        let _ = regionrad::case_number::parse(&text);
        let _ = regionrad::cost::from_csv(&text);
        let _ = regionrad::cost::from_json_stat(&text);
        let _ = regionrad::cost::parse_kroner(&text);
        let _ = text.parse::<regionrad::cost::Fraction>();
        let _ = text.parse::<regionrad::ClockTime>();
        let _ = text.parse::<regionrad::MunicipalityCode>();
    }

    #[test]
    fn reading_minutes_never_panics_on_any_text(text in "(\\PC|\t|\n){0,400}") {
        let reading = regionrad::minutes::read(&text, None);
        let _ = regionrad::minutes::write(&reading.meeting, None, regionrad::Lang::Nb);
    }

    #[test]
    fn reading_minutes_never_panics_on_edited_minutes(edits in prop::collection::vec((any::<usize>(), any::<char>()), 1..12), which in 0usize..2) {
        let council: regionrad::Council = serde_json::from_str(&common::read(common::COUNCIL)).unwrap();
        let file = ["minutes/rr-2022-06-10-prose.txt", "minutes/au-2022-09-21-grouped.txt"][which];
        let text = edited(&common::read(file), &edits);
        let reading = regionrad::minutes::read(&text, Some(&council));
        if let Ok(written) = regionrad::minutes::write(&reading.meeting, Some(&council), regionrad::Lang::Nb) {
            let _ = regionrad::minutes::read(&written, Some(&council));
        }
        let _ = regionrad::validate(&council, &[reading.meeting], TODAY.parse().unwrap());
    }

    #[test]
    fn validation_never_panics_on_changed_meetings(pick in any::<usize>(), value in any_json(), which in 0usize..3) {
        let council = common::read(common::COUNCIL);
        let meeting = mutated(common::SEED_MEETINGS[which], pick, value);
        let others: Vec<String> = common::SEED_MEETINGS.iter().map(|f| common::read(f)).collect();
        let mut all: Vec<&str> = others.iter().map(String::as_str).collect();
        all[which] = &meeting;
        let today: NaiveDate = TODAY.parse().unwrap();
        let _ = common::validate_json(&council, &all, today);
        let _ = common::register_json(&council, &all, today);
        if let (Ok(council), Ok(meeting)) = (regionrad::decode_council(&council), regionrad::decode_meeting(&meeting, 0)) {
            let _ = regionrad::quorum::presence(&council, &meeting);
        }
    }

    #[test]
    fn validation_never_panics_on_changed_councils(pick in any::<usize>(), value in any_json()) {
        let council = mutated(common::COUNCIL, pick, value);
        let meetings: Vec<String> = common::SEED_MEETINGS.iter().map(|f| common::read(f)).collect();
        let refs: Vec<&str> = meetings.iter().map(String::as_str).collect();
        let _ = common::validate_json(&council, &refs, TODAY.parse().unwrap());
    }

    #[test]
    fn validation_never_panics_on_edited_text(edits in prop::collection::vec((any::<usize>(), any::<char>()), 1..6)) {
        let council = common::read(common::COUNCIL);
        let meeting = edited(&common::read(common::SEED_MEETINGS[1]), &edits);
        let _ = common::validate_json(&council, &[&meeting], TODAY.parse().unwrap());
    }

    #[test]
    fn apportionment_never_panics_on_changed_inputs(pick in any::<usize>(), value in any_json(), which in 0usize..3) {
        let case: Value = serde_json::from_str(&common::read("cost/trondelag-30-70-2023.json")).unwrap();
        let council = common::read(common::COUNCIL);
        let population = common::read("population/ssb-07459-trondelag-sorvest.json");
        let budget = case["budget"].to_string();
        let key = case["key"].to_string();
        let mut docs = [council, budget, population];
        let mut doc: Value = serde_json::from_str(&docs[which]).unwrap();
        let mut all = Vec::new();
        places(&doc, Vec::new(), &mut all);
        let path = all[pick % all.len()].clone();
        replace(&mut doc, &path, value);
        docs[which] = doc.to_string();
        let result = common::apportion_json(&docs[0], &docs[1], &docs[2], Some(&key));
        if let Some(split) = result.apportionment {
            let total: i64 = split.contributions.iter().map(|c| c.by_key_ore).sum();
            prop_assert_eq!(total, split.by_key_ore);
        }
    }
}
