//! The few places where serde's derived code is more lenient than the wire format, and what
//! keeps them strict: dates as `YYYY-MM-DD` only, maps without a key given twice, values
//! written as text (a municipality code, a time of day), and tagged unions, which serde
//! reads through a buffer that loses the path of a bad value inside them.

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
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("no such day in the calendar: `{text}`"))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_date_is_the_full_date_and_nothing_else() {
        assert_eq!(date_from_text("2021-11-05"), Ok(ymd(2021, 11, 5)));
        assert_eq!(date_from_text("2024-02-29"), Ok(ymd(2024, 2, 29)));
        assert_eq!(date_from_text("0000-01-01"), Ok(ymd(0, 1, 1)));
        assert_eq!(date_from_text("9999-12-31"), Ok(ymd(9999, 12, 31)));
        // What chrono's own parser takes, and the schema does not.
        for text in [
            "2021-2-5",
            " 2021-02-05",
            "2021-02-05 ",
            "+2021-02-05",
            "-0001-01-01",
            "2021 -02-05",
            "12021-02-05",
            "20210205",
            "2021-02-05T00:00",
            "2021/02/05",
            "２０２１-02-05",
            "",
        ] {
            assert_eq!(
                date_from_text(text),
                Err(format!("not a date as YYYY-MM-DD: `{text}`")),
                "{text:?}"
            );
        }
        for text in ["2023-02-29", "2021-13-01", "2021-00-10", "2021-04-31"] {
            assert_eq!(
                date_from_text(text),
                Err(format!("no such day in the calendar: `{text}`"))
            );
        }
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Dated {
        #[serde(deserialize_with = "date")]
        on: NaiveDate,
        #[serde(default, deserialize_with = "optional_date")]
        until: Option<NaiveDate>,
        #[serde(default, deserialize_with = "unique_keys")]
        counts: BTreeMap<i32, u32>,
    }

    fn error(json: &str) -> String {
        serde_json::from_str::<Dated>(json).unwrap_err().to_string()
    }

    #[test]
    fn date_fields_and_maps_are_strict() {
        let dated: Dated =
            serde_json::from_str(r#"{"on": "2021-11-05", "until": null, "counts": {"2021": 3}}"#)
                .unwrap();
        assert_eq!((dated.on, dated.until), (ymd(2021, 11, 5), None));
        assert_eq!(dated.counts, BTreeMap::from([(2021, 3)]));
        let dated: Dated = serde_json::from_str(r#"{"on": "2021-11-05"}"#).unwrap();
        assert_eq!(dated.until, None);
        assert!(error(r#"{"on": "2021-2-5"}"#).starts_with("not a date as YYYY-MM-DD: `2021-2-5`"));
        assert!(error(r#"{"on": 20211105}"#)
            .starts_with("invalid type: integer `20211105`, expected a date as YYYY-MM-DD"));
        assert!(error(r#"{"on": "2021-11-05", "until": "2021-04-31"}"#)
            .starts_with("no such day in the calendar"));
        assert!(
            error(r#"{"on": "2021-11-05", "counts": {"2021": 3, "2021": 4}}"#)
                .starts_with("duplicate key `2021`")
        );
        assert!(error(r#"{"on": "2021-11-05", "on": "2021-11-05"}"#)
            .starts_with("duplicate field `on`"));
    }

    #[test]
    fn a_kind_takes_its_own_fields_only() {
        let given = [("items", true), ("time", false)];
        assert_eq!(only("items", &given, &["items"]), Ok(()));
        assert_eq!(
            only("whole", &given, &[]),
            Err("field `items` does not belong to kind `whole`".to_owned())
        );
        assert_eq!(need(Some(3), "days", "days"), Ok(3));
        assert_eq!(
            need::<u32>(None, "days", "days"),
            Err("kind `days` needs the field `days`".to_owned())
        );
    }
}
