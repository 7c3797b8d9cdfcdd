//! `regionrad export`: a council and its meetings as open data, in the standard asked for.

const COMMAND: &str = "export";

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use regionrad::Council;

use crate::documents::{pretty_json, read_council, read_meetings};

/// The standards written.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Standard {
    /// Popolo: organizations, persons, memberships, an event per meeting, a motion and a
    /// vote event per decided item.
    Popolo,
}

pub fn run(council: &Path, files: &[PathBuf], to: Standard) -> ExitCode {
    let council: Council = match read_council(COMMAND, council) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let meetings = match read_meetings(COMMAND, files, &council) {
        Ok(meetings) => meetings,
        Err(code) => return code,
    };
    let text = match to {
        Standard::Popolo => pretty_json(&regionrad::export::popolo::export(&council, &meetings)),
    };
    crate::output::line(&text);
    ExitCode::SUCCESS
}
