//! Documents from the JSON tree ([`crate::json`]), strictly: every type of the wire format
//! says what it takes, and a value that is not that is an error naming the value's path and
//! place in the text. Unknown fields, a field given twice, a wrong type, a number out of
//! range and an unknown enum value are all errors; nothing is coerced.
//!
//! One decoder serves every caller: the library's own functions, the bindings, and
//! `serde::Deserialize` for the wire types (implemented through it, so that a Rust service
//! decoding a meeting with `serde_json` gets exactly what `validate` would). It replaces
//! serde's derived deserializers, whose code was most of the WebAssembly module.
//!
//! Types describe their fields with [`crate::wire::wire_struct!`] and their names with
//! [`crate::wire::wire_enum!`]; tagged unions (`{"kind": "items", "items": [...]}`) read through
//! [`Tagged`].
//!
//! ```
//! use regionrad::decode::from_str;
//! use regionrad::{format_path, Attendance};
//!
//! let person: Attendance =
//!     from_str(r#"{"name": "Kari", "capacity": "member", "status": "present"}"#).unwrap();
//! assert_eq!(person.name, "Kari");
//!
//! let error = from_str::<Attendance>(r#"{"name": "Kari", "capacity": "member", "status": "yes"}"#)
//!     .unwrap_err();
//! assert_eq!(format_path(&error.path()), "status");
//! assert_eq!(
//!     error.message(),
//!     "unknown variant `yes`, expected one of `present`, `absent_with_notice`, `absent`"
//! );
//! ```

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::findings::PathSegment;
use crate::json::{Member, Node, SyntaxError, Value};

/// A type read from a JSON value.
pub trait FromJson: Sized {
    fn from_json(node: &Node<'_>) -> Result<Self, DecodeError>;

    /// Decodes `node` over `self`, a field of a struct being decoded. A struct reads its
    /// fields in place; everything else is decoded and put there.
    fn decode_into(&mut self, node: &Node<'_>) -> Result<(), DecodeError> {
        *self = Self::from_json(node)?;
        Ok(())
    }
}

/// Why a value could not be decoded, with the path of the value and the bytes it spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    message: String,
    /// From the value concerned out to the root (reversed as the error travels out).
    path_up: Vec<PathSegment>,
    /// The byte range of the value (or key) concerned.
    pub start: usize,
    pub end: usize,
}

impl DecodeError {
    /// An error about `node` as a whole.
    #[cold]
    #[inline(never)]
    pub fn new(node: &Node<'_>, message: impl Into<String>) -> Self {
        DecodeError {
            message: message.into(),
            path_up: Vec::new(),
            start: node.start,
            end: node.end,
        }
    }

    /// An error about the key of `member`: a field unknown or given twice.
    fn at_key(member: &Member<'_>, message: String) -> Self {
        let key_end = member.key_start + member.key.len() + 2;
        DecodeError {
            message,
            path_up: vec![PathSegment::Field(member.key.to_string())],
            start: member.key_start,
            end: key_end.min(member.value.start),
        }
    }

    /// What is wrong, in words ("invalid type: integer `1`, expected a boolean").
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The path from the document's root to the value concerned.
    pub fn path(&self) -> Vec<PathSegment> {
        self.path_up.iter().rev().cloned().collect()
    }

    /// The same error one level further out, inside `segment`.
    #[cold]
    #[inline(never)]
    pub fn within(mut self, segment: PathSegment) -> Self {
        self.path_up.push(segment);
        self
    }

    #[cold]
    #[inline(never)]
    fn within_field(self, name: &str) -> Self {
        self.within(PathSegment::Field(name.to_owned()))
    }
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write_at(f, &self.path(), &self.message)
    }
}

/// `agenda[2].number: invalid type: …`, or the message alone at the root.
fn write_at(
    f: &mut std::fmt::Formatter<'_>,
    path: &[PathSegment],
    message: &str,
) -> std::fmt::Result {
    let path = crate::format_path(path);
    if path.is_empty() {
        f.write_str(message)
    } else {
        write!(f, "{path}: {message}")
    }
}

impl std::error::Error for DecodeError {}

/// Text that is not JSON, or JSON that is not a `T`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    Syntax(SyntaxError),
    Decode(DecodeError),
}

impl Error {
    pub fn message(&self) -> String {
        match self {
            Error::Syntax(e) => e.message().to_owned(),
            Error::Decode(e) => e.message().to_owned(),
        }
    }

    pub fn path(&self) -> Vec<PathSegment> {
        match self {
            Error::Syntax(e) => e.path(),
            Error::Decode(e) => e.path(),
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Decode(e) => e.fmt(f),
            Error::Syntax(e) => write_at(f, &e.path(), e.message()),
        }
    }
}

impl std::error::Error for Error {}

/// Parses `text` and decodes it as a `T`.
pub fn from_str<T: FromJson>(text: &str) -> Result<T, Error> {
    let node = crate::json::parse(text).map_err(Error::Syntax)?;
    T::from_json(&node).map_err(Error::Decode)
}

/// How a value reads in an error: `integer `5``, `string "x"`, `map` (as serde says it).
fn unexpected(node: &Node<'_>) -> String {
    match &node.value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) if is_integer(n) => format!("integer `{n}`"),
        Value::Number(n) => format!("floating point `{n}`"),
        // Quoted and escaped as the JSON it came from.
        Value::String(s) => format!("string {}", crate::encode::to_string(s.as_ref())),
        Value::Array(_) => "sequence".to_owned(),
        Value::Object(_) => "map".to_owned(),
    }
}

fn is_integer(number: &str) -> bool {
    !number.contains(['.', 'e', 'E'])
}

/// `invalid type: string "x", expected u32`.
#[cold]
#[inline(never)]
pub fn invalid_type(node: &Node<'_>, expected: &str) -> DecodeError {
    DecodeError::new(
        node,
        format!("invalid type: {}, expected {expected}", unexpected(node)),
    )
}

/// `` `a`, `b` or `c` `` as serde lists what it expected.
fn one_of(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.as_slice() {
        [] => "nothing".to_owned(),
        [one] => one.clone(),
        [a, b] => format!("{a} or {b}"),
        _ => format!("one of {}", quoted.join(", ")),
    }
}

/// The text of a string value, or an error saying what was `expected`.
pub fn string<'n>(node: &'n Node<'_>, expected: &str) -> Result<&'n str, DecodeError> {
    node.as_str().ok_or_else(|| invalid_type(node, expected))
}

/// A string parsed by `parse`; its error is the message (`` `x` is not a … ``).
pub fn parsed<T, E: std::fmt::Display>(
    node: &Node<'_>,
    expected: &str,
    parse: impl FnOnce(&str) -> Result<T, E>,
) -> Result<T, DecodeError> {
    parse(string(node, expected)?).map_err(|e| DecodeError::new(node, e.to_string()))
}

/// A whole number within `min..=max`; `expected` names the type in errors.
fn integer(node: &Node<'_>, expected: &str, min: i128, max: i128) -> Result<i128, DecodeError> {
    let Value::Number(text) = &node.value else {
        return Err(invalid_type(node, expected));
    };
    if !is_integer(text) {
        return Err(invalid_type(node, expected));
    }
    match text.parse::<i128>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(DecodeError::new(
            node,
            format!("invalid value: integer `{text}`, expected {expected}"),
        )),
    }
}

macro_rules! integers {
    ($($t:ty),*) => {$(
        impl FromJson for $t {
            fn from_json(node: &Node<'_>) -> Result<Self, DecodeError> {
                let n = integer(node, stringify!($t), <$t>::MIN as i128, <$t>::MAX as i128)?;
                <$t>::try_from(n).map_err(|_| invalid_type(node, stringify!($t)))
            }
        }
    )*};
}
integers!(u8, u32, u64, usize, i32, i64);

impl FromJson for bool {
    fn from_json(node: &Node<'_>) -> Result<Self, DecodeError> {
        match node.value {
            Value::Bool(b) => Ok(b),
            _ => Err(invalid_type(node, "a boolean")),
        }
    }
}

impl FromJson for String {
    fn from_json(node: &Node<'_>) -> Result<Self, DecodeError> {
        string(node, "a string").map(str::to_owned)
    }
}

/// `null` is `None`.
impl<T: FromJson> FromJson for Option<T> {
    fn from_json(node: &Node<'_>) -> Result<Self, DecodeError> {
        match node.value {
            Value::Null => Ok(None),
            _ => T::from_json(node).map(Some),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(node: &Node<'_>) -> Result<Self, DecodeError> {
        let Value::Array(items) = &node.value else {
            return Err(invalid_type(node, "a sequence"));
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            out.push(T::from_json(item).map_err(|e| e.within(PathSegment::Index(i)))?);
        }
        Ok(out)
    }
}

/// A pair such as a fraction's `[numerator, denominator]`.
impl<T: FromJson> FromJson for [T; 2] {
    fn from_json(node: &Node<'_>) -> Result<Self, DecodeError> {
        match node.as_array() {
            Some([a, b]) => Ok([
                T::from_json(a).map_err(|e| e.within(PathSegment::Index(0)))?,
                T::from_json(b).map_err(|e| e.within(PathSegment::Index(1)))?,
            ]),
            Some(items) => Err(DecodeError::new(
                node,
                format!(
                    "invalid length {}, expected an array of length 2",
                    items.len()
                ),
            )),
            None => Err(invalid_type(node, "an array of length 2")),
        }
    }
}

/// An object's members by key, each key once; `key` reads a key.
pub fn map<K: Ord, V: FromJson>(
    node: &Node<'_>,
    key: impl Fn(&str) -> Option<K>,
    key_expected: &str,
) -> Result<BTreeMap<K, V>, DecodeError> {
    let Value::Object(members) = &node.value else {
        return Err(invalid_type(node, "a map"));
    };
    let mut out = BTreeMap::new();
    for member in members {
        let Some(k) = key(&member.key) else {
            return Err(DecodeError::at_key(
                member,
                format!("invalid key `{}`, expected {key_expected}", member.key),
            ));
        };
        let value = V::from_json(&member.value).map_err(|e| e.within_field(&member.key))?;
        if out.insert(k, value).is_some() {
            return Err(DecodeError::at_key(
                member,
                format!("duplicate key `{}`", member.key),
            ));
        }
    }
    Ok(out)
}

impl FromJson for BTreeMap<String, crate::param::Param> {
    fn from_json(node: &Node<'_>) -> Result<Self, DecodeError> {
        map(node, |k| Some(k.to_owned()), "a string")
    }
}

/// Where a struct's field is decoded into: any [`FromJson`] value, written over when the
/// field is there. The struct's fields are handed to [`fields`] as slots, so that one
/// function, not one per struct, reads every object.
pub trait Slot {
    fn take(&mut self, node: &Node<'_>) -> Result<(), DecodeError>;
}

impl<T: FromJson> Slot for T {
    fn take(&mut self, node: &Node<'_>) -> Result<(), DecodeError> {
        self.decode_into(node)
    }
}

/// A placeholder a required field holds while its struct is decoded, before the field is
/// read; never seen outside decoding (a struct missing the field is an error). The wire
/// types have it from [`crate::wire::wire_struct!`] and [`crate::wire::wire_enum!`].
pub trait Blank {
    fn blank() -> Self;
}

macro_rules! blank_by_default {
    ($($t:ty),*) => {$(
        impl Blank for $t {
            fn blank() -> Self {
                <$t>::default()
            }
        }
    )*};
}
blank_by_default!(String, bool, u8, u32, u64, usize, i32, i64, NaiveDate);

impl<T> Blank for Option<T> {
    fn blank() -> Self {
        None
    }
}

impl<T> Blank for Vec<T> {
    fn blank() -> Self {
        Vec::new()
    }
}

impl<K, V> Blank for BTreeMap<K, V> {
    fn blank() -> Self {
        BTreeMap::new()
    }
}

impl<T: Blank> Blank for [T; 2] {
    fn blank() -> Self {
        [T::blank(), T::blank()]
    }
}

/// Reads the object `node` into `slots`, one for each of `names`: each field known at most
/// once, no other unless `deny_unknown` is false, every one `required` says there. The
/// first error in the text is the one reported, as a reader going through it would meet
/// them; a missing field shows at the object's end.
#[inline(never)]
pub fn fields(
    node: &Node<'_>,
    expected: &str,
    names: &[&str],
    required: &[bool],
    deny_unknown: bool,
    slots: &mut [&mut dyn Slot],
) -> Result<(), DecodeError> {
    let seen = members(node, expected, names, deny_unknown, &mut |i, value| match (
        slots.get_mut(i),
        names.get(i),
    ) {
        (Some(slot), Some(name)) => slot.take(value).map_err(|e| e.within_field(name)),
        _ => Ok(()),
    })?;
    let missing = names
        .iter()
        .zip(required)
        .enumerate()
        .find(|&(i, (_, required))| *required && seen & 1 << i == 0);
    match missing {
        Some((_, (name, _))) => Err(DecodeError::new(node, format!("missing field `{name}`"))),
        None => Ok(()),
    }
}

/// The members of the object `node` handed to `put` by the index of their name in `names`,
/// in the order they stand: a name not there is an error (or passed over, unless
/// `deny_unknown`), a name given twice is. Gives which names were given (no object has more
/// than 64).
fn members<'n, 'a>(
    node: &'n Node<'a>,
    expected: &str,
    names: &[&str],
    deny_unknown: bool,
    put: &mut dyn FnMut(usize, &'n Node<'a>) -> Result<(), DecodeError>,
) -> Result<u64, DecodeError> {
    let Value::Object(members) = &node.value else {
        return Err(invalid_type(node, expected));
    };
    let mut seen = 0u64;
    for member in members {
        let known = names.iter().position(|name| *name == member.key);
        let Some(i) = known.filter(|&i| i < 64) else {
            if deny_unknown {
                return Err(unknown_field(member, names));
            }
            continue;
        };
        if seen & 1 << i != 0 {
            let message = format!("duplicate field `{}`", member.key);
            return Err(DecodeError::at_key(member, message));
        }
        seen |= 1 << i;
        put(i, &member.value)?;
    }
    Ok(seen)
}

#[cold]
fn unknown_field(member: &Member<'_>, names: &[&str]) -> DecodeError {
    let expected = if names.is_empty() {
        "there are no fields".to_owned()
    } else {
        format!("expected {}", one_of(names))
    };
    DecodeError::at_key(
        member,
        format!("unknown field `{}`, {expected}", member.key),
    )
}

/// The fields of a struct as [`crate::wire::wire_struct!`] reads them: name, and whether required.
/// The tests hold these against the JSON Schema generated from the same types.
pub trait Fields {
    /// The fields' names on the wire, in order.
    const NAMES: &'static [&'static str];
    /// Whether each must be there.
    const REQUIRED: &'static [bool];
    /// Whether fields not named are refused.
    const DENY_UNKNOWN: bool;
}

/// Which of `names` the string `node` is, or an error listing them.
pub fn variant(node: &Node<'_>, names: &[&str]) -> Result<usize, DecodeError> {
    // The list of names is written out only for an error.
    let Some(text) = node.as_str() else {
        return Err(invalid_type(node, &one_of(names)));
    };
    names.iter().position(|n| *n == text).ok_or_else(|| {
        let expected = one_of(names);
        DecodeError::new(
            node,
            format!("unknown variant `{text}`, expected {expected}"),
        )
    })
}

/// A tagged union's object (`{"kind": "items", "items": [...]}`): its tag, one of the
/// kinds, and the fields of all kinds, none twice and no other. Each kind then says which
/// fields it allows ([`Tagged::allow`]) and takes them ([`Tagged::need`],
/// [`Tagged::optional`]); a field of another kind, or one missing, is an error about the
/// object as a whole.
pub struct Tagged<'n, 'a> {
    node: &'n Node<'a>,
    kind: &'static str,
    /// The tag first, then the other fields.
    fields: &'static [&'static str],
    slots: [Option<&'n Node<'a>>; MAX_TAGGED_FIELDS],
}

/// The most fields a tagged union has, its tag included.
const MAX_TAGGED_FIELDS: usize = 8;

impl<'n, 'a> Tagged<'n, 'a> {
    /// Reads `node`: `fields` are the tag (first) and every other field of any kind; the tag
    /// must be one of `kinds`.
    pub fn read(
        node: &'n Node<'a>,
        expected: &str,
        fields: &'static [&'static str],
        kinds: &'static [&'static str],
    ) -> Result<Self, DecodeError> {
        debug_assert!(fields.len() <= MAX_TAGGED_FIELDS, "a slot for every field");
        let mut slots = [None; MAX_TAGGED_FIELDS];
        members(node, expected, fields, true, &mut |i, value| {
            if let Some(slot) = slots.get_mut(i) {
                *slot = Some(value);
            }
            Ok(())
        })?;
        let tag = fields.first().copied().unwrap_or_default();
        let Some(tag_node) = slots[0] else {
            return Err(DecodeError::new(node, format!("missing field `{tag}`")));
        };
        let kind = variant(tag_node, kinds).map_err(|e| e.within_field(tag))?;
        Ok(Tagged {
            node,
            kind: kinds.get(kind).copied().unwrap_or_default(),
            fields,
            slots,
        })
    }

    /// The kind the tag names.
    pub fn kind(&self) -> &'static str {
        self.kind
    }

    /// The fields other than the tag, with what each was given.
    fn others(&self) -> impl Iterator<Item = (&'static str, Option<&'n Node<'a>>)> + '_ {
        self.fields.iter().copied().zip(self.slots).skip(1)
    }

    /// Refuses a field present that this kind does not take.
    pub fn allow(&self, allowed: &[&str]) -> Result<(), DecodeError> {
        match self
            .others()
            .find(|(name, slot)| slot.is_some() && !allowed.contains(name))
        {
            Some((name, _)) => Err(self.error(format!(
                "field `{name}` does not belong to kind `{}`",
                self.kind
            ))),
            None => Ok(()),
        }
    }

    fn slot(&self, name: &str) -> Option<&'n Node<'a>> {
        self.others()
            .find(|(n, _)| *n == name)
            .and_then(|(_, slot)| slot)
    }

    /// A field this kind requires.
    pub fn need<T: FromJson>(&self, name: &str) -> Result<T, DecodeError> {
        match self.slot(name) {
            Some(value) => T::from_json(value).map_err(|e| e.within_field(name)),
            None => Err(self.error(format!("kind `{}` needs the field `{name}`", self.kind))),
        }
    }

    /// A field this kind may leave out.
    pub fn optional<T: FromJson>(&self, name: &str) -> Result<Option<T>, DecodeError> {
        match self.slot(name) {
            Some(value) => Option::<T>::from_json(value).map_err(|e| e.within_field(name)),
            None => Ok(None),
        }
    }

    /// An error about the object as a whole (a value of this kind out of range).
    pub fn error(&self, message: impl Into<String>) -> DecodeError {
        DecodeError::new(self.node, message)
    }
}

/// A JSON tree read from any serde deserializer (no positions: they are all 0).
#[doc(hidden)]
pub struct OwnedNode(pub Node<'static>);

impl<'de> serde::Deserialize<'de> for OwnedNode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TreeVisitor).map(OwnedNode)
    }
}

struct TreeVisitor;

fn leaf(value: Value<'static>) -> Node<'static> {
    Node {
        value,
        start: 0,
        end: 0,
    }
}

impl<'de> serde::de::Visitor<'de> for TreeVisitor {
    type Value = Node<'static>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(leaf(Value::Bool(v)))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(leaf(Value::Number(v.to_string().into())))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(leaf(Value::Number(v.to_string().into())))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        // Always with a fraction or exponent, so that it reads as floating point.
        let text = format!("{v:?}");
        Ok(leaf(Value::Number(text.into())))
    }

    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(leaf(Value::String(v.to_owned().into())))
    }

    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(leaf(Value::String(v.into())))
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(leaf(Value::Null))
    }

    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(leaf(Value::Null))
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(TreeVisitor)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::new();
        while let Some(OwnedNode(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(leaf(Value::Array(items)))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut members = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let OwnedNode(value) = map.next_value()?;
            members.push(Member {
                key: key.into(),
                key_start: 0,
                value,
            });
        }
        Ok(leaf(Value::Object(members)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format_path;

    fn fails<T: FromJson + std::fmt::Debug>(text: &str) -> (String, String) {
        let e = from_str::<T>(text).unwrap_err();
        (format_path(&e.path()), e.message())
    }

    #[test]
    fn numbers_are_integers_of_the_field_s_range() {
        assert_eq!(from_str::<u32>("4294967295"), Ok(u32::MAX));
        assert_eq!(from_str::<i64>("-5"), Ok(-5));
        for (text, message) in [
            ("-1", "invalid value: integer `-1`, expected u32"),
            (
                "4294967296",
                "invalid value: integer `4294967296`, expected u32",
            ),
            ("1.5", "invalid type: floating point `1.5`, expected u32"),
            ("1e3", "invalid type: floating point `1e3`, expected u32"),
            ("\"1\"", "invalid type: string \"1\", expected u32"),
            ("true", "invalid type: boolean `true`, expected u32"),
            (
                "123456789012345678901234567890123456789012",
                "invalid value: integer `123456789012345678901234567890123456789012`, expected u32",
            ),
        ] {
            assert_eq!(
                fails::<u32>(text),
                (String::new(), message.to_owned()),
                "{text}"
            );
        }
    }

    #[test]
    fn lists_say_which_element_and_options_take_null() {
        assert_eq!(
            fails::<Vec<bool>>("[true, 1]"),
            (
                "[1]".to_owned(),
                "invalid type: integer `1`, expected a boolean".to_owned()
            )
        );
        assert_eq!(from_str::<Option<bool>>("null"), Ok(None));
        assert_eq!(from_str::<[u32; 2]>("[2, 3]"), Ok([2, 3]));
        assert_eq!(
            fails::<[u32; 2]>("[2, 3, 4]").1,
            "invalid length 3, expected an array of length 2"
        );
    }

    #[derive(Debug, PartialEq, Default)]
    struct Probe {
        name: String,
        note: Option<String>,
        count: u32,
        in_favour: u32,
    }
    crate::wire::wire_struct!(Probe {
        name: required,
        note: optional,
        count: or_default,
        in_favour as "for": or_default,
    });

    #[test]
    fn structs_refuse_unknown_missing_and_repeated_fields() {
        let probe: Probe = from_str(r#"{"name": "x", "note": null, "for": 3}"#).unwrap();
        assert_eq!(
            probe,
            Probe {
                name: "x".to_owned(),
                note: None,
                count: 0,
                in_favour: 3
            }
        );
        for (text, path, message) in [
            (r#"{"note": "y"}"#, "", "missing field `name`"),
            (
                r#"{"name": "x", "colour": 1}"#,
                "colour",
                "unknown field `colour`, expected one of `name`, `note`, `count`, `for`",
            ),
            (
                r#"{"name": "x", "name": "y"}"#,
                "name",
                "duplicate field `name`",
            ),
            (
                r#"{"name": "x", "count": null}"#,
                "count",
                "invalid type: null, expected u32",
            ),
            (r#"[]"#, "", "invalid type: sequence, expected struct Probe"),
        ] {
            assert_eq!(
                fails::<Probe>(text),
                (path.to_owned(), message.to_owned()),
                "{text}"
            );
        }
        assert_eq!(<Probe as Fields>::NAMES[3], "for");
        assert_eq!(<Probe as Fields>::REQUIRED, &[true, false, false, false]);
    }

    #[test]
    fn an_error_spans_the_value_or_the_key_concerned() {
        let text = r#"{"name": "x", "count": "many"}"#;
        let Err(Error::Decode(e)) = from_str::<Probe>(text) else {
            panic!("decodes")
        };
        assert_eq!(&text[e.start..e.end], r#""many""#);
        let text = r#"{"name": "x", "name": "y"}"#;
        let Err(Error::Decode(e)) = from_str::<Probe>(text) else {
            panic!("decodes")
        };
        assert_eq!(&text[e.start..e.end], r#""name""#);
    }

    #[test]
    fn the_serde_bridge_decodes_the_same() {
        let via_serde: Result<crate::Attendance, _> =
            serde_json::from_str(r#"{"name": "Kari", "capacity": "member", "status": "yes"}"#);
        let message = via_serde.unwrap_err().to_string();
        assert!(
            message.starts_with("status: unknown variant `yes`"),
            "{message}"
        );
    }
}
