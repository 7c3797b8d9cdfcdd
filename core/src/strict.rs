//! The few places where serde's derived code is more lenient than the wire format, and what
//! keeps them strict: dates as `YYYY-MM-DD` only, maps without a key given twice, values
//! written as text (a municipality code, a time of day), and tagged unions, which serde
//! reads through a buffer that loses the path of a bad value inside them. And one place
//! where other formats would be written otherwise than JSON: maps keyed by numbers, whose
//! keys are written as text, as JSON has them.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};

/// A date written `YYYY-MM-DD`, the full-date of RFC 3339 that JSON Schema's `format: date`
/// names: four digits, two and two, with hyphens between and nothing around them. chrono's
/// parser alone also takes `2021-2-5`, ` 2021-02-05` and `+2021-02-05`.
pub(crate) fn date_from_text(text: &str) -> Result<NaiveDate, String> {
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !shaped {
        return Err(format!("not a date as YYYY-MM-DD: `{text}`"));
    }
    let date = NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("no such day in the calendar: `{text}`"))?;
    let years = crate::limits::YEARS;
    if !years.contains(&chrono::Datelike::year(&date)) {
        return Err(format!(
            "a year from {} to {} only: `{text}`",
            years.start(),
            years.end()
        ));
    }
    Ok(date)
}

/// A date field: `#[serde(deserialize_with = "crate::strict::date")]`.
pub(crate) fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    text(deserializer, "a date as YYYY-MM-DD", date_from_text)
}

/// A date field that may be absent or `null`:
/// `#[serde(default, deserialize_with = "crate::strict::optional_date")]`.
pub(crate) fn optional_date<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<NaiveDate>, D::Error> {
    struct Date(NaiveDate);
    impl<'de> Deserialize<'de> for Date {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            date(deserializer).map(Date)
        }
    }
    Ok(Option::<Date>::deserialize(deserializer)?.map(|Date(d)| d))
}

/// A value written as a string and read by `parse`; `expected` says what it is in an error
/// about a value of another type ("invalid type: integer `5`, expected a time as HH:MM").
pub(crate) fn text<'de, D, T>(
    deserializer: D,
    expected: &'static str,
    parse: fn(&str) -> Result<T, String>,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    struct Text<T> {
        expected: &'static str,
        parse: fn(&str) -> Result<T, String>,
    }
    impl<T> Visitor<'_> for Text<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.expected)
        }

        fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
            (self.parse)(value).map_err(E::custom)
        }
    }
    deserializer.deserialize_str(Text { expected, parse })
}

/// A value of a type that parses from its text ([`FromStr`]), as [`text`] reads it.
pub(crate) fn parsed<'de, D, T>(deserializer: D, expected: &'static str) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: FromStr<Err = String>,
{
    text(deserializer, expected, str::parse)
}

/// A map in which no key is given twice (serde's own keeps the last):
/// `#[serde(deserialize_with = "crate::strict::unique_keys")]`.
pub(crate) fn unique_keys<'de, D, K, V>(deserializer: D) -> Result<BTreeMap<K, V>, D::Error>
where
    D: Deserializer<'de>,
    K: Deserialize<'de> + Ord + fmt::Display,
    V: Deserialize<'de>,
{
    struct UniqueKeys<K, V>(PhantomData<(K, V)>);
    impl<'de, K, V> Visitor<'de> for UniqueKeys<K, V>
    where
        K: Deserialize<'de> + Ord + fmt::Display,
        V: Deserialize<'de>,
    {
        type Value = BTreeMap<K, V>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a map")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some(key) = map.next_key::<K>()? {
                let value = map.next_value()?;
                if out.contains_key(&key) {
                    return Err(de::Error::custom(format_args!("duplicate key `{key}`")));
                }
                out.insert(key, value);
            }
            Ok(out)
        }
    }
    deserializer.deserialize_map(UniqueKeys(PhantomData))
}

/// A map keyed by numbers written with its keys as text, as JSON has them, so that every
/// serde format (a Python dict too) holds the same document: `{"2023": 18690}`.
pub(crate) fn keys_as_text<S, K, V>(map: &BTreeMap<K, V>, serializer: S) -> Result<S::Ok, S::Error>
where
    S: serde::Serializer,
    K: fmt::Display,
    V: serde::Serialize,
{
    serializer.collect_map(map.iter().map(|(key, value)| (key.to_string(), value)))
}

/// A tagged union (`{"kind": "items", "items": [...]}`) is read as a struct of every kind's
/// fields (each with its own path), then made the kind it names: this refuses a field the
/// kind does not take, giving which one.
pub(crate) fn only(kind: &str, given: &[(&str, bool)], takes: &[&str]) -> Result<(), String> {
    match given
        .iter()
        .find(|(name, is_given)| *is_given && !takes.contains(name))
    {
        Some((name, _)) => Err(format!("field `{name}` does not belong to kind `{kind}`")),
        None => Ok(()),
    }
}

/// The field a kind of tagged union needs, or the error that names it.
pub(crate) fn need<T>(value: Option<T>, kind: &str, field: &str) -> Result<T, String> {
    value.ok_or_else(|| format!("kind `{kind}` needs the field `{field}`"))
}

/// The one field a kind takes, which it needs: [`only`] that one, and [`need`] it.
pub(crate) fn sole<T>(
    value: Option<T>,
    kind: &str,
    field: &str,
    given: &[(&str, bool)],
) -> Result<T, String> {
    only(kind, given, &[field])?;
    need(value, kind, field)
}

/// serde's `Deserialize` for a tagged union by way of its struct of fields
/// (`Fields: TryInto<Union>`), so that the union's own derive gives its JSON Schema and
/// `Serialize`.
macro_rules! deserialize_through {
    ($union:ty, $fields:ty) => {
        impl<'de> serde::Deserialize<'de> for $union {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let fields = <$fields as serde::Deserialize>::deserialize(d)?;
                <$union>::try_from(fields).map_err(serde::de::Error::custom)
            }
        }
    };
}
pub(crate) use deserialize_through;
