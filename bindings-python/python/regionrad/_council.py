"""Checking meetings against their council: `validate`, `validate_field` for one field of a
meeting as a form is filled in, and `PreparedCouncil`, a council decoded and checked once
for the calls that take a council."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Iterable, List, Sequence, Union

from . import _native
from ._documents import Document, as_document, as_list
from ._errors import InvalidArgumentError, checked_date, checked_lang, shown
from ._report import PathSegment, Report

if TYPE_CHECKING:
    from ._case_number import CaseNumber
    from ._quorum import Presence


class PreparedCouncil:
    """A council decoded and checked once, for validating many meetings against it (a
    service, a form, or a notebook that holds one council). Pass it to `validate`,
    `validate_field`, `presence` or `next_case_number` in place of the council document, or
    call its methods of those names: the answer is exactly the one the document gives,
    without decoding and checking the council again on every call. (JavaScript's
    ``PreparedCouncil`` has the same methods: ``validate``, ``validateField``,
    ``quorumStatus`` — here `presence` — and ``nextCaseNumber``.)

    >>> import datetime, regionrad
    >>> council = regionrad.PreparedCouncil(regionrad.bundled_council())
    >>> council.validate([], today=datetime.date(2023, 2, 1)).ok
    True
    >>> str(council.next_case_number([], "kdu", datetime.date(2023, 3, 1)))
    'KDU 1/2023'
    """

    __slots__ = ("_native",)

    def __init__(self, council: Document) -> None:
        self._native = _native.PreparedCouncil(as_document(council, "council"))

    def validate(self, meetings: Iterable[Document], *, today: datetime.date, lang: str = "nb") -> Report:
        """As `validate` with this council: ``validate(self, meetings, today=today, lang=lang)``."""
        return validate(self, meetings, today=today, lang=lang)

    def validate_field(
        self, meeting: Document, path: Sequence[PathSegment], *, today: datetime.date, lang: str = "nb"
    ) -> Report:
        """As `validate_field` with this council:
        ``validate_field(self, meeting, path, today=today, lang=lang)``."""
        return validate_field(self, meeting, path, today=today, lang=lang)

    def presence(self, meeting: Document) -> Presence:
        """As `presence` with this council: ``presence(self, meeting)``."""
        from ._quorum import presence  # here, not above: _quorum imports this module

        return presence(self, meeting)

    def next_case_number(self, meetings: Iterable[Document], body: str, date: datetime.date) -> CaseNumber:
        """As `next_case_number` with this council: ``next_case_number(self, meetings, body, date)``."""
        from ._case_number import next_case_number  # here, not above: it imports this module

        return next_case_number(self, meetings, body, date)


def answer(council: Union[Document, PreparedCouncil], call: str, *args: Any) -> Any:
    """The native answer to ``call`` about ``council``: a `PreparedCouncil`'s own method of
    that name (the council decoded once), or the native function of that name with the
    council first. What the native side refuses (a document that does not decode, a body the
    council does not have) it raises as the `RegionradError` of its code."""
    if isinstance(council, PreparedCouncil):
        return getattr(council._native, call)(*args)
    return getattr(_native, call)(as_document(council, "council"), *args)


def validate(
    council: Union[Document, PreparedCouncil],
    meetings: Iterable[Document],
    *,
    today: datetime.date,
    lang: str = "nb",
) -> Report:
    """Check a council (a document, or a `PreparedCouncil`) and meetings of its bodies as of
    ``today``.

    Problems in the documents, including ones that do not decode, are findings in the
    report; only misuse (``today`` not a date, an unknown ``lang``) raises
    `InvalidArgumentError`.
    """
    meetings = as_list(meetings, "meetings")
    today = checked_date(today, "today")
    lang = checked_lang(lang)
    documents = [as_document(m, f"meetings[{i}]") for i, m in enumerate(meetings)]
    return Report._from_wire(answer(council, "validate", documents, today.isoformat(), lang))


def validate_field(
    council: Union[Document, PreparedCouncil],
    meeting: Document,
    path: Sequence[PathSegment],
    *,
    today: datetime.date,
    lang: str = "nb",
) -> Report:
    """The findings about one field of ``meeting`` and what lies under it, for checking a
    form as it is filled in: ``path`` leads to the field as a finding's ``path`` does
    (``("agenda", 2, "number")``; ``()`` for the whole meeting). The whole meeting is
    checked against ``council`` (a document, or a `PreparedCouncil`) as of ``today``, for a
    field can be wrong because of another; the report holds the meeting's findings at or
    under ``path``, not the council's. Misuse raises `InvalidArgumentError`, as `validate`
    does, and for a path that is not a list of field names (str) and indices (int ≥ 0).

    >>> import datetime, regionrad
    >>> meeting = {"schema_version": 1, "council": "trondelag-sorvest", "body": "kdu",
    ...            "date": "2023-01-20", "remote": 1, "attendance": [], "agenda": []}
    >>> report = regionrad.validate_field(regionrad.bundled_council(), meeting, ["remote"],
    ...                                   today=datetime.date(2023, 2, 1), lang="en")
    >>> [(f.code, f.location) for f in report]
    [('input.invalid', 'remote')]
    """
    segments: List[PathSegment] = as_list(path, "path")
    for at, segment in enumerate(segments):
        if isinstance(segment, bool) or not isinstance(segment, (str, int)) or (isinstance(segment, int) and segment < 0):
            raise InvalidArgumentError(
                f"path[{at}] must be a field name (str) or an index (int ≥ 0), not {shown(segment)}"
            )
    today = checked_date(today, "today")
    lang = checked_lang(lang)
    document = as_document(meeting, "meeting")
    return Report._from_wire(answer(council, "validate_field", document, segments, today.isoformat(), lang))
