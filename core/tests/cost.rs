//! The cost-sharing vectors in fixtures/cost/: apportionments (findings, amounts and shares)
//! and key recovery, the same files as node and Python run.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;

use common::apportion_json;
use regionrad::cost::{
    compare_scenarios, from_csv, from_json_stat, recover_equal_share, Invoiced, PreparedKey,
    Scenario,
};
use regionrad::document::{decode, Source};
use serde_json::Value;

fn run_apportion(case: &Value) -> Result<(), String> {
    let key = case.get("key").map(common::document_text);
    let result = apportion_json(
        &common::document_text(&case["council"]),
        &common::document_text(&case["budget"]),
        &common::document_text(&case["population"]),
        key.as_deref(),
    );
    let findings = serde_json::to_value(&result.report).unwrap();
    common::findings_match(&case["expect"]["findings"], &findings["findings"])?;
    let expects_errors = result.report.has_errors();
    let Some(apportionment) = result.apportionment else {
        return if expects_errors {
            Ok(())
        } else {
            Err("no apportionment and no error".into())
        };
    };
    let got = serde_json::to_value(&apportionment).unwrap();
    let contributions = got["contributions"].as_array().unwrap();
    let total: i64 = contributions
        .iter()
        .map(|c| c["by_key_ore"].as_i64().unwrap())
        .sum();
    if total != got["by_key_ore"].as_i64().unwrap() {
        return Err(format!("shares sum to {total}, not {}", got["by_key_ore"]));
    }
    // The shown percentages are a column a reader adds up: exactly 100 when anything is split.
    let thousandths: i64 = contributions
        .iter()
        .map(|c| {
            c["share_percent"]
                .as_str()
                .unwrap()
                .replace('.', "")
                .parse::<i64>()
                .unwrap()
        })
        .sum();
    let expected_thousandths = if total == 0 { 0 } else { 100_000 };
    if thousandths != expected_thousandths {
        return Err(format!(
            "share_percent sums to {thousandths} thousandths of a percent"
        ));
    }
    let Some(expected) = case["expect"]
        .get("contributions")
        .and_then(Value::as_array)
    else {
        return Ok(());
    };
    if case["expect"]["by_key_ore"] != got["by_key_ore"] {
        return Err(format!(
            "by_key_ore {} ≠ {}",
            got["by_key_ore"], case["expect"]["by_key_ore"]
        ));
    }
    if expected.len() != contributions.len() {
        return Err(format!(
            "{} contributions, expected {}",
            contributions.len(),
            expected.len()
        ));
    }
    for want in expected {
        let code = &want["municipality"];
        let have = contributions
            .iter()
            .find(|c| &c["municipality"] == code)
            .ok_or(format!("no contribution for {code}"))?;
        for (field, value) in want.as_object().unwrap() {
            if &have[field] != value {
                return Err(format!(
                    "{code} {field}: got {}, expected {value}",
                    have[field]
                ));
            }
        }
    }
    prepared_splits_as_expected(case, expected)
}

/// The same shares from a key prepared once and split by the amount alone.
fn prepared_splits_as_expected(case: &Value, expected: &[Value]) -> Result<(), String> {
    let budget = &case["budget"];
    let text = |value: &Value| common::document_text(value);
    let prepared = PreparedKey::from_decoded(
        decode(&text(&case["council"]), Source::Council),
        decode(&text(&case["population"]), Source::Population),
        i32::try_from(budget["year"].as_i64().unwrap()).unwrap(),
        case.get("key").map(|key| decode(&text(key), Source::Key)),
        budget.get("key").and_then(Value::as_str),
    )
    .map_err(|report| format!("not prepared: {:?}", report.findings))?;
    let by_key = case["expect"]["by_key_ore"].as_i64().unwrap();
    let shares = prepared
        .split_ore(by_key)
        .map_err(|report| format!("not split: {:?}", report.findings))?;
    let by_code: Vec<(String, i64)> = prepared
        .municipalities()
        .map(|code| code.as_str().to_owned())
        .zip(shares)
        .collect();
    for want in expected {
        let (Some(code), Some(share)) = (want["municipality"].as_str(), want.get("by_key_ore"))
        else {
            continue;
        };
        let got = by_code.iter().find(|(c, _)| c == code).map(|(_, s)| *s);
        if got != share.as_i64() {
            return Err(format!(
                "prepared: {code} by_key_ore {got:?}, expected {share}"
            ));
        }
    }
    Ok(())
}

fn run_recovery(case: &Value) -> Result<(), String> {
    let invoiced: Vec<Invoiced> = serde_json::from_value(case["invoiced"].clone()).unwrap();
    let expect = &case["expect"];
    match recover_equal_share(&invoiced) {
        Err(error) if expect["error"] == true => {
            assert_eq!(error.code(), regionrad::ErrorCode::InvalidInput);
            assert!(!error.to_string().is_empty());
            Ok(())
        }
        Err(error) => Err(error.to_string()),
        Ok(_) if expect["error"] == true => Err("a key was fitted where none can be".into()),
        Ok(fit) => {
            let got = serde_json::to_value(&fit).unwrap();
            for field in ["equal_share_decimal", "population_share_decimal"] {
                if let Some(want) = expect.get(field) {
                    if &got[field] != want {
                        return Err(format!("{field}: got {}, expected {want}", got[field]));
                    }
                }
            }
            if let Some(most) = expect
                .get("max_abs_residual_ore_at_most")
                .and_then(Value::as_i64)
            {
                if fit.max_abs_residual_ore > most {
                    return Err(format!(
                        "largest residual {} > {most}",
                        fit.max_abs_residual_ore
                    ));
                }
            }
            if let Some(least) = expect
                .get("max_abs_residual_ore_at_least")
                .and_then(Value::as_i64)
            {
                if fit.max_abs_residual_ore < least {
                    return Err(format!(
                        "largest residual {} < {least}",
                        fit.max_abs_residual_ore
                    ));
                }
            }
            Ok(())
        }
    }
}

fn run_population(case: &Value) -> Result<(), String> {
    let text = common::read(case["file"].as_str().unwrap());
    let parsed = match case["format"].as_str() {
        Some("json-stat") => from_json_stat(&text),
        Some("csv") => from_csv(&text),
        other => return Err(format!("unknown format {other:?}")),
    };
    match (parsed, case["expect"]["error"] == true) {
        (Err(error), true) => {
            assert_eq!(error.code(), regionrad::ErrorCode::InvalidInput);
            assert!(!error.to_string().is_empty());
            Ok(())
        }
        (Err(error), false) => Err(error.to_string()),
        (Ok(_), true) => Err("read a file that should be refused".into()),
        (Ok(table), false) => {
            let got: serde_json::Map<String, Value> = table
                .municipalities
                .iter()
                .map(|row| {
                    (
                        row.code.to_string(),
                        serde_json::to_value(&row.population).unwrap(),
                    )
                })
                .collect();
            let got = Value::Object(got);
            if got == case["expect"]["municipalities"] {
                Ok(())
            } else {
                Err(format!(
                    "got {got}, expected {}",
                    case["expect"]["municipalities"]
                ))
            }
        }
    }
}

fn run_comparison(case: &Value) -> Result<(), String> {
    let mut scenarios = Vec::new();
    for scenario in case["scenarios"].as_array().unwrap() {
        let result = apportion_json(
            &common::document_text(&scenario["council"]),
            &common::document_text(&scenario["budget"]),
            &common::document_text(&case["population"]),
            Some(&common::document_text(&scenario["key"])),
        );
        let apportionment = result.apportionment.ok_or("a scenario did not apportion")?;
        scenarios.push(
            serde_json::json!({ "label": scenario["label"], "apportionment": apportionment }),
        );
    }
    let scenarios: Vec<Scenario> =
        serde_json::from_value(Value::Array(scenarios)).map_err(|e| e.to_string())?;
    let comparison = compare_scenarios(&scenarios);
    let got = serde_json::to_value(&comparison).unwrap();
    if got["scenarios"] != case["expect"]["scenarios"] {
        return Err(format!("scenarios {}", got["scenarios"]));
    }
    for (code, want) in case["expect"]["rows"].as_object().unwrap() {
        let row = got["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| &r["municipality"] == code)
            .ok_or("row missing")?;
        if row["total_ore"] != want["total_ore"] || row["difference_ore"] != want["difference_ore"]
        {
            return Err(format!("{code}: got {row}, expected {want}"));
        }
    }
    Ok(())
}

fn run(file: &Path) -> Result<(), String> {
    let case: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    let outcome = match case["kind"].as_str() {
        Some("apportion") => run_apportion(&case),
        Some("recovery") => run_recovery(&case),
        Some("population") => run_population(&case),
        Some("comparison") => run_comparison(&case),
        other => Err(format!("unknown kind {other:?}")),
    };
    outcome.map_err(|message| format!("{}: {}\n  {message}", file.display(), case["description"]))
}

#[test]
fn every_cost_vector_holds() {
    let files = common::json_files("cost");
    assert!(files.len() >= 25, "only {} cost vectors", files.len());
    let failures: Vec<String> = files.iter().filter_map(|f| run(f).err()).collect();
    assert!(
        failures.is_empty(),
        "{} of {} failed:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
