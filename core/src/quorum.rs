//! Who is present for each agenda item, and whether the body could decide it.
//!
//! Quorum is per item (kommuneloven § 11-9 first paragraph): an elected body decides only if
//! at least half its seats were present and voted in that item. Members declared
//! disqualified for the item do not count; a substitute counts in the seat it fills;
//! members without a vote never count. Administrative bodies follow their mandate, by
//! default a majority of the seats, and a miss is a warning.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use crate::clock_time::ClockTime;
use std::collections::HashSet;

use crate::council::{
    names_match, normalize_name, Body, BodyKind, Council, Member, MunicipalityCode, QuorumRule,
    Represents,
};
use crate::findings::{Code, Finding, Severity};
use crate::meeting::{
    comparable_number, AgendaItem, Attendance, AttendanceStatus, Capacity, Meeting, Presence,
    Procedure,
};
use crate::path;

/// Whether someone was there for an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum There {
    Yes,
    No,
    /// Present for part of the meeting, the minutes do not say which.
    Unknown,
    /// There, but declared disqualified for the item.
    Disqualified,
}

/// Who counted for one agenda item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ItemPresence {
    /// The item's index on the agenda.
    pub item: usize,
    pub number: Option<String>,
    /// Voting members, and substitutes in voting seats, present for the item and not
    /// disqualified: those who count for the quorum.
    pub present_voting: Vec<String>,
    /// Voting members present for part of the meeting where the minutes do not say which.
    pub uncertain: Vec<String>,
    /// Voting members of the body on the meeting date who were not there for the item.
    pub absent: Vec<String>,
    /// Present but declared disqualified for the item.
    pub disqualified: Vec<String>,
    /// The participating municipalities that the counted members represent.
    pub municipalities_present: Vec<MunicipalityCode>,
    /// Substitutes present for a member who was there for the item too: a seat counts
    /// once, so they are not counted.
    pub seat_already_filled: Vec<String>,
}

/// A person in a voting seat, as the attendance list and the council say.
struct Seat<'a> {
    person: &'a Attendance,
    municipality: Option<MunicipalityCode>,
    /// The member whose seat it is, where the council says: the member themself, or the
    /// member a substitute fills in for.
    holder: Option<&'a Member>,
}

/// The voting seats among the attendance: members with a vote, and substitutes in the seat
/// of a voting member (or listed as the body's substitutes).
fn seats<'a>(body: &'a Body, meeting: &'a Meeting) -> Vec<Seat<'a>> {
    let date = meeting.date;
    meeting
        .attendance
        .iter()
        .filter_map(|person| {
            let represented = |r: &Represents| match r {
                Represents::Municipality(code) => Some(*code),
                Represents::Organisation(_) => None,
            };
            let (municipality, holder) = match person.capacity {
                Capacity::Member => {
                    let member = body.member_on(&person.name, date).filter(|m| m.voting)?;
                    (represented(&member.represents), Some(member))
                }
                Capacity::Substitute => {
                    let holder = match &person.substitute_for {
                        Some(name) => Some(body.member_on(name, date).filter(|m| m.voting)?),
                        None => {
                            body.substitute_on(&person.name, date)?;
                            None
                        }
                    };
                    let municipality = body
                        .substitute_on(&person.name, date)
                        .and_then(|s| represented(&s.represents));
                    (municipality, holder)
                }
                _ => return None,
            };
            Some(Seat {
                person,
                municipality: person.municipality.or(municipality),
                holder,
            })
        })
        .collect()
}

/// When each item started, as far as the minutes say: the latest "not before" time so far,
/// from the meeting's start.
fn item_times(meeting: &Meeting) -> Vec<Option<ClockTime>> {
    let mut current = meeting.start_time;
    meeting
        .agenda
        .iter()
        .map(|item| {
            if let Some(t) = item.not_before {
                current = Some(current.map_or(t, |c| c.max(t)));
            }
            current
        })
        .collect()
}

fn position_of(meeting: &Meeting, number: &str) -> Option<usize> {
    let wanted = comparable_number(number);
    meeting.agenda.iter().position(|item| {
        item.number
            .as_deref()
            .is_some_and(|n| comparable_number(n) == wanted)
    })
}

fn there(
    person: &Attendance,
    meeting: &Meeting,
    index: usize,
    item: &AgendaItem,
    time: Option<ClockTime>,
) -> There {
    if person.status != AttendanceStatus::Present {
        return There::No;
    }
    let yes = |b: bool| if b { There::Yes } else { There::No };
    match &person.presence {
        Presence::Whole => There::Yes,
        Presence::Items { items } => {
            let number = item.number.as_deref().map(comparable_number);
            yes(number.is_some_and(|n| items.iter().any(|i| comparable_number(i) == n)))
        }
        Presence::FromItem { item: from } => {
            position_of(meeting, from).map_or(There::Unknown, |p| yes(index >= p))
        }
        Presence::UntilItem { item: until } => {
            position_of(meeting, until).map_or(There::Unknown, |p| yes(index <= p))
        }
        Presence::FromTime { time: from } => time.map_or(There::Unknown, |t| yes(t >= *from)),
        Presence::UntilTime { time: until } => time.map_or(There::Unknown, |t| yes(t < *until)),
        Presence::Days { days } => yes(days.contains(&item.day.unwrap_or(1))),
        Presence::Unspecified => There::Unknown,
    }
}

/// Who counted for each item of `meeting`.
///
/// # Errors
/// [`crate::Error::InvalidInput`] when the council has no body of the meeting's.
///
/// ```
/// let council: regionrad::Council = serde_json::from_str(include_str!("../../fixtures/councils/trondelag-sorvest.json")).unwrap();
/// let meeting: regionrad::Meeting = serde_json::from_str(include_str!("../../fixtures/meetings/2021-11-05-kdu.json")).unwrap();
/// let items = regionrad::quorum::presence(&council, &meeting).unwrap();
/// // Ingvill Kvernmo was there for part of the meeting, the minutes do not say which.
/// assert_eq!((items[0].present_voting.len(), items[0].uncertain.len(), items[0].absent.len()), (5, 1, 3));
/// ```
pub fn presence(council: &Council, meeting: &Meeting) -> Result<Vec<ItemPresence>, crate::Error> {
    let body = council.body(&meeting.body).ok_or_else(|| {
        crate::Error::InvalidInput(format!("the council has no body {}", meeting.body))
    })?;
    let seats = seats(body, meeting);
    let times = item_times(meeting);
    // Each voting member with every name they go by, compared as names are.
    let voting_members: Vec<(&str, Vec<String>)> = body
        .members
        .iter()
        .filter(|m| m.voting && m.term.covers(meeting.date))
        .map(|m| {
            let names = std::iter::once(&m.name)
                .chain(&m.aliases)
                .map(|n| normalize_name(n))
                .collect();
            (m.name.as_str(), names)
        })
        .collect();
    Ok(meeting
        .agenda
        .iter()
        .enumerate()
        .map(|(index, item)| {
            let mut out = ItemPresence {
                item: index,
                number: item.number.clone(),
                present_voting: Vec::new(),
                uncertain: Vec::new(),
                absent: Vec::new(),
                disqualified: Vec::new(),
                municipalities_present: Vec::new(),
                seat_already_filled: Vec::new(),
            };
            let states: Vec<There> = seats
                .iter()
                .map(|seat| {
                    let state = there(seat.person, meeting, index, item, times[index]);
                    let disqualified = item
                        .disqualified
                        .iter()
                        .any(|d| names_match(&d.name, &[], &seat.person.name));
                    match state {
                        There::Yes if disqualified => There::Disqualified,
                        other => other,
                    }
                })
                .collect();
            // A member there in their own seat fills it; a substitute for them does not.
            let filled_by_member = |holder: &Member| {
                seats.iter().zip(&states).any(|(seat, state)| {
                    *state == There::Yes
                        && seat.person.capacity == Capacity::Member
                        && seat.holder.is_some_and(|h| std::ptr::eq(h, holder))
                })
            };
            for (seat, state) in seats.iter().zip(&states) {
                let name = seat.person.name.clone();
                match state {
                    There::No => {}
                    There::Unknown => out.uncertain.push(name),
                    There::Disqualified => out.disqualified.push(name),
                    There::Yes
                        if seat.person.capacity == Capacity::Substitute
                            && seat.holder.is_some_and(filled_by_member) =>
                    {
                        out.seat_already_filled.push(name)
                    }
                    There::Yes => {
                        if let Some(code) = seat.municipality {
                            if !out.municipalities_present.contains(&code) {
                                out.municipalities_present.push(code);
                            }
                        }
                        out.present_voting.push(name);
                    }
                }
            }
            let there: HashSet<String> = out
                .present_voting
                .iter()
                .chain(&out.uncertain)
                .chain(&out.disqualified)
                .chain(&out.seat_already_filled)
                .map(|n| normalize_name(n))
                .collect();
            out.absent = voting_members
                .iter()
                .filter(|(_, names)| !names.iter().any(|n| there.contains(n)))
                .map(|(name, _)| name.to_string())
                .collect();
            out
        })
        .collect())
}

/// Names for a message: a dash when there are none, so that no empty brackets show.
fn names_or_dash(names: &[String]) -> String {
    if names.is_empty() {
        "–".to_owned()
    } else {
        names.join(", ")
    }
}

/// How many must be there, out of `seats`, under `rule`.
fn needed(rule: QuorumRule, seats: u32) -> u32 {
    match rule {
        QuorumRule::HalfOfSeats => seats.div_ceil(2),
        QuorumRule::MajorityOfSeats => seats / 2 + 1,
        QuorumRule::FractionOfSeats {
            numerator,
            denominator,
        } => {
            (u64::from(seats) * u64::from(numerator)).div_ceil(u64::from(denominator.max(1))) as u32
        }
    }
}

fn rule_name(rule: QuorumRule) -> String {
    match rule {
        QuorumRule::HalfOfSeats => "half_of_seats".to_owned(),
        QuorumRule::MajorityOfSeats => "majority_of_seats".to_owned(),
        QuorumRule::FractionOfSeats {
            numerator,
            denominator,
        } => format!("{numerator}/{denominator}_of_seats"),
    }
}

/// The participating municipalities on a date.
fn participants(council: &Council, date: NaiveDate) -> usize {
    council
        .municipalities
        .iter()
        .filter(|m| m.participation.covers(date))
        .count()
}

/// A substitute there for an item while the member whose seat they fill is there too: the
/// seat counts once. One finding per attendance line, naming the items.
fn check_seats_filled_twice(
    index: usize,
    meeting: &Meeting,
    items: &[ItemPresence],
    findings: &mut Vec<Finding>,
) {
    for (i, person) in meeting.attendance.iter().enumerate() {
        let Some(member) = person.substitute_for.as_deref() else {
            continue;
        };
        let twice: Vec<String> = items
            .iter()
            .filter(|p| p.seat_already_filled.contains(&person.name))
            .map(|p| p.number.clone().unwrap_or_else(|| (p.item + 1).to_string()))
            .collect();
        if !twice.is_empty() {
            findings.push(
                Finding::meeting(
                    Code::AttendanceSeatFilledTwice,
                    index,
                    path!["attendance", i, "substitute_for"],
                )
                .param("name", person.name.as_str())
                .param("substitute_for", member)
                .param("items", twice.join(", ")),
            );
        }
    }
}

/// Quorum for every decided item of the meeting.
pub(crate) fn check(
    council: &Council,
    index: usize,
    meeting: &Meeting,
    items: &[ItemPresence],
    findings: &mut Vec<Finding>,
) {
    let Some(body) = council.body(&meeting.body) else {
        return;
    };
    check_seats_filled_twice(index, meeting, items, findings);
    if meeting.procedure == Procedure::Written {
        return; // Every member's assent is needed instead (see voting).
    }
    let rule = body.quorum_rule();
    let elected = body.kind == BodyKind::Elected;
    let need = needed(rule, body.seats);
    for (item, present) in meeting.agenda.iter().zip(items) {
        if item.decision.is_none() {
            continue;
        }
        let at = path!["agenda", present.item];
        // § 11-9 counts those present *and voting*: where the votes are recorded, the
        // votes cast (blank ones included) are the most that can have counted.
        let cast = item
            .decision
            .as_ref()
            .and_then(|d| d.votes.as_ref())
            .map(|v| {
                v.in_favour
                    .saturating_add(v.against)
                    .saturating_add(v.blank)
            });
        let voted = |n: u32| cast.filter(|c| *c > 0).map_or(n, |c| n.min(c));
        let counted = voted(present.present_voting.len() as u32);
        let with_uncertain = voted(counted + present.uncertain.len() as u32);
        let severity = if elected {
            Severity::Error
        } else {
            Severity::Warning
        };
        if counted < need {
            let finding = if with_uncertain >= need {
                Finding::meeting(Code::QuorumUncertain, index, at.clone())
                    .param("uncertain", present.uncertain.join(", "))
            } else {
                let mut f =
                    Finding::meeting(Code::QuorumNotMet, index, at.clone()).severity(severity);
                if !elected {
                    f.legal_basis = None;
                }
                f
            };
            findings.push(
                finding
                    .param("needed", need)
                    .param("counted", counted)
                    .param("seats", body.seats)
                    .param("rule", rule_name(rule))
                    .param("present", names_or_dash(&present.present_voting)),
            );
        }
        for special in body
            .special_rules
            .iter()
            .filter(|r| item.subject.is_some_and(|s| r.subjects.contains(&s)))
        {
            let Some([numerator, denominator]) = special.municipalities_present else {
                continue;
            };
            let all = participants(council, meeting.date) as u64;
            let want = (all * u64::from(numerator)).div_ceil(u64::from(denominator.max(1)));
            let have = present.municipalities_present.len() as u64;
            if have < want {
                let codes: Vec<String> = present
                    .municipalities_present
                    .iter()
                    .map(|c| c.to_string())
                    .collect();
                findings.push(
                    Finding::meeting(Code::QuorumMunicipalitiesNotPresent, index, at.clone())
                        .severity(severity)
                        .param("needed", want)
                        .param("counted", have)
                        .param("of", all)
                        .param("municipalities", codes.join(", "))
                        .param("source", special.source.clone().unwrap_or_default()),
                );
            }
        }
    }
}
