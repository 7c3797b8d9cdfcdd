//! Messages of the rules: the council, its meetings, their items, votes, decisions and
//! follow-ups, and the cost key and its population figures.

use crate::findings::Code;

/// `code`'s template in bokmål, nynorsk and English, when it is one of these.
pub(super) fn templates(code: Code) -> Option<(&'static str, &'static str, &'static str)> {
    Some(match code {
            Code::CouncilDuplicateMunicipality => (
                "Kommunenummer {code} er oppført mer enn én gang",
                "Kommunenummer {code} er ført opp meir enn éin gong",
                "Municipality code {code} is listed more than once",
            ),
            Code::CouncilDuplicateOrganisation => (
                "Organisasjonen {id} er oppført mer enn én gang",
                "Organisasjonen {id} er ført opp meir enn éin gong",
                "Organisation {id} is listed more than once",
            ),
            Code::CouncilDuplicateBody => (
                "Organet {id} er oppført mer enn én gang",
                "Organet {id} er ført opp meir enn éin gong",
                "Body {id} is listed more than once",
            ),
            Code::CouncilUnknownMunicipality => (
                "Kommune {code} er ikke deltaker i rådet",
                "Kommune {code} er ikkje deltakar i rådet",
                "Municipality {code} is not a participant of the council",
            ),
            Code::CouncilUnknownOrganisation => (
                "Organisasjonen {id} finnes ikke i rådet",
                "Organisasjonen {id} finst ikkje i rådet",
                "Organisation {id} is not in the council",
            ),
            Code::CouncilTermEndsBeforeStart => (
                "Perioden slutter ({to}) før den begynner ({from})",
                "Perioden sluttar ({to}) før han byrjar ({from})",
                "The term ends ({to}) before it starts ({from})",
            ),
            Code::CouncilDuplicateMember => (
                "{name} er oppført to ganger i {body_name} med overlappende perioder",
                "{name} er ført opp to gonger i {body_name} med overlappande periodar",
                "{name} is listed twice in {body_name} with overlapping terms",
            ),
            Code::CouncilVotingMembersExceedSeats => (
                "{body_name} har {voting_members} nåværende medlemmer med stemmerett, men bare {seats} plasser",
                "{body_name} har {voting_members} noverande medlemmer med stemmerett, men berre {seats} plassar",
                "{body_name} has {voting_members} current voting members but only {seats} seats",
            ),
            Code::CouncilNoSeats => (
                "{body_name} har ingen plasser",
                "{body_name} har ingen plassar",
                "{body_name} has no seats",
            ),
            Code::MeetingWrongCouncil => (
                "Møtet hører til rådet {found}, ikke {expected}",
                "Møtet høyrer til rådet {found}, ikkje {expected}",
                "The meeting belongs to council {found}, not {expected}",
            ),
            Code::MeetingUnknownBody => (
                "Rådet har ikke noe organ {body}",
                "Rådet har ikkje noko organ {body}",
                "The council has no body {body}",
            ),
            Code::MeetingEndsBeforeStart => (
                "Møtet slutter kl. {end} før det begynner kl. {start}",
                "Møtet sluttar kl. {end} før det byrjar kl. {start}",
                "The meeting ends at {end} before it starts at {start}",
            ),
            Code::MeetingEndDateBeforeDate => (
                "Siste møtedag {end_date:date} er før første møtedag {date:date}",
                "Siste møtedag {end_date:date} kjem før første møtedag {date:date}",
                "The last meeting day {end_date:date} is before the first {date:date}",
            ),
            Code::MeetingDateAfterToday => (
                "Møtedatoen {date:date} er etter dagens dato {today:date}",
                "Møtedatoen {date:date} er seinare enn dagens dato {today:date}",
                "The meeting date {date:date} is after today, {today:date}",
            ),
            Code::AttendanceDuplicatePerson => (
                "{name} står to ganger i oppmøtelista (også nr. {first_index})",
                "{name} står to gonger i oppmøtelista (òg nr. {first_index})",
                "{name} appears twice in the attendance list (also entry {first_index})",
            ),
            Code::AttendanceNotAMember => (
                "{name} møter som medlem, men er ikke medlem av {body_name} {date:date}",
                "{name} møter som medlem, men er ikkje medlem av {body_name} {date:date}",
                "{name} attends as a member but is not a member of {body_name} on {date:date}",
            ),
            Code::AttendanceNotASubstitute => (
                "{name} møter som varamedlem, men er ikke varamedlem i {body_name} {date:date}",
                "{name} møter som varamedlem, men er ikkje varamedlem i {body_name} {date:date}",
                "{name} attends as a substitute but is not a substitute of {body_name} on {date:date}",
            ),
            Code::AttendanceSubstituteForUnknown => (
                "{name} møter for {substitute_for}, som ikke er medlem av {body_name}",
                "{name} møter for {substitute_for}, som ikkje er medlem av {body_name}",
                "{name} attends for {substitute_for}, who is not a member of {body_name}",
            ),
            Code::AttendanceUnknownMunicipality => (
                "{name} representerer kommune {code}, som ikke er deltaker i rådet",
                "{name} representerer kommune {code}, som ikkje er deltakar i rådet",
                "{name} represents municipality {code}, which is not a participant of the council",
            ),
            Code::AttendanceUnknownItem => (
                "Sak {item} står ikke på sakslista",
                "Sak {item} står ikkje på sakslista",
                "Item {item} is not on the agenda",
            ),
            Code::CaseNumberMalformed => (
                "«{number}» er ikke et gyldig saksnummer (feil ved tegn {position})",
                "«{number}» er ikkje eit gyldig saksnummer (feil ved teikn {position})",
                "“{number}” is not a valid case number (error at character {position})",
            ),
            Code::CaseNumberWrongBody => (
                "Saksnummeret {number} har prefikset {prefix}, men møtet er i {body_name}",
                "Saksnummeret {number} har prefikset {prefix}, men møtet høyrer til {body_name}",
                "Case number {number} has the prefix {prefix} but the meeting is of {body_name}",
            ),
            Code::CaseNumberWrongYear => (
                "Saksnummeret {number} har årstallet {year}, men møtet er i {meeting_year}",
                "Saksnummeret {number} har årstalet {year}, men møtet er i {meeting_year}",
                "Case number {number} has the year {year} but the meeting is in {meeting_year}",
            ),
            Code::CaseNumberNotAscending => (
                "Saksnummeret {number} står etter {previous} i sakslista",
                "Saksnummeret {number} kjem etter {previous} i sakslista",
                "Case number {number} comes after {previous} on the agenda",
            ),
            Code::CaseNumberDuplicate => (
                "Saksnummeret {number} er allerede brukt, på sak {first_position} i møtet {first_date:date}: gi saken et annet nummer",
                "Saksnummeret {number} er alt brukt, på sak {first_position} i møtet {first_date:date}: gje saka eit anna nummer",
                "Case number {number} is already used, by item {first_position} of the meeting of {first_date:date}: give this item another number",
            ),
            Code::CaseNumberConflictingTitles => (
                "Saksnummeret {number} viser til «{title}» her, men til «{other_title}» tidligere",
                "Saksnummeret {number} viser til «{title}» her, men til «{other_title}» tidlegare",
                "Case number {number} names “{title}” here but “{other_title}” earlier",
            ),
            Code::CaseNumberGap => (
                "Hull i nummereringen: {numbers} finnes ikke i møtene som er gitt. Ta med møtet der nummeret ble brukt, eller rett nummereringen",
                "Hol i nummereringa: {numbers} finst ikkje i møta som er gjevne. Ta med møtet der nummeret vart brukt, eller rett opp nummereringa",
                "Gap in the numbering: {numbers} is in none of the meetings given. Include the meeting that used it, or correct the numbering",
            ),
            Code::CaseNumberReferenceToLaterCase => (
                "Henvisningen til {number} peker fram i tid fra møtet {date:date}",
                "Tilvisinga til {number} peikar fram i tid frå møtet {date:date}",
                "The reference to {number} points forward in time from the meeting of {date:date}",
            ),
            Code::CostWrongCouncil => (
                "Budsjettet gjelder rådet {found}, ikke {expected}",
                "Budsjettet gjeld rådet {found}, ikkje {expected}",
                "The budget is for council {found}, not {expected}",
            ),
            Code::CostNoKey => (
                "Rådet har ingen fordelingsnøkkel {key} (har: {known})",
                "Rådet har ikkje nokon fordelingsnøkkel {key} (har: {known})",
                "The council has no cost key {key} (it has: {known})",
            ),
            Code::CostKeyParameterMissing => (
                "Fordelingsnøkkelen {key} mangler {parameter}; den gjettes ikke",
                "Fordelingsnøkkelen {key} manglar {parameter}; han blir ikkje gjetta",
                "The cost key {key} lacks its {parameter}; it is not guessed",
            ),
            Code::CostKeyFractionsDoNotSum => (
                "Andelene i fordelingsnøkkelen {key} summerer til {sum}, ikke 1",
                "Partane i fordelingsnøkkelen {key} summerer seg til {sum}, ikkje 1",
                "The shares of the cost key {key} add up to {sum}, not 1",
            ),
            Code::CostUnknownMunicipality => (
                "Kommune {code} deltar ikke i rådet dette året",
                "Kommune {code} deltek ikkje i rådet dette året",
                "Municipality {code} does not take part in the council that year",
            ),
            Code::CostNegativeAmount => (
                "Beløpet {amount:kr} er negativt",
                "Beløpet {amount:kr} er negativt",
                "The amount {amount:kr} is negative",
            ),
            Code::CostSettledExceedsTotal => (
                "Beløp avregnet før nøkkelen ({settled:kr}) er større enn totalen ({total:kr})",
                "Beløp som er avrekna før nøkkelen ({settled:kr}), er større enn totalen ({total:kr})",
                "Amounts settled before the key ({settled:kr}) exceed the total ({total:kr})",
            ),
            Code::CostFixedExceedsAmount => (
                "De faste beløpene ({fixed} øre) er større enn beløpet som fordeles ({amount:kr})",
                "Dei faste beløpa ({fixed} øre) er større enn beløpet som blir fordelt ({amount:kr})",
                "The fixed amounts ({fixed} øre) exceed the amount split ({amount:kr})",
            ),
            Code::CostNoParticipants => (
                "Ingen kommuner deltar i {year}",
                "Ingen kommunar deltek i {year}",
                "No municipality takes part in {year}",
            ),
            Code::CostZeroBasis => (
                "Delen {part} har et beløp å fordele, men grunnlaget er null for alle",
                "Delen {part} har eit beløp å fordele, men grunnlaget er null for alle",
                "The {part} part has an amount to split but every basis is zero",
            ),
            Code::CostAmountTooLarge => (
                "Beløpet {amount:kr} er større enn {max:kr}",
                "Beløpet {amount:kr} er meir enn {max:kr}",
                "The amount {amount:kr} is more than {max:kr}",
            ),
            Code::CostYearOutOfRange => (
                "Budsjettåret {year} er utenfor 1800–2200",
                "Budsjettåret {year} er utanfor 1800–2200",
                "The budget year {year} is outside 1800–2200",
            ),
            Code::CostArithmeticOverflow => (
                "Beløpene er for store til å regnes eksakt",
                "Beløpa er for store til å reknast ut eksakt",
                "The amounts are too large to compute exactly",
            ),
            Code::PopulationMissing => (
                "Folketall for {name} ({code}) 1.1.{year} mangler",
                "Folketal for {name} ({code}) 1.1.{year} manglar",
                "No population figure for {name} ({code}) on 1 January {year}",
            ),
            Code::PopulationRetiredCode => (
                "Kommunenummer {code} ({name}) ble avløst av {replaced_by} fra {since}",
                "Kommunenummer {code} ({name}) vart avløyst av {replaced_by} frå {since}",
                "Municipality code {code} ({name}) was replaced by {replaced_by} from {since}",
            ),
            Code::PopulationDerivedFromPredecessors => (
                "Folketall for {code} 1.1.{year} er summen av {from}",
                "Folketalet for {code} 1.1.{year} er summen av {from}",
                "The population of {code} on 1 January {year} is the sum of {from}",
            ),
            Code::CouncilChiefExecutiveVoting => (
                "{name} er kommunedirektør og har stemmerett i det folkevalgte organet {body_name}",
                "{name} er kommunedirektør og har stemmerett i det folkevalde organet {body_name}",
                "{name} is a chief executive with a vote in the elected body {body_name}",
            ),
            Code::AttendanceSubstituteWrongGroup => (
                "{name} er varamedlem for gruppen {group}, men møter for {substitute_for} fra gruppen {member_group}",
                "{name} er varamedlem for gruppa {group}, men møter for {substitute_for} frå gruppa {member_group}",
                "{name} is a substitute of group {group} but attends for {substitute_for} of group {member_group}",
            ),
            Code::AttendanceSubstituteOutOfOrder => (
                "{name} møter, men {before} står foran i rekkefølgen og er ikke ført som møtt eller med forfall",
                "{name} møter, men {before} står framfor i rekkjefølgja og er ikkje ført som møtt eller med forfall",
                "{name} attends, but {before} comes first in order and is recorded neither present nor absent",
            ),
            Code::QuorumNotMet => (
                "Organet var ikke vedtaksført: {counted} av {seats} plasser talte, {needed} trengs ({present})",
                "Organet var ikkje vedtaksført: {counted} av {seats} plassar talde, {needed} trengst ({present})",
                "The body could not decide: {counted} of {seats} seats counted, {needed} needed ({present})",
            ),
            Code::QuorumUncertain => (
                "Vedtaksført bare om {uncertain} var til stede i saken: {counted} sikre av {needed} som trengs",
                "Vedtaksført berre om {uncertain} var til stades i saka: {counted} sikre av {needed} som trengst",
                "Quorate only if {uncertain} attended the item: {counted} certain of {needed} needed",
            ),
            Code::QuorumMunicipalitiesNotPresent => (
                "{counted} av {of} kommuner var til stede; {needed} trengs for denne saken ({source})",
                "{counted} av {of} kommunar var til stades; {needed} trengst for denne saka ({source})",
                "{counted} of {of} municipalities were present; {needed} are needed for this item ({source})",
            ),
            Code::VoteNamedMismatch => (
                "Navngitte stemmer ({named}) stemmer ikke med tallene ({counted})",
                "Namngjevne stemmer ({named}) samsvarer ikkje med tala ({counted})",
                "The named votes ({named}) do not match the counts ({counted})",
            ),
            Code::VoteMoreThanPresent => (
                "{votes} stemmer, men bare {present} med stemmerett var til stede",
                "{votes} stemmer, men berre {present} med stemmerett var til stades",
                "{votes} votes, but only {present} voting members were present",
            ),
            Code::VoteFewerThanPresent => (
                "{votes} stemmer avgitt, men {present} med stemmerett var til stede og har plikt til å stemme",
                "{votes} avgitte stemmer, men {present} med stemmerett var til stades og har plikt til å stemme",
                "{votes} votes cast, but {present} voting members were present and must vote",
            ),
            Code::AttendanceSeatFilledTwice => (
                "{name} møtte for {substitute_for}, som selv var til stede i sak {items}: plassen teller én gang",
                "{name} møtte for {substitute_for}, som sjølv var til stades i sak {items}: plassen tel éin gong",
                "{name} attended for {substitute_for}, who was present too in item {items}: the seat counts once",
            ),
            Code::VoteBlankNotAllowed => (
                "{blank} blanke stemmer i en sak som ikke er et valg",
                "{blank} blanke stemmer i ei sak som ikkje er eit val",
                "{blank} blank votes in an item that is not an election",
            ),
            Code::VoteUnanimousContradicted => (
                "Vedtaket er ført som enstemmig, men {against} stemte mot og {blank} blankt",
                "Vedtaket er ført som samrøystes, men {against} stemte mot og {blank} blankt",
                "The decision is recorded as unanimous, but {against} voted against and {blank} blank",
            ),
            Code::VoteNoMajority => (
                "Vedtaket fikk {for} stemmer for og {against} mot: ikke flertall",
                "Vedtaket fekk {for} stemmer for og {against} mot: ikkje fleirtal",
                "The decision had {for} votes for and {against} against: no majority",
            ),
            Code::VoteTieWithoutCastingVote => (
                "Stemmelikhet ({votes}–{votes}) uten at møtelederens dobbeltstemme er ført",
                "Stemmelikskap ({votes}–{votes}) utan at dobbeltstemma til møteleiaren er ført",
                "A tie ({votes}–{votes}) without the chair's casting vote recorded",
            ),
            Code::VoteCastingVoteInElection => (
                "Stemmelikhet i valg avgjøres ved loddtrekning, ikke med møtelederens stemme",
                "Stemmelikskap i val blir avgjord ved loddtrekning, ikkje med stemma til møteleiaren",
                "A tie in an election is settled by lot, not by the chair's vote",
            ),
            Code::VoteElectionTie => (
                "Stemmelikhet i valg: avgjøres ved loddtrekning, som referatet bør vise",
                "Stemmelikskap i val: blir avgjord ved loddtrekning, som referatet bør vise",
                "A tie in an election: settled by lot, which the minutes should show",
            ),
            Code::VoteQualifiedMajorityNotMet => (
                "{for} av {cast} avgitte stemmer; {needed} trengs ({source})",
                "{for} av {cast} avgitte stemmer; {needed} trengst ({source})",
                "{for} of {cast} votes cast; {needed} are needed ({source})",
            ),
            Code::VoteWrittenProcedureWithoutAssent => (
                "Skriftlig saksbehandling krever at alle {members} medlemmer er enige; {for} stemte for",
                "Skriftleg sakshandsaming krev at alle dei {members} medlemmene er samde; {for} stemte for",
                "Written procedure needs all {members} members to agree; {for} voted for",
            ),
            Code::MeetingRemoteNotAuthorised => (
                "Fjernmøte uten at rådet har vedtatt at det kan holdes fjernmøter",
                "Fjernmøte utan at rådet har vedteke at det kan haldast fjernmøte",
                "A remote meeting without the council's authorisation",
            ),
            Code::MeetingRemoteClosedItem => (
                "Saken skal lukkes etter § 11-5 andre ledd og kan ikke behandles i fjernmøte",
                "Saka skal lukkast etter § 11-5 andre ledd og kan ikkje handsamast i fjernmøte",
                "The item must be closed under § 11-5 (2) and cannot be handled remotely",
            ),
            Code::FollowupClosedByUnknown => (
                "Oppfølgingen er lukket av {closed_by}, men den saken finnes ikke i møtene som er gitt",
                "Oppfølginga er lukka av {closed_by}, men den saka finst ikkje i møta som er gjevne",
                "The follow-up is closed by {closed_by}, but the meetings given have no such case",
            ),
            Code::FollowupClosedBeforeDecided => (
                "Oppfølgingen er lukket av {closed_by} ({closed:date}), før den ble vedtatt {date:date}",
                "Oppfølginga er lukka av {closed_by} ({closed:date}), før ho vart vedteken {date:date}",
                "The follow-up is closed by {closed_by} ({closed:date}), before it was decided on {date:date}",
            ),
            Code::FollowupDueBeforeDecision => (
                "Oppfølgingen har frist {due:date}, før vedtaket {date:date}",
                "Oppfølginga har frist {due:date}, før vedtaket {date:date}",
                "The follow-up is due {due:date}, before it was decided on {date:date}",
            ),
            Code::FollowupOverdue => (
                "Oppfølgingen «{action}» hadde frist {due:date} og er ikke ført som gjort",
                "Oppfølginga «{action}» hadde frist {due:date} og er ikkje ført som gjord",
                "The follow-up “{action}” was due {due:date} and is not recorded as done",
            ),
            Code::FollowupNotOnAgenda => (
                "Oppfølgingen skulle opp i {body} {date:date}, men står ikke på sakslista",
                "Oppfølginga skulle opp i {body} {date:date}, men står ikkje på sakslista",
                "The follow-up was due at {body} on {date:date} but is not on its agenda",
            ),
            Code::ReferenceDecisionAfterMeeting => (
                "Vedtaket det vises til er datert {decision_date:date}, etter møtet {date:date}",
                "Vedtaket det blir vist til, er datert {decision_date:date}, etter møtet {date:date}",
                "The decision referred to is dated {decision_date:date}, after the meeting of {date:date}",
            ),
            Code::ReferenceNotInArchive => (
                "Saken det vises til finnes ikke i møtene som er gitt for {body}",
                "Saka det blir vist til, finst ikkje i møta som er gjevne for {body}",
                "The case referred to is not in the meetings given for {body}",
            ),
            Code::ReferenceCycle => (
                "Sakene viser til hverandre i ring",
                "Sakene viser til kvarandre i ring",
                "The cases refer to each other in a circle",
            ),
            Code::DecisionPostponedNeverReturns => (
                "Saken ble utsatt, men kommer ikke opp igjen i de {later_meetings} senere møtene",
                "Saka vart utsett, men kjem ikkje opp att i dei {later_meetings} seinare møta",
                "The case was postponed but does not come back in the {later_meetings} later meetings",
            ),
            Code::ReferenceUnknownBody => (
                "Henvisningen {number} gjelder organet {body}, som rådet ikke har",
                "Tilvisinga {number} gjeld organet {body}, som rådet ikkje har",
                "The reference {number} names body {body}, which the council does not have",
            ),
            Code::DecisionUnknownBody => (
                "Saken sendes til {body}, som rådet ikke har",
                "Saka blir send til {body}, som rådet ikkje har",
                "The case is referred to {body}, which the council does not have",
            ),
            Code::FollowupUnknownBody => (
                "Oppfølgingen skal til neste møte i {body}, som rådet ikke har",
                "Oppfølginga skal til neste møte i {body}, som rådet ikkje har",
                "The follow-up is due at the next meeting of {body}, which the council does not have",
            ),
        _ => return None,
    })
}
