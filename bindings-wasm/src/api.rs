//! The binding's logic in plain Rust, so it is tested natively as well as in node: documents
//! as JSON text decoded by the core, the core's answers, and misuse as `regionrad::Error`.

use regionrad::document::{decode, Source};
use regionrad::{Error, Lang};

/// A case number's parts, resolved against `meeting_date` (`YYYY-MM-DD`) when given.
#[cfg(feature = "forms")]
pub fn parse_case_number(
    text: &str,
    meeting_date: Option<&str>,
) -> Result<regionrad::CaseNumber, Error> {
    let date = meeting_date
        .map(|date| regionrad::parse_date("meetingDate", date))
        .transpose()?;
    let number: regionrad::CaseNumber = text.parse()?;
    Ok(match date {
        Some(date) => number.resolved(date),
        None => number,
    })
}

/// The council, where it decoded, or the error that names it.
fn council_of(council: &regionrad::PreparedCouncil) -> Result<&regionrad::Council, Error> {
    council
        .decoded()
        .map_err(|finding| Error::document("council", finding.clone(), Lang::Nb))
}

/// Meeting documents as JSON text, each decoded at its index.
pub fn decoded_meetings(
    meetings: &[String],
) -> impl ExactSizeIterator<Item = regionrad::Decoded<regionrad::Meeting>> + '_ {
    meetings
        .iter()
        .enumerate()
        .map(|(index, text)| regionrad::decode_meeting(text, index))
}

/// The next free number of `body` for a meeting on `date`, given the body's meetings
/// (JSON): a body the council lacks is misuse, a meeting that does not decode bad input.
#[cfg(feature = "forms")]
pub fn next_case_number(
    council: &regionrad::PreparedCouncil,
    meetings: &[String],
    body: &str,
    date: chrono::NaiveDate,
) -> Result<regionrad::CaseNumber, Error> {
    let council = council_of(council)?;
    let meetings = regionrad::document::every_meeting(decoded_meetings(meetings), Lang::Nb)?;
    regionrad::numbering::next_number_of(council, &meetings, body, date)
}

/// Who counted for each item of a meeting (JSON).
#[cfg(feature = "forms")]
pub fn presence(
    council: &regionrad::PreparedCouncil,
    meeting: &str,
) -> Result<Vec<regionrad::quorum::ItemPresence>, Error> {
    let council = council_of(council)?;
    let meeting = regionrad::decode_meeting(meeting, 0)
        .map_err(|finding| Error::document("meeting", finding, Lang::Nb))?;
    regionrad::quorum::presence(council, &meeting)
}

/// A budget split by the council's key (or `key`, a key given for the run), with messages
/// in `lang`.
#[cfg(feature = "cost")]
pub fn contributions(
    council: &str,
    budget: &str,
    population: &str,
    key: Option<&str>,
    lang: Option<&str>,
) -> Result<regionrad::cost::Apportioned, Error> {
    let lang = parse_lang(lang)?;
    let mut result = regionrad::cost::apportion_decoded(
        decode(council, Source::Council),
        decode(budget, Source::Budget),
        decode(population, Source::Population),
        key.map(|key| decode(key, Source::Key)),
    );
    result.report = result.report.localized(lang);
    Ok(result)
}

pub fn parse_lang(lang: Option<&str>) -> Result<Lang, Error> {
    regionrad::parse_lang(lang.unwrap_or("nb"))
}

/// The equal share of a two-part key fitted to invoiced amounts (a JSON list of
/// `{municipality, amount_ore, population}`).
#[cfg(feature = "cost")]
pub fn recover_equal_share(invoiced: &str) -> Result<regionrad::cost::Recovery, Error> {
    let invoiced: Vec<regionrad::cost::Invoiced> = serde_json::from_str(invoiced)
        .map_err(|e| Error::InvalidArgument(format!("invoiced: {e}")))?;
    regionrad::cost::recover_equal_share(&invoiced)
}

/// Apportionments side by side (JSON `[{label, apportionment}]`).
#[cfg(feature = "cost")]
pub fn compare(scenarios: &str) -> Result<regionrad::cost::Comparison, Error> {
    let scenarios: Vec<regionrad::cost::Scenario> = serde_json::from_str(scenarios)
        .map_err(|e| Error::InvalidArgument(format!("scenarios: {e}")))?;
    Ok(regionrad::cost::compare_scenarios(&scenarios))
}

/// The register of open follow-ups as of `as_of`, from the council and meetings (JSON).
#[cfg(feature = "register")]
pub fn register(
    council: &str,
    meetings: &[String],
    as_of: chrono::NaiveDate,
) -> Result<regionrad::followup::Register, Error> {
    let council = regionrad::decode_council(council)
        .map_err(|finding| Error::document("council", finding, Lang::Nb))?;
    let meetings = regionrad::document::every_meeting(decoded_meetings(meetings), Lang::Nb)?;
    Ok(regionrad::followup::register(&council, &meetings, as_of))
}

/// The council and its meetings (JSON) as Popolo.
#[cfg(feature = "opendata")]
pub fn export_popolo(
    council: &str,
    meetings: &[String],
) -> Result<regionrad::export::popolo::Popolo, Error> {
    let council = regionrad::decode_council(council)
        .map_err(|finding| Error::document("council", finding, Lang::Nb))?;
    let meetings = regionrad::document::every_meeting(decoded_meetings(meetings), Lang::Nb)?;
    Ok(regionrad::export::popolo::export(&council, &meetings))
}

/// `today` as an ISO date and `lang` as `nb`/`en` (default `nb`), then the core's report.
#[cfg(feature = "forms")]
pub fn validate(
    council: &regionrad::PreparedCouncil,
    meetings: &[String],
    today: &str,
    lang: Option<&str>,
) -> Result<regionrad::Report, Error> {
    let today = regionrad::parse_date("today", today)?;
    let lang = parse_lang(lang)?;
    Ok(council
        .validate_decoded(decoded_meetings(meetings), today)
        .localized(lang))
}

/// Minutes text read into a meeting, with the council (JSON) where given; the reader's
/// findings in `lang`.
#[cfg(feature = "minutes")]
pub fn read_minutes(
    text: &str,
    council: Option<&str>,
    lang: Option<&str>,
) -> Result<regionrad::minutes::Reading, Error> {
    let lang = parse_lang(lang)?;
    let council = council
        .map(|json| {
            regionrad::decode_council(json)
                .map_err(|finding| Error::document("council", finding, lang))
        })
        .transpose()?;
    Ok(regionrad::minutes::read_in(text, council.as_ref(), lang))
}

/// A meeting (JSON) as decoded, or the error in `lang` that says why it does not decode.
pub fn meeting(meeting: &str, lang: Lang) -> Result<regionrad::Meeting, Error> {
    regionrad::decode_meeting(meeting, 0)
        .map_err(|finding| Error::document("meeting", finding, lang))
}

/// A meeting (JSON) written as clean minutes that read back as it, with the council (JSON)
/// when one is given.
#[cfg(feature = "minutes")]
pub fn write_minutes(
    meeting_json: &str,
    council: Option<&str>,
    lang: Option<&str>,
) -> Result<String, Error> {
    let lang = parse_lang(lang)?;
    let council = council
        .map(|json| {
            regionrad::decode_council(json)
                .map_err(|finding| Error::document("council", finding, lang))
        })
        .transpose()?;
    regionrad::minutes::write(&meeting(meeting_json, lang)?, council.as_ref(), lang)
}

#[cfg(all(test, feature = "forms", feature = "minutes"))]
mod tests {
    use super::*;
    use regionrad::ErrorCode;

    const COUNCIL: &str = include_str!("../../fixtures/councils/trondelag-sorvest.json");

    fn prepared() -> regionrad::PreparedCouncil {
        regionrad::PreparedCouncil::from_decoded(regionrad::decode_council(COUNCIL))
    }
    const MEETING: &str = include_str!("../../fixtures/meetings/2021-11-05-kdu.json");

    #[test]
    fn validates_and_localizes() {
        let broken = MEETING.replace("\"remote\": true", "\"remote\": \"yes\"");
        let report = validate(&prepared(), &[broken], "2021-12-01", Some("en")).unwrap();
        assert_eq!(report.findings.len(), 1);
        assert_eq!(report.findings[0].code.as_str(), "input.invalid");
        assert!(report.findings[0].message.starts_with("Invalid input"));
        let clean = validate(&prepared(), &[MEETING.to_owned()], "2021-12-01", None).unwrap();
        assert!(clean.is_ok(), "{:?}", clean.findings);
    }

    #[test]
    fn parses_case_numbers_or_says_why_not() {
        let number = parse_case_number("KDU 5 /23", Some("2023-01-20")).unwrap();
        assert_eq!(number.to_string(), "KDU 5/2023");
        let err = parse_case_number("12/", None).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidCaseNumber);
        let Error::InvalidCaseNumber(parse_error) = err else {
            panic!("{err:?}")
        };
        assert_eq!(parse_error.kind.as_str(), "missing_year");
        let err = parse_case_number("5/21", Some("5. mars")).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidArgument);
    }

    #[test]
    fn reads_and_writes_minutes() {
        let text = "Referat\nDato: 20.01.23\n\nKDU 1/23 Godkjenning\n\nVedtak: Godkjent\n";
        let reading = read_minutes(text, Some(COUNCIL), Some("en")).unwrap();
        assert_eq!(reading.meeting.body, "kdu");
        let json = serde_json::to_string(&reading.meeting).unwrap();
        let written = write_minutes(&json, Some(COUNCIL), None).unwrap();
        assert!(written.contains("KDU 1/23 Godkjenning"));
        // A title that would begin a line of its own is refused, in the language asked for.
        let mut broken = reading.meeting.clone();
        broken.agenda[0].title = "Godkjenning\nKDU 2/23 Noe annet".to_owned();
        let json = serde_json::to_string(&broken).unwrap();
        let err = write_minutes(&json, None, Some("en")).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput);
        assert!(
            err.to_string().starts_with("meeting: agenda[0].title "),
            "{err}"
        );
        let err = read_minutes(text, Some("{}"), None).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput);
        assert!(err.to_string().starts_with("council: "));
        assert_eq!(
            write_minutes("[]", None, None).unwrap_err().code(),
            ErrorCode::InvalidInput
        );
    }

    #[test]
    fn refuses_bad_arguments_with_a_code() {
        let err = validate(&prepared(), &[], "01.02.2023", None).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidArgument);
        assert!(err.to_string().contains("YYYY-MM-DD"));
        let err = validate(&prepared(), &[], "2023-02-01", Some("sv")).unwrap_err();
        assert_eq!(err.code().as_str(), "invalid_argument");
    }
}
