//! Members declared disqualified in the words of the minutes ("erklærte seg inhabil",
//! "fråtredde som ugild"), where no record line says so.

use crate::disqualification::Basis;
use crate::minutes::text::lower;

/// The phrases that declare a member disqualified for an item, in bokmål and nynorsk.
const DECLARATIONS: [&str; 14] = [
    "erklærte seg inhabil",
    "erklærte seg ugild",
    "erklærte seg som inhabil",
    "ble erklært inhabil",
    "vart erklært inhabil",
    "vart erklært ugild",
    "ble funnet inhabil",
    "vart funnen inhabil",
    "fratrådte som inhabil",
    "fråtredde som inhabil",
    "fråtredde som ugild",
    "ble fritatt",
    "var inhabil",
    "var ugild",
];

/// The phrases of [`DECLARATIONS`] that say a member was excused, not disqualified.
const EXCUSED: [&str; 1] = ["ble fritatt"];

/// Words before a name that are not part of it.
const TITLES: [&str; 10] = [
    "ordfører",
    "varaordfører",
    "kommunedirektør",
    "rådmann",
    "representanten",
    "representant",
    "leder",
    "leiar",
    "nestleder",
    "medlem",
];

/// The members a text declares disqualified ("Ola Nordmann erklærte seg inhabil etter fvl.
/// § 6 første ledd bokstav a og fratrådte", "Kari Vik fråtredde som ugild"), each with the
/// basis the rest of its sentence gives (empty when it gives none). `known` are the names
/// the council knows; one of them before the phrase is taken over the words there.
pub(super) fn declared_in(text: &str, known: &[&str]) -> Vec<(String, Basis)> {
    let lowered = lower(text);
    // Lower-casing may change lengths outside ASCII; positions are only taken over when
    // it did not.
    if lowered.len() != text.len() {
        return Vec::new();
    }
    let mut out: Vec<(String, Basis)> = Vec::new();
    let mut hits: Vec<(usize, usize)> = DECLARATIONS
        .iter()
        .flat_map(|phrase| {
            lowered
                .match_indices(phrase)
                .map(|(at, p)| (at, at + p.len()))
        })
        .collect();
    hits.sort_unstable();
    hits.dedup_by_key(|(at, _)| *at);
    for (at, end) in hits {
        let before = &text[sentence_start(text, at)..at];
        let head = lowered[..at].trim_end();
        // "… ikke var inhabil", "vurdert om X var inhabil": no declaration.
        let negated = head.ends_with("ikke") || head.ends_with("ikkje");
        let asked = {
            let sentence = &lowered[at - before.len()..at];
            sentence.starts_with("om ") || sentence.contains(" om ")
        };
        let Some(name) = name_before(before, known).filter(|_| !negated && !asked) else {
            continue;
        };
        let rest = &text[end..sentence_end(text, end)];
        let basis = Basis::from_text(rest);
        // "ble fritatt" is a disqualification only as the fritak of § 11-10 (2); a member
        // "fritatt fra vervet" is relieved of an office.
        if EXCUSED.contains(&&lowered[at..end]) && basis != Basis::Kl1110Second {
            continue;
        }
        let basis = match basis {
            Basis::Other { .. } if !rest.contains('§') => Basis::Other {
                text: String::new(),
            },
            basis => basis,
        };
        if !out
            .iter()
            .any(|(n, _)| crate::council::names_match(n, &[], &name))
        {
            out.push((name, basis));
        }
    }
    out
}

/// Where the sentence holding `at` begins: after the last ". " before it that ends a
/// sentence (not "fvl. ", "1. ", "jf. "), or after a line break.
fn sentence_start(text: &str, at: usize) -> usize {
    let head = &text[..at];
    let line = head.rfind('\n').map_or(0, |i| i + 1);
    let mut start = line;
    for (i, _) in head[line..].match_indices(". ") {
        let i = line + i;
        if ends_sentence(&head[..i]) {
            start = i + 2;
        }
    }
    start
}

/// Where the sentence that goes on at `from` ends.
fn sentence_end(text: &str, from: usize) -> usize {
    let tail = &text[from..];
    let line = tail.find('\n').map_or(text.len(), |i| from + i);
    let mut search = from;
    while let Some(i) = text[search..line].find(". ").map(|i| search + i) {
        if ends_sentence(&text[..i]) {
            return i;
        }
        search = i + 2;
    }
    line
}

/// Whether a full stop after `head` ends a sentence: not after a number, an initial or an
/// abbreviation.
fn ends_sentence(head: &str) -> bool {
    let word = head.rsplit(char::is_whitespace).next().unwrap_or_default();
    let abbreviation = matches!(
        lower(word).as_str(),
        "fvl" | "jf" | "jfr" | "bokst" | "kl" | "nr" | "lit" | "ca" | "fl" | "koml" | "bl.a"
    );
    // An initial ("Bjørn O. vart …") ends no sentence either.
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    !(abbreviation || initial || word.chars().all(|c| c.is_ascii_digit()))
}

/// The name right before a phrase: a known name there, or the run of capitalised words
/// that ends it (a party in brackets after the name and titles before it left out).
fn name_before(before: &str, known: &[&str]) -> Option<String> {
    let lowered = lower(before);
    if let Some(name) = known
        .iter()
        .filter_map(|name| {
            let at = lowered.rfind(&lower(name))?;
            Some((at, *name))
        })
        .max_by_key(|(at, name)| (*at, name.len()))
        .map(|(_, name)| name)
    {
        return Some(name.to_owned());
    }
    let mut trimmed = before.trim_end().trim_end_matches(',');
    if trimmed.ends_with(')') {
        trimmed = trimmed[..trimmed.rfind('(')?].trim_end();
    }
    let words: Vec<&str> = trimmed
        .split_whitespace()
        .rev()
        .take_while(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && !TITLES.contains(&lower(w).as_str())
        })
        .collect();
    (words.len() >= 2 && words.len() <= 4).then(|| {
        let mut words = words;
        words.reverse();
        words.join(" ")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disqualification::Letter;

    #[test]
    fn declarations_in_prose_give_the_member_and_the_ground() {
        let text = "Ordfører Ola Nordmann (Sp) erklærte seg inhabil etter fvl. § 6, 1. ledd \
                    bokstav b, og fratrådte. Kari Vik fråtredde som ugild, jf. forvaltningslova \
                    § 6 andre ledd. Per Hansen var inhabil. Det ble vurdert om Anne Berg var \
                    inhabil, men utvalget fant at Anne Berg ikke var inhabil.";
        let got = declared_in(text, &[]);
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Ola Nordmann", "Kari Vik", "Per Hansen"]);
        assert_eq!(
            got[0].1,
            Basis::Fvl6First {
                letter: Some(Letter::B)
            }
        );
        assert_eq!(got[1].1, Basis::Fvl6Second);
        assert_eq!(
            got[2].1,
            Basis::Other {
                text: String::new()
            }
        );
        let excused = "Kari Vik ble fritatt etter kommuneloven § 11-10 andre ledd. \
                       Per Hansen ble fritatt fra vervet som nestleder.";
        let got = declared_in(excused, &[]);
        assert_eq!(got, [("Kari Vik".to_owned(), Basis::Kl1110Second)]);
    }
}
