//! Validation speed: one meeting of 60 items and 20 attendees, and a council's archive
//! (10 years × 10 meetings × 20 items) at 1×, 4× and 16× its size, to show that the rules
//! across meetings (numbering, references, follow-ups) grow linearly, not quadratically.
//! Also case-number parsing and apportionment over 357 municipalities.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::hint::black_box;

use chrono::{Datelike, NaiveDate};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use regionrad::cost::{
    apportion, Budget, CostKey, KeySource, PopulationRow, PopulationTable, PopulationYear,
};
use regionrad::{validate, Council, Meeting};
use serde_json::json;

fn council(municipalities: usize) -> Council {
    let codes: Vec<String> = (0..municipalities)
        .map(|i| format!("{:04}", 6000 + i))
        .collect();
    serde_json::from_value(json!({
        "schema_version": 1, "id": "bench", "name": "Bench",
        "municipalities": codes.iter().map(|c| json!({"code": c, "name": format!("K{c}")})).collect::<Vec<_>>(),
        "bodies": [{"id": "kdu", "name": "KDU", "kind": "administrative", "case_prefix": "KDU", "seats": 20,
                    "members": (0..20).map(|i| json!({"name": format!("Direktør {i}"), "represents": {"municipality": codes[i % codes.len()]},
                                                       "role": "chief_executive", "voting": true})).collect::<Vec<_>>()}]
    }))
    .unwrap()
}

/// A meeting on `date` with `items` items numbered from `first`, each following up the case
/// before it and promising a follow-up, and 20 members present.
fn meeting(date: NaiveDate, first: u32, items: u32) -> Meeting {
    let yy = date.year() % 100;
    serde_json::from_value(json!({
        "schema_version": 1, "council": "bench", "body": "kdu", "date": date.to_string(),
        "start_time": "09:00", "end_time": "15:00", "place": "Orkanger",
        "attendance": (0..20).map(|i| json!({"name": format!("Direktør {i}"), "capacity": "member", "status": "present"})).collect::<Vec<_>>(),
        "agenda": (0..items).map(|i| {
            let n = first + i;
            let mut item = json!({"number": format!("KDU {n}/{yy:02}"), "title": format!("Sak {n}"),
                                  "decision": {"kind": "substantive", "text": "Vedtatt"},
                                  "follow_ups": [{"action": "Sekretariatet følger opp", "due": {"kind": "next_meeting", "body": "kdu"}}]});
            if n > 1 {
                item["references"] = json!([{"number": format!("KDU {}/{yy:02}", n - 1), "kind": "follows_up"}]);
            }
            item
        }).collect::<Vec<_>>()
    }))
    .unwrap()
}

/// `years` years of 10 meetings of 20 items each.
fn archive(years: i32) -> Vec<Meeting> {
    (0..years)
        .flat_map(|y| {
            (0..10u32).map(move |m| {
                let date = NaiveDate::from_ymd_opt(2000 + y, 1 + m, 15).unwrap();
                meeting(date, 1 + m * 20, 20)
            })
        })
        .collect()
}

fn bench_validate(c: &mut Criterion) {
    let council = council(20);
    let today = NaiveDate::from_ymd_opt(2100, 1, 1).unwrap();
    let one = [meeting(
        NaiveDate::from_ymd_opt(2023, 1, 20).unwrap(),
        1,
        60,
    )];
    c.bench_function("validate one meeting (60 items, 20 attendees)", |b| {
        b.iter(|| validate(black_box(&council), black_box(&one), today))
    });
    let mut group = c.benchmark_group("validate archive (items)");
    group.sample_size(10);
    for factor in [1, 4, 16] {
        let meetings = archive(10 * factor);
        let items = meetings.iter().map(|m| m.agenda.len()).sum::<usize>() as u64;
        group.throughput(Throughput::Elements(items));
        group.bench_with_input(
            BenchmarkId::from_parameter(items),
            &meetings,
            |b, meetings| b.iter(|| validate(black_box(&council), black_box(meetings), today)),
        );
    }
    group.finish();
}

fn bench_case_numbers(c: &mut Criterion) {
    let texts = [
        "KDU 72/21",
        "10/ 21",
        "sak 06b/2016",
        "PS 2015/100",
        "rr sak 8/21",
        "090/15.1",
        "KDU 5 /23",
        "12/123",
    ];
    c.bench_function("parse 8 case numbers", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| regionrad::case_number::parse(black_box(t)).is_ok())
                .filter(|ok| *ok)
                .count()
        })
    });
}

fn bench_apportion(c: &mut Criterion) {
    let council = council(357);
    let population = PopulationTable {
        schema_version: 1,
        municipalities: council
            .municipalities
            .iter()
            .enumerate()
            .map(|(i, m)| PopulationRow {
                code: m.code,
                name: None,
                population: [(2023, 500 + (i as u64 * 7919) % 700_000)]
                    .into_iter()
                    .collect(),
            })
            .collect(),
        ..Default::default()
    };
    let budget = Budget {
        schema_version: 1,
        council: "bench".into(),
        year: 2023,
        total_ore: 123_456_789_012,
        settled: vec![],
        key: None,
    };
    let key =
        CostKey::two_part("30/70", "3/10".parse().unwrap(), PopulationYear::BudgetYear).unwrap();
    c.bench_function("apportion over 357 municipalities", |b| {
        b.iter(|| {
            apportion(
                black_box(&council),
                black_box(&budget),
                black_box(&population),
                KeySource::Given(&key),
            )
        })
    });
}

criterion_group!(benches, bench_validate, bench_case_numbers, bench_apportion);
criterion_main!(benches);
