//! The shared test vectors in `fixtures/vectors/`: the same files run in Rust, node and
//! Python, each comparing code, document, meeting, path and the params it names.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;

use chrono::NaiveDate;
use serde_json::{json, Value};

/// A document of a vector as the text to validate: a string is passed as it is (to test
/// text that is not JSON), `{"$ref": file, "set": [...]}` is a fixture file with changes,
/// and anything else is encoded as JSON.
fn document_text(spec: &Value) -> String {
    match spec {
        Value::String(text) => text.clone(),
        Value::Object(map) if map.contains_key("$ref") => {
            let file = map["$ref"].as_str().unwrap();
            let mut doc: Value = serde_json::from_str(&common::read(file)).unwrap();
            for change in map
                .get("set")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                set(
                    &mut doc,
                    change["path"].as_array().unwrap(),
                    change["value"].clone(),
                );
            }
            doc.to_string()
        }
        other => other.to_string(),
    }
}

fn set(doc: &mut Value, path: &[Value], value: Value) {
    let (last, parents) = path.split_last().unwrap();
    let mut target = doc;
    for step in parents {
        target = match step {
            Value::String(key) => target.get_mut(key.as_str()).unwrap(),
            index => target.get_mut(index.as_u64().unwrap() as usize).unwrap(),
        };
    }
    match last {
        Value::String(key) => {
            target.as_object_mut().unwrap().insert(key.clone(), value);
        }
        index => target[index.as_u64().unwrap() as usize] = value,
    }
}

/// The comparable part of a finding: what the vector states of it.
fn comparable(finding: &Value, params_of: Option<&Value>) -> Value {
    let mut out = json!({
        "code": finding["code"],
        "document": finding["document"],
        "meeting": finding.get("meeting").cloned().unwrap_or(Value::Null),
        "path": finding["path"],
    });
    if let Some(Value::Object(wanted)) = params_of {
        let params: serde_json::Map<String, Value> = wanted
            .keys()
            .map(|k| {
                (
                    k.clone(),
                    finding["params"].get(k).cloned().unwrap_or(Value::Null),
                )
            })
            .collect();
        out["params"] = Value::Object(params);
    }
    out
}

fn run(file: &Path) -> Result<(), String> {
    let case: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    let council = document_text(&case["council"]);
    let meetings: Vec<String> = case["meetings"]
        .as_array()
        .unwrap()
        .iter()
        .map(document_text)
        .collect();
    let refs: Vec<&str> = meetings.iter().map(String::as_str).collect();
    let today: NaiveDate = case["today"].as_str().unwrap().parse().unwrap();
    let report = serde_json::to_value(regionrad::validate_json(&council, &refs, today)).unwrap();
    let expected = case["expect"]["findings"].as_array().unwrap();
    let got = report["findings"].as_array().unwrap();
    let mut unmatched: Vec<Value> = got.iter().map(|f| comparable(f, None)).collect();
    let mut missing = Vec::new();
    for want in expected {
        let want_cmp = comparable(want, want.get("params"));
        let found = got.iter().position(|f| {
            comparable(f, want.get("params")) == want_cmp
                && unmatched.contains(&comparable(f, None))
        });
        match found {
            Some(i) => {
                let key = comparable(&got[i], None);
                let at = unmatched.iter().position(|u| *u == key).unwrap();
                unmatched.remove(at);
            }
            None => missing.push(want_cmp),
        }
    }
    if missing.is_empty() && unmatched.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}: {}\n  missing: {}\n  unexpected: {}\n  report: {}",
            file.display(),
            case["description"],
            Value::Array(missing),
            Value::Array(unmatched),
            report
        ))
    }
}

#[test]
fn every_vector_gives_exactly_the_expected_findings() {
    let areas = std::fs::read_dir(common::fixtures().join("vectors")).unwrap();
    let mut areas: Vec<String> = areas
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    areas.sort();
    let mut count = 0;
    let mut failures = Vec::new();
    for area in areas {
        for file in common::json_files(&format!("vectors/{area}")) {
            count += 1;
            if let Err(message) = run(&file) {
                failures.push(message);
            }
        }
    }
    assert!(count >= 60, "only {count} vectors found");
    assert!(
        failures.is_empty(),
        "{} of {count} vectors failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
