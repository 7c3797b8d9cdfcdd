"""A council and its meetings as open data, in a published standard."""

from __future__ import annotations

from typing import Any, Dict, Iterable

from . import _native
from ._documents import Document, as_document, as_list
from ._errors import InvalidArgumentError, shown

STANDARDS = ("popolo",)
"""The standards `export` writes."""


def export(council: Document, meetings: Iterable[Document], *, to: str) -> Dict[str, Any]:
    """The council and ``meetings`` as the standard ``to`` has them, as plain dicts and lists
    ready for `json.dump`. ``"popolo"``: ``organizations`` (the council, its bodies, the
    municipalities and organisations members speak for), ``persons``, ``memberships``, an
    ``events`` entry per meeting with its attendees, and ``motions`` and ``vote_events`` per
    decided item; what Popolo has no property for (presence per item and quorum, how the
    meeting was held) is in properties flagged ``+``. Raises `InvalidInputError` when a
    document does not decode.

    >>> import regionrad
    >>> out = regionrad.export(regionrad.bundled_council(), [], to="popolo")
    >>> out["organizations"][0]["id"], out["events"]
    ('trondelag-sorvest', [])
    """
    if to not in STANDARDS:
        raise InvalidArgumentError(f"to must be one of {', '.join(map(repr, STANDARDS))}, not {shown(to)}")
    documents = [as_document(m, f"meetings[{i}]") for i, m in enumerate(as_list(meetings, "meetings"))]
    result: Dict[str, Any] = _native.export_popolo(as_document(council, "council"), documents)
    return result
