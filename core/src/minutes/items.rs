//! Agenda items: the heading with its case number and title, then the parts a secretariat
//! writes — case officer, documents, background, assessment, proposal, decision — or, for a
//! closing "orienteringer" item, its points.

use chrono::NaiveDate;

use crate::case_number::{self, CaseNumber};
use crate::clock_time::ClockTime;
use crate::decision::{CaseReference, FollowUp};
use crate::findings::{PathSegment, Span};
use crate::meeting::{AgendaItem, Proposal, SubItem};
use crate::minutes::dates::after_time;
use crate::minutes::extract;
use crate::minutes::names::Resolver;
use crate::minutes::record::{self, Record};
use crate::minutes::references::{self, Context};
use crate::minutes::text::{case_number_end, joined, lower, paragraphs, span_between, Line};
use crate::path;

/// What record lines of an item (or a point) said outright; it wins over what the words give.
#[derive(Default)]
struct Explicit {
    voting: Option<(Option<bool>, Option<crate::decision::Votes>)>,
    kind: Option<(crate::decision::DecisionKind, Option<String>)>,
    follow_ups: Option<Vec<crate::decision::FollowUp>>,
    references: Option<Vec<crate::decision::CaseReference>>,
    closed: Option<crate::meeting::Closure>,
    subject: Option<crate::meeting::Subject>,
    day: Option<u32>,
    disqualified: Vec<crate::meeting::Disqualification>,
    number: Option<String>,
}

impl Explicit {
    /// Takes a paragraph that begins with a record line; false when it does not.
    fn take(&mut self, para: &[&Line]) -> bool {
        let Some(first) = para.first().filter(|l| !l.is_bullet()) else {
            return false;
        };
        // "Votering:" with the votes on the line under it, as case systems print it.
        if let [label, votes] = para {
            if lower(label.text.trim()) == "votering:" {
                return match record::voting(&votes.text) {
                    Some(Record::Voting { unanimous, votes }) => {
                        self.voting = Some((unanimous, votes));
                        true
                    }
                    _ => false,
                };
            }
        }
        let Some(found) = record::parse(&first.text) else {
            return false;
        };
        let rest = &para[1..];
        match found {
            Record::Voting { unanimous, votes } => self.voting = Some((unanimous, votes)),
            Record::Kind(kind, body) => self.kind = Some((kind, body)),
            Record::Closed(closure) => self.closed = Some(closure),
            Record::Subject(subject) => self.subject = Some(subject),
            Record::Day(day) => self.day = Some(day),
            Record::Number(number) => self.number = Some(number),
            Record::Disqualified(d) => self.disqualified.push(d),
            Record::FollowUps => {
                let list: Option<Vec<_>> = rest
                    .iter()
                    .map(|l| record::follow_up(record_point(l)?))
                    .collect();
                match list {
                    Some(list) => self.follow_ups = Some(list),
                    None => return false,
                }
            }
            Record::References => {
                let list: Option<Vec<_>> = rest
                    .iter()
                    .map(|l| record::reference(record_point(l)?))
                    .collect();
                match list {
                    Some(list) => self.references = Some(list),
                    None => return false,
                }
            }
            // Only the head of the minutes says how the body dealt with the items.
            Record::Written(_) | Record::Remote(_) => return false,
        }
        true
    }

    fn apply(
        self,
        decision: &mut Option<crate::decision::Decision>,
        follow_ups: &mut Vec<crate::decision::FollowUp>,
        references: &mut Vec<crate::decision::CaseReference>,
    ) {
        if let Some(d) = decision.as_mut() {
            if let Some((unanimous, votes)) = self.voting {
                d.unanimous = unanimous;
                d.votes = votes;
            }
            if let Some((kind, body)) = self.kind {
                d.kind = kind;
                d.referred_to = body;
            }
        }
        if let Some(list) = self.follow_ups {
            *follow_ups = list;
        }
        if let Some(list) = self.references {
            *references = list;
        }
    }
}

/// An item's heading line.
#[derive(Debug, Clone)]
pub(crate) struct Heading {
    /// The number as written; none for "Sak: …", whose number (if any) a record line gives.
    pub number: Option<String>,
    pub title: String,
    pub not_before: Option<ClockTime>,
    pub parsed: Option<CaseNumber>,
}

/// Reads "10/ 21 Godkjenning …", "KDU 5 /23 – Økonomi …", "Sak 3/21: …" as a heading.
pub(crate) fn heading(line: &Line) -> Option<Heading> {
    if line.is_bullet() || line.text.chars().count() > 300 {
        return None;
    }
    let text = &*line.text;
    // "Sak: Eventuelt": an item without a number, as written minutes put it.
    if let Some(title) = text
        .strip_prefix("Sak: ")
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        let (title, not_before) = title_and_time(title);
        return Some(Heading {
            number: None,
            title,
            not_before,
            parsed: None,
        });
    }
    let mut rest = text;
    for word in [
        "Sak nr.", "Sak nr", "Saksnr.", "Saksnr", "Sak", "SAK", "sak",
    ] {
        if let Some(r) = rest.strip_prefix(word).filter(|r| r.starts_with(' ')) {
            rest = r.trim_start();
            break;
        }
    }
    let number_start = text.len() - rest.len();
    // An optional prefix of letters ("KDU"), then the number.
    let letters = rest
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '-')
        .count();
    let after_prefix = if letters > 0 {
        let prefix_len: usize = rest.chars().take(letters).map(char::len_utf8).sum();
        let after = &rest[prefix_len..];
        if !(after.starts_with(' ') && letters <= 10) {
            return None;
        }
        &after[1..]
    } else {
        rest
    };
    let offset = text.len() - after_prefix.len();
    let number_end = case_number_end(text, offset)?;
    let number = text[number_start..number_end].to_owned();
    let parsed = case_number::parse(&number).ok()?;
    let title_raw = text[number_end..]
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—' | '.'))
        .trim();
    if title_raw.is_empty()
        || !title_raw.starts_with(|c: char| c.is_alphanumeric() || c == '«' || c == '"')
    {
        return None;
    }
    let (title, not_before) = title_and_time(title_raw);
    Some(Heading {
        number: Some(number),
        title,
        not_before,
        parsed: Some(parsed),
    })
}

/// "Desentralisert sykepleieutdanning (etter kl 1100)" → the title and 11:00.
fn title_and_time(title: &str) -> (String, Option<ClockTime>) {
    if let (Some(open), Some(close)) = (title.rfind('('), title.rfind(')')) {
        if open < close && close + 1 == title.len() {
            if let Some((time, _, _)) = after_time(&title[open..]) {
                return (title[..open].trim().to_owned(), Some(time));
            }
        }
    }
    (title.to_owned(), None)
}

/// Whether a heading continues the agenda after `previous`: the same year and a later
/// number, or simply the next number.
pub(crate) fn continues(previous: &CaseNumber, next: &CaseNumber, date: Option<NaiveDate>) -> bool {
    let year = |n: &CaseNumber| {
        date.map_or_else(|| i32::from(n.year.full().unwrap_or(0)), |d| n.year_on(d))
    };
    (year(previous) == year(next) && next.sequence > previous.sequence)
        || next.sequence == previous.sequence + 1
}

/// Whether a heading heads an item of the agenda, after the heading with the number
/// `previous`: it continues the agenda's numbers (or opens it), or — a number out of
/// sequence, a duplicate, a slip — its line stands alone and reads as a title, not as a
/// sentence quoting an earlier case. The reader and the writer both ask.
pub(crate) fn heads_item(
    previous: Option<&CaseNumber>,
    heading: &Heading,
    stands_alone: bool,
    date: Option<NaiveDate>,
) -> bool {
    (stands_alone && heads_out_of_sequence(heading, date))
        || match (previous, &heading.parsed) {
            (Some(p), Some(next)) => continues(p, next, date),
            (None, next) => opens(next.as_ref(), date),
            (Some(_), None) => false,
        }
}

/// Whether a heading's title reads as a title: short, one phrase, no closing full stop
/// ("Sak 6/21 Desentralisert sykepleierutdanning. Tillegg i rødt …" is a sentence).
pub(crate) fn title_like(heading: &Heading) -> bool {
    let title = heading.title.trim();
    title.chars().count() <= 120 && !title.contains(". ") && !title.ends_with('.')
}

/// Whether a heading heads an item even out of sequence (a duplicate number, a slip) when
/// its line stands alone: it reads as a title, not as a sentence quoting an earlier case,
/// and its year is the meeting's.
pub(crate) fn heads_out_of_sequence(heading: &Heading, date: Option<NaiveDate>) -> bool {
    (heading.parsed.is_none() || title_like(heading)) && opens(heading.parsed.as_ref(), date)
}

/// Whether text whose first line stood alone would head an item: the writer keeps such a
/// line beside the line before it, as it stood in the text read.
pub(crate) fn first_line_heads_an_item(text: &str, date: Option<NaiveDate>) -> bool {
    let first = text.lines().next().unwrap_or_default();
    crate::minutes::text::lines(first)
        .first()
        .and_then(heading)
        .is_some_and(|h| heads_out_of_sequence(&h, date))
}

/// Whether a heading may open the agenda: its year is the meeting's.
pub(crate) fn opens(first: Option<&CaseNumber>, date: Option<NaiveDate>) -> bool {
    match (first, date) {
        (Some(first), Some(d)) => first.year_on(d) == chrono::Datelike::year(&d),
        _ => true,
    }
}

/// The parts of an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Introduction,
    Background,
    Assessment,
    Discussion,
    Proposal,
    Decision,
}

enum Label {
    CaseOfficers(String),
    Documents(String),
    Section(Section, String),
    NoProposal,
    FollowsUp,
}

/// A point of a record list as the writer wrote it: the line after its "- ", emphasis
/// marks and all. The texts in it are written as they are, and reading them cleaned would
/// drop what they hold ("**Innspillet** sendes" read back without its marks).
fn record_point<'a>(line: &Line<'a>) -> Option<&'a str> {
    line.raw.trim().strip_prefix("- ")
}

fn strip_label<'t>(text: &'t str, lower_text: &str, words: &[&str]) -> Option<&'t str> {
    for word in words {
        if lower_text == *word || lower_text.strip_suffix(':') == Some(word) {
            return Some("");
        }
        if let Some(rest) = lower_text
            .strip_prefix(word)
            .and_then(|r| r.strip_prefix(':'))
        {
            let value = &text[text.len() - rest.len()..];
            return Some(value.trim());
        }
    }
    None
}

fn label(line: &Line) -> Option<Label> {
    if line.is_bullet() {
        return None;
    }
    let text = line.text.trim();
    let l = lower(text);
    if let Some(v) = strip_label(text, &l, &["saksbehandler", "saksbehandlere"]) {
        return Some(Label::CaseOfficers(v.to_owned()));
    }
    if let Some(rest) = l.strip_prefix("saksbehandler ") {
        return Some(Label::CaseOfficers(
            text[text.len() - rest.len()..].trim().to_owned(),
        ));
    }
    if let Some(v) = strip_label(
        text,
        &l,
        &[
            "dokumenter som følger saken",
            "vedlegg",
            "dokumenter",
            "saksdokumenter",
        ],
    ) {
        return Some(Label::Documents(v.to_owned()));
    }
    if matches!(
        l.trim_end_matches('.'),
        "saken legges fram uten innstilling"
            | "saken legges frem uten innstilling"
            | "saken fremmes uten innstilling"
            | "uten innstilling"
    ) {
        return Some(Label::NoProposal);
    }
    if l.starts_with("oppfølging sak ") || l.starts_with("oppfølging av sak ") {
        return Some(Label::FollowsUp);
    }
    let sections: [(Section, &[&str]); 5] = [
        (
            Section::Background,
            &[
                "bakgrunn for saken",
                "bakgrunn",
                "saksopplysninger",
                "saksframstilling",
            ],
        ),
        (
            Section::Assessment,
            &["vurdering", "vurderinger", "daglig leders vurdering"],
        ),
        (
            Section::Discussion,
            &[
                "drøfting",
                "diskusjon",
                "oppfølging",
                "behandling i møtet",
                "møtebehandling",
                "behandling",
            ],
        ),
        (
            Section::Proposal,
            &[
                "forslag til vedtak",
                "innstilling",
                "forslag til innstilling",
                "daglig leders forslag til vedtak",
            ],
        ),
        (
            Section::Decision,
            &["vedtak", "konklusjon", "vedtak i møtet", "vedtak i saken"],
        ),
    ];
    for (section, words) in sections {
        if let Some(v) = strip_label(text, &l, words) {
            return Some(Label::Section(section, v.to_owned()));
        }
    }
    owned_section(text, &l).map(|(section, v)| Label::Section(section, v.to_owned()))
}

/// A section named with whose it is, as case systems print it: "Kommunedirektørens
/// innstilling:", "Regionrådets vedtak:", "Arbeidsutvalgets behandling:" — one word in the
/// genitive (ending in "s"), then the section.
fn owned_section<'t>(text: &'t str, lower_text: &str) -> Option<(Section, &'t str)> {
    let (owner, rest) = lower_text.split_once(' ')?;
    if owner.chars().count() < 3 || !owner.ends_with('s') || !owner.chars().all(char::is_alphabetic)
    {
        return None;
    }
    // `lower` keeps byte offsets, so the rest of the text starts where the lowered one does.
    let rest_text = text.get(text.len() - rest.len()..)?;
    let sections: [(Section, &[&str]); 3] = [
        (
            Section::Proposal,
            &[
                "innstilling",
                "forslag til vedtak",
                "forslag til innstilling",
            ],
        ),
        (Section::Decision, &["vedtak"]),
        (Section::Discussion, &["behandling"]),
    ];
    sections.into_iter().find_map(|(section, words)| {
        strip_label(rest_text, rest, words).map(|value| (section, value))
    })
}

/// "Ingvill Kvernmo/ Bjørn Buan / Kari Frøseth" → three names.
fn officers(value: &str) -> Vec<String> {
    value
        .split(['/', ',', ';'])
        // Trimmed first, so that a piece ending in "og" is not split at it.
        .flat_map(|p| p.trim().split(" og "))
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// Text taken into one field, with the lines it came from.
#[derive(Default)]
struct Field<'l, 'a> {
    paragraphs: Vec<String>,
    lines: Vec<&'l Line<'a>>,
}

impl<'l, 'a> Field<'l, 'a> {
    fn push(&mut self, text: String, lines: &[&'l Line<'a>]) {
        // A fenced block keeps even an empty text.
        if !text.is_empty() || lines.iter().any(|l| l.verbatim().is_some()) {
            self.paragraphs.push(text);
        }
        self.lines.extend_from_slice(lines);
    }

    fn text(&self) -> Option<String> {
        (!self.paragraphs.is_empty()).then(|| self.paragraphs.join("\n\n"))
    }

    fn span(&self) -> Option<Span> {
        Some(span_between(self.lines.first()?, self.lines.last()?))
    }
}

/// What reading an item gives besides the item: spans by path below the item.
pub(crate) struct ReadItem {
    pub item: AgendaItem,
    pub spans: Vec<(Vec<PathSegment>, Span)>,
}

/// The meeting an item is read in.
pub(crate) struct ItemContext<'r, 'c> {
    pub resolver: &'r Resolver<'c>,
    pub body: String,
    pub date: Option<NaiveDate>,
}

/// Reads one item from its heading and the lines up to the next one.
pub(crate) fn read(
    heading: &Heading,
    heading_line: &Line,
    lines: &[Line],
    cx: &ItemContext,
) -> ReadItem {
    let mut spans = vec![(path!["title"], heading_line.span_of(&heading.title))];
    if let Some(number) = &heading.number {
        spans.push((path!["number"], heading_line.span_of(number)));
    }
    let paras = paragraphs(lines);
    let mut item = AgendaItem {
        number: heading.number.clone(),
        title: heading.title.clone(),
        not_before: heading.not_before,
        case_officers: Vec::new(),
        documents: Vec::new(),
        introduction: None,
        background: None,
        assessment: None,
        discussion: None,
        proposal: None,
        decision: None,
        follow_ups: Vec::new(),
        references: Vec::new(),
        sub_items: Vec::new(),
        closed: None,
        subject: None,
        day: None,
        disqualified: Vec::new(),
    };
    // The decision is the last "Vedtak"/"Konklusjon": an earlier one quotes another body.
    let last_decision = paras
        .iter()
        .rposition(|p| matches!(label(p[0]), Some(Label::Section(Section::Decision, _))));
    let mut fields: [Field; 6] = Default::default();
    let mut current = Section::Introduction;
    let mut no_proposal = false;
    let mut follows_up_lines: Vec<&str> = Vec::new();
    let mut sub_start = None;
    let mut explicit = Explicit::default();
    let mut sub_end = paras.len();
    for (k, para) in paras.iter().enumerate() {
        let first = para[0];
        if sub_start.is_some() && sub_end == paras.len() {
            // Points run to the end, or to "Vedtak i saken:", the item's own decision.
            if !lower(&first.text).starts_with("vedtak i saken") || first.is_bullet() {
                continue;
            }
            sub_end = k;
        }
        if explicit.take(para) {
            continue;
        }
        match label(first) {
            Some(Label::CaseOfficers(value)) => {
                for name in officers(&value) {
                    let at = path!["case_officers", item.case_officers.len()];
                    spans.push((at, first.span_of(&name)));
                    item.case_officers.push(name);
                }
                fields[current as usize].push(joined(&para[1..]), &para[1..]);
            }
            Some(Label::Documents(value)) => {
                let values = std::iter::once((value, first))
                    .chain(para[1..].iter().map(|l| (l.text.to_string(), *l)));
                for (document, line) in values.filter(|(v, _)| !v.is_empty()) {
                    spans.push((
                        path!["documents", item.documents.len()],
                        line.span_of(&document),
                    ));
                    item.documents.push(document);
                }
            }
            Some(Label::NoProposal) => {
                no_proposal = true;
                spans.push((path!["proposal"], first.span()));
                current = Section::Discussion;
                fields[current as usize].push(joined(&para[1..]), &para[1..]);
            }
            Some(Label::FollowsUp) => {
                follows_up_lines.push(&*first.text);
                current = Section::Background;
                fields[current as usize].push(joined(&para[1..]), &para[1..]);
            }
            Some(Label::Section(section, inline))
                if section != Section::Decision || Some(k) == last_decision =>
            {
                current = section;
                let mut text = inline;
                let rest = joined(&para[1..]);
                if !rest.is_empty() {
                    if !text.is_empty() {
                        text.push('\n');
                    }
                    text.push_str(&rest);
                }
                fields[current as usize].push(text, para);
            }
            _ if first.is_bullet() && k == 0
                || first.is_bullet()
                    && fields.iter().all(|f| f.paragraphs.is_empty())
                    && sub_start.is_none()
                    && current == Section::Introduction =>
            {
                sub_start = Some(k);
            }
            _ => fields[current as usize].push(joined(para), para),
        }
    }
    if let Some(start) = sub_start {
        read_sub_items(&paras[start..sub_end], cx, &mut item, &mut spans);
    }
    let names = ["introduction", "background", "assessment", "discussion"];
    for (section, name) in [
        Section::Introduction,
        Section::Background,
        Section::Assessment,
        Section::Discussion,
    ]
    .into_iter()
    .zip(names)
    {
        let field = &fields[section as usize];
        if let (Some(text), Some(span)) = (field.text(), field.span()) {
            spans.push((path![name], span));
            let slot = match section {
                Section::Introduction => &mut item.introduction,
                Section::Background => &mut item.background,
                Section::Assessment => &mut item.assessment,
                _ => &mut item.discussion,
            };
            *slot = Some(text);
        }
    }
    let proposal = &fields[Section::Proposal as usize];
    if let Some(text) = proposal.text() {
        item.proposal = Some(Proposal::Text { text });
        if let Some(span) = proposal.span() {
            spans.push((path!["proposal", "text"], span));
        }
    } else if no_proposal {
        item.proposal = Some(Proposal::None);
    }
    let approval = extract::is_approval_title(&item.title);
    // An approval item's words are its decision ("Referat godkjent") when nothing says so.
    if approval
        && fields[Section::Decision as usize].paragraphs.is_empty()
        && item.sub_items.is_empty()
    {
        let only_introduction = fields.iter().skip(1).all(|f| f.paragraphs.is_empty());
        if only_introduction && item.introduction.is_some() {
            item.introduction = None;
            spans.retain(|(path, _)| path != &path!["introduction"]);
            fields.swap(Section::Introduction as usize, Section::Decision as usize);
        }
    }
    let decision = &fields[Section::Decision as usize];
    if let Some(text) = decision.text() {
        if let Some(span) = decision.span() {
            spans.push((path!["decision", "text"], span));
        }
        item.decision = Some(extract::decision(text, &item.title, cx.resolver));
    }
    item.references = references_of_item(&item, &follows_up_lines, cx);
    item.follow_ups = follow_ups_of_item(&item, cx);
    item.closed = explicit.closed.take();
    item.subject = explicit.subject.take();
    item.day = explicit.day.take();
    if let Some(number) = explicit.number.take() {
        item.number = Some(number);
    }
    item.disqualified = std::mem::take(&mut explicit.disqualified);
    if item.disqualified.is_empty() {
        item.disqualified = declared_disqualified(&item, cx.resolver);
    }
    explicit.apply(
        &mut item.decision,
        &mut item.follow_ups,
        &mut item.references,
    );
    locate_extracts(&item, lines, &mut spans);
    ReadItem { item, spans }
}

/// The members the item's words declare disqualified, where no record line lists them.
fn declared_disqualified(
    item: &AgendaItem,
    resolver: &super::names::Resolver<'_>,
) -> Vec<crate::meeting::Disqualification> {
    let known: Vec<&str> = resolver.body.map_or_else(Vec::new, |body| {
        let members = body
            .members
            .iter()
            .flat_map(|m| std::iter::once(&m.name).chain(&m.aliases));
        let substitutes =
            (body.substitutes.iter()).flat_map(|s| std::iter::once(&s.name).chain(&s.aliases));
        members.chain(substitutes).map(String::as_str).collect()
    });
    let texts = [
        item.introduction.as_deref(),
        item.background.as_deref(),
        item.assessment.as_deref(),
        item.discussion.as_deref(),
        item.decision.as_ref().map(|d| d.text.as_str()),
    ];
    let mut out: Vec<crate::meeting::Disqualification> = Vec::new();
    for text in texts.into_iter().flatten() {
        for (name, legal_basis) in super::declarations::declared_in(text, &known) {
            if !out
                .iter()
                .any(|d| crate::council::names_match(&d.name, &[], &name))
            {
                out.push(crate::meeting::Disqualification { name, legal_basis });
            }
        }
    }
    out
}

/// Spans for what was taken out of the text: each follow-up at the line its action starts
/// on, each reference at its number (or its decision's date). Bounded, so that an item with
/// very many lines and extracts stays linear.
fn locate_extracts(item: &AgendaItem, lines: &[Line], spans: &mut Vec<(Vec<PathSegment>, Span)>) {
    let mut wanted: Vec<(Vec<PathSegment>, String)> = Vec::new();
    let mut add = |base: Vec<PathSegment>,
                   follow_ups: &[crate::decision::FollowUp],
                   references: &[crate::decision::CaseReference]| {
        for (i, f) in follow_ups.iter().enumerate() {
            let start: String = f.action.chars().take(40).collect();
            let mut path = base.clone();
            path.extend(path!["follow_ups", i]);
            wanted.push((path, start));
        }
        for (i, r) in references.iter().enumerate() {
            let needle = r.number.clone().or_else(|| {
                r.decision_date
                    .map(|d| chrono::Datelike::day(&d).to_string())
            });
            if let Some(needle) = needle {
                let mut path = base.clone();
                path.extend(path!["references", i]);
                wanted.push((path, needle));
            }
        }
    };
    add(Vec::new(), &item.follow_ups, &item.references);
    for (k, sub) in item.sub_items.iter().enumerate() {
        add(path!["sub_items", k], &sub.follow_ups, &sub.references);
    }
    if wanted.len().saturating_mul(lines.len()) > 1_000_000 {
        return;
    }
    for (path, needle) in wanted {
        if let Some(line) = lines.iter().find(|l| l.raw.contains(needle.as_str())) {
            spans.push((path, line.span_of(&needle)));
        }
    }
}

/// The points of an item made of bullets: each bullet a point, the paragraphs after it its
/// text, or its decision after "Vedtak:".
fn read_sub_items(
    paras: &[Vec<&Line>],
    cx: &ItemContext,
    item: &mut AgendaItem,
    spans: &mut Vec<(Vec<PathSegment>, Span)>,
) {
    let mut points: Vec<Point> = Vec::new();
    for para in paras {
        if let Some(point) = points.last_mut() {
            if point.explicit.take(para) {
                continue;
            }
        }
        let mut in_decision = matches!(label(para[0]), Some(Label::Section(Section::Decision, _)));
        let mut run: Vec<&Line> = Vec::new();
        for line in para {
            if line.is_bullet() {
                flush_point(&mut points, &mut run, in_decision);
                in_decision = false;
                points.push(Point {
                    title_line: line,
                    text: Field::default(),
                    decision: Field::default(),
                    explicit: Explicit::default(),
                });
            } else {
                if run.is_empty()
                    && points
                        .last()
                        .is_some_and(|p| !p.decision.paragraphs.is_empty())
                {
                    in_decision = true;
                }
                if run.is_empty()
                    && matches!(label(line), Some(Label::Section(Section::Decision, _)))
                {
                    in_decision = true;
                }
                run.push(line);
            }
        }
        flush_point(&mut points, &mut run, in_decision);
    }
    for (i, point) in points.into_iter().enumerate() {
        let title = point.title_line.text.clone();
        spans.push((path!["sub_items", i, "title"], point.title_line.span()));
        let mut sub = SubItem {
            title: title.to_string(),
            text: point.text.text(),
            decision: point
                .decision
                .text()
                .map(|t| extract::decision(t, &title, cx.resolver)),
            follow_ups: Vec::new(),
            references: Vec::new(),
        };
        // A point whose only words are "Utsettes" records the body postponing it.
        if sub.decision.is_none()
            && sub
                .text
                .as_deref()
                .is_some_and(|t| extract::is_postponement(&lower(t)))
        {
            sub.decision = sub
                .text
                .take()
                .map(|t| extract::decision(t, &title, cx.resolver));
            if let Some(span) = point.text.span() {
                spans.push((path!["sub_items", i, "decision", "text"], span));
            }
        } else {
            if let Some(span) = point.text.span() {
                spans.push((path!["sub_items", i, "text"], span));
            }
            if let Some(span) = point.decision.span() {
                spans.push((path!["sub_items", i, "decision", "text"], span));
            }
        }
        sub.references = references_of_point(&sub, cx);
        sub.follow_ups = follow_ups_of_point(&sub, cx);
        point
            .explicit
            .apply(&mut sub.decision, &mut sub.follow_ups, &mut sub.references);
        item.sub_items.push(sub);
    }
}

/// The references an item's words give, in the order they stand: its "Oppfølging sak …"
/// lines, then its parts from introduction to decision (a decision approving minutes amends
/// the cases it names).
pub(crate) fn references_of_item(
    item: &AgendaItem,
    follows_up_lines: &[&str],
    cx: &ItemContext,
) -> Vec<CaseReference> {
    let proposal = match &item.proposal {
        Some(Proposal::Text { text }) => Some(text.as_str()),
        _ => None,
    };
    let mut found: Vec<CaseReference> = follows_up_lines
        .iter()
        .flat_map(|line| references_in(line, Context::Text, cx))
        .collect();
    let parts = [
        item.introduction.as_deref(),
        item.background.as_deref(),
        item.assessment.as_deref(),
        item.discussion.as_deref(),
        proposal,
    ];
    for text in parts.into_iter().flatten() {
        found.extend(references_in(text, Context::Text, cx));
    }
    if let Some(decision) = &item.decision {
        let context = if extract::is_approval_title(&item.title) {
            Context::Approval
        } else {
            Context::Text
        };
        found.extend(references_in(&decision.text, context, cx));
    }
    let mut merged = Vec::new();
    references::merge(&mut merged, found);
    merged
}

/// The references a point's words give: its title, text and decision.
pub(crate) fn references_of_point(point: &SubItem, cx: &ItemContext) -> Vec<CaseReference> {
    let decision = point.decision.as_ref().map(|d| d.text.as_str());
    let mut found = references_in(&point.title, Context::Text, cx);
    for text in [point.text.as_deref(), decision].into_iter().flatten() {
        found.extend(references_in(text, Context::Text, cx));
    }
    let mut merged = Vec::new();
    references::merge(&mut merged, found);
    merged
}

/// The references in a field's lines, each read as the reader reads a line: without its
/// list marker ("- ", "a) ").
fn references_in(text: &str, context: Context, cx: &ItemContext) -> Vec<CaseReference> {
    text.lines()
        .flat_map(|line| {
            let line = crate::minutes::text::without_marker(line);
            references::in_line(line, context, cx.resolver, &cx.body, cx.date)
        })
        .collect()
}

/// The follow-ups an item's words give: from its discussion and decision, none from the
/// approval of minutes (which quotes decisions already followed up).
pub(crate) fn follow_ups_of_item(item: &AgendaItem, cx: &ItemContext) -> Vec<FollowUp> {
    if extract::is_approval_title(&item.title) {
        return Vec::new();
    }
    let decision = item.decision.as_ref().map(|d| d.text.as_str());
    [item.discussion.as_deref(), decision]
        .into_iter()
        .flatten()
        .flat_map(|text| extract::follow_ups(text, cx.resolver, &cx.body, cx.date))
        .collect()
}

/// The follow-ups a point's words give: from its text and decision.
pub(crate) fn follow_ups_of_point(point: &SubItem, cx: &ItemContext) -> Vec<FollowUp> {
    let decision = point.decision.as_ref().map(|d| d.text.as_str());
    [point.text.as_deref(), decision]
        .into_iter()
        .flatten()
        .flat_map(|text| extract::follow_ups(text, cx.resolver, &cx.body, cx.date))
        .collect()
}

/// A point of an item being read.
struct Point<'l, 'a> {
    title_line: &'l Line<'a>,
    text: Field<'l, 'a>,
    decision: Field<'l, 'a>,
    explicit: Explicit,
}

/// Puts the lines read since the last break into the current point's text or decision.
fn flush_point<'l, 'a>(
    points: &mut [Point<'l, 'a>],
    run: &mut Vec<&'l Line<'a>>,
    in_decision: bool,
) {
    if run.is_empty() {
        return;
    }
    let mut text = joined(run);
    if in_decision {
        if let Some(Label::Section(_, inline)) = label(run[0]) {
            let rest = joined(&run[1..]);
            text = [inline, rest]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join("\n");
        }
    }
    if let Some(point) = points.last_mut() {
        let field = if in_decision {
            &mut point.decision
        } else {
            &mut point.text
        };
        field.push(text, run);
    }
    run.clear();
}

#[cfg(test)]
mod tests {
    use super::{officers, owned_section, Section};
    use crate::minutes::text::lower;

    fn owned(text: &str) -> Option<(&'static str, &str)> {
        let name = |s: Section| match s {
            Section::Proposal => "proposal",
            Section::Decision => "decision",
            Section::Discussion => "discussion",
            _ => "other",
        };
        owned_section(text, &lower(text)).map(|(s, v)| (name(s), v))
    }

    #[test]
    fn sections_named_with_whose_they_are() {
        assert_eq!(
            owned("Kommunedirektørens innstilling:"),
            Some(("proposal", ""))
        );
        assert_eq!(
            owned("Daglig leders forslag til vedtak: Saken tas til orientering."),
            None,
            "two words before the section are not one owner"
        );
        assert_eq!(
            owned("Regionrådets vedtak: Saken tas til orientering."),
            Some(("decision", "Saken tas til orientering."))
        );
        assert_eq!(owned("ÅRSMØTETS VEDTAK:"), Some(("decision", "")));
        assert_eq!(
            owned("Arbeidsutvalgets behandling:"),
            Some(("discussion", ""))
        );
        // Not an owner in the genitive, or not a section.
        assert_eq!(owned("Dette vedtak:"), None);
        assert_eq!(owned("Regionrådets møte:"), None);
        assert_eq!(owned("Regionrådets vedtaksmyndighet er delegert."), None);
        assert_eq!(owned("2023s vedtak:"), None);
    }

    #[test]
    fn officers_are_split_at_slashes_commas_and_og() {
        assert_eq!(
            officers("Ingvill Kvernmo/ Bjørn Buan, Kari Frøseth og Line Raustein"),
            [
                "Ingvill Kvernmo",
                "Bjørn Buan",
                "Kari Frøseth",
                "Line Raustein"
            ]
        );
        // "og" ending a piece joins nothing (found by the fuzzer: written as "… og / …",
        // the piece lost its "og" when read again).
        assert_eq!(officers("samarbeid og / eller"), ["samarbeid og", "eller"]);
    }
}
