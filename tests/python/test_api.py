"""The Python API: dates in, strict decoding (True is not 1), typed exceptions, results."""

from __future__ import annotations

import datetime
import doctest

import pytest

import regionrad
from conftest import FIXTURES, document_text, load, read
from regionrad import InvalidInputError, RegionradError, ValidationError

COUNCIL = load("councils/trondelag-sorvest.json")
MEETING = load("meetings/2021-11-05-kdu.json")
TODAY = datetime.date(2021, 11, 6)  # after the meeting, before its first deadline


def test_golden_meeting_has_no_errors() -> None:
    report = regionrad.validate(COUNCIL, [MEETING], today=TODAY)
    # Only the infos that the quorum depends on Ingvill Kvernmo, there for part of it.
    assert report.ok and {f.code for f in report} == {"quorum.uncertain"}
    report.raise_for_errors()


def test_nynorsk_is_a_language_of_its_own() -> None:
    nb, nn = (regionrad.validate(COUNCIL, [MEETING], today=TODAY, lang=lang) for lang in ("nb", "nn"))
    assert [(f.code, f.path) for f in nn] == [(f.code, f.path) for f in nb]
    # The same quorum findings, in words of their own, citing the act as nynorsk names it.
    assert {f.legal_basis for f in nn} == {"kommunelova § 11-9"}
    assert all(a.message != b.message for a, b in zip(nn, nb))
    with pytest.raises(regionrad.InvalidArgumentError, match="'nb', 'nn' or 'en'"):
        regionrad.validate(COUNCIL, [MEETING], today=TODAY, lang="no")


def test_dicts_text_and_bytes_give_the_same_report() -> None:
    text = read("meetings/2021-11-05-kdu.json")
    reports = [regionrad.validate(COUNCIL, [meeting], today=TODAY) for meeting in (MEETING, text, text.encode("utf-8"))]
    assert reports[0] == reports[1] == reports[2] and reports[0].ok


@pytest.mark.parametrize("value, ok", [(True, True), (False, True), (1, False), (0, False), ("true", False), (None, False)])
def test_booleans_are_strict(value: object, ok: bool) -> None:
    meeting = dict(MEETING, remote=value)
    report = regionrad.validate(COUNCIL, [meeting], today=TODAY)
    if ok:
        assert report.ok and all(f.severity == "info" for f in report)
    else:
        assert [(f.code, f.path) for f in report] == [("input.invalid", ("remote",))]


def test_findings_carry_place_message_and_params() -> None:
    meeting = dict(MEETING, date="2021-11-08")
    report = regionrad.validate(COUNCIL, [meeting], today=TODAY, lang="en")
    (finding,) = [f for f in report if f.code != "quorum.uncertain"]
    assert finding.code == "meeting.date_after_today"
    assert finding.severity == "warning" and report.ok
    assert finding.document == "meeting" and finding.meeting == 0
    assert finding.path == ("date",) and finding.location == "date"
    assert finding.params == {"date": "2021-11-08", "today": "2021-11-06"}
    assert finding.message == "The meeting date 2021-11-08 is after today, 2021-11-06"
    assert "meeting.date_after_today" in report._repr_html_()


def test_errors_raise_validation_error_with_the_findings() -> None:
    meeting = dict(MEETING, body="styret")
    report = regionrad.validate(COUNCIL, [meeting], today=TODAY)
    with pytest.raises(ValidationError) as raised:
        report.raise_for_errors()
    assert [f.code for f in raised.value.findings if f.severity == "error"] == ["meeting.unknown_body"]
    assert isinstance(raised.value, RegionradError) and isinstance(raised.value, ValueError)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"today": "2021-11-06"},
        {"today": datetime.datetime(2021, 11, 6, 12, 0)},
        {"today": TODAY, "lang": "sv"},
    ],
)
def test_misuse_raises_invalid_input(kwargs: dict) -> None:
    with pytest.raises(InvalidInputError):
        regionrad.validate(COUNCIL, [MEETING], **kwargs)


def test_documents_of_the_wrong_type_raise_invalid_input() -> None:
    with pytest.raises(InvalidInputError):
        regionrad.validate(COUNCIL, MEETING, today=TODAY)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        regionrad.validate(42, [MEETING], today=TODAY)  # type: ignore[arg-type]
    # A value no JSON can hold, in a document given as a dict, is a bad value like any other.
    report = regionrad.validate(COUNCIL, [{**MEETING, "date": float("nan")}], today=TODAY)
    assert [(f.code, f.path) for f in report.errors] == [("input.invalid", ("date",))]
    assert "floating point `NaN`" in report.errors[0].message


def test_text_that_is_not_json_is_a_finding_not_an_exception() -> None:
    report = regionrad.validate("{", ["not json"], today=TODAY)
    assert [(f.code, f.document, f.path) for f in report] == [
        ("input.invalid", "council", ()),
        ("input.invalid", "meeting", ()),
    ]
    assert report.findings[0].span is not None


def test_module_docstring_examples_run() -> None:
    failures, tried = doctest.testmod(regionrad, raise_on_error=False)
    assert tried > 0 and failures == 0
    import regionrad._cost as cost_module
    import regionrad._council as council_module
    import regionrad._report as report_module

    for module in (report_module, cost_module, council_module):
        failures, tried = doctest.testmod(module, raise_on_error=False)
        assert tried > 0 and failures == 0, module.__name__


def test_bundled_council_and_population() -> None:
    council = regionrad.bundled_council()
    assert council == COUNCIL
    population = regionrad.bundled_population()
    assert population == load("population/ssb-07459-trondelag-sorvest.json")


def test_findings_as_a_frame() -> None:
    pandas = pytest.importorskip("pandas", reason="pandas is an optional dependency")
    report = regionrad.validate(COUNCIL, [MEETING], today=TODAY)
    frame = report.to_pandas()
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame["code"].unique()) == ["quorum.uncertain"] and len(frame) == 7
    assert list(frame.columns) == ["code", "severity", "document", "meeting", "path", "message", "legal_basis"]


def test_presence_per_item_of_a_seed_meeting() -> None:
    items = regionrad.presence(COUNCIL, MEETING)
    assert len(items) == len(MEETING["agenda"])
    first = items[0]
    assert len(first.present_voting) == 5 and first.uncertain == ("Ingvill Kvernmo",)
    assert sorted(first.absent) == ["Emil Raaen", "Håvard Sagli", "Per Ø. Sundell"]
    with pytest.raises(InvalidInputError):
        regionrad.presence(COUNCIL, dict(MEETING, body="styret"))
    frame = items.to_pandas()
    assert list(frame["present"]) == [5] * len(items) and frame.loc[0, "uncertain_names"] == "Ingvill Kvernmo"
    assert "<table" in items._repr_html_()


def test_a_prepared_council_gives_the_report_the_document_gives() -> None:
    import json

    prepared = regionrad.PreparedCouncil(COUNCIL)
    for meetings in ([MEETING], [json.dumps(MEETING)], [{**MEETING, "remote": "yes"}], []):
        for _ in range(2):
            got = regionrad.validate(prepared, meetings, today=TODAY, lang="en")
            assert got == regionrad.validate(COUNCIL, meetings, today=TODAY, lang="en")
    # A council that does not decode: its finding in every report, as from the document.
    # Presence per item too.
    assert list(regionrad.presence(prepared, MEETING)) == list(regionrad.presence(COUNCIL, MEETING))
    broken = regionrad.PreparedCouncil("{")
    with pytest.raises(InvalidInputError, match="council"):
        regionrad.presence(broken, MEETING)
    report = regionrad.validate(broken, [MEETING], today=TODAY)
    assert [(f.code, f.document) for f in report] == [("input.invalid", "council")]
    with pytest.raises(InvalidInputError):
        regionrad.PreparedCouncil(42)  # type: ignore[arg-type]


def test_each_error_code_of_the_library_is_one_exception_class() -> None:
    from regionrad import CaseNumberError, InvalidArgumentError, _native

    classes = dict(_native.error_classes())
    assert classes == {
        "invalid_argument": "InvalidArgumentError",
        "invalid_input": "InvalidInputError",
        "invalid_case_number": "CaseNumberError",
    }
    for code, name in classes.items():
        assert getattr(regionrad, name).code == code
    # Each raised where the library refuses a call, as the class of its code.
    raised = []
    for call in (
        lambda: regionrad.next_case_number(COUNCIL, [], "styret", datetime.date(2023, 3, 1)),
        lambda: regionrad.register("{", [], as_of=TODAY),
        lambda: regionrad.parse_case_number("12/"),
    ):
        with pytest.raises(RegionradError) as error:
            call()
        raised.append((type(error.value), error.value.code))
    assert raised == [
        (InvalidArgumentError, "invalid_argument"),
        (InvalidInputError, "invalid_input"),
        (CaseNumberError, "invalid_case_number"),
    ]


def test_a_document_given_as_a_dict_is_read_as_strictly_as_its_text() -> None:
    import json

    for change in ({"remote": 1}, {"remote": "yes"}, {"schema_version": True}, {"date": "2021-11-5"}):
        meeting = {**MEETING, **change}
        (field,) = change
        as_dict = regionrad.validate(COUNCIL, [meeting], today=TODAY)
        as_text = regionrad.validate(json.dumps(COUNCIL), [json.dumps(meeting)], today=TODAY)
        assert [(f.code, f.path) for f in as_dict.errors] == [("input.invalid", (field,))]
        assert [(f.code, f.path, f.params["detail"]) for f in as_dict.errors] == [
            (f.code, f.path, f.params["detail"]) for f in as_text.errors
        ]
        # Only text has lines and columns to point at.
        assert as_dict.errors[0].span is None and as_text.errors[0].span is not None
    # A tuple is a list, as json.dumps writes it; a set is no JSON value.
    tupled = {**MEETING, "agenda": tuple(MEETING["agenda"])}
    assert regionrad.validate(COUNCIL, [tupled], today=TODAY).errors == ()
    report = regionrad.validate(COUNCIL, [{**MEETING, "attendance": {1, 2}}], today=TODAY)
    assert [(f.code, f.path) for f in report.errors] == [("input.invalid", ("attendance",))]


def test_a_dict_nested_deeper_than_the_limit_is_refused_unread() -> None:
    deep: object = []
    for _ in range(200_000):  # deeper than any recursion would survive
        deep = [deep]
    report = regionrad.validate(COUNCIL, [{**MEETING, "x": deep}], today=TODAY)
    assert [(f.code, f.params["max"]) for f in report.errors] == [("input.too_deep", 64)]


def test_presence_counts_a_seat_once() -> None:
    case = load("vectors/attendance/seat-filled-twice.json")
    items = regionrad.presence(document_text(case["council"]), case["meetings"][0])
    first = items[0]
    assert first.present_voting == ("Anne Ordfører", "Bjørn Ordfører")
    assert first.seat_already_filled == ("Vara Skaun",)


def test_a_path_is_read_as_a_file_and_text_that_is_a_path_is_refused() -> None:
    import pathlib

    today = datetime.date(2023, 2, 1)
    council_path = FIXTURES / "councils/trondelag-sorvest.json"
    meeting_path = FIXTURES / "meetings/2023-01-20-kdu.json"
    by_path = regionrad.validate(pathlib.Path(council_path), [pathlib.Path(meeting_path)], today=today)
    by_text = regionrad.validate(council_path.read_text(encoding="utf-8"), [meeting_path.read_text(encoding="utf-8")], today=today)
    assert by_path.to_dicts() == by_text.to_dicts()
    with pytest.raises(regionrad.InvalidArgumentError, match="is a path, not JSON text"):
        regionrad.validate(str(council_path), [], today=today)
    with pytest.raises(regionrad.InvalidInputError, match="cannot read"):
        regionrad.PreparedCouncil(pathlib.Path(FIXTURES / "councils/no-such-council.json"))
    # A file without end is read no further than the limit, and refused as too large.
    zero = regionrad.validate(pathlib.Path("/dev/zero"), [], today=today)
    assert [f.code for f in zero.findings] == ["input.too_large"]


def test_dir_shows_the_api_only() -> None:
    shown = dir(regionrad)
    assert set(shown) == set(regionrad.__all__) | {"__version__"}
    assert "PreparedKey" in shown and "validate" in shown
    # What the package uses inside is there, but not shown.
    assert "_native" not in shown and "json" not in shown and "as_document" not in shown
    assert all(hasattr(regionrad, name) for name in shown)
