//! Numbers, amounts and dates written the way each language writes them: Norwegian groups
//! thousands with a space and puts a comma before decimals (`kr 1 234,56`, `8,559 %`,
//! `20.01.2023`); English uses commas and a point (`NOK 1,234.56`, `8.559%`, `2023-01-20`).
//!
//! ```
//! use regionrad::i18n::{numbers, Lang};
//! assert_eq!(numbers::kroner(123_456_789, Lang::Nb), "kr 1 234 567,89");
//! assert_eq!(numbers::kroner(123_456_789, Lang::En), "NOK 1,234,567.89");
//! assert_eq!(numbers::percent("8.559", Lang::Nb), "8,559 %");
//! assert_eq!(numbers::date("2023-01-20", Lang::Nb), "20.01.2023");
//! ```

use super::Lang;

struct Style {
    thousands: char,
    decimal: char,
    currency: &'static str,
    percent: &'static str,
}

fn style(lang: Lang) -> Style {
    match lang {
        Lang::Nb | Lang::Nn => Style {
            thousands: ' ',
            decimal: ',',
            currency: "kr ",
            percent: " %",
        },
        Lang::En => Style {
            thousands: ',',
            decimal: '.',
            currency: "NOK ",
            percent: "%",
        },
    }
}

/// Whole øre as kroner with two decimals: `kr -0,05`, `NOK 1,000.00`.
pub fn kroner(ore: i64, lang: Lang) -> String {
    let style = style(lang);
    let sign = if ore < 0 { "-" } else { "" };
    let abs = ore.unsigned_abs();
    let grouped = grouped(&(abs / 100).to_string(), style.thousands);
    format!(
        "{}{sign}{grouped}{}{:02}",
        style.currency,
        style.decimal,
        abs % 100
    )
}

/// A decimal written with a point ("-1234.5", as the wire format writes shares) in the
/// language's way; text that is not such a number ([`is_decimal`]) is returned as it is.
pub fn decimal(text: &str, lang: Lang) -> String {
    let Some((sign, whole, fraction)) = decimal_parts(text) else {
        return text.to_owned();
    };
    let style = style(lang);
    let mut out = format!("{sign}{}", grouped(whole, style.thousands));
    if let Some(fraction) = fraction {
        out.push(style.decimal);
        out.push_str(fraction);
    }
    out
}

/// Whether `text` is a decimal as the wire format writes one: digits, optionally a minus
/// before and a point with digits after.
pub fn is_decimal(text: &str) -> bool {
    decimal_parts(text).is_some()
}

fn decimal_parts(text: &str) -> Option<(&str, &str, Option<&str>)> {
    let (sign, unsigned) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(whole) && fraction.is_none_or(digits)).then_some((sign, whole, fraction))
}

/// A percentage given as a decimal with a point ("8.559"): `8,559 %` or `8.559%`.
pub fn percent(text: &str, lang: Lang) -> String {
    format!("{}{}", decimal(text, lang), style(lang).percent)
}

/// An ISO date (`2023-01-20`): `20.01.2023` in bokmål, as it is in English; text that is
/// not such a date is returned as it is.
pub fn date(iso: &str, lang: Lang) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let well_formed = matches!(parts.as_slice(), [y, m, d]
        if y.len() == 4 && m.len() == 2 && d.len() == 2
            && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())));
    match (lang, well_formed) {
        (Lang::Nb | Lang::Nn, true) => format!("{}.{}.{}", parts[2], parts[1], parts[0]),
        _ => iso.to_owned(),
    }
}

fn grouped(digits: &str, separator: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kroner_in_each_language() {
        assert_eq!(kroner(0, Lang::Nb), "kr 0,00");
        assert_eq!(kroner(99, Lang::En), "NOK 0.99");
        assert_eq!(kroner(-5, Lang::Nb), "kr -0,05");
        assert_eq!(kroner(100_000, Lang::En), "NOK 1,000.00");
        assert_eq!(kroner(i64::MIN, Lang::Nb), "kr -92 233 720 368 547 758,08");
    }

    #[test]
    fn decimals_and_percentages() {
        assert_eq!(decimal("1234567.25", Lang::Nb), "1 234 567,25");
        assert_eq!(decimal("1234567.25", Lang::En), "1,234,567.25");
        assert_eq!(decimal("-12", Lang::Nb), "-12");
        assert_eq!(decimal("100.000", Lang::Nb), "100,000");
        assert_eq!(percent("8.559", Lang::En), "8.559%");
        assert_eq!(percent("100.000", Lang::Nb), "100,000 %");
        for not_a_number in ["", "-", ".5", "5.", "1.2.3", "1e6", "x"] {
            assert_eq!(decimal(not_a_number, Lang::Nb), not_a_number);
            assert!(!is_decimal(not_a_number), "{not_a_number}");
        }
        assert!(is_decimal("-0.125"));
    }

    #[test]
    fn dates_in_each_language() {
        assert_eq!(date("2026-12-02", Lang::Nb), "02.12.2026");
        assert_eq!(date("2026-12-02", Lang::En), "2026-12-02");
        for not_a_date in ["", "2026-1-2", "20261202", "2026-12-0x", "2026-12-02-01"] {
            assert_eq!(date(not_a_date, Lang::Nb), not_a_date);
        }
    }
}
