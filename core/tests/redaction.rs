//! Redaction over the shared cases of fixtures/redaction/ (node and Python run the same
//! files): the meeting as published, how many of each kind were withheld, and where.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use serde_json::Value;

/// The withheld entries in a stable order: by path, then by where they start.
fn sorted(list: &Value) -> Vec<Value> {
    let mut list = list.as_array().unwrap().clone();
    list.sort_by_key(|w| (w["path"].to_string(), w["start"].as_u64()));
    list
}

#[test]
fn redaction_cases_hold() {
    let files = common::json_files("redaction");
    assert!(!files.is_empty());
    for file in files {
        let case: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let meeting: regionrad::Meeting = serde_json::from_value(case["meeting"].clone()).unwrap();
        let got = serde_json::to_value(regionrad::redact::redact_meeting(&meeting)).unwrap();
        let want = &case["expect"];
        let mut differences = Vec::new();
        common::differences(
            "meeting",
            &want["meeting"],
            &got["meeting"],
            &mut differences,
        );
        assert!(
            differences.is_empty(),
            "{}: {differences:#?}",
            file.display()
        );
        assert_eq!(got["counts"], want["counts"], "{}", file.display());
        assert_eq!(
            sorted(&got["withheld"]),
            sorted(&want["withheld"]),
            "{}",
            file.display()
        );
        // What was withheld from a field is gone from it.
        let published = got["meeting"].to_string();
        for secret in ["15038512363", "971 23 456", "@", "Per Hansen"] {
            assert!(!published.contains(secret), "{}: {secret}", file.display());
        }
    }
}
