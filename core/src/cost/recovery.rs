//! Finding an undocumented two-part key from what was actually invoiced: the equal share
//! that best explains the amounts (least squares, exact), with each municipality's residual.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ratio::Ratio;
use crate::council::MunicipalityCode;

/// What one municipality was invoiced, and its population.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Invoiced {
    pub municipality: MunicipalityCode,
    pub amount_ore: i64,
    pub population: u64,
}

/// How far one municipality's invoice is from the fitted key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Residual {
    pub municipality: MunicipalityCode,
    pub invoiced_ore: i64,
    /// What the fitted key gives, rounded to øre.
    pub fitted_ore: i64,
    /// `invoiced_ore - fitted_ore`.
    pub residual_ore: i64,
}

/// The fitted key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Recovery {
    /// The equal share as an exact fraction (`"3/10"` when it is exactly that).
    pub equal_share: String,
    /// The equal share as a decimal, six places.
    pub equal_share_decimal: String,
    /// The population share, `1 - equal_share`, six places.
    pub population_share_decimal: String,
    pub total_ore: i64,
    pub residuals: Vec<Residual>,
    /// The largest residual, in øre, by absolute value.
    pub max_abs_residual_ore: i64,
}

/// Fits `amount_i = T·(s/n + (1 − s)·p_i/P)` to the invoiced amounts, where `T` is their
/// total, `n` the number of municipalities and `P` their population: the `s` that
/// minimises the squared residuals, computed exactly.
///
/// ```
/// use regionrad::cost::{recover_equal_share, Invoiced};
/// let invoiced = [
///     Invoiced { municipality: "5059".parse().unwrap(), amount_ore: 700_000, population: 18_000 },
///     Invoiced { municipality: "5061".parse().unwrap(), amount_ore: 300_000, population: 2_000 },
/// ];
/// let fit = recover_equal_share(&invoiced).unwrap();
/// assert_eq!(fit.equal_share, "1/2");
/// ```
///
/// # Errors
/// [`crate::Error::InvalidInput`] when no key can be fitted: fewer than two
/// municipalities, no population, amounts too large to fit exactly.
pub fn recover_equal_share(invoiced: &[Invoiced]) -> Result<Recovery, crate::Error> {
    fit(invoiced).map_err(crate::Error::InvalidInput)
}

fn fit(invoiced: &[Invoiced]) -> Result<Recovery, String> {
    let n = i128::try_from(invoiced.len()).map_err(|_| "too many municipalities")?;
    if n < 2 {
        return Err("at least two municipalities are needed to fit a key".to_owned());
    }
    let overflow = || "the amounts are too large to fit exactly".to_owned();
    let total: i128 = invoiced.iter().map(|i| i128::from(i.amount_ore)).sum();
    let people: i128 = invoiced.iter().map(|i| i128::from(i.population)).sum();
    if total <= 0 || people <= 0 {
        return Err("the amounts and the populations must add up to more than zero".to_owned());
    }
    // With a_i = P − n·p_i and b_i = n·(P·y_i − T·p_i), the fitted s is Σ a·b / (T·Σ a²):
    // the same as the textbook formula with the common factors taken out, in integers.
    let mut sum_ab: i128 = 0;
    let mut sum_aa: i128 = 0;
    for i in invoiced {
        let p = i128::from(i.population);
        let a = people
            .checked_sub(n.checked_mul(p).ok_or_else(overflow)?)
            .ok_or_else(overflow)?;
        let b = people
            .checked_mul(i128::from(i.amount_ore))
            .and_then(|py| py.checked_sub(total.checked_mul(p)?))
            .and_then(|d| d.checked_mul(n))
            .ok_or_else(overflow)?;
        sum_ab = a
            .checked_mul(b)
            .and_then(|ab| sum_ab.checked_add(ab))
            .ok_or_else(overflow)?;
        sum_aa = a
            .checked_mul(a)
            .and_then(|aa| sum_aa.checked_add(aa))
            .ok_or_else(overflow)?;
    }
    if sum_aa == 0 {
        return Err(
            "all municipalities have the same population: the key cannot be told apart".to_owned(),
        );
    }
    let s =
        Ratio::new(sum_ab, total.checked_mul(sum_aa).ok_or_else(overflow)?).ok_or_else(overflow)?;
    let t = Ratio::integer(total);
    let equal_each = t
        .checked_mul(s)
        .and_then(|x| x.checked_div(Ratio::integer(n)))
        .ok_or_else(overflow)?;
    let by_population = t
        .checked_mul(Ratio::ONE.checked_sub(s).ok_or_else(overflow)?)
        .ok_or_else(overflow)?;
    let mut residuals = Vec::with_capacity(invoiced.len());
    for i in invoiced {
        let fitted = by_population
            .checked_mul(Ratio::new(i128::from(i.population), people).ok_or_else(overflow)?)
            .and_then(|x| x.checked_add(equal_each))
            .ok_or_else(overflow)?;
        let fitted_ore: i64 = fitted
            .to_decimal(0)
            .and_then(|d| d.parse().ok())
            .ok_or_else(overflow)?;
        residuals.push(Residual {
            municipality: i.municipality,
            invoiced_ore: i.amount_ore,
            fitted_ore,
            residual_ore: i.amount_ore.saturating_sub(fitted_ore),
        });
    }
    let max_abs_residual_ore = residuals
        .iter()
        .map(|r| r.residual_ore.abs())
        .max()
        .unwrap_or(0);
    Ok(Recovery {
        equal_share: s.to_string(),
        equal_share_decimal: s.to_decimal(6).ok_or_else(overflow)?,
        population_share_decimal: Ratio::ONE
            .checked_sub(s)
            .and_then(|r| r.to_decimal(6))
            .ok_or_else(overflow)?,
        total_ore: i64::try_from(total).map_err(|_| overflow())?,
        residuals,
        max_abs_residual_ore,
    })
}
