//! `regionrad read`: minutes text into a meeting document (or clean minutes), with what the
//! reader could not place said on stderr.

use std::path::Path;
use std::process::ExitCode;

use regionrad::{minutes, Council, Lang, Severity};

use crate::documents::{pretty_json, read_council, read_text};
use crate::style::in_lang;

/// What `read` prints.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum ReadFormat {
    /// The meeting document (JSON).
    Json,
    /// The meeting with the reader's findings and the span of every value (JSON).
    Reading,
    /// The meeting written back as clean minutes (bokmål).
    Minutes,
}

pub fn run(
    file: &Path,
    council: Option<&Path>,
    format: ReadFormat,
    lang: Lang,
    redact: bool,
) -> ExitCode {
    let text = match read_text("read", file) {
        Ok(text) => text,
        Err(code) => return code,
    };
    let council: Option<Council> = match council.map(|path| read_council("read", path)) {
        Some(Ok(council)) => Some(council),
        Some(Err(code)) => return code,
        None => None,
    };
    let mut reading = minutes::read(&text, council.as_ref());
    if redact {
        let redaction = regionrad::redact::redact_meeting(&reading.meeting);
        let c = &redaction.counts;
        eprintln!(
            "{}: {} e-post, {} telefon, {} fødselsnummer, {} lukkede saker",
            in_lang(lang, "Unntatt", "Unnateke", "Withheld"),
            c.emails,
            c.phones,
            c.national_identity_numbers,
            c.closed_items
        );
        reading.meeting = redaction.meeting;
    }
    for finding in &mut reading.findings {
        finding.localize(lang);
    }
    let output = match format {
        ReadFormat::Json => pretty_json(&reading.meeting),
        ReadFormat::Reading => pretty_json(&reading),
        ReadFormat::Minutes => match minutes::write(&reading.meeting, council.as_ref(), Lang::Nb) {
            Ok(written) => written,
            Err(e) => return crate::documents::fail("read", &e.to_string()),
        },
    };
    crate::output::line(&output);
    for finding in &reading.findings {
        let at = finding
            .span
            .map(|s| format!("{}:{}:{}", file.display(), s.start.line, s.start.column))
            .unwrap_or_else(|| file.display().to_string());
        eprintln!(
            "{at}: {} {}: {}",
            finding.severity.as_str(),
            finding.code,
            finding.message
        );
    }
    if reading
        .findings
        .iter()
        .any(|f| f.severity == Severity::Error)
    {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
