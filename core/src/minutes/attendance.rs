//! The attendance list in its forms: a tab-separated table ("x", "Forfall", "Ikke til stede",
//! "Petter Lindseth møtte", "(på sak)", "Sak 14/21"), prose ("Til stede: A, Frøya, B (Hitra)",
//! "Forfall: …", "X for Y") and lists grouped per municipality ("Frøya kommune:" with
//! "møtte ikke" and "dag 1").

use crate::findings::Span;
use crate::meeting::{Attendance, AttendanceStatus, Capacity, Presence};
use crate::minutes::dates::{after_time, find_time_range};
use crate::minutes::names::Resolver;
use crate::minutes::text::{lower, Line};
use crate::minutes::write::NONE;

/// One person read, with what must wait for the agenda.
#[derive(Debug, Clone)]
pub(crate) struct Person {
    pub attendance: Attendance,
    /// "(på sak)": present for the items the person is case officer of.
    pub own_items: bool,
    /// The status cell said nothing the reader knows; its text.
    pub unknown_status: Option<String>,
    pub span: Span,
    pub name_span: Span,
    /// Capacity came from a heading ("Medlemmer:", "Gjester:") rather than the council.
    pub capacity_given: Option<Capacity>,
    /// A municipality or organisation column said it ("–" for none): not filled from the
    /// council.
    pub municipality_given: bool,
    pub organisation_given: bool,
}

/// What a group heading says about the people under it.
pub(crate) fn group_capacity(text: &str) -> Option<Capacity> {
    let t = lower(text.trim().trim_end_matches(':').trim());
    let starts = |w: &str| t.starts_with(w);
    if starts("varamedlem") || starts("vara") || starts("møtende vara") {
        Some(Capacity::Substitute)
    } else if starts("medlemmer") || starts("faste medlemmer") {
        Some(Capacity::Member)
    } else if starts("fra administrasjonen")
        || starts("administrasjonen")
        || starts("fra sekretariatet")
        || starts("sekretariat")
    {
        Some(Capacity::Staff)
    } else if starts("gjester") || starts("andre") || starts("gjest") {
        Some(Capacity::Guest)
    } else if starts("observatør") {
        Some(Capacity::Observer)
    } else {
        None
    }
}

/// Prose keys: "Til stede:", "Forfall:", …, with the status and capacity they give; also
/// the headings of municipal case systems' protocols ("Møtende medlemmer:", "Møtende
/// varamedlemmer:", "Fra administrasjonen møtte:").
fn prose_key(text: &str) -> Option<(usize, Option<AttendanceStatus>, Option<Capacity>)> {
    let t = lower(text);
    let keys: [(&str, Option<AttendanceStatus>, Option<Capacity>); 19] = [
        ("til stede:", Some(AttendanceStatus::Present), None),
        ("tilstede:", Some(AttendanceStatus::Present), None),
        ("møtt:", Some(AttendanceStatus::Present), None),
        ("møtte:", Some(AttendanceStatus::Present), None),
        ("deltakere:", Some(AttendanceStatus::Present), None),
        ("deltagere:", Some(AttendanceStatus::Present), None),
        ("møtende medlemmer:", Some(AttendanceStatus::Present), None),
        (
            "møtende varamedlemmer:",
            Some(AttendanceStatus::Present),
            Some(Capacity::Substitute),
        ),
        ("forfall:", Some(AttendanceStatus::AbsentWithNotice), None),
        (
            "meldt forfall:",
            Some(AttendanceStatus::AbsentWithNotice),
            None,
        ),
        ("ikke møtt:", Some(AttendanceStatus::Absent), None),
        ("møtte ikke:", Some(AttendanceStatus::Absent), None),
        ("ikke til stede:", Some(AttendanceStatus::Absent), None),
        ("fraværende:", Some(AttendanceStatus::Absent), None),
        (
            "fra administrasjonen:",
            Some(AttendanceStatus::Present),
            Some(Capacity::Staff),
        ),
        (
            "fra administrasjonen møtte:",
            Some(AttendanceStatus::Present),
            Some(Capacity::Staff),
        ),
        (
            "fra sekretariatet:",
            Some(AttendanceStatus::Present),
            Some(Capacity::Staff),
        ),
        (
            "gjester:",
            Some(AttendanceStatus::Present),
            Some(Capacity::Guest),
        ),
        (
            "observatører:",
            Some(AttendanceStatus::Present),
            Some(Capacity::Observer),
        ),
    ];
    keys.iter()
        .find(|(k, _, _)| t.starts_with(k))
        .map(|(k, s, c)| (k.len(), *s, *c))
}

/// Whether a line belongs to an attendance list.
pub(crate) fn is_attendance_line(line: &Line, resolver: &Resolver) -> bool {
    line.is_table_row()
        || prose_key(&line.text).is_some()
        || municipality_heading(&line.text, resolver).is_some()
}

/// "Frøya kommune:" / "Frøya:" heading a group of people, with the council's municipality.
fn municipality_heading(
    text: &str,
    resolver: &Resolver,
) -> Option<crate::council::MunicipalityCode> {
    let t = text.trim().strip_suffix(':')?;
    let name = t.strip_suffix(" kommune").unwrap_or(t);
    if name.split_whitespace().count() > 3 {
        return None;
    }
    resolver
        .council?
        .municipalities
        .iter()
        .find(|m| lower(&m.name) == lower(name))
        .map(|m| m.code)
}

/// What a status cell says.
struct Status {
    status: AttendanceStatus,
    presence: Option<Presence>,
    own_items: bool,
    note: Option<String>,
    /// "Petter Lindseth møtte": the person of the line who came.
    who: Option<String>,
    substitute_for: Option<String>,
}

fn status(text: &str) -> Option<Status> {
    let t = lower(text.trim().trim_end_matches('.'));
    let plain = |status| Status {
        status,
        presence: None,
        own_items: false,
        note: None,
        who: None,
        substitute_for: None,
    };
    match t.as_str() {
        "x" | "møtt" | "møtte" | "til stede" | "tilstede" | "ja" | "deltok" | "m" => {
            return Some(plain(AttendanceStatus::Present))
        }
        "forfall" | "meldt forfall" | "har meldt forfall" | "f" => {
            return Some(plain(AttendanceStatus::AbsentWithNotice))
        }
        "ikke til stede" | "ikke møtt" | "møtte ikke" | "nei" | "fraværende" | "-" => {
            return Some(plain(AttendanceStatus::Absent))
        }
        _ => {}
    }
    if t.contains("deler av møtet") {
        return Some(Status {
            presence: Some(Presence::Unspecified),
            note: Some(text.trim().to_owned()),
            ..plain(AttendanceStatus::Present)
        });
    }
    if t.trim_matches(['(', ')']) == "på sak" {
        return Some(Status {
            own_items: true,
            note: Some(text.trim().to_owned()),
            ..plain(AttendanceStatus::Present)
        });
    }
    if let Some(presence) = presence(text) {
        return Some(Status {
            presence: Some(presence),
            ..plain(AttendanceStatus::Present)
        });
    }
    // "Petter Lindseth møtte", "Ola Nordmann møtte for Kari Hansen".
    if let Some(at) = t.find(" møtte") {
        let who = text.trim()[..at].trim().to_owned();
        let rest = t[at + " møtte".len()..].trim();
        let substitute_for = rest
            .strip_prefix("for ")
            .map(|_| text.trim()[at + " møtte for ".len()..].trim().to_owned());
        if rest.is_empty() || substitute_for.is_some() {
            return Some(Status {
                who: Some(who),
                substitute_for,
                ..plain(AttendanceStatus::Present)
            });
        }
    }
    None
}

/// A presence cell: "Sak 14/21", "Sak 12/21, 13/21", "fra sak 3/21", "til og med sak 5/21",
/// "etter kl 1100", "til kl 1200", "dag 1", "deler av møtet".
pub(crate) fn presence(text: &str) -> Option<Presence> {
    let t = lower(text.trim());
    let items_after = |prefix_len: usize| -> Vec<String> {
        text.trim()[prefix_len..]
            .split([',', ';'])
            .flat_map(|p| p.split(" og "))
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect()
    };
    for (prefix, kind) in [
        ("fra sak ", 1),
        ("til og med sak ", 2),
        ("til sak ", 2),
        ("saker ", 0),
        ("sak ", 0),
    ] {
        if t.starts_with(prefix) {
            let items = items_after(prefix.len());
            if items.is_empty() || !items.iter().all(|i| i.contains('/')) {
                return None;
            }
            return Some(match kind {
                1 => Presence::FromItem {
                    item: items[0].clone(),
                },
                2 => Presence::UntilItem {
                    item: items[0].clone(),
                },
                _ => Presence::Items { items },
            });
        }
    }
    if t.starts_with("etter kl") || t.starts_with("fra kl") {
        return after_time(text).map(|(time, _, _)| Presence::FromTime { time });
    }
    if t.starts_with("til kl") {
        return find_time_range(text).map(|(time, _, _, _)| Presence::UntilTime { time });
    }
    if let Some(rest) = t.strip_prefix("dag ") {
        let days: Option<Vec<u32>> = rest
            .split([',', ' '])
            .filter(|p| !p.is_empty() && *p != "og")
            .map(|p| p.parse().ok())
            .collect();
        return days
            .filter(|d| !d.is_empty())
            .map(|days| Presence::Days { days });
    }
    if t == "deler av møtet" {
        return Some(Presence::Unspecified);
    }
    None
}

fn empty_attendance(name: String, capacity: Capacity, status: AttendanceStatus) -> Attendance {
    Attendance {
        name,
        title: None,
        municipality: None,
        organisation: None,
        email: None,
        capacity,
        status,
        presence: Presence::Whole,
        substitute_for: None,
        remote: None,
        note: None,
    }
}

/// The columns a header row names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Name,
    Title,
    Email,
    Status,
    Municipality,
    Organisation,
    Presence,
    SubstituteFor,
    Remote,
    Note,
}

fn column(header: &str) -> Option<Column> {
    let h = lower(header.trim().trim_end_matches(':').trim());
    let is = |words: &[&str]| words.contains(&h.as_str());
    Some(
        if is(&[
            "navn",
            "deltaker",
            "deltakere",
            "medlemmer",
            "medlem",
            "faste medlemmer",
        ]) {
            Column::Name
        } else if is(&["rolle", "tittel", "stilling", "funksjon"]) {
            Column::Title
        } else if is(&["e-post", "epost", "e-postadresse"]) {
            Column::Email
        } else if ["møtt", "til stede", "tilstede", "fremmøte", "oppmøte"]
            .iter()
            .any(|w| h.starts_with(w))
            && !h.starts_with("til stede for")
        {
            Column::Status
        } else if is(&["kommune", "kommunenr.", "kommunenr", "kommunenummer"]) {
            Column::Municipality
        } else if is(&["organisasjon"]) {
            Column::Organisation
        } else if is(&["til stede for", "del av møtet"]) {
            Column::Presence
        } else if is(&["vara for"]) {
            Column::SubstituteFor
        } else if is(&["deltok digitalt", "digitalt", "fjernmøte"]) {
            Column::Remote
        } else if is(&["merknad", "merknader", "kommentar"]) {
            Column::Note
        } else {
            return None;
        },
    )
}

/// Reads the attendance lines. Lines it cannot place are returned.
pub(crate) fn read<'l, 'a>(
    lines: impl IntoIterator<Item = &'l Line<'a>>,
    resolver: &Resolver,
) -> (Vec<Person>, Vec<&'l Line<'a>>) {
    let mut people = Vec::new();
    let mut unplaced = Vec::new();
    let mut columns: Vec<Option<Column>> = Vec::new();
    let mut group: Option<Capacity> = None;
    let mut kommune: Option<crate::council::MunicipalityCode> = None;
    let mut prose: Option<(Option<AttendanceStatus>, Option<Capacity>)> = None;
    for line in lines {
        if line.is_blank() || line.is_rule() {
            prose = None;
            continue;
        }
        // "Til stede: Ola Nordmann,\tKari Hansen": a tab in a list is a space, not a cell.
        let key = prose_key(&line.text);
        if let Some((len, status, capacity)) = key.filter(|&(len, ..)| {
            line.is_table_row()
                && line.text[len..]
                    .split('\t')
                    .next()
                    .is_some_and(|before_tab| !before_tab.trim().is_empty())
        }) {
            prose = Some((status, capacity));
            let list = line.text[len..].replace('\t', " ");
            prose_list(line, list.trim(), status, capacity, resolver, &mut people);
            continue;
        }
        if line.is_table_row() {
            prose = None;
            let cells: Vec<&str> = line.raw.split('\t').map(str::trim).collect();
            let first = cells.first().copied().unwrap_or("");
            let rest_empty = cells.iter().skip(1).all(|c| c.is_empty());
            let mapped: Vec<Option<Column>> = cells.iter().map(|c| column(c)).collect();
            // A header names every column it fills.
            let named = mapped.iter().filter(|c| c.is_some()).count();
            let filled = cells.iter().filter(|c| !c.is_empty()).count();
            let is_header = named >= 2 && named == filled;
            // A group heading ("Medlemmer:") fills no other cell: a row that does is a
            // person, whatever the name says.
            if let Some(capacity) =
                group_capacity(first).filter(|_| (first.ends_with(':') && rest_empty) || is_header)
            {
                group = Some(capacity);
                if is_header {
                    columns = mapped;
                    columns[0] = Some(Column::Name);
                }
                continue;
            }
            if is_header {
                columns = mapped;
                continue;
            }
            if first.ends_with(':') && rest_empty {
                // A heading the reader does not know ("Fra kommunene:"): people follow.
                group = None;
                unplaced.push(line);
                continue;
            }
            match table_row(line, &cells, &columns, group, resolver) {
                Some(person) => people.push(person),
                None => unplaced.push(line),
            }
            continue;
        }
        if let Some((len, status, capacity)) = key {
            prose = Some((status, capacity));
            let list = line.text.get(len..).unwrap_or("").trim();
            // "Forfall: Ingen" and "Forfall: –" are read: nobody is absent.
            prose_list(line, list, status, capacity, resolver, &mut people);
            continue;
        }
        if let Some(code) = municipality_heading(&line.text, resolver) {
            kommune = Some(code);
            prose = None;
            continue;
        }
        if let Some((status, capacity)) = prose {
            if prose_list(line, &line.text, status, capacity, resolver, &mut people) {
                continue;
            }
            // Not a name in sight (a line of dashes or a fence): the list has ended, and
            // the line is kept as it stands.
            prose = None;
        }
        if kommune.is_some() {
            if let Some(mut person) = grouped_person(line, resolver) {
                if person.attendance.municipality.is_none() {
                    person.attendance.municipality = kommune;
                }
                people.push(person);
                continue;
            }
        }
        unplaced.push(line);
    }
    (people, unplaced)
}

fn table_row(
    line: &Line,
    cells: &[&str],
    columns: &[Option<Column>],
    group: Option<Capacity>,
    resolver: &Resolver,
) -> Option<Person> {
    let mut name_cell = "";
    let mut title = None;
    let mut email = None;
    let mut status_cell: Option<&str> = None;
    let mut presence_cell: Option<&str> = None;
    let mut municipality = None;
    let mut organisation = None;
    let mut substitute_for = None;
    let mut remote = None;
    let mut note: Vec<String> = Vec::new();
    let mut note_cell: Option<String> = None;
    let mut municipality_given = false;
    let mut organisation_given = false;
    for (i, cell) in cells.iter().enumerate() {
        if cell.is_empty() {
            continue;
        }
        let mapped =
            columns
                .get(i)
                .copied()
                .flatten()
                .or(if i == 0 { Some(Column::Name) } else { None });
        match mapped {
            Some(Column::Name) => name_cell = cell,
            Some(Column::Title) => title = Some((*cell).to_owned()),
            Some(Column::Email) => {
                let (address, remark) = split_email(cell);
                email = address;
                note.extend(remark);
            }
            Some(Column::Status) => status_cell = Some(cell),
            Some(Column::Municipality) => {
                municipality_given = true;
                if *cell != NONE {
                    municipality = cell.parse().ok().or_else(|| resolver.municipality_in(cell));
                }
            }
            Some(Column::Organisation) => {
                organisation_given = true;
                if *cell != NONE {
                    organisation = Some((*cell).to_owned());
                }
            }
            Some(Column::Presence) => presence_cell = Some(cell),
            Some(Column::SubstituteFor) => substitute_for = Some((*cell).to_owned()),
            Some(Column::Remote) => {
                remote = Some(matches!(lower(cell).as_str(), "ja" | "x" | "digitalt"))
            }
            Some(Column::Note) => note_cell = Some((*cell).to_owned()),
            None => {
                if cell.contains('@') {
                    let (address, remark) = split_email(cell);
                    email = address;
                    note.extend(remark);
                } else if status_cell.is_none()
                    && status(cell).is_some()
                    && columns.get(i).is_none_or(Option::is_none)
                    && i + 1 == cells.len()
                {
                    status_cell = Some(cell);
                } else if presence(cell).is_some() {
                    presence_cell = Some(cell);
                } else if title.is_none() {
                    title = Some((*cell).to_owned());
                } else {
                    note.push((*cell).to_owned());
                }
            }
        }
    }
    if name_cell.is_empty() {
        return None;
    }
    let mut read_status = status_cell.and_then(status);
    let unknown_status = status_cell
        .filter(|_| read_status.is_none())
        .map(str::to_owned);
    // A remark after the e-mail address ("(på sak)") says as much as a status cell.
    let mut leftover = Vec::new();
    for remark in note {
        match status(&remark).filter(|s| s.own_items || s.presence.is_some()) {
            Some(s) => {
                let base = read_status.take();
                read_status = Some(Status {
                    status: base
                        .as_ref()
                        .map_or(AttendanceStatus::Present, |b| b.status),
                    note: s.note,
                    ..s
                });
            }
            None => leftover.push(remark),
        }
    }
    let mut note = leftover;
    let mut person_note = note_cell;
    let (name, email) = match read_status.as_ref().and_then(|s| s.who.clone()) {
        // "Hege Røttereng / Petter Lindseth (ny 010321)" with "Petter Lindseth møtte".
        Some(who)
            if name_cell.contains('/') || !crate::minutes::names::same_name(&who, name_cell) =>
        {
            let mut listed = format!("Oppført som «{name_cell}»");
            if let Some(address) = &email {
                listed.push_str(&format!(" med e-post {address}"));
            }
            listed.push_str(&format!("; «{}»", status_cell.unwrap_or("")));
            person_note.get_or_insert(listed);
            (who, None)
        }
        _ => (name_cell.to_owned(), email),
    };
    let presence_read = presence_cell.and_then(presence);
    let mut st = read_status.unwrap_or(Status {
        status: if presence_read.is_some() {
            AttendanceStatus::Present
        } else {
            AttendanceStatus::Absent
        },
        presence: None,
        own_items: false,
        note: None,
        who: None,
        substitute_for: None,
    });
    if presence_cell.is_some() && presence_read.is_none() {
        note.push(presence_cell.unwrap_or("").to_owned());
    }
    if person_note.is_none() {
        person_note = st.note.take();
    }
    // Nothing lost: cells the reader could not place stay in the note.
    if !note.is_empty() {
        let mut all: Vec<String> = person_note.into_iter().collect();
        all.append(&mut note);
        person_note = Some(all.join("; "));
    }
    let mut attendance = empty_attendance(name, Capacity::Member, st.status);
    attendance.title = title;
    attendance.email = email;
    attendance.municipality = municipality;
    attendance.organisation = organisation;
    attendance.presence = presence_read.or(st.presence.take()).unwrap_or_default();
    attendance.substitute_for = substitute_for.or(st.substitute_for.take());
    attendance.remote = remote;
    attendance.note = person_note;
    let person = Person {
        attendance,
        own_items: st.own_items,
        unknown_status,
        span: line.span(),
        name_span: line.span_of(name_cell),
        capacity_given: group,
        municipality_given,
        organisation_given,
    };
    Some(resolve(person, resolver))
}

/// "Leder , helsesamarbeidet" → "Leder, helsesamarbeidet".
fn tidy_title(cell: &str) -> String {
    cell.replace(" ,", ",")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// An e-mail cell: the address (without stray "<", ">") and any remark after it.
fn split_email(cell: &str) -> (Option<String>, Option<String>) {
    let mut address = None;
    let mut remark = Vec::new();
    for word in cell.split_whitespace() {
        if address.is_none() && word.contains('@') {
            address = Some(word.trim_matches(['<', '>', ',', ';']).to_owned());
        } else {
            remark.push(word);
        }
    }
    let remark = remark.join(" ");
    (address, (!remark.is_empty()).then_some(remark))
}

/// The capacity, municipality and organisation the council gives the person.
pub(crate) fn resolve(mut person: Person, resolver: &Resolver) -> Person {
    let a = &mut person.attendance;
    // A title reads the same in every form of the list: as a table cell reads it, and
    // "Name," with nothing after the comma has none (an empty one would not be written).
    a.title = a
        .title
        .take()
        .map(|t| tidy_title(&t))
        .filter(|t| !t.is_empty());
    let member = resolver.member(&a.name);
    let substitute = resolver.substitute(&a.name);
    a.capacity = match (person.capacity_given, a.substitute_for.is_some()) {
        (_, true) => Capacity::Substitute,
        (Some(Capacity::Member), _) if substitute.is_some() && member.is_none() => {
            Capacity::Substitute
        }
        (Some(given), _) => given,
        (None, _) if member.is_some() => Capacity::Member,
        (None, _) if substitute.is_some() => Capacity::Substitute,
        (None, _) if resolver.is_staff(&a.name) => Capacity::Staff,
        (None, _) if resolver.council.is_some() => Capacity::Guest,
        (None, _) => Capacity::Member,
    };
    if a.municipality.is_none() && !person.municipality_given {
        a.municipality = match a.capacity {
            Capacity::Member => member.and_then(Resolver::member_municipality),
            Capacity::Substitute => substitute.and_then(|s| match &s.represents {
                crate::council::Represents::Municipality(code) => Some(*code),
                crate::council::Represents::Organisation(_) => None,
            }),
            _ => None,
        }
        .or_else(|| a.title.as_deref().and_then(|t| resolver.municipality_in(t)));
    }
    // A substitute without a municipality sits for the member's.
    if a.municipality.is_none() && !person.municipality_given && a.capacity == Capacity::Substitute
    {
        a.municipality = a
            .substitute_for
            .as_deref()
            .and_then(|name| resolver.member(name))
            .and_then(Resolver::member_municipality);
    }
    if a.organisation.is_none()
        && !person.organisation_given
        && !matches!(a.capacity, Capacity::Member | Capacity::Substitute)
    {
        a.organisation = a.title.as_deref().and_then(|t| resolver.organisation_in(t));
    }
    person
}

/// "A, Frøya, B (Hitra), C for D": reads the people of a prose list into `people`; whether
/// the list named anyone, a place for the last one, or said that there is nobody ("Ingen",
/// "ingen meldt"). A part without a letter ("–", ".") names no one.
fn prose_list(
    line: &Line,
    list: &str,
    status: Option<AttendanceStatus>,
    capacity: Option<Capacity>,
    resolver: &Resolver,
    people: &mut Vec<Person>,
) -> bool {
    if names_nobody(list) {
        return true;
    }
    let mut read_any = false;
    for part in list
        .split([',', ';'])
        .map(str::trim)
        .filter(|p| p.chars().any(char::is_alphabetic))
    {
        read_any = true;
        let part = part.trim_end_matches('.');
        // A name has two words at least: one word after a name says where they come from.
        let words = part.split_whitespace().count();
        let is_place = (resolver.municipality_in(part).is_some() && words <= 2)
            || (lower(part).ends_with(" kommune") && words <= 3)
            || (words == 1 && !people.is_empty());
        if is_place {
            if let Some(last) = people.last_mut() {
                match resolver.municipality_in(part) {
                    Some(code) => {
                        last.attendance.municipality = last.attendance.municipality.or(Some(code));
                    }
                    None => {
                        last.attendance
                            .title
                            .get_or_insert_with(|| tidy_title(part));
                    }
                }
            }
            continue;
        }
        let (mut name, mut remark) = split_remark(part);
        let mut substitute_for = None;
        if let Some(at) = lower(&name).find(" for ") {
            substitute_for = Some(name[at + 5..].trim().to_owned());
            name = name[..at].trim().to_owned();
        }
        let mut attendance = empty_attendance(
            name.clone(),
            Capacity::Member,
            status.unwrap_or(AttendanceStatus::Present),
        );
        if let Some(r) = remark.take() {
            if let Some(code) = resolver.municipality_in(&r) {
                attendance.municipality = Some(code);
                // "(Orkland)" only says where from; "(ordfører, Orkland)" is a title.
                if r.split_whitespace().count() > 2 || r.contains(',') {
                    attendance.title = Some(r);
                }
            } else if let Some(id) = resolver.organisation_in(&r) {
                attendance.organisation = Some(id);
                attendance.title = Some(r);
            } else if let Some(p) = presence(&r) {
                attendance.presence = p;
            } else {
                attendance.note = Some(r);
            }
        }
        attendance.substitute_for = substitute_for;
        let person = Person {
            attendance,
            own_items: false,
            unknown_status: None,
            span: line.span_of(part),
            name_span: line.span_of(&name),
            capacity_given: capacity,
            municipality_given: false,
            organisation_given: false,
        };
        people.push(resolve(person, resolver));
    }
    read_any
}

/// A list that says there is nobody: "Ingen", "Ingen.", "ingen meldt", "Ingen meldte
/// forfall". The first word is "ingen" and the list names no one after a comma.
fn names_nobody(list: &str) -> bool {
    let list = lower(list.trim());
    let first = list.split_whitespace().next().unwrap_or("");
    first.trim_end_matches('.') == "ingen" && !list.contains([',', ';'])
}

/// "Name (remark)" → name, remark ("Name ()" has none).
fn split_remark(text: &str) -> (String, Option<String>) {
    match (text.find('('), text.rfind(')')) {
        (Some(open), Some(close)) if open < close => (
            text[..open].trim().to_owned(),
            Some(text[open + 1..close].trim().to_owned()).filter(|r| !r.is_empty()),
        ),
        _ => (text.trim().to_owned(), None),
    }
}

/// A person line under a municipality heading: "Geir Meland, varaordfører (møtte ikke)",
/// "Ole Haugen – dag 1".
fn grouped_person(line: &Line, resolver: &Resolver) -> Option<Person> {
    let text = &*line.text;
    let (head, remark) = split_remark(text);
    let (head, dash_remark) = match head.split_once(" – ").or_else(|| head.split_once(" - ")) {
        Some((h, r)) => (h.trim().to_owned(), Some(r.trim().to_owned())),
        None => (head, None),
    };
    let (name, title) = match head.split_once(',') {
        Some((n, t)) => (n.trim().to_owned(), Some(t.trim().to_owned())),
        None => (head.trim().to_owned(), None),
    };
    let dash_remark = dash_remark.filter(|r| !r.is_empty());
    if name.is_empty() || name.split_whitespace().count() > 5 {
        return None;
    }
    let mut attendance =
        empty_attendance(name.clone(), Capacity::Member, AttendanceStatus::Present);
    attendance.title = title;
    for r in remark.into_iter().chain(dash_remark) {
        if let Some(s) = status(&r) {
            attendance.status = s.status;
            if let Some(p) = s.presence {
                attendance.presence = p;
            }
            attendance.substitute_for = s.substitute_for;
        } else if let Some(p) = presence(&r) {
            attendance.presence = p;
        } else if let Some(at) = lower(&r).find("for ") {
            attendance.substitute_for = Some(r[at + 4..].trim().to_owned());
        } else {
            attendance.note = Some(r);
        }
    }
    let person = Person {
        attendance,
        own_items: false,
        unknown_status: None,
        span: line.span(),
        name_span: line.span_of(&name),
        capacity_given: None,
        municipality_given: false,
        organisation_given: false,
    };
    Some(resolve(person, resolver))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::minutes::text::lines;

    fn nobody() -> Resolver<'static> {
        Resolver {
            council: None,
            date: None,
            body: None,
        }
    }

    /// The people of an attendance text that places every line.
    fn read_all(text: &str) -> Vec<Person> {
        let all = lines(text);
        let (people, unplaced) = read(&all, &nobody());
        assert!(unplaced.is_empty(), "{unplaced:?}");
        people
    }

    /// Each person as (name, status, capacity).
    fn summary(people: &[Person]) -> Vec<(&str, AttendanceStatus, Capacity)> {
        people
            .iter()
            .map(|p| {
                let a = &p.attendance;
                (a.name.as_str(), a.status, a.capacity)
            })
            .collect()
    }

    #[test]
    fn prose_lists_with_substitutes_and_absence() {
        let people =
            read_all("Til stede: Ola Nordmann, Kari Hansen for Per Berg\nForfall: Anne Lie");
        assert_eq!(
            summary(&people),
            vec![
                ("Ola Nordmann", AttendanceStatus::Present, Capacity::Member),
                (
                    "Kari Hansen",
                    AttendanceStatus::Present,
                    Capacity::Substitute
                ),
                (
                    "Anne Lie",
                    AttendanceStatus::AbsentWithNotice,
                    Capacity::Member
                ),
            ]
        );
        assert_eq!(
            people[1].attendance.substitute_for.as_deref(),
            Some("Per Berg")
        );
    }

    #[test]
    fn protocol_headings_of_case_systems() {
        let people = read_all(
            "Møtende medlemmer: Ola Nordmann\nMøtende varamedlemmer: Kari Hansen\n\
             Fraværende: Per Berg\nIkke til stede: Lise Dahl\n\
             Fra administrasjonen møtte: Anne Lie\nFra sekretariatet: Tor Vik\n\
             Deltagere: Eva Moe",
        );
        use AttendanceStatus::{Absent, Present};
        use Capacity::{Member, Staff, Substitute};
        assert_eq!(
            summary(&people),
            vec![
                ("Ola Nordmann", Present, Member),
                ("Kari Hansen", Present, Substitute),
                ("Per Berg", Absent, Member),
                ("Lise Dahl", Absent, Member),
                ("Anne Lie", Present, Staff),
                ("Tor Vik", Present, Staff),
                ("Eva Moe", Present, Member),
            ]
        );
    }

    #[test]
    fn a_list_of_nobody_names_no_one() {
        for list in [
            "Forfall: Ingen",
            "Forfall: Ingen.",
            "Meldt forfall: ingen meldt",
            "Forfall: Ingen meldte forfall",
            "Forfall: –",
            "Forfall: .",
            "Forfall:\nIngen",
        ] {
            let people = read_all(list);
            assert!(people.is_empty(), "{list:?}: {:?}", people[0].attendance);
        }
    }

    #[test]
    fn parts_without_a_letter_are_no_one_and_a_line_of_none_ends_the_list() {
        let all = lines("Til stede: Ola Nordmann, –\n```\nForfall: Anne Lie");
        let (people, unplaced) = read(&all, &nobody());
        let names: Vec<_> = people.iter().map(|p| p.attendance.name.as_str()).collect();
        assert_eq!(names, ["Ola Nordmann", "Anne Lie"]);
        assert_eq!(people[0].attendance.title, None);
        let kept: Vec<_> = unplaced.iter().map(|l| l.raw).collect();
        assert_eq!(kept, ["```"]);
    }

    #[test]
    fn presence_cells() {
        assert_eq!(
            presence("Sak 12/21, 13/21"),
            Some(Presence::Items {
                items: vec!["12/21".into(), "13/21".into()]
            })
        );
        assert_eq!(presence("dag 1"), Some(Presence::Days { days: vec![1] }));
        assert_eq!(
            presence("fra sak 3/21"),
            Some(Presence::FromItem {
                item: "3/21".into()
            })
        );
        assert_eq!(presence("Kommunedirektør"), None);
    }

    #[test]
    fn an_unknown_status_is_kept_not_guessed() {
        let all = lines("Navn\tMøtt\nOla Nordmann\tkanskje");
        let (people, _) = read(&all, &nobody());
        assert_eq!(people[0].unknown_status.as_deref(), Some("kanskje"));
        assert_eq!(people[0].attendance.status, AttendanceStatus::Absent);
    }
}
