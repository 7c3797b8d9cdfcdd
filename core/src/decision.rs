//! What an agenda item ends in: the decision (vedtak), the votes behind it, the follow-ups it
//! creates, and the links from one case to others.

use chrono::NaiveDate;
use schemars::JsonSchema;

use serde::{Deserialize, Serialize};

use crate::strict;

/// What kind of outcome an item had; this is also the item's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DecisionKind {
    /// Approval of the notice, the agenda or earlier minutes.
    Approval,
    /// "Tas til orientering": noted, no substantive decision.
    Noted,
    /// A substantive decision.
    Substantive,
    /// An election or appointment of representatives.
    Election,
    /// The case is sent to another body ("sender saken til AU").
    Referral,
    /// The case is postponed ("utsettes").
    Postponed,
}

/// One person's vote where votes are recorded by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Vote {
    For,
    Against,
    /// Blank vote; allowed only in elections and appointments (kommuneloven § 8-1).
    Blank,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NamedVote {
    pub name: String,
    pub vote: Vote,
}

/// A recorded vote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Votes {
    #[serde(rename = "for")]
    pub in_favour: u32,
    pub against: u32,
    #[serde(default)]
    pub blank: u32,
    /// Votes by name, where the minutes record them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub named: Vec<NamedVote>,
    /// The chair's vote decided a tie (kommuneloven § 11-9 second paragraph).
    #[serde(default)]
    pub chair_casting_vote: bool,
    /// Who drew the lot that settled a tie in an election (kommuneloven § 7-8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_by_lot: Option<String>,
}

/// The decision (vedtak / konklusjon) an item ended in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Decision {
    pub kind: DecisionKind,
    /// The decision as worded in the minutes; paragraphs separated by a blank line, list
    /// points as lines starting with "- ".
    pub text: String,
    /// "Enstemmig": the minutes say the decision was unanimous.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unanimous: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub votes: Option<Votes>,
    /// With `kind: "referral"`: the body the case is sent to, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referred_to: Option<String>,
}

impl Decision {
    /// A decision of `kind` worded `text`, with no votes recorded.
    pub fn new(kind: DecisionKind, text: &str) -> Self {
        Decision {
            kind,
            text: text.to_owned(),
            unanimous: None,
            votes: None,
            referred_to: None,
        }
    }
}

/// When a follow-up is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Due {
    /// A date ("legges fram for KDU 30. april 2021").
    Date { date: NaiveDate },
    /// The next meeting of a body ("til neste møte i KDU"), by body id.
    NextMeeting { body: String },
    /// A named meeting: a body's meeting on a date ("legges fram for AU 19. november").
    Meeting { body: String, date: NaiveDate },
    /// A period in words ("høsten 2023", "før årets eksamensperiode"), with the last day it
    /// can mean where that is clear.
    Period {
        text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        latest: Option<NaiveDate>,
    },
}

/// A due as read: every kind's fields, made the kind its tag names.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct DueFields {
    kind: DueKind,
    #[serde(default, deserialize_with = "strict::optional_date")]
    date: Option<NaiveDate>,
    body: Option<String>,
    text: Option<String>,
    #[serde(default, deserialize_with = "strict::optional_date")]
    latest: Option<NaiveDate>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
enum DueKind {
    Date,
    NextMeeting,
    Meeting,
    Period,
}

impl TryFrom<DueFields> for Due {
    type Error = String;

    fn try_from(f: DueFields) -> Result<Self, String> {
        let given = [
            ("date", f.date.is_some()),
            ("body", f.body.is_some()),
            ("text", f.text.is_some()),
            ("latest", f.latest.is_some()),
        ];
        Ok(match f.kind {
            DueKind::Date => Due::Date {
                date: strict::sole(f.date, "date", "date", &given)?,
            },
            DueKind::NextMeeting => Due::NextMeeting {
                body: strict::sole(f.body, "next_meeting", "body", &given)?,
            },
            DueKind::Meeting => {
                strict::only("meeting", &given, &["body", "date"])?;
                Due::Meeting {
                    body: strict::need(f.body, "meeting", "body")?,
                    date: strict::need(f.date, "meeting", "date")?,
                }
            }
            DueKind::Period => {
                strict::only("period", &given, &["text", "latest"])?;
                Due::Period {
                    text: strict::need(f.text, "period", "text")?,
                    latest: f.latest,
                }
            }
        })
    }
}
strict::deserialize_through!(Due, DueFields);

impl Due {
    /// The last day the follow-up can be done by, where the due says.
    pub fn deadline(&self) -> Option<NaiveDate> {
        match self {
            Due::Date { date } | Due::Meeting { date, .. } => Some(*date),
            Due::Period { latest, .. } => *latest,
            Due::NextMeeting { .. } => None,
        }
    }

    /// The body whose meeting the follow-up is promised to, where it is one.
    pub fn body(&self) -> Option<&str> {
        match self {
            Due::NextMeeting { body } | Due::Meeting { body, .. } => Some(body),
            Due::Date { .. } | Due::Period { .. } => None,
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FollowUpStatus {
    #[default]
    Open,
    Done,
    Postponed,
    Dropped,
}

/// An action a decision creates (oppfølging).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    pub action: String,
    /// Who follows it up: persons, roles or bodies as the minutes name them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsible: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Due>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub status: FollowUpStatus,
    /// The case that closed it, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_by: Option<String>,
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// How a case relates to the case it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ReferenceKind {
    /// Mentions or builds on the other case.
    RefersTo,
    /// "Oppfølging sak …": continues the other case.
    FollowsUp,
    /// Closes the other case's follow-up.
    Closes,
    /// Postpones the other case again.
    Postpones,
    /// Amends the decision of the other case (e.g. corrections to earlier minutes).
    Amends,
}

/// A reference from an item to another case ("rr sak 8/21", "Oppfølging sak KDU 3/21").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CaseReference {
    /// The case number as written, without the words around it ("8/21", "KDU 3/21");
    /// absent when the text names the decision only by body and date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The body whose case it is, by id, when the text makes that clear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    pub kind: ReferenceKind,
    /// The title the text gives the referenced case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The date of the referenced decision, where the text gives it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "strict::optional_date"
    )]
    pub decision_date: Option<NaiveDate>,
}
