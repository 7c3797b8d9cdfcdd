//! Free text kept as it is: a block between two fence lines of backticks, as in Markdown.
//!
//! The writer puts a field's text in a fence when written plainly it would read back as
//! something else — a line that reads as a section label ("Vedtak:"), a record line, an item
//! heading, markup the reader drops, more than one blank line. The reader takes what stands
//! between the fences as the text of the field the block stands in, byte for byte, and never
//! reads structure into it. Minutes exported from Markdown with fenced blocks read the same.

use crate::minutes::text;

/// The shortest fence: three backticks.
const SHORTEST: usize = 3;

/// The length of a fence line: three or more backticks and nothing else.
pub(crate) fn fence_length(line: &str) -> Option<usize> {
    (line.len() >= SHORTEST && line.bytes().all(|b| b == b'`')).then_some(line.len())
}

/// `text` between fences, one line each: the fence is the shortest that no line of the text
/// is, so that the text cannot close it early.
pub(crate) fn fenced(text: &str) -> String {
    let mut length = SHORTEST;
    // Lengths of fence lines in the text, each at most the text's length: the loop ends.
    while text::raw_line_texts(text).any(|line| fence_length(line) == Some(length)) {
        length += 1;
    }
    let fence = "`".repeat(length);
    format!("{fence}\n{text}\n{fence}")
}

/// Whether `text`, written as paragraphs, would not read back as itself. Only the text on
/// its own is looked at (lines the cleaner changes, blank lines, fences in it); what a line
/// means where it stands (a label, a heading) is found by reading the minutes back.
pub(crate) fn needs_fence(text: &str) -> bool {
    // Empty text written plainly is no paragraph at all, and reads back as no text.
    if text.is_empty() {
        return true;
    }
    let lines = text::lines(text);
    if lines.iter().any(|l| l.is_rule() || l.verbatim().is_some()) {
        return true;
    }
    let paragraphs: Vec<String> = text::paragraphs(&lines)
        .iter()
        .map(|p| text::joined(p))
        .collect();
    paragraphs.join("\n\n") != text
}

/// The fenced blocks of minutes text, from its fence lines (`(line index, fence length)`,
/// in order): each block as the index of the line that opens it and of the line that closes
/// it (the next line with a fence of the same length), in order. Fences are few, so this is
/// small whatever the number of lines.
pub(crate) fn blocks(fences: &[(usize, usize)]) -> Vec<(usize, usize)> {
    // For each fence, the next fence of its length, found from the end.
    let mut next = vec![None; fences.len()];
    let mut next_with_length: std::collections::BTreeMap<usize, usize> = Default::default();
    for (k, &(line, length)) in fences.iter().enumerate().rev() {
        next[k] = next_with_length.insert(length, line);
    }
    // An opener's closer, and the fences between, open no block of their own.
    let mut out = Vec::new();
    let mut open_after = 0;
    for (k, &(line, _)) in fences.iter().enumerate() {
        if line < open_after {
            continue;
        }
        if let Some(close) = next[k] {
            out.push((line, close));
            open_after = close + 1;
        }
    }
    out
}

/// The text a fenced block holds: what stands between its fences byte for byte, except
/// that in text whose lines end otherwise than in LF (the opener's line end tells) that line
/// end is read as LF. `open` is the opener's line (start, end, line end) and `last` the
/// line before the closer — or none, when the closer follows the opener.
pub(crate) fn content(
    text: &str,
    open: (usize, usize, &'static str),
    last: Option<(usize, usize, &'static str)>,
) -> String {
    let Some((_, last_end, last_line_end)) = last else {
        return String::new();
    };
    let open_end = open.2;
    // A CR that ends the text, right before the LF of the line the writer ends it with, is
    // split as one CRLF line end; in text whose lines end in LF that CR is the text's own.
    let end = match (open_end, last_line_end) {
        ("\n", "\r\n") => last_end + 1,
        _ => last_end,
    };
    let inside = &text[open.1 + open_end.len()..end];
    match open_end {
        "\n" => inside.to_owned(),
        end => inside.replace(end, "\n"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fence_is_longer_than_any_fence_in_the_text() {
        assert_eq!(fenced("Vedtak:\nTekst"), "```\nVedtak:\nTekst\n```");
        assert_eq!(fenced("a\n```\nb"), "````\na\n```\nb\n````");
        assert_eq!(fenced("```\n````"), "`````\n```\n````\n`````");
        assert_eq!(fenced(""), "```\n\n```");
    }

    #[test]
    fn text_the_cleaner_changes_needs_a_fence() {
        assert!(!needs_fence(
            "Styret vedtok budsjettet.\n\nNeste avsnitt\nmed to linjer."
        ));
        assert!(!needs_fence("- et punkt\n- et til"));
        for text in [
            "  innrykk",
            "**fet**",
            "## overskrift",
            "to\n\n\nblanke",
            "\nforan",
            "etter\n",
            "---",
            "*  punkt",
            "a\n```\nb\n```",
            "",
        ] {
            assert!(needs_fence(text), "{text:?}");
        }
    }

    #[test]
    fn each_opener_has_its_own_closer() {
        let fences_of = |lines: &[&str]| -> Vec<(usize, usize)> {
            lines
                .iter()
                .enumerate()
                .filter_map(|(i, l)| Some((i, fence_length(l)?)))
                .collect()
        };
        let lines = ["```", "a", "````", "```", "```", "b", "````"];
        assert_eq!(blocks(&fences_of(&lines)), vec![(0, 3)]);
        // The fences of four stand inside the first block and after it; the fence at 4
        // has nothing to close it.
        assert_eq!(blocks(&fences_of(&["```"])), vec![]);
        assert_eq!(
            blocks(&fences_of(&["```", "```", "x", "```", "```"])),
            vec![(0, 1), (3, 4)]
        );
    }

    #[test]
    fn content_is_what_stands_between_the_fences() {
        let content_of = |text: &str| {
            let lines = text::lines(text);
            lines
                .iter()
                .find_map(|l| l.verbatim().map(str::to_owned))
                .unwrap()
        };
        assert_eq!(content_of("```\n  a  \n\n**b**\n```"), "  a  \n\n**b**");
        assert_eq!(content_of("```\r\na\r\nb\r\n```\r\n"), "a\nb");
        assert_eq!(content_of("```\ra\rb\r```"), "a\nb");
        // In LF text a CR or a line separator inside the block is the text's own.
        assert_eq!(content_of("```\na\rb\u{2028}c\n```"), "a\rb\u{2028}c");
        assert_eq!(content_of("```\n```"), "");
        // A CR that ends the text stands before the LF of the closing line.
        assert_eq!(content_of("```\n\r\n```"), "\r");
        assert_eq!(content_of("```\na\r\r\n```"), "a\r\r");
        assert_eq!(content_of("```\r\na\r\n```"), "a");
    }
}
