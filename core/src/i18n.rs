//! Finding messages in bokmål (the default) and English, built from a code's params.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde_json::Value;

use crate::findings::Code;

/// The language of messages: Norwegian bokmål or English.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    #[default]
    Nb,
    En,
}

crate::wire::wire_enum!(Lang { Nb: "nb", En: "en" });

impl FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "nb" => Ok(Lang::Nb),
            "en" => Ok(Lang::En),
            other => Err(format!(
                "unknown language `{other}` (expected `nb` or `en`)"
            )),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Lang::Nb => "nb",
            Lang::En => "en",
        })
    }
}

/// The message template of `code` in `lang`; `{name}` stands for the param `name`.
pub fn template(code: Code, lang: Lang) -> &'static str {
    let (nb, en) = match code {
        Code::InputInvalid => (
            "Ugyldig innhold: {detail}",
            "Invalid input: {detail}",
        ),
        Code::InputUnsupportedSchemaVersion => (
            "schema_version {found} støttes ikke (støttet: {supported})",
            "schema_version {found} is not supported (supported: {supported})",
        ),
        Code::CouncilDuplicateMunicipality => (
            "Kommunenummer {code} er oppført mer enn én gang",
            "Municipality code {code} is listed more than once",
        ),
        Code::CouncilDuplicateOrganisation => (
            "Organisasjonen {id} er oppført mer enn én gang",
            "Organisation {id} is listed more than once",
        ),
        Code::CouncilDuplicateBody => (
            "Organet {id} er oppført mer enn én gang",
            "Body {id} is listed more than once",
        ),
        Code::CouncilUnknownMunicipality => (
            "Kommune {code} er ikke deltaker i rådet",
            "Municipality {code} is not a participant of the council",
        ),
        Code::CouncilUnknownOrganisation => (
            "Organisasjonen {id} finnes ikke i rådet",
            "Organisation {id} is not in the council",
        ),
        Code::CouncilTermEndsBeforeStart => (
            "Perioden slutter ({to}) før den begynner ({from})",
            "The term ends ({to}) before it starts ({from})",
        ),
        Code::CouncilDuplicateMember => (
            "{name} er oppført to ganger i {body} med overlappende perioder",
            "{name} is listed twice in {body} with overlapping terms",
        ),
        Code::CouncilVotingMembersExceedSeats => (
            "{body} har {voting_members} nåværende medlemmer med stemmerett, men bare {seats} plasser",
            "{body} has {voting_members} current voting members but only {seats} seats",
        ),
        Code::CouncilNoSeats => (
            "{body} har ingen plasser",
            "{body} has no seats",
        ),
        Code::MeetingWrongCouncil => (
            "Møtet hører til rådet {found}, ikke {expected}",
            "The meeting belongs to council {found}, not {expected}",
        ),
        Code::MeetingUnknownBody => (
            "Rådet har ikke noe organ {body}",
            "The council has no body {body}",
        ),
        Code::MeetingEndsBeforeStart => (
            "Møtet slutter kl. {end} før det begynner kl. {start}",
            "The meeting ends at {end} before it starts at {start}",
        ),
        Code::MeetingEndDateBeforeDate => (
            "Siste møtedag {end_date} er før første møtedag {date}",
            "The last meeting day {end_date} is before the first {date}",
        ),
        Code::MeetingDateAfterToday => (
            "Møtedatoen {date} er etter dagens dato {today}",
            "The meeting date {date} is after today, {today}",
        ),
        Code::AttendanceDuplicatePerson => (
            "{name} står to ganger i oppmøtelista (også nr. {first_index})",
            "{name} appears twice in the attendance list (also entry {first_index})",
        ),
        Code::AttendanceNotAMember => (
            "{name} møter som medlem, men er ikke medlem av {body} {date}",
            "{name} attends as a member but is not a member of {body} on {date}",
        ),
        Code::AttendanceNotASubstitute => (
            "{name} møter som varamedlem, men er ikke varamedlem i {body} {date}",
            "{name} attends as a substitute but is not a substitute of {body} on {date}",
        ),
        Code::AttendanceSubstituteForUnknown => (
            "{name} møter for {substitute_for}, som ikke er medlem av {body}",
            "{name} attends for {substitute_for}, who is not a member of {body}",
        ),
        Code::AttendanceUnknownMunicipality => (
            "{name} representerer kommune {code}, som ikke er deltaker i rådet",
            "{name} represents municipality {code}, which is not a participant of the council",
        ),
        Code::AttendanceUnknownItem => (
            "Sak {item} står ikke på sakslista",
            "Item {item} is not on the agenda",
        ),
        Code::CaseNumberMalformed => (
            "«{number}» er ikke et gyldig saksnummer (feil ved tegn {position})",
            "“{number}” is not a valid case number (error at character {position})",
        ),
        Code::CaseNumberWrongBody => (
            "Saksnummeret {number} har prefikset {prefix}, men møtet er i {body}",
            "Case number {number} has the prefix {prefix} but the meeting is of {body}",
        ),
        Code::CaseNumberWrongYear => (
            "Saksnummeret {number} har årstallet {year}, men møtet er i {meeting_year}",
            "Case number {number} has the year {year} but the meeting is in {meeting_year}",
        ),
        Code::CaseNumberNotAscending => (
            "Saksnummeret {number} står etter {previous} i sakslista",
            "Case number {number} comes after {previous} on the agenda",
        ),
        Code::CaseNumberDuplicate => (
            "Saksnummeret {number} er brukt før, i møtet {first_date}",
            "Case number {number} was used before, in the meeting of {first_date}",
        ),
        Code::CaseNumberConflictingTitles => (
            "Saksnummeret {number} viser til «{title}» her, men til «{other_title}» tidligere",
            "Case number {number} names “{title}” here but “{other_title}” earlier",
        ),
        Code::CaseNumberGap => (
            "Saksnummer {missing} i {body} {year} finnes ikke i møtene som er gitt",
            "Case numbers {missing} of {body} {year} are not in the meetings given",
        ),
        Code::CaseNumberReferenceToLaterCase => (
            "Henvisningen til {number} peker fram i tid fra møtet {date}",
            "The reference to {number} points forward in time from the meeting of {date}",
        ),
        Code::CostWrongCouncil => (
            "Budsjettet gjelder rådet {found}, ikke {expected}",
            "The budget is for council {found}, not {expected}",
        ),
        Code::CostNoKey => (
            "Rådet har ingen fordelingsnøkkel {key} (har: {known})",
            "The council has no cost key {key} (it has: {known})",
        ),
        Code::CostKeyParameterMissing => (
            "Fordelingsnøkkelen {key} mangler {parameter}; den gjettes ikke",
            "The cost key {key} lacks its {parameter}; it is not guessed",
        ),
        Code::CostKeyFractionsDoNotSum => (
            "Andelene i fordelingsnøkkelen {key} summerer til {sum}, ikke 1",
            "The shares of the cost key {key} add up to {sum}, not 1",
        ),
        Code::CostUnknownMunicipality => (
            "Kommune {code} deltar ikke i rådet dette året",
            "Municipality {code} does not take part in the council that year",
        ),
        Code::CostNegativeAmount => (
            "Beløpet {amount} øre er negativt",
            "The amount {amount} øre is negative",
        ),
        Code::CostSettledExceedsTotal => (
            "Beløp avregnet før nøkkelen ({settled} øre) er større enn totalen ({total} øre)",
            "Amounts settled before the key ({settled} øre) exceed the total ({total} øre)",
        ),
        Code::CostFixedExceedsAmount => (
            "De faste beløpene ({fixed} øre) er større enn beløpet som fordeles ({amount} øre)",
            "The fixed amounts ({fixed} øre) exceed the amount split ({amount} øre)",
        ),
        Code::CostNoParticipants => (
            "Ingen kommuner deltar i {year}",
            "No municipality takes part in {year}",
        ),
        Code::CostZeroBasis => (
            "Delen {part} har et beløp å fordele, men grunnlaget er null for alle",
            "The {part} part has an amount to split but every basis is zero",
        ),
        Code::CostAmountTooLarge => (
            "Beløpet {amount} øre er større enn {max} øre",
            "The amount {amount} øre is more than {max} øre",
        ),
        Code::CostYearOutOfRange => (
            "Budsjettåret {year} er utenfor 1800–2200",
            "The budget year {year} is outside 1800–2200",
        ),
        Code::CostArithmeticOverflow => (
            "Beløpene er for store til å regnes eksakt",
            "The amounts are too large to compute exactly",
        ),
        Code::PopulationMissing => (
            "Folketall for {name} ({code}) 1.1.{year} mangler",
            "No population figure for {name} ({code}) on 1 January {year}",
        ),
        Code::PopulationRetiredCode => (
            "Kommunenummer {code} ({name}) ble avløst av {replaced_by} fra {since}",
            "Municipality code {code} ({name}) was replaced by {replaced_by} from {since}",
        ),
        Code::PopulationDerivedFromPredecessors => (
            "Folketall for {code} 1.1.{year} er summen av {from}",
            "The population of {code} on 1 January {year} is the sum of {from}",
        ),
        Code::CouncilChiefExecutiveVoting => (
            "{name} er kommunedirektør og har stemmerett i det folkevalgte organet {body}",
            "{name} is a chief executive with a vote in the elected body {body}",
        ),
        Code::AttendanceSubstituteWrongGroup => (
            "{name} er varamedlem for gruppen {group}, men møter for {substitute_for} fra gruppen {member_group}",
            "{name} is a substitute of group {group} but attends for {substitute_for} of group {member_group}",
        ),
        Code::AttendanceSubstituteOutOfOrder => (
            "{name} møter, men {before} står foran i rekkefølgen og er ikke ført som møtt eller med forfall",
            "{name} attends, but {before} comes first in order and is recorded neither present nor absent",
        ),
        Code::QuorumNotMet => (
            "Organet var ikke vedtaksført: {counted} av {seats} plasser talte, {needed} trengs ({present})",
            "The body could not decide: {counted} of {seats} seats counted, {needed} needed ({present})",
        ),
        Code::QuorumUncertain => (
            "Vedtaksført bare om {uncertain} var til stede i saken: {counted} sikre av {needed} som trengs",
            "Quorate only if {uncertain} attended the item: {counted} certain of {needed} needed",
        ),
        Code::QuorumMunicipalitiesNotPresent => (
            "{counted} av {of} kommuner var til stede; {needed} trengs for denne saken ({source})",
            "{counted} of {of} municipalities were present; {needed} are needed for this item ({source})",
        ),
        Code::VoteNamedMismatch => (
            "Navngitte stemmer ({named}) stemmer ikke med tallene ({counted})",
            "The named votes ({named}) do not match the counts ({counted})",
        ),
        Code::VoteMoreThanPresent => (
            "{votes} stemmer, men bare {present} med stemmerett var til stede",
            "{votes} votes, but only {present} voting members were present",
        ),
        Code::VoteBlankNotAllowed => (
            "{blank} blanke stemmer i en sak som ikke er et valg",
            "{blank} blank votes in an item that is not an election",
        ),
        Code::VoteUnanimousContradicted => (
            "Vedtaket er ført som enstemmig, men {against} stemte mot og {blank} blankt",
            "The decision is recorded as unanimous, but {against} voted against and {blank} blank",
        ),
        Code::VoteNoMajority => (
            "Vedtaket fikk {for} stemmer for og {against} mot: ikke flertall",
            "The decision had {for} votes for and {against} against: no majority",
        ),
        Code::VoteTieWithoutCastingVote => (
            "Stemmelikhet ({votes}–{votes}) uten at møtelederens dobbeltstemme er ført",
            "A tie ({votes}–{votes}) without the chair's casting vote recorded",
        ),
        Code::VoteCastingVoteInElection => (
            "Stemmelikhet i valg avgjøres ved loddtrekning, ikke med møtelederens stemme",
            "A tie in an election is settled by lot, not by the chair's vote",
        ),
        Code::VoteElectionTie => (
            "Stemmelikhet i valg: avgjøres ved loddtrekning, som referatet bør vise",
            "A tie in an election: settled by lot, which the minutes should show",
        ),
        Code::VoteQualifiedMajorityNotMet => (
            "{for} av {cast} avgitte stemmer; {needed} trengs ({source})",
            "{for} of {cast} votes cast; {needed} are needed ({source})",
        ),
        Code::VoteWrittenProcedureWithoutAssent => (
            "Skriftlig saksbehandling krever at alle {members} medlemmer er enige; {for} stemte for",
            "Written procedure needs all {members} members to agree; {for} voted for",
        ),
        Code::MeetingRemoteNotAuthorised => (
            "Fjernmøte uten at rådet har vedtatt at det kan holdes fjernmøter",
            "A remote meeting without the council's authorisation",
        ),
        Code::MeetingRemoteClosedItem => (
            "Saken skal lukkes etter § 11-5 andre ledd og kan ikke behandles i fjernmøte",
            "The item must be closed under § 11-5 (2) and cannot be handled remotely",
        ),
        Code::MinutesMissingTime => (
            "Møteboka mangler tidspunkt for møtet",
            "The minutes lack the time of the meeting",
        ),
        Code::InputTooLarge => (
            "Dokumentet er på {bytes} byte, mer enn de {max} som leses",
            "The document is {bytes} bytes, more than the {max} read",
        ),
        Code::InputTooDeep => (
            "Dokumentet er nøstet dypere enn {max} nivåer",
            "The document is nested deeper than {max} levels",
        ),
        Code::InputTooMany => (
            "{count} i {what}, mer enn de {max} som leses",
            "{count} in {what}, more than the {max} read",
        ),
        Code::InputTextTooLong => (
            "Teksten er lengre enn {max} tegn",
            "The text is longer than {max} characters",
        ),
        Code::MinutesUnplaced => (
            "Teksten «{text}» fant ingen plass i møtet og er tatt vare på som uplassert",
            "The text “{text}” fits no field of the meeting and is kept as unplaced",
        ),
        Code::MinutesDateNotFound => (
            "Fant ingen møtedato i teksten",
            "No meeting date found in the text",
        ),
        Code::MinutesBodyNotFound => (
            "Fant ikke hvilket utvalg møtet gjelder («{text}»)",
            "Could not tell which body the meeting is of (“{text}”)",
        ),
        Code::MinutesStatusNotUnderstood => (
            "Forstod ikke oppmøtet «{text}» for {name}; ført som ikke til stede",
            "Did not understand the attendance “{text}” of {name}; recorded as absent",
        ),
        Code::MinutesNoItems => (
            "Fant ingen saker i teksten",
            "No items found in the text",
        ),
        Code::MinutesMissingPlace => (
            "Møteboka mangler møtested",
            "The minutes lack the place of the meeting",
        ),
        Code::MinutesMemberNotRecorded => (
            "{name} er verken ført som møtt eller fraværende",
            "{name} is recorded neither present nor absent",
        ),
        Code::MinutesMissingDecision => (
            "Saken mangler vedtak",
            "The item has no decision",
        ),
        Code::MinutesMissingVotingResult => (
            "Vedtaket mangler stemmetall eller «enstemmig»",
            "The decision records neither the votes nor “unanimous”",
        ),
        Code::MinutesClosedWithoutLegalBasis => (
            "Lukket sak uten hjemmel for lukking",
            "A closed item without the legal basis for closing it",
        ),
        Code::MinutesDisqualificationWithoutLegalBasis => (
            "{name} er erklært inhabil uten hjemmel",
            "{name} is declared disqualified without a legal basis",
        ),
        Code::FollowupDueBeforeDecision => (
            "Oppfølgingen har frist {due}, før vedtaket {date}",
            "The follow-up is due {due}, before it was decided on {date}",
        ),
        Code::FollowupOverdue => (
            "Oppfølgingen «{action}» hadde frist {due} og er ikke ført som gjort",
            "The follow-up “{action}” was due {due} and is not recorded as done",
        ),
        Code::FollowupNotOnAgenda => (
            "Oppfølgingen skulle opp i {body} {date}, men står ikke på sakslista",
            "The follow-up was due at {body} on {date} but is not on its agenda",
        ),
        Code::ReferenceDecisionAfterMeeting => (
            "Vedtaket det vises til er datert {decision_date}, etter møtet {date}",
            "The decision referred to is dated {decision_date}, after the meeting of {date}",
        ),
        Code::ReferenceNotInArchive => (
            "Saken det vises til finnes ikke i møtene som er gitt for {body}",
            "The case referred to is not in the meetings given for {body}",
        ),
        Code::ReferenceCycle => (
            "Sakene viser til hverandre i ring",
            "The cases refer to each other in a circle",
        ),
        Code::DecisionPostponedNeverReturns => (
            "Saken ble utsatt, men kommer ikke opp igjen i de {later_meetings} senere møtene",
            "The case was postponed but does not come back in the {later_meetings} later meetings",
        ),
        Code::ReferenceUnknownBody => (
            "Henvisningen {number} gjelder organet {body}, som rådet ikke har",
            "The reference {number} names body {body}, which the council does not have",
        ),
        Code::DecisionUnknownBody => (
            "Saken sendes til {body}, som rådet ikke har",
            "The case is referred to {body}, which the council does not have",
        ),
        Code::FollowupUnknownBody => (
            "Oppfølgingen skal til neste møte i {body}, som rådet ikke har",
            "The follow-up is due at the next meeting of {body}, which the council does not have",
        ),
    };
    match lang {
        Lang::Nb => nb,
        Lang::En => en,
    }
}

/// Renders `code`'s message in `lang`, filling `{name}` from `params`. A placeholder with
/// no param is left as it is, so a missing value shows rather than vanishing.
pub fn message(code: Code, lang: Lang, params: &BTreeMap<String, Value>) -> String {
    let template = template(code, lang);
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match params.get(name) {
                    Some(Value::String(s)) => out.push_str(s),
                    Some(other) => out.push_str(&crate::encode::to_string(other)),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_params_and_keeps_unknown_placeholders() {
        let mut params = BTreeMap::new();
        params.insert("body".to_owned(), Value::from("kdu"));
        assert_eq!(
            message(Code::MeetingUnknownBody, Lang::En, &params),
            "The council has no body kdu"
        );
        assert_eq!(
            message(Code::MeetingUnknownBody, Lang::Nb, &BTreeMap::new()),
            "Rådet har ikke noe organ {body}"
        );
    }

    #[test]
    fn every_code_has_distinct_messages_with_the_same_placeholders() {
        for &code in Code::ALL {
            let nb = template(code, Lang::Nb);
            let en = template(code, Lang::En);
            assert_ne!(nb, en, "{code}: untranslated");
            assert_eq!(placeholders(nb), placeholders(en), "{code}");
        }
    }

    fn placeholders(template: &str) -> Vec<&str> {
        let mut names: Vec<&str> = template
            .split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}').map(|(name, _)| name))
            .collect();
        names.sort_unstable();
        names
    }

    #[test]
    fn lang_parses_only_known_codes() {
        assert_eq!("nb".parse::<Lang>(), Ok(Lang::Nb));
        assert_eq!("en".parse::<Lang>(), Ok(Lang::En));
        assert!("nn".parse::<Lang>().is_err());
    }
}
