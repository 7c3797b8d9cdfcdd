//! The work the benchmarks time, in a plain loop for a profiler: `tests/bench/profile.sh`
//! runs it under callgrind (instruction counts, the same on a busy machine) and prints where
//! the instructions go.
//!
//! ```text
//! cargo run --release -p regionrad --example profile -- validate 20
//! ```
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::hint::black_box;

use regionrad::cost::{
    apportion, Budget, CostKey, KeySource, PopulationRow, PopulationTable, PopulationYear,
    PreparedKey,
};
use regionrad::{Council, Municipality};

fn fixture(relative: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../fixtures")
        .join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A council of `n` municipalities (codes from 6000 up) and a population for each.
fn council_of(n: u16) -> (Council, PopulationTable) {
    let municipalities: Vec<Municipality> = (0..n)
        .map(|i| {
            Municipality::new(
                format!("{:04}", 6000 + i).parse().unwrap(),
                &format!("K{i}"),
            )
        })
        .collect();
    let rows = municipalities
        .iter()
        .enumerate()
        .map(|(i, m)| {
            PopulationRow::new(m.code, [(2023, 500 + (i as u64 * 7919) % 700_000)].into())
        })
        .collect();
    let mut council: Council =
        serde_json::from_str(regionrad::bundled::TRONDELAG_SORVEST_COUNCIL).unwrap();
    council.municipalities = municipalities;
    let table = PopulationTable::new(rows);
    (council, table)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let work = args.next().unwrap_or_else(|| "validate".into());
    let times: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(20);
    match work.as_str() {
        // One golden meeting with the bundled council, JSON text in: what the bindings do.
        "validate" => {
            let council = regionrad::bundled::TRONDELAG_SORVEST_COUNCIL;
            let meeting = fixture("meetings/2023-01-20-kdu.json");
            let today = chrono::NaiveDate::from_ymd_opt(2023, 2, 1).unwrap();
            for _ in 0..times {
                let council =
                    regionrad::PreparedCouncil::from_decoded(regionrad::decode_council(council));
                let meetings = [regionrad::decode_meeting(&meeting, 0)];
                black_box(council.validate_decoded(meetings, today));
            }
        }
        // A budget over 357 municipalities by a 30/70 key.
        "apportion" => {
            let (council, population) = council_of(357);
            let budget = Budget::new(&council.id, 2023, 123_456_789_012);
            let key =
                CostKey::two_part("30/70", "3/10".parse().unwrap(), PopulationYear::BudgetYear)
                    .unwrap();
            for _ in 0..times {
                black_box(apportion(
                    &council,
                    &budget,
                    &population,
                    KeySource::Given(&key),
                ));
            }
        }
        // The same split with the key prepared once: the integer arithmetic alone.
        "split" => {
            let (council, population) = council_of(357);
            let key =
                CostKey::two_part("30/70", "3/10".parse().unwrap(), PopulationYear::BudgetYear)
                    .unwrap();
            let prepared =
                PreparedKey::new(&council, 2023, &population, KeySource::Given(&key)).unwrap();
            for _ in 0..times {
                black_box(prepared.split_ore(black_box(123_456_789_012))).unwrap();
            }
        }
        // The fixture minutes in prose, with the bundled council.
        "read" => {
            let council =
                regionrad::decode_council(regionrad::bundled::TRONDELAG_SORVEST_COUNCIL).unwrap();
            let text = fixture("minutes/rr-2022-06-10-prose.txt").repeat(20);
            for _ in 0..times {
                black_box(regionrad::minutes::read(&text, Some(&council)));
            }
        }
        other => panic!("no such work: {other} (validate, apportion, split or read)"),
    }
}
