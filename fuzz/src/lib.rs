//! What each fuzz target checks, for any input: nothing panics, and the properties that hold
//! for every input hold for this one. The targets in `fuzz_targets/` call these; the core's
//! test `fuzz_regressions` runs them over `fixtures/fuzz/<target>/`, where every input a
//! fuzz run found failing is kept.
#![forbid(unsafe_code)]

use std::collections::BTreeSet;
use std::sync::OnceLock;

use arbitrary::{Arbitrary, Unstructured};
use chrono::NaiveDate;
use regionrad::cost::{
    apportion as split, apportion_decoded, Budget, CostKey, KeySource, PopulationRow,
    PopulationTable, PopulationYear,
};
use regionrad::document::{decode, Source};
use regionrad::{bundled, minutes, Council, Lang, Municipality};

/// The day validation counts from: after every meeting of the fixtures.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 2, 1).unwrap_or_default()
}

/// The bundled council, decoded once.
fn council() -> &'static Council {
    static COUNCIL: OnceLock<Council> = OnceLock::new();
    COUNCIL.get_or_init(|| {
        regionrad::decode_council(bundled::TRONDELAG_SORVEST_COUNCIL)
            .unwrap_or_else(|f| panic!("the bundled council decodes: {}", f.message))
    })
}

/// Case numbers: a number that parses is written in a form that parses to the same number.
pub fn case_number(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(number) = regionrad::case_number::parse(&text) {
        let written = number.to_string();
        assert_eq!(
            regionrad::case_number::parse(&written),
            Ok(number),
            "{text:?} parsed, was written as {written:?}"
        );
    }
}

/// Minutes text: reading it, writing the meeting read and reading that again, validating
/// and redacting it never panic. With `REGIONRAD_FUZZ_ROUND_TRIP` set, also what was read
/// reads back the same once written. The tests' short runs leave that off: free text is
/// fenced where it would read as structure, but text mangled at random may still find a
/// structured field that reads back differently, and the tests should not fail on a form
/// nobody has fixed yet. Keep such an input as `fixtures/fuzz/read_minutes/open-*.txt`
/// until it is fixed, then as `round-trip-*.txt`, which `core/tests/minutes.rs` writes and
/// reads back.
pub fn read_minutes(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let reading = minutes::read(&text, Some(council()));
    let redaction = regionrad::redact::redact_meeting(&reading.meeting);
    assert_eq!(
        redaction.counts.emails
            + redaction.counts.phones
            + redaction.counts.national_identity_numbers,
        redaction
            .withheld
            .iter()
            .filter(|w| w.kind != regionrad::redact::WithheldKind::ClosedItem)
            .count()
    );
    let _ = regionrad::validate(council(), std::slice::from_ref(&reading.meeting), today());
    let Ok(written) = minutes::write(&reading.meeting, Some(council()), Lang::Nb) else {
        return;
    };
    let mut back = minutes::read(&written, Some(council())).meeting;
    if check_round_trip() {
        // Unplaced text is written last, at new lines: its text must be the same.
        for (block, before) in back.unplaced.iter_mut().zip(&reading.meeting.unplaced) {
            block.span = before.span;
        }
        assert_eq!(reading.meeting, back, "--- written ---\n{written}");
    }
}

/// Whether `REGIONRAD_FUZZ_ROUND_TRIP` is set (read once).
fn check_round_trip() -> bool {
    static SET: OnceLock<bool> = OnceLock::new();
    *SET.get_or_init(|| std::env::var_os("REGIONRAD_FUZZ_ROUND_TRIP").is_some())
}

/// Meeting JSON: validation, presence and the register give findings, never a panic; a
/// meeting that decodes encodes to JSON that decodes to the same meeting.
pub fn meeting_json(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let decoded = regionrad::decode_meeting(text, 0);
    let prepared = regionrad::PreparedCouncil::new(council().clone());
    let _ = prepared.validate_decoded([decoded.clone()], today());
    if let Ok(meeting) = decoded {
        let _ = regionrad::quorum::presence(council(), &meeting);
        let _ = regionrad::followup::register(council(), std::slice::from_ref(&meeting), today());
        let encoded = serde_json::to_string(&meeting).unwrap_or_default();
        match regionrad::decode_meeting(&encoded, 0) {
            Ok(again) => assert_eq!(again, meeting, "{encoded}"),
            Err(finding) => panic!("{encoded}\ndoes not decode: {}", finding.message),
        }
    }
}

/// What the apportionment target is given: a split built from numbers, or documents as text.
#[derive(Debug, Arbitrary)]
enum ApportionInput {
    /// Municipalities (code from 6000 up, population) sharing a total by an equal part p/q
    /// and the rest by population.
    Split {
        total_ore: i64,
        equal: (u8, u8),
        members: Vec<(u16, u32)>,
    },
    /// A budget, a population table and a key as JSON, with the bundled council.
    Documents {
        budget: String,
        population: String,
        key: Option<String>,
    },
}

/// Apportionment: shares sum exactly to what the key splits and each is within one øre of
/// its exact share; where no split is given, the report says why with an error.
pub fn apportion(data: &[u8]) {
    let Ok(input) = ApportionInput::arbitrary_take_rest(Unstructured::new(data)) else {
        return;
    };
    let result = match input {
        ApportionInput::Split {
            total_ore,
            equal: (p, q),
            members,
        } => {
            let Ok(equal) = format!("{}/{}", p.min(q), q.max(1)).parse() else {
                return;
            };
            let Some(key) = CostKey::two_part("k", equal, PopulationYear::BudgetYear) else {
                return;
            };
            let (council, population) = members_of(&members);
            let budget = Budget::new(&council.id, 2023, total_ore);
            split(&council, &budget, &population, KeySource::Given(&key))
        }
        ApportionInput::Documents {
            budget,
            population,
            key,
        } => apportion_decoded(
            Ok(council().clone()),
            decode(&budget, Source::Budget),
            decode(&population, Source::Population),
            key.map(|k| decode(&k, Source::Key)),
        ),
    };
    match result.apportionment {
        Some(split) => {
            let sum: i64 = split.contributions.iter().map(|c| c.by_key_ore).sum();
            assert_eq!(sum, split.by_key_ore, "shares do not sum");
            for c in &split.contributions {
                assert!(
                    within_one_ore(c.by_key_ore, &c.exact_by_key_ore),
                    "{} is not within one øre of {}",
                    c.by_key_ore,
                    c.exact_by_key_ore
                );
            }
        }
        None => assert!(
            result.report.has_errors(),
            "no split and no error: {:?}",
            result.report.findings
        ),
    }
}

/// A council and a population table of 2023 for the given municipalities (codes made
/// distinct and four-digit from 6000 up: no reform retired those).
fn members_of(members: &[(u16, u32)]) -> (Council, PopulationTable) {
    let mut seen = BTreeSet::new();
    let mut municipalities = Vec::new();
    let mut rows = Vec::new();
    for &(code, people) in members {
        let code = 6000 + code % 4000;
        if !seen.insert(code) {
            continue;
        }
        let Ok(code) = format!("{code:04}").parse() else {
            continue;
        };
        municipalities.push(Municipality::new(code, &format!("K{code}")));
        rows.push(PopulationRow::new(code, [(2023, u64::from(people))].into()));
    }
    let mut council = Council::new("fuzz", "Fuzz");
    council.municipalities = municipalities;
    let table = PopulationTable::new(rows);
    (council, table)
}

/// `|rounded − n/d| < 1`, that is `|rounded·d − n| < d`, for `exact` written `"n/d"` or `"n"`.
fn within_one_ore(rounded: i64, exact: &str) -> bool {
    let (n, d) = exact.split_once('/').unwrap_or((exact, "1"));
    match (n.parse::<i128>(), d.parse::<i128>()) {
        (Ok(n), Ok(d)) if d > 0 => (i128::from(rounded) * d - n).abs() < d,
        _ => false,
    }
}
