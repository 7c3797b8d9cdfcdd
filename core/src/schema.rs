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
    ]
}

/// A schema as the checked-in file holds it: pretty JSON ending in a newline.
pub fn to_file_text(schema: &Schema) -> String {
    let mut text = serde_json::to_string_pretty(schema).unwrap_or_default();
    text.push('\n');
    text
}
