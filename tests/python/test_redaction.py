"""Redaction over fixtures/redaction/ gives in Python what it gives in Rust and node."""

from __future__ import annotations

import json

import pytest

import regionrad
from conftest import FIXTURES, load

FILES = sorted(p.relative_to(FIXTURES).as_posix() for p in (FIXTURES / "redaction").glob("*.json"))


def _sorted(withheld):  # type: ignore[no-untyped-def]
    return sorted(withheld, key=lambda w: (json.dumps(w["path"], separators=(",", ":")), w["start"]))


def test_the_cases_are_there() -> None:
    assert FILES


@pytest.mark.parametrize("fixture", FILES)
def test_redaction(fixture: str) -> None:
    case = load(fixture)
    got = regionrad.redact_meeting(case["meeting"])
    assert got["meeting"] == case["expect"]["meeting"]
    assert got["counts"] == case["expect"]["counts"]
    assert _sorted(got["withheld"]) == _sorted(case["expect"]["withheld"])
