//! Strict decoding of the wire format's tagged unions (`{"kind": "items", "items": [...]}`).
//!
//! serde's internally tagged enums buffer their content, which loses the path of a bad
//! field inside them and lets unknown fields through on unit variants. So each such enum
//! decodes through a flat struct of optional fields (which keeps paths and rejects unknown
//! fields), then checks that exactly the fields its kind needs are there.

/// Fails when a field is present that the kind does not take.
pub(crate) fn only(kind: &str, present: &[(&str, bool)], allowed: &[&str]) -> Result<(), String> {
    match present
        .iter()
        .find(|(name, is_present)| *is_present && !allowed.contains(name))
    {
        Some((name, _)) => Err(format!("field `{name}` does not belong to kind `{kind}`")),
        None => Ok(()),
    }
}

/// The field the kind requires, or an error naming it.
pub(crate) fn need<T>(value: Option<T>, field: &str, kind: &str) -> Result<T, String> {
    value.ok_or_else(|| format!("kind `{kind}` needs the field `{field}`"))
}

/// How the errors of a tagged union's object as a whole begin: the decoder names the
/// object's path for them, not the last field read (`json_path`).
pub(crate) const WHOLE_OBJECT: &str = "this object: ";

/// Implements `Deserialize` for `$enum` by way of the flat struct `$raw` and its
/// `TryFrom<$raw>` conversion.
macro_rules! deserialize_via {
    ($enum:ty, $raw:ty) => {
        impl<'de> serde::Deserialize<'de> for $enum {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let raw = <$raw as serde::Deserialize>::deserialize(deserializer)?;
                <$enum>::try_from(raw).map_err(|message| {
                    serde::de::Error::custom(format!("{}{message}", $crate::tagged::WHOLE_OBJECT))
                })
            }
        }
    };
}
pub(crate) use deserialize_via;
