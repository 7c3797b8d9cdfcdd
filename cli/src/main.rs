//! `regionrad`: check meetings against their council, and (as the library grows) read
//! minutes, print contributions and the follow-up register.
#![forbid(unsafe_code)]

mod case_number;
mod check;
mod style;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use regionrad::Lang;

#[derive(Parser)]
#[command(
    name = "regionrad",
    version,
    about = "Meetings and money of Norwegian inter-municipal political councils"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Check meeting documents against their council; exit 1 when any finding is an error.
    Check {
        /// Meeting documents (JSON).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The council document the meetings belong to.
        #[arg(long)]
        council: PathBuf,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Language of the messages: nb (bokmål) or en.
        #[arg(long, default_value = "nb", value_parser = parse_lang)]
        lang: Lang,
        /// The date to check against (YYYY-MM-DD); defaults to today's date.
        #[arg(long)]
        today: Option<chrono::NaiveDate>,
    },
    /// Read minutes text into a meeting document.
    Read { file: PathBuf },
    /// Print each municipality's contribution under the council's cost key.
    Contributions {
        #[arg(long)]
        council: PathBuf,
    },
    /// Print the register of open follow-ups.
    Register {
        #[arg(long)]
        council: PathBuf,
        meetings: Vec<PathBuf>,
    },
    /// Parse case numbers, or propose the next free one.
    CaseNumber {
        #[command(subcommand)]
        action: CaseNumberAction,
    },
}

#[derive(Subcommand)]
enum CaseNumberAction {
    /// Print the parts of a case number and its canonical form as JSON; exit 2 when the
    /// text is not a case number.
    Parse {
        text: String,
        /// The date of the meeting where the number stands, to resolve a two-digit year.
        #[arg(long)]
        meeting_date: Option<chrono::NaiveDate>,
    },
    /// Print the next free case number of a body for a meeting on a date.
    Next {
        #[arg(long)]
        council: PathBuf,
        /// The body's id in the council (e.g. kdu).
        #[arg(long)]
        body: String,
        /// The date of the meeting to number (YYYY-MM-DD).
        #[arg(long)]
        date: chrono::NaiveDate,
        /// The body's earlier meetings (JSON).
        meetings: Vec<PathBuf>,
    },
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    text.parse()
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check {
            files,
            council,
            format,
            lang,
            today,
        } => {
            let today = today.unwrap_or_else(check::today);
            check::run(
                &council,
                &files,
                matches!(format, Format::Json),
                lang,
                today,
            )
        }
        Command::Read { .. } => not_yet("read"),
        Command::Contributions { .. } => not_yet("contributions"),
        Command::Register { .. } => not_yet("register"),
        Command::CaseNumber {
            action: CaseNumberAction::Parse { text, meeting_date },
        } => case_number::parse(&text, meeting_date),
        Command::CaseNumber {
            action:
                CaseNumberAction::Next {
                    council,
                    body,
                    date,
                    meetings,
                },
        } => case_number::next(&council, &body, date, &meetings),
    }
}

/// The command is part of the interface but its library support is still to come: say so
/// plainly and fail, rather than print something that looks like a result.
fn not_yet(command: &str) -> ExitCode {
    eprintln!("regionrad {command}: not available in this version of regionrad yet");
    ExitCode::from(2)
}
