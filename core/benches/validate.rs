//! Validation speed: one meeting of 60 items and 20 attendees, and a council's archive
//! (10 years × 10 meetings × 20 items) at 1×, 4× and 16× its size, to show that the rules
//! across meetings (numbering, references, follow-ups) grow linearly, not quadratically.
//! Also reading minutes text (MB/s over the seeds, the fixture minutes and a generated file
//! of 1 MB and 4 MB), case-number parsing and apportionment over 357 municipalities.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::hint::black_box;

use chrono::{Datelike, NaiveDate};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use regionrad::cost::{
    apportion, Budget, CostKey, KeySource, PopulationRow, PopulationTable, PopulationYear,
    PreparedKey,
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
    let population = PopulationTable::new(
        council
            .municipalities
            .iter()
            .enumerate()
            .map(|(i, m)| {
                PopulationRow::new(m.code, [(2023, 500 + (i as u64 * 7919) % 700_000)].into())
            })
            .collect(),
    );
    let budget = Budget::new("bench", 2023, 123_456_789_012);
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
    let prepared = PreparedKey::new(&council, 2023, &population, KeySource::Given(&key)).unwrap();
    c.bench_function("split over 357 municipalities, key prepared", |b| {
        b.iter(|| prepared.split_ore(black_box(123_456_789_012)))
    });
}

/// Minutes of `items` items in the seeds' style: a table of attendance, then items with
/// case officer, background, proposal, decision with points and references.
fn generated_minutes(items: u32) -> String {
    let mut text = String::from("Referat\n\nUtvalg: KDU\nDato: 20. januar 2023\nSted: Teams\nTidspunkt: 0900-1100\n\nDeltaker\tRolle\tTil stede / ikke til stede\n");
    for i in 0..20 {
        text.push_str(&format!("Direktør {i}\tKommunedirektør, Kommune {i}\tx\n"));
    }
    for n in 1..=items {
        text.push_str(&format!(
            "\nKDU {n}/23 – Sak nummer {n}\n\nSaksbehandler: Kari Frøseth\n\nBakgrunn for saken:\n\n\
             Saken bygger på vedtak i regionrådet 12. januar 2023 og rr sak {n}/22. Det er flere forhold å ta stilling til.\n\n\
             Forslag til vedtak:\n\nSaken tas til orientering.\n\nVedtak:\n\n\
             - Sekretariatet følger opp i samarbeid med helselederforum innen 1. mars.\n\
             - Saken legges fram for AU 3. februar.\n"
        ));
    }
    text
}

fn bench_read_minutes(c: &mut Criterion) {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures");
    let council: Council = serde_json::from_str(
        &std::fs::read_to_string(fixtures.join("councils/trondelag-sorvest.json")).unwrap(),
    )
    .unwrap();
    let mut texts: Vec<(String, String)> = Vec::new();
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds");
    for seed in [
        "000_d878fcb9e3f002b8.txt",
        "001_05375f09446a7c27.txt",
        "002_5bf35c0e7693fa5c.txt",
    ] {
        match std::fs::read_to_string(seeds.join(seed)) {
            Ok(text) => texts.push((format!("seed {}", &seed[..3]), text)),
            Err(_) => eprintln!("skipped seed {seed}: ../shared/seeds is not here"),
        }
    }
    for fixture in ["rr-2022-06-10-prose.txt", "au-2022-09-21-grouped.txt"] {
        let text = std::fs::read_to_string(fixtures.join("minutes").join(fixture)).unwrap();
        texts.push((fixture.to_owned(), text));
    }
    for items in [2_500, 10_000] {
        let text = generated_minutes(items);
        texts.push((format!("generated {:.1} MB", text.len() as f64 / 1e6), text));
    }
    let mut group = c.benchmark_group("read_minutes");
    for (name, text) in &texts {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, text| {
            b.iter(|| regionrad::minutes::read(black_box(text), Some(&council)))
        });
    }
    group.finish();
}

criterion_group!(
    benches,
    bench_validate,
    bench_read_minutes,
    bench_case_numbers,
    bench_apportion
);
criterion_main!(benches);
