//! Limits on what the library reads: input beyond them is refused with a finding that says
//! which limit, instead of exhausting memory or time. The bindings call the same checks, so
//! the limits are the same in Rust, JavaScript and Python (README, "Limits").

use crate::findings::{Code, Finding, PathSegment};
use crate::meeting::{AgendaItem, Meeting, Proposal};

/// The largest JSON document read (8 MiB).
pub const MAX_DOCUMENT_BYTES: usize = 8 * 1024 * 1024;
/// The largest minutes text read (8 MiB).
pub const MAX_MINUTES_BYTES: usize = 8 * 1024 * 1024;
/// The deepest nesting of arrays and objects in a document.
pub const MAX_DEPTH: usize = 64;
/// The most meetings validated, or listed in a register, at once.
pub const MAX_MEETINGS: usize = 10_000;
/// The most agenda items in one meeting.
pub const MAX_ITEMS: usize = 1_000;
/// The most attendance lines in one meeting.
pub const MAX_ATTENDEES: usize = 1_000;
/// The most characters in one text field.
pub const MAX_TEXT_CHARS: usize = 100_000;
/// The years a date may have: those every binding's own date type holds (Python's
/// `datetime.date` has no year 0), written with four digits.
pub const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

/// The finding for a document (or minutes text) of more than `max` bytes.
pub(crate) fn size(
    bytes: usize,
    max: usize,
    finding: impl Fn(Code, Vec<PathSegment>) -> Finding,
) -> Option<Finding> {
    (bytes > max).then(|| {
        finding(Code::InputTooLarge, Vec::new())
            .param("bytes", bytes)
            .param("max", max)
    })
}

/// The finding for a document nested deeper than [`MAX_DEPTH`].
pub(crate) fn too_deep(finding: impl Fn(Code, Vec<PathSegment>) -> Finding) -> Finding {
    finding(Code::InputTooDeep, Vec::new()).param("max", MAX_DEPTH)
}

/// The finding for JSON text nested deeper than [`MAX_DEPTH`], found in one pass over the
/// text before it is parsed.
pub(crate) fn depth(
    json: &str,
    finding: impl Fn(Code, Vec<PathSegment>) -> Finding,
) -> Option<Finding> {
    let bytes = json.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            // A string is skipped in one tight loop: brackets in text do not count.
            b'"' => {
                i += 1;
                while let Some(&c) = bytes.get(i) {
                    match c {
                        b'\\' => i += 2,
                        b'"' => break,
                        _ => i += 1,
                    }
                }
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(too_deep(finding));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// The finding for more than `max` of `what` ("meetings", "agenda", "attendance").
pub(crate) fn count(
    what: &str,
    count: usize,
    max: usize,
    finding: impl Fn(Code, Vec<PathSegment>) -> Finding,
    path: Vec<PathSegment>,
) -> Option<Finding> {
    (count > max).then(|| {
        finding(Code::InputTooMany, path)
            .param("what", what)
            .param("count", count)
            .param("max", max)
    })
}

/// The first limit a decoded meeting goes beyond: too many items or attendees, or a text
/// field too long.
pub(crate) fn meeting(
    m: &Meeting,
    finding: impl Fn(Code, Vec<PathSegment>) -> Finding + Copy,
) -> Option<Finding> {
    let field = |s: &str| PathSegment::Field(s.to_owned());
    if let Some(f) = count(
        "agenda",
        m.agenda.len(),
        MAX_ITEMS,
        finding,
        vec![field("agenda")],
    ) {
        return Some(f);
    }
    if let Some(f) = count(
        "attendance",
        m.attendance.len(),
        MAX_ATTENDEES,
        finding,
        vec![field("attendance")],
    ) {
        return Some(f);
    }
    let mut texts: Vec<(Vec<PathSegment>, &str)> = Vec::new();
    for (key, value) in [("title", &m.title), ("place", &m.place)] {
        if let Some(v) = value {
            texts.push((vec![field(key)], v));
        }
    }
    for (i, a) in m.attendance.iter().enumerate() {
        let at = |k: &str| vec![field("attendance"), PathSegment::Index(i), field(k)];
        texts.push((at("name"), &a.name));
        texts.extend(a.title.as_deref().map(|t| (at("title"), t)));
        texts.extend(a.note.as_deref().map(|t| (at("note"), t)));
    }
    for (i, item) in m.agenda.iter().enumerate() {
        item_texts(i, item, &mut texts);
    }
    for (i, block) in m.unplaced.iter().enumerate() {
        texts.push((
            vec![field("unplaced"), PathSegment::Index(i), field("text")],
            &block.text,
        ));
    }
    texts.into_iter().find_map(|(path, text)| {
        // Counting stops at the limit: a field of any length costs at most that much.
        let chars = text.chars().take(MAX_TEXT_CHARS + 1).count();
        (chars > MAX_TEXT_CHARS)
            .then(|| finding(Code::InputTextTooLong, path).param("max", MAX_TEXT_CHARS))
    })
}

fn item_texts<'m>(i: usize, item: &'m AgendaItem, texts: &mut Vec<(Vec<PathSegment>, &'m str)>) {
    let at = |k: &str| {
        vec![
            PathSegment::Field("agenda".to_owned()),
            PathSegment::Index(i),
            PathSegment::Field(k.to_owned()),
        ]
    };
    texts.push((at("title"), &item.title));
    for (key, value) in [
        ("introduction", &item.introduction),
        ("background", &item.background),
        ("assessment", &item.assessment),
        ("discussion", &item.discussion),
    ] {
        texts.extend(value.as_deref().map(|t| (at(key), t)));
    }
    if let Some(Proposal::Text { text }) = &item.proposal {
        let mut path = at("proposal");
        path.push(PathSegment::Field("text".to_owned()));
        texts.push((path, text));
    }
    if let Some(d) = &item.decision {
        let mut path = at("decision");
        path.push(PathSegment::Field("text".to_owned()));
        texts.push((path, &d.text));
    }
    for (k, sub) in item.sub_items.iter().enumerate() {
        let mut path = at("sub_items");
        path.push(PathSegment::Index(k));
        let with = |key: &str| {
            let mut p = path.clone();
            p.push(PathSegment::Field(key.to_owned()));
            p
        };
        texts.push((with("title"), &sub.title));
        texts.extend(sub.text.as_deref().map(|t| (with("text"), t)));
        if let Some(d) = &sub.decision {
            let mut p = with("decision");
            p.push(PathSegment::Field("text".to_owned()));
            texts.push((p, &d.text));
        }
    }
}
