//! Finding messages in bokmål (the default), nynorsk and English, built from a code's params.
//!
//! The templates are in three parts (`input`, `reading`, `rules`), and each part of the
//! library renders its findings from a [`Catalog`] of the parts it can produce codes of.
//!
//! ```
//! use regionrad::i18n::{Catalog, Lang};
//! use regionrad::{Code, Finding};
//!
//! let mut finding = Finding::meeting(Code::MinutesNoItems, 0, vec!["agenda".into()]);
//! finding.localize_from(Catalog::READING, Lang::En);
//! assert_eq!(finding.message, "No items found in the text");
//! assert_eq!(Catalog::READING.template(Code::MeetingUnknownBody, Lang::En), None);
//! assert!(Catalog::ALL.template(Code::MeetingUnknownBody, Lang::En).is_some());
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::findings::Code;
use crate::param::Param;

mod input;
pub mod numbers;
mod reading;
mod rules;

/// The language of messages: Norwegian bokmål or nynorsk, or English.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Lang {
    #[default]
    Nb,
    Nn,
    En,
}

impl Lang {
    /// Every language, in the order the catalogs hold them.
    pub const ALL: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];

    /// Whether this is one of the two written forms of Norwegian.
    pub fn is_norwegian(self) -> bool {
        matches!(self, Lang::Nb | Lang::Nn)
    }
}

impl FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "nb" => Ok(Lang::Nb),
            "nn" => Ok(Lang::Nn),
            "en" => Ok(Lang::En),
            other => Err(format!(
                "unknown language `{other}` (expected `nb`, `nn` or `en`)"
            )),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::En => "en",
        })
    }
}

/// The templates of some codes in bokmål, nynorsk and English; `None` for a code they do not
/// hold.
pub type Templates = fn(Code) -> Option<(&'static str, &'static str, &'static str)>;

/// The messages a part of the library renders its findings from: the templates of the codes
/// it can produce. The minutes reader renders from [`Catalog::READING`] and a document that
/// does not decode from [`Catalog::INPUT`], so that a WebAssembly module that only reads
/// minutes holds only the messages reading can show, not all of them.
#[derive(Debug, Clone, Copy)]
pub struct Catalog(&'static [Templates]);

impl Catalog {
    /// Every code's message.
    pub const ALL: Catalog = Catalog(&[input::templates, reading::templates, rules::templates]);
    /// Documents that do not decode, and the limits beyond which nothing is read.
    pub const INPUT: Catalog = Catalog(&[input::templates]);
    /// The minutes reader's findings, and the input ones it gives too.
    pub const READING: Catalog = Catalog(&[input::templates, reading::templates]);

    /// `code`'s template in `lang`, when this catalog holds it.
    pub fn template(self, code: Code, lang: Lang) -> Option<&'static str> {
        let (nb, nn, en) = self.0.iter().find_map(|templates| templates(code))?;
        Some(match lang {
            Lang::Nb => nb,
            Lang::Nn => nn,
            Lang::En => en,
        })
    }
}

/// The message template of `code` in `lang`; `{name}` stands for the param `name`.
pub fn template(code: Code, lang: Lang) -> &'static str {
    Catalog::ALL
        .template(code, lang)
        .unwrap_or_else(|| code.as_str())
}

/// Renders `code`'s message in `lang`, filling `{name}` from `params`. A placeholder with
/// no param is left as it is, so a missing value shows rather than vanishing. `{name:kr}`
/// writes a number of øre as kroner and `{name:date}` an ISO date, each in the language's
/// way ([`numbers`]); the param itself stays as the wire format gives it.
pub fn message(code: Code, lang: Lang, params: &BTreeMap<String, Param>) -> String {
    message_from(Catalog::ALL, code, lang, params)
}

/// [`message`] from `catalog`; a code it does not hold says its id ("minutes.unplaced").
pub fn message_from(
    catalog: Catalog,
    code: Code,
    lang: Lang,
    params: &BTreeMap<String, Param>,
) -> String {
    let template = catalog
        .template(code, lang)
        .unwrap_or_else(|| code.as_str());
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let placeholder = &after[..close];
                let (name, form) = placeholder.split_once(':').unwrap_or((placeholder, ""));
                match (params.get(name), form) {
                    (Some(Param::Integer(ore)), "kr") => {
                        out.push_str(&numbers::kroner(*ore, lang));
                    }
                    (Some(Param::Text(iso)), "date") => out.push_str(&numbers::date(iso, lang)),
                    (Some(Param::Text(s)), _) => out.push_str(s),
                    (Some(other), _) => out.push_str(&other.to_string()),
                    (None, _) => {
                        out.push('{');
                        out.push_str(placeholder);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// A legal basis ("kommuneloven § 11-9") as `lang` names the acts: nynorsk writes
/// "kommunelova", "forvaltningslova"; bokmål and English keep the acts' bokmål names.
pub fn legal_basis(text: &str, lang: Lang) -> String {
    match lang {
        Lang::Nn => text
            .replace("kommuneloven", "kommunelova")
            .replace("forvaltningsloven", "forvaltningslova"),
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_params_and_keeps_unknown_placeholders() {
        let mut params = BTreeMap::new();
        params.insert("body".to_owned(), Param::from("kdu"));
        assert_eq!(
            message(Code::MeetingUnknownBody, Lang::En, &params),
            "The council has no body kdu"
        );
        assert_eq!(
            message(Code::MeetingUnknownBody, Lang::Nb, &BTreeMap::new()),
            "Rådet har ikke noe organ {body}"
        );
    }

    #[test]
    fn writes_amounts_and_dates_in_the_language() {
        let mut params = BTreeMap::new();
        params.insert("amount".to_owned(), Param::from(-10_000_i64));
        assert_eq!(
            message(Code::CostNegativeAmount, Lang::Nb, &params),
            "Beløpet kr -100,00 er negativt"
        );
        assert_eq!(
            message(Code::CostNegativeAmount, Lang::En, &params),
            "The amount NOK -100.00 is negative"
        );
        params.insert("date".to_owned(), Param::from("2023-01-20"));
        params.insert("today".to_owned(), Param::from("2022-12-01"));
        assert_eq!(
            message(Code::MeetingDateAfterToday, Lang::Nb, &params),
            "Møtedatoen 20.01.2023 er etter dagens dato 01.12.2022"
        );
    }

    #[test]
    fn every_code_has_a_message_in_each_language_with_the_same_placeholders() {
        for &code in Code::ALL {
            let [nb, nn, en] = Lang::ALL.map(|lang| {
                Catalog::ALL
                    .template(code, lang)
                    .unwrap_or_else(|| panic!("{code} has no {lang} message"))
            });
            assert_ne!(nb, en, "{code}: English untranslated");
            assert_ne!(nn, en, "{code}: English untranslated");
            assert_eq!(placeholders(nb), placeholders(en), "{code}");
            assert_eq!(placeholders(nn), placeholders(en), "{code}");
        }
    }

    #[test]
    fn legal_bases_name_the_acts_in_the_language() {
        let basis = "kommuneloven § 11-10, forvaltningsloven § 6";
        assert_eq!(
            legal_basis(basis, Lang::Nn),
            "kommunelova § 11-10, forvaltningslova § 6"
        );
        assert_eq!(legal_basis(basis, Lang::Nb), basis);
        assert_eq!(legal_basis(basis, Lang::En), basis);
    }

    fn placeholders(template: &str) -> Vec<&str> {
        let mut names: Vec<&str> = template
            .split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}').map(|(name, _)| name))
            .collect();
        names.sort_unstable();
        names
    }

    #[test]
    fn lang_parses_only_known_codes() {
        assert_eq!("nb".parse::<Lang>(), Ok(Lang::Nb));
        assert_eq!("en".parse::<Lang>(), Ok(Lang::En));
        assert_eq!("nn".parse::<Lang>(), Ok(Lang::Nn));
        assert!("no".parse::<Lang>().is_err());
    }
}
