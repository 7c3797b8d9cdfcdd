"""Case numbers (saksnummer) as minutes write them, parsed by the same parser as in Rust."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Optional, Union

from . import _native
from ._documents import Document, as_document, as_list
from ._errors import InvalidArgumentError, checked_date

if TYPE_CHECKING:
    from ._council import PreparedCouncil


@dataclass(frozen=True)
class CaseNumber:
    """The parts of a case number. ``year`` is the full year when known (written with four
    digits, or resolved against a meeting date); otherwise ``two_digit_year`` holds it.

    >>> n = parse_case_number("KDU 5 /23", meeting_date=datetime.date(2023, 1, 20))
    >>> n.body, n.sequence, n.year, str(n)
    ('KDU', 5, 2023, 'KDU 5/2023')
    """

    body: Optional[str]
    series: Optional[str]
    sequence: int
    suffix: Optional[str]
    year: Optional[int]
    two_digit_year: Optional[int]
    sub_item: Optional[int]
    canonical: str

    def __str__(self) -> str:
        return self.canonical


def parse_case_number(text: str, *, meeting_date: Optional[datetime.date] = None) -> CaseNumber:
    """Parse a case number in any form real minutes use (``"10/ 21"``, ``"rr sak 8/21"``,
    ``"PS 2015/100"``, ``"sak 06b/2016"``). Raises `CaseNumberError` for other text.

    >>> parse_case_number("12/123")
    Traceback (most recent call last):
    ...
    regionrad._errors.CaseNumberError: not a case number: the year must have two or four digits (at character 4)
    """
    if not isinstance(text, str):
        raise InvalidArgumentError(f"text must be a str, not {type(text).__name__}")
    if meeting_date is not None:
        meeting_date = checked_date(meeting_date, "meeting_date")
    return CaseNumber(**_native.parse_case_number(text, None if meeting_date is None else meeting_date.isoformat()))


def next_case_number(
    council: Union[Document, "PreparedCouncil"],
    meetings: Iterable[Document],
    body: str,
    date: datetime.date,
) -> CaseNumber:
    """The next free case number of the council's body ``body`` (its id) for a meeting on
    ``date``, given the body's meetings so far: one past the highest number it used that
    year, with its prefix. ``council`` is a document or a `PreparedCouncil`. Raises
    `InvalidArgumentError` for a body the council does not have, `InvalidInputError` for a
    document that does not decode.

    >>> import regionrad
    >>> str(next_case_number(regionrad.bundled_council(), [], "kdu", datetime.date(2023, 3, 1)))
    'KDU 1/2023'
    """
    from ._council import answer

    if not isinstance(body, str):
        raise InvalidArgumentError(f"body must be a str, not {type(body).__name__}")
    date = checked_date(date, "date")
    documents = [as_document(m, f"meetings[{i}]") for i, m in enumerate(as_list(meetings, "meetings"))]
    return CaseNumber(**answer(council, "next_case_number", documents, body, date.isoformat()))
