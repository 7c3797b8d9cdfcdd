//! Where serde's derive alone would take more than the wire format does, the documents are
//! read strictly all the same (`core/src/strict.rs`): dates, maps without a repeated key,
//! values written as text, tagged unions. Each case is a document a lenient reader would take.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::NaiveDate;
use regionrad::cost::PopulationTable;
use regionrad::{format_path, Council, Meeting};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A meeting with `date`, and `extra` fields, as JSON text.
fn meeting(date: &str, extra: &str) -> String {
    format!(
        r#"{{"schema_version": 1, "council": "c", "body": "kdu", "date": {date}, "attendance": [], "agenda": []{extra}}}"#
    )
}

/// Where and why a document does not decode, by serde_json as any Rust service would.
fn refused<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> (String, String) {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let error = serde_path_to_error::deserialize::<_, T>(&mut deserializer).unwrap_err();
    let message = error.inner().to_string();
    let message = message
        .split(" at line ")
        .next()
        .unwrap_or_default()
        .to_owned();
    (error.path().to_string(), message)
}

#[test]
fn a_date_is_the_full_date_and_nothing_else() {
    for (text, date) in [
        ("2021-11-05", ymd(2021, 11, 5)),
        ("2024-02-29", ymd(2024, 2, 29)),
        ("0001-01-01", ymd(1, 1, 1)),
        ("9999-12-31", ymd(9999, 12, 31)),
    ] {
        assert_eq!(regionrad::parse_date("today", text), Ok(date));
        let m: Meeting = serde_json::from_str(&meeting(&format!("\"{text}\""), "")).unwrap();
        assert_eq!(m.date, date);
    }
    // What chrono's own parser takes, and the schema does not.
    for text in [
        "2021-2-5",
        " 2021-02-05",
        "2021-02-05 ",
        "+2021-02-05",
        "-0001-01-01",
        "2021 -02-05",
        "12021-02-05",
        "20210205",
        "2021-02-05T00:00",
        "2021/02/05",
        "２０２１-02-05",
        "",
    ] {
        let json = meeting(&serde_json::to_string(text).unwrap(), "");
        let want = (
            "date".to_owned(),
            format!("not a date as YYYY-MM-DD: `{text}`"),
        );
        assert_eq!(refused::<Meeting>(&json), want, "{text:?}");
        assert!(regionrad::parse_date("today", text).is_err(), "{text:?}");
    }
    // Year 0 is a day of the calendar, but not one every binding's dates hold.
    let json = meeting("\"0000-01-01\"", "");
    let want = (
        "date".to_owned(),
        "a year from 1 to 9999 only: `0000-01-01`".to_owned(),
    );
    assert_eq!(refused::<Meeting>(&json), want);
    assert!(regionrad::parse_date("today", "0000-01-01").is_err());
    for text in ["2023-02-29", "2021-13-01", "2021-00-10", "2021-04-31"] {
        let json = meeting(&format!("\"{text}\""), "");
        let want = (
            "date".to_owned(),
            format!("no such day in the calendar: `{text}`"),
        );
        assert_eq!(refused::<Meeting>(&json), want);
    }
    assert_eq!(
        refused::<Meeting>(&meeting("20211105", "")).1,
        "invalid type: integer `20211105`, expected a date as YYYY-MM-DD"
    );
}

#[test]
fn a_date_that_may_be_left_out_is_as_strict() {
    let m: Meeting =
        serde_json::from_str(&meeting("\"2021-11-05\"", r#", "end_date": null"#)).unwrap();
    assert_eq!(m.end_date, None);
    let json = meeting("\"2021-11-05\"", r#", "end_date": "2021-11-6""#);
    assert_eq!(
        refused::<Meeting>(&json),
        (
            "end_date".to_owned(),
            "not a date as YYYY-MM-DD: `2021-11-6`".to_owned()
        )
    );
    let council = r#"{"schema_version": 1, "id": "c", "name": "C", "municipalities": [
        {"code": "5059", "name": "Orkland", "participation": {"from": "2020-1-1"}}], "bodies": []}"#;
    assert_eq!(
        refused::<Council>(council),
        (
            "municipalities[0].participation.from".to_owned(),
            "not a date as YYYY-MM-DD: `2020-1-1`".to_owned()
        )
    );
}

#[test]
fn no_key_or_field_is_given_twice() {
    let table = |figures: &str| {
        format!(
            r#"{{"schema_version": 1, "municipalities": [{{"code": "5059", "population": {figures}}}]}}"#
        )
    };
    let read: PopulationTable = serde_json::from_str(&table(r#"{"2023": 3, "2024": 4}"#)).unwrap();
    assert_eq!(read.municipalities[0].population.len(), 2);
    assert_eq!(
        refused::<PopulationTable>(&table(r#"{"2023": 3, "2023": 4}"#)),
        (
            "municipalities[0].population".to_owned(),
            "duplicate key `2023`".to_owned()
        )
    );
    assert_eq!(
        refused::<Meeting>(&meeting(
            "\"2021-11-05\"",
            r#", "remote": true, "remote": false"#
        ))
        .1,
        "duplicate field `remote`"
    );
}

#[test]
fn a_kind_of_tagged_union_takes_its_own_fields_and_needs_them() {
    let with_presence = |presence: &str| {
        format!(
            r#"{{"schema_version": 1, "council": "c", "body": "kdu", "date": "2023-01-20",
                "attendance": [{{"name": "Kari", "capacity": "member", "status": "present",
                "presence": {presence}}}], "agenda": []}}"#
        )
    };
    let at = "attendance[0].presence".to_owned();
    for (presence, message) in [
        (
            r#"{"kind": "whole", "items": ["1/23"]}"#,
            "field `items` does not belong to kind `whole`",
        ),
        (r#"{"kind": "days"}"#, "kind `days` needs the field `days`"),
        (
            r#"{"kind": "from_time", "time": "10:00", "item": "1/23"}"#,
            "field `item` does not belong to kind `from_time`",
        ),
    ] {
        assert_eq!(
            refused::<Meeting>(&with_presence(presence)),
            (at.clone(), message.to_owned()),
            "{presence}"
        );
    }
    // A value inside the union is refused at its own path, as outside one.
    let (path, message) =
        refused::<Meeting>(&with_presence(r#"{"kind": "days", "days": [1, "2"]}"#));
    assert_eq!(
        (path.as_str(), message.as_str()),
        (
            "attendance[0].presence.days[1]",
            "invalid type: string \"2\", expected u32"
        )
    );
    let decoded =
        regionrad::decode_meeting(&with_presence(r#"{"kind": "days", "days": [1, 2]}"#), 0);
    assert_eq!(
        decoded.unwrap().attendance[0].presence,
        regionrad::Presence::Days { days: vec![1, 2] }
    );
    let finding =
        regionrad::decode_meeting(&with_presence(r#"{"kind": "sometimes"}"#), 0).unwrap_err();
    assert_eq!(format_path(&finding.path), "attendance[0].presence.kind");
}
