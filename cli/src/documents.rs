//! Reading documents for the commands that need them decoded (not checked): a strict decode,
//! and a plain message pointing to `regionrad check` when one does not decode.

use std::path::Path;
use std::process::ExitCode;

/// How results are printed: text for people, JSON (the wire format) or CSV.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum OutputFormat {
    Text,
    Json,
    Csv,
}

/// Prints `regionrad COMMAND: message` and gives the exit code of misuse.
pub fn fail(command: &str, message: &str) -> ExitCode {
    eprintln!("regionrad {command}: {message}");
    ExitCode::from(2)
}

pub fn read_text(command: &str, path: &Path) -> Result<String, ExitCode> {
    std::fs::read_to_string(path)
        .map_err(|e| fail(command, &format!("cannot read {}: {e}", path.display())))
}

pub fn read_json<T: regionrad::decode::FromJson>(
    command: &str,
    path: &Path,
) -> Result<T, ExitCode> {
    let text = read_text(command, path)?;
    regionrad::decode::from_str(&text).map_err(|e| {
        fail(
            command,
            &format!(
                "{} is not a valid document ({e}); `regionrad check` says more",
                path.display()
            ),
        )
    })
}
