//! A meeting of one body: when and where, who attended (and for which items), and the
//! agenda items with their texts, decisions, follow-ups and references.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::clock_time::ClockTime;
use crate::council::{extend, Body, Council, MunicipalityCode};
use crate::decision::{CaseReference, Decision, Due, FollowUp};
use crate::findings::{Code, Finding, PathSegment};
use crate::path;
use crate::strict;

/// In what capacity someone attends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Capacity {
    /// A member of the body, in their own seat.
    Member,
    /// A substitute (varamedlem) in a member's seat.
    Substitute,
    /// An observer with the right to attend and speak (county council, KS, …).
    Observer,
    /// Secretariat or other staff ("Fra administrasjonen").
    Staff,
    /// A guest, usually for one item ("Gjester").
    Guest,
}

/// Whether someone came.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AttendanceStatus {
    /// Møtt ("x").
    Present,
    /// Forfall: absent with notice.
    AbsentWithNotice,
    /// Ikke til stede / møtte ikke.
    Absent,
}

/// For which part of the meeting someone present was there.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Presence {
    /// The whole meeting.
    #[default]
    Whole,
    /// Only the named items ("(på sak)", "Sak 14/21"), by their numbers on the agenda.
    Items { items: Vec<String> },
    /// From the named item on.
    FromItem { item: String },
    /// Up to and including the named item.
    UntilItem { item: String },
    /// From a time of day on ("etter kl 1100").
    FromTime { time: ClockTime },
    /// Until a time of day.
    UntilTime { time: ClockTime },
    /// Only the given days of a meeting over several days ("dag 1"), counted from 1.
    Days { days: Vec<u32> },
    /// Part of the meeting, but the minutes do not say which ("Til stede på deler av møtet").
    Unspecified,
}

impl Presence {
    fn is_whole(&self) -> bool {
        *self == Presence::Whole
    }
}

/// A presence as read: every kind's fields, made the kind its tag names.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct PresenceFields {
    kind: PresenceKind,
    items: Option<Vec<String>>,
    item: Option<String>,
    time: Option<ClockTime>,
    days: Option<Vec<u32>>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
enum PresenceKind {
    Whole,
    Items,
    FromItem,
    UntilItem,
    FromTime,
    UntilTime,
    Days,
    Unspecified,
}

impl TryFrom<PresenceFields> for Presence {
    type Error = String;

    fn try_from(f: PresenceFields) -> Result<Self, String> {
        let given = [
            ("items", f.items.is_some()),
            ("item", f.item.is_some()),
            ("time", f.time.is_some()),
            ("days", f.days.is_some()),
        ];
        Ok(match f.kind {
            PresenceKind::Whole => strict::only("whole", &given, &[]).map(|()| Presence::Whole)?,
            PresenceKind::Unspecified => {
                strict::only("unspecified", &given, &[]).map(|()| Presence::Unspecified)?
            }
            PresenceKind::Items => Presence::Items {
                items: strict::sole(f.items, "items", "items", &given)?,
            },
            PresenceKind::FromItem => Presence::FromItem {
                item: strict::sole(f.item, "from_item", "item", &given)?,
            },
            PresenceKind::UntilItem => Presence::UntilItem {
                item: strict::sole(f.item, "until_item", "item", &given)?,
            },
            PresenceKind::FromTime => Presence::FromTime {
                time: strict::sole(f.time, "from_time", "time", &given)?,
            },
            PresenceKind::UntilTime => Presence::UntilTime {
                time: strict::sole(f.time, "until_time", "time", &given)?,
            },
            PresenceKind::Days => Presence::Days {
                days: strict::sole(f.days, "days", "days", &given)?,
            },
        })
    }
}
strict::deserialize_through!(Presence, PresenceFields);

/// One line of the attendance list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Attendance {
    pub name: String,
    /// Title and affiliation as the minutes write them ("Kommunedirektør, Frøya").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The municipality the person comes from or represents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<MunicipalityCode>,
    /// The organisation the person comes from, by the council's organisation id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub capacity: Capacity,
    pub status: AttendanceStatus,
    #[serde(default, skip_serializing_if = "Presence::is_whole")]
    pub presence: Presence,
    /// With `capacity: "substitute"`: the member whose seat the substitute fills.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub substitute_for: Option<String>,
    /// Attended remotely while the meeting itself was in a room.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote: Option<bool>,
    /// What else the minutes say about this line ("ny 010321").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Attendance {
    /// `name` attending in `capacity` with `status`, for the whole meeting.
    pub fn new(name: &str, capacity: Capacity, status: AttendanceStatus) -> Self {
        Attendance {
            name: name.to_owned(),
            title: None,
            municipality: None,
            organisation: None,
            email: None,
            capacity,
            status,
            presence: Presence::default(),
            substitute_for: None,
            remote: None,
            note: None,
        }
    }
}

/// The proposal put to the meeting (forslag til vedtak / innstilling).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Proposal {
    /// A proposed decision.
    Text { text: String },
    /// "Saken legges fram uten innstilling": no proposal.
    None,
}

/// A proposal as read: every kind's fields, made the kind its tag names.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ProposalFields {
    kind: ProposalKind,
    text: Option<String>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
enum ProposalKind {
    Text,
    None,
}

impl TryFrom<ProposalFields> for Proposal {
    type Error = String;

    fn try_from(f: ProposalFields) -> Result<Self, String> {
        let given = [("text", f.text.is_some())];
        Ok(match f.kind {
            ProposalKind::Text => Proposal::Text {
                text: strict::sole(f.text, "text", "text", &given)?,
            },
            ProposalKind::None => strict::only("none", &given, &[]).map(|()| Proposal::None)?,
        })
    }
}
strict::deserialize_through!(Proposal, ProposalFields);

/// A point under an item, e.g. one orientation in a closing "diverse orienteringer" item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SubItem {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Decision>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follow_ups: Vec<FollowUp>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<CaseReference>,
}

/// Why an item was closed to the public.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Closure {
    /// The legal basis as the minutes give it ("kommuneloven § 11-5 (2), jf. offentleglova § 13").
    pub legal_basis: String,
    /// The item *had* to be closed (kommuneloven § 11-5 second paragraph: the person of an
    /// employee, or a duty of confidentiality); such an item may not be handled remotely.
    #[serde(default)]
    pub mandatory: bool,
}

/// A member declared disqualified (inhabil) for an item (kommuneloven § 11-10,
/// forvaltningsloven § 6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Disqualification {
    pub name: String,
    /// The ground in law, as the minutes give it.
    pub legal_basis: crate::disqualification::Basis,
}

/// What an item is about, where rules depend on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    Budget,
    Accounts,
    AnnualReport,
    Statutes,
    Election,
    /// A change to the cooperation agreement (kommuneloven § 18-4).
    AgreementChange,
}

/// How the body dealt with the items.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Procedure {
    /// A meeting, in a room or remote.
    #[default]
    Meeting,
    /// Written procedure, by e-mail (kommuneloven § 11-8): a proposal passes only if every
    /// member agrees.
    Written,
}

/// An item on the agenda (sak).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct AgendaItem {
    /// The case number as written ("10/ 21", "KDU 72/21"); absent for unnumbered items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    pub title: String,
    /// The item is taken after this time ("(etter kl 1100)").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_before: Option<ClockTime>,
    /// Saksbehandler(e).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub case_officers: Vec<String>,
    /// Dokumenter som følger saken / vedlegg.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<String>,
    /// Text before any heading of the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub introduction: Option<String>,
    /// Bakgrunn (for saken).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub background: Option<String>,
    /// Vurdering.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment: Option<String>,
    /// What was said in the meeting, where the minutes record it apart from the decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discussion: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposal: Option<Proposal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Decision>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follow_ups: Vec<FollowUp>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<CaseReference>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sub_items: Vec<SubItem>,
    /// The item is closed to the public (kommuneloven § 11-5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<Closure>,
    /// What the item is about, where a council's rules depend on it (a stricter quorum for
    /// the budget, a qualified majority for changes to the agreement).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<Subject>,
    /// The day of a meeting over several days the item was handled on, counted from 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<u32>,
    /// Members declared disqualified (inhabile) for this item.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub disqualified: Vec<Disqualification>,
}

impl AgendaItem {
    /// An item titled `title`, with no number, texts or decision yet.
    pub fn new(title: &str) -> Self {
        AgendaItem {
            title: title.to_owned(),
            ..AgendaItem::default()
        }
    }
}

/// The minutes of one meeting of one body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Meeting {
    pub schema_version: u32,
    /// The council's id.
    pub council: String,
    /// The body's id within the council.
    pub body: String,
    /// The heading of the minutes as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(deserialize_with = "strict::date")]
    pub date: NaiveDate,
    /// The last day of a meeting over several days.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "strict::optional_date"
    )]
    pub end_date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<ClockTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<ClockTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Held as a remote meeting (fjernmøte, kommuneloven § 11-7).
    #[serde(default)]
    pub remote: bool,
    #[serde(default, skip_serializing_if = "is_meeting")]
    pub procedure: Procedure,
    pub attendance: Vec<Attendance>,
    pub agenda: Vec<AgendaItem>,
    /// Text of minutes the reader could not place, kept with where it stood
    /// (`minutes.unplaced`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unplaced: Vec<UnplacedText>,
}

impl Meeting {
    /// A meeting of `body` of `council` on `date`, in person, with no one and nothing on it
    /// yet: the fields the wire format requires, the rest at their defaults.
    pub fn new(council: &str, body: &str, date: NaiveDate) -> Self {
        Meeting {
            schema_version: crate::SCHEMA_VERSION,
            council: council.to_owned(),
            body: body.to_owned(),
            title: None,
            date,
            end_date: None,
            start_time: None,
            end_time: None,
            place: None,
            remote: false,
            procedure: Procedure::default(),
            attendance: Vec::new(),
            agenda: Vec::new(),
            unplaced: Vec::new(),
        }
    }
}

/// A stretch of minutes text that fits no field of the meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UnplacedText {
    /// The lines as written, trimmed.
    pub text: String,
    /// Where they stood in the text read.
    pub span: crate::findings::Span,
}

fn is_meeting(procedure: &Procedure) -> bool {
    *procedure == Procedure::Meeting
}

/// The rules that need only the meeting, its council and today's date.
pub(crate) fn check(
    council: &Council,
    index: usize,
    meeting: &Meeting,
    today: NaiveDate,
    findings: &mut Vec<Finding>,
) {
    let at = |path: Vec<PathSegment>, code: Code| Finding::meeting(code, index, path);
    if meeting.council != council.id {
        findings.push(
            at(path!["council"], Code::MeetingWrongCouncil)
                .param("found", meeting.council.as_str())
                .param("expected", council.id.as_str()),
        );
    }
    let body = council.body(&meeting.body);
    if body.is_none() {
        findings
            .push(at(path!["body"], Code::MeetingUnknownBody).param("body", meeting.body.as_str()));
    }
    if let Some(end_date) = meeting.end_date {
        if end_date < meeting.date {
            findings.push(
                at(path!["end_date"], Code::MeetingEndDateBeforeDate)
                    .param("date", meeting.date.to_string())
                    .param("end_date", end_date.to_string()),
            );
        }
    }
    let one_day = meeting.end_date.is_none_or(|end| end == meeting.date);
    if let (Some(start), Some(end), true) = (meeting.start_time, meeting.end_time, one_day) {
        if end < start {
            findings.push(
                at(path!["end_time"], Code::MeetingEndsBeforeStart)
                    .param("start", start.to_string())
                    .param("end", end.to_string()),
            );
        }
    }
    if meeting.date > today {
        findings.push(
            at(path!["date"], Code::MeetingDateAfterToday)
                .param("date", meeting.date.to_string())
                .param("today", today.to_string()),
        );
    }
    check_attendance(council, body, index, meeting, findings);
    check_body_names(council, index, meeting, findings);
    // Who was there for each item, worked out once for the quorum and the votes.
    let present = crate::quorum::presence(council, meeting).unwrap_or_default();
    crate::quorum::check(council, index, meeting, &present, findings);
    crate::voting::check(council, index, meeting, &present, findings);
    crate::voting::check_completeness(council, index, meeting, findings);
}

fn check_attendance(
    council: &Council,
    body: Option<&Body>,
    index: usize,
    meeting: &Meeting,
    findings: &mut Vec<Finding>,
) {
    let agenda_numbers: Vec<String> = meeting
        .agenda
        .iter()
        .filter_map(|item| item.number.as_deref().map(comparable_number))
        .collect();
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (i, person) in meeting.attendance.iter().enumerate() {
        let base = path!["attendance", i];
        let first = match seen.entry(crate::council::normalize_name(&person.name)) {
            std::collections::hash_map::Entry::Occupied(earlier) => Some(*earlier.get()),
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(i);
                None
            }
        };
        if let Some(first) = first {
            findings.push(
                Finding::meeting(
                    Code::AttendanceDuplicatePerson,
                    index,
                    extend(&base, "name"),
                )
                .param("name", person.name.as_str())
                .param("first_index", first),
            );
        }
        let holds_seat = matches!(person.capacity, Capacity::Member | Capacity::Substitute);
        if let (true, Some(code)) = (holds_seat, person.municipality) {
            if council.municipality(code).is_none() {
                findings.push(
                    Finding::meeting(
                        Code::AttendanceUnknownMunicipality,
                        index,
                        extend(&base, "municipality"),
                    )
                    .param("name", person.name.as_str())
                    .param("code", code.as_str()),
                );
            }
        }
        if let Some(body) = body {
            check_seat(
                body,
                index,
                &meeting.attendance,
                meeting.date,
                person,
                &base,
                findings,
            );
        }
        let items: Vec<(Vec<PathSegment>, &String)> = match &person.presence {
            Presence::Items { items } => items
                .iter()
                .enumerate()
                .map(|(j, item)| (path!["attendance", i, "presence", "items", j], item))
                .collect(),
            Presence::FromItem { item } | Presence::UntilItem { item } => {
                vec![(path!["attendance", i, "presence", "item"], item)]
            }
            _ => Vec::new(),
        };
        for (path, item) in items {
            if !agenda_numbers.contains(&comparable_number(item)) {
                findings.push(
                    Finding::meeting(Code::AttendanceUnknownItem, index, path)
                        .param("item", item.as_str()),
                );
            }
        }
    }
}

/// Substitutes are called in their elected order within the group (§ 7-10): one listed
/// before this one must be recorded as present or absent.
fn check_substitute_order(
    body: &Body,
    substitute: &crate::council::Substitute,
    attendance: &[Attendance],
    index: usize,
    base: &[PathSegment],
    findings: &mut Vec<Finding>,
) {
    let group = substitute.group_name();
    let before = body
        .substitutes
        .iter()
        .take_while(|s| !std::ptr::eq(*s, substitute))
        .filter(|s| s.group_name() == group);
    for earlier in before {
        let recorded = attendance
            .iter()
            .any(|a| crate::council::names_match(&earlier.name, &earlier.aliases, &a.name));
        if !recorded {
            findings.push(
                Finding::meeting(
                    Code::AttendanceSubstituteOutOfOrder,
                    index,
                    extend(base, "name"),
                )
                .param("name", substitute.name.as_str())
                .param("before", earlier.name.as_str()),
            );
            return;
        }
    }
}

fn check_seat(
    body: &Body,
    index: usize,
    meeting_attendance: &[Attendance],
    date: NaiveDate,
    person: &Attendance,
    base: &[PathSegment],
    findings: &mut Vec<Finding>,
) {
    let date_text = date.to_string();
    let finding = |code: Code| {
        Finding::meeting(code, index, extend(base, "name"))
            .param("name", person.name.as_str())
            .param("body", body.id.as_str())
            .param("body_name", body.name.as_str())
            .param("date", date_text.as_str())
    };
    match person.capacity {
        Capacity::Member if body.member_on(&person.name, date).is_none() => {
            findings.push(finding(Code::AttendanceNotAMember));
        }
        Capacity::Substitute => {
            match body.substitute_on(&person.name, date) {
                None => findings.push(finding(Code::AttendanceNotASubstitute)),
                Some(substitute) => {
                    check_substitute_order(
                        body,
                        substitute,
                        meeting_attendance,
                        index,
                        base,
                        findings,
                    );
                    if let Some(member) = person
                        .substitute_for
                        .as_deref()
                        .and_then(|n| body.member_on(n, date))
                    {
                        let (group, member_group) = (substitute.group_name(), member.group_name());
                        if group != member_group {
                            findings.push(
                                Finding::meeting(
                                    Code::AttendanceSubstituteWrongGroup,
                                    index,
                                    extend(base, "substitute_for"),
                                )
                                .param("name", person.name.as_str())
                                .param("group", group)
                                .param("substitute_for", member.name.as_str())
                                .param("member_group", member_group),
                            );
                        }
                    }
                }
            }
            if let Some(replaced) = &person.substitute_for {
                if !body.has_member_named(replaced) {
                    findings.push(
                        Finding::meeting(
                            Code::AttendanceSubstituteForUnknown,
                            index,
                            extend(base, "substitute_for"),
                        )
                        .param("name", person.name.as_str())
                        .param("substitute_for", replaced.as_str())
                        .param("body", body.id.as_str())
                        .param("body_name", body.name.as_str()),
                    );
                }
            }
        }
        _ => {}
    }
}

/// Every body id named inside the agenda must be one of the council's.
fn check_body_names(
    council: &Council,
    index: usize,
    meeting: &Meeting,
    findings: &mut Vec<Finding>,
) {
    for (i, item) in meeting.agenda.iter().enumerate() {
        let base = path!["agenda", i];
        check_outcome_bodies(
            council,
            index,
            &base,
            item.decision.as_ref(),
            &item.follow_ups,
            &item.references,
            findings,
        );
        for (j, sub) in item.sub_items.iter().enumerate() {
            check_outcome_bodies(
                council,
                index,
                &path!["agenda", i, "sub_items", j],
                sub.decision.as_ref(),
                &sub.follow_ups,
                &sub.references,
                findings,
            );
        }
    }
}

fn check_outcome_bodies(
    council: &Council,
    index: usize,
    base: &[PathSegment],
    decision: Option<&Decision>,
    follow_ups: &[FollowUp],
    references: &[CaseReference],
    findings: &mut Vec<Finding>,
) {
    let unknown = |id: &str| council.body(id).is_none();
    if let Some(referred_to) = decision.and_then(|d| d.referred_to.as_deref()) {
        if unknown(referred_to) {
            let path = extend(&extend(base, "decision"), "referred_to");
            findings.push(
                Finding::meeting(Code::DecisionUnknownBody, index, path).param("body", referred_to),
            );
        }
    }
    for (k, follow_up) in follow_ups.iter().enumerate() {
        if let Some(body) = follow_up.due.as_ref().and_then(Due::body) {
            if unknown(body) {
                let mut path = extend(base, "follow_ups");
                path.extend(path![k, "due", "body"]);
                findings.push(
                    Finding::meeting(Code::FollowupUnknownBody, index, path).param("body", body),
                );
            }
        }
    }
    for (k, reference) in references.iter().enumerate() {
        if let Some(body) = reference.body.as_deref().filter(|id| unknown(id)) {
            let mut path = extend(base, "references");
            path.extend(path![k, "body"]);
            findings.push(
                Finding::meeting(Code::ReferenceUnknownBody, index, path)
                    .param("number", reference.number.as_deref().unwrap_or("–"))
                    .param("body", body),
            );
        }
    }
}

/// Case numbers as written compared without spaces or case ("10/ 21" is "10/21").
pub(crate) fn comparable_number(number: &str) -> String {
    number
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}
