"""The exceptions regionrad raises. Validation itself never raises: problems in the
documents are findings in the report. These are for misuse of the API.

Each has the stable ``code`` of the library's error of that kind, the same in Rust
(``regionrad::ErrorCode``) and JavaScript (``RegionradError.code``)."""

from __future__ import annotations

import reprlib
from typing import TYPE_CHECKING, Any, ClassVar, Tuple

if TYPE_CHECKING:
    from ._report import Finding


def shown(value: Any) -> str:
    """A value as a message shows it: short, and to a few levels only, so that a list or
    dict nested any deeper (or recursive) never raises while the message is written."""
    return reprlib.repr(value)


class RegionradError(ValueError):
    """Base class of every regionrad exception."""

    code: ClassVar[str] = "regionrad_error"


class InvalidInputError(RegionradError):
    """A document an answer needs does not decode, or data cannot be used as it is (a
    population file that is not one, invoices that fit no key)."""

    code: ClassVar[str] = "invalid_input"


class InvalidArgumentError(InvalidInputError):
    """An argument is not what the function takes (a date, a language, a document's type, a
    body the council does not have)."""

    code: ClassVar[str] = "invalid_argument"


class CaseNumberError(InvalidInputError):
    """A text given as a case number is not one: ``kind`` says why (``"missing_year"``, …),
    ``position`` where (0-based character)."""

    code: ClassVar[str] = "invalid_case_number"

    def __init__(self, message: str, kind: str, position: int) -> None:
        super().__init__(message)
        self.kind = kind
        self.position = position


class ValidationError(RegionradError):
    """Raised by `Report.raise_for_errors()` when a report has errors; carries the findings."""

    code: ClassVar[str] = "validation_failed"

    def __init__(self, message: str, findings: Tuple["Finding", ...]) -> None:
        super().__init__(message)
        self.findings = findings
