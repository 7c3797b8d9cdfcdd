//! Cells of the CSV tables the commands write. Every text is quoted, and one that a
//! spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage
//! return) is led by a single quote, as OWASP's advice on CSV injection has it: names,
//! titles and actions come from minutes and council documents, which are untrusted input.

/// A text as one CSV cell: quoted, its quotes doubled, a formula made text.
pub fn text(cell: &str) -> String {
    let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let lead = if formula { "'" } else { "" };
    format!("\"{lead}{}\"", cell.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    #[test]
    fn formulas_become_text_and_quotes_are_doubled() {
        let cases = [
            ("Frøya", "\"Frøya\""),
            (
                "=HYPERLINK(\"http://x\")",
                "\"'=HYPERLINK(\"\"http://x\"\")\"",
            ),
            ("+47 971 23 456", "\"'+47 971 23 456\""),
            ("-1+2", "\"'-1+2\""),
            ("@SUM(A1)", "\"'@SUM(A1)\""),
            ("\tx", "\"'\tx\""),
            ("\rx", "\"'\rx\""),
            ("a = b", "\"a = b\""),
            ("", "\"\""),
        ];
        for (cell, want) in cases {
            assert_eq!(super::text(cell), want, "{cell}");
        }
    }
}
