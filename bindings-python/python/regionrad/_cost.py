"""Cost sharing: each municipality's contribution under a key, exact to the øre, as
Python values (int øre, `decimal.Decimal` kroner and percentages, `fractions.Fraction`
for exact shares), as pandas DataFrames and bar charts, and as tables in notebooks in
bokmål, nynorsk or English."""

from __future__ import annotations

import html
import os
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple, Union

from . import _native
from ._documents import Document, as_document, as_list
from ._errors import (
    InvalidArgumentError,
    InvalidInputError,
    ValidationError,
    checked_lang,
    clipped,
    counted,
    shown,
)
from ._report import Report
from ._tables import Columns, frame, records

# The words of the tables and charts in each language. The numbers in them are written by
# the core (`format_kroner`, `_percent`, `_count`), as its messages write them.
_WORDS: Mapping[str, Mapping[str, str]] = {
    "nb": {
        "municipality": "Kommune",
        "population": "Folketall",
        "amount": "Beløp",
        "share": "Andel",
        "total": "Sum",
        "currency": "kr",
    },
    "nn": {
        "municipality": "Kommune",
        "population": "Folketal",
        "amount": "Beløp",
        "share": "Del",
        "total": "Sum",
        "currency": "kr",
    },
    "en": {
        "municipality": "Municipality",
        "population": "Population",
        "amount": "Amount",
        "share": "Share",
        "total": "Total",
        "currency": "NOK",
    },
}

# The amounts the core writes: øre in 64 bits.
_I64 = range(-(2**63), 2**63)


def _whole_ore(ore: Union[int, Decimal]) -> int:
    # Money is exact: an int, or a Decimal that is a whole number of øre; a float never.
    if isinstance(ore, Decimal) and ore.is_finite() and ore == ore.to_integral_value():
        return int(ore)
    if isinstance(ore, bool) or not isinstance(ore, int):
        raise InvalidArgumentError(
            f"øre must be a whole number, an int or a Decimal, not {type(ore).__name__} {shown(ore)}"
        )
    return ore


def kroner(ore: Union[int, Decimal]) -> Decimal:
    """Øre as kroner, exactly: ``kroner(123456789) == Decimal("1234567.89")``."""
    return Decimal(_whole_ore(ore)).scaleb(-2)


def parse_kroner(text: str) -> int:
    """An amount in kroner as people write it, in whole øre, as the core reads amounts:
    ``parse_kroner("kr 1 234 567,89") == 123456789``. Raises `InvalidArgumentError` for text
    that is not an amount ("2,4 mill", more than two decimals)."""
    if not isinstance(text, str):
        raise InvalidArgumentError(f"an amount in kroner must be text, not {type(text).__name__}")
    return _native.parse_kroner(text)


def format_kroner(ore: Union[int, Decimal], *, lang: str = "nb") -> str:
    """Øre as kroner in ``lang``'s way, as regionrad's messages and tables write them:
    bokmål (``"nb"``), nynorsk (``"nn"``) or English (``"en"``).

    >>> format_kroner(123456789)
    'kr 1 234 567,89'
    >>> format_kroner(-123456789, lang="en")
    'NOK -1,234,567.89'
    """
    ore = _whole_ore(ore)
    lang = checked_lang(lang)
    if ore not in _I64:
        raise InvalidArgumentError(f"øre must fit in 64 bits, not {shown(ore)}")
    return _native.format_kroner(ore, lang)


def _percent(percent: Decimal, lang: str) -> str:
    # "8,559 %" in bokmål, "8.559%" in English: the core's way, from the decimal with a point.
    return _native.format_percent(f"{percent:f}", lang)


def _count(n: int, lang: str) -> str:
    # "18 615" in bokmål, "18,615" in English.
    return _native.format_decimal(str(n), lang)


def _kroner_float(ore: Optional[int]) -> Optional[float]:
    # Kroner as a float, for charts and the columns to plot only: the amounts are exact in øre.
    return None if ore is None else float(kroner(ore))


def _axes(ax: Any) -> Any:
    """``ax``, or the Axes of a new figure (matplotlib is an optional dependency)."""
    try:
        import matplotlib.pyplot as plt
    except ImportError:
        raise ImportError("plot() needs matplotlib: pip install matplotlib") from None
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 4))
    return ax


def _finish(ax: Any, title: str, lang: str) -> Any:
    # Kroner up the side, the municipalities' names slanted along the bottom.
    ax.set_ylabel(_WORDS[lang]["currency"])
    ax.set_title(title)
    ax.tick_params(axis="x", labelrotation=45)
    for label in ax.get_xticklabels():
        label.set_horizontalalignment("right")
    return ax


def _html_table(
    caption: Optional[str], head: Sequence[str], body: Iterable[Sequence[str]], total: Sequence[str]
) -> str:
    """A table for notebooks: the header, a row per municipality, and the total row as its
    footer; every cell's text escaped here."""

    def row(cells: Sequence[str], tag: str) -> str:
        return "<tr>" + "".join(f"<{tag}>{html.escape(cell)}</{tag}>" for cell in cells) + "</tr>"

    title = "" if caption is None else f"<p>{html.escape(caption)}</p>"
    rows = "".join(row(cells, "td") for cells in body)
    return f"{title}<table><thead>{row(head, 'th')}</thead><tbody>{rows}</tbody><tfoot>{row(total, 'th')}</tfoot></table>"


@dataclass(frozen=True)
class Contribution:
    """What one municipality pays. Amounts are whole øre (`int`). ``share_percent`` is its
    share of the amount split by the key in percent to three decimals, rounded as the core
    rounds shares (by largest remainder, so that a split's add up to exactly 100.000), and
    ``share_percent_exact`` the same share exactly."""

    municipality: str
    name: str
    population: Optional[int]
    days: int
    weight: Fraction
    parts: Mapping[str, int]
    by_key_ore: int
    settled_ore: int
    total_ore: int
    share_percent: Decimal
    exact_by_key_ore: Fraction
    share_percent_exact: Fraction

    @property
    def total_kroner(self) -> Decimal:
        return kroner(self.total_ore)


@dataclass(frozen=True)
class Contributions:
    """A budget split by a key: one `Contribution` per participating municipality, with
    its tables (`to_records`, `to_pandas`, and in a notebook a table in ``lang``, the
    language `contributions` was given) and a bar chart (`plot`)."""

    council: str
    key: str
    year: int
    population_year: Optional[int]
    total_ore: int
    external_ore: int
    settled_ore: int
    by_key_ore: int
    rows: Tuple[Contribution, ...]
    report: Report = field(default_factory=lambda: Report(()))
    wire: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    lang: str = field(default="nb", compare=False)

    def __iter__(self) -> Iterator[Contribution]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __repr__(self) -> str:
        findings = f", {counted(len(self.report), 'finding', 'findings')}" if len(self.report) else ""
        return (
            f"<Contributions {clipped(self.key)} {self.year}: "
            f"{counted(len(self.rows), 'municipality', 'municipalities')}, "
            f"{format_kroner(self.total_ore, lang=self.lang)}{findings}>"
        )

    def _columns(self) -> Columns:
        rows = self.rows
        kinds = list(rows[0].parts) if rows else []
        return [
            ("municipality", None, [r.municipality for r in rows]),
            ("name", None, [r.name for r in rows]),
            ("population", "Int64", [r.population for r in rows]),
            ("days", "int64", [r.days for r in rows]),
            *[(f"{kind}_ore", "int64", [r.parts[kind] for r in rows]) for kind in kinds],
            ("settled_ore", "int64", [r.settled_ore for r in rows]),
            ("total_ore", "int64", [r.total_ore for r in rows]),
            ("total_kroner", "float64", [_kroner_float(r.total_ore) for r in rows]),
            ("total_kroner_exact", "object", [r.total_kroner for r in rows]),
            ("share_percent", "float64", [float(r.share_percent) for r in rows]),
            ("share_percent_exact", "object", [r.share_percent_exact for r in rows]),
        ]

    def to_records(self) -> List[Dict[str, Any]]:
        """One dict per municipality, with the columns and values of `to_pandas`."""
        return records(self._columns())

    def to_pandas(self) -> Any:
        """The contributions as a pandas DataFrame indexed by ``municipality`` (its code);
        pandas is an optional dependency. The column names are ASCII; the numbers are
        numbers, for ``describe()`` and charts:

        - ``name``; ``population`` (Int64; missing where the key has no population part)
          and ``days`` (int64) of the budget year it took part;
        - ``<kind>_ore`` for each part of the key (``fixed_ore``, ``equal_ore``,
          ``population_ore``), ``settled_ore`` and ``total_ore``: whole øre, int64, exact;
        - ``total_kroner``: float64 kroner, to plot, and ``total_kroner_exact`` beside it,
          the same as an exact `decimal.Decimal`;
        - ``share_percent``: float64, its share of the amount split by the key in percent to
          three decimals (`Contribution.share_percent`: the column sums to 100), and
          ``share_percent_exact``, the share exactly, as a `fractions.Fraction`.
        """
        return frame(self._columns())

    def plot(self, ax: Any = None, *, title: Optional[str] = None) -> Any:
        """A bar chart of what each municipality pays, in kroner (matplotlib is an optional
        dependency). Returns the matplotlib Axes."""
        ax = _axes(ax)
        ax.bar([row.name for row in self.rows], [_kroner_float(row.total_ore) for row in self.rows])
        return _finish(ax, title or f"{self.key}, {self.year}", self.lang)

    def _repr_html_(self) -> str:
        words, lang = _WORDS[self.lang], self.lang
        shares = [row.share_percent for row in self.rows]
        populations = [row.population for row in self.rows]
        known = [p for p in populations if p is not None]
        body = (
            [
                f"{row.municipality} {row.name}",
                "" if row.population is None else _count(row.population, lang),
                format_kroner(row.total_ore, lang=lang),
                _percent(share, lang),
            ]
            for row, share in zip(self.rows, shares)
        )
        total = [
            words["total"],
            _count(sum(known), lang) if known and len(known) == len(populations) else "",
            format_kroner(sum(row.total_ore for row in self.rows), lang=lang),
            _percent(sum(shares, Decimal(0)), lang),
        ]
        head = [words["municipality"], words["population"], words["amount"], words["share"]]
        return _html_table(f"{self.key}, {self.year}", head, body, total)


def _fraction(text: str) -> Fraction:
    return Fraction(text)


def _share_percent(exact_by_key_ore: Fraction, by_key_ore: int) -> Fraction:
    # A share of the amount split by the key, as the core's `share_percent` is: none of nothing.
    return exact_by_key_ore * 100 / by_key_ore if by_key_ore else Fraction(0)


def _fraction_text(value: Union[str, Fraction, Decimal, int]) -> str:
    """An equal fraction as the core reads it: "3/10", "0.3" or "30%"; a `Fraction`,
    `Decimal` or int exactly. A float is refused: 0.3 is not three tenths."""
    if isinstance(value, bool) or isinstance(value, float):
        raise InvalidArgumentError(
            f"equal_fractions: {shown(value)} is a {type(value).__name__}; "
            "give a str such as '3/10', a fractions.Fraction or a decimal.Decimal"
        )
    if isinstance(value, (Fraction, Decimal, int)):
        if isinstance(value, Decimal) and not value.is_finite():
            raise InvalidArgumentError(f"equal_fractions: {shown(value)} is not a number")
        exact = Fraction(value)
        return f"{exact.numerator}/{exact.denominator}"
    if isinstance(value, str):
        return value
    raise InvalidArgumentError(
        f"equal_fractions: {shown(value)} is not a fraction (a str such as '3/10', a "
        "fractions.Fraction or a decimal.Decimal)"
    )


class PreparedKey:
    """A cost key prepared once for a council's participants in a budget year, to split
    many amounts, or one amount by many keys, without decoding the documents again: each
    split is one native call that returns whole øre as ints, in the order of
    ``municipalities``, exactly as `contributions` rounds them (`contributions` gives the
    audit trail: parts, exact shares, percentages). The key is ``key`` (a key document, a
    scenario), else the council's key named ``key_name``, else its first. Raises
    `ValidationError` with the findings when the key cannot split for ``year``.

    >>> import regionrad
    >>> from fractions import Fraction
    >>> key = {"name": "30/70", "population_year": "budget_year",
    ...        "parts": [{"kind": "equal", "fraction": "3/10"},
    ...                  {"kind": "population", "fraction": "7/10"}]}
    >>> prepared = regionrad.PreparedKey(regionrad.bundled_council(),
    ...     regionrad.bundled_population(), year=2023, key=key)
    >>> shares = prepared.split(240_000_000)
    >>> sum(shares), len(shares) == len(prepared.municipalities)
    (240000000, True)
    >>> sweep = prepared.sweep_equal(240_000_000, [Fraction(p, 100) for p in range(101)])
    >>> sweep[30] == shares and all(sum(s) == 240_000_000 for s in sweep)
    True
    """

    __slots__ = ("_native", "_lang", "municipalities", "report")

    def __init__(
        self,
        council: Document,
        population: Document,
        *,
        year: int,
        key: Optional[Document] = None,
        key_name: Optional[str] = None,
        lang: str = "nb",
    ) -> None:
        lang = checked_lang(lang)
        if isinstance(year, bool) or not isinstance(year, int) or not -(2**31) <= year < 2**31:
            raise InvalidArgumentError(f"year must be an int of a year, not {shown(year)}")
        native, wire = _native.PreparedKey.prepare(
            as_document(council, "council"),
            as_document(population, "population"),
            year,
            None if key is None else as_document(key, "key"),
            key_name,
            lang,
        )
        report = Report._from_wire(wire)
        if native is None:
            report.raise_for_errors()
            raise ValidationError("the key cannot be prepared", report.findings)
        self._native = native
        self._lang = lang
        self.municipalities: Tuple[str, ...] = tuple(native.municipalities())
        """The participants' codes, in the order of every split's shares."""
        self.report: Report = report
        """What preparing found that does not stop a split (derived populations)."""

    def _shares(self, answer: Any) -> List[int]:
        if isinstance(answer, list):
            return answer
        Report._from_wire(answer).raise_for_errors()
        raise ValidationError("no split", ())

    def split(self, total_ore: Union[int, Decimal]) -> List[int]:
        """Each participant's share of ``total_ore`` in whole øre, summing exactly to it.
        Raises `ValidationError` when it cannot be split (negative, less than the key's
        fixed parts)."""
        return self._shares(self._native.split(_whole_ore(total_ore), self._lang))

    def sweep_equal(
        self, total_ore: Union[int, Decimal], equal_fractions: Iterable[Union[str, Fraction, Decimal, int]]
    ) -> List[List[int]]:
        """``total_ore`` split once for each equal fraction, the population part taking the
        rest (a chart of every key from 0 % to 100 % equal), in one native call. For a key
        of one equal and one population part; raises `InvalidArgumentError` for another,
        `ValidationError` for a fraction whose key cannot split the amount."""
        texts = [_fraction_text(f) for f in equal_fractions]
        answers = self._native.sweep_equal(_whole_ore(total_ore), texts, self._lang)
        return [self._shares(a) for a in answers]

    def __repr__(self) -> str:
        return f"PreparedKey({len(self.municipalities)} municipalities)"


def contributions(
    council: Document,
    budget: Document,
    population: Document,
    *,
    key: Optional[Document] = None,
    lang: str = "nb",
) -> Contributions:
    """Split ``budget`` between the council's municipalities by its key, or by ``key`` (a
    key for this run, e.g. a scenario). Raises `ValidationError` with the findings when the
    split cannot be made (a key parameter missing, a population figure missing, …).
    ``lang`` is the language of the findings' messages and of the result's table."""
    lang = checked_lang(lang)
    wire = _native.contributions(
        as_document(council, "council"),
        as_document(budget, "budget"),
        as_document(population, "population"),
        None if key is None else as_document(key, "key"),
        lang,
    )
    report = Report._from_wire(wire["report"])
    split = wire["apportionment"]
    if split is None:
        report.raise_for_errors()
        raise ValidationError("no apportionment", report.findings)
    rows = tuple(
        Contribution(
            municipality=c["municipality"],
            name=c["name"],
            population=c["population"],
            days=c["days"],
            weight=_fraction(c["weight"]),
            parts={p["kind"]: p["amount_ore"] for p in c["parts"]},
            by_key_ore=c["by_key_ore"],
            settled_ore=c["settled_ore"],
            total_ore=c["total_ore"],
            share_percent=Decimal(c["share_percent"]),
            exact_by_key_ore=_fraction(c["exact_by_key_ore"]),
            share_percent_exact=_share_percent(_fraction(c["exact_by_key_ore"]), split["by_key_ore"]),
        )
        for c in split["contributions"]
    )
    return Contributions(
        council=split["council"],
        key=split["key"],
        year=split["year"],
        population_year=split["population_year"],
        total_ore=split["total_ore"],
        external_ore=split["external_ore"],
        settled_ore=split["settled_ore"],
        by_key_ore=split["by_key_ore"],
        rows=rows,
        report=report,
        wire=split,
        lang=lang,
    )


@dataclass(frozen=True)
class Comparison:
    """Scenarios side by side, the first the baseline: one dict per municipality in
    ``rows``, with its ``municipality`` (code), ``name``, ``total_ore`` (what it pays in
    each scenario, in the order of ``scenarios``) and ``difference_ore`` (each total less
    the baseline's), ``None`` where it does not take part. Its tables (`to_records`,
    `to_pandas`, and in a notebook a table in ``lang``) and a grouped bar chart (`plot`)."""

    scenarios: Tuple[str, ...]
    rows: Tuple[Dict[str, Any], ...]
    lang: str = field(default="nb", compare=False)

    def __repr__(self) -> str:
        if not self.scenarios:
            return "<Comparison: no scenarios>"
        labels = ", ".join(clipped(label, 20) for label in self.scenarios[:3])
        if len(self.scenarios) > 3:
            labels += f", … ({len(self.scenarios)} scenarios)"
        return (
            f"<Comparison {labels}: {counted(len(self.rows), 'municipality', 'municipalities')}, "
            f"baseline {clipped(self.scenarios[0], 20)}>"
        )

    def _columns(self) -> Columns:
        baseline = self.scenarios[0] if self.scenarios else ""

        def amounts(prefix: str, ore: List[Optional[int]]) -> Columns:
            # Nullable Int64: a municipality that takes part in one scenario only has gaps.
            return [(f"{prefix}_ore", "Int64", ore), (f"{prefix}_kroner", "float64", [_kroner_float(o) for o in ore])]

        columns: Columns = [
            ("municipality", None, [row["municipality"] for row in self.rows]),
            ("name", None, [row["name"] for row in self.rows]),
        ]
        for i, label in enumerate(self.scenarios):
            columns += amounts(label, [row["total_ore"][i] for row in self.rows])
        for i, label in enumerate(self.scenarios[1:], start=1):
            columns += amounts(f"{label}_minus_{baseline}", [row["difference_ore"][i] for row in self.rows])
        return columns

    def to_records(self) -> List[Dict[str, Any]]:
        """One dict per municipality, with the columns and values of `to_pandas`."""
        return records(self._columns())

    def to_pandas(self) -> Any:
        """One row per municipality, indexed by ``municipality`` (its code), with its
        ``name``; then for each scenario ``<label>_ore`` (whole øre, nullable Int64, missing
        where it does not take part) and ``<label>_kroner`` (float64, to plot); then for each
        scenario after the first, the baseline, ``<label>_minus_<baseline>_ore`` and
        ``<label>_minus_<baseline>_kroner``, what it pays more there (e.g.
        ``50/50_minus_30/70_ore``). The names add only ASCII to the labels given (pandas is
        an optional dependency)."""
        return frame(self._columns())

    def plot(self, ax: Any = None, *, title: Optional[str] = None) -> Any:
        """A grouped bar chart: for each municipality one bar per scenario, what it pays
        there in kroner (no bar where it does not take part), with the scenarios in the
        legend (matplotlib is an optional dependency). Returns the matplotlib Axes."""
        ax = _axes(ax)
        width = 0.8 / max(len(self.scenarios), 1)
        for i, label in enumerate(self.scenarios):
            placed = [(x, row["total_ore"][i]) for x, row in enumerate(self.rows) if row["total_ore"][i] is not None]
            offset = (i - (len(self.scenarios) - 1) / 2) * width
            ax.bar([x + offset for x, _ in placed], [_kroner_float(ore) for _, ore in placed], width, label=label)
        ax.set_xticks(range(len(self.rows)), [row["name"] for row in self.rows])
        if self.scenarios:
            ax.legend()
        return _finish(ax, title or ", ".join(self.scenarios), self.lang)

    def _repr_html_(self) -> str:
        words, lang = _WORDS[self.lang], self.lang
        baseline = self.scenarios[0] if self.scenarios else ""
        # The amount columns: each scenario's totals, then each later one's differences.
        columns = [("total_ore", i) for i in range(len(self.scenarios))]
        columns += [("difference_ore", i) for i in range(1, len(self.scenarios))]

        def cell(ore: Optional[int]) -> str:
            return "" if ore is None else format_kroner(ore, lang=lang)

        body = (
            [f"{row['municipality']} {row['name']}", *(cell(row[kind][i]) for kind, i in columns)]
            for row in self.rows
        )
        sums = (sum(row[kind][i] for row in self.rows if row[kind][i] is not None) for kind, i in columns)
        total = [words["total"], *(format_kroner(ore, lang=lang) for ore in sums)]
        head = [
            words["municipality"],
            *self.scenarios,
            *(f"{label} − {baseline}" for label in self.scenarios[1:]),
        ]
        return _html_table(None, head, body, total)


def compare(scenarios: Mapping[str, Contributions], *, lang: Optional[str] = None) -> Comparison:
    """Line up contributions under several keys or scenarios, by label (e.g.
    ``{"30/70": a, "50/50": b}``); the first is the baseline for the differences. ``lang``
    is the language of its table, by default the baseline's (``contributions(lang=...)``)."""
    if not isinstance(scenarios, Mapping):
        raise InvalidArgumentError(f"scenarios must be a mapping of label to Contributions, not {type(scenarios).__name__}")
    for label, split in scenarios.items():
        if not isinstance(split, Contributions):
            raise InvalidArgumentError(f"{shown(label)} is not a Contributions result")
    if lang is None:
        lang = next((split.lang for split in scenarios.values()), "nb")
    lang = checked_lang(lang)
    payload = [{"label": label, "apportionment": split.wire} for label, split in scenarios.items()]
    wire = _native.compare(payload)
    return Comparison(scenarios=tuple(wire["scenarios"]), rows=tuple(wire["rows"]), lang=lang)


@dataclass(frozen=True)
class Recovery:
    """A two-part key fitted to invoiced amounts."""

    equal_share: Fraction
    equal_share_decimal: Decimal
    population_share_decimal: Decimal
    total_ore: int
    residuals: Tuple[Dict[str, Any], ...]
    max_abs_residual_ore: int

    def __repr__(self) -> str:
        return (
            f"<Recovery equal share {self.equal_share_decimal}: largest residual "
            f"{self.max_abs_residual_ore} øre over {counted(len(self.residuals), 'municipality', 'municipalities')}>"
        )


def recover_equal_share(invoiced: Iterable[Mapping[str, Any]]) -> Recovery:
    """Fit the equal share of a two-part key (equal part + population part) to what each
    municipality was invoiced: ``[{"municipality": "5059", "amount_ore": ..., "population": ...}]``.
    Raises `InvalidInputError` when no key can be fitted."""
    wire = _native.recover_equal_share(as_list(invoiced, "invoiced"))
    return Recovery(
        equal_share=Fraction(wire["equal_share"]),
        equal_share_decimal=Decimal(wire["equal_share_decimal"]),
        population_share_decimal=Decimal(wire["population_share_decimal"]),
        total_ore=wire["total_ore"],
        residuals=tuple(wire["residuals"]),
        max_abs_residual_ore=wire["max_abs_residual_ore"],
    )


def load_population(source: Union[str, "os.PathLike[str]"], *, format: Optional[str] = None) -> Dict[str, Any]:
    """Read SSB population figures (JSON-stat 2.0 or CSV, by ``format`` or the file's
    extension) into the population table format that `contributions` takes."""
    try:
        path = os.fspath(source)
    except TypeError:
        raise InvalidArgumentError(f"source must be a path, not {type(source).__name__}") from None
    if not isinstance(path, str):
        raise InvalidArgumentError("source must be a path as text, not bytes")
    if format is not None and not isinstance(format, str):
        raise InvalidArgumentError(f"format must be 'json-stat' or 'csv', not {shown(format)}")
    fmt = format or ("csv" if path.lower().endswith(".csv") else "json-stat")
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except ValueError as error:  # a NUL in the path, text that is not UTF-8
        raise InvalidInputError(f"{shown(path)}: {error}") from None
    try:
        result: Dict[str, Any] = _native.parse_population(text, fmt)
    except (InvalidArgumentError, InvalidInputError) as error:
        raise type(error)(f"{path}: {error}") from None
    return result
