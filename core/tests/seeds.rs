//! The golden meetings keep the seed minutes' own words: every text in them is found in the
//! seed it was written from. Skips, saying so, where ../shared/seeds is absent.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use regionrad::Meeting;

/// Compared without markup, case or spacing: the golden files drop `**`, `*` and `#`.
fn normalized(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '*' | '#'))
        .flat_map(char::to_lowercase)
        .filter(|c| !c.is_whitespace())
        .collect()
}

fn texts(meeting: &Meeting) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    out.extend(meeting.title.clone());
    for person in &meeting.attendance {
        out.push(person.name.clone());
        out.extend(person.title.clone());
        out.extend(person.email.clone());
    }
    for item in &meeting.agenda {
        out.extend(item.number.clone());
        out.push(item.title.clone());
        out.extend(item.case_officers.iter().cloned());
        out.extend(item.documents.iter().cloned());
        for field in [
            &item.introduction,
            &item.background,
            &item.assessment,
            &item.discussion,
        ] {
            out.extend(
                field
                    .iter()
                    .flat_map(|t| t.split("\n\n").map(str::to_owned)),
            );
        }
        if let Some(regionrad::Proposal::Text { text }) = &item.proposal {
            out.extend(text.split("\n\n").map(str::to_owned));
        }
        let decisions = item
            .decision
            .iter()
            .chain(item.sub_items.iter().filter_map(|s| s.decision.as_ref()));
        for decision in decisions {
            out.extend(decision.text.split("\n\n").map(str::to_owned));
        }
        for sub in &item.sub_items {
            out.push(sub.title.clone());
            out.extend(
                sub.text
                    .iter()
                    .flat_map(|t| t.split("\n\n").map(str::to_owned)),
            );
        }
        for follow_up in item
            .follow_ups
            .iter()
            .chain(item.sub_items.iter().flat_map(|s| &s.follow_ups))
        {
            out.push(follow_up.action.clone());
        }
        for reference in item
            .references
            .iter()
            .chain(item.sub_items.iter().flat_map(|s| &s.references))
        {
            out.extend(reference.number.clone());
            out.extend(reference.title.clone());
        }
    }
    out
}

#[test]
fn golden_meeting_texts_are_the_seeds_words() {
    let Some(dir) = common::seeds_dir() else {
        eprintln!("skipped: ../shared/seeds is not here, so the golden files cannot be compared with their sources");
        return;
    };
    let pairs = [
        ("meetings/2021-03-05-kdu.json", "000_d878fcb9e3f002b8.txt"),
        ("meetings/2023-01-20-kdu.json", "001_05375f09446a7c27.txt"),
        ("meetings/2021-11-05-kdu.json", "002_5bf35c0e7693fa5c.txt"),
    ];
    for (golden, seed) in pairs {
        let meeting: Meeting = serde_json::from_str(&common::read(golden)).unwrap();
        let source = normalized(&std::fs::read_to_string(dir.join(seed)).unwrap());
        let texts = texts(&meeting);
        assert!(texts.len() > 40, "{golden}: only {} texts", texts.len());
        let missing: Vec<&String> = texts
            .iter()
            .filter(|t| !source.contains(&normalized(t)))
            .collect();
        assert!(missing.is_empty(), "{golden}: not in {seed}: {missing:#?}");
    }
}
