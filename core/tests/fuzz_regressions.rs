//! The fuzz targets' checks (`fuzz/src/lib.rs`, included here as they are) over every input
//! kept in `fixtures/fuzz/<target>/`: the inputs a fuzz run found failing, and a few that
//! show each target's ground. A fixed failure stays fixed.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

#[path = "../../fuzz/src/lib.rs"]
mod checks;

fn run(target: &str, check: fn(&[u8])) {
    let dir = common::fixtures().join("fuzz").join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{}: no inputs", dir.display());
    for file in files {
        let data = std::fs::read(&file).unwrap();
        // A panic names the file in the test's output.
        eprintln!("{}", file.display());
        check(&data);
    }
}

#[test]
fn case_number_inputs() {
    run("case_number", checks::case_number);
}

#[test]
fn read_minutes_inputs() {
    run("read_minutes", checks::read_minutes);
}

#[test]
fn meeting_json_inputs() {
    run("meeting_json", checks::meeting_json);
}

#[test]
fn apportion_inputs() {
    run("apportion", checks::apportion);
}
