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

#[test]
fn checks_the_bundled_meetings_in_nynorsk() {
    let run = |lang: &str| {
        let mut args = vec![
            "check",
            "--council",
            COUNCIL,
            "--today",
            "2023-02-01",
            "--lang",
            lang,
        ];
        args.extend(GOLDEN);
        regionrad(&args)
    };
    let (nn, nb) = (run("nn"), run("nb"));
    // The same findings, so the same exit: errors among them.
    assert_eq!(nn.status.code(), Some(1));
    let (nn, nb) = (stdout(&nn), stdout(&nb));
    assert_eq!(nn.lines().count(), nb.lines().count());
    // The act as nynorsk names it, the command's own words, and the messages.
    assert!(nn.contains("(kommunelova § 11-9)"), "{nn}");
    assert!(!nn.contains("kommuneloven"), "{nn}");
    assert!(nn.contains("åtvaring "), "{nn}");
    assert!(nn.contains(" møte sjekka: "), "{nn}");
    assert!(nn.contains("ikkje"), "{nn}");
    assert!(!nn.contains("ikke"), "{nn}");
}

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
    // The seeds' real defects: a gap in the 2021 numbers, KDU 46/22 with two titles.
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    for file in GOLDEN {
        assert!(text.contains(file), "{text}");
    }
    assert!(
        text.contains("fixtures/meetings/2021-03-05-kdu.json  kdu 2021-03-05\n  Sak 10/ 21 Godkjenning referat og innkalling\n"),
        "{text}"
    );
    for code in [
        "reference.not_in_archive",
        "followup.overdue",
        "reference.decision_after_meeting",
    ] {
        assert!(text.contains(code), "{code}: {text}");
    }
    assert!(
        text.contains(
            "  Sak KDU 72/21 Godkjenning referat 4. oktober 2021\n    info      quorum.uncertain"
        ),
        "{text}"
    );
    assert!(text.contains("    advarsel  case_number.gap"), "{text}");
    assert!(text.contains("case_number.conflicting_titles"), "{text}");
    assert!(
        text.ends_with("3 møter sjekket: 2 feil, 6 advarsler, 9 info\n"),
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
    // Knut Haugen renamed leaves five of the ten seats: a warning for each decided item.
    assert_eq!(text.matches("quorum.not_met").count(), 5, "{text}");
    assert!(
        text.contains("The meeting ends at 08:00 before it starts at 09:00"),
        "{text}"
    );
    assert!(
        text.ends_with("1 meeting checked: 4 errors, 6 warnings, 0 info\n"),
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
    let errors: Vec<&regionrad::Finding> = report
        .findings
        .iter()
        .filter(|f| f.severity == regionrad::Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1);
    assert!(
        report.findings.iter().any(|f| f.meeting == Some(0)),
        "the intact meeting is checked too"
    );
    let finding = errors[0];
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

const MINUTES: &str = "fixtures/minutes/rr-2022-06-10-prose.txt";

#[test]
fn read_prints_the_meeting_and_says_what_it_could_not_place() {
    let output = regionrad(&["read", MINUTES, "--council", COUNCIL]);
    assert_eq!(output.status.code(), Some(0));
    let meeting: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let expected: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("fixtures/minutes/rr-2022-06-10-prose.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(meeting, expected["expect"]["meeting"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("rr-2022-06-10-prose.txt:6:1: info minutes.unplaced"),
        "{stderr}"
    );
}

#[test]
fn read_writes_clean_minutes_and_the_reading_with_spans() {
    let output = regionrad(&["read", MINUTES, "--council", COUNCIL, "--format", "minutes"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(
        text.starts_with("Protokoll fra møte i Regionrådet\n\nUtvalg: RR\nDato: 10. juni 2022\n"),
        "{text}"
    );
    assert!(
        text.contains("\nRR 11/22 Regnskap 2021\n\nSaksbehandler: Kari Frøseth\n"),
        "{text}"
    );
    let output = regionrad(&["read", MINUTES, "--format", "reading", "--lang", "en"]);
    let reading: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(reading["meeting"]["council"], "");
    assert!(reading["spans"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["path"] == serde_json::json!(["date"])
            && s["span"]["start"] == serde_json::json!({"line": 3, "column": 7})));
    assert!(reading["findings"][0]["message"]
        .as_str()
        .unwrap()
        .starts_with("The text"));
}

#[test]
fn read_can_leave_addresses_and_numbers_out() {
    let path =
        std::env::temp_dir().join(format!("regionrad-cli-{}-redact.txt", std::process::id()));
    std::fs::write(
        &path,
        "Referat\nDato: 20.01.23\n\nDeltaker\tE-post\tMøtt\nKari Nordmann\tkari@example.no\tx\n\n\
         KDU 1/23 Orientering\n\nVedtak: Spørsmål til kari@example.no eller 971 23 456.\n",
    )
    .unwrap();
    let plain = stdout(&regionrad(&["read", path.to_str().unwrap()]));
    assert!(
        plain.contains("kari@example.no") && plain.contains("971 23 456"),
        "{plain}"
    );
    let output = regionrad(&[
        "read",
        path.to_str().unwrap(),
        "--redact",
        "--format",
        "minutes",
    ]);
    let text = stdout(&output);
    assert!(
        !text.contains('@') && !text.contains("971 23 456"),
        "{text}"
    );
    assert!(
        text.contains("Spørsmål til [e-post] eller [telefon]."),
        "{text}"
    );
    // The attendee's address and the one in the decision; the number.
    let said = String::from_utf8(output.stderr).unwrap();
    assert!(
        said.contains("Unntatt: 2 e-post, 1 telefon, 0 fødselsnummer, 0 lukkede saker"),
        "{said}"
    );
}

#[test]
fn read_fails_with_1_without_a_date_and_2_without_the_file() {
    let path =
        std::env::temp_dir().join(format!("regionrad-cli-{}-nodate.txt", std::process::id()));
    std::fs::write(&path, "Notater\n\nIngen dato her.\n").unwrap();
    let output = regionrad(&["read", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("minutes.date_not_found"));
    let output = regionrad(&["read", "fixtures/minutes/no-such.txt"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
}

#[test]
fn check_reads_minutes_text_before_validating() {
    let output = regionrad(&[
        "check",
        "--council",
        COUNCIL,
        "--today",
        "2022-12-01",
        "--format",
        "json",
        MINUTES,
    ]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let codes: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    // What the reader says (the header line it kept) and what the rules say of the meeting:
    // the substitute is not one of the council's.
    assert!(codes.contains(&"minutes.unplaced"), "{codes:?}");
    assert!(codes.contains(&"attendance.not_a_substitute"), "{codes:?}");
    assert!(report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["meeting"] == 0 || f["meeting"].is_null()));
}

#[test]
fn case_number_parse_prints_parts_and_canonical_form() {
    let output = regionrad(&[
        "case-number",
        "parse",
        "rr sak 8/21",
        "--meeting-date",
        "2021-03-05",
    ]);
    assert_eq!(output.status.code(), Some(0));
    let parts: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(parts["body"], "RR");
    assert_eq!(parts["sequence"], 8);
    assert_eq!(parts["year"], 2021);
    assert_eq!(parts["canonical"], "RR 8/2021");
    let output = regionrad(&["case-number", "parse", "PS 02/2020"]);
    let parts: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(
        (parts["series"].as_str(), parts["canonical"].as_str()),
        (Some("PS"), Some("PS 2/2020"))
    );
}

#[test]
fn case_number_parse_refuses_other_text_with_exit_2() {
    let output = regionrad(&["case-number", "parse", "12/123"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(
        message.contains("the year must have two or four digits (at character 4)"),
        "{message}"
    );
}

#[test]
fn case_number_next_continues_the_bodys_numbers() {
    let mut args = vec![
        "case-number",
        "next",
        "--council",
        COUNCIL,
        "--body",
        "kdu",
        "--date",
        "2021-12-03",
    ];
    args.extend(GOLDEN);
    let parts: serde_json::Value = serde_json::from_str(&stdout(&regionrad(&args))).unwrap();
    assert_eq!(parts["canonical"], "KDU 80/2021");
    let output = regionrad(&[
        "case-number",
        "next",
        "--council",
        COUNCIL,
        "--body",
        "styret",
        "--date",
        "2021-12-03",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no body \"styret\""));
}

const POPULATION: &str = "fixtures/population/ssb-07459-trondelag-sorvest.json";

/// `regionrad contributions` of the bundled council for 2023 with its population, and `more`.
fn contributions_2023(more: &[&str]) -> Output {
    let mut args = vec![
        "contributions",
        "--council",
        COUNCIL,
        "--population",
        POPULATION,
        "--year",
        "2023",
    ];
    args.extend_from_slice(more);
    regionrad(&args)
}

#[test]
fn contributions_refuse_to_guess_the_agdenes_model() {
    let output = contributions_2023(&["--amount", "2400000"]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert_eq!(
        text.matches("cost.key_parameter_missing").count(),
        3,
        "{text}"
    );
    assert!(text.contains("[cost_keys[0].parts[0].fraction]"), "{text}");
}

#[test]
fn contributions_print_a_table_in_kroner() {
    let output = contributions_2023(&[
        "--amount",
        "2 400 000",
        "--equal",
        "30%",
        "--population-year",
        "budget",
        "--settled",
        "Vertskommune=200000@5029",
    ]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = stdout(&output);
    assert!(
        text.contains("nøkkel «30 % likt, 70 % etter folketall», folketall 1.1.2023"),
        "{text}"
    );
    assert!(
        text.contains("Fordelt etter nøkkelen                   kr 2 200 000,00"),
        "{text}"
    );
    assert!(text.contains("5029 Skaun"), "{text}");
    assert!(text.contains("kr 200 000,00"), "{text}");
    assert!(text.trim_end().ends_with("kr 2 400 000,00"), "{text}");
}

#[test]
fn contributions_write_numbers_the_way_the_language_does() {
    let run = |lang: &str| {
        stdout(&contributions_2023(&[
            "--amount",
            "2400000",
            "--equal",
            "30%",
            "--population-year",
            "budget",
            "--lang",
            lang,
        ]))
    };
    // Orkland, 18 690 inhabitants: kr 72 000 equally and its 70 % by population.
    let nb = run("nb");
    assert!(nb.contains("18 690"), "{nb}");
    assert!(nb.contains("kr 534 528,36"), "{nb}");
    assert!(nb.contains("22,272 %"), "{nb}");
    let en = run("en");
    assert!(en.contains("18,690"), "{en}");
    assert!(en.contains("NOK 534,528.36"), "{en}");
    assert!(en.contains("22.272%"), "{en}");
    assert!(!en.contains("kr "), "{en}");
}

#[test]
fn contributions_as_json_and_csv() {
    let base = [
        "contributions",
        "--council",
        COUNCIL,
        "--population",
        POPULATION,
        "--year",
        "2023",
        "--amount",
        "1000000,01",
        "--equal",
        "1/2",
        "--population-year",
        "previous",
    ];
    let output = regionrad(&[&base[..], &["--format", "json"]].concat());
    let split: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(split["population_year"], 2022);
    let contributions = split["contributions"].as_array().unwrap();
    assert_eq!(contributions.len(), 10);
    assert_eq!(
        contributions
            .iter()
            .map(|c| c["total_ore"].as_i64().unwrap())
            .sum::<i64>(),
        100_000_001
    );
    let output = regionrad(&[&base[..], &["--format", "csv"]].concat());
    let csv = stdout(&output);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 11);
    assert_eq!(lines[0], "municipality,name,population,days,equal_ore,population_ore,settled_ore,total_ore,share_percent,exact_by_key_ore");
    assert!(
        lines[1].starts_with("5014,\"Frøya\",5265,365,"),
        "{}",
        lines[1]
    );
}

#[test]
fn contributions_say_what_is_missing_from_the_command() {
    let output = regionrad(&[
        "contributions",
        "--council",
        COUNCIL,
        "--year",
        "2023",
        "--amount",
        "100",
        "--equal",
        "0.3",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--population-year"));
    let output = regionrad(&[
        "contributions",
        "--council",
        COUNCIL,
        "--year",
        "2023",
        "--amount",
        "12,345",
    ]);
    assert_eq!(output.status.code(), Some(2));
    let output = regionrad(&[
        "contributions",
        "--council",
        COUNCIL,
        "--year",
        "2023",
        "--amount",
        "100",
        "--equal",
        "3/2",
        "--population-year",
        "budget",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("between 0 and 1"));
}

#[test]
fn contributions_take_the_councils_key_by_name() {
    let base = [
        "contributions",
        "--council",
        COUNCIL,
        "--population",
        POPULATION,
        "--year",
        "2023",
        "--amount",
        "100",
    ];
    let output = regionrad(&[&base[..], &["--key", "Agdenesmodellen", "--lang", "en"]].concat());
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("lacks its population_year; it is not guessed"),
        "{}",
        stdout(&output)
    );
    let output = regionrad(&[&base[..], &["--key", "Folketallsmodellen"]].concat());
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.contains("cost.no_key") && text.contains("(har: Agdenesmodellen)"),
        "{text}"
    );
}

#[test]
fn register_lists_open_follow_ups_overdue_first() {
    let mut args = vec!["register", "--council", COUNCIL, "--as-of", "2023-02-01"];
    args.extend(GOLDEN);
    let output = regionrad(&args);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(text.starts_with("Restanseliste per 2023-02-01\n"), "{text}");
    assert!(
        text.contains("Buan, helselederforum — kdu\n  FORFALT  kdu 2021-04-30"),
        "{text}"
    );
    assert!(text.contains("før årets eksamensperiode"), "{text}");
    assert!(
        text.trim_end().ends_with("17 åpne oppfølginger, 5 forfalt"),
        "{text}"
    );
    let json = regionrad(&[&args[..], &["--format", "json"]].concat());
    let register: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(register["as_of"], "2023-02-01");
    assert_eq!(register["groups"].as_array().unwrap().len(), 6);
    let csv = stdout(&regionrad(&[&args[..], &["--format", "csv"]].concat()));
    assert_eq!(csv.lines().count(), 18);
    assert!(
        csv.starts_with("responsible,body,overdue,deadline,due,"),
        "{csv}"
    );
}

#[test]
fn register_needs_meetings_and_readable_documents() {
    let output = regionrad(&["register", "--council", COUNCIL]);
    assert_eq!(output.status.code(), Some(2));
    let output = regionrad(&[
        "register",
        "--council",
        COUNCIL,
        "fixtures/meetings/none.json",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot read"));
}

/// A reader that stops early (`| head`) ends the command quietly, not with a panic.
#[test]
fn a_closed_pipe_ends_output_quietly() {
    use std::io::Read;
    use std::process::Stdio;
    let dir = std::env::temp_dir().join(format!("regionrad-pipe-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // Minutes long enough that their JSON overflows a pipe's buffer.
    let mut text = String::from("Referat\nUtvalg: KDU\nDato: 20. januar 2023\n\n");
    for n in 1..=2000 {
        text.push_str(&format!(
            "KDU {n}/23 Sak {n}\n\nVedtak: Tatt til orientering.\n\n"
        ));
    }
    let file = dir.join("long.txt");
    std::fs::write(&file, text).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_regionrad"))
        .args(["read", file.to_str().unwrap(), "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The pipe is closed here, with most of the output still to come.
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{:?}: {stderr}", output.status);
    assert!(!stderr.contains("panicked"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A document of a fixture file (a test vector's meeting, say), written to a temporary file.
fn fixture_document(name: &str, file: &str, pointer: &str) -> PathBuf {
    let text = std::fs::read_to_string(root().join("fixtures").join(file)).unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let document = value.pointer(pointer).unwrap();
    let path =
        std::env::temp_dir().join(format!("regionrad-cli-{}-{name}.json", std::process::id()));
    std::fs::write(&path, document.to_string()).unwrap();
    path
}

#[test]
fn check_says_when_a_seat_counts_twice_and_when_members_did_not_vote() {
    let twice = fixture_document(
        "seat-twice",
        "vectors/attendance/seat-filled-twice.json",
        "/meetings/0",
    );
    let fewer = fixture_document(
        "fewer-votes",
        "vectors/votes/fewer-votes-than-present.json",
        "/meetings/0",
    );
    let output = regionrad(&[
        "check",
        "--council",
        "fixtures/councils/demo2.json",
        "--today",
        "2023-02-01",
        twice.to_str().unwrap(),
        fewer.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(text.contains("attendance.seat_filled_twice"), "{text}");
    assert!(
        text.contains("Vara Skaun møtte for Bjørn Ordfører, som selv var til stede i sak 1/23"),
        "{text}"
    );
    assert!(text.contains("vote.fewer_than_present"), "{text}");
    assert!(
        text.contains("2 stemmer avgitt, men 6 med stemmerett var til stede"),
        "{text}"
    );
    // Both meetings miss the quorum: two seats counted of the three needed.
    assert_eq!(text.matches("quorum.not_met").count(), 2, "{text}");
}

#[test]
fn register_lists_follow_ups_closed_by_later_cases_apart() {
    let later = fixture_document(
        "closing-meeting",
        "followups/register-seeds-closed-2023.json",
        "/meetings/2",
    );
    let mut args = vec!["register", "--council", COUNCIL, "--as-of", "2023-02-01"];
    args.extend(GOLDEN);
    args.push(later.to_str().unwrap());
    let output = regionrad(&args);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    let (open, closed) = text.split_once("\nLukket\n").unwrap();
    assert!(!open.contains("KDU 76/21"), "{text}");
    assert_eq!(closed.matches("kdu KDU 76/21").count(), 2, "{text}");
    assert!(
        closed.contains("lukket av KDU 79/21 (2021-12-03), KDU 80/21 (2021-12-03)"),
        "{text}"
    );
    // Two of the 17 open follow-ups of the seeds, both overdue, are closed now.
    assert!(
        text.trim_end().ends_with("15 åpne oppfølginger, 3 forfalt"),
        "{text}"
    );
}

#[test]
fn csv_cells_a_spreadsheet_would_run_are_written_as_text() {
    let meeting = changed_meeting(
        "formula",
        &[(
            "\"action\": \"Det settes ned ei arbeidsgruppe",
            "\"action\": \"=HYPERLINK(\\\"http://x\\\") Det settes ned ei arbeidsgruppe",
        )],
    );
    let output = regionrad(&[
        "register",
        "--council",
        COUNCIL,
        "--as-of",
        "2023-02-01",
        "--format",
        "csv",
        meeting.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0));
    let csv = stdout(&output);
    assert!(
        csv.contains(",\"'=HYPERLINK(\"\"http://x\"\") Det settes ned ei arbeidsgruppe"),
        "{csv}"
    );
    assert!(!csv.contains(",\"=") && !csv.contains(",="), "{csv}");
}

#[test]
fn documents_of_another_schema_version_are_refused_by_every_command() {
    let meeting = changed_meeting(
        "version-2",
        &[("\"schema_version\": 1", "\"schema_version\": 2")],
    );
    let meeting = meeting.to_str().unwrap();
    let commands: [&[&str]; 3] = [
        &[
            "register",
            "--council",
            COUNCIL,
            "--as-of",
            "2023-02-01",
            meeting,
        ],
        &[
            "case-number",
            "next",
            "--council",
            COUNCIL,
            "--body",
            "kdu",
            "--date",
            "2023-02-01",
            meeting,
        ],
        &[
            "check",
            "--council",
            COUNCIL,
            "--today",
            "2023-02-01",
            meeting,
        ],
    ];
    for args in commands {
        let output = regionrad(args);
        let said = format!(
            "{}{}",
            stdout(&output),
            String::from_utf8(output.stderr.clone()).unwrap()
        );
        assert_ne!(output.status.code(), Some(0), "{args:?}: {said}");
        assert!(
            said.contains("schema_version") || said.contains("input.unsupported_schema_version"),
            "{args:?}: {said}"
        );
    }
}

#[test]
fn an_endless_file_is_refused_not_read_until_memory_runs_out() {
    for args in [
        &["read", "/dev/zero"][..],
        &["check", "--council", COUNCIL, "/dev/zero"][..],
        &["check", "--council", "/dev/zero", GOLDEN[0]][..],
    ] {
        let output = regionrad(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let said = String::from_utf8(output.stderr).unwrap();
        assert!(
            said.contains("/dev/zero is larger than the 8 MiB"),
            "{args:?}: {said}"
        );
    }
}

#[test]
fn contributions_of_the_bundled_council_use_the_bundled_population() {
    let output = regionrad(&[
        "contributions",
        "--council",
        COUNCIL,
        "--year",
        "2023",
        "--amount",
        "2400000",
        "--equal",
        "30%",
        "--population-year",
        "budget",
        "--format",
        "json",
    ]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let split: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    // Frøya's figure for 1 January 2023 in the bundled SSB table.
    let froya = &split["contributions"][0];
    assert_eq!(
        (froya["municipality"].as_str(), froya["population"].as_u64()),
        (Some("5014"), Some(5391))
    );
}

#[test]
fn contributions_say_which_argument_would_make_the_split() {
    let output = regionrad(&[
        "contributions",
        "--council",
        COUNCIL,
        "--year",
        "2023",
        "--amount",
        "100",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("pass the equal share, e.g. --equal 30%")
    );
    let output = regionrad(&[
        "contributions",
        "--council",
        "fixtures/councils/demo2.json",
        "--year",
        "2023",
        "--amount",
        "100",
        "--equal",
        "30%",
        "--population-year",
        "budget",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(stderr.contains("pass --population FILE"), "{stderr}");
    assert!(!stderr.contains("--equal 30%"), "{stderr}");
}

fn temp_file(name: &str, text: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("regionrad-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_file_neither_a_document_nor_minutes_is_refused_in_one_line() {
    for (name, text, says) in [
        ("list.json", "[{\"schema_version\": 1}]", "a JSON list"),
        ("minutes.pdf", "%PDF-1.7\n1 0 obj", "a PDF"),
        ("page.html", "<!DOCTYPE html><p>Referat</p>", "markup"),
    ] {
        let path = temp_file(name, text);
        let output = regionrad(&["check", "--council", COUNCIL, path.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(2), "{name}");
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(
            stderr.contains(says) && stderr.contains("neither a meeting document"),
            "{stderr}"
        );
        assert!(stdout(&output).is_empty());
    }
}

#[test]
fn the_register_reads_minutes_text_as_check_does() {
    // The register of the minutes text is the register of the meeting the reader's vector
    // expects from it.
    let vector: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("fixtures/minutes/rr-2022-06-10-prose.json")).unwrap(),
    )
    .unwrap();
    let meeting = temp_file(
        "prose-meeting.json",
        &vector["expect"]["meeting"].to_string(),
    );
    let register = |file: &str| {
        let output = regionrad(&[
            "register",
            "--council",
            COUNCIL,
            "--as-of",
            "2022-12-01",
            "--format",
            "json",
            file,
        ]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        stdout(&output)
    };
    let from_text = register("fixtures/minutes/rr-2022-06-10-prose.txt");
    assert!(from_text.contains("RR 13/22"), "{from_text}");
    assert_eq!(from_text, register(meeting.to_str().unwrap()));
}

#[test]
fn every_subcommand_names_its_date_as_of() {
    let check = |flag: &str, date: &str| {
        let output = regionrad(&[
            "check",
            "--council",
            COUNCIL,
            flag,
            date,
            "--format",
            "json",
            GOLDEN[1],
        ]);
        stdout(&output)
    };
    // 2021-11-05's follow-ups fall due on 9, 15 and 19 November: overdue on 1 December,
    // not on 6 November.
    let as_of = check("--as-of", "2021-12-01");
    assert!(as_of.contains("followup.overdue"), "{as_of}");
    assert!(!check("--as-of", "2021-11-06").contains("followup.overdue"));
    assert_eq!(as_of, check("--today", "2021-12-01"));
}

#[test]
fn minutes_that_begin_like_markup_are_still_minutes_and_a_bom_is_no_text() {
    let logo = temp_file(
        "logo.txt",
        "[Logo]\n<Kommunevåpen>\nMøte i regionrådet\nDato: 10.06.2022\n",
    );
    let output = regionrad(&["check", "--council", COUNCIL, logo.to_str().unwrap()]);
    assert_ne!(
        output.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout(&output).contains("2022-06-10"));
    // A meeting document saved with a byte-order mark numbers on from its cases.
    let golden = std::fs::read_to_string(root().join(GOLDEN[1])).unwrap();
    let bom = temp_file("bom.json", &format!("\u{feff}{golden}"));
    let output = regionrad(&[
        "case-number",
        "next",
        "--council",
        COUNCIL,
        "--body",
        "kdu",
        "--date",
        "2021-12-03",
        bom.to_str().unwrap(),
    ]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout(&output).contains("KDU 80/2021"));
}

#[test]
fn a_text_that_is_no_meeting_is_not_counted_as_one() {
    let stray = temp_file("readme.txt", "Husk å lagre referatet.\n");
    let output = regionrad(&["register", "--council", COUNCIL, stray.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(
        stderr.contains("read as minutes") && stderr.contains("minutes.date_not_found"),
        "{stderr}"
    );
}

#[test]
fn check_writes_a_row_per_finding_as_csv() {
    let args = |format: &'static str| {
        let mut args = vec![
            "check",
            "--council",
            COUNCIL,
            "--as-of",
            "2023-02-01",
            "--format",
            format,
        ];
        args.extend(&GOLDEN[1..]);
        args
    };
    let report: serde_json::Value =
        serde_json::from_str(&stdout(&regionrad(&args("json")))).unwrap();
    let findings = report["findings"].as_array().unwrap();
    let csv = stdout(&regionrad(&args("csv")));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "file,meeting,severity,code,path,message,legal_basis,line,column"
    );
    assert_eq!(lines.len(), findings.len() + 1);
    for (line, finding) in lines[1..].iter().zip(findings) {
        let index = finding["meeting"].as_u64().unwrap() as usize;
        let file = format!("\"{}\",{index},", GOLDEN[1 + index]);
        assert!(line.starts_with(&file), "{line}");
        assert!(line.contains(finding["code"].as_str().unwrap()), "{line}");
    }
}

#[test]
fn exports_the_bundled_meetings_as_popolo() {
    let mut args = vec!["export", "--to", "popolo", "--council", COUNCIL];
    args.extend(GOLDEN);
    let output = regionrad(&args);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let popolo: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let events: Vec<&str> = popolo["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["start_date"].as_str().unwrap())
        .collect();
    assert_eq!(events, ["2021-03-05", "2021-11-05", "2023-01-20"]);
    // A standard it does not write is refused by the argument parser.
    let refused = regionrad(&["export", "--to", "oparl", "--council", COUNCIL, GOLDEN[0]]);
    assert_eq!(refused.status.code(), Some(2));
}
