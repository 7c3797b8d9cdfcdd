//! A value a finding's message is built from: a text, a whole number or a yes/no. Every
//! message parameter is one of these, so a finding compares without a general JSON value.
//!
//! ```
//! use regionrad::Param;
//!
//! assert_eq!(Param::from("KDU 3/23"), "KDU 3/23");
//! assert_eq!(Param::from(7_usize), 7);
//! assert_eq!(Param::from(-2_i64).to_string(), "-2");
//! ```

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A message parameter: in JSON a string, an integer or a boolean.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(untagged)]
pub enum Param {
    Text(String),
    Integer(i64),
    /// A fact the message does not show (`exact` of `population.retired_code`).
    Flag(bool),
}

impl Param {
    /// The text, when the parameter is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Param::Text(text) => Some(text),
            _ => None,
        }
    }

    /// The number, when the parameter is one.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Param::Integer(n) => Some(*n),
            _ => None,
        }
    }
}

/// As the message shows it: the text as it is, the number in digits, `true` or `false`.
impl fmt::Display for Param {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Param::Text(text) => f.write_str(text),
            Param::Integer(n) => write!(f, "{n}"),
            Param::Flag(b) => write!(f, "{b}"),
        }
    }
}

impl From<bool> for Param {
    fn from(b: bool) -> Self {
        Param::Flag(b)
    }
}

impl PartialEq<bool> for Param {
    fn eq(&self, other: &bool) -> bool {
        *self == Param::Flag(*other)
    }
}

impl From<&str> for Param {
    fn from(text: &str) -> Self {
        Param::Text(text.to_owned())
    }
}

impl From<String> for Param {
    fn from(text: String) -> Self {
        Param::Text(text)
    }
}

impl From<&String> for Param {
    fn from(text: &String) -> Self {
        Param::Text(text.clone())
    }
}

macro_rules! exact_integers {
    ($($t:ty),*) => {$(
        impl From<$t> for Param {
            fn from(n: $t) -> Self {
                Param::Integer(i64::from(n))
            }
        }

        impl PartialEq<$t> for Param {
            fn eq(&self, other: &$t) -> bool {
                self.as_i64() == Some(i64::from(*other))
            }
        }
    )*};
}
exact_integers!(u8, u16, u32, i32, i64);

// Counts and sizes: the limits keep them far below `i64::MAX`, where they would saturate.
macro_rules! counts {
    ($($t:ty),*) => {$(
        impl From<$t> for Param {
            fn from(n: $t) -> Self {
                Param::Integer(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }

        impl PartialEq<$t> for Param {
            fn eq(&self, other: &$t) -> bool {
                self.as_i64().and_then(|n| <$t>::try_from(n).ok()) == Some(*other)
            }
        }
    )*};
}
counts!(u64, usize);

impl PartialEq<str> for Param {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == Some(other)
    }
}

impl PartialEq<&str> for Param {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}

impl PartialEq<String> for Param {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == Some(other.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_a_string_or_an_integer() {
        for (json, param) in [
            (r#""18–71""#, Param::from("18–71")),
            ("42", Param::from(42_u32)),
            ("-3", Param::from(-3_i64)),
            ("true", Param::from(true)),
        ] {
            assert_eq!(
                serde_json::from_str::<Param>(json).ok(),
                Some(param.clone())
            );
            assert_eq!(serde_json::to_string(&param).ok().as_deref(), Some(json));
        }
    }

    #[test]
    fn refuses_what_no_message_is_built_from() {
        for json in ["1.5", "null", "[1]", r#"{"a": 1}"#, "9223372036854775808"] {
            assert!(
                serde_json::from_str::<Param>(json).is_err(),
                "{json} read as a param"
            );
        }
    }

    #[test]
    fn compares_with_texts_and_numbers() {
        assert_eq!(Param::from(5_usize), 5_usize);
        assert_eq!(Param::from(5_usize), 5_u32);
        assert_ne!(Param::from("5"), 5_u32);
        assert_ne!(Param::from(5_u32), "5");
        assert_ne!(Param::from(-1_i64), u64::MAX);
        assert_eq!(Param::from(u64::MAX), i64::MAX);
        assert_eq!(Param::from("x").as_str(), Some("x"));
        assert_eq!(Param::from(3_u8).as_i64(), Some(3));
        assert_eq!(Param::from(false), false);
        assert_ne!(Param::from(false), 0_u32);
    }
}
