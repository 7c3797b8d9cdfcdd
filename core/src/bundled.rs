//! The data bundled with the library: the Trøndelag sørvest council and its population
//! table, so that notebooks and forms can start from real data without files at hand.
//! `core/bundled/` links to the fixtures: they stay the one copy, and the published crate
//! carries the files the links point at.

/// The council configuration of Interkommunalt politisk råd Trøndelag sørvest – Lakseregionen
/// (JSON, the wire format).
pub const TRONDELAG_SORVEST_COUNCIL: &str = include_str!("../bundled/trondelag-sorvest.json");

/// Population 1 January 2021–2024 of its municipalities and three neighbours (SSB 07459),
/// in the population table format (JSON).
pub const TRONDELAG_SORVEST_POPULATION: &str =
    include_str!("../bundled/ssb-07459-trondelag-sorvest.json");

#[cfg(test)]
mod tests {
    #[test]
    fn bundled_documents_decode() {
        let council = crate::decode_council(super::TRONDELAG_SORVEST_COUNCIL).unwrap();
        assert_eq!(council.id, "trondelag-sorvest");
        let table: crate::cost::PopulationTable =
            serde_json::from_str(super::TRONDELAG_SORVEST_POPULATION).unwrap();
        assert_eq!(table.get("5059", 2023), Some(18_690));
    }
}
