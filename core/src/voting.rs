//! Votes and the way items are decided: counts that agree, a majority of the votes cast,
//! ties, blank votes, "enstemmig", written procedure, and remote meetings.

use crate::council::{BodyKind, Council};
use crate::decision::{Decision, DecisionKind, Vote};
use crate::disqualification::Basis;
use crate::findings::{Code, Finding, PathSegment};
use crate::meeting::{AgendaItem, Meeting, Procedure};
use crate::path;
use crate::quorum::ItemPresence;

pub(crate) fn check(
    council: &Council,
    index: usize,
    meeting: &Meeting,
    present: &[ItemPresence],
    findings: &mut Vec<Finding>,
) {
    let Some(body) = council.body(&meeting.body) else {
        return;
    };
    for (i, item) in meeting.agenda.iter().enumerate() {
        let at = path!["agenda", i, "decision"];
        if let Some(decision) = &item.decision {
            let here = present.get(i);
            check_votes(body.seats, item, decision, here, index, &at, findings);
            check_special_majority(body, item, decision, index, &at, findings);
            if meeting.procedure == Procedure::Written {
                check_written_assent(body, meeting, decision, index, &at, findings);
            } else if let Some(here) = here {
                check_everyone_voted(item, decision, here, index, &at, findings);
            }
        }
        for (j, sub) in item.sub_items.iter().enumerate() {
            if let Some(decision) = &sub.decision {
                let at = path!["agenda", i, "sub_items", j, "decision"];
                check_votes(body.seats, item, decision, None, index, &at, findings);
            }
        }
    }
    check_remote(council, body.kind, index, meeting, findings);
}

fn extend(base: &[PathSegment], field: &str) -> Vec<PathSegment> {
    crate::council::extend(base, field)
}

fn is_election(item: &AgendaItem, decision: &Decision) -> bool {
    decision.kind == DecisionKind::Election
        || item.subject == Some(crate::meeting::Subject::Election)
}

/// Members present when a case is put to the vote must vote (§ 8-1 second paragraph); only
/// in elections and appointments may they vote blank, so there the count is not held to it.
fn check_everyone_voted(
    item: &AgendaItem,
    decision: &Decision,
    present: &ItemPresence,
    index: usize,
    at: &[PathSegment],
    findings: &mut Vec<Finding>,
) {
    let Some(votes) = &decision.votes else {
        return;
    };
    let cast = votes
        .in_favour
        .saturating_add(votes.against)
        .saturating_add(votes.blank);
    let there = present.present_voting.len() as u32;
    if cast > 0 && cast < there && !is_election(item, decision) {
        findings.push(
            Finding::meeting(Code::VoteFewerThanPresent, index, extend(at, "votes"))
                .param("votes", cast)
                .param("present", there),
        );
    }
}

fn check_votes(
    seats: u32,
    item: &AgendaItem,
    decision: &Decision,
    present: Option<&ItemPresence>,
    index: usize,
    at: &[PathSegment],
    findings: &mut Vec<Finding>,
) {
    let Some(votes) = &decision.votes else {
        return;
    };
    let votes_at = extend(at, "votes");
    let election = is_election(item, decision);
    if !votes.named.is_empty() {
        let count = |v: Vote| votes.named.iter().filter(|n| n.vote == v).count() as u32;
        let named = (count(Vote::For), count(Vote::Against), count(Vote::Blank));
        if named != (votes.in_favour, votes.against, votes.blank) {
            findings.push(
                Finding::meeting(Code::VoteNamedMismatch, index, extend(&votes_at, "named"))
                    .param("named", format!("{}–{}–{}", named.0, named.1, named.2))
                    .param(
                        "counted",
                        format!("{}–{}–{}", votes.in_favour, votes.against, votes.blank),
                    ),
            );
        }
    }
    let cast = votes
        .in_favour
        .saturating_add(votes.against)
        .saturating_add(votes.blank);
    let limit = present
        .map_or(seats, |p| {
            (p.present_voting.len() + p.uncertain.len()) as u32
        })
        .min(seats);
    if cast > limit {
        findings.push(
            Finding::meeting(Code::VoteMoreThanPresent, index, votes_at.clone())
                .param("votes", cast)
                .param("present", limit),
        );
    }
    if votes.blank > 0 && !election {
        findings.push(
            Finding::meeting(Code::VoteBlankNotAllowed, index, extend(&votes_at, "blank"))
                .param("blank", votes.blank),
        );
    }
    if decision.unanimous == Some(true) && (votes.against > 0 || votes.blank > 0) {
        findings.push(
            Finding::meeting(
                Code::VoteUnanimousContradicted,
                index,
                extend(at, "unanimous"),
            )
            .param("against", votes.against)
            .param("blank", votes.blank),
        );
    }
    // Only decisions that passed are held to a majority: a postponement needs none.
    if matches!(decision.kind, DecisionKind::Postponed) || cast == 0 {
        return;
    }
    if votes.in_favour == votes.against {
        match (election, votes.chair_casting_vote) {
            (true, true) => findings.push(Finding::meeting(
                Code::VoteCastingVoteInElection,
                index,
                extend(&votes_at, "chair_casting_vote"),
            )),
            // An election tie settled by lot, as the minutes record it, is as it should be.
            (true, false) if votes.decided_by_lot.is_some() => {}
            (true, false) => findings.push(Finding::meeting(
                Code::VoteElectionTie,
                index,
                votes_at.clone(),
            )),
            (false, false) => findings.push(
                Finding::meeting(Code::VoteTieWithoutCastingVote, index, votes_at.clone())
                    .param("votes", votes.in_favour),
            ),
            (false, true) => {}
        }
    } else if votes.in_favour < votes.against {
        findings.push(
            Finding::meeting(Code::VoteNoMajority, index, votes_at)
                .param("for", votes.in_favour)
                .param("against", votes.against),
        );
    }
}

/// A council's rule that some subjects need a qualified majority of the votes cast.
fn check_special_majority(
    body: &crate::council::Body,
    item: &AgendaItem,
    decision: &Decision,
    index: usize,
    at: &[PathSegment],
    findings: &mut Vec<Finding>,
) {
    let (Some(subject), Some(votes)) = (item.subject, &decision.votes) else {
        return;
    };
    for rule in body
        .special_rules
        .iter()
        .filter(|r| r.subjects.contains(&subject))
    {
        let Some([numerator, denominator]) = rule.votes_cast else {
            continue;
        };
        let cast = u64::from(votes.in_favour) + u64::from(votes.against);
        if u64::from(votes.in_favour) * u64::from(denominator) < u64::from(numerator) * cast {
            findings.push(
                Finding::meeting(
                    Code::VoteQualifiedMajorityNotMet,
                    index,
                    extend(at, "votes"),
                )
                .param("for", votes.in_favour)
                .param("cast", cast)
                .param("needed", format!("{numerator}/{denominator}"))
                .param("source", rule.source.clone().unwrap_or_default()),
            );
        }
    }
}

/// In written procedure a proposal passes only if every member agrees (§ 11-8).
fn check_written_assent(
    body: &crate::council::Body,
    meeting: &Meeting,
    decision: &Decision,
    index: usize,
    at: &[PathSegment],
    findings: &mut Vec<Finding>,
) {
    let members = body
        .members
        .iter()
        .filter(|m| m.voting && m.term.covers(meeting.date))
        .count() as u32;
    let assent = decision
        .votes
        .as_ref()
        .is_some_and(|v| v.in_favour >= members && v.against == 0 && v.blank == 0);
    if !assent {
        findings.push(
            Finding::meeting(Code::VoteWrittenProcedureWithoutAssent, index, at.to_vec())
                .param("members", members)
                .param("for", decision.votes.as_ref().map_or(0, |v| v.in_favour)),
        );
    }
}

/// Remote meetings need the council's authorisation, and never handle an item that must be
/// closed under § 11-5 second paragraph (§ 11-7).
fn check_remote(
    council: &Council,
    kind: BodyKind,
    index: usize,
    meeting: &Meeting,
    findings: &mut Vec<Finding>,
) {
    let remote_attendee = meeting
        .attendance
        .iter()
        .position(|a| a.remote == Some(true));
    let remote = meeting.remote || remote_attendee.is_some();
    if !remote || kind != BodyKind::Elected || meeting.procedure == Procedure::Written {
        return;
    }
    if !council.remote_meetings_authorised {
        let at = match (meeting.remote, remote_attendee) {
            (false, Some(i)) => path!["attendance", i, "remote"],
            _ => path!["remote"],
        };
        findings.push(Finding::meeting(
            Code::MeetingRemoteNotAuthorised,
            index,
            at,
        ));
    }
    for (i, item) in meeting.agenda.iter().enumerate() {
        if item.closed.as_ref().is_some_and(|c| c.mandatory) {
            findings.push(Finding::meeting(
                Code::MeetingRemoteClosedItem,
                index,
                path!["agenda", i, "closed"],
            ));
        }
    }
}

/// What the minutes of an elected body must record (§ 11-4).
pub(crate) fn check_completeness(
    council: &Council,
    index: usize,
    meeting: &Meeting,
    findings: &mut Vec<Finding>,
) {
    let Some(body) = council.body(&meeting.body) else {
        return;
    };
    for (i, item) in meeting.agenda.iter().enumerate() {
        // These hold for every body: a legal basis is owed whenever one is claimed.
        if let Some(closed) = &item.closed {
            if closed.legal_basis.trim().is_empty() {
                findings.push(Finding::meeting(
                    Code::MinutesClosedWithoutLegalBasis,
                    index,
                    path!["agenda", i, "closed", "legal_basis"],
                ));
            }
        }
        for (j, d) in item.disqualified.iter().enumerate() {
            let Basis::Other { text } = &d.legal_basis else {
                continue;
            };
            let at = path!["agenda", i, "disqualified", j, "legal_basis"];
            let finding = if text.trim().is_empty() {
                Finding::meeting(Code::MinutesDisqualificationWithoutLegalBasis, index, at)
            } else {
                Finding::meeting(Code::MinutesDisqualificationBasisUnknown, index, at)
                    .param("legal_basis", text.as_str())
            };
            findings.push(finding.param("name", d.name.as_str()));
        }
    }
    if body.kind != BodyKind::Elected {
        return;
    }
    if meeting.procedure == Procedure::Meeting {
        if meeting.start_time.is_none() {
            findings.push(Finding::meeting(
                Code::MinutesMissingTime,
                index,
                path!["start_time"],
            ));
        }
        if meeting.place.as_deref().is_none_or(|p| p.trim().is_empty()) {
            findings.push(Finding::meeting(
                Code::MinutesMissingPlace,
                index,
                path!["place"],
            ));
        }
    }
    for member in body
        .members
        .iter()
        .filter(|m| m.voting && m.term.covers(meeting.date))
    {
        // A member for whom a substitute met is recorded as absent by that line.
        let recorded = meeting.attendance.iter().any(|a| {
            std::iter::once(a.name.as_str())
                .chain(a.substitute_for.as_deref())
                .any(|name| crate::council::names_match(&member.name, &member.aliases, name))
        });
        if !recorded {
            findings.push(
                Finding::meeting(Code::MinutesMemberNotRecorded, index, path!["attendance"])
                    .param("name", member.name.as_str()),
            );
        }
    }
    for (i, item) in meeting.agenda.iter().enumerate() {
        match &item.decision {
            None => findings.push(Finding::meeting(
                Code::MinutesMissingDecision,
                index,
                path!["agenda", i],
            )),
            Some(decision) => {
                let needs_result = !matches!(decision.kind, DecisionKind::Noted);
                if needs_result && decision.votes.is_none() && decision.unanimous != Some(true) {
                    findings.push(Finding::meeting(
                        Code::MinutesMissingVotingResult,
                        index,
                        path!["agenda", i, "decision"],
                    ));
                }
            }
        }
    }
}
