//! Case references in the text of an item: "rr sak 8/21", "Oppfølging sak KDU 3/21",
//! "KDU 46/22 Digi Trøndelag", "Vedtak regionrådet 17. september 2021".

use chrono::NaiveDate;

use crate::decision::{CaseReference, ReferenceKind};
use crate::minutes::dates::{find_dates, Towards};
use crate::minutes::names::Resolver;
use crate::minutes::text::{case_number_end, find_word, lower};

/// Where in the item the text stands, which decides the kind of a reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Context {
    /// Ordinary text.
    Text,
    /// The decision of an item approving earlier minutes: references amend those cases.
    Approval,
}

/// A case number in running text: the optional prefix, the digits around the slash.
struct Number {
    start: usize,
    end: usize,
}

fn is_prefix_word(word: &str, resolver: &Resolver) -> bool {
    let letters = word.chars().all(char::is_alphabetic);
    let count = word.chars().count();
    letters
        && (2..=6).contains(&count)
        && (word.chars().all(char::is_uppercase) || resolver.body_named(word).is_some())
}

/// The word just before byte `at` (skipping one space), with its start.
fn word_before(text: &str, at: usize) -> Option<(&str, usize)> {
    let before = text[..at].strip_suffix(' ')?;
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[start..];
    (!word.is_empty()).then_some((word, start))
}

/// The numbers in `text` that are case numbers by their words: after "sak", or after a body
/// prefix ("KDU 46/22"), or at the very start.
fn numbers(text: &str, resolver: &Resolver) -> Vec<(Number, Option<String>)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let starts = b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_alphanumeric());
        if !starts {
            i += 1;
            continue;
        }
        let Some(end) = case_number_end(text, i) else {
            i += b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            continue;
        };
        let mut start = i;
        let mut prefix = None;
        if let Some((word, word_start)) = word_before(text, i) {
            if word.eq_ignore_ascii_case("sak") || word.eq_ignore_ascii_case("saksnr") {
                // "rr sak 8/21": the body is the word before "sak".
                if let Some((body_word, _)) = word_before(text, word_start) {
                    if is_prefix_word(body_word, resolver)
                        || resolver.body_named(body_word).is_some()
                    {
                        prefix = Some(body_word.to_owned());
                    }
                }
                out.push((Number { start, end }, prefix));
            } else if is_prefix_word(word, resolver) {
                start = word_start;
                out.push((Number { start, end }, Some(word.to_owned())));
            } else if i == 0 {
                out.push((Number { start, end }, None));
            }
        } else if i == 0 {
            out.push((Number { start, end }, None));
        }
        i = end;
    }
    out
}

/// The title a line gives the case it starts with: the words after the number, up to the
/// end of the noun phrase ("KDU 46/22 Plan for atomberedskap er sendt kommunene-").
fn title_after(text: &str) -> Option<String> {
    let rest = text.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | ':'));
    let lower_rest = lower(rest);
    let mut end = rest.len();
    for stop in [
        ". ", "- ", " - ", " – ", ":", " er ", " ble ", " blir ", " har ", " legges ", " settes ",
    ] {
        if let Some(at) = lower_rest.find(stop) {
            end = end.min(at);
        }
    }
    let title = rest[..end]
        .trim()
        .trim_end_matches(['-', '–', '.', ','])
        .trim();
    (!title.is_empty()).then(|| title.to_owned())
}

/// Words that name a body the council does not know: "Administrativt Samarbeidsutvalg (ASU)".
fn names_other_body(text: &str) -> bool {
    let has_acronym = text.split('(').skip(1).any(|rest| {
        let inner: String = rest.chars().take_while(|c| *c != ')').collect();
        inner.chars().count() >= 2 && inner.chars().all(char::is_uppercase)
    });
    has_acronym
        || text.split_whitespace().any(|w| {
            let w = lower(w.trim_matches(|c: char| !c.is_alphabetic()));
            w.ends_with("utvalg") || w.ends_with("styret")
        })
}

/// The references written in one line of an item.
pub(crate) fn in_line(
    text: &str,
    context: Context,
    resolver: &Resolver,
    meeting_body: &str,
    meeting_date: Option<NaiveDate>,
) -> Vec<CaseReference> {
    let mut out = Vec::new();
    for (number, prefix) in numbers(text, resolver) {
        let written = text[number.start..number.end].to_owned();
        // What decides body, date and kind stands close before the number; a window keeps
        // a line full of numbers linear.
        let before = window_before(text, number.start);
        let lower_before = lower(before).trim_end().to_owned();
        let follows_up = lower_before.ends_with("oppfølging sak")
            || lower_before.ends_with("oppfølging av sak")
            || lower_before.ends_with("oppfølging");
        // The body: the prefix, else a body the line names before the number, else (with no
        // other body named) the meeting's own.
        let body = match &prefix {
            Some(p) => resolver
                .body_named(p)
                .map(|b| b.id.clone())
                .or_else(|| resolver.council.is_none().then(|| lower(p))),
            None => match resolver.body_in(before) {
                Some(b) => Some(b.id.clone()),
                None if names_other_body(before) => None,
                None => Some(meeting_body.to_owned()).filter(|b| !b.is_empty()),
            },
        };
        let decision_date = meeting_date.and_then(|anchor| {
            find_dates(before)
                .last()
                .and_then(|d| d.resolve(anchor, Towards::Past))
        });
        let at_start = before.len() == number.start
            && before
                .trim()
                .trim_end_matches(|c: char| c.is_alphabetic())
                .trim()
                .is_empty()
            || follows_up && lower_before.trim_start().starts_with("oppfølging");
        let title = if at_start {
            title_after(&text[number.end..])
        } else {
            None
        };
        let kind = if follows_up {
            ReferenceKind::FollowsUp
        } else if context == Context::Approval {
            ReferenceKind::Amends
        } else {
            ReferenceKind::RefersTo
        };
        out.push(CaseReference {
            number: Some(written),
            body,
            kind,
            title,
            decision_date,
        });
    }
    // "Vedtak (i) regionrådet 12. februar": a decision named by body and date.
    for date in find_dates(text) {
        let window = window_before(text, date.start);
        let offset = date.start - window.len();
        let before = lower(window);
        let Some(vedtak) = ["vedtak i ", "vedtaket i ", "vedtak "]
            .iter()
            .filter_map(|w| before.rfind(w).map(|at| (at, w.len())))
            .max_by_key(|&(at, len)| (at, len))
        else {
            continue;
        };
        if find_word(&before, "vedtak", vedtak.0).is_none()
            && find_word(&before, "vedtaket", vedtak.0).is_none()
        {
            continue;
        }
        let between = text[..date.start]
            .get(offset + vedtak.0 + vedtak.1..)
            .unwrap_or("")
            .trim();
        let Some(body) = resolver.body_named(between) else {
            continue;
        };
        let Some(decided) = meeting_date.and_then(|anchor| date.resolve(anchor, Towards::Past))
        else {
            continue;
        };
        out.push(CaseReference {
            number: None,
            body: Some(body.id.clone()),
            kind: ReferenceKind::RefersTo,
            title: None,
            decision_date: Some(decided),
        });
    }
    out
}

/// The text before byte `end`, at most `WINDOW` bytes of it (cut at a character boundary).
fn window_before(text: &str, end: usize) -> &str {
    const WINDOW: usize = 240;
    let mut start = end.saturating_sub(WINDOW);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..end]
}

/// Adds references, dropping a reference by body and date where a numbered one of the same
/// body and date is known, and exact repeats.
pub(crate) fn merge(into: &mut Vec<CaseReference>, found: Vec<CaseReference>) {
    for reference in found {
        let covered = |r: &CaseReference| {
            r.body == reference.body
                && r.decision_date == reference.decision_date
                && (reference.number.is_none() || r.number.is_none())
        };
        if let Some(existing) = into.iter_mut().find(|r| covered(r)) {
            if existing.number.is_none() && reference.number.is_some() {
                *existing = reference;
            }
            continue;
        }
        if !into.contains(&reference) {
            into.push(reference);
        }
    }
}
