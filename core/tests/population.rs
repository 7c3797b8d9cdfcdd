//! The bundled population table: well-formed, and it covers every municipality of the
//! bundled council for the years it gives.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use regionrad::{Council, MunicipalityCode};
use serde_json::Value;

#[test]
fn population_table_covers_the_council_for_2021_to_2024() {
    let table: Value =
        serde_json::from_str(&common::read("population/ssb-07459-trondelag-sorvest.json")).unwrap();
    assert_eq!(table["table"], "07459");
    assert_eq!(table["contents_code"], "Personer1");
    let rows = table["municipalities"].as_array().unwrap();
    for row in rows {
        row["code"]
            .as_str()
            .unwrap()
            .parse::<MunicipalityCode>()
            .unwrap();
        for year in ["2021", "2022", "2023", "2024"] {
            let people = row["population"][year].as_u64().unwrap_or(0);
            assert!(people > 1000, "{} {year}: {people}", row["name"]);
        }
    }
    let council: Council = serde_json::from_str(&common::read(common::COUNCIL)).unwrap();
    for municipality in &council.municipalities {
        let row = rows
            .iter()
            .find(|r| r["code"] == municipality.code.as_str());
        let row = row.unwrap_or_else(|| panic!("no population for {}", municipality.name));
        assert_eq!(row["name"], municipality.name.as_str());
    }
    // Spot checks against the domain reference's table.
    let orkland = rows.iter().find(|r| r["code"] == "5059").unwrap();
    assert_eq!(orkland["population"]["2023"], 18690);
    let rindal = rows.iter().find(|r| r["code"] == "5061").unwrap();
    assert_eq!(rindal["population"]["2021"], 1989);
}
