"""Cost sharing: each municipality's contribution under a key, exact to the øre, as
Python values (int øre, `decimal.Decimal` kroner and percentages, `fractions.Fraction`
for exact shares) and as a pandas DataFrame."""

from __future__ import annotations

import html
import json
import os
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Tuple, Union

from . import _native
from ._documents import Document, as_document, as_list
from ._errors import InvalidArgumentError, InvalidInputError, ValidationError, shown
from ._report import Report



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


def format_kroner(ore: Union[int, Decimal]) -> str:
    """Øre the Norwegian way.

    >>> format_kroner(123456789)
    'kr 1 234 567,89'
    """
    ore = _whole_ore(ore)
    sign = "-" if ore < 0 else ""
    whole, rest = divmod(abs(ore), 100)
    return f"kr {sign}{whole:,}".replace(",", " ") + f",{rest:02d}"


@dataclass(frozen=True)
class Contribution:
    """What one municipality pays. Amounts are whole øre (`int`)."""

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

    @property
    def total_kroner(self) -> Decimal:
        return kroner(self.total_ore)


@dataclass(frozen=True)
class Contributions:
    """A budget split by a key: one `Contribution` per participating municipality."""

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

    def __iter__(self) -> Iterator[Contribution]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def to_records(self) -> List[Dict[str, Any]]:
        """One dict per municipality, with each part's amount in øre."""
        records = []
        for row in self.rows:
            record: Dict[str, Any] = {
                "municipality": row.municipality,
                "name": row.name,
                "population": row.population,
                "days": row.days,
            }
            record.update({f"{kind}_ore": ore for kind, ore in row.parts.items()})
            record.update(
                {
                    "settled_ore": row.settled_ore,
                    "total_ore": row.total_ore,
                    "total_kroner": row.total_kroner,
                    "share_percent": row.share_percent,
                }
            )
            records.append(record)
        return records

    def to_pandas(self) -> Any:
        """The contributions as a pandas DataFrame indexed by municipality code (pandas is
        an optional dependency)."""
        try:
            import pandas
        except ImportError:
            raise ImportError("to_pandas() needs pandas: pip install pandas") from None
        return pandas.DataFrame.from_records(self.to_records(), index="municipality")

    def plot(self, ax: Any = None, *, title: Optional[str] = None) -> Any:
        """A bar chart of what each municipality pays, in kroner (matplotlib is an optional
        dependency). Returns the matplotlib Axes."""
        try:
            import matplotlib.pyplot as plt
        except ImportError:
            raise ImportError("plot() needs matplotlib: pip install matplotlib") from None
        if ax is None:
            _, ax = plt.subplots(figsize=(8, 4))
        names = [row.name for row in self.rows]
        # Kroner as floats for drawing only; the amounts themselves stay exact in øre.
        heights = [float(row.total_kroner) for row in self.rows]
        ax.bar(names, heights)
        ax.set_ylabel("kr")
        ax.set_title(title or f"{self.key}, {self.year}")
        ax.tick_params(axis="x", labelrotation=45)
        for label in ax.get_xticklabels():
            label.set_horizontalalignment("right")
        return ax

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{h}</th>" for h in ("Kommune", "Folketall", "Sum", "Andel %"))
        body = "".join(
            f"<tr><td>{html.escape(r.municipality)} {html.escape(r.name)}</td>"
            f"<td>{'' if r.population is None else r.population}</td>"
            f"<td>{html.escape(format_kroner(r.total_ore))}</td><td>{r.share_percent}</td></tr>"
            for r in self.rows
        )
        return f"<p>{html.escape(self.key)}, {self.year}</p><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _fraction(text: str) -> Fraction:
    return Fraction(text)


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
        if lang not in ("nb", "en"):
            raise InvalidArgumentError(f"lang must be 'nb' or 'en', not {shown(lang)}")
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
    split cannot be made (a key parameter missing, a population figure missing, …)."""
    if lang not in ("nb", "en"):
        raise InvalidArgumentError(f"lang must be 'nb' or 'en', not {shown(lang)}")
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
    )


@dataclass(frozen=True)
class Comparison:
    """Scenarios side by side: per municipality, its total in each and the difference from
    the first (``None`` where it does not take part)."""

    scenarios: Tuple[str, ...]
    rows: Tuple[Dict[str, Any], ...]

    def to_pandas(self) -> Any:
        """One row per municipality, a total column per scenario, and a difference column
        for each scenario after the first (pandas is an optional dependency)."""
        try:
            import pandas
        except ImportError:
            raise ImportError("to_pandas() needs pandas: pip install pandas") from None
        records = []
        for row in self.rows:
            record: Dict[str, Any] = {"municipality": row["municipality"], "name": row["name"]}
            for i, label in enumerate(self.scenarios):
                record[label] = row["total_ore"][i]
                if i > 0:
                    record[f"{label} − {self.scenarios[0]}"] = row["difference_ore"][i]
            records.append(record)
        return pandas.DataFrame.from_records(records, index="municipality")


def compare(scenarios: Mapping[str, Contributions]) -> Comparison:
    """Line up contributions under several keys or scenarios, by label (e.g.
    ``{"30/70": a, "50/50": b}``); the first is the baseline for the differences."""
    if not isinstance(scenarios, Mapping):
        raise InvalidArgumentError(f"scenarios must be a mapping of label to Contributions, not {type(scenarios).__name__}")
    for label, split in scenarios.items():
        if not isinstance(split, Contributions):
            raise InvalidArgumentError(f"{shown(label)} is not a Contributions result")
    payload = [{"label": label, "apportionment": split.wire} for label, split in scenarios.items()]
    wire = _native.compare(payload)
    return Comparison(scenarios=tuple(wire["scenarios"]), rows=tuple(wire["rows"]))


@dataclass(frozen=True)
class Recovery:
    """A two-part key fitted to invoiced amounts."""

    equal_share: Fraction
    equal_share_decimal: Decimal
    population_share_decimal: Decimal
    total_ore: int
    residuals: Tuple[Dict[str, Any], ...]
    max_abs_residual_ore: int


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
