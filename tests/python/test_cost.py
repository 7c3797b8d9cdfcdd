"""The cost-sharing vectors in fixtures/cost/ give the same findings, amounts and shares in
Python, through the public API."""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction

import pytest

import regionrad
from conftest import FIXTURES, assert_findings, document_text, load
from regionrad import InvalidInputError, ValidationError

VECTORS = sorted(p.relative_to(FIXTURES).as_posix() for p in (FIXTURES / "cost").glob("*.json"))


def _has_pandas() -> bool:
    try:
        import pandas  # noqa: F401
    except ImportError:
        return False
    return True


def test_the_vectors_are_there() -> None:
    assert len(VECTORS) >= 30


@pytest.mark.parametrize("vector_file", VECTORS)
def test_cost_vector(vector_file: str) -> None:
    case = load(vector_file)
    expect = case["expect"]
    if case["kind"] == "population":
        if expect.get("error"):
            with pytest.raises(InvalidInputError):
                regionrad.load_population(FIXTURES / case["file"], format=case["format"])
        else:
            table = regionrad.load_population(FIXTURES / case["file"], format=case["format"])
            got = {row["code"]: row["population"] for row in table["municipalities"]}
            assert got == expect["municipalities"]
        return
    if case["kind"] == "comparison":
        splits = {
            s["label"]: regionrad.contributions(
                document_text(s["council"]), document_text(s["budget"]), document_text(case["population"]), key=document_text(s["key"])
            )
            for s in case["scenarios"]
        }
        comparison = regionrad.compare(splits)
        assert list(comparison.scenarios) == expect["scenarios"]
        for code, want in expect["rows"].items():
            row = next(r for r in comparison.rows if r["municipality"] == code)
            assert {"total_ore": row["total_ore"], "difference_ore": row["difference_ore"]} == want
        frame = comparison.to_pandas() if _has_pandas() else None
        if frame is not None:
            import pandas

            # The documented names: each scenario's totals, then each later one's differences
            # from the baseline, in øre and in kroner; nothing but ASCII added to the labels.
            labels, baseline = expect["scenarios"], expect["scenarios"][0]
            prefixes = [*labels, *(f"{label}_minus_{baseline}" for label in labels[1:])]
            assert list(frame.columns) == ["name", *(f"{p}_{unit}" for p in prefixes for unit in ("ore", "kroner"))]
            for code, want in expect["rows"].items():
                for label, ore in zip(labels, want["total_ore"]):
                    got = frame.loc[code, f"{label}_ore"]
                    assert (got is pandas.NA) if ore is None else (got == ore), (code, label)
        return
    if case["kind"] == "recovery":
        if expect.get("error"):
            with pytest.raises(InvalidInputError):
                regionrad.recover_equal_share(case["invoiced"])
            return
        fit = regionrad.recover_equal_share(case["invoiced"])
        if "equal_share_decimal" in expect:
            assert fit.equal_share_decimal == Decimal(expect["equal_share_decimal"])
            assert fit.population_share_decimal == Decimal(expect["population_share_decimal"])
            assert abs(fit.equal_share - Fraction(3, 10)) < Fraction(1, 10**6)
        if "max_abs_residual_ore_at_most" in expect:
            assert fit.max_abs_residual_ore <= expect["max_abs_residual_ore_at_most"]
        if "max_abs_residual_ore_at_least" in expect:
            assert fit.max_abs_residual_ore >= expect["max_abs_residual_ore_at_least"]
        return
    key = document_text(case["key"]) if "key" in case else None
    args = (document_text(case["council"]), document_text(case["budget"]), document_text(case["population"]))
    try:
        split = regionrad.contributions(*args, key=key)
    except ValidationError as error:
        assert_findings(expect["findings"], error.findings)
        assert any(f.severity == "error" for f in error.findings)
        return
    assert_findings(expect["findings"], split.report)
    assert sum(r.by_key_ore for r in split) == split.by_key_ore
    if "contributions" not in expect:
        return
    assert split.by_key_ore == expect["by_key_ore"]
    assert len(split) == len(expect["contributions"])
    rows = {r.municipality: r for r in split}
    for want in expect["contributions"]:
        row = rows[want["municipality"]]
        for field, value in want.items():
            got = getattr(row, field)
            assert (str(got) if isinstance(got, Decimal) else got) == value, (want["municipality"], field)
    # The same shares from a key prepared once and split by the amount alone.
    budget = json.loads(args[1])
    prepared = regionrad.PreparedKey(
        args[0], args[2], year=budget["year"], key=key, key_name=budget.get("key")
    )
    shares = dict(zip(prepared.municipalities, prepared.split(expect["by_key_ore"])))
    for want in expect["contributions"]:
        if "by_key_ore" in want:
            assert shares[want["municipality"]] == want["by_key_ore"], want["municipality"]


def test_contributions_as_python_values() -> None:
    case = load("cost/trondelag-30-70-2023.json")
    split = regionrad.contributions(
        load("councils/trondelag-sorvest.json"), case["budget"], load("population/ssb-07459-trondelag-sorvest.json"), key=case["key"]
    )
    orkland = next(r for r in split if r.municipality == "5059")
    assert isinstance(orkland.total_ore, int) and isinstance(orkland.total_kroner, Decimal)
    assert orkland.total_kroner == Decimal(orkland.total_ore) / 100
    assert abs(orkland.exact_by_key_ore - orkland.by_key_ore) < 1
    assert regionrad.format_kroner(123456789) == "kr 1 234 567,89"
    records = split.to_records()
    assert records[0]["municipality"] == "5014" and "equal_ore" in records[0]
    assert "Orkland" in split._repr_html_()


def test_to_pandas_gives_a_frame_by_municipality() -> None:
    pandas = pytest.importorskip("pandas", reason="pandas is an optional dependency")
    case = load("cost/trondelag-30-70-2023.json")
    split = regionrad.contributions(
        load("councils/trondelag-sorvest.json"), case["budget"], load("population/ssb-07459-trondelag-sorvest.json"), key=case["key"]
    )
    frame = split.to_pandas()
    assert isinstance(frame, pandas.DataFrame)
    assert frame.loc["5059", "total_ore"] == next(r.total_ore for r in split if r.municipality == "5059")
    assert frame["total_ore"].sum() == 240_000_000


def test_contributions_plot_as_a_bar_chart() -> None:
    matplotlib = pytest.importorskip("matplotlib", reason="matplotlib is an optional dependency")
    matplotlib.use("Agg")
    case = load("cost/trondelag-30-70-2023.json")
    split = regionrad.contributions(
        load("councils/trondelag-sorvest.json"), case["budget"], load("population/ssb-07459-trondelag-sorvest.json"), key=case["key"]
    )
    ax = split.plot()
    bars = ax.patches
    assert len(bars) == 10
    heights = {tick.get_text(): bar.get_height() for tick, bar in zip(ax.get_xticklabels(), bars)}
    assert heights["Orkland"] == pytest.approx(float(next(r.total_kroner for r in split if r.name == "Orkland")))


def test_the_agdenes_model_is_never_guessed() -> None:
    budget = {"schema_version": 1, "council": "trondelag-sorvest", "year": 2023, "total_ore": 240_000_000}
    with pytest.raises(ValidationError) as raised:
        regionrad.contributions(load("councils/trondelag-sorvest.json"), budget, load("population/ssb-07459-trondelag-sorvest.json"), lang="en")
    codes = {f.code for f in raised.value.findings}
    assert codes == {"cost.key_parameter_missing"}
    assert "is not guessed" in raised.value.findings[0].message


KEY_30_70 = {
    "name": "30/70",
    "population_year": "budget_year",
    "parts": [{"kind": "equal", "fraction": "3/10"}, {"kind": "population", "fraction": "7/10"}],
}


def _prepared(**kwargs: object) -> regionrad.PreparedKey:
    return _prepared_in(2023, **kwargs)


def _prepared_in(year: int, **kwargs: object) -> regionrad.PreparedKey:
    return regionrad.PreparedKey(regionrad.bundled_council(), regionrad.bundled_population(), year=year, **kwargs)  # type: ignore[arg-type]


def test_a_prepared_key_splits_as_contributions() -> None:
    budget = {"schema_version": 1, "council": "trondelag-sorvest", "year": 2023, "total_ore": 240_000_001}
    split = regionrad.contributions(regionrad.bundled_council(), budget, regionrad.bundled_population(), key=KEY_30_70)
    prepared = _prepared(key=KEY_30_70)
    assert prepared.municipalities == tuple(r.municipality for r in split)
    shares = prepared.split(240_000_001)
    assert all(type(s) is int for s in shares)
    assert shares == [r.by_key_ore for r in split]


def test_a_sweep_is_each_key_split_alone() -> None:
    prepared = _prepared(key=KEY_30_70)
    fractions = [Fraction(0), "1/4", Decimal("0.5"), "75%", 1]
    sweep = prepared.sweep_equal(1_000_000, fractions)
    assert len(sweep) == 5 and all(sum(s) == 1_000_000 for s in sweep)
    # All equal: ten participants with a full year each pay a tenth.
    assert sweep[4] == [100_000] * 10
    for fraction, swept in zip(["0", "1/4", "1/2", "3/4"], sweep):
        key = dict(KEY_30_70, parts=[{"kind": "equal", "fraction": fraction}, {"kind": "population", "fraction": str(1 - Fraction(fraction))}])
        assert swept == _prepared(key=key).split(1_000_000), fraction


def test_a_prepared_key_refuses_in_words() -> None:
    prepared = _prepared(key=KEY_30_70, lang="en")
    with pytest.raises(ValidationError) as negative:
        prepared.split(-1)
    assert [f.code for f in negative.value.findings] == ["cost.negative_amount"]
    with pytest.raises(regionrad.InvalidArgumentError, match="float"):
        prepared.sweep_equal(100, [0.3])  # type: ignore[list-item]
    with pytest.raises(regionrad.InvalidArgumentError, match="not a fraction"):
        prepared.sweep_equal(100, ["a third"])
    with pytest.raises(regionrad.InvalidArgumentError, match="int"):
        prepared.split(1.5)  # type: ignore[arg-type]
    with pytest.raises(regionrad.InvalidArgumentError, match="year"):
        _prepared_in(10**20)
    # The bundled council's own key lacks its fractions: said, not guessed.
    with pytest.raises(ValidationError) as missing:
        _prepared()
    assert "cost.key_parameter_missing" in [f.code for f in missing.value.findings]
    with pytest.raises(ValidationError) as unknown:
        _prepared(key_name="ingen")
    assert [f.code for f in unknown.value.findings] == ["cost.no_key"]
    equal_only = dict(KEY_30_70, parts=[{"kind": "equal", "fraction": "1"}])
    with pytest.raises(regionrad.InvalidArgumentError, match="one equal part and one population part"):
        _prepared(key=equal_only).sweep_equal(100, ["1/2"])


def test_parse_kroner_reads_amounts_as_people_write_them() -> None:
    assert regionrad.parse_kroner("kr 1 234 567,89") == 123_456_789
    assert regionrad.parse_kroner("2400000") == 240_000_000
    assert regionrad.parse_kroner(regionrad.format_kroner(-123_456)) == -123_456
    assert regionrad.kroner(regionrad.parse_kroner("2 400 000,50")) == Decimal("2400000.50")
    for text in ["2,4 mill", "12,345", ""]:
        with pytest.raises(regionrad.InvalidArgumentError):
            regionrad.parse_kroner(text)
    with pytest.raises(regionrad.InvalidArgumentError, match="text"):
        regionrad.parse_kroner(100)  # type: ignore[arg-type]


def test_money_goes_in_as_int_or_whole_decimal_never_float() -> None:
    council, population = regionrad.bundled_council(), regionrad.bundled_population()
    budget = {"schema_version": 1, "council": "trondelag-sorvest", "year": 2023, "total_ore": 240_000_000}
    as_int = regionrad.contributions(council, budget, population, key=KEY_30_70)
    as_decimal = regionrad.contributions(council, dict(budget, total_ore=Decimal("240000000")), population, key=KEY_30_70)
    assert [r.total_ore for r in as_decimal] == [r.total_ore for r in as_int]
    for amount in (Decimal("240000000.5"), 240_000_000.0):
        with pytest.raises(ValidationError) as refused:
            regionrad.contributions(council, dict(budget, total_ore=amount), population, key=KEY_30_70, lang="en")
        finding = refused.value.findings[0]
        assert (finding.code, finding.location) == ("input.invalid", "total_ore")
        assert "whole number" in finding.message and "i64" not in finding.message, finding.message
    assert regionrad.format_kroner(Decimal("12345")) == "kr 123,45"
    assert _prepared(key=KEY_30_70).split(Decimal("1000")) == _prepared(key=KEY_30_70).split(1000)
    with pytest.raises(regionrad.InvalidArgumentError, match="whole number"):
        regionrad.kroner(1.5)  # type: ignore[arg-type]
    with pytest.raises(regionrad.InvalidArgumentError, match="whole number"):
        regionrad.kroner(Decimal("1.5"))
