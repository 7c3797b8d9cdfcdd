//! The follow-up register over the fixtures in fixtures/followups/ (node and Python run the
//! same files).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use chrono::NaiveDate;
use serde_json::{json, Value};

/// A register as the fixtures state it: groups, and per entry the origin number, the first
/// words of the action, the deadline, whether overdue, and how many later cases took it up.
fn summary(register: &Value) -> Value {
    let groups: Vec<Value> = register["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            json!({
                "responsible": g["responsible"],
                "body": g["body"],
                "entries": g["entries"].as_array().unwrap().iter().map(|e| json!({
                    "origin_number": e["origin"]["number"],
                    "action": e["action"],
                    "deadline": e["deadline"],
                    "overdue": e["overdue"],
                    "history": e["history"].as_array().unwrap().len(),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    Value::Array(groups)
}

/// The closed follow-ups as the fixtures state them: origin number, the first words of the
/// action (as many as the fixture gives), and the numbers of the cases that closed them.
fn closed_summary(register: &Value) -> Value {
    Value::Array(
        register["closed"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                json!({
                    "origin_number": e["origin"]["number"],
                    "action": e["action"],
                    "closed_by": e["closed_by"].as_array().unwrap().iter()
                        .map(|c| c["number"].clone()).collect::<Vec<_>>(),
                })
            })
            .collect(),
    )
}

fn matches(got: &Value, want: &Value) -> bool {
    let (got, want) = (got.as_array().unwrap(), want.as_array().unwrap());
    got.len() == want.len()
        && got.iter().zip(want).all(|(g, w)| {
            g["responsible"] == w["responsible"]
                && g["body"] == w["body"]
                && g["entries"].as_array().unwrap().len() == w["entries"].as_array().unwrap().len()
                && g["entries"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .zip(w["entries"].as_array().unwrap())
                    .all(|(ge, we)| {
                        ge["origin_number"] == we["origin_number"]
                            && ge["action"]
                                .as_str()
                                .unwrap()
                                .starts_with(we["action_starts"].as_str().unwrap())
                            && ge["deadline"] == we["deadline"]
                            && ge["overdue"] == we["overdue"]
                            && ge["history"] == we["history"]
                    })
        })
}

#[test]
fn register_fixtures_hold() {
    let files = common::json_files("followups");
    assert!(files.len() >= 2);
    for file in files {
        let case: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let meetings = common::document_texts(&case["meetings"]);
        let refs: Vec<&str> = meetings.iter().map(String::as_str).collect();
        let as_of: NaiveDate = case["as_of"].as_str().unwrap().parse().unwrap();
        let register =
            common::register_json(&common::document_text(&case["council"]), &refs, as_of).unwrap();
        let value = serde_json::to_value(&register).unwrap();
        let got = summary(&value);
        assert!(
            matches(&got, &case["expect"]["groups"]),
            "{}:\n{:#}",
            file.display(),
            got
        );
        if let Some(want) = case["expect"].get("closed") {
            let got = closed_summary(&value);
            let (got_list, want_list) = (got.as_array().unwrap(), want.as_array().unwrap());
            let same = got_list.len() == want_list.len()
                && got_list.iter().zip(want_list).all(|(g, w)| {
                    g["origin_number"] == w["origin_number"]
                        && g["closed_by"] == w["closed_by"]
                        && g["action"]
                            .as_str()
                            .unwrap()
                            .starts_with(w["action_starts"].as_str().unwrap())
                });
            assert!(same, "{}: closed\n{:#}", file.display(), got);
        }
    }
}

#[test]
fn history_lists_the_later_cases_in_order_with_their_kind() {
    let case: Value =
        serde_json::from_str(&common::read("followups/register-history.json")).unwrap();
    let meetings = common::document_texts(&case["meetings"]);
    let refs: Vec<&str> = meetings.iter().map(String::as_str).collect();
    let as_of = NaiveDate::from_ymd_opt(2023, 4, 30).unwrap();
    let register =
        common::register_json(&common::document_text(&case["council"]), &refs, as_of).unwrap();
    let entry = &register.groups[0].entries[0];
    let history: Vec<(String, Option<String>, regionrad::ReferenceKind)> = entry
        .history
        .iter()
        .map(|h| (h.date.to_string(), h.number.clone(), h.kind))
        .collect();
    assert_eq!(
        history,
        vec![
            (
                "2023-03-03".to_owned(),
                Some("KDU 3/23".to_owned()),
                regionrad::ReferenceKind::FollowsUp
            ),
            (
                "2023-04-14".to_owned(),
                Some("KDU 4/23".to_owned()),
                regionrad::ReferenceKind::Postpones
            ),
        ]
    );
    let error = common::register_json("{", &refs, as_of).unwrap_err();
    assert_eq!(error.code(), regionrad::ErrorCode::InvalidInput);
    assert!(error.to_string().starts_with("council:"), "{error}");
}
