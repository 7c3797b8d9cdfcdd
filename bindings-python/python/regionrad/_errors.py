"""The exceptions regionrad raises. Validation itself never raises: problems in the
documents are findings in the report. These are for misuse of the API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Tuple

if TYPE_CHECKING:
    from ._report import Finding


class RegionradError(ValueError):
    """Base class of every regionrad exception."""


class InvalidInputError(RegionradError):
    """An argument is not what the function takes (a date, a language, a document type)."""


class CaseNumberError(InvalidInputError):
    """A text given as a case number is not one: ``kind`` says why (``"missing_year"``, …),
    ``position`` where (0-based character)."""

    def __init__(self, message: str, kind: str, position: int) -> None:
        super().__init__(message)
        self.kind = kind
        self.position = position


class ValidationError(RegionradError):
    """Raised by `Report.raise_for_errors()` when a report has errors; carries the findings."""

    def __init__(self, message: str, findings: Tuple["Finding", ...]) -> None:
        super().__init__(message)
        self.findings = findings
