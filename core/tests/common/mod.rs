//! Helpers shared by the integration tests: where the fixtures are, and reading them.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

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

pub const COUNCIL: &str = "councils/trondelag-sorvest.json";
pub const SEED_MEETINGS: [&str; 3] = [
    "meetings/2021-03-05-kdu.json",
    "meetings/2021-11-05-kdu.json",
    "meetings/2023-01-20-kdu.json",
];
