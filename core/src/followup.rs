//! Decisions and what they promise: follow-ups that are kept, links between cases that hold,
//! and the follow-up register (restanseliste) of what is still open.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use crate::decision::{
    CaseReference, Decision, DecisionKind, Due, FollowUp, FollowUpStatus, ReferenceKind,
};
use crate::findings::{Code, Finding, PathSegment};
use crate::meeting::Meeting;
use crate::numbering::{body_for_prefix, CaseKey, Handled, Referenced, Run};
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

/// The archive's cases looked up by what the rules ask, built once so that no rule scans
/// the whole archive per follow-up (which would make validation quadratic in its size).
struct Index<'a> {
    item_key: HashMap<(usize, usize), &'a CaseKey>,
    /// The meetings that take each case up: handle it or refer to it.
    taken_up_in: HashMap<&'a CaseKey, HashSet<usize>>,
    /// The lowest and highest sequence number of each numbering run in each meeting.
    range: HashMap<(usize, Run), (u32, u32)>,
    /// Each body's meetings by date (then index).
    by_body: HashMap<&'a str, Vec<(NaiveDate, usize)>>,
    date_of: HashMap<usize, NaiveDate>,
    /// The numbering runs each meeting has cases of.
    runs_of: HashMap<usize, Vec<Run>>,
    /// Where each case is handled (the first time).
    handled_at: HashMap<&'a CaseKey, &'a Handled>,
    /// The references that close each case (`kind: "closes"`).
    closed_by_reference: HashMap<&'a CaseKey, Vec<&'a Referenced>>,
    /// Each meeting by its index.
    meeting_at: HashMap<usize, &'a Meeting>,
}

impl<'a> Index<'a> {
    fn new(
        meetings: &[(usize, &'a Meeting)],
        handled: &'a [Handled],
        referenced: &'a [Referenced],
    ) -> Self {
        let mut index = Index {
            item_key: HashMap::new(),
            taken_up_in: HashMap::new(),
            range: HashMap::new(),
            by_body: HashMap::new(),
            date_of: HashMap::new(),
            runs_of: HashMap::new(),
            handled_at: HashMap::new(),
            closed_by_reference: HashMap::new(),
            meeting_at: meetings.iter().copied().collect(),
        };
        for r in referenced {
            let closes = index
                .meeting_at
                .get(&r.meeting)
                .and_then(|m| reference_at(m, &r.path))
                .is_some_and(|x| x.kind == ReferenceKind::Closes);
            if let (true, Some(key)) = (closes, &r.key) {
                index.closed_by_reference.entry(key).or_default().push(r);
            }
        }
        for h in handled {
            index.handled_at.entry(&h.key).or_insert(h);
            let runs = index.runs_of.entry(h.meeting).or_default();
            if !runs.iter().any(|run| h.key.in_run(run)) {
                runs.push(h.key.run());
            }
            index.item_key.insert((h.meeting, h.item), &h.key);
            index
                .taken_up_in
                .entry(&h.key)
                .or_default()
                .insert(h.meeting);
            let range = index
                .range
                .entry((h.meeting, h.key.run()))
                .or_insert((h.key.sequence, h.key.sequence));
            range.0 = range.0.min(h.key.sequence);
            range.1 = range.1.max(h.key.sequence);
        }
        for r in referenced {
            if let Some(key) = &r.key {
                index.taken_up_in.entry(key).or_default().insert(r.meeting);
            }
        }
        for &(i, m) in meetings {
            index
                .by_body
                .entry(m.body.as_str())
                .or_default()
                .push((m.date, i));
            index.date_of.insert(i, m.date);
        }
        for list in index.by_body.values_mut() {
            list.sort();
        }
        index
    }

    /// The body's meetings after `date`, in order.
    fn later(&self, body: &str, date: NaiveDate) -> &[(NaiveDate, usize)] {
        let list = self.by_body.get(body).map_or(&[][..], Vec::as_slice);
        &list[list.partition_point(|(d, _)| *d <= date)..]
    }

    /// The body's meetings up to and on `date`, in order.
    fn up_to(&self, body: &str, date: NaiveDate) -> &[(NaiveDate, usize)] {
        let list = self.by_body.get(body).map_or(&[][..], Vec::as_slice);
        &list[..list.partition_point(|(d, _)| *d <= date)]
    }

    /// The case a `closed_by` text names, where the archive handles it: by its prefix's
    /// body, or the body of the meeting the follow-up was decided in.
    fn case_named(&self, council: &Council, meeting: &Meeting, text: &str) -> Option<&'a Handled> {
        let number = crate::case_number::parse(text).ok()?;
        let body = match &number.body {
            Some(prefix) => body_for_prefix(council, prefix)?.id.as_str(),
            None => meeting.body.as_str(),
        };
        let key = CaseKey::of(&number, body, meeting.date);
        self.handled_at.get(&key).copied()
    }

    /// The cases that closed a follow-up of item `item` of meeting `index`: the one its
    /// `closed_by` names, and every later case with a `closes` reference to the item's case.
    fn closings(
        &self,
        council: &Council,
        (index, meeting, item): (usize, &Meeting, usize),
        follow_up: &FollowUp,
    ) -> Vec<Closing> {
        let case_at = |meeting: usize, item: usize, date: NaiveDate| {
            let later = self.meeting_at.get(&meeting)?;
            let taking = later.agenda.get(item)?;
            Some(Closing {
                number: taking.number.clone(),
                date: Some(date),
                body: Some(later.body.clone()),
                title: Some(taking.title.clone()),
            })
        };
        let mut seen: Vec<(usize, usize)> = Vec::new();
        let mut out = Vec::new();
        if let Some(text) = &follow_up.closed_by {
            let named = self.case_named(council, meeting, text);
            let found = named.and_then(|h| {
                seen.push((h.meeting, h.item));
                case_at(h.meeting, h.item, h.date)
            });
            out.push(Closing {
                number: Some(text.clone()),
                ..found.unwrap_or_default()
            });
        }
        let origin = self.item_key.get(&(index, item)).copied();
        let references = origin
            .and_then(|key| self.closed_by_reference.get(key))
            .into_iter()
            .flatten();
        // A case closes the promise from the meeting that made it on: a reference in its
        // own item, or from before, does not.
        let later = |r: &&&Referenced| r.date >= meeting.date && r.within.as_ref() != origin;
        for r in references.filter(later) {
            let Some(PathSegment::Index(at)) = r.path.get(1) else {
                continue;
            };
            if seen.contains(&(r.meeting, *at)) {
                continue;
            }
            seen.push((r.meeting, *at));
            out.extend(case_at(r.meeting, *at, r.date));
        }
        out.sort_by_key(|c| c.date);
        out
    }

    fn taken_up(&self, key: &CaseKey, meeting: usize) -> bool {
        self.taken_up_in
            .get(key)
            .is_some_and(|m| m.contains(&meeting))
    }
}

pub(crate) fn check(
    council: &Council,
    meetings: &[(usize, &Meeting)],
    handled: &[Handled],
    referenced: &[Referenced],
    today: NaiveDate,
    findings: &mut Vec<Finding>,
) {
    let archive = Index::new(meetings, handled, referenced);
    for &(index, meeting) in meetings {
        let found = outcomes(meeting);
        for (at, item, follow_up) in &found.follow_ups {
            let closings = archive.closings(council, (index, meeting, *item), follow_up);
            check_closed_by(index, meeting, at, follow_up, &closings, findings);
            let open = follow_up.status == FollowUpStatus::Open && closings.is_empty();
            check_due(index, meeting, at, (follow_up, open), today, findings);
            if let (Some(due), Some(origin)) =
                (&follow_up.due, archive.item_key.get(&(index, *item)))
            {
                check_promised_meeting(index, meeting, at, due, origin, &archive, findings);
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
                archive
                    .item_key
                    .get(&(index, *item))
                    .copied()
                    .into_iter()
                    .collect()
            };
            for key in keys {
                check_postponed_returns(index, meeting, at, key, &archive, findings);
            }
        }
    }
    check_archive_references(handled, referenced, findings);
}

/// A `closed_by` names a case the meetings given handle, and one not older than the
/// decision that made the promise.
fn check_closed_by(
    index: usize,
    meeting: &Meeting,
    at: &[PathSegment],
    follow_up: &FollowUp,
    closings: &[Closing],
    findings: &mut Vec<Finding>,
) {
    let Some(text) = &follow_up.closed_by else {
        return;
    };
    let path = crate::council::extend(at, "closed_by");
    let named = closings.iter().find(|c| c.number.as_ref() == Some(text));
    match named.and_then(|c| c.date) {
        None => findings.push(
            Finding::meeting(Code::FollowupClosedByUnknown, index, path)
                .param("closed_by", text.as_str()),
        ),
        Some(date) if date < meeting.date => findings.push(
            Finding::meeting(Code::FollowupClosedBeforeDecided, index, path)
                .param("closed_by", text.as_str())
                .param("closed", date.to_string())
                .param("date", meeting.date.to_string()),
        ),
        Some(_) => {}
    }
}

/// A follow-up is not due before it was decided, and an open one past its date is overdue.
fn check_due(
    index: usize,
    meeting: &Meeting,
    at: &[PathSegment],
    (follow_up, open): (&FollowUp, bool),
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
    } else if open && deadline < today {
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
fn check_promised_meeting(
    index: usize,
    meeting: &Meeting,
    at: &[PathSegment],
    due: &Due,
    origin: &CaseKey,
    archive: &Index<'_>,
    findings: &mut Vec<Finding>,
) {
    let target = match due {
        Due::Meeting { body, date } => archive
            .by_body
            .get(body.as_str())
            .and_then(|list| list.iter().find(|(d, _)| d == date))
            .map(|(_, i)| *i),
        Due::NextMeeting { body } => {
            let next = archive.later(body, meeting.date).first().map(|(_, n)| *n);
            // The meeting the numbers must continue from: the origin itself within its own
            // body, else the other body's last meeting up to the origin's date.
            let (before, runs) = if *body == meeting.body {
                (Some(index), vec![origin.run()])
            } else {
                let earlier = archive.up_to(body, meeting.date).last().map(|(_, n)| *n);
                let runs = earlier
                    .and_then(|e| archive.runs_of.get(&e))
                    .cloned()
                    .unwrap_or_default();
                (earlier, runs)
            };
            next.zip(before).and_then(|(next, before)| {
                runs.iter()
                    .any(|run| {
                        let last = archive.range.get(&(before, run.clone())).map(|r| r.1);
                        let first = archive.range.get(&(next, run.clone())).map(|r| r.0);
                        last.zip(first).is_some_and(|(l, f)| f == l + 1)
                    })
                    .then_some(next)
            })
        }
        _ => None,
    };
    let Some(target) = target else { return };
    if !archive.taken_up(origin, target) {
        let date = archive
            .date_of
            .get(&target)
            .map(|d| d.to_string())
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
fn check_postponed_returns(
    index: usize,
    meeting: &Meeting,
    at: &[PathSegment],
    key: &CaseKey,
    archive: &Index<'_>,
    findings: &mut Vec<Finding>,
) {
    let later = archive.later(&key.body, meeting.date);
    if later.is_empty() {
        return;
    }
    let returns = later.iter().any(|(_, m)| archive.taken_up(key, *m));
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
    let runs: HashSet<_> = handled.iter().map(|h| h.key.run()).collect();
    let known: HashSet<&CaseKey> = handled.iter().map(|h| &h.key).collect();
    for r in referenced {
        let Some(key) = &r.key else { continue };
        if runs.contains(&key.run()) && !known.contains(key) {
            findings.push(
                Finding::meeting(Code::ReferenceNotInArchive, r.meeting, r.path.clone())
                    .param("body", key.body.as_str()),
            );
        }
    }
    let mut edges: HashMap<&CaseKey, Vec<&CaseKey>> = HashMap::new();
    for r in referenced {
        if let (Some(from), Some(to)) = (&r.within, &r.key) {
            if known.contains(to) && from != to {
                edges.entry(from).or_default().push(to);
            }
        }
    }
    // An edge lies on a cycle exactly when both its ends are in one strongly connected
    // component: one pass over the graph, whatever its size.
    let component = components(&edges);
    for r in referenced {
        if let (Some(from), Some(to)) = (&r.within, &r.key) {
            let circular = component
                .get(from)
                .is_some_and(|c| component.get(to) == Some(c));
            if from != to && known.contains(to) && circular {
                findings.push(Finding::meeting(
                    Code::ReferenceCycle,
                    r.meeting,
                    r.path.clone(),
                ));
            }
        }
    }
}

/// The strongly connected component of every node (Tarjan's algorithm, without recursion so
/// that long chains of references cannot exhaust the stack). The nodes are taken in sorted
/// order, so the numbering of the components does not depend on the map's.
fn components<'k>(edges: &HashMap<&'k CaseKey, Vec<&'k CaseKey>>) -> HashMap<&'k CaseKey, usize> {
    let mut nodes: Vec<&CaseKey> = edges
        .keys()
        .copied()
        .chain(edges.values().flatten().copied())
        .collect();
    nodes.sort();
    nodes.dedup();
    let id: HashMap<&CaseKey, usize> = nodes.iter().enumerate().map(|(i, k)| (*k, i)).collect();
    let next: Vec<Vec<usize>> = nodes
        .iter()
        .map(|k| {
            edges
                .get(k)
                .into_iter()
                .flatten()
                .filter_map(|t| id.get(t).copied())
                .collect()
        })
        .collect();
    let n = nodes.len();
    let (mut order, mut low, mut on_stack) = (vec![usize::MAX; n], vec![0; n], vec![false; n]);
    let (mut stack, mut component, mut counter, mut components) =
        (Vec::new(), vec![usize::MAX; n], 0, 0);
    for start in 0..n {
        if order[start] != usize::MAX {
            continue;
        }
        // Each frame: a node and how many of its edges have been followed.
        let mut frames = vec![(start, 0usize)];
        order[start] = counter;
        low[start] = counter;
        counter += 1;
        stack.push(start);
        on_stack[start] = true;
        while let Some(&mut (node, ref mut edge)) = frames.last_mut() {
            if let Some(&target) = next[node].get(*edge) {
                *edge += 1;
                if order[target] == usize::MAX {
                    order[target] = counter;
                    low[target] = counter;
                    counter += 1;
                    stack.push(target);
                    on_stack[target] = true;
                    frames.push((target, 0));
                } else if on_stack[target] {
                    low[node] = low[node].min(order[target]);
                }
                continue;
            }
            frames.pop();
            if let Some(&(parent, _)) = frames.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == order[node] {
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component[member] = components;
                    if member == node {
                        break;
                    }
                }
                components += 1;
            }
        }
    }
    nodes.into_iter().zip(component).collect()
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

/// A case that closed a follow-up.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Closing {
    /// The case's number as written: the follow-up's `closed_by`, or the number of the
    /// item whose reference closes the follow-up's case.
    pub number: Option<String>,
    /// The date of the meeting that handled the case, where the meetings given hold it.
    pub date: Option<NaiveDate>,
    pub body: Option<String>,
    pub title: Option<String>,
}

/// One follow-up: open, or closed by later cases.
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
    pub status: FollowUpStatus,
    /// The cases that closed it (its `closed_by`, and later cases that close its case);
    /// empty for the open ones.
    pub closed_by: Vec<Closing>,
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
    /// The open follow-ups.
    pub groups: Vec<RegisterGroup>,
    /// The follow-ups closed by a case, or marked done or dropped, by when they were
    /// decided, then in the order of the minutes.
    pub closed: Vec<RegisterEntry>,
}

/// Every open follow-up decided in `meetings` by `as_of`, grouped by responsible and body,
/// overdue first, each with its origin and the later cases that took it up; and apart from
/// them those closed: done, dropped, or closed by a case (`closed_by`, or a later case's
/// `closes` reference to the follow-up's case).
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
    let archive = Index::new(&indexed, &handled, &referenced);
    // Looked up per follow-up: the references to each case.
    let mut references_to: HashMap<&CaseKey, Vec<&Referenced>> = HashMap::new();
    for r in &referenced {
        if let Some(key) = &r.key {
            references_to.entry(key).or_default().push(r);
        }
    }
    let mut groups: BTreeMap<(String, String), Vec<RegisterEntry>> = BTreeMap::new();
    let mut closed = Vec::new();
    for &(index, meeting) in &indexed {
        for (_, item, follow_up) in outcomes(meeting).follow_ups {
            // A postponed follow-up is neither open nor closed: it waits for its case.
            if follow_up.status == FollowUpStatus::Postponed {
                continue;
            }
            let closed_by = archive.closings(council, (index, meeting, item), follow_up);
            let open = follow_up.status == FollowUpStatus::Open && closed_by.is_empty();
            let agenda_item = &meeting.agenda[item];
            let key = archive.item_key.get(&(index, item)).copied();
            let history = key.map_or_else(Vec::new, |key| {
                references_to
                    .get(key)
                    .into_iter()
                    .flatten()
                    .filter(|r| r.date > meeting.date)
                    .filter_map(|r| {
                        let later = *archive.meeting_at.get(&r.meeting)?;
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
                overdue: open && deadline.is_some_and(|d| d < as_of),
                history,
                status: follow_up.status,
                closed_by,
            };
            if open {
                groups
                    .entry((follow_up.responsible.join(", "), meeting.body.clone()))
                    .or_default()
                    .push(entry);
            } else {
                closed.push(entry);
            }
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
    closed.sort_by_key(|e| (e.origin.date, e.origin.meeting));
    Register {
        as_of,
        groups,
        closed,
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case_number::CaseNumber;

    fn key(n: u32) -> CaseKey {
        let number: CaseNumber = format!("KDU {n}/23").parse().unwrap();
        CaseKey::of(&number, "kdu", NaiveDate::from_ymd_opt(2023, 1, 1).unwrap())
    }

    #[test]
    fn components_find_circles_inside_long_chains() {
        // 1 ← 2 ← … ← 5000 (a chain), and 10 → 11 → 12 → 10 (a circle).
        let keys: Vec<CaseKey> = (1..=5000).map(key).collect();
        let mut edges: HashMap<&CaseKey, Vec<&CaseKey>> = HashMap::new();
        for pair in keys.windows(2) {
            edges.entry(&pair[1]).or_default().push(&pair[0]);
        }
        edges.entry(&keys[9]).or_default().push(&keys[10]);
        edges.entry(&keys[10]).or_default().push(&keys[11]);
        edges.entry(&keys[11]).or_default().push(&keys[9]);
        let component = components(&edges);
        let circle = component[&keys[9]];
        assert_eq!(component[&keys[10]], circle);
        assert_eq!(component[&keys[11]], circle);
        assert_ne!(component[&keys[8]], circle);
        assert_ne!(component[&keys[12]], circle);
        assert_ne!(component[&keys[0]], component[&keys[1]]);
    }
}
