"""The golden documents validate against the generated JSON Schema with a real JSON Schema
validator, and the schema agrees with the strict decoder on what it rejects."""

from __future__ import annotations

import datetime
from typing import Any

import jsonschema
import pytest

import regionrad
from conftest import FIXTURES, load

GOLDEN_MEETINGS = sorted(p.relative_to(FIXTURES).as_posix() for p in (FIXTURES / "meetings").glob("*.json"))


def validator(name: str) -> jsonschema.Draft202012Validator:
    schema = load(f"schema/{name}.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_there_are_three_golden_meetings() -> None:
    assert len(GOLDEN_MEETINGS) == 3


@pytest.mark.parametrize("meeting_file", GOLDEN_MEETINGS)
def test_golden_meeting_matches_schema(meeting_file: str) -> None:
    errors = list(validator("meeting").iter_errors(load(meeting_file)))
    assert errors == []


def test_bundled_council_matches_schema() -> None:
    errors = list(validator("council").iter_errors(load("councils/trondelag-sorvest.json")))
    assert errors == []


def test_report_matches_schema() -> None:
    meeting = load(GOLDEN_MEETINGS[0])
    meeting["remote"] = "yes"
    meeting["end_time"] = "09:00"
    report = regionrad.validate(load("councils/trondelag-sorvest.json"), [meeting, load(GOLDEN_MEETINGS[1])],
                                today=datetime.date(2021, 3, 6))
    wire = {"findings": [
        {k: v for k, v in {
            "code": f.code, "severity": f.severity, "document": f.document, "meeting": f.meeting,
            "path": list(f.path), "message": f.message, "params": dict(f.params), "legal_basis": f.legal_basis,
            "span": None if f.span is None else {"start": {"line": f.span.start_line, "column": f.span.start_column},
                                                 "end": {"line": f.span.end_line, "column": f.span.end_column}},
        }.items() if v is not None}
        for f in report
    ]}
    assert [f.code for f in report if f.code != "quorum.uncertain"] == ["input.invalid", "meeting.date_after_today"]
    assert list(validator("report").iter_errors(wire)) == []


@pytest.mark.parametrize(
    "change, field",
    [
        (("remote", "yes"), "remote"),
        (("remote", 1), "remote"),
        (("date", "2021-02-30"), "date"),
        (("start_time", "25:00"), "start_time"),
        (("colour", "blue"), "colour"),
    ],
)
def test_schema_and_decoder_reject_the_same_bad_input(change: tuple, field: str) -> None:
    meeting = load(GOLDEN_MEETINGS[0])
    key, value = change
    meeting[key] = value
    schema_errors = list(validator("meeting").iter_errors(meeting))
    assert schema_errors, f"schema accepts {change}"
    report = regionrad.validate(load("councils/trondelag-sorvest.json"), [meeting], today=datetime.date(2023, 1, 1))
    assert [(f.code, f.path) for f in report] == [("input.invalid", (field,))]


def _native_results() -> list[tuple[str, Any]]:
    """Every kind of result the library writes, as the native layer hands it over (Python
    objects of the wire format), from documents given as dicts and as JSON text alike."""
    import json

    from regionrad import _native

    council = load("councils/trondelag-sorvest.json")
    population = json.dumps(load("population/ssb-07459-trondelag-sorvest.json"))
    meetings = [load(m) for m in GOLDEN_MEETINGS]
    budget = {"schema_version": 1, "council": "trondelag-sorvest", "year": 2023, "total_ore": 240_000_000}
    key = json.dumps({"name": "30/70", "population_year": "budget_year",
                      "parts": [{"kind": "equal", "fraction": "30%"}, {"kind": "population", "fraction": "70%"}]})
    apportioned = _native.contributions(council, budget, population, key, "en")
    split = apportioned["apportionment"]
    text = (FIXTURES / "minutes" / "rr-2022-06-10-prose.txt").read_text(encoding="utf-8")
    invoiced = [{"municipality": c["municipality"], "amount_ore": c["total_ore"],
                 "population": 10_000 + 1_000 * i} for i, c in enumerate(split["contributions"])]
    return [
        ("report", _native.validate(council, meetings, "2023-02-01", "en")),
        ("apportioned", apportioned),
        ("comparison", _native.compare([{"label": "a", "apportionment": split},
                                        {"label": "b", "apportionment": split}])),
        ("recovery", _native.recover_equal_share(invoiced)),
        ("presence", _native.presence(council, meetings[1])),
        ("register", _native.register(council, meetings, "2023-06-01")),
        ("reading", _native.read_minutes(text, council, "en")),
        ("redaction", _native.redact_meeting(json.dumps(meetings[0]))),
        ("population", _native.parse_population(
            (FIXTURES / "population" / "ssb" / "07459-long.csv").read_text(encoding="utf-8"), "csv")),
    ]


@pytest.mark.parametrize("name, document", _native_results(), ids=[n for n, _ in _native_results()])
def test_every_result_written_matches_its_schema(name: str, document: Any) -> None:
    # The encoder is serde's, from the types' derives, as the schema is: a result that does
    # not validate means the two disagree on a field.
    assert list(validator(name).iter_errors(document)) == []
