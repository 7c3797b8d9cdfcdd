//! Reading documents for the commands that need them decoded (not checked): decoded as
//! every front door decodes them (strictly, within the limits), and a plain message
//! pointing to `regionrad check` when one does not decode.

use std::path::Path;
use std::process::ExitCode;

/// How results are printed: text for people, JSON (the wire format) or CSV.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum OutputFormat {
    Text,
    Json,
    Csv,
}

/// Prints `regionrad COMMAND: message` and gives the exit code of misuse.
pub fn fail(command: &str, message: &str) -> ExitCode {
    eprintln!("regionrad {command}: {message}");
    ExitCode::from(2)
}

/// The text of the file at `path`, read no further than the largest input the library
/// takes (so that `/dev/zero` or a huge file is refused, not read until memory runs out).
pub fn read_text(command: &str, path: &Path) -> Result<String, ExitCode> {
    use std::io::Read;
    let cap = regionrad::limits::MAX_DOCUMENT_BYTES.max(regionrad::limits::MAX_MINUTES_BYTES);
    let cannot = |e: std::io::Error| fail(command, &format!("cannot read {}: {e}", path.display()));
    let file = std::fs::File::open(path).map_err(cannot)?;
    let mut bytes = Vec::new();
    file.take(cap as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() > cap {
        return Err(fail(
            command,
            &format!(
                "{} is larger than the {} MiB a document or minutes text may be",
                path.display(),
                cap / (1024 * 1024)
            ),
        ));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        fail(
            command,
            &format!("cannot read {}: it is not UTF-8 text ({e})", path.display()),
        )
    })?;
    // A byte-order mark (Windows editors write one) marks the encoding; it is not text.
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    })
}

/// The council document at `path`.
pub fn read_council(command: &str, path: &Path) -> Result<regionrad::Council, ExitCode> {
    let text = read_text(command, path)?;
    decoded(command, path, regionrad::decode_council(&text))
}

/// The meeting document at `path`, the `index`th of those given.
/// What a file given as a meeting holds.
pub enum MeetingText {
    /// A meeting document (JSON).
    Document,
    /// Minutes as text, to be read into a meeting.
    Minutes,
}

/// Whether `text` is a meeting document or minutes, or the one message that says it is
/// neither (a PDF, markup, a JSON list): minutes are read from any other text.
///
/// # Errors
/// The exit code of misuse, the message printed.
pub fn meeting_text(command: &str, path: &Path, text: &str) -> Result<MeetingText, ExitCode> {
    let start = text.trim_start();
    let neither = |what: &str| {
        fail(
            command,
            &format!(
                "{} is {what}, neither a meeting document (JSON) nor minutes as text",
                path.display()
            ),
        )
    };
    if start.starts_with('{') {
        return Ok(MeetingText::Document);
    }
    // Minutes may begin with "[Logo]" or "<Kommunevåpen>": only a whole JSON list and
    // markup that says it is markup are refused.
    let declares = |lead: &str| {
        start
            .get(..lead.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(lead))
    };
    if start.starts_with('[') && serde_json::from_str::<serde_json::Value>(text).is_ok() {
        Err(neither(
            "a JSON list (give each meeting document as a file of its own)",
        ))
    } else if start.starts_with("%PDF-") {
        Err(neither(
            "a PDF (export the minutes as text first, e.g. with pdftotext)",
        ))
    } else if ["<!doctype", "<html", "<?xml"].into_iter().any(declares) {
        Err(neither(
            "markup, HTML or XML (save the minutes as text first)",
        ))
    } else {
        Ok(MeetingText::Minutes)
    }
}

/// The meetings in `files`, each as [`read_meeting`] reads it, numbered in their order; the
/// first that cannot be read ends the command.
pub fn read_meetings(
    command: &str,
    files: &[std::path::PathBuf],
    council: &regionrad::Council,
) -> Result<Vec<regionrad::Meeting>, ExitCode> {
    files
        .iter()
        .enumerate()
        .map(|(index, file)| read_meeting(command, file, index, Some(council)))
        .collect()
}

/// The meeting in the file at `path`: a meeting document, or minutes read into one (with
/// the council, so that names resolve). The reader's findings are left to `regionrad
/// check`, which shows them; a meeting document that does not decode is refused.
pub fn read_meeting(
    command: &str,
    path: &Path,
    index: usize,
    council: Option<&regionrad::Council>,
) -> Result<regionrad::Meeting, ExitCode> {
    let text = read_text(command, path)?;
    match meeting_text(command, path, &text)? {
        MeetingText::Document => decoded(command, path, regionrad::decode_meeting(&text, index)),
        MeetingText::Minutes => {
            let reading = regionrad::minutes::read(&text, council);
            // A text the reader could not make a meeting of (no date, no body) is no
            // meeting to count or number from: refused, not taken as an empty one.
            if let Some(error) = reading
                .findings
                .iter()
                .find(|f| f.severity == regionrad::Severity::Error)
            {
                return Err(fail(
                    command,
                    &format!(
                        "{} was read as minutes, but {} ({}); `regionrad check` says more",
                        path.display(),
                        error.message,
                        error.code.as_str()
                    ),
                ));
            }
            decoded(
                command,
                path,
                regionrad::document::within_limits(reading.meeting, index),
            )
        }
    }
}

/// A document as decoded, or the message that says why it is not one.
pub fn decoded<T>(
    command: &str,
    path: &Path,
    document: regionrad::Decoded<T>,
) -> Result<T, ExitCode> {
    document.map_err(|finding| {
        let at = regionrad::format_path(&finding.path);
        let at = if at.is_empty() {
            String::new()
        } else {
            format!(" at {at}")
        };
        fail(
            command,
            &format!(
                "{} is not a valid document ({}{at}); `regionrad check` says more",
                path.display(),
                finding.message
            ),
        )
    })
}

/// `value` as the wire format writes it, indented.
pub fn pretty_json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    // The wire types are plain data: serializing them cannot fail.
    serde_json::to_string_pretty(value).unwrap_or_default()
}
