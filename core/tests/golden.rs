//! The bundled council and the golden seed meetings: they decode, re-encode to the very
//! same text, and validate as expected.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use chrono::NaiveDate;
use common::{read, COUNCIL, SEED_MEETINGS};
use regionrad::{format_path, Council, Meeting};

fn reencoded<T: serde::de::DeserializeOwned + serde::Serialize>(text: &str) -> String {
    let value: T = serde_json::from_str(text).unwrap();
    let mut out = serde_json::to_string_pretty(&value).unwrap();
    out.push('\n');
    out
}

#[test]
fn council_reencodes_identically() {
    let text = read(COUNCIL);
    assert_eq!(reencoded::<Council>(&text), text);
}

#[test]
fn golden_meetings_reencode_identically() {
    for file in SEED_MEETINGS {
        let text = read(file);
        let again = reencoded::<Meeting>(&text);
        if again != text {
            let line = text
                .lines()
                .zip(again.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            panic!(
                "{file} changes on re-encoding at line {}:\n  file: {:?}\n  ours: {:?}",
                line + 1,
                text.lines().nth(line),
                again.lines().nth(line)
            );
        }
    }
}

#[test]
fn seed_meetings_validate_with_the_expected_findings() {
    let council = read(COUNCIL);
    let meetings: Vec<String> = SEED_MEETINGS.iter().map(|f| read(f)).collect();
    let refs: Vec<&str> = meetings.iter().map(String::as_str).collect();
    let today = NaiveDate::from_ymd_opt(2023, 2, 1).unwrap();
    let report = common::validate_json(&council, &refs, today);
    let got: Vec<String> = report
        .findings
        .iter()
        .map(|f| format!("{:?} {} {}", f.meeting, f.code, format_path(&f.path)))
        .collect();
    // The real defects of the seeds that the rules so far can see: KDU cases 18–71/21 are
    // in none of the three meetings (the minutes in between were not given), and the
    // 2023 minutes use KDU 46/22 for two different cases.
    // The real defects of the seeds: KDU cases 18–71/21 are in none of the three meetings
    // (the minutes in between were not given); the 2023 minutes use KDU 46/22 for two
    // different cases and cite a regional council decision dated November 2023; follow-ups
    // with dates long past are not recorded as done. Ingvill Kvernmo was there for part of
    // the meeting of 5 November 2021 without the minutes saying which part, so each of its
    // seven decided items is quorate only if she was there (info). Two references of March
    // 2021 name KDU cases of 2021 that the meetings given do not hold (info).
    let mut expected: Vec<String> = vec![
        "Some(0) reference.not_in_archive agenda[0].references[0].number",
        "Some(0) followup.overdue agenda[2].follow_ups[0].due",
        "Some(0) reference.not_in_archive agenda[5].references[0].number",
        "Some(1) case_number.gap agenda[0].number",
        "Some(1) followup.overdue agenda[2].follow_ups[0].due",
        "Some(1) followup.overdue agenda[4].follow_ups[0].due",
        "Some(1) followup.overdue agenda[4].follow_ups[1].due",
        "Some(1) followup.overdue agenda[5].follow_ups[0].due",
        "Some(2) reference.decision_after_meeting agenda[3].references[0].decision_date",
        "Some(2) case_number.conflicting_titles agenda[5].sub_items[7].references[0].number",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect();
    expected.extend((0..7).map(|i| format!("Some(1) quorum.uncertain agenda[{i}]")));
    let mut sorted_got = got.clone();
    sorted_got.sort();
    expected.sort();
    assert_eq!(sorted_got, expected);
    // Meeting by meeting, in the order given.
    let meetings: Vec<Option<usize>> = report.findings.iter().map(|f| f.meeting).collect();
    assert!(meetings.windows(2).all(|w| w[0] <= w[1]));
    assert_eq!(report.count(regionrad::Severity::Error), 2);
    assert_eq!(report.count(regionrad::Severity::Warning), 6);
    assert_eq!(report.count(regionrad::Severity::Info), 9);
    let find = |code: &str| {
        report
            .findings
            .iter()
            .find(|f| f.code.as_str() == code)
            .unwrap()
    };
    let gap = find("case_number.gap");
    assert_eq!(gap.params["missing"], "18–71");
    assert_eq!(gap.severity, regionrad::Severity::Warning);
    let titles = find("case_number.conflicting_titles");
    assert_eq!(titles.params["title"], "Plan for atomberedskap");
    assert_eq!(titles.params["other_title"], "Digi Trøndelag");
}

#[test]
fn every_golden_meeting_is_dated_as_its_file_name_says() {
    for file in SEED_MEETINGS {
        let meeting: Meeting = serde_json::from_str(&read(file)).unwrap();
        let name = file.trim_start_matches("meetings/");
        assert!(name.starts_with(&meeting.date.to_string()), "{file}");
        assert!(name.ends_with(&format!("-{}.json", meeting.body)), "{file}");
    }
}

/// Who was there for each item of the seed meetings, as the minutes say: a member there for
/// part of the meeting counts only where the minutes place them, and is uncertain elsewhere.
#[test]
fn seed_meetings_have_the_right_people_present_for_each_item() {
    let council: Council = serde_json::from_str(&read(COUNCIL)).unwrap();
    let expect = [
        // 5 March 2021: seven of eight; Per Sundell sent notice of absence.
        ("meetings/2021-03-05-kdu.json", 7, 0, vec!["Per Ø. Sundell"]),
        // 5 November 2021: five certain, Ingvill Kvernmo for part of the meeting.
        (
            "meetings/2021-11-05-kdu.json",
            5,
            1,
            vec!["Håvard Sagli", "Per Ø. Sundell", "Emil Raaen"],
        ),
        // 20 January 2023: six of ten.
        (
            "meetings/2023-01-20-kdu.json",
            6,
            0,
            vec![
                "Ingvill Kvernmo",
                "Petter Lindseth",
                "Per Ø. Sundell",
                "Marit K Ervik",
            ],
        ),
    ];
    for (file, present, uncertain, absent) in expect {
        let meeting: Meeting = serde_json::from_str(&read(file)).unwrap();
        let items = regionrad::quorum::presence(&council, &meeting).unwrap();
        assert_eq!(items.len(), meeting.agenda.len(), "{file}");
        for item in &items {
            assert_eq!(
                item.present_voting.len(),
                present,
                "{file} item {}: {:?}",
                item.item,
                item.present_voting
            );
            assert_eq!(item.uncertain.len(), uncertain, "{file} item {}", item.item);
            let mut got = item.absent.clone();
            let mut want: Vec<String> = absent.iter().map(|s| s.to_string()).collect();
            got.sort();
            want.sort();
            assert_eq!(got, want, "{file} item {}", item.item);
        }
    }
    // Staff "(på sak)" and guests never count, wherever they were.
    let meeting: Meeting = serde_json::from_str(&read("meetings/2021-03-05-kdu.json")).unwrap();
    let items = regionrad::quorum::presence(&council, &meeting).unwrap();
    assert!(items.iter().all(|i| !i
        .present_voting
        .iter()
        .any(|n| n == "Bjørn Buan" || n == "Jan Vaage")));
}
