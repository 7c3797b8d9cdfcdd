//! Minutes as text: reading the minutes secretariats write (exported from Word or PDF) into a
//! [`Meeting`], and writing a meeting back as clean minutes.
//!
//! Reading takes the header (body, date in any Norwegian form, times, place, remote), the
//! attendance in its forms, and every item with its parts, follow-ups and case references.
//! Nothing is lost: text the reader cannot place stays in [`Meeting::unplaced`] with its
//! span and is reported as `minutes.unplaced`; every value taken keeps its span in
//! [`Reading::spans`], so a form can highlight where it came from. Free text that would read
//! back as something else is written between fences of backticks and read as it is (see
//! [`write()`]).
//!
//! ```
//! use regionrad::minutes;
//!
//! let text = "Referat\n\nUtvalg: KDU\nDato: 20.01.23\nSted: Teams\n\n\
//!             Til stede: Ola Nordmann, Kari Hansen\nForfall: Per Berg\n\n\
//!             KDU 1/23 Godkjenning av innkalling\n\nVedtak: Innkalling godkjent\n";
//! let reading = minutes::read(text, None);
//! let meeting = &reading.meeting;
//! assert_eq!(meeting.date.to_string(), "2023-01-20");
//! assert_eq!(meeting.attendance.len(), 3);
//! assert_eq!(meeting.agenda[0].number.as_deref(), Some("KDU 1/23"));
//! assert!(meeting.remote);
//!
//! // Written back, the minutes read as the same meeting.
//! let written = minutes::write(meeting, None, regionrad::Lang::Nb)?;
//! assert_eq!(minutes::read(&written, None).meeting, *meeting);
//! # Ok::<(), regionrad::Error>(())
//! ```

mod attendance;
mod dates;
mod declarations;
mod extract;
mod header;
mod items;
mod names;
mod record;
mod references;
mod text;
mod verbatim;
mod write;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::council::Council;
use crate::findings::{Code, Finding, PathSegment, Span};
use crate::i18n::{Catalog, Lang};
use crate::meeting::{Meeting, Presence, UnplacedText};
use crate::path;

pub use write::write;

/// Where a value read from minutes stands in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FieldSpan {
    /// The field in the meeting document.
    pub path: Vec<PathSegment>,
    pub span: Span,
}

/// What reading minutes gives: the meeting, what the reader has to say about the text, and
/// where each value came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    pub meeting: Meeting,
    /// Findings about the text (`minutes.unplaced`, `minutes.date_not_found`, …), each with
    /// its span. Validate the meeting for the rules of the domain.
    pub findings: Vec<Finding>,
    pub spans: Vec<FieldSpan>,
}

/// The heading under which written minutes keep the text the reader could not place.
pub(crate) const UNPLACED_HEADING: &str = "Tekst fra originalen som ikke er plassert:";

/// Lines that announce the agenda and carry nothing else.
fn is_agenda_marker(text: &str) -> bool {
    let t = text::lower(text.trim().trim_end_matches(':'));
    matches!(
        t.as_str(),
        "saker til behandling"
            | "sakliste"
            | "saksliste"
            | "dagsorden"
            | "saker"
            | "behandlede saker"
    )
}

/// The date of a meeting read from text that gives none (1 January 1970, with the finding
/// `minutes.date_not_found`); [`write()`] leaves its date line out, so it reads back the same.
pub fn date_not_found() -> chrono::NaiveDate {
    chrono::NaiveDate::default()
}

/// Reads minutes text. With a council, names resolve to its body, members, staff,
/// municipalities and organisations; without one, the meeting's `council` is empty and the
/// body is taken from the case numbers' prefix.
///
/// Never panics; linear in the length of the text.
pub fn read(text: &str, council: Option<&Council>) -> Reading {
    read_in(text, council, Lang::Nb)
}

/// [`read()`] with the findings' messages in `lang`.
pub fn read_in(text: &str, council: Option<&Council>, lang: Lang) -> Reading {
    let mut reading = read_unrendered(text, council);
    for finding in &mut reading.findings {
        finding.localize_from(Catalog::READING, lang);
    }
    reading
}

/// [`read()`] with the findings' messages not yet rendered.
fn read_unrendered(text: &str, council: Option<&Council>) -> Reading {
    let too_large = crate::limits::size(
        text.len(),
        crate::limits::MAX_MINUTES_BYTES,
        |code, path| Finding::meeting(code, 0, path),
    );
    if let Some(finding) = too_large {
        return Reading {
            meeting: blank_meeting(council),
            findings: vec![finding],
            spans: Vec::new(),
        };
    }
    let all_lines = text::lines(text);
    // Text written back as unplaced stays unplaced.
    let tail = all_lines
        .iter()
        .position(|l| l.text == UNPLACED_HEADING)
        .unwrap_or(all_lines.len());
    let lines = &all_lines[..tail];
    let mut spans: Vec<FieldSpan> = Vec::new();
    let mut findings: Vec<Finding> = Vec::new();
    let mut unplaced_pieces: Vec<text::Piece> = Vec::new();

    // Each line read as an item heading once; their prefixes may name the body before
    // anything is resolved.
    // Boxed, for most lines are none: a line costs a pointer here, not a heading.
    let mut headings: Vec<Option<Box<items::Heading>>> = lines
        .iter()
        .map(|l| items::heading(l).map(Box::new))
        .collect();
    let prefixes: Vec<&str> = headings
        .iter()
        .flatten()
        .filter_map(|h| h.parsed.as_ref()?.body.as_deref())
        .collect();
    let nobody = names::Resolver {
        council,
        date: None,
        body: None,
    };
    let attendance_start = lines
        .iter()
        .position(|l| attendance::is_attendance_line(l, &nobody));
    let heading_at =
        (0..lines.len()).position(|i| headings[i].is_some() || is_agenda_marker(&lines[i].text));
    let header_end = match (attendance_start, heading_at) {
        (Some(a), Some(h)) => a.min(h),
        (a, h) => a.or(h).unwrap_or(lines.len()),
    };
    let mut head = header::read(&lines[..header_end], &nobody, &prefixes);

    // Attendance: from its first line to the agenda.
    let k = header_end;
    // The agenda opens at its marker or at the first heading in the meeting's year — not at
    // a row of the attendance table, whose name may read as a case number ("Kri 12/22").
    let in_table = |i: usize| lines[i].is_table_row() && attendance_start.is_some_and(|a| a <= i);
    let agenda_start = (k..lines.len())
        .find(|&i| {
            is_agenda_marker(&lines[i].text)
                || !in_table(i)
                    && headings[i]
                        .as_ref()
                        .is_some_and(|h| items::opens(h.parsed.as_ref(), head.date))
        })
        .unwrap_or(lines.len());
    // "Til stede:" then "Sted: Rådhuset": a header line among the attendance is the header's.
    let (head_lines, attendance_lines): (Vec<&text::Line>, Vec<&text::Line>) = lines
        [k..agenda_start]
        .iter()
        .partition(|l| header::is_header_line(l));
    if !head_lines.is_empty() {
        head = header::read(
            lines[..header_end].iter().chain(head_lines),
            &nobody,
            &prefixes,
        );
    }
    unplaced_pieces.append(&mut head.unplaced);
    spans.append(&mut head.spans);
    let body = head
        .body
        .as_ref()
        .and_then(|id| council.and_then(|c| c.body(id)));
    let resolver = names::Resolver {
        council,
        date: head.date,
        body,
    };
    let (people, not_people) = attendance::read(attendance_lines, &resolver);
    unplaced_pieces.extend(not_people.into_iter().map(text::Piece::from));

    // Items: a heading continues the agenda when its number follows the one before.
    let mut agenda = Vec::new();
    let mut previous: Option<crate::case_number::CaseNumber> = None;
    let mut current: Option<(items::Heading, usize)> = None;
    let item_cx = items::ItemContext {
        resolver: &resolver,
        body: head.body_id.clone(),
        date: head.date,
    };
    // Items after the most the library takes are counted, not read.
    let mut items_found = 0usize;
    let mut finish = |heading: &items::Heading,
                      at: usize,
                      end: usize,
                      agenda: &mut Vec<_>,
                      spans: &mut Vec<FieldSpan>| {
        items_found += 1;
        if agenda.len() == crate::limits::MAX_ITEMS {
            return;
        }
        let read = items::read(heading, &lines[at], &lines[at + 1..end], &item_cx);
        let index = agenda.len();
        for (path, span) in read.spans {
            let mut full = path!["agenda", index];
            full.extend(path);
            spans.push(FieldSpan { path: full, span });
        }
        agenda.push(read.item);
    };
    for (at, line) in lines.iter().enumerate().skip(agenda_start) {
        let Some(heading) = headings[at].take() else {
            if current.is_none()
                && !line.is_blank()
                && !line.is_rule()
                && !is_agenda_marker(&line.text)
            {
                unplaced_pieces.push(line.into());
            }
            continue;
        };
        let stands_alone = at.checked_sub(1).is_none_or(|b| lines[b].is_blank())
            && lines.get(at + 1).is_none_or(text::Line::is_blank);
        let follows = items::heads_item(previous.as_ref(), &heading, stands_alone, head.date);
        if !follows {
            if current.is_none() {
                unplaced_pieces.push(line.into());
            }
            continue;
        }
        if let Some((h, start)) = current.take() {
            finish(&h, start, at, &mut agenda, &mut spans);
        }
        if let Some(parsed) = &heading.parsed {
            previous = Some(parsed.clone());
        }
        current = Some((*heading, at));
    }
    if let Some((h, start)) = current.take() {
        finish(&h, start, lines.len(), &mut agenda, &mut spans);
    }

    // People "(på sak)" were there for the items they are case officer of.
    let mut attendance_list = Vec::new();
    // Built only when someone was there "(på sak)": it tokenises every name of the council.
    let mut known_people: Option<names::KnownPeople> = None;
    for (i, person) in people.into_iter().enumerate() {
        let mut a = person.attendance;
        if person.own_items {
            let known_people = known_people.get_or_insert_with(|| resolver.known_people());
            let items: Vec<String> = agenda
                .iter()
                .filter(|item: &&crate::meeting::AgendaItem| {
                    item.case_officers
                        .iter()
                        .any(|o| known_people.same_person(o, &a.name))
                })
                .filter_map(|item| item.number.clone())
                .collect();
            a.presence = if items.is_empty() {
                Presence::Unspecified
            } else {
                Presence::Items { items }
            };
        }
        spans.push(FieldSpan {
            path: path!["attendance", i],
            span: person.span,
        });
        spans.push(FieldSpan {
            path: path!["attendance", i, "name"],
            span: person.name_span,
        });
        if let Some(text) = person.unknown_status {
            findings.push(
                Finding::meeting(
                    Code::MinutesStatusNotUnderstood,
                    0,
                    path!["attendance", i, "status"],
                )
                .param("name", a.name.as_str())
                .param("text", text)
                .with_span(person.span),
            );
        }
        attendance_list.push(a);
    }

    let mut unplaced = unplaced_blocks(unplaced_pieces);
    unplaced.extend(written_unplaced(
        all_lines.get(tail + 1..).unwrap_or_default(),
    ));
    for (i, block) in unplaced.iter().enumerate() {
        findings.push(
            Finding::meeting(Code::MinutesUnplaced, 0, path!["unplaced", i])
                .param("text", block.text.chars().take(80).collect::<String>())
                .with_span(block.span),
        );
    }
    let date = head.date.unwrap_or_else(date_not_found);
    if head.date.is_none() {
        findings.push(Finding::meeting(
            Code::MinutesDateNotFound,
            0,
            path!["date"],
        ));
    }
    if head.body_id.is_empty() || (council.is_some() && body.is_none()) {
        findings.push(
            Finding::meeting(Code::MinutesBodyNotFound, 0, path!["body"])
                .param("text", head.body_text.clone()),
        );
    }
    if agenda.is_empty() {
        findings.push(Finding::meeting(Code::MinutesNoItems, 0, path!["agenda"]));
    }
    let mut meeting = Meeting {
        body: head.body_id,
        title: head.title,
        date,
        // An end without a readable start is no range, nor is an end on the start day.
        end_date: head
            .end_date
            .filter(|end| head.date.is_some_and(|start| start != *end)),
        start_time: head.start_time,
        end_time: head.end_time,
        place: head.place,
        remote: head.remote,
        procedure: if head.written {
            crate::meeting::Procedure::Written
        } else {
            Default::default()
        },
        attendance: attendance_list,
        agenda,
        unplaced,
        ..blank_meeting(council)
    };
    // What the reader gives is held to the limits of what it takes: beyond them it stops,
    // and says where.
    let cuts = crate::limits::cut(&mut meeting, 0, items_found);
    if !cuts.is_empty() {
        let kept = |path: &[PathSegment]| match path {
            [PathSegment::Field(list), PathSegment::Index(i), ..] => match list.as_str() {
                "agenda" => *i < meeting.agenda.len(),
                "attendance" => *i < meeting.attendance.len(),
                _ => true,
            },
            _ => true,
        };
        spans.retain(|s| kept(&s.path));
        findings.retain(|f| kept(&f.path));
        findings.extend(cuts);
    }
    Reading {
        meeting,
        findings,
        spans,
    }
}

/// A meeting of the council with nothing read into it yet.
fn blank_meeting(council: Option<&Council>) -> Meeting {
    Meeting {
        schema_version: crate::SCHEMA_VERSION,
        council: council.map_or_else(String::new, |c| c.id.clone()),
        body: String::new(),
        title: None,
        date: date_not_found(),
        end_date: None,
        start_time: None,
        end_time: None,
        place: None,
        remote: false,
        procedure: Default::default(),
        attendance: Vec::new(),
        agenda: Vec::new(),
        unplaced: Vec::new(),
    }
}

/// The unplaced texts as the writer writes them, under [`UNPLACED_HEADING`]: each one a
/// stretch of lines up to a blank one, or a fenced block whose text is the block's own.
pub(crate) fn written_unplaced(lines: &[text::Line]) -> Vec<UnplacedText> {
    let mut blocks = Vec::new();
    let mut stretch: Vec<text::Piece> = Vec::new();
    for line in lines {
        if line.is_blank() || line.verbatim().is_some() {
            blocks.extend(unplaced_blocks(std::mem::take(&mut stretch)));
        }
        if let Some(text) = line.verbatim() {
            blocks.push(UnplacedText {
                text: text.to_owned(),
                span: line.span(),
            });
        } else if !line.is_blank() {
            stretch.push(line.into());
        }
    }
    blocks.extend(unplaced_blocks(stretch));
    blocks
}

/// Unplaced pieces as blocks of neighbouring lines: the pieces of one line joined by a
/// space, lines by a line break.
fn unplaced_blocks(mut pieces: Vec<text::Piece>) -> Vec<UnplacedText> {
    pieces.sort_unstable_by_key(|p| {
        let start = p.span().start;
        (start.line, start.column)
    });
    let mut blocks: Vec<UnplacedText> = Vec::new();
    for piece in pieces {
        let span = piece.span();
        let joint = blocks.last().and_then(|block| {
            let line = block.span.end.line;
            if line == span.start.line {
                Some(' ')
            } else if line.checked_add(1) == Some(span.start.line) {
                Some('\n')
            } else {
                None
            }
        });
        match (blocks.last_mut(), joint) {
            (Some(block), Some(joint)) => {
                block.text.push(joint);
                block.text.push_str(piece.text());
                block.span.end = span.end;
            }
            _ => blocks.push(UnplacedText {
                text: piece.text().to_owned(),
                span,
            }),
        }
    }
    blocks
}
