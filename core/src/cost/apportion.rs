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
//! 5. All of this is exact: integers over one common denominator where they fit in 128
//!    bits, else rationals reduced at every step. Each participant's exact share of the amount
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
use super::shares::{give_leftover, Measures, Refusal, Terms, WeightPart, Weights};
use crate::council::{extend, Council, MunicipalityCode, Term};
use crate::document::{check_version, Decoded, Source};
use crate::error::Error;
use crate::findings::{Code, Document, Finding, PathSegment, Report, Severity};
use crate::i18n::{Catalog, Lang};
use crate::path;
use std::cmp::Reverse;

/// The largest amount in øre the library splits: JavaScript's largest safe integer, so that
/// every binding reads every amount exactly (about kr 90 000 milliarder).
pub const MAX_AMOUNT_ORE: i64 = 9_007_199_254_740_991;

/// One part of one municipality's share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
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
#[non_exhaustive]
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
    /// Its share of the amount split by the key, in percent, to three decimals; the shares
    /// of a split add up to exactly `100.000` (largest remainder in thousandths).
    pub share_percent: String,
}

/// A budget split by a key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
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
#[non_exhaustive]
pub struct Apportioned {
    pub apportionment: Option<Apportionment>,
    pub report: Report,
}

/// Where the key came from, for the paths of findings about it.
pub enum KeySource<'a> {
    /// The council's own keys; the budget's `key` names one, else the first.
    Council,
    /// The council's own key of this name, whatever the budget names.
    Named(&'a str),
    /// A key given for this run (a scenario), not part of any document.
    Given(&'a CostKey),
}

#[derive(Debug, Clone)]
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
/// let budget = Budget::new("trondelag-sorvest", 2023, 240_000_000);
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
    let mut findings = Vec::new();
    let council = taken(council, &mut findings);
    let budget = taken(budget, &mut findings);
    let population = taken(population, &mut findings);
    let given: Option<Option<CostKey>> = match key {
        None => Some(None),
        Some(key) => taken(key, &mut findings).map(Some),
    };
    versions_checked(
        [
            council
                .as_ref()
                .map(|c| (c.schema_version, Source::Council)),
            budget.as_ref().map(|b| (b.schema_version, Source::Budget)),
            population
                .as_ref()
                .map(|p| (p.schema_version, Source::Population)),
        ],
        &mut findings,
    );
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

/// A document as decoded, or its finding.
fn taken<T>(decoded: Decoded<T>, findings: &mut Vec<Finding>) -> Option<T> {
    decoded.map_err(|finding| findings.push(finding)).ok()
}

/// The findings of documents of a schema version the library does not read, rendered as
/// the decoding findings beside them were where they were made.
fn versions_checked<const N: usize>(
    versions: [Option<(u32, Source)>; N],
    findings: &mut Vec<Finding>,
) {
    for (version, source) in versions.into_iter().flatten() {
        let finding = check_version(version, source);
        findings.extend(finding.map(|f| f.rendered(Catalog::INPUT, Lang::Nb)));
    }
}

fn budget_finding(code: Code, path: Vec<PathSegment>) -> Finding {
    Finding::on(code, Document::Budget, path)
}

fn overflow_finding() -> Finding {
    budget_finding(Code::CostArithmeticOverflow, path!["total_ore"])
}

fn overflow(findings: &mut Vec<Finding>) {
    findings.push(overflow_finding());
}

/// A key made ready to split amounts between a council's participants in one budget
/// year: who takes part, for how many days, with which population, and the key's weights
/// for them in integers over one denominator. Prepared once, each split is a
/// multiplication, a division and a selection per participant, with no text: what
/// [`apportion`] writes for the audit trail (exact shares as fractions, percentages, each
/// part) is left to it.
///
/// ```
/// use regionrad::cost::{Fraction, KeySource, PopulationTable, PreparedKey};
/// let council: regionrad::Council = serde_json::from_str(include_str!("../../../fixtures/councils/trondelag-sorvest.json")).unwrap();
/// let population: PopulationTable = serde_json::from_str(include_str!("../../../fixtures/population/ssb-07459-trondelag-sorvest.json")).unwrap();
/// let key = regionrad::cost::CostKey::two_part("30/70", "3/10".parse().unwrap(),
///     regionrad::cost::PopulationYear::BudgetYear).unwrap();
/// let prepared = PreparedKey::new(&council, 2023, &population, KeySource::Given(&key)).unwrap();
/// let shares = prepared.split_ore(240_000_000).unwrap();
/// assert_eq!(shares.iter().sum::<i64>(), 240_000_000);
/// // Every equal share from 0 % to 100 % in one call, each split exactly.
/// let fractions: Vec<Fraction> = (0..=100).map(|p| format!("{p}/100").parse().unwrap()).collect();
/// let sweep = prepared.sweep_equal(240_000_000, &fractions).unwrap();
/// assert!(sweep.iter().all(|split| split.as_ref().unwrap().iter().sum::<i64>() == 240_000_000));
/// assert_eq!(sweep[30].as_ref().unwrap(), &shares);
/// ```
#[derive(Debug, Clone)]
pub struct PreparedKey {
    key: CostKey,
    key_path: Vec<PathSegment>,
    key_document: Document,
    year: i32,
    days_in_year: u32,
    population_year: Option<i32>,
    participants: Vec<Participant>,
    ground: Ground,
    split: Split,
    ties: Vec<TieBreak>,
    findings: Vec<Finding>,
}

/// What a split needs of the participants whatever the key's fractions: the terms that
/// say whether an amount can be split, and the measures over one denominator where they
/// fit in 128 bits.
#[derive(Debug, Clone)]
struct Ground {
    terms: Terms,
    measures: Option<Measures>,
}

/// A key's parts for its participants, ready to split: their weights over one denominator
/// where they fit in 128 bits, else each split is done in fractions reduced at every step,
/// exactly as well.
#[derive(Debug, Clone)]
struct Split {
    parts: Vec<WeightPart>,
    weights: Option<Weights>,
}

impl Ground {
    /// `None` when what the fixed parts take does not fit in 128 bits.
    fn new(parts: &[WeightPart], participants: &[Participant]) -> Option<Ground> {
        let bases: Vec<Ratio> = participants.iter().map(|p| p.basis).collect();
        let populations: Vec<u64> = participants
            .iter()
            .map(|p| p.population.unwrap_or(0))
            .collect();
        Some(Ground {
            terms: Terms::new(parts, &bases, &populations)?,
            measures: Measures::new(&bases, &populations),
        })
    }

    fn split(&self, parts: Vec<WeightPart>) -> Split {
        Split {
            weights: self.measures.as_ref().and_then(|m| Weights::new(&parts, m)),
            parts,
        }
    }

    /// `amount` split by `split`, in whole øre per participant, by the largest remainder.
    fn rounded(
        &self,
        split: &Split,
        participants: &[Participant],
        ties: &[TieBreak],
        amount: i64,
    ) -> Result<Vec<i128>, Refusal> {
        self.terms.check(amount, &split.parts)?;
        let target = i128::from(amount);
        let exact = self
            .measures
            .as_ref()
            .zip(split.weights.as_ref())
            .and_then(|(measures, weights)| weights.exact(measures, amount));
        match exact {
            Some(exact) => exact.rounded(target, ties),
            None => part_amounts(&split.parts, participants, amount)
                .and_then(|parts| totals(&parts, participants.len()))
                .and_then(|totals| largest_remainder(&totals, target, ties)),
        }
        .ok_or(Refusal::Overflow)
    }
}

/// The key's parts as the split weighs them; `None` for a part without its fraction (a
/// finding of `check_key`).
fn weight_parts(key: &CostKey) -> Option<Vec<WeightPart>> {
    key.parts
        .iter()
        .map(|part| match part {
            KeyPart::Fixed { amount_ore } => Some(WeightPart::Fixed(i128::from(*amount_ore))),
            KeyPart::Equal { fraction } => Some(WeightPart::Shared {
                fraction: fraction.as_ref()?.ratio(),
                by_population: false,
            }),
            KeyPart::Population { fraction } => Some(WeightPart::Shared {
                fraction: fraction.as_ref()?.ratio(),
                by_population: true,
            }),
        })
        .collect()
}

/// Each participant's share: the sum of its parts.
fn totals(parts: &[Vec<Ratio>], participants: usize) -> Option<Vec<Ratio>> {
    (0..participants)
        .map(|i| {
            parts
                .iter()
                .try_fold(Ratio::ZERO, |acc, part| acc.checked_add(*part.get(i)?))
        })
        .collect()
}

impl PreparedKey {
    /// `source`'s key (the council's first, for [`KeySource::Council`]) prepared for the
    /// council's participants in budget year `year`, with their populations from
    /// `population` where the key has a population part.
    ///
    /// # Errors
    /// The report of why the key cannot split for that year (a key without its
    /// parameters, a year out of range, a population missing, no participants, …), in
    /// bokmål.
    pub fn new(
        council: &Council,
        year: i32,
        population: &PopulationTable,
        source: KeySource<'_>,
    ) -> Result<PreparedKey, Report> {
        let mut findings = Vec::new();
        let prepared = prepare(council, year, population, source, &mut findings);
        match prepared {
            Some(mut prepared) if !has_errors(&findings) => {
                prepared.findings = localized(findings).findings;
                Ok(prepared)
            }
            _ => {
                if !has_errors(&findings) {
                    overflow(&mut findings);
                }
                Err(localized(findings))
            }
        }
    }

    /// [`PreparedKey::new`] of documents as decoded ([`crate::document::decode`]): a
    /// council, a population table, and optionally a key to use instead of the council's
    /// (else the council's key named `key_name`, else its first).
    ///
    /// # Errors
    /// The report of a document that did not decode, or is of a schema version the
    /// library does not read, or of why the key cannot split for that year.
    pub fn from_decoded(
        council: Decoded<Council>,
        population: Decoded<PopulationTable>,
        year: i32,
        key: Option<Decoded<CostKey>>,
        key_name: Option<&str>,
    ) -> Result<PreparedKey, Report> {
        let mut findings = Vec::new();
        let council = taken(council, &mut findings);
        let population = taken(population, &mut findings);
        let given = key.map(|key| taken(key, &mut findings));
        versions_checked(
            [
                council
                    .as_ref()
                    .map(|c| (c.schema_version, Source::Council)),
                population
                    .as_ref()
                    .map(|p| (p.schema_version, Source::Population)),
            ],
            &mut findings,
        );
        match (&council, &population, &given) {
            (Some(council), Some(population), None) if findings.is_empty() => {
                let source = key_name.map_or(KeySource::Council, KeySource::Named);
                PreparedKey::new(council, year, population, source)
            }
            (Some(council), Some(population), Some(Some(key))) if findings.is_empty() => {
                PreparedKey::new(council, year, population, KeySource::Given(key))
            }
            _ => Err(localized(findings)),
        }
    }

    /// What preparing found that does not stop a split: populations derived from the
    /// predecessors of a merged municipality, say.
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// The participants, in the order of every split's shares.
    pub fn municipalities(&self) -> impl Iterator<Item = MunicipalityCode> + '_ {
        self.participants.iter().map(|p| p.code)
    }

    /// `amount_ore` split by the key: each participant's share in whole øre, in the order
    /// of [`PreparedKey::municipalities`], summing exactly to the amount (the largest
    /// remainder, as [`apportion`] rounds).
    ///
    /// # Errors
    /// The report of why the amount cannot be split: negative, beyond
    /// [`MAX_AMOUNT_ORE`], less than the key's fixed parts.
    pub fn split_ore(&self, amount_ore: i64) -> Result<Vec<i64>, Report> {
        self.split_with(&self.split, amount_ore)
    }

    /// `amount_ore` split once for each equal fraction in `equal_fractions`, the
    /// population part taking the rest (a chart of every key from 0 % to 100 % equal, in
    /// one call). For a key of one equal part and one population part, besides fixed
    /// parts.
    ///
    /// Each split is its own result: a key of the sweep may fail where another does not
    /// (a population part with no population splits nothing but at 100 % equal), and the
    /// report says why, as for [`PreparedKey::split_ore`].
    ///
    /// # Errors
    /// [`Error::InvalidArgument`] for a key without exactly one equal and one population
    /// part, or a fraction above one.
    #[allow(clippy::type_complexity)]
    pub fn sweep_equal(
        &self,
        amount_ore: i64,
        equal_fractions: &[Fraction],
    ) -> Result<Vec<Result<Vec<i64>, Report>>, Error> {
        let count = |kind: &str| self.key.parts.iter().filter(|p| p.kind() == kind).count();
        if count("equal") != 1 || count("population") != 1 {
            return Err(Error::InvalidArgument(format!(
                "the key {} has not one equal part and one population part to sweep",
                self.key.name
            )));
        }
        equal_fractions
            .iter()
            .map(|equal| {
                let population = equal.complement().ok_or_else(|| {
                    Error::InvalidArgument(format!("the equal fraction {equal} is above one"))
                })?;
                let parts: Vec<WeightPart> = self
                    .split
                    .parts
                    .iter()
                    .map(|part| match part {
                        WeightPart::Shared { by_population, .. } => WeightPart::Shared {
                            fraction: match by_population {
                                false => equal.ratio(),
                                true => population.ratio(),
                            },
                            by_population: *by_population,
                        },
                        fixed @ WeightPart::Fixed(_) => *fixed,
                    })
                    .collect();
                Ok(self.split_with(&self.ground.split(parts), amount_ore))
            })
            .collect()
    }

    fn split_with(&self, split: &Split, amount_ore: i64) -> Result<Vec<i64>, Report> {
        let mut findings = Vec::new();
        amount_findings(amount_ore, path!["total_ore"], &mut findings);
        if has_errors(&findings) {
            return Err(localized(findings));
        }
        let rounded = self
            .ground
            .rounded(split, &self.participants, &self.ties, amount_ore)
            .map_err(|refusal| self.refusal_finding(refusal, amount_ore))?;
        rounded
            .into_iter()
            .map(|x| i64::try_from(x).ok())
            .collect::<Option<_>>()
            .ok_or_else(|| localized(vec![overflow_finding()]))
    }

    /// The finding of a key that cannot split `amount`, at the key's parts.
    fn refusal_finding(&self, refusal: Refusal, amount: i64) -> Report {
        localized(vec![self.refusal(refusal, amount)])
    }

    fn refusal(&self, refusal: Refusal, amount: i64) -> Finding {
        let parts = extend(&self.key_path, "parts");
        let finding = |code| Finding::on(code, self.key_document, parts.clone());
        match refusal {
            Refusal::FixedExceedsAmount(fixed) => finding(Code::CostFixedExceedsAmount)
                .param("fixed", fixed.to_decimal(2).unwrap_or_default())
                .param("amount", amount),
            Refusal::NothingSharesTheRest => finding(Code::CostKeyFractionsDoNotSum)
                .param("key", self.key.name.as_str())
                .param("sum", "0"),
            Refusal::ZeroBasis(k) => {
                let mut path = parts.clone();
                path.push(PathSegment::Index(k));
                Finding::on(Code::CostZeroBasis, self.key_document, path)
                    .param("part", self.key.parts.get(k).map_or("", KeyPart::kind))
            }
            Refusal::Overflow => overflow_finding(),
        }
    }
}

fn has_errors(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.severity == Severity::Error)
}

fn localized(findings: Vec<Finding>) -> Report {
    let mut report = Report { findings };
    report.sort();
    report.localized(Lang::Nb)
}

/// An amount in øre that the split cannot take: negative, or beyond [`MAX_AMOUNT_ORE`].
fn amount_findings(amount: i64, at: Vec<PathSegment>, findings: &mut Vec<Finding>) {
    if amount.unsigned_abs() > MAX_AMOUNT_ORE.unsigned_abs() {
        findings.push(
            budget_finding(Code::CostAmountTooLarge, at.clone())
                .param("amount", amount)
                .param("max", MAX_AMOUNT_ORE),
        );
    }
    if amount < 0 {
        findings.push(budget_finding(Code::CostNegativeAmount, at).param("amount", amount));
    }
}

/// `source`'s key chosen, checked, and prepared for the participants of `year`. `None`
/// when it cannot be: the findings say why, except for an exact step that would not fit in
/// 128 bits.
fn prepare(
    council: &Council,
    year: i32,
    population: &PopulationTable,
    source: KeySource<'_>,
    findings: &mut Vec<Finding>,
) -> Option<PreparedKey> {
    let (key, key_path, key_document) = choose_key(council, source, findings)?;
    let key_finding = |code: Code, path: Vec<PathSegment>| Finding::on(code, key_document, path);
    check_key(key, &key_path, &key_finding, council, findings);
    let dates = NaiveDate::from_ymd_opt(year, 1, 1)
        .zip(NaiveDate::from_ymd_opt(year, 12, 31))
        .filter(|_| (1800..=2200).contains(&year));
    let Some((year_start, year_end)) = dates else {
        findings.push(budget_finding(Code::CostYearOutOfRange, path!["year"]).param("year", year));
        return None;
    };
    let days_in_year = year_end.ordinal();
    let needs_population = key
        .parts
        .iter()
        .any(|p| matches!(p, KeyPart::Population { .. }));
    let population_year = key
        .population_year
        .map(|p| p.for_budget(year))
        .filter(|_| needs_population);
    let participants = participants(
        council,
        key,
        (year_start, year_end, days_in_year),
        population_year,
        population,
        year,
        findings,
    );
    let anyone_takes_part = council
        .municipalities
        .iter()
        .any(|m| days_within(&m.participation, year_start, year_end) > 0);
    if !anyone_takes_part {
        findings.push(budget_finding(Code::CostNoParticipants, path!["year"]).param("year", year));
    }
    if has_errors(findings) {
        return None;
    }
    let parts = weight_parts(key)?;
    let ground = Ground::new(&parts, &participants)?;
    let split = ground.split(parts);
    let ties = participants
        .iter()
        .map(|p| TieBreak {
            population: Reverse(p.population.unwrap_or(0)),
            code: p.code,
        })
        .collect();
    Some(PreparedKey {
        key: key.clone(),
        key_path,
        key_document,
        year,
        days_in_year,
        population_year,
        participants,
        ground,
        split,
        ties,
        findings: Vec::new(),
    })
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
    amount_findings(budget.total_ore, path!["total_ore"], findings);
    for (i, settlement) in budget.settled.iter().enumerate() {
        amount_findings(
            settlement.amount_ore,
            path!["settled", i, "amount_ore"],
            findings,
        );
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
    // With nothing settled, a negative total is the one finding, about the total.
    if by_key < 0 && settled_total > 0 {
        findings.push(
            budget_finding(Code::CostSettledExceedsTotal, path!["settled"])
                .param("settled", settled_total)
                .param("total", budget.total_ore),
        );
    }
    // The council's key is the one the budget names, if it names one.
    let source = match (source, budget.key.as_deref()) {
        (KeySource::Council, Some(name)) => KeySource::Named(name),
        (source, _) => source,
    };
    let prepared = prepare(council, budget.year, population, source, findings)?;
    let participants = &prepared.participants;
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
    if has_errors(findings) {
        return None;
    }
    let rounded =
        match prepared
            .ground
            .rounded(&prepared.split, participants, &prepared.ties, by_key)
        {
            Ok(rounded) => rounded,
            Err(refusal) => {
                findings.push(prepared.refusal(refusal, by_key));
                return None;
            }
        };
    let key = &prepared.key;
    // The audit trail: each part, and each share, as exact fractions.
    let parts = part_amounts(&prepared.split.parts, participants, by_key);
    let totals = parts.as_ref().and_then(|p| totals(p, participants.len()));
    let (Some(parts), Some(totals)) = (parts, totals) else {
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
        match target.and_then(|t| largest_remainder(part, t, &prepared.ties)) {
            Some(r) => rounded_parts.push(r),
            None => {
                overflow(findings);
                return None;
            }
        }
    }

    let Some(shown_shares) = shares_shown(&totals, by_key, &prepared.ties) else {
        overflow(findings);
        return None;
    };

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
        let total = totals[i];
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
            exact_by_key_ore: total.to_string(),
            settled_ore: settled,
            total_ore: by_key_ore.checked_add(settled)?,
            share_percent: shown_shares[i].clone(),
        });
    }
    Some(Apportionment {
        council: council.id.clone(),
        key: key.name.clone(),
        year: prepared.year,
        population_year: prepared.population_year,
        days_in_year: prepared.days_in_year,
        total_ore: budget.total_ore,
        external_ore: external,
        settled_ore: settled_total - external,
        by_key_ore: by_key,
        contributions,
    })
}

/// Each share of the amount split by the key in percent with three decimals, rounded by
/// largest remainder in thousandths of a percent so that the column a reader adds up gives
/// exactly 100 (all zero when nothing is split).
fn shares_shown(totals: &[Ratio], by_key: i64, ties: &[TieBreak]) -> Option<Vec<String>> {
    const THOUSANDTHS: i128 = 100_000;
    let thousandths = if by_key == 0 {
        vec![0; totals.len()]
    } else {
        let per_ore = Ratio::new(THOUSANDTHS, i128::from(by_key))?;
        let exact: Vec<Ratio> = totals
            .iter()
            .map(|total| total.checked_mul(per_ore))
            .collect::<Option<_>>()?;
        largest_remainder(&exact, THOUSANDTHS, ties)?
    };
    Some(
        thousandths
            .into_iter()
            .map(|n| format!("{}.{:03}", n / 1000, n % 1000))
            .collect(),
    )
}

fn choose_key<'k>(
    council: &'k Council,
    source: KeySource<'k>,
    findings: &mut Vec<Finding>,
) -> Option<(&'k CostKey, Vec<PathSegment>, Document)> {
    let (found, key_name) = match source {
        KeySource::Given(key) => return Some((key, path!["key"], Document::Budget)),
        KeySource::Named(name) => (
            council.cost_keys.iter().position(|k| k.name == name),
            Some(name),
        ),
        KeySource::Council => ((!council.cost_keys.is_empty()).then_some(0), None),
    };
    match found {
        Some(k) => Some((
            &council.cost_keys[k],
            path!["cost_keys", k],
            Document::Council,
        )),
        None => {
            let known: Vec<&str> = council.cost_keys.iter().map(|k| k.name.as_str()).collect();
            findings.push(
                budget_finding(Code::CostNoKey, path!["key"])
                    .param("key", key_name.unwrap_or("–"))
                    .param("known", known.join(", ")),
            );
            None
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

/// The exact amount of each part for each participant, in the key's order of parts (the
/// audit trail, and the split where one denominator would not fit in 128 bits), in
/// fractions reduced at every step. The key has been checked to split `by_key`
/// ([`Terms::check`]). `None` on overflow.
fn part_amounts(
    parts: &[WeightPart],
    participants: &[Participant],
    by_key: i64,
) -> Option<Vec<Vec<Ratio>>> {
    let mut amounts: Vec<Vec<Ratio>> = vec![Vec::new(); parts.len()];
    let mut fixed_total = Ratio::ZERO;
    for (k, part) in parts.iter().enumerate() {
        if let WeightPart::Fixed(amount) = part {
            for p in participants {
                let share = Ratio::integer(*amount).checked_mul(p.basis)?;
                fixed_total = fixed_total.checked_add(share)?;
                amounts[k].push(share);
            }
        }
    }
    let remainder = Ratio::integer(i128::from(by_key)).checked_sub(fixed_total)?;
    for (k, part) in parts.iter().enumerate() {
        let WeightPart::Shared {
            fraction,
            by_population,
        } = part
        else {
            continue;
        };
        let weights: Vec<Ratio> = participants
            .iter()
            .map(|p| match by_population {
                false => Some(p.basis),
                true => p
                    .basis
                    .checked_mul(Ratio::integer(i128::from(p.population.unwrap_or(0)))),
            })
            .collect::<Option<_>>()?;
        let sum = weights
            .iter()
            .try_fold(Ratio::ZERO, |acc, w| acc.checked_add(*w))?;
        amounts[k] = if sum.is_zero() {
            vec![Ratio::ZERO; participants.len()]
        } else {
            let split = remainder.checked_mul(*fraction)?;
            weights
                .iter()
                .map(|w| split.checked_mul(*w)?.checked_div(sum))
                .collect::<Option<_>>()?
        };
    }
    Some(amounts)
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
    if ties.len() != exact.len() {
        return None;
    }
    let (floors, remainders): (Vec<i128>, Vec<Ratio>) =
        exact.iter().map(|share| share.floor_and_fraction()).unzip();
    give_leftover(
        floors,
        &remainders,
        |i| (Reverse(exact[i]), ties[i], i),
        target,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn participant(i: usize, (days, weight, population): (u32, (i128, i128), u64)) -> Participant {
        let code: MunicipalityCode = format!("{:04}", 3001 + i)
            .parse()
            .unwrap_or_else(|_| unreachable!());
        Participant {
            code,
            name: String::new(),
            basis: Ratio::new(i128::from(days) * weight.0, 365 * weight.1).unwrap_or(Ratio::ZERO),
            weight: Fraction::one(),
            days,
            population: Some(population),
            population_note: None,
        }
    }

    /// Few distinct days, weights and populations, so that remainders tie often.
    fn members() -> impl Strategy<Value = Vec<(u32, (i128, i128), u64)>> {
        let days = prop::sample::select(vec![365u32, 365, 183, 1]);
        let population = (0u64..4).prop_map(|p| p * 1000);
        prop::collection::vec((days, (1i128..3, 1i128..3), population), 1..60)
    }

    proptest! {
        // One denominator and fractions reduced at every step are two ways to the same
        // exact shares, so they round to the same øre, ties included.
        #[test]
        fn one_denominator_rounds_as_reduced_fractions(
            members in members(),
            fixed in 0i128..50_000,
            (equal, of) in (0i128..=12, 12i128..=12),
            amount in 0i64..10_000_000_000,
        ) {
            let participants: Vec<Participant> =
                members.into_iter().enumerate().map(|(i, m)| participant(i, m)).collect();
            let ties: Vec<TieBreak> = participants
                .iter()
                .map(|p| TieBreak { population: Reverse(p.population.unwrap_or(0)), code: p.code })
                .collect();
            let fraction = |n| Ratio::new(n, of).unwrap_or(Ratio::ZERO);
            let parts = vec![
                WeightPart::Fixed(fixed),
                WeightPart::Shared { fraction: fraction(equal), by_population: false },
                WeightPart::Shared { fraction: fraction(of - equal), by_population: true },
            ];
            let ground = Ground::new(&parts, &participants).unwrap();
            let split = ground.split(parts);
            prop_assert!(split.weights.is_some());
            let reduced = Split { weights: None, ..split.clone() };
            prop_assert_eq!(
                ground.rounded(&split, &participants, &ties, amount),
                ground.rounded(&reduced, &participants, &ties, amount)
            );
        }
    }
}
