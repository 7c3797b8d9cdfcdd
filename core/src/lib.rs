//! # regionrad
//!
//! The meetings and money of Norwegian inter-municipal political councils
//! (interkommunalt politisk råd, "regionråd"): a domain model, the rules of kommuneloven that
//! apply to it, and findings that cite the rule and point at the exact field.
//!
//! The map:
//! - [`council`]: municipalities, organisations, bodies, members, substitutes, terms.
//! - [`case_number`]: case numbers (`KDU 72/21`) and their parser.
//! - [`numbering`]: the numbering rules across a body's meetings, and the next free number.
//! - [`meeting`]: a meeting, its attendance and agenda items.
//! - [`minutes`]: reading minutes text into a meeting, and writing minutes back.
//! - [`redact`]: e-mail addresses and phone numbers out, for publishing under offentleglova.
//! - [`decision`]: decisions, votes, follow-ups and links between cases.
//! - [`quorum`]: who is present for each item, and whether the body could decide it.
//! - [`followup`]: promises kept, links that hold, and the register of open follow-ups.
//! - [`cost`]: cost keys, exact apportionment, population figures, key recovery.
//! - [`findings`]: the report type, finding codes, paths and spans.
//! - [`i18n`]: messages in bokmål and English.
//! - [`document`]: documents decoded strictly into a value or the finding that says why
//!   not, never a panic. The wire format is each type's serde derive: the same strictness
//!   for `serde_json` and every other serde format.
//! - [`Error`]: misuse of the API, with a stable code.
//! - [`limits`]: how much is read, and the findings beyond it.
//! - [`validate()`]: the single entry point every rule hangs off; [`PreparedCouncil`] holds a
//!   council decoded and checked once for validating many meetings.
//! - [`schema`]: JSON Schema generated from the types.
//! - [`bundled`]: the Trøndelag sørvest council and population table, built in.
//!
//! ```
//! let council = include_str!("../../fixtures/councils/trondelag-sorvest.json");
//! let meeting = include_str!("../../fixtures/meetings/2021-11-05-kdu.json");
//! let today = chrono::NaiveDate::from_ymd_opt(2021, 12, 1).unwrap();
//! let council = regionrad::decode_council(council).unwrap();
//! let meeting = regionrad::decode_meeting(meeting, 0).unwrap();
//! let report = regionrad::validate(&council, &[meeting], today);
//! assert!(report.is_ok(), "{:#?}", report.findings);
//! ```
#![forbid(unsafe_code)]
#![warn(unreachable_pub)]

/// Builds a path from fields and indices: `path!["agenda", 2, "number"]`.
macro_rules! path_of_segments {
    ($($segment:expr),* $(,)?) => {
        ::std::vec::Vec::<$crate::findings::PathSegment>::from([
            $($crate::findings::PathSegment::from($segment)),*
        ])
    };
}

// Named apart from the built-in `#[path]` attribute, which a bare `path` would clash with.
pub(crate) use path_of_segments as path;

pub mod bundled;
pub mod case_number;
mod clock_time;
pub mod cost;
pub mod council;
pub mod decision;
pub mod disqualification;
pub mod document;
mod error;
pub mod export;
pub mod findings;
pub mod followup;
pub mod i18n;
pub mod limits;
pub mod meeting;
pub mod minutes;
pub mod numbering;
mod param;
pub mod quorum;
pub mod redact;
pub mod schema;
mod strict;
mod validate;
mod voting;

pub use case_number::CaseNumber;
pub use clock_time::ClockTime;
pub use council::{
    Body, BodyKind, Council, Member, Municipality, MunicipalityCode, Organisation, Position,
    QuorumRule, Represents, Role, SpecialRule, StaffMember, Substitute, Term,
};
pub use decision::{
    CaseReference, Decision, DecisionKind, Due, FollowUp, FollowUpStatus, NamedVote, ReferenceKind,
    Vote, Votes,
};
pub use document::{decode_council, decode_meeting, Decoded};
pub use error::{parse_date, parse_lang, Error, ErrorCode};
pub use findings::{format_path, Code, Document, Finding, PathSegment, Report, Severity, Span};
pub use i18n::Lang;
pub use meeting::{
    AgendaItem, Attendance, AttendanceStatus, Capacity, Closure, Disqualification, Meeting,
    Presence, Procedure, Proposal, SubItem, Subject, UnplacedText,
};
pub use numbering::next_case_number;
pub use param::Param;
pub use validate::{validate, PreparedCouncil};

/// The README's Rust tour, compiled and run as a doctest so that it cannot rot.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// The version of the wire format this library reads and writes.
pub const SCHEMA_VERSION: u32 = 1;
