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
/// field too long. (The meeting is taken `mut` only to share [`texts`] with [`cut`]; it is
/// not changed.)
pub(crate) fn meeting(
    m: &mut Meeting,
    finding: impl Fn(Code, Vec<PathSegment>) -> Finding + Copy,
) -> Option<Finding> {
    if let Some(f) = too_many(m.agenda.len(), m.attendance.len(), finding).next() {
        return Some(f);
    }
    texts(m)
        .into_iter()
        .find(|(_, text)| chars_beyond(text).is_some())
        .map(|(path, _)| text_too_long(finding, path))
}

/// A meeting made from text (the minutes reader) cut to the limits a decoded one is held
/// to, so that what the reader gives is a document every front door takes: the items and
/// attendees beyond the most read dropped, each text beyond the longest cut at it. A
/// finding for each cut, of the meeting at `index`; `items_found` is how many items the
/// text has (the reader counts those past the limit without reading them).
pub(crate) fn cut(m: &mut Meeting, index: usize, items_found: usize) -> Vec<Finding> {
    let finding = |code, path| Finding::meeting(code, index, path);
    let items = items_found.max(m.agenda.len());
    let mut cuts: Vec<Finding> = too_many(items, m.attendance.len(), finding).collect();
    m.agenda.truncate(MAX_ITEMS);
    m.attendance.truncate(MAX_ATTENDEES);
    for (path, text) in texts(m) {
        if let Some(end) = chars_beyond(text) {
            text.truncate(end);
            cuts.push(text_too_long(finding, path));
        }
    }
    cuts
}

/// The findings for a meeting's lists longer than the most read: its `items` and its
/// `attendees`, in that order.
fn too_many(
    items: usize,
    attendees: usize,
    finding: impl Fn(Code, Vec<PathSegment>) -> Finding + Copy,
) -> impl Iterator<Item = Finding> {
    [
        ("agenda", items, MAX_ITEMS),
        ("attendance", attendees, MAX_ATTENDEES),
    ]
    .into_iter()
    .filter_map(move |(what, length, max)| count(what, length, max, finding, vec![what.into()]))
}

/// Where a text longer than [`MAX_TEXT_CHARS`] goes beyond it (a byte offset), if it does.
/// Counting stops at the limit: a field of any length costs at most that much.
fn chars_beyond(text: &str) -> Option<usize> {
    text.char_indices().nth(MAX_TEXT_CHARS).map(|(at, _)| at)
}

fn text_too_long(
    finding: impl Fn(Code, Vec<PathSegment>) -> Finding,
    path: Vec<PathSegment>,
) -> Finding {
    finding(Code::InputTextTooLong, path).param("max", MAX_TEXT_CHARS)
}

/// Every text field of a meeting held to [`MAX_TEXT_CHARS`], with its path.
fn texts(m: &mut Meeting) -> Vec<(Vec<PathSegment>, &mut String)> {
    let mut texts: Vec<(Vec<PathSegment>, &mut String)> = Vec::new();
    for (key, value) in [("title", &mut m.title), ("place", &mut m.place)] {
        texts.extend(value.as_mut().map(|v| (vec![key.into()], v)));
    }
    for (i, a) in m.attendance.iter_mut().enumerate() {
        let at = |k: &str| vec!["attendance".into(), PathSegment::Index(i), k.into()];
        texts.push((at("name"), &mut a.name));
        texts.extend(a.title.as_mut().map(|t| (at("title"), t)));
        texts.extend(a.note.as_mut().map(|t| (at("note"), t)));
    }
    for (i, item) in m.agenda.iter_mut().enumerate() {
        item_texts(i, item, &mut texts);
    }
    for (i, block) in m.unplaced.iter_mut().enumerate() {
        let path = vec!["unplaced".into(), PathSegment::Index(i), "text".into()];
        texts.push((path, &mut block.text));
    }
    texts
}

fn item_texts<'m>(
    i: usize,
    item: &'m mut AgendaItem,
    texts: &mut Vec<(Vec<PathSegment>, &'m mut String)>,
) {
    let at = |k: &str| vec!["agenda".into(), PathSegment::Index(i), k.into()];
    texts.push((at("title"), &mut item.title));
    for (key, value) in [
        ("introduction", &mut item.introduction),
        ("background", &mut item.background),
        ("assessment", &mut item.assessment),
        ("discussion", &mut item.discussion),
    ] {
        texts.extend(value.as_mut().map(|t| (at(key), t)));
    }
    if let Some(Proposal::Text { text }) = &mut item.proposal {
        let mut path = at("proposal");
        path.push("text".into());
        texts.push((path, text));
    }
    if let Some(d) = &mut item.decision {
        let mut path = at("decision");
        path.push("text".into());
        texts.push((path, &mut d.text));
    }
    for (k, sub) in item.sub_items.iter_mut().enumerate() {
        let with = |key: &str| {
            let mut p = at("sub_items");
            p.extend([PathSegment::Index(k), key.into()]);
            p
        };
        texts.push((with("title"), &mut sub.title));
        texts.extend(sub.text.as_mut().map(|t| (with("text"), t)));
        if let Some(d) = &mut sub.decision {
            let mut p = with("decision");
            p.push("text".into());
            texts.push((p, &mut d.text));
        }
    }
}
