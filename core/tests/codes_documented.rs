//! Every finding code is documented in fixtures/README.md with its severity, and the
//! README lists no code the library does not have.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use regionrad::Code;

#[test]
fn readme_documents_exactly_the_codes_with_their_severity() {
    let readme = common::read("README.md");
    let rows: Vec<(String, String)> = readme
        .lines()
        .filter(|l| l.starts_with("| `"))
        .filter_map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            let code = cells.get(1)?.trim_matches('`');
            let severity = cells.get(2)?;
            code.contains('.')
                .then(|| (code.to_owned(), severity.to_string()))
        })
        .collect();
    for code in Code::ALL {
        let row = rows.iter().find(|(id, _)| id == code.as_str());
        let (_, severity) = row.unwrap_or_else(|| panic!("{code} is not in fixtures/README.md"));
        assert_eq!(severity, code.default_severity().as_str(), "{code}");
    }
    for (id, _) in &rows {
        assert!(
            Code::from_id(id).is_some(),
            "fixtures/README.md lists unknown code {id}"
        );
    }
}
