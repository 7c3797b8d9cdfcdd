//! The `regionrad` command as a user runs it: exit codes, grouping, languages, JSON.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn regionrad(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_regionrad"))
        .args(args)
        .current_dir(root())
        .env_remove("NO_COLOR")
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

const COUNCIL: &str = "fixtures/councils/trondelag-sorvest.json";
const GOLDEN: [&str; 3] = [
    "fixtures/meetings/2021-03-05-kdu.json",
    "fixtures/meetings/2021-11-05-kdu.json",
    "fixtures/meetings/2023-01-20-kdu.json",
];

/// The 2023 golden meeting with text replaced, written to a temporary file.
fn changed_meeting(name: &str, changes: &[(&str, &str)]) -> PathBuf {
    let mut text = std::fs::read_to_string(root().join(GOLDEN[2])).unwrap();
    for (from, to) in changes {
        assert!(text.contains(from), "{from}");
        text = text.replacen(from, to, 1);
    }
    let path =
        std::env::temp_dir().join(format!("regionrad-cli-{}-{name}.json", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn checks_the_bundled_meetings() {
    let mut args = vec!["check", "--council", COUNCIL, "--today", "2023-02-01"];
    args.extend(GOLDEN);
    let output = regionrad(&args);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    for file in GOLDEN {
        assert!(text.contains(file), "{text}");
    }
    assert!(
        text.contains("fixtures/meetings/2021-03-05-kdu.json  kdu 2021-03-05"),
        "{text}"
    );
    assert!(
        text.ends_with("3 møter sjekket: 0 feil, 0 advarsler, 0 info\n"),
        "{text}"
    );
    assert!(
        !text.contains('\x1b'),
        "colour codes when not on a terminal"
    );
}

#[test]
fn errors_exit_1_and_are_grouped_by_item_and_person() {
    let meeting = changed_meeting(
        "grouped",
        &[
            ("\"end_time\": \"11:00\"", "\"end_time\": \"08:00\""),
            ("\"name\": \"Knut Haugen\"", "\"name\": \"Knut Hansen\""),
            (
                "\"body\": \"kdu\",\n              \"kind\": \"follows_up\"",
                "\"body\": \"lonn\",\n              \"kind\": \"follows_up\"",
            ),
        ],
    );
    let output = regionrad(&[
        "check",
        "--council",
        COUNCIL,
        "--today",
        "2023-02-01",
        "--lang",
        "en",
        meeting.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let meeting_block = text.find("  Meeting\n").unwrap();
    let person_block = text.find("  Attendance: Knut Hansen\n").unwrap();
    let item_block = text.find("  Item KDU 6/ 23 Orienteringssaker\n").unwrap();
    assert!(
        meeting_block < person_block && person_block < item_block,
        "{text}"
    );
    assert!(text.contains("meeting.ends_before_start"), "{text}");
    assert!(text.contains("attendance.not_a_member"), "{text}");
    assert!(text.contains("reference.unknown_body"), "{text}");
    assert!(
        text.contains("The meeting ends at 08:00 before it starts at 09:00"),
        "{text}"
    );
    assert!(
        text.ends_with("1 meeting checked: 2 errors, 1 warning, 0 info\n"),
        "{text}"
    );
}

#[test]
fn json_format_is_the_wire_report() {
    let meeting = changed_meeting("json", &[("\"remote\": true", "\"remote\": \"yes\"")]);
    let output = regionrad(&[
        "check",
        "--council",
        COUNCIL,
        "--format",
        "json",
        "--today",
        "2023-02-01",
        GOLDEN[0],
        meeting.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let report: regionrad::Report = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(report.findings.len(), 1);
    let finding = &report.findings[0];
    assert_eq!(
        (finding.code.as_str(), finding.meeting),
        ("input.invalid", Some(1))
    );
    assert_eq!(regionrad::format_path(&finding.path), "remote");
    assert!(
        finding.message.starts_with("Ugyldig innhold"),
        "{}",
        finding.message
    );
}

#[test]
fn unreadable_files_and_bad_arguments_exit_2() {
    let output = regionrad(&[
        "check",
        "--council",
        COUNCIL,
        "fixtures/meetings/no-such-meeting.json",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr)
        .contains("cannot read fixtures/meetings/no-such-meeting.json"));
    let output = regionrad(&["check", "--council", COUNCIL, "--lang", "sv", GOLDEN[0]]);
    assert_eq!(output.status.code(), Some(2));
    let output = regionrad(&[
        "check",
        "--council",
        COUNCIL,
        "--today",
        "2023-02-30",
        GOLDEN[0],
    ]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn commands_still_to_come_say_so_and_fail() {
    for args in [
        vec!["read", "minutes.txt"],
        vec!["contributions", "--council", COUNCIL],
        vec!["register", "--council", COUNCIL],
        vec!["case-number", "KDU 72/21"],
    ] {
        let output = regionrad(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&output.stderr).contains("not available in this version"));
        assert!(output.stdout.is_empty());
    }
}
