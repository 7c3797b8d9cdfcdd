//! Decoding documents from JSON text, strictly: wrong types, unknown fields and enum values,
//! impossible dates and unsupported schema versions become `input.invalid` /
//! `input.unsupported_schema_version` findings that carry the exact path and position.

use crate::decode::FromJson;
use crate::findings::{Code, Document, Finding, PathSegment, Span};
use crate::i18n::{Catalog, Lang};
use crate::json::{Node, SyntaxErrorKind, Value};
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
    decode(json, Finding::council).map_err(rendered)
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
    let meeting: Meeting = decode(json, finding).map_err(rendered)?;
    match crate::limits::meeting(&meeting, finding) {
        Some(beyond) => Err(rendered(beyond)),
        None => Ok(meeting),
    }
}

/// A document's finding as it is handed out: in bokmål, from the input messages.
fn rendered(finding: Finding) -> Finding {
    finding.rendered(Catalog::INPUT, Lang::Nb)
}

/// A document that did not decode, said in one line for an error message: "meeting: …".
pub(crate) fn described(name: &str, mut finding: Finding, lang: Lang) -> String {
    finding.localize_from(Catalog::INPUT, lang);
    format!("{name}: {}", finding.message)
}

/// Decodes a budget, population table or key given on its own; findings name `document`.
#[allow(clippy::result_large_err)]
pub(crate) fn decode_document<T: FromJson>(json: &str, document: Document) -> Result<T, Finding> {
    decode(json, |code, path| Finding::on(code, document, path)).map_err(rendered)
}

#[allow(clippy::result_large_err)]
fn decode<T: FromJson>(
    json: &str,
    finding: impl Fn(Code, Vec<PathSegment>) -> Finding,
) -> Result<T, Finding> {
    // A document too large is not read at all; one too deep is refused while it is read.
    if let Some(beyond) =
        crate::limits::size(json.len(), crate::limits::MAX_DOCUMENT_BYTES, &finding)
    {
        return Err(beyond);
    }
    let node = match crate::json::parse(json) {
        Ok(node) => node,
        Err(error) if error.kind() == SyntaxErrorKind::TooDeep => {
            return Err(crate::limits::too_deep(&finding));
        }
        Err(error) => {
            return Err(invalid(
                finding,
                json,
                error.path(),
                error.message(),
                error.at,
                error.at,
            ));
        }
    };
    let error = match T::from_json(&node) {
        Ok(value) => return Ok(value),
        Err(error) => error,
    };
    // A document of another version may fail on fields this version does not know;
    // saying so is more useful than naming the first such field.
    if let Some(found) = unsupported_version(&node) {
        return Err(version_finding(finding, &found));
    }
    Err(invalid(
        finding,
        json,
        error.path(),
        error.message(),
        error.start,
        error.end,
    ))
}

/// `input.invalid` at `path`, spanning bytes `start..end` of the text.
fn invalid(
    finding: impl Fn(Code, Vec<PathSegment>) -> Finding,
    json: &str,
    path: Vec<PathSegment>,
    detail: &str,
    start: usize,
    end: usize,
) -> Finding {
    finding(Code::InputInvalid, path)
        .param("detail", detail)
        .with_span(Span {
            start: crate::json::position(json, start),
            end: crate::json::position(json, end),
        })
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

/// The declared `schema_version`, when it is a number other than the supported one.
fn unsupported_version(document: &Node<'_>) -> Option<String> {
    match &document.get("schema_version")?.value {
        Value::Number(n) if *n == SCHEMA_VERSION.to_string() => None,
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}
