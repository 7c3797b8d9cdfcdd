//! Disqualification (inhabilitet, ugildskap) of a member for an item: the legal grounds the
//! law gives, read from the words minutes use for them, and written back in the law's words.
//!
//! The grounds are those of forvaltningsloven § 6 (which kommuneloven § 11-10 first
//! paragraph applies to elected bodies): the first paragraph's letters a–e, the second's
//! særegne forhold, the third's disqualified superior; and kommuneloven § 11-10 second
//! paragraph, a member excused (fritatt) on personal grounds.
//!
//! ```
//! use regionrad::disqualification::{Basis, Letter};
//!
//! assert_eq!(Basis::from_text("var inhabil etter fvl. § 6, 1. ledd bokstav b"), Basis::Fvl6First { letter: Some(Letter::B) });
//! assert_eq!(Basis::from_text("jf. forvaltningsloven § 6 annet ledd"), Basis::Fvl6Second);
//! assert_eq!(Basis::from_text("kommunelova § 11-10 andre ledd"), Basis::Kl1110Second);
//! assert_eq!(Basis::Fvl6First { letter: Some(Letter::A) }.to_string(), "forvaltningsloven § 6 første ledd bokstav a");
//! ```

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::strict;

/// A letter of forvaltningsloven § 6 first paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Letter {
    /// a: is a party to the case.
    A,
    /// b: related to a party by blood or marriage, close enough.
    B,
    /// c: is or has been married to, engaged to or a foster relation of a party.
    C,
    /// d: guardian or agent of a party, or has been after the case began.
    D,
    /// e: leads, or holds a leading position in or is on the board of, a body that is a
    /// party.
    E,
}

impl Letter {
    const ALL: [(Letter, char); 5] = [
        (Letter::A, 'a'),
        (Letter::B, 'b'),
        (Letter::C, 'c'),
        (Letter::D, 'd'),
        (Letter::E, 'e'),
    ];

    fn of(c: char) -> Option<Letter> {
        Letter::ALL.iter().find(|(_, l)| *l == c).map(|(v, _)| *v)
    }

    fn as_char(self) -> char {
        Letter::ALL
            .iter()
            .find(|(v, _)| *v == self)
            .map_or('a', |(_, c)| *c)
    }
}

/// The legal ground of a disqualification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Basis {
    /// Forvaltningsloven § 6 første ledd: disqualified by law, by the letter where the
    /// minutes give it.
    #[serde(rename = "fvl_6_first")]
    Fvl6First {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        letter: Option<Letter>,
    },
    /// Forvaltningsloven § 6 andre ledd: særegne forhold that weaken trust in the member's
    /// impartiality.
    #[serde(rename = "fvl_6_second")]
    Fvl6Second,
    /// Forvaltningsloven § 6 tredje ledd: the superior is disqualified.
    #[serde(rename = "fvl_6_third")]
    Fvl6Third,
    /// Kommuneloven § 11-10 andre ledd: excused (fritatt) on personal grounds.
    #[serde(rename = "kl_11_10_second")]
    Kl1110Second,
    /// Any other basis, as the minutes give it; empty when they give none.
    Other { text: String },
}

/// A basis as read: every kind's fields, made the kind its tag names.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct BasisFields {
    kind: BasisKind,
    letter: Option<Letter>,
    text: Option<String>,
}

#[derive(Deserialize, JsonSchema)]
enum BasisKind {
    #[serde(rename = "fvl_6_first")]
    Fvl6First,
    #[serde(rename = "fvl_6_second")]
    Fvl6Second,
    #[serde(rename = "fvl_6_third")]
    Fvl6Third,
    #[serde(rename = "kl_11_10_second")]
    Kl1110Second,
    #[serde(rename = "other")]
    Other,
}

impl TryFrom<BasisFields> for Basis {
    type Error = String;

    fn try_from(f: BasisFields) -> Result<Self, String> {
        let given = [("letter", f.letter.is_some()), ("text", f.text.is_some())];
        Ok(match f.kind {
            BasisKind::Fvl6First => {
                strict::only("fvl_6_first", &given, &["letter"])?;
                Basis::Fvl6First { letter: f.letter }
            }
            BasisKind::Fvl6Second => {
                strict::only("fvl_6_second", &given, &[]).map(|()| Basis::Fvl6Second)?
            }
            BasisKind::Fvl6Third => {
                strict::only("fvl_6_third", &given, &[]).map(|()| Basis::Fvl6Third)?
            }
            BasisKind::Kl1110Second => {
                strict::only("kl_11_10_second", &given, &[]).map(|()| Basis::Kl1110Second)?
            }
            BasisKind::Other => Basis::Other {
                text: strict::sole(f.text, "other", "text", &given)?,
            },
        })
    }
}
strict::deserialize_through!(Basis, BasisFields);

/// Which paragraph (ledd) a text names, in the forms minutes write it.
const PARAGRAPHS: [(u8, &[&str]); 3] = [
    (
        1,
        &["første ledd", "fyrste ledd", "1. ledd", "1.ledd", "(1)"],
    ),
    (
        2,
        &[
            "andre ledd",
            "annet ledd",
            "anna ledd",
            "2. ledd",
            "2.ledd",
            "(2)",
        ],
    ),
    (3, &["tredje ledd", "3. ledd", "3.ledd", "(3)"]),
];

/// The words that name forvaltningsloven and kommuneloven.
const ADMINISTRATION_ACT: [&str; 3] = ["forvaltningslov", "fvl", "fl."];
const LOCAL_GOVERNMENT_ACT: [&str; 3] = ["kommunelov", "kl.", "koml"];

impl Basis {
    /// The ground a text names ("fvl. § 6, 1. ledd bokstav b", "jf. forvaltningslova § 6
    /// andre ledd", "kommuneloven § 11-10 (2)"), in bokmål or nynorsk; [`Basis::Other`] with
    /// the text, trimmed, when it names none of them.
    pub fn from_text(text: &str) -> Basis {
        let lower = text.to_lowercase();
        let paragraph_after = |from: usize| {
            let rest = lower.get(from..).unwrap_or_default();
            PARAGRAPHS
                .iter()
                .filter_map(|(n, forms)| {
                    forms
                        .iter()
                        .filter_map(|f| rest.find(f).map(|at| (at, *n, at + f.len())))
                        .min()
                })
                .min()
                .map(|(at, n, end)| (n, from + at, from + end))
        };
        if let Some(section) = section_at(&lower, "11-10") {
            let excused = ["fritak", "fritatt", "fritas", "fritek", "friteke"]
                .iter()
                .any(|w| lower.contains(w));
            let second = paragraph_after(section).is_some_and(|(n, _, _)| n == 2);
            if second || excused {
                return Basis::Kl1110Second;
            }
        }
        let names_act = ADMINISTRATION_ACT.iter().any(|w| lower.contains(w))
            || !LOCAL_GOVERNMENT_ACT.iter().any(|w| lower.contains(w));
        if let (Some(section), true) = (section_at(&lower, "6"), names_act) {
            let letter = letter_in(&lower[section..]);
            match paragraph_after(section) {
                Some((1, _, end)) => {
                    return Basis::Fvl6First {
                        letter: letter_in(&lower[end..]),
                    }
                }
                Some((2, _, _)) => return Basis::Fvl6Second,
                Some((3, _, _)) => return Basis::Fvl6Third,
                _ if letter.is_some() => return Basis::Fvl6First { letter },
                _ => {}
            }
        }
        if lower.contains("særegne forhold") || lower.contains("særeigne forhold") {
            return Basis::Fvl6Second;
        }
        Basis::Other {
            text: text.trim().to_owned(),
        }
    }

    /// Whether the basis names none of the grounds: empty, or words the reader does not
    /// know as one.
    pub fn is_other(&self) -> bool {
        matches!(self, Basis::Other { .. })
    }
}

/// Where `§ <number>` stands in `lower` (the number as a whole: "§ 6" is not "§ 60" nor
/// "§ 6-1"), the index after it.
fn section_at(lower: &str, number: &str) -> Option<usize> {
    lower.match_indices('§').find_map(|(at, _)| {
        let rest = lower[at + '§'.len_utf8()..].trim_start();
        let after = rest.strip_prefix(number)?;
        let whole = !after.starts_with(|c: char| c.is_ascii_digit() || c == '-');
        whole.then(|| lower.len() - after.len())
    })
}

/// A letter a–e given as "bokstav b", "bokst. b", "litra b", or standing alone right at the
/// start ("a", "a)", "(a)").
fn letter_in(text: &str) -> Option<Letter> {
    let single = |word: &str| {
        let word = word.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | '.' | ';'));
        let mut chars = word.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => Letter::of(c),
            _ => None,
        }
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    for (i, word) in words.iter().enumerate() {
        if matches!(*word, "bokstav" | "bokst." | "bokst" | "litra" | "lit.") {
            return words.get(i + 1).and_then(|w| single(w));
        }
    }
    words.first().and_then(|w| single(w))
}

impl fmt::Display for Basis {
    /// The law's words, as `from_text` reads them back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Basis::Fvl6First { letter: None } => f.write_str("forvaltningsloven § 6 første ledd"),
            Basis::Fvl6First {
                letter: Some(letter),
            } => write!(
                f,
                "forvaltningsloven § 6 første ledd bokstav {}",
                letter.as_char()
            ),
            Basis::Fvl6Second => f.write_str("forvaltningsloven § 6 andre ledd"),
            Basis::Fvl6Third => f.write_str("forvaltningsloven § 6 tredje ledd"),
            Basis::Kl1110Second => f.write_str("kommuneloven § 11-10 andre ledd"),
            Basis::Other { text } => f.write_str(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grounds_read_from_the_words_minutes_use() {
        let first = |l| Basis::Fvl6First { letter: Some(l) };
        let cases = [
            (
                "forvaltningsloven § 6 første ledd bokstav a",
                first(Letter::A),
            ),
            ("fvl. § 6, 1. ledd bokstav b", first(Letter::B)),
            ("forvaltningsloven § 6 første ledd c", first(Letter::C)),
            ("fvl § 6 (1) e", first(Letter::E)),
            (
                "forvaltningslova § 6 fyrste ledd bokstav d",
                first(Letter::D),
            ),
            ("fvl. § 6 bokstav b", first(Letter::B)),
            (
                "forvaltningsloven § 6 første ledd",
                Basis::Fvl6First { letter: None },
            ),
            ("jf. forvaltningsloven § 6 annet ledd", Basis::Fvl6Second),
            ("fvl. § 6 2. ledd (særegne forhold)", Basis::Fvl6Second),
            ("på grunn av særeigne forhold", Basis::Fvl6Second),
            ("forvaltningsloven § 6 tredje ledd", Basis::Fvl6Third),
            ("kommuneloven § 11-10 andre ledd", Basis::Kl1110Second),
            (
                "søkte fritak etter kommunelova § 11-10",
                Basis::Kl1110Second,
            ),
        ];
        for (text, want) in cases {
            assert_eq!(Basis::from_text(text), want, "{text}");
        }
        for other in [
            "forvaltningsloven § 60 første ledd",
            "kommuneloven § 6 første ledd",
            "habilitetsreglene",
            "fvl. § 6-1",
        ] {
            assert!(Basis::from_text(other).is_other(), "{other}");
        }
    }

    #[test]
    fn the_law_s_words_read_back_as_the_same_ground() {
        for basis in [
            Basis::Fvl6First { letter: None },
            Basis::Fvl6First {
                letter: Some(Letter::D),
            },
            Basis::Fvl6Second,
            Basis::Fvl6Third,
            Basis::Kl1110Second,
        ] {
            assert_eq!(Basis::from_text(&basis.to_string()), basis);
        }
    }
}
