"""The minutes reader and writer from Python: the shared vectors of fixtures/minutes/ and the
seeds (where ../shared/seeds is present) read as in Rust and node."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import regionrad
from conftest import FIXTURES, document_text, load, read
from regionrad import InvalidInputError

FILES = sorted(p.relative_to(FIXTURES).as_posix() for p in (FIXTURES / "minutes").glob("*.json"))
SEEDS = FIXTURES.parent.parent / "shared" / "seeds"
GOLDENS = [
    ("000_d878fcb9e3f002b8.txt", "meetings/2021-03-05-kdu.json"),
    ("002_5bf35c0e7693fa5c.txt", "meetings/2021-11-05-kdu.json"),
    ("001_05375f09446a7c27.txt", "meetings/2023-01-20-kdu.json"),
]


def test_the_vectors_are_there() -> None:
    assert len(FILES) >= 3


@pytest.mark.parametrize("fixture", FILES)
def test_minutes_vector(fixture: str) -> None:
    case = load(fixture)
    council = None if case["council"] is None else document_text(case["council"])
    minutes = regionrad.read_minutes(read(case["text"]["$ref"]), council)
    assert minutes.meeting == case["expect"]["meeting"]
    assert [{"code": f.code, "path": list(f.path)} for f in minutes.report] == case["expect"]["findings"]
    again = regionrad.read_minutes(regionrad.write_minutes(minutes.meeting, council), council)
    assert again.unplaced == minutes.unplaced
    for block, before in zip(again.meeting.get("unplaced", []), minutes.meeting.get("unplaced", [])):
        block["span"] = before["span"]
    assert again.meeting == minutes.meeting


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not here")
@pytest.mark.parametrize("seed,golden", GOLDENS)
def test_each_seed_reads_as_its_golden_meeting(seed: str, golden: str) -> None:
    council = read("councils/trondelag-sorvest.json")
    minutes = regionrad.read_minutes((SEEDS / seed).read_text(encoding="utf-8"), council, lang="en")
    assert minutes.meeting == load(golden)
    assert minutes.report.ok and len(minutes.report) == 0


def test_spans_and_unplaced_text() -> None:
    minutes = regionrad.read_minutes(read("minutes/rr-2022-06-10-prose.txt"), read("councils/trondelag-sorvest.json"))
    assert minutes.unplaced == ("Møteleder: Kristin F. Strømskag",)
    span = minutes.span_of("date")
    assert span is not None and (span.start_line, span.start_column) == (3, 7)
    finding = minutes.report.findings[0]
    assert finding.code == "minutes.unplaced" and finding.span is not None and finding.span.start_line == 6


def test_what_cannot_be_written_to_read_back_is_refused_naming_the_field() -> None:
    meeting = regionrad.read_minutes("Referat\n\nUtvalg: RR\nDato: 10.06.22\n\nRR 1/22 Godkjenning\n\nVedtak: Godkjent.\n").meeting
    # A line break in a title would begin a line that reads as an item of its own.
    meeting["agenda"][0]["title"] = "Godkjenning\u2028RR 2/22 Innskutt sak"
    with pytest.raises(InvalidInputError, match=r"^meeting: agenda\[0\]\.title ") as refused:
        regionrad.write_minutes(meeting, lang="en")
    assert refused.value.code == "invalid_input"
    meeting["agenda"][0]["title"] = "Godkjenning"
    meeting["title"] = "```"
    meeting["agenda"][0]["decision"]["text"] = "Vedtak:\nGodkjent."
    with pytest.raises(InvalidInputError, match=r"^meeting: title "):
        regionrad.write_minutes(meeting)


def test_misuse_raises_and_any_text_reads() -> None:
    with pytest.raises(InvalidInputError, match="^council: "):
        regionrad.read_minutes("Referat", {"id": 1})
    with pytest.raises(InvalidInputError):
        regionrad.read_minutes(b"Referat")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        regionrad.read_minutes("Referat", lang="sv")
    with pytest.raises(InvalidInputError, match="^meeting: "):
        regionrad.write_minutes({"schema_version": 1})
    minutes = regionrad.read_minutes("\x00\t\t\n- \n###")
    assert "minutes.date_not_found" in [f.code for f in minutes.report]
    assert json.loads(json.dumps(minutes.meeting)) == minutes.meeting


def test_redact_meeting() -> None:
    redaction = regionrad.redact_meeting(read("meetings/2021-03-05-kdu.json"))
    meeting = redaction["meeting"]
    assert redaction["counts"]["emails"] > 0
    assert "@" not in json.dumps(meeting)
    assert "email" not in meeting["attendance"][0]
    with pytest.raises(InvalidInputError, match="^meeting: "):
        regionrad.redact_meeting("{}")


def test_the_limits_hold_in_python_as_in_rust() -> None:
    import datetime

    council = read("councils/trondelag-sorvest.json")
    meeting = read("meetings/2023-01-20-kdu.json")
    today = datetime.date(2023, 2, 1)
    report = regionrad.validate(council, [meeting + " " * (8 * 1024 * 1024)], today=today)
    assert [(f.code, f.params["max"]) for f in report] == [("input.too_large", 8 * 1024 * 1024)]
    report = regionrad.validate(council, ["{}"] * 10001, today=today)
    assert [(f.code, f.params["what"], f.params["count"]) for f in report] == [("input.too_many", "meetings", 10001)]
    minutes = regionrad.read_minutes("x" * (8 * 1024 * 1024 + 1))
    assert [f.code for f in minutes.report] == ["input.too_large"]


@pytest.mark.parametrize("version", ["0", "2", "-0"])
def test_a_meeting_of_another_schema_version_is_refused(version: str) -> None:
    text = read("meetings/2023-01-20-kdu.json").replace('"schema_version": 1', f'"schema_version": {version}')
    for call in (regionrad.write_minutes, regionrad.redact_meeting):
        with pytest.raises(InvalidInputError, match="schema_version"):
            call(text)
        if version != "-0":
            with pytest.raises(InvalidInputError, match="schema_version"):
                call(json.loads(text))
