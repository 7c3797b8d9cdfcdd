//! `regionrad register`: the open follow-ups (restanseliste) as of a date, grouped by who
//! follows up and by body, overdue first; as text, JSON or CSV.

const COMMAND: &str = "register";

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use regionrad::followup::{register, Register, RegisterEntry};
use regionrad::{Council, Due, FollowUpStatus, Lang};

use crate::csv;
use crate::documents::{pretty_json, read_council, read_meetings, OutputFormat};
use crate::style::in_lang;

pub fn run(
    council: &Path,
    files: &[PathBuf],
    as_of: NaiveDate,
    format: OutputFormat,
    lang: Lang,
) -> ExitCode {
    let council: Council = match read_council(COMMAND, council) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let meetings = match read_meetings(COMMAND, files, &council) {
        Ok(meetings) => meetings,
        Err(code) => return code,
    };
    let list = register(&council, &meetings, as_of);
    match format {
        OutputFormat::Json => crate::output::line(&pretty_json(&list)),
        OutputFormat::Csv => crate::output::text(&csv(&list)),
        OutputFormat::Text => crate::output::text(&text(&list, lang)),
    }
    ExitCode::SUCCESS
}

fn due_text(entry: &RegisterEntry, lang: Lang) -> String {
    match &entry.due {
        None => "–".to_owned(),
        Some(Due::Date { date }) => date.to_string(),
        Some(Due::Meeting { body, date }) => format!("{body} {date}"),
        Some(Due::NextMeeting { body }) => format!(
            "{} {body}",
            in_lang(lang, "neste møte i", "neste møte i", "next meeting of")
        ),
        Some(Due::Period { text, latest }) => match latest {
            Some(d) => format!("{text} ({d})"),
            None => text.clone(),
        },
    }
}

fn text(list: &Register, lang: Lang) -> String {
    let mut out = format!(
        "{} {}\n",
        in_lang(
            lang,
            "Restanseliste per",
            "Restanseliste per",
            "Open follow-ups as of"
        ),
        list.as_of
    );
    let count: usize = list.groups.iter().map(|g| g.entries.len()).sum();
    let overdue: usize = list
        .groups
        .iter()
        .flat_map(|g| &g.entries)
        .filter(|e| e.overdue)
        .count();
    for group in &list.groups {
        let who = if group.responsible.is_empty() {
            in_lang(
                lang,
                "(ingen ansvarlig ført)",
                "(ingen ansvarleg ført)",
                "(no one named)",
            )
            .to_owned()
        } else {
            group.responsible.clone()
        };
        out.push_str(&format!("\n{who} — {}\n", group.body));
        for entry in &group.entries {
            let flag = if entry.overdue {
                in_lang(lang, "FORFALT", "FORFALLE", "OVERDUE")
            } else {
                ""
            };
            out.push_str(&format!(
                "  {:<8} {:<24} {} {} {}: {}\n",
                flag,
                due_text(entry, lang),
                entry.origin.date,
                entry.origin.body,
                entry.origin.number.as_deref().unwrap_or("–"),
                entry.action
            ));
            for h in &entry.history {
                out.push_str(&format!(
                    "           {} {} {} {} ({:?})\n",
                    in_lang(lang, "fulgt opp", "følgt opp", "taken up"),
                    h.date,
                    h.number.as_deref().unwrap_or("–"),
                    h.title,
                    h.kind
                ));
            }
        }
    }
    if !list.closed.is_empty() {
        out.push_str(in_lang(lang, "\nLukket\n", "\nLukka\n", "\nClosed\n"));
        for entry in &list.closed {
            out.push_str(&format!(
                "  {} {} {}: {}\n           {} {}\n",
                entry.origin.date,
                entry.origin.body,
                entry.origin.number.as_deref().unwrap_or("–"),
                entry.action,
                in_lang(lang, "lukket av", "lukka av", "closed by"),
                closed_by_text(entry, lang)
            ));
        }
    }
    out.push_str(&format!(
        "\n{count} {}, {overdue} {}\n",
        in_lang(
            lang,
            "åpne oppfølginger",
            "opne oppfølgingar",
            "open follow-ups"
        ),
        in_lang(lang, "forfalt", "forfalle", "overdue")
    ));
    out
}

/// The cases that closed an entry ("KDU 79/21 (2021-12-03), KDU 80/21 (2021-12-03)"), or
/// its status where no case did.
fn closed_by_text(entry: &RegisterEntry, lang: Lang) -> String {
    if entry.closed_by.is_empty() {
        let done = match (entry.status, lang) {
            (FollowUpStatus::Dropped, _) => in_lang(
                lang,
                "avsluttet uten å bli gjort",
                "avslutta utan å bli gjort",
                "dropped",
            ),
            (_, _) => in_lang(lang, "gjort", "gjort", "done"),
        };
        return done.to_owned();
    }
    entry
        .closed_by
        .iter()
        .map(|c| {
            let number = c.number.as_deref().unwrap_or("–");
            match c.date {
                Some(date) => format!("{number} ({date})"),
                None => number.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn csv(list: &Register) -> String {
    let mut out = String::from("responsible,body,overdue,deadline,due,origin_date,origin_body,origin_number,origin_title,action,history\n");
    for group in &list.groups {
        for e in &group.entries {
            out.push_str(&format!(
                "{},{},{},{},{},{},{},{},{},{},{}\n",
                csv::text(&group.responsible),
                csv::text(&group.body),
                e.overdue,
                e.deadline.map(|d| d.to_string()).unwrap_or_default(),
                csv::text(&due_text(e, Lang::En)),
                e.origin.date,
                csv::text(&e.origin.body),
                csv::text(e.origin.number.as_deref().unwrap_or("")),
                csv::text(&e.origin.title),
                csv::text(&e.action),
                e.history.len()
            ));
        }
    }
    out
}
