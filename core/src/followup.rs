//! Decisions and what they promise: follow-ups that are kept, links between cases that hold,
//! and the follow-up register (restanseliste) of what is still open.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use crate::decision::{
    CaseReference, Decision, DecisionKind, Due, FollowUp, FollowUpStatus, ReferenceKind,
};
use crate::findings::{Code, Finding, PathSegment};
use crate::meeting::Meeting;
use crate::numbering::{CaseKey, Handled, Referenced};
use crate::path;
use crate::Council;

/// Every follow-up and reference of a meeting, with its path: items' own and their points'.
struct Outcomes<'m> {
    follow_ups: Vec<(Vec<PathSegment>, usize, &'m FollowUp)>,
    references: Vec<(Vec<PathSegment>, &'m CaseReference)>,
    decisions: Vec<(Vec<PathSegment>, usize, &'m Decision)>,
}

fn outcomes(meeting: &Meeting) -> Outcomes<'_> {
    let mut out = Outcomes {
        follow_ups: Vec::new(),
        references: Vec::new(),
        decisions: Vec::new(),
    };
    for (i, item) in meeting.agenda.iter().enumerate() {
        let base = path!["agenda", i];
        let subs = item.sub_items.iter().enumerate().map(|(j, s)| {
            (
                path!["agenda", i, "sub_items", j],
                &s.follow_ups,
                &s.references,
                s.decision.as_ref(),
            )
        });
        let own = std::iter::once((
            base,
            &item.follow_ups,
            &item.references,
            item.decision.as_ref(),
        ));
        for (at, follow_ups, references, decision) in own.chain(subs) {
            for (k, f) in follow_ups.iter().enumerate() {
                let mut p = crate::council::extend(&at, "follow_ups");
                p.push(PathSegment::Index(k));
                out.follow_ups.push((p, i, f));
            }
            for (k, r) in references.iter().enumerate() {
                let mut p = crate::council::extend(&at, "references");
                p.push(PathSegment::Index(k));
                out.references.push((p, r));
            }
            if let Some(d) = decision {
                out.decisions
                    .push((crate::council::extend(&at, "decision"), i, d));
            }
        }
    }
    out
}

pub(crate) fn check(
    meetings: &[(usize, &Meeting)],
    handled: &[Handled],
    referenced: &[Referenced],
    today: NaiveDate,
    findings: &mut Vec<Finding>,
) {
    let item_key = |meeting: usize, item: usize| {
        handled
            .iter()
            .find(|h| h.meeting == meeting && h.item == item)
            .map(|h| &h.key)
    };
    for &(index, meeting) in meetings {
        let found = outcomes(meeting);
        for (at, item, follow_up) in &found.follow_ups {
            check_due(index, meeting, at, follow_up, today, findings);
            if let (Some(due), Some(origin)) = (&follow_up.due, item_key(index, *item)) {
                check_promised_meeting(
                    index, meeting, at, due, origin, meetings, handled, referenced, findings,
                );
            }
        }
        for (at, reference) in &found.references {
            if let Some(decided) = reference.decision_date.filter(|d| *d > meeting.date) {
                findings.push(
                    Finding::meeting(
                        Code::ReferenceDecisionAfterMeeting,
                        index,
                        crate::council::extend(at, "decision_date"),
                    )
                    .param("decision_date", decided.to_string())
                    .param("date", meeting.date.to_string()),
                );
            }
        }
        for (at, item, decision) in &found.decisions {
            if decision.kind != DecisionKind::Postponed {
                continue;
            }
            // The case postponed: the item's own, or for a point of an item (a path below
            // `sub_items`), the cases the point refers to.
            let owner = &at[..at.len() - 1];
            let keys: Vec<&CaseKey> = if owner.len() > 2 {
                referenced
                    .iter()
                    .filter(|r| r.meeting == index && r.path.starts_with(owner))
                    .filter_map(|r| r.key.as_ref())
                    .collect()
            } else {
                item_key(index, *item).into_iter().collect()
            };
            for key in keys {
                check_postponed_returns(
                    index, meeting, at, key, meetings, handled, referenced, findings,
                );
            }
        }
    }
    check_archive_references(handled, referenced, findings);
}

/// A follow-up is not due before it was decided, and an open one past its date is overdue.
fn check_due(
    index: usize,
    meeting: &Meeting,
    at: &[PathSegment],
    follow_up: &FollowUp,
    today: NaiveDate,
    findings: &mut Vec<Finding>,
) {
    let Some(deadline) = follow_up.due.as_ref().and_then(Due::deadline) else {
        return;
    };
    let due_at = crate::council::extend(at, "due");
    if deadline < meeting.date {
        findings.push(
            Finding::meeting(Code::FollowupDueBeforeDecision, index, due_at)
                .param("due", deadline.to_string())
                .param("date", meeting.date.to_string()),
        );
    } else if follow_up.status == FollowUpStatus::Open && deadline < today {
        findings.push(
            Finding::meeting(Code::FollowupOverdue, index, due_at)
                .param("due", deadline.to_string())
                .param("today", today.to_string())
                .param("action", short(&follow_up.action)),
        );
    }
}

fn short(text: &str) -> String {
    let mut words = text.split_whitespace();
    let head: Vec<&str> = words.by_ref().take(8).collect();
    let mut out = head.join(" ");
    if words.next().is_some() {
        out.push_str(" …");
    }
    out
}

/// The meeting a follow-up is promised to, when the archive holds it and it can be known to
/// be that meeting: a named meeting by body and date; "the next meeting" of the same body
/// only when that meeting's numbers continue the origin meeting's without a gap (otherwise
/// meetings in between may be missing from the archive).
#[allow(clippy::too_many_arguments)]
fn check_promised_meeting(
    index: usize,
    meeting: &Meeting,
    at: &[PathSegment],
    due: &Due,
    origin: &CaseKey,
    meetings: &[(usize, &Meeting)],
    handled: &[Handled],
    referenced: &[Referenced],
    findings: &mut Vec<Finding>,
) {
    let target = match due {
        Due::Meeting { body, date } => meetings
            .iter()
            .find(|(_, m)| &m.body == body && m.date == *date)
            .map(|(i, _)| *i),
        Due::NextMeeting { body } if *body == meeting.body => {
            let next = meetings
                .iter()
                .filter(|(_, m)| m.body == *body && m.date > meeting.date)
                .min_by_key(|(i, m)| (m.date, *i));
            let last_here = handled
                .iter()
                .filter(|h| h.meeting == index && h.key.run() == origin.run())
                .map(|h| h.key.sequence)
                .max();
            next.and_then(|(n, _)| {
                let first_there = handled
                    .iter()
                    .filter(|h| h.meeting == *n && h.key.run() == origin.run())
                    .map(|h| h.key.sequence)
                    .min();
                (last_here
                    .zip(first_there)
                    .is_some_and(|(last, first)| first == last + 1))
                .then_some(*n)
            })
        }
        _ => None,
    };
    let Some(target) = target else { return };
    let taken_up = referenced
        .iter()
        .any(|r| r.meeting == target && r.key.as_ref() == Some(origin))
        || handled
            .iter()
            .any(|h| h.meeting == target && &h.key == origin);
    if !taken_up {
        let date = meetings
            .iter()
            .find(|(i, _)| *i == target)
            .map(|(_, m)| m.date.to_string())
            .unwrap_or_default();
        findings.push(
            Finding::meeting(
                Code::FollowupNotOnAgenda,
                index,
                crate::council::extend(at, "due"),
            )
            .param("body", due.body().unwrap_or_default())
            .param("date", date),
        );
    }
}

/// A postponed case must come back: a later meeting of its body in the archive that does
/// not take it up means it has been left.
#[allow(clippy::too_many_arguments)]
fn check_postponed_returns(
    index: usize,
    meeting: &Meeting,
    at: &[PathSegment],
    key: &CaseKey,
    meetings: &[(usize, &Meeting)],
    handled: &[Handled],
    referenced: &[Referenced],
    findings: &mut Vec<Finding>,
) {
    let later: BTreeSet<usize> = meetings
        .iter()
        .filter(|(_, m)| m.body == key.body && m.date > meeting.date)
        .map(|(i, _)| *i)
        .collect();
    if later.is_empty() {
        return;
    }
    let returns = referenced
        .iter()
        .any(|r| later.contains(&r.meeting) && r.key.as_ref() == Some(key))
        || handled
            .iter()
            .any(|h| later.contains(&h.meeting) && &h.key == key);
    if !returns {
        findings.push(
            Finding::meeting(Code::DecisionPostponedNeverReturns, index, at.to_vec())
                .param("later_meetings", later.len()),
        );
    }
}

/// References to cases of a body-year the archive covers, but not found in it (info), and
/// cases that refer to each other in a circle (error).
fn check_archive_references(
    handled: &[Handled],
    referenced: &[Referenced],
    findings: &mut Vec<Finding>,
) {
    let runs: BTreeSet<_> = handled.iter().map(|h| h.key.run()).collect();
    let known: BTreeSet<&CaseKey> = handled.iter().map(|h| &h.key).collect();
    for r in referenced {
        let Some(key) = &r.key else { continue };
        if runs.contains(&key.run()) && !known.contains(key) {
            findings.push(
                Finding::meeting(Code::ReferenceNotInArchive, r.meeting, r.path.clone())
                    .param("body", key.body.as_str()),
            );
        }
    }
    let mut edges: BTreeMap<&CaseKey, Vec<&CaseKey>> = BTreeMap::new();
    for r in referenced {
        if let (Some(from), Some(to)) = (&r.within, &r.key) {
            if known.contains(to) && from != to {
                edges.entry(from).or_default().push(to);
            }
        }
    }
    let reaches = |start: &CaseKey, goal: &CaseKey| -> bool {
        let mut seen = BTreeSet::new();
        let mut stack = vec![start];
        while let Some(node) = stack.pop() {
            if node == goal {
                return true;
            }
            if seen.insert(node) {
                stack.extend(edges.get(node).into_iter().flatten().copied());
            }
        }
        false
    };
    for r in referenced {
        if let (Some(from), Some(to)) = (&r.within, &r.key) {
            if from != to && known.contains(to) && reaches(to, from) {
                findings.push(Finding::meeting(
                    Code::ReferenceCycle,
                    r.meeting,
                    r.path.clone(),
                ));
            }
        }
    }
}

/// Where a register entry comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Origin {
    /// The meeting's index among those given.
    pub meeting: usize,
    pub date: NaiveDate,
    pub body: String,
    pub number: Option<String>,
    pub title: String,
}

/// A later case that took the follow-up's case up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HistoryEntry {
    pub date: NaiveDate,
    pub body: String,
    pub number: Option<String>,
    pub title: String,
    pub kind: ReferenceKind,
}

/// One open follow-up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisterEntry {
    pub origin: Origin,
    pub action: String,
    pub responsible: Vec<String>,
    pub due: Option<Due>,
    /// The last day it can be done by, where the due says.
    pub deadline: Option<NaiveDate>,
    pub overdue: bool,
    pub history: Vec<HistoryEntry>,
}

/// The follow-ups of one responsible (as the minutes name them) in one body's decisions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisterGroup {
    /// Who follows up, as the minutes write it; empty when they name no one.
    pub responsible: String,
    /// The body whose decision created the follow-ups.
    pub body: String,
    /// Overdue first, then by deadline, then by when they were decided.
    pub entries: Vec<RegisterEntry>,
}

/// The register of open follow-ups (restanseliste) as of a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Register {
    pub as_of: NaiveDate,
    pub groups: Vec<RegisterGroup>,
}

/// Every open follow-up decided in `meetings` by `as_of`, grouped by responsible and body,
/// overdue first, each with its origin and the later cases that took it up.
///
/// ```
/// let council: regionrad::Council = serde_json::from_str(include_str!("../../fixtures/councils/trondelag-sorvest.json")).unwrap();
/// let meeting: regionrad::Meeting = serde_json::from_str(include_str!("../../fixtures/meetings/2021-03-05-kdu.json")).unwrap();
/// let as_of = chrono::NaiveDate::from_ymd_opt(2021, 6, 1).unwrap();
/// let register = regionrad::followup::register(&council, &[meeting], as_of);
/// let overdue: Vec<_> = register.groups.iter().flat_map(|g| &g.entries).filter(|e| e.overdue).collect();
/// assert_eq!(overdue.len(), 1); // the timeline due to the KDU on 30 April 2021
/// ```
pub fn register(council: &Council, meetings: &[Meeting], as_of: NaiveDate) -> Register {
    let indexed: Vec<(usize, &Meeting)> = meetings
        .iter()
        .enumerate()
        .filter(|(_, m)| m.date <= as_of)
        .collect();
    let (handled, referenced) = crate::numbering::index(council, &indexed);
    let mut groups: BTreeMap<(String, String), Vec<RegisterEntry>> = BTreeMap::new();
    for &(index, meeting) in &indexed {
        for (_, item, follow_up) in outcomes(meeting).follow_ups {
            if follow_up.status != FollowUpStatus::Open {
                continue;
            }
            let agenda_item = &meeting.agenda[item];
            let key = handled
                .iter()
                .find(|h| h.meeting == index && h.item == item)
                .map(|h| &h.key);
            let history = key.map_or_else(Vec::new, |key| {
                referenced
                    .iter()
                    .filter(|r| r.key.as_ref() == Some(key) && r.date > meeting.date)
                    .filter_map(|r| {
                        let later = indexed.iter().find(|(i, _)| *i == r.meeting)?.1;
                        let i = match r.path.get(1) {
                            Some(PathSegment::Index(i)) => *i,
                            _ => return None,
                        };
                        let taking = later.agenda.get(i)?;
                        let kind = reference_at(later, &r.path)
                            .map_or(ReferenceKind::RefersTo, |x| x.kind);
                        Some(HistoryEntry {
                            date: later.date,
                            body: later.body.clone(),
                            number: taking.number.clone(),
                            title: taking.title.clone(),
                            kind,
                        })
                    })
                    .collect()
            });
            let deadline = follow_up.due.as_ref().and_then(Due::deadline);
            let entry = RegisterEntry {
                origin: Origin {
                    meeting: index,
                    date: meeting.date,
                    body: meeting.body.clone(),
                    number: agenda_item.number.clone(),
                    title: agenda_item.title.clone(),
                },
                action: follow_up.action.clone(),
                responsible: follow_up.responsible.clone(),
                due: follow_up.due.clone(),
                deadline,
                overdue: deadline.is_some_and(|d| d < as_of),
                history,
            };
            groups
                .entry((follow_up.responsible.join(", "), meeting.body.clone()))
                .or_default()
                .push(entry);
        }
    }
    let groups = groups
        .into_iter()
        .map(|((responsible, body), mut entries)| {
            entries.sort_by_key(|e| {
                (
                    !e.overdue,
                    e.deadline.is_none(),
                    e.deadline,
                    e.origin.date,
                    e.origin.meeting,
                )
            });
            RegisterGroup {
                responsible,
                body,
                entries,
            }
        })
        .collect();
    Register { as_of, groups }
}

/// The reference a path into a meeting points at.
fn reference_at<'m>(meeting: &'m Meeting, path: &[PathSegment]) -> Option<&'m CaseReference> {
    let index = |i: usize| match path.get(i) {
        Some(PathSegment::Index(n)) => Some(*n),
        _ => None,
    };
    let item = meeting.agenda.get(index(1)?)?;
    match path.get(2) {
        Some(PathSegment::Field(f)) if f == "references" => item.references.get(index(3)?),
        Some(PathSegment::Field(f)) if f == "sub_items" => {
            item.sub_items.get(index(3)?)?.references.get(index(5)?)
        }
        _ => None,
    }
}

/// [`register`] from JSON documents, for the bindings.
pub fn register_json(
    council: &str,
    meetings: &[&str],
    as_of: NaiveDate,
) -> Result<Register, String> {
    let council = crate::decode_council(council).map_err(|f| format!("council: {}", f.message))?;
    let meetings = meetings
        .iter()
        .enumerate()
        .map(|(i, m)| {
            crate::decode_meeting(m, i).map_err(|f| format!("meetings[{i}]: {}", f.message))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(register(&council, &meetings, as_of))
}
