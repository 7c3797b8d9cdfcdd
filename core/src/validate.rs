//! The single entry point of every rule: a council and its meetings in, a report out.

use chrono::NaiveDate;

use crate::document::{check_version, decode_council, decode_meeting};
use crate::findings::{Finding, Report};
use crate::{council, meeting, numbering, Council, Meeting};

/// Checks a council and meetings of its bodies as of `today` (the library reads no clock).
///
/// Findings come in a stable order: the council's first, then each meeting's by path.
///
/// ```
/// use regionrad::{validate, Council, Meeting};
/// let council: Council = serde_json::from_str(r#"{
///     "schema_version": 1, "id": "demo", "name": "Demo", "municipalities": [],
///     "bodies": [{"id": "au", "name": "Arbeidsutvalget", "kind": "elected",
///                 "seats": 3, "members": []}]}"#).unwrap();
/// let meeting: Meeting = serde_json::from_str(r#"{
///     "schema_version": 1, "council": "demo", "body": "au", "date": "2023-01-20",
///     "start_time": "13:00", "end_time": "12:00", "attendance": [], "agenda": []}"#).unwrap();
/// let today = chrono::NaiveDate::from_ymd_opt(2023, 2, 1).unwrap();
/// let report = validate(&council, &[meeting], today);
/// assert_eq!(report.findings[0].code.as_str(), "meeting.ends_before_start");
/// ```
pub fn validate(council: &Council, meetings: &[Meeting], today: NaiveDate) -> Report {
    let mut findings = Vec::new();
    let indexed: Vec<(usize, &Meeting)> = meetings.iter().enumerate().collect();
    check_all(Some(council), &indexed, today, &mut findings);
    finish(findings)
}

/// Decodes and checks JSON documents. Input that does not decode becomes `input.invalid`
/// findings with the exact path; meetings are still decoded when the council is not, so
/// every document's input errors are reported at once.
///
/// ```
/// let council = r#"{"schema_version": 1, "id": "demo", "name": "Demo",
///                   "municipalities": [], "bodies": []}"#;
/// let meeting = r#"{"schema_version": 1, "council": "demo", "body": "au",
///                   "date": "2023-01-20", "attendance": [{"name": "A", "capacity": "member",
///                   "status": "yes"}], "agenda": []}"#;
/// let today = chrono::NaiveDate::from_ymd_opt(2023, 2, 1).unwrap();
/// let report = regionrad::validate_json(council, &[meeting], today);
/// let finding = &report.findings[0];
/// assert_eq!(finding.code.as_str(), "input.invalid");
/// assert_eq!(regionrad::format_path(&finding.path), "attendance[0].status");
/// ```
pub fn validate_json(council_json: &str, meetings_json: &[&str], today: NaiveDate) -> Report {
    let mut findings = Vec::new();
    if let Some(beyond) = crate::limits::count(
        "meetings",
        meetings_json.len(),
        crate::limits::MAX_MEETINGS,
        |code, path| Finding::on(code, crate::findings::Document::Meeting, path),
        Vec::new(),
    ) {
        return finish(vec![beyond]);
    }
    let council = decode_council(council_json)
        .map_err(|finding| findings.push(finding))
        .ok();
    let mut decoded = Vec::with_capacity(meetings_json.len());
    for (index, json) in meetings_json.iter().enumerate() {
        match decode_meeting(json, index) {
            Ok(meeting) => decoded.push((index, meeting)),
            Err(finding) => findings.push(finding),
        }
    }
    let indexed: Vec<(usize, &Meeting)> = decoded.iter().map(|(i, m)| (*i, m)).collect();
    check_all(council.as_ref(), &indexed, today, &mut findings);
    finish(findings)
}

/// The council's rules, then the meetings'. Without a council that can be read (it did not
/// decode, or is of another version), only the meetings' own versions can be checked.
fn check_all(
    council: Option<&Council>,
    meetings: &[(usize, &Meeting)],
    today: NaiveDate,
    findings: &mut Vec<Finding>,
) {
    let readable =
        council.filter(
            |council| match check_version(council.schema_version, Finding::council) {
                Some(finding) => {
                    findings.push(finding);
                    false
                }
                None => {
                    council::check(council, findings);
                    true
                }
            },
        );
    match readable {
        Some(council) => check_meetings(council, meetings, today, findings),
        None => {
            for &(index, meeting) in meetings {
                findings.extend(check_version(meeting.schema_version, |c, p| {
                    Finding::meeting(c, index, p)
                }));
            }
        }
    }
}

/// Each meeting's own rules, then the rules that span meetings (numbering).
fn check_meetings(
    council: &Council,
    meetings: &[(usize, &Meeting)],
    today: NaiveDate,
    findings: &mut Vec<Finding>,
) {
    // A document of another version is reported as such and not read further: its fields
    // may mean something else.
    let mut readable = Vec::with_capacity(meetings.len());
    for &(index, meeting) in meetings {
        match check_version(meeting.schema_version, |c, p| Finding::meeting(c, index, p)) {
            Some(finding) => findings.push(finding),
            None => {
                meeting::check(council, index, meeting, today, findings);
                readable.push((index, meeting));
            }
        }
    }
    numbering::check(council, &readable, today, findings);
}

fn finish(findings: Vec<Finding>) -> Report {
    let mut report = Report { findings };
    report.sort();
    report
}
