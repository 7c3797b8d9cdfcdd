//! The head of the minutes: the heading, "Utvalg:", "Dato:", "Tidspunkt:", "Sted:" /
//! "Møtested:", in any order, with or without markup.

use chrono::NaiveDate;

use crate::clock_time::ClockTime;
use crate::minutes::dates::{find_dates, find_time_range};
use crate::minutes::names::Resolver;
use crate::minutes::text::{lower, Line};
use crate::minutes::FieldSpan;
use crate::path;

pub(crate) struct Head<'l, 'a> {
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    pub start_time: Option<ClockTime>,
    pub end_time: Option<ClockTime>,
    pub place: Option<String>,
    pub remote: bool,
    /// "Behandlingsmåte: skriftlig": written procedure.
    pub written: bool,
    /// The council's body, where one resolves.
    pub body: Option<String>,
    /// The body id the meeting gets: the council's, else the case numbers' prefix.
    pub body_id: String,
    /// The words the body was looked for in.
    pub body_text: String,
    pub spans: Vec<FieldSpan>,
    pub unplaced: Vec<&'l Line<'a>>,
}

enum Key {
    Date,
    Place,
    Time,
    Body,
}

fn key(text: &str) -> Option<(Key, &str)> {
    let (name, value) = text.split_once(':')?;
    let k = lower(name.trim());
    let key = match k.as_str() {
        "dato" | "møtedato" => Key::Date,
        "sted" | "møtested" | "møtestad" | "møtelokale" => Key::Place,
        "tid" | "tidspunkt" | "møtetid" | "klokkeslett" | "kl" => Key::Time,
        "utvalg" | "organ" | "styre, råd, utval" | "møte i" => Key::Body,
        _ => return None,
    };
    Some((key, value.trim()))
}

/// Words that say a place is not a room.
pub(crate) fn is_remote_place(place: &str) -> bool {
    let p = lower(place);
    [
        "teams",
        "zoom",
        "skype",
        "digitalt",
        "fjernmøte",
        "videomøte",
        "nettmøte",
        "whereby",
    ]
    .iter()
    .any(|w| p.contains(w))
}

/// "21.–22. august 2023": the first day of a meeting over days, before the date found.
fn first_day_before(text: &str, date_start: usize) -> Option<u32> {
    let before = text[..date_start].trim_end();
    let before = before
        .strip_suffix(['-', '–'])?
        .trim_end()
        .trim_end_matches('.');
    let digits: String = before
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.chars().rev().collect::<String>().parse().ok()
}

pub(crate) fn read<'l, 'a>(
    lines: &'l [Line<'a>],
    resolver: &Resolver,
    prefixes: &[&str],
) -> Head<'l, 'a> {
    let mut head = Head {
        title: None,
        date: None,
        end_date: None,
        start_time: None,
        end_time: None,
        place: None,
        remote: false,
        written: false,
        body: None,
        body_id: String::new(),
        body_text: String::new(),
        spans: Vec::new(),
        unplaced: Vec::new(),
    };
    let mut body_line: Option<&Line> = None;
    let mut remote_stated: Option<bool> = None;
    let mut title_line: Option<&Line> = None;
    for line in lines.iter().filter(|l| !l.is_blank() && !l.rule) {
        match crate::minutes::record::parse(&line.text) {
            Some(crate::minutes::record::Record::Written) => {
                head.written = true;
                continue;
            }
            Some(crate::minutes::record::Record::Remote(remote)) => {
                remote_stated = Some(remote);
                continue;
            }
            _ => {}
        }
        match key(&line.text) {
            Some((Key::Date, value)) if head.date.is_none() => {
                if let Some(found) = find_dates(value).first() {
                    let found_date = found
                        .year
                        .and_then(|y| NaiveDate::from_ymd_opt(y, found.month, found.day));
                    head.date = found_date;
                    if let Some(first) = first_day_before(value, found.start) {
                        // "3.–5. mars": the date found is the end, the start the day before
                        // it. A range whose start cannot be read ("42.–22. september") is no
                        // date, and leaves no end for a later date line to pair with.
                        head.date = found_date.and_then(|d| d.with_day0(first.saturating_sub(1)));
                        head.end_date = head.date.and(found_date);
                    }
                    head.spans.push(FieldSpan {
                        path: path!["date"],
                        span: line.span_of(&value[found.start..found.end]),
                    });
                } else {
                    head.unplaced.push(line);
                }
            }
            Some((Key::Time, value)) if head.start_time.is_none() => match find_time_range(value) {
                // "til kl. 1400": only the end is known.
                Some((end, None, from, to)) if lower(value).starts_with("til ") => {
                    head.end_time = Some(end);
                    head.spans.push(FieldSpan {
                        path: path!["end_time"],
                        span: line.span_of(&value[from..to]),
                    });
                }
                Some((start, end, from, to)) => {
                    head.start_time = Some(start);
                    head.end_time = end;
                    head.spans.push(FieldSpan {
                        path: path!["start_time"],
                        span: line.span_of(&value[from..to]),
                    });
                }
                None => head.unplaced.push(line),
            },
            Some((Key::Place, value)) => {
                let (place, time) = match find_time_range(value) {
                    Some((start, end, from, to)) => {
                        let place = format!("{} {}", value[..from].trim(), value[to..].trim());
                        (
                            place.trim().trim_end_matches(',').trim().to_owned(),
                            Some((start, end)),
                        )
                    }
                    None => (value.trim_end_matches(',').trim().to_owned(), None),
                };
                if head.start_time.is_none() {
                    if let Some((start, end)) = time {
                        head.start_time = Some(start);
                        head.end_time = end;
                    }
                }
                match &head.place {
                    None if !place.is_empty() => {
                        head.spans.push(FieldSpan {
                            path: path!["place"],
                            span: line.span_of(&place),
                        });
                        head.place = Some(place);
                    }
                    // "Møtested: Teams" then "Sted: Teams 0900-1100": the same place again.
                    Some(known) if lower(known) == lower(&place) => {}
                    _ => head.unplaced.push(line),
                }
            }
            Some((Key::Body, value)) if body_line.is_none() => {
                body_line = Some(line);
                head.body_text = value.to_owned();
            }
            _ if head.title.is_none() && line.verbatim.is_none() => {
                head.title = Some(line.text.clone());
                title_line = Some(line);
            }
            _ => head.unplaced.push(line),
        }
    }
    if let Some(line) = title_line {
        head.spans.push(FieldSpan {
            path: path!["title"],
            span: line.span(),
        });
    }
    // A date only in the heading ("Møte 5. mars 2021").
    if head.date.is_none() {
        if let Some((line, found)) =
            title_line.and_then(|l| find_dates(&l.text).first().map(|f| (l, *f)))
        {
            head.date = found
                .year
                .and_then(|y| NaiveDate::from_ymd_opt(y, found.month, found.day));
            head.spans.push(FieldSpan {
                path: path!["date"],
                span: line.span(),
            });
        }
    }
    head.remote =
        remote_stated.unwrap_or_else(|| head.place.as_deref().is_some_and(is_remote_place));
    // The body: named by "Utvalg:", else in the heading, else by the first of the item
    // headings' prefixes that names one ("Sak 1/22" has no prefix, "Bakgr 12/22" names no
    // body; without a council, the first prefix is the body).
    let from_words = [head.body_text.as_str(), head.title.as_deref().unwrap_or("")]
        .into_iter()
        .find_map(|t| resolver.body_in(t));
    let from_prefix = prefixes.iter().find_map(|p| resolver.body_named(p));
    if let Some(body) = from_words.or(from_prefix) {
        head.body = Some(body.id.clone());
        head.body_id = body.id.clone();
        if let Some(line) = body_line {
            head.spans.push(FieldSpan {
                path: path!["body"],
                span: line.span(),
            });
        }
    } else if resolver.council.is_none() {
        head.body_id = prefixes
            .first()
            .map(|p| lower(p))
            .unwrap_or_else(|| lower(head.body_text.trim()));
    }
    if head.body_text.is_empty() {
        head.body_text = head.title.clone().unwrap_or_default();
    }
    head
}

use chrono::Datelike as _;
