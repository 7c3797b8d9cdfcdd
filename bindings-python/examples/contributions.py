"""A year's contributions to Trøndelag sørvest under two keys, side by side.

Run from anywhere once regionrad is installed: it uses the council and population data
bundled with the package. The council's own key, Agdenesmodellen, has no public terms, so
the two keys here are stated scenarios, not the council's key.
"""

from __future__ import annotations

import regionrad

BUDGET = {"schema_version": 1, "council": "trondelag-sorvest", "year": 2023, "total_ore": 240_000_000}


def two_part(equal_percent: int) -> dict[str, object]:
    """A key with `equal_percent` split equally and the rest by population on 1 January."""
    return {
        "name": f"{equal_percent}/{100 - equal_percent}",
        "parts": [
            {"kind": "equal", "fraction": f"{equal_percent}%"},
            {"kind": "population", "fraction": f"{100 - equal_percent}%"},
        ],
        "population_year": "budget_year",
    }


def main() -> None:
    council = regionrad.bundled_council()
    population = regionrad.bundled_population()
    scenarios = {
        f"{equal}/{100 - equal}": regionrad.contributions(council, BUDGET, population, key=two_part(equal))
        for equal in (30, 50)
    }
    comparison = regionrad.compare(scenarios)
    print(f"{'Kommune':<22}" + "".join(f"{label:>18}" for label in comparison.scenarios))
    for row in comparison.rows:
        totals = "".join(f"{regionrad.format_kroner(t) if t is not None else '–':>18}" for t in row["total_ore"])
        print(f"{row['municipality'] + ' ' + row['name']:<22}{totals}")


if __name__ == "__main__":
    main()
