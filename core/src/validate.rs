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
    let readable = check_council(council, &mut findings).then_some(council);
    let indexed: Vec<(usize, &Meeting)> = meetings.iter().enumerate().collect();
    check_meetings_of(readable, &indexed, today, &mut findings);
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
    PreparedCouncil::from_json(council_json).validate_json(meetings_json, today)
}

/// A council decoded and checked once, for validating many meetings against it: a form
/// that validates a meeting on every keystroke, a service that holds one council. Its
/// reports are exactly those of [`validate_json`] with the council's JSON, council findings
/// included, without decoding and checking the council again each time.
///
/// ```
/// let council = regionrad::PreparedCouncil::from_json(regionrad::bundled::TRONDELAG_SORVEST_COUNCIL);
/// let meeting = include_str!("../../fixtures/meetings/2021-11-05-kdu.json");
/// let today = chrono::NaiveDate::from_ymd_opt(2021, 12, 1).unwrap();
/// let report = council.validate_json(&[meeting], today);
/// assert_eq!(report, regionrad::validate_json(regionrad::bundled::TRONDELAG_SORVEST_COUNCIL, &[meeting], today));
/// ```
#[derive(Debug, Clone)]
pub struct PreparedCouncil {
    /// The council as decoded, or why it did not decode.
    decoded: Result<Council, Finding>,
    /// Whether meetings can be read against it: it decoded and is of this schema version.
    readable: bool,
    /// What decoding and the council's own rules found.
    findings: Vec<Finding>,
}

impl PreparedCouncil {
    /// Decodes and checks a council document. One that does not decode still validates
    /// meetings: its findings come first in every report, as from [`validate_json`].
    pub fn from_json(json: &str) -> Self {
        match decode_council(json) {
            Ok(council) => Self::new(council),
            Err(finding) => PreparedCouncil {
                decoded: Err(finding.clone()),
                readable: false,
                findings: vec![finding],
            },
        }
    }

    /// Checks a council already decoded.
    pub fn new(council: Council) -> Self {
        let mut findings = Vec::new();
        let readable = check_council(&council, &mut findings);
        PreparedCouncil {
            decoded: Ok(council),
            readable,
            findings,
        }
    }

    /// The council, where it decoded and is of this schema version.
    pub fn council(&self) -> Option<&Council> {
        self.decoded.as_ref().ok().filter(|_| self.readable)
    }

    /// The council as decoded (whatever its version), or the finding that says why it did
    /// not decode: for the answers that need only the document ([`crate::quorum::presence`]).
    pub fn decoded(&self) -> Result<&Council, &Finding> {
        self.decoded.as_ref()
    }

    /// Decodes and checks meeting documents against the council, as [`validate_json`].
    pub fn validate_json(&self, meetings_json: &[&str], today: NaiveDate) -> Report {
        if let Some(beyond) = crate::limits::count(
            "meetings",
            meetings_json.len(),
            crate::limits::MAX_MEETINGS,
            |code, path| Finding::on(code, crate::findings::Document::Meeting, path),
            Vec::new(),
        ) {
            return finish(vec![beyond]);
        }
        let mut findings = self.findings.clone();
        let mut decoded = Vec::with_capacity(meetings_json.len());
        for (index, json) in meetings_json.iter().enumerate() {
            match decode_meeting(json, index) {
                Ok(meeting) => decoded.push((index, meeting)),
                Err(finding) => findings.push(finding),
            }
        }
        let indexed: Vec<(usize, &Meeting)> = decoded.iter().map(|(i, m)| (*i, m)).collect();
        check_meetings_of(self.council(), &indexed, today, &mut findings);
        finish(findings)
    }

    /// Checks decoded meetings against the council, as [`validate`].
    pub fn validate(&self, meetings: &[Meeting], today: NaiveDate) -> Report {
        let mut findings = self.findings.clone();
        let indexed: Vec<(usize, &Meeting)> = meetings.iter().enumerate().collect();
        check_meetings_of(self.council(), &indexed, today, &mut findings);
        finish(findings)
    }
}

/// The council's version and its own rules; whether its meetings can be read against it.
fn check_council(council: &Council, findings: &mut Vec<Finding>) -> bool {
    match check_version(council.schema_version, Finding::council) {
        Some(finding) => {
            findings.push(finding);
            false
        }
        None => {
            council::check(council, findings);
            true
        }
    }
}

/// The meetings' rules. Without a council that can be read (it did not decode, or is of
/// another version), only the meetings' own versions can be checked.
fn check_meetings_of(
    council: Option<&Council>,
    meetings: &[(usize, &Meeting)],
    today: NaiveDate,
    findings: &mut Vec<Finding>,
) {
    match council {
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
    report.localized(crate::Lang::Nb)
}
