//! Cost keys (fordelingsnøkler) as data, and the budget a key splits.

use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::ratio::Ratio;
use crate::council::MunicipalityCode;
use crate::strict;

/// An exact non-negative fraction on the wire: `"3/10"`, `"0.3"` or `"30%"`; written back
/// as `"3/10"`.
///
/// ```
/// use regionrad::cost::Fraction;
/// let f: Fraction = "30%".parse().unwrap();
/// assert_eq!(f.to_string(), "3/10");
/// assert_eq!("0.30".parse::<Fraction>().unwrap(), f);
/// assert!("-1/2".parse::<Fraction>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fraction(pub(crate) Ratio);

impl Fraction {
    pub fn ratio(self) -> Ratio {
        self.0
    }

    pub fn one() -> Fraction {
        Fraction(Ratio::ONE)
    }

    /// `1 - self`, when that is not negative.
    pub fn complement(self) -> Option<Fraction> {
        Ratio::ONE
            .checked_sub(self.0)
            .filter(|r| !r.is_negative())
            .map(Fraction)
    }

    /// The fraction in percent with up to `places` decimals, trailing zeros dropped:
    /// `"30"`, `"33.33"`.
    ///
    /// ```
    /// let third: regionrad::cost::Fraction = "1/3".parse().unwrap();
    /// assert_eq!(third.percent(2), "33.33");
    /// assert_eq!("3/10".parse::<regionrad::cost::Fraction>().unwrap().percent(2), "30");
    /// ```
    pub fn percent(self, places: u32) -> String {
        let text = self
            .0
            .checked_mul(Ratio::integer(100))
            .and_then(|r| r.to_decimal(places))
            .unwrap_or_default();
        if text.contains('.') {
            text.trim_end_matches('0').trim_end_matches('.').to_owned()
        } else {
            text
        }
    }
}

impl FromStr for Fraction {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let bad = || format!("`{text}` is not a fraction such as 3/10, 0.3 or 30%");
        let digits =
            |s: &str| !s.is_empty() && s.len() <= 18 && s.bytes().all(|b| b.is_ascii_digit());
        let number = |s: &str| -> Result<i128, String> { s.parse::<i128>().map_err(|_| bad()) };
        let t = text.trim();
        let ratio = if let Some((n, d)) = t.split_once('/') {
            if !digits(n) || !digits(d) {
                return Err(bad());
            }
            Ratio::new(number(n)?, number(d)?)
        } else {
            let (body, scale) = match t.strip_suffix('%') {
                Some(body) => (body.trim_end(), 100),
                None => (t, 1),
            };
            let (whole, decimals) = body.split_once('.').unwrap_or((body, ""));
            if !digits(whole) || !(decimals.is_empty() || digits(decimals)) {
                return Err(bad());
            }
            let denominator = 10i128.pow(decimals.len() as u32) * scale;
            Ratio::new(number(&format!("{whole}{decimals}"))?, denominator)
        };
        ratio.map(Fraction).ok_or_else(bad)
    }
}

impl fmt::Display for Fraction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.0.numerator(), self.0.denominator())
    }
}

impl Serialize for Fraction {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Fraction {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        strict::parsed(deserializer, "a fraction")
    }
}

impl JsonSchema for Fraction {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Fraction".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An exact fraction: \"3/10\", \"0.3\" or \"30%\".",
            "type": "string",
            "pattern": "^\\s*([0-9]{1,18}/[0-9]{1,18}|[0-9]{1,18}(\\.[0-9]{1,18})?\\s*%?)\\s*$",
        })
    }
}

/// Which 1 January's population a key uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PopulationYear {
    /// 1 January of the budget year (known from February: a split can be provisional).
    BudgetYear,
    /// 1 January of the year before.
    PreviousYear,
}

impl PopulationYear {
    pub fn for_budget(self, budget_year: i32) -> i32 {
        match self {
            PopulationYear::BudgetYear => budget_year,
            PopulationYear::PreviousYear => budget_year - 1,
        }
    }
}

/// One part of a key. Equal and population parts split what is left after the fixed parts;
/// their fractions add up to 1. A fraction left out is a parameter the council has not
/// given: using the key then is a finding, never a guess.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum KeyPart {
    /// Split equally between the participants (by weight and days of participation).
    Equal {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        fraction: Option<Fraction>,
    },
    /// Split by population (times weight and days of participation).
    Population {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        fraction: Option<Fraction>,
    },
    /// A fixed amount from each participant (times weight and days), taken first.
    Fixed { amount_ore: i64 },
}

/// A part of a key as read: every kind's fields, made the kind its tag names.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct KeyPartFields {
    kind: KeyPartKind,
    fraction: Option<Fraction>,
    amount_ore: Option<i64>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
enum KeyPartKind {
    Equal,
    Population,
    Fixed,
}

impl TryFrom<KeyPartFields> for KeyPart {
    type Error = String;

    fn try_from(f: KeyPartFields) -> Result<Self, String> {
        let given = [
            ("fraction", f.fraction.is_some()),
            ("amount_ore", f.amount_ore.is_some()),
        ];
        Ok(match f.kind {
            KeyPartKind::Equal => {
                strict::only("equal", &given, &["fraction"])?;
                KeyPart::Equal {
                    fraction: f.fraction,
                }
            }
            KeyPartKind::Population => {
                strict::only("population", &given, &["fraction"])?;
                KeyPart::Population {
                    fraction: f.fraction,
                }
            }
            KeyPartKind::Fixed => {
                let amount_ore = strict::sole(f.amount_ore, "fixed", "amount_ore", &given)?;
                if amount_ore < 0 {
                    return Err("a fixed amount cannot be negative".to_owned());
                }
                KeyPart::Fixed { amount_ore }
            }
        })
    }
}
strict::deserialize_through!(KeyPart, KeyPartFields);

impl KeyPart {
    pub fn kind(&self) -> &'static str {
        match self {
            KeyPart::Equal { .. } => "equal",
            KeyPart::Population { .. } => "population",
            KeyPart::Fixed { .. } => "fixed",
        }
    }
}

/// A participant that pays by another weight than 1 (an observer paying half: `"1/2"`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MemberWeight {
    pub municipality: MunicipalityCode,
    pub weight: Fraction,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A cost key: how the participants share what the council costs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CostKey {
    /// The key's name ("Agdenesmodellen", "30/70").
    pub name: String,
    pub parts: Vec<KeyPart>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub weights: Vec<MemberWeight>,
    /// Which 1 January's population the key uses; needed when it has a population part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population_year: Option<PopulationYear>,
    /// Where the key comes from, or what is not known about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl CostKey {
    /// The common two-part key: `equal` split equally, the rest by population.
    ///
    /// ```
    /// use regionrad::cost::{CostKey, PopulationYear};
    /// let key = CostKey::two_part("30/70", "3/10".parse().unwrap(), PopulationYear::BudgetYear).unwrap();
    /// assert_eq!(key.parts.len(), 2);
    /// ```
    pub fn two_part(
        name: &str,
        equal: Fraction,
        population_year: PopulationYear,
    ) -> Option<CostKey> {
        let rest = equal.complement()?;
        Some(CostKey {
            name: name.to_owned(),
            parts: vec![
                KeyPart::Equal {
                    fraction: Some(equal),
                },
                KeyPart::Population {
                    fraction: Some(rest),
                },
            ],
            weights: Vec::new(),
            population_year: Some(population_year),
            note: None,
        })
    }
}

/// An amount settled before the key: external funding (no municipality), or a payment one
/// municipality makes on its own (a host-municipality contribution).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Settlement {
    pub label: String,
    pub amount_ore: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<MunicipalityCode>,
}

impl Settlement {
    /// `amount_ore` settled before the key: by `municipality` alone, or external funding.
    pub fn new(label: &str, amount_ore: i64, municipality: Option<MunicipalityCode>) -> Self {
        Settlement {
            label: label.to_owned(),
            amount_ore,
            municipality,
        }
    }
}

/// A year's budget to split between the participants.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Budget {
    pub schema_version: u32,
    /// The council's id.
    pub council: String,
    pub year: i32,
    /// What the participants and the settlements cover together, in øre.
    pub total_ore: i64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub settled: Vec<Settlement>,
    /// The name of the council's key to use; the council's first key when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

impl Budget {
    /// `total_ore` of `council` for `year`, all of it split by the council's first key.
    pub fn new(council: &str, year: i32, total_ore: i64) -> Self {
        Budget {
            schema_version: crate::SCHEMA_VERSION,
            council: council.to_owned(),
            year,
            total_ore,
            settled: Vec::new(),
            key: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fractions_parse_exactly() {
        for (text, want) in [
            ("3/10", "3/10"),
            ("0.3", "3/10"),
            ("30%", "3/10"),
            ("12.5 %", "1/8"),
            ("1", "1/1"),
            ("0", "0/1"),
        ] {
            assert_eq!(
                text.parse::<Fraction>().map(|f| f.to_string()),
                Ok(want.to_owned()),
                "{text}"
            );
        }
        for bad in [
            "", "1/0", "a/b", "-0.3", "0.3.1", "3/10/2", "1e3", "%", "1/2%",
        ] {
            assert!(bad.parse::<Fraction>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn key_parts_are_strict() {
        let part: Result<KeyPart, _> =
            serde_json::from_str(r#"{"kind": "equal", "amount_ore": 5}"#);
        assert!(part.is_err());
        let part: KeyPart = serde_json::from_str(r#"{"kind": "population"}"#).unwrap();
        assert_eq!(part, KeyPart::Population { fraction: None });
        let part: Result<KeyPart, _> =
            serde_json::from_str(r#"{"kind": "fixed", "amount_ore": -1}"#);
        assert!(part.is_err());
    }
}
