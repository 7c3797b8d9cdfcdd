"""The validation report: immutable findings with the code, place and message of each."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any, Dict, Iterator, Mapping, Optional, Tuple, Union

from ._errors import ValidationError, counted
from ._tables import pandas

PathSegment = Union[str, int]


@dataclass(frozen=True)
class Span:
    """Where in minutes text a finding is: 1-based line and column, end exclusive."""

    start_line: int
    start_column: int
    end_line: int
    end_column: int


@dataclass(frozen=True)
class Finding:
    """One result of validation.

    ``path`` leads from the root of the document named by ``document`` (``"council"`` or
    ``"meeting"``; ``meeting`` is then the index of the meeting among those validated).
    Compare ``code``, ``path`` and ``params``; ``message`` is for people.
    """

    code: str
    severity: str
    document: str
    path: Tuple[PathSegment, ...]
    message: str
    # Each a text, a whole number or (``exact``) a yes/no.
    params: Mapping[str, Union[str, int, bool]] = field(default_factory=dict)
    meeting: Optional[int] = None
    legal_basis: Optional[str] = None
    span: Optional[Span] = None

    @classmethod
    def _from_wire(cls, wire: Mapping[str, Any]) -> "Finding":
        span = wire.get("span")
        return cls(
            code=wire["code"],
            severity=wire["severity"],
            document=wire["document"],
            path=tuple(wire["path"]),
            message=wire["message"],
            params=dict(wire.get("params", {})),
            meeting=wire.get("meeting"),
            legal_basis=wire.get("legal_basis"),
            span=None
            if span is None
            else Span(
                span["start"]["line"],
                span["start"]["column"],
                span["end"]["line"],
                span["end"]["column"],
            ),
        )

    @property
    def location(self) -> str:
        """The path as people read it: ``agenda[2].number``."""
        out = ""
        for segment in self.path:
            if isinstance(segment, int):
                out += f"[{segment}]"
            else:
                out += ("." if out else "") + segment
        return out


@dataclass(frozen=True)
class Report:
    """Everything validation found, council first, then meeting by meeting.

    >>> report = Report(())
    >>> report.ok, len(report)
    (True, 0)
    """

    findings: Tuple[Finding, ...]

    @classmethod
    def _from_wire(cls, wire: Mapping[str, Any]) -> "Report":
        return cls(tuple(Finding._from_wire(f) for f in wire["findings"]))

    def __len__(self) -> int:
        return len(self.findings)

    def __repr__(self) -> str:
        if not self.findings:
            return "<Report: no findings>"
        errors, warnings = len(self.errors), len(self.warnings)
        summary = f"{counted(errors, 'error', 'errors')}, {counted(warnings, 'warning', 'warnings')}"
        first = self.errors[0] if errors else self.findings[0]
        return (
            f"<Report: {counted(len(self.findings), 'finding', 'findings')} ({summary}); "
            f"first {first.code} at {first.location or '(root)'}>"
        )

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    @property
    def errors(self) -> Tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> Tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "warning")

    @property
    def ok(self) -> bool:
        """True when no finding is an error."""
        return not self.errors

    def raise_for_errors(self) -> None:
        """Raise `ValidationError` (with the findings) when any finding is an error."""
        if not self.ok:
            first = self.errors[0]
            raise ValidationError(
                f"{len(self.errors)} error(s), first {first.code} at {first.location or '(root)'}: "
                f"{first.message}",
                self.findings,
            )

    def to_dicts(self) -> list[Dict[str, Any]]:
        """The findings as plain dicts, one per finding (for JSON, or a DataFrame)."""
        return [
            {
                "code": f.code,
                "severity": f.severity,
                "document": f.document,
                "meeting": f.meeting,
                "path": f.location,
                "message": f.message,
                "legal_basis": f.legal_basis,
            }
            for f in self.findings
        ]

    def to_pandas(self) -> Any:
        """The findings as a pandas DataFrame, one row each (pandas is an optional dependency)."""
        columns = ["code", "severity", "document", "meeting", "path", "message", "legal_basis"]
        # The meeting's index is a whole number, missing for the council's findings.
        return pandas().DataFrame.from_records(self.to_dicts(), columns=columns).astype({"meeting": "Int64"})

    def _repr_html_(self) -> str:
        if not self.findings:
            return "<p>regionrad: no findings</p>"
        rows = "".join(
            "<tr>"
            + "".join(f"<td>{html.escape(str(v if v is not None else ''))}</td>" for v in row.values())
            + "</tr>"
            for row in self.to_dicts()
        )
        head = "".join(f"<th>{h}</th>" for h in self.to_dicts()[0])
        return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
