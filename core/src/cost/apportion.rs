//! Splitting a budget between the participants by a cost key, exactly.
//!
//! The method, in order:
//! 1. Amounts settled before the key come off the total: external funding (no
//!    municipality) and payments one municipality makes on its own (host contribution).
//! 2. Each participant's *basis* is its weight (1 unless the key says otherwise) times the
//!    days of the budget year it took part, out of the year's days: members joining or
//!    leaving mid-year pay pro rata **by days**.
//! 3. Fixed parts are taken first: the amount times the basis, for each participant.
//! 4. What is left is split by the equal parts (in proportion to the basis) and the
//!    population parts (in proportion to basis times population), by their fractions.
//! 5. All of this is exact (rationals on i128). Each participant's exact share of the amount
//!    split by the key is then rounded to whole øre by the largest-remainder method: every
//!    share is first rounded down; the øre left over go one each to the shares with the
//!    largest remainders; among equal remainders, to the larger exact share, then to the
//!    larger population, then to the lower municipality code. The rounded shares sum
//!    exactly to the amount, each within one øre of its exact share, whatever the order of
//!    the members, and a larger population never pays less than a smaller one.
//! 6. Each part is rounded the same way within itself for display; the parts of one
//!    municipality can then differ from its rounded total by less than one øre per part.

use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::Serialize;

use super::key::{Budget, CostKey, Fraction, KeyPart};
use super::population::{retirements, ByCode, Figure, PopulationTable};
use super::ratio::Ratio;
use crate::council::{extend, Council, MunicipalityCode, Term};
use crate::document::{check_version, Decoded, Source};
use crate::findings::{Code, Document, Finding, PathSegment, Report, Severity};
use crate::i18n::{Catalog, Lang};
use crate::path;

/// The largest amount in øre the library splits: JavaScript's largest safe integer, so that
/// every binding reads every amount exactly (about kr 90 000 milliarder).
pub const MAX_AMOUNT_ORE: i64 = 9_007_199_254_740_991;

/// One part of one municipality's share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PartShare {
    /// `"fixed"`, `"equal"` or `"population"`.
    pub kind: String,
    /// Rounded within the part, so that each part sums to what the part splits.
    pub amount_ore: i64,
    /// The exact amount, as a fraction of øre (`"2500000/3"`).
    pub exact_ore: String,
}

/// What one municipality pays.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contribution {
    pub municipality: MunicipalityCode,
    pub name: String,
    /// The population the key used, where it has a population part.
    pub population: Option<u64>,
    /// Where the population figure came from when it is not the table's own.
    pub population_note: Option<String>,
    pub weight: String,
    /// Days of the budget year the municipality took part.
    pub days: u32,
    pub parts: Vec<PartShare>,
    /// Its share of the amount split by the key, rounded (largest remainder).
    pub by_key_ore: i64,
    /// The same, exact, as a fraction of øre.
    pub exact_by_key_ore: String,
    /// What it pays on its own, settled before the key.
    pub settled_ore: i64,
    /// `by_key_ore + settled_ore`.
    pub total_ore: i64,
    /// Its share of the amount split by the key, in percent, to three decimals.
    pub share_percent: String,
}

/// A budget split by a key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Apportionment {
    pub council: String,
    pub key: String,
    pub year: i32,
    /// The year whose 1 January population was used, where the key has a population part.
    pub population_year: Option<i32>,
    pub days_in_year: u32,
    pub total_ore: i64,
    /// Paid from outside the participants (external funding).
    pub external_ore: i64,
    /// Paid by single municipalities before the key.
    pub settled_ore: i64,
    /// What the key splits: total less external and settled amounts.
    pub by_key_ore: i64,
    pub contributions: Vec<Contribution>,
}

/// The result: an apportionment when the inputs allow one, and the findings either way.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Apportioned {
    pub apportionment: Option<Apportionment>,
    pub report: Report,
}

/// Where the key came from, for the paths of findings about it.
pub enum KeySource<'a> {
    /// The council's own keys; the budget's `key` names one, else the first.
    Council,
    /// A key given for this run (a scenario), not part of any document.
    Given(&'a CostKey),
}

struct Participant {
    code: MunicipalityCode,
    name: String,
    /// Weight × days in the year, divided by the year's days.
    basis: Ratio,
    weight: Fraction,
    days: u32,
    population: Option<u64>,
    population_note: Option<String>,
}

/// Splits `budget` between the council's participating municipalities by a key.
///
/// ```
/// use regionrad::cost::{apportion, Budget, CostKey, KeySource, PopulationTable, PopulationYear};
/// let council: regionrad::Council = serde_json::from_str(include_str!("../../../fixtures/councils/trondelag-sorvest.json")).unwrap();
/// let population: PopulationTable = serde_json::from_str(include_str!("../../../fixtures/population/ssb-07459-trondelag-sorvest.json")).unwrap();
/// let budget = Budget { schema_version: 1, council: "trondelag-sorvest".into(), year: 2023,
///                       total_ore: 240_000_000, settled: vec![], key: None };
/// let key = CostKey::two_part("30/70", "3/10".parse().unwrap(), PopulationYear::BudgetYear).unwrap();
/// let result = apportion(&council, &budget, &population, KeySource::Given(&key));
/// let split = result.apportionment.unwrap();
/// assert_eq!(split.contributions.iter().map(|c| c.total_ore).sum::<i64>(), 240_000_000);
/// ```
pub fn apportion(
    council: &Council,
    budget: &Budget,
    population: &PopulationTable,
    source: KeySource<'_>,
) -> Apportioned {
    let mut findings = Vec::new();
    let apportionment = split(council, budget, population, source, &mut findings);
    // Every way `split` can give up records why, except an exact step that would not fit in
    // 128 bits: say so rather than return nothing without a word.
    if apportionment.is_none() && !findings.iter().any(|f| f.severity == Severity::Error) {
        overflow(&mut findings);
    }
    let mut report = Report { findings };
    report.sort();
    let report = report.localized(Lang::Nb);
    Apportioned {
        apportionment: if report.has_errors() {
            None
        } else {
            apportionment
        },
        report,
    }
}

/// [`apportion`] of documents as decoded ([`crate::document::decode`]): a council, a
/// budget, a population table, and optionally a key to use instead of the council's (a
/// scenario). A document that did not decode is its `input.invalid` finding in the report,
/// and there is no apportionment.
///
/// ```
/// use regionrad::document::{decode, Source};
///
/// let council = include_str!("../../../fixtures/councils/trondelag-sorvest.json");
/// let population = include_str!("../../../fixtures/population/ssb-07459-trondelag-sorvest.json");
/// let budget = r#"{"schema_version": 1, "council": "trondelag-sorvest", "year": 2023, "total_ore": 240000000}"#;
/// let result = regionrad::cost::apportion_decoded(
///     decode(council, Source::Council),
///     decode(budget, Source::Budget),
///     decode(population, Source::Population),
///     None,
/// );
/// // The council's own key, Agdenesmodellen, lacks its parameters: said, not guessed.
/// assert!(result.apportionment.is_none());
/// assert_eq!(result.report.findings[0].code.as_str(), "cost.key_parameter_missing");
/// ```
pub fn apportion_decoded(
    council: Decoded<Council>,
    budget: Decoded<Budget>,
    population: Decoded<PopulationTable>,
    key: Option<Decoded<CostKey>>,
) -> Apportioned {
    fn taken<T>(decoded: Decoded<T>, findings: &mut Vec<Finding>) -> Option<T> {
        decoded.map_err(|finding| findings.push(finding)).ok()
    }
    let mut findings = Vec::new();
    let council = taken(council, &mut findings);
    let budget = taken(budget, &mut findings);
    let population = taken(population, &mut findings);
    let given: Option<Option<CostKey>> = match key {
        None => Some(None),
        Some(key) => taken(key, &mut findings).map(Some),
    };
    let versions = [
        council
            .as_ref()
            .map(|c| (c.schema_version, Source::Council)),
        budget.as_ref().map(|b| (b.schema_version, Source::Budget)),
        population
            .as_ref()
            .map(|p| (p.schema_version, Source::Population)),
    ];
    // Rendered here, as the decoding findings beside them were where they were made.
    for (version, source) in versions.into_iter().flatten() {
        let finding = check_version(version, source);
        findings.extend(finding.map(|f| f.rendered(Catalog::INPUT, Lang::Nb)));
    }
    let mut result = match (&council, &budget, &population, &given, findings.is_empty()) {
        (Some(c), Some(b), Some(p), Some(g), true) => {
            let source = match g {
                Some(key) => KeySource::Given(key),
                None => KeySource::Council,
            };
            apportion(c, b, p, source)
        }
        _ => Apportioned {
            apportionment: None,
            report: Report::default(),
        },
    };
    result.report.findings.extend(findings);
    result.report.sort();
    result
}

fn budget_finding(code: Code, path: Vec<PathSegment>) -> Finding {
    Finding::on(code, Document::Budget, path)
}

fn overflow(findings: &mut Vec<Finding>) {
    findings.push(budget_finding(
        Code::CostArithmeticOverflow,
        path!["total_ore"],
    ));
}

fn split(
    council: &Council,
    budget: &Budget,
    population: &PopulationTable,
    source: KeySource<'_>,
    findings: &mut Vec<Finding>,
) -> Option<Apportionment> {
    if budget.council != council.id {
        findings.push(
            budget_finding(Code::CostWrongCouncil, path!["council"])
                .param("found", budget.council.as_str())
                .param("expected", council.id.as_str()),
        );
    }
    let (key, key_path, key_document) = choose_key(council, budget, source, findings)?;
    let key_finding = |code: Code, path: Vec<PathSegment>| Finding::on(code, key_document, path);
    check_key(key, &key_path, &key_finding, council, findings);

    for (amount, at) in std::iter::once((budget.total_ore, path!["total_ore"])).chain(
        budget
            .settled
            .iter()
            .enumerate()
            .map(|(i, s)| (s.amount_ore, path!["settled", i, "amount_ore"])),
    ) {
        if amount.unsigned_abs() > MAX_AMOUNT_ORE.unsigned_abs() {
            findings.push(
                budget_finding(Code::CostAmountTooLarge, at)
                    .param("amount", amount)
                    .param("max", MAX_AMOUNT_ORE),
            );
        }
    }
    if budget.total_ore < 0 {
        findings.push(
            budget_finding(Code::CostNegativeAmount, path!["total_ore"])
                .param("amount", budget.total_ore),
        );
    }
    for (i, settlement) in budget.settled.iter().enumerate() {
        if settlement.amount_ore < 0 {
            findings.push(
                budget_finding(Code::CostNegativeAmount, path!["settled", i, "amount_ore"])
                    .param("amount", settlement.amount_ore),
            );
        }
    }
    let settled_total = budget
        .settled
        .iter()
        .try_fold(0i64, |acc, s| acc.checked_add(s.amount_ore));
    let Some(settled_total) = settled_total else {
        overflow(findings);
        return None;
    };
    let by_key = budget.total_ore.checked_sub(settled_total).unwrap_or(-1);
    if by_key < 0 {
        findings.push(
            budget_finding(Code::CostSettledExceedsTotal, path!["settled"])
                .param("settled", settled_total)
                .param("total", budget.total_ore),
        );
    }

    let year = NaiveDate::from_ymd_opt(budget.year, 1, 1)
        .zip(NaiveDate::from_ymd_opt(budget.year, 12, 31))
        .filter(|_| (1800..=2200).contains(&budget.year));
    let Some((year_start, year_end)) = year else {
        findings.push(
            budget_finding(Code::CostYearOutOfRange, path!["year"]).param("year", budget.year),
        );
        return None;
    };
    let days_in_year = year_end.ordinal();
    let population_year = key.population_year.map(|p| p.for_budget(budget.year));
    let needs_population = key
        .parts
        .iter()
        .any(|p| matches!(p, KeyPart::Population { .. }));
    let participants = participants(
        council,
        key,
        (year_start, year_end, days_in_year),
        population_year.filter(|_| needs_population),
        population,
        budget.year,
        findings,
    );
    let anyone_takes_part = council
        .municipalities
        .iter()
        .any(|m| days_within(&m.participation, year_start, year_end) > 0);
    if !anyone_takes_part {
        findings.push(
            budget_finding(Code::CostNoParticipants, path!["year"]).param("year", budget.year),
        );
    }
    for (i, settlement) in budget.settled.iter().enumerate() {
        if let Some(code) = settlement.municipality {
            if !participants.iter().any(|p| p.code == code) {
                findings.push(
                    budget_finding(
                        Code::CostUnknownMunicipality,
                        path!["settled", i, "municipality"],
                    )
                    .param("code", code.as_str()),
                );
            }
        }
    }
    if findings.iter().any(|f| f.severity == Severity::Error) {
        return None;
    }

    let parts = part_amounts(
        key,
        &participants,
        by_key,
        &key_path,
        &key_finding,
        findings,
    )?;
    let totals: Option<Vec<Ratio>> = (0..participants.len())
        .map(|i| {
            parts
                .iter()
                .try_fold(Ratio::ZERO, |acc, part| acc.checked_add(part[i]))
        })
        .collect();
    let Some(totals) = totals else {
        overflow(findings);
        return None;
    };
    let ties: Vec<TieBreak> = participants
        .iter()
        .map(|p| TieBreak {
            population: std::cmp::Reverse(p.population.unwrap_or(0)),
            code: p.code,
        })
        .collect();
    let Some(rounded) = largest_remainder(&totals, i128::from(by_key), &ties) else {
        overflow(findings);
        return None;
    };
    let mut rounded_parts = Vec::with_capacity(parts.len());
    for part in &parts {
        let sum = part
            .iter()
            .try_fold(Ratio::ZERO, |acc, x| acc.checked_add(*x));
        // Each part splits a whole number of øre, except where a fixed part's basis is a
        // fraction of the year: round the part's own sum first.
        let target = sum.map(|s| {
            let (floor, rest) = s.floor_and_fraction();
            if rest
                .checked_mul(Ratio::integer(2))
                .is_some_and(|twice| twice >= Ratio::ONE)
            {
                floor + 1
            } else {
                floor
            }
        });
        match target.and_then(|t| largest_remainder(part, t, &ties)) {
            Some(r) => rounded_parts.push(r),
            None => {
                overflow(findings);
                return None;
            }
        }
    }

    let by_key_ratio = Ratio::integer(i128::from(by_key));
    let mut contributions = Vec::with_capacity(participants.len());
    let mut external = 0i64;
    for settlement in &budget.settled {
        if settlement.municipality.is_none() {
            external = external.saturating_add(settlement.amount_ore);
        }
    }
    for (i, p) in participants.iter().enumerate() {
        let settled: i64 = budget
            .settled
            .iter()
            .filter(|s| s.municipality == Some(p.code))
            .map(|s| s.amount_ore)
            .sum();
        let by_key_ore = i64::try_from(rounded[i]).ok()?;
        let share = if by_key == 0 {
            Ratio::ZERO
        } else {
            totals[i].checked_div(by_key_ratio)?
        };
        contributions.push(Contribution {
            municipality: p.code,
            name: p.name.clone(),
            population: p.population,
            population_note: p.population_note.clone(),
            weight: p.weight.to_string(),
            days: p.days,
            parts: key
                .parts
                .iter()
                .zip(&parts)
                .zip(&rounded_parts)
                .map(|((kind, exact), rounded)| PartShare {
                    kind: kind.kind().to_owned(),
                    amount_ore: i64::try_from(rounded[i]).unwrap_or(i64::MAX),
                    exact_ore: exact[i].to_string(),
                })
                .collect(),
            by_key_ore,
            exact_by_key_ore: totals[i].to_string(),
            settled_ore: settled,
            total_ore: by_key_ore.checked_add(settled)?,
            share_percent: share.checked_mul(Ratio::integer(100))?.to_decimal(3)?,
        });
    }
    Some(Apportionment {
        council: council.id.clone(),
        key: key.name.clone(),
        year: budget.year,
        population_year: population_year.filter(|_| needs_population),
        days_in_year,
        total_ore: budget.total_ore,
        external_ore: external,
        settled_ore: settled_total - external,
        by_key_ore: by_key,
        contributions,
    })
}

fn choose_key<'k>(
    council: &'k Council,
    budget: &Budget,
    source: KeySource<'k>,
    findings: &mut Vec<Finding>,
) -> Option<(&'k CostKey, Vec<PathSegment>, Document)> {
    match source {
        KeySource::Given(key) => Some((key, path!["key"], Document::Budget)),
        KeySource::Council => {
            let found = match &budget.key {
                Some(name) => council.cost_keys.iter().position(|k| &k.name == name),
                None => (!council.cost_keys.is_empty()).then_some(0),
            };
            match found {
                Some(k) => Some((
                    &council.cost_keys[k],
                    path!["cost_keys", k],
                    Document::Council,
                )),
                None => {
                    let known: Vec<&str> =
                        council.cost_keys.iter().map(|k| k.name.as_str()).collect();
                    findings.push(
                        budget_finding(Code::CostNoKey, path!["key"])
                            .param("key", budget.key.as_deref().unwrap_or("–"))
                            .param("known", known.join(", ")),
                    );
                    None
                }
            }
        }
    }
}

/// A key must have every parameter, and its fractions must add up to one.
fn check_key(
    key: &CostKey,
    at: &[PathSegment],
    finding: &dyn Fn(Code, Vec<PathSegment>) -> Finding,
    council: &Council,
    findings: &mut Vec<Finding>,
) {
    let mut sum = Ratio::ZERO;
    let mut shared = false;
    for (i, part) in key.parts.iter().enumerate() {
        if let KeyPart::Equal { fraction } | KeyPart::Population { fraction } = part {
            shared = true;
            match fraction {
                Some(f) => sum = sum.checked_add(f.ratio()).unwrap_or(sum),
                None => {
                    let mut path = extend(at, "parts");
                    path.extend(path![i, "fraction"]);
                    findings.push(
                        finding(Code::CostKeyParameterMissing, path)
                            .param("key", key.name.as_str())
                            .param("parameter", format!("{}_fraction", part.kind())),
                    );
                }
            }
        }
    }
    let all_given = key.parts.iter().all(|p| match p {
        KeyPart::Equal { fraction } | KeyPart::Population { fraction } => fraction.is_some(),
        KeyPart::Fixed { .. } => true,
    });
    if key.parts.is_empty() || (all_given && shared && sum != Ratio::ONE) {
        findings.push(
            finding(Code::CostKeyFractionsDoNotSum, extend(at, "parts"))
                .param("key", key.name.as_str())
                .param("sum", sum.to_string()),
        );
    }
    let has_population = key
        .parts
        .iter()
        .any(|p| matches!(p, KeyPart::Population { .. }));
    if has_population && key.population_year.is_none() {
        findings.push(
            finding(Code::CostKeyParameterMissing, extend(at, "population_year"))
                .param("key", key.name.as_str())
                .param("parameter", "population_year"),
        );
    }
    for (i, weight) in key.weights.iter().enumerate() {
        if council.municipality(weight.municipality).is_none() {
            let mut path = extend(at, "weights");
            path.extend(path![i, "municipality"]);
            findings.push(
                finding(Code::CostUnknownMunicipality, path)
                    .param("code", weight.municipality.as_str()),
            );
        }
    }
}

/// The days of `[start, end]` within `term`, both ends included.
fn days_within(term: &Term, start: NaiveDate, end: NaiveDate) -> u32 {
    let from = term.from.map_or(start, |f| f.max(start));
    let to = term.to.map_or(end, |t| t.min(end));
    if to < from {
        0
    } else {
        u32::try_from((to - from).num_days() + 1).unwrap_or(0)
    }
}

fn participants(
    council: &Council,
    key: &CostKey,
    (start, end, days_in_year): (NaiveDate, NaiveDate, u32),
    population_year: Option<i32>,
    population: &PopulationTable,
    budget_year: i32,
    findings: &mut Vec<Finding>,
) -> Vec<Participant> {
    let mut out = Vec::new();
    let population = ByCode::new(population);
    for (i, municipality) in council.municipalities.iter().enumerate() {
        let days = days_within(&municipality.participation, start, end);
        if days == 0 {
            continue;
        }
        let code = municipality.code;
        let at = path!["municipalities", i, "code"];
        let retired = retirements(code.as_str(), budget_year);
        if !retired.is_empty() {
            let replaced_by: Vec<&str> = retired.iter().map(|c| c.new).collect();
            findings.push(
                Finding::council(Code::PopulationRetiredCode, at.clone())
                    .param("code", code.as_str())
                    .param("name", municipality.name.as_str())
                    .param("replaced_by", replaced_by.join(", "))
                    .param("since", retired[0].year)
                    .param(
                        "exact",
                        retired.iter().all(|c| c.exact) && replaced_by.len() == 1,
                    ),
            );
            continue;
        }
        let (people, note) = match population_year {
            None => (None, None),
            Some(year) => match population.figure(code.as_str(), year) {
                Figure::Found(n) => (Some(n), None),
                Figure::Derived {
                    population: n,
                    from,
                } => {
                    findings.push(
                        Finding::council(Code::PopulationDerivedFromPredecessors, at.clone())
                            .param("code", code.as_str())
                            .param("year", year)
                            .param("from", from.join(" + ")),
                    );
                    (Some(n), Some(format!("{} + ({year})", from.join(" + "))))
                }
                Figure::Missing => {
                    findings.push(
                        Finding::council(Code::PopulationMissing, at.clone())
                            .param("code", code.as_str())
                            .param("name", municipality.name.as_str())
                            .param("year", year),
                    );
                    continue;
                }
            },
        };
        let weight = key
            .weights
            .iter()
            .find(|w| w.municipality == code)
            .map_or(Fraction::one(), |w| w.weight);
        let basis = Ratio::new(i128::from(days), i128::from(days_in_year))
            .and_then(|t| t.checked_mul(weight.ratio()))
            .unwrap_or(Ratio::ZERO);
        out.push(Participant {
            code,
            name: municipality.name.clone(),
            basis,
            weight,
            days,
            population: people,
            population_note: note,
        });
    }
    out
}

/// The exact amount of each part for each participant, in the key's order of parts.
fn part_amounts(
    key: &CostKey,
    participants: &[Participant],
    by_key: i64,
    at: &[PathSegment],
    finding: &dyn Fn(Code, Vec<PathSegment>) -> Finding,
    findings: &mut Vec<Finding>,
) -> Option<Vec<Vec<Ratio>>> {
    let amount = Ratio::integer(i128::from(by_key));
    let mut parts: Vec<Vec<Ratio>> = vec![Vec::new(); key.parts.len()];
    // Fixed parts first.
    let mut fixed_total = Ratio::ZERO;
    for (k, part) in key.parts.iter().enumerate() {
        if let KeyPart::Fixed { amount_ore } = part {
            for p in participants {
                let share = Ratio::integer(i128::from(*amount_ore)).checked_mul(p.basis);
                let Some(share) = share else {
                    overflow(findings);
                    return None;
                };
                fixed_total = fixed_total.checked_add(share).unwrap_or(fixed_total);
                parts[k].push(share);
            }
        }
    }
    let Some(remainder) = amount.checked_sub(fixed_total).filter(|r| !r.is_negative()) else {
        findings.push(
            finding(Code::CostFixedExceedsAmount, extend(at, "parts"))
                .param("fixed", fixed_total.to_decimal(2).unwrap_or_default())
                .param("amount", by_key),
        );
        return None;
    };
    let has_share_parts = key
        .parts
        .iter()
        .any(|p| !matches!(p, KeyPart::Fixed { .. }));
    if !has_share_parts && !remainder.is_zero() {
        findings.push(
            finding(Code::CostKeyFractionsDoNotSum, extend(at, "parts"))
                .param("key", key.name.as_str())
                .param("sum", "0"),
        );
        return None;
    }
    for (k, part) in key.parts.iter().enumerate() {
        let (fraction, by_population) = match part {
            KeyPart::Equal { fraction } => (*fraction, false),
            KeyPart::Population { fraction } => (*fraction, true),
            KeyPart::Fixed { .. } => continue,
        };
        let fraction = fraction?.ratio();
        let weights: Option<Vec<Ratio>> = participants
            .iter()
            .map(|p| match by_population {
                false => Some(p.basis),
                true => p
                    .basis
                    .checked_mul(Ratio::integer(i128::from(p.population.unwrap_or(0)))),
            })
            .collect();
        let Some(weights) = weights else {
            overflow(findings);
            return None;
        };
        let sum = weights
            .iter()
            .try_fold(Ratio::ZERO, |acc, w| acc.checked_add(*w));
        let Some(sum) = sum else {
            overflow(findings);
            return None;
        };
        let split = remainder.checked_mul(fraction);
        if sum.is_zero() {
            if split.is_some_and(|s| !s.is_zero()) {
                let mut path = extend(at, "parts");
                path.push(PathSegment::Index(k));
                findings.push(finding(Code::CostZeroBasis, path).param("part", part.kind()));
                return None;
            }
            parts[k] = vec![Ratio::ZERO; participants.len()];
            continue;
        }
        let shares: Option<Vec<Ratio>> = weights
            .iter()
            .map(|w| split?.checked_mul(*w)?.checked_div(sum))
            .collect();
        match shares {
            Some(shares) => parts[k] = shares,
            None => {
                overflow(findings);
                return None;
            }
        }
    }
    Some(parts)
}

/// Who is first in line for a leftover øre when remainders tie: the larger population,
/// then the lower municipality code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct TieBreak {
    population: std::cmp::Reverse<u64>,
    code: MunicipalityCode,
}

/// Rounds `exact` shares to integers that sum to `target`: floors first, then one more to
/// the largest remainders; ties go to the larger exact share, then by `ties`.
/// `None` when the target cannot be met from these shares (they do not sum to it within
/// the number of shares) or on overflow.
pub(crate) fn largest_remainder(
    exact: &[Ratio],
    target: i128,
    ties: &[TieBreak],
) -> Option<Vec<i128>> {
    let mut rounded: Vec<i128> = Vec::with_capacity(exact.len());
    let mut remainders: Vec<(Ratio, Ratio, TieBreak, usize)> = Vec::with_capacity(exact.len());
    for (i, share) in exact.iter().enumerate() {
        let (floor, rest) = share.floor_and_fraction();
        rounded.push(floor);
        remainders.push((rest, *share, *ties.get(i)?, i));
    }
    let floors: i128 = rounded
        .iter()
        .try_fold(0i128, |acc, x| acc.checked_add(*x))?;
    let left = target.checked_sub(floors)?;
    if left < 0 || left > exact.len() as i128 {
        return None;
    }
    remainders.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    for (_, _, _, i) in remainders.iter().take(usize::try_from(left).ok()?) {
        rounded[*i] += 1;
    }
    Some(rounded)
}
