//! The single entry point of every rule: a council and its meetings in, a report out.

use chrono::NaiveDate;

use crate::document::{check_version, Decoded, Source};
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
    if let Some(refused) = too_many(meetings.len()) {
        return refused;
    }
    let mut findings = Vec::new();
    let readable = check_council(council, &mut findings).then_some(council);
    let indexed: Vec<(usize, &Meeting)> = meetings.iter().enumerate().collect();
    check_meetings_of(readable, &indexed, today, &mut findings);
    finish(findings)
}

/// A council decoded and checked once, for validating many meetings against it: a form
/// that validates a meeting on every keystroke, a service that holds one council. A council
/// that did not decode still validates meetings: its finding comes first in every report,
/// and each meeting is checked only for what it can be without a council.
///
/// ```
/// use regionrad::{decode_council, decode_meeting, PreparedCouncil};
///
/// let council = PreparedCouncil::from_decoded(decode_council(regionrad::bundled::TRONDELAG_SORVEST_COUNCIL));
/// let meeting = include_str!("../../fixtures/meetings/2021-11-05-kdu.json");
/// let today = chrono::NaiveDate::from_ymd_opt(2021, 12, 1).unwrap();
/// // A meeting that does not decode is a finding in the report, at its index.
/// let report = council.validate_decoded([decode_meeting(meeting, 0), decode_meeting("[]", 1)], today);
/// let errors: Vec<_> = report.findings.iter().filter(|f| f.severity == regionrad::Severity::Error).collect();
/// assert_eq!(errors.len(), 1);
/// assert_eq!((errors[0].code.as_str(), errors[0].meeting), ("input.invalid", Some(1)));
/// ```
#[derive(Debug, Clone)]
pub struct PreparedCouncil {
    /// The council as decoded, or why it did not decode.
    decoded: Decoded<Council>,
    /// Whether meetings can be read against it: it decoded and is of this schema version.
    readable: bool,
    /// What decoding and the council's own rules found.
    findings: Vec<Finding>,
}

impl PreparedCouncil {
    /// Checks a council.
    pub fn new(council: Council) -> Self {
        Self::from_decoded(Ok(council))
    }

    /// Checks a council as decoded ([`crate::decode_council`]), or holds the finding of why
    /// it did not decode.
    pub fn from_decoded(council: Decoded<Council>) -> Self {
        match council {
            Ok(council) => {
                let mut findings = Vec::new();
                let readable = check_council(&council, &mut findings);
                PreparedCouncil {
                    decoded: Ok(council),
                    readable,
                    findings,
                }
            }
            Err(finding) => PreparedCouncil {
                decoded: Err(finding.clone()),
                readable: false,
                findings: vec![finding],
            },
        }
    }

    /// The council, where it decoded and is of this schema version.
    pub fn council(&self) -> Option<&Council> {
        self.decoded.as_ref().ok().filter(|_| self.readable)
    }

    /// The council as decoded (whatever its version), or the finding that says why it did
    /// not decode: for the answers that need only the document ([`crate::quorum::presence`]).
    ///
    /// # Errors
    /// The finding of a council that did not decode.
    pub fn decoded(&self) -> Result<&Council, &Finding> {
        self.decoded.as_ref()
    }

    /// Checks meetings against the council, as [`validate`] does.
    pub fn validate(&self, meetings: &[Meeting], today: NaiveDate) -> Report {
        if let Some(refused) = too_many(meetings.len()) {
            return refused;
        }
        let mut findings = self.findings.clone();
        let indexed: Vec<(usize, &Meeting)> = meetings.iter().enumerate().collect();
        check_meetings_of(self.council(), &indexed, today, &mut findings);
        finish(findings)
    }

    /// Checks meetings as decoded ([`crate::decode_meeting`]): one that did not decode is
    /// its finding in the report. More than [`crate::limits::MAX_MEETINGS`] are not decoded
    /// or checked at all (`input.too_many`).
    pub fn validate_decoded(
        &self,
        meetings: impl IntoIterator<Item = Decoded<Meeting>, IntoIter: ExactSizeIterator>,
        today: NaiveDate,
    ) -> Report {
        let meetings = meetings.into_iter();
        if let Some(refused) = too_many(meetings.len()) {
            return refused;
        }
        let mut findings = self.findings.clone();
        let mut decoded = Vec::with_capacity(meetings.len());
        for (index, meeting) in meetings.enumerate() {
            match meeting {
                Ok(meeting) => decoded.push((index, meeting)),
                Err(finding) => findings.push(finding),
            }
        }
        let indexed: Vec<(usize, &Meeting)> = decoded.iter().map(|(i, m)| (*i, m)).collect();
        check_meetings_of(self.council(), &indexed, today, &mut findings);
        finish(findings)
    }
}

/// The report that refuses more meetings than are checked at once, unread.
fn too_many(meetings: usize) -> Option<Report> {
    let beyond = crate::limits::count(
        "meetings",
        meetings,
        crate::limits::MAX_MEETINGS,
        |code, path| Finding::on(code, crate::findings::Document::Meeting, path),
        Vec::new(),
    )?;
    Some(finish(vec![beyond]))
}

/// The council's version and its own rules; whether its meetings can be read against it.
fn check_council(council: &Council, findings: &mut Vec<Finding>) -> bool {
    match check_version(council.schema_version, Source::Council) {
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
                findings.extend(check_version(
                    meeting.schema_version,
                    Source::Meeting(index),
                ));
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
        match check_version(meeting.schema_version, Source::Meeting(index)) {
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
