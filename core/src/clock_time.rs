//! A time of day as minutes write it on the wire: `"HH:MM"`, 24-hour clock.

use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A time of day to the minute (`"10:00"`, `"13:30"`).
///
/// ```
/// use regionrad::ClockTime;
/// let t: ClockTime = "09:05".parse().unwrap();
/// assert_eq!((t.hour(), t.minute()), (9, 5));
/// assert_eq!(t.to_string(), "09:05");
/// assert!("24:00".parse::<ClockTime>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClockTime {
    minutes_after_midnight: u16,
}

impl ClockTime {
    /// A time from hour (0–23) and minute (0–59); `None` outside those ranges.
    pub fn new(hour: u8, minute: u8) -> Option<Self> {
        (hour < 24 && minute < 60).then(|| ClockTime {
            minutes_after_midnight: u16::from(hour) * 60 + u16::from(minute),
        })
    }

    pub fn hour(self) -> u8 {
        (self.minutes_after_midnight / 60) as u8
    }

    pub fn minute(self) -> u8 {
        (self.minutes_after_midnight % 60) as u8
    }

    pub fn minutes_after_midnight(self) -> u16 {
        self.minutes_after_midnight
    }
}

impl FromStr for ClockTime {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bytes = s.as_bytes();
        let digit = |i: usize| {
            bytes
                .get(i)
                .filter(|b| b.is_ascii_digit())
                .map(|b| b - b'0')
        };
        let parsed = match (
            bytes.len(),
            digit(0),
            digit(1),
            bytes.get(2),
            digit(3),
            digit(4),
        ) {
            (5, Some(h1), Some(h2), Some(b':'), Some(m1), Some(m2)) => {
                ClockTime::new(h1 * 10 + h2, m1 * 10 + m2)
            }
            _ => None,
        };
        parsed.ok_or_else(|| format!("`{s}` is not a time of day as HH:MM"))
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour(), self.minute())
    }
}

impl Serialize for ClockTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ClockTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::strict::parsed(deserializer, "a time as HH:MM")
    }
}

impl JsonSchema for ClockTime {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ClockTime".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A time of day, 24-hour clock, HH:MM.",
            "type": "string",
            "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_hh_mm() {
        for ok in ["00:00", "09:05", "23:59", "13:30"] {
            assert_eq!(
                ok.parse::<ClockTime>().map(|t| t.to_string()),
                Ok(ok.to_owned())
            );
        }
        for bad in [
            "",
            "9:05",
            "0905",
            "24:00",
            "12:60",
            "12:5",
            "12:055",
            "ab:cd",
            "１２:００",
        ] {
            assert!(bad.parse::<ClockTime>().is_err(), "{bad:?} parsed");
        }
    }

    #[test]
    fn orders_by_time_of_day() {
        let early: ClockTime = "09:00".parse().unwrap();
        let late: ClockTime = "13:30".parse().unwrap();
        assert!(early < late);
        assert_eq!(late.minutes_after_midnight(), 13 * 60 + 30);
    }
}
