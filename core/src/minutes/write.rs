//! Clean minutes from a meeting: the order and headings a secretariat uses, deterministic,
//! and such that reading what was written gives back the same meeting.

use crate::case_number::CaseNumber;
use crate::decision::{CaseReference, Decision, FollowUp, ReferenceKind};
use crate::findings::Code;
use crate::i18n::Lang;
use crate::meeting::{
    AgendaItem, Attendance, AttendanceStatus, Capacity, Meeting, Presence, Procedure, Proposal,
    SubItem,
};
use crate::minutes::dates::written;
use crate::minutes::extract;
use crate::minutes::items::{
    self, first_line_heads_an_item, follow_ups_of_item, follow_ups_of_point, references_of_item,
    references_of_point, ItemContext,
};
use crate::minutes::names::Resolver;
use crate::minutes::record;
use crate::minutes::{text, verbatim};
use crate::{Council, Error, Finding, PathSegment};

/// Writes a meeting as minutes text. Bokmål (`Lang::Nb`) is the form read back by
/// [`read`](super::read) as the same meeting, with the `council` given here (the one the
/// meeting was read with, or `None`); `Lang::En` gives English headings for readers abroad.
///
/// A free text that would read back as something else — a line that reads as a section
/// label or a heading, markup the reader drops, extra blank lines — is written between
/// fences of backticks and read back as it is:
///
/// ```
/// use regionrad::{minutes, Lang};
///
/// let text = "KDU 1/23 Budsjett\n\nVedtak: Budsjettet vedtas.\n";
/// let mut meeting = minutes::read(text, None).meeting;
/// meeting.agenda[0].introduction = Some("Saken gjelder:\nVedtak:\n  neste år".to_owned());
/// let written = minutes::write(&meeting, None, Lang::Nb)?;
/// assert!(written.contains("```\nSaken gjelder:\nVedtak:\n  neste år\n```"));
/// assert_eq!(minutes::read(&written, None).meeting, meeting);
///
/// // A line break in a title would begin a line of its own: refused, never written.
/// meeting.agenda[0].title = "Budsjett\nKDU 2/23 Noe annet".to_owned();
/// let refused = minutes::write(&meeting, None, Lang::Nb).unwrap_err();
/// assert!(refused.to_string().contains("agenda[0].title"));
/// # Ok::<(), regionrad::Error>(())
/// ```
///
/// # Errors
/// [`Error::InvalidArgument`] for nynorsk, which is not written yet.
/// [`Error::InvalidInput`], naming the field, when the meeting cannot be written so that
/// it reads back: a line end in a field written on one line (a title, a place, a name) or
/// a tab in a cell of the attendance table, in either language; and, in bokmål, whatever
/// else would read back otherwise once free texts are fenced (a title that reads as a
/// fence, say), or minutes beyond the size the reader reads.
pub fn write(meeting: &Meeting, council: Option<&Council>, lang: Lang) -> Result<String, Error> {
    if lang == Lang::Nn {
        // Written nynorsk would have to read back as the same meeting, and the reader does
        // not read nynorsk headings yet: refused rather than written in bokmål unasked.
        return Err(Error::InvalidArgument(
            "minutes are written in bokmål (nb) or English (en); nynorsk is not written yet"
                .to_owned(),
        ));
    }
    if let Some(path) = first_broken_line(meeting) {
        return Err(refused(Code::InputLineBreakInLine, path, lang));
    }
    let mut fenced_items = vec![false; meeting.agenda.len()];
    let mut out = write_with(meeting, lang, &fenced_items);
    if lang != Lang::Nb {
        return Ok(out);
    }
    // Whether a line reads as structure depends on where it stands, so the written minutes
    // are read back, and an item that reads differently has its free texts fenced. A few
    // rounds at most: items gained or lost shift all after them, so then only the first is
    // known to differ, and in the last round every item from it on is fenced. What still
    // reads back otherwise after that is refused.
    let mut round = 0;
    loop {
        round += 1;
        if let Some(finding) =
            crate::limits::size(out.len(), crate::limits::MAX_MINUTES_BYTES, |code, path| {
                Finding::meeting(code, 0, path)
            })
        {
            return Err(Error::document("minutes", finding, lang));
        }
        let back = super::read_unrendered(&out, council).meeting;
        let mut differing: Vec<usize> = (0..meeting.agenda.len())
            .filter(|&i| !fenced_items[i] && back.agenda.get(i) != Some(&meeting.agenda[i]))
            .collect();
        let first = differing.first().copied();
        let Some(first) = first.filter(|_| round <= READ_BACK_ROUNDS) else {
            let Some(path) = first_difference(meeting, back) else {
                return Ok(out);
            };
            // The reader stops at the limits of what the library takes: a meeting beyond
            // them is refused for that.
            return Err(match crate::document::within_limits(meeting.clone(), 0) {
                Err(beyond) => Error::document("meeting", beyond, lang),
                Ok(_) => refused(Code::InputNotWrittenBack, path, lang),
            });
        };
        if back.agenda.len() != meeting.agenda.len() {
            differing = if round == READ_BACK_ROUNDS {
                (first..meeting.agenda.len()).collect()
            } else {
                vec![first]
            };
        }
        for i in differing {
            fenced_items[i] = true;
        }
        out = write_with(meeting, lang, &fenced_items);
    }
}

/// How often [`write()`] reads its minutes back to find the items to fence.
const READ_BACK_ROUNDS: usize = 4;

/// The error for a meeting that cannot be written, at `path`.
fn refused(code: Code, path: Vec<PathSegment>, lang: Lang) -> Error {
    let field = crate::findings::format_path(&path);
    Error::document(
        "meeting",
        Finding::meeting(code, 0, path).param("field", field),
        lang,
    )
}

/// The first field written on one line that holds a line end, or a cell of the attendance
/// table that holds the tab that parts its cells.
fn first_broken_line(meeting: &Meeting) -> Option<Vec<PathSegment>> {
    let at = |steps: &[PathSegment], field: &str| {
        let mut path = steps.to_vec();
        path.push(field.into());
        path
    };
    let breaks = |text: &Option<String>| text.as_deref().is_some_and(text::has_line_end);
    for (field, value) in [("title", &meeting.title), ("place", &meeting.place)] {
        if breaks(value) {
            return Some(vec![field.into()]);
        }
    }
    if text::has_line_end(&meeting.body) {
        return Some(vec!["body".into()]);
    }
    for (i, person) in meeting.attendance.iter().enumerate() {
        let steps = [PathSegment::from("attendance"), PathSegment::Index(i)];
        let cells = [
            ("name", Some(&person.name)),
            ("title", person.title.as_ref()),
            ("organisation", person.organisation.as_ref()),
            ("email", person.email.as_ref()),
            ("substitute_for", person.substitute_for.as_ref()),
            ("note", person.note.as_ref()),
        ];
        for (field, value) in cells {
            if value.is_some_and(|v| text::has_line_end(v) || v.contains('\t')) {
                return Some(at(&steps, field));
            }
        }
    }
    for (i, item) in meeting.agenda.iter().enumerate() {
        let steps = [PathSegment::from("agenda"), PathSegment::Index(i)];
        if breaks(&item.number) {
            return Some(at(&steps, "number"));
        }
        if text::has_line_end(&item.title) {
            return Some(at(&steps, "title"));
        }
        for (field, list) in [
            ("case_officers", &item.case_officers),
            ("documents", &item.documents),
        ] {
            if let Some(j) = list.iter().position(|v| text::has_line_end(v)) {
                let mut path = at(&steps, field);
                path.push(PathSegment::Index(j));
                return Some(path);
            }
        }
        if let Some(j) = item
            .sub_items
            .iter()
            .position(|s| text::has_line_end(&s.title))
        {
            let mut path = at(&steps, "sub_items");
            path.extend([PathSegment::Index(j), "title".into()]);
            return Some(path);
        }
    }
    None
}

/// Where `back`, read from the minutes written of `meeting`, differs from it: the field, or
/// the entry of a list, that comes first in the minutes. What the minutes do not carry is
/// not compared: the council's id when the reader was not given it, the case of the body,
/// where unplaced text stood.
fn first_difference(meeting: &Meeting, mut back: Meeting) -> Option<Vec<PathSegment>> {
    back.council.clone_from(&meeting.council);
    if back.body.to_lowercase() == meeting.body.to_lowercase() {
        back.body.clone_from(&meeting.body);
    }
    for (block, written) in back.unplaced.iter_mut().zip(&meeting.unplaced) {
        block.span = written.span;
    }
    if back == *meeting {
        return None;
    }
    // Every field named, so that a field added to meetings is compared here too.
    let Meeting {
        schema_version,
        council: _,
        body,
        title,
        date,
        end_date,
        start_time,
        end_time,
        place,
        remote,
        procedure,
        attendance,
        agenda,
        unplaced,
    } = meeting;
    let head = [
        ("title", *title != back.title),
        ("body", *body != back.body),
        ("date", *date != back.date),
        ("end_date", *end_date != back.end_date),
        ("start_time", *start_time != back.start_time),
        ("end_time", *end_time != back.end_time),
        ("place", *place != back.place),
        ("procedure", *procedure != back.procedure),
        ("remote", *remote != back.remote),
    ];
    if let Some((field, _)) = head.into_iter().find(|(_, differs)| *differs) {
        return Some(vec![field.into()]);
    }
    first_differing_entry("attendance", attendance, &back.attendance)
        .or_else(|| first_differing_entry("agenda", agenda, &back.agenda))
        .or_else(|| first_differing_entry("unplaced", unplaced, &back.unplaced))
        .or_else(|| (*schema_version != back.schema_version).then(|| vec!["schema_version".into()]))
}

/// `field[i]` for the first entry of `written` that reads back otherwise, or `field` when
/// only entries the reader added differ.
fn first_differing_entry<T: PartialEq>(
    field: &str,
    written: &[T],
    back: &[T],
) -> Option<Vec<PathSegment>> {
    let i = (0..written.len().max(back.len())).find(|&i| written.get(i) != back.get(i))?;
    let mut path = vec![PathSegment::from(field)];
    if i < written.len() {
        path.push(PathSegment::Index(i));
    }
    Some(path)
}

/// The minutes with the free texts of the items marked in `fenced_items` fenced (and any
/// free text that needs it on its own).
fn write_with(meeting: &Meeting, lang: Lang, fenced_items: &[bool]) -> String {
    let en = lang == Lang::En;
    let t = |nb: &'static str, english: &'static str| if en { english } else { nb };
    let mut out = String::new();
    // Without a title the head begins with its fields, and reads back without one.
    if let Some(title) = &meeting.title {
        out.push_str(title);
        out.push_str("\n\n");
    }
    if !meeting.body.is_empty() {
        out.push_str(&format!(
            "{}: {}\n",
            t("Utvalg", "Body"),
            meeting.body.to_uppercase()
        ));
    }
    // A meeting read from text without a date has the reader's stand-in; no date line
    // reads back as the same.
    if meeting.date != super::date_not_found() {
        let date = match meeting.end_date.filter(|end| *end != meeting.date) {
            Some(end) => format!("{}.–{}", chrono::Datelike::day(&meeting.date), written(end)),
            None => written(meeting.date),
        };
        out.push_str(&format!("{}: {date}\n", t("Dato", "Date")));
    }
    match (meeting.start_time, meeting.end_time) {
        (Some(start), end) => {
            let end = end.map(|e| format!("–{}", clock(e))).unwrap_or_default();
            out.push_str(&format!(
                "{}: kl. {}{end}\n",
                t("Tidspunkt", "Time"),
                clock(start)
            ));
        }
        (None, Some(end)) => {
            out.push_str(&format!(
                "{}: til kl. {}\n",
                t("Tidspunkt", "Time"),
                clock(end)
            ));
        }
        (None, None) => {}
    }
    if let Some(place) = &meeting.place {
        out.push_str(&format!("{}: {place}\n", t("Sted", "Place")));
    }
    // How the meeting was held, on a record line where the place and heading do not say it
    // as the reader would take them.
    let title = meeting.title.as_deref().unwrap_or("");
    let written = meeting.procedure == Procedure::Written;
    if written != crate::minutes::header::says_written(title) {
        out.push_str(record::written_line(written));
        out.push('\n');
    }
    let place_says_remote = meeting
        .place
        .as_deref()
        .is_some_and(crate::minutes::header::is_remote_place)
        || crate::minutes::header::says_remote(title);
    if meeting.remote != place_says_remote {
        out.push_str(record::remote_line(meeting.remote));
        out.push('\n');
    }
    out.push('\n');
    write_attendance(&mut out, &meeting.attendance, en);
    if !meeting.agenda.is_empty() {
        out.push_str(t("Saker til behandling:", "Items:"));
        out.push_str("\n\n");
    }
    let resolver = Resolver {
        council: None,
        date: Some(meeting.date),
        body: None,
    };
    let cx = ItemContext {
        resolver: &resolver,
        body: meeting.body.clone(),
        date: Some(meeting.date).filter(|d| *d != super::date_not_found()),
    };
    // The number of the last heading the reader will have taken, as it reads on.
    let mut previous = None;
    for (item, &fence) in meeting.agenda.iter().zip(fenced_items) {
        write_item(&mut out, item, en, &cx, fence, &mut previous);
    }
    if !meeting.unplaced.is_empty() {
        out.push_str(t(
            "Tekst fra originalen som ikke er plassert:",
            "Text of the original not placed:",
        ));
        out.push_str("\n\n");
        for block in &meeting.unplaced {
            // Fenced where, written as it is, it would not read back as one text of its
            // own: a blank line or a fence in it, lines the reader would trim.
            if reads_back_as_written(&block.text) {
                out.push_str(&block.text);
            } else {
                out.push_str(&verbatim::fenced(&block.text));
            }
            out.push_str("\n\n");
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// Whether an unplaced text written as it is under the unplaced heading reads back as
/// itself: one text, and no fence line in it that a fence of another text could pair with.
fn reads_back_as_written(text: &str) -> bool {
    if crate::minutes::text::raw_line_texts(text).any(|line| verbatim::fence_length(line).is_some())
    {
        return false;
    }
    match super::written_unplaced(&super::text::lines(text)).as_slice() {
        [one] => one.text == text,
        _ => false,
    }
}

fn clock(time: crate::clock_time::ClockTime) -> String {
    format!("{:02}{:02}", time.hour(), time.minute())
}

const GROUPS: [(Capacity, &str, &str); 5] = [
    (Capacity::Member, "Medlemmer:", "Members:"),
    (Capacity::Substitute, "Varamedlemmer:", "Substitutes:"),
    (Capacity::Observer, "Observatører:", "Observers:"),
    (Capacity::Staff, "Fra administrasjonen:", "Staff:"),
    (Capacity::Guest, "Gjester:", "Guests:"),
];

/// A cell that says "none" outright, so that the reader does not fill it from the council.
pub(crate) const NONE: &str = "–";

/// How one column of the attendance table is filled.
type Cell = fn(&Attendance) -> String;

fn write_attendance(out: &mut String, people: &[Attendance], en: bool) {
    if people.is_empty() {
        return;
    }
    // Only the columns someone uses, so the table stays as plain as the meeting allows.
    let uses = |f: &dyn Fn(&Attendance) -> bool| people.iter().any(f);
    let columns: [(&str, &str, Cell); 10] = [
        ("Navn", "Name", |a: &Attendance| a.name.clone()),
        ("Tittel", "Title", |a: &Attendance| {
            a.title.clone().unwrap_or_default()
        }),
        ("Kommunenr.", "Municipality", |a: &Attendance| {
            a.municipality
                .map_or_else(|| NONE.to_owned(), |m| m.to_string())
        }),
        ("Organisasjon", "Organisation", |a: &Attendance| {
            a.organisation.clone().unwrap_or_else(|| NONE.to_owned())
        }),
        ("E-post", "E-mail", |a: &Attendance| {
            a.email.clone().unwrap_or_default()
        }),
        ("Møtt", "Attended", |a: &Attendance| {
            status_word(a.status).to_owned()
        }),
        ("Til stede for", "Present for", |a: &Attendance| {
            presence_words(&a.presence)
        }),
        ("Vara for", "Substitute for", |a: &Attendance| {
            a.substitute_for.clone().unwrap_or_default()
        }),
        ("Deltok digitalt", "Remote", |a: &Attendance| {
            a.remote
                .map(|r| if r { "ja" } else { "nei" }.to_owned())
                .unwrap_or_default()
        }),
        ("Merknad", "Note", |a: &Attendance| {
            a.note.clone().unwrap_or_default()
        }),
    ];
    let shown: Vec<&(&str, &str, Cell)> = columns
        .iter()
        .enumerate()
        .filter(|(i, (_, _, value))| *i == 0 || *i == 5 || uses(&|a| !value(a).is_empty()))
        .map(|(_, c)| c)
        .collect();
    let header: Vec<&str> = shown
        .iter()
        .map(|(nb, english, _)| if en { *english } else { *nb })
        .collect();
    out.push_str(&header.join("\t"));
    out.push('\n');
    // In the meeting's order, with a heading wherever the capacity changes.
    let mut previous = None;
    for person in people {
        if previous != Some(person.capacity) {
            let (_, nb, english) = GROUPS
                .iter()
                .find(|(c, _, _)| *c == person.capacity)
                .copied()
                .unwrap_or((Capacity::Member, "Medlemmer:", "Members:"));
            out.push_str(if en { english } else { nb });
            out.push_str(&"\t".repeat(shown.len() - 1));
            out.push('\n');
            previous = Some(person.capacity);
        }
        let cells: Vec<String> = shown.iter().map(|(_, _, value)| value(person)).collect();
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    out.push('\n');
}

fn status_word(status: AttendanceStatus) -> &'static str {
    match status {
        AttendanceStatus::Present => "x",
        AttendanceStatus::AbsentWithNotice => "Forfall",
        AttendanceStatus::Absent => "Ikke til stede",
    }
}

fn presence_words(presence: &Presence) -> String {
    match presence {
        Presence::Whole => String::new(),
        Presence::Items { items } => format!("Sak {}", items.join(", ")),
        Presence::FromItem { item } => format!("Fra sak {item}"),
        Presence::UntilItem { item } => format!("Til og med sak {item}"),
        Presence::FromTime { time } => format!("Etter kl {}", clock(*time)),
        Presence::UntilTime { time } => format!("Til kl {}", clock(*time)),
        Presence::Days { days } => format!(
            "Dag {}",
            days.iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Presence::Unspecified => "Deler av møtet".to_owned(),
    }
}

/// How a free text of an item stands in the minutes: as it is, or fenced.
#[derive(Clone, Copy)]
struct FreeText {
    /// Fence every free text of the item (it read back as something else).
    fence_all: bool,
}

impl FreeText {
    fn fences(self, text: &str) -> bool {
        self.fence_all || verbatim::needs_fence(text)
    }

    /// The text as written: fenced, or as it is.
    fn form(self, text: &str) -> std::borrow::Cow<'_, str> {
        if self.fences(text) {
            verbatim::fenced(text).into()
        } else {
            text.into()
        }
    }

    /// Whether the text is written right under the line before it: when it is not fenced
    /// and begins like an item heading (standing alone, that line would head an item).
    fn attaches(self, text: &str, cx: &ItemContext) -> bool {
        !self.fences(text) && first_line_heads_an_item(text, cx.date)
    }
}

fn write_item(
    out: &mut String,
    item: &AgendaItem,
    en: bool,
    cx: &ItemContext,
    fence: bool,
    previous: &mut Option<CaseNumber>,
) {
    let free = FreeText { fence_all: fence };
    let t = |nb: &'static str, english: &'static str| if en { english } else { nb };
    // An introduction that begins like an item heading goes right under the heading, where
    // it stood when it was read; anywhere else it would stand alone and head an item.
    let introduction_under_heading = item
        .introduction
        .as_deref()
        .filter(|text| free.attaches(text, cx));
    // The heading carries the number where reading it gives it back, in its place in the
    // agenda; else "Sak: title" and the number on a record line.
    let time = item
        .not_before
        .map(|time| format!(" (etter kl {})", clock(time)))
        .unwrap_or_default();
    let numbered = item
        .number
        .as_ref()
        .map(|n| format!("{n} {}{time}", item.title));
    let heading = numbered.as_deref().and_then(|line| {
        let lines = crate::minutes::text::lines(line);
        lines.first().and_then(items::heading).filter(|h| {
            h.number == item.number
                && h.title == item.title
                && h.not_before == item.not_before
                && items::title_like(h)
        })
    });
    let stands_alone = introduction_under_heading.is_none();
    let heads = heading
        .as_ref()
        .filter(|h| items::heads_item(previous.as_ref(), h, stands_alone, cx.date));
    match numbered.zip(heads) {
        Some((line, heading)) => {
            paragraph(out, &line);
            if let Some(parsed) = &heading.parsed {
                *previous = Some(parsed.clone());
            }
        }
        None => {
            paragraph(out, &format!("Sak: {}{time}", item.title));
            if let Some(number) = &item.number {
                paragraph(out, &record::number_line(number));
            }
        }
    }
    if let Some(text) = introduction_under_heading {
        attached(out, text);
    }
    if !item.case_officers.is_empty() {
        out.push_str(&format!(
            "{}: {}\n\n",
            t("Saksbehandler", "Case officer"),
            item.case_officers.join(" / ")
        ));
    }
    for document in &item.documents {
        out.push_str(&format!(
            "{}: {document}\n\n",
            t("Dokumenter som følger saken", "Documents")
        ));
    }
    // What the words of an item need not say, as record lines.
    let records = item
        .closed
        .iter()
        .map(record::closed_line)
        .chain(item.subject.map(record::subject_line))
        .chain(item.day.map(record::day_line))
        .chain(item.disqualified.iter().map(record::disqualified_line));
    for line in records {
        paragraph(out, &line);
    }
    if let Some(text) = item.introduction.as_deref() {
        if introduction_under_heading.is_none() {
            paragraph(out, &free.form(text));
        }
    }
    // "Oppfølging sak KDU 3/21" as its own line, where the texts do not already say it.
    let mut follows_up_lines: Vec<String> = Vec::new();
    let texts: Vec<&str> = [
        &item.introduction,
        &item.background,
        &item.assessment,
        &item.discussion,
    ]
    .into_iter()
    .flatten()
    .map(String::as_str)
    .chain(item.decision.iter().map(|d| d.text.as_str()))
    .collect();
    for reference in item
        .references
        .iter()
        .filter(|r| r.kind == ReferenceKind::FollowsUp)
    {
        if let Some(number) = &reference.number {
            let line = format!("Oppfølging sak {number}");
            if !texts.iter().any(|t| t.contains(&line)) {
                paragraph(out, &line);
                follows_up_lines.push(line);
            }
        }
    }
    for (nb, english, text) in [
        ("Bakgrunn:", "Background:", &item.background),
        ("Vurdering:", "Assessment:", &item.assessment),
    ] {
        if let Some(text) = text {
            section(out, t(nb, english), text, cx, free);
        }
    }
    match &item.proposal {
        Some(Proposal::Text { text }) => {
            section(out, t("Forslag til vedtak:", "Proposal:"), text, cx, free);
        }
        Some(Proposal::None) => {
            out.push_str(t(
                "Saken legges fram uten innstilling.",
                "The item is put forward without a proposal.",
            ));
            out.push_str("\n\n");
        }
        None => {}
    }
    if let Some(text) = &item.discussion {
        section(out, t("Drøfting:", "Discussion:"), text, cx, free);
    }
    for sub in &item.sub_items {
        write_sub_item(out, sub, en, cx, free);
    }
    if let Some(decision) = &item.decision {
        // After points, "Vedtak i saken:" tells the item's decision from the last point's.
        let label = match (item.sub_items.is_empty(), en) {
            (true, false) => "Vedtak:",
            (false, false) => "Vedtak i saken:",
            (_, true) => "Decision:",
        };
        section(out, label, &decision.text, cx, free);
        decision_records(out, decision, &item.title, cx);
    }
    // Follow-ups and references, where the words would not give the same.
    let follows_up: Vec<&str> = follows_up_lines.iter().map(String::as_str).collect();
    let derived_references = references_of_item(item, &follows_up, cx);
    let derived_follow_ups = follow_ups_of_item(item, cx);
    extract_records(
        out,
        &item.follow_ups,
        derived_follow_ups,
        &item.references,
        derived_references,
    );
}

/// "Votering:" and "Vedtakstype:" where the decision's words would not give the same.
fn decision_records(out: &mut String, decision: &Decision, title: &str, cx: &ItemContext) {
    let derived = extract::decision(decision.text.clone(), title, cx.resolver);
    if (derived.unanimous, &derived.votes) != (decision.unanimous, &decision.votes) {
        paragraph(
            out,
            &record::voting_line(decision.unanimous, decision.votes.as_ref()),
        );
    }
    if (derived.kind, &derived.referred_to) != (decision.kind, &decision.referred_to) {
        paragraph(out, &record::kind_line(decision));
    }
}

/// "Oppfølgingspunkter:" and "Referanser:" blocks where the words would not give the same.
fn extract_records(
    out: &mut String,
    follow_ups: &[FollowUp],
    derived_follow_ups: Vec<FollowUp>,
    references: &[CaseReference],
    derived_references: Vec<CaseReference>,
) {
    if follow_ups != derived_follow_ups.as_slice() {
        out.push_str("Oppfølgingspunkter:\n");
        for f in follow_ups {
            out.push_str(&record::follow_up_line(f));
            out.push('\n');
        }
        out.push('\n');
    }
    if references != derived_references.as_slice() {
        out.push_str("Referanser:\n");
        for r in references {
            out.push_str(&record::reference_line(r));
            out.push('\n');
        }
        out.push('\n');
    }
}

fn write_sub_item(out: &mut String, sub: &SubItem, en: bool, cx: &ItemContext, free: FreeText) {
    out.push_str(&format!("- {}\n", sub.title));
    match &sub.text {
        Some(text) if free.attaches(text, cx) => attached(out, text),
        Some(text) => {
            out.push('\n');
            paragraph(out, &free.form(text));
        }
        None => out.push('\n'),
    }
    if let Some(decision) = &sub.decision {
        let label = if en { "Decision:" } else { "Vedtak:" };
        // A fenced decision goes on the lines under its label, in the same paragraph.
        let separator = if free.fences(&decision.text) {
            '\n'
        } else {
            ' '
        };
        out.push_str(label);
        out.push(separator);
        out.push_str(&free.form(&decision.text));
        out.push_str("\n\n");
        decision_records(out, decision, &sub.title, cx);
    }
    let derived_follow_ups = follow_ups_of_point(sub, cx);
    let derived_references = references_of_point(sub, cx);
    extract_records(
        out,
        &sub.follow_ups,
        derived_follow_ups,
        &sub.references,
        derived_references,
    );
}

fn paragraph(out: &mut String, text: &str) {
    out.push_str(text);
    out.push_str("\n\n");
}

/// A paragraph on the line after the one written last, with no blank line between.
fn attached(out: &mut String, text: &str) {
    if out.ends_with("\n\n") {
        out.pop();
    }
    paragraph(out, text);
}

/// A section's label on its own line and its text: a blank line between, unless the text
/// begins like an item heading (which would then stand alone and head an item).
fn section(out: &mut String, label: &str, text: &str, cx: &ItemContext, free: FreeText) {
    out.push_str(label);
    out.push_str("\n\n");
    if free.attaches(text, cx) {
        attached(out, text);
    } else {
        paragraph(out, &free.form(text));
    }
}
