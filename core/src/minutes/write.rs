//! Clean minutes from a meeting: the order and headings a secretariat uses, deterministic,
//! and such that reading what was written gives back the same meeting.

use crate::decision::ReferenceKind;
use crate::i18n::Lang;
use crate::meeting::{
    AgendaItem, Attendance, AttendanceStatus, Capacity, Meeting, Presence, Proposal, SubItem,
};
use crate::minutes::dates::written;

/// Writes a meeting as minutes text. Bokmål (`Lang::Nb`) is the form read back by
/// [`read`](super::read); `Lang::En` gives English headings for readers abroad.
pub fn write(meeting: &Meeting, lang: Lang) -> String {
    let en = lang == Lang::En;
    let t = |nb: &'static str, english: &'static str| if en { english } else { nb };
    let mut out = String::new();
    out.push_str(meeting.title.as_deref().unwrap_or(t("Referat", "Minutes")));
    out.push_str("\n\n");
    if !meeting.body.is_empty() {
        out.push_str(&format!(
            "{}: {}\n",
            t("Utvalg", "Body"),
            meeting.body.to_uppercase()
        ));
    }
    let date = match meeting.end_date.filter(|end| *end != meeting.date) {
        Some(end) => format!("{}.–{}", chrono::Datelike::day(&meeting.date), written(end)),
        None => written(meeting.date),
    };
    out.push_str(&format!("{}: {date}\n", t("Dato", "Date")));
    if let Some(start) = meeting.start_time {
        let end = meeting
            .end_time
            .map(|e| format!("–{}", clock(e)))
            .unwrap_or_default();
        out.push_str(&format!(
            "{}: kl. {}{end}\n",
            t("Tidspunkt", "Time"),
            clock(start)
        ));
    }
    if let Some(place) = &meeting.place {
        out.push_str(&format!("{}: {place}\n", t("Sted", "Place")));
    }
    out.push('\n');
    write_attendance(&mut out, &meeting.attendance, en);
    if !meeting.agenda.is_empty() {
        out.push_str(t("Saker til behandling:", "Items:"));
        out.push_str("\n\n");
    }
    for item in &meeting.agenda {
        write_item(&mut out, item, en);
    }
    if !meeting.unplaced.is_empty() {
        out.push_str(t(
            "Tekst fra originalen som ikke er plassert:",
            "Text of the original not placed:",
        ));
        out.push_str("\n\n");
        for block in &meeting.unplaced {
            out.push_str(&block.text);
            out.push_str("\n\n");
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
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
            a.municipality.map(|m| m.to_string()).unwrap_or_default()
        }),
        ("Organisasjon", "Organisation", |a: &Attendance| {
            a.organisation.clone().unwrap_or_default()
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

fn write_item(out: &mut String, item: &AgendaItem, en: bool) {
    let t = |nb: &'static str, english: &'static str| if en { english } else { nb };
    let number = item.number.as_deref().unwrap_or("");
    out.push_str(format!("{number} {}", item.title).trim());
    if let Some(time) = item.not_before {
        out.push_str(&format!(" (etter kl {})", clock(time)));
    }
    out.push_str("\n\n");
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
    if let Some(text) = &item.introduction {
        paragraph(out, text);
    }
    // "Oppfølging sak KDU 3/21" as its own line, where the texts do not already say it.
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
                out.push_str(&line);
                out.push_str("\n\n");
            }
        }
    }
    for (nb, english, text) in [
        ("Bakgrunn:", "Background:", &item.background),
        ("Vurdering:", "Assessment:", &item.assessment),
    ] {
        if let Some(text) = text {
            out.push_str(t(nb, english));
            out.push_str("\n\n");
            paragraph(out, text);
        }
    }
    match &item.proposal {
        Some(Proposal::Text { text }) => {
            out.push_str(t("Forslag til vedtak:", "Proposal:"));
            out.push_str("\n\n");
            paragraph(out, text);
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
        out.push_str(t("Drøfting:", "Discussion:"));
        out.push_str("\n\n");
        paragraph(out, text);
    }
    for sub in &item.sub_items {
        write_sub_item(out, sub, en);
    }
    if let Some(decision) = &item.decision {
        out.push_str(t("Vedtak:", "Decision:"));
        out.push_str("\n\n");
        paragraph(out, &decision.text);
    }
}

fn write_sub_item(out: &mut String, sub: &SubItem, en: bool) {
    out.push_str(&format!("- {}\n\n", sub.title));
    if let Some(text) = &sub.text {
        paragraph(out, text);
    }
    if let Some(decision) = &sub.decision {
        out.push_str(if en { "Decision: " } else { "Vedtak: " });
        out.push_str(&decision.text);
        out.push_str("\n\n");
    }
}

fn paragraph(out: &mut String, text: &str) {
    out.push_str(text);
    out.push_str("\n\n");
}
