//! `regionrad contributions`: each municipality's share of a year's budget under a key, as a
//! table (kroner the Norwegian way), JSON (the wire format) or CSV.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use regionrad::cost::{
    apportion, from_csv, from_json_stat, Apportionment, Budget, CostKey, Fraction, KeySource,
    PopulationTable, PopulationYear, Settlement,
};
use regionrad::i18n::numbers;
use regionrad::{Lang, Report};

use crate::documents::{fail as fail_with, read_text, OutputFormat};
use crate::style::{in_lang, FindingColumns, Style};

fn fail(message: &str) -> ExitCode {
    fail_with("contributions", message)
}

fn read(path: &Path) -> Result<String, ExitCode> {
    read_text("contributions", path)
}

pub struct Request {
    pub council: PathBuf,
    pub year: i32,
    pub amount_ore: i64,
    pub key: Option<String>,
    pub equal: Option<Fraction>,
    pub population_year: Option<PopulationYear>,
    pub population: Option<PathBuf>,
    pub settled: Vec<Settlement>,
    pub format: OutputFormat,
    pub lang: Lang,
}

/// `LABEL=KR` (external funding) or `LABEL=KR@CODE` (paid by one municipality).
pub fn parse_settlement(text: &str) -> Result<Settlement, String> {
    let (label, rest) = text
        .split_once('=')
        .ok_or_else(|| format!("`{text}`: write LABEL=KR or LABEL=KR@KOMMUNENUMMER"))?;
    let (amount, municipality) = match rest.rsplit_once('@') {
        Some((amount, code)) => (amount, Some(code.trim().parse()?)),
        None => (rest, None),
    };
    Ok(Settlement::new(
        label.trim(),
        regionrad::cost::parse_kroner(amount).map_err(|e| e.to_string())?,
        municipality,
    ))
}

/// A population file: the bundled table format, a JSON-stat 2.0 dataset, or SSB's CSV.
fn load_population(path: &Path) -> Result<PopulationTable, ExitCode> {
    let text = read(path)?;
    let parsed = if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
    {
        from_csv(&text).map_err(|e| e.to_string())
    } else if text.contains("\"class\"") && text.contains("\"dataset\"") {
        from_json_stat(&text).map_err(|e| e.to_string())
    } else {
        regionrad::document::decode::<PopulationTable>(
            &text,
            regionrad::document::Source::Population,
        )
        .map_err(|finding| finding.message)
    };
    parsed.map_err(|e| fail(&format!("{}: {e}", path.display())))
}

pub fn run(request: Request) -> ExitCode {
    let council_text = match read(&request.council) {
        Ok(text) => text,
        Err(code) => return code,
    };
    let council = match regionrad::decode_council(&council_text) {
        Ok(council) => council,
        Err(finding) => {
            let report = Report::new(vec![finding]).localized(request.lang);
            return print_findings(&report, request.lang);
        }
    };
    let population = match &request.population {
        Some(path) => match load_population(path) {
            Ok(table) => table,
            Err(code) => return code,
        },
        // The bundled council's population is bundled too.
        None if council.id == bundled_council_id() => match regionrad::document::decode(
            regionrad::bundled::TRONDELAG_SORVEST_POPULATION,
            regionrad::document::Source::Population,
        ) {
            Ok(table) => table,
            Err(finding) => return fail(&finding.message),
        },
        None => PopulationTable::new(Vec::new()),
    };
    let given = match request.equal {
        None => None,
        Some(equal) => {
            let year = request
                .population_year
                .or_else(|| council.cost_keys.first().and_then(|k| k.population_year));
            let Some(year) = year else {
                return fail("--equal needs --population-year budget|previous (the council's key does not say)");
            };
            let rest = equal.complement().unwrap_or(equal);
            let (e, r) = (equal.percent(2), rest.percent(2));
            let name = in_lang(
                request.lang,
                &format!("{e} % likt, {r} % etter folketall"),
                &format!("{e} % likt, {r} % etter folketal"),
                &format!("{e} % equal, {r} % by population"),
            )
            .to_owned();
            match CostKey::two_part(&name, equal, year) {
                Some(key) => Some(key),
                None => return fail("--equal must be between 0 and 1 (e.g. 0.3 or 30%)"),
            }
        }
    };
    let mut budget = Budget::new(&council.id, request.year, request.amount_ore);
    budget.settled = request.settled;
    budget.key = request.key;
    let source = match &given {
        Some(key) => KeySource::Given(key),
        None => KeySource::Council,
    };
    let result = apportion(&council, &budget, &population, source);
    let report = result.report.localized(request.lang);
    let Some(split) = result.apportionment else {
        let code = print_findings(&report, request.lang);
        for hint in hints(
            &report,
            request.equal.is_some(),
            request.population.is_some(),
        ) {
            eprintln!("regionrad contributions: {hint}");
        }
        return code;
    };
    match request.format {
        OutputFormat::Json => crate::output::line(&crate::documents::pretty_json(&split)),
        OutputFormat::Csv => crate::output::text(&csv(&split)),
        OutputFormat::Text => {
            crate::output::text(&table(&split, &council.name, request.lang));
            if !report.findings.is_empty() {
                crate::output::line("");
                print_findings(&report, request.lang);
            }
        }
    }
    ExitCode::SUCCESS
}

fn bundled_council_id() -> String {
    regionrad::decode_council(regionrad::bundled::TRONDELAG_SORVEST_COUNCIL)
        .map(|c| c.id)
        .unwrap_or_default()
}

/// What to add to the command when the split could not be made for want of it.
fn hints(report: &Report, equal_given: bool, population_given: bool) -> Vec<&'static str> {
    let has = |code: &str| report.findings.iter().any(|f| f.code.as_str() == code);
    let mut out = Vec::new();
    let fraction_missing = report.findings.iter().any(|f| {
        f.code.as_str() == "cost.key_parameter_missing"
            && f.params
                .get("parameter")
                .is_some_and(|p| p.to_string().ends_with("_fraction"))
    });
    if fraction_missing && !equal_given {
        out.push("the council's key does not give its fractions: pass the equal share, e.g. --equal 30% --population-year budget");
    }
    if has("population.missing") && !population_given {
        out.push("no population table was given: pass --population FILE (SSB table 07459 as JSON-stat or CSV, or the table format)");
    }
    out
}

fn print_findings(report: &Report, lang: Lang) -> ExitCode {
    let style = Style::for_stdout();
    let columns = FindingColumns::for_report(report, lang);
    for finding in &report.findings {
        crate::output::text(&columns.line(finding, &style));
    }
    if report.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn table(split: &Apportionment, council_name: &str, lang: Lang) -> String {
    let kroner = |ore: i64| numbers::kroner(ore, lang);
    let mut out = String::new();
    let population_note = match split.population_year {
        Some(year) => in_lang(
            lang,
            &format!(", folketall 1.1.{year}"),
            &format!(", folketal 1.1.{year}"),
            &format!(", population 1 January {year}"),
        )
        .to_owned(),
        None => String::new(),
    };
    out.push_str(&format!(
        "{council_name} — {} {}, {} «{}»{population_note}\n",
        in_lang(lang, "budsjettår", "budsjettår", "budget year"),
        split.year,
        in_lang(lang, "nøkkel", "nøkkel", "key"),
        split.key
    ));
    out.push_str(&format!(
        "  {:<34}{:>22}\n",
        in_lang(lang, "Totalt", "Totalt", "Total"),
        kroner(split.total_ore)
    ));
    if split.external_ore != 0 {
        out.push_str(&format!(
            "  {:<34}{:>22}\n",
            in_lang(
                lang,
                "Eksterne midler",
                "Eksterne midlar",
                "External funding"
            ),
            kroner(split.external_ore)
        ));
    }
    if split.settled_ore != 0 {
        out.push_str(&format!(
            "  {:<34}{:>22}\n",
            in_lang(
                lang,
                "Betalt av enkeltkommuner",
                "Betalt av einskildkommunar",
                "Paid by single municipalities"
            ),
            kroner(split.settled_ore)
        ));
    }
    out.push_str(&format!(
        "  {:<34}{:>22}\n\n",
        in_lang(
            lang,
            "Fordelt etter nøkkelen",
            "Fordelt etter nøkkelen",
            "Split by the key"
        ),
        kroner(split.by_key_ore)
    ));

    let part_names: Vec<String> = split
        .contributions
        .first()
        .map(|c| {
            c.parts
                .iter()
                .map(|p| match p.kind.as_str() {
                    "equal" => in_lang(lang, "Likt", "Likt", "Equal").to_owned(),
                    "population" => {
                        in_lang(lang, "Etter folketall", "Etter folketal", "By population")
                            .to_owned()
                    }
                    "fixed" => in_lang(lang, "Fast", "Fast", "Fixed").to_owned(),
                    other => other.to_owned(),
                })
                .collect()
        })
        .unwrap_or_default();
    let mut header = format!(
        "  {:<22}{:>11}",
        in_lang(lang, "Kommune", "Kommune", "Municipality"),
        in_lang(lang, "Folketall", "Folketal", "Population")
    );
    for name in &part_names {
        header.push_str(&format!("{name:>20}"));
    }
    let settled_column = split.settled_ore != 0;
    if settled_column {
        header.push_str(&format!(
            "{:>20}",
            in_lang(lang, "Betalt selv", "Betalt sjølv", "Paid alone")
        ));
    }
    header.push_str(&format!(
        "{:>20}{:>11}\n",
        in_lang(lang, "Sum", "Sum", "Total"),
        in_lang(lang, "Andel", "Del", "Share")
    ));
    out.push_str(&header);
    for c in &split.contributions {
        let mut line = format!(
            "  {:<22}{:>11}",
            format!("{} {}", c.municipality, c.name),
            c.population
                .map(|p| numbers::decimal(&p.to_string(), lang))
                .unwrap_or_default()
        );
        for part in &c.parts {
            line.push_str(&format!("{:>20}", kroner(part.amount_ore)));
        }
        if settled_column {
            line.push_str(&format!("{:>20}", kroner(c.settled_ore)));
        }
        line.push_str(&format!(
            "{:>20}{:>11}",
            kroner(c.total_ore),
            numbers::percent(&c.share_percent, lang)
        ));
        if c.days != split.days_in_year {
            line.push_str(&format!(
                "  ({}/{} {})",
                c.days,
                split.days_in_year,
                in_lang(lang, "dager", "dagar", "days")
            ));
        }
        out.push_str(&line);
        out.push('\n');
    }
    let total: i64 = split.contributions.iter().map(|c| c.total_ore).sum();
    out.push_str(&format!(
        "  {:<33}",
        in_lang(
            lang,
            "Kommunene i alt",
            "Kommunane i alt",
            "Municipalities in all"
        )
    ));
    for _ in 0..part_names.len() + usize::from(settled_column) {
        out.push_str(&format!("{:>20}", ""));
    }
    out.push_str(&format!("{:>20}\n", kroner(total)));
    out
}

fn csv(split: &Apportionment) -> String {
    let mut out = String::from("municipality,name,population,days");
    if let Some(first) = split.contributions.first() {
        for part in &first.parts {
            out.push_str(&format!(",{}_ore", part.kind));
        }
    }
    out.push_str(",settled_ore,total_ore,share_percent,exact_by_key_ore\n");
    for c in &split.contributions {
        out.push_str(&format!(
            "{},{},{},{}",
            c.municipality,
            crate::csv::text(&c.name),
            c.population.map(|p| p.to_string()).unwrap_or_default(),
            c.days
        ));
        for part in &c.parts {
            out.push_str(&format!(",{}", part.amount_ore));
        }
        out.push_str(&format!(
            ",{},{},{},{}\n",
            c.settled_ore, c.total_ore, c.share_percent, c.exact_by_key_ore
        ));
    }
    out
}
