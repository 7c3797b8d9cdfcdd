//! Names in minutes resolved against a council: bodies by name or abbreviation, people to
//! members and staff with tolerant matching ("Beate"/"Beathe", "Ola Morten teigen"),
//! municipalities and organisations named in a title.

use chrono::NaiveDate;

use crate::council::{Body, Council, Member, MunicipalityCode, Represents, Substitute};
use crate::minutes::text::{find_word, lower};

/// The tokens a name is compared by: lower case, hyphens and dots dropped.
fn tokens(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .map(|t| {
            t.chars()
                .filter(|c| *c != '.')
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|t| !t.is_empty())
        .collect()
}

/// At most one character inserted, removed or changed.
fn within_one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if short.len() == long.len() {
        short[prefix + 1.min(short.len() - prefix)..] == long[prefix + 1.min(long.len() - prefix)..]
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

/// Whether two written names are the same person's: equal word for word, allowing one
/// slip of the pen in words of five letters or more and ignoring case, hyphens and dots.
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    same_tokens(&tokens(a), &tokens(b))
}

fn same_tokens(a: &[String], b: &[String]) -> bool {
    !a.is_empty()
        && a.len() == b.len()
        && a.iter().zip(b).all(|(x, y)| {
            x == y || (x.chars().count() >= 5 && y.chars().count() >= 5 && within_one_edit(x, y))
        })
}

/// Whether a short reference to a person ("Buan", "Raustein") names `full` by surname.
fn surname_or_same(short: &[String], full: &[String]) -> bool {
    same_tokens(short, full) || (short.len() == 1 && full.last() == short.first())
}

/// The council's staff and members, each by the tokens of each of their names: built once
/// for a reading, compared with every pair of names that may be one person.
pub(crate) struct KnownPeople {
    people: Vec<Vec<Vec<String>>>,
}

impl KnownPeople {
    /// Whether two ways of writing a person name the same one, by the council's aliases or
    /// by tolerant comparison.
    pub(super) fn same_person(&self, short: &str, full: &str) -> bool {
        let (short, full) = (tokens(short), tokens(full));
        if surname_or_same(&short, &full) {
            return true;
        }
        self.people.iter().any(|names| {
            let known = |n: &[String]| names.iter().any(|name| surname_or_same(n, name));
            known(&short) && known(&full)
        })
    }
}

fn matches_any(name: &str, aliases: &[String], candidate: &str) -> bool {
    same_name(name, candidate) || aliases.iter().any(|a| same_name(a, candidate))
}

/// A council seen from one meeting: its date and body.
pub(crate) struct Resolver<'a> {
    pub council: Option<&'a Council>,
    pub date: Option<NaiveDate>,
    pub body: Option<&'a Body>,
}

impl<'a> Resolver<'a> {
    /// The body a text names: the longest of the bodies' ids, names and aliases found in it
    /// as whole words.
    pub(super) fn body_in(&self, text: &str) -> Option<&'a Body> {
        let council = self.council?;
        let text = lower(text);
        let mut best: Option<(&Body, usize)> = None;
        for body in &council.bodies {
            for name in body.names() {
                let name = lower(name);
                if name.len() > best.map_or(0, |(_, len)| len)
                    && find_word(&text, &name, 0).is_some()
                {
                    best = Some((body, name.len()));
                }
            }
        }
        best.map(|(body, _)| body)
    }

    /// The id of the body one word or phrase names exactly ("AU", "kommunedirektørutvalget").
    pub(super) fn body_named(&self, words: &str) -> Option<&'a Body> {
        let council = self.council?;
        let words = lower(words.trim());
        council
            .bodies
            .iter()
            .find(|body| body.names().any(|name| lower(name) == words))
    }

    pub(super) fn member(&self, name: &str) -> Option<&'a Member> {
        let body = self.body?;
        let on = |m: &&Member| self.date.is_none_or(|d| m.term.covers(d));
        body.members
            .iter()
            .filter(on)
            .find(|m| matches_any(&m.name, &m.aliases, name))
    }

    pub(super) fn substitute(&self, name: &str) -> Option<&'a Substitute> {
        let body = self.body?;
        body.substitutes
            .iter()
            .filter(|s| self.date.is_none_or(|d| s.term.covers(d)))
            .find(|s| matches_any(&s.name, &s.aliases, name))
    }

    pub(super) fn is_staff(&self, name: &str) -> bool {
        self.council.is_some_and(|c| {
            c.staff
                .iter()
                .any(|s| matches_any(&s.name, &s.aliases, name))
        })
    }

    /// The council's people, ready for [`KnownPeople::same_person`].
    pub(super) fn known_people(&self) -> KnownPeople {
        let Some(council) = self.council else {
            return KnownPeople { people: Vec::new() };
        };
        let names = |name: &String, aliases: &[String]| {
            std::iter::once(name)
                .chain(aliases)
                .map(|n| tokens(n))
                .collect::<Vec<_>>()
        };
        let staff = council.staff.iter().map(|s| names(&s.name, &s.aliases));
        let members = council
            .bodies
            .iter()
            .flat_map(|b| b.members.iter().map(|m| names(&m.name, &m.aliases)));
        KnownPeople {
            people: staff.chain(members).collect(),
        }
    }

    /// The municipality a member represents.
    pub(super) fn member_municipality(member: &Member) -> Option<MunicipalityCode> {
        match &member.represents {
            Represents::Municipality(code) => Some(*code),
            Represents::Organisation(_) => None,
        }
    }

    /// The council's municipality a title names ("Kommunedirektør, Frøya").
    pub(super) fn municipality_in(&self, title: &str) -> Option<MunicipalityCode> {
        let council = self.council?;
        let title = lower(title);
        council
            .municipalities
            .iter()
            .find(|m| find_word(&title, &lower(&m.name), 0).is_some())
            .map(|m| m.code)
    }

    /// The council's organisation a title names: its full name, or a part of the title that
    /// begins the organisation's name ("Statsforvalteren" for "Statsforvalteren i Trøndelag").
    pub(super) fn organisation_in(&self, title: &str) -> Option<String> {
        let council = self.council?;
        let title_lower = lower(title);
        council
            .organisations
            .iter()
            .find(|o| {
                let name = lower(&o.name);
                find_word(&title_lower, &name, 0).is_some()
                    || title_lower.split([',', '/']).map(str::trim).any(|part| {
                        part.len() >= 4 && (name == part || name.starts_with(&format!("{part} ")))
                    })
            })
            .map(|o| o.id.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tolerant_names() {
        assert!(same_name("Beate Sandvik Meland", "Beathe Sandvik Meland"));
        assert!(same_name("Ola Morten teigen", "Ola Morten Teigen"));
        assert!(same_name("Robert Øyum -Jakobsen", "Robert Øyum Jakobsen"));
        assert!(!same_name("Per Sundell", "Per Øivind Sundell"));
        assert!(!same_name("Ola Øie", "Ola Åie Berg"));
        assert!(!same_name("Anne", "Arne"));
        assert!(surname_or_same(&tokens("Buan"), &tokens("Bjørn Buan")));
        assert!(!surname_or_same(&tokens("Bjørn"), &tokens("Bjørn Buan")));
    }

    #[test]
    fn one_edit() {
        assert!(within_one_edit("beate", "beathe"));
        assert!(within_one_edit("otnes", "otnas"));
        assert!(!within_one_edit("otnes", "ontes"));
        assert!(within_one_edit("", "a"));
    }
}
