//! Exact rational numbers on i128, reduced, with checked arithmetic: the intermediate
//! arithmetic of apportionment. Every operation that could overflow returns `None`, which
//! the callers turn into a finding; nothing here panics or rounds silently.

use std::cmp::Ordering;
use std::fmt;

/// `numerator / denominator`, reduced, with a positive denominator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ratio {
    numerator: i128,
    denominator: i128,
}

pub(crate) fn gcd(a: i128, b: i128) -> i128 {
    let (a, b) = (a.unsigned_abs(), b.unsigned_abs());
    // Most values of an apportionment fit in 64 bits, where division is many times cheaper
    // than in 128.
    if let (Ok(a), Ok(b)) = (u64::try_from(a), u64::try_from(b)) {
        return i128::from(gcd_u64(a, b));
    }
    let (mut a, mut b) = (a, b);
    while b != 0 {
        let r = a % b;
        a = b;
        b = r;
    }
    // Only gcd(i128::MIN, 0 or i128::MIN) would not fit, and `Ratio` holds no i128::MIN.
    i128::try_from(a).unwrap_or(i128::MAX)
}

/// `a / b` for a `b` that divides `a` (a gcd), in 64 bits where both fit.
fn div(a: i128, b: i128) -> i128 {
    match (i64::try_from(a), i64::try_from(b)) {
        (Ok(a), Ok(b)) if b != 0 && !(a == i64::MIN && b == -1) => i128::from(a / b),
        _ => a / b,
    }
}

fn gcd_u64(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        let r = a % b;
        a = b;
        b = r;
    }
    a
}

impl Ratio {
    pub const ZERO: Ratio = Ratio {
        numerator: 0,
        denominator: 1,
    };
    pub const ONE: Ratio = Ratio {
        numerator: 1,
        denominator: 1,
    };

    /// `numerator / denominator`; `None` for a zero denominator or `i128::MIN` parts.
    pub fn new(numerator: i128, denominator: i128) -> Option<Ratio> {
        if denominator == 0 || numerator == i128::MIN || denominator == i128::MIN {
            return None;
        }
        let g = gcd(numerator, denominator).max(1);
        let sign = if denominator < 0 { -1 } else { 1 };
        Some(Ratio {
            numerator: sign * div(numerator, g),
            denominator: sign * div(denominator, g),
        })
    }

    pub fn integer(value: i128) -> Ratio {
        Ratio {
            numerator: value,
            denominator: 1,
        }
    }

    pub fn numerator(self) -> i128 {
        self.numerator
    }

    pub fn denominator(self) -> i128 {
        self.denominator
    }

    pub fn is_zero(self) -> bool {
        self.numerator == 0
    }

    pub fn is_negative(self) -> bool {
        self.numerator < 0
    }

    pub fn checked_add(self, other: Ratio) -> Option<Ratio> {
        // Over the least common denominator, to keep the numbers small.
        let g = gcd(self.denominator, other.denominator);
        let left = self.numerator.checked_mul(div(other.denominator, g))?;
        let right = other.numerator.checked_mul(div(self.denominator, g))?;
        let denominator = div(self.denominator, g).checked_mul(other.denominator)?;
        Ratio::new(left.checked_add(right)?, denominator)
    }

    pub fn checked_sub(self, other: Ratio) -> Option<Ratio> {
        self.checked_add(Ratio {
            numerator: other.numerator.checked_neg()?,
            ..other
        })
    }

    pub fn checked_mul(self, other: Ratio) -> Option<Ratio> {
        // Cross-reduce first so that products stay as small as they can.
        let g1 = gcd(self.numerator, other.denominator).max(1);
        let g2 = gcd(other.numerator, self.denominator).max(1);
        let numerator = div(self.numerator, g1).checked_mul(div(other.numerator, g2))?;
        let denominator = div(self.denominator, g2).checked_mul(div(other.denominator, g1))?;
        Ratio::new(numerator, denominator)
    }

    pub fn checked_div(self, other: Ratio) -> Option<Ratio> {
        if other.numerator == 0 {
            return None;
        }
        self.checked_mul(Ratio::new(other.denominator, other.numerator)?)
    }

    /// The largest integer not above the value, and what is left (in `[0, 1)`).
    pub fn floor_and_fraction(self) -> (i128, Ratio) {
        let floor = self.numerator.div_euclid(self.denominator);
        let rest = self.numerator.rem_euclid(self.denominator);
        (
            floor,
            Ratio {
                numerator: rest,
                denominator: self.denominator,
            },
        )
    }

    /// The value as a decimal with `places` digits after the point, rounded half away from
    /// zero: for showing percentages and audit figures, never for money.
    pub fn to_decimal(self, places: u32) -> Option<String> {
        let scale = 10i128.checked_pow(places)?;
        let scaled = self.numerator.checked_mul(scale)?;
        let (quotient, remainder) = (scaled / self.denominator, scaled % self.denominator);
        let rounded = if remainder.checked_mul(2)?.checked_abs()? >= self.denominator {
            quotient.checked_add(scaled.signum())?
        } else {
            quotient
        };
        let sign = if rounded < 0 { "-" } else { "" };
        let digits = rounded.checked_abs()?;
        if places == 0 {
            return Some(format!("{sign}{digits}"));
        }
        let whole = digits / scale;
        let frac = digits % scale;
        Some(format!(
            "{sign}{whole}.{frac:0width$}",
            width = places as usize
        ))
    }
}

impl PartialOrd for Ratio {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ratio {
    fn cmp(&self, other: &Self) -> Ordering {
        // Shares of one part mostly have one denominator: no products needed.
        if self.denominator == other.denominator {
            return self.numerator.cmp(&other.numerator);
        }
        // a/b vs c/d with b, d > 0: compare a·d with c·b, falling back to the floors and
        // then the remainders when the products would overflow.
        match (
            self.numerator.checked_mul(other.denominator),
            other.numerator.checked_mul(self.denominator),
        ) {
            (Some(left), Some(right)) => left.cmp(&right),
            _ => {
                let (a, ra) = self.floor_and_fraction();
                let (b, rb) = other.floor_and_fraction();
                a.cmp(&b).then_with(|| {
                    // Both remainders are in [0, 1): compare their reciprocals reversed.
                    match (ra.is_zero(), rb.is_zero()) {
                        (true, true) => Ordering::Equal,
                        (true, false) => Ordering::Less,
                        (false, true) => Ordering::Greater,
                        (false, false) => {
                            let inv_a = Ratio {
                                numerator: ra.denominator,
                                denominator: ra.numerator,
                            };
                            let inv_b = Ratio {
                                numerator: rb.denominator,
                                denominator: rb.numerator,
                            };
                            inv_b.cmp(&inv_a)
                        }
                    }
                })
            }
        }
    }
}

impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.denominator == 1 {
            write!(f, "{}", self.numerator)
        } else {
            write!(f, "{}/{}", self.numerator, self.denominator)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(n: i128, d: i128) -> Ratio {
        Ratio::new(n, d).unwrap()
    }

    #[test]
    fn reduces_and_keeps_the_sign_on_top() {
        assert_eq!(r(6, -4), r(-3, 2));
        assert_eq!(r(0, 5), Ratio::ZERO);
        assert!(Ratio::new(1, 0).is_none());
        assert_eq!(r(-3, 2).to_string(), "-3/2");
    }

    #[test]
    fn arithmetic_is_exact() {
        assert_eq!(r(1, 3).checked_add(r(1, 6)), Some(r(1, 2)));
        assert_eq!(r(1, 3).checked_sub(r(1, 2)), Some(r(-1, 6)));
        assert_eq!(r(2, 3).checked_mul(r(9, 4)), Some(r(3, 2)));
        assert_eq!(r(2, 3).checked_div(r(4, 9)), Some(r(3, 2)));
        assert_eq!(r(2, 3).checked_div(Ratio::ZERO), None);
        assert_eq!(Ratio::integer(i128::MAX).checked_add(Ratio::ONE), None);
    }

    #[test]
    fn floors_toward_minus_infinity() {
        assert_eq!(r(7, 2).floor_and_fraction(), (3, r(1, 2)));
        assert_eq!(r(-7, 2).floor_and_fraction(), (-4, r(1, 2)));
    }

    #[test]
    fn decimals_round_half_away_from_zero() {
        assert_eq!(
            r(43287, 100_000)
                .checked_mul(Ratio::integer(100))
                .unwrap()
                .to_decimal(3)
                .unwrap(),
            "43.287"
        );
        assert_eq!(r(1, 8).to_decimal(2).unwrap(), "0.13");
        assert_eq!(r(-1, 8).to_decimal(2).unwrap(), "-0.13");
        assert_eq!(r(2, 3).to_decimal(0).unwrap(), "1");
        assert_eq!(r(1, 3).to_decimal(4).unwrap(), "0.3333");
    }

    #[test]
    fn compares_even_when_cross_products_overflow() {
        let big = Ratio::new(i128::MAX / 3, i128::MAX / 2 - 1).unwrap();
        let other = Ratio::new(i128::MAX / 3 - 1, i128::MAX / 2 - 1).unwrap();
        assert!(other < big);
        assert!(r(1, 3) < r(1, 2));
        assert_eq!(r(2, 4).cmp(&r(1, 2)), Ordering::Equal);
    }
}
