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
    apportion, Apportionment, Budget, CostKey, KeySource, PopulationRow, PopulationTable,
    PopulationYear,
};
use regionrad::{Council, Municipality, MunicipalityCode};

const YEAR: i32 = 2023;

fn council(codes: &[u16]) -> Council {
    Council {
        schema_version: 1,
        id: "prop".into(),
        name: "Prop".into(),
        municipalities: codes
            .iter()
            .map(|c| Municipality {
                code: format!("{c:04}").parse().unwrap(),
                name: format!("K{c}"),
                participation: Default::default(),
            })
            .collect(),
        ..Default::default()
    }
}

fn table(codes: &[u16], people: &[u64]) -> PopulationTable {
    PopulationTable {
        schema_version: 1,
        municipalities: codes
            .iter()
            .zip(people)
            .map(|(c, p)| PopulationRow {
                code: format!("{c:04}").parse().unwrap(),
                name: None,
                population: BTreeMap::from([(YEAR, *p)]),
            })
            .collect(),
        ..Default::default()
    }
}

fn budget(total: i64) -> Budget {
    Budget {
        schema_version: 1,
        council: "prop".into(),
        year: YEAR,
        total_ore: total,
        settled: vec![],
        key: None,
    }
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
}
