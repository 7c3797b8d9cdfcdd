//! Redaction for publishing minutes under offentleglova: e-mail addresses and phone numbers
//! out of a meeting — the attendance's addresses, and any written in its texts.
//!
//! ```
//! use regionrad::redact::redact_text;
//!
//! let text = "Spørsmål til kari.froseth@example.no eller 971 23 456, innen 20.01.2023.";
//! assert_eq!(redact_text(text), "Spørsmål til [e-post] eller [telefon], innen 20.01.2023.");
//! ```

use crate::decision::{Decision, FollowUp};
use crate::meeting::{AgendaItem, Meeting, Proposal};

/// What stands where an e-mail address was.
pub const EMAIL: &str = "[e-post]";
/// What stands where a phone number was.
pub const PHONE: &str = "[telefon]";

/// The meeting with every e-mail address and phone number taken out: `email` of each
/// attendee removed, and addresses and numbers in every text replaced by [`EMAIL`] and
/// [`PHONE`]. Everything else is kept as it is.
pub fn redact_meeting(meeting: &Meeting) -> Meeting {
    let mut m = meeting.clone();
    let r = |t: &mut String| *t = redact_text(t);
    let ro = |t: &mut Option<String>| {
        if let Some(t) = t {
            *t = redact_text(t);
        }
    };
    ro(&mut m.title);
    ro(&mut m.place);
    for a in &mut m.attendance {
        a.email = None;
        r(&mut a.name);
        ro(&mut a.title);
        ro(&mut a.note);
        ro(&mut a.substitute_for);
    }
    for item in &mut m.agenda {
        redact_item(item);
    }
    for block in &mut m.unplaced {
        r(&mut block.text);
    }
    m
}

fn redact_item(item: &mut AgendaItem) {
    let ro = |t: &mut Option<String>| {
        if let Some(t) = t {
            *t = redact_text(t);
        }
    };
    item.title = redact_text(&item.title);
    for text in [
        &mut item.introduction,
        &mut item.background,
        &mut item.assessment,
        &mut item.discussion,
    ] {
        ro(text);
    }
    for document in &mut item.documents {
        *document = redact_text(document);
    }
    if let Some(Proposal::Text { text }) = &mut item.proposal {
        *text = redact_text(text);
    }
    redact_decision(&mut item.decision, &mut item.follow_ups);
    for sub in &mut item.sub_items {
        sub.title = redact_text(&sub.title);
        ro(&mut sub.text);
        redact_decision(&mut sub.decision, &mut sub.follow_ups);
    }
}

fn redact_decision(decision: &mut Option<Decision>, follow_ups: &mut [FollowUp]) {
    if let Some(d) = decision {
        d.text = redact_text(&d.text);
    }
    for f in follow_ups {
        f.action = redact_text(&f.action);
    }
}

/// `text` with e-mail addresses and Norwegian phone numbers ("97123456", "971 23 456",
/// "97 12 34 56", "+47 971 23 456") replaced. Dates, case numbers, years and amounts in
/// kroner stay. Linear in the text.
pub fn redact_text(text: &str) -> String {
    let without_email = replace_emails(text);
    replace_phones(&without_email)
}

fn replace_emails(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('@') {
        let is_part = |c: char| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+');
        let local_start = rest[..at]
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_part(*c))
            .last()
            .map_or(at, |(i, _)| i);
        let domain_len: usize = rest[at + 1..]
            .chars()
            .take_while(|c| is_part(*c))
            .map(char::len_utf8)
            .sum();
        let domain = rest[at + 1..at + 1 + domain_len].trim_end_matches('.');
        let is_address = local_start < at && domain.contains('.') && !domain.starts_with('.');
        if is_address {
            out.push_str(&rest[..local_start]);
            out.push_str(EMAIL);
            rest = &rest[at + 1 + domain.len()..];
        } else {
            out.push_str(&rest[..=at]);
            rest = &rest[at + 1..];
        }
    }
    out.push_str(rest);
    out
}

/// Groupings a Norwegian number is written in.
const GROUPINGS: [&[usize]; 5] = [&[8], &[3, 2, 3], &[2, 2, 2, 2], &[4, 4], &[3, 3, 2]];

fn replace_phones(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        let boundary = i == 0
            || !(bytes[i - 1].is_ascii_alphanumeric()
                || matches!(bytes[i - 1], b'.' | b'/' | b','));
        let (prefix_len, start) = if text[i..].starts_with("+47 ") {
            (4, i + 4)
        } else if text[i..].starts_with("+47") {
            (3, i + 3)
        } else {
            (0, i)
        };
        if boundary && start < bytes.len() && bytes[start].is_ascii_digit() {
            if let Some(len) = phone_at(text, start) {
                // An amount ("kr 12345678") is not a number to call.
                let before = text[..i].trim_end().to_lowercase();
                if prefix_len > 0 || !(before.ends_with("kr") || before.ends_with("kr.")) {
                    out.push_str(&text[copied..i]);
                    out.push_str(PHONE);
                    i = start + len;
                    copied = i;
                    continue;
                }
            }
        }
        i += 1;
        while i < bytes.len() && !text.is_char_boundary(i) {
            i += 1;
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// The length of a phone number written at `at` in one of the groupings, ending where no
/// digit, letter, slash or decimal follows.
fn phone_at(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    'grouping: for grouping in GROUPINGS {
        let mut i = at;
        for (k, size) in grouping.iter().enumerate() {
            if k > 0 {
                if bytes.get(i) != Some(&b' ') {
                    continue 'grouping;
                }
                i += 1;
            }
            let run = bytes[i.min(bytes.len())..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            if run != *size {
                continue 'grouping;
            }
            i += run;
        }
        let next = bytes.get(i).copied();
        let ends = match next {
            None => true,
            // "97123456." ends a sentence; "9712.3456" is something else.
            Some(b'.' | b',') => !bytes.get(i + 1).is_some_and(u8::is_ascii_digit),
            Some(b) => !(b.is_ascii_alphanumeric() || b == b'/' || b == b'-'),
        };
        // A first digit of 0 or 1 is no Norwegian subscriber number.
        if ends && !matches!(bytes[at], b'0' | b'1') {
            return Some(i - at);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_and_numbers_go_the_rest_stays() {
        let cases = [
            ("ring 97123456.", "ring [telefon]."),
            (
                "tlf. 971 23 456 eller 97 12 34 56",
                "tlf. [telefon] eller [telefon]",
            ),
            ("+47 971 23 456", "[telefon]"),
            (
                "Kari.froseth@orkdalsregionen.no (på sak)",
                "[e-post] (på sak)",
            ),
            ("ingvill.kvernmo@orkland.kommune.no>", "[e-post]>"),
            ("kr 150 000 og kr 12345678", "kr 150 000 og kr 12345678"),
            (
                "KDU 72/21, 20.01.2023, 2021, 10000000 innbyggere",
                "KDU 72/21, 20.01.2023, 2021, 10000000 innbyggere",
            ),
            ("sak 20231234/1 og 0800-1500", "sak 20231234/1 og 0800-1500"),
            ("@mention og a@b", "@mention og a@b"),
        ];
        for (text, want) in cases {
            assert_eq!(redact_text(text), want, "{text}");
        }
    }
}
