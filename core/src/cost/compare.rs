//! Keys and scenarios side by side: what each municipality pays under each, and the
//! difference from the first.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::apportion::Apportionment;
use crate::council::MunicipalityCode;

/// One municipality across the scenarios.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ComparisonRow {
    pub municipality: MunicipalityCode,
    pub name: String,
    /// What it pays in each scenario, in the order given; `None` where it does not take
    /// part (a member that joins in a later scenario).
    pub total_ore: Vec<Option<i64>>,
    /// Each scenario's total less the first scenario's (`None` where either is absent).
    pub difference_ore: Vec<Option<i64>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    /// The scenarios' labels.
    pub scenarios: Vec<String>,
    pub rows: Vec<ComparisonRow>,
}

// An apportionment as `contributions` returned it holds much more; a comparison reads only
// the totals, and takes the rest as it is.

/// What a comparison reads of one municipality in one scenario.
#[derive(Debug, Clone, Deserialize)]
pub struct ScenarioRow {
    pub municipality: MunicipalityCode,
    pub name: String,
    pub total_ore: i64,
}

/// What a comparison reads of an apportionment (the bindings hold them as plain data).
#[derive(Debug, Clone, Deserialize)]
pub struct ScenarioTotals {
    pub contributions: Vec<ScenarioRow>,
}

/// One scenario as the bindings pass it: a label and an apportionment they got before.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub label: String,
    pub apportionment: ScenarioTotals,
}

/// Lines up apportionments by municipality, in the order municipalities first appear.
pub fn compare(scenarios: &[(String, Apportionment)]) -> Comparison {
    let rows = scenarios
        .iter()
        .map(|(label, a)| {
            let rows = a
                .contributions
                .iter()
                .map(|c| ScenarioRow {
                    municipality: c.municipality,
                    name: c.name.clone(),
                    total_ore: c.total_ore,
                })
                .collect();
            Scenario {
                label: label.clone(),
                apportionment: ScenarioTotals {
                    contributions: rows,
                },
            }
        })
        .collect::<Vec<_>>();
    compare_scenarios(&rows)
}

/// [`compare`] over scenarios as the bindings hold them: `[{"label": ..., "apportionment":
/// {...}}]`, each apportionment as `contributions` returned it.
pub fn compare_scenarios(scenarios: &[Scenario]) -> Comparison {
    let mut rows: Vec<ComparisonRow> = Vec::new();
    for scenario in scenarios {
        for c in &scenario.apportionment.contributions {
            if !rows.iter().any(|r| r.municipality == c.municipality) {
                rows.push(ComparisonRow {
                    municipality: c.municipality,
                    name: c.name.clone(),
                    total_ore: Vec::new(),
                    difference_ore: Vec::new(),
                });
            }
        }
    }
    for row in &mut rows {
        row.total_ore = scenarios
            .iter()
            .map(|s| {
                s.apportionment
                    .contributions
                    .iter()
                    .find(|c| c.municipality == row.municipality)
                    .map(|c| c.total_ore)
            })
            .collect();
        let first = row.total_ore.first().copied().flatten();
        row.difference_ore = row
            .total_ore
            .iter()
            .map(|t| Some(t.as_ref()?.saturating_sub(first?)))
            .collect();
    }
    Comparison {
        scenarios: scenarios.iter().map(|s| s.label.clone()).collect(),
        rows,
    }
}
