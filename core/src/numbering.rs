//! The numbering rules of case numbers across a body's meetings: numbers parse, carry the
//! meeting's year and body, ascend within a meeting, are unique and without gaps within a
//! body-year, and references point back in time. Also the next free number, for forms.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use crate::case_number::{prefix_form, same_prefix, CaseNumber, CaseYear, Series};
use crate::council::{Body, Council};
use crate::decision::CaseReference;
use crate::findings::{Code, Finding, PathSegment};
use crate::meeting::Meeting;
use crate::path;

/// A numbering run: sequences restart per body, series and year.
pub(crate) type Run = (String, Option<Series>, i32);

/// What makes two case numbers the same case: body, series, year, sequence, sub-case.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct CaseKey {
    pub(crate) body: String,
    series: Option<Series>,
    year: i32,
    pub(crate) sequence: u32,
    suffix: Option<char>,
    sub_item: Option<u16>,
}

impl CaseKey {
    pub(crate) fn of(number: &CaseNumber, body: &str, meeting_date: NaiveDate) -> Self {
        CaseKey {
            body: body.to_owned(),
            series: number.series,
            year: number.year_on(meeting_date),
            sequence: number.sequence,
            suffix: number.suffix,
            sub_item: number.sub_item,
        }
    }

    /// The numbering run the case belongs to.
    pub(crate) fn run(&self) -> Run {
        (self.body.clone(), self.series, self.year)
    }

    /// Whether both cases belong to one numbering run (as `run()`, without the copies).
    pub(crate) fn same_run(&self, other: &CaseKey) -> bool {
        self.body == other.body && self.series == other.series && self.year == other.year
    }

    /// Whether the case belongs to `run`.
    pub(crate) fn in_run(&self, run: &Run) -> bool {
        self.body == run.0 && self.series == run.1 && self.year == run.2
    }

    /// The run and the sequence number within it, borrowed: what orders a run's numbers.
    fn run_and_sequence(&self) -> (&str, Option<Series>, i32, u32) {
        (&self.body, self.series, self.year, self.sequence)
    }

    fn position(&self) -> (u32, Option<char>, Option<u16>) {
        (self.sequence, self.suffix, self.sub_item)
    }
}

/// An agenda item's number, parsed and placed.
pub(crate) struct Handled {
    pub(crate) meeting: usize,
    /// The item's index on the agenda.
    pub(crate) item: usize,
    pub(crate) date: NaiveDate,
    path: Vec<PathSegment>,
    pub(crate) key: CaseKey,
    number: CaseNumber,
}

/// A reference's number, parsed and placed.
pub(crate) struct Referenced {
    pub(crate) meeting: usize,
    pub(crate) date: NaiveDate,
    /// The path of the reference's number.
    pub(crate) path: Vec<PathSegment>,
    pub(crate) key: Option<CaseKey>,
    number: CaseNumber,
    title: Option<String>,
    /// The number of the item the reference stands in, where it parsed.
    pub(crate) within: Option<CaseKey>,
}

/// The body a prefix such as "KDU" or "rr" names: by case prefix, id or alias, in any
/// letter case ([`same_prefix`]).
pub fn body_for_prefix<'c>(council: &'c Council, prefix: &str) -> Option<&'c Body> {
    council.bodies.iter().find(|body| {
        body.case_prefix
            .iter()
            .chain(std::iter::once(&body.id))
            .chain(&body.aliases)
            .any(|name| same_prefix(name, prefix))
    })
}

/// Runs the numbering rules, then the follow-up rules that need to know which case is
/// which, over meetings given with their index among those validated.
pub(crate) fn check(
    council: &Council,
    meetings: &[(usize, &Meeting)],
    today: NaiveDate,
    findings: &mut Vec<Finding>,
) {
    let mut handled = Vec::new();
    let mut referenced = Vec::new();
    for &(index, meeting) in meetings {
        collect(
            council,
            index,
            meeting,
            &mut handled,
            &mut referenced,
            findings,
        );
    }
    // Later meetings are the ones that repeat a number or leave a gap: go in date order.
    handled.sort_by_key(|h| (h.date, h.meeting));
    check_ascending(&handled, findings);
    check_duplicates(&handled, findings);
    check_gaps(&handled, findings);
    check_references(&handled, &referenced, findings);
    crate::followup::check(council, meetings, &handled, &referenced, today, findings);
}

/// The cases of an archive: every numbered item and every reference, parsed and placed,
/// without findings (for the follow-up register).
pub(crate) fn index(
    council: &Council,
    meetings: &[(usize, &Meeting)],
) -> (Vec<Handled>, Vec<Referenced>) {
    let (mut handled, mut referenced, mut ignored) = (Vec::new(), Vec::new(), Vec::new());
    for &(index, meeting) in meetings {
        collect(
            council,
            index,
            meeting,
            &mut handled,
            &mut referenced,
            &mut ignored,
        );
    }
    handled.sort_by_key(|h| (h.date, h.meeting));
    (handled, referenced)
}

fn collect(
    council: &Council,
    index: usize,
    meeting: &Meeting,
    handled: &mut Vec<Handled>,
    referenced: &mut Vec<Referenced>,
    findings: &mut Vec<Finding>,
) {
    let year = meeting.date.year();
    for (i, item) in meeting.agenda.iter().enumerate() {
        let mut within = None;
        if let Some(text) = &item.number {
            let at = path!["agenda", i, "number"];
            if let Some(number) = parse(text, index, &at, findings) {
                // A meeting of an unknown body is reported already; its prefixes are moot.
                let body = council.body(&meeting.body);
                if let (Some(prefix), Some(body)) = (&number.body, body) {
                    let named = body_for_prefix(council, prefix).map(|b| b.id.as_str());
                    if named != Some(meeting.body.as_str()) {
                        findings.push(
                            Finding::meeting(Code::CaseNumberWrongBody, index, at.clone())
                                .param("number", text.as_str())
                                .param("prefix", prefix.as_str())
                                .param("body", meeting.body.as_str())
                                .param("body_name", body.name.as_str()),
                        );
                    }
                }
                let number_year = number.year_on(meeting.date);
                if number_year != year {
                    findings.push(
                        Finding::meeting(Code::CaseNumberWrongYear, index, at.clone())
                            .param("number", text.as_str())
                            .param("year", number_year)
                            .param("meeting_year", year),
                    );
                }
                let key = CaseKey::of(&number, &meeting.body, meeting.date);
                within = Some(key.clone());
                handled.push(Handled {
                    meeting: index,
                    item: i,
                    date: meeting.date,
                    path: at,
                    key,
                    number,
                });
            }
        }
        let mut refs: Vec<(Vec<PathSegment>, &CaseReference)> = item
            .references
            .iter()
            .enumerate()
            .map(|(k, r)| (path!["agenda", i, "references", k, "number"], r))
            .collect();
        for (j, sub) in item.sub_items.iter().enumerate() {
            refs.extend(sub.references.iter().enumerate().map(|(k, r)| {
                (
                    path!["agenda", i, "sub_items", j, "references", k, "number"],
                    r,
                )
            }));
        }
        for (at, reference) in refs {
            let Some(text) = &reference.number else {
                continue;
            };
            let Some(number) = parse(text, index, &at, findings) else {
                continue;
            };
            let body = match &number.body {
                Some(prefix) => body_for_prefix(council, prefix).map(|b| b.id.clone()),
                None => reference.body.clone(),
            };
            referenced.push(Referenced {
                meeting: index,
                date: meeting.date,
                path: at,
                key: body.map(|b| CaseKey::of(&number, &b, meeting.date)),
                number,
                title: reference.title.clone(),
                within: within.clone(),
            });
        }
    }
}

fn parse(
    text: &str,
    index: usize,
    at: &[PathSegment],
    findings: &mut Vec<Finding>,
) -> Option<CaseNumber> {
    match text.parse::<CaseNumber>() {
        Ok(number) => Some(number),
        Err(error) => {
            findings.push(
                Finding::meeting(Code::CaseNumberMalformed, index, at.to_vec())
                    .param("number", text)
                    .param("reason", error.kind.as_str())
                    .param("position", error.position + 1),
            );
            None
        }
    }
}

/// Within one meeting, numbers of one run must rise in agenda order.
fn check_ascending(handled: &[Handled], findings: &mut Vec<Finding>) {
    let mut last: HashMap<(usize, Run), &Handled> = HashMap::new();
    let mut in_agenda_order: Vec<&Handled> = handled.iter().collect();
    in_agenda_order.sort_by(|a, b| (a.meeting, &a.path).cmp(&(b.meeting, &b.path)));
    for entry in in_agenda_order {
        let slot = (entry.meeting, entry.key.run());
        if let Some(previous) = last.get(&slot) {
            if entry.key.position() < previous.key.position() {
                findings.push(
                    Finding::meeting(
                        Code::CaseNumberNotAscending,
                        entry.meeting,
                        entry.path.clone(),
                    )
                    .param("number", entry.number.to_string())
                    .param("previous", previous.number.to_string()),
                );
            }
        }
        last.insert(slot, entry);
    }
}

/// A number is used once in its body-year, in one meeting or across several.
fn check_duplicates(handled: &[Handled], findings: &mut Vec<Finding>) {
    let mut first: HashMap<&CaseKey, &Handled> = HashMap::new();
    for entry in handled {
        match first.get(&entry.key) {
            Some(earlier) => findings.push(
                Finding::meeting(Code::CaseNumberDuplicate, entry.meeting, entry.path.clone())
                    .param("number", entry.number.to_string())
                    .param("first_meeting", earlier.meeting)
                    .param("first_item", earlier.item)
                    // As a reader counts the agenda, from 1.
                    .param("first_position", earlier.item + 1)
                    .param("first_date", earlier.date.to_string()),
            ),
            None => {
                first.insert(&entry.key, entry);
            }
        }
    }
}

/// The numbers `from` to `to` as the item after them writes its own ("KDU 2/2023",
/// "KDU 2/2023 – KDU 4/2023"), year in full: what a reader looks for in the minutes.
fn missing_numbers(after: &CaseNumber, date: NaiveDate, from: u32, to: u32) -> String {
    let with = |sequence| {
        CaseNumber {
            sequence,
            suffix: None,
            sub_item: None,
            ..after.resolved(date)
        }
        .to_string()
    };
    if from == to {
        with(from)
    } else {
        format!("{} – {}", with(from), with(to))
    }
}

/// Across a body's meetings in a year, numbers continue without gaps. A gap is a warning:
/// cases may be decided by mail, or the minutes that hold them were not given.
fn check_gaps(handled: &[Handled], findings: &mut Vec<Finding>) {
    // Run by run, in sequence order. The sort is stable and `handled` is in date order, so
    // of the items that carry one number the first in date order comes first: the finding
    // about a gap goes to the first item after it.
    let mut ordered: Vec<&Handled> = handled.iter().collect();
    ordered.sort_by(|a, b| a.key.run_and_sequence().cmp(&b.key.run_and_sequence()));
    for pair in ordered.windows(2) {
        let (before, entry) = (&pair[0].key, pair[1]);
        let (low, high) = (before.sequence, entry.key.sequence);
        if !before.same_run(&entry.key) || high <= low + 1 {
            continue;
        }
        findings.push(
            Finding::meeting(Code::CaseNumberGap, entry.meeting, entry.path.clone())
                .param("body", entry.key.body.as_str())
                .param("year", entry.key.year)
                .param("from", low + 1)
                .param("to", high - 1)
                .param(
                    "missing",
                    if high - 1 == low + 1 {
                        (low + 1).to_string()
                    } else {
                        format!("{}–{}", low + 1, high - 1)
                    },
                )
                .param(
                    "numbers",
                    missing_numbers(&entry.number, entry.date, low + 1, high - 1),
                ),
        );
    }
}

/// References point back in time, and one number does not name two different cases.
fn check_references(handled: &[Handled], referenced: &[Referenced], findings: &mut Vec<Finding>) {
    // Collected from the last backwards, so that the first meeting to handle a case wins.
    let handled_on: HashMap<&CaseKey, NaiveDate> =
        handled.iter().rev().map(|h| (&h.key, h.date)).collect();
    let mut titles: HashMap<&CaseKey, &Referenced> = HashMap::new();
    for reference in referenced {
        let year = reference.number.year_on(reference.date);
        let later = match &reference.key {
            _ if year > reference.date.year() => true,
            Some(key) => {
                let after_this_item = reference
                    .within
                    .as_ref()
                    .is_some_and(|item| item.same_run(key) && key.position() >= item.position());
                let handled_later = handled_on
                    .get(key)
                    .is_some_and(|date| *date > reference.date);
                after_this_item || handled_later
            }
            None => false,
        };
        if later {
            findings.push(
                Finding::meeting(
                    Code::CaseNumberReferenceToLaterCase,
                    reference.meeting,
                    reference.path.clone(),
                )
                .param("number", reference.number.to_string())
                .param("date", reference.date.to_string()),
            );
        }
        let (Some(key), Some(title)) = (&reference.key, &reference.title) else {
            continue;
        };
        match titles.get(key) {
            Some(earlier) => {
                let earlier_title = earlier.title.as_deref().unwrap_or_default();
                if !same_title(earlier_title, title) {
                    findings.push(
                        Finding::meeting(
                            Code::CaseNumberConflictingTitles,
                            reference.meeting,
                            reference.path.clone(),
                        )
                        .param("number", reference.number.to_string())
                        .param("title", title.as_str())
                        .param("other_title", earlier_title),
                    );
                }
            }
            None => {
                titles.insert(key, reference);
            }
        }
    }
}

/// Titles compared on their letters and digits only, one allowed to shorten the other.
fn same_title(a: &str, b: &str) -> bool {
    let squeeze = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (a, b) = (squeeze(a), squeeze(b));
    a.contains(&b) || b.contains(&a)
}

/// The next free case number of `body` for a meeting on `date`: one past the highest
/// sequence its meetings up to that date have used that year (series-less numbers only),
/// with the body's case prefix and a four-digit year.
///
/// # Errors
/// [`crate::Error::InvalidInput`] when the body has used the highest sequence a case number
/// can have ([`crate::case_number::MAX_SEQUENCE`]) that year: no number past it is proposed,
/// for none would parse.
///
/// ```
/// use regionrad::{numbering::next_case_number, Council, Meeting};
/// let council: Council = serde_json::from_str(include_str!("../../fixtures/councils/trondelag-sorvest.json")).unwrap();
/// let meeting: Meeting = serde_json::from_str(include_str!("../../fixtures/meetings/2021-11-05-kdu.json")).unwrap();
/// let kdu = council.body("kdu").unwrap();
/// let december = chrono::NaiveDate::from_ymd_opt(2021, 12, 3).unwrap();
/// assert_eq!(next_case_number(kdu, &[meeting.clone()], december).unwrap().to_string(), "KDU 80/2021");
/// let january = chrono::NaiveDate::from_ymd_opt(2022, 1, 14).unwrap();
/// assert_eq!(next_case_number(kdu, &[meeting], january).unwrap().to_string(), "KDU 1/2022");
/// ```
pub fn next_case_number(
    body: &Body,
    meetings: &[Meeting],
    date: NaiveDate,
) -> Result<CaseNumber, crate::Error> {
    let year = date.year();
    let highest = meetings
        .iter()
        .filter(|m| m.body == body.id && m.date <= date)
        .flat_map(|m| {
            m.agenda
                .iter()
                .filter_map(|item| item.number.as_deref()?.parse::<CaseNumber>().ok())
                .filter(move |n| n.series.is_none() && n.year_on(m.date) == year)
                .map(|n| n.sequence)
        })
        .max()
        .unwrap_or(0);
    if highest >= crate::case_number::MAX_SEQUENCE {
        return Err(crate::Error::InvalidInput(format!(
            "meetings: {} has used case number {highest} in {year}, the highest a case number \
             can have; there is no next one",
            body.id
        )));
    }
    Ok(CaseNumber {
        body: body.case_prefix.as_deref().map(prefix_form),
        series: None,
        sequence: highest + 1,
        suffix: None,
        year: u16::try_from(year).map_or(CaseYear::TwoDigit(0), CaseYear::Full),
        sub_item: None,
    })
}

/// [`next_case_number`] for the council's body of id `body`.
///
/// # Errors
/// [`crate::Error::InvalidArgument`] when the council has no such body;
/// [`crate::Error::InvalidInput`] when the body has no next number ([`next_case_number`]).
///
/// ```
/// let council = regionrad::decode_council(include_str!("../../fixtures/councils/trondelag-sorvest.json")).unwrap();
/// let meeting = regionrad::decode_meeting(include_str!("../../fixtures/meetings/2021-11-05-kdu.json"), 0).unwrap();
/// let december = chrono::NaiveDate::from_ymd_opt(2021, 12, 3).unwrap();
/// let next = regionrad::numbering::next_number_of(&council, &[meeting], "kdu", december).unwrap();
/// assert_eq!(next.to_string(), "KDU 80/2021");
/// let error = regionrad::numbering::next_number_of(&council, &[], "styret", december).unwrap_err();
/// assert_eq!(error.code().as_str(), "invalid_argument");
/// ```
pub fn next_number_of(
    council: &Council,
    meetings: &[Meeting],
    body: &str,
    date: NaiveDate,
) -> Result<CaseNumber, crate::Error> {
    let Some(found) = council.body(body) else {
        let ids: Vec<&str> = council.bodies.iter().map(|b| b.id.as_str()).collect();
        return Err(crate::Error::InvalidArgument(format!(
            "body: the council has no body `{body}` (it has {})",
            ids.join(", ")
        )));
    };
    next_case_number(found, meetings, date)
}
