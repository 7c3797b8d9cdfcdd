//! Decoding documents from JSON text, strictly: wrong types, unknown fields and enum values,
//! impossible dates and unsupported schema versions become `input.invalid` /
//! `input.unsupported_schema_version` findings that carry the exact path and position.

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::findings::{Code, Document, Finding, PathSegment, Span, TextPosition};
use crate::json_path::ErrorAbout;
use crate::{Council, Meeting, SCHEMA_VERSION};

/// Decodes a council document.
///
/// ```
/// let err = regionrad::decode_council(r#"{"schema_version": 1, "id": 7}"#).unwrap_err();
/// assert_eq!(err.code.as_str(), "input.invalid");
/// assert_eq!(regionrad::format_path(&err.path), "id");
/// ```
// A document fails to decode at most once, so the size of the error does not matter.
#[allow(clippy::result_large_err)]
pub fn decode_council(json: &str) -> Result<Council, Finding> {
    decode(json, Finding::council)
}

/// Decodes a meeting document; `index` is its place among the meetings being validated,
/// used in the finding when it does not decode.
///
/// ```
/// let json = r#"{"schema_version": 1, "council": "c", "body": "kdu", "date": "2021-02-30",
///               "attendance": [], "agenda": []}"#;
/// let err = regionrad::decode_meeting(json, 0).unwrap_err();
/// assert_eq!(regionrad::format_path(&err.path), "date");
/// ```
#[allow(clippy::result_large_err)]
pub fn decode_meeting(json: &str, index: usize) -> Result<Meeting, Finding> {
    let finding = |code, path| Finding::meeting(code, index, path);
    let meeting: Meeting = decode(json, finding)?;
    match crate::limits::meeting(&meeting, finding) {
        Some(beyond) => Err(beyond),
        None => Ok(meeting),
    }
}

/// A document that did not decode, said in one line for an error message: "meeting: …".
pub(crate) fn described(name: &str, mut finding: Finding, lang: crate::Lang) -> String {
    finding.localize(lang);
    format!("{name}: {}", finding.message)
}

/// Decodes a budget, population table or key given on its own; findings name `document`.
#[allow(clippy::result_large_err)]
pub(crate) fn decode_document<T: DeserializeOwned>(
    json: &str,
    document: Document,
) -> Result<T, Finding> {
    decode(json, |code, path| Finding::on(code, document, path))
}

#[allow(clippy::result_large_err)]
fn decode<T: DeserializeOwned>(
    json: &str,
    finding: impl Fn(Code, Vec<PathSegment>) -> Finding,
) -> Result<T, Finding> {
    // Limits first: a document too large or too deep is not decoded at all.
    let beyond = crate::limits::size(json.len(), crate::limits::MAX_DOCUMENT_BYTES, &finding)
        .or_else(|| crate::limits::depth(json, &finding));
    if let Some(beyond) = beyond {
        return Err(beyond);
    }
    let error = match serde_json::from_str(json) {
        Ok(value) => return Ok(value),
        Err(error) => error,
    };
    // A document of another version may fail on fields this version does not know;
    // saying so is more useful than naming the first such field.
    if let Some(found) = unsupported_version(json) {
        return Err(version_finding(finding, &found));
    }
    // Where serde_json stopped, as the path of the field it was reading.
    let message = error.to_string();
    let about = if message.starts_with("missing field") {
        ErrorAbout::MissingField
    } else if message.starts_with(crate::tagged::WHOLE_OBJECT) {
        ErrorAbout::WholeObject
    } else {
        ErrorAbout::Value
    };
    let path = crate::json_path::at_error(json, error.line(), error.column(), about);
    let position = TextPosition {
        line: u32::try_from(error.line()).unwrap_or(u32::MAX),
        column: u32::try_from(error.column()).unwrap_or(u32::MAX),
    };
    Err(finding(Code::InputInvalid, path)
        .param("detail", detail(&message))
        .with_span(Span {
            start: position,
            end: position,
        }))
}

/// The finding for a document that decoded but declares another schema version.
pub(crate) fn check_version(
    version: u32,
    finding: impl Fn(Code, Vec<PathSegment>) -> Finding,
) -> Option<Finding> {
    (version != SCHEMA_VERSION).then(|| version_finding(finding, &version.to_string()))
}

fn version_finding(finding: impl Fn(Code, Vec<PathSegment>) -> Finding, found: &str) -> Finding {
    finding(
        Code::InputUnsupportedSchemaVersion,
        vec![PathSegment::from("schema_version")],
    )
    .param("found", found)
    .param("supported", SCHEMA_VERSION)
}

/// The declared `schema_version`, when it is present and is not the supported one.
fn unsupported_version(json: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Probe {
        schema_version: Option<serde_json::Value>,
    }
    let probe: Probe = serde_json::from_str(json).ok()?;
    match probe.schema_version? {
        serde_json::Value::Number(n) if n.as_u64() == Some(u64::from(SCHEMA_VERSION)) => None,
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// serde_json's message without its " at line L column C" tail (the span carries that).
fn detail(text: &str) -> String {
    match text.rfind(" at line ") {
        Some(cut) => text[..cut].to_owned(),
        None => text.to_owned(),
    }
}
