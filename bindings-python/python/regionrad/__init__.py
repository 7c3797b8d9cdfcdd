"""regionrad: meetings and money of Norwegian inter-municipal political councils.

The same rules as the Rust library and the WebAssembly package, for notebooks and scripts.

>>> import datetime, regionrad
>>> council = {"schema_version": 1, "id": "demo", "name": "Demo", "municipalities": [],
...            "bodies": [{"id": "au", "name": "AU", "kind": "elected", "seats": 3, "members": []}]}
>>> meeting = {"schema_version": 1, "council": "demo", "body": "au", "date": "2023-01-20",
...            "remote": 1, "attendance": [], "agenda": []}
>>> report = regionrad.validate(council, [meeting], today=datetime.date(2023, 2, 1), lang="en")
>>> [(f.code, f.location) for f in report]
[('input.invalid', 'remote')]
"""

from __future__ import annotations

import json
from typing import Any, Dict

from . import _native
from ._case_number import CaseNumber, next_case_number, parse_case_number
from ._cost import (
    Comparison,
    Contribution,
    Contributions,
    PreparedKey,
    Recovery,
    compare,
    contributions,
    format_kroner,
    kroner,
    load_population,
    parse_kroner,
    recover_equal_share,
)
from ._council import PreparedCouncil, validate, validate_field
from ._errors import (
    CaseNumberError,
    InvalidArgumentError,
    InvalidInputError,
    RegionradError,
    ValidationError,
)
from ._minutes import FieldSpan, Minutes, read_minutes, redact_meeting, write_minutes
from ._quorum import ItemPresence, Presence, presence
from ._export import export
from ._register import Register, RegisterEntry, register
from ._report import Finding, Report, Span

__all__ = [
    "SCHEMA_VERSION",
    "CaseNumber",
    "CaseNumberError",
    "Comparison",
    "Contribution",
    "Contributions",
    "compare",
    "Recovery",
    "contributions",
    "format_kroner",
    "kroner",
    "load_population",
    "parse_kroner",
    "recover_equal_share",
    "Finding",
    "FieldSpan",
    "InvalidArgumentError",
    "InvalidInputError",
    "PreparedCouncil",
    "PreparedKey",
    "Minutes",
    "read_minutes",
    "redact_meeting",
    "write_minutes",
    "ItemPresence",
    "Presence",
    "bundled_council",
    "bundled_population",
    "Register",
    "RegisterEntry",
    "export",
    "RegionradError",
    "Report",
    "Span",
    "ValidationError",
    "next_case_number",
    "parse_case_number",
    "presence",
    "register",
    "validate",
    "validate_field",
]

__version__: str = _native.__version__
SCHEMA_VERSION: int = _native.SCHEMA_VERSION


def bundled_council() -> Dict[str, Any]:
    """The bundled council: Interkommunalt politisk råd Trøndelag sørvest – Lakseregionen."""
    result: Dict[str, Any] = json.loads(_native.BUNDLED_COUNCIL)
    return result


def bundled_population() -> Dict[str, Any]:
    """The bundled population table: 1 January 2021–2024 (SSB 07459) for its municipalities."""
    result: Dict[str, Any] = json.loads(_native.BUNDLED_POPULATION)
    return result


def __dir__() -> list[str]:
    """The API (`__all__`) only, not the modules and helpers the package uses inside."""
    return sorted([*__all__, "__version__"])
