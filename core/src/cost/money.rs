//! Amounts of money: whole øre in `i64`, shown the Norwegian way (`kr 1 234 567,89`) and read
//! from kroner as people write them.

/// `kr 1 234 567,89`: a space between thousands, a comma before the øre (the bokmål form of
/// [`crate::i18n::numbers::kroner`]).
///
/// ```
/// use regionrad::cost::money::format_kroner;
/// assert_eq!(format_kroner(123_456_789), "kr 1 234 567,89");
/// assert_eq!(format_kroner(-5), "kr -0,05");
/// ```
pub fn format_kroner(ore: i64) -> String {
    crate::i18n::numbers::kroner(ore, crate::Lang::Nb)
}

/// Kroner as text to øre: `"1500000"`, `"1 500 000"`, `"1500000,50"`, `"1500000.5"`,
/// `"kr 1 234 567,89"`. At most two decimals; no signs other than a leading minus.
///
/// ```
/// use regionrad::cost::money::parse_kroner;
/// assert_eq!(parse_kroner("kr 1 234 567,89").ok(), Some(123_456_789));
/// assert_eq!(parse_kroner("2400000").ok(), Some(240_000_000));
/// assert!(parse_kroner("12,345").is_err());
/// ```
///
/// # Errors
/// [`crate::Error::InvalidArgument`] for text that is not such an amount.
pub fn parse_kroner(text: &str) -> Result<i64, crate::Error> {
    kroner(text).map_err(crate::Error::InvalidArgument)
}

fn kroner(text: &str) -> Result<i64, String> {
    let bad = || format!("`{text}` is not an amount in kroner (e.g. 1500000 or 1 500 000,50)");
    let mut rest = text.trim();
    rest = rest.strip_prefix("kr").map(str::trim_start).unwrap_or(rest);
    let negative = rest.starts_with('-');
    if negative {
        rest = &rest[1..];
    }
    let (whole, fraction) = match rest.find([',', '.']) {
        Some(at) => (&rest[..at], &rest[at + 1..]),
        None => (rest, ""),
    };
    let whole: String = whole
        .chars()
        .filter(|c| *c != ' ' && *c != '\u{a0}')
        .collect();
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    if fraction.len() > 2 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let kroner: i64 = whole.parse().map_err(|_| bad())?;
    let ore_part: i64 = match fraction.len() {
        0 => 0,
        1 => fraction.parse::<i64>().map_err(|_| bad())? * 10,
        _ => fraction.parse().map_err(|_| bad())?,
    };
    let ore = kroner
        .checked_mul(100)
        .and_then(|o| o.checked_add(ore_part))
        .ok_or_else(bad)?;
    Ok(if negative { -ore } else { ore })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_the_norwegian_way() {
        assert_eq!(format_kroner(0), "kr 0,00");
        assert_eq!(format_kroner(99), "kr 0,99");
        assert_eq!(format_kroner(100_000), "kr 1 000,00");
        assert_eq!(format_kroner(15_000_000), "kr 150 000,00");
        assert_eq!(format_kroner(i64::MIN), "kr -92 233 720 368 547 758,08");
    }

    #[test]
    fn reads_kroner_as_written() {
        assert_eq!(parse_kroner("1 500 000,50"), Ok(150_000_050));
        assert_eq!(parse_kroner("1500000.5"), Ok(150_000_050));
        assert_eq!(parse_kroner("-10"), Ok(-1000));
        for bad in [
            "",
            "kr",
            "1,2,3",
            "1.234,5",
            "abc",
            "12,345",
            "1e6",
            "92233720368547758,08",
        ] {
            assert!(parse_kroner(bad).is_err(), "{bad:?}");
        }
    }
}
