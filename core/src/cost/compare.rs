//! Keys and scenarios side by side: what each municipality pays under each, and the
//! difference from the first.

use schemars::JsonSchema;
use serde::Serialize;

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

/// Lines up apportionments by municipality, in the order municipalities first appear.
pub fn compare(scenarios: &[(String, Apportionment)]) -> Comparison {
    let mut rows: Vec<ComparisonRow> = Vec::new();
    for (_, apportionment) in scenarios {
        for c in &apportionment.contributions {
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
            .map(|(_, a)| {
                a.contributions
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
        scenarios: scenarios.iter().map(|(label, _)| label.clone()).collect(),
        rows,
    }
}
