//! The head of the minutes: the heading, "Utvalg:", "Dato:", "Tidspunkt:", "Sted:" /
//! "Møtested:", in any order, with or without markup.

use chrono::NaiveDate;

use crate::clock_time::ClockTime;
use crate::minutes::dates::{find_dates, find_time_range};
use crate::minutes::names::Resolver;
use crate::minutes::text::{find_word, lower, Line, Piece};
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
    pub unplaced: Vec<Piece<'l, 'a>>,
    /// The line the body was named on.
    body_line: Option<&'l Line<'a>>,
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

/// Whether a line of the head says the items were dealt with in writing: "skriftlig
/// behandling", "skriftleg handsaming", or by mail or e-post together with a word of dealing
/// with it or of a deadline ("behandlet pr. mail", "per e-post med frist 12. mai") — not a
/// notice merely sent by e-post.
pub(crate) fn says_written(text: &str) -> bool {
    let t = lower(text);
    let has = |word: &str| find_word(&t, word, 0).is_some();
    let dealing = ["behandl", "handsam", "vedt", "frist"]
        .iter()
        .any(|stem| t.contains(stem));
    let in_writing = (has("skriftlig") || has("skriftleg") || has("skriftlige"))
        && (dealing || t.contains("møte") || t.contains("prosedyre"));
    let by_mail = [
        "pr. mail",
        "per mail",
        "pr mail",
        "pr. e-post",
        "per e-post",
        "pr e-post",
        "på e-post",
        "på mail",
    ]
    .iter()
    .any(|words| t.contains(words))
        || has("e-postmøte")
        || has("epostmøte");
    in_writing || (by_mail && dealing)
}

/// Whether a line of the head says the meeting was held remotely: "fjernmøte", "videomøte",
/// "møte på Teams", or kommuneloven § 11-7 on remote meetings.
pub(crate) fn says_remote(text: &str) -> bool {
    let t = lower(text);
    is_remote_place(&t) || (t.contains("11-7") && t.contains("kommunelov"))
}

/// "21.–22. august 2023": the first day of a meeting over days, before the date found, and
/// where it is written.
fn first_day_before(text: &str, date_start: usize) -> Option<(u32, usize)> {
    let before = text[..date_start].trim_end();
    let before = before
        .strip_suffix(['-', '–'])?
        .trim_end()
        .trim_end_matches('.');
    let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let at = before.len() - digits;
    Some((before[at..].parse().ok()?, at))
}

/// Words beside a header's values that say nothing of their own: weekdays, "kl.", "den".
const FILLER: [&str; 21] = [
    "mandag", "måndag", "tirsdag", "tysdag", "onsdag", "torsdag", "fredag", "lørdag", "laurdag",
    "søndag", "sundag", "kl", "klokka", "klokken", "den", "fra", "frå", "til", "ca", "og", "",
];

fn is_filler(word: &str) -> bool {
    let word = lower(word.trim_matches(|c: char| !c.is_alphanumeric()));
    FILLER.contains(&word.as_str())
}

/// `text` without the filler words it ends in ("Rådhuset kl." → "Rådhuset").
fn without_filler_at_end(text: &str) -> &str {
    let mut text = text.trim_end();
    while let Some(last) = text.split_whitespace().next_back().filter(|w| is_filler(w)) {
        text = text[..text.len() - last.len()].trim_end();
    }
    text
}

/// The parts of a header value outside the byte ranges `taken` that say something: split at
/// commas and semicolons, without the separators around them, each one that is not filler.
fn rest_of<'v>(value: &'v str, taken: &[(usize, usize)]) -> Vec<&'v str> {
    let mut free = vec![true; value.len()];
    for &(from, to) in taken {
        if let Some(range) = free.get_mut(from..to) {
            range.fill(false);
        }
    }
    let separator = |c: char| c.is_whitespace() || matches!(c, ',' | ';' | '-' | '–' | '—' | '/');
    let mut out = Vec::new();
    let mut at = 0;
    while at < value.len() {
        let len = free[at..].iter().take_while(|f| **f == free[at]).count();
        let run = &value[at..at + len];
        if free[at] {
            for part in run.split([',', ';']) {
                let part = part.trim_matches(separator);
                if !part.split_whitespace().all(is_filler) {
                    out.push(part);
                }
            }
        }
        at += len;
    }
    out
}

/// A line of the header wherever it stands: "Sted: …", "Behandlingsmåte: skriftlig".
pub(crate) fn is_header_line(line: &Line) -> bool {
    use crate::minutes::record::{parse, Record};
    !line.is_table_row()
        && (key(&line.text).is_some()
            || matches!(
                parse(&line.text),
                Some(Record::Written(_) | Record::Remote(_))
            ))
}

pub(crate) fn read<'l, 'a>(
    lines: impl IntoIterator<Item = &'l Line<'a>>,
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
        body_line: None,
    };
    let mut remote_stated: Option<bool> = None;
    let mut written_stated: Option<bool> = None;
    let mut title_line: Option<&Line> = None;
    // Lines of the head that are none of its fields, kept as unplaced text: they may still
    // say how the meeting was held.
    let mut prose: Vec<&Line> = Vec::new();
    for line in lines.into_iter().filter(|l| !l.is_blank() && !l.is_rule()) {
        match crate::minutes::record::parse(&line.text) {
            Some(crate::minutes::record::Record::Written(written)) => {
                written_stated = Some(written);
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
                    let mut taken = vec![(found.start, found.end)];
                    if let Some((first, at)) = first_day_before(value, found.start) {
                        // "3.–5. mars": the date found is the end, the start the day before
                        // it. A range whose start cannot be read ("42.–22. september") is no
                        // date, and leaves no end for a later date line to pair with.
                        head.date = found_date.and_then(|d| d.with_day0(first.saturating_sub(1)));
                        head.end_date = head.date.and(found_date);
                        taken.push((at, found.start));
                    }
                    head.spans.push(FieldSpan {
                        path: path!["date"],
                        span: line.span_of(&value[found.start..found.end]),
                    });
                    // "Dato: 10.06.22, Rådhuset, kl. 10-12": the time and the place too.
                    if head.start_time.is_none() {
                        if let Some((start, end, from, to)) = find_time_range(value) {
                            head.start_time = Some(start);
                            head.end_time = end;
                            head.spans.push(FieldSpan {
                                path: path!["start_time"],
                                span: line.span_of(&value[from..to]),
                            });
                            taken.push((from, to));
                        }
                    }
                    let mut rest = rest_of(value, &taken).into_iter();
                    if head.place.is_none() && value.contains(',') {
                        if let Some(place) = rest.next() {
                            head.spans.push(FieldSpan {
                                path: path!["place"],
                                span: line.span_of(place),
                            });
                            head.place = Some(place.to_owned());
                        }
                    }
                    head.unplaced.extend(rest.map(|part| line.piece_of(part)));
                } else {
                    head.unplaced.push(line.into());
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
                    let rest = rest_of(value, &[(from, to)]);
                    head.unplaced
                        .extend(rest.into_iter().map(|part| line.piece_of(part)));
                }
                Some((start, end, from, to)) => {
                    head.start_time = Some(start);
                    head.end_time = end;
                    head.spans.push(FieldSpan {
                        path: path!["start_time"],
                        span: line.span_of(&value[from..to]),
                    });
                    // "Tid: kl. 10.00–14.00 etter befaring": the words after are kept.
                    let rest = rest_of(value, &[(from, to)]);
                    head.unplaced
                        .extend(rest.into_iter().map(|part| line.piece_of(part)));
                }
                None => head.unplaced.push(line.into()),
            },
            Some((Key::Place, value)) => {
                let (place, time) = match find_time_range(value) {
                    Some((start, end, from, to)) => {
                        let before = without_filler_at_end(&value[..from]);
                        let place = format!("{} {}", before.trim(), value[to..].trim());
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
                    _ => head.unplaced.push(line.into()),
                }
            }
            Some((Key::Body, value)) if head.body_line.is_none() => {
                head.body_line = Some(line);
                head.body_text = value.to_owned();
            }
            _ if head.title.is_none() && line.verbatim().is_none() => {
                head.title = Some(line.text.to_string());
                title_line = Some(line);
            }
            _ => {
                prose.push(line);
                head.unplaced.push(line.into());
            }
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
    // "Protokoll frå skriftleg handsaming", "Saken ble behandlet pr. mail med frist 12. mai
    // 2021": written procedure said in words, in the heading or a line of the head, which
    // stay where they are; such a line dates the meeting where nothing else does.
    let said: Vec<&Line> = title_line
        .into_iter()
        .chain(prose.iter().copied())
        .collect();
    let written_lines: Vec<&Line> = said
        .iter()
        .copied()
        .filter(|l| says_written(&l.text))
        .collect();
    head.written = written_stated.unwrap_or(!written_lines.is_empty());
    if head.written && head.date.is_none() {
        let dated = written_lines
            .iter()
            .find_map(|l| find_dates(&l.text).first().map(|found| (*l, *found)));
        if let Some((line, found)) = dated {
            head.date = found
                .year
                .and_then(|y| NaiveDate::from_ymd_opt(y, found.month, found.day));
            head.spans.push(FieldSpan {
                path: path!["date"],
                span: line.span_of(&line.text[found.start..found.end]),
            });
        }
    }
    // "Fjernmøte jf. kommunelova § 11-7": a remote meeting said in words, where no line of
    // the record says how it was held.
    head.remote = remote_stated.unwrap_or_else(|| {
        head.place.as_deref().is_some_and(is_remote_place)
            || said.iter().any(|l| says_remote(&l.text))
    });
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
        if let Some(line) = head.body_line {
            head.spans.push(FieldSpan {
                path: path!["body"],
                span: line.span(),
            });
            // "Utvalg: RR og mer tekst": what is not the body's name, nor words of the
            // council's ("Trøndelag sørvest, kommunedirektørutvalget"), is kept.
            let value = head.body_text.as_str();
            let lowered = lower(value);
            let mut taken = Vec::new();
            for name in body.names() {
                let name = lower(name);
                let mut from = 0;
                while let Some(at) = find_word(&lowered, &name, from) {
                    taken.push((at, at + name.len()));
                    from = at + name.len().max(1);
                }
            }
            let council_names: Vec<String> = resolver
                .council
                .map(|c| {
                    std::iter::once(&c.name)
                        .chain(&c.former_names)
                        .map(|n| lower(n))
                })
                .into_iter()
                .flatten()
                .collect();
            let names_council = |part: &str| {
                council_names
                    .iter()
                    .any(|n| find_word(n, &lower(part), 0).is_some())
            };
            let rest = rest_of(value, &taken);
            head.unplaced.extend(
                rest.into_iter()
                    .filter(|part| !names_council(part))
                    .map(|part| line.piece_of(part)),
            );
        }
    } else if resolver.council.is_none() {
        head.body_id = prefixes
            .first()
            .map(|p| lower(p))
            .unwrap_or_else(|| lower(head.body_text.trim()));
        // Without a council, words on the body line that are not the body's id have no
        // field to go to.
        if let Some(line) = head.body_line {
            if lower(head.body_text.trim()) != head.body_id {
                head.unplaced.push(line.into());
            }
        }
    }
    if head.body_text.is_empty() {
        head.body_text = head.title.clone().unwrap_or_default();
    }
    head
}

use chrono::Datelike as _;
