//! The record lines of written minutes: what a meeting holds that the words of its minutes
//! need not say — votes, the kind of a decision, a closed item, its subject and day,
//! disqualifications, follow-ups and references stated outright, written procedure. The
//! writer writes a line only where reading the words would not give the same; the reader
//! takes what a line says over what it would make of the words.
//!
//! ```text
//! Votering: enstemmig; 7 for, 2 mot, 1 blank; dobbeltstemme; for: A, B; mot: C  (or: ikke ført)
//! Vedtakstype: oversendelse til au
//! Lukket (må lukkes): kommuneloven § 11-5 (2) a
//! Gjelder: budsjett
//! Behandlet dag: 2
//! Saksnummer: KDU /23          (under a heading «Sak: …» when the number is not one)
//! Inhabil: Ola Nordmann (forvaltningsloven § 6 første ledd a)
//! Oppfølgingspunkter:
//! - Sekretariatet følger opp | ansvar: Kari; AU | frist: møte i au 2022-08-26 | status: utført | lukket av: AU 3/22
//! Referanser:
//! - KDU 3/21 | organ: kdu | type: oppfølging av | tittel: Budsjett | vedtatt: 2021-02-12
//! Behandlingsmåte: skriftlig      (or: i møte; where the heading does not say which)
//! Møteform: fjernmøte           (or: fysisk møte; where the place does not say which)
//! ```

use chrono::NaiveDate;

use crate::decision::{
    CaseReference, Decision, DecisionKind, Due, FollowUp, FollowUpStatus, NamedVote, ReferenceKind,
    Vote, Votes,
};
use crate::disqualification::Basis;
use crate::meeting::{Closure, Disqualification, Subject};
use crate::minutes::text::lower;

/// What a record line says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Record {
    Voting {
        unanimous: Option<bool>,
        votes: Option<Votes>,
    },
    Kind(DecisionKind, Option<String>),
    Closed(Closure),
    Subject(Subject),
    Day(u32),
    /// An item's number as written, where its heading could not carry it.
    Number(String),
    Disqualified(Disqualification),
    /// The lines after it are follow-ups.
    FollowUps,
    /// The lines after it are references.
    References,
    /// Whether the items were dealt with in writing ("Behandlingsmåte: skriftlig" or
    /// "i møte"), where the heading's words do not say.
    Written(bool),
    /// Whether the meeting was held remotely, where its place does not say.
    Remote(bool),
}

const KINDS: [(DecisionKind, &str); 6] = [
    (DecisionKind::Approval, "godkjenning"),
    (DecisionKind::Noted, "orientering"),
    (DecisionKind::Substantive, "realitetsvedtak"),
    (DecisionKind::Election, "valg"),
    (DecisionKind::Referral, "oversendelse"),
    (DecisionKind::Postponed, "utsatt"),
];

const SUBJECTS: [(Subject, &str); 6] = [
    (Subject::Budget, "budsjett"),
    (Subject::Accounts, "regnskap"),
    (Subject::AnnualReport, "årsmelding"),
    (Subject::Statutes, "vedtekter"),
    (Subject::Election, "valg"),
    (Subject::AgreementChange, "endring av samarbeidsavtalen"),
];

const REFERENCE_KINDS: [(ReferenceKind, &str); 5] = [
    (ReferenceKind::RefersTo, "viser til"),
    (ReferenceKind::FollowsUp, "oppfølging av"),
    (ReferenceKind::Closes, "lukker"),
    (ReferenceKind::Postpones, "utsetter"),
    (ReferenceKind::Amends, "endrer"),
];

const STATUSES: [(FollowUpStatus, &str); 4] = [
    (FollowUpStatus::Open, "åpen"),
    (FollowUpStatus::Done, "utført"),
    (FollowUpStatus::Postponed, "utsatt"),
    (FollowUpStatus::Dropped, "avsluttet"),
];

fn word_of<T: PartialEq + Copy>(table: &[(T, &'static str)], value: T) -> &'static str {
    table
        .iter()
        .find(|(v, _)| *v == value)
        .map_or("", |(_, w)| w)
}

fn value_of<T: Copy>(table: &[(T, &'static str)], word: &str) -> Option<T> {
    table.iter().find(|(_, w)| *w == word).map(|(v, _)| *v)
}

/// Reads a record line ("Votering: …"); `None` for any other line.
pub(crate) fn parse(text: &str) -> Option<Record> {
    let (key, value) = text.split_once(':')?;
    let key = lower(key.trim());
    let value = value.trim();
    match key.as_str() {
        "votering" => voting(value),
        "vedtakstype" => {
            let v = lower(value);
            let (word, body) = match v.split_once(" til ") {
                Some((w, b)) => (w.to_owned(), Some(b.trim().to_owned())),
                None => (v.clone(), None),
            };
            value_of(&KINDS, &word).map(|kind| Record::Kind(kind, body))
        }
        "lukket" | "lukket (må lukkes)" => Some(Record::Closed(Closure {
            legal_basis: value.to_owned(),
            mandatory: key.contains("må lukkes"),
        })),
        "gjelder" => value_of(&SUBJECTS, &lower(value)).map(Record::Subject),
        "behandlet dag" => value.parse().ok().map(Record::Day),
        "saksnummer" if !value.is_empty() => Some(Record::Number(value.to_owned())),
        "inhabil" => {
            let (name, basis) = value.rsplit_once(" (")?;
            let basis = basis.strip_suffix(')')?;
            let legal_basis = match basis.strip_prefix(OTHER_BASIS) {
                Some(text) => Basis::Other {
                    text: text.to_owned(),
                },
                None => Basis::from_text(basis),
            };
            Some(Record::Disqualified(Disqualification {
                name: name.trim().to_owned(),
                legal_basis,
            }))
        }
        "oppfølgingspunkter" if value.is_empty() => Some(Record::FollowUps),
        "referanser" if value.is_empty() => Some(Record::References),
        "behandlingsmåte" => match lower(value).as_str() {
            "skriftlig" => Some(Record::Written(true)),
            "i møte" => Some(Record::Written(false)),
            _ => None,
        },
        "møteform" => match lower(value).as_str() {
            "fjernmøte" => Some(Record::Remote(true)),
            "fysisk møte" => Some(Record::Remote(false)),
            _ => None,
        },
        _ => None,
    }
}

fn names(list: &str) -> Vec<String> {
    list.split(", ")
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_owned)
        .collect()
}

/// What a "Votering:" line says after its label.
pub(crate) fn voting(value: &str) -> Option<Record> {
    let mut unanimous = None;
    let mut votes: Option<Votes> = None;
    for part in value.split("; ").map(str::trim) {
        // "Enstemmig vedtatt." says what "enstemmig" does, as case systems print it.
        let lower_part = lower(part.trim_end_matches('.'));
        let lower_part = lower_part.strip_suffix(" vedtatt").unwrap_or(&lower_part);
        if lower_part == "ikke ført" {
            // Neither unanimity nor votes recorded, whatever the words say.
        } else if lower_part == "enstemmig" {
            unanimous = Some(true);
        } else if lower_part == "ikke enstemmig" {
            unanimous = Some(false);
        } else if lower_part == "dobbeltstemme" {
            votes.get_or_insert_with(Votes::default).chair_casting_vote = true;
        } else if let Some(drawn_by) = part.strip_prefix("loddtrekning:") {
            let drawn_by = drawn_by.trim().to_owned();
            votes.get_or_insert_with(Votes::default).decided_by_lot = Some(drawn_by);
        } else if let Some((which, list)) = part.split_once(": ") {
            let vote = match lower(which).as_str() {
                "for" => Vote::For,
                "mot" => Vote::Against,
                "blank" => Vote::Blank,
                _ => return None,
            };
            let v = votes.get_or_insert_with(Votes::default);
            v.named
                .extend(names(list).into_iter().map(|name| NamedVote { name, vote }));
        } else {
            // "7 for, 2 mot, 1 blank"
            let v = votes.get_or_insert_with(Votes::default);
            for count in part.split(", ") {
                let (n, what) = count.trim().split_once(' ')?;
                let n: u32 = n.parse().ok()?;
                match what {
                    "for" => v.in_favour = n,
                    "mot" => v.against = n,
                    "blank" | "blanke" => v.blank = n,
                    _ => return None,
                }
            }
        }
    }
    Some(Record::Voting { unanimous, votes })
}

/// The "Votering:" line for a decision ("ikke ført" when it records neither).
pub(crate) fn voting_line(unanimous: Option<bool>, votes: Option<&Votes>) -> String {
    let mut parts: Vec<String> = Vec::new();
    match unanimous {
        Some(true) => parts.push("enstemmig".to_owned()),
        Some(false) => parts.push("ikke enstemmig".to_owned()),
        None => {}
    }
    if let Some(v) = votes {
        parts.push(format!(
            "{} for, {} mot, {} blank",
            v.in_favour, v.against, v.blank
        ));
        if v.chair_casting_vote {
            parts.push("dobbeltstemme".to_owned());
        }
        if let Some(drawn_by) = &v.decided_by_lot {
            parts.push(format!("loddtrekning: {drawn_by}"));
        }
        for (vote, word) in [
            (Vote::For, "for"),
            (Vote::Against, "mot"),
            (Vote::Blank, "blank"),
        ] {
            let named: Vec<&str> = v
                .named
                .iter()
                .filter(|n| n.vote == vote)
                .map(|n| n.name.as_str())
                .collect();
            if !named.is_empty() {
                parts.push(format!("{word}: {}", named.join(", ")));
            }
        }
    }
    if parts.is_empty() {
        parts.push("ikke ført".to_owned());
    }
    format!("Votering: {}", parts.join("; "))
}

/// The "Vedtakstype:" line.
pub(crate) fn kind_line(decision: &Decision) -> String {
    let word = word_of(&KINDS, decision.kind);
    match &decision.referred_to {
        Some(body) => format!("Vedtakstype: {word} til {body}"),
        None => format!("Vedtakstype: {word}"),
    }
}

pub(crate) fn closed_line(closure: &Closure) -> String {
    let key = if closure.mandatory {
        "Lukket (må lukkes)"
    } else {
        "Lukket"
    };
    format!("{key}: {}", closure.legal_basis)
}

pub(crate) fn subject_line(subject: Subject) -> String {
    format!("Gjelder: {}", word_of(&SUBJECTS, subject))
}

pub(crate) fn day_line(day: u32) -> String {
    format!("Behandlet dag: {day}")
}

pub(crate) fn number_line(number: &str) -> String {
    format!("Saksnummer: {number}")
}

/// Marks a basis that is none of the law's grounds, where its words would read as one.
const OTHER_BASIS: &str = "annet grunnlag: ";

pub(crate) fn disqualified_line(d: &Disqualification) -> String {
    let basis = d.legal_basis.to_string();
    let reads_back = Basis::from_text(&basis) == d.legal_basis;
    let marker = if reads_back { "" } else { OTHER_BASIS };
    format!("Inhabil: {} ({marker}{basis})", d.name)
}

/// "Behandlingsmåte: skriftlig" or "Behandlingsmåte: i møte".
pub(crate) fn written_line(written: bool) -> &'static str {
    if written {
        "Behandlingsmåte: skriftlig"
    } else {
        "Behandlingsmåte: i møte"
    }
}

/// "Møteform: fjernmøte" or "Møteform: fysisk møte".
pub(crate) fn remote_line(remote: bool) -> &'static str {
    if remote {
        "Møteform: fjernmøte"
    } else {
        "Møteform: fysisk møte"
    }
}

fn fields(line: &str) -> (&str, Vec<(String, &str)>) {
    let mut parts = line.split(" | ");
    let head = parts.next().unwrap_or("").trim();
    let rest = parts
        .filter_map(|p| p.split_once(": ").map(|(k, v)| (lower(k.trim()), v.trim())))
        .collect();
    (head, rest)
}

fn date(text: &str) -> Option<NaiveDate> {
    crate::strict::date_from_text(text.trim()).ok()
}

/// "- action | ansvar: A; B | frist: … | status: utført | lukket av: X".
pub(crate) fn follow_up(line: &str) -> Option<FollowUp> {
    let (action, rest) = fields(line);
    if action.is_empty() {
        return None;
    }
    let mut follow_up = FollowUp {
        action: action.to_owned(),
        responsible: Vec::new(),
        due: None,
        status: FollowUpStatus::Open,
        closed_by: None,
    };
    for (key, value) in rest {
        match key.as_str() {
            "ansvar" => follow_up.responsible = value.split("; ").map(str::to_owned).collect(),
            "frist" => follow_up.due = Some(due(value)?),
            "status" => follow_up.status = value_of(&STATUSES, &lower(value))?,
            "lukket av" => follow_up.closed_by = Some(value.to_owned()),
            _ => return None,
        }
    }
    Some(follow_up)
}

fn due(value: &str) -> Option<Due> {
    if let Some(body) = value.strip_prefix("neste møte i ") {
        return Some(Due::NextMeeting {
            body: body.to_owned(),
        });
    }
    // The next meeting of a body the text did not name.
    if value == "neste møte" {
        return Some(Due::NextMeeting {
            body: String::new(),
        });
    }
    if let Some(rest) = value.strip_prefix("møte i ") {
        let (body, on) = rest.rsplit_once(' ')?;
        return Some(Due::Meeting {
            body: body.to_owned(),
            date: date(on)?,
        });
    }
    if let Some(rest) = value.strip_prefix("periode «") {
        let (text, after) = rest.split_once('»')?;
        let latest = match after.trim().strip_prefix("til ") {
            Some(d) => Some(date(d)?),
            None if after.trim().is_empty() => None,
            None => return None,
        };
        return Some(Due::Period {
            text: text.to_owned(),
            latest,
        });
    }
    date(value).map(|date| Due::Date { date })
}

fn due_words(due: &Due) -> String {
    match due {
        Due::Date { date } => date.to_string(),
        Due::NextMeeting { body } if body.is_empty() => "neste møte".to_owned(),
        Due::NextMeeting { body } => format!("neste møte i {body}"),
        Due::Meeting { body, date } => format!("møte i {body} {date}"),
        Due::Period {
            text,
            latest: Some(latest),
        } => format!("periode «{text}» til {latest}"),
        Due::Period { text, latest: None } => format!("periode «{text}»"),
    }
}

pub(crate) fn follow_up_line(f: &FollowUp) -> String {
    let mut line = format!("- {}", f.action);
    if !f.responsible.is_empty() {
        line.push_str(&format!(" | ansvar: {}", f.responsible.join("; ")));
    }
    if let Some(due) = &f.due {
        line.push_str(&format!(" | frist: {}", due_words(due)));
    }
    if f.status != FollowUpStatus::Open {
        line.push_str(&format!(" | status: {}", word_of(&STATUSES, f.status)));
    }
    if let Some(by) = &f.closed_by {
        line.push_str(&format!(" | lukket av: {by}"));
    }
    line
}

/// "- KDU 3/21 | organ: kdu | type: oppfølging av | tittel: … | vedtatt: 2021-02-12".
pub(crate) fn reference(line: &str) -> Option<CaseReference> {
    let (number, rest) = fields(line);
    let mut reference = CaseReference {
        number: (number != "–" && !number.is_empty()).then(|| number.to_owned()),
        body: None,
        kind: ReferenceKind::RefersTo,
        title: None,
        decision_date: None,
    };
    for (key, value) in rest {
        match key.as_str() {
            "organ" => reference.body = Some(value.to_owned()),
            "type" => reference.kind = value_of(&REFERENCE_KINDS, &lower(value))?,
            "tittel" => reference.title = Some(value.to_owned()),
            "vedtatt" => reference.decision_date = Some(date(value)?),
            _ => return None,
        }
    }
    Some(reference)
}

pub(crate) fn reference_line(r: &CaseReference) -> String {
    let mut line = format!("- {}", r.number.as_deref().unwrap_or("–"));
    if let Some(body) = &r.body {
        line.push_str(&format!(" | organ: {body}"));
    }
    line.push_str(&format!(" | type: {}", word_of(&REFERENCE_KINDS, r.kind)));
    if let Some(title) = &r.title {
        line.push_str(&format!(" | tittel: {title}"));
    }
    if let Some(d) = r.decision_date {
        line.push_str(&format!(" | vedtatt: {d}"));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_read_back_as_written() {
        let votes = Votes {
            in_favour: 7,
            against: 2,
            blank: 1,
            named: vec![NamedVote {
                name: "Ola Nordmann".into(),
                vote: Vote::Against,
            }],
            chair_casting_vote: true,
            decided_by_lot: Some("Kari Nordmann".into()),
        };
        let line = voting_line(Some(false), Some(&votes));
        assert_eq!(
            parse(&voting_line(None, None)),
            Some(Record::Voting {
                unanimous: None,
                votes: None
            })
        );
        assert_eq!(
            parse(&line),
            Some(Record::Voting {
                unanimous: Some(false),
                votes: Some(votes)
            })
        );
        let f = FollowUp {
            action: "Sekretariatet følger opp".into(),
            responsible: vec!["Kari, sekretariatet".into(), "AU".into()],
            due: Some(Due::Period {
                text: "høsten 2023".into(),
                latest: NaiveDate::from_ymd_opt(2023, 12, 31),
            }),
            status: FollowUpStatus::Done,
            closed_by: Some("AU 3/24".into()),
        };
        assert_eq!(
            follow_up(follow_up_line(&f).strip_prefix("- ").unwrap()),
            Some(f)
        );
        // The next meeting of a body not named (found by the fuzzer: once written as
        // "neste møte i " and not read back).
        for body in ["", "au"] {
            let f = FollowUp {
                action: "Tas opp igjen".into(),
                responsible: Vec::new(),
                due: Some(Due::NextMeeting { body: body.into() }),
                status: FollowUpStatus::Open,
                closed_by: None,
            };
            let line = follow_up_line(&f);
            assert!(!line.ends_with(' '), "{line:?}");
            assert_eq!(follow_up(line.strip_prefix("- ").unwrap()), Some(f));
        }
        let r = CaseReference {
            number: None,
            body: Some("rr".into()),
            kind: ReferenceKind::Amends,
            title: Some("Budsjett".into()),
            decision_date: NaiveDate::from_ymd_opt(2021, 2, 12),
        };
        assert_eq!(
            reference(reference_line(&r).strip_prefix("- ").unwrap()),
            Some(r)
        );
        let closure = Closure {
            legal_basis: "kommuneloven § 11-5 (2) a".into(),
            mandatory: true,
        };
        assert_eq!(parse(&closed_line(&closure)), Some(Record::Closed(closure)));
        assert_eq!(
            parse(&subject_line(Subject::AgreementChange)),
            Some(Record::Subject(Subject::AgreementChange))
        );
        assert_eq!(
            parse("Vedtakstype: oversendelse til au"),
            Some(Record::Kind(DecisionKind::Referral, Some("au".into())))
        );
        assert_eq!(parse("Votering: kanskje"), None);
        assert_eq!(parse("Dato: 5. mars"), None);
    }

    #[test]
    fn unanimity_as_case_systems_print_it() {
        let unanimous = |u| {
            Some(Record::Voting {
                unanimous: Some(u),
                votes: None,
            })
        };
        assert_eq!(parse("Votering: Enstemmig vedtatt."), unanimous(true));
        assert_eq!(parse("Votering: enstemmig vedtatt"), unanimous(true));
        assert_eq!(parse("Votering: Enstemmig."), unanimous(true));
        assert_eq!(parse("Votering: Ikke enstemmig vedtatt."), unanimous(false));
        assert_eq!(parse("Votering: Vedtatt."), None);
    }
}
