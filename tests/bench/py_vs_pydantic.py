"""In one Python run: validate the same meeting documents (JSON text in) with regionrad
(schema and domain rules) and with a pydantic v2 model of the same schema (schema only), and
apportion a budget over 357 municipalities with regionrad and with plain Python's largest
remainder method. Prints medians and ratios (regionrad / peer: below 1 is faster).

    .venv/bin/pip install pydantic && .venv/bin/python tests/bench/py_vs_pydantic.py

Needs the regionrad package (./tests/run.sh installs it into .venv) and pydantic 2.
"""

from __future__ import annotations

import datetime
import json
import statistics
import time
from pathlib import Path
from typing import Callable, Dict, List, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict

import regionrad

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Presence(Strict):
    kind: Literal["whole", "items", "from_item", "until_item", "from_time", "until_time", "days", "unspecified"]
    items: Optional[List[str]] = None
    item: Optional[str] = None
    time: Optional[str] = None
    days: Optional[List[int]] = None


class Attendance(Strict):
    name: str
    title: Optional[str] = None
    municipality: Optional[str] = None
    organisation: Optional[str] = None
    email: Optional[str] = None
    capacity: Literal["member", "substitute", "observer", "staff", "guest"]
    status: Literal["present", "absent_with_notice", "absent"]
    presence: Optional[Presence] = None
    substitute_for: Optional[str] = None
    remote: Optional[bool] = None
    note: Optional[str] = None


class Due(Strict):
    kind: Literal["date", "next_meeting", "meeting", "period"]
    date: Optional[datetime.date] = None
    body: Optional[str] = None
    text: Optional[str] = None
    latest: Optional[datetime.date] = None


class FollowUp(Strict):
    action: str
    responsible: List[str] = []
    due: Optional[Due] = None
    status: Literal["open", "done", "postponed", "dropped"] = "open"
    closed_by: Optional[str] = None


class Reference(Strict):
    number: Optional[str] = None
    body: Optional[str] = None
    kind: Literal["refers_to", "follows_up", "closes", "postpones", "amends"]
    title: Optional[str] = None
    decision_date: Optional[datetime.date] = None


class NamedVote(Strict):
    name: str
    vote: Literal["for", "against", "blank"]


class Decision(Strict):
    kind: Literal["approval", "noted", "substantive", "election", "referral", "postponed"]
    text: str
    unanimous: Optional[bool] = None
    votes: Optional[Dict[str, Union[int, bool, List[NamedVote]]]] = None
    referred_to: Optional[str] = None


class Proposal(Strict):
    kind: Literal["text", "none"]
    text: Optional[str] = None


class SubItem(Strict):
    title: str
    text: Optional[str] = None
    decision: Optional[Decision] = None
    follow_ups: List[FollowUp] = []
    references: List[Reference] = []


class Closure(Strict):
    legal_basis: str
    mandatory: bool = False


class DisqualificationBasis(Strict):
    kind: Literal["fvl_6_first", "fvl_6_second", "fvl_6_third", "kl_11_10_second", "other"]
    letter: Optional[Literal["a", "b", "c", "d", "e"]] = None
    text: Optional[str] = None


class Disqualification(Strict):
    name: str
    legal_basis: DisqualificationBasis


class AgendaItem(Strict):
    number: Optional[str] = None
    title: str
    not_before: Optional[str] = None
    case_officers: List[str] = []
    documents: List[str] = []
    introduction: Optional[str] = None
    background: Optional[str] = None
    assessment: Optional[str] = None
    discussion: Optional[str] = None
    proposal: Optional[Proposal] = None
    decision: Optional[Decision] = None
    follow_ups: List[FollowUp] = []
    references: List[Reference] = []
    sub_items: List[SubItem] = []
    closed: Optional[Closure] = None
    subject: Optional[Literal["budget", "accounts", "annual_report", "statutes", "election", "agreement_change"]] = None
    day: Optional[int] = None
    disqualified: List[Disqualification] = []


class Position(Strict):
    line: int
    column: int


class Span(Strict):
    start: Position
    end: Position


class Unplaced(Strict):
    text: str
    span: Span


class Meeting(Strict):
    schema_version: int
    council: str
    body: str
    title: Optional[str] = None
    date: datetime.date
    end_date: Optional[datetime.date] = None
    start_time: Optional[str] = None
    end_time: Optional[str] = None
    place: Optional[str] = None
    remote: bool = False
    procedure: Literal["meeting", "written"] = "meeting"
    attendance: List[Attendance]
    agenda: List[AgendaItem]
    unplaced: List[Unplaced] = []


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def largest_remainder(total: int, equal_fraction: tuple[int, int], populations: List[int]) -> List[int]:
    """Plain Python: an equal part and a population part, exact integers, largest remainder
    (ties to the larger population, then the earlier municipality)."""
    n, pop_sum = len(populations), sum(populations)
    en, ed = equal_fraction
    # share_i = total * (en/ed / n + (ed-en)/ed * p_i / pop_sum), over one denominator.
    denominator = ed * n * pop_sum
    numerators = [total * (en * pop_sum + (ed - en) * n * p) for p in populations]
    shares = [num // denominator for num in numerators]
    left = total - sum(shares)
    order = sorted(range(n), key=lambda i: (-(numerators[i] % denominator), -populations[i], i))
    for i in order[:left]:
        shares[i] += 1
    return shares


def main() -> None:
    council = (FIXTURES / "councils/trondelag-sorvest.json").read_text(encoding="utf-8")
    meetings = [
        (FIXTURES / f"meetings/{name}.json").read_text(encoding="utf-8")
        for name in ("2021-03-05-kdu", "2021-11-05-kdu", "2023-01-20-kdu")
    ]
    today = datetime.date(2023, 2, 1)
    for text in meetings:  # the model accepts what regionrad accepts
        Meeting.model_validate_json(text)
    repeat = 200
    ours = median_seconds(lambda: [regionrad.validate(council, [m], today=today) for m in meetings], repeat) / len(meetings)
    peer = median_seconds(lambda: [Meeting.model_validate_json(m) for m in meetings], repeat) / len(meetings)
    print(f"validate one meeting document (JSON text in), median of {repeat}:")
    print(f"  regionrad (council + meeting decoded, schema and domain rules): {ours * 1e3:8.3f} ms")
    print(f"  pydantic  (meeting decoded, schema only):                       {peer * 1e3:8.3f} ms")
    batch = median_seconds(lambda: regionrad.validate(council, meetings, today=today), repeat) / len(meetings)
    print(f"  regionrad, the three in one call (council decoded once):        {batch * 1e3:8.3f} ms")
    prepared = regionrad.PreparedCouncil(council)
    held = median_seconds(lambda: [regionrad.validate(prepared, [m], today=today) for m in meetings], repeat) / len(meetings)
    print(f"  regionrad, one meeting with a PreparedCouncil (decoded once):   {held * 1e3:8.3f} ms")
    print(f"  ratio regionrad / pydantic: {ours / peer:.2f}, in one call {batch / peer:.2f}, prepared {held / peer:.2f} (target <= 1.0)")
    council_dict = json.loads(council)
    meeting_dicts = [json.loads(m) for m in meetings]
    ours = median_seconds(lambda: [regionrad.validate(council_dict, [m], today=today) for m in meeting_dicts], repeat) / len(meetings)
    peer = median_seconds(lambda: [Meeting.model_validate(m) for m in meeting_dicts], repeat) / len(meetings)
    print(f"validate one meeting document (dicts in), median of {repeat}:")
    print(f"  regionrad (council + meeting decoded, schema and domain rules): {ours * 1e3:8.3f} ms")
    print(f"  pydantic  (meeting decoded, schema only):                       {peer * 1e3:8.3f} ms")
    print(f"  ratio regionrad / pydantic: {ours / peer:.2f} (target <= 1.0)")

    apportionment()


def per_call(run: Callable[[], object], calls: int, repeat: int) -> float:
    """The median over ``repeat`` runs of ``calls`` calls, per call, after as many calls to
    warm up: for calls of microseconds, where one clock reading per call would be noise."""
    for _ in range(calls):
        run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(calls):
            run()
        times.append((time.perf_counter() - start) / calls)
    return statistics.median(times)


def apportionment() -> None:
    """A realistic council: 357 municipalities of 200 to 700 000 people (most of them small,
    as in Norway), three bodies with members and staff."""
    n = 357
    populations = [int(200 * 3500 ** ((i * 0.6180339887) % 1)) for i in range(n)]
    codes = [f"{1001 + i:04d}" for i in range(n)]
    bodies = [
        {
            "id": body, "name": body.upper(), "kind": "elected", "seats": 30,
            "members": [
                {"name": f"Medlem {body} {j}", "represents": {"municipality": codes[j * 11 % n]}, "role": "politician", "voting": True}
                for j in range(30)
            ],
        }
        for body in ("rr", "au", "kdu")
    ]
    big_council = json.dumps({
        "schema_version": 1, "id": "norge", "name": "Alle kommuner",
        "municipalities": [{"code": c, "name": f"Kommune {c}"} for c in codes],
        "bodies": bodies,
        "staff": [{"name": f"Sekretær {j}", "title": "Rådgiver"} for j in range(5)],
        "cost_keys": [{"name": "30/70", "parts": [{"kind": "equal", "fraction": "3/10"}, {"kind": "population", "fraction": "7/10"}], "population_year": "budget_year"}],
    })
    population = json.dumps({
        "schema_version": 1, "source": "generated", "municipalities": [
            {"code": c, "name": f"Kommune {c}", "population": {"2023": p}} for c, p in zip(codes, populations)
        ],
    })
    total = 123_456_789_01
    budget = json.dumps({"schema_version": 1, "council": "norge", "year": 2023, "total_ore": total})
    split = regionrad.contributions(big_council, budget, population)
    plain = largest_remainder(total, (3, 10), populations)
    assert [row.total_ore for row in split] == plain, "the two implementations disagree"
    prepared = regionrad.PreparedKey(big_council, population, year=2023)
    assert prepared.split(total) == plain, "the prepared key and plain Python disagree"
    peer = per_call(lambda: largest_remainder(total, (3, 10), populations), 100, 21)
    ours = per_call(lambda: regionrad.contributions(big_council, budget, population), 10, 21)
    held = per_call(lambda: prepared.split(total), 1000, 21)
    print(f"apportion a budget over {n} municipalities (30/70, exact to the øre), median of 21 runs:")
    print(f"  plain Python largest remainder (integers only):                 {peer * 1e6:9.1f} µs")
    print(f"  regionrad.contributions (documents decoded, checked, audit rows): {ours * 1e6:9.1f} µs")
    print(f"  regionrad.PreparedKey.split (prepared once, int øre):           {held * 1e6:9.1f} µs")
    print(f"  ratio plain Python / regionrad: contributions {peer / ours:.2f}x, prepared {peer / held:.1f}x (target >= 20x)")
    fractions = [f"{p}/100" for p in range(101)]
    swept = prepared.sweep_equal(total, fractions)
    assert swept[30] == plain and swept[100] == largest_remainder(total, (1, 1), populations)
    peer_sweep = per_call(lambda: [largest_remainder(total, (p, 100), populations) for p in range(101)], 3, 11)
    ours_sweep = per_call(lambda: prepared.sweep_equal(total, fractions), 10, 11)
    print("every equal share from 0 % to 100 % by 1 % (101 splits), median of 11 runs:")
    print(f"  plain Python, one split per key:          {peer_sweep * 1e3:8.3f} ms")
    print(f"  regionrad.PreparedKey.sweep_equal, one call: {ours_sweep * 1e3:8.3f} ms")
    print(f"  ratio plain Python / regionrad: {peer_sweep / ours_sweep:.1f}x")


if __name__ == "__main__":
    main()
