//! JSON text read strictly into a tree that remembers where each value stands: the one
//! parser every document goes through (councils, meetings, budgets, population tables, keys,
//! and what the bindings take as JSON), so that a finding can name the exact path and the
//! exact place of a bad value.
//!
//! Strict as RFC 8259 is: no comments, trailing commas, leading zeros, raw control
//! characters in strings or lone surrogates, nothing after the document. Numbers are kept as
//! they are written; the wire format has integers only, and [`crate::decode`] says which
//! kind a field takes. Nesting deeper than [`crate::limits::MAX_DEPTH`] is refused while
//! parsing, so that no document can exhaust the stack.
//!
//! ```
//! use regionrad::json::{parse, Value};
//!
//! let node = parse(r#"{"agenda": [{"number": "KDU 5/23"}]}"#).unwrap();
//! let Value::Object(members) = &node.value else { unreachable!() };
//! assert_eq!(members[0].key, "agenda");
//!
//! let error = parse(r#"{"agenda": [1, 2,]}"#).unwrap_err();
//! assert_eq!(error.message(), "trailing comma");
//! assert_eq!(regionrad::format_path(&error.path()), "agenda");
//! ```

use std::borrow::Cow;

use crate::findings::{PathSegment, TextPosition};
use crate::limits::MAX_DEPTH;

/// A value with the byte range of the text it was read from (`start..end`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node<'a> {
    pub value: Value<'a>,
    pub start: usize,
    pub end: usize,
}

/// A JSON value. Strings borrow from the text unless they hold escapes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    /// A number as written: `-12`, `0.5`, `1e3`.
    Number(Cow<'a, str>),
    String(Cow<'a, str>),
    Array(Vec<Node<'a>>),
    /// The members in the order they stand; a key may stand twice (the decoder refuses that
    /// where it matters, saying which).
    Object(Vec<Member<'a>>),
}

/// One `"key": value` of an object, with where its key starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member<'a> {
    pub key: Cow<'a, str>,
    pub key_start: usize,
    pub value: Node<'a>,
}

impl<'a> Node<'a> {
    /// The value at `key` when this is an object holding it.
    pub fn get(&self, key: &str) -> Option<&Node<'a>> {
        match &self.value {
            Value::Object(members) => members.iter().find(|m| m.key == key).map(|m| &m.value),
            _ => None,
        }
    }

    /// The text when this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::String(text) => Some(text),
            _ => None,
        }
    }

    /// The number when this is a whole number from 0 to `u64::MAX`.
    pub fn as_u64(&self) -> Option<u64> {
        match &self.value {
            Value::Number(text) => text.parse().ok(),
            _ => None,
        }
    }

    /// The elements when this is an array.
    pub fn as_array(&self) -> Option<&[Node<'a>]> {
        match &self.value {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }
}

/// Why a text is not JSON, where, and inside which value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    kind: SyntaxErrorKind,
    /// The byte offset where reading stopped.
    pub at: usize,
    /// From the innermost value being read out to the root (reversed as it is built).
    path_up: Vec<PathSegment>,
}

/// What kind of syntax error, for telling nesting beyond the limit from the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// Arrays and objects nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// Anything else; the message says what.
    Invalid(&'static str),
}

impl SyntaxError {
    pub fn kind(&self) -> SyntaxErrorKind {
        self.kind
    }

    /// What is wrong, in the words serde_json uses ("expected `,` or `}`").
    pub fn message(&self) -> &'static str {
        match self.kind {
            SyntaxErrorKind::TooDeep => "nested too deep",
            SyntaxErrorKind::Invalid(message) => message,
        }
    }

    /// The path of the value being read when reading stopped.
    pub fn path(&self) -> Vec<PathSegment> {
        self.path_up.iter().rev().cloned().collect()
    }

    fn within(mut self, segment: PathSegment) -> Self {
        self.path_up.push(segment);
        self
    }
}

/// Reads `text` as one JSON document.
// Not inlined: every decoder calls it, and one copy serves them all.
#[inline(never)]
pub fn parse(text: &str) -> Result<Node<'_>, SyntaxError> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        i: 0,
    };
    parser.skip_whitespace();
    let node = parser.value(0)?;
    parser.skip_whitespace();
    if parser.i < parser.bytes.len() {
        return Err(parser.error("trailing characters"));
    }
    Ok(node)
}

/// The line and column (both from 1, the column in characters) of byte `at` of `text`.
pub fn position(text: &str, at: usize) -> TextPosition {
    let before = text.get(..at.min(text.len())).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let column = before.get(line_start..).map_or(0, |l| l.chars().count()) + 1;
    TextPosition {
        line: u32::try_from(line).unwrap_or(u32::MAX),
        column: u32::try_from(column).unwrap_or(u32::MAX),
    }
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    i: usize,
}

impl<'a> Parser<'a> {
    fn error(&self, message: &'static str) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::Invalid(message),
            at: self.i,
            path_up: Vec::new(),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.i).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    /// The text between two offsets that lie on character boundaries (after ASCII bytes).
    fn slice(&self, start: usize, end: usize) -> &'a str {
        self.text.get(start..end).unwrap_or_default()
    }

    /// One value; `depth` is how many arrays and objects are open around it.
    fn value(&mut self, depth: usize) -> Result<Node<'a>, SyntaxError> {
        let start = self.i;
        let value = match self.peek() {
            None => return Err(self.error("EOF while parsing a value")),
            Some(b'{') => self.object(depth + 1)?,
            Some(b'[') => self.array(depth + 1)?,
            Some(b'"') => Value::String(self.string()?),
            Some(b't') => self.word("true", Value::Bool(true))?,
            Some(b'f') => self.word("false", Value::Bool(false))?,
            Some(b'n') => self.word("null", Value::Null)?,
            Some(b'-' | b'0'..=b'9') => Value::Number(Cow::Borrowed(self.number()?)),
            Some(_) => return Err(self.error("expected value")),
        };
        Ok(Node {
            value,
            start,
            end: self.i,
        })
    }

    fn word(&mut self, word: &str, value: Value<'a>) -> Result<Value<'a>, SyntaxError> {
        for expected in word.bytes() {
            match self.peek() {
                Some(b) if b == expected => self.i += 1,
                Some(_) => return Err(self.error("expected ident")),
                None => return Err(self.error("EOF while parsing a value")),
            }
        }
        Ok(value)
    }

    fn open(&mut self, depth: usize) -> Result<(), SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(SyntaxError {
                kind: SyntaxErrorKind::TooDeep,
                at: self.i,
                path_up: Vec::new(),
            });
        }
        self.i += 1;
        self.skip_whitespace();
        Ok(())
    }

    fn array(&mut self, depth: usize) -> Result<Value<'a>, SyntaxError> {
        self.open(depth)?;
        let mut items = Vec::new();
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(Value::Array(items));
        }
        loop {
            let item = self
                .value(depth)
                .map_err(|e| e.within(PathSegment::Index(items.len())))?;
            items.push(item);
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => {
                    self.i += 1;
                    self.skip_whitespace();
                    if self.peek() == Some(b']') {
                        return Err(self.error("trailing comma"));
                    }
                }
                Some(b']') => {
                    self.i += 1;
                    return Ok(Value::Array(items));
                }
                None => return Err(self.error("EOF while parsing a list")),
                Some(_) => return Err(self.error("expected `,` or `]`")),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value<'a>, SyntaxError> {
        self.open(depth)?;
        let mut members = Vec::new();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(Value::Object(members));
        }
        loop {
            match self.peek() {
                Some(b'"') => {}
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("key must be a string")),
            }
            let key_start = self.i;
            let key = self.string()?;
            self.skip_whitespace();
            match self.peek() {
                Some(b':') => self.i += 1,
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("expected `:`")),
            }
            self.skip_whitespace();
            let value = match self.value(depth) {
                Ok(value) => value,
                Err(e) => return Err(e.within(PathSegment::Field(key.into_owned()))),
            };
            members.push(Member {
                key,
                key_start,
                value,
            });
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => {
                    self.i += 1;
                    self.skip_whitespace();
                    if self.peek() == Some(b'}') {
                        return Err(self.error("trailing comma"));
                    }
                }
                Some(b'}') => {
                    self.i += 1;
                    return Ok(Value::Object(members));
                }
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("expected `,` or `}`")),
            }
        }
    }

    /// A string from its opening quote; borrowed from the text unless it holds escapes.
    fn string(&mut self) -> Result<Cow<'a, str>, SyntaxError> {
        self.i += 1;
        let start = self.i;
        self.skip_plain();
        if self.peek() == Some(b'"') {
            let text = self.slice(start, self.i);
            self.i += 1;
            return Ok(Cow::Borrowed(text));
        }
        let mut out = String::from(self.slice(start, self.i));
        loop {
            match self.peek() {
                None => return Err(self.error("EOF while parsing a string")),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    self.i += 1;
                    out.push(self.escape()?);
                }
                Some(b) if b < 0x20 => {
                    return Err(self
                        .error("control character (\\u0000-\\u001F) found while parsing a string"))
                }
                Some(_) => {
                    let run = self.i;
                    self.skip_plain();
                    out.push_str(self.slice(run, self.i));
                }
            }
        }
    }

    /// Past the bytes of a string that need no attention: all but `"`, `\` and controls.
    fn skip_plain(&mut self) {
        while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
            self.i += 1;
        }
    }

    /// The character an escape stands for, from the byte after its backslash.
    fn escape(&mut self) -> Result<char, SyntaxError> {
        let Some(b) = self.peek() else {
            return Err(self.error("EOF while parsing a string"));
        };
        self.i += 1;
        Ok(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(),
            _ => {
                self.i -= 1;
                return Err(self.error("invalid escape"));
            }
        })
    }

    /// `\uXXXX`, or a surrogate pair of two; a lone surrogate is no character.
    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if self.bytes.get(self.i..self.i + 2) != Some(b"\\u") {
                    return Err(self.error("lone leading surrogate in hex escape"));
                }
                self.i += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.error("lone leading surrogate in hex escape"));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.error("lone trailing surrogate in hex escape")),
            _ => first,
        };
        char::from_u32(code).ok_or_else(|| self.error("invalid unicode code point"))
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = match self.peek() {
                None => return Err(self.error("unexpected end of hex escape")),
                Some(b) => char::from(b).to_digit(16),
            };
            let Some(digit) = digit else {
                return Err(self.error("invalid escape"));
            };
            code = code * 16 + digit;
            self.i += 1;
        }
        Ok(code)
    }

    /// A number as RFC 8259 writes it, returned as its text.
    fn number(&mut self) -> Result<&'a str, SyntaxError> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.i += 1;
                if matches!(self.peek(), Some(b'0'..=b'9')) {
                    return Err(self.error("invalid number"));
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.error("invalid number")),
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            self.at_least_one_digit()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            self.at_least_one_digit()?;
        }
        Ok(self.slice(start, self.i))
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
    }

    fn at_least_one_digit(&mut self) -> Result<(), SyntaxError> {
        if !matches!(self.peek(), Some(b'0'..=b'9')) {
            return Err(self.error("invalid number"));
        }
        self.digits();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format_path;

    fn error(text: &str) -> (String, String) {
        let e = parse(text).unwrap_err();
        (e.message().to_owned(), format_path(&e.path()))
    }

    #[test]
    fn reads_every_kind_of_value_with_its_place() {
        let text = r#" {"a": [true, false, null, -0, 1.5e-3, "x\u00e6\n"], "b": {}} "#;
        let node = parse(text).unwrap();
        assert_eq!((node.start, node.end), (1, text.len() - 1));
        let a = node.get("a").unwrap().as_array().unwrap();
        assert_eq!(a[0].value, Value::Bool(true));
        assert_eq!(a[2].value, Value::Null);
        assert_eq!(a[3].value, Value::Number("-0".into()));
        assert_eq!(a[4].value, Value::Number("1.5e-3".into()));
        assert_eq!(a[5].as_str(), Some("xæ\n"));
        assert_eq!(&text[a[5].start..a[5].end], r#""x\u00e6\n""#);
        assert_eq!(node.get("b").unwrap().value, Value::Object(Vec::new()));
    }

    #[test]
    fn strings_without_escapes_borrow_and_pairs_of_surrogates_are_one_character() {
        let node = parse(r#"["plain æøå", "\ud83d\ude00"]"#).unwrap();
        let items = node.as_array().unwrap();
        assert!(matches!(
            &items[0].value,
            Value::String(Cow::Borrowed("plain æøå"))
        ));
        assert_eq!(items[1].as_str(), Some("😀"));
    }

    #[test]
    fn refuses_what_rfc_8259_refuses_and_says_where() {
        for (text, message, path) in [
            ("", "EOF while parsing a value", ""),
            (r#"{"a": 1,}"#, "trailing comma", ""),
            ("[1, 2,]", "trailing comma", ""),
            (r#"{"a": 01}"#, "invalid number", "a"),
            (r#"{"a": -}"#, "invalid number", "a"),
            (r#"{"a": 1.}"#, "invalid number", "a"),
            (r#"{"a": [1, tru]}"#, "expected ident", "a[1]"),
            (r#"{"a": {"b": "x\q"}}"#, "invalid escape", "a.b"),
            (
                r#"{"a": "\ud800"}"#,
                "lone leading surrogate in hex escape",
                "a",
            ),
            (
                r#"{"a": "\udc00"}"#,
                "lone trailing surrogate in hex escape",
                "a",
            ),
            (r#"{"a": "\u12"}"#, "invalid escape", "a"),
            (
                "{\"a\": \"line\nbreak\"}",
                "control character (\\u0000-\\u001F) found while parsing a string",
                "a",
            ),
            (r#"{"a": 1 "b": 2}"#, "expected `,` or `}`", ""),
            (r#"{"a" 1}"#, "expected `:`", ""),
            ("{1: 2}", "key must be a string", ""),
            (r#"{"a": [1 2]}"#, "expected `,` or `]`", "a"),
            (
                r#"{"schema_version": 1, "#,
                "EOF while parsing an object",
                "",
            ),
            (r#"{"a": "open"#, "EOF while parsing a string", "a"),
            (r#"{"a": 1} x"#, "trailing characters", ""),
            ("// comment\n{}", "expected value", ""),
        ] {
            assert_eq!(error(text), (message.to_owned(), path.to_owned()), "{text}");
        }
    }

    #[test]
    fn nesting_beyond_the_limit_is_refused_while_reading() {
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(parse(&deep(MAX_DEPTH)).is_ok());
        let e = parse(&deep(MAX_DEPTH + 1)).unwrap_err();
        assert_eq!(e.kind(), SyntaxErrorKind::TooDeep);
        // Far deeper than the stack would take, refused all the same.
        assert_eq!(
            parse(&"[".repeat(1_000_000)).unwrap_err().kind(),
            SyntaxErrorKind::TooDeep
        );
    }

    #[test]
    fn positions_are_lines_and_characters_from_one() {
        let text = "{\n  \"å\": x}";
        assert_eq!(position(text, 0), TextPosition { line: 1, column: 1 });
        let x = text.find('x').unwrap();
        assert_eq!(position(text, x), TextPosition { line: 2, column: 8 });
        assert_eq!(position(text, usize::MAX).line, 2);
    }
}
