"""regionrad: meetings and money of Norwegian inter-municipal political councils.

The same rules as the Rust library and the WebAssembly package, for notebooks and scripts.

>>> import datetime, regionrad
>>> council = {"schema_version": 1, "id": "demo", "name": "Demo", "municipalities": [],
...            "bodies": [{"id": "au", "name": "AU", "kind": "elected", "seats": 3, "members": []}]}
>>> meeting = {"schema_version": 1, "council": "demo", "body": "au", "date": "2023-01-20",
...            "remote": 1, "attendance": [], "agenda": []}
>>> report = regionrad.validate(council, [meeting], today=datetime.date(2023, 2, 1), lang="en")
>>> [(f.code, f.location) for f in report]
[('input.invalid', 'remote')]
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from typing import Any, Iterable, List, Mapping, Optional, Tuple, Union

from . import _native
from ._case_number import CaseNumber, parse_case_number
from ._cost import (
    Comparison,
    Contribution,
    Contributions,
    Recovery,
    compare,
    contributions,
    format_kroner,
    kroner,
    load_population,
    recover_equal_share,
)
from ._errors import CaseNumberError, InvalidInputError, RegionradError, ValidationError
from ._report import Finding, Report, Span

__all__ = [
    "SCHEMA_VERSION",
    "CaseNumber",
    "CaseNumberError",
    "Comparison",
    "Contribution",
    "Contributions",
    "compare",
    "Recovery",
    "contributions",
    "format_kroner",
    "kroner",
    "load_population",
    "recover_equal_share",
    "Finding",
    "InvalidInputError",
    "ItemPresence",
    "Register",
    "RegisterEntry",
    "RegionradError",
    "Report",
    "Span",
    "ValidationError",
    "parse_case_number",
    "presence",
    "register",
    "validate",
]

__version__: str = _native.__version__
SCHEMA_VERSION: int = _native.SCHEMA_VERSION

Document = Union[str, bytes, Mapping[str, Any]]
"""A document: JSON text, or the decoded JSON as a dict."""


def _text(document: Document, what: str) -> str:
    # Every document goes to the core as JSON text, so that decoding is exactly as strict as
    # in Rust and JavaScript: json.dumps keeps True and 1 apart.
    if isinstance(document, str):
        return document
    if isinstance(document, bytes):
        try:
            return document.decode("utf-8")
        except UnicodeDecodeError as error:
            raise InvalidInputError(f"{what} is not UTF-8: {error}") from None
    if isinstance(document, Mapping):
        try:
            return json.dumps(document, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError) as error:
            raise InvalidInputError(f"{what} cannot be encoded as JSON: {error}") from None
    raise InvalidInputError(f"{what} must be JSON text or a dict, not {type(document).__name__}")


@dataclass(frozen=True)
class ItemPresence:
    """Who counted for one agenda item: voting members (and substitutes in their seats)
    present and not disqualified, those present for an unspecified part of the meeting,
    those absent, and the municipalities represented."""

    item: int
    number: Optional[str]
    present_voting: Tuple[str, ...]
    uncertain: Tuple[str, ...]
    absent: Tuple[str, ...]
    disqualified: Tuple[str, ...]
    municipalities_present: Tuple[str, ...]


def presence(council: Document, meeting: Document) -> List[ItemPresence]:
    """Who was there for each item of ``meeting``. Raises `InvalidInputError` when a
    document does not decode or names a body the council does not have."""
    try:
        wire = json.loads(_native.presence(_text(council, "council"), _text(meeting, "meeting")))
    except ValueError as error:
        raise InvalidInputError(str(error)) from None
    return [
        ItemPresence(
            item=row["item"],
            number=row["number"],
            present_voting=tuple(row["present_voting"]),
            uncertain=tuple(row["uncertain"]),
            absent=tuple(row["absent"]),
            disqualified=tuple(row["disqualified"]),
            municipalities_present=tuple(row["municipalities_present"]),
        )
        for row in wire
    ]


@dataclass(frozen=True)
class RegisterEntry:
    """One open follow-up: who, which body's decision, what, by when, and what took it up."""

    responsible: str
    body: str
    action: str
    deadline: Optional[datetime.date]
    overdue: bool
    origin_date: datetime.date
    origin_number: Optional[str]
    origin_title: str
    due: Optional[Mapping[str, Any]]
    history: Tuple[Mapping[str, Any], ...]


@dataclass(frozen=True)
class Register:
    """The register of open follow-ups (restanseliste) as of a date: entries grouped by who
    follows up and by body, overdue first."""

    as_of: datetime.date
    entries: Tuple[RegisterEntry, ...]

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Any:
        return iter(self.entries)

    @property
    def overdue(self) -> Tuple[RegisterEntry, ...]:
        return tuple(e for e in self.entries if e.overdue)

    def to_pandas(self) -> Any:
        """One row per follow-up (pandas is an optional dependency)."""
        try:
            import pandas
        except ImportError:
            raise ImportError("to_pandas() needs pandas: pip install pandas") from None
        rows = [{k: v for k, v in e.__dict__.items() if k not in ("due", "history")} | {"history": len(e.history)} for e in self.entries]
        return pandas.DataFrame.from_records(rows)


def register(council: Document, meetings: Iterable[Document], *, as_of: datetime.date) -> Register:
    """The open follow-ups decided in ``meetings`` by ``as_of``, grouped by who follows up and
    by body, overdue first, each with its origin and the later cases that took it up.
    Raises `InvalidInputError` when a document does not decode."""
    if not isinstance(as_of, datetime.date) or isinstance(as_of, datetime.datetime):
        raise InvalidInputError(f"as_of must be a datetime.date, not {type(as_of).__name__}")
    texts = [_text(m, f"meetings[{i}]") for i, m in enumerate(meetings)]
    try:
        wire = json.loads(_native.register(_text(council, "council"), texts, as_of.isoformat()))
    except ValueError as error:
        raise InvalidInputError(str(error)) from None
    date = datetime.date.fromisoformat
    return Register(
        as_of=date(wire["as_of"]),
        entries=tuple(
            RegisterEntry(
                responsible=group["responsible"],
                body=group["body"],
                action=e["action"],
                deadline=None if e["deadline"] is None else date(e["deadline"]),
                overdue=e["overdue"],
                origin_date=date(e["origin"]["date"]),
                origin_number=e["origin"]["number"],
                origin_title=e["origin"]["title"],
                due=e["due"],
                history=tuple(e["history"]),
            )
            for group in wire["groups"]
            for e in group["entries"]
        ),
    )


def validate(
    council: Document,
    meetings: Iterable[Document],
    *,
    today: datetime.date,
    lang: str = "nb",
) -> Report:
    """Check a council and meetings of its bodies as of ``today``.

    Problems in the documents, including ones that do not decode, are findings in the
    report; only misuse (``today`` not a date, an unknown ``lang``) raises
    `InvalidInputError`.
    """
    if isinstance(meetings, (str, bytes, Mapping)):
        raise InvalidInputError("meetings must be a list of documents, not one document")
    if not isinstance(today, datetime.date) or isinstance(today, datetime.datetime):
        raise InvalidInputError(f"today must be a datetime.date, not {type(today).__name__}")
    if lang not in ("nb", "en"):
        raise InvalidInputError(f"lang must be 'nb' or 'en', not {lang!r}")
    texts = [_text(m, f"meetings[{i}]") for i, m in enumerate(meetings)]
    try:
        wire = _native.validate(_text(council, "council"), texts, today.isoformat(), lang)
    except ValueError as error:
        raise InvalidInputError(str(error)) from None
    return Report._from_wire(json.loads(wire))
