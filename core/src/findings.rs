//! The report that validation returns: findings with a stable code, a severity, the exact
//! place in the document, a localized message and the legal basis of the rule.
//!
//! Validation never fails: undecodable input is itself a finding (`input.invalid`).

use std::collections::BTreeMap;
use std::fmt;

use schemars::JsonSchema;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::i18n::{self, Catalog, Lang};
use crate::param::Param;

/// How serious a finding is. Ordered: `Error` is the most serious.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Declares every finding code once: its dotted id, default severity and legal basis.
/// `fixtures/README.md` documents each one, and a test checks that the two agree.
macro_rules! codes {
    ($( $(#[$doc:meta])* $variant:ident = $id:literal, $severity:ident, $basis:expr; )*) => {
        /// A stable finding code. The dotted id (`as_str`) is what crosses every boundary.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Code {
            $( $(#[$doc])* $variant, )*
        }

        impl Code {
            /// Every code, in declaration order.
            pub const ALL: &'static [Code] = &[ $( Code::$variant, )* ];

            /// The stable dotted id, e.g. `"input.invalid"`.
            pub fn as_str(self) -> &'static str {
                match self { $( Code::$variant => $id, )* }
            }

            /// The severity a finding with this code has unless a rule says otherwise.
            pub fn default_severity(self) -> Severity {
                match self { $( Code::$variant => Severity::$severity, )* }
            }

            /// The statute the rule comes from, where there is one.
            pub fn legal_basis(self) -> Option<&'static str> {
                match self { $( Code::$variant => $basis, )* }
            }

            /// Looks a code up by its dotted id.
            pub fn from_id(id: &str) -> Option<Code> {
                match id { $( $id => Some(Code::$variant), )* _ => None }
            }
        }
    };
}

codes! {
    /// The document could not be decoded: wrong type, unknown field or enum value, bad date.
    InputInvalid = "input.invalid", Error, None;
    /// The document's `schema_version` is not one this library reads.
    InputUnsupportedSchemaVersion = "input.unsupported_schema_version", Error, None;
    /// Two municipalities in a council share one code.
    CouncilDuplicateMunicipality = "council.duplicate_municipality", Error, None;
    /// Two organisations in a council share one id.
    CouncilDuplicateOrganisation = "council.duplicate_organisation", Error, None;
    /// Two bodies in a council share one id.
    CouncilDuplicateBody = "council.duplicate_body", Error, None;
    /// A member or substitute represents a municipality that is not in the council.
    CouncilUnknownMunicipality = "council.unknown_municipality", Error, None;
    /// A member or substitute represents an organisation that is not in the council.
    CouncilUnknownOrganisation = "council.unknown_organisation", Error, None;
    /// A term ends before it starts.
    CouncilTermEndsBeforeStart = "council.term_ends_before_start", Error, None;
    /// One person is listed twice among a body's members with overlapping terms.
    CouncilDuplicateMember = "council.duplicate_member", Error, None;
    /// A body has more current voting members than seats.
    CouncilVotingMembersExceedSeats = "council.voting_members_exceed_seats", Error, None;
    /// A body has no seats.
    CouncilNoSeats = "council.no_seats", Error, None;
    /// The meeting names another council than the one it is checked against.
    MeetingWrongCouncil = "meeting.wrong_council", Error, None;
    /// The meeting names a body the council does not have.
    MeetingUnknownBody = "meeting.unknown_body", Error, None;
    /// The meeting ends before it starts.
    MeetingEndsBeforeStart = "meeting.ends_before_start", Error, None;
    /// The meeting's last day is before its first day.
    MeetingEndDateBeforeDate = "meeting.end_date_before_date", Error, None;
    /// Minutes of a meeting dated after `today`.
    MeetingDateAfterToday = "meeting.date_after_today", Warning, None;
    /// One person appears twice in the attendance list.
    AttendanceDuplicatePerson = "attendance.duplicate_person", Error, Some("kommuneloven § 11-4");
    /// Someone attends as a member but is not a member of the body on the meeting date.
    AttendanceNotAMember = "attendance.not_a_member", Warning, None;
    /// Someone attends as a substitute but is not a substitute of the body on the meeting date.
    AttendanceNotASubstitute = "attendance.not_a_substitute", Warning, Some("kommuneloven § 7-10");
    /// A substitute is said to replace someone who is not a member of the body.
    AttendanceSubstituteForUnknown = "attendance.substitute_for_unknown", Warning, Some("kommuneloven § 7-10");
    /// A member or substitute represents a municipality that is not in the council.
    AttendanceUnknownMunicipality = "attendance.unknown_municipality", Error, None;
    /// Presence names an agenda item that the meeting does not have.
    AttendanceUnknownItem = "attendance.unknown_item", Error, None;
    /// A case number that does not parse.
    CaseNumberMalformed = "case_number.malformed", Error, None;
    /// An item's case number names another body than the meeting's.
    CaseNumberWrongBody = "case_number.wrong_body", Error, None;
    /// An item's case number carries another year than the meeting's.
    CaseNumberWrongYear = "case_number.wrong_year", Error, None;
    /// Within a meeting, a case number is lower than the one before it.
    CaseNumberNotAscending = "case_number.not_ascending", Warning, None;
    /// A case number is used twice within its body-year.
    CaseNumberDuplicate = "case_number.duplicate", Error, None;
    /// Two references give one case number two different titles.
    CaseNumberConflictingTitles = "case_number.conflicting_titles", Error, None;
    /// Numbers are missing between a body's cases in a year.
    CaseNumberGap = "case_number.gap", Warning, None;
    /// A reference names a case later than the meeting that refers to it.
    CaseNumberReferenceToLaterCase = "case_number.reference_to_later_case", Error, None;
    /// The budget names another council than the one it is split for.
    CostWrongCouncil = "cost.wrong_council", Error, None;
    /// The council has no cost key, or none of the name the budget asks for.
    CostNoKey = "cost.no_key", Error, Some("kommuneloven § 18-2");
    /// A key lacks a parameter (a fraction, the population year): it is never guessed.
    CostKeyParameterMissing = "cost.key_parameter_missing", Error, None;
    /// A key's equal and population fractions do not add up to one.
    CostKeyFractionsDoNotSum = "cost.key_fractions_do_not_sum", Error, Some("kommuneloven § 18-2");
    /// A weight, or an amount settled by one municipality, names a non-participant.
    CostUnknownMunicipality = "cost.unknown_municipality", Error, None;
    /// A negative total or settled amount.
    CostNegativeAmount = "cost.negative_amount", Error, None;
    /// Amounts settled before the key exceed the total.
    CostSettledExceedsTotal = "cost.settled_exceeds_total", Error, None;
    /// The key's fixed parts exceed what the key splits.
    CostFixedExceedsAmount = "cost.fixed_exceeds_amount", Error, None;
    /// No municipality takes part in the budget year.
    CostNoParticipants = "cost.no_participants", Error, None;
    /// A part has something to split but every participant's basis for it is zero.
    CostZeroBasis = "cost.zero_basis", Error, None;
    /// An amount beyond what every binding can read exactly (2^53 − 1 øre).
    CostAmountTooLarge = "cost.amount_too_large", Error, None;
    /// The budget year is not a year the library computes for (1800–2200).
    CostYearOutOfRange = "cost.year_out_of_range", Error, None;
    /// The amounts are too large for exact arithmetic.
    CostArithmeticOverflow = "cost.arithmetic_overflow", Error, None;
    /// No population figure for a participant in the year the key uses.
    PopulationMissing = "population.missing", Error, None;
    /// A participant's municipality code was retired by a reform before the budget year.
    PopulationRetiredCode = "population.retired_code", Error, None;
    /// A participant's figure was added up from the municipalities it was formed from.
    PopulationDerivedFromPredecessors = "population.derived_from_predecessors", Info, None;
    /// A chief executive holds a voting seat in an elected body.
    CouncilChiefExecutiveVoting = "council.chief_executive_voting", Warning, Some("kommuneloven §§ 7-2, 7-3, 13-1");
    /// A substitute fills the seat of a member of another group than the substitute's.
    AttendanceSubstituteWrongGroup = "attendance.substitute_wrong_group", Warning, Some("kommuneloven § 7-10");
    /// A substitute attends while one elected before them in the same group is neither present nor recorded as absent.
    AttendanceSubstituteOutOfOrder = "attendance.substitute_out_of_order", Warning, Some("kommuneloven § 7-10");
    /// A substitute was there for items while the member whose seat they fill was there too: the seat counts once.
    AttendanceSeatFilledTwice = "attendance.seat_filled_twice", Warning, Some("kommuneloven §§ 7-10, 11-9");
    /// Too few were present and voting for the item: elected bodies need half their seats (error); administrative bodies a majority by default (warning, no legal basis).
    QuorumNotMet = "quorum.not_met", Error, Some("kommuneloven § 11-9");
    /// The quorum holds only if members present for part of the meeting (the minutes do not say which) were there for the item.
    QuorumUncertain = "quorum.uncertain", Info, Some("kommuneloven § 11-9");
    /// A council rule for the item's subject needs more of the member municipalities present (error for elected bodies, warning otherwise).
    QuorumMunicipalitiesNotPresent = "quorum.municipalities_not_present", Error, None;
    /// The votes recorded by name do not add up to the counts.
    VoteNamedMismatch = "vote.named_mismatch", Error, None;
    /// More votes than members present with a vote (or than seats).
    VoteMoreThanPresent = "vote.more_than_present", Error, Some("kommuneloven § 11-9");
    /// Fewer votes cast than voting members present for the item, outside elections: members present must vote.
    VoteFewerThanPresent = "vote.fewer_than_present", Error, Some("kommuneloven § 8-1 andre ledd");
    /// Blank votes outside elections and appointments: members present must vote.
    VoteBlankNotAllowed = "vote.blank_not_allowed", Error, Some("kommuneloven § 8-1");
    /// “Enstemmig” with votes against or blank recorded.
    VoteUnanimousContradicted = "vote.unanimous_contradicted", Error, None;
    /// A decision recorded with fewer votes for than against.
    VoteNoMajority = "vote.no_majority", Error, Some("kommuneloven § 11-9 andre ledd");
    /// A tie decided without the chair's casting vote recorded.
    VoteTieWithoutCastingVote = "vote.tie_without_casting_vote", Error, Some("kommuneloven § 11-9 andre ledd");
    /// A tie in an election decided by the chair's vote: elections are settled by lot.
    VoteCastingVoteInElection = "vote.casting_vote_in_election", Error, Some("kommuneloven §§ 7-8, 11-9 andre ledd");
    /// A tie in an election: it must be settled by lot, which the minutes should record.
    VoteElectionTie = "vote.election_tie", Warning, Some("kommuneloven §§ 7-8, 11-9 andre ledd");
    /// A council rule for the item's subject needs a larger share of the votes cast (e.g. 2/3 for changes to the agreement).
    VoteQualifiedMajorityNotMet = "vote.qualified_majority_not_met", Error, None;
    /// In written procedure a proposal passes only if every member agrees; the votes do not show that.
    VoteWrittenProcedureWithoutAssent = "vote.written_procedure_without_assent", Error, Some("kommuneloven § 11-8");
    /// An elected body met remotely (or a member attended remotely) without the council's authorisation of remote meetings.
    MeetingRemoteNotAuthorised = "meeting.remote_not_authorised", Error, Some("kommuneloven § 11-7");
    /// An item that must be closed under § 11-5 second paragraph was handled in a remote meeting.
    MeetingRemoteClosedItem = "meeting.remote_closed_item", Error, Some("kommuneloven § 11-7");
    /// Minutes of an elected body without the time of the meeting.
    MinutesMissingTime = "minutes.missing_time", Error, Some("kommuneloven § 11-4");
    /// A document (or minutes text) larger than the library reads; it is not read.
    InputTooLarge = "input.too_large", Error, None;
    /// A document nested deeper than the library reads; it is not read.
    InputTooDeep = "input.too_deep", Error, None;
    /// More meetings, items or attendees than the library reads at once.
    InputTooMany = "input.too_many", Error, None;
    /// A text field longer than the library reads.
    InputTextTooLong = "input.text_too_long", Error, None;
    /// A meeting to write as minutes has a line end in a field written on one line, or a tab in a cell of the attendance table.
    InputLineBreakInLine = "input.line_break_in_line", Error, None;
    /// A meeting to write as minutes has a field that, written, would read back otherwise.
    InputNotWrittenBack = "input.not_written_back", Error, None;
    /// Text of the minutes the reader could not place in any field; kept in `unplaced`.
    MinutesUnplaced = "minutes.unplaced", Info, None;
    /// The minutes text gives no date the reader could find.
    MinutesDateNotFound = "minutes.date_not_found", Error, None;
    /// The minutes text names no body the council has (or, without a council, none at all).
    MinutesBodyNotFound = "minutes.body_not_found", Warning, None;
    /// An attendance status the reader does not know; the person is recorded absent.
    MinutesStatusNotUnderstood = "minutes.status_not_understood", Warning, None;
    /// The minutes text has no item the reader could find.
    MinutesNoItems = "minutes.no_items", Warning, None;
    /// Minutes of an elected body without the place of the meeting.
    MinutesMissingPlace = "minutes.missing_place", Error, Some("kommuneloven § 11-4");
    /// A voting member of an elected body is recorded neither as present nor as absent.
    MinutesMemberNotRecorded = "minutes.member_not_recorded", Error, Some("kommuneloven § 11-4");
    /// An item of an elected body without a decision.
    MinutesMissingDecision = "minutes.missing_decision", Error, Some("kommuneloven § 11-4");
    /// A decision of an elected body with neither votes nor “enstemmig” recorded (items only noted excepted).
    MinutesMissingVotingResult = "minutes.missing_voting_result", Error, Some("kommuneloven § 11-4");
    /// A closed item without the legal basis for closing it.
    MinutesClosedWithoutLegalBasis = "minutes.closed_without_legal_basis", Error, Some("kommuneloven § 11-4");
    /// A member declared disqualified without the legal basis.
    MinutesDisqualificationWithoutLegalBasis = "minutes.disqualification_without_legal_basis", Error, Some("kommuneloven § 11-4");
    /// A disqualification whose legal basis names none of the grounds of forvaltningsloven § 6 or kommuneloven § 11-10 second paragraph.
    MinutesDisqualificationBasisUnknown = "minutes.disqualification_basis_unknown", Warning, Some("kommuneloven § 11-10, forvaltningsloven § 6");
    /// A follow-up is due before the meeting that decided it.
    FollowupDueBeforeDecision = "followup.due_before_decision", Error, None;
    /// An open follow-up past its deadline as of `today`.
    FollowupOverdue = "followup.overdue", Warning, None;
    /// A follow-up's `closed_by` names no case the meetings given handle (or is no case number).
    FollowupClosedByUnknown = "followup.closed_by_unknown", Warning, None;
    /// A follow-up's `closed_by` names a case handled before the decision that made the promise.
    FollowupClosedBeforeDecided = "followup.closed_before_decided", Error, None;
    /// A follow-up promised to a meeting of a body (the next one, or a named one) is not on that meeting's agenda. “The next meeting” is checked only when the archive shows it is the next one: its case numbers continue the origin meeting's (for another body's, that body's last meeting up to the origin's date).
    FollowupNotOnAgenda = "followup.not_on_agenda", Warning, None;
    /// A reference cites a decision dated after the meeting that cites it.
    ReferenceDecisionAfterMeeting = "reference.decision_after_meeting", Error, None;
    /// A reference to a case of a body and year the meetings given cover, which none of them handles.
    ReferenceNotInArchive = "reference.not_in_archive", Info, None;
    /// Cases refer to each other in a circle.
    ReferenceCycle = "reference.cycle", Error, None;
    /// A postponed case that no later meeting of its body in the archive takes up.
    DecisionPostponedNeverReturns = "decision.postponed_never_returns", Warning, None;
    /// A case reference names a body the council does not have.
    ReferenceUnknownBody = "reference.unknown_body", Error, None;
    /// A decision refers a case to a body the council does not have.
    DecisionUnknownBody = "decision.unknown_body", Error, None;
    /// A follow-up is due at the next meeting of a body the council does not have.
    FollowupUnknownBody = "followup.unknown_body", Error, None;
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Code {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::strict::text(deserializer, "a finding code", |id| {
            Code::from_id(id).ok_or_else(|| format!("unknown finding code `{id}`"))
        })
    }
}

impl JsonSchema for Code {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Code".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let ids: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        schemars::json_schema!({
            "description": "A stable finding code; fixtures/README.md lists their meanings.",
            "type": "string",
            "enum": ids,
        })
    }
}

/// One step of a path into a document: a field name or an index into a list.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(untagged)]
pub enum PathSegment {
    Index(usize),
    Field(String),
}

impl From<&str> for PathSegment {
    fn from(field: &str) -> Self {
        PathSegment::Field(field.to_owned())
    }
}

impl From<usize> for PathSegment {
    fn from(index: usize) -> Self {
        PathSegment::Index(index)
    }
}

/// Formats a path the way a person reads it: `agenda[2].number`.
pub fn format_path(path: &[PathSegment]) -> String {
    let mut out = String::new();
    for segment in path {
        match segment {
            PathSegment::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
            PathSegment::Field(name) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(name);
            }
        }
    }
    out
}

/// A position in minutes text, 1-based, counted in characters.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(deny_unknown_fields)]
pub struct TextPosition {
    pub line: u32,
    pub column: u32,
}

/// The line and column (1-based, in characters) of byte `at` of `text`.
pub(crate) fn position(text: &str, at: usize) -> TextPosition {
    let before = text.get(..at.min(text.len())).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let column = before.get(line_start..).map_or(0, |l| l.chars().count()) + 1;
    TextPosition {
        line: u32::try_from(line).unwrap_or(u32::MAX),
        column: u32::try_from(column).unwrap_or(u32::MAX),
    }
}

/// The stretch of minutes text a finding is about: `start` inclusive, `end` exclusive.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(deny_unknown_fields)]
pub struct Span {
    pub start: TextPosition,
    pub end: TextPosition,
}

/// Which document passed to `validate` a finding is about.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Document {
    Council,
    Meeting,
    /// A budget to apportion.
    Budget,
    /// A population table.
    Population,
}

/// One result of validation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    /// The document the path leads into.
    pub document: Document,
    /// With `document: "meeting"`: the index of the meeting among those validated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<usize>,
    /// Field names and list indices from the document's root to the field concerned.
    pub path: Vec<PathSegment>,
    /// Human text in the report's language, built from `code` and `params` when the finding
    /// is handed out (a report, a reading, a document that does not decode); empty before.
    pub message: String,
    /// The values the message is built from; compare these, not the message text.
    #[serde(default, deserialize_with = "crate::strict::unique_keys")]
    pub params: BTreeMap<String, Param>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

impl Finding {
    /// A finding about the council document, with the code's default severity and legal basis.
    pub fn council(code: Code, path: Vec<PathSegment>) -> Self {
        Self::new(code, Document::Council, None, path)
    }

    /// A finding about the meeting at `index` among those validated.
    pub fn meeting(code: Code, index: usize, path: Vec<PathSegment>) -> Self {
        Self::new(code, Document::Meeting, Some(index), path)
    }

    /// A finding about a document that is not one of a list (a budget, a population table).
    pub fn on(code: Code, document: Document, path: Vec<PathSegment>) -> Self {
        Self::new(code, document, None, path)
    }

    // The message is rendered once, by whoever hands the finding out, from the catalog of
    // the codes it can produce (`i18n::Catalog`).
    fn new(code: Code, document: Document, meeting: Option<usize>, path: Vec<PathSegment>) -> Self {
        Finding {
            code,
            severity: code.default_severity(),
            document,
            meeting,
            path,
            message: String::new(),
            params: BTreeMap::new(),
            legal_basis: code.legal_basis().map(str::to_owned),
            span: None,
        }
    }

    /// Adds a message parameter.
    pub fn param(mut self, key: &str, value: impl Into<Param>) -> Self {
        self.params.insert(key.to_owned(), value.into());
        self
    }

    /// Overrides the code's default severity, for rules whose weight depends on context.
    pub fn severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// Attaches the place in the source text the finding is about.
    pub fn with_span(mut self, span: Span) -> Self {
        self.span = Some(span);
        self
    }

    /// Renders `message` in `lang` from the code and params.
    pub fn localize(&mut self, lang: Lang) {
        self.localize_from(Catalog::ALL, lang);
    }

    /// Renders `message` in `lang` from `catalog`, which holds the codes of the part of the
    /// library that made the finding.
    pub fn localize_from(&mut self, catalog: Catalog, lang: Lang) {
        self.message = i18n::message_from(catalog, self.code, lang, &self.params);
        // From the code's own text (in bokmål), where the finding has a legal basis at all.
        let code = self.code;
        self.legal_basis = self
            .legal_basis
            .take()
            .map(|basis| i18n::legal_basis(code.legal_basis().unwrap_or(&basis), lang));
    }

    /// The finding with its message rendered in `lang` from `catalog`.
    pub(crate) fn rendered(mut self, catalog: Catalog, lang: Lang) -> Self {
        self.localize_from(catalog, lang);
        self
    }
}

/// One line a person reads: severity, code, where (the document, and the meeting's index
/// among those validated), the message and the legal basis —
/// `error minutes.member_not_recorded at meetings[0].attendance: … (kommuneloven § 11-4)`.
impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let document = match (self.document, self.meeting) {
            (Document::Meeting, Some(index)) => format!("meetings[{index}]"),
            (Document::Council, _) => "council".to_owned(),
            (Document::Meeting, None) => "meeting".to_owned(),
            (Document::Budget, _) => "budget".to_owned(),
            (Document::Population, _) => "population".to_owned(),
        };
        let path = format_path(&self.path);
        let joint = if path.is_empty() || path.starts_with('[') {
            ""
        } else {
            "."
        };
        write!(
            f,
            "{} {} at {document}{joint}{path}",
            self.severity.as_str(),
            self.code.as_str()
        )?;
        if !self.message.is_empty() {
            write!(f, ": {}", self.message)?;
        }
        if let Some(basis) = &self.legal_basis {
            write!(f, " ({basis})")?;
        }
        Ok(())
    }
}

/// Everything validation found, in a stable order: council first, then meeting by meeting,
/// each by path.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Report {
    pub findings: Vec<Finding>,
}

/// Each finding on a line of its own ([`Finding`]'s `Display`), in the report's order;
/// nothing for a report without findings.
///
/// ```
/// let council = regionrad::decode_council(include_str!("../../fixtures/councils/trondelag-sorvest.json")).unwrap();
/// let mut meeting = regionrad::decode_meeting(include_str!("../../fixtures/meetings/2021-11-05-kdu.json"), 0).unwrap();
/// let today = chrono::NaiveDate::from_ymd_opt(2021, 12, 1).unwrap();
/// assert_eq!(regionrad::Report::default().to_string(), "");
/// meeting.body = "styret".into();
/// let shown = regionrad::validate(&council, &[meeting], today).to_string();
/// let line = shown.lines().find(|l| l.contains("meeting.unknown_body")).unwrap();
/// assert!(line.starts_with("error meeting.unknown_body at meetings[0].body: "), "{line}");
/// ```
impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for finding in &self.findings {
            writeln!(f, "{finding}")?;
        }
        Ok(())
    }
}

impl Report {
    /// A report of `findings`, in their order.
    pub fn new(findings: Vec<Finding>) -> Self {
        Report { findings }
    }

    /// True when no finding is an error.
    pub fn is_ok(&self) -> bool {
        !self.has_errors()
    }

    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// How many findings have the given severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    /// The findings about one field of one meeting and what lies under it: what a form shows
    /// beside that field as the user types.
    ///
    /// ```
    /// use regionrad::{Document, PathSegment};
    /// let council = regionrad::decode_council(include_str!("../../fixtures/councils/trondelag-sorvest.json")).unwrap();
    /// let meeting = regionrad::decode_meeting(include_str!("../../fixtures/meetings/2023-01-20-kdu.json"), 0).unwrap();
    /// let today = chrono::NaiveDate::from_ymd_opt(2023, 2, 1).unwrap();
    /// let report = regionrad::validate(&council, &[meeting], today);
    /// let item = report.under(Document::Meeting, Some(0), &["agenda".into(), PathSegment::Index(3)]);
    /// assert_eq!(item.findings[0].code.as_str(), "reference.decision_after_meeting");
    /// ```
    pub fn under(
        &self,
        document: Document,
        meeting: Option<usize>,
        path: &[PathSegment],
    ) -> Report {
        Report {
            findings: self
                .findings
                .iter()
                .filter(|f| {
                    f.document == document && f.meeting == meeting && f.path.starts_with(path)
                })
                .cloned()
                .collect(),
        }
    }

    /// The same report with every message in `lang`.
    pub fn localized(mut self, lang: Lang) -> Self {
        for finding in &mut self.findings {
            finding.localize(lang);
        }
        self
    }

    /// Council first, then meeting by meeting; within a meeting, its own fields, then the
    /// attendance list, then the agenda, as minutes run; then by path and code.
    pub(crate) fn sort(&mut self) {
        fn section(path: &[PathSegment]) -> u8 {
            match path.first() {
                Some(PathSegment::Field(f)) if f == "attendance" => 1,
                Some(PathSegment::Field(f)) if f == "agenda" => 2,
                _ => 0,
            }
        }
        self.findings.sort_by(|a, b| {
            (a.document, a.meeting, section(&a.path), &a.path, a.code).cmp(&(
                b.document,
                b.meeting,
                section(&b.path),
                &b.path,
                b.code,
            ))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_finding_shows_as_one_line() {
        let unrendered = Finding::on(Code::CostNoParticipants, Document::Budget, vec![]);
        // No message before it is rendered; the legal basis is the code's.
        assert_eq!(
            unrendered.to_string(),
            "error cost.no_participants at budget"
        );
        let member = Finding::council(
            Code::CostUnknownMunicipality,
            vec![
                PathSegment::Field("municipalities".into()),
                PathSegment::Index(2),
            ],
        )
        .rendered(Catalog::ALL, Lang::En);
        let shown = member.to_string();
        assert!(
            shown.starts_with("error cost.unknown_municipality at council.municipalities[2]: "),
            "{shown}"
        );
        assert!(!shown.contains('\n'));
        let member = Finding::meeting(
            Code::MinutesMemberNotRecorded,
            3,
            vec![PathSegment::Field("attendance".into())],
        )
        .param("name", "Ola Øie")
        .rendered(Catalog::ALL, Lang::En);
        let shown = member.to_string();
        assert!(shown.starts_with("error minutes.member_not_recorded at meetings[3].attendance: "));
        assert!(
            shown.contains("Ola Øie") && shown.ends_with(" (kommuneloven § 11-4)"),
            "{shown}"
        );
    }

    #[test]
    fn code_ids_are_unique_and_dotted() {
        let mut seen = std::collections::BTreeSet::new();
        for code in Code::ALL {
            assert!(seen.insert(code.as_str()), "duplicate id {code}");
            let (area, name) = code.as_str().split_once('.').unwrap_or(("", ""));
            assert!(!area.is_empty() && !name.is_empty(), "{code} is not dotted");
            assert_eq!(Code::from_id(code.as_str()), Some(*code));
        }
        assert_eq!(Code::from_id("no.such"), None);
    }

    #[test]
    fn path_formats_like_code() {
        let path = crate::path!["agenda", 2, "references", 0, "number"];
        assert_eq!(format_path(&path), "agenda[2].references[0].number");
        assert_eq!(format_path(&[]), "");
    }

    #[test]
    fn finding_serializes_path_as_mixed_list() {
        let finding = Finding::meeting(Code::MeetingUnknownBody, 1, crate::path!["body"])
            .param("body", "xyz");
        let json = serde_json::to_value(&finding).unwrap_or_default();
        assert_eq!(json["path"], serde_json::json!(["body"]));
        assert_eq!(json["meeting"], 1);
        assert_eq!(json["code"], "meeting.unknown_body");
        assert_eq!(json["severity"], "error");
    }
}
