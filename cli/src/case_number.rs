//! `regionrad case-number parse|next`: case numbers for people and for scripts.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use regionrad::{CaseNumber, Council};

use crate::documents::{pretty_json, read_council, read_meetings};

const COMMAND: &str = "case-number";

/// Prints the parts and canonical form as JSON, or says why the text is not a case number.
pub fn parse(text: &str, meeting_date: Option<NaiveDate>) -> ExitCode {
    match text.parse::<CaseNumber>() {
        Ok(number) => {
            let number = match meeting_date {
                Some(date) => number.resolved(date),
                None => number,
            };
            print_json(&number)
        }
        Err(error) => {
            eprintln!("regionrad case-number: {text:?} is {error}");
            ExitCode::from(2)
        }
    }
}

/// Prints the next free number of `body` for a meeting on `date`, given its meetings.
pub fn next(council: &Path, body: &str, date: NaiveDate, meetings: &[PathBuf]) -> ExitCode {
    let council: Council = match read_council(COMMAND, council) {
        Ok(council) => council,
        Err(code) => return code,
    };
    let Some(body) = council.body(body) else {
        let ids: Vec<&str> = council.bodies.iter().map(|b| b.id.as_str()).collect();
        eprintln!(
            "regionrad case-number: the council has no body {body:?} (it has {})",
            ids.join(", ")
        );
        return ExitCode::from(2);
    };
    let known = match read_meetings(COMMAND, meetings, &council) {
        Ok(meetings) => meetings,
        Err(code) => return code,
    };
    match regionrad::next_case_number(body, &known, date) {
        Ok(next) => print_json(&next),
        Err(error) => crate::documents::fail(COMMAND, &error.to_string()),
    }
}

fn print_json(number: &CaseNumber) -> ExitCode {
    crate::output::line(&pretty_json(number));
    ExitCode::SUCCESS
}
