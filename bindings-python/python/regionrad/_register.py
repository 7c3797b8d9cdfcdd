"""The register of open follow-ups (restanseliste)."""

from __future__ import annotations

import datetime
import html
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Mapping, Optional, Tuple

from . import _native
from ._documents import Document, as_document, as_list
from ._errors import checked_date
from ._tables import Columns, frame


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
    #: ``open``, ``done``, ``postponed`` or ``dropped``, as the minutes mark it.
    status: str = "open"
    #: The cases that closed it (``number``, and ``date``, ``body``, ``title`` where the
    #: meetings given hold the case); empty for the open ones.
    closed_by: Tuple[Mapping[str, Any], ...] = ()


@dataclass(frozen=True)
class Register:
    """The register of open follow-ups (restanseliste) as of a date: entries grouped by who
    follows up and by body, overdue first."""

    as_of: datetime.date
    entries: Tuple[RegisterEntry, ...]
    #: The follow-ups closed by a case, or marked done or dropped, by when they were decided.
    closed: Tuple[RegisterEntry, ...] = ()

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return (
            f"<Register as of {self.as_of}: {len(self.entries)} open ({len(self.overdue)} overdue), "
            f"{len(self.closed)} closed>"
        )

    def __iter__(self) -> Iterator[RegisterEntry]:
        return iter(self.entries)

    @property
    def overdue(self) -> Tuple[RegisterEntry, ...]:
        return tuple(e for e in self.entries if e.overdue)

    def to_pandas(self) -> Any:
        """One row per open follow-up, numbered from 0: its fields but ``due`` and
        ``closed_by``, with ``history`` the number of later cases that took it up (int64);
        ``deadline`` and ``origin_date`` are `datetime.date` (pandas is an optional
        dependency)."""
        entries = self.entries
        columns: Columns = [
            ("responsible", None, [e.responsible for e in entries]),
            ("body", None, [e.body for e in entries]),
            ("action", None, [e.action for e in entries]),
            ("deadline", "object", [e.deadline for e in entries]),
            ("overdue", "bool", [e.overdue for e in entries]),
            ("origin_date", "object", [e.origin_date for e in entries]),
            ("origin_number", None, [e.origin_number for e in entries]),
            ("origin_title", None, [e.origin_title for e in entries]),
            ("history", "int64", [len(e.history) for e in entries]),
            ("status", None, [e.status for e in entries]),
        ]
        return frame(columns, indexed=False)

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{'⚠' if e.overdue else ''}</td><td>{html.escape(e.responsible)}</td><td>{e.deadline or ''}</td>"
            f"<td>{html.escape(e.origin_number or '')}</td><td>{html.escape(e.action)}</td></tr>"
            for e in self.entries
        )
        return f"<p>Restanseliste per {self.as_of}</p><table><tbody>{rows}</tbody></table>"


def register(council: Document, meetings: Iterable[Document], *, as_of: datetime.date) -> Register:
    """The open follow-ups decided in ``meetings`` by ``as_of``, grouped by who follows up and
    by body, overdue first, each with its origin and the later cases that took it up; and
    apart from them (``closed``) those closed by a case or marked done or dropped.
    Raises `InvalidInputError` when a document does not decode."""
    as_of = checked_date(as_of, "as_of")
    documents = [as_document(m, f"meetings[{i}]") for i, m in enumerate(as_list(meetings, "meetings"))]
    wire = _native.register(as_document(council, "council"), documents, as_of.isoformat())
    date = datetime.date.fromisoformat

    def entry(e: Mapping[str, Any], responsible: str) -> RegisterEntry:
        return RegisterEntry(
            responsible=responsible,
            body=e["origin"]["body"],
            action=e["action"],
            deadline=None if e["deadline"] is None else date(e["deadline"]),
            overdue=e["overdue"],
            origin_date=date(e["origin"]["date"]),
            origin_number=e["origin"]["number"],
            origin_title=e["origin"]["title"],
            due=e["due"],
            history=tuple(e["history"]),
            status=e["status"],
            closed_by=tuple(e["closed_by"]),
        )

    return Register(
        as_of=date(wire["as_of"]),
        entries=tuple(entry(e, group["responsible"]) for group in wire["groups"] for e in group["entries"]),
        closed=tuple(entry(e, ", ".join(e["responsible"])) for e in wire["closed"]),
    )


