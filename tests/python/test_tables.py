"""The tables of contributions and comparisons, as a new user meets them: numeric columns
for plotting and `describe()`, ASCII column names, shares that add up to 100 as shown,
notebook tables in the chosen language with a total row, charts, and short reprs. The
expectations follow from the rules (largest remainder, the number formats, the sums), not
from the library's output."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from fractions import Fraction
from html.parser import HTMLParser
from typing import Any, Dict, List, Optional, Tuple

import pytest

import regionrad
from conftest import document_text, load, read

COUNCIL = regionrad.bundled_council()
POPULATION = regionrad.bundled_population()
BUDGET = {"schema_version": 1, "council": "trondelag-sorvest", "year": 2023, "total_ore": 240_000_000}


def two_part(equal_percent: int) -> Dict[str, Any]:
    return {
        "name": f"{equal_percent}/{100 - equal_percent}",
        "population_year": "budget_year",
        "parts": [
            {"kind": "equal", "fraction": f"{equal_percent}%"},
            {"kind": "population", "fraction": f"{100 - equal_percent}%"},
        ],
    }


def split(equal_percent: int = 30, lang: str = "nb", total_ore: int = 240_000_000) -> regionrad.Contributions:
    return regionrad.contributions(
        COUNCIL, dict(BUDGET, total_ore=total_ore), POPULATION, key=two_part(equal_percent), lang=lang
    )


def vector_splits() -> List[regionrad.Contributions]:
    """The splits of the cost vectors that make one: members joining mid-year, observers at
    half weight, amounts settled before the key, leap years."""
    splits = []
    for name in ["member-joins-mid-year", "observer-pays-half", "settled-before-key", "leap-year", "sunnmore-2017-30-70"]:
        case = load(f"cost/{name}.json")
        key = document_text(case["key"]) if "key" in case else None
        splits.append(
            regionrad.contributions(
                document_text(case["council"]), document_text(case["budget"]), document_text(case["population"]), key=key
            )
        )
    return splits


def comparison_vector(lang: Optional[str] = None) -> regionrad.Comparison:
    """30/70, 50/50, and 30/70 without Surnadal, who is then missing."""
    case = load("cost/comparison-keys-and-members.json")
    splits = {
        s["label"]: regionrad.contributions(
            document_text(s["council"]), document_text(s["budget"]), document_text(case["population"]), key=document_text(s["key"])
        )
        for s in case["scenarios"]
    }
    return regionrad.compare(splits, lang=lang)


# Shares -------------------------------------------------------------------------------


@pytest.mark.parametrize("equal_percent", range(0, 101, 5))
def test_shown_shares_add_up_to_exactly_100(equal_percent: int) -> None:
    for total_ore in (240_000_000, 100_000_001, 7):
        check_shares(split(equal_percent, total_ore=total_ore))


def test_shown_shares_add_up_in_the_vectors_too() -> None:
    for contributions in vector_splits():
        check_shares(contributions)


def check_shares(contributions: regionrad.Contributions) -> None:
    rows = list(contributions)
    # Each row's exact share of the amount split by the key, and all of them: 100 %.
    for row in rows:
        assert row.share_percent_exact == row.exact_by_key_ore * 100 / contributions.by_key_ore
    assert sum(row.share_percent_exact for row in rows) == 100
    # As shown, to three decimals: exactly 100.000 in all, each the exact share rounded
    # down or up to a thousandth (largest remainder).
    shown = [row.share_percent for row in rows]
    assert sum(shown) == Decimal("100.000")
    for row, percent in zip(rows, shown):
        assert percent.as_tuple().exponent == -3
        assert abs(Fraction(percent) - row.share_percent_exact) < Fraction(1, 1000), row.municipality
    # Only the largest remainders were rounded up: none rounded down has a larger one.
    remainders = [(row.share_percent_exact * 1000) % 1 for row in rows]
    up = [r for r, p, row in zip(remainders, shown, rows) if Fraction(p) > row.share_percent_exact]
    down = [r for r, p, row in zip(remainders, shown, rows) if Fraction(p) < row.share_percent_exact]
    assert not up or not down or min(up) >= max(down)


# DataFrames ---------------------------------------------------------------------------


def test_contributions_frame_has_numbers_to_plot_and_exact_values_beside_them() -> None:
    pytest.importorskip("pandas", reason="pandas is an optional dependency")
    contributions = split(30)
    frame = contributions.to_pandas()
    assert all(name.isascii() for name in [*frame.columns, frame.index.name])
    dtypes = {name: str(dtype) for name, dtype in frame.dtypes.items()}
    ore_columns = [name for name in frame.columns if name.endswith("_ore")]
    assert ore_columns == ["equal_ore", "population_ore", "settled_ore", "total_ore"]
    assert {dtypes[name] for name in ore_columns} == {"int64"}
    assert (dtypes["total_kroner"], dtypes["share_percent"], dtypes["days"]) == ("float64", "float64", "int64")
    assert dtypes["population"] == "Int64"
    # describe() takes every number: the øre, the kroner, the shares, the populations.
    described = frame.describe()
    assert {"total_ore", "total_kroner", "share_percent", "population", "days"} <= set(described.columns)
    assert described.loc["count", "total_kroner"] == len(contributions)
    for row in contributions:
        line = frame.loc[row.municipality]
        assert line["total_ore"] == row.total_ore
        # Kroner are øre / 100: exactly in the Decimal column, as near as a float can be in the other.
        assert line["total_kroner_exact"] == Decimal(row.total_ore) / 100
        assert isinstance(line["total_kroner_exact"], Decimal)
        assert line["total_kroner"] == float(Decimal(row.total_ore) / 100)
        assert line["share_percent_exact"] == row.share_percent_exact
        assert line["share_percent"] == float(row.share_percent)
        assert line["equal_ore"] + line["population_ore"] + line["settled_ore"] == line["total_ore"]
    assert frame["total_ore"].sum() == 240_000_000
    # The float shares, each a three-decimal number, still add up to 100.000 as written.
    assert sum(Decimal(f"{percent:.3f}") for percent in frame["share_percent"]) == 100
    # The records are the frame's rows.
    records = contributions.to_records()
    assert [r["municipality"] for r in records] == list(frame.index)
    assert list(records[0]) == [frame.index.name, *frame.columns]


def test_a_population_that_is_not_there_is_missing_not_a_float() -> None:
    pytest.importorskip("pandas", reason="pandas is an optional dependency")
    # An equal split uses no population: the column is there, its values missing.
    equal_only = {"name": "likt", "parts": [{"kind": "equal", "fraction": "1"}]}
    contributions = regionrad.contributions(COUNCIL, BUDGET, POPULATION, key=equal_only)
    assert {row.population for row in contributions} == {None}
    frame = contributions.to_pandas()
    assert str(frame["population"].dtype) == "Int64" and frame["population"].isna().all()
    assert str(frame["total_ore"].dtype) == "int64" and (frame["total_ore"] == 24_000_000).all()
    assert [r["population"] for r in contributions.to_records()] == [None] * 10


def test_comparison_frame_has_ascii_names_and_numbers_with_gaps() -> None:
    pandas = pytest.importorskip("pandas", reason="pandas is an optional dependency")
    comparison = comparison_vector()
    labels = comparison.scenarios
    baseline = labels[0]
    frame = comparison.to_pandas()
    # The labels given are ASCII here, so every name is.
    assert all(label.isascii() for label in labels)
    assert all(name.isascii() for name in [*frame.columns, frame.index.name])
    for label in labels:
        assert str(frame[f"{label}_ore"].dtype) == "Int64"
        assert str(frame[f"{label}_kroner"].dtype) == "float64"
    differences = [f"{label}_minus_{baseline}" for label in labels[1:]]
    for name in differences:
        assert str(frame[f"{name}_ore"].dtype) == "Int64"
    without = labels[2]
    for row in comparison.rows:
        line = frame.loc[row["municipality"]]
        for i, label in enumerate(labels):
            total = row["total_ore"][i]
            if total is None:
                assert line[f"{label}_ore"] is pandas.NA and pandas.isna(line[f"{label}_kroner"])
            else:
                assert line[f"{label}_ore"] == total
                assert line[f"{label}_kroner"] == float(Decimal(total) / 100)
        # A difference is the scenario's total less the baseline's, where both are there.
        for label, name in zip(labels[1:], differences):
            if pandas.isna(line[f"{label}_ore"]):
                assert line[f"{name}_ore"] is pandas.NA
            else:
                assert line[f"{name}_ore"] == line[f"{label}_ore"] - line[f"{baseline}_ore"]
    # Surnadal is not in the third scenario.
    assert frame.loc["1566", f"{without}_ore"] is pandas.NA
    assert frame.filter(like="_kroner").describe().loc["count", f"{without}_kroner"] == len(frame) - 1
    assert comparison.to_records()[0]["municipality"] == frame.index[0]


def test_report_frame_counts_meetings_in_whole_numbers() -> None:
    pandas = pytest.importorskip("pandas", reason="pandas is an optional dependency")
    meeting = load("meetings/2021-11-05-kdu.json")
    # A finding about the council (no meeting) and one about the second meeting.
    council = dict(COUNCIL, municipalities=[dict(COUNCIL["municipalities"][0], code="x"), *COUNCIL["municipalities"][1:]])
    report = regionrad.validate(council, [meeting, dict(meeting, remote=1)], today=datetime.date(2023, 2, 1))
    frame = report.to_pandas()
    assert str(frame["meeting"].dtype) == "Int64"
    assert {f.meeting for f in report} == {None, 1}
    for finding, value in zip(report, frame["meeting"]):
        assert (value is pandas.NA) if finding.meeting is None else (value == finding.meeting)


def test_presence_and_register_frames_have_their_columns_even_empty() -> None:
    pytest.importorskip("pandas", reason="pandas is an optional dependency")
    meeting = load("meetings/2021-11-05-kdu.json")
    presence = regionrad.presence(COUNCIL, meeting).to_pandas()
    counts = ["present", "uncertain", "absent", "disqualified"]
    assert {str(presence[name].dtype) for name in counts} == {"int64"}
    assert presence.index.name == "item" and list(presence.index) == list(range(len(meeting["agenda"])))
    empty = regionrad.presence(COUNCIL, dict(meeting, agenda=[])).to_pandas()
    assert len(empty) == 0 and list(empty.columns) == list(presence.columns)
    assert {str(empty[name].dtype) for name in counts} == {"int64"}

    register = regionrad.register(COUNCIL, [meeting], as_of=datetime.date(2023, 2, 1)).to_pandas()
    assert str(register["history"].dtype) == "int64" and str(register["overdue"].dtype) == "bool"
    none = regionrad.register(COUNCIL, [], as_of=datetime.date(2023, 2, 1)).to_pandas()
    assert len(none) == 0 and list(none.columns) == list(register.columns)
    assert all(name.isascii() for name in [*presence.columns, *register.columns])


# Notebook tables ----------------------------------------------------------------------


class Table(HTMLParser):
    """A notebook table's caption, header, body rows and footer rows, as text."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.section = ""
        self.caption: List[str] = []
        self.rows: Dict[str, List[List[str]]] = {"thead": [], "tbody": [], "tfoot": []}
        self.cell: Optional[List[str]] = None
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: List[Tuple[str, Optional[str]]]) -> None:
        if tag in self.rows:
            self.section = tag
        elif tag == "tr":
            self.rows[self.section].append([])
        elif tag in ("td", "th"):
            self.cell = []
        elif tag == "p":
            self.cell = self.caption

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None:
            self.rows[self.section][-1].append("".join(self.cell))
        if tag in ("td", "th", "p"):
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)

    @property
    def head(self) -> List[str]:
        assert len(self.rows["thead"]) == 1
        return self.rows["thead"][0]

    @property
    def total(self) -> List[str]:
        assert len(self.rows["tfoot"]) == 1
        return self.rows["tfoot"][0]


# How each language writes an amount and a percentage (the core's forms).
AMOUNT = {"nb": re.compile(r"kr -?\d{1,3}( \d{3})*,\d\d"), "en": re.compile(r"NOK -?\d{1,3}(,\d{3})*\.\d\d")}
PERCENT = {"nb": re.compile(r"\d{1,3},\d{3} %"), "en": re.compile(r"\d{1,3}\.\d{3}%")}
COUNT = {"nb": re.compile(r"\d{1,3}( \d{3})*"), "en": re.compile(r"\d{1,3}(,\d{3})*")}
HEAD = {"nb": ["Kommune", "Folketall", "Beløp", "Andel"], "en": ["Municipality", "Population", "Amount", "Share"]}
TOTAL = {"nb": "Sum", "en": "Total"}


def ore_of(text: str, lang: str) -> int:
    """An amount as written in ``lang``, in øre."""
    assert AMOUNT[lang].fullmatch(text), text
    digits = re.sub(r"[^\d-]", "", text)
    return int(digits)


def percent_of(text: str, lang: str) -> Decimal:
    assert PERCENT[lang].fullmatch(text), text
    return Decimal(text.rstrip(" %").replace(",", "."))


def count_of(text: str, lang: str) -> int:
    assert COUNT[lang].fullmatch(text), text
    return int(re.sub(r"\D", "", text))


def test_format_kroner_in_each_language() -> None:
    assert regionrad.format_kroner(123_456) == "kr 1 234,56"
    assert regionrad.format_kroner(123_456, lang="nb") == "kr 1 234,56"
    assert regionrad.format_kroner(123_456, lang="en") == "NOK 1,234.56"
    assert regionrad.format_kroner(-5, lang="en") == "NOK -0.05"
    assert regionrad.format_kroner(Decimal(240_000_000), lang="en") == "NOK 2,400,000.00"
    for ore in (0, 7, -99, 100, 123_456_789, -(2**63), 2**63 - 1):
        for lang in ("nb", "en"):
            assert ore_of(regionrad.format_kroner(ore, lang=lang), lang) == ore
    with pytest.raises(regionrad.InvalidArgumentError, match="lang"):
        regionrad.format_kroner(100, lang="de")
    with pytest.raises(regionrad.InvalidArgumentError):
        regionrad.format_kroner(2**63)


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_contributions_table_in_the_language_with_a_total_row(lang: str) -> None:
    for contributions in [split(30, lang=lang), split(50, lang=lang, total_ore=100_000_001)]:
        table = Table(contributions._repr_html_())
        assert table.head == HEAD[lang]
        rows = table.rows["tbody"]
        assert [r[0] for r in rows] == [f"{c.municipality} {c.name}" for c in contributions]
        amounts = [ore_of(r[2], lang) for r in rows]
        shares = [percent_of(r[3], lang) for r in rows]
        populations = [count_of(r[1], lang) for r in rows]
        assert amounts == [c.total_ore for c in contributions]
        assert populations == [c.population for c in contributions]
        assert shares == [c.share_percent for c in contributions]
        label, population, amount, share = table.total
        assert label == TOTAL[lang]
        assert ore_of(amount, lang) == sum(amounts) == contributions.total_ore
        assert percent_of(share, lang) == sum(shares) == 100
        assert count_of(population, lang) == sum(populations)
        assert "".join(table.caption) == f"{contributions.key}, {contributions.year}"


def test_a_table_with_settled_amounts_totals_its_rows() -> None:
    for contributions in vector_splits():
        table = Table(contributions._repr_html_())
        amounts = [ore_of(r[2], "nb") for r in table.rows["tbody"]]
        assert ore_of(table.total[2], "nb") == sum(amounts) == sum(c.total_ore for c in contributions)
        assert percent_of(table.total[3], "nb") == 100


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_comparison_table_in_the_language_with_a_total_row(lang: str) -> None:
    comparison = comparison_vector(lang)
    labels, baseline = comparison.scenarios, comparison.scenarios[0]
    table = Table(comparison._repr_html_())
    assert table.head == [HEAD[lang][0], *labels, *(f"{label} − {baseline}" for label in labels[1:])]
    columns = len(labels) + len(labels) - 1
    body = table.rows["tbody"]
    assert len(body) == len(comparison.rows)
    for row, cells in zip(comparison.rows, body):
        assert cells[0] == f"{row['municipality']} {row['name']}"
        wanted = [*row["total_ore"], *row["difference_ore"][1:]]
        assert [None if c == "" else ore_of(c, lang) for c in cells[1:]] == wanted
    # Each column's total is the sum of what it shows.
    assert table.total[0] == TOTAL[lang]
    for column in range(1, columns + 1):
        shown = [ore_of(cells[column], lang) for cells in body if cells[column]]
        assert ore_of(table.total[column], lang) == sum(shown)
    assert ore_of(table.total[1], lang) == 240_000_000


def test_a_comparison_is_in_its_baselines_language_unless_told() -> None:
    english, bokmal = split(30, lang="en"), split(50, lang="nb")
    assert Table(regionrad.compare({"a": english, "b": bokmal})._repr_html_()).head[0] == "Municipality"
    assert Table(regionrad.compare({"b": bokmal, "a": english})._repr_html_()).head[0] == "Kommune"
    assert Table(regionrad.compare({"a": english, "b": bokmal}, lang="nb")._repr_html_()).head[0] == "Kommune"
    with pytest.raises(regionrad.InvalidArgumentError, match="lang"):
        regionrad.compare({"a": english}, lang="sv")


# Charts -------------------------------------------------------------------------------


def test_comparison_plot_is_a_grouped_bar_chart() -> None:
    matplotlib = pytest.importorskip("matplotlib", reason="matplotlib is an optional dependency")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    comparison = regionrad.compare({"30/70": split(30), "50/50": split(50)})
    ax = comparison.plot(title="To nøkler")
    bars = ax.patches
    # One bar per municipality and scenario.
    assert len(bars) == len(comparison.rows) * len(comparison.scenarios) == 20
    assert ax.get_title() == "To nøkler"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["30/70", "50/50"]
    assert [t.get_text() for t in ax.get_xticklabels()] == [row["name"] for row in comparison.rows]
    # The first scenario's bars, then the second's: each in kroner, left and right of its tick.
    for i in range(len(comparison.scenarios)):
        group = bars[i * len(comparison.rows) : (i + 1) * len(comparison.rows)]
        for x, (bar, row) in enumerate(zip(group, comparison.rows)):
            assert bar.get_height() == pytest.approx(row["total_ore"][i] / 100)
            centre = bar.get_x() + bar.get_width() / 2
            assert (centre < x) if i == 0 else (centre > x)
            assert abs(centre - x) < 0.5
    plt.close("all")


def test_comparison_plot_leaves_out_who_is_not_there() -> None:
    matplotlib = pytest.importorskip("matplotlib", reason="matplotlib is an optional dependency")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    comparison = comparison_vector()
    _, ax = plt.subplots()
    assert comparison.plot(ax) is ax
    present = sum(total is not None for row in comparison.rows for total in row["total_ore"])
    assert len(ax.patches) == present == 3 * len(comparison.rows) - 1
    assert ax.get_title() == ", ".join(comparison.scenarios)
    plt.close("all")


def test_plot_without_matplotlib_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    comparison = regionrad.compare({"30/70": split(30)})
    for thing in (comparison, split(30)):
        with pytest.raises(ImportError, match=r"plot\(\) needs matplotlib: pip install matplotlib"):
            thing.plot()


# Reprs --------------------------------------------------------------------------------


def short(thing: object) -> str:
    text = repr(thing)
    assert len(text) < 200 and "\n" not in text, text
    return text


def test_a_split_shows_itself_in_a_line() -> None:
    text = short(split(30))
    for fact in ["Contributions", "30/70", "2023", "10 municipalities", "kr 2 400 000,00"]:
        assert fact in text
    assert "NOK 2,400,000.00" in short(split(30, lang="en"))
    long_name = dict(two_part(30), name="Nøkkel " + "x" * 500)
    assert "Nøkkel" in short(regionrad.contributions(COUNCIL, BUDGET, POPULATION, key=long_name))


def test_a_comparison_shows_itself_in_a_line() -> None:
    text = short(comparison_vector())
    for fact in ["Comparison", "30/70", "50/50", "10 municipalities", "baseline 30/70"]:
        assert fact in text
    many = regionrad.compare({f"scenario {i} " + "y" * 50: split(i * 10) for i in range(11)})
    assert "11 scenarios" in short(many)
    assert "no scenarios" in short(regionrad.compare({}))


def test_reports_registers_and_minutes_show_themselves_in_a_line() -> None:
    meetings = [load(f"meetings/{name}.json") for name in ["2021-03-05-kdu", "2021-11-05-kdu", "2023-01-20-kdu"]]
    report = regionrad.validate(COUNCIL, meetings, today=datetime.date(2023, 2, 1))
    text = short(report)
    errors, warnings = len(report.errors), len(report.warnings)
    assert f"{len(report)} findings" in text and f"{errors} error" in text and f"{warnings} warning" in text
    first = report.errors[0] if errors else report.findings[0]
    assert first.code in text
    assert short(regionrad.validate(COUNCIL, [], today=datetime.date(2023, 2, 1))) == "<Report: no findings>"
    broken = regionrad.validate(COUNCIL, [dict(meetings[0], remote=1)], today=datetime.date(2023, 2, 1))
    assert "input.invalid at remote" in short(broken)

    register = regionrad.register(COUNCIL, meetings, as_of=datetime.date(2023, 2, 1))
    text = short(register)
    assert "2023-02-01" in text and f"{len(register)} open" in text and f"{len(register.overdue)} overdue" in text
    assert f"{len(register.closed)} closed" in text

    minutes = regionrad.read_minutes(read("minutes/rr-2022-06-10-prose.txt"), COUNCIL)
    text = short(minutes)
    items = len(minutes.meeting["agenda"])
    assert "rr" in text and "2022-06-10" in text and f"{items} item" in text
    assert f"{len(minutes.unplaced)} unplaced" in text

    presence = regionrad.presence(COUNCIL, meetings[1])
    assert str(len(presence)) in short(presence)

    fit = regionrad.recover_equal_share(
        [
            {"municipality": "5014", "amount_ore": 10_000_000, "population": 5000},
            {"municipality": "5059", "amount_ore": 20_000_000, "population": 18000},
            {"municipality": "5055", "amount_ore": 15_000_000, "population": 10000},
        ]
    )
    text = short(fit)
    assert str(fit.equal_share_decimal) in text and "3 municipalities" in text
