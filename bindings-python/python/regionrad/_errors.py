"""The exceptions regionrad raises, the checks of arguments that raise them, and how values
are shown in their messages and in reprs. Validation itself never raises: problems in the
documents are findings in the report. These are for misuse of the API.

Each has the stable ``code`` of the library's error of that kind, the same in Rust
(``regionrad::ErrorCode``) and JavaScript (``RegionradError.code``)."""

from __future__ import annotations

import datetime
import reprlib
from typing import TYPE_CHECKING, Any, ClassVar, Tuple

if TYPE_CHECKING:
    from ._report import Finding


def shown(value: Any) -> str:
    """A value as a message shows it: short, and to a few levels only, so that a list or
    dict nested any deeper (or recursive) never raises while the message is written."""
    return reprlib.repr(value)


def clipped(text: str, limit: int = 40) -> str:
    """Text as a short repr shows it: cut to ``limit`` characters, with "…" where it was cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def counted(n: int, one: str, many: str) -> str:
    """``n`` things, in the singular for one: ``counted(1, "item", "items") == "1 item"``."""
    return f"{n} {one if n == 1 else many}"


LANGUAGES = ("nb", "nn", "en")
"""The languages regionrad writes: Norwegian bokmål (the default) and nynorsk, and English."""


def checked_lang(lang: Any) -> str:
    """``lang`` when it is a language the library writes (`LANGUAGES`); else
    `InvalidArgumentError`."""
    if lang not in LANGUAGES:
        raise InvalidArgumentError(f"lang must be 'nb', 'nn' or 'en', not {shown(lang)}")
    result: str = lang
    return result


def checked_date(value: Any, name: str) -> datetime.date:
    """``value`` when it is a `datetime.date` (a `datetime.datetime` is not: it has a time
    of day); else `InvalidArgumentError` naming the argument ``name``."""
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        raise InvalidArgumentError(f"{name} must be a datetime.date, not {type(value).__name__}")
    return value


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
