//! What the words of a decision say: its kind, whether it was unanimous, the votes, the body
//! a case is sent to; and the follow-ups it creates, with who and by when.
//!
//! The rules are written down in `fixtures/README.md` ("How minutes are read").

use chrono::NaiveDate;

use crate::decision::{Decision, DecisionKind, Due, FollowUp, Votes};
use crate::minutes::dates::{find_dates, Towards};
use crate::minutes::names::Resolver;
use crate::minutes::text::{find_word, has_word, lower, sentences};

/// Whether an item's title says it approves the notice, agenda or earlier minutes.
pub(crate) fn is_approval_title(title: &str) -> bool {
    let t = lower(title);
    t.starts_with("godkjenning") || t.starts_with("godkjenne")
}

/// The decision an item's words make, classified.
pub(crate) fn decision(text: String, item_title: &str, resolver: &Resolver) -> Decision {
    let lower_text = lower(&text);
    let first = sentences(&lower_text)
        .first()
        .map_or(String::new(), |s| (*s).to_owned());
    let mut referred_to = None;
    // Approving the notice, agenda or minutes; approving accounts or a plan is substantive.
    let approves_minutes = [
        "referat",
        "protokoll",
        "innkalling",
        "sakliste",
        "saksliste",
        "godkjent",
    ]
    .iter()
    .any(|w| first.starts_with(w))
        && first.contains("godkj");
    let kind = if is_approval_title(item_title) || approves_minutes {
        DecisionKind::Approval
    } else if is_postponement(&lower_text) {
        DecisionKind::Postponed
    } else if let Some(body) = referral(&lower_text, resolver) {
        referred_to = Some(body);
        DecisionKind::Referral
    } else if first.contains("til orientering") || starts_with_orienting(&first) {
        DecisionKind::Noted
    } else if ["velges", "valgt", "oppnevnes", "oppnevnt", "representerer"]
        .iter()
        .any(|w| has_word(&lower_text, w))
    {
        DecisionKind::Election
    } else {
        DecisionKind::Substantive
    };
    Decision {
        kind,
        unanimous: has_word(&lower_text, "enstemmig").then_some(true),
        votes: votes(&lower_text).map(|v| Votes {
            decided_by_lot: decided_by_lot(&text, &lower_text),
            ..v
        }),
        referred_to,
        text,
    }
}

/// "Utsettes", "Saken utsettes.": the whole decision is to postpone.
pub(crate) fn is_postponement(lower_text: &str) -> bool {
    let t = lower_text.trim().trim_end_matches('.');
    matches!(
        t,
        "utsettes" | "saken utsettes" | "utsatt" | "saken er utsatt" | "saken ble utsatt"
    )
}

/// "Daglig leder orienterte …", "Mons Otnes orienterer …".
fn starts_with_orienting(first: &str) -> bool {
    first
        .split_whitespace()
        .take(4)
        .any(|w| w.starts_with("orienter"))
}

/// "sender saken til AU", "saken oversendes regionrådet": the body a case goes to.
fn referral(lower_text: &str, resolver: &Resolver) -> Option<String> {
    for phrase in [
        "sender saken til ",
        "oversender saken til ",
        "saken sendes til ",
        "saken oversendes ",
    ] {
        if let Some(at) = lower_text.find(phrase) {
            let rest = &lower_text[at + phrase.len()..];
            let word: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '-')
                .collect();
            if let Some(body) = resolver.body_named(&word) {
                return Some(body.id.clone());
            }
            if resolver.council.is_none() && !word.is_empty() {
                return Some(word);
            }
        }
    }
    None
}

/// "vedtatt med 7 mot 2 stemmer", "7 stemmer for, 2 mot".
fn votes(lower_text: &str) -> Option<Votes> {
    let at = lower_text.find(" mot ")?;
    let before: String = lower_text[..at]
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let after: String = lower_text[at + 5..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let (in_favour, against) = (before.parse().ok()?, after.parse().ok()?);
    let rest = &lower_text[at + 5 + after.len()..];
    let blank = rest
        .find(" blank")
        .and_then(|b| {
            let digits: String = rest[..b]
                .chars()
                .rev()
                .take_while(char::is_ascii_digit)
                .collect();
            digits.chars().rev().collect::<String>().parse().ok()
        })
        .unwrap_or(0);
    Some(Votes {
        in_favour,
        against,
        blank,
        chair_casting_vote: lower_text.contains("dobbeltstemme"),
        ..Votes::default()
    })
}

/// Who drew the lot that settled a tie ("avgjort ved loddtrekning, foretatt av Kari Vik"),
/// as the text writes it; empty where it says a lot was drawn but not by whom.
fn decided_by_lot(text: &str, lower_text: &str) -> Option<String> {
    let at = ["loddtrekning", "loddtrekking", "ved lodd"]
        .iter()
        .find_map(|w| lower_text.find(w))?;
    let rest = &lower_text[at..];
    let name = [
        " foretatt av ",
        " trukket av ",
        " trekt av ",
        " gjennomført av ",
    ]
    .iter()
    .find_map(|w| rest.find(w).map(|i| at + i + w.len()))
    .map(|from| {
        let tail = &lower_text[from..];
        let end = from + tail.find(['.', ',', ';', '\n']).unwrap_or(tail.len());
        // The name as written, where lower-casing kept the positions.
        let same = lower_text.len() == text.len() && text.is_char_boundary(from);
        let written = if same { text.get(from..end) } else { None };
        written.unwrap_or(&lower_text[from..end]).trim().to_owned()
    });
    Some(name.unwrap_or_default())
}

/// Sentences that begin an action.
const OPENERS: [&str; 13] = [
    "det utarbeides",
    "det avklares",
    "det vurderes",
    "det sendes",
    "det settes ned",
    "det lages",
    "det opprettes",
    "saken utredes",
    "saken legges fram",
    "saken behandles",
    "saken settes opp",
    "saken tas opp",
    "frist ",
];

/// Phrases that make a sentence an action wherever they stand.
const MARKERS: [&str; 9] = [
    "følger opp",
    "følges opp",
    "legges fram for",
    "til neste møte",
    "på neste møte",
    "med neste møte",
    "neste møte i ",
    " innen ",
    " samordner ",
];

fn is_action(sentence: &str) -> bool {
    let s = lower(sentence);
    if OPENERS.iter().any(|o| s.starts_with(o)) {
        return true;
    }
    // "vedtak … vil måtte følges opp av kommunene" describes, it does not decide.
    MARKERS.iter().any(|m| s.contains(m)) && !s.contains("måtte følges opp")
}

/// The units follow-ups are taken from: each list point, else each sentence.
fn units(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for paragraph in text.split("\n\n") {
        for line_group in group_points(paragraph) {
            if let Some(point) = line_group.strip_prefix("- ") {
                out.push(point.to_owned());
            } else {
                out.extend(sentences(&line_group).into_iter().map(str::to_owned));
            }
        }
    }
    out
}

/// A paragraph as its list points (each "- " line) and its runs of other lines.
fn group_points(paragraph: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in paragraph.lines() {
        if line.starts_with("- ") || out.last().is_none_or(|l: &String| l.starts_with("- ")) {
            out.push(line.to_owned());
        } else if let Some(last) = out.last_mut() {
            last.push(' ');
            last.push_str(line);
        }
    }
    out
}

/// The follow-ups in a decision's or a discussion's text.
pub(crate) fn follow_ups(
    text: &str,
    resolver: &Resolver,
    meeting_body: &str,
    meeting_date: Option<NaiveDate>,
) -> Vec<FollowUp> {
    units(text)
        .into_iter()
        .filter(|unit| {
            let mut parts = sentences(unit);
            if parts.is_empty() {
                parts.push(unit);
            }
            parts.iter().any(|s| is_action(s))
        })
        .map(|unit| FollowUp {
            responsible: responsible(&unit),
            due: due(&unit, resolver, meeting_body, meeting_date),
            status: Default::default(),
            closed_by: None,
            action: unit,
        })
        .collect()
}

/// Verbs whose subject, at the start of a sentence, is who follows up.
const DOERS: [&str; 8] = [
    " følger opp",
    " utarbeider",
    " samordner",
    " er i dialog",
    " ber om",
    " har ansvar",
    " tar ansvar",
    " utreder",
];

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Who the unit names as doing it: the subject of a doing verb, "i samarbeid med X",
/// "bistår X", "bestående av A og B"; in the order written.
fn responsible(unit: &str) -> Vec<String> {
    let mut found: Vec<(usize, String)> = Vec::new();
    let mut offset = 0;
    for sentence in sentences(unit) {
        let at = unit[offset..].find(sentence).map_or(offset, |i| offset + i);
        offset = at + sentence.len();
        for verb in DOERS {
            if let Some(v) = sentence.find(verb) {
                let subject = &sentence[..v];
                let words: Vec<&str> = subject.split_whitespace().collect();
                if (1..=3).contains(&words.len()) && words.iter().all(|w| capitalised(w)) {
                    found.push((at, subject.trim().to_owned()));
                }
            }
        }
        let lower_sentence = lower(sentence);
        if let Some(p) = lower_sentence.find("i samarbeid med ") {
            let rest = &sentence[p + "i samarbeid med ".len()..];
            let name = rest.split(['.', ',', ';']).next().unwrap_or("").trim();
            if !name.is_empty() {
                found.push((at + p, name.to_owned()));
            }
        }
        if let Some(p) = find_word(&lower_sentence, "bistår", 0) {
            let rest = &sentence[p + "bistår ".len().min(sentence.len() - p)..];
            if let Some(word) = rest.split_whitespace().next() {
                found.push((
                    at + p,
                    word.trim_matches(|c: char| !c.is_alphanumeric()).to_owned(),
                ));
            }
        }
        if let Some(p) = lower_sentence.find("bestående av ") {
            let rest = sentence[p + "bestående av ".len()..].trim_end_matches('.');
            for (k, name) in rest
                .split(", ")
                .flat_map(|part| part.split(" og "))
                .enumerate()
            {
                let name = name.trim();
                if !name.is_empty() {
                    found.push((at + p + k + 1, name.to_owned()));
                }
            }
        }
    }
    found.sort_by_key(|(at, _)| *at);
    let mut out: Vec<String> = Vec::new();
    for (_, name) in found {
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// When the unit says it is due.
fn due(
    unit: &str,
    resolver: &Resolver,
    meeting_body: &str,
    meeting_date: Option<NaiveDate>,
) -> Option<Due> {
    let lower_unit = lower(unit);
    let date_after = |from: usize| -> Option<NaiveDate> {
        let anchor = meeting_date?;
        let found = find_dates(unit.get(from..)?);
        let first = found.first()?;
        // Only a date that follows closely: "for KDU 30. april", "møte ( 3. desember)".
        if unit[from..from + first.start].chars().count() > 40 {
            return None;
        }
        first.resolve(anchor, Towards::Future)
    };
    let body_word = |from: usize| -> Option<String> {
        let word: String = unit
            .get(from..)?
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '-')
            .collect();
        match resolver.body_named(&word) {
            Some(b) => Some(b.id.clone()),
            None if resolver.council.is_none() && !word.is_empty() => Some(lower(&word)),
            None => None,
        }
    };
    for phrase in ["legges fram for ", "behandles i "] {
        if let Some(at) = lower_unit.find(phrase) {
            let from = at + phrase.len();
            if let (Some(body), Some(date)) = (body_word(from), date_after(from)) {
                return Some(Due::Meeting { body, date });
            }
        }
    }
    if let Some(at) = lower_unit.find("neste møte") {
        let from = at + "neste møte".len();
        let named = lower_unit[from..]
            .strip_prefix(" i ")
            .and_then(|_| body_word(from + 3));
        let body = named.unwrap_or_else(|| meeting_body.to_owned());
        let in_brackets = lower_unit[from..].trim_start().starts_with('(');
        return Some(match date_after(from).filter(|_| in_brackets) {
            Some(date) => Due::Meeting { body, date },
            None => Due::NextMeeting { body },
        });
    }
    if let Some(at) = lower_unit.find(" innen ") {
        if let Some(date) = date_after(at + " innen ".len()) {
            return Some(Due::Date { date });
        }
    }
    if lower_unit.starts_with("frist") {
        if let Some(date) = date_after(0) {
            return Some(Due::Date { date });
        }
    }
    if let Some(at) = lower_unit.find("før årets ") {
        let text: String = unit[at..]
            .split(['.', ',', ';'])
            .next()
            .unwrap_or("")
            .trim()
            .to_owned();
        return Some(Due::Period { text, latest: None });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn none() -> Resolver<'static> {
        Resolver {
            council: None,
            date: NaiveDate::from_ymd_opt(2021, 11, 5),
            body: None,
        }
    }

    #[test]
    fn kinds() {
        let r = none();
        let kind = |text: &str, title: &str| decision(text.to_owned(), title, &r).kind;
        assert_eq!(
            kind("Referat godkjent", "Godkjenning referat"),
            DecisionKind::Approval
        );
        assert_eq!(kind("Saken tas til orientering.", "X"), DecisionKind::Noted);
        assert_eq!(
            kind("Daglig leder orienterte kort.", "X"),
            DecisionKind::Noted
        );
        assert_eq!(kind("Utsettes", "X"), DecisionKind::Postponed);
        assert_eq!(kind("Ola velges som leder.", "X"), DecisionKind::Election);
        assert_eq!(
            kind("Utvalget sender saken til AU for behandling.", "X"),
            DecisionKind::Referral
        );
        assert_eq!(kind("Planen vedtas.", "X"), DecisionKind::Substantive);
    }

    #[test]
    fn votes_and_unanimity() {
        let r = none();
        let d = decision("Vedtatt med 7 mot 2 stemmer, 1 blank.".to_owned(), "X", &r);
        let v = d.votes.unwrap();
        assert_eq!((v.in_favour, v.against, v.blank), (7, 2, 1));
        assert_eq!(
            decision("Enstemmig vedtatt.".to_owned(), "X", &r).unanimous,
            Some(true)
        );
    }

    #[test]
    fn follow_ups_with_who_and_when() {
        let r = none();
        let found = follow_ups(
            "Utkast er sendt. Ingjerd samordner innspill innen 15. november. Frist innspill til Astad er 9. november.",
            &r,
            "kdu",
            NaiveDate::from_ymd_opt(2021, 11, 5),
        );
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].responsible, vec!["Ingjerd"]);
        assert_eq!(
            found[0].due,
            Some(Due::Date {
                date: NaiveDate::from_ymd_opt(2021, 11, 15).unwrap()
            })
        );
        assert_eq!(
            found[1].due,
            Some(Due::Date {
                date: NaiveDate::from_ymd_opt(2021, 11, 9).unwrap()
            })
        );
        let next = follow_ups("Saken utredes til neste møte i KDU.", &r, "kdu", None);
        assert_eq!(
            next[0].due,
            Some(Due::NextMeeting {
                body: "kdu".to_owned()
            })
        );
        let described = follow_ups("Vedtak vil måtte følges opp av kommunene.", &r, "kdu", None);
        assert!(described.is_empty());
    }
}
