//! Helpers shared by the integration tests: where the fixtures are, and reading them.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

pub mod mutation;

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures")
}

pub fn read(relative: &str) -> String {
    let path = fixtures().join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The JSON files directly in `fixtures/<dir>`, sorted by name.
pub fn json_files(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(fixtures().join(dir))
        .unwrap_or_else(|e| panic!("fixtures/{dir}: {e}"))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

/// `../shared/seeds` beside the repository, where it is there; tests that need it skip
/// (saying so) where it is not.
pub fn seeds_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds");
    dir.is_dir().then_some(dir)
}

pub const COUNCIL: &str = "councils/trondelag-sorvest.json";
pub const SEED_MEETINGS: [&str; 3] = [
    "meetings/2021-03-05-kdu.json",
    "meetings/2021-11-05-kdu.json",
    "meetings/2023-01-20-kdu.json",
];

/// A document of a vector as the text to validate: a string is passed as it is (to test
/// text that is not JSON), `{"$ref": file, "set": [...]}` is a fixture file with changes,
/// and anything else is encoded as JSON.
pub fn document_text(spec: &Value) -> String {
    match spec {
        Value::String(text) => text.clone(),
        Value::Object(map) if map.contains_key("$ref") => {
            let file = map["$ref"].as_str().unwrap();
            let mut doc: Value = serde_json::from_str(&read(file)).unwrap();
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
/// The comparable part of a finding: code, document, meeting and path, plus the params,
/// severity and span that `want` (an expectation) names.
pub fn comparable(finding: &Value, want: Option<&Value>) -> Value {
    let mut out = json!({
        "code": finding["code"],
        "document": finding["document"],
        "meeting": finding.get("meeting").cloned().unwrap_or(Value::Null),
        "path": finding["path"],
    });
    if let Some(Value::Object(wanted)) = want.and_then(|w| w.get("params")) {
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
    for named in ["severity", "span"] {
        if want.and_then(|w| w.get(named)).is_some() {
            out[named] = finding.get(named).cloned().unwrap_or(Value::Null);
        }
    }
    out
}

/// Whether `got` holds exactly the findings `expected` describes (see fixtures/README.md).
pub fn findings_match(expected: &Value, got: &Value) -> Result<(), String> {
    let expected = expected.as_array().cloned().unwrap_or_default();
    let got = got.as_array().cloned().unwrap_or_default();
    // A message is rendered from the catalog of the part that made the finding; one that
    // is empty or only the code's id came from a catalog without the code.
    if let Some(bare) = got.iter().find(|f| {
        let message = f["message"].as_str().unwrap_or_default();
        message.is_empty() || Some(message) == f["code"].as_str()
    }) {
        return Err(format!("a finding without its message: {bare}"));
    }
    let mut unmatched: Vec<Value> = got.iter().map(|f| comparable(f, None)).collect();
    let mut missing = Vec::new();
    for want in &expected {
        let want_cmp = comparable(want, Some(want));
        let found = got.iter().position(|f| {
            comparable(f, Some(want)) == want_cmp && unmatched.contains(&comparable(f, None))
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
            "  missing: {}\n  unexpected: {}\n  findings: {}",
            Value::Array(missing),
            Value::Array(unmatched),
            Value::Array(got)
        ))
    }
}

/// Every document of a vector's list as text (see [`document_text`]).
pub fn document_texts(list: &Value) -> Vec<String> {
    list.as_array().unwrap().iter().map(document_text).collect()
}

/// Every difference between two JSON values, as "path: expected ≠ got" lines.
pub fn differences(path: &str, want: &Value, got: &Value, out: &mut Vec<String>) {
    match (want, got) {
        (Value::Object(a), Value::Object(b)) => {
            let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
            keys.sort();
            keys.dedup();
            for key in keys {
                let null = Value::Null;
                differences(
                    &format!("{path}.{key}"),
                    a.get(key).unwrap_or(&null),
                    b.get(key).unwrap_or(&null),
                    out,
                );
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for i in 0..a.len().max(b.len()) {
                let null = Value::Null;
                differences(
                    &format!("{path}[{i}]"),
                    a.get(i).unwrap_or(&null),
                    b.get(i).unwrap_or(&null),
                    out,
                );
            }
        }
        _ if want != got => {
            let show = |v: &Value| {
                let s = v.to_string();
                if s.chars().count() > 160 {
                    format!("{}…", s.chars().take(160).collect::<String>())
                } else {
                    s
                }
            };
            out.push(format!(
                "{path}:\n    golden: {}\n    read:   {}",
                show(want),
                show(got)
            ));
        }
        _ => {}
    }
}

/// A council decoded and checked once, from its JSON text.
pub fn prepared(council: &str) -> regionrad::PreparedCouncil {
    regionrad::PreparedCouncil::from_decoded(regionrad::decode_council(council))
}

/// Meetings as JSON text, each decoded at its index.
pub fn decoded_meetings<'a>(
    meetings: &'a [&str],
) -> impl ExactSizeIterator<Item = regionrad::Decoded<regionrad::Meeting>> + 'a {
    meetings
        .iter()
        .enumerate()
        .map(|(i, m)| regionrad::decode_meeting(m, i))
}

/// A council and meetings as JSON text, validated as the command line and the bindings do.
pub fn validate_json(
    council: &str,
    meetings: &[&str],
    today: chrono::NaiveDate,
) -> regionrad::Report {
    prepared(council).validate_decoded(decoded_meetings(meetings), today)
}

/// The register of open follow-ups from JSON text, as the command line and the bindings
/// compose it.
pub fn register_json(
    council: &str,
    meetings: &[&str],
    as_of: chrono::NaiveDate,
) -> Result<regionrad::followup::Register, regionrad::Error> {
    let lang = regionrad::Lang::Nb;
    let council = regionrad::decode_council(council)
        .map_err(|f| regionrad::Error::document("council", f, lang))?;
    let meetings = regionrad::document::every_meeting(decoded_meetings(meetings), lang)?;
    Ok(regionrad::followup::register(&council, &meetings, as_of))
}

/// A budget split from JSON text, as the command line and the bindings compose it.
pub fn apportion_json(
    council: &str,
    budget: &str,
    population: &str,
    key: Option<&str>,
) -> regionrad::cost::Apportioned {
    use regionrad::document::{decode, Source};
    regionrad::cost::apportion_decoded(
        decode(council, Source::Council),
        decode(budget, Source::Budget),
        decode(population, Source::Population),
        key.map(|k| decode(k, Source::Key)),
    )
}

/// The next free number of a body, with its meetings as JSON text, as the command line and
/// the bindings compose it.
pub fn next_number_json(
    council: &regionrad::Council,
    meetings: &[&str],
    body: &str,
    date: chrono::NaiveDate,
) -> Result<regionrad::CaseNumber, regionrad::Error> {
    let meetings =
        regionrad::document::every_meeting(decoded_meetings(meetings), regionrad::Lang::Nb)?;
    regionrad::numbering::next_number_of(council, &meetings, body, date)
}
