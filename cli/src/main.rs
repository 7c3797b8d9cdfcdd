//! `regionrad`: check meetings against their council, and (as the library grows) read
//! minutes, print contributions and the follow-up register.
#![forbid(unsafe_code)]

mod case_number;
mod check;
mod contributions;
mod csv;
mod documents;
mod export;
mod output;
mod read;
mod register;
mod style;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use documents::OutputFormat;
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

#[derive(Subcommand)]
enum Command {
    /// Check meeting documents against their council; exit 1 when any finding is an error.
    Check {
        /// Meeting documents (JSON) or minutes as text, which are read first.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The council document the meetings belong to.
        #[arg(long)]
        council: PathBuf,
        /// How to print the findings: text, grouped by meeting and item, for a person; json,
        /// the report; csv, a row per finding with the file it is about.
        #[arg(long, value_enum, default_value = "text")]
        format: OutputFormat,
        /// Language of the messages: nb (bokmål), nn (nynorsk) or en.
        #[arg(long, default_value = "nb", value_parser = parse_lang)]
        lang: Lang,
        /// The date to check against (YYYY-MM-DD), as in `register`; defaults to today's
        /// date. `--today` is the same.
        #[arg(long = "as-of", alias = "today", value_parser = parse_date)]
        as_of: Option<chrono::NaiveDate>,
    },
    /// Read minutes text into a meeting document; exit 1 when the text has no date.
    Read {
        /// Minutes as text (exported from Word or PDF).
        file: PathBuf,
        /// The council: names resolve to its body, members, staff and municipalities.
        #[arg(long)]
        council: Option<PathBuf>,
        /// What to print.
        #[arg(long, value_enum, default_value = "json")]
        format: read::ReadFormat,
        /// Language of the reader's messages on stderr: nb (bokmål), nn (nynorsk) or en.
        #[arg(long, default_value = "nb", value_parser = parse_lang)]
        lang: Lang,
        /// Make it fit to publish (offentleglova): e-mail addresses, phone numbers and
        /// fødselsnummer out, closed items' contents withheld; how many of each on stderr.
        #[arg(long)]
        redact: bool,
    },
    /// Print each municipality's contribution to a year's budget under a cost key.
    Contributions {
        /// The council document (municipalities, participation, cost keys).
        #[arg(long)]
        council: PathBuf,
        /// The budget year.
        #[arg(long)]
        year: i32,
        /// The amount to split, in kroner ("2400000", "2 400 000,50").
        #[arg(long, value_parser = regionrad::cost::parse_kroner)]
        amount: i64,
        /// The council's key of this name (default: its first key).
        #[arg(long, conflicts_with = "equal")]
        key: Option<String>,
        /// A two-part key for this run instead: this share equally ("0.3", "30%", "3/10"),
        /// the rest by population.
        #[arg(long)]
        equal: Option<regionrad::cost::Fraction>,
        /// With --equal: population of 1 January of the budget year or the year before.
        #[arg(long, value_enum)]
        population_year: Option<PopulationYearArg>,
        /// Population figures: the bundled table format (.json), JSON-stat 2.0 from SSB, or
        /// SSB's CSV (.csv).
        #[arg(long)]
        population: Option<PathBuf>,
        /// An amount settled before the key: LABEL=KR (external funding) or LABEL=KR@CODE
        /// (paid by that municipality alone). Repeatable.
        #[arg(long, value_parser = contributions::parse_settlement)]
        settled: Vec<regionrad::cost::Settlement>,
        /// How to print the split: text, a table in kroner; json, the apportionment with
        /// its audit trail; csv, a row per municipality.
        #[arg(long, value_enum, default_value = "text")]
        format: OutputFormat,
        /// Language of the text: nb (bokmål), nn (nynorsk) or en.
        #[arg(long, default_value = "nb", value_parser = parse_lang)]
        lang: Lang,
    },
    /// Print the register of open follow-ups (restanseliste) as of a date.
    Register {
        /// The council document.
        #[arg(long)]
        council: PathBuf,
        /// Meeting documents (JSON) or minutes as text, which are read first.
        #[arg(required = true)]
        meetings: Vec<PathBuf>,
        /// The date of the register (YYYY-MM-DD); defaults to today's date.
        #[arg(long, value_parser = parse_date)]
        as_of: Option<chrono::NaiveDate>,
        /// How to print the register: text, grouped by who is responsible; json, the
        /// register; csv, a row per follow-up.
        #[arg(long, value_enum, default_value = "text")]
        format: OutputFormat,
        /// Language of the text: nb (bokmål), nn (nynorsk) or en.
        #[arg(long, default_value = "nb", value_parser = parse_lang)]
        lang: Lang,
    },
    /// Write the council and its meetings as open data (Popolo JSON).
    Export {
        /// The council document.
        #[arg(long)]
        council: PathBuf,
        /// Meeting documents (JSON) or minutes as text, which are read first.
        #[arg(required = true)]
        meetings: Vec<PathBuf>,
        /// The standard to write.
        #[arg(long, value_enum)]
        to: export::Standard,
    },
    /// Parse case numbers, or propose the next free one.
    CaseNumber {
        #[command(subcommand)]
        action: CaseNumberAction,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum PopulationYearArg {
    /// 1 January of the budget year.
    Budget,
    /// 1 January of the year before.
    Previous,
}

#[derive(Subcommand)]
enum CaseNumberAction {
    /// Print the parts of a case number and its canonical form as JSON; exit 2 when the
    /// text is not a case number.
    Parse {
        text: String,
        /// The date of the meeting where the number stands, to resolve a two-digit year.
        #[arg(long, value_parser = parse_date)]
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
        #[arg(long, value_parser = parse_date)]
        date: chrono::NaiveDate,
        /// The body's earlier meetings: meeting documents (JSON) or minutes as text.
        meetings: Vec<PathBuf>,
    },
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    text.parse()
}

/// A date argument as the documents write dates: `YYYY-MM-DD`, strictly.
fn parse_date(text: &str) -> Result<chrono::NaiveDate, regionrad::Error> {
    regionrad::parse_date("the value", text)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check {
            files,
            council,
            format,
            lang,
            as_of,
        } => {
            let today = as_of.unwrap_or_else(check::today);
            check::run(&council, &files, format, lang, today)
        }
        Command::Read {
            file,
            council,
            format,
            lang,
            redact,
        } => read::run(&file, council.as_deref(), format, lang, redact),
        Command::Contributions {
            council,
            year,
            amount,
            key,
            equal,
            population_year,
            population,
            settled,
            format,
            lang,
        } => contributions::run(contributions::Request {
            council,
            year,
            amount_ore: amount,
            key,
            equal,
            population_year: population_year.map(|p| match p {
                PopulationYearArg::Budget => regionrad::cost::PopulationYear::BudgetYear,
                PopulationYearArg::Previous => regionrad::cost::PopulationYear::PreviousYear,
            }),
            population,
            settled,
            format,
            lang,
        }),
        Command::Export {
            council,
            meetings,
            to,
        } => export::run(&council, &meetings, to),
        Command::Register {
            council,
            meetings,
            as_of,
            format,
            lang,
        } => register::run(
            &council,
            &meetings,
            as_of.unwrap_or_else(check::today),
            format,
            lang,
        ),
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
