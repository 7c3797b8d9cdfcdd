//! Documents decoded strictly, into a value or the finding that says why not: wrong types,
//! unknown or repeated fields and enum values, impossible dates and unsupported schema
//! versions become `input.invalid` / `input.unsupported_schema_version` findings at the
//! exact path of the bad value (and, in JSON text, where it stands), and the limits of
//! [`crate::limits`] are findings too. Nothing here panics, whatever the input.
//!
//! JSON text is read by `serde_json`; any other serde format (a binding's own objects) by
//! [`decode_from`]. Either way the path comes from `serde_path_to_error`.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

use crate::findings::{Code, Document, Finding, PathSegment, Span, TextPosition};
use crate::i18n::{Catalog, Lang};
use crate::{Council, Error, Meeting, SCHEMA_VERSION};

/// A document as decoded: the value, or the finding that says why it could not be.
pub type Decoded<T> = Result<T, Finding>;

/// Which document is being decoded, for the findings about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Council,
    /// The meeting at this index among those given.
    Meeting(usize),
    Budget,
    Population,
    /// A cost key given for one run: reported under the budget's `key`, where it would stand.
    Key,
}

impl Source {
    /// A finding about this document, at `path` within it.
    pub fn finding(self, code: Code, path: Vec<PathSegment>) -> Finding {
        match self {
            Source::Council => Finding::council(code, path),
            Source::Meeting(index) => Finding::meeting(code, index, path),
            Source::Budget => Finding::on(code, Document::Budget, path),
            Source::Population => Finding::on(code, Document::Population, path),
            Source::Key => {
                let mut under_key = vec![PathSegment::from("key")];
                under_key.extend(path);
                Finding::on(code, Document::Budget, under_key)
            }
        }
    }
}

/// A document of the wire format, and the version of it that it declares: a document of
/// another version than [`SCHEMA_VERSION`] does not decode, whichever way it comes in,
/// for its fields may mean something else.
pub trait WireDocument {
    /// The `schema_version` it declares; `None` for a part of a document (a cost key given
    /// for one run) that declares none.
    fn declared_version(&self) -> Option<u32>;
}

macro_rules! versioned {
    ($($document:ty),*) => {
        $(impl WireDocument for $document {
            fn declared_version(&self) -> Option<u32> {
                Some(self.schema_version)
            }
        })*
    };
}
versioned!(
    Council,
    Meeting,
    crate::cost::Budget,
    crate::cost::PopulationTable
);

impl WireDocument for crate::cost::CostKey {
    fn declared_version(&self) -> Option<u32> {
        None
    }
}

/// `value`, unless it declares another schema version than this library's.
fn of_this_version<T: WireDocument>(value: T, source: Source) -> Result<T, Finding> {
    match value
        .declared_version()
        .and_then(|v| check_version(v, source))
    {
        Some(finding) => Err(finding),
        None => Ok(value),
    }
}

/// Decodes a council document.
///
/// # Errors
/// The `input.*` finding that says why the text is not a council document.
///
/// ```
/// let err = regionrad::decode_council(r#"{"schema_version": 1, "id": 7}"#).unwrap_err();
/// assert_eq!(err.code.as_str(), "input.invalid");
/// assert_eq!(regionrad::format_path(&err.path), "id");
/// ```
pub fn decode_council(json: &str) -> Decoded<Council> {
    decode(json, Source::Council)
}

/// Decodes a meeting document; `index` is its place among the meetings given, used in the
/// finding when it does not decode.
///
/// # Errors
/// The `input.*` finding that says why the text is not a meeting document, or which limit
/// it goes beyond.
///
/// ```
/// let json = r#"{"schema_version": 1, "council": "c", "body": "kdu", "date": "2021-02-30",
///               "attendance": [], "agenda": []}"#;
/// let err = regionrad::decode_meeting(json, 0).unwrap_err();
/// assert_eq!(regionrad::format_path(&err.path), "date");
/// ```
pub fn decode_meeting(json: &str, index: usize) -> Decoded<Meeting> {
    decode(json, Source::Meeting(index)).and_then(|meeting| within_limits(meeting, index))
}

/// Decodes a meeting from any serde format, as [`decode_meeting`] does JSON text.
///
/// # Errors
/// As [`decode_from`], and the finding of a limit the meeting goes beyond.
pub fn decode_meeting_from<'de, D: Deserializer<'de>>(
    deserializer: impl Fn() -> D,
    index: usize,
) -> Decoded<Meeting> {
    decode_from(deserializer, Source::Meeting(index))
        .and_then(|meeting| within_limits(meeting, index))
}

/// A meeting made some other way (read from minutes text), held to the limits a decoded one
/// is: `index` is its place among the meetings given.
///
/// # Errors
/// The finding of the first limit the meeting goes beyond.
pub fn within_limits(mut meeting: Meeting, index: usize) -> Decoded<Meeting> {
    match crate::limits::meeting(&mut meeting, |code, path| {
        Source::Meeting(index).finding(code, path)
    }) {
        Some(beyond) => Err(rendered(beyond)),
        None => Ok(meeting),
    }
}

/// Decodes a JSON document of type `T`.
///
/// # Errors
/// The `input.*` finding that says why the text is not such a document: too large or too
/// deep ([`crate::limits`]), not JSON, a bad value (with its path and span), another schema
/// version.
pub fn decode<T: DeserializeOwned + WireDocument>(json: &str, source: Source) -> Decoded<T> {
    decode_text(json, source)
        .and_then(|value| of_this_version(value, source))
        .map_err(rendered)
}

/// Decodes a document of type `T` from any serde format, such as a binding's own objects,
/// which know no lines and columns: the finding has a path but no span. `deserializer`
/// gives a fresh deserializer over the same input each time it is called: a good document
/// is read once, one that fails again to say where, and once more to tell a document of
/// another schema version from a bad one.
///
/// # Errors
/// The `input.invalid` or `input.unsupported_schema_version` finding.
pub fn decode_from<'de, T: Deserialize<'de> + WireDocument, D: Deserializer<'de>>(
    deserializer: impl Fn() -> D,
    source: Source,
) -> Decoded<T> {
    let of_this_version = |value| of_this_version(value, source).map_err(rendered);
    // As for text: tracking the path costs on every field, so only a failed try pays it.
    #[cfg(not(target_arch = "wasm32"))]
    if let Ok(value) = T::deserialize(deserializer()) {
        return of_this_version(value);
    }
    let error = match serde_path_to_error::deserialize(deserializer()) {
        Ok(value) => return of_this_version(value),
        Err(error) => error,
    };
    if let Some(found) = unsupported_version(VersionProbe::deserialize(deserializer()).ok()) {
        return Err(rendered(version_finding(source, &found)));
    }
    let path = path_of(error.path(), &error.inner().to_string());
    let finding = source
        .finding(Code::InputInvalid, path)
        .param("detail", in_words(error.inner().to_string()));
    Err(rendered(finding))
}

/// The finding of a document nested deeper than [`crate::limits::MAX_DEPTH`], for a binding
/// that counts the depth of its own objects as it reads them.
pub fn too_deep(source: Source) -> Finding {
    rendered(crate::limits::too_deep(|code, path| {
        source.finding(code, path)
    }))
}

/// A document's finding as it is handed out: in bokmål, from the input messages.
fn rendered(finding: Finding) -> Finding {
    finding.rendered(Catalog::INPUT, Lang::Nb)
}

/// A document that did not decode, in one line for an error message: "meetings[2]: …".
pub(crate) fn described(name: &str, mut finding: Finding, lang: Lang) -> String {
    finding.localize_from(Catalog::INPUT, lang);
    let mut out = format!("{name}: {}", finding.message);
    // Where in the document, as the CLI shows a path, and where in the text.
    let path = crate::findings::format_path(&finding.path);
    if !path.is_empty() {
        out.push_str(&format!(" [{path}]"));
    }
    if let Some(span) = finding.span {
        out.push_str(&format!(" ({}:{})", span.start.line, span.start.column));
    }
    out
}

/// Meetings as decoded, for an answer that needs every one of them (the register, the next
/// case number): more than [`crate::limits::MAX_MEETINGS`] are refused before any is
/// decoded, and the first that did not decode is the error.
///
/// # Errors
/// [`Error::InvalidInput`]: too many meetings, or the first that did not decode, in `lang`.
pub fn every_meeting(
    meetings: impl IntoIterator<Item = Decoded<Meeting>, IntoIter: ExactSizeIterator>,
    lang: Lang,
) -> Result<Vec<Meeting>, Error> {
    let meetings = meetings.into_iter();
    let count = meetings.len();
    if count > crate::limits::MAX_MEETINGS {
        return Err(Error::InvalidInput(format!(
            "meetings: {count} meetings, more than the {} read at once",
            crate::limits::MAX_MEETINGS
        )));
    }
    meetings
        .enumerate()
        .map(|(i, meeting)| {
            meeting.map_err(|f| Error::document(&format!("meetings[{i}]"), f, lang))
        })
        .collect()
}

fn decode_text<T: DeserializeOwned>(json: &str, source: Source) -> Decoded<T> {
    let finding = |code, path| source.finding(code, path);
    // A document too large or too deep is not read at all.
    let beyond = crate::limits::size(json.len(), crate::limits::MAX_DOCUMENT_BYTES, finding)
        .or_else(|| crate::limits::depth(json, finding));
    if let Some(beyond) = beyond {
        return Err(beyond);
    }
    // Most documents decode: the first try does not track the path, which costs on every
    // field; only a document that fails is read again to say where. Not in WebAssembly, where
    // a second copy of every deserializer is download a page pays for.
    #[cfg(not(target_arch = "wasm32"))]
    if let Ok(value) = serde_json::from_str(json) {
        return Ok(value);
    }
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let (path, error) = match serde_path_to_error::deserialize(&mut deserializer) {
        // Text after the document is as invalid as a bad field.
        Ok(value) => match deserializer.end() {
            Ok(()) => return Ok(value),
            Err(error) => (Vec::new(), error),
        },
        Err(error) => {
            let path = path_of(error.path(), &error.inner().to_string());
            (path, error.into_inner())
        }
    };
    // A document of another version may fail on fields this version does not know;
    // saying so is more useful than naming the first such field.
    if let Some(found) = unsupported_version(serde_json::from_str(json).ok()) {
        return Err(version_finding(source, &found));
    }
    let span = span_of(json, &path, &error);
    Err(source
        .finding(Code::InputInvalid, path)
        .param("detail", in_words(detail(&error)))
        .with_span(span))
}

/// The path serde gives, as the findings write it. A field given twice is found when its
/// name is read, before serde steps into it, so the path is completed with its name.
fn path_of(path: &serde_path_to_error::Path, message: &str) -> Vec<PathSegment> {
    let mut out: Vec<PathSegment> = path
        .iter()
        .filter_map(|segment| match segment {
            serde_path_to_error::Segment::Seq { index } => Some(PathSegment::Index(*index)),
            serde_path_to_error::Segment::Map { key } => Some(PathSegment::Field(key.clone())),
            // `{"municipality": "5059"}`: the variant is the field it is written as.
            serde_path_to_error::Segment::Enum { variant } => {
                Some(PathSegment::Field(variant.clone()))
            }
            serde_path_to_error::Segment::Unknown => None,
        })
        .collect();
    let repeated = message
        .strip_prefix("duplicate field `")
        .and_then(|rest| rest.split('`').next());
    if let Some(name) = repeated {
        out.push(PathSegment::from(name));
    }
    out
}

/// serde's message with the Rust names of number types said in words: "expected i64" is
/// "expected a whole number", which a user of any binding reads.
fn in_words(detail: String) -> String {
    const WHOLE: [&str; 8] = ["i64", "u64", "i32", "u32", "i16", "u16", "u8", "usize"];
    match WHOLE
        .iter()
        .find(|name| detail.ends_with(&format!("expected {name}")))
    {
        Some(name) => format!("{}a whole number", &detail[..detail.len() - name.len()]),
        None => detail,
    }
}

/// serde_json's message without its " at line L column C" (the span says where).
fn detail(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let place = format!(" at line {} column {}", error.line(), error.column());
    match text.strip_suffix(&place) {
        Some(message) => message.to_owned(),
        None => text,
    }
}

/// Where the finding stands in the text: the whole bad value, found again by its path, or
/// the point where serde_json stopped when the value cannot be found (text that is not
/// JSON, an unknown field's name).
fn span_of(json: &str, path: &[PathSegment], error: &serde_json::Error) -> Span {
    let stopped = TextPosition {
        line: u32::try_from(error.line()).unwrap_or(u32::MAX),
        column: u32::try_from(error.column()).unwrap_or(u32::MAX),
    };
    let is_data = error.classify() == serde_json::error::Category::Data;
    match value_at(json, path).filter(|_| is_data) {
        Some((start, end)) => Span {
            start: crate::findings::position(json, start),
            end: crate::findings::position(json, end),
        },
        None => Span {
            start: stopped,
            end: stopped,
        },
    }
}

/// The byte range of the value at `path` in `json`, read again as raw JSON one step at a
/// time; the last of a field given twice.
fn value_at(json: &str, path: &[PathSegment]) -> Option<(usize, usize)> {
    use serde_json::value::RawValue;
    let mut value: &RawValue = serde_json::from_str(json).ok()?;
    for segment in path {
        value = match segment {
            PathSegment::Index(i) => *serde_json::from_str::<Vec<&RawValue>>(value.get())
                .ok()?
                .get(*i)?,
            PathSegment::Field(name) => {
                let fields: BTreeMap<String, &RawValue> = serde_json::from_str(value.get()).ok()?;
                *fields.get(name)?
            }
        };
    }
    let text = value.get();
    // Every raw value borrows from `json`, so its place is its distance from the start.
    let start = (text.as_ptr() as usize).checked_sub(json.as_ptr() as usize)?;
    Some((start, start + text.len()))
}

/// The declared `schema_version`, when it is a number other than the supported one.
fn unsupported_version(probe: Option<VersionProbe>) -> Option<String> {
    let version = probe?.schema_version?;
    (version.as_u64() != Some(u64::from(SCHEMA_VERSION))).then(|| version.to_string())
}

/// A document's `schema_version` and nothing else; a document whose version is not a number
/// is no probe's business.
#[derive(Deserialize)]
struct VersionProbe {
    schema_version: Option<serde_json::Number>,
}

/// The finding for a document that decoded but declares another schema version.
pub(crate) fn check_version(version: u32, source: Source) -> Option<Finding> {
    (version != SCHEMA_VERSION).then(|| version_finding(source, &version.to_string()))
}

fn version_finding(source: Source, found: &str) -> Finding {
    source
        .finding(
            Code::InputUnsupportedSchemaVersion,
            vec![PathSegment::from("schema_version")],
        )
        .param("found", found)
        .param("supported", SCHEMA_VERSION)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_about_a_document_says_where_in_it_and_in_the_text() {
        let text = "{\"schema_version\": 1,\n  \"id\": \"x\",\n  \"name\": 5\n}";
        let Err(finding) = decode::<Council>(text, Source::Council) else {
            panic!("decoded");
        };
        let message = described("council", finding, Lang::En);
        assert!(message.starts_with("council: "), "{message}");
        // Line 3, where the value 5 is, 1-based in characters.
        assert!(message.ends_with(" [name] (3:11)"), "{message}");
        let Err(not_json) = decode::<Council>("{\n\n  ,", Source::Council) else {
            panic!("decoded");
        };
        assert!(described("council", not_json, Lang::En).ends_with(" (3:3)"));
    }

    #[test]
    fn a_number_that_should_be_whole_is_said_in_words() {
        let budget = r#"{"schema_version": 1, "council": "x", "year": 2023, "total_ore": 2.5}"#;
        let Err(finding) = decode::<crate::cost::Budget>(budget, Source::Budget) else {
            panic!("decoded");
        };
        let detail = finding.params.get("detail").map(ToString::to_string);
        assert_eq!(
            detail.as_deref(),
            Some("invalid type: floating point `2.5`, expected a whole number")
        );
        assert_eq!(
            in_words("expected a fraction".into()),
            "expected a fraction"
        );
    }
}
