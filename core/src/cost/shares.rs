//! Each participant's exact share of an amount as integers over one denominator, and the
//! largest-remainder rounding of shares to whole øre. Prepared once for a key and its
//! participants, a split of any amount is then a multiplication, a division and a
//! selection per participant: no fraction reduced on the way.

use std::cmp::Reverse;

use super::ratio::{gcd, Ratio};

/// The participants' measures, whatever the key: each one's basis (weight × days of the
/// year) as `basis[i] / basis_den`, and basis times population.
#[derive(Debug, Clone)]
pub(crate) struct Measures {
    basis: Vec<i128>,
    basis_den: i128,
    basis_sum: i128,
    people: Vec<i128>,
    people_sum: i128,
    largest_basis: u128,
}

/// A key's weights for its participants, in integers: participant `i`'s exact share of an
/// amount `a` split by the key is
///
/// ```text
/// (fixed · basis[i] · w_sum + (a · basis_den − fixed · basis_sum) · weight[i])
///     / (basis_den · w_sum)
/// ```
///
/// where `fixed` is the sum of the key's fixed amounts (each paid in proportion to the
/// basis), and `weight[i] / w_sum` the participant's share of what the fixed parts leave.
#[derive(Debug, Clone)]
pub(crate) struct Weights {
    fixed: i128,
    weight: Vec<i128>,
    w_sum: i128,
    /// The largest `weight`, as it is, for the bound of every share at once.
    largest_weight: u128,
}

/// What decides whether a key can split an amount at all, whatever the arithmetic.
#[derive(Debug, Clone)]
pub(crate) struct Terms {
    /// What the fixed parts take, exactly.
    fixed_taken: Ratio,
    /// The key has parts that share what the fixed parts leave (equal or population).
    shares_rest: bool,
    /// Share parts (their index among the key's parts) whose basis is zero for every
    /// participant (no population at all): they cannot share anything but nothing.
    empty: Vec<usize>,
}

impl Terms {
    /// The terms of `parts` for participants with these bases and populations. `None` when
    /// what the fixed parts take does not fit in 128 bits.
    pub(crate) fn new(parts: &[WeightPart], bases: &[Ratio], populations: &[u64]) -> Option<Self> {
        let basis_sum = bases
            .iter()
            .try_fold(Ratio::ZERO, |acc, b| acc.checked_add(*b))?;
        let mut fixed_taken = Ratio::ZERO;
        let mut shares_rest = false;
        let mut empty = Vec::new();
        for (k, part) in parts.iter().enumerate() {
            match part {
                WeightPart::Fixed(amount) => {
                    let taken = Ratio::integer(*amount).checked_mul(basis_sum)?;
                    fixed_taken = fixed_taken.checked_add(taken)?;
                }
                WeightPart::Shared { by_population, .. } => {
                    shares_rest = true;
                    let none = match by_population {
                        true => bases
                            .iter()
                            .zip(populations)
                            .all(|(b, p)| b.is_zero() || *p == 0),
                        false => basis_sum.is_zero(),
                    };
                    if none {
                        empty.push(k);
                    }
                }
            }
        }
        Some(Terms {
            fixed_taken,
            shares_rest,
            empty,
        })
    }

    /// Whether `amount` øre can be split by `parts` (these terms' parts, with their
    /// fractions, or the same parts with others).
    ///
    /// # Errors
    /// The [`Refusal`] that says why not.
    pub(crate) fn check(&self, amount: i64, parts: &[WeightPart]) -> Result<(), Refusal> {
        let rest = Ratio::integer(i128::from(amount))
            .checked_sub(self.fixed_taken)
            .ok_or(Refusal::Overflow)?;
        if rest.is_negative() {
            return Err(Refusal::FixedExceedsAmount(self.fixed_taken));
        }
        if !rest.is_zero() {
            if !self.shares_rest {
                return Err(Refusal::NothingSharesTheRest);
            }
            let with_share = |k: &&usize| match parts.get(**k) {
                Some(WeightPart::Shared { fraction, .. }) => !fraction.is_zero(),
                _ => false,
            };
            if let Some(k) = self.empty.iter().find(with_share) {
                return Err(Refusal::ZeroBasis(*k));
            }
        }
        Ok(())
    }
}

/// One part of a key as the weights see it: a fixed amount, or a fraction shared by basis
/// times a measure (1 for the equal part, the population for the population part).
#[derive(Debug, Clone, Copy)]
pub(crate) enum WeightPart {
    Fixed(i128),
    Shared {
        fraction: Ratio,
        by_population: bool,
    },
}

/// An exact split: participant `i`'s share is `(fixed_scale · basis[i] + rest · weight[i])
/// / denominator`, each numerator made where it is needed (a bound checked once says none
/// overflows).
pub(crate) struct Exact<'w> {
    fixed_scale: i128,
    rest: i128,
    basis: &'w [i128],
    weight: &'w [i128],
    denominator: i128,
}

/// Why an amount cannot be split by a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// The fixed parts take more than the amount; the value is what they take, exactly.
    FixedExceedsAmount(Ratio),
    /// Something is left after the fixed parts, and the key has no part that shares it.
    NothingSharesTheRest,
    /// The share part (its index among the key's parts) has no basis to share by.
    ZeroBasis(usize),
    /// A step would not fit in 128 bits.
    Overflow,
}

impl Measures {
    /// `None` when their common denominator would not fit in 128 bits.
    pub(crate) fn new(bases: &[Ratio], populations: &[u64]) -> Option<Self> {
        let basis_den = bases
            .iter()
            .try_fold(1i128, |l, b| lcm(l, b.denominator()))?;
        let basis: Vec<i128> = bases
            .iter()
            .map(|b| b.numerator().checked_mul(basis_den / b.denominator()))
            .collect::<Option<_>>()?;
        let people: Vec<i128> = basis
            .iter()
            .zip(populations)
            .map(|(b, p)| b.checked_mul(i128::from(*p)))
            .collect::<Option<_>>()?;
        Some(Measures {
            basis_sum: checked_sum(&basis)?,
            people_sum: checked_sum(&people)?,
            largest_basis: largest(&basis),
            basis,
            basis_den,
            people,
        })
    }
}

impl Weights {
    /// The weights of `parts` (the key's, in order) for participants of these measures.
    /// `None` when a step would not fit in 128 bits.
    pub(crate) fn new(parts: &[WeightPart], measures: &Measures) -> Option<Self> {
        let fixed = parts.iter().try_fold(0i128, |acc, part| match part {
            WeightPart::Fixed(amount) => acc.checked_add(*amount),
            WeightPart::Shared { .. } => Some(acc),
        })?;
        // Each share part k gives participant i fraction_k · m_ik / S_k, m its measure (the
        // basis, or basis times population) and S_k their sum: over the least common
        // multiple of the parts' denominators. A part with nothing to share by shares
        // nothing ([`Terms::check`]).
        let shared: Vec<(Ratio, &[i128], i128)> = parts
            .iter()
            .filter_map(|part| match part {
                WeightPart::Shared {
                    fraction,
                    by_population,
                } => Some(match by_population {
                    true => (*fraction, measures.people.as_slice(), measures.people_sum),
                    false => (*fraction, measures.basis.as_slice(), measures.basis_sum),
                }),
                WeightPart::Fixed(_) => None,
            })
            .filter(|(_, _, sum)| *sum != 0)
            .map(|(fraction, values, sum)| {
                Some((fraction, values, fraction.denominator().checked_mul(sum)?))
            })
            .collect::<Option<_>>()?;
        let mut w_sum = shared
            .iter()
            .try_fold(1i128, |acc, (_, _, den)| lcm(acc, *den))?;
        let mut weight = vec![0i128; measures.basis.len()];
        for (fraction, values, den) in &shared {
            let scale = fraction.numerator().checked_mul(w_sum / den)?;
            for (w, m) in weight.iter_mut().zip(*values) {
                *w = w.checked_add(m.checked_mul(scale)?)?;
            }
        }
        // Where the denominator does not fit in 64 bits, smaller numbers make every later
        // split cheaper; where it does, the division is as fast as it gets already.
        if u64::try_from(w_sum).is_err() {
            let common = weight.iter().fold(w_sum, |g, w| gcd(g, *w));
            if common > 1 {
                w_sum /= common;
                weight.iter_mut().for_each(|w| *w /= common);
            }
        }
        Some(Weights {
            fixed,
            largest_weight: largest(&weight),
            weight,
            w_sum,
        })
    }

    /// The exact shares of `amount` øre, which [`Terms::check`] allows. `None` when a step
    /// would not fit in 128 bits.
    pub(crate) fn exact<'w>(&'w self, measures: &'w Measures, amount: i64) -> Option<Exact<'w>> {
        let rest = i128::from(amount)
            .checked_mul(measures.basis_den)?
            .checked_sub(self.fixed.checked_mul(measures.basis_sum)?)?;
        let denominator = measures.basis_den.checked_mul(self.w_sum)?;
        let fixed_scale = self.fixed.checked_mul(self.w_sum)?;
        // One bound for every participant, so that each share is two products and a sum
        // that cannot overflow, not three checked steps.
        fixed_scale
            .unsigned_abs()
            .checked_mul(measures.largest_basis)?
            .checked_add(rest.unsigned_abs().checked_mul(self.largest_weight)?)
            .filter(|bound| *bound <= i128::MAX.unsigned_abs())?;
        Some(Exact {
            fixed_scale,
            rest,
            basis: &measures.basis,
            weight: &self.weight,
            denominator,
        })
    }
}

impl Exact<'_> {
    fn numerator(&self, i: usize) -> i128 {
        self.fixed_scale * self.basis[i] + self.rest * self.weight[i]
    }

    /// The shares rounded to whole øre that sum to `target`, by the largest remainder; ties
    /// by the larger exact share, then by `ties`.
    pub(crate) fn rounded<T: Ord + Copy>(&self, target: i128, ties: &[T]) -> Option<Vec<i128>> {
        let count = self.basis.len();
        if ties.len() != count || self.weight.len() != count {
            return None;
        }
        let rank = |i: usize| (Reverse(self.numerator(i)), ties[i], i);
        // Remainders are below the denominator: where it fits in 64 bits, so do they, and
        // the selection among them moves half the bytes.
        if let Ok(small) = u64::try_from(self.denominator) {
            let (floors, remainders) =
                self.floors_and(|remainder| u64::try_from(remainder).unwrap_or(small));
            return give_leftover(floors, &remainders, rank, target);
        }
        let (floors, remainders) = self.floors_and(|remainder| remainder);
        give_leftover(floors, &remainders, rank, target)
    }

    /// Each share rounded down, and its remainder as `remainder` keeps it.
    fn floors_and<K>(&self, remainder: impl Fn(i128) -> K) -> (Vec<i128>, Vec<K>) {
        let count = self.basis.len();
        let mut floors = Vec::with_capacity(count);
        let mut remainders = Vec::with_capacity(count);
        for i in 0..count {
            let (floor, rest) = floor_and_remainder(self.numerator(i), self.denominator);
            floors.push(floor);
            remainders.push(remainder(rest));
        }
        (floors, remainders)
    }
}

/// `n` divided by `d` (positive), rounded down, and what is left: one unsigned division
/// where `n` is not negative, as every share but one of a negative fixed amount is.
fn floor_and_remainder(n: i128, d: i128) -> (i128, i128) {
    match (u128::try_from(n), u128::try_from(d)) {
        (Ok(n), Ok(d)) if d > 0 => {
            let q = n / d;
            // Both fit: q ≤ n and the remainder is below d.
            (q as i128, (n - q * d) as i128)
        }
        _ => (n.div_euclid(d), n.rem_euclid(d)),
    }
}

/// Rounds shares whose floors are `floors` and remainders `remainders` up to `target`: one
/// more to each share of the largest remainders, as many as `target` needs; among equal
/// remainders, to those first by `rank` (unique to each share). `None` when the floors are
/// more than the target or fall short by more than the number of shares.
pub(crate) fn give_leftover<K: Ord + Copy, R: Ord>(
    mut floors: Vec<i128>,
    remainders: &[K],
    rank: impl Fn(usize) -> R,
    target: i128,
) -> Option<Vec<i128>> {
    let left = target.checked_sub(checked_sum(&floors)?)?;
    let left = usize::try_from(left).ok().filter(|l| *l <= floors.len())?;
    if left == 0 {
        return Some(floors);
    }
    // The smallest remainder that gets one more, found in linear time on the remainders
    // alone; the full rank is needed only among the shares that tie with it.
    let mut largest_first = remainders.to_vec();
    let (_, &mut last, _) = largest_first.select_nth_unstable_by(left - 1, |a, b| b.cmp(a));
    let mut tied = Vec::new();
    let mut given = 0;
    for (i, remainder) in remainders.iter().enumerate() {
        match remainder.cmp(&last) {
            std::cmp::Ordering::Greater => {
                floors[i] += 1;
                given += 1;
            }
            std::cmp::Ordering::Equal => tied.push(i),
            std::cmp::Ordering::Less => {}
        }
    }
    tied.sort_unstable_by_key(|i| rank(*i));
    for i in tied.into_iter().take(left - given) {
        floors[i] += 1;
    }
    Some(floors)
}

fn largest(values: &[i128]) -> u128 {
    values.iter().map(|v| v.unsigned_abs()).max().unwrap_or(0)
}

fn checked_sum(values: &[i128]) -> Option<i128> {
    values.iter().try_fold(0i128, |acc, v| acc.checked_add(*v))
}

fn lcm(a: i128, b: i128) -> Option<i128> {
    (a / gcd(a, b)).checked_mul(b)
}
