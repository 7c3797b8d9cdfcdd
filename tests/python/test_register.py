"""The follow-up register over fixtures/followups/ gives the same entries in Python."""

from __future__ import annotations

import datetime
from itertools import groupby

import pytest

import regionrad
from conftest import FIXTURES, document_text, load
from regionrad import InvalidInputError

FILES = sorted(p.relative_to(FIXTURES).as_posix() for p in (FIXTURES / "followups").glob("*.json"))


def test_the_fixtures_are_there() -> None:
    assert len(FILES) >= 3


@pytest.mark.parametrize("fixture", FILES)
def test_register(fixture: str) -> None:
    case = load(fixture)
    register = regionrad.register(
        document_text(case["council"]),
        [document_text(m) for m in case["meetings"]],
        as_of=datetime.date.fromisoformat(case["as_of"]),
    )
    groups = [(key, list(entries)) for key, entries in groupby(register, key=lambda e: (e.responsible, e.body))]
    assert [k for k, _ in groups] == [(g["responsible"], g["body"]) for g in case["expect"]["groups"]]
    for (_, entries), want in zip(groups, case["expect"]["groups"]):
        assert len(entries) == len(want["entries"])
        for entry, w in zip(entries, want["entries"]):
            assert entry.origin_number == w["origin_number"]
            assert entry.action.startswith(w["action_starts"])
            assert entry.deadline == (None if w["deadline"] is None else datetime.date.fromisoformat(w["deadline"]))
            assert entry.overdue == w["overdue"]
            assert len(entry.history) == w["history"]
    if "closed" in case["expect"]:
        assert len(register.closed) == len(case["expect"]["closed"])
        for entry, w in zip(register.closed, case["expect"]["closed"]):
            assert entry.origin_number == w["origin_number"]
            assert entry.action.startswith(w["action_starts"])
            assert [c["number"] for c in entry.closed_by] == w["closed_by"]
            assert not entry.overdue and entry.status == "open"


def test_register_as_a_frame() -> None:
    pandas = pytest.importorskip("pandas", reason="pandas is an optional dependency")
    case = load("followups/register-seeds-2023.json")
    register = regionrad.register(document_text(case["council"]), [document_text(m) for m in case["meetings"]], as_of=datetime.date(2023, 2, 1))
    frame = register.to_pandas()
    assert isinstance(frame, pandas.DataFrame) and len(frame) == len(register) == 17
    assert int(frame["overdue"].sum()) == len(register.overdue) == 5


def test_misuse_raises_invalid_input() -> None:
    with pytest.raises(InvalidInputError):
        regionrad.register("{}", [], as_of="2023-02-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        regionrad.register("{", [], as_of=datetime.date(2023, 2, 1))


def test_a_meeting_of_year_zero_is_bad_input_not_a_crash() -> None:
    case = load("followups/register-seeds-2023.json")
    meeting = load("meetings/2023-01-20-kdu.json")
    meeting["date"] = "0000-01-01"
    with pytest.raises(InvalidInputError, match="0000-01-01"):
        regionrad.register(document_text(case["council"]), [meeting], as_of=datetime.date(2023, 2, 1))
    text = "Referat\n\nDato: 01.01.0000\n\nKDU 1/23 Orientering\n\nVedtak: Tatt til orientering.\n"
    assert "minutes.date_not_found" in [f.code for f in regionrad.read_minutes(text).report]
