//! JSON Schema of every document type, generated from the Rust types. The checked-in copies
//! in `fixtures/schema/` are compared against these by a test, so they cannot drift.

use schemars::{schema_for, Schema};

use crate::cost::{Apportioned, Budget, Comparison, PopulationTable, Recovery};
use crate::followup::Register;
use crate::quorum::ItemPresence;
use crate::{Council, Meeting, Report};

/// The documents that have a schema, with the file name each is kept under.
pub fn all() -> Vec<(&'static str, Schema)> {
    vec![
        ("council.schema.json", schema_for!(Council)),
        ("meeting.schema.json", schema_for!(Meeting)),
        ("report.schema.json", schema_for!(Report)),
        ("budget.schema.json", schema_for!(Budget)),
        ("population.schema.json", schema_for!(PopulationTable)),
        ("apportioned.schema.json", schema_for!(Apportioned)),
        ("recovery.schema.json", schema_for!(Recovery)),
        ("comparison.schema.json", schema_for!(Comparison)),
        ("presence.schema.json", schema_for!(Vec<ItemPresence>)),
        ("register.schema.json", schema_for!(Register)),
        ("reading.schema.json", schema_for!(crate::minutes::Reading)),
        (
            "redaction.schema.json",
            schema_for!(crate::redact::Redaction),
        ),
    ]
}

/// A schema as the checked-in file holds it: pretty JSON ending in a newline.
pub fn to_file_text(schema: &Schema) -> String {
    let mut text = serde_json::to_string_pretty(schema).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use schemars::{schema_for, JsonSchema};
    use serde_json::Value;

    /// The kinds a tagged union's schema names, and the fields of all its kinds.
    fn kinds_and_fields(union: &Value, tag: &str) -> (BTreeSet<String>, BTreeSet<String>) {
        let mut kinds = BTreeSet::new();
        let mut fields = BTreeSet::new();
        for variant in union["oneOf"].as_array().into_iter().flatten() {
            for (name, property) in variant["properties"].as_object().into_iter().flatten() {
                if name == tag {
                    kinds.insert(property["const"].as_str().unwrap_or_default().to_owned());
                } else {
                    fields.insert(name.clone());
                }
            }
        }
        (kinds, fields)
    }

    /// What a tagged union's struct of fields reads: the kinds its tag takes, and the others.
    fn read_by(fields: &Value, tag: &str) -> (BTreeSet<String>, BTreeSet<String>) {
        let kind = fields["properties"][tag]["$ref"]
            .as_str()
            .and_then(|r| r.strip_prefix("#/$defs/"))
            .map_or(&Value::Null, |name| &fields["$defs"][name]);
        let kinds = kind["enum"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect();
        let others = fields["properties"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(name, _)| name.clone())
            .filter(|name| name != tag)
            .collect();
        (kinds, others)
    }

    fn check<Union: JsonSchema, Fields: JsonSchema>(tag: &str) {
        let union = serde_json::to_value(schema_for!(Union)).unwrap_or_default();
        let fields = serde_json::to_value(schema_for!(Fields)).unwrap_or_default();
        let (kinds, names) = kinds_and_fields(&union, tag);
        assert!(!kinds.is_empty(), "{}: no kinds", Union::schema_name());
        assert_eq!(
            read_by(&fields, tag),
            (kinds, names),
            "{}: the kinds and fields its reader takes",
            Union::schema_name()
        );
        assert_eq!(fields["additionalProperties"], false);
    }

    #[test]
    fn each_tagged_union_reads_the_kinds_and_fields_its_schema_names() {
        check::<crate::Presence, crate::meeting::PresenceFields>("kind");
        check::<crate::Proposal, crate::meeting::ProposalFields>("kind");
        check::<crate::Due, crate::decision::DueFields>("kind");
        check::<crate::QuorumRule, crate::council::QuorumRuleFields>("rule");
        check::<crate::cost::KeyPart, crate::cost::key::KeyPartFields>("kind");
        // Whom a member represents has no tag: each kind is its one field.
        let union = serde_json::to_value(schema_for!(crate::Represents)).unwrap_or_default();
        let fields = serde_json::to_value(schema_for!(crate::council::RepresentsFields));
        let (_, names) = kinds_and_fields(&union, "");
        assert_eq!(read_by(&fields.unwrap_or_default(), "").1, names);
        assert_eq!(names.len(), 2);
    }
}
