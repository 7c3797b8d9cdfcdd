"""Minutes as text: read into a meeting document, and written back as clean minutes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, Optional, Tuple

from . import _native
from ._documents import Document, as_document
from ._errors import InvalidArgumentError, checked_lang, clipped, counted
from ._report import PathSegment, Report, Span


@dataclass(frozen=True)
class FieldSpan:
    """Where a value read from minutes stands in the text."""

    path: Tuple[PathSegment, ...]
    span: Span


@dataclass(frozen=True)
class Minutes:
    """What reading minutes gives: the meeting document, the reader's findings (text it could
    not place, a date it could not find, …) and the span of every value taken."""

    meeting: Dict[str, Any]
    report: Report
    spans: Tuple[FieldSpan, ...]

    def __repr__(self) -> str:
        body, date = self.meeting.get("body"), self.meeting.get("date")
        agenda = self.meeting.get("agenda")
        items = len(agenda) if isinstance(agenda, list) else 0
        return (
            f"<Minutes {clipped(str(body or '?'), 20)} {clipped(str(date or '?'), 20)}: "
            f"{counted(items, 'item', 'items')}, {counted(len(self.report), 'finding', 'findings')}, "
            f"{len(self.unplaced)} unplaced>"
        )

    @property
    def unplaced(self) -> Tuple[str, ...]:
        """The text the reader could not place, block by block."""
        return tuple(block["text"] for block in self.meeting.get("unplaced", []))

    def span_of(self, *path: PathSegment) -> Optional[Span]:
        """The span of the value at ``path`` (``span_of("agenda", 0, "number")``)."""
        return next((s.span for s in self.spans if s.path == tuple(path)), None)


def _span(wire: Dict[str, Any]) -> Span:
    return Span(wire["start"]["line"], wire["start"]["column"], wire["end"]["line"], wire["end"]["column"])


def read_minutes(text: str, council: Optional[Document] = None, *, lang: str = "nb") -> Minutes:
    """Read minutes text (exported from Word or PDF) into a meeting document.

    With ``council`` names resolve to its body, members, staff and municipalities. Text
    that cannot be placed is kept in ``meeting["unplaced"]`` and reported; only misuse (text
    that is not a string, a council that does not decode, an unknown ``lang``) raises
    `InvalidInputError`.

    >>> m = read_minutes("Referat\\nDato: 20.01.23\\n\\nKDU 1/23 Godkjenning\\n\\nVedtak: Godkjent")
    >>> m.meeting["date"], m.meeting["agenda"][0]["decision"]["kind"], m.report.ok
    ('2023-01-20', 'approval', True)
    """
    if not isinstance(text, str):
        raise InvalidArgumentError(f"text must be a str, not {type(text).__name__}")
    lang = checked_lang(lang)
    council_document = None if council is None else as_document(council, "council")
    wire = _native.read_minutes(text, council_document, lang)
    return Minutes(
        meeting=wire["meeting"],
        report=Report._from_wire(wire),
        spans=tuple(FieldSpan(tuple(s["path"]), _span(s["span"])) for s in wire["spans"]),
    )


def write_minutes(
    meeting: Document, council: Optional[Document] = None, *, lang: str = "nb"
) -> str:
    """A meeting document written as clean minutes: bokmål (``"nb"``, which `read_minutes`
    reads back as the same meeting, with the same ``council`` or none) or English headings
    (``"en"``). Raises `InvalidInputError` naming the field when the meeting cannot be
    written so that it reads back: a line break in a title, place or name
    (``input.line_break_in_line``), or anything else that would read otherwise
    (``input.not_written_back``)."""
    lang = checked_lang(lang)
    council_document = None if council is None else as_document(council, "council")
    return _native.write_minutes(as_document(meeting, "meeting"), council_document, lang)


def redact_meeting(meeting: Document) -> Dict[str, Any]:
    """The meeting made fit to publish under offentleglova, and what was withheld where:
    ``{"meeting": …, "withheld": [{"kind", "path", "start", "end"}, …], "counts": {…}}``.
    Attendees' ``email`` is removed; e-mail addresses, phone numbers and fødselsnummer in
    texts are replaced by ``[e-post]``, ``[telefon]`` and ``[fødselsnummer]``; in an item
    closed to the public the texts, the decision's words, the follow-ups and personal names
    are replaced by ``[unntatt offentlighet]`` (its number, title and legal basis stay).
    ``start`` and ``end`` count characters in the field's text before redaction."""
    result: Dict[str, Any] = _native.redact_meeting(as_document(meeting, "meeting"))
    return result
