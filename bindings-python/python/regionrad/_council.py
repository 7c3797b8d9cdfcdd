"""A council decoded and checked once, for the calls that take a council."""

from __future__ import annotations

from . import _native
from ._documents import Document, as_text


class PreparedCouncil:
    """A council decoded and checked once, for validating many meetings against it (a
    service or a notebook that holds one council). Pass it to `validate` or `presence` in
    place of the council document: the answer is exactly the one the document gives,
    without decoding and checking the council again on every call.

    >>> import datetime, regionrad
    >>> council = regionrad.PreparedCouncil(regionrad.bundled_council())
    >>> regionrad.validate(council, [], today=datetime.date(2023, 2, 1)).ok
    True
    """

    __slots__ = ("_native",)

    def __init__(self, council: Document) -> None:
        self._native = _native.PreparedCouncil(as_text(council, "council"))
