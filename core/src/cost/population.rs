//! Population 1 January per municipality (SSB table 07459, `Personer1`): the bundled table
//! format, JSON-stat 2.0 (PxWebApi v0 `json-stat2` and v2 responses) and SSB's CSV, and the
//! municipality code changes of the 2018–2024 reforms.

use std::collections::{BTreeMap, HashMap};

use schemars::JsonSchema;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::council::MunicipalityCode;
use crate::Error;

/// The most cells a JSON-stat dataset may have before it is refused unread.
pub const MAX_CELLS: u64 = 20_000_000;

/// Population per municipality and year.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PopulationTable {
    pub schema_version: u32,
    /// Where the figures come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The SSB table (`"07459"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contents_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_day: Option<String>,
    pub municipalities: Vec<PopulationRow>,
}

impl PopulationTable {
    /// A table of `municipalities`, with no source named.
    pub fn new(municipalities: Vec<PopulationRow>) -> Self {
        PopulationTable {
            schema_version: crate::SCHEMA_VERSION,
            source: None,
            table: None,
            contents_code: None,
            reference_day: None,
            municipalities,
        }
    }
}

/// One municipality's population by year (`{"2023": 18690}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PopulationRow {
    pub code: MunicipalityCode,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(
        deserialize_with = "crate::strict::unique_keys",
        serialize_with = "crate::strict::keys_as_text"
    )]
    pub population: BTreeMap<i32, u64>,
}

impl PopulationRow {
    /// Municipality `code`'s population on 1 January of each year in `population`.
    pub fn new(code: MunicipalityCode, population: BTreeMap<i32, u64>) -> Self {
        PopulationRow {
            code,
            name: None,
            population,
        }
    }
}

/// A municipality code that a reform retired, and what replaced it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeChange {
    pub old: &'static str,
    pub new: &'static str,
    /// The first year (1 January) the new code is in use.
    pub year: i32,
    /// Whether the new municipality is exactly the sum of the old ones it replaced, so that
    /// earlier figures can be added up.
    pub exact: bool,
}

/// Code changes for the municipalities of the bundled data and the worked examples: the
/// 2018 Trøndelag renumbering, Rindal's move in 2019, the 2020 mergers around the council
/// and on Sunnmøre, and the 2024 Ålesund/Haram split. A partial table; see the README of the
/// fixtures for where to extend it.
pub const CODE_CHANGES: &[CodeChange] = &[
    // 2018: Sør- and Nord-Trøndelag became Trøndelag; codes 16xx became 50xx.
    CodeChange {
        old: "1620",
        new: "5014",
        year: 2018,
        exact: true,
    },
    CodeChange {
        old: "1617",
        new: "5013",
        year: 2018,
        exact: true,
    },
    CodeChange {
        old: "1638",
        new: "5024",
        year: 2018,
        exact: true,
    },
    CodeChange {
        old: "1636",
        new: "5023",
        year: 2018,
        exact: true,
    },
    CodeChange {
        old: "1622",
        new: "5016",
        year: 2018,
        exact: true,
    },
    CodeChange {
        old: "1612",
        new: "5011",
        year: 2018,
        exact: true,
    },
    CodeChange {
        old: "1613",
        new: "5012",
        year: 2018,
        exact: true,
    },
    CodeChange {
        old: "1621",
        new: "5015",
        year: 2018,
        exact: true,
    },
    CodeChange {
        old: "1627",
        new: "5017",
        year: 2018,
        exact: true,
    },
    CodeChange {
        old: "1657",
        new: "5029",
        year: 2018,
        exact: true,
    },
    CodeChange {
        old: "1635",
        new: "5022",
        year: 2018,
        exact: true,
    },
    CodeChange {
        old: "1634",
        new: "5021",
        year: 2018,
        exact: true,
    },
    CodeChange {
        old: "1653",
        new: "5028",
        year: 2018,
        exact: true,
    },
    CodeChange {
        old: "1648",
        new: "5027",
        year: 2018,
        exact: true,
    },
    // 2019: Rindal moved from Møre og Romsdal to Trøndelag.
    CodeChange {
        old: "1567",
        new: "5061",
        year: 2019,
        exact: true,
    },
    // 2020: Ørland and Bjugn became Ørland.
    CodeChange {
        old: "5015",
        new: "5057",
        year: 2020,
        exact: true,
    },
    CodeChange {
        old: "5017",
        new: "5057",
        year: 2020,
        exact: true,
    },
    // 2020: Orkdal, Meldal, Agdenes and part of Snillfjord became Orkland.
    CodeChange {
        old: "5024",
        new: "5059",
        year: 2020,
        exact: false,
    },
    CodeChange {
        old: "5023",
        new: "5059",
        year: 2020,
        exact: false,
    },
    CodeChange {
        old: "5016",
        new: "5059",
        year: 2020,
        exact: false,
    },
    // 2020: Hemne, Halsa and part of Snillfjord became Heim; Hitra took part of Snillfjord.
    CodeChange {
        old: "5011",
        new: "5055",
        year: 2020,
        exact: false,
    },
    CodeChange {
        old: "1571",
        new: "5055",
        year: 2020,
        exact: false,
    },
    CodeChange {
        old: "5013",
        new: "5056",
        year: 2020,
        exact: false,
    },
    CodeChange {
        old: "5012",
        new: "5059",
        year: 2020,
        exact: false,
    },
    CodeChange {
        old: "5012",
        new: "5055",
        year: 2020,
        exact: false,
    },
    CodeChange {
        old: "5012",
        new: "5056",
        year: 2020,
        exact: false,
    },
    // 2020 on Sunnmøre: Ålesund, Ørskog, Skodje, Sandøy and Haram became Ålesund;
    // Norddal and Stordal became Fjord.
    CodeChange {
        old: "1504",
        new: "1507",
        year: 2020,
        exact: true,
    },
    CodeChange {
        old: "1523",
        new: "1507",
        year: 2020,
        exact: true,
    },
    CodeChange {
        old: "1529",
        new: "1507",
        year: 2020,
        exact: true,
    },
    CodeChange {
        old: "1546",
        new: "1507",
        year: 2020,
        exact: true,
    },
    CodeChange {
        old: "1534",
        new: "1507",
        year: 2020,
        exact: true,
    },
    CodeChange {
        old: "1524",
        new: "1578",
        year: 2020,
        exact: true,
    },
    CodeChange {
        old: "1526",
        new: "1578",
        year: 2020,
        exact: true,
    },
    // 2024: Haram left Ålesund again.
    CodeChange {
        old: "1507",
        new: "1508",
        year: 2024,
        exact: false,
    },
    CodeChange {
        old: "1507",
        new: "1580",
        year: 2024,
        exact: false,
    },
];

/// The changes that retired `code` by 1 January of `year`.
pub fn retirements(code: &str, year: i32) -> Vec<&'static CodeChange> {
    CODE_CHANGES
        .iter()
        .filter(|c| c.old == code && c.year <= year)
        .collect()
}

/// A population table's rows by code: one pass to build, then each figure without a search
/// through the table (apportionment looks up every participant).
pub(crate) struct ByCode<'t> {
    rows: HashMap<&'t str, &'t PopulationRow>,
}

impl<'t> ByCode<'t> {
    pub(crate) fn new(table: &'t PopulationTable) -> Self {
        let mut rows = HashMap::with_capacity(table.municipalities.len());
        for row in &table.municipalities {
            // The first row of a code wins, as in `PopulationTable::get`.
            rows.entry(row.code.as_str()).or_insert(row);
        }
        ByCode { rows }
    }

    pub(crate) fn figure(&self, code: &str, year: i32) -> Figure {
        let get = |code: &str, year: i32| {
            let row = self.rows.get(code)?;
            row.population.get(&year).copied()
        };
        figure_of(&get, code, year)
    }
}

/// The figure for `code` in `year` from `get`, or the sum of its exact predecessors'.
fn figure_of(get: &dyn Fn(&str, i32) -> Option<u64>, code: &str, year: i32) -> Figure {
    if let Some(population) = get(code, year) {
        return Figure::Found(population);
    }
    let formed: Vec<&CodeChange> = CODE_CHANGES
        .iter()
        .filter(|c| c.new == code && c.year > year)
        .collect();
    if formed.is_empty() || formed.iter().any(|c| !c.exact) {
        return Figure::Missing;
    }
    let mut total: u64 = 0;
    let mut from = Vec::new();
    for change in formed {
        match figure_of(get, change.old, year) {
            Figure::Found(n) | Figure::Derived { population: n, .. } => {
                total = total.saturating_add(n);
                from.push(change.old.to_owned());
            }
            Figure::Missing => return Figure::Missing,
        }
    }
    Figure::Derived {
        population: total,
        from,
    }
}

/// A population figure, and how it was had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Figure {
    /// In the table as it is.
    Found(u64),
    /// The sum of the exact predecessors' figures (the code did not exist that year).
    Derived { population: u64, from: Vec<String> },
    /// Not in the table, and not derivable exactly.
    Missing,
}

impl PopulationTable {
    /// The figure for `code` on 1 January of `year`.
    pub fn get(&self, code: &str, year: i32) -> Option<u64> {
        self.municipalities
            .iter()
            .find(|row| row.code.as_str() == code)
            .and_then(|row| row.population.get(&year).copied())
    }

    /// The figure for `code` in `year`, added up from the municipalities it was formed
    /// from when the code did not exist yet and the change was exact.
    pub fn figure(&self, code: &str, year: i32) -> Figure {
        figure_of(&|code, year| self.get(code, year), code, year)
    }

    fn add(&mut self, code: MunicipalityCode, name: Option<&str>, year: i32, people: u64) {
        let row = match self.municipalities.iter().position(|r| r.code == code) {
            Some(i) => &mut self.municipalities[i],
            None => {
                self.municipalities.push(PopulationRow {
                    code,
                    name: name.map(str::to_owned),
                    population: BTreeMap::new(),
                });
                let last = self.municipalities.len() - 1;
                &mut self.municipalities[last]
            }
        };
        let cell = row.population.entry(year).or_insert(0);
        *cell = cell.saturating_add(people);
    }
}

/// Reads SSB population figures in `format`: `"json-stat"` (JSON-stat 2.0) or `"csv"`.
///
/// # Errors
/// [`Error::InvalidArgument`] for another format, [`Error::InvalidInput`] for text that
/// is not figures in that format.
pub fn parse(text: &str, format: &str) -> Result<PopulationTable, Error> {
    match format {
        "json-stat" => from_json_stat(text),
        "csv" => from_csv(text),
        other => Err(Error::InvalidArgument(format!(
            "the format must be \"json-stat\" or \"csv\", not {other:?}"
        ))),
    }
}

/// A region code as SSB writes it (`"5059"`, `"K-5059"`), when it is a municipality's.
fn municipality_code(region: &str) -> Option<MunicipalityCode> {
    region
        .trim()
        .strip_prefix("K-")
        .unwrap_or(region.trim())
        .parse()
        .ok()
}

fn year_of(text: &str) -> Option<i32> {
    let t = text.trim();
    (t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
}

/// Reads a JSON-stat 2.0 dataset of table 07459 (as PxWebApi v0 gives it for
/// `"format": "json-stat2"` and v2 for `outputFormat=json-stat2`). Cells of the same
/// municipality and year are added up over the other dimensions (sex, age); regions that
/// are not municipalities (the country, counties) are left out; null values are missing.
///
/// # Errors
/// [`Error::InvalidInput`] saying why the text is not such a dataset.
pub fn from_json_stat(text: &str) -> Result<PopulationTable, Error> {
    json_stat(text).map_err(Error::InvalidInput)
}

fn json_stat(text: &str) -> Result<PopulationTable, String> {
    let root: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    if root.get("dataset").is_some() {
        return Err("this is JSON-stat 1.x; ask SSB for json-stat2".to_owned());
    }
    if root.get("class").and_then(Value::as_str) != Some("dataset") {
        return Err("not a JSON-stat 2.0 dataset (class is not \"dataset\")".to_owned());
    }
    let ids: Vec<&str> = root
        .get("id")
        .and_then(Value::as_array)
        .ok_or("the dataset has no `id` list")?
        .iter()
        .map(|v| v.as_str().ok_or("`id` holds a non-string"))
        .collect::<Result<_, _>>()?;
    let sizes: Vec<u64> = root
        .get("size")
        .and_then(Value::as_array)
        .ok_or("the dataset has no `size` list")?
        .iter()
        .map(|v| v.as_u64().ok_or("`size` holds a non-number"))
        .collect::<Result<_, _>>()?;
    if ids.len() != sizes.len() {
        return Err("`id` and `size` differ in length".to_owned());
    }
    let cells = sizes
        .iter()
        .try_fold(1u64, |acc, s| acc.checked_mul(*s))
        .unwrap_or(u64::MAX);
    if cells > MAX_CELLS {
        return Err(format!(
            "the dataset has {cells} cells; at most {MAX_CELLS} are read"
        ));
    }
    let dimensions = root
        .get("dimension")
        .ok_or("the dataset has no `dimension`")?;
    let role = |name: &str| -> Option<String> {
        root.get("role")?
            .get(name)?
            .as_array()?
            .first()?
            .as_str()
            .map(str::to_owned)
    };
    let find = |by_role: Option<String>, names: &[&str]| -> Option<usize> {
        let wanted = by_role.map(|r| vec![r]).unwrap_or_default();
        ids.iter().position(|id| {
            wanted.iter().any(|w| w == id) || names.iter().any(|n| id.eq_ignore_ascii_case(n))
        })
    };
    let region_dim = find(role("geo"), &["Region"]).ok_or("no region dimension (Region)")?;
    let time_dim = find(role("time"), &["Tid"]).ok_or("no time dimension (Tid)")?;
    let metric_dim = find(role("metric"), &["ContentsCode"]);

    let mut categories: Vec<Vec<String>> = Vec::with_capacity(ids.len());
    for (d, id) in ids.iter().enumerate() {
        let category = dimensions
            .get(id)
            .and_then(|dim| dim.get("category"))
            .ok_or_else(|| format!("dimension {id} has no category"))?;
        let codes = category_codes(category, sizes[d])
            .ok_or_else(|| format!("dimension {id}: its category index does not match its size"))?;
        categories.push(codes);
    }
    let keep_metric = match metric_dim {
        Some(m) if categories[m].len() > 1 => Some(
            categories[m]
                .iter()
                .position(|c| c == "Personer1")
                .ok_or("several statistics variables and none is Personer1")?,
        ),
        _ => None,
    };
    let labels = dimensions
        .get(ids[region_dim])
        .and_then(|d| d.get("category"))
        .and_then(|c| c.get("label"));

    let values = root.get("value").ok_or("the dataset has no `value`")?;
    // A sparse dataset gives its values as an object keyed by the flat index.
    let value_at = |flat: u64| -> Option<&Value> {
        match values {
            Value::Array(list) => usize::try_from(flat).ok().and_then(|i| list.get(i)),
            Value::Object(sparse) => sparse.get(&flat.to_string()),
            _ => None,
        }
    };
    let mut table = PopulationTable {
        schema_version: crate::SCHEMA_VERSION,
        source: Some(dataset_source(&root)),
        table: Some("07459".to_owned()),
        contents_code: Some("Personer1".to_owned()),
        reference_day: Some("1 January".to_owned()),
        municipalities: Vec::new(),
    };
    let mut index = vec![0u64; ids.len()];
    for flat in 0..cells {
        // Row-major: the last dimension varies fastest.
        let mut rest = flat;
        for d in (0..ids.len()).rev() {
            index[d] = rest % sizes[d].max(1);
            rest /= sizes[d].max(1);
        }
        if keep_metric.is_some_and(|m| metric_dim.is_some_and(|md| index[md] as usize != m)) {
            continue;
        }
        let Some(people) = value_at(flat).and_then(Value::as_u64) else {
            continue;
        };
        let region = &categories[region_dim][index[region_dim] as usize];
        let (Some(code), Some(year)) = (
            municipality_code(region),
            year_of(&categories[time_dim][index[time_dim] as usize]),
        ) else {
            continue;
        };
        let name = labels.and_then(|l| l.get(region)).and_then(Value::as_str);
        table.add(code, name, year, people);
    }
    if table.municipalities.is_empty() {
        return Err("the dataset holds no municipality figures".to_owned());
    }
    Ok(table)
}

/// A category's codes in index order: `index` is a list of codes or a map code → position.
fn category_codes(category: &Value, size: u64) -> Option<Vec<String>> {
    let codes: Vec<String> = match category.get("index") {
        Some(Value::Array(list)) => list
            .iter()
            .map(|v| v.as_str().map(str::to_owned))
            .collect::<Option<_>>()?,
        Some(Value::Object(map)) => {
            let mut slots: Vec<Option<String>> = vec![None; usize::try_from(size).ok()?];
            for (code, position) in map {
                let position = usize::try_from(position.as_u64()?).ok()?;
                *slots.get_mut(position)? = Some(code.clone());
            }
            slots.into_iter().collect::<Option<_>>()?
        }
        // A dimension of one category may give only labels.
        None => match category.get("label")? {
            Value::Object(labels) => labels.keys().cloned().collect(),
            _ => return None,
        },
        Some(_) => return None,
    };
    (codes.len() as u64 == size).then_some(codes)
}

fn dataset_source(root: &Value) -> String {
    let part = |key: &str| {
        root.get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    let mut text = [part("source"), part("label"), part("updated")]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    if text.is_empty() {
        text = "JSON-stat dataset".to_owned();
    }
    text
}

/// Reads SSB's CSV of table 07459, with `;`, `,` or tab between quoted fields, in the long
/// form (a year column, the figure last) or the wide form (one column per year). Region
/// cells are `"5059 Orkland"` or `"K-5059 Orkland"`; figures `".."` or empty are missing.
///
/// # Errors
/// [`Error::InvalidInput`] saying why the text is not such a table.
pub fn from_csv(text: &str) -> Result<PopulationTable, Error> {
    csv(text).map_err(Error::InvalidInput)
}

fn csv(text: &str) -> Result<PopulationTable, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text.lines().collect();
    let (header_at, delimiter, header) = lines
        .iter()
        .enumerate()
        .find_map(|(i, line)| {
            let delimiter = [';', '\t', ',']
                .into_iter()
                .max_by_key(|d| line.matches(*d).count())?;
            let cells = split_csv(line, delimiter)?;
            let has_region = cells.iter().any(|c| c.to_lowercase().contains("region"));
            (has_region && cells.len() > 1).then_some((i, delimiter, cells))
        })
        .ok_or("no header row with a region column")?;
    let lower: Vec<String> = header.iter().map(|h| h.to_lowercase()).collect();
    let region_col = lower
        .iter()
        .position(|h| h.contains("region"))
        .ok_or("no region column")?;
    let year_col = lower
        .iter()
        .position(|h| matches!(h.trim(), "år" | "tid" | "year" | "aar"));
    let contents_col = lower
        .iter()
        .position(|h| h.contains("statistikkvariabel") || h.contains("contents"));
    // Long form: the year in a column, the figure in the last. Wide form: a year in each
    // figure column's header.
    let year_columns: Vec<(usize, i32)> = match year_col {
        Some(_) => Vec::new(),
        None => header
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != region_col)
            .filter_map(|(i, h)| h.split_whitespace().find_map(year_of).map(|y| (i, y)))
            .collect(),
    };
    if year_col.is_none() && year_columns.is_empty() {
        return Err("no year column and no year in the column headers".to_owned());
    }
    let mut table = PopulationTable {
        schema_version: crate::SCHEMA_VERSION,
        source: Some("SSB CSV, table 07459".to_owned()),
        table: Some("07459".to_owned()),
        contents_code: Some("Personer1".to_owned()),
        reference_day: Some("1 January".to_owned()),
        municipalities: Vec::new(),
    };
    let mut contents_seen: Option<String> = None;
    for (n, line) in lines.iter().enumerate().skip(header_at + 1) {
        if line.trim().is_empty() {
            continue;
        }
        let cells = split_csv(line, delimiter)
            .ok_or_else(|| format!("line {}: unbalanced quotes", n + 1))?;
        if let Some(c) = contents_col.and_then(|c| cells.get(c)) {
            match &contents_seen {
                Some(seen) if seen != c => {
                    return Err(format!(
                        "line {}: more than one statistics variable ({seen}, {c})",
                        n + 1
                    ));
                }
                _ => contents_seen = Some(c.clone()),
            }
        }
        let region = cells
            .get(region_col)
            .map(String::as_str)
            .unwrap_or_default();
        let mut words = region.split_whitespace();
        let Some(code) = words.next().and_then(municipality_code) else {
            continue;
        };
        let name: String = words.collect::<Vec<_>>().join(" ");
        let name = (!name.is_empty()).then_some(name.as_str());
        let entries: Vec<(i32, &str)> = match year_col {
            Some(yc) => {
                let year = cells
                    .get(yc)
                    .and_then(|y| year_of(y))
                    .ok_or_else(|| format!("line {}: no year", n + 1))?;
                vec![(year, cells.last().map(String::as_str).unwrap_or_default())]
            }
            None => year_columns
                .iter()
                .filter_map(|(i, y)| cells.get(*i).map(|v| (*y, v.as_str())))
                .collect(),
        };
        for (year, figure) in entries {
            let digits: String = figure.chars().filter(|c| !c.is_whitespace()).collect();
            if digits.is_empty() || digits.chars().all(|c| matches!(c, '.' | ':' | '-')) {
                continue;
            }
            let people: u64 = digits
                .parse()
                .map_err(|_| format!("line {}: `{figure}` is not a population figure", n + 1))?;
            table.add(code, name, year, people);
        }
    }
    if table.municipalities.is_empty() {
        return Err("the CSV holds no municipality figures".to_owned());
    }
    Ok(table)
}

/// One CSV line into fields: quotes around fields, `""` inside them for a quote.
fn split_csv(line: &str, delimiter: char) -> Option<Vec<String>> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (c, false) if c == delimiter => {
                fields.push(std::mem::take(&mut field).trim().to_owned())
            }
            (c, _) => field.push(c),
        }
    }
    if quoted {
        return None;
    }
    fields.push(field.trim().to_owned());
    Some(fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_mergers_add_up_their_predecessors() {
        let table: PopulationTable = serde_json::from_value(serde_json::json!({
            "schema_version": 1,
            "municipalities": [
                {"code": "5015", "population": {"2019": 5200}},
                {"code": "5017", "population": {"2019": 4800}},
                {"code": "5057", "population": {"2020": 10100}},
                {"code": "5024", "population": {"2019": 12000}}
            ]
        }))
        .unwrap();
        assert_eq!(table.figure("5057", 2020), Figure::Found(10100));
        assert_eq!(
            table.figure("5057", 2019),
            Figure::Derived {
                population: 10000,
                from: vec!["5015".into(), "5017".into()]
            }
        );
        // Orkland took part of Snillfjord: its 2019 figure cannot be added up.
        assert_eq!(table.figure("5059", 2019), Figure::Missing);
    }

    #[test]
    fn retirements_take_effect_on_their_year() {
        assert!(retirements("5015", 2019).is_empty());
        assert_eq!(retirements("5015", 2020)[0].new, "5057");
        assert_eq!(retirements("1507", 2024).len(), 2);
    }

    #[test]
    fn csv_fields_handle_quotes() {
        assert_eq!(
            split_csv(r#""5059 Orkland";"Personer";"2021";18300"#, ';').unwrap(),
            vec!["5059 Orkland", "Personer", "2021", "18300"]
        );
        assert_eq!(
            split_csv(r#""a ""b"" c",1"#, ',').unwrap(),
            vec![r#"a "b" c"#, "1"]
        );
        assert!(split_csv(r#""open;1"#, ';').is_none());
    }
}
