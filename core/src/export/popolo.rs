//! A council and its meetings as Popolo (popoloproject.com): organizations (the council, its
//! bodies, the municipalities and organisations members speak for), persons, memberships,
//! an event per meeting with its attendees, and a motion and a vote event per decided item.
//!
//! What Popolo has no property for — presence per item, quorum, disqualification, a vote
//! by name of a member's substitute, how a meeting was held — is carried in properties
//! flagged with a leading `+`, the extension pattern of Popolo's JSON serialization notes;
//! the README's table of exports lists each, and what is left out.
//!
//! ```
//! let council = regionrad::decode_council(regionrad::bundled::TRONDELAG_SORVEST_COUNCIL).unwrap();
//! let meeting = regionrad::decode_meeting(include_str!("../../../fixtures/meetings/2021-11-05-kdu.json"), 0).unwrap();
//! let popolo = regionrad::export::popolo::export(&council, &[meeting]);
//! assert_eq!(popolo.events[0].id, "trondelag-sorvest/kdu/2021-11-05");
//! assert_eq!(popolo.motions[0].identifier.as_deref(), Some("KDU 72/21"));
//! ```

use std::collections::BTreeMap;

use serde::Serialize;

use crate::council::{names_match, Represents, Term};
use crate::decision::{DecisionKind, Vote};
use crate::meeting::{AttendanceStatus, Capacity, Procedure};
use crate::{Council, Meeting};

/// The export: each kind of Popolo object in a list of its own.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Popolo {
    pub organizations: Vec<Organization>,
    pub persons: Vec<Person>,
    pub memberships: Vec<Membership>,
    pub events: Vec<Event>,
    pub motions: Vec<Motion>,
    pub vote_events: Vec<VoteEvent>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Organization {
    pub id: String,
    pub name: String,
    /// `council`, a body's kind (`elected`, `administrative`), `municipality` or
    /// `organisation`.
    pub classification: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub other_names: Vec<OtherName>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub identifiers: Vec<Identifier>,
    /// A body's seats, of which its quorum is counted.
    #[serde(rename = "+seats", skip_serializing_if = "Option::is_none")]
    pub seats: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OtherName {
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Identifier {
    pub scheme: String,
    pub identifier: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Person {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub other_names: Vec<OtherName>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Membership {
    pub id: String,
    pub person_id: String,
    pub organization_id: String,
    /// `member`, `substitute` or `staff`.
    pub label: String,
    /// The office the person holds (`mayor`, `chief_executive`, …), or a staff title.
    pub role: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_behalf_of_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    /// Whether the member votes (Popolo has no voting right).
    #[serde(rename = "+voting", skip_serializing_if = "Option::is_none")]
    pub voting: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Event {
    pub id: String,
    pub name: String,
    pub classification: String,
    pub organization_id: String,
    /// The meeting's day (Popolo's pattern takes a time of day only with a UTC offset,
    /// which the minutes do not give; the local times are `+start_time` / `+end_time`).
    pub start_date: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    pub attendees: Vec<Attendee>,
    #[serde(rename = "+start_time", skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    #[serde(rename = "+end_time", skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    #[serde(rename = "+remote")]
    pub remote: bool,
    #[serde(rename = "+procedure")]
    pub procedure: Procedure,
}

/// A person on the meeting's attendance list, present or not.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Attendee {
    pub id: String,
    pub name: String,
    #[serde(rename = "+capacity")]
    pub capacity: Capacity,
    #[serde(rename = "+status")]
    pub status: AttendanceStatus,
    #[serde(rename = "+substitute_for", skip_serializing_if = "Option::is_none")]
    pub substitute_for: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Motion {
    pub id: String,
    pub organization_id: String,
    pub legislative_session_id: String,
    /// The decision as worded in the minutes.
    pub text: String,
    /// The case number, as the minutes write it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    pub classification: DecisionKind,
    pub result: String,
    #[serde(rename = "+title")]
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct VoteEvent {
    pub id: String,
    pub motion_id: String,
    pub organization_id: String,
    pub legislative_session_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    pub result: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub counts: Vec<Count>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub votes: Vec<PersonVote>,
    #[serde(rename = "+unanimous", skip_serializing_if = "Option::is_none")]
    pub unanimous: Option<bool>,
    /// Who counted for the item's quorum, and who did not (kommuneloven § 11-9), where
    /// the council has the body.
    #[serde(rename = "+quorum", skip_serializing_if = "Option::is_none")]
    pub quorum: Option<Quorum>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Count {
    pub option: String,
    pub value: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonVote {
    pub voter_id: String,
    pub option: String,
}

/// Presence for one item, by person id.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Quorum {
    pub seats: u32,
    pub present_voting: Vec<String>,
    pub uncertain: Vec<String>,
    pub absent: Vec<String>,
    pub disqualified: Vec<String>,
}

/// The council and `meetings` as one Popolo export. Names in the minutes are the council's
/// people where they match a name or alias there, so that one person has one id.
pub fn export(council: &Council, meetings: &[Meeting]) -> Popolo {
    let mut people = People::default();
    let mut out = Popolo {
        organizations: organizations(council),
        persons: Vec::new(),
        memberships: memberships(council, &mut people),
        events: Vec::new(),
        motions: Vec::new(),
        vote_events: Vec::new(),
    };
    for meeting in meetings {
        meeting_objects(council, meeting, &mut people, &mut out);
    }
    out.persons = people.into_persons();
    out
}

fn organizations(council: &Council) -> Vec<Organization> {
    let organization = |id: String, name: &str, classification: &str| Organization {
        id,
        name: name.to_owned(),
        classification: classification.to_owned(),
        parent_id: None,
        other_names: Vec::new(),
        identifiers: Vec::new(),
        seats: None,
    };
    let mut out = vec![Organization {
        other_names: council
            .former_names
            .iter()
            .map(|name| OtherName { name: name.clone() })
            .collect(),
        ..organization(council.id.clone(), &council.name, "council")
    }];
    for body in &council.bodies {
        out.push(Organization {
            parent_id: Some(council.id.clone()),
            other_names: body
                .aliases
                .iter()
                .map(|name| OtherName { name: name.clone() })
                .collect(),
            seats: Some(body.seats),
            ..organization(body_id(council, &body.id), &body.name, kind_word(body.kind))
        });
    }
    for m in &council.municipalities {
        out.push(Organization {
            identifiers: vec![Identifier {
                scheme: "kommunenummer".to_owned(),
                identifier: m.code.to_string(),
            }],
            ..organization(
                municipality_id(&m.code.to_string()),
                &m.name,
                "municipality",
            )
        });
    }
    for o in &council.organisations {
        out.push(organization(
            organisation_id(council, &o.id),
            &o.name,
            "organisation",
        ));
    }
    out
}

fn kind_word(kind: crate::council::BodyKind) -> &'static str {
    match kind {
        crate::council::BodyKind::Elected => "elected",
        _ => "administrative",
    }
}

fn memberships(council: &Council, people: &mut People) -> Vec<Membership> {
    let mut out = Vec::new();
    let mut add = |person: &str,
                   aliases: &[String],
                   organization_id: String,
                   label: &str,
                   role: String,
                   represents: Option<&Represents>,
                   term: &Term,
                   voting: Option<bool>| {
        let person_id = people.id_of(person, aliases);
        out.push(Membership {
            id: format!("{organization_id}/{label}/{}", slug(person)),
            person_id,
            organization_id,
            label: label.to_owned(),
            role,
            on_behalf_of_id: represents.map(|r| match r {
                Represents::Municipality(code) => municipality_id(&code.to_string()),
                Represents::Organisation(id) => organisation_id(council, id),
            }),
            start_date: term.from.map(|d| d.to_string()),
            end_date: term.to.map(|d| d.to_string()),
            voting,
        });
    };
    for body in &council.bodies {
        let at = body_id(council, &body.id);
        for m in &body.members {
            let role = wire_word(&m.role);
            add(
                &m.name,
                &m.aliases,
                at.clone(),
                "member",
                role,
                Some(&m.represents),
                &m.term,
                Some(m.voting),
            );
        }
        for s in &body.substitutes {
            let role = wire_word(&s.role);
            add(
                &s.name,
                &s.aliases,
                at.clone(),
                "substitute",
                role,
                Some(&s.represents),
                &s.term,
                None,
            );
        }
    }
    for s in &council.staff {
        add(
            &s.name,
            &s.aliases,
            council.id.clone(),
            "staff",
            s.title.clone(),
            None,
            &s.term,
            None,
        );
    }
    out
}

fn meeting_objects(council: &Council, meeting: &Meeting, people: &mut People, out: &mut Popolo) {
    let body = council.body(&meeting.body);
    let organization_id = body_id(council, &meeting.body);
    let event_id = format!("{organization_id}/{}", meeting.date);
    let name_of = |person: &str| {
        let known = council_person(council, person);
        known.map_or(person.to_owned(), |(name, _)| name.to_owned())
    };
    let id_of = |people: &mut People, person: &str| match council_person(council, person) {
        Some((name, aliases)) => people.id_of(name, aliases),
        None => people.id_of(person, &[]),
    };
    let attendees = meeting
        .attendance
        .iter()
        .map(|a| Attendee {
            id: id_of(people, &a.name),
            name: name_of(&a.name),
            capacity: a.capacity,
            status: a.status,
            substitute_for: a.substitute_for.as_ref().map(|name| id_of(people, name)),
        })
        .collect();
    out.events.push(Event {
        id: event_id.clone(),
        name: meeting.title.clone().unwrap_or_else(|| {
            format!(
                "{} {}",
                body.map_or(meeting.body.as_str(), |b| b.name.as_str()),
                meeting.date
            )
        }),
        classification: "meeting".to_owned(),
        organization_id: organization_id.clone(),
        start_date: meeting.date.to_string(),
        end_date: meeting.end_date.map(|d| d.to_string()),
        location: meeting.place.clone(),
        attendees,
        start_time: meeting.start_time.map(|t| t.to_string()),
        end_time: meeting.end_time.map(|t| t.to_string()),
        remote: meeting.remote,
        procedure: meeting.procedure,
    });
    let presence = crate::quorum::presence(council, meeting).ok();
    for (i, item) in meeting.agenda.iter().enumerate() {
        let Some(decision) = &item.decision else {
            continue;
        };
        let motion_id = format!("{event_id}/{}", i + 1);
        let vote_event_id = format!("{motion_id}/vote");
        let result = match decision.kind {
            DecisionKind::Postponed => "postponed",
            DecisionKind::Referral => "referred",
            _ => "pass",
        }
        .to_owned();
        let votes = decision.votes.as_ref();
        let counts = votes
            .map(|v| {
                vec![
                    Count {
                        option: "yes".to_owned(),
                        value: v.in_favour,
                    },
                    Count {
                        option: "no".to_owned(),
                        value: v.against,
                    },
                    Count {
                        option: "abstain".to_owned(),
                        value: v.blank,
                    },
                ]
            })
            .unwrap_or_default();
        let named = votes
            .map(|v| {
                v.named
                    .iter()
                    .map(|n| PersonVote {
                        voter_id: id_of(people, &n.name),
                        option: match n.vote {
                            Vote::For => "yes",
                            Vote::Against => "no",
                            Vote::Blank => "abstain",
                        }
                        .to_owned(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let quorum = presence
            .as_ref()
            .and_then(|items| items.iter().find(|p| p.item == i))
            .zip(body)
            .map(|(p, body)| {
                let mut ids = |names: &[String]| -> Vec<String> {
                    names.iter().map(|n| id_of(people, n)).collect()
                };
                Quorum {
                    seats: body.seats,
                    present_voting: ids(&p.present_voting),
                    uncertain: ids(&p.uncertain),
                    absent: ids(&p.absent),
                    disqualified: ids(&p.disqualified),
                }
            });
        out.motions.push(Motion {
            id: motion_id.clone(),
            organization_id: organization_id.clone(),
            legislative_session_id: event_id.clone(),
            text: decision.text.clone(),
            identifier: item.number.clone(),
            classification: decision.kind,
            result: result.clone(),
            title: item.title.clone(),
        });
        out.vote_events.push(VoteEvent {
            id: vote_event_id,
            motion_id,
            organization_id: organization_id.clone(),
            legislative_session_id: event_id.clone(),
            identifier: item.number.clone(),
            result,
            counts,
            votes: named,
            unanimous: decision.unanimous,
            quorum,
        });
    }
}

/// The council's own name and aliases of someone named in minutes, when it has them.
fn council_person<'c>(council: &'c Council, name: &str) -> Option<(&'c str, &'c [String])> {
    let members = council.bodies.iter().flat_map(|b| {
        b.members
            .iter()
            .map(|m| (m.name.as_str(), m.aliases.as_slice()))
            .chain(
                b.substitutes
                    .iter()
                    .map(|s| (s.name.as_str(), s.aliases.as_slice())),
            )
    });
    let staff = council
        .staff
        .iter()
        .map(|s| (s.name.as_str(), s.aliases.as_slice()));
    members
        .chain(staff)
        .find(|(known, aliases)| names_match(known, aliases, name))
}

/// Every person named, once each, by id.
#[derive(Default)]
struct People {
    by_id: BTreeMap<String, Person>,
}

impl People {
    /// The id of `name` (a slug of it), recording the person and the other names seen.
    fn id_of(&mut self, name: &str, aliases: &[String]) -> String {
        let id = format!("person/{}", slug(name));
        let person = self.by_id.entry(id.clone()).or_insert_with(|| Person {
            id: id.clone(),
            name: name.to_owned(),
            other_names: Vec::new(),
        });
        for alias in aliases {
            if !person.other_names.iter().any(|o| &o.name == alias) {
                person.other_names.push(OtherName {
                    name: alias.clone(),
                });
            }
        }
        id
    }

    fn into_persons(self) -> Vec<Person> {
        self.by_id.into_values().collect()
    }
}

fn body_id(council: &Council, body: &str) -> String {
    format!("{}/{body}", council.id)
}

fn organisation_id(council: &Council, organisation: &str) -> String {
    format!("{}/organisation/{organisation}", council.id)
}

fn municipality_id(code: &str) -> String {
    format!("kommune/{code}")
}

/// An enum's word in the wire format (`chief_executive`).
fn wire_word<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Lower case letters and digits, runs of anything else as one `-`: "Ola Morten teigen" →
/// "ola-morten-teigen".
fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}
