"""A council decoded and checked once, for the calls that take a council."""

from __future__ import annotations

from typing import Any, Union

from . import _native
from ._documents import Document, as_document


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
        self._native = _native.PreparedCouncil(as_document(council, "council"))


def answer(council: Union[Document, PreparedCouncil], call: str, *args: Any) -> Any:
    """The native answer to ``call`` about ``council``: a `PreparedCouncil`'s own method of
    that name (the council decoded once), or the native function of that name with the
    council first. What the native side refuses (a document that does not decode, a body the
    council does not have) it raises as the `RegionradError` of its code."""
    if isinstance(council, PreparedCouncil):
        return getattr(council._native, call)(*args)
    return getattr(_native, call)(as_document(council, "council"), *args)
