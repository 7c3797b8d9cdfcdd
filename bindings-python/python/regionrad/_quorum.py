"""Who was there for each agenda item, as the quorum rules count them."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any, Iterator, List, Optional, Tuple, Union, overload

from ._council import PreparedCouncil, answer
from ._documents import Document, as_document
from ._tables import Columns, frame, records


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
    #: Substitutes there for a member who was there too: the seat counts once, so they do not.
    seat_already_filled: Tuple[str, ...] = ()


class Presence:
    """Who counted for each item of a meeting: a sequence of `ItemPresence`, with a table
    view for notebooks."""

    def __init__(self, items: List[ItemPresence]) -> None:
        self._items = tuple(items)

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[ItemPresence]:
        return iter(self._items)

    @overload
    def __getitem__(self, index: int) -> ItemPresence: ...

    @overload
    def __getitem__(self, index: slice) -> Tuple[ItemPresence, ...]: ...

    def __getitem__(self, index: Any) -> Any:
        return self._items[index]

    def __repr__(self) -> str:
        return f"Presence({len(self._items)} items)"

    def _columns(self) -> Columns:
        items = self._items
        return [
            ("item", "int64", [p.item for p in items]),
            ("number", None, [p.number for p in items]),
            ("present", "int64", [len(p.present_voting) for p in items]),
            ("uncertain", "int64", [len(p.uncertain) for p in items]),
            ("absent", "int64", [len(p.absent) for p in items]),
            ("disqualified", "int64", [len(p.disqualified) for p in items]),
            ("present_names", None, [", ".join(p.present_voting) for p in items]),
            ("uncertain_names", None, [", ".join(p.uncertain) for p in items]),
            ("absent_names", None, [", ".join(p.absent) for p in items]),
        ]

    def to_records(self) -> List[dict[str, Any]]:
        """One dict per item, with the columns and values of `to_pandas`."""
        return records(self._columns())

    def to_pandas(self) -> Any:
        """One row per item, indexed by ``item`` (its index in the agenda): the number of
        voting members ``present``, ``uncertain`` (there for an unspecified part),
        ``absent`` and ``disqualified`` (int64), and the names of the first three (pandas is
        an optional dependency)."""
        return frame(self._columns())

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{html.escape(r['number'] or '')}</td><td>{r['present']}</td><td>{r['uncertain']}</td><td>{r['absent']}</td></tr>"
            for r in self.to_records()
        )
        return f"<table><thead><tr><th>Sak</th><th>Til stede</th><th>Usikre</th><th>Fraværende</th></tr></thead><tbody>{rows}</tbody></table>"


def presence(council: Union[Document, PreparedCouncil], meeting: Document) -> Presence:
    """Who was there for each item of ``meeting``; ``council`` is a document or a
    `PreparedCouncil`. Raises `InvalidInputError` when a document does not decode or names a
    body the council does not have."""
    wire = answer(council, "presence", as_document(meeting, "meeting"))
    return Presence([
        ItemPresence(
            item=row["item"],
            number=row["number"],
            present_voting=tuple(row["present_voting"]),
            uncertain=tuple(row["uncertain"]),
            absent=tuple(row["absent"]),
            disqualified=tuple(row["disqualified"]),
            municipalities_present=tuple(row["municipalities_present"]),
            seat_already_filled=tuple(row["seat_already_filled"]),
        )
        for row in wire
    ])


