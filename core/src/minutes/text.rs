//! Minutes text as lines: the markup of Word and PDF exports dropped, bullets marked, and each
//! line's place in the original kept so that every value read can point back at it.

use crate::findings::{Span, TextPosition};
use crate::minutes::verbatim;

/// One line of the minutes. Text of many short lines holds one of these a line, so it is
/// kept small (a test holds it to 64 bytes): the marks packed in one field, a fenced
/// block's text out of line.
#[derive(Debug, Clone)]
pub(crate) struct Line<'a> {
    /// 1-based line number in the text.
    pub number: u32,
    /// The line as written, without its line end.
    pub raw: &'a str,
    /// The line cleaned: trimmed, heading marks and `*` emphasis dropped, bullet marker
    /// removed. Borrowed from the text where cleaning only trims (most lines).
    pub text: std::borrow::Cow<'a, str>,
    mark: Mark,
    /// The columns of the trimmed line's first character and of the one after its last,
    /// counted once.
    columns: (u32, u32),
    /// A fenced block (`minutes::verbatim`): the block is one line from its opening fence
    /// to its closing one, whose `text` is the fence, so that nothing reads structure into
    /// it.
    block: Option<Box<Block>>,
}

/// What a line is besides its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Plain,
    /// A list point ("- ", "* ", "• ").
    Bullet,
    /// A lettered point ("a) …").
    Letter(char),
    /// A horizontal rule ("---"): layout only.
    Rule,
}

#[derive(Debug, Clone)]
struct Block {
    /// The text between the fences, taken as it is.
    text: String,
    /// The end of the closing fence.
    end: TextPosition,
}

/// A line, or the part of one, that the reader placed in no field: kept as it is written,
/// with its span. A whole line is the line itself, so that a text of many unplaced lines
/// costs a pointer a line.
#[derive(Debug, Clone)]
pub(crate) enum Piece<'l, 'a> {
    Line(&'l Line<'a>),
    Part(Box<Part>),
}

#[derive(Debug, Clone)]
pub(crate) struct Part {
    text: String,
    span: Span,
}

impl Piece<'_, '_> {
    pub(crate) fn text(&self) -> &str {
        match self {
            Piece::Line(line) => line.raw.trim(),
            Piece::Part(part) => &part.text,
        }
    }

    pub(crate) fn span(&self) -> Span {
        match self {
            Piece::Line(line) => line.span(),
            Piece::Part(part) => part.span,
        }
    }
}

impl<'l, 'a> From<&'l Line<'a>> for Piece<'l, 'a> {
    fn from(line: &'l Line<'a>) -> Self {
        Piece::Line(line)
    }
}

/// Lines longer than this get spans of the whole line, so that finding a value's column
/// never costs more than the line once.
const LONG_LINE: usize = 2000;

impl Line<'_> {
    pub(crate) fn is_blank(&self) -> bool {
        self.text.is_empty() && !self.is_bullet()
    }

    /// The line was a list point ("- ", "* ", "• ", or lettered "a) ").
    pub(crate) fn is_bullet(&self) -> bool {
        matches!(self.mark, Mark::Bullet | Mark::Letter(_))
    }

    /// A horizontal rule ("---"): layout only.
    pub(crate) fn is_rule(&self) -> bool {
        self.mark == Mark::Rule
    }

    /// A fenced block's text, taken as it is (`minutes::verbatim`).
    pub(crate) fn verbatim(&self) -> Option<&str> {
        self.block.as_ref().map(|b| b.text.as_str())
    }

    /// The text as it goes into a field: a list point keeps its "- " (or its letter).
    pub(crate) fn field_text(&self) -> String {
        if let Some(text) = self.verbatim() {
            return text.to_owned();
        }
        match self.mark {
            Mark::Letter(letter) => format!("{letter}) {}", self.text),
            Mark::Bullet => format!("- {}", self.text),
            Mark::Plain | Mark::Rule => self.text.to_string(),
        }
    }

    /// A row of a table: cells between tabs (a fenced block is never one).
    pub(crate) fn is_table_row(&self) -> bool {
        self.block.is_none() && self.raw.contains('\t')
    }

    /// The span of the whole line, trimmed (of a fenced block, from fence to fence).
    pub(crate) fn span(&self) -> Span {
        let at = |column| TextPosition {
            line: self.number,
            column,
        };
        Span {
            start: at(self.columns.0),
            end: self.block.as_ref().map_or(at(self.columns.1), |b| b.end),
        }
    }

    /// A line of no block with these marks.
    fn new<'t>(number: u32, raw: &'t str, text: std::borrow::Cow<'t, str>, mark: Mark) -> Line<'t> {
        let leading = raw.len() - raw.trim_start().len();
        Line {
            number,
            raw,
            text,
            mark,
            columns: (
                column_of(raw, leading),
                column_of(raw, raw.trim_end().len()),
            ),
            block: None,
        }
    }

    /// `part` of this line's text, placed nowhere.
    pub(crate) fn piece_of(&self, part: &str) -> Piece<'static, 'static> {
        Piece::Part(Box::new(Part {
            text: part.to_owned(),
            span: self.span_of(part),
        }))
    }

    /// The span of `value` within this line where it is written there as it is, else the
    /// whole line.
    pub(crate) fn span_of(&self, value: &str) -> Span {
        if self.raw.len() > LONG_LINE || self.block.is_some() {
            return self.span();
        }
        match self.raw.find(value).filter(|_| !value.is_empty()) {
            Some(at) => Span {
                start: TextPosition {
                    line: self.number,
                    column: column_of(self.raw, at),
                },
                end: TextPosition {
                    line: self.number,
                    column: column_of(self.raw, at + value.len()),
                },
            },
            None => self.span(),
        }
    }
}

/// The 1-based character column of a byte offset (which must lie on a character boundary).
fn column_of(raw: &str, byte: usize) -> u32 {
    let chars = raw.get(..byte).map_or(0, |s| s.chars().count());
    u32::try_from(chars + 1).unwrap_or(u32::MAX)
}

/// A span from the start of one line to the end of another.
pub(crate) fn span_between(first: &Line, last: &Line) -> Span {
    Span {
        start: first.span().start,
        end: last.span().end,
    }
}

/// The line ends of minutes text: LF, CRLF, CR alone (old Mac exports) and the Unicode line
/// and paragraph separators (word processors' soft and hard breaks).
const LINE_ENDS: [&str; 5] = ["\r\n", "\n", "\r", "\u{2028}", "\u{2029}"];

/// Whether `text` holds a line end: written on one line, it would run over two.
pub(crate) fn has_line_end(text: &str) -> bool {
    LINE_ENDS.iter().any(|end| text.contains(end))
}

/// Each line of `text` as the byte range of its content and the line end after it ("" for
/// the last line), one at a time: never a list of every line, so that text of many short
/// lines costs no more than the lines kept.
fn raw_lines(text: &str) -> impl Iterator<Item = (usize, usize, &'static str)> + '_ {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut at = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            // Every line end begins with \n, \r or the lead byte of U+2028 / U+2029.
            if matches!(bytes[at], b'\n' | b'\r' | 0xE2) {
                if let Some(end) = LINE_ENDS.iter().find(|e| text[at..].starts_with(**e)) {
                    let line = (start, at, *end);
                    at += end.len();
                    start = at;
                    return Some(line);
                }
            }
            at += 1;
        }
        if done {
            return None;
        }
        done = true;
        Some((start, text.len(), ""))
    })
}

/// The lines of `text` as written, without their line ends.
pub(crate) fn raw_line_texts(text: &str) -> impl Iterator<Item = &str> {
    raw_lines(text).map(move |(s, e, _)| &text[s..e])
}

/// Splits minutes text into cleaned lines, a fenced block as one line, and a run of lines
/// with nothing but white space in them as one blank line (the first: a run of them parts
/// paragraphs as one does, and text of a million empty lines costs one). Linear in the text.
pub(crate) fn lines(text: &str) -> Vec<Line<'_>> {
    let fences: Vec<(usize, usize)> = raw_line_texts(text)
        .enumerate()
        .filter_map(|(i, line)| Some((i, verbatim::fence_length(line)?)))
        .collect();
    let mut blocks = verbatim::blocks(&fences).into_iter().peekable();
    let number = |i: usize| u32::try_from(i + 1).unwrap_or(u32::MAX);
    // Room for every line kept, at once, so that the list is not copied as it grows: the
    // count of lines with no blank line before them is the most there can be, as a run
    // of blank lines is kept as one. Room for every line would be taken in WebAssembly,
    // whose memory does not shrink, however little of it were used.
    let mut out: Vec<Line> = Vec::with_capacity(kept_at_most(text));
    // The block being read: its opener's index and range, and its closer's index.
    let mut open: Option<(usize, (usize, usize, &'static str), usize)> = None;
    let mut previous = None;
    for (i, range) in raw_lines(text).enumerate() {
        let raw = &text[range.0..range.1];
        let before = previous.replace(range);
        if let Some((opened, opener, close)) = open {
            if i < close {
                continue;
            }
            // The line before the closer, unless that is the opener.
            let last = before.filter(|_| i > opened + 1);
            let fence = &text[opener.0..opener.1];
            let mut line = Line::new(number(opened), fence, fence.into(), Mark::Plain);
            line.raw = &text[opener.0..range.1];
            line.block = Some(Box::new(Block {
                text: verbatim::content(text, opener, last),
                end: TextPosition {
                    line: number(i),
                    column: column_of(raw, raw.trim_end().len()),
                },
            }));
            out.push(line);
            open = None;
            continue;
        }
        if let Some((_, close)) = blocks.next_if(|&(opener, _)| opener == i) {
            open = Some((i, range, close));
            continue;
        }
        // A fenced block's raw text holds its fences, so it is never a blank line's twin.
        if raw.trim().is_empty() && out.last().is_some_and(|l| l.raw.trim().is_empty()) {
            continue;
        }
        out.push(clean(number(i), raw));
    }
    out.shrink_to_fit();
    out
}

/// The most lines `lines` keeps of `text`: every line but a blank one after a blank one.
fn kept_at_most(text: &str) -> usize {
    let mut previous_blank = false;
    raw_line_texts(text)
        .filter(|line| {
            let blank = line.trim().is_empty();
            let kept = !(blank && previous_blank);
            previous_blank = blank;
            kept
        })
        .count()
}

/// Lines grouped into paragraphs at blank lines and rules.
pub(crate) fn paragraphs<'l, 'a>(lines: &'l [Line<'a>]) -> Vec<Vec<&'l Line<'a>>> {
    let mut out: Vec<Vec<&Line>> = Vec::new();
    let mut current: Vec<&Line> = Vec::new();
    for line in lines {
        if line.is_blank() || line.is_rule() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// The text of a field made of these lines.
pub(crate) fn joined(lines: &[&Line]) -> String {
    lines
        .iter()
        .map(|l| l.field_text())
        .collect::<Vec<_>>()
        .join("\n")
}

fn clean(number: u32, raw: &str) -> Line<'_> {
    let mut t = raw.trim();
    let rule =
        t.chars().count() >= 3 && (t.chars().all(|c| c == '-') || t.chars().all(|c| c == '_'));
    if rule {
        return Line::new(number, raw, "".into(), Mark::Rule);
    }
    // Markdown headings ("### KDU 72/21 …").
    let hashes = t.len() - t.trim_start_matches('#').len();
    if hashes > 0 && t[hashes..].starts_with(' ') {
        t = t[hashes..].trim_start();
    }
    let mut mark = Mark::Plain;
    for marker in ["- ", "* ", "• ", "· "] {
        if let Some(rest) = t.strip_prefix(marker) {
            mark = Mark::Bullet;
            t = rest.trim_start();
            break;
        }
    }
    // "a) Valg av leder": a lettered point.
    let mut chars = t.chars();
    if let (Some(c), Some(')'), Some(' ')) = (chars.next(), chars.next(), chars.next()) {
        if mark == Mark::Plain && c.is_lowercase() && c.is_alphabetic() {
            mark = Mark::Letter(c);
            t = chars.as_str().trim_start();
        }
    }
    // Emphasis marks carry no meaning the model keeps; "~~" and escapes stay as written.
    let text: std::borrow::Cow<'_, str> = if t.contains('*') {
        t.chars()
            .filter(|&c| c != '*')
            .collect::<String>()
            .trim()
            .to_owned()
            .into()
    } else {
        t.trim().into()
    };
    // A point with nothing in it ("- **") is an empty line, not a point of a list.
    if text.is_empty() {
        mark = Mark::Plain;
    }
    Line::new(number, raw, text, mark)
}

/// A line of a field without the list marker the writer and the cleaner give it ("- ",
/// "a) "): the text a line of minutes has once read.
pub(crate) fn without_marker(line: &str) -> &str {
    if let Some(rest) = line.strip_prefix("- ") {
        return rest;
    }
    let mut chars = line.chars();
    match (chars.next(), chars.next(), chars.next()) {
        (Some(c), Some(')'), Some(' ')) if c.is_lowercase() && c.is_alphabetic() => chars.as_str(),
        _ => line,
    }
}

/// The end of a case number's digits written at byte `at`: "8/21", "5 /23", "10/ 21",
/// "06b/2016", "39/2022" (one to five digits, an optional letter, a slash with at most one
/// space either side, a year of two or four digits).
pub(crate) fn case_number_end(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes().get(at..)?;
    let digits = |from: usize| {
        b.get(from..)
            .map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count())
    };
    let mut i = digits(0);
    if i == 0 || i > 5 {
        return None;
    }
    if b.get(i).is_some_and(u8::is_ascii_lowercase)
        && !b.get(i + 1).is_some_and(u8::is_ascii_alphabetic)
    {
        i += 1;
    }
    if b.get(i) == Some(&b' ') {
        i += 1;
    }
    if b.get(i) != Some(&b'/') {
        return None;
    }
    i += 1;
    if b.get(i) == Some(&b' ') {
        i += 1;
    }
    let year = digits(i);
    if year != 2 && year != 4 {
        return None;
    }
    i += year;
    // A dotted sub-item after the year ("090/15.1"), not a full stop.
    let sub = digits(i + 1);
    if b.get(i) == Some(&b'.') && (1..=3).contains(&sub) {
        i += 1 + sub;
    }
    Some(at + i)
}

/// Splits a paragraph into sentences: at ". ", "! " or "? " followed by a capital letter or a
/// quote, never inside an abbreviation ("bl.a. drøftet") or a date ("5. november").
pub(crate) fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') && bytes.get(i + 1) == Some(&b' ') {
            let next = text[i + 2..].chars().next();
            // "5. November" is a day, "2021. Buan" ends a sentence.
            let digits_before = bytes[..i]
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_digit())
                .count();
            let ordinal = b == b'.' && (1..=2).contains(&digits_before);
            if next.is_some_and(|c| c.is_uppercase() || c == '«' || c == '"') && !ordinal {
                let sentence = text[start..=i].trim();
                if !sentence.is_empty() {
                    out.push(sentence);
                }
                start = i + 2;
            }
        }
        i += 1;
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// `text` lower-cased, for matching words, so that a byte offset found in it is the same
/// offset in `text` and what is found can be cut from the text: a character whose lower case
/// is one character of the same length in UTF-8 (every letter of Norwegian, nearly all
/// others) is lowered, and the few others (`Ⱥ`, `İ`, the Kelvin sign) stay as they are.
pub(crate) fn lower(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    // Norwegian text is mostly ASCII, with an æ, ø or å here and there: each run of ASCII is
    // lowered at once.
    while !rest.is_empty() {
        let (run, tail) = rest.split_at(
            rest.bytes()
                .position(|b| !b.is_ascii())
                .unwrap_or(rest.len()),
        );
        let start = out.len();
        out.push_str(run);
        out[start..].make_ascii_lowercase();
        let mut chars = tail.chars();
        if let Some(c) = chars.next() {
            let mut lower = c.to_lowercase();
            out.push(match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            });
        }
        rest = chars.as_str();
    }
    out
}

/// Whether `word` occurs in `haystack` as a whole word (both lower-case).
pub(crate) fn has_word(haystack: &str, word: &str) -> bool {
    find_word(haystack, word, 0).is_some()
}

/// The byte offset of the first whole-word occurrence of `word` at or after `from`.
pub(crate) fn find_word(haystack: &str, word: &str, from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(found) = haystack.get(at..).and_then(|s| s.find(word)) {
        let start = at + found;
        let end = start + word.len();
        let before_ok = haystack[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = haystack[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            return Some(start);
        }
        at = start + word.len().max(1);
        while !haystack.is_char_boundary(at) {
            at += 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowering_keeps_every_character_s_length() {
        let text = "ȺSE FOR Øie";
        let lowered = lower(text);
        assert_eq!(lowered, "Ⱥse for øie");
        let at = lowered.find(" for ").unwrap();
        assert_eq!(&text[at + 5..], "Øie");
        let mut kept = 0;
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let one = c.to_string();
            let lowered = lower(&one);
            assert_eq!(lowered.len(), one.len(), "{c:?}");
            let std: Vec<char> = c.to_lowercase().collect();
            if std.len() == 1 && std[0].len_utf8() == c.len_utf8() {
                assert_eq!(lowered, std[0].to_string(), "{c:?}");
            } else {
                assert_eq!(lowered, one, "{c:?}");
                kept += 1;
            }
        }
        // Ⱥ, Ⱦ, İ, the Kelvin and ångström signs, the ohm sign, ẞ, … : a handful.
        assert!((1..40).contains(&kept), "{kept}");
        for c in ['Æ', 'Ø', 'Å', 'Č', 'Š', 'Ŋ', 'Ŧ', 'Ž', 'Á', 'Đ'] {
            assert_ne!(lower(&c.to_string()), c.to_string(), "{c:?}");
        }
    }

    #[test]
    fn markup_is_dropped_and_bullets_marked() {
        let all = lines("## **Vedtak:**\r\n- *ERG- status*\n---\n  x  ");
        assert_eq!(all[0].text, "Vedtak:");
        assert!(all[1].is_bullet());
        assert_eq!(all[1].text, "ERG- status");
        assert!(all[2].is_rule());
        let lettered = lines("b) Valg av leder");
        assert!(lettered[0].is_bullet());
        assert_eq!(lettered[0].text, "Valg av leder");
        assert_eq!(lettered[0].field_text(), "b) Valg av leder");
        assert_eq!(all[3].text, "x");
        assert_eq!(all[3].span().start.column, 3);
    }

    #[test]
    fn a_run_of_blank_lines_is_one_line_and_the_numbers_hold() {
        let all = lines("a\n\n \r\n\t\u{2028}\nb\n\n```\n\n\n```\n\n\nc");
        let shown: Vec<(u32, &str, bool)> = all
            .iter()
            .map(|l| (l.number, &*l.text, l.verbatim().is_some()))
            .collect();
        // The blank lines inside the fence are the block's own text.
        assert_eq!(
            shown,
            [
                (1, "a", false),
                (2, "", false),
                (6, "b", false),
                (7, "", false),
                (8, "```", true),
                (12, "", false),
                (14, "c", false),
            ]
        );
        assert_eq!(all[4].verbatim(), Some("\n"));
        assert_eq!(lines(&"\n".repeat(100_000)).len(), 1);
    }

    #[test]
    fn room_is_taken_for_the_lines_kept_not_every_line() {
        // A blank line after a blank one is never kept; a fence's lines are kept as one.
        assert_eq!(kept_at_most("a\n\n \n\t\nb\n\n\nc"), 5);
        assert_eq!(kept_at_most(&"\n".repeat(100_000)), 1);
        assert_eq!(kept_at_most("a\nb\nc"), 3);
        for text in ["a\n\n\nb", "```\n\n\n```\nx", "\n\n```\n\n", ""] {
            assert!(lines(text).len() <= kept_at_most(text), "{text:?}");
        }
    }

    #[test]
    fn a_line_and_an_unplaced_line_stay_small() {
        // Text of one letter a line holds one of each a line: 72 bytes for 2 of text.
        assert!(
            std::mem::size_of::<Line>() <= 64,
            "{}",
            std::mem::size_of::<Line>()
        );
        assert!(
            std::mem::size_of::<Piece>() <= 16,
            "{}",
            std::mem::size_of::<Piece>()
        );
    }

    #[test]
    fn a_point_with_nothing_in_it_is_an_empty_line() {
        let all = lines("- **\na) *\n- x");
        assert!(all[0].is_blank() && all[1].is_blank(), "{:?}", &all[..2]);
        assert!(all[2].is_bullet() && !all[2].is_blank());
    }

    #[test]
    fn sentences_split_only_where_a_new_one_starts() {
        assert_eq!(
            sentences("Det er bl.a. drøftet. Neste møte 10. november. Ferdig"),
            vec![
                "Det er bl.a. drøftet.",
                "Neste møte 10. november.",
                "Ferdig"
            ]
        );
    }

    #[test]
    fn words_are_found_whole() {
        assert!(has_word("vedtak i kdu", "kdu"));
        assert!(!has_word("vedtekter", "vedtak"));
        assert_eq!(find_word("au og au", "au", 1), Some(6));
    }
}
