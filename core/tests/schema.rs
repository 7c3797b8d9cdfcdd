//! The JSON Schema files in `fixtures/schema/` are generated from the Rust types; this test
//! fails when they drift. Run with `REGIONRAD_UPDATE_SCHEMA=1` to write them anew.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use serde_json::Value;

#[test]
fn checked_in_schemas_match_the_types() {
    let dir = common::fixtures().join("schema");
    let update = std::env::var_os("REGIONRAD_UPDATE_SCHEMA").is_some();
    let mut stale = Vec::new();
    for (name, schema) in regionrad::schema::all() {
        let path = dir.join(name);
        let generated = regionrad::schema::to_file_text(&schema);
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &generated).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(generated.as_str()) {
            stale.push(name);
        }
    }
    let generated: Vec<&str> = regionrad::schema::all()
        .iter()
        .map(|(name, _)| *name)
        .collect();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(
            generated.contains(&name.as_str()),
            "fixtures/schema/{name} is no longer generated: remove it"
        );
    }
    assert!(
        stale.is_empty(),
        "fixtures/schema is out of date for {stale:?}: run `REGIONRAD_UPDATE_SCHEMA=1 cargo test -p regionrad --test schema`"
    );
}

#[test]
fn schemas_reject_what_the_decoder_rejects_at_the_top() {
    // The schema and the strict decoder agree on the basics: closed objects, the version.
    for (name, schema) in regionrad::schema::all() {
        let json = serde_json::to_value(&schema).unwrap();
        let closed = match json["type"].as_str() {
            Some("array") => &json["items"],
            _ => &json,
        };
        let closed = match closed.get("$ref").and_then(Value::as_str) {
            Some(reference) => &json["$defs"][reference.trim_start_matches("#/$defs/")],
            None => closed,
        };
        assert_eq!(
            closed["additionalProperties"], false,
            "{name} is not closed"
        );
        assert_eq!(
            json["$schema"], "https://json-schema.org/draft/2020-12/schema",
            "{name}"
        );
    }
}
