//! Properties of apportionment over random councils, keys and budgets: shares sum exactly to
//! the amount, each is within one øre of its exact share, the result does not depend on the
//! order of the members, it is monotone in population, and an equal-only key gives equal
//! shares within one øre.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::mutation::{permutation, reordered};

use std::collections::BTreeMap;

use proptest::prelude::*;
use regionrad::cost::{
    apportion, Apportionment, Budget, CostKey, Fraction, KeySource, PopulationRow, PopulationTable,
    PopulationYear, PreparedKey,
};
use regionrad::{Council, Municipality, MunicipalityCode};

const YEAR: i32 = 2023;

fn council(codes: &[u16]) -> Council {
    let mut council = Council::new("prop", "Prop");
    council.municipalities = codes
        .iter()
        .map(|c| Municipality::new(format!("{c:04}").parse().unwrap(), &format!("K{c}")))
        .collect();
    council
}

fn table(codes: &[u16], people: &[u64]) -> PopulationTable {
    PopulationTable::new(
        codes
            .iter()
            .zip(people)
            .map(|(c, p)| {
                PopulationRow::new(
                    format!("{c:04}").parse().unwrap(),
                    BTreeMap::from([(YEAR, *p)]),
                )
            })
            .collect(),
    )
}

fn budget(total: i64) -> Budget {
    Budget::new("prop", YEAR, total)
}

fn split(codes: &[u16], people: &[u64], total: i64, key: &CostKey) -> Apportionment {
    let result = apportion(
        &council(codes),
        &budget(total),
        &table(codes, people),
        KeySource::Given(key),
    );
    result
        .apportionment
        .unwrap_or_else(|| panic!("{:#?}", result.report.findings))
}

fn by_code(a: &Apportionment) -> BTreeMap<MunicipalityCode, i64> {
    a.contributions
        .iter()
        .map(|c| (c.municipality, c.total_ore))
        .collect()
}

/// Distinct codes with a population each (codes from 6000 up: no reform retired those).
fn members() -> impl Strategy<Value = (Vec<u16>, Vec<u64>)> {
    prop::collection::btree_set(6000u16..9999, 2..40).prop_flat_map(|codes| {
        let codes: Vec<u16> = codes.into_iter().collect();
        let n = codes.len();
        (Just(codes), prop::collection::vec(1u64..1_000_000, n))
    })
}

fn key() -> impl Strategy<Value = CostKey> {
    (0u32..=100, 1u32..=100).prop_filter_map("a fraction in [0, 1]", |(p, q)| {
        (p <= q).then(|| {
            CostKey::two_part(
                "k",
                format!("{p}/{q}").parse().unwrap(),
                PopulationYear::BudgetYear,
            )
        })?
    })
}

proptest! {
    #![proptest_config(common::mutation::config())]

    #[test]
    fn shares_sum_exactly_and_each_is_within_one_ore((codes, people) in members(), total in 0i64..1_000_000_000_000, key in key()) {
        let a = split(&codes, &people, total, &key);
        prop_assert_eq!(a.contributions.iter().map(|c| c.total_ore).sum::<i64>(), total);
        for c in &a.contributions {
            let (n, d) = c.exact_by_key_ore.split_once('/').map_or((c.exact_by_key_ore.as_str(), "1"), |x| x);
            let (n, d): (i128, i128) = (n.parse().unwrap(), d.parse().unwrap());
            // |rounded − n/d| < 1  ⇔  |rounded·d − n| < d
            prop_assert!((i128::from(c.by_key_ore) * d - n).abs() < d, "{} vs {}", c.by_key_ore, c.exact_by_key_ore);
        }
    }

    #[test]
    fn result_does_not_depend_on_member_order((codes, people) in members(), total in 0i64..1_000_000_000, key in key(), seed in any::<u64>()) {
        let a = split(&codes, &people, total, &key);
        let order = permutation(codes.len(), seed);
        let shuffled_codes = reordered(&codes, &order);
        let shuffled_people = reordered(&people, &order);
        let b = split(&shuffled_codes, &shuffled_people, total, &key);
        prop_assert_eq!(by_code(&a), by_code(&b));
    }

    #[test]
    fn more_people_never_pay_less((codes, people) in members(), total in 0i64..1_000_000_000, key in key()) {
        let a = split(&codes, &people, total, &key);
        for x in &a.contributions {
            for y in &a.contributions {
                if x.population > y.population {
                    prop_assert!(x.total_ore >= y.total_ore, "{:?} pays {} < {:?} pays {}", x.population, x.total_ore, y.population, y.total_ore);
                }
            }
        }
    }

    #[test]
    fn an_equal_only_key_gives_equal_shares((codes, people) in members(), total in 0i64..1_000_000_000_000) {
        let key = CostKey::two_part("equal", "1".parse().unwrap(), PopulationYear::BudgetYear).unwrap();
        let a = split(&codes, &people, total, &key);
        let least = a.contributions.iter().map(|c| c.total_ore).min().unwrap();
        let most = a.contributions.iter().map(|c| c.total_ore).max().unwrap();
        prop_assert!(most - least <= 1);
        prop_assert_eq!(least, total / codes.len() as i64);
    }

    #[test]
    fn a_prepared_key_splits_as_apportion((codes, people) in members(), total in 0i64..1_000_000_000_000, key in key()) {
        let a = split(&codes, &people, total, &key);
        let prepared = PreparedKey::new(&council(&codes), YEAR, &table(&codes, &people), KeySource::Given(&key)).unwrap();
        let order: Vec<MunicipalityCode> = prepared.municipalities().collect();
        prop_assert_eq!(order, a.contributions.iter().map(|c| c.municipality).collect::<Vec<_>>());
        prop_assert_eq!(
            prepared.split_ore(total).unwrap(),
            a.contributions.iter().map(|c| c.by_key_ore).collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_sweep_splits_as_each_key_alone((codes, people) in members(), total in 0i64..1_000_000_000, of in 1u32..=12) {
        let fractions: Vec<Fraction> = (0..=of).map(|p| format!("{p}/{of}").parse().unwrap()).collect();
        let any = CostKey::two_part("k", fractions[0], PopulationYear::BudgetYear).unwrap();
        let population = table(&codes, &people);
        let prepared = PreparedKey::new(&council(&codes), YEAR, &population, KeySource::Given(&any)).unwrap();
        let sweep = prepared.sweep_equal(total, &fractions).unwrap();
        prop_assert_eq!(sweep.len(), fractions.len());
        for (fraction, swept) in fractions.iter().zip(sweep) {
            let key = CostKey::two_part("k", *fraction, PopulationYear::BudgetYear).unwrap();
            let alone = PreparedKey::new(&council(&codes), YEAR, &population, KeySource::Given(&key)).unwrap();
            prop_assert_eq!(swept.unwrap(), alone.split_ore(total).unwrap());
        }
    }
}

#[test]
fn a_sweep_needs_a_key_of_an_equal_and_a_population_part() {
    let codes = [3001, 3002];
    let population = table(&codes, &[10, 20]);
    let mut equal_only =
        CostKey::two_part("k", "1".parse().unwrap(), PopulationYear::BudgetYear).unwrap();
    equal_only.parts = vec![regionrad::cost::KeyPart::Equal {
        fraction: Some("1".parse().unwrap()),
    }];
    let prepared = PreparedKey::new(
        &council(&codes),
        YEAR,
        &population,
        KeySource::Given(&equal_only),
    )
    .unwrap();
    assert_eq!(prepared.split_ore(101).unwrap().iter().sum::<i64>(), 101);
    let error = prepared
        .sweep_equal(100, &["1/2".parse().unwrap()])
        .unwrap_err();
    assert_eq!(error.code().as_str(), "invalid_argument");
}

#[test]
fn a_prepared_key_refuses_what_apportion_refuses() {
    let codes = [3001, 3002];
    let population = table(&codes, &[10, 20]);
    let key = CostKey::two_part("k", "3/10".parse().unwrap(), PopulationYear::BudgetYear).unwrap();
    let prepared =
        PreparedKey::new(&council(&codes), YEAR, &population, KeySource::Given(&key)).unwrap();
    let codes_of = |r: regionrad::Report| {
        r.findings
            .iter()
            .map(|f| f.code.as_str())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        codes_of(prepared.split_ore(-1).unwrap_err()),
        ["cost.negative_amount"]
    );
    assert_eq!(
        codes_of(prepared.split_ore(i64::MAX).unwrap_err()),
        ["cost.amount_too_large"]
    );
    // A year no one takes part in, and a population the table does not have.
    let none =
        PreparedKey::new(&council(&codes), 1700, &population, KeySource::Given(&key)).unwrap_err();
    assert_eq!(codes_of(none), ["cost.year_out_of_range"]);
    let missing = PreparedKey::new(
        &council(&codes),
        YEAR + 1,
        &population,
        KeySource::Given(&key),
    )
    .unwrap_err();
    assert!(codes_of(missing).contains(&"population.missing"));
}

#[test]
fn a_prepared_key_is_the_councils_first_or_the_one_named() {
    let codes = [3001, 3002];
    let population = table(&codes, &[10, 30]);
    let equal = CostKey::two_part("lik", "1".parse().unwrap(), PopulationYear::BudgetYear).unwrap();
    let by_people = CostKey::two_part(
        "folketall",
        "0".parse().unwrap(),
        PopulationYear::BudgetYear,
    )
    .unwrap();
    let mut with_keys = council(&codes);
    with_keys.cost_keys = vec![equal, by_people];
    let split = |source| {
        PreparedKey::new(&with_keys, YEAR, &population, source).map(|p| p.split_ore(400).unwrap())
    };
    assert_eq!(split(KeySource::Council).unwrap(), [200, 200]);
    assert_eq!(split(KeySource::Named("folketall")).unwrap(), [100, 300]);
    let unknown = split(KeySource::Named("ingen")).unwrap_err();
    assert_eq!(unknown.findings[0].code.as_str(), "cost.no_key");
}
