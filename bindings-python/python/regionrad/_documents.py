"""Documents as the core reads them: JSON text, whatever form they are given in."""

from __future__ import annotations

import json
from typing import Any, Iterable, List, Mapping, Union

from ._errors import InvalidInputError

Document = Union[str, bytes, Mapping[str, Any]]
"""A document: JSON text, or the decoded JSON as a dict."""


def as_text(document: Document, what: str) -> str:
    # Every document goes to the core as JSON text, so that decoding is exactly as strict as
    # in Rust and JavaScript: json.dumps keeps True and 1 apart.
    if isinstance(document, str):
        return document
    if isinstance(document, bytes):
        try:
            return document.decode("utf-8")
        except UnicodeDecodeError as error:
            raise InvalidInputError(f"{what} is not UTF-8: {error}") from None
    if isinstance(document, Mapping):
        try:
            return json.dumps(document, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError) as error:
            raise InvalidInputError(f"{what} cannot be encoded as JSON: {error}") from None
    raise InvalidInputError(f"{what} must be JSON text or a dict, not {type(document).__name__}")




def as_list(values: Iterable[Any], what: str) -> List[Any]:
    # A list of documents or records: any iterable but text and a single mapping, which are
    # one document, not several.
    if isinstance(values, (str, bytes, Mapping)):
        raise InvalidInputError(f"{what} must be a list, not one document")
    try:
        return list(values)
    except TypeError:
        raise InvalidInputError(f"{what} must be a list, not {type(values).__name__}") from None
