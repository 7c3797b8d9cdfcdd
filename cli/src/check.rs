//! `regionrad check`: validate meeting files against a council and print the findings,
//! grouped by meeting and by item, or as the wire-format report.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{Days, NaiveDate};
use regionrad::{Document, Finding, Lang, Meeting, PathSegment, Report, Severity};

use crate::documents::{MeetingText, OutputFormat};
use crate::style::{FindingColumns, Style};

/// Today's date (UTC) from the system clock: the library itself never reads a clock.
pub fn today() -> NaiveDate {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|epoch| epoch.checked_add_days(Days::new(seconds / 86_400)))
        .unwrap_or_default()
}

pub fn run(
    council: &Path,
    files: &[PathBuf],
    format: OutputFormat,
    lang: Lang,
    today: NaiveDate,
) -> ExitCode {
    let council_text = match read(council) {
        Ok(text) => text,
        Err(code) => return code,
    };
    let mut texts = Vec::with_capacity(files.len());
    for file in files {
        match read(file) {
            Ok(text) => texts.push(text),
            Err(code) => return code,
        }
    }
    // Minutes as text are read first (with the council, where it decodes); what the reader
    // says joins the report under the meeting it is about.
    let prepared =
        regionrad::PreparedCouncil::from_decoded(regionrad::decode_council(&council_text));
    let mut reader_findings = Vec::new();
    let mut meetings = Vec::with_capacity(texts.len());
    for (index, (text, file)) in texts.iter().zip(files).enumerate() {
        match crate::documents::meeting_text("check", file, text) {
            Ok(MeetingText::Document) => {
                meetings.push(regionrad::decode_meeting(text, index));
                continue;
            }
            Ok(MeetingText::Minutes) => {}
            Err(code) => return code,
        }
        let reading = regionrad::minutes::read(text, prepared.decoded().ok());
        for mut finding in reading.findings {
            finding.meeting = Some(index);
            reader_findings.push(finding);
        }
        meetings.push(regionrad::document::within_limits(reading.meeting, index));
    }
    let mut report = prepared.validate_decoded(meetings.iter().cloned(), today);
    report.findings.extend(reader_findings);
    report.findings.sort_by_key(|f| f.meeting);
    let report = report.localized(lang);
    match format {
        OutputFormat::Json => crate::output::line(&crate::documents::pretty_json(&report)),
        OutputFormat::Csv => crate::output::text(&csv(&report, council, files)),
        OutputFormat::Text => {
            let meetings: Vec<Option<Meeting>> = meetings.into_iter().map(Result::ok).collect();
            crate::output::text(&render(
                &report,
                council,
                files,
                &meetings,
                lang,
                &Style::for_stdout(),
            ));
        }
    }
    if report.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn read(path: &Path) -> Result<String, ExitCode> {
    crate::documents::read_text("check", path)
}

/// A row per finding: the file it is about (the council's, or the meeting's), then the
/// finding's fields; line and column where it points into minutes text.
fn csv(report: &Report, council: &Path, files: &[PathBuf]) -> String {
    let mut out = String::from("file,meeting,severity,code,path,message,legal_basis,line,column\n");
    for f in &report.findings {
        let file = match (f.document, f.meeting) {
            (Document::Meeting, Some(i)) => files.get(i).map_or(council, |p| p.as_path()),
            _ => council,
        };
        let start = f.span.map(|s| s.start);
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{},{}\n",
            crate::csv::text(&file.display().to_string()),
            f.meeting.map(|i| i.to_string()).unwrap_or_default(),
            f.severity.as_str(),
            f.code.as_str(),
            crate::csv::text(&regionrad::format_path(&f.path)),
            crate::csv::text(&f.message),
            crate::csv::text(f.legal_basis.as_deref().unwrap_or("")),
            start.map(|p| p.line.to_string()).unwrap_or_default(),
            start.map(|p| p.column.to_string()).unwrap_or_default(),
        ));
    }
    out
}

struct Words {
    no_findings: &'static str,
    council: &'static str,
    meeting: &'static str,
    attendance: &'static str,
    item: &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::Nb => Words {
            no_findings: "ingen funn",
            council: "Rådet",
            meeting: "Møtet",
            attendance: "Oppmøte",
            item: "Sak",
        },
        Lang::Nn => Words {
            no_findings: "ingen funn",
            council: "Rådet",
            meeting: "Møtet",
            attendance: "Oppmøte",
            item: "Sak",
        },
        // English for a language the command has no words of its own in.
        _ => Words {
            no_findings: "no findings",
            council: "Council",
            meeting: "Meeting",
            attendance: "Attendance",
            item: "Item",
        },
    }
}

/// The human report: one block per document, findings under the item or person they are
/// about, columns aligned across the whole output.
pub fn render(
    report: &Report,
    council: &Path,
    files: &[PathBuf],
    meetings: &[Option<Meeting>],
    lang: Lang,
    style: &Style,
) -> String {
    let w = words(lang);
    let columns = FindingColumns::for_report(report, lang);
    let line = |f: &Finding| columns.line(f, style);

    let mut out = String::new();
    let council_findings: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| f.document == Document::Council)
        .collect();
    if !council_findings.is_empty() {
        out.push_str(&style.bold(&format!("{}  {}", council.display(), w.council)));
        out.push('\n');
        for f in council_findings {
            out.push_str(&line(f));
        }
        out.push('\n');
    }
    for (index, file) in files.iter().enumerate() {
        let meeting = meetings.get(index).and_then(Option::as_ref);
        let heading = match meeting {
            Some(m) => format!("{}  {} {}", file.display(), m.body, m.date),
            None => file.display().to_string(),
        };
        out.push_str(&style.bold(&heading));
        out.push('\n');
        let mine: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| f.document == Document::Meeting && f.meeting == Some(index))
            .collect();
        if mine.is_empty() {
            out.push_str(&format!("  {}\n", w.no_findings));
        }
        let mut current_group: Option<String> = None;
        for f in mine {
            let group = group_label(&f.path, meeting, &w);
            if current_group.as_deref() != Some(group.as_str()) {
                out.push_str(&format!("  {group}\n"));
                current_group = Some(group);
            }
            out.push_str(&line(f));
        }
        out.push('\n');
    }
    out.push_str(&summary(report, files.len(), lang));
    out.push('\n');
    out
}

/// What a finding is about, for a person: the meeting itself, one attendee, or one item.
fn group_label(path: &[PathSegment], meeting: Option<&Meeting>, w: &Words) -> String {
    match path {
        [PathSegment::Field(list), PathSegment::Index(i), ..] if list == "agenda" => {
            let item = meeting.and_then(|m| m.agenda.get(*i));
            match item {
                Some(item) => match &item.number {
                    Some(number) => format!("{} {number} {}", w.item, item.title),
                    None => format!("{} {}", w.item, item.title),
                },
                None => format!("{} #{}", w.item, i + 1),
            }
        }
        [PathSegment::Field(list), PathSegment::Index(i), ..] if list == "attendance" => {
            match meeting.and_then(|m| m.attendance.get(*i)) {
                Some(person) => format!("{}: {}", w.attendance, person.name),
                None => format!("{} #{}", w.attendance, i + 1),
            }
        }
        _ => w.meeting.to_owned(),
    }
}

fn summary(report: &Report, meetings: usize, lang: Lang) -> String {
    let errors = report.count(Severity::Error);
    let warnings = report.count(Severity::Warning);
    let infos = report.count(Severity::Info);
    match lang {
        Lang::Nb => format!(
            "{meetings} {} sjekket: {errors} feil, {warnings} {}, {infos} info",
            if meetings == 1 { "møte" } else { "møter" },
            if warnings == 1 {
                "advarsel"
            } else {
                "advarsler"
            },
        ),
        Lang::Nn => format!(
            "{meetings} møte sjekka: {errors} feil, {warnings} {}, {infos} info",
            if warnings == 1 {
                "åtvaring"
            } else {
                "åtvaringar"
            },
        ),
        _ => format!(
            "{meetings} {} checked: {errors} {}, {warnings} {}, {infos} info",
            if meetings == 1 { "meeting" } else { "meetings" },
            if errors == 1 { "error" } else { "errors" },
            if warnings == 1 { "warning" } else { "warnings" },
        ),
    }
}
