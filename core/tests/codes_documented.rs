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

/// The parts that render their findings from a catalog of their own (so that a WebAssembly
/// module holds only their messages), and the sources of the codes each can make.
#[test]
fn each_part_renders_from_a_catalog_holding_every_code_it_makes() {
    use regionrad::i18n::{Catalog, Lang};
    let parts: [(&str, Catalog, &[&str]); 2] = [
        (
            "the minutes reader",
            Catalog::READING,
            &["src/minutes", "src/limits.rs", "src/document.rs"],
        ),
        (
            "document decoding",
            Catalog::INPUT,
            &["src/document.rs", "src/limits.rs"],
        ),
    ];
    let core = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for (part, catalog, sources) in parts {
        let mut named = 0;
        for source in sources {
            for text in source_texts(&core.join(source)) {
                for name in text.split("Code::").skip(1).map(|rest| {
                    rest.split(|c: char| !c.is_ascii_alphanumeric())
                        .next()
                        .unwrap_or_default()
                }) {
                    let code = Code::ALL
                        .iter()
                        .find(|c| format!("{c:?}") == name)
                        .unwrap_or_else(|| panic!("{source} names Code::{name}, which is none"));
                    assert!(
                        catalog.template(*code, Lang::Nb).is_some()
                            && catalog.template(*code, Lang::En).is_some(),
                        "{part} makes {code} ({source}), which its catalog does not hold"
                    );
                    named += 1;
                }
            }
        }
        assert!(named > 0, "no codes found in the sources of {part}");
    }
}

/// The text of a source file, or of every `.rs` file in a directory.
fn source_texts(path: &std::path::Path) -> Vec<String> {
    if path.is_dir() {
        let mut files: Vec<_> = std::fs::read_dir(path)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "rs"))
            .collect();
        files.sort();
        files.iter().flat_map(|p| source_texts(p)).collect()
    } else {
        vec![std::fs::read_to_string(path).unwrap()]
    }
}
