//! Messages of the minutes reader (`minutes.*`).

use crate::findings::Code;

/// `code`'s template in bokmål, nynorsk and English, when it is one of these.
pub(super) fn templates(code: Code) -> Option<(&'static str, &'static str, &'static str)> {
    Some(match code {
        Code::MinutesMissingTime => (
                "Møteboka mangler tidspunkt for møtet",
                "Møteboka manglar tidspunkt for møtet",
                "The minutes lack the time of the meeting",
            ),
        Code::MinutesUnplaced => (
                "Teksten «{text}» fant ingen plass i møtet og er tatt vare på som uplassert",
                "Teksten «{text}» fann ingen plass i møtet og er teken vare på som uplassert",
                "The text “{text}” fits no field of the meeting and is kept as unplaced",
            ),
        Code::MinutesDateNotFound => (
                "Fant ingen møtedato i teksten",
                "Fann ingen møtedato i teksten",
                "No meeting date found in the text",
            ),
        Code::MinutesBodyNotFound => (
                "Fant ikke hvilket utvalg møtet gjelder («{text}»)",
                "Fann ikkje kva utval møtet gjeld («{text}»)",
                "Could not tell which body the meeting is of (“{text}”)",
            ),
        Code::MinutesStatusNotUnderstood => (
                "Forstod ikke oppmøtet «{text}» for {name}; ført som ikke til stede",
                "Forstod ikkje oppmøtet «{text}» for {name}; ført som ikkje til stades",
                "Did not understand the attendance “{text}” of {name}; recorded as absent",
            ),
        Code::MinutesNoItems => (
                "Fant ingen saker i teksten",
                "Fann ingen saker i teksten",
                "No items found in the text",
            ),
        Code::MinutesMissingPlace => (
                "Møteboka mangler møtested",
                "Møteboka manglar møtestad",
                "The minutes lack the place of the meeting",
            ),
        Code::MinutesMemberNotRecorded => (
                "{name} er verken ført som møtt eller fraværende",
                "{name} er verken ført som møtt eller fråverande",
                "{name} is recorded neither present nor absent",
            ),
        Code::MinutesMissingDecision => (
                "Saken mangler vedtak",
                "Saka manglar vedtak",
                "The item has no decision",
            ),
        Code::MinutesMissingVotingResult => (
                "Vedtaket mangler stemmetall eller «enstemmig»",
                "Vedtaket manglar stemmetal eller «enstemmig»",
                "The decision records neither the votes nor “unanimous”",
            ),
        Code::MinutesClosedWithoutLegalBasis => (
                "Lukket sak uten hjemmel for lukking",
                "Lukka sak utan heimel for lukking",
                "A closed item without the legal basis for closing it",
            ),
        Code::MinutesDisqualificationWithoutLegalBasis => (
                "{name} er erklært inhabil uten hjemmel",
                "{name} er erklært inhabil utan heimel",
                "{name} is declared disqualified without a legal basis",
            ),
        Code::MinutesDisqualificationBasisUnknown => (
                "{name} er erklært inhabil etter «{legal_basis}», som ikke er noen av grunnene i forvaltningsloven § 6 eller kommuneloven § 11-10 andre ledd",
                "{name} er erklært inhabil etter «{legal_basis}», som ikkje er nokon av grunnane i forvaltningslova § 6 eller kommunelova § 11-10 andre ledd",
                "{name} is declared disqualified under “{legal_basis}”, none of the grounds of forvaltningsloven § 6 or kommuneloven § 11-10 second paragraph",
            ),
        _ => return None,
    })
}
