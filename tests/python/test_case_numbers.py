"""The case-number table in fixtures/case_numbers/ gives the same parts and errors in Python."""

from __future__ import annotations

import datetime
from typing import Any, Dict, List

import pytest

import regionrad
from conftest import document_text, load
from regionrad import CaseNumberError, InvalidInputError


def cases() -> List[Dict[str, Any]]:
    return load("case_numbers/forms.json")["cases"] + load("case_numbers/edge_cases.json")["cases"]


def test_the_table_is_there() -> None:
    assert len(cases()) >= 80


@pytest.mark.parametrize("case", cases(), ids=lambda c: repr(c["text"][:30]))
def test_case_number(case: Dict[str, Any]) -> None:
    date = case.get("meeting_date")
    meeting_date = None if date is None else datetime.date.fromisoformat(date)
    if "expect" in case:
        number = regionrad.parse_case_number(case["text"], meeting_date=meeting_date)
        assert number.__dict__ == case["expect"]
        assert str(number) == case["expect"]["canonical"]
    else:
        with pytest.raises(CaseNumberError) as raised:
            regionrad.parse_case_number(case["text"], meeting_date=meeting_date)
        assert (raised.value.kind, raised.value.position) == (case["error"]["kind"], case["error"]["position"])
        assert isinstance(raised.value, ValueError)


def test_misuse_raises_invalid_input() -> None:
    with pytest.raises(InvalidInputError):
        regionrad.parse_case_number(12)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        regionrad.parse_case_number("5/21", meeting_date="2021-03-05")  # type: ignore[arg-type]


def test_docstring_examples_run() -> None:
    import doctest

    import regionrad._case_number as module

    failures, tried = doctest.testmod(module)
    assert tried > 0 and failures == 0


def next_cases() -> List[Dict[str, Any]]:
    cases: List[Dict[str, Any]] = load("case_numbers/next.json")["cases"]
    return cases


@pytest.mark.parametrize("case", next_cases(), ids=lambda c: c["description"])
@pytest.mark.parametrize("prepared", [False, True], ids=["document", "prepared"])
def test_next_case_number(case: Dict[str, Any], prepared: bool) -> None:
    council_text = document_text(load("case_numbers/next.json")["council"])
    council = regionrad.PreparedCouncil(council_text) if prepared else council_text
    meetings = [document_text(m) for m in case["meetings"]]
    date = datetime.date.fromisoformat(case["date"])
    if "expect" in case:
        number = regionrad.next_case_number(council, meetings, case["body"], date)
        for key, want in case["expect"].items():
            assert getattr(number, key) == want, key
    else:
        # Python raises InvalidInputError for misuse and bad input alike.
        with pytest.raises(InvalidInputError):
            regionrad.next_case_number(council, meetings, case["body"], date)
