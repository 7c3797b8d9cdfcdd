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

/// A decoder's fields (name, required) and whether it refuses fields it does not name.
type FieldList = (Vec<(&'static str, bool)>, bool);

/// Every object type of the schemas that documents are decoded into, with the fields its
/// decoder reads ([`regionrad::decode::Fields`]).
fn decoders() -> std::collections::BTreeMap<&'static str, FieldList> {
    use regionrad::cost::{
        Budget, CostKey, MemberWeight, PopulationRow, PopulationTable, Settlement,
    };
    use regionrad::decode::Fields;
    use regionrad::minutes::{FieldSpan, Reading};
    use regionrad::*;
    fn of<T: Fields>() -> FieldList {
        let fields = T::NAMES.iter().copied().zip(T::REQUIRED.iter().copied());
        (fields.collect(), T::DENY_UNKNOWN)
    }
    [
        ("AgendaItem", of::<AgendaItem>()),
        ("Attendance", of::<Attendance>()),
        ("Body", of::<Body>()),
        ("Budget", of::<Budget>()),
        ("CaseReference", of::<CaseReference>()),
        ("Closure", of::<Closure>()),
        ("CostKey", of::<CostKey>()),
        ("Council", of::<Council>()),
        ("Decision", of::<Decision>()),
        ("Disqualification", of::<Disqualification>()),
        ("FieldSpan", of::<FieldSpan>()),
        ("Finding", of::<Finding>()),
        ("FollowUp", of::<FollowUp>()),
        ("Meeting", of::<Meeting>()),
        ("Member", of::<Member>()),
        ("MemberWeight", of::<MemberWeight>()),
        ("Municipality", of::<Municipality>()),
        ("NamedVote", of::<NamedVote>()),
        ("Organisation", of::<Organisation>()),
        ("PopulationRow", of::<PopulationRow>()),
        ("PopulationTable", of::<PopulationTable>()),
        ("Reading", of::<Reading>()),
        ("Report", of::<Report>()),
        ("Settlement", of::<Settlement>()),
        ("Span", of::<Span>()),
        ("SpecialRule", of::<SpecialRule>()),
        ("StaffMember", of::<StaffMember>()),
        ("SubItem", of::<SubItem>()),
        ("Substitute", of::<Substitute>()),
        ("Term", of::<Term>()),
        ("TextPosition", of::<regionrad::findings::TextPosition>()),
        ("UnplacedText", of::<UnplacedText>()),
        ("Votes", of::<Votes>()),
    ]
    .into_iter()
    .collect()
}

/// Object types that are only ever written (results), never decoded from a document.
const WRITTEN_ONLY: &[&str] = &[
    "Apportioned",
    "Apportionment",
    "Comparison",
    "ComparisonRow",
    "Contribution",
    "HistoryEntry",
    "ItemPresence",
    "Origin",
    "PartShare",
    "Recovery",
    "Register",
    "RegisterEntry",
    "RegisterGroup",
    "Residual",
];

#[test]
fn the_decoder_reads_the_fields_the_schema_names() {
    // The schema comes from the types' serde attributes, the decoder from their field lists:
    // the same names, the same required ones, and closed exactly where the schema is.
    let decoders = decoders();
    let mut seen = std::collections::BTreeSet::new();
    for (file, schema) in regionrad::schema::all() {
        let json = serde_json::to_value(&schema).unwrap();
        let mut objects: Vec<(String, &Value)> = Vec::new();
        if let Some(title) = json["title"]
            .as_str()
            .filter(|_| json.get("properties").is_some())
        {
            objects.push((title.to_owned(), &json));
        }
        for (name, def) in json["$defs"].as_object().into_iter().flatten() {
            if def.get("properties").is_some() {
                objects.push((name.clone(), def));
            }
        }
        for (name, object) in objects {
            seen.insert(name.clone());
            let Some((fields, closed)) = decoders.get(name.as_str()) else {
                assert!(
                    WRITTEN_ONLY.contains(&name.as_str()),
                    "{file}: {name} has no decoder listed here, and is not listed as written only"
                );
                continue;
            };
            let mut properties: Vec<&str> = object["properties"]
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            let mut required: Vec<&str> = object["required"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            let mut names: Vec<&str> = fields.iter().map(|(n, _)| *n).collect();
            let mut needed: Vec<&str> =
                fields.iter().filter(|(_, r)| *r).map(|(n, _)| *n).collect();
            for list in [&mut properties, &mut required, &mut names, &mut needed] {
                list.sort_unstable();
            }
            assert_eq!(names, properties, "{file}: the fields of {name}");
            assert_eq!(needed, required, "{file}: the required fields of {name}");
            assert_eq!(
                object["additionalProperties"] == false,
                *closed,
                "{file}: whether {name} takes unknown fields"
            );
        }
    }
    for name in decoders.keys() {
        assert!(seen.contains(*name), "{name} is in no schema");
    }
}
