"""Malformed input to every public function of the package: each call returns (a report
with findings, or a value) or raises a `RegionradError` (an `OSError` too where the argument
is a file's path); never a panic from the native module, never another exception."""

from __future__ import annotations

import datetime
import inspect
from typing import Any, Dict, List, Tuple

import pytest

import regionrad
from conftest import FIXTURES, load, read

COUNCIL = load("councils/trondelag-sorvest.json")
MEETING = load("meetings/2021-11-05-kdu.json")
COST = load("cost/trondelag-30-70-2023.json")
POPULATION = load("population/ssb-07459-trondelag-sorvest.json")
TODAY = datetime.date(2023, 2, 1)

# Arguments that work, per function: each is replaced in turn by each malformed value.
GOOD: Dict[str, Tuple[Tuple[Any, ...], Dict[str, Any]]] = {
    "validate": ((COUNCIL, [MEETING]), {"today": TODAY, "lang": "en"}),
    "validate_field": ((COUNCIL, MEETING, ["agenda", 0, "number"]), {"today": TODAY, "lang": "en"}),
    "read_minutes": ((read("minutes/rr-2022-06-10-prose.txt"), COUNCIL), {"lang": "nb"}),
    "write_minutes": ((MEETING,), {"lang": "nb"}),
    "redact_meeting": ((MEETING,), {}),
    "parse_case_number": (("KDU 72/21",), {"meeting_date": datetime.date(2021, 11, 5)}),
    "next_case_number": ((COUNCIL, [MEETING], "kdu", datetime.date(2021, 12, 3)), {}),
    "contributions": ((COUNCIL, COST["budget"], POPULATION), {"key": COST["key"], "lang": "nb"}),
    "compare": (({},), {"lang": "en"}),
    "recover_equal_share": (
        (
            [
                {"municipality": "5014", "amount_ore": 10_000_000, "population": 5000},
                {"municipality": "5059", "amount_ore": 20_000_000, "population": 18000},
                {"municipality": "5055", "amount_ore": 15_000_000, "population": 10000},
            ],
        ),
        {},
    ),
    "load_population": ((FIXTURES / "population/ssb/07459-long.csv",), {"format": "csv"}),
    "kroner": ((12345,), {}),
    "format_kroner": ((12345,), {"lang": "en"}),
    "parse_kroner": (("kr 1 234,50",), {}),
    "presence": ((COUNCIL, MEETING), {}),
    "register": ((COUNCIL, [MEETING]), {"as_of": TODAY}),
    "export": ((COUNCIL, [MEETING]), {"to": "popolo"}),
    "bundled_council": ((), {}),
    "bundled_population": ((), {}),
    "PreparedCouncil": ((COUNCIL,), {}),
}

# Arguments that work for each method of a `PreparedCouncil`, as GOOD has them for the
# functions of those names, less the council.
METHODS: Dict[str, Tuple[Tuple[Any, ...], Dict[str, Any]]] = {
    "validate": (([MEETING],), {"today": TODAY, "lang": "en"}),
    "validate_field": ((MEETING, ["agenda", 0, "number"]), {"today": TODAY, "lang": "en"}),
    "presence": ((MEETING,), {}),
    "next_case_number": (([MEETING], "kdu", datetime.date(2021, 12, 3)), {}),
}

DEEP: List[Any] = []
_inner = DEEP
for _ in range(200):
    _inner.append([])
    _inner = _inner[0]

# A dict nested far deeper than Python recurses: refused where the reading reaches the limit.
DEEP_DICT: Dict[str, Any] = {}
_inner_dict = DEEP_DICT
for _ in range(100_000):
    _inner_dict["a"] = {}
    _inner_dict = _inner_dict["a"]

MALFORMED: List[Any] = [
    "\ud800", "KDU 1/2\udfff1", {"schema_version": 1, "council": "\ud800"}, DEEP_DICT,
    None, True, 0, -1, 2**70, float("nan"), float("inf"), "", "{", "[]", "{}", "null",
    "x" * 10_000, "\x00\uffff", b"\xff\xfe", b"{}", [], [None], [[]], {}, {"schema_version": "x"},
    {"schema_version": 99}, {1: 2}, DEEP, object(), datetime.date(2020, 2, 29),
    datetime.datetime(2020, 1, 1, 12, 0), 1.5, {"a": float("nan")},
]

FUNCTIONS = sorted(
    name
    for name in regionrad.__all__
    if inspect.isfunction(getattr(regionrad, name)) or getattr(regionrad, name) is regionrad.PreparedCouncil
)


def test_every_function_has_arguments_that_work() -> None:
    assert len(FUNCTIONS) >= 15
    assert [name for name in FUNCTIONS if name not in GOOD] == []
    for name in FUNCTIONS:
        args, kwargs = GOOD[name]
        getattr(regionrad, name)(*args, **kwargs)


Calls = Dict[str, Tuple[Tuple[Any, ...], Dict[str, Any]]]


def _calls(name: str, good: Calls = GOOD) -> List[Tuple[Tuple[Any, ...], Dict[str, Any]]]:
    args, kwargs = good[name]
    calls = []
    for value in MALFORMED:
        calls.append((tuple(value for _ in args), {k: value for k in kwargs}))
        for at in range(len(args)):
            calls.append((tuple(value if i == at else a for i, a in enumerate(args)), kwargs))
        for key in kwargs:
            calls.append((args, {**kwargs, key: value}))
    return calls


@pytest.mark.parametrize("name", FUNCTIONS)
def test_malformed_input_gives_a_value_or_a_regionrad_error(name: str) -> None:
    function = getattr(regionrad, name)
    allowed: Tuple[type, ...] = (regionrad.RegionradError,)
    if name == "load_population":
        allowed += (OSError,)
    wrong = []
    for args, kwargs in _calls(name):
        try:
            function(*args, **kwargs)
        except allowed:
            pass
        except BaseException as error:  # a native panic is a BaseException
            shown = ", ".join(repr(a)[:40] for a in args)
            wrong.append(f"{name}({shown}, {list(kwargs)}): {type(error).__name__}: {error}"[:300])
    assert wrong == []
    # The module still works.
    assert regionrad.parse_case_number("KDU 72/21").sequence == 72


def test_malformed_input_with_a_prepared_council() -> None:
    prepared = regionrad.PreparedCouncil(COUNCIL)
    calls: List[Tuple[str, Any]] = []
    for value in MALFORMED:
        calls += [
            ("validate", lambda v=value: regionrad.validate(prepared, v, today=TODAY)),
            ("validate", lambda v=value: regionrad.validate(prepared, [v], today=TODAY)),
            ("validate", lambda v=value: regionrad.validate(prepared, [MEETING], today=v)),
            ("validate", lambda v=value: regionrad.validate(prepared, [MEETING], today=TODAY, lang=v)),
            ("presence", lambda v=value: regionrad.presence(prepared, v)),
        ]
    wrong = []
    for name, call in calls:
        try:
            call()
        except regionrad.RegionradError:
            pass
        except BaseException as error:  # a native panic is a BaseException
            wrong.append(f"{name} with a prepared council: {type(error).__name__}: {error}"[:300])
    assert wrong == []


def test_every_method_of_a_prepared_council_has_arguments_that_work() -> None:
    prepared = regionrad.PreparedCouncil(COUNCIL)
    public = sorted(n for n in dir(prepared) if not n.startswith("_") and callable(getattr(prepared, n)))
    assert public == sorted(METHODS)
    for name, (args, kwargs) in METHODS.items():
        getattr(prepared, name)(*args, **kwargs)


@pytest.mark.parametrize("name", sorted(METHODS))
def test_malformed_input_to_a_prepared_councils_methods(name: str) -> None:
    method = getattr(regionrad.PreparedCouncil(COUNCIL), name)
    wrong = []
    for args, kwargs in _calls(name, METHODS):
        try:
            method(*args, **kwargs)
        except regionrad.RegionradError:
            pass
        except BaseException as error:  # a native panic is a BaseException
            shown = ", ".join(repr(a)[:40] for a in args)
            wrong.append(f"PreparedCouncil.{name}({shown}, {list(kwargs)}): {type(error).__name__}: {error}"[:300])
    assert wrong == []


def test_a_lone_surrogate_reads_as_javascript_reads_it() -> None:
    # JavaScript's strings reach the library with each lone surrogate as U+FFFD; so do
    # Python's, in text and inside documents, and the answers are the same.
    text = read("minutes/rr-2022-06-10-prose.txt")
    first_line = text.split("\n", 1)[0]
    with_surrogates = regionrad.read_minutes(text.replace(first_line, first_line + " \ud800 \udfff", 1), COUNCIL)
    replaced = regionrad.read_minutes(text.replace(first_line, first_line + " \ufffd \ufffd", 1), COUNCIL)
    assert with_surrogates.meeting == replaced.meeting
    assert "\ufffd \ufffd" in (with_surrogates.meeting.get("title") or "")
    meeting = dict(MEETING, place="Rådhuset \udc80")
    assert regionrad.write_minutes(meeting) == regionrad.write_minutes(dict(MEETING, place="Rådhuset \ufffd"))
    with pytest.raises(regionrad.CaseNumberError):
        regionrad.parse_case_number("KDU 1/2\udfff1")
