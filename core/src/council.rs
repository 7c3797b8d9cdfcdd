//! The council: its member municipalities, observing organisations, secretariat and bodies
//! with their seats, members and ordered substitutes.

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use schemars::JsonSchema;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::findings::{Code, Finding, PathSegment};
use crate::path;
use crate::strict;

/// A Norwegian municipality number (kommunenummer) as SSB assigns it: four ASCII digits,
/// the first two naming the county (`"5059"` Orkland, `"1576"` Aure).
///
/// ```
/// use regionrad::MunicipalityCode;
/// let orkland: MunicipalityCode = "5059".parse().unwrap();
/// assert_eq!(orkland.county(), "50");
/// assert!("505".parse::<MunicipalityCode>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MunicipalityCode([u8; 4]);

impl MunicipalityCode {
    pub fn as_str(&self) -> &str {
        // The four bytes are ASCII digits by construction.
        std::str::from_utf8(&self.0).unwrap_or("0000")
    }

    /// The county part (fylkesnummer), the first two digits.
    pub fn county(&self) -> &str {
        &self.as_str()[..2]
    }
}

impl FromStr for MunicipalityCode {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.as_bytes() {
            &[a, b, c, d] if [a, b, c, d].iter().all(u8::is_ascii_digit) => {
                Ok(MunicipalityCode([a, b, c, d]))
            }
            _ => Err(format!("`{s}` is not a municipality code of four digits")),
        }
    }
}

impl fmt::Display for MunicipalityCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for MunicipalityCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for MunicipalityCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        strict::parsed(deserializer, "a municipality code")
    }
}

impl JsonSchema for MunicipalityCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "MunicipalityCode".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Kommunenummer: four digits as assigned by SSB.",
            "type": "string",
            "pattern": "^[0-9]{4}$",
        })
    }
}

/// A participating municipality (kommune).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Municipality {
    pub code: MunicipalityCode,
    pub name: String,
    /// When the municipality took part in the council, where known.
    #[serde(default, skip_serializing_if = "Term::is_unbounded")]
    pub participation: Term,
}

impl Municipality {
    /// Municipality `code` named `name`, taking part in every year.
    pub fn new(code: MunicipalityCode, name: &str) -> Self {
        Municipality {
            code,
            name: name.to_owned(),
            participation: Term::default(),
        }
    }
}

/// An organisation that is not a participant but sends observers or staff (the county
/// council, KS, Statsforvalteren, a host municipality's administration).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: String,
    pub name: String,
}

/// A span of time with optional ends; an open end reaches indefinitely that way.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Term {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "strict::optional_date"
    )]
    pub from: Option<NaiveDate>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "strict::optional_date"
    )]
    pub to: Option<NaiveDate>,
}

impl Term {
    pub fn is_unbounded(&self) -> bool {
        self.from.is_none() && self.to.is_none()
    }

    /// Whether `date` lies in the term, both ends included.
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|from| from <= date) && self.to.is_none_or(|to| date <= to)
    }

    /// Whether the two terms share at least one day.
    pub fn overlaps(&self, other: &Term) -> bool {
        let starts_before_other_ends = match (self.from, other.to) {
            (Some(from), Some(to)) => from <= to,
            _ => true,
        };
        let other_starts_before_end = match (other.from, self.to) {
            (Some(from), Some(to)) => from <= to,
            _ => true,
        };
        starts_before_other_ends && other_starts_before_end
    }

    /// Whether the term has not ended (no end date).
    pub fn is_current(&self) -> bool {
        self.to.is_none()
    }
}

/// Whom a member speaks for: `{"municipality": "5059"}` or `{"organisation": "tfk"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Represents {
    /// A participating municipality, by code.
    Municipality(MunicipalityCode),
    /// An organisation of the council, by id.
    Organisation(String),
}

/// Whom a member speaks for as read: both fields, exactly one of them given. (serde's own
/// reading of `{"municipality": …, "organisation": …}` says only "expected value".)
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RepresentsFields {
    municipality: Option<MunicipalityCode>,
    organisation: Option<String>,
}

impl TryFrom<RepresentsFields> for Represents {
    type Error = &'static str;

    fn try_from(f: RepresentsFields) -> Result<Self, Self::Error> {
        match (f.municipality, f.organisation) {
            (Some(code), None) => Ok(Represents::Municipality(code)),
            (None, Some(id)) => Ok(Represents::Organisation(id)),
            _ => Err("expected one field, `municipality` or `organisation`"),
        }
    }
}
strict::deserialize_through!(Represents, RepresentsFields);

/// The office a person holds, which decides e.g. whether a voting seat is a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Role {
    /// Ordfører.
    Mayor,
    /// Varaordfører.
    DeputyMayor,
    /// Another elected politician.
    Politician,
    /// Kommunedirektør / rådmann.
    ChiefExecutive,
    /// Other municipal or organisational staff (kommunalsjef, rådgiver, …).
    Officer,
    /// A representative of an organisation with the right to attend and speak.
    Observer,
}

/// The chair's position within a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    /// Leder.
    Chair,
    /// Nestleder.
    DeputyChair,
}

/// A person holding a seat, or the right to attend, in a body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Member {
    pub name: String,
    /// Other spellings of the name seen in minutes ("Beathe" for "Beate").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    pub represents: Represents,
    pub role: Role,
    /// Stemmerett. Without it the member has the right to attend and speak only.
    pub voting: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<Position>,
    /// The group the member was elected from; substitutes are called from it in order.
    /// Defaults to whom the member represents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(default, skip_serializing_if = "Term::is_unbounded")]
    pub term: Term,
    /// Where the data comes from, or what is uncertain about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Member {
    /// `name`, speaking for `represents` in `role`, with or without a vote, for every date.
    pub fn new(name: &str, represents: Represents, role: Role, voting: bool) -> Self {
        Member {
            name: name.to_owned(),
            aliases: Vec::new(),
            represents,
            role,
            voting,
            position: None,
            group: None,
            term: Term::default(),
            note: None,
        }
    }
}

/// A substitute (varamedlem). Within a group, the list order of a body's substitutes is the
/// order in which they are called.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Substitute {
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    pub represents: Represents,
    pub role: Role,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(default, skip_serializing_if = "Term::is_unbounded")]
    pub term: Term,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Whether a body is elected (folkevalgt organ, under kommuneloven ch. 11) or administrative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BodyKind {
    /// Representantskap/regionråd, arbeidsutvalg and other elected bodies.
    Elected,
    /// Kommunedirektørutvalg, networks and councils of officers: rules come from a mandate.
    Administrative,
}

/// How many must be present for a body to decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "rule", rename_all = "snake_case", deny_unknown_fields)]
pub enum QuorumRule {
    /// At least half of the seats present and voting (kommuneloven § 11-9).
    HalfOfSeats,
    /// More than half of the seats present (the default for administrative bodies).
    MajorityOfSeats,
    /// At least `numerator`/`denominator` of the seats present.
    FractionOfSeats { numerator: u32, denominator: u32 },
}

/// A quorum rule as read: every rule's fields, made the rule its tag names.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct QuorumRuleFields {
    rule: QuorumRuleKind,
    numerator: Option<u32>,
    denominator: Option<u32>,
}

// The names are the rules' tags on the wire.
#[allow(clippy::enum_variant_names)]
#[derive(Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
enum QuorumRuleKind {
    HalfOfSeats,
    MajorityOfSeats,
    FractionOfSeats,
}

impl TryFrom<QuorumRuleFields> for QuorumRule {
    type Error = String;

    fn try_from(f: QuorumRuleFields) -> Result<Self, String> {
        let given = [
            ("numerator", f.numerator.is_some()),
            ("denominator", f.denominator.is_some()),
        ];
        Ok(match f.rule {
            QuorumRuleKind::HalfOfSeats => {
                strict::only("half_of_seats", &given, &[]).map(|()| QuorumRule::HalfOfSeats)?
            }
            QuorumRuleKind::MajorityOfSeats => strict::only("majority_of_seats", &given, &[])
                .map(|()| QuorumRule::MajorityOfSeats)?,
            QuorumRuleKind::FractionOfSeats => {
                let kind = "fraction_of_seats";
                let numerator = strict::need(f.numerator, kind, "numerator")?;
                let denominator = strict::need(f.denominator, kind, "denominator")?;
                if denominator == 0 || numerator > denominator {
                    return Err(format!(
                        "{numerator}/{denominator} is not a fraction of the seats between 0 and 1"
                    ));
                }
                QuorumRule::FractionOfSeats {
                    numerator,
                    denominator,
                }
            }
        })
    }
}
strict::deserialize_through!(QuorumRule, QuorumRuleFields);

/// A stricter rule for items of the given subjects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SpecialRule {
    pub subjects: Vec<crate::meeting::Subject>,
    /// At least this fraction of the participating municipalities must be present (through a
    /// voting member or substitute), as `[numerator, denominator]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipalities_present: Option<[u32; 2]>,
    /// A decision needs at least this fraction of the votes cast, as `[numerator, denominator]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub votes_cast: Option<[u32; 2]>,
    /// Where the rule comes from ("samarbeidsavtalen § 7").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A body of the council: regionråd, arbeidsutvalg, kommunedirektørutvalg, næringsråd, …
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Body {
    /// Short stable id used by meetings and references (`"kdu"`, `"rr"`).
    pub id: String,
    pub name: String,
    /// Other names and abbreviations used in minutes ("rådmannsgruppen", "RR").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    pub kind: BodyKind,
    /// The prefix of the body's case numbers ("KDU" in "KDU 72/21"), if it uses one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_prefix: Option<String>,
    /// Seats with a vote.
    pub seats: u32,
    /// The quorum rule; when absent, the default for the body's kind applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quorum: Option<QuorumRule>,
    /// Stricter rules for items of some subjects (2/3 of the member municipalities present
    /// for the budget; a qualified majority for changes to the agreement).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub special_rules: Vec<SpecialRule>,
    pub members: Vec<Member>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub substitutes: Vec<Substitute>,
}

impl Body {
    /// A body `id` named `name` of `kind` with `seats`, with no members yet and the quorum
    /// of kommuneloven § 11-9.
    pub fn new(id: &str, name: &str, kind: BodyKind, seats: u32) -> Self {
        Body {
            id: id.to_owned(),
            name: name.to_owned(),
            aliases: Vec::new(),
            kind,
            case_prefix: None,
            seats,
            quorum: None,
            special_rules: Vec::new(),
            members: Vec::new(),
            substitutes: Vec::new(),
        }
    }
}

impl Member {
    /// The group substitutes are called from: the configured group, else whom the member
    /// represents.
    pub fn group_name(&self) -> String {
        group_name(&self.group, &self.represents)
    }
}

impl Substitute {
    /// The group the substitute belongs to: the configured group, else whom they represent.
    pub fn group_name(&self) -> String {
        group_name(&self.group, &self.represents)
    }
}

fn group_name(group: &Option<String>, represents: &Represents) -> String {
    match (group, represents) {
        (Some(group), _) => group.clone(),
        (None, Represents::Municipality(code)) => code.to_string(),
        (None, Represents::Organisation(id)) => id.clone(),
    }
}

impl Body {
    /// Every word minutes may name the body by: its id, name, aliases and case prefix.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.id.as_str())
            .chain(std::iter::once(self.name.as_str()))
            .chain(self.aliases.iter().map(String::as_str))
            .chain(self.case_prefix.as_deref())
    }

    /// The quorum rule in force: the configured one, else § 11-9 for elected bodies and a
    /// majority of seats for administrative ones.
    pub fn quorum_rule(&self) -> QuorumRule {
        self.quorum.unwrap_or(match self.kind {
            BodyKind::Elected => QuorumRule::HalfOfSeats,
            BodyKind::Administrative => QuorumRule::MajorityOfSeats,
        })
    }

    /// The member whose name or alias matches `name` and whose term covers `date`.
    pub fn member_on(&self, name: &str, date: NaiveDate) -> Option<&Member> {
        self.members
            .iter()
            .find(|m| m.term.covers(date) && names_match(&m.name, &m.aliases, name))
    }

    /// The substitute whose name or alias matches `name` and whose term covers `date`.
    pub fn substitute_on(&self, name: &str, date: NaiveDate) -> Option<&Substitute> {
        self.substitutes
            .iter()
            .find(|s| s.term.covers(date) && names_match(&s.name, &s.aliases, name))
    }

    /// Whether anyone ever listed as member has this name, whatever the date.
    pub fn has_member_named(&self, name: &str) -> bool {
        self.members
            .iter()
            .any(|m| names_match(&m.name, &m.aliases, name))
    }
}

/// A person of the council's secretariat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StaffMember {
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The title as the council uses it ("Daglig leder").
    pub title: String,
    #[serde(default, skip_serializing_if = "Term::is_unbounded")]
    pub term: Term,
}

/// A council (interkommunalt politisk råd) as configured: the document every meeting is
/// checked against.
// `Default` is an empty council of no schema version, for building one in code
// (`Council { id, name, municipalities, ..Default::default() }`); the doc comment above is
// also the JSON Schema's description, so the note is here.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Council {
    pub schema_version: u32,
    /// Short stable id that meetings name (`"trondelag-sorvest"`).
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub former_names: Vec<String>,
    pub municipalities: Vec<Municipality>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisations: Vec<Organisation>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub staff: Vec<StaffMember>,
    pub bodies: Vec<Body>,
    /// The council's cost keys; the first is the one in force unless a budget names another.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cost_keys: Vec<crate::cost::CostKey>,
    /// Whether the council has authorised remote meetings (kommuneloven § 11-7).
    #[serde(default)]
    pub remote_meetings_authorised: bool,
    /// Where the configuration's facts come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

impl Council {
    /// A council `id` named `name`, with no municipalities, bodies or keys yet.
    pub fn new(id: &str, name: &str) -> Self {
        Council {
            schema_version: crate::SCHEMA_VERSION,
            id: id.to_owned(),
            name: name.to_owned(),
            former_names: Vec::new(),
            municipalities: Vec::new(),
            organisations: Vec::new(),
            staff: Vec::new(),
            bodies: Vec::new(),
            cost_keys: Vec::new(),
            remote_meetings_authorised: false,
            sources: Vec::new(),
        }
    }
}

impl Council {
    pub fn body(&self, id: &str) -> Option<&Body> {
        self.bodies.iter().find(|b| b.id == id)
    }

    pub fn municipality(&self, code: MunicipalityCode) -> Option<&Municipality> {
        self.municipalities.iter().find(|m| m.code == code)
    }

    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.id == id)
    }
}

/// Whether `candidate` names the person called `name` (or one of `aliases`): compared
/// without regard to case, surrounding spaces or repeated spaces.
pub fn names_match(name: &str, aliases: &[String], candidate: &str) -> bool {
    same_name(name, candidate) || aliases.iter().any(|a| same_name(a, candidate))
}

/// Whether two names are the same as names are compared ([`normalize_name`]), without
/// building either: this runs for every member against every name in the minutes.
fn same_name(a: &str, b: &str) -> bool {
    name_chars(a).eq(name_chars(b))
}

/// The characters of a name's normal form: lower case, words joined by single spaces.
fn name_chars(name: &str) -> impl Iterator<Item = char> + '_ {
    name.split_whitespace().enumerate().flat_map(|(i, word)| {
        let space = (i > 0).then_some(' ');
        space
            .into_iter()
            .chain(word.chars().flat_map(char::to_lowercase))
    })
}

/// A name as names are compared: lower case, single spaces.
pub(crate) fn normalize_name(name: &str) -> String {
    let mut normal = String::with_capacity(name.len());
    normal.extend(name_chars(name));
    normal
}

/// The council's own rules: unique ids, known municipalities and organisations, sane terms,
/// seats that hold the voting members.
pub(crate) fn check(council: &Council, findings: &mut Vec<Finding>) {
    check_unique(
        council.municipalities.iter().map(|m| m.code.to_string()),
        |i, code| {
            Finding::council(
                Code::CouncilDuplicateMunicipality,
                path!["municipalities", i, "code"],
            )
            .param("code", code)
        },
        findings,
    );
    check_unique(
        council.organisations.iter().map(|o| o.id.clone()),
        |i, id| {
            Finding::council(
                Code::CouncilDuplicateOrganisation,
                path!["organisations", i, "id"],
            )
            .param("id", id)
        },
        findings,
    );
    check_unique(
        council.bodies.iter().map(|b| b.id.clone()),
        |i, id| {
            Finding::council(Code::CouncilDuplicateBody, path!["bodies", i, "id"]).param("id", id)
        },
        findings,
    );
    for (i, municipality) in council.municipalities.iter().enumerate() {
        check_term(
            &municipality.participation,
            path!["municipalities", i, "participation"],
            findings,
        );
    }
    for (b, body) in council.bodies.iter().enumerate() {
        check_body(council, b, body, findings);
    }
}

fn check_unique(
    keys: impl Iterator<Item = String>,
    finding: impl Fn(usize, String) -> Finding,
    findings: &mut Vec<Finding>,
) {
    let mut seen = std::collections::BTreeSet::new();
    for (i, key) in keys.enumerate() {
        if !seen.insert(key.clone()) {
            findings.push(finding(i, key));
        }
    }
}

fn check_body(council: &Council, b: usize, body: &Body, findings: &mut Vec<Finding>) {
    if body.seats == 0 {
        findings.push(
            Finding::council(Code::CouncilNoSeats, path!["bodies", b, "seats"])
                .param("body", body.id.as_str())
                .param("body_name", body.name.as_str()),
        );
    }
    let current_voting = body
        .members
        .iter()
        .filter(|m| m.voting && m.term.is_current())
        .count();
    if current_voting > body.seats as usize {
        findings.push(
            Finding::council(
                Code::CouncilVotingMembersExceedSeats,
                path!["bodies", b, "seats"],
            )
            .param("body", body.id.as_str())
            .param("body_name", body.name.as_str())
            .param("seats", body.seats)
            .param("voting_members", current_voting),
        );
    }
    if body.kind == BodyKind::Elected {
        for (i, member) in body.members.iter().enumerate() {
            if member.voting && member.role == Role::ChiefExecutive {
                findings.push(
                    Finding::council(
                        Code::CouncilChiefExecutiveVoting,
                        path!["bodies", b, "members", i, "voting"],
                    )
                    .param("name", member.name.as_str())
                    .param("body", body.id.as_str())
                    .param("body_name", body.name.as_str()),
                );
            }
        }
    }
    let members = body.members.iter().enumerate();
    let members = members.map(|(i, m)| ("members", i, &m.represents, &m.term));
    let substitutes = body.substitutes.iter().enumerate();
    let substitutes = substitutes.map(|(i, s)| ("substitutes", i, &s.represents, &s.term));
    for (list, i, represents, term) in members.chain(substitutes) {
        let base = path!["bodies", b, list, i];
        check_represents(council, represents, &base, findings);
        check_term(term, extend(&base, "term"), findings);
    }
    // Each earlier member under each of its names, normalised once: a lookup per member,
    // not a comparison with every earlier one.
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, member) in body.members.iter().enumerate() {
        let name = normalize_name(&member.name);
        let twin = by_name.get(&name).is_some_and(|earlier| {
            earlier
                .iter()
                .any(|&j| body.members[j].term.overlaps(&member.term))
        });
        let names = member.aliases.iter().map(|a| normalize_name(a));
        for n in std::iter::once(name).chain(names) {
            by_name.entry(n).or_default().push(i);
        }
        if twin {
            findings.push(
                Finding::council(
                    Code::CouncilDuplicateMember,
                    path!["bodies", b, "members", i, "name"],
                )
                .param("name", member.name.as_str())
                .param("body", body.id.as_str())
                .param("body_name", body.name.as_str()),
            );
        }
    }
}

fn check_represents(
    council: &Council,
    represents: &Represents,
    base: &[PathSegment],
    findings: &mut Vec<Finding>,
) {
    match represents {
        Represents::Municipality(code) if council.municipality(*code).is_none() => findings.push(
            Finding::council(
                Code::CouncilUnknownMunicipality,
                extend(&extend(base, "represents"), "municipality"),
            )
            .param("code", code.as_str()),
        ),
        Represents::Organisation(id) if council.organisation(id).is_none() => findings.push(
            Finding::council(
                Code::CouncilUnknownOrganisation,
                extend(&extend(base, "represents"), "organisation"),
            )
            .param("id", id.as_str()),
        ),
        _ => {}
    }
}

fn check_term(term: &Term, at: Vec<PathSegment>, findings: &mut Vec<Finding>) {
    if let (Some(from), Some(to)) = (term.from, term.to) {
        if to < from {
            findings.push(
                Finding::council(Code::CouncilTermEndsBeforeStart, extend(&at, "to"))
                    .param("from", from.to_string())
                    .param("to", to.to_string()),
            );
        }
    }
}

/// `base` with one more field: paths are built by rules that nest.
pub(crate) fn extend(base: &[PathSegment], field: &str) -> Vec<PathSegment> {
    let mut path = base.to_vec();
    path.push(PathSegment::from(field));
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn municipality_codes_are_four_ascii_digits() {
        assert_eq!(
            "5059".parse::<MunicipalityCode>().unwrap().to_string(),
            "5059"
        );
        for bad in ["", "505", "50590", "50a9", "５０５９", " 5059"] {
            assert!(bad.parse::<MunicipalityCode>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn terms_cover_their_ends_and_overlap_correctly() {
        let spring = Term {
            from: Some(date("2021-01-01")),
            to: Some(date("2021-06-30")),
        };
        assert!(spring.covers(date("2021-01-01")));
        assert!(spring.covers(date("2021-06-30")));
        assert!(!spring.covers(date("2021-07-01")));
        let autumn = Term {
            from: Some(date("2021-07-01")),
            to: None,
        };
        assert!(!spring.overlaps(&autumn));
        assert!(!autumn.overlaps(&spring));
        let touching = Term {
            from: Some(date("2021-06-30")),
            to: None,
        };
        assert!(spring.overlaps(&touching));
        assert!(Term::default().overlaps(&spring));
    }

    #[test]
    fn names_match_ignoring_case_and_spacing_and_by_alias() {
        let aliases = vec!["Beathe Sandvik Meland".to_owned()];
        assert!(names_match(
            "Beate Sandvik Meland",
            &aliases,
            "beathe  sandvik meland"
        ));
        assert!(names_match("Ola Morten teigen", &[], "Ola Morten Teigen"));
        assert!(!names_match("Ola Morten teigen", &[], "Ola Teigen"));
    }
}
