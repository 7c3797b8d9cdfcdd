//! Where in a JSON document a decoding error lies, as the path of keys and indices from its
//! root. serde_json says where it stopped (line and column); one pass over the text up to
//! there says in which field. This replaces tracking the path in every deserializer, which
//! doubled the decoding code in every binary and slowed every document that decodes.

use crate::findings::PathSegment;

/// What a decoding error is about, which decides where serde_json's position points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ErrorAbout {
    /// A value that could not be taken: the position is its last byte, or the `,` or
    /// closing bracket after it when it was refused once read.
    Value,
    /// A field missing from an object: the position is the object's closing `}`.
    MissingField,
    /// A tagged union wrong as a whole (`tagged`): refused after its object was read, so the
    /// position is at or after that object's `}`. Such an object holds no other object.
    WholeObject,
}

/// One open object or array on the way to the position.
enum Frame {
    Object {
        key: Option<String>,
        /// Between a key and its colon: the next string is not a value.
        expecting_key: bool,
        /// Whether an object opened inside it.
        nested: bool,
    },
    Array {
        index: usize,
        /// Whether a value has begun at `index` (an empty array has none).
        started: bool,
    },
}

/// The path an error names: `line` is 1-based, `column` the 1-based byte of the line where
/// serde_json stopped.
pub(crate) fn at_error(
    json: &str,
    line: usize,
    column: usize,
    about: ErrorAbout,
) -> Vec<PathSegment> {
    let line_start = if line <= 1 {
        0
    } else {
        json.bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n')
            .nth(line - 2)
            .map_or(json.len(), |(i, _)| i + 1)
    };
    let mut end = line_start.saturating_add(column).min(json.len());
    let at_terminator = end
        .checked_sub(1)
        .and_then(|last| json.as_bytes().get(last))
        .is_some_and(|b| matches!(b, b',' | b'}' | b']'));
    if about == ErrorAbout::Value && at_terminator {
        end -= 1;
    }
    let scan = scan(json, end);
    match about {
        ErrorAbout::WholeObject => scan.last_flat_object.unwrap_or(scan.path),
        ErrorAbout::Value | ErrorAbout::MissingField => scan.path,
    }
}

/// The path of the value being read when the first `end` bytes of `json` have been.
#[cfg(test)]
fn at(json: &str, end: usize) -> Vec<PathSegment> {
    scan(json, end).path
}

struct Scan {
    /// Where the scan stopped.
    path: Vec<PathSegment>,
    /// The path of the object closed last among those with no object inside.
    last_flat_object: Option<Vec<PathSegment>>,
}

fn scan(json: &str, end: usize) -> Scan {
    let bytes = json.as_bytes();
    let end = end.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut last_flat_object = None;
    let mut i = 0;
    while let Some(&byte) = bytes.get(i).filter(|_| i < end) {
        match byte {
            b'{' => {
                begin_value(&mut stack);
                if let Some(Frame::Object { nested, .. }) = stack.last_mut() {
                    *nested = true;
                }
                stack.push(Frame::Object {
                    key: None,
                    expecting_key: true,
                    nested: false,
                });
            }
            b'[' => {
                begin_value(&mut stack);
                stack.push(Frame::Array {
                    index: 0,
                    started: false,
                });
            }
            b'}' | b']' => {
                if let Some(Frame::Object { nested: false, .. }) = stack.pop() {
                    last_flat_object = Some(path_of(&stack));
                }
            }
            b':' => {
                if let Some(Frame::Object { expecting_key, .. }) = stack.last_mut() {
                    *expecting_key = false;
                }
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object {
                    key, expecting_key, ..
                }) => {
                    // Past the value: the next field is not known until its key is read.
                    *key = None;
                    *expecting_key = true;
                }
                Some(Frame::Array { index, started }) => {
                    *index += 1;
                    *started = false;
                }
                None => {}
            },
            b'"' => {
                let start = i + 1;
                i = string_end(bytes, start);
                let text = json.get(start..i.min(bytes.len())).unwrap_or("");
                match stack.last_mut() {
                    Some(Frame::Object {
                        key,
                        expecting_key: true,
                        ..
                    }) => *key = Some(unescape(text)),
                    _ => begin_value(&mut stack),
                }
            }
            b if !b.is_ascii_whitespace() => begin_value(&mut stack),
            _ => {}
        }
        i += 1;
    }
    Scan {
        path: path_of(&stack),
        last_flat_object,
    }
}

/// Where the JSON string whose text begins at `start` ends: the index of its closing quote
/// (escapes skipped), or the end of the text. Brackets inside strings are text.
#[inline]
pub(crate) fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start;
    while let Some(&c) = bytes.get(i) {
        match c {
            b'\\' => i += 2,
            b'"' => break,
            _ => i += 1,
        }
    }
    i
}

fn path_of(stack: &[Frame]) -> Vec<PathSegment> {
    stack
        .iter()
        .filter_map(|frame| match frame {
            Frame::Object { key, .. } => key.clone().map(PathSegment::Field),
            Frame::Array { index, started } => started.then_some(PathSegment::Index(*index)),
        })
        .collect()
}

/// A value begins in the innermost frame: in an array, at its current index.
fn begin_value(stack: &mut [Frame]) {
    if let Some(Frame::Array { started, .. }) = stack.last_mut() {
        *started = true;
    }
}

/// A key as it reads: JSON's escapes undone (keys of the wire format are plain ASCII; any
/// other is shown as written).
fn unescape(text: &str) -> String {
    if !text.contains('\\') {
        return text.to_owned();
    }
    serde_json::from_str::<String>(&format!("\"{text}\"")).unwrap_or_else(|_| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::format_path;

    fn path(json: &str, end: usize) -> String {
        format_path(&at(json, end))
    }

    #[test]
    fn names_the_field_and_index_being_read() {
        let json = r#"{"a": {"b": [1, {"c": true}]}, "d": "x"}"#;
        let after = |needle: &str| json.find(needle).unwrap() + needle.len();
        assert_eq!(path(json, after("true")), "a.b[1].c");
        assert_eq!(path(json, after("[1")), "a.b[0]");
        assert_eq!(path(json, after(r#""x""#)), "d");
        assert_eq!(path(json, json.len()), "");
        // An object closed: the path of the object itself.
        assert_eq!(path(json, after("true}")), "a.b[1]");
        // Past a field's comma, the next field is not known yet: the object's own path.
        assert_eq!(path(r#"{"a": {"b": 1, "#, 15), "a");
    }

    #[test]
    fn brackets_and_escapes_in_strings_are_text() {
        let json = r#"{"a\"b": "[{,", "c": [ ]}"#;
        let after = |needle: &str| json.find(needle).unwrap() + needle.len();
        assert_eq!(path(json, after(r#""[{,""#)), "a\"b");
        assert_eq!(path(json, after("[ ")), "c");
    }

    #[test]
    fn a_union_wrong_as_a_whole_is_named_by_its_object() {
        // Compact: serde_json stops at the `}` after the union's own.
        let json = r#"{"bodies": [{"quorum": {"rule": "x", "n": 3}}]}"#;
        let end = json.find("3}}").unwrap() + 3;
        let found = at_error(json, 1, end, ErrorAbout::WholeObject);
        assert_eq!(format_path(&found), "bodies[0].quorum");
    }

    #[test]
    fn lines_and_columns_as_serde_json_gives_them() {
        for json in [
            "{\n  \"remote\": 1\n}",
            r#"{"remote": 1}"#,
            r#"{"remote": 1, "x": 2}"#,
        ] {
            let error = serde_json::from_str::<crate::Meeting>(json).unwrap_err();
            let found = at_error(json, error.line(), error.column(), ErrorAbout::Value);
            assert_eq!(format_path(&found), "remote", "{json}");
        }
    }
}
