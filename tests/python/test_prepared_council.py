"""A `PreparedCouncil` has the methods JavaScript's has — validate, validate_field, presence
(JavaScript's quorumStatus) and next_case_number — each the module-level function of its
name with the council first: the same parameters, the same answers, the same errors."""

from __future__ import annotations

import datetime
import inspect
import json
from typing import Any, Callable, List, Tuple

import pytest

import regionrad
from conftest import load

COUNCIL = load("councils/trondelag-sorvest.json")
MEETINGS = [load(f"meetings/{name}.json") for name in ["2021-03-05-kdu", "2021-11-05-kdu", "2023-01-20-kdu"]]
TODAY = datetime.date(2023, 2, 1)
METHODS = ["validate", "validate_field", "presence", "next_case_number"]


def outcome(call: Callable[[], Any]) -> Tuple[str, Any]:
    """What a call gives: its answer, or the class and message of what it raised."""
    try:
        return ("answer", call())
    except regionrad.RegionradError as error:
        return (type(error).__name__, str(error))


@pytest.mark.parametrize("name", METHODS)
def test_each_method_takes_the_functions_parameters_less_the_council(name: str) -> None:
    function = inspect.signature(getattr(regionrad, name))
    method = inspect.signature(getattr(regionrad.PreparedCouncil, name))
    (council, *rest) = function.parameters.values()
    (self, *own) = method.parameters.values()
    assert (council.name, self.name) == ("council", "self")
    assert [(p.name, p.kind, p.default) for p in own] == [(p.name, p.kind, p.default) for p in rest]
    assert getattr(regionrad.PreparedCouncil, name).__doc__


def test_validate_gives_what_the_function_gives() -> None:
    prepared = regionrad.PreparedCouncil(COUNCIL)
    cases: List[Tuple[Any, ...]] = [
        (MEETINGS, TODAY, "nb"),
        (MEETINGS, datetime.date(2021, 12, 1), "en"),
        ([json.dumps(MEETINGS[0])], TODAY, "en"),
        ([dict(MEETINGS[1], remote="yes")], TODAY, "nb"),
        ([], TODAY, "nb"),
        (MEETINGS, "2023-02-01", "nb"),  # not a date: the same error
        (MEETINGS, TODAY, "de"),
        ("not a list", TODAY, "nb"),
    ]
    for meetings, today, lang in cases:
        got = outcome(lambda: prepared.validate(meetings, today=today, lang=lang))
        assert got == outcome(lambda: regionrad.validate(COUNCIL, meetings, today=today, lang=lang))
        assert got == outcome(lambda: regionrad.validate(prepared, meetings, today=today, lang=lang))
    assert prepared.validate(MEETINGS, today=TODAY) == regionrad.validate(COUNCIL, MEETINGS, today=TODAY)


def test_validate_field_gives_what_the_function_gives() -> None:
    prepared = regionrad.PreparedCouncil(COUNCIL)
    meeting = dict(MEETINGS[1], remote=1)
    paths: List[Any] = [[], ["agenda"], ["agenda", 0], ("agenda", 0, "number"), ["remote"], ["attendance", 0, "status"], ["no such field"]]
    for path in paths:
        for lang in ("nb", "en"):
            got = outcome(lambda: prepared.validate_field(meeting, path, today=TODAY, lang=lang))
            assert got == outcome(lambda: regionrad.validate_field(COUNCIL, meeting, path, today=TODAY, lang=lang))
    for bad in ["agenda", ["agenda", -1], ["agenda", True], [None], 3]:
        got = outcome(lambda: prepared.validate_field(meeting, bad, today=TODAY))
        assert got[0] == "InvalidArgumentError", bad
        assert got == outcome(lambda: regionrad.validate_field(COUNCIL, meeting, bad, today=TODAY))


def test_validate_field_is_the_meetings_findings_at_and_under_the_path() -> None:
    # The rule: of what validating the one meeting finds, the findings about the meeting
    # whose path begins with the path given.
    # A meeting validated before its date: findings about the date and about the items.
    meeting, before = MEETINGS[1], datetime.date(2021, 11, 1)
    whole = regionrad.validate(COUNCIL, [meeting], today=before, lang="en")
    assert {f.path[:1] for f in whole if f.document == "meeting"} >= {("date",), ("agenda",)}
    paths = [(), ("agenda",), ("agenda", 0), ("agenda", 1, "decision"), ("date",), ("attendance",), ("remote",)]
    for path in paths:
        field = regionrad.validate_field(COUNCIL, meeting, list(path), today=before, lang="en")
        wanted = [f for f in whole if f.document == "meeting" and f.meeting == 0 and f.path[: len(path)] == path]
        assert list(field) == wanted, path
    remote = regionrad.validate_field(COUNCIL, dict(meeting, remote=1), ["remote"], today=TODAY, lang="en")
    assert [(f.code, f.location) for f in remote] == [("input.invalid", "remote")]
    # The council's own findings are not about the field.
    broken = regionrad.PreparedCouncil("{")
    assert [f.document for f in regionrad.validate(broken, [meeting], today=TODAY)][0] == "council"
    assert all(f.document == "meeting" for f in broken.validate_field(meeting, [], today=TODAY))


def test_presence_gives_what_the_function_gives() -> None:
    prepared = regionrad.PreparedCouncil(COUNCIL)
    for meeting in [*MEETINGS, json.dumps(MEETINGS[0]), dict(MEETINGS[0], body="styret"), "{", 42]:
        got = outcome(lambda: list(prepared.presence(meeting)))
        assert got == outcome(lambda: list(regionrad.presence(COUNCIL, meeting)))
    assert isinstance(prepared.presence(MEETINGS[1]), regionrad.Presence)


def test_next_case_number_gives_what_the_function_gives() -> None:
    prepared = regionrad.PreparedCouncil(COUNCIL)
    cases: List[Tuple[Any, str, Any]] = [
        (MEETINGS, "kdu", datetime.date(2021, 12, 3)),
        (MEETINGS, "kdu", datetime.date(2023, 3, 1)),
        ([], "rr", datetime.date(2023, 3, 1)),
        (MEETINGS, "styret", datetime.date(2023, 3, 1)),  # a body the council lacks
        (MEETINGS, "kdu", "2023-03-01"),
        (["{"], "kdu", datetime.date(2023, 3, 1)),
    ]
    for meetings, body, date in cases:
        got = outcome(lambda: prepared.next_case_number(meetings, body, date))
        assert got == outcome(lambda: regionrad.next_case_number(COUNCIL, meetings, body, date))
    assert str(prepared.next_case_number([], "kdu", datetime.date(2023, 3, 1))) == "KDU 1/2023"


def test_a_council_that_does_not_decode_answers_alike_through_its_methods() -> None:
    broken = regionrad.PreparedCouncil("{")
    assert outcome(lambda: broken.validate(MEETINGS, today=TODAY)) == outcome(lambda: regionrad.validate("{", MEETINGS, today=TODAY))
    assert outcome(lambda: broken.presence(MEETINGS[0])) == outcome(lambda: regionrad.presence("{", MEETINGS[0]))
    got = outcome(lambda: broken.next_case_number(MEETINGS, "kdu", TODAY))
    assert got[0] == "InvalidInputError"
    assert got == outcome(lambda: regionrad.next_case_number("{", MEETINGS, "kdu", TODAY))
