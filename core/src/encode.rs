//! The wire types written as JSON text: compact, or indented by two spaces as `serde_json`
//! indents it. Every type says how it is written ([`ToJson`]) from the same field list its
//! decoder reads ([`crate::wire`]), so what is written reads back as the same value; and
//! `serde::Serialize` for the wire types goes through it, so a serde user writes exactly
//! what the library writes.
//!
//! ```
//! use regionrad::encode::{to_string, to_string_pretty};
//! use regionrad::{format_path, Code, Finding};
//!
//! let finding = Finding::meeting(Code::MeetingUnknownBody, 0, regionrad::path!["body"])
//!     .param("body", "xyz");
//! let text = to_string(&finding);
//! assert!(text.starts_with(r#"{"code":"meeting.unknown_body","severity":"error""#), "{text}");
//! assert!(to_string_pretty(&vec![1, 2]).contains("[\n  1,\n  2\n]"));
//! ```

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::NaiveDate;

/// A type written as JSON.
pub trait ToJson {
    fn write_json(&self, out: &mut Writer);
}

/// JSON text being written.
#[derive(Debug, Default)]
pub struct Writer {
    text: String,
    /// When indenting: how deep the value being written is.
    depth: Option<usize>,
}

/// `value` as compact JSON.
pub fn to_string<T: ToJson + ?Sized>(value: &T) -> String {
    let mut out = Writer::default();
    value.write_json(&mut out);
    out.text
}

/// `value` as JSON indented by two spaces, as `serde_json::to_string_pretty` writes it.
pub fn to_string_pretty<T: ToJson + ?Sized>(value: &T) -> String {
    let mut out = Writer {
        text: String::new(),
        depth: Some(0),
    };
    value.write_json(&mut out);
    out.text
}

impl Writer {
    pub fn null(&mut self) {
        self.text.push_str("null");
    }

    pub fn bool(&mut self, value: bool) {
        self.text.push_str(if value { "true" } else { "false" });
    }

    pub fn unsigned(&mut self, value: u64) {
        let _ = write!(self.text, "{value}");
    }

    pub fn signed(&mut self, value: i64) {
        let _ = write!(self.text, "{value}");
    }

    /// Text as written verbatim (a number already formatted).
    pub fn raw(&mut self, text: &str) {
        self.text.push_str(text);
    }

    /// A string, escaped as serde_json escapes it: quotes, backslashes and control
    /// characters; everything else as it is.
    pub fn string(&mut self, text: &str) {
        self.text.reserve(text.len() + 2);
        self.text.push('"');
        let mut plain = 0;
        for (i, byte) in text.bytes().enumerate() {
            let escape = match byte {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x08 => "\\b",
                0x0c => "\\f",
                0..=0x1f => "",
                _ => continue,
            };
            self.text.push_str(text.get(plain..i).unwrap_or_default());
            if escape.is_empty() {
                let _ = write!(self.text, "\\u{byte:04x}");
            } else {
                self.text.push_str(escape);
            }
            plain = i + 1;
        }
        self.text.push_str(text.get(plain..).unwrap_or_default());
        self.text.push('"');
    }

    /// `[` or `{`, one level deeper.
    fn open(&mut self, bracket: char) {
        self.text.push(bracket);
        if let Some(depth) = &mut self.depth {
            *depth += 1;
        }
    }

    /// Before the value (or key) at `index` of an array (or object).
    fn next(&mut self, index: usize) {
        if index > 0 {
            self.text.push(',');
        }
        if let Some(depth) = self.depth {
            self.text.push('\n');
            self.indent(depth);
        }
    }

    /// `]` or `}` after `count` values, one level up.
    fn close(&mut self, bracket: char, count: usize) {
        if let Some(depth) = &mut self.depth {
            *depth = depth.saturating_sub(1);
            let depth = *depth;
            if count > 0 {
                self.text.push('\n');
                self.indent(depth);
            }
        }
        self.text.push(bracket);
    }

    fn indent(&mut self, depth: usize) {
        for _ in 0..depth {
            self.text.push_str("  ");
        }
    }

    /// An array of `items`.
    pub fn array<'a>(&mut self, items: impl IntoIterator<Item = &'a dyn ToJson>) {
        self.open('[');
        let mut count = 0;
        for item in items {
            self.next(count);
            item.write_json(self);
            count += 1;
        }
        self.close(']', count);
    }

    /// An object of the fields given a value; `None` leaves a field out.
    pub fn object(&mut self, fields: &[(&str, Option<&dyn ToJson>)]) {
        self.entries(
            fields
                .iter()
                .filter_map(|(key, value)| Some((*key, (*value)?))),
        );
    }

    /// An object of `entries` in order.
    pub fn entries<'a, 'k>(
        &mut self,
        entries: impl IntoIterator<Item = (&'k str, &'a dyn ToJson)>,
    ) {
        self.open('{');
        let mut count = 0;
        for (key, value) in entries {
            self.next(count);
            self.string(key);
            self.text.push(':');
            if self.depth.is_some() {
                self.text.push(' ');
            }
            value.write_json(self);
            count += 1;
        }
        self.close('}', count);
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn write_json(&self, out: &mut Writer) {
        (**self).write_json(out);
    }
}

impl ToJson for str {
    fn write_json(&self, out: &mut Writer) {
        out.string(self);
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut Writer) {
        out.string(self);
    }
}

impl ToJson for char {
    fn write_json(&self, out: &mut Writer) {
        out.string(self.encode_utf8(&mut [0; 4]));
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut Writer) {
        out.bool(*self);
    }
}

macro_rules! integers {
    ($how:ident as $wide:ty: $($t:ty),*) => {$(
        impl ToJson for $t {
            fn write_json(&self, out: &mut Writer) {
                out.$how(<$wide>::from(*self));
            }
        }
    )*};
}
integers!(unsigned as u64: u8, u16, u32, u64);
integers!(signed as i64: i32, i64);

impl ToJson for usize {
    fn write_json(&self, out: &mut Writer) {
        out.unsigned(u64::try_from(*self).unwrap_or(u64::MAX));
    }
}

/// `None` is `null`; a field that leaves `None` out says so in its field list.
impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut Writer) {
        match self {
            Some(value) => value.write_json(out),
            None => out.null(),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut Writer) {
        out.array(self.iter().map(|item| item as &dyn ToJson));
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut Writer) {
        self.as_slice().write_json(out);
    }
}

impl<T: ToJson, const N: usize> ToJson for [T; N] {
    fn write_json(&self, out: &mut Writer) {
        self.as_slice().write_json(out);
    }
}

/// An object of the map's entries, keys written as text (`{"2023": 18690}`).
impl<K: std::fmt::Display, V: ToJson> ToJson for BTreeMap<K, V> {
    fn write_json(&self, out: &mut Writer) {
        let keys: Vec<String> = self.keys().map(ToString::to_string).collect();
        out.entries(
            keys.iter()
                .map(String::as_str)
                .zip(self.values().map(|v| v as &dyn ToJson)),
        );
    }
}

/// `YYYY-MM-DD`.
impl ToJson for NaiveDate {
    fn write_json(&self, out: &mut Writer) {
        out.string(&self.to_string());
    }
}

/// `value` handed to a serde serializer: written as JSON, read back into the JSON tree, and
/// that tree serialized, so that serde writes what [`to_string`] writes, in the same order.
pub fn serialize<T: ToJson + ?Sized, S: serde::Serializer>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let text = to_string(value);
    match crate::json::parse(&text) {
        Ok(node) => serde::Serialize::serialize(&Tree(&node), serializer),
        Err(e) => Err(serde::ser::Error::custom(e.message())),
    }
}

struct Tree<'n, 'a>(&'n crate::json::Node<'a>);

impl serde::Serialize for Tree<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::json::Value;
        use serde::ser::{SerializeMap, SerializeSeq};
        match &self.0.value {
            Value::Null => serializer.serialize_unit(),
            Value::Bool(b) => serializer.serialize_bool(*b),
            Value::Number(n) => {
                if let Ok(u) = n.parse::<u64>() {
                    serializer.serialize_u64(u)
                } else if let Ok(i) = n.parse::<i64>() {
                    serializer.serialize_i64(i)
                } else {
                    serializer.serialize_f64(n.parse().unwrap_or(f64::NAN))
                }
            }
            Value::String(s) => serializer.serialize_str(s),
            Value::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(&Tree(item))?;
                }
                seq.end()
            }
            Value::Object(members) => {
                let mut map = serializer.serialize_map(Some(members.len()))?;
                for member in members {
                    map.serialize_entry(&*member.key, &Tree(&member.value))?;
                }
                map.end()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let text = "a\"b\\c\nd\te\u{1}f\u{7f}æ/\u{2028}";
        assert_eq!(to_string(text), serde_json::to_string(text).unwrap());
    }

    /// A JSON tree written by hand, to hold the writer's layout to serde_json's.
    enum Tree {
        Null,
        Number(u64),
        Text(&'static str),
        Array(Vec<Tree>),
        Object(Vec<(&'static str, Tree)>),
    }

    impl ToJson for Tree {
        fn write_json(&self, out: &mut Writer) {
            match self {
                Tree::Null => out.null(),
                Tree::Number(n) => out.unsigned(*n),
                Tree::Text(s) => out.string(s),
                Tree::Array(items) => out.array(items.iter().map(|i| i as &dyn ToJson)),
                Tree::Object(entries) => {
                    out.entries(entries.iter().map(|(k, v)| (*k, v as &dyn ToJson)))
                }
            }
        }
    }

    #[test]
    fn indented_output_is_serde_json_s() {
        let value = serde_json::json!({"a": [1, {"b": []}, {}], "c": {"d": null}, "e": "x"});
        let tree = Tree::Object(vec![
            (
                "a",
                Tree::Array(vec![
                    Tree::Number(1),
                    Tree::Object(vec![("b", Tree::Array(vec![]))]),
                    Tree::Object(vec![]),
                ]),
            ),
            ("c", Tree::Object(vec![("d", Tree::Null)])),
            ("e", Tree::Text("x")),
        ]);
        assert_eq!(
            to_string_pretty(&tree),
            serde_json::to_string_pretty(&value).unwrap()
        );
        assert_eq!(to_string(&tree), serde_json::to_string(&value).unwrap());
    }

    #[test]
    fn numbers_and_maps() {
        let mut map = BTreeMap::new();
        map.insert(2023, 18_690u64);
        map.insert(2024, 18_793);
        assert_eq!(to_string(&map), r#"{"2023":18690,"2024":18793}"#);
        assert_eq!(to_string(&[-5i64, i64::MAX]), "[-5,9223372036854775807]");
        assert_eq!(to_string(&Some(usize::MAX)), u64::MAX.to_string());
    }
}
